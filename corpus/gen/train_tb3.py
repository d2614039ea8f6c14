# train_tb3: threats embedded in other mail and third-party reports, plus look-alike
# non-safety mail in the same shapes. Ashbourne & Dale CLP (secretary Helen Pryce).
# Same fictional world as tb1 (MP Tom Ferriby; Millcross, Hollowell, Stanwick, Thornbridge),
# with other people: Cllr Ruth Kirkby (Fenby), Cllr Lucy Tandy (Stanwick), Cllr Anita Sherwood,
# Cllr Dev Raman, chair Graham Lowe, Young Labour rep Ellie Marsh, Labour Club in Millcross.
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tb3", seed=1203)


def D(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def notif_html(brand, colour, paras, footer):
    """Hand-written notification text in a plain branded HTML wrapper."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html><body style="font-family:-apple-system,Segoe UI,Arial;font-size:14px">'
            f'<div style="border-top:4px solid {colour};padding:16px;max-width:580px">'
            f'<div style="font-weight:600;color:{colour};font-size:17px">{brand}</div>{body}'
            f'<hr style="border:none;border-top:1px solid #ddd"><div style="font-size:11px;color:#777">{footer}</div>'
            f'</div></body></html>')


COUNCILLORS_LIST = c.list_headers("Derbyshire Labour Councillors", domain="googlegroups.com", precedence=False)
RESIDENTS_LIST = c.list_headers("Fenby Residents Association", domain="lists.fenbyra.example.org.uk")
MEMBERS_LIST = c.list_headers("ADCLP Members", domain="googlegroups.com", precedence=False)

# 1 polite map request, then implicit threat to women's officer's routine
c.add("safety", subject="ward boundaries map?", sender=c.person("Nigel", "Parfitt", "btinternet.com"),
      tags=("embedded", "implicit", "veiled"), body=D("""
    Good afternoon,

    Would you be able to send me a map of the new ward boundaries for Stanwick? The council's
    website only has a PDF that won't open on my tablet. Many thanks in advance.

    While I have you. Your Women's Officer, Miss Tandy, walks that little terrier round Carsdale
    reservoir at six every morning, doesn't she. On her own, in the dark, this time of year. Not
    very sensible. Somebody ought to tell her. Perhaps you could.

    Regards,
    N. Parfitt
    """))

# 2 very long rant (600+ words) on housing targets with the threat buried in the middle
c.add("safety", also=("complaint",), subject="Green belt, housing targets and the betrayal of the Dales", sender=("Clive Ormerod", "clive.ormerod@ormerodsurveying.example.co.uk"),
      tags=("embedded", "explicit", "conditional"), body=D("""
    Dear Secretary,

    I write as a resident of Hollowell for 41 years, a chartered surveyor (retired), a parish
    councillor from 1998 to 2014 and, I will have you know, a Labour voter in 1997, 2001 and
    last year. I am not a crank. I have read the National Planning Policy Framework more times
    than your MP has, and I will explain, as calmly as I can, why your government's housing
    targets are going to destroy the place I live.

    First, the numbers. The standard method, as revised, more than doubles the annual requirement
    for Derbyshire Dales. Nobody at the district council believes it is deliverable. The land
    that is "available" is almost all green belt or open countryside on the edge of our villages,
    because the brownfield sites in the towns were used up years ago. So when the minister
    stands up and talks about "grey belt" and "brownfield first", what she means in practice
    is Hollowell Fields, the allotments at Thornbridge and the water meadows at Fenby.

    Second, infrastructure. Hollowell has one GP surgery, which closed its list to new patients in
    2023. The primary school is full. The A5012 is at a standstill at school run time already.
    The sewage works at Fenby discharged into the river 140 times last year. Not one pound of the
    developer contributions from the last three estates has yet been spent on any of these things.
    I have the section 106 agreements in front of me, should anybody care to read them.

    Third, democracy. At the consultation event at the village hall, your councillors Sherwood and
    Raman stood at the back and said nothing. When I asked Councillor Raman directly whether he
    would vote against the allocation, he told me it was "a matter for the planning process". That
    is not an answer, that is a shrug.

    I have given this a great deal of thought and I want to be clear, so that nobody can say later
    that they were not told. If those councillors vote for the Hollowell allocation at full council
    on the 9th, I will go to their homes and I will make them regret it personally. I am 68 and
    I have nothing left to lose. That is not a figure of speech.

    Fourth, the environment. The fields in question flood every winter. The Environment Agency's
    own maps show it. Building 400 homes there will simply move the water onto the existing houses
    in Mill Lane and Brookside, as happened at Stanwick in 2019 after the Meadows estate went in.
    Residents there are still fighting their insurers.

    Fifth, the character of the place. I know this argument is easily dismissed as nimbyism, so let
    me put it differently. Hollowell is a working village with a bus service that runs twice a day,
    no bank, no post office and a pub that is up for sale. Four hundred executive homes with double
    garages do not make it more sustainable. They make it a dormitory for Derby, with more cars.

    Sixth, and finally, trust. Labour came to this constituency last year and promised to "listen
    to rural communities". You won by a few hundred votes. Many of those votes came from villages
    like this one. Those votes will not come again, and I say that as someone who gave you his.

    I would be grateful if you could pass this letter to Mr Ferriby, to the Labour group on the
    district council, and to whoever in your party is responsible for planning policy. I would
    also like to know whether the CLP has taken a position on the allocation, and if not, why not.

    Yours faithfully,

    Clive Ormerod MRICS (retd)
    Brookside, Hollowell
    """))

# 3 quoted reply where the threat is double-quoted (constituent's original inside secretary's reply)
c.add("safety", subject="Re: Your email of 3 November", sender=c.person("Trevor", "Blakemore", "hotmail.com"),
      tags=("quoted", "embedded", "conditional"), body=c.quote_reply(D("""
    Thank you for your reply. I appreciate you taking the time. I stand by every word of my
    original email.

    T. Blakemore
    """), D("""
    Dear Mr Blakemore,

    Thank you for your email. I have passed your concerns about the Thornbridge surgery closure
    to Tom Ferriby's office, who handle casework.

    I must also say that the final paragraph of your email is not acceptable and I have had to
    report it.

    Helen Pryce

    > ...and you can tell Ferriby that if the surgery closes and my wife can't get her injections,
    > I'll be waiting for him at the Thornbridge fete in the summer and he'll need a doctor
    > himself by the time I'm finished. You have been warned.
    """)))

# 4 reply-all chain about canvass rota; the threat sits in an earlier quoted message
c.add("safety", subject="Re: Sunday canvass rota", sender=c.person("Wendy", "Sutcliffe"),
      tags=("quoted", "embedded", "explicit"), body=c.quote_reply(D("""
    Can't do Sunday, sorry all, it's my granddaughter's christening. Put me down for the 30th.

    Wendy
    """), D("""
    From: Tim Harrop
    Sent: Friday

    I'll do Sunday but I'm telling you now, if Dennis Holt turns up to "observe" again and starts
    having a go at the new members, I'll break his legs and I'll do it in front of everyone. I've
    had it with him. Put me down for Stanwick.

    From: Kate Bennett
    Sent: Friday

    Rota for Sunday below - reply all with availability please!
    """), style="outlook"))

# 5 forward of a transcribed anonymous letter (staffer note)
c.add("safety", subject="FW: Anonymous letter - transcribed", sender=("Martin Walsh", "martin.walsh@parliament.example.uk"),
      tags=("forwarded", "third-party-report", "explicit"), body=c.forward(D("""
    Helen,

    As agreed on the phone, here is a transcript of the handwritten letter that arrived at the
    office this morning. The original has gone to the police. Please treat as confidential to
    officers.

    Martin
    """), D("""
    [Transcript - handwritten, blue biro, no address, Millcross postmark]

    FERRIBY

    YOU AND YOUR WOKE COUNCILLORS HAVE RUINED THIS TOWN. THE PEOPLE ARE WAKING UP. WHEN THE
    TIME COMES YOU WILL BE FIRST AGAINST THE WALL AND WE HAVE A LIST. SHERWOOD. RAMAN. TANDY.
    LOWE. PRYCE. WE KNOW WHERE YOU ALL SLEEP.

    A PATRIOT
    """), "Martin Walsh <martin.walsh@parliament.example.uk>", "Anonymous letter - transcribed", style="outlook"))

# 6 councillor forwards a Facebook Messenger thread via email
c.add("safety", subject="Fwd: messenger messages", sender=("Ruth Kirkby", "ruthkirkby.fenby@gmail.com"),
      tags=("forwarded", "third-party-report", "implicit", "noisy"), body=c.forward(D("""
    helen these came on messenger over the weekend, i copied them into an email as i dont know
    how to forward them properly. hes a resident from the close behind the school. ive blocked him
    now. not sure if i'm over reacting
    """), D("""
    Sat 21:14 - you said you'd get the speed bumps done
    Sat 21:15 - liar
    Sat 23:02 - saw your light on. late night for you
    Sun 00:41 - your husbands car is a nice one. hope its insured
    Sun 07:30 - i walk past yours every morning ruth. every single morning
    """), "Ruth Kirkby <ruthkirkby.fenby@gmail.com>", "messenger messages"))

# 7 web form: councillor's "report a problem" casework form
c.add("safety", subject="New report: Report a problem in your area", sender=c.form_robot(),
      reply_to="notgiving@nomail.example", tags=("webform", "explicit", "embedded"), body=c.webform({
          "Your name": "Fenby resident",
          "Your email": "notgiving@nomail.example",
          "Location of problem": "Fenby Lane, outside no. 14",
          "Type of problem": "Other",
          "Describe the problem": "The problem is Councillor Kirkby. She lives at the end of this lane and does nothing about the lorries. Tell her the next lorry that goes through at 2am might not miss her front room. Some of us have had enough and one of us drives one.",
      }, form="Report a problem in your area"))

# 8 web form: Contact the MP, non-native writer threatening
c.add("safety", subject="New submission: Contact Tom", sender=c.form_robot(),
      reply_to="r.ferreira.dales@gmail.com", tags=("webform", "non-native", "conditional", "noisy"), body=c.webform({
          "Name": "Ricardo Ferreira",
          "Email": "r.ferreira.dales@gmail.com",
          "Topic": "Immigration",
          "Message": "I am living here 9 years, working in the quarry, paying taxes. Now the new rules, my wife visa is refused and she must go back. I send to Mr Ferriby 5 emails no answer. If my wife is deported I have nothing to lose anymore, I will go to his house and he will understand what is lose family. I am not joking with this. Answer me.",
      }, form="Contact Tom"))

# 9 web form: donation form comment (wish-harm, veiled)
c.add("safety", subject="New donation received - £1.00", sender=("Donations", "donations@ashbournedalelabour.org.uk"),
      tags=("webform", "wish-harm", "veiled"), body=D("""
    A new donation has been received through your website.

    Amount: £1.00
    Donor name: Anonymous
    Gift Aid: No
    Message to the campaign: "Put it towards Ferriby's funeral. Won't be long the way he's going. Lot of us will be glad to chip in for the flowers."

    Log in to your dashboard to view all donations.
    """))

# 10 Nextdoor digest with threatening post among normal ones
c.add("safety", subject="Trending in Fenby: \"Councillor's street\" and 4 more posts", sender=("Nextdoor", "no-reply@rs.email.nextdoor.co.uk"),
      headers=c.newsletter_headers("Nextdoor"), tags=("social", "embedded", "implicit", "doxxing"), body=D("""
    Trending posts near Fenby

    Lost: grey cat, Church Walk
    Answers to Smudge. Microchipped. 14 replies

    Recommendations for a plumber?
    Need someone for a boiler service before winter. 22 replies

    Councillor's street
    "For anyone who wants a word with Cllr Kirkby about the lorries, she's no. 3 Fenby Lane, the
    one with the hanging baskets. Maybe if enough of us stand outside at night she'll get the
    message. Bring torches." 31 replies

    Free: children's bike
    Age 6-8, needs new tyre. 3 replies

    You're receiving this because you're a Nextdoor member in Fenby. Unsubscribe.
    """))

# 11 Facebook Messenger notification preview with threat
c.add("safety", subject="New message from Wayne Stott", sender=("Messenger", "notification@facebookmail.com"),
      fmt="html", tags=("social", "explicit"), body="", html_body=notif_html("Messenger", "#0084ff", [
          "<b>Wayne Stott</b> sent a message to <b>Ashbourne &amp; Dale Labour</b>",
          "&ldquo;Tell that Tandy she was lucky at the hustings. Next time I get near her there'll be nobody to pull me off.&rdquo;",
          "<a href='#'>Reply</a>",
      ], "This message was sent to secretary@ashbournedalelabour.org.uk. Meta Platforms Ireland Ltd."))

# 12 Bluesky reply notification with veiled threat
c.add("safety", subject="New reply to your post", sender=("Bluesky", "noreply@bsky.app"),
      tags=("social", "veiled"), body=D("""
    @dalesreform.bsky.social replied to your post:

    > Ashbourne & Dale Labour: Thank you to all our volunteers at the Thornbridge food bank
    > collection today.

    "Lovely. Noticed the tall lad in the red coat, he's the one who lives over the chip shop isn't
    he. We'll be dropping in to say thanks personally."

    View on Bluesky

    You can adjust notification settings in the app.
    """))

# 13 councillors' Google group: councillor reports threat (list + third party)
c.add("safety", subject="[Derbyshire Labour Councillors] Anyone else had this?", sender=("Lucy Tandy via Derbyshire Labour Councillors", "derbyshirelabourcouncillors@googlegroups.com"),
      to="derbyshirelabourcouncillors@googlegroups.com", headers=COUNCILLORS_LIST,
      tags=("list", "third-party-report", "explicit"), body=D("""
    Hi all (cc Helen Pryce as my CLP sec),

    Has anyone else received postcards at home this week? I've had two, both with a photo of my
    own front door printed on the front, and on the back in typed letters: "Vote against the
    solar farm or we'll be inside next time." My address isn't on the council website so they've
    gone to some trouble.

    Police informed, crime number obtained. Mainly asking because I know three of us voted the same
    way on the Stanwick solar farm and I want to make sure nobody else is sitting on one of these
    thinking it's nothing.

    Lucy
    Cllr, Stanwick ward

    --
    You received this message because you are subscribed to the Google Groups "Derbyshire Labour Councillors" group.
    """))

# 14 residents' association list post with veiled threat against councillor
c.add("safety", subject="[Fenby RA] Lorries - what next", sender=c.person("Roger", "Whitlam"),
      to="fenbyra@lists.fenbyra.example.org.uk", headers=RESIDENTS_LIST,
      tags=("list", "veiled", "conditional"), body=D("""
    Folks,

    Report back from the meeting with highways: nothing. Again. Six months of letters and the HGVs
    are still coming through at all hours.

    Our Labour councillor has had every chance. I suggest we stop asking nicely. If she won't come
    to us, we go to her: a few dozen of us outside her house on Fenby Lane one evening, nice and
    loud, and let's see how she likes being kept awake. And if that doesn't work, there are other
    ways of making her life as miserable as ours. I'll leave that with you.

    Roger

    _______________________________________________
    Fenby Residents Association mailing list
    fenbyra@lists.fenbyra.example.org.uk
    """))

# 15 HTML-only e-card with menace
c.add("safety", subject="Someone sent you an eCard!", sender=("CardWish", "cards@cardwish.example.com"),
      fmt="html", tags=("html-only", "veiled", "wish-harm"), body="", html_body=D("""
    <html><body style="background:#222;color:#eee;font-family:Georgia,serif;text-align:center">
    <div style="padding:30px">
    <img src="https://cardwish.example.com/img/sympathy_lilies.jpg" alt="White lilies" width="300">
    <h2 style="color:#ddd">With Deepest Sympathy</h2>
    <p><i>A message from "A friend of Hollowell":</i></p>
    <p>For Councillor Sherwood's family, sent early so it doesn't get lost in the post.
    They say time is short. Hers might be shorter than she thinks.</p>
    <p style="font-size:11px;color:#888">Sent with CardWish. To stop receiving eCards, click here.</p>
    </div></body></html>
    """))

# 16 HTML-only threat, Outlook style, in a complaint about a councillor's vote on SEND transport
c.add("safety", subject="SEND transport vote", sender=("Donna Whitworth", "donna.whitworth@outlook.com"), fmt="html",
      tags=("html-only", "embedded", "implicit"), body="", html_body=D("""
    <html><head><meta charset="utf-8"></head><body>
    <div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
    <p>Hi,</p>
    <p>My son is autistic and has been taken off school transport because of the council's new policy, which every Labour councillor on the cabinet voted for. I now have to drive him 40 minutes each way, which has cost me my job.</p>
    <p>I have tried the complaints procedure. I've been to a surgery. I've emailed Cllr Raman six times.</p>
    <p>I sit in the car outside his house on Orchard Road most mornings now, waiting for him to come out and tell me to my face why my son doesn't matter. I've seen his wife. I've seen his kids get in the car. One of these mornings I won't just be sitting there.</p>
    <p>Donna</p>
    </div></body></html>
    """))

# 17 caseworker: man leaving surgery with a parting threat
c.add("safety", subject="Saturday surgery - incident", sender=("Joanne Hart", "joanne.hart@parliament.example.uk"),
      tags=("third-party-report", "explicit"), body=D("""
    Dear Helen,

    Brief note as two CLP volunteers were present. At Saturday's surgery in Stanwick a constituent
    (known to us, long-running benefits case) became angry when Tom said he couldn't overturn a DWP
    decision. On his way out he turned round at the door and said, loudly enough for the
    volunteers to hear: "I'll see you at home next time, Tom. Hope your wife's in." He left
    without further incident.

    We've reported it through the parliamentary scheme and the police have spoken to him. Could
    you check in with Pauline and Rajesh who were on the door? They were rattled.

    Jo
    """))

# 18 followed chair's car after AGM in the pub car park
c.add("safety", subject="after the Thornbridge AGM", sender=c.person("Ian", "Stewart", "live.co.uk"),
      tags=("third-party-report", "following"), body=D("""
    Evening Helen,

    Thought you'd want to know. After the Thornbridge branch AGM at the Plough tonight there were
    three lads sat in a pickup in the car park. Graham said he'd seen them there when we arrived.
    When Graham drove off they pulled out straight after and sat on his bumper the whole way down
    the A515, flashing their lights, until he turned into the police station car park in Ashbourne
    on purpose. Then they drove on.

    He's fine, bit shaken. He's asked me to tell you rather than him making a fuss at EC. I got half
    the registration. I think we should stop using the Plough.

    Ian
    """))

# 19 neighbour of the secretary reports a car outside Helen's own house
c.add("safety", subject="Car outside yours", sender=c.person("Jan", "Hollins", "sky.com"),
      tags=("third-party-report", "stalking", "implicit"), body=D("""
    Hi Helen, it's Jan from no. 8.

    Didn't want to ring as it's late and you'd have the kids in bed. I've noticed a dark blue car
    parked opposite your house three or four times this week, always in the evening, always with
    somebody sat in it. Tonight he was there from about 7 till I went to bed. When Pete walked the
    dog past it the man put his hood up.

    I know you get a lot of hassle with the Labour stuff so thought I'd best say. I wrote the reg
    down: YK67 ???. Couldn't see the last bit.

    Jan x
    """))

# 20 notes left on councillor's windscreen, car outside repeatedly
c.add("safety", subject="Notes on my windscreen", sender=("Ruth Kirkby", "ruthkirkby.fenby@gmail.com"),
      tags=("third-party-report", "stalking", "harassment"), body=D("""
    Helen,

    Following on from my messenger emails. This week I've had notes under my windscreen wiper
    three mornings running. Same handwriting. "STILL HERE", "WATCHING YOU RUTH" and this morning
    "YOU DON'T GET TO IGNORE US". There's a white van parked on the lane most nights that I don't
    recognise.

    The police came round this afternoon and took the notes. They've suggested a camera. Could the
    party cover the cost? I'm not in a position to. I've also stopped doing the Thursday surgery
    on my own.

    Ruth
    """))

# 21 suspicious parcel at a councillor's home - street evacuated
c.add("safety", subject="Dev - parcel at his house (please read)", sender=("Graham Lowe", "graham.lowe@ashbournedalelabour.org.uk"),
      tags=("third-party-report", "suspicious-item"), body=D("""
    Helen,

    Dev rang me - he couldn't get you. A parcel was left on his doorstep this afternoon, no
    courier, no label except "DEV RAMAN - COUNCILLOR" in capitals. It rattled and there was a wire
    poking out of a tear in the corner. His wife saw it, kept the kids indoors and rang 999. The
    police have evacuated the houses either side and the bomb squad are coming from Nottingham.

    They're all at his sister's. He says he's OK. Please ring him when you can, and can we talk
    about what we tell members? There's already a post on Millcross Matters about "a police
    incident on Orchard Road".

    G
    """))

# 22 suspicious rucksack at count venue rehearsal
c.add("safety", subject="Rucksack at Leisure Centre - count rehearsal", sender=c.person("Shaun", "McKenna"),
      tags=("third-party-report", "suspicious-item"), body=D("""
    Helen

    Just so you've got it: at the count rehearsal at Millcross Leisure Centre this morning staff
    found a rucksack wedged behind the fire door nearest where the Labour table will be. Nobody
    claimed it. Centre evacuated for an hour, police dog went through. Turned out to be full of
    old newspapers and a printed sheet with "YOU WON'T COUNT FOR LONG" on it.

    Returning officer is reviewing security for the real count. Police have the bag.

    Shaun (agent)
    """))

# 23 wheel nuts loosened on MP's caseworker's car
c.add("safety", subject="Joanne's car", sender=("Martin Walsh", "martin.walsh@parliament.example.uk"),
      tags=("third-party-report", "implicit"), body=D("""
    Helen, confidential please.

    Joanne took her car in yesterday because of a noise from the front. The garage found the wheel
    nuts on both front wheels had been loosened. It's normally parked in the yard behind the
    Church Street office. The mechanic was clear it wasn't wear. We've reported it to the police
    and parliamentary security and are reviewing the yard.

    I'm telling you because some of your volunteers park there on Tuesdays and Thursdays. Perhaps
    ask them to check their cars and not to park there until we've got a camera up.

    Martin
    """))

# 24 coordinated email bombing with threats; daughter's dance school posted
c.add("safety", subject="SEND transport - what's happening to Dev", sender=("Anita Sherwood", "anita.sherwood62@gmail.com"),
      tags=("third-party-report", "pile-on", "doxxing"), body=D("""
    Helen,

    You'll have seen some of this but I don't think anyone's put it all together.

    Since the SEND transport vote there's been a coordinated campaign against Dev from a big
    Facebook parents' group. They've posted a template email and people are sending it to him
    hundreds of times a day, which is fine, that's democracy. But on top of it:
    - someone posted the name of his daughter's dance school and the class times;
    - a thread with about 80 comments about "turning up" at the dance school;
    - several people saying he should "lose something he loves and see how he likes it".

    The group's admins aren't removing any of it. Dev is trying to carry on as normal but he's
    stopped taking his daughter to dance. I think this needs to go to the police and regional as a
    package. I've got screenshots of everything.

    Anita
    """))

# 25 pile-on against a young member after a clip of her speaking at council
c.add("safety", subject="Ellie - abuse after the council clip", sender=c.person("Ellie", "Marsh", "gmail.com"),
      tags=("third-party-report", "pile-on", "harassment", "noisy"), body=D("""
    hiya helen

    so you know the clip of me speaking at full council about the bus cuts?? its been reposted by
    some massive account and i am getting SO much abuse. like thousands. most of its just calling
    me names which whatever but some people have found my instagram and my college and are
    saying stuff like "see you at college ellie" and "she wont be so gobby after a slap". someone
    made a fake account with my photo.

    my mum says i need to tell the party. i dont really want it to be a big thing i just dont
    know what to do. sorry

    ellie (young labour rep)
    """))

# 26 online map of "Labour traitors' homes"
c.add("safety", subject="Google map of councillors' homes", sender=c.person("Owen", "Griffiths"),
      tags=("third-party-report", "doxxing", "pile-on"), body=D("""
    Helen,

    Someone has made a shared Google map called "Dales Labour Traitors - home visits" and it's being
    passed round on Telegram and a couple of Facebook groups. It has pins on the homes of eight
    Labour councillors in the constituency plus Graham's and yours. Each pin has a photo of the
    house from Street View and a caption, e.g. "Sherwood - back gate off the alley, no lights".

    I've reported it to Google. I'm sending you the link in a separate email with no subject so
    it doesn't get forwarded around by accident. Please treat as urgent.

    Owen
    """))

# 27 MP's child's school named on a forum with pick-up time
c.add("safety", subject="forum post about Tom's son", sender=("Joanne Hart", "joanne.hart@parliament.example.uk"),
      tags=("third-party-report", "doxxing", "implicit"), body=D("""
    Helen,

    For officers only. A post on a local forum (Dales Talk) names the secondary school Tom's son
    attends and gives the time school finishes, with the line "Ferriby's lad. Some of us might be
    waiting to have a chat about his dad's vote." Police and the school have been informed and
    the post is down. We're letting the CLP know because some members are parents at the school
    and may see screenshots - please ask people not to share it.

    Jo
    """))

# 28 man barred from MP's surgeries now appears at councillor surgeries asking for Tom
c.add("safety", subject="'Stephen' at Lucy's surgery", sender=("Lucy Tandy", "lucy.tandy.cllr@gmail.com"),
      tags=("third-party-report", "stalking"), body=D("""
    Hi Helen,

    The man Martin warned us about - the one who keeps coming to Tom's surgeries - came to my ward
    surgery at Stanwick library on Thursday. He didn't want to discuss anything in the ward. He
    asked when Tom would next be in Stanwick, where he stays when he's up from London, and whether
    I'd "pass a message to him personally". When I said no he sat in the library reading room
    until I left and then walked out behind me.

    I rang Martin straight away. I'm logging it with you too. I won't do another surgery on my own.

    Lucy
    """))

# 29 member's ex-partner turning up at branch meetings to intimidate her
c.add("safety", subject="Private - Claire and branch meetings", sender=c.person("Kate", "Bennett"),
      tags=("third-party-report", "stalking", "harassment"), body=D("""
    Helen, private please.

    Claire from Millcross branch told me last night that her ex-partner (not a member) has started
    turning up outside the library on branch nights. She has a non-molestation order against him.
    Last Tuesday he was waiting by her car and said "you can't hide behind your Labour mates
    forever". She didn't come in. She's terrified he'll come into the meeting.

    She's asked if we can move the branch meeting or have someone walk her to her car. I've said
    I'll do it, but I wanted you to know in case we need to tell the venue, and whether there's a
    party policy on this.

    Kate
    """))

# 30 library staff: man asking about women's officer
c.add("safety", subject="Enquiry about one of your members - Millcross Library", sender=("Millcross Library", "millcross.library@derbyshire.example.gov.uk"),
      tags=("third-party-report", "stalking", "implicit"), body=D("""
    Dear Ms Pryce,

    I'm the supervisor at Millcross Library, where your branch meets. I thought I should make you
    aware that on Wednesday a man came to the desk asking whether "the Labour woman, Lucy, with the
    dark hair" would be at the meeting next Tuesday, what time she usually leaves and whether she
    comes by car. He became insistent when told we couldn't give out information about room users.
    He said "I'll just wait then."

    We have logged this under our lone working policy and staff are aware. We'd suggest your
    members leave together on Tuesday. We can provide a CCTV still if the police request one.

    Kind regards,
    Sarah Ellison
    Library Supervisor
    """))

# 31 union rep relays a threat overheard at work
c.add("safety", subject="something I heard at work", sender=c.person("Gary", "Platt", "yahoo.co.uk"),
      tags=("third-party-report", "conditional"), body=D("""
    Helen, hope ok to email you directly.

    I'm the Unite rep at the quarry. In the canteen yesterday one of the lads (agency, been there
    a couple of months) was going on about the Labour Club in Millcross. He said if they go ahead
    with the Palestine fundraiser there next month "the place'll go up with them all in it", and
    that he knows people who'd do it. Couple of others laughed it off but he wasn't laughing.

    I don't know his surname. I'll find out. Do you want to pass it on to the police or shall I? I
    don't want to get anyone in trouble if it's just talk but it didn't sound like talk.

    Gary Platt
    """))

# 32 Labour Club steward: graffiti and note through the door
c.add("safety", subject="Labour Club - note through the door", sender=("Millcross Labour Club", "millcrosslabourclub@btinternet.com"),
      tags=("third-party-report", "explicit", "harassment"), body=D("""
    Dear Helen

    When I opened up this morning somebody had sprayed "TRAITORS" across the front doors of the
    club, and there was a note through the letterbox. It says: "CANCEL THE FUNDRAISER OR WE BURN
    IT DOWN. YOU'VE GOT TILL FRIDAY." I've put it in a sandwich bag.

    The committee is meeting tonight about whether to go ahead. The police have a crime number
    for the graffiti and are coming for the note. I understand there may have been something said
    at the quarry too.

    Brian Holt
    Steward, Millcross Labour Club
    """))

# 33 councillor's husband writes on her behalf about calls at home
c.add("safety", subject="Anita asked me to email you", sender=c.person("Frank", "Sherwood", "btinternet.com"),
      tags=("third-party-report", "harassment", "implicit"), body=D("""
    Dear Helen,

    Anita asked me to email you because she's had enough of typing it out. The calls to the
    landline have started again since the planning meeting. Eleven yesterday, mostly silence, one
    man saying "we're watching the house, Anita" and one at 3am just breathing. The number is
    ex-directory so they've got it from somewhere.

    The police have given us a log sheet. We're keeping it. She doesn't want a fuss but I want the
    party to know what this job is costing her.

    Frank Sherwood
    """))

# 34 teenage Young Labour member - group chat threats
c.add("safety", subject="group chat thing", sender=c.person("Josh", "Okoro", "icloud.com"),
      tags=("third-party-report", "harassment", "explicit", "noisy"), body=D("""
    hi miss pryce

    sorry i didnt know who else to email. some people in my sixth form saw me canvassing with
    the labour group on saturday and made a group chat about me called "josh the commie". its
    mostly just memes but last night someone put in "lets jump him after school on friday" and
    like 10 people said "im in". someone else posted my house on google maps

    my dad said to tell the party because it's bc of canvassing. i dont want to get anyone
    excluded i just dont want to get jumped lol

    josh (17)
    """))

# 35 elderly member, formal
c.add("safety", subject="A worrying matter", sender=c.person("Dorothy", "Spencer", "aol.com"),
      tags=("third-party-report", "following", "implicit"), body=D("""
    Dear Mrs Pryce,

    I hope you will forgive me writing. I am 83 and not on the computer a great deal; my grandson
    has helped me with this.

    On Thursday afternoon, as I was putting the branch newsletters through doors on Hawthorn
    Avenue, a man came out of number 22 and followed me along the pavement. He said he knew I
    was "one of Ferriby's lot", that he had seen me going in and out of the Labour office, and
    that he knew where I lived, which was "very convenient, being so near". He then named my road.

    I did not reply and went home. I have not slept well since. I have delivered newsletters for
    forty years and never had any unpleasantness of this kind. I would like the party to know and
    I will not be doing Hawthorn Avenue again.

    Yours sincerely,
    Dorothy Spencer (Mrs)
    """))

# 36 police neighbourhood team informs the CLP
c.add("safety", subject="Advice to Ashbourne & Dale Labour Party - public meeting 4 December", sender=("PC 2291 Nadia Rahman", "nadia.rahman@derbyshire.police.example.uk"),
      tags=("third-party-report", "conditional"), body=D("""
    OFFICIAL - SENSITIVE

    Dear Ms Pryce,

    I am the neighbourhood officer for Millcross. We have received information that individuals
    intend to disrupt your public meeting at the Millcross Leisure Centre on 4 December and that
    one individual has made statements online that he would "bring something" to the meeting "if
    the councillors show their faces". We are assessing this information and will be in contact
    with the venue.

    In the meantime we would advise that you restrict entry to those who have registered, brief
    your stewards, and contact me directly on the number below with any concerns. Please do not
    share this email outside the organisers of the event.

    PC Nadia Rahman
    Safer Neighbourhood Team, Millcross

    This email and any attachments may contain sensitive information and are intended solely for
    the addressee.
    """))

# 37 council monitoring officer informs the CLP about threats to a councillor
c.add("safety", subject="Councillor safety - Cllr Kirkby", sender=("Monitoring Officer", "monitoring.officer@derbyshiredales-council.example.gov.uk"),
      tags=("third-party-report", "harassment"), body=D("""
    Dear Ms Pryce,

    With Councillor Kirkby's consent, I am writing to inform the party that the Council is aware of
    a pattern of threatening messages and behaviour directed at her in connection with her ward
    work, including notes left on her vehicle and an online post giving her address with an
    invitation to gather outside her home at night. The Council has arranged a security assessment
    and the police are investigating.

    Councillor Kirkby has asked that her party group and CLP are aware so that support can be
    coordinated. Please contact me if you need anything further.

    Yours sincerely,
    Monitoring Officer
    Derbyshire Dales District Council (example)
    """))

# 38 procedural email from minute-taker with threat in a PS
c.add("safety", subject="GC minutes draft + apologies", sender=c.person("Deborah", "Mitchell"),
      tags=("embedded", "third-party-report", "implicit"), body=D("""
    Hi Helen,

    Draft GC minutes attached. A couple of things I wasn't sure about:
    - Item 6: was the Millcross motion carried as amended or as original? I've put "as amended".
    - Item 9: I've left the treasurer's figures as read out, Max can correct.

    Apologies for the next EC from me, I'm away on the 18th.

    PS - the man who shouted at the chair during item 7 left a note on my car in the car park
    afterwards: "I know your reg. Next time it won't be a note." I've kept it. Not sure if that
    needs to go anywhere but thought I'd mention it.

    Debs
    """))

# 39 thank-you for retirement card, then phone threats mentioned
c.add("safety", subject="thank you", sender=c.person("Margaret", "Bell", "btinternet.com"),
      tags=("embedded", "third-party-report", "stalking"), body=D("""
    Dear Helen,

    Thank you so much for the lovely card and flowers from the branch on my retirement as ward
    organiser. It was such a surprise and Ted and I were very touched. Twenty-two years!

    I'm afraid I must mention something less nice. The phone calls I told you about last spring
    have started again. A man ringing the house and saying he's "watching the old Labour bag", that
    he sees me at the Co-op on Thursdays, and that I'll "get what's coming". I thought once I'd
    stepped down it would stop. Ted wants me to tell you properly this time.

    With love and thanks again,
    Margaret
    """))

# 40 Portuguese-speaking member, noisy
c.add("safety", subject="man in the market", sender=c.person("Ana", "Sousa", "hotmail.com"),
      tags=("third-party-report", "non-native", "noisy", "following"), body=D("""
    Hi Helen!! Is Ana from the stall

    Yesterday one man he stay near the stall all morning, not talking, only looking us, and when
    I go to my car he follow me to the car park. He say "I know you, you are the brazilian from
    Labour, I see you every saturday, I know your car, next time I see you there will be problem
    for you". Then he go. I was very nervous to drive home.

    Maybe I am exagerating?? but my friend say I must to tell you. I can describe him, old man with
    white beard and green jacket.

    Beijos
    Ana
    """))

# ---------------- hard negatives ----------------

# 41 regional office asks CLP to nominate a safety lead (procedural)
c.add("procedural", subject="Nominating a CLP safety lead", sender=("Regional Organiser", "organiser.eastmids@labour.example.org.uk"),
      tags=("hard-negative", "news-about-threats"), body=D("""
    Dear Helen,

    As you'll have seen from the national guidance, every CLP is now asked to nominate a safety
    lead: an officer or member who is the first point of contact for members, councillors and
    candidates who experience abuse, threats or intimidation, and who keeps the incident log.

    Please could your GC or EC agree a nomination and let me have the name by 31 January? A
    training session for safety leads will run in February. I've attached the role description.

    Thanks,
    Rebecca Cole
    Regional Organiser, East Midlands
    """))

# 42 member shares article on abuse of women candidates abroad (other)
c.add("other", subject="Article on abuse of women candidates in France", sender=c.person("Giulia", "Romano"),
      tags=("hard-negative", "news-about-threats", "non-native"), body=D("""
    Dear Helen,

    I share with you this article from Le Monde (in English version) about how many women mayors
    in France are resigning because of threats and aggression, some have been attacked in the
    street. It is incredible, the numbers. In Italy is the same in small towns.

    I think it is interesting for our women's forum discussion next month. Maybe Lucy would like
    to use it?

    Best wishes
    Giulia
    """))

# 43 councillors' list debate about home addresses on nomination papers (bulk)
c.add("bulk", subject="Re: [Derbyshire Labour Councillors] Home addresses on ballot papers", sender=("Peter Ashworth via Derbyshire Labour Councillors", "derbyshirelabourcouncillors@googlegroups.com"),
      to="derbyshirelabourcouncillors@googlegroups.com", headers=COUNCILLORS_LIST,
      tags=("hard-negative", "news-about-threats", "list"), body=D("""
    For those who asked: since the law changed, candidates can choose not to have their home
    address published on the ballot paper and the statement of persons nominated - you just fill
    in the home address form and tick the box. Given everything in the news about threats to
    councillors, I'd strongly encourage new candidates to do it. The only downside is a few older
    voters like seeing that you "live local", which you can say on your leaflet anyway.

    I'd also suggest we ask the county group to raise the register of interests issue - our home
    addresses are still on the council website for some of us.

    Peter

    --
    You received this message because you are subscribed to the Google Groups "Derbyshire Labour Councillors" group.
    """))

# 44 county council training invitation (bulk)
c.add("bulk", subject="Member Development: Personal safety and lone working for councillors", sender=("Member Development", "member.development@derbyshire.example.gov.uk"),
      headers=c.newsletter_headers("GovDelivery"), tags=("hard-negative", "news-about-threats"), body=D("""
    MEMBER DEVELOPMENT PROGRAMME - WINTER 2026/27

    Personal safety and lone working for councillors
    Wednesday 14 January, 6pm-8pm, Council Chamber and online

    This session, delivered with the Police's community safety team, covers safety at ward
    surgeries and home visits, managing difficult conversations, online safety and abuse,
    reporting threats, and the council's support package for members.

    Booking is essential. Group secretaries, please circulate to your members.

    Also this term:
    - Budget scrutiny masterclass (21 Jan)
    - Chairing effective meetings (4 Feb)
    """))

# 45 fire service exercise notice (bulk)
c.add("bulk", subject="Notice: emergency services exercise at Hollowell Academy, Saturday", sender=("Hollowell Town Council", "news@hollowell-tc.example.gov.uk"),
      headers=c.newsletter_headers("Mailchimp"), tags=("hard-negative", "benign-violent-word"), body=D("""
    Hollowell Town Council - Community Notice

    EMERGENCY SERVICES EXERCISE - SATURDAY 6 DECEMBER

    Fire, police and ambulance crews will be taking part in a large-scale training exercise at
    Hollowell Academy on Saturday between 9am and 1pm. The scenario involves a simulated explosion
    and casualties, and volunteers in make-up will be playing the injured. You may see smoke,
    hear sirens and see a number of emergency vehicles. There is no danger to the public.

    School Lane will be closed to traffic. The Saturday market will go ahead as usual.

    Unsubscribe from Hollowell Town Council news.
    """))

# 46 A-level student asks for interview on MP safety (query)
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="poppy.gardner@student.example.sch.uk", tags=("hard-negative", "news-about-threats", "webform"), body=c.webform({
          "Name": "Poppy Gardner",
          "Email": "poppy.gardner@student.example.sch.uk",
          "Message": "Hi, I'm doing my A-level Politics coursework on whether MPs' safety concerns are making them less accessible to constituents (e.g. fewer open surgeries since the murders of two MPs). Would anyone from the local Labour party be willing to answer some questions by email? My teacher has approved it. Thank you!",
      }))

# 47 quoted reply to GC minutes, question about lone worker app (query)
c.add("query", subject="Re: GC minutes - item 8 (safety)", sender=c.person("Rajesh", "Patel"),
      tags=("hard-negative", "news-about-threats", "quoted"), body=c.quote_reply(D("""
    Helen, on item 8 - the minutes mention "a lone-worker app for canvassers" recommended by
    regional. Which app is it and is the CLP paying for it, or do we each download it? I do a lot
    of the rural doors on my own so keen to get it set up.

    Raj
    """), D("""
    8. Safety and security. The secretary reported the updated regional guidance on reporting
    abuse and threats, and the recommendation that canvassers working alone use a lone-worker app.
    Agreed that the EC consider costs.
    """)))

# 48 YouTube notification: parliament debate on MPs' security (bulk)
c.add("bulk", subject="New from UK Parliament: Debate on the security of elected representatives", sender=("YouTube", "noreply@youtube.com"),
      headers=c.newsletter_headers("YouTube"), tags=("hard-negative", "news-about-threats", "social"), body=D("""
    UK Parliament uploaded a video

    Westminster Hall debate: Security of elected representatives and candidates
    2:14:33

    MPs debate the rise in threats and intimidation against elected representatives and
    candidates, and the effectiveness of current protective security arrangements.

    WATCH

    You're getting this email because you subscribed to UK Parliament.
    Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
    """))

# 49 forwarded complaint: CLP failed to condemn abuse of a Tory councillor (complaint)
c.add("complaint", subject="Fwd: our silence", sender=c.person("Sharon", "Bell", "outlook.com"),
      tags=("hard-negative", "news-about-threats", "forwarded", "angry"), body=c.forward(D("""
    Helen - I posted this in the members' Facebook group and the admin deleted it, so I'm sending
    it to you formally as a complaint. I want it on the EC agenda.
    """), D("""
    When the Conservative councillor in Thornbridge had his windows smashed and was threatened
    online last month, other local parties put out statements of solidarity. Our CLP said nothing,
    and several of our members were sharing memes mocking him at the time. If we want to be
    credible when our own councillors are threatened, we have to condemn it when it happens to
    our opponents. I'd like to know why no statement was made and who decided that.
    """), "Sharon Bell <sharon.bell@outlook.com>", "our silence"))

# ---------------- ordinary ----------------

# 50 webform query: standing as a councillor
c.add("query", subject="New submission: Get in touch", sender=c.form_robot(),
      reply_to="m.aldridge@gmail.com", tags=("webform",), body=c.webform({
          "Name": "Matthew Aldridge",
          "Email": "m.aldridge@gmail.com",
          "Are you a member?": "Yes (since 2022)",
          "Message": "I'd be interested in standing for the district council in 2027. What's the process and timetable, and is there any training for first-time candidates?",
      }, form="Get in touch"))

# 51 webform data protection: address on website
c.add("data-protection", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="k.doyle.stanwick@outlook.com", tags=("webform", "confuser", "dp-no-legal-words"), body=c.webform({
          "Name": "Karen Doyle",
          "Email": "k.doyle.stanwick@outlook.com",
          "Message": "Why is my name and street on your website under 'Our Stanwick team'? I helped out once at a coffee morning two years ago. I don't want to be listed, please take it down today.",
      }))

# 52 webform complaint: rude canvasser
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="ged.murray@btinternet.com", tags=("webform",), body=c.webform({
          "Name": "Gerard Murray",
          "Email": "ged.murray@btinternet.com",
          "Message": "One of your canvassers on Sunday argued with my wife on our doorstep for ten minutes after she'd said we weren't interested, and then muttered something on his way down the path. Not acceptable. I'd like to know what you're going to do about it.",
      }))

# 53 forwarded complaint via regional office
c.add("complaint", subject="FW: Complaint from member - Hollowell branch", sender=("Regional Organiser", "organiser.eastmids@labour.example.org.uk"),
      tags=("forwarded",), body=c.forward(D("""
    Hi Helen - this came to us but it's really a CLP matter. Could you pick it up and let the
    member know? Thanks, Rebecca
    """), D("""
    I've been trying for three months to find out when the Hollowell branch meets. I've emailed
    the branch secretary twice and the CLP once. Nothing. I pay my subs every month. It's not
    good enough and I'm seriously thinking about cancelling.

    Anne Fairbrother
    """), "Anne Fairbrother <anne.fairbrother@hotmail.co.uk>", "Complaint"))

# 54 forwarded consultation - which ward am I in (query)
c.add("query", subject="Fwd: Have your say - Stanwick parking consultation", sender=c.person("Hamza", "Iqbal"),
      tags=("forwarded",), body=c.forward(D("""
    Hi Helen, I got this through the door (well, by email) - am I in Stanwick ward or Fenby? I'm
    at the top end of Moor Road and have never been sure. Want to know which councillor to speak
    to. Thanks, Hamza
    """), D("""
    Derbyshire Dales District Council is consulting on proposed parking restrictions in Stanwick
    town centre. Have your say by 15 January.
    """), "Consultations <consult@derbyshiredales-council.example.gov.uk>", "Have your say - Stanwick parking consultation"))

# 55 quoted reply query: canvass meeting point
c.add("query", subject="Re: Saturday action day", sender=c.person("Naomi", "Foster"),
      tags=("quoted",), body=c.quote_reply(D("""
    Where exactly is the meeting point? Google maps puts "Millcross Market Cross" in two places.
    And is it ok if I leave at 1? x
    """), D("""
    Action day this Saturday, 10.30 at the Market Cross, Millcross. Teams for Meadows and Brook St.
    """), style="gmail"))

# 56 quoted reply: pay dues in cash?
c.add("query", subject="Re: membership", sender=c.person("Terry", "Jackson", "aol.com"),
      tags=("quoted", "noisy"), body=c.quote_reply(D("""
    helen can i pay my subs in cash at the branch meeting i dont do internet banking. my son set
    up this email for me. terry
    """), D("""
    Dear Terry, thanks for getting in touch. Your membership lapsed in August, you can rejoin at
    any time on the website. Helen
    """)))

# 57 quoted reply: amendment to motion (procedural)
c.add("procedural", subject="Re: Motions for GC", sender=c.person("Sue", "Lawson"),
      tags=("quoted",), body=c.quote_reply(D("""
    Helen, Hollowell branch would like to submit the following amendment to the Thornbridge motion
    on local bus services:

    Add at end: "and to invite the county council's transport portfolio holder to a future GC."

    Proposer: Sue Lawson. Seconder: Ian Stewart. Agreed at branch meeting 12 November.
    """), D("""
    Motions received for the next GC are attached. Amendments by 5pm on Monday please.
    """), style="outlook"))

# 58 list post: branch social (bulk)
c.add("bulk", subject="[ADCLP Members] Curry night Friday 28th - names please", sender=("Dev Raman via ADCLP Members", "adclpmembers@googlegroups.com"),
      to="adclpmembers@googlegroups.com", headers=MEMBERS_LIST, tags=("list",), body=D("""
    Hi all,

    Annual curry night at the Spice Garden, Millcross, Friday 28th from 7pm. £20 a head, three
    courses. Vegetarian and vegan options. Kids welcome.

    Names to me by Wednesday so I can tell Ravi numbers.

    Dev

    --
    You received this message because you are subscribed to the Google Groups "ADCLP Members" group.
    """))

# 59 list post: councillors' group ordinary business (bulk)
c.add("bulk", subject="[Derbyshire Labour Councillors] Budget consultation responses - deadline", sender=("Anita Sherwood via Derbyshire Labour Councillors", "derbyshirelabourcouncillors@googlegroups.com"),
      to="derbyshirelabourcouncillors@googlegroups.com", headers=COUNCILLORS_LIST, tags=("list",), body=D("""
    Colleagues, reminder that the group's response to the county budget consultation is due to
    the group leader by Friday. Please send your ward priorities (max 200 words). I've had four so
    far.

    Anita

    --
    You received this message because you are subscribed to the Google Groups "Derbyshire Labour Councillors" group.
    """))

# 60 residents' association list - ordinary (bulk)
c.add("bulk", subject="[Fenby RA] Christmas lights switch-on - volunteers", sender=c.person("Pam", "Whitlam"),
      to="fenbyra@lists.fenbyra.example.org.uk", headers=RESIDENTS_LIST, tags=("list",), body=D("""
    Hello neighbours,

    The Christmas lights switch-on is on Saturday 29th at 5pm on the green. We need people to help
    with the mulled wine stall, stewarding and putting out chairs for the carol singers. Reply to
    me if you can help for an hour.

    Pam
    Fenby RA secretary

    _______________________________________________
    Fenby Residents Association mailing list
    """))

# 61 Nextdoor harmless (bulk)
c.add("bulk", subject="Popular near you: Fenby Christmas market", sender=("Nextdoor", "no-reply@rs.email.nextdoor.co.uk"),
      headers=c.newsletter_headers("Nextdoor"), tags=("social",), body=D("""
    Popular posts near Fenby

    Fenby Christmas market - stallholders wanted
    Crafts, cakes, local produce. £10 a pitch. 18 replies

    Recommendation: great window cleaner
    Paul did our whole terrace for £40. 9 replies

    Road closure on Quarry Lane Wednesday
    For the army exercise at the quarry. 26 replies

    You're receiving this because you're a Nextdoor member in Fenby. Unsubscribe.
    """))

# 62 Facebook event reminder (bulk)
c.add("bulk", subject="Reminder: Quiz Night is tomorrow", sender=("Facebook", "notification@facebookmail.com"),
      fmt="html", tags=("social",), body="", html_body=notif_html("facebook", "#1877f2", [
          "<b>Quiz Night</b> is tomorrow at 7:30 PM",
          "Stanwick Cricket Club &middot; Hosted by Ashbourne &amp; Dale Labour",
          "34 going &middot; 19 interested",
          "<a href='#'>View event</a>",
      ], "You're receiving this because you manage the event Quiz Night. Unsubscribe."))

# 63 HTML-only newsletter (bulk)
c.add("bulk", subject="Co-op Party East Midlands - December update", sender=("Co-operative Party East Midlands", "eastmidlands@coopparty.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), fmt="html", tags=("html-only",), body="", html_body=D("""
    <html><body style="font-family:Helvetica;color:#333">
    <table width="600" align="center" style="border:1px solid #ddd">
    <tr><td style="background:#4c2582;color:#fff;padding:18px;font-size:22px">Co-op Party East Midlands</td></tr>
    <tr><td style="padding:16px">
    <p><b>Community energy:</b> our campaign for a community-owned solar scheme in every district has been backed by three councils this year.</p>
    <p><b>Christmas social:</b> Friday 12 December, Nottingham, 7pm. All members and friends welcome.</p>
    <p><b>Candidates:</b> applications for the Co-op Party panel for 2027 local elections close on 31 January.</p>
    </td></tr>
    <tr><td style="font-size:10px;color:#999;padding:12px">Promoted by the Co-operative Party. <a href="#">Unsubscribe</a></td></tr>
    </table></body></html>
    """))

# 64 HTML-only newsletter (bulk)
c.add("bulk", subject="Dales Fabians: winter talks programme", sender=("Dales Fabians", "dalesfabians@mlsend.example.com"),
      headers=c.newsletter_headers("Mailerlite"), fmt="html", tags=("html-only",), body="", html_body=D("""
    <html><body>
    <div style="max-width:580px;margin:0 auto;font-family:Georgia,serif">
    <h2 style="border-bottom:2px solid #e4003b">Winter talks</h2>
    <p><b>15 Jan</b> - "Rural poverty and the cost of getting about", with a speaker from the Campaign for Better Transport.</p>
    <p><b>12 Feb</b> - "What next for local government finance?"</p>
    <p><b>12 Mar</b> - Book talk: a history of the co-operative movement in the Peak.</p>
    <p>All talks 7.30pm at the Friends Meeting House, Millcross. £3 on the door, members free.</p>
    <p style="font-size:11px">You're receiving this because you signed up at a Dales Fabians event. <a href="#">Unsubscribe</a></p>
    </div></body></html>
    """))

# 65 bounce (bulk)
c.add("bulk", raw=c.bounce("lorraine.oneill@hotmial.com", orig_subject="GC agenda and papers"), body="",
      tags=("confuser", "robot-no-list-headers"))

# 66 Eventbrite ticket confirmation (bulk)
c.add("bulk", subject="Your tickets for Regional Women's Conference", sender=("Eventbrite", "noreply@order.eventbrite.com"),
      tags=("confuser", "robot-no-list-headers"), body=D("""
    Order confirmation

    Regional Women's Conference
    Saturday 7 February, 10:00 - 16:00
    Derby Conference Centre

    Order #7718240399 - 1 x Delegate ticket (Free)

    Your ticket is attached. Show it on your phone at the door.

    Eventbrite, 535 Mission Street, San Francisco, CA 94105
    """))

c.write()
