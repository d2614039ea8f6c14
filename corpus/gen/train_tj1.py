"""train/tj1: contrastive pairs 1-25 (threat vs near-miss), written by hand.

Each pair is one situation written twice by different people: once as a threat (safety),
once as something close to it that is not a threat. Both halves carry the tag pair-<n>.
The order of messages is shuffled (seeded) so that pair halves do not sit side by side.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tj1", seed=2301)
CLP, SEC, SECADDR = c.clp
S = SEC.split()[0]
M = []


def m(label, **kw):
    M.append((label, kw))


# ---------------------------------------------------------------- pair 1: surgery protest
m("complaint", also=["other"], subject="Saturday surgery - heads up from Save Moorside Library",
  sender=("Save Moorside Library", "savemoorsidelibrary@gmail.com"),
  tags=("pair-1", "hard-negative", "peaceful-protest", "angry"),
  body=f"""Dear {S},

As a courtesy, and because we'd rather you heard it from us than from the Gazette: members of the
Save Moorside Library campaign will be outside the MP's surgery at Moorside Community Centre this
Saturday from about 9.45 until the surgery finishes.

We'll have placards and a banner and probably too many children. It will be peaceful. We've let
the neighbourhood policing team know, we won't block the entrance, and anyone who has an
appointment will be able to get in without being spoken to unless they want to be.

What we want is simple. The MP said at the hustings that Moorside would not lose its library on
her watch. The county's consultation closes in three weeks and we have heard nothing from her
office. If she'd come out for ten minutes at the end and talk to us, we'd be very glad.

We are angry, and I won't pretend otherwise, but we're not daft. We know it's the county council's
decision. We just want her on our side of the table.

Regards,
Bernadette Lowe
Secretary, Save Moorside Library
(and a Labour member for 31 years, for what that's worth these days)
""")

m("safety", subject="saturday",
  sender=("M Cartwright", "mc.moorside77@outlook.com"),
  tags=("pair-1", "implicit", "veiled", "stalking"),
  body="""We'll be outside the surgery on saturday.

Not with placards this time. The library lot can stand at the front with their banners and their
kids. We'll be at the other end.

She goes home down Canal Walk after, on her own, every time. Past the lock and under the bridge.
Tell her we know that. Tell her to enjoy the walk.
""")

# ---------------------------------------------------------------- pair 2: winter fuel
m("complaint", subject="Winter fuel payment - a letter from a very angry pensioner",
  sender=c.person("Maureen", "Hughes", "btinternet.com"),
  tags=("pair-2", "hard-negative", "metaphor", "angry"),
  body=f"""To whom it may concern at {CLP},

I do not know who reads these, I expect it goes in a folder, but I am going to write it anyway
because my late husband Ron would have and he isn't here to.

I am 79. I have been a member of this party since 1968. I knocked on doors for Harold Wilson. I
stood on the picket line at the pit gates in 1984 with a flask and a baby in a pram. I have voted
Labour at every election, local, national, European, even the police commissioner, which I did
not understand but did anyway because it was the Labour candidate.

And this is what I get. The winter fuel payment taken off me because I have a small pension from
the Co-op, which I worked for 38 years to get. It is not a fortune. It pays the council tax and
the water and not much else. Last winter I sat in one room with a blanket over my knees and the
heating on for two hours in the evening and I was lucky, because I have a son who brings me
shopping.

Mrs Dawson across the road has no son. She is 84. She has COPD. She told me she is going to put
the heating on "only when it's very bad". It is always very bad in January in this street, the
houses were built in 1910 and there is no insulation worth the name.

Let me say it plainly so whoever reads this can pass it on to the MP, who I voted for: this cut
will kill people. It will kill pensioners in this constituency this winter, and it will be on the
government's conscience, and on the conscience of every Labour MP who trooped through the lobby
and voted for it. There will be blood on their hands and I hope they think about that when they
put their own heating on.

I have heard all the arguments. Black hole. Tough choices. Targeting help at those who need it
most. Well I am one of those who needs it most and I have been "targeted" right out of it. The
Pension Credit form is 24 pages long. I filled it in with my son and we were told I was £11 a
week over. Eleven pounds.

I am not going to leave the party. Ron would have said you don't leave the family because the
family is being stupid, you stay and shout. So I am shouting. I would like the MP to answer me
properly, not with a leaflet, and I would like to know what the CLP is doing about it. Did anyone
put a motion? Did anyone say anything at all at your meetings? I used to come to the GC until my
hip went and I remember when we argued about things that mattered.

I will be at the AGM if someone can give me a lift, and I will be saying all of this again, out
loud, and I don't care who hears it.

Yours, still (just about) in the party,

Maureen Hughes (Mrs)
Holbrook ward
""")

m("safety", subject="people like you",
  sender=("ken", "kdixon1958@aol.com"),
  tags=("pair-2", "wish-harm", "noisy"),
  body="""so you took the fuel money off my mum and she sat in the cold all winter and now shes in the
Royal with her chest. people like you get what's coming, always do in the end. and when it comes
to you i hope im stood at the back watching, and i wont be the one ringing for help

tell your MP that. tell her i said it
""")

# ---------------------------------------------------------------- pair 3: court vs car park
m("complaint", subject="Re: Notice of administrative suspension",
  sender=c.person("Derek", "Fletcher", "sky.com"),
  tags=("pair-3", "hard-negative", "legal-threat", "angry"),
  body=c.quote_reply(
      """I have read your letter, and I have read the rule book, which is more than whoever wrote
that letter has done.

There is no complaint I have been shown. There is no hearing date. There is no indication of who
made the allegation or what exactly I am supposed to have said. I have been a member for 22 years
and a branch officer for nine of them and I am told by email, on a Friday night, that I cannot
attend the GC.

So let me be equally clear. I have instructed a solicitor. She has the papers. If the suspension
is not lifted by the end of the month, I'll see you in court, and I'll be asking for costs.

Derek Fletcher""",
      """Dear Mr Fletcher,

I am writing to inform you that, following a complaint, you have been placed under administrative
suspension pending investigation by the Governance and Legal Unit. During this period you may not
attend party meetings or hold office.

The CLP has no role in the investigation and I am not able to discuss its substance.

Kind regards,
CLP Secretary""", style="gmail"))

m("safety", subject="your appeal process",
  sender=("Lee Sutton", "lee.sutton.82@gmail.com"),
  tags=("pair-3", "veiled", "explicit"),
  body=f"""{S},

You can keep your appeal process and your governance unit and your "no role in the investigation".
I'm not writing to London. I'm not paying a solicitor.

You and the chair stitched me up and everyone in that room knows it.

GC is Thursday. I know you leave last because you lock up. I'll see you in the car park after, and
we'll settle it there, just the two of us, no rule book.

Lee
""")

# ---------------------------------------------------------------- pair 4: ballot box
m("complaint", subject="New message from website: Parking charges at Brook St",
  sender=c.form_robot(), reply_to=("Jacqueline Parker", "jackie.parker65@hotmail.co.uk"),
  tags=("pair-4", "hard-negative", "political-menace", "angry"),
  body=c.webform({
      "Name": "Jacqueline Parker",
      "Email": "jackie.parker65@hotmail.co.uk",
      "Postcode": "not giving you that",
      "Subject": "Parking charges at Brook St",
      "Message": """Three pounds forty for an hour outside the health centre. THREE FORTY. For people
going to see the GP. Your councillors voted it through and not one of them had the decency to
come to the residents meeting.

You'll pay for this at the ballot box in May. Every one of you on Brook Street ward. We've got
long memories round here and we've got a residents association with 400 on the mailing list.""",
  }))

m("safety", subject="Re: Brook St parking - response from the Council Group",
  sender=("T Norris", "tnorris.brookst@gmail.com"),
  tags=("pair-4", "veiled", "quoted"),
  body=c.quote_reply(
      """Your councillor sends me a form letter about "difficult financial choices".

I've had enough of letters. You'll pay for this, and I don't mean at the ballot box. Tell
Councillor Ahmed he can have a difficult choice of his own, about which way he walks to his car.""",
      """Dear Resident,

Thank you for contacting the Labour Group regarding the new parking tariffs at Brook Street.
The Council faces extremely difficult financial choices following a decade of cuts to its
funding. The revenue from these charges will be ring-fenced for highways maintenance.

Yours sincerely,
Cllr S. Ahmed
On behalf of the Labour Group""", style="outlook"))

# ---------------------------------------------------------------- pair 5: office vs home
m("complaint", subject="I will be at the office Monday 9am",
  sender=c.person("Shabana", "Iqbal", "outlook.com"),
  tags=("pair-5", "hard-negative", "benign-knowledge", "angry"),
  body="""This is my sixth email about my son's EHCP. Six. He has been out of school since February.

I have rung the MP's office, I have rung the council, I have emailed the councillor twice and I got
one reply which said she had "passed it on". To whom? The school doesn't know. SENDIASS don't know.

I know where the MP's office is, it's above the bakery on Market Street, and I will be there at 9
on Monday morning with Zain and all his paperwork and I am not leaving until somebody sits down
with me and reads it. I have taken the day off work. I can't keep taking days off work.

If there's a better way to do this please tell me before Monday.

Shabana Iqbal
""")

m("safety", subject="Cllr Mahmood",
  sender=("no name", "nn4420193@protonmail.com"),
  tags=("pair-5", "implicit", "doxxing"),
  body="""Pass this on to your councillor Mahmood since he doesn't answer.

I'm done writing to the council. I know where he lives. Gorse Lane, the end house with the green
door and the white van on the drive.

I'll be there at 9. He'll know which day.
""")

# ---------------------------------------------------------------- pair 6: children / school vote
m("complaint", subject="St Anne's closure vote - think of the children",
  sender=c.person("Rebecca", "Owen", "icloud.com"),
  tags=("pair-6", "hard-negative", "angry", "benign-knowledge"),
  fmt="alt",
  body="""Hi,

I'm a parent at St Anne's and a party member (Westfield branch). I'm writing before the cabinet vote
on the 12th.

Every Labour leaflet that came through my door at the last election had a picture of our
councillor with her own kids at the school gate and the line "I know what matters to families
because I'm a mum too". So I'm asking her, as a mum: think of the children at St Anne's. Think of
my two, who'll be bussed 40 minutes to Kingsway. Think about how you'd feel if it was Brookfield,
where your own kids go, being shut.

I know it's a budget thing. I know the numbers are awful. But this is a 140-year-old village school
with a waiting list and it's being shut to save less than the council spent on consultants last
year.

Please make sure this gets to the councillors before the 12th. I'd like to know how they intend to
vote and I think every parent would.

Rebecca Owen
""")

m("safety", subject="before you vote on the 12th",
  sender=("A parent", "stannesparent.2026@gmail.com"),
  tags=("pair-6", "veiled", "conditional", "implicit"),
  body="""Message for Councillor Jenkins before the vote on St Anne's.

Your two go to Brookfield Primary, don't they. Blue coats. Pick up at quarter past three, the
little one is always last out. Your husband does Tuesdays and Thursdays.

Think about that before you vote to shut our school. Think about it very carefully.
""")

# ---------------------------------------------------------------- pair 7: the councillor's car
m("complaint", subject="Councillor parking on the zigzags",
  sender=c.person("Graham", "Bell", "talktalk.net"),
  tags=("pair-7", "hard-negative", "benign-knowledge"),
  body="""Dear Sir or Madam

I wish to complain about the conduct of one of your councillors, who I will not name here but who
drives a silver Astra with a red rose sticker in the back window, so you will know who I mean.

Every weekday morning this car is parked on the yellow zigzags outside Meadow Lane School between
8.40 and 9.00 while its owner drops off and, I assume, chats. I have photographs. I have not sent
them to the Gazette, yet, because I would rather the party sorted it out.

It sets a very poor example when the same councillors are putting out leaflets about child safety
on school roads.

Yours faithfully
G. Bell
""")

m("safety", subject="Silver Astra",
  sender=("Concerned Resident", "resident.elmroad@yahoo.co.uk"),
  tags=("pair-7", "veiled", "implicit"),
  body="""Silver Astra, red rose sticker in the back window, K-reg plate I won't bother typing out.

Parked on Elm Road every Thursday from half six while your man does his "surgery" in the church
hall. Parked under the broken street light.

Cars are expensive to fix aren't they. Brakes especially. He should think about that before he
votes for the bus lane again.
""")

# ---------------------------------------------------------------- pair 8: report of following vs rudeness
m("safety", subject="Something that happened after the Eastgate branch meeting last night",
  sender=c.person("Owen", "Pritchard", "gmail.com"),
  tags=("pair-8", "third-party-report", "following", "stalking"),
  body=f"""Hi {S},

I'm sorry to send this late at night but I've been going back and forth about whether to bother you
with it and Nia has asked me to, so here it is.

Last night's Eastgate branch meeting was fine, bit of a row about the parking motion but nothing
unusual. There was a man at the back I didn't recognise. He signed in as "J. Smith", no membership
number. He didn't speak, which is why I didn't think much of it.

When we finished, about 9.15, Nia left on her own to get the 42 from the stop on Hartley Road. I
was stacking chairs. Pauline, who was having a cigarette outside, says the man came out a few
seconds after Nia, walked behind her to the stop, and stood there. He didn't say anything. When the
bus came he got on it. Nia says he sat two rows behind her and got off at her stop, which is not
a busy stop, and she walked quickly to her door and he was still standing at the stop when she
looked out of her front window ten minutes later.

She's shaken. She's not sure if she's overreacting. I don't think she is. She said she thinks she's
seen him at the last two ward surgeries too, sitting in the library reading room, not coming in.

Could we talk tomorrow about what to do? I think she should report it to the police (101 at
least), and I think we need to know whether he's a member at all, and whether we should be
doing anything about who signs in at meetings. I've got the sign-in sheet.

Owen
Branch secretary, Eastgate
""")

m("complaint", also=["query"], subject="Incident at Eastgate branch - conduct of a visitor",
  sender=c.person("Pauline", "Clarke", "hotmail.co.uk"),
  tags=("pair-8", "hard-negative", "rudeness-report", "angry"),
  body=f"""Dear {S},

I'm writing as chair of Eastgate branch about last Tuesday's meeting, because I'd like some advice
and I think something should go on record.

We had a visitor, a Mr Royle, who says he lapsed last year and wants to rejoin. Fine. When we got
to the parking motion he stood up and started shouting before I'd even called him. He called the
mover "a clueless middle-class idiot", told me I was "a disgrace to the chair" and swore several
times (I won't repeat it, one word was the c-word, in front of a 16-year-old Young Labour member).
When I asked him to sit down or leave he said "fine, you're all a waste of space", kicked his
chair back and walked out.

Nobody was hurt and, to be fair to him, he didn't come near anyone. He was rude and loud and that
was all. But people were upset, especially young Callum, and two of our older members have said
they won't come back if that's what meetings are like now.

Two questions:
1. Can a non-member (or lapsed member) be barred from branch meetings, and who decides?
2. Should I be making a formal complaint about him, and if so where does it go?

Thanks,
Pauline Clarke
Chair, Eastgate branch
""")

# ---------------------------------------------------------------- pair 9: suspicious item
m("safety", also=["urgent"], subject="URGENT parcel at the office - we've gone outside",
  sender=c.person("Kofi", "Appiah", "gmail.com"),
  tags=("pair-9", "suspicious-item", "third-party-report"),
  body=f"""{S} it's Kofi at the constituency office, ringing you but it's going to voicemail.

A package was left on the step inside the door some time before 10, nobody saw who by. No stamp,
no courier label. Addressed in marker to the MP with TRAITOR underlined across the top. It's been
taped and taped, it's heavier than it looks and there's a sort of chemical smell.

We have NOT opened it. Fatima and I are outside on the pavement across the road and have stopped
anyone going in. I've rung 999 and they're sending someone. I've also rung the parliamentary
security line.

Can you let the MP know and tell anyone who was due in this afternoon not to come. Will update.

Kofi

Sent from my iPhone
""")

m("other", subject="mystery box on the hall step",
  sender=c.person("Derek", "Young", "virginmedia.com"),
  tags=("pair-9", "hard-negative", "benign-knowledge"),
  body="""Morning all,

Bit of a panic this morning - when I got to the Labour Hall to let the cleaner in there was a big
cardboard box left on the step, no label, taped up, and after all the stuff on the news I'll admit
I stood looking at it for a good minute.

Anyway I was being daft. Pat Moore rang just as I was about to ring somebody - it's from Mrs Akhtar
on Clive Street, tombola prizes for the Christmas fair. Bottles, biscuits, a very large teddy. She
couldn't get an answer on Friday so she left it.

Could someone on the EC send her a thank-you card? I've put the box in the back room.

Derek
""")

# ---------------------------------------------------------------- pair 10: facebook posts
m("safety", subject="Gary Rowe mentioned you in a post in Fairfield Residents Say NO",
  sender=("Facebook", "notification@facebookmail.com"),
  headers=c.newsletter_headers("Facebook"),
  tags=("pair-10", "doxxing", "social", "pile-on"),
  fmt="alt",
  body=f"""Gary Rowe mentioned {CLP} in a post in Fairfield Residents Say NO.

Gary Rowe
17 minutes ago

So here they are, the five councillors who voted for the LTN that's trapped us in our own streets.
Hart - Orchard Close (the bungalow at the end). Begum - over the chippy on Station Rd. Nowak -
Lime Grove, number on the leaflet he put through my door. The other two I'm still finding.
@{CLP} you can pass this on. Pop round tonight everyone and let them know how we feel. No need to be
polite, they weren't polite to us.

142 reactions - 61 comments - 23 shares

View post

You're receiving this because you were mentioned. Facebook, Meta Platforms Ireland Ltd., 4 Grand
Canal Square, Dublin 2. Unsubscribe
""")

m("bulk", subject="New post in Fairfield Residents Say NO",
  sender=("Facebook", "notification@facebookmail.com"),
  headers=c.newsletter_headers("Facebook"),
  tags=("pair-10", "hard-negative", "benign-knowledge", "angry"),
  body="""Lorraine Kelly posted in Fairfield Residents Say NO.

Lorraine Kelly
2 hours ago

Councillor surgeries this week for anyone who wants to have it out with them about the LTN!!
Sat 10-12 Fairfield library (Cllr Hart and Cllr Begum)
Tue 6-7pm St Mark's church hall (Cllr Nowak)
Go along and tell them to their faces what you think. Bring your photos of the traffic on Vale Rd.
Be polite but don't let them fob you off with "it's a trial" !!!

88 reactions - 34 comments

See post

You're receiving this because you're a member of Fairfield Residents Say NO. Change
notification settings. Meta Platforms Ireland Ltd.
""")

# ---------------------------------------------------------------- pair 11: "I wouldn't cry"
m("safety", subject="Cllr Roberts",
  sender=("Stephen", "stephen.a.walker@live.co.uk"),
  tags=("pair-11", "wish-harm", "veiled"),
  body="""I'll be careful how I put this because I know how you lot twist things.

I'm not saying anyone should hurt her. I'm not saying that. But if something happened to her on
the way back from one of her little coffee mornings, on that dark bit of Mill Lane, I wouldn't
cry. Nor would half the estate. You can tell her that from me.
""")

m("complaint", subject="Cllr Roberts and the Eastbury regeneration",
  sender=c.person("Ian", "Marshall", "yahoo.co.uk"),
  tags=("pair-11", "hard-negative", "political-menace", "angry"),
  body="""I'll be careful how I put this as I know it'll be passed round.

I'm not saying Councillor Roberts is a bad person. I'm sure she means well. But she sat in the
community centre in March and told us nobody would lose their home in the regeneration, and now
forty families on Ash Walk have had decant letters.

If she lost her seat in May I wouldn't cry, and nor would half the Eastbury estate. I'll be
telling everyone who'll listen exactly what she promised.

Ian Marshall
Ash Walk
""")

# ---------------------------------------------------------------- pair 12: Gaza, blood on hands
m("complaint", subject="Resigning my membership - Gaza",
  sender=c.person("Naomi", "Fletcher", "protonmail.com"),
  tags=("pair-12", "hard-negative", "metaphor", "angry"),
  body=f"""Dear {S},

I've drafted this email about five times since the summer. This is the version where I stop
drafting and send it.

I joined in 2015. I've been a branch officer, I've delivered thousands of leaflets, I ran the
phone bank in the by-election from my kitchen table. I'm writing to say I'm resigning my
membership and to ask you to put my reasons on record at the next GC, because I think members
deserve to hear why people like me are leaving.

The government has continued to license the sale of components for weapons that are being used
in Gaza. I have read the legal advice that was published. I have read the carefully worded
statements. I have watched our MP vote against every opportunity to say the word "genocide"
while the death toll climbs past numbers I can't make sense of. I have watched children pulled out
of rubble on my phone while eating my tea.

Everyone who has defended this policy has blood on their hands. I don't say that lightly. It's
not a slogan for me. I think that in twenty years people will ask what we did and the honest
answer for this party will be: we managed it.

I'm not going to another party. I'm not joining anything. I'll keep going to the food bank on
Thursdays and I'll keep campaigning for the library. I'm just not going to do it with a red rose
on my lanyard.

Please remove me from the branch and CLP mailing lists. I've already cancelled my direct debit.

Naomi Fletcher
(formerly Riverside ward branch, women's officer 2019-2022)
""")

m("safety", subject="blood",
  sender=("J", "j.accountable2026@protonmail.com"),
  tags=("pair-12", "html-only", "explicit", "veiled"),
  fmt="html",
  html_body="""<html><body style="font-family:Arial;font-size:15px">
<p>To the MP and every one of her little helpers at the CLP.</p>
<p>You have <b>blood on your hands</b>. Every vote, every abstention, every weasel statement.</p>
<p><span style="color:#b00000;font-size:18px">Soon enough it will be your own.</span></p>
<p>We know the office. We know the cars. We know who locks up on a Friday.</p>
</body></html>""",
  body="")

# ---------------------------------------------------------------- pair 13: selection conditional
m("complaint", subject="Northfield selection longlist",
  sender=c.person("Hazel", "Morris", "gmail.com"),
  tags=("pair-13", "hard-negative", "political-menace", "angry"),
  body="""Hi,

Just so that nobody can say they weren't told: if the Northfield council selection goes ahead with
the longlist as it stands, with two of the branch's own nominees excluded on a "technicality" that
nobody will put in writing, I will resign as branch chair the day after, and I think at least
half the active members in Northfield will go with me. That's not a threat, it's a head count.

I'd much rather you just reopened nominations.

Hazel Morris
Chair, Northfield branch
""")

m("safety", subject="selection",
  sender=("Northfield member", "nfield.member@gmail.com"),
  tags=("pair-13", "conditional", "veiled"),
  body="""You've fixed this selection and you know it and we know it.

So here is how it is. If this selection goes ahead on the 9th with your hand picked longlist,
don't expect to walk out of that hall the way you walked in. Some of us have been pushed about
long enough.
""")

# ---------------------------------------------------------------- pair 14: forwarded from a councillor
m("safety", subject="Fwd: message on the ward inbox",
  sender=c.person("Siobhan", "Gallagher", "outlook.com"),
  tags=("pair-14", "forwarded", "implicit", "stalking", "third-party-report"),
  body=c.forward(
      f"""{S} - this came in on the ward inbox overnight. I'm not easily rattled but I have been
getting my paper at the Spar at 7 every morning for eleven years and nobody outside my family
would know that. I've rung 101 and have a reference. Forwarding so the CLP has it on file and
because I think we should talk about surgeries. S x""",
      """Councillor

You don't answer emails so I thought I'd let you know I've seen you. Spar on Wellington Road, 7am,
every morning, Guardian and a pint of milk. You always come out with your head down.

One morning you won't be getting your paper.""",
      "ward.inbox.relay <no-reply@wardmail.example.net>", "(no subject)"))

m("complaint", subject="Fwd: bins - another charming one",
  sender=c.person("Marek", "Nowak", "gmail.com"),
  tags=("pair-14", "hard-negative", "angry", "rudeness-report"),
  body=c.forward(
      """Another one for the collection. Nothing to worry about, just rude. I'll reply in the morning
once I've calmed down - just want you to see the kind of thing that's coming in since the fortnightly
collections started so we can talk about a comms line at EC. M""",
      """Your bin collections are a joke. Three weeks. THREE WEEKS. The foxes have had more of my
rubbish than the council has.

You lot are useless, overpaid, and you can stick your "consultation" where the sun don't shine.
I voted for you. Never again. I'll be telling everyone on the street.

B. Hollins, Cedar Avenue""",
      "Barry Hollins <bhollins@ntlworld.com>", "BINS!!!!"))

# ---------------------------------------------------------------- pair 15: quoted from a treasurer
m("safety", subject="Re: Re: Subs increase",
  sender=c.person("Val", "Thompson", "btinternet.com"),
  tags=("pair-15", "quoted", "conditional", "third-party-report", "implicit"),
  body=c.quote_reply(
      f"""{S}, copying you in. I answered his first two emails about the subs. Please read the last
paragraph of this one. I'm not replying to him again and I'd like you to decide what we do, I'm a
bit shaken to be honest. He knows the house because my husband used to give him lifts to meetings.

Val (Treasurer)""",
      """I've read your explanation and I don't accept it. You put subs up at the AGM without
proper notice and you know it.

I'm not paying it. And if I get one more letter about arrears I'll come and collect my refund
from your house myself. I know it's the one by the church with the red gate. You won't like how I
collect it.

Pete""", quoted_from="Pete Garside <petegarside@aol.com>", style="bottom"))

m("complaint", subject="Re: Re: Subs increase",
  sender=c.person("Irene", "Lloyd", "hotmail.com"),
  tags=("pair-15", "hard-negative", "angry", "political-menace"),
  body=c.quote_reply(
      f"""Hi {S}, forwarding you the latest from Mr Okoro as promised. I've explained the subs
twice. He's very cross but I don't think he's wrong that the notice for the AGM was short. Could
you answer him on the procedural bit? Irene (Treasurer)""",
      """I've read your explanation and I don't accept it. You put the local subs up at the AGM with
six days notice and half of us didn't know it was on the agenda.

If I get one more letter about arrears I'll cancel my direct debit altogether and I'll stand up at
the next GC and tell everyone why. And I'll put a motion to reverse it.

Emeka Okoro""", quoted_from="Emeka Okoro <emeka.okoro@gmail.com>", style="gmail"))

# ---------------------------------------------------------------- pair 16: web form, next meeting
m("safety", subject="Website contact form: next meeting",
  sender=c.form_robot(), reply_to="whocares@guerrillamail.com",
  tags=("pair-16", "webform", "veiled"),
  body=c.webform({
      "Your name": "A resident",
      "Your email": "whocares@guerrillamail.com",
      "Ward": "Holt",
      "Your message": """To the chair. I will come to your next public meeting at the Holt Community
Centre and make sure it's the last one you ever chair. You've been warned, which is more than you
gave us.""",
      "How did you hear about us?": "Leaflet",
  }, form="Get in touch"))

m("complaint", subject="Website contact form: next meeting",
  sender=c.form_robot(), reply_to=("Colin Ward", "colin.ward.holt@gmail.com"),
  tags=("pair-16", "hard-negative", "angry"),
  body=c.webform({
      "Your name": "Colin Ward",
      "Your email": "colin.ward.holt@gmail.com",
      "Ward": "Holt",
      "Your message": """To the chair. I will come to your next public meeting at the Holt Community
Centre and I will make sure every single one of you hears what the residents of Holt Street think of
the new HMO next door to us. I'm bringing a petition with 212 names on it. Please make sure there
is time on the agenda for residents to speak, last time there wasn't.""",
      "How did you hear about us?": "Facebook",
  }, form="Get in touch"))

# ---------------------------------------------------------------- pair 17: list posts about a motion
m("safety", subject="[KelvinNorth-members] Re: Thursday's motion on the Gaza vigil",
  sender=("Anon Member", "rmember.anon@gmail.com"),
  headers=c.list_headers("KelvinNorth-members"),
  tags=("pair-17", "list", "veiled"),
  body="""> Can I remind everyone that the motion will be taken at Thursday's GC and delegates should
> come mandated by their branches.

Here's a reminder of my own then. Anyone who votes for this motion on Thursday should watch their
back on the way home. We'll be outside and we've got the delegate list.

_______________________________________________
KelvinNorth-members mailing list
To unsubscribe, email kelvinnorth-members-leave@lists.example-labour.org.uk
""")

m("bulk", also=["procedural"], subject="[KelvinNorth-members] Re: Thursday's motion on the Gaza vigil",
  sender=c.person("Tariq", "Malik", "gmail.com"),
  headers=c.list_headers("KelvinNorth-members"),
  tags=("pair-17", "hard-negative", "angry", "political-menace"),
  body="""> Can I remind everyone that the motion will be taken at Thursday's GC and delegates should
> come mandated by their branches.

Thanks. And I'll say this here so nobody is surprised on the night: anyone who votes for this
motion on Thursday should be ashamed of themselves. I'll be moving that the vote is recorded, so
members can see exactly who voted which way, and I'll be reporting it back to Canal ward branch
by name.

Tariq (Canal ward delegate)

_______________________________________________
KelvinNorth-members mailing list
To unsubscribe, email kelvinnorth-members-leave@lists.example-labour.org.uk
""")

# ---------------------------------------------------------------- pair 18: Polish writers
m("safety", subject="for you mister councillor",
  sender=("Tomasz", "tomek.k1979@wp.pl"),
  tags=("pair-18", "non-native", "implicit", "stalking"),
  body="""Hello

I write you third time about my flat and black mould and you do nothing, only words. So now I
write other way.

I know where is your house. Is near the park, the one with small blue car. I see you every
morning with the dog going in the park 6:30. I am not stupid man. You will have problem with me
if you not fix this, big problem, and not on paper.

Tomasz
""")

m("complaint", also=["query"], subject="membership card problem - 3 months",
  sender=c.person("Agnieszka", "Zielinski", "gmail.com"),
  tags=("pair-18", "hard-negative", "benign-knowledge", "angry"),
  body="""Good morning,

I am member from June and still I dont have card and I cannot log in to Membersnet, it say my
email is not found. I write email two times to this address and nobody answer me, I am very
disappointed because I want to help with campaign and nobody tell me anything.

I know where is office, on Bridge Street, I come Monday morning 10 o'clock for complain and to
fix this. Please somebody is there? If is better other day please write me.

Thank you
Agnieszka Zielinski
""")

# ---------------------------------------------------------------- pair 19: spaced letters
m("safety", subject="vote",
  sender=("patriot", "englandfirst1066@outlook.com"),
  tags=("pair-19", "noisy", "explicit"),
  body="""SOMEONE SHOULD K I L L THAT TRAITOR BEFORE THE HOSTEL VOTE and theres plenty round here who'd
do it for a pint. you put them in the old police station and you'll find out how many. we know
which one she is we've seen her on the leaflet
""")

m("complaint", subject="PARKING CHARGES",
  sender=c.person("Sandra", "Edwards", "aol.com"),
  tags=("pair-19", "hard-negative", "metaphor"),
  body="""THESE NEW PARKING CHARGES ARE K I L L I N G THE HIGH STREET. i run the wool shop on Cross St
for 23 year and Tuesday i took £14 all day. FOURTEEN POUNDS. nobody can park nobody comes in. the
butcher is shutting in March and the card shop already gone

your councillors need to come and stand on cross street on a tuesday and LOOK at it. i will be
at the next meeting of the traders to say so and youre welcome to come

Sandra
Sandra's Wool & Haberdashery
""")

# ---------------------------------------------------------------- pair 20: the 7.42
m("safety", subject="7.42",
  sender=("someone", "platform3.castlefield@gmail.com"),
  tags=("pair-20", "stalking", "implicit"),
  body="""You get the 7.42 from Castlefield every weekday. Third carriage, always the seat by the
door so you can get off first at Piccadilly. You read the Guardian on your phone and you've got
the red lanyard in your coat pocket.

I've sat opposite you twice this week. You didn't look up.

Maybe next week you will.
""")

m("other", also=["query"], subject="Saturday training - 7.42?",
  sender=c.person("Harpreet", "Kaur", "googlemail.com"),
  tags=("pair-20", "hard-negative", "benign-knowledge"),
  body=f"""Hi {S}!

Are you getting the 7.42 from Castlefield to the regional organiser training on Saturday? I'll be
in the third carriage with a huge bag of leaflets for Ruth (don't ask). Save me a seat if you get
on first, it'd be good to catch up about the AGM before we get there.

Also - do you know if they're doing lunch or should I bring something?

H x
""")

# ---------------------------------------------------------------- pair 21: Tesco
m("safety", subject="you looked tired",
  sender=("a friend", "afriend.watching@hotmail.com"),
  tags=("pair-21", "stalking", "implicit"),
  body="""Saw you in Tesco Sunday. And at the canvassing Tuesday, by the flats. And Wednesday outside
your mum's on Larch Road, you stayed 40 minutes.

You looked tired. You should get more sleep. You never know who's watching, do you.
""")

m("other", subject="Thank you",
  sender=c.person("Leanne", "Hall", "hotmail.co.uk"),
  tags=("pair-21", "hard-negative", "benign-knowledge"),
  body="""Hiya,

I saw you in the big Tesco on Sunday but you had your little one with you and looked like you had
your hands full, so I didn't want to come over and bother you.

I just wanted to say thank you so much for helping us with the housing transfer. We got the keys
on Friday. The kids have got their own rooms for the first time ever. I cried in the lift.

Please pass on my thanks to whoever else helped, I know it wasn't just you.

Leanne (Flat 14, Orwell House - well not any more!)
""")

# ---------------------------------------------------------------- pair 22: pile-on vs nasty comments
m("safety", also=["urgent"], subject="Cllr Patel - overnight on Facebook/X - please read",
  sender=c.person("Jasmine", "Ward", "gmail.com"),
  tags=("pair-22", "pile-on", "doxxing", "third-party-report"),
  body=f"""{S},

Comms officer hat on. Cllr Patel's post yesterday about the mosque extension planning decision has
gone far beyond our usual audience - I think it got picked up by one of the big national accounts
around 11pm.

As of 7am:
- 400+ replies on Facebook, 1,100+ quote-posts on X
- at least six accounts have posted the name of her street, two with a photo of her front door
  (it's clearly her house, the planters are in the picture)
- several replies saying "we're coming", "see you soon Reena", "time for a house call", and one
  with a map pin
- one account has posted the name of her daughter's school

I've screenshotted everything with timestamps and saved the URLs. I've hidden the worst on our page
but can't do anything about X or shares. Reena knows and is at her sister's. I think we need to
ring the police now rather than wait, and tell regional and the MP's office. Can you call me?

Jasmine
07700 900 418
""")

m("query", subject="FB comments on the bin post - moderate or leave?",
  sender=c.person("Callum", "Reid", "gmail.com"),
  tags=("pair-22", "hard-negative", "rudeness-report", "angry"),
  body=f"""Hi {S}

Quick one. The post we put up on Tuesday about the new bin schedule is getting a LOT of comments,
mostly negative. Nothing scary - the usual "useless", "clowns", "what do we pay council tax for",
one person called the council leader "a muppet in a suit", quite a few swear words. One chap has
posted the same photo of his overflowing bin about nine times.

Question is whether we should be hiding/deleting any of it. My instinct is leave it up unless it's
abusive to a named person or has swearing, and reply once with the FAQ link. But I don't want to
be accused of censoring residents either. What's the CLP line?

Callum
(social media, volunteer)
""")

# ---------------------------------------------------------------- pair 23: the AGM on the 14th
m("safety", subject="14th",
  sender=("", "noreply.14th@proton.me"),
  tags=("pair-23", "veiled", "harassment"),
  body="""The AGM on the 14th.

Enjoy it. Make a nice speech. Thank everyone for their hard work.

It'll be your last.
""")

m("procedural", also=["complaint"], subject="AGM on the 14th - nominations for chair",
  sender=c.person("Rachel", "Kelly", "outlook.com"),
  tags=("pair-23", "hard-negative", "political-menace"),
  body=f"""{S},

Please find attached our nomination of Hamza Rahman for CLP chair, signed by proposer and
seconder, for the AGM on the 14th.

And so there's no confusion: the 14th will be Brian's last meeting as chair. We've got the numbers
in five branches out of seven, we've got a candidate, and we've got the delegates. Nothing
personal - Brian's done his time - but it's time for a change and members have said so.

Please confirm receipt and that the nomination is valid.

Rachel Kelly
Secretary, Canal ward branch
""")

# ---------------------------------------------------------------- pair 24: HTML warning vs campaign newsletter
m("safety", subject="Your only warning",
  sender=("Sandhill Action", "sandhill.action@mail.com"),
  tags=("pair-24", "html-only", "conditional", "veiled", "implicit"),
  fmt="html",
  html_body="""<html><body>
<table width="100%" style="background:#111;color:#eee;font-family:Georgia,serif"><tr><td style="padding:24px">
<h2 style="color:#e33">THIS IS YOUR ONLY WARNING</h2>
<p>Councillor Foster. Vote against the Sandhill development on the 3rd.</p>
<p>Or regret it.</p>
<p>We know what school your boy goes to. We know what time his football finishes on a Wednesday.</p>
<p style="font-size:11px;color:#888">There won't be a second email.</p>
</td></tr></table>
</body></html>""",
  body="")

m("bulk", subject="Red Wave Weekly: We'll crush them in May - HIT THE DOORS",
  sender=("Red Wave North", "news@redwavenorth.org.uk"),
  headers=c.newsletter_headers("Mailchimp"),
  tags=("pair-24", "hard-negative", "metaphor", "benign-violent-word"),
  fmt="html",
  html_body="""<html><body style="font-family:Helvetica,Arial">
<div style="background:#d50000;color:#fff;padding:18px"><h1>RED WAVE WEEKLY</h1></div>
<h2>We'll crush them in May</h2>
<p>Reform think they've got the North sewn up. They haven't. Our canvass data in the eight
<b>target seats</b> shows soft Reform voters coming back to us on the NHS and on bills.</p>
<p>But only if we <b>hit the doors</b>. This weekend we're launching a blitz in Sandhill,
Eastgate and Moss Side. Bring comfy shoes and a brolly.</p>
<h3>This week's killer stat</h3>
<p>1 in 3 people we spoke to last Saturday hadn't been canvassed by anyone in five years.</p>
<p><a href="https://redwavenorth.org.uk/events">Find a session near you &raquo;</a></p>
<hr><p style="font-size:11px">You're receiving this because you signed up at a Red Wave event.
<a href="https://redwavenorth.us21.list-manage.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
  body="")

# ---------------------------------------------------------------- pair 25: briefing vs a real letter
m("bulk", also=["other"], subject="Candidate and councillor safety: updated guidance (please cascade)",
  sender=("Regional Office", "regional.office@north.labour.example.org.uk"),
  headers=c.newsletter_headers("NationBuilder"),
  tags=("pair-25", "hard-negative", "news-about-threats"),
  body="""Dear CLP Secretaries,

Ahead of the May elections, please find below updated guidance on the safety of candidates,
councillors and volunteers. Please cascade to branch secretaries and candidates.

1. Operation Bridger: every candidate should register with their local police force's Operation
   Bridger contact. Details are on Membersnet under Elections > Safety.
2. Home addresses: candidates may opt not to have their home address published on the ballot
   paper. Make sure this is raised at candidate induction.
3. Surgeries: never hold a surgery alone. Tell someone where you are. Use venues with staff on
   site.
4. Online abuse: screenshot, report, do not engage. Threats should be reported to police and to
   us. The Safety Team can be reached via the regional office.
5. Canvassing: work in pairs, carry a charged phone, and leave if you feel unsafe.

Recent national reporting on threats to elected representatives has been widely covered. We know
members are worried. If you'd like the safety team to run a session at your GC, reply to this
email.

Regional Office
""")

m("safety", subject="Letter at home this morning",
  sender=c.person("Carol", "Foster", "icloud.com"),
  tags=("pair-25", "implicit", "third-party-report"),
  body=f"""{S}

I don't want to make a fuss but I think I should tell someone in the party and I don't know who
else.

There was a letter on the mat this morning, no stamp, so someone put it through by hand. Typed,
one sheet, no name. It says:

"We know where you live. We know when you're alone in the house. Vote the right way on the 3rd."

My husband works nights on Wednesdays. The vote is Sandhill. I've put the letter in a freezer bag
like they do on the telly and I'm going to ring the police at 9. Should I be telling regional? Do
I need to stand down from the planning committee?

Carol
""")

# ---------------------------------------------------------------- shuffle and write
order = random.Random(2301)
while True:
    order.shuffle(M)
    pairs = [next(t for t in kw["tags"] if t.startswith("pair-")) for _, kw in M]
    if all(a != b for a, b in zip(pairs, pairs[1:])):
        break
for label, kw in M:
    c.add(label, **kw)
c.write()
