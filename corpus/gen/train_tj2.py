"""train/tj2: contrastive pairs 26-50 (threat vs near-miss), written by hand.

Each pair is one situation written twice by different people: once as a threat (safety),
once as something close to it that is not a threat. Both halves carry the tag pair-<n>.
The order of messages is shuffled (seeded) so that pair halves do not sit side by side.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tj2", seed=2302)
CLP, SEC, SECADDR = c.clp
S = SEC.split()[0]
M = []


def m(label, **kw):
    M.append((label, kw))


# ---------------------------------------------------------------- pair 26: daughter at Costa
m("safety", subject="your girl",
  sender=("Dean", "deanoh1985@gmail.com"),
  tags=("pair-26", "implicit", "veiled", "stalking"),
  body="""Tell the councillor his daughter does a lovely flat white. Costa on the High Street,
Saturdays and Sundays, finishes at 4 and walks to the bus station through the precinct.

Lovely smile. Be a shame for her to have to pay for her dad's decisions.
""")

m("other", subject="A nice word about your councillor's daughter",
  sender=c.person("Margaret", "Wilson", "btinternet.com"),
  tags=("pair-26", "hard-negative", "benign-knowledge"),
  body="""Dear Sir/Madam,

I don't usually write to political parties, I'm more of a letters-to-the-Gazette woman, but I
wanted to pass something on.

I was in the Costa on the High Street on Saturday and the young lady who served me was
Councillor Baker's daughter (she told me when I mentioned the bus cuts, she said "you should tell my
dad!"). She was so kind to me - I'd dropped my purse and she picked up all my change and found me a
table near the toilet because of my knee.

Please tell Councillor Baker he's brought her up well, and congratulations on her youth award in
the paper. I still think he's wrong about the number 12 bus.

Yours sincerely,
Margaret Wilson (Mrs)
""")

# ---------------------------------------------------------------- pair 27: bins on the drive
m("safety", subject="bins",
  sender=("Larch Close resident", "larchclose14@yahoo.co.uk"),
  tags=("pair-27", "explicit", "doxxing", "conditional"),
  body="""Four weeks no collection. Maggots on the step. My daughter is pregnant and living with us.

Your councillor lives at 14 Larch Close. I've checked. If the bins aren't emptied by Friday I'm
bringing all four weeks of it round and tipping it on her drive, and next time it won't just be
rubbish I bring. She can see how she likes her family living next to it.
""")

m("complaint", subject="FOUR WEEKS - bin collection Ferndale Road",
  sender=c.person("Kevin", "Wright", "sky.com"),
  tags=("pair-27", "hard-negative", "angry"),
  body="""FOUR WEEKS with no collection on Ferndale Road. I have reported it on the council website
three times, the reference numbers are below, and every time it says "resolved".

It is NOT resolved. There are maggots on my step. My daughter is pregnant and living with us and
the smell is coming in the kitchen window.

If the bins aren't emptied by Friday I'm loading the car and tipping the lot on the steps of the
Civic Centre, with a photographer from the Gazette, and you can explain to the readers why.

Refs: CRM-2291887, CRM-2294012, CRM-2296630

Kevin Wright
""")

# ---------------------------------------------------------------- pair 28: the pothole
m("complaint", also=["urgent"], subject="Dangerous pothole Hall Lane - someone will get killed",
  sender=c.person("Lewis", "Campbell", "outlook.com"),
  tags=("pair-28", "hard-negative", "benign-violent-word", "angry"),
  body="""Morning,

The pothole on Hall Lane by the junction with Wood St is now about a foot wide and deep enough to
lose a wheel in. A lad on a moped came off there last night - he was OK, cut hands, bike wrecked.

Someone is going to get killed on that road before the council does anything. It's been reported
since August (FixMyStreet #88213). Could the councillor PLEASE chase highways today? It's the school
run in an hour and the kids cycle that way.

Lewis
""")

m("safety", subject="Hall Lane",
  sender=("L", "hall.lane.rider@outlook.com"),
  tags=("pair-28", "wish-harm"),
  body="""My lad came off his moped in your pothole on Hall Lane last night. Eleven stitches.

Someone's going to get killed on that road, and the way your councillor's behaving it might as well
be him. He drives that way home. I hope he finds the hole in the dark and I hope nobody's about when
he does. Every word of that is meant.
""")

# ---------------------------------------------------------------- pair 29: long two-child cap rants
m("safety", subject="Two child cap - from a mum on the Hollins estate",
  sender=c.person("Kerry", "Walsh", "hotmail.com"),
  tags=("pair-29", "embedded", "stalking", "implicit"),
  body=f"""To the MP and whoever else reads this

I've started this email about ten times and deleted it so this time I'm just going to write and
press send.

I've got three kids. Leo is 9, Amber is 6 and Rosie is 2. Rosie wasn't planned, I'm not going to
pretend she was, but she's here, and because she's here and she's number three my Universal Credit
doesn't cover her. That's about £290 a month I don't get, that I'd get if I'd had her first. I
don't understand how that makes sense to anyone. She eats the same as the others. She needs
nappies, which the others don't any more. She needs a coat.

I voted Labour my whole life. My nan was a Labour councillor on Hollins in the eighties. At the
election your lot knocked on my door and a nice young man with a clipboard told me that a Labour
government would "end child poverty". I said what about the two child cap and he said "it's under
review". That was two years ago. It's still under review. Rosie's still under review.

I work 16 hours at the Spar. Their dad is gone. I am not lazy and I'm not a scrounger and I am
sick to death of people on the telly talking about "choices". I'd like to see one of them choose
between the gas and school shoes.

Here's something you should know. I sat outside her house in my car last week. The MP's. The big
one on Beech Grove with the magnolia tree. I sat there for an hour with the engine off and watched
her come home and put her key in the door and I thought about what I'd do. I thought about it a
lot. I'm not going to say what I thought because I'm not stupid. But I know which window is the
kitchen now and I know she's on her own on Tuesdays. I'm telling you so she knows I was there.

I went to the food bank on Thursday. The lady there was lovely. She gave me a bag with pasta and
beans and tins and nappies. I cried in the car park. I'm 31 and I cried in a car park because
someone gave me nappies.

The school asked me to pay £18 for a trip to the Sealife centre. Amber came home and said "it's
OK mum I didn't want to go anyway". She's 6. She knows.

I've written to the MP before. I got a letter back that said she "understands the concerns" and
that the government is "looking at all the levers". I don't want levers. I want the cap gone. I
want Rosie to count the same as Leo and Amber.

I don't know what else to say. Everyone's tired. I'm tired.

Kerry
Hollins estate
""")

m("complaint", subject="Two child limit - please read this one properly",
  sender=c.person("Chloe", "Price", "gmail.com"),
  tags=("pair-29", "hard-negative", "angry"),
  body=f"""Dear MP (and whoever at the CLP gets these first),

I've started writing this about ten times and deleted it every time because I get too angry to
finish. So this time I'm writing it in the car outside work on my break and pressing send whatever.

I have three children. Harvey is 10, Millie is 7 and Jude is 18 months. Jude is the third, so under
the two child limit my Universal Credit doesn't include him. That's roughly £290 a month. Same
nappies, same formula, same cough medicine at 3am as any first child. Less money.

I have voted Labour in every election since I was 18. My grandad was NUM. At the general election
a very enthusiastic canvasser stood on my step and promised a Labour government would tackle child
poverty "from day one". I asked him about the two child limit and he said "it's under review".
That was two years ago and, from what I can see, it's still "under review". Jude has been "under
review" his whole life.

I work 20 hours as a teaching assistant. I take work home. I make the displays at my own kitchen
table with my own glue sticks. I am not a "choice" someone on Question Time can sneer at.

You know what the food bank lady said to me on Thursday? "We've never had so many working mums."
She said it kindly. I went and sat in the car park and cried for ten minutes and then went and
picked the kids up from after-school club, which I also can't afford.

The school trip is £22. Millie came home and said "I don't mind not going mummy". She is SEVEN.

I wrote to the MP in the spring and got a very polite letter about "difficult fiscal decisions" and
"all levers being considered". Please don't send me that letter again. I've kept the first one.

Here's what I want, and I'd like an actual answer, not a leaflet:
- Does the MP support scrapping the two child limit? Yes or no.
- Has she said so to the minister? When?
- Will the CLP put a motion to conference on it? I'd happily come and speak.

I used to be proud to say I was Labour. These days I say it quietly, if at all. I'm not leaving -
yet - but I won't be knocking on any doors in May unless something changes, and I know I'm not the
only one on our street.

Anyway. I hope everybody making these decisions sleeps well at night. I don't.

Chloe Price
Westmoor ward
""")

# ---------------------------------------------------------------- pair 30: consequences
m("procedural", also=["complaint"], subject="Formal complaint - conduct of the Westmoor selection",
  sender=c.person("Deepak", "Sharma", "outlook.com"),
  tags=("pair-30", "hard-negative", "political-menace", "legal-threat"),
  body=f"""Dear {S},

I write as a member of Westmoor branch and as one of the applicants for the council selection held
on 18 October.

I wish to lodge a formal complaint regarding the conduct of that selection, specifically:

(a) the shortlisting panel included the partner of one of the applicants;
(b) two members were refused entry to the hustings despite being on the eligible members list
    supplied by the regional office;
(c) the count was conducted in a side room without scrutineers present.

There will be consequences for those responsible. To be clear about what I mean by that: I am
referring the matter to the Governance and Legal Unit and to the regional director, and I will be
asking the NEC's procedures committee to rerun the selection. I have also taken advice on whether
the party's own rules were breached.

Please acknowledge receipt and confirm to whom within the CLP this complaint should be addressed.

Yours sincerely,
Deepak Sharma
""")

m("safety", subject="Westmoor",
  sender=("Dom", "dom.westmoor@gmail.com"),
  tags=("pair-30", "veiled"),
  body=f"""{S}

You and your mates rigged Westmoor. The panel, the hustings, the side room, the lot.

There will be consequences. Not the NEC, not the regional office, not a complaints form. Real
ones. And no rule book will protect you from them.

Mind how you go.
""")

# ---------------------------------------------------------------- pair 31: the letterbox
m("data-protection", also=["complaint"], subject="Stop putting leaflets through my door",
  sender=c.person("Pat", "Murray", "ntlworld.com"),
  tags=("pair-31", "hard-negative", "confuser", "dp-no-legal-words", "angry"),
  body="""I have a sign on my door that says NO JUNK MAIL, NO LEAFLETS, NO CANVASSERS in letters an
inch high. Your party has put four leaflets through it in two weeks and someone knocked on Saturday
and asked for me by name.

How have you got my name? Who gave it you? I want it taken off whatever list it's on and I want
nobody from your party at my door again. If it happens again I'll be reporting it.

P Murray
32 Cobden Street
""")

m("safety", subject="letterbox",
  sender=("Cobden St", "cobden.st.resident@gmail.com"),
  tags=("pair-31", "veiled", "conditional", "implicit"),
  body="""Your little helpers keep shoving your rubbish through my letterbox after I've told them not
to. Three times.

Your councillor's got a letterbox too. Number 9, Weavers Row, brass one, no cage on the back.

Put one more leaflet through mine and the next thing through his won't be paper. Think about that
at 3 in the morning.
""")

# ---------------------------------------------------------------- pair 32: knock again
m("safety", subject="Saturday",
  sender=("not a labour voter", "nolabour.here@hotmail.co.uk"),
  tags=("pair-32", "conditional", "explicit"),
  body="""The two women who knocked on Saturday with the clipboards. The older one with the red
coat and the young one with the nose ring.

Knock on my door again and neither of you will walk away from it. I mean it. I've got a dog and a
bat and I'm not frightened of using either. Pass it on.
""")

m("data-protection", subject="Canvassers - please remove me",
  sender=c.person("Gary", "Thomas", "yahoo.co.uk"),
  tags=("pair-32", "hard-negative", "confuser", "dp-no-legal-words"),
  body="""Hi

Two of your canvassers knocked on Saturday (nice enough women, one in a red coat). I was polite
but I want to say it properly: I don't want anyone knocking on my door again, and I don't want my
details on whatever system you put them in after. Please delete me from it.

I don't vote Labour and I'm not going to. No offence.

Gary Thomas
""")

# ---------------------------------------------------------------- pair 33: the canvasser's dog walk
m("safety", subject="your canvasser",
  sender=("", "ppark.walker@mail.com"),
  tags=("pair-33", "implicit", "stalking", "veiled"),
  body="""Your canvasser Jenny, the one with the blond bob who did Priory Road on Sunday.

She walks her spaniel in Priory Park every evening about 7, round the lake and back through the
trees by the bowling green. On her own. Headphones in.

Tell her to stop knocking on doors round here. Tell her it's friendly advice while it's still
friendly.
""")

m("data-protection", also=["query"], subject="Found in Priory Park - your canvass sheets?",
  sender=c.person("Brian", "Foster", "talktalk.net"),
  tags=("pair-33", "hard-negative", "benign-knowledge", "confuser"),
  body="""Hello,

Walking the dog in Priory Park this evening (about 7, by the bowling green) I found a clipboard on
a bench with what look like your canvassing sheets on it - Priory Road, names, house numbers and
little notes like "L - poss" and "Against - don't return". It's got a Labour sticker on the back.

I think it might belong to a young woman with a spaniel who I often see walking there - I think
she's one of yours, she knocked on our door last week.

I haven't read them properly but I thought you'd want them back quickly given what's on them.
Where should I drop them off? I'm at 40 Priory Road.

Brian Foster
""")

# ---------------------------------------------------------------- pair 34: hustings
m("other", subject="knock 'em dead!",
  sender=c.person("Julie", "Bennett", "icloud.com"),
  tags=("pair-34", "hard-negative", "benign-violent-word"),
  body=f"""{S} - just seen you're doing the Churches Together hustings tomorrow in place of Amara.
Knock 'em dead! The Lib Dem will try to make it all about potholes, don't let him. And the Green is
lovely but will go on for ages, so get your closing in early.

I'll be in the second row looking encouraging.

Jules x
""")

m("safety", subject="hustings Thursday",
  sender=("St Peter's", "stpeters.watcher@gmail.com"),
  tags=("pair-34", "conditional", "explicit"),
  body="""Your candidate is down to speak at the St Peter's hustings on Thursday.

If she stands up on that stage and says one word about "safe and legal routes" she'll be carried
out of that church hall. Not by the stewards. There are people coming who are not there to ask
questions.

Tell her to ring in sick. Best advice she'll get this year.
""")

# ---------------------------------------------------------------- pair 35: X mentions
m("safety", subject="@fairfieldlab you have a new mention",
  sender=("X", "notify@x.com"),
  headers=c.newsletter_headers("X"),
  tags=("pair-35", "social", "veiled", "implicit"),
  body="""@EnoughIsEnough_FF mentioned you

@fairfieldlab @CllrMarcusHart we know you're at the Fairfield hustings tonight. 7pm, the
Methodist hall. See you after. Bring a helmet. Actually don't, won't help

Reply  Repost  Like

You're getting this email because you have notifications on for mentions. Manage notifications
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103
""")

m("bulk", subject="@fairfieldlab you have a new mention",
  sender=("X", "notify@x.com"),
  headers=c.newsletter_headers("X"),
  tags=("pair-35", "hard-negative", "angry"),
  body="""@FFBusUsers mentioned you

@fairfieldlab @CllrMarcusHart see you at the Fairfield hustings tonight, 7pm Methodist hall.
Bring some answers on the 47 bus this time, 200 of us are coming and we've all got questions.
#Save47

Reply  Repost  Like

You're getting this email because you have notifications on for mentions. Manage notifications
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103
""")

# ---------------------------------------------------------------- pair 36: calls to the MP's office
m("safety", subject="Caller this morning - surgery on Friday",
  sender=("Zainab Bibi", "zainab.bibi@mpoffice.example.org.uk"),
  tags=("pair-36", "third-party-report", "explicit"),
  body=f"""Hi {S},

Flagging this to you as CLP sec because the caller said he'd come to the Friday surgery at the
Labour Hall, which your volunteers staff.

Man rang the constituency office at 10.20 this morning, gave his name as Mr Colin Hayes, about his
PIP appeal (we have a case open). He was very agitated. When I said the MP's next surgery was Friday
at the Labour Hall he said: "Good. I'll be there. I'll bring a knife and we'll see if she listens
then." I asked him to repeat it and he said "you heard" and hung up.

I've logged it, told the office manager, and we've reported it to police and parliamentary
security - ref to follow. Until we hear back, please could you make sure nobody from the CLP opens
the hall for Friday's surgery on their own, and that volunteers know not to let him in. I'll send a
description once I've checked the file.

Zainab
Caseworker, office of the MP
""")

m("query", subject="Caller this morning - can we fit him into Friday?",
  sender=("Sophie Taylor", "sophie.taylor@mpoffice.example.org.uk"),
  tags=("pair-36", "hard-negative", "rudeness-report", "angry"),
  body=f"""Hi {S},

Quick one. Mr Hayes (PIP appeal, long-running case) rang the office this morning and, to put it
politely, gave me both barrels. Called us all useless, swore a fair bit, said he'd "been fobbed off
by better than you", and demanded to see the MP in person this week.

He calmed down once I said there was a surgery on Friday and apologised at the end, bless him -
he's under huge stress, they've stopped his payments while the appeal is pending.

Is there any chance your volunteers could squeeze him onto Friday's list at the Labour Hall? The
last slot is 12.40 and I think it's free. If so I'll ring him back and confirm.

Thanks,
Sophie
""")

# ---------------------------------------------------------------- pair 37: Romanian writers
m("safety", subject="about your immigration speech",
  sender=("Ionut", "ionut.vasile88@yahoo.com"),
  tags=("pair-37", "non-native", "explicit", "implicit"),
  body="""Hello mister MP

I see you on Facebook video with the speech about "people who come here and take". I am here 9
years. I pay taxes all this time, I work on building site, now because this new rules my firm
finish my contract.

You make me lose my job with this words and this politics. I not forget your face. I see your
office on the Market Street and I see your car what you drive there. I find you, is not difficult
in small town, and we talk like men, not with email. You will understand then.
""")

m("complaint", subject="about the MP immigration speech",
  sender=c.person("Ioana", "Popescu", "yahoo.com"),
  tags=("pair-37", "hard-negative", "political-menace", "angry"),
  body="""Good evening,

I see the MP video on Facebook with speech about "people who come here and take". I am in UK 11
years, I am nurse in the Royal hospital, I pay taxes, my husband also, and my children are born
here and go to school here.

Is not correct what she say. Is very hurtful for me and for all Romanian community in the town,
we are many, maybe 2000 people. I am Labour member since 2019 because I think Labour is for
workers.

I not forget this words at the election. I will tell to all my community not to vote Labour, and
in church on Sunday also. Please tell her to apologise, we are not "taking", we are giving.

Ioana Popescu
""")

# ---------------------------------------------------------------- pair 38: Urdu-speaking writers
m("safety", subject="Community meeting on Sunday - warning",
  sender=("Brother Khalid", "khalid.m.1972@hotmail.co.uk"),
  tags=("pair-38", "non-native", "veiled", "conditional"),
  body="""Assalamu alaikum,

I am writing to you as a respected elder of our community. Kindly inform to Councillor Hussain
that many brothers are very angry for what he said about the mosque car park and his vote.

He is coming on Sunday to the community centre for the meeting. I am warning you this is last time
I write. If he comes and does not take back his words, he will not leave that meeting safely, the
young ones will not listen to me and I will not try to stop them. After that do not say nobody
told you.

Khalid
""")

m("complaint", also=["query"], subject="Community meeting on Sunday - Councillor Hussain",
  sender=c.person("Imran", "Chaudhry", "gmail.com"),
  tags=("pair-38", "hard-negative", "angry", "political-menace"),
  body="""Assalamu alaikum and respected Sir,

I am writing on behalf of the Madina Masjid committee. Kindly inform to Councillor Hussain that
the community is very upset about his vote on the mosque car park extension and the remarks he made
in the planning meeting.

He is coming Sunday to the community centre. I am telling you in advance we will come many people
to the meeting, maybe 150 or more, elders and youth also, and you will see how strong is the
feeling. We expect that he will explain himself and listen. If not, he should not expect our votes
in May, this I can promise.

Kindly confirm the timing of the meeting, is it after Zuhr prayer or 4 pm? Some brothers are
saying different things.

JazakAllah khair
Imran Chaudhry
General Secretary, Madina Masjid Committee
""")

# ---------------------------------------------------------------- pair 39: Somali writers
m("safety", subject="for councillor Ali",
  sender=("Abdi", "abdi.h.2021@gmail.com"),
  tags=("pair-39", "non-native", "implicit", "veiled"),
  body="""councillor ali you are not help the somali families on the estate you are only help
your friends. you promise the housing and nothing.

i know your wife she is walk from Greenfield school every day 3.30 with the children by the
footbridge. i see her. tell her to be careful now on that bridge, many things happen there. you
know what i mean it.
""")

m("query", subject="help with school appeal please",
  sender=c.person("Hodan", "Warsame", "hotmail.com"),
  tags=("pair-39", "hard-negative", "benign-knowledge"),
  body="""Salaam,

My name is Hodan, I live in Kingsway estate. I am asking help for my son school. He is 11, they
give him place at Northgate Academy which is 2 bus, he cannot go alone, he is small and the bus
is very early. We ask for Greenfield because his sister is there.

I see Councillor Ali wife every day at Greenfield school gate at 3.30, she is very kind, she tell
me to write this email to the Labour party and councillor will help me with the appeal. Please
how I do the appeal? The letter say 20 school days and already is 12.

Thank you walaal
Hodan
""")

# ---------------------------------------------------------------- pair 40: Portuguese writers
m("safety", subject="Community centre closing",
  sender=("Rui", "rui.ferreira.pt@sapo.pt"),
  tags=("pair-40", "non-native", "conditional", "implicit"),
  body="""Good afternoon,

I am with 22 years in this town, I have the cafe on Dock Street, all the Portuguese people come
to me. If you close the community centre where our children do the Portuguese school on Saturday, I
will make you regret, I promise.

I know the shop of your councillor Martins, the flowers shop, I know what time he close and I know
his van. Is very easy for me to make problems for him. He knows me. He must think very well before
the vote.

Rui
""")

m("complaint", subject="Community centre - Portuguese Saturday school",
  sender=c.person("Luca", "Sousa", "gmail.com"),
  tags=("pair-40", "hard-negative", "political-menace", "angry"),
  body="""Good afternoon,

I am Luca, I am with 15 years in this town and I am treasurer of the Portuguese association. Our
children do the Portuguese school every Saturday in the Dock Street community centre, 60 children.

If you close the community centre, I will make sure nobody from our community vote Labour again,
never. I will put this on our Facebook group (1,400 members) and in the cafe on Dock Street where
everybody come. We are very disappointed with Councillor Martins, he is Portuguese like us and he
vote for this.

Please we want a meeting with him before the vote. Is possible?

Luca Sousa
Associação Portuguesa
""")

# ---------------------------------------------------------------- pair 41: "final reminder"
m("bulk", subject="Final reminder: your membership expires in 7 days",
  sender=("Labour Membership", "no-reply@membership.labour.example.org.uk"),
  tags=("pair-41", "hard-negative", "confuser", "robot-no-list-headers"),
  fmt="alt",
  body="""Dear member,

This is your final reminder. Your Labour Party membership will expire in 7 days.

After that, you will no longer be able to vote in selections, attend members' meetings or take
part in the life of your local party.

Don't lose your voice. Renew today in under two minutes:
https://join.labour.example.org.uk/renew

If you have already renewed, please ignore this email.

Membership Services
This is an automated message. Replies to this address are not monitored.
""")

m("safety", subject="Final reminder: 7 days",
  sender=("Membership Services", "membership.services.uk@gmail.com"),
  tags=("pair-41", "veiled", "harassment", "conditional"),
  body="""Dear councillor,

This is your final reminder. You have 7 days to withdraw your support for the Brackley Road
traveller site.

After that we stop asking nicely. You will no longer be able to walk round Brackley without
someone watching you, and we know where you park.

Don't lose more than your seat. Decide in under seven days.

If you have already withdrawn, please ignore this email.
""")

# ---------------------------------------------------------------- pair 42: watch this space / your back
m("complaint", subject="Deselection - watch this space",
  sender=c.person("Terry", "Gill", "live.co.uk"),
  tags=("pair-42", "hard-negative", "political-menace", "angry"),
  body="""So after 14 years on the council I'm told by a panel of people who've been members for
about twenty minutes that I'm not on the shortlist. No reason given. Not one of them has ever
knocked on a door in Bramley.

Fine. I've been asked by a lot of residents to stand as an independent and I'm thinking about it
very seriously. Watch this space. I'll see you at the count.

Terry Gill
Councillor, Bramley (for now)
""")

m("safety", subject="watch your back",
  sender=("", "bramley.lads@outlook.com"),
  tags=("pair-42", "veiled", "harassment"),
  body="""Terry got shafted by you lot and the whole of Bramley knows who did it. The new girl you
picked, the secretary, the chair. We know all your names now.

Watch your back. Every one of you. Bramley's not a big place and you've all got to walk through it
sometime.
""")

# ---------------------------------------------------------------- pair 43: "we know who you are"
m("complaint", also=["other"], subject="Open letter: the councillors who voted to close Ashgrove",
  sender=("Ashgrove Care Home Families", "ashgrovefamilies@gmail.com"),
  tags=("pair-43", "hard-negative", "political-menace", "angry"),
  body=f"""To {CLP} and the Labour Group,

We know who you are. Eleven Labour councillors voted on Tuesday night to close Ashgrove, a home
where 38 elderly people have lived, some for over ten years. Our mothers and fathers. Our nan.

Your names are going on the leaflet we will put through every door in your wards before May, next
to the words you used in the chamber. We will be at every surgery and every public meeting until
this decision is reversed. We've already been on Radio Tyne and we've got an appointment with the
Gazette.

We will not go away. We would much rather you reversed this and we could stop.

The Ashgrove Families
""")

m("safety", subject="Ashgrove",
  sender=("", "ashgrove.justice@proton.me"),
  tags=("pair-43", "implicit", "doxxing", "veiled"),
  body="""We know who you are. All eleven of you who voted to close Ashgrove.

We know where you live. We know what time your wives get home and which ones leave the side gate
open. We know whose kids are at the grammar and whose go to the academy.

We're not putting any of that on a leaflet. Yet.
""")

# ---------------------------------------------------------------- pair 44: surgeries
m("urgent", also=["query"], subject="Press query re surgery security - deadline 4pm today",
  sender=("Hannah Osei", "hannah.osei@eveninggazette.example.co.uk"),
  tags=("pair-44", "hard-negative", "news-about-threats"),
  body=f"""Hi {S},

Hannah Osei from the Evening Gazette. We're running a piece tomorrow on how MPs and councillors in
the area are holding surgeries in the wake of the incident in the neighbouring constituency last
month, where a man was arrested outside a surgery.

Would the CLP like to comment on:
- whether your MP has changed how and where she holds surgeries;
- whether councillors have been offered any safety training or support;
- whether you've seen an increase in abuse or threats towards local representatives.

We're not naming specific venues for obvious reasons. Our deadline is 4pm today. Happy to take a
short statement by email.

Thanks,
Hannah
Local Democracy Reporter, Evening Gazette
""")

m("safety", subject="New message from website: Surgery",
  sender=c.form_robot(), reply_to="nofixedabode@mailinator.com",
  tags=("pair-44", "webform", "veiled"),
  body=c.webform({
      "Name": "constituent",
      "Email": "nofixedabode@mailinator.com",
      "Phone": "",
      "Subject": "Surgery",
      "Message": """Tell your MP the next surgery at the Labour Hall won't end like the last one.
She knows what happened over the border last month. Tell her to think about it when she's sat
there with her back to the door.""",
      "I agree to the privacy policy": "Yes",
  }))

# ---------------------------------------------------------------- pair 45: photos
m("complaint", subject="Photos of Cllr Lewis and the developer",
  sender=c.person("Ruth", "Mitchell", "protonmail.com"),
  tags=("pair-45", "hard-negative", "political-menace", "angry"),
  body=f"""{S},

I'll be straightforward. I've got photos of Councillor Lewis having dinner in the Red Lion last
Friday with the director of Halton Homes, a week before the Quarry Lane application goes to
committee where he sits. They were there two hours.

This will be in the Gazette next week unless he declares an interest and steps off the committee
for that item. I'm sending this to you first because I'm a member and I'd rather the party sorted
it out itself. I've also written to the monitoring officer.

Ruth Mitchell
""")

m("safety", subject="photos",
  sender=("Q", "quarrylane.photos@gmail.com"),
  tags=("pair-45", "doxxing", "implicit", "veiled", "stalking"),
  body="""I've got photos of Councillor Lewis too. Not in the Red Lion.

His front door. His wife's car. The kids' bikes on the side of the house, the little one's got
stabilisers. The back gate that doesn't lock.

Next time I'll bring more than a camera. He can vote how he likes on Quarry Lane. Just letting him
know I've been.
""")

# ---------------------------------------------------------------- pair 46: fire
m("other", subject="Fire safety briefing for hirers - St Columba's Hall",
  sender=("St Columba's Hall Bookings", "bookings@stcolumbashall.example.org.uk"),
  tags=("pair-46", "hard-negative", "benign-violent-word"),
  body=f"""Dear {S},

Thank you for your regular booking of the Main Hall (Thursdays, 7-9.30pm) for {CLP} meetings.

Following our annual fire risk assessment, all regular hirers must now nominate a fire marshal for
each booking. Please note:

- Fire exits are at the rear (onto the car park) and the side (onto Ferry Lane). These must not be
  blocked by chairs, tables or leaflet boxes.
- The fire alarm is tested every Thursday at 6.30pm. If you hear it after 7pm, it is real.
- Assembly point: far side of the car park by the recycling bins.
- Do not prop open the fire door to the kitchen.

Please return the attached form with your marshal's name before your next booking.

With thanks,
Moira
Hall Bookings Secretary
""")

m("safety", subject="your hall",
  sender=("", "ferrylane.watch@gmail.com"),
  tags=("pair-46", "veiled", "implicit"),
  body="""Thursdays, St Columba's, 7 till half 9. You all park round the back and leave the kitchen
door propped open for the smokers.

Hope that hall's got a good fire alarm. You'll need it.
""")

# ---------------------------------------------------------------- pair 47: flooding forwards
m("complaint", subject="Fwd: Flooding on Mill Row - fourth time",
  sender=c.person("Sinead", "O'Brien", "gmail.com"),
  tags=("pair-47", "hard-negative", "metaphor", "angry"),
  body=c.forward(
      """Hi, ward cllr here - forwarding so the CLP sees what residents on Mill Row are going
through. He's right and he's furious and I don't blame him. Can we get this on the EC agenda as a
campaign issue? S""",
      """Councillor,

Fourth time since 2020. The water came through the front door at 2am, we had a foot of it in the
living room, the insurers won't touch us any more and the Environment Agency say it's the council's
drains and the council say it's the Environment Agency.

I have had enough. If you don't fix the culvert on Mill Row before the winter, I will fight you
every step of the way. Every meeting, every newspaper, every election leaflet. You'll be sick of
the sight of me.

John Pearce
11 Mill Row""", "John Pearce <jpearce.millrow@gmail.com>", "Mill Row AGAIN"))

m("safety", subject="Fw: Mill Row",
  sender=c.person("Aisha", "Adeyemi", "outlook.com"),
  tags=("pair-47", "forwarded", "veiled", "conditional", "third-party-report"),
  body=c.forward(
      f"""{S} - I don't know what to make of this one. He's been flooded four times, I understand he's
desperate, but the last line frightened me and my husband thinks I should go to the police. What
do you think? A""",
      """Councillor,

Fourth time. The water came through at 2am. Insurers won't touch us. You've had four years.

If you don't fix the culvert before the winter you'll find out what it's like to have your own
home ruined. I know where it is, it's on the hill so the water won't get it. Other things can get
in though. Think on.""", "D Kerr <dkerr.millrow@hotmail.co.uk>", "Mill Row", style="outlook"))

# ---------------------------------------------------------------- pair 48: long list posts before the AGM
m("safety", subject="[ashfield-members] AGM, slates and some home truths (long, sorry)",
  sender=c.person("Gareth", "Evans", "gmail.com"),
  headers=c.list_headers("ashfield-members"),
  tags=("pair-48", "list", "embedded", "veiled", "conditional"),
  body="""Comrades,

Sorry for the length of this. I've been asked by a few people in Burnside branch to set out our
thinking before the AGM, so here it is.

1. THE SLATE. There's a slate going round for the EC positions. I'm not against slates in
principle, everyone organises, that's politics. But this one has been put together in a WhatsApp
group that about a third of the CLP doesn't know exists, and it leaves off anyone who voted the
"wrong" way on the Gaza motion last year. That's not organising, that's a purge.

2. THE WOMEN'S OFFICER. We have nominated Precious Obi. She ran the phone bank in the by-election
almost on her own. The slate has someone who has been a member for seven months. Members can decide,
but they should know.

3. THE CHAIR. I'll be blunt. Cllr Marion Hale has chaired this CLP for six years and it has shrunk by
a third. Meetings finish at 8.30 with nothing decided. If she stands again at the AGM, after
everything, someone will make sure she regrets it, and it won't be in the minutes. She's been
told.

4. DELEGATES TO CONFERENCE. Please, please read the motions before you vote on who goes. The last
two delegates didn't vote on the housing composite because they were "at a fringe".

5. PRACTICAL STUFF. AGM is in the Co-op Hall, 7pm sharp. Bring your membership number. There's a
creche if you email the secretary by Friday. Tea and biscuits from 6.30.

In solidarity,
Gareth
Burnside branch

--
You received this message because you are subscribed to ashfield-members.
To unsubscribe, email ashfield-members-leave@lists.example-labour.org.uk
""")

m("bulk", also=["procedural"], subject="[ashfield-members] AGM - our slate and why (long, sorry)",
  sender=c.person("Nicola", "Hughes", "gmail.com"),
  headers=c.list_headers("ashfield-members"),
  tags=("pair-48", "hard-negative", "metaphor", "political-menace"),
  body="""Comrades,

Sorry for the length, but people have asked for our reasoning before the AGM, so here it is.

1. WHY A SLATE. Yes, it's a slate. Everyone organises; we'd rather do it openly. We're standing
seven candidates for seven EC posts and we're going to crush the opposition on the night, because
we've spent the last year actually knocking on doors while others wrote emails.

2. WOMEN'S OFFICER. We're backing Sadia Begum. Seven months a member, yes, but she's organised the
school-gate campaign on free meals in three primaries. We think fresh blood is exactly what this
CLP needs.

3. THE CHAIR. We're not standing against Marion. She's had a tough six years and the membership
losses aren't all her fault. But if she wants another term she'll have to fight like hell for it,
because there's a mood for change and she knows it.

4. CONFERENCE DELEGATES. We'd ask delegates to commit in advance to reporting back to the GC in
writing. Last year's report was two lines.

5. PRACTICAL. AGM in the Co-op Hall, 7pm sharp. Bring your membership number. Creche available
if you email the secretary by Friday. Bring your friends - it's going to be a killer turnout.

In solidarity,
Nicola
Westfield branch

--
You received this message because you are subscribed to ashfield-members.
To unsubscribe, email ashfield-members-leave@lists.example-labour.org.uk
""")

# ---------------------------------------------------------------- pair 49: a man with a camera
m("safety", subject="man photographing the office and our cars - third day",
  sender=("Tom Bailey", "tom.bailey@mpoffice.example.org.uk"),
  tags=("pair-49", "third-party-report", "stalking"),
  body=f"""Hi {S},

Letting you know as some of your volunteers park at the back of the constituency office on
Wednesdays for the phone bank.

For the third day running a man has been standing across the road from about 8.30 taking photos
of the office and, specifically, of staff cars as we arrive - he walks along the car park fence
photographing number plates. Today he photographed Aisha getting out of her car and then photographed
her again through the window of the office. When Mike went out to ask what he was doing he said
"just making a record" and "you'll find out" and walked off towards the bus station.

White male, 50s, grey beard, dark green parka, black rucksack. We've reported to police (ref
pending) and to parliamentary security.

Until further notice could your volunteers park elsewhere and come in pairs? And if anyone sees
him please don't approach, just note the time and let us know.

Tom
Office manager
""")

m("other", subject="man with a camera outside the office (mystery solved)",
  sender=("Mike Rogers", "mike.rogers@mpoffice.example.org.uk"),
  tags=("pair-49", "hard-negative", "benign-knowledge"),
  body=f"""Hi {S},

Just so it doesn't come round the grapevine wrong - there was a man taking photos of the front of
the office and the car park this morning and a couple of your phone-bank volunteers were a bit
spooked.

I went out and asked him. He's from the council's planning enforcement team, photographing the
new signage and the dropped kerb for the landlord's retrospective application. He showed me his ID
and apologised for not coming in first. Nothing to worry about.

While I'm writing: the phone bank on Wednesday can use the back room again from next week.

Mike
""")

# ---------------------------------------------------------------- pair 50: Instagram
m("safety", subject="fairfield.stays.green sent you a message",
  sender=("Instagram", "no-reply@mail.instagram.com"),
  tags=("pair-50", "social", "implicit", "stalking"),
  body="""fairfield.stays.green sent you a message

"we see you 🙂 nice garden btw. the new fence looks good. shame about the gap by the shed.
see you soon councillor"

Open Instagram to reply.

This message was sent to clp.comms@example-labour.org.uk. Not your account? Remove your email
address from this account.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""")

m("bulk", subject="gardenpartyclp and 14 others liked your post",
  sender=("Instagram", "no-reply@mail.instagram.com"),
  headers=c.newsletter_headers("Instagram"),
  tags=("pair-50", "hard-negative", "benign-knowledge"),
  body="""gardenpartyclp, maureen.h.1946 and 14 others liked your post

"Great turnout at Saturday's summer garden party in Cllr Singh's back garden! £412 raised for the
campaign fund. Thank you to everyone who baked 🍰🌹"

maureen.h.1946 commented: "Lovely garden, that new fence looks smashing!"

See all activity

This message was sent to clp.comms@example-labour.org.uk.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""")

# ---------------------------------------------------------------- shuffle and write
order = random.Random(2302)
while True:
    order.shuffle(M)
    pairs = [next(t for t in kw["tags"] if t.startswith("pair-")) for _, kw in M]
    if all(a != b for a, b in zip(pairs, pairs[1:])):
        break
for label, kw in M:
    c.add(label, **kw)
c.write()
