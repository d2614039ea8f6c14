"""train/tl1: an ordinary few weeks in the inbox of Ashbourne & Dale CLP's secretary.

A rural/market-town seat: Ashbourne Town, the Dale Villages and Cawley Bridge & Stanlow
branches; the county council, buses, farms, winter fuel. All people and places invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus, CLPS  # noqa: E402

c = Corpus("train", "tl1", seed=2501)
c.clp = CLPS[1]  # Ashbourne & Dale CLP, Helen Pryce
SEC = c.secretary()
SECADDR = SEC[1]

# Three ordinary weeks in the spring and one in the autumn.
WEEKS = [list(range(232, 239)), list(range(218, 225)), list(range(64, 71))]


def d():
    return c.date(c.rng.choice(c.rng.choice(WEEKS)))


def P(first=None, last=None, provider=None):
    return c.person(first, last, provider)


GRAHAM = ("Graham Latimer", "graham.latimer@btinternet.com")        # CLP chair
DEREK = ("Derek Oakes", "derekoakes54@outlook.com")                 # treasurer
NIA = ("Nia Holroyd", "nia.holroyd@gmail.com")                      # women's officer
PAULINE = ("Pauline Varley", "membership@ashbournedalelabour.org.uk")  # membership sec
OWEN = ("Owen Tate", "owentate.campaigns@gmail.com")               # campaign coordinator
SANDRA = ("Cllr Sandra Whitlow", "sandra.whitlow@derbyshire-county.example.gov.uk")
DALESEC = ("Margaret Ibbotson", "m.ibbotson@btinternet.com")       # Dale Villages branch sec
TOWNSEC = ("Kwame Appiah", "kwame.appiah@gmail.com")               # Ashbourne Town branch sec

# =====================================================================================
# SAFETY (8)
# =====================================================================================

c.add("safety", subject="Parish hall planning application",
      sender=("R. Stokes", "rstokes.dalebrook@gmail.com"), date=d(),
      body="""Mrs Pryce,

I've written to the parish council and to your county councillor about the planning
application for the old chapel in Dalebrook and had no reply from either, so I'm writing to
you as you seem to be the one who organises that lot.

The application will be decided on the 19th. Most of the village is against it.

You drive the silver Yaris down through Dalebrook every Tuesday evening for your meetings, I've
seen it parked by the Methodist hall often enough. The lanes round here are very dark this time
of year and there's no phone signal past the ford. People should think about that before they
decide things for villages they don't live in.

R. Stokes""",
      tags=("implicit", "veiled"))

c.add("safety", subject="Fwd: bloke in the car park after Tuesday",
      sender=TOWNSEC, date=d(),
      body=c.forward(
          """Helen - forwarding this from Gemma as I think it needs to go to you and probably
regional. I've rung her and she's OK but shaken. She says she'll report it to the police if we
think she should. I think she should. What's the procedure our end?

Kwame
Branch Secretary, Ashbourne Town""",
          """Hi Kwame,

Just wanted someone to know about this. After the branch meeting on Tuesday there was a man
sat in a dark estate car at the far end of the Co-op car park. He was there when we went in at
7 and still there at 9. When Tariq and I walked out he flashed his lights twice.

I drove home the long way round by the reservoir and the same car was behind me all the way to
the Stanlow turn. I pulled into the petrol station and it went past slowly and then came back
the other way five minutes later.

I didn't get the reg, it was too dark. I might be being daft. But I'm not going to the next one
on my own.

Gemma x""",
          "Gemma Foster <gemmafoster88@hotmail.co.uk>", "Tuesday"),
      tags=("following", "third-party-report", "forwarded"))

c.add("safety", subject="New submission: Contact us",
      sender=c.form_robot(), reply_to="farmer.against.theft@protonmail.com", date=d(),
      body=c.webform({
          "Name": "A Dale farmer",
          "Email": "farmer.against.theft@protonmail.com",
          "Postcode": "DE6",
          "Subject": "Your candidate",
          "Message": """Tell your candidate for the county seat that we all know which is his
barns at Upper Tenby. Hay burns very easy in a dry spell. If he stands up at that hustings and
defends the family farm tax again after what its done to us, dont be surprised what happens.
Consider this the only polite warning""",
      }),
      tags=("webform", "conditional", "veiled"))

c.add("safety", subject="Parcel at the office - didn't open it",
      sender=DEREK, date=d(),
      body="""Helen,

Letting you know before I ring the police non-emergency line. When I went into the office
on Market Street this morning to do the banking there was a brown padded envelope pushed
through the letterbox, addressed in capitals to "THE LABOUR SECRETARY" with no stamp and no
postmark, so it was hand-delivered. It's lumpy and there's a bit of white powdery stuff at one
corner where the tape's come away.

I have not opened it. I've left it on the mat, locked up and washed my hands. I'm standing
outside now. Don't let anyone go in until we've heard back please - I think Owen was due in
at 2 to pick up the canvass boards.

Derek""",
      tags=("suspicious-item", "third-party-report"))

c.add("safety", subject="The so called farming tax and your MP",
      sender=("Clive Ardern", "clive.ardern@farmingmail.example.co.uk"), date=d(),
      body="""I have farmed at Fenwick Moor for 41 years, my father before me and his father
before him. I voted Labour at the last election for the first time in my life because I
believed the promises that were made in the village hall by your candidate, who sat in front
of us and said there would be no change to Agricultural Property Relief. Within months that
was torn up.

My son will now have to sell a third of the land to pay the bill when I go. That is what your
party has done. I have written to the MP twice and had a form letter back each time which did
not even mention the farm by name. I have been to her surgery and was told by a young man with
a clipboard that "the MP understands the strength of feeling". She understands nothing.

People round here are at the end of their rope. There have been two suicides in farming
families in this valley in the last year and nobody from your party has said a word. I am not
saying that anybody should do anything to her. But she drives that Moor road back from
Matlock on a Friday night and if her car went into the wall one night I would not shed a tear,
and nor would half the valley.

I want this letter passed to her personally and I want a reply that is not a form letter.

C. Ardern""",
      tags=("wish-harm", "embedded", "implicit"))

c.add("safety", subject="Re: Dale Villages branch - March meeting",
      sender=("Joan Mellor", "joanmellor@sky.com"), date=d(),
      body=c.quote_reply(
          """Helen, I hope you don't mind me sending this on. I put a notice about the branch
meeting on the Dalebrook Community Noticeboard page on Facebook like you asked and this chap
replied to me privately on Messenger. I've copied what he said below. I don't know him. He
knows I live at the end cottage on Church Lane because he mentioned my cats.

I've not replied. Should I take the post down? Joan""",
          """Saw your post about the labour meeting. You want to be careful advertising that
sort of thing round here love. Everybody knows its your house at the end of Church Lane with
the ginger cats in the window. Be a shame if folk started taking an interest in who comes and
goes. Id cancel it if I was you""",
          quoted_from="Dean Hartop (Messenger)", style="bottom"),
      tags=("quoted", "third-party-report", "implicit", "social"))

c.add("safety", subject="u lot",
      sender=("xx", "dalelad1999@outlook.com"), date=d(),
      body="""u lot think ur clever puttin ur leaflets thru every door in stanlow. we no wer ur
councillor lives its the big house on hollin rd with the red door, saw her kids in the garden
yesterday. she wants to keep her nose out of the quarry or shes gonna get wot she deserves. not
a threat just sayin. tell her""",
      tags=("implicit", "doxxing", "noisy"))

c.add("safety", subject="Ashbourne & Dale Labour: new comment on your post",
      sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"), date=d(),
      fmt="html",
      html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px">
<p><b>Terry Naylor</b> commented on your post: "Join us on Saturday in Cawley Bridge market
square to talk about buses..."</p>
<p style="border-left:3px solid #ccc;padding-left:8px">Someone should pay that Helen Pryce a
visit she organises all this. Lives up the top of Cawley by the church doesnt she. Might go
round and have a word myself see how brave she is then</p>
<p><a href="https://www.facebook.com/ashbournedalelabour/posts/">View comment</a> &middot;
<a href="https://www.facebook.com/ashbournedalelabour/posts/">Reply</a> &middot; Hide</p>
<p style="color:#90949c;font-size:12px">This message was sent to secretary@ashbournedalelabour.org.uk.
If you don't want to receive these emails from Meta in the future, please unsubscribe.<br>
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland</p>
</td></tr></table></body></html>""",
      body="",
      tags=("social", "html-only", "implicit", "doxxing"))

# =====================================================================================
# URGENT (5)
# =====================================================================================

c.add("urgent", subject="Methodist hall double booked TONIGHT - GC needs to go on Zoom",
      sender=GRAHAM, date=d(),
      body="""Helen

Just had the caretaker on the phone. The hall has been let to the slimming club for tonight
and they were there first apparently (their booking was in the diary, ours was "pencilled").
There's nowhere else in town free at this notice - I've tried the Scout hut and the Royal
British Legion.

Can you send the Zoom link out to all GC delegates by 5 at the latest so people don't set off?
Use the one from the February meeting if it still works. I'll stand at the hall door at 7 to
catch anyone who doesn't see it and give them the link.

Sorry. Ring me if you need to.
Graham""",
      tags=("urgent-real",))

c.add("urgent", subject="Collection tomorrow am",
      sender=("Lindsey at Peakprint", "lindsey@peakprint-leek.example.co.uk"), date=d(),
      body="""Hi Helen

Your 12,000 A5 Dalebrook by-election leaflets are printed, packed and on a pallet. Bad news
is our van's failed its MOT this afternoon so I can't get them to you.

Can someone collect from the unit (Unit 4, Barnfields Ind Est) between 8 and 10 tomorrow
morning? After 10 the warehouse is shut till Monday for stocktake and they'd be stuck here,
which I know is no good with polling day a week Thursday. You'll need an estate car or two -
it's 24 boxes.

Text me on 07700 900418 to say who's coming.

Lindsey
Peakprint""",
      tags=("urgent-real",))

c.add("urgent", also=["other"], subject="Comment request - Cllr Whitlow - by 3pm today",
      sender=("Ryan Cheetham", "ryan.cheetham@dalesadvertiser.example.co.uk"), date=d(),
      body="""Hello Ms Pryce,

I'm a reporter at the Dales Advertiser. We're running a story in tomorrow's edition that
County Councillor Sandra Whitlow is considering leaving the Labour group to sit as an
independent over the quarry extension vote.

Would the CLP like to comment? Our deadline is 3pm today. A couple of lines is fine, or I
can ring you - 01335 555 0192.

Thanks,
Ryan Cheetham
Chief Reporter, Dales Advertiser""",
      tags=("urgent-real", "press"))

c.add("urgent", also=["procedural"], subject="Stanlow Green parish by-election - papers",
      sender=OWEN, date=d(),
      body="""Helen - problem with Bev's nomination papers for Stanlow Green. Democratic
services have just rung: one of the ten subscribers isn't on the register at that address (he
moved in January, it's his old address on the form). Close of nominations is 12 NOON TOMORROW.

I need (a) a fresh set of papers signed by a proposer, seconder and eight others who are
definitely on the current register for the ward, and (b) your signature on the certificate of
authorisation again because it has to go in with the new set.

I've got the marked-up register for Stanlow Green. Can you meet me at the Co-op car park at
8 tomorrow? I'll go door to door tonight for the signatures.

Owen""",
      tags=("urgent-real",))

c.add("urgent", subject="keys for the committee room",
      sender=("Barbara Quinlan", "bquinlan@talktalk.net"), date=d(),
      body="""Helen love I'm so sorry, I'm writing this from A&E at Derby, I had a fall in the
garden and they think it's my wrist. They're keeping me in tonight.

That means I can't open up the committee room at 6.30 tomorrow morning for the polling day
teams. The keys are in my kitchen in the blue jug on the windowsill. My neighbour Alan at
no.12 has a spare front door key, he knows you're coming, he's up from 6.

The alarm code is the same as before. Tea bags in the top cupboard.

Barbara""",
      tags=("urgent-real",))

# =====================================================================================
# COMPLAINT (14)
# =====================================================================================

c.add("complaint", subject="Winter fuel",
      sender=("Edna Rowbotham", "edna.rowbotham@btinternet.com"), date=d(),
      body="""Dear Secretary,

I have been a member of the Labour Party since 1971. I joined when Harold Wilson was leader.
I have delivered leaflets in all weathers, I have sat in committee rooms for 12 hours on
polling day with a flask, I have stood on the doorstep in Cawley Bridge and been called
every name under the sun for this party.

And this is the thanks. I am 84 years old. My house is stone-built and my heating oil bill
last winter was over a thousand pounds. The winter fuel payment was the difference between
heating the back bedroom and not. I know they have changed it again now but I had to go
a whole winter without it while men in London earning a hundred thousand pounds explained
to me on the television that it was a difficult choice.

I would like somebody, the MP or somebody from the party, to explain to me how this was
a Labour decision. I would like that explanation in writing. I would like to know whether
anyone in the local party argued against it.

I will not be renewing my membership in April unless I have a proper answer.

Yours sincerely,
Mrs E. Rowbotham
Cawley Bridge""",
      tags=("confuser", "national-decision-complaint", "complaint-as-query"))

c.add("complaint", subject="Resignation",
      sender=("Tom Fairbrother", "fairbrother.tom@gmail.com"), date=d(),
      body="""Helen,

Please accept this as my resignation from the party with immediate effect, and pass it to
Pauline so the direct debit is stopped.

You know my reasons, I said them at the branch. The changes to agricultural property relief
have killed family farming in this valley stone dead and our MP went through the lobby for
it without so much as a murmur. It's political suicide in a seat like this and I'll be amazed
if we hold it. I'm not going to spend another winter knocking on farm doors defending it.

It's been a pleasure working with you personally. No hard feelings on that score.

Tom""",
      tags=("hard-negative", "metaphor"))

c.add("complaint", subject="Conduct of the chair at Thursday's GC",
      sender=("Dr Rebecca Hale", "rebecca.hale@nhs.example.net"), date=d(),
      body="""Dear Helen,

I want to raise formally the way Thursday's GC was chaired, and I'd be grateful if you would
put this in front of the Executive Committee.

1. I raised a point of order about the quorum at 8.10pm when at least four delegates had left.
   The chair said "we'll come back to that" and never did. Two votes were then taken.
2. Three women who had their hands up during the debate on the Dale Villages bus motion were
   not called. Two men were called twice.
3. When Nia tried to ask about the accounts the chair said, in front of everyone, "we don't
   need a lecture". That is not an acceptable way to speak to an officer of the party.

I'm not asking for anyone's head. I am asking that the two votes taken after 8.10 be
re-taken at the next meeting, and that the EC reminds all officers of the standing orders.

Best wishes,
Rebecca Hale
GC delegate, Ashbourne Town""",
      tags=())

c.add("complaint", also=["query"], subject="third time of asking",
      sender=("Sophie Marsh", "sophiemarsh@icloud.com"), date=d(),
      body="""Hello,

This is the third time I've emailed this address. The first was in January, the second
in February. I joined the party in December and the welcome email said "your local branch
secretary will be in touch". Nobody has been in touch.

I've since found out from a friend that there was a branch meeting in Dalebrook last week
which I would have gone to if anyone had told me. It honestly feels like you don't want new
members, which is strange when you keep sending national emails asking me to donate.

So, once more: which branch am I in (I live on Mill Lane, Dalebrook) and when is the next
meeting?

Sophie""",
      tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="County council shortlist - formal objection",
      sender=("Alan Pickering", "alan.pickering@hotmail.co.uk"), date=d(),
      body="""Ms Pryce

I am writing to object formally to the shortlisting for the Dalebrook & Fenwick division.

I submitted my application on time. I have been a member for 14 years and a parish councillor
for 6. I was not interviewed. The successful candidate joined the party 18 months ago and
happens to be the chair's next door neighbour. Nobody has given me a reason.

I have asked for the scoring sheets and been refused. I want them sent to me within 14 days.
If I don't get them, you will be hearing from my solicitor, and I will make sure every member
in the division knows exactly how this shortlist was put together.

A. Pickering""",
      tags=("hard-negative", "legal-threat", "angry"))

c.add("complaint", also=["procedural"], subject="Re: Draft minutes - GC 12th",
      sender=("Malcolm Fryer", "malcolmfryer@aol.com"), date=d(),
      body=c.quote_reply(
          """Helen, item 6. I did NOT say that the women's officer's report was "a waste of
everyone's time". I said the report came too late for people to read it, which is a
completely different point and I'd have thought the difference was obvious.

I'm frankly fed up with being made to look like the villain in these minutes. This is the
second time. I want it corrected before the minutes go to the GC, and I'd like an apology.

Malcolm""",
          """Dear all,

Please find below the draft minutes of the General Committee held on the 12th. Any
corrections to me by Friday please, and they'll then go to the next GC for approval.

...
6. Women's Officer's report. NH presented her report. MF said the report was a waste of
everyone's time. Several delegates disagreed. Report noted.
...

Best wishes
Helen""", style="gmail"),
      tags=("confuser", "complaint-vs-procedural"))

c.add("complaint", subject="The 42 bus",
      sender=("Harriet Bellamy", "harriet.bellamy@yahoo.co.uk"), date=d(),
      body="""I am writing because I have no idea who else to write to. The 42 from Upper
Tenby into Ashbourne now goes twice a day instead of six times and there's nothing on a Sunday
at all. I don't drive. My hospital appointments are at 9am. There is no bus that gets me
there.

Your leaflet that came through my door in the spring said Labour would "fix rural transport".
Your councillors voted for the county budget that cut the subsidy. Which is it?

I'd like somebody to explain why they voted that way. And then I'd like them to try getting
to Derby Royal for 9am from Upper Tenby without a car.

H. Bellamy (not a member)""",
      tags=("confuser", "national-decision-complaint"))

c.add("complaint", subject="Saturday's canvassing (so called)",
      sender=("Ian Gledhill", "iangledhill@ntlworld.com"), date=d(),
      body="""Owen, Helen,

Brilliant organisation on Saturday, really top drawer. Turned up at 10 as told. Nobody there
till 10.25. Given a board for Hollin Road, which it turned out had been done on Wednesday by
the other team, so we knocked on eleven doors of people who'd already been knocked on this
week and who were thrilled to see us again. Then the second board had three streets that
aren't even in the ward.

I gave up my Saturday for this, as did my wife, who has now said she'd rather do the
garden. I'm not surprised.

Can someone who actually knows what they're doing sort out the boards before next weekend or
I'm not coming.

Ian""",
      tags=("sarcastic",))

c.add("complaint", subject="Your Facebook post about Gaza",
      sender=("Philippa Dunmore", "pdunmore@me.com"), date=d(),
      body="""To whoever runs the CLP Facebook page,

The post you shared yesterday about the humanitarian situation in Gaza is completely out of
line with the position of the national party and I am amazed the officers allowed it. Some of
the comments underneath it are vile, and you have left them up for 24 hours.

I want the post taken down today and I want to know who authorised it. A local party page is
not somebody's personal campaign page.

P. Dunmore
Member, Ashbourne Town branch""",
      tags=())

c.add("complaint", subject="MP's vote on the welfare bill",
      sender=("Kieran Doyle", "kieran.doyle@gmail.com"), date=d(),
      body="""Hi,

Can I ask why our MP voted for the cuts to disability benefits last night? I'm a member,
I'm disabled (PIP, ME/CFS) and I canvassed for her for six weeks in 2024 when I honestly could
barely stand some days.

I'm not after a link to a press release. I want to know whether she actually thinks this is
right, and if not, why she voted for it. I think members are owed that.

Kieran""",
      tags=("confuser", "national-decision-complaint", "complaint-as-query"))

c.add("complaint", subject="cancel",
      sender=("Wendy Pratt", "wendypratt1958@hotmail.com"), date=d(),
      body="""Cancel my membership please. Two child cap still there. Enough.""",
      tags=("short",))

c.add("complaint", subject="Leaflets",
      sender=("Geoffrey Hollins", "g.hollins@btinternet.com"), date=d(),
      body="""Sir/Madam,

I have a sign on my front door which says NO LEAFLETS, NO FREE NEWSPAPERS, NO COLD CALLERS.
It is perfectly legible. In the last month I have had four leaflets from your party through
that door, the last one delivered by a young man who looked straight at the sign and
posted it anyway.

Kindly instruct your deliverers to respect householders' wishes. I'm sure you would be the
first to complain if the other lot did it.

G. Hollins
Hollin Road, Stanlow""",
      tags=())

c.add("complaint", also=["query"], subject="Re: Dale Villages branch AGM",
      sender=("Stan Whitworth", "stan.whitworth@btinternet.com"), date=d(),
      body=c.quote_reply(
          """Margaret/Helen. Upstairs again. I have told the branch three times that I cannot
manage those stairs at the Institute since my hip. Last time Margaret said we'd look into
the downstairs room. Nobody did. So that's me missing the AGM, which means I can't stand
again as branch treasurer, which I've done for nine years. I'm not best pleased.

Is there going to be any way of joining from home or not?

Stan""",
          """Dear members,

The Dale Villages branch AGM will be held on Wednesday 25th at 7.30pm in the upstairs room
at the Dalebrook Institute. Officer nominations to me by the 18th.

Margaret Ibbotson
Branch Secretary""", quoted_from="Margaret Ibbotson <m.ibbotson@btinternet.com>", style="outlook"),
      tags=("confuser", "complaint-as-query", "access"))

c.add("complaint", subject="everything on zoom",
      sender=("Dorothy Beresford", "dot.beresford@aol.com"), date=d(),
      body="""dear helen
i am 79 and i do not do the zoom. i have not been to a meeting since before the covid
because they are all on the computer now, my grandson set it up once and it said my
microphone was not allowed. the party used to be people in a room. now its people on a
screen and nobody knows anybody. i will be at the AGM in person to have my say about it and
i expect other people will back me. you have been warned ha ha.
dorothy""",
      tags=("hard-negative", "angry", "elderly"))

# =====================================================================================
# QUERY (16)
# =====================================================================================

c.add("query", subject="next meeting?",
      sender=("Lee Sutton", "leesutton@live.co.uk"), date=d(),
      body="""Hi is there a Dale Villages meeting this month and where is it? Cheers Lee""",
      tags=("short",))

c.add("query", subject="Moved house - which ward now?",
      sender=("Hazel Cartwright", "hazel.cartwright@outlook.com"), date=d(),
      body="""Hello Helen,

We've finally moved from Ashbourne out to Stanlow Green (17 Beech Croft, DE6 — the new
build estate behind the school). I think that puts me in a different ward and maybe a
different branch? I'm still keen to help with the Ashbourne Town folk if I'm allowed but I
don't want to be counted in the wrong place for votes etc.

Could you tell me which ward and branch I'm in now, and update my address?

Thanks so much,
Hazel""",
      tags=("change-of-address",))

c.add("query", subject="GC question - guests",
      sender=("Martin Oduya", "m.oduya@gmail.com"), date=d(),
      body="""Hi Helen, quick one - my daughter (16, just joined Young Labour) would love to
come and watch the GC next Thursday. She wouldn't be speaking or voting obviously. Is that
allowed as a guest? Happy to sit at the back with her. Martin""",
      tags=())

c.add("query", subject="Offering to help",
      sender=("John Ferris", "johnferris47@btinternet.com"), date=d(),
      body="""Dear Ms Pryce

I retired from the ambulance service last month and find myself with time on my hands. I've
never been very political but I've always voted Labour and I'd like to do something useful
for the May elections.

I have a seven-seater and a clean licence, and I know every lane between here and Hartington.
Is there such a thing as driving people to polling stations these days? Or is that not
allowed any more? I'm not much of a one for knocking on doors but I'd happily stuff envelopes.

Who should I speak to?

John Ferris""",
      tags=("volunteering",))

c.add("query", subject="membership rate",
      sender=("Chloe Birtles", "chloebirtles@gmail.com"), date=d(),
      body="""Hiya, I've just been made redundant (fun times) and I can't really keep paying the
full monthly rate. Is there a reduced rate for unwaged people and how do I switch to it? I
don't want to cancel altogether.

Ta, Chloe""",
      tags=("membership",))

c.add("query", subject="party position on APR",
      sender=("Vicky Lomas", "vicky.lomas@outlook.com"), date=d(),
      body="""Hi Helen,

Bit of an odd one. My cousin farms near Leek and we've been going back and forth about the
changes to agricultural property relief. I want to make sure I've got the facts right before I
argue with him again at Sunday lunch!

Is there a party briefing or a factsheet on what's actually changed - thresholds, the
£1m/£3m figures, how it works with a spouse, when it comes in? If the CLP or the MP's office
has something you could send me that would be great.

Thanks,
Vicky""",
      tags=("confuser", "info-request"))

c.add("query", subject="hearing loop",
      sender=("Pat Ingham", "pat.ingham@sky.com"), date=d(),
      body="""Dear Helen,

Does the Methodist hall have a working hearing loop? I wear two hearing aids and at the last
meeting in the Institute I couldn't follow anything that was said from the top table. If not,
would it be possible to sit near the front? I'd like to come to the AGM.

Kind regards
Pat Ingham""",
      tags=("access",))

c.add("query", subject="New address",
      sender=("Richard Harland", "richard.harland@me.com"), date=d(),
      body="""Helen - new address from the 1st: 3 The Maltings, Cawley Bridge, DE6 2QT.
Same email and mobile. Can you update it or do I do it on Membersnet? R""",
      tags=("change-of-address",))

c.add("query", subject="AGM lift share?",
      sender=("Carol Dearden", "carol.dearden@yahoo.co.uk"), date=d(),
      body="""Hello,

Well they've changed the bus times AGAIN so there's now nothing back from Ashbourne after
7.40pm, which is just marvellous for anyone who wants to come to an evening meeting from the
villages. Anyway, moan over!

Is anyone driving to the AGM from the Upper Tenby/Fenwick end who could give me a lift? Happy
to pay petrol.

Carol""",
      tags=("confuser", "query-with-grumble"))

c.add("query", subject="young labour",
      sender=("Ellie Haddon", "ellie.haddon07@gmail.com"), date=d(),
      body="""hiya!! im 17 and just joined, is there like a young labour thing round here or is it
just in derby?? my mate wants to come too shes not a member yet is that ok. also do u do
leafleting on weekends bc i have college in the week xx""",
      tags=("teen",))

c.add("query", subject="New submission: Contact us",
      sender=c.form_robot(), reply_to=("Brian Wetton", "bwetton@googlemail.com"), date=d(),
      body=c.webform({
          "Name": "Brian Wetton",
          "Email": "bwetton@googlemail.com",
          "Postcode": "DE6 1LP",
          "Subject": "MP surgery",
          "Message": """Does the MP ever hold a surgery in Cawley Bridge or is it always in
Ashbourne? I want to see her about my daughter's EHCP but I can't get into town on a
weekday. Thank you.""",
      }),
      tags=("webform",))

c.add("query", subject="May minutes",
      sender=("Anjali Desai", "anjali.desai@outlook.com"), date=d(),
      body="""Hi Helen, sorry to be a pain — where can I find the minutes of the May GC? I was
away and I want to check what was agreed about the campaign budget before the next one.
Are they on the website or does everyone get them by email? I can't find them in my inbox.
Thanks, Anjali""",
      tags=("confuser", "procedural-as-query"))

c.add("query", subject="zoom link",
      sender=("Bev Kinder", "bev.kinder@hotmail.co.uk"), date=d(),
      body="""Is the link for tonight the same as last month's? Bev""",
      tags=("short",))

c.add("query", also=["procedural"], subject="Branch delegates to GC",
      sender=("Eddie Morrow", "eddiemorrow@gmail.com"), date=d(),
      body="""Hi Helen,

I've just been elected secretary of the Cawley Bridge & Stanlow branch (nobody else stood!).
Can you tell me how many GC delegates we're entitled to? I've heard it's based on membership
numbers as at some date but nobody in the branch is sure what the number is, and we want to
elect them properly at the next meeting.

Also do I need to send you anything once we've elected them?

Thanks
Eddie""",
      tags=("confuser", "procedural-as-query"))

c.add("query", subject="Arrears letter",
      sender=("Maureen Gaunt", "maureengaunt@btinternet.com"), date=d(),
      body="""Dear Helen

I had a letter this morning saying I'm in arrears and my membership will lapse. I have paid
by direct debit every month for years and my bank statement shows June's payment went out.
Is this a mistake at your end or at head office? What do I need to do?

Maureen Gaunt""",
      tags=("membership",))

c.add("query", subject="Window poster",
      sender=("Frank Ollerenshaw", "frank.ollerenshaw@gmail.com"), date=d(),
      body="""Helen,
Any chance of a window poster and a garden stake board for the county elections? We're on
the main road into Dalebrook so plenty of people will see it. Do I collect from somewhere or
will someone drop it off?
Cheers, Frank""",
      tags=())

# =====================================================================================
# PROCEDURAL (12)
# =====================================================================================

c.add("procedural", subject="Apologies - GC Thursday",
      sender=("Jean Buxton", "jean.buxton@aol.com"), date=d(),
      body="""Dear Helen,

Please give my apologies for Thursday's GC. I'm away visiting my sister in Whitby.

Best wishes,
Jean Buxton
Dale Villages""",
      tags=("apologies",))

c.add("procedural", subject="Motion from Dale Villages branch - rural buses",
      sender=DALESEC, date=d(),
      body="""Dear Helen,

The Dale Villages branch passed the following motion at its meeting on the 4th (proposed
Carol Dearden, seconded Stan Whitworth, carried 14-1-2) and asks that it be placed on the
agenda of the next GC.

---
This CLP notes:
- the reduction of the 42 and 108 services to two journeys a day and the loss of all Sunday
  services to Upper Tenby, Fenwick Moor and Dalebrook;
- that over a fifth of households in the Dale Villages have no access to a car.

This CLP believes that rural bus services are a lifeline and that their loss is pushing older
and disabled residents into isolation.

This CLP resolves:
1. to write to the county council Labour group asking it to oppose further subsidy cuts and
   to press for use of the Bus Service Improvement Plan money on rural routes;
2. to ask our MP to raise the issue with the Secretary of State for Transport;
3. to run a bus-stop survey in the Dale Villages over the summer.
---

Best wishes,
Margaret Ibbotson
Secretary, Dale Villages branch""",
      tags=("motion",))

c.add("procedural", also=["query"], subject="motion about winter fuel?",
      sender=("Sheila Bradbury", "sheilabradbury@talktalk.net"), date=d(),
      body="""Helen,

Can I submit a motion to GC about the winter fuel payment as an individual member, or does it
have to come through the branch? I've drafted something (below) - it asks the CLP to write
to the Chancellor and to the MP setting out the effect on pensioners off the gas grid. If it
has to go through the branch I'll take it to the next Ashbourne Town meeting instead.

"This CLP notes that around a third of homes in the Dale Villages are off the gas grid and
heat with oil or LPG... This CLP resolves to write to the Chancellor and to our MP..."

What's the deadline for the next GC?

Sheila""",
      tags=("confuser", "procedural-as-query", "motion"))

c.add("procedural", subject="Nomination - Women's Officer",
      sender=("Amara Nwosu", "amara.nwosu@gmail.com"), date=d(),
      body="""Dear Secretary,

I would like to nominate Nia Holroyd for the position of CLP Women's Officer at the AGM.
Nia has agreed to stand.

Nominated by: Amara Nwosu (Ashbourne Town branch, membership no. L1829304)
Seconded by: Rebecca Hale (Ashbourne Town branch)

Regards,
Amara""",
      tags=("nomination",))

c.add("procedural", subject="Amendment to Dale Villages bus motion",
      sender=("Deepak Mistry", "deepak.mistry@outlook.com"), date=d(),
      body="""Helen,

Ashbourne Town branch agreed last night to submit the following amendment to the Dale
Villages motion on rural buses:

In resolves 1, delete "to oppose further subsidy cuts and" and insert "to set out a costed
alternative to further subsidy cuts and".
Add new resolves 4: "to invite the county Labour group leader to the next GC to discuss the
bus budget."

Proposer: Deepak Mistry. Seconder: Kwame Appiah.

Thanks,
Deepak
Chair, Ashbourne Town branch""",
      tags=("amendment",))

c.add("procedural", subject="FW: Cawley Bridge & Stanlow branch AGM - minutes and officers",
      sender=("Eddie Morrow", "eddiemorrow@gmail.com"), date=d(),
      body=c.forward(
          """Helen, as promised. Minutes of our AGM below plus the list of officers and GC
delegates. I'm the new sec (God help us). Let me know if you need it in another format.
Eddie""",
          """CAWLEY BRIDGE & STANLOW BRANCH - ANNUAL GENERAL MEETING
Held at Cawley Bridge Community Centre, 7.30pm

Present: 11 members (list attached). Apologies: 3.

1. Minutes of last AGM agreed.
2. Secretary's report - noted.
3. Treasurer's report - balance £214.60. Noted.
4. Election of officers:
   Chair: Lorraine Pegg
   Secretary: Eddie Morrow
   Treasurer: Simon Gratton
   Women's Officer: Lorraine Pegg (also)
5. Election of GC delegates (entitlement 4):
   Simon Gratton, Precious Mensah, Alan Wragg, Eddie Morrow
6. AOB - street stall in Cawley Bridge in June. Meeting closed 9.05pm.""",
          "Eddie Morrow <eddiemorrow@gmail.com>", "Branch AGM minutes", style="outlook"),
      tags=("forwarded", "minutes", "delegates"))

c.add("procedural", subject="Treasurer's report for GC",
      sender=DEREK, date=d(),
      body="""Helen,

Report for Thursday below. Can it go out with the papers please.

TREASURER'S REPORT - GC
Balance at Unity Trust: £4,311.27 (last GC: £3,902.10)
Income since last GC:
  Membership allocation from head office: £612.40
  Quiz night: £287.00
  Donations: £150.00
Expenditure:
  Peakprint - Dalebrook leaflets deposit: £480.00
  Methodist hall hire (x2): £60.00
  Zoom Pro renewal: £149.90
  Postage: £22.33

County election fund stands at £1,850. I'll be asking the GC to approve a further £500
transfer from general funds to it.

Derek Oakes, Treasurer""",
      tags=("report",))

c.add("procedural", subject="item for the next EC please",
      sender=NIA, date=d(),
      body="""Hi Helen

Could you put an item on the next EC agenda - "Safeguarding and conduct at meetings". After
what happened at the last GC I think we need to agree how we handle it when an officer is
spoken to like that, and make sure we've actually got a named safeguarding lead (I don't
think we have since Jo moved).

I'll bring a one-page paper.

Nia""",
      tags=("agenda",))

c.add("procedural", also=["query"], subject="Youth officer",
      sender=("Sam Greatorex", "samgreatorex@gmail.com"), date=d(),
      body="""Hi Helen - is it too late to put myself forward for Youth Officer at the AGM? I
only saw the email today. If not I'd like to stand. I'm 22, member since 2023, Ashbourne
Town. Do I need someone to nominate me? Sam""",
      tags=("confuser", "procedural-as-query", "nomination"))

c.add("procedural", subject="Regional conference - delegate report",
      sender=("Precious Mensah", "precious.mensah@outlook.com"), date=d(),
      body="""Dear Helen,

Please find below my report back from Regional Conference for the GC papers.

REPORT OF CLP DELEGATE - REGIONAL CONFERENCE
The conference was held over one day. The main sessions were on the county elections,
with a presentation from the regional director on target seats, and on local government
finance.

Contemporary motions: the CLP's motion on rural transport was composited with two others
(from urban CLPs, on bus franchising). The composite was carried overwhelmingly. I spoke in
the debate.

Elections: I voted as mandated by the GC in the elections to the Regional Board.

Fringe: I attended a session on candidate wellbeing and security and have brought back the
leaflet, which I'd like to share with the EC.

I'd be happy to answer questions at the GC.

Precious Mensah
Cawley Bridge & Stanlow""",
      tags=("report", "delegates", "hard-negative", "news-about-threats"))

c.add("procedural", subject="Proposed change to standing orders - hybrid meetings",
      sender=("Hugh Lamont", "hugh.lamont@gmail.com"), date=d(),
      body="""Dear Helen,

In advance of the AGM, I give notice of the following rule change to the CLP Standing
Orders, proposed by me and seconded by Pat Ingham:

In Standing Order 5 (Meetings), after "General Committee meetings shall be held monthly"
insert: "and shall, wherever a suitable venue allows, be held in a hybrid format so that
delegates may attend and vote either in person or online."

Reason: several delegates in the Dale Villages can't travel to Ashbourne in the evening and
others can't use Zoom. Hybrid lets both groups take part.

I understand this will need two-thirds to pass and needs to be circulated with the AGM
papers.

Hugh Lamont""",
      tags=("standing-orders",))

c.add("procedural", subject="EC",
      sender=NIA, date=d(),
      body="""sorry can't make EC tmrw, dr's appt moved. pls send apols. paper attached for
my item, can someone else present it? nia x

Sent from my iPhone""",
      tags=("apologies", "short"))

# =====================================================================================
# DATA-PROTECTION (6)
# =====================================================================================

c.add("data-protection", subject="Remove me",
      sender=("Nicola Brindley", "nicola.brindley@gmail.com"), date=d(),
      body="""Hello,

Please take me off whatever list I'm on. I have never been a member of the Labour Party, I've
never given you my email address, and yet I keep getting "Dear Nicola, will you help us in
Dalebrook this Saturday?" I'd also like to know where you got it from.

Nicola Brindley""",
      tags=("confuser", "dp-no-legal-words"))

c.add("data-protection", subject="how did you know",
      sender=("Keith Spencer", "keith.spencer@virginmedia.com"), date=d(),
      body="""One of your people knocked on my door on Saturday and said "Mr Spencer, we know
you voted in the last election, can we count on you this time?" How do you know whether I
voted? Isn't that supposed to be secret? And how do you have my name?

I'm not especially bothered about being canvassed but I'd like to know what you've got
written down about me and where it came from.

K Spencer""",
      tags=("confuser", "dp-no-legal-words"))

c.add("data-protection", also=["complaint"], subject="Everyone's email address visible",
      sender=("Fiona Beck", "fiona.beck@gmail.com"), date=d(),
      body="""Helen,

Did you see the email that went out from the Ashbourne Town branch last night about the
quiz? It was sent with about 180 members' addresses in the To: line, not BCC. Several of them
have already hit reply-all. Mine is my work address and I'm not thrilled that 180 people now
have it, and I know at least one member who has a very good reason for not wanting her email
shared.

I think this has to be treated as a data breach - do we need to tell anyone? Can someone
contact Kwame (kindly!) and get a note out asking people to delete it?

Fiona""",
      tags=("breach",))

c.add("data-protection", subject="Subject Access Request",
      sender=("Andrew Pemberton", "a.pemberton@protonmail.com"), date=d(),
      body="""Dear Data Controller,

Under Article 15 of the UK General Data Protection Regulation I request a copy of all personal
data that Ashbourne & Dale Constituency Labour Party holds about me, including but not limited
to: canvass records, voter ID data, notes of conversations, emails in which I am mentioned,
and any records from any complaint or disciplinary process.

Name: Andrew Pemberton
Address: 22 Tenter Lane, Ashbourne, DE6 1HS
Date of birth: 14/02/1969

I understand you have one calendar month to respond. Please confirm receipt.

Yours faithfully,
Andrew Pemberton""",
      tags=("sar", "legal-words"))

c.add("data-protection", subject="what have you got on me",
      sender=("Darren Wragg", "dwragg77@gmail.com"), date=d(),
      body="""I'd like a copy of whatever you lot have got on me please, canvass notes
whatever. I had a run in with one of your councillors last year and I've a feeling I've been
written down as something. Just want to see it. D Wragg, 8 Quarry Bank Stanlow""",
      tags=("confuser", "dp-no-legal-words", "sar"))

c.add("data-protection", subject="Found in the pub",
      sender=("Mick Hollingworth", "thegreyhound.dalebrook@gmail.com"), date=d(),
      body="""Hello,

I'm the landlord at the Greyhound in Dalebrook. Some of your lot were in on Saturday
afternoon after their leafleting and left a clipboard on the table by the fire. It's got
sheets with names and addresses on and ticks and letters against them (L, X, "against",
"won't vote" etc) for Church Lane and Mill Lane. A couple of my regulars have seen it and
one of them was none too pleased to find his name with "hostile" written next to it.

I've put it behind the bar. Someone can come and collect it. I'd rather they came sooner
than later.

Mick""",
      tags=("breach", "confuser", "dp-no-legal-words"))

# =====================================================================================
# BULK (12)
# =====================================================================================

c.add("bulk", subject="Your weekly membership report is ready",
      sender=("Labour Membership Services", "no-reply@membership.labour.example.org.uk"), date=d(),
      body="""Hello Helen Pryce,

Your weekly membership report for Ashbourne & Dale CLP is now available to download from
Membersnet.

New members this week: 3
Lapsed members this week: 2
Members in arrears: 41

Log in to Membersnet to download the full report. Reports are available for 30 days.

This is an automated message. Please do not reply to this email.""",
      tags=("confuser", "robot-no-list-headers"))

c.add("bulk", subject="Cloud recording is now available",
      sender=("Zoom", "no-reply@zoom.us"), date=d(), fmt="alt",
      body="""Hi Ashbourne & Dale CLP,

Your cloud recording is now available.

Topic: General Committee
Date: Thursday 7:00 PM London

Click here to view the recording: https://zoom.us/rec/share/
Share recording with viewers: https://zoom.us/rec/share/

Thank you for choosing Zoom.
-The Zoom Team""",
      tags=("robot-no-list-headers", "notification"))

c.add("bulk", subject="Automatic reply: GC papers",
      sender=SANDRA, date=d(), headers=c.autoreply_headers("exchange"),
      body="""Thank you for your email. I am away from the office until Monday 14th with limited
access to email. If your matter is urgent please contact Member Services on 01629 555 0100.

For highways and pothole reports please use the online reporting tool on the county council
website.

Cllr Sandra Whitlow
Dalebrook & Fenwick Division""",
      tags=("autoreply",))

c.add("bulk", raw=c.bounce("jbrammall@tiscali.co.uk",
                           reason="550 5.1.1 <%s>: Mailbox does not exist",
                           orig_subject="GC papers and Zoom link"),
      body="", tags=("bounce",))

c.add("bulk", subject="East Midlands Labour - Members' Bulletin",
      sender=("East Midlands Labour", "news@eastmidlandslabour.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), date=d(), fmt="alt",
      body="""EAST MIDLANDS LABOUR - MEMBERS' BULLETIN

COUNTY ELECTIONS: ONE MONTH TO GO
Thank you to everyone who has been out on the doors. We've hit over 40,000 contacts across
the region this cycle. Let's keep going - every conversation counts in our target seats.

CANDIDATE SAFETY AND WELLBEING
Following recent incidents involving candidates and MPs across the country, the regional
office has updated its guidance on personal safety for candidates and campaigners. This
covers canvassing in pairs, sharing your location, what to do if you are followed, and how
to report abuse online. Please make sure every candidate and agent in your CLP has read it.
Download the guidance on Membersnet.

TRAINING
- Running a committee room: Tuesday 7pm, online
- Social media for local campaigns: Thursday 7pm, online

DIARY
Regional Women's Conference - tickets via Eventbrite.

You are receiving this because you are a CLP officer in the East Midlands region.
Unsubscribe | Update preferences""",
      tags=("newsletter", "hard-negative", "news-about-threats"))

c.add("bulk", subject="Your tickets for East Midlands Labour Women's Conference",
      sender=("Eventbrite", "noreply@order.eventbrite.com"), date=d(), fmt="html",
      body="""<html><body><h2>You're going to East Midlands Labour Women's Conference!</h2>
<p>Order #8823419902 &middot; 2 tickets</p>
<p>Saturday, 10:00 - 16:00<br>Derby Conference Centre</p>
<p><a href="https://www.eventbrite.co.uk/mytickets">View your tickets</a></p>
<p style="font-size:11px;color:#666">This email was sent to secretary@ashbournedalelabour.org.uk.
Eventbrite, 535 Mission Street, San Francisco, CA.</p></body></html>""",
      tags=("notification", "robot-no-list-headers"))

c.add("bulk", subject="Re: quick question, Helen",
      sender=("Josh from VoterReach", "josh@mail.voterreach.example.io"), date=d(),
      body="""Hi Helen,

Just floating this back to the top of your inbox - did you get a chance to look at my last
email?

I know things get busy for Ashbourne & Dale CLP this time of year! VoterReach helps local
campaigns like yours send personalised texts to thousands of voters in minutes. Campaigns
using VoterReach see up to 3x more volunteers turning up.

Would you be open to a 15-minute call next week?

Best,
Josh

P.S. If you're not the right person, could you point me to who is? If you'd rather not hear
from me again, just reply "stop".""",
      tags=("confuser", "robot-looks-personal", "robot-no-list-headers", "marketing"))

c.add("bulk", subject="Your statement is ready",
      sender=("Unity Trust Bank", "noreply@unity.example.co.uk"), date=d(),
      body="""Dear Customer,

A new statement for your account ending 4471 (ASHBOURNE & DALE CLP) is available to view in
Internet Banking.

For your security, we will never ask you to confirm your password or security details by
email.

Unity Trust Bank
This mailbox is not monitored.""",
      tags=("notification", "robot-no-list-headers"))

c.add("bulk", subject="[ADLabour-members] Digest, Vol 48, Issue 7",
      sender=("ADLabour-members", "adlabour-members@googlegroups.com"), date=d(),
      headers=c.list_headers("ADLabour-members", domain="googlegroups.com"),
      body="""Today's Topics:

   1. Lost cardigan at the quiz (Jean Buxton)
   2. Re: Bus survey volunteers (Carol Dearden)
   3. Re: Bus survey volunteers (Stan Whitworth)

----------------------------------------------------------------------

Message: 1
From: Jean Buxton
Subject: Lost cardigan at the quiz

Did anybody pick up a navy cardigan at the quiz on Friday? It was on the back of the chair
nearest the bar.

------------------------------

Message: 2
From: Carol Dearden
Subject: Re: Bus survey volunteers

I can do Upper Tenby and Fenwick Moor bus stops on Saturday mornings.

------------------------------

Message: 3
From: Stan Whitworth
Subject: Re: Bus survey volunteers

Put me down for the one outside the Institute, I can sit on the bench.

------------------------------

End of ADLabour-members Digest, Vol 48, Issue 7""",
      tags=("list", "digest"))

c.add("bulk", subject="Your Page had 1,204 post reach this week",
      sender=("Facebook", "notification@facebookmail.com"), date=d(), fmt="html",
      headers=c.newsletter_headers("Facebook"),
      body="""<html><body><p>Ashbourne &amp; Dale Labour</p>
<p><b>1,204</b> post reach (up 38%)<br><b>67</b> post engagements<br><b>4</b> new Page likes</p>
<p>Your most popular post: "Join us on Saturday in Cawley Bridge market square..."</p>
<p><a href="https://www.facebook.com/ashbournedalelabour/insights">See insights</a></p>
<p style="font-size:11px;color:#999">Meta Platforms Ireland Ltd.</p></body></html>""",
      tags=("social", "notification"))

c.add("bulk", subject="Election print - 20% off before 31st!",
      sender=("Peakprint", "marketing@peakprint-leek.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"), date=d(), fmt="alt",
      body="""ELECTION SEASON IS HERE

Get 20% off all election print ordered before the 31st:
* A5 and DL leaflets from £29 per 1,000
* Correx garden stake boards
* Window posters
* Imprint checked free by our team

Order online at peakprint-leek.example.co.uk or reply to speak to Lindsey.

You're receiving this because you've ordered from Peakprint before. Unsubscribe.""",
      tags=("marketing",))

c.add("bulk", subject="Nia Holroyd responded to \"EC date in April\"",
      sender=("Doodle", "mailer@doodle.com"), date=d(),
      body="""Hi Helen,

Nia Holroyd has just responded to your poll "EC date in April".

Tue 14 - Yes
Wed 15 - If need be
Thu 16 - No

6 of 9 participants have responded. View the poll to see all responses.

Doodle AG, Werdstrasse 21, 8004 Zurich""",
      tags=("confuser", "robot-looks-personal", "robot-no-list-headers"))

# =====================================================================================
# OTHER (8)
# =====================================================================================

c.add("other", subject="Friday",
      sender=("Lorraine Pegg", "lorraine.pegg@hotmail.co.uk"), date=d(),
      body="""Helen,

Just a quick note to say thank you for Friday. The dinner was lovely, the speeches were the
right length for once(!) and the raffle made more than last year. I know how much running
about you did beforehand. It was nice to see some of the older members out who we don't see
at meetings any more.

Lorraine""",
      tags=("thanks",))

c.add("other", subject="Mum - Eileen Wardle",
      sender=("Karen Wardle", "karen.wardle@gmail.com"), date=d(),
      body="""Dear Helen,

I'm sorry to be writing with sad news. My mum, Eileen Wardle, died on Sunday at the
Dalebrook care home. She was 91. She'd been a member since the 1950s and was so proud of
it - she still had her old membership cards in a biscuit tin.

The funeral is at Ashbourne crematorium on the 22nd at 11.15 and afterwards at the
Greyhound. Anyone from the party who knew her would be very welcome. She would have loved a
red rose on the coffin if anybody could manage that.

With thanks,
Karen (Eileen's daughter)""",
      tags=("condolence", "personal-news"))

c.add("other", subject="Bowls fixtures - summer league",
      sender=("Roy Heathcote", "roy.heathcote@btinternet.com"), date=d(),
      body="""Dear Secretary,

Please find the summer league fixtures below. Could you confirm Ashbourne & Dale will be
fielding two rinks against Hartington on the first Saturday and let me know who your
captain is this year.

Home: Hartington A, Leek Road, Tissley Green
Away: Fenwick, Darley Vale, Hartington B

Regards,
Roy Heathcote
Fixtures Secretary, Peak & Moorlands Bowls League""",
      tags=("misdirected", "confuser", "other-as-query"))

c.add("other", subject="News!",
      sender=("Jasmine Clarke", "jasmineclarke@outlook.com"), date=d(),
      body="""Hi Helen!

Just to let you know our little boy arrived on Tuesday - Arthur, 7lb 9oz, both doing well
and very tired! So I'll be off leaflet duty for a few months I'm afraid. Tell Owen not to
give my round away permanently ;)

Jas xx""",
      tags=("personal-news",))

c.add("other", subject="Introduction - local printing",
      sender=("Gary Lindop", "gary@dalesprintandcopy.example.co.uk"), date=d(),
      body="""Hi Helen,

I hope you don't mind me getting in touch directly. My name's Gary and I run Dales Print &
Copy on Compton Street - we took over from the old Stationery Box last year.

I know you use a firm in Leek at the moment. I'd love the chance to quote for your next
leaflet job. We're local, we can turn round 10,000 A5 in two days, and you can walk in and
see a proof instead of waiting for a PDF. I've done work for the Lib Dems and the Greens so
I know the imprint rules.

No pressure at all - I'll pop a price list through the office door next week.

Cheers,
Gary Lindop""",
      tags=("sales-from-person",))

c.add("other", subject="invitation",
      sender=("Brian Holme", "brianholme@aol.com"), date=d(),
      body="""Helen and all at the CLP,

Brenda and I are having a do for my 70th at the Cawley Bridge Cricket Club on Saturday the
9th from 7pm. Buffet, a small bar and a band that is mostly my nephew. No presents please!
If you'd like to come and bring anyone from the party, just let Brenda know numbers by the
first.

Brian""",
      tags=("social",))

c.add("other", subject="A thank you",
      sender=("Ruth Okonkwo", "ruth.okonkwo@gmail.com"), date=d(),
      body="""Dear Sir or Madam,

I don't know if this is the right place, but I wanted to say thank you to whoever in your
party helped my father. He's 88 and lives alone in Fenwick and had been waiting eight months
for a housing adaptation. Somebody from the MP's office rang the council and the ramp was in
within three weeks. He's now able to get out into his garden again.

Please pass on our thanks. I'm not a Labour voter but credit where it's due.

Ruth Okonkwo""",
      tags=("thanks", "misdirected"))

c.add("other", subject="good luck Monday",
      sender=("Terry Holden", "terryholden@live.co.uk"), date=d(),
      body="""Helen - good luck to Bev at the hustings Monday, tell her to knock 'em dead.
She'll walk it. Sorry I can't be there, I'm on nights.
Terry""",
      tags=("hard-negative", "benign-violent-word"))

c.write()
