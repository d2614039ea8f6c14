# train_tb1: threats embedded in other mail and third-party reports, plus look-alike
# non-safety mail in the same shapes. Ashbourne & Dale CLP (secretary Helen Pryce).
# Fictional world: MP Tom Ferriby; towns Millcross, Hollowell, Stanwick, Thornbridge;
# councillors Anita Sherwood, Dev Raman, Peter Ashworth; chair Graham Lowe.
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tb1", seed=1201)
SEC = c.secretary()
SITE = c.site()


def D(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def social_html(brand, colour, lines, footer):
    """Wrap hand-written notification lines in the kind of HTML social sites send."""
    rows = "".join(f'<tr><td style="padding:6px 0;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c1e21">{l}</td></tr>' for l in lines)
    return (f'<html><body style="margin:0;background:#f0f2f5"><table width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td style="background:{colour};color:#fff;padding:12px 16px;font:bold 20px Helvetica,Arial">{brand}</td></tr>'
            f'{rows}<tr><td style="padding:18px 0;font-size:11px;color:#8a8d91">{footer}</td></tr></table></body></html>')


MEMBERS_LIST = c.list_headers("ADCLP Members", domain="googlegroups.com", precedence=False)
BRANCH_LIST = c.list_headers("Millcross Branch", domain="lists.ashbournedalelabour.org.uk")

# 1 polite opening, veiled threat
c.add("safety", subject="Saturday surgery - still on?", sender=("R Naylor", "rnaylor.hollowell@btinternet.com"),
      tags=("embedded", "veiled", "implicit"), body=D("""
    Dear Ms Pryce,

    I hope you are keeping well and that the summer fete went off alright, I saw the photos.

    Could you confirm whether Mr Ferriby's surgery at Millcross Library is still 10 till 12 this
    Saturday? The website says one thing and the Facebook page says another.

    I have written to him four times about my mother's care package and had nothing back but a
    standard letter. I've been patient. This Saturday I'll be bringing something he'll have to pay
    attention to, and he'll find out what it's like when nobody comes to help you.

    Kind regards,
    Roy Naylor
    """))

# 2 long rant, threat at the end
c.add("safety", subject="WINTER FUEL", sender=c.person("Brian", "Dixon", "aol.com"),
      tags=("embedded", "implicit", "veiled"), body=D("""
    I have voted Labour since 1974. My father was NUM, my mother ran the Co-op tea room in
    Stanwick for thirty years and I canvassed for every Labour candidate round here until my knees
    went. So I think I've earned the right to say this.

    You took the winter fuel payment off pensioners who have paid in their whole lives and then
    stood on the telly saying it was "difficult choices". Difficult for who? Not for your MP on his
    salary. Not for the councillors on their allowances. My neighbour Margaret is 84 and she sat in
    her coat in the front room all through January. You gave it back to some of us after the fuss
    but the damage is done and nobody round here has forgotten.

    And while I'm at it the library in Thornbridge is on three days a week now, the bus to the
    hospital has gone, and the surgery takes three weeks to get an appointment. What exactly is the
    Labour Party FOR any more.

    You can tell Councillor Sherwood, since she was the one who stood up at the community centre
    and defended all this, that people round here know she lives on Fenby Lane. Blue door, the
    little red car. Winters are long out here and it gets dark early. She wants to think on.

    B. Dixon
    """))

# 3 web form, veiled threat about MP's child
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Kieran", "kjw.dales@protonmail.com"), tags=("webform", "implicit", "veiled"),
      body=c.webform({
          "Name": "Kieran",
          "Email": "kjw.dales@protonmail.com",
          "Postcode": "DE4",
          "Subject": "welfare vote",
          "Message": D("""
              Your MP voted for the welfare cuts. My brother lost his PIP in March and hasn't left
              the house since. Mr Ferriby has a little girl at Hollowell Primary, the one with the
              green gate. He might want to think about how he'd feel if something in her life was
              taken away overnight. Just something to think about."""),
          "Consent": "I agree to Ashbourne & Dale Labour storing my details",
      }))

# 4 member forwards a threat received by councillor's council inbox (third party, with note)
c.add("safety", subject="Fwd: your vote on the bypass", sender=("Cllr Peter Ashworth", "peter.ashworth@derbyshiredales-council.example.gov.uk"),
      tags=("forwarded", "third-party-report", "explicit"), body=c.forward(D("""
    Helen,

    For the record really. This came to my council address on Sunday night. I've sent it to
    Democratic Services as well. I don't think he means it but I'd rather it was logged with the
    party too. I'm at the Thornbridge parish meeting tomorrow so I'll be out late.

    Peter
    """), D("""
    Ashworth you lying toad

    you told us at the parish meeting you would vote against the bypass route through the
    allotments and then you went and abstained. Youre a coward. If I see you at Thornbridge
    parish tomorrow I will knock you into next week and I dont care who is watching. Ive had
    enough of the lot of you.
    """), "Darren <dazzmc77@hotmail.co.uk>", "your vote on the bypass"))

# 5 chair describes someone waiting after a meeting
c.add("safety", subject="Tuesday's branch meeting - something to note", sender=("Graham Lowe", "graham.lowe@ashbournedalelabour.org.uk"),
      tags=("third-party-report", "following"), body=D("""
    Hi Helen

    Not sure if this needs reporting anywhere formally but I said I'd let you know. After the
    Millcross branch meeting on Tuesday a man was stood by the bins in the library car park. Sue
    and Fatima noticed him when they came out at about 9.15. He'd been there when they went in too
    apparently. When they walked to the bus stop on Station Road he followed about twenty yards
    behind them the whole way and stood at the stop without getting on the bus when it came. When
    they got on he took a photo of them through the window.

    Neither of them recognised him. White, 50s, grey fleece, carrying a carrier bag. Fatima is
    pretty shaken, Sue less so. I've said I'll drive them both next time.

    Do we have a process for this? Should it go to the police or to regional?

    Graham
    """))

# 6 hard negative: regional newsletter item about MPs' security
c.add("bulk", subject="East Midlands Labour Bulletin - November", sender=("East Midlands Labour", "bulletin@eastmidlandslabour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), fmt="alt", tags=("hard-negative", "news-about-threats"), body=D("""
    EAST MIDLANDS LABOUR - MONTHLY BULLETIN

    In this issue:
    1. By-election results round-up
    2. Security for elected representatives: what's changed
    3. Regional conference: delegate deadlines
    4. Training calendar

    ---

    2. SECURITY FOR ELECTED REPRESENTATIVES

    Following the national review of the safety of elected representatives, all Labour councillors
    in the region can now apply for the home security assessment previously offered only to MPs.
    Police liaison officers will be attending the regional councillors' forum on 12 December to
    explain the scheme. The party's guidance on reporting abuse has also been updated and is on
    Membersnet under Resources > Safety. CLP secretaries are asked to make sure councillors know
    the scheme exists; please do not forward this bulletin outside the party.

    3. REGIONAL CONFERENCE

    Delegate nominations close at 5pm on Friday 30 January. Each CLP may send delegates in
    accordance with the rules in the conference handbook.

    4. TRAINING
    - Treasurers' year-end workshop (online), 3 Dec, 7pm
    - Social media for branch officers, 9 Dec, 7pm
    - Running a successful AGM, 14 Jan, 7pm

    You are receiving this because you are a CLP officer in the East Midlands region.
    Unsubscribe | Update your preferences
    Promoted by East Midlands Labour on behalf of the Labour Party, both at 20 Example Street.
    """))

# 7 ordinary web form query
c.add("query", subject="New submission: Get involved", sender=c.form_robot(),
      reply_to="bev.wainwright@sky.com", tags=("webform",), body=c.webform({
          "Your name": "Bev Wainwright",
          "Your email": "bev.wainwright@sky.com",
          "Postcode": "DE6 3QT",
          "I'd like to help with": "Delivering leaflets",
          "Anything else?": "Just moved to Stanwick from Leeds, was a member there. Not sure which branch I'd be in now or whether my membership moves over automatically? Happy to deliver on my road.",
      }, form="Get involved"))

# 8 quoted: threat sits in the quoted part of a reply chain; top note is mild
c.add("safety", subject="Re: Re: your complaint about the Stanwick bus", sender=c.person("Alan", "Pickering", "yahoo.co.uk"),
      tags=("quoted", "embedded", "explicit"), body=c.quote_reply(D("""
    Still no answer to the below. I'm copying this to you again since your MP's office can't
    be bothered.
    """), D("""
    To whoever reads this at the Labour office,

    This is my third email about the 41 bus. You cut it, my wife can't get to her dialysis,
    and nobody has the decency to reply. I know where your office is on Church Street and I know
    what time the girl who works there locks up. If I have to come down there and sort this out
    myself I will, and it won't be a polite conversation. Consider this your last warning.

    Alan Pickering
    """), quoted_from="Alan Pickering <alan.pickering@yahoo.co.uk>"))

# 9 social notification, veiled threat in a comment
c.add("safety", subject="Mick Tarrant commented on your post", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"), fmt="html", tags=("social", "veiled", "implicit"),
      body="", html_body=social_html("facebook", "#1877f2", [
          "<b>Mick Tarrant</b> commented on your post in <b>Ashbourne &amp; Dale Labour</b>:",
          "&ldquo;Nice photos from the litter pick Cllr Raman. Recognise that house behind you, lovely garden, shame if anything happened to it while you're out saving the planet&rdquo;",
          "<a href='https://www.facebook.com/'>View comment</a> &middot; <a href='https://www.facebook.com/'>Reply</a>",
      ], "This message was sent to secretary@ashbournedalelabour.org.uk. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025"))

# 10 councillor reports a car outside her house (calm, procedural)
c.add("safety", subject="just flagging", sender=("Anita Sherwood", "anita.sherwood62@gmail.com"),
      tags=("third-party-report", "stalking", "implicit"), body=D("""
    Helen - just flagging this, probably nothing. There's been a dark grey estate car (Skoda I
    think, reg starts FD19) parked across from my house on Fenby Lane on Monday, Wednesday and
    again last night, engine running, same man in it each time. It's a dead end so nobody parks
    there unless they're visiting. Last night he was there from about 6 until gone 10 and when
    my husband went out to the bins he drove off.

    Given the letters I had after the care home vote I thought I should mention it. I've written
    the times down. Do you want me to ring 101 or does the party have someone?

    Anita
    Sent from my iPhone
    """))

# 11 ordinary list post: leaflet rounds (bulk)
c.add("bulk", subject="[Millcross Branch] Leaflet rounds for the by-election - grab one!", sender=c.person("Kate", "Bennett"),
      to="millcrossbranch@lists.ashbournedalelabour.org.uk", headers=BRANCH_LIST, tags=("list",), body=D("""
    Hi all,

    The Stanwick ward leaflets have arrived (thanks Colin for collecting them in the rain). There
    are 22 rounds of roughly 150 each. They're in the boxes in my garage - text me and I'll leave
    yours in the porch.

    Rounds still unclaimed: 4, 7, 8, 11, 15, 16, 19, 20, 22.

    Please try to have them done by the 14th. The ones round the Meadows estate are a good size for
    a dog walk.

    Kate
    Millcross branch organiser

    _______________________________________________
    Millcross Branch mailing list
    To unsubscribe send an email to millcrossbranch-leave@lists.ashbournedalelabour.org.uk
    """))

# 12 suspicious package at the constituency office, reported by caseworker
c.add("safety", also=("urgent",), subject="Church St office closed this afternoon - parcel", sender=("Joanne Hart", "joanne.hart@parliament.example.uk"),
      tags=("third-party-report", "suspicious-item"), body=D("""
    Dear Helen,

    Letting you know as CLP secretary, as members may turn up for the volunteer session at 5.

    At about 1.40pm a padded envelope was put through the letterbox at the Church Street office.
    Nobody saw who delivered it. It's addressed in capitals to "FERRIBY - PERSONAL", no stamp, no
    postmark, quite heavy and stiff with something that feels like a box inside, and there is a
    greasy mark seeping through one corner. We followed the parliamentary security guidance: we
    didn't open it, left it where it was, left the building and called 999. The police have put a
    cordon on the pavement and asked us to stay away until they've looked at it.

    Can you let the volunteers know tonight's session is off? I'll update when I hear anything.

    Joanne Hart
    Senior Caseworker, Office of Tom Ferriby MP

    This email and any attachments are confidential and intended solely for the addressee. If you
    have received it in error please notify the sender and delete it.
    """))

# 13 mailing list post with a threat inside ordinary factional argument
c.add("safety", subject="Re: [ADCLP Members] AGM - the slate", sender=("Lee Hammond via ADCLP Members", "adclpmembers@googlegroups.com"),
      reply_to="lee.hammond71@outlook.com", to="adclpmembers@googlegroups.com", headers=MEMBERS_LIST,
      tags=("list", "embedded", "conditional"), body=D("""
    I'm not going to reply to every point Dennis made because frankly life's too short, but a
    few things.

    1. The slate was circulated by a group of members who are entitled to organise. That's
    politics. Nobody was "stitched up".
    2. The standing orders allow nominations from the floor at the AGM, so if people want to stand
    they can.
    3. Whoever leaked the EC minutes to the Derbyshire Times knows who they are.

    And I'll say this once. If the same people try to pack the AGM again with members who joined
    three weeks ago, there'll be people waiting for them in the car park afterwards and they won't
    be there to debate standing orders. I'm not joking and they know who I mean.

    Lee

    --
    You received this message because you are subscribed to the Google Groups "ADCLP Members" group.
    To unsubscribe from this group and stop receiving emails from it, send an email to adclpmembers+unsubscribe@googlegroups.com.
    """))

# 14 hard negative: member shares an article about abuse of candidates elsewhere
c.add("other", subject="Worth a read (upsetting)", sender=c.person("Nia", "Lloyd"),
      tags=("hard-negative", "news-about-threats"), body=D("""
    Helen,

    Saw this in the Guardian this morning - a piece about council candidates in the South West
    pulling out after being abused on the doorstep and online, one woman had her windows broken
    and a man in Cornwall was told he'd be "dealt with" if he stood again. Really grim reading.

    https://www.theguardian.example.com/politics/candidates-abuse-local-elections

    Nothing like that here thank goodness, but it made me think we should talk about how we
    support first-time candidates next May. Maybe an item for a future GC rather than anything
    urgent?

    Nia
    """))

# 15 doxxing: chair's address posted in community Facebook group
c.add("safety", subject="Graham's address on Millcross Matters", sender=("Lucy Tandy", "lucytandy@icloud.com"),
      tags=("third-party-report", "doxxing"), body=D("""
    Helen, sorry to message late.

    Someone on the Millcross Matters Facebook group (the big one, 9,000 members) has posted a
    screenshot of the Gazette story about the car park charges with Graham's name circled, and
    underneath a comment from an account called "Dales Patriot 1" giving his full home address,
    including the house name, and saying "He's in most evenings, pop round and tell him what you
    think. Lights go off about 11." It has about 40 likes and a few replies saying "on my way" with
    laughing faces.

    I've reported it to Facebook and screenshotted everything. I haven't told Graham yet because
    I don't want to frighten him at this time of night - do you want to ring him or shall I? I
    think the police should see this too.

    Lucy
    Women's Officer
    """))

# 16 quoted reply query, ordinary
c.add("query", subject="Re: GC on Thursday 20th", sender=c.person("Deepak", "Sharma"),
      tags=("quoted",), body=c.quote_reply(D("""
    Thanks Helen. Is there parking at the Stanwick centre or is it the pay and display? And do
    delegates need to bring anything - last time people had printed agendas.

    Deepak
    """), D("""
    Dear delegates,

    The next General Committee meeting will be on Thursday 20th at 7.30pm at Stanwick Community
    Centre. The agenda and last meeting's minutes will follow a week before.

    Best wishes,
    Helen Pryce
    Secretary, Ashbourne & Dale CLP
    """)))

# 17 noisy, non-native: Polish member reporting threat at the market stall
c.add("safety", subject="problem on saturday stall", sender=c.person("Tomasz", "Nowak"),
      tags=("third-party-report", "non-native", "noisy", "explicit"), body=D("""
    Hello Helen

    I want to tell you about situation on saturday on the stall in Millcross market. One man was
    coming 3 times to the stall, first he take leaflets and throw on the floor, ok this is
    normal sometimes. But third time he came very close to Agnieszka and said "you people go back
    where you come from or we will put you back in box". Then he say he know she work in the
    Co-op and he will wait for her after her shift.

    She is ok but she dont want to do the stall again. I think this is not normal politics, is
    threat. Maybe party need to know. We have photo of him from my phone but not very good.

    Thank you
    Tomasz (Millcross branch)
    """))

# 18 ordinary social notification (bulk)
c.add("bulk", subject="Ashbourne & Dale Labour, you have 12 new notifications", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"), fmt="html", tags=("social",), body="",
      html_body=social_html("facebook", "#1877f2", [
          "<b>Jean Ashcroft</b> and 8 others liked your post: &ldquo;Thanks to everyone who came to the Thornbridge coffee morning!&rdquo;",
          "<b>Stanwick Cricket Club</b> shared your event <b>Quiz Night</b>.",
          "<b>Carol Minton</b> commented: &ldquo;Lovely morning, the lemon drizzle was something else&rdquo;",
          "<a href='https://www.facebook.com/'>See all notifications</a>",
      ], "You're receiving these notifications because you manage the Page Ashbourne &amp; Dale Labour. Unsubscribe."))

# 19 HTML-only threatening message with hand-written HTML
c.add("safety", subject="ROAD CLOSURES", sender=("concerned resident", "millcrossdriver@proton.me"), fmt="html",
      tags=("html-only", "veiled", "implicit"), body="",
      html_body=D("""
    <html><body>
    <p style="font-size:18px"><b>To the Labour councillors who pushed the Market Street closures.</b></p>
    <p>Three months of gridlock, two shops shut and an ambulance stuck behind the bollards.</p>
    <p>We have photographed your cars. We know which ones are yours and where you leave them overnight.
    <span style="color:red">Next time you find them they won't be parked so nicely.</span></p>
    <p>Open the road or find out.</p>
    </body></html>
    """))

# 20 pile-on against youth officer
c.add("safety", subject="Chloe - online abuse, needs action", sender=("Callum Reid", "callum.reid@ashbournedalelabour.org.uk"),
      tags=("third-party-report", "pile-on", "harassment"), body=D("""
    Helen,

    Our youth officer Chloe (she's 19) posted a photo on X on Sunday of the vigil in Hollowell
    with a caption about a ceasefire. An account with about 200k followers quote-posted it calling
    her a "terrorist sympathiser" and since then she has had well over a thousand replies and DMs.
    A lot are the usual, but some are really nasty: several say they know which university she's at
    (they've named it correctly), one posted a picture of her halls, and a couple say they'll "see
    her on campus". Her phone number has been posted too - she thinks from an old Facebook post.

    She's deleted her account and is staying at her mum's. I've told her to keep screenshots. I've
    got a folder of about 60 of the worst ones.

    What do we need to do? Does this go to regional and the police? She's asked that it isn't
    discussed at the GC.

    Callum
    Youth & Students Officer (outgoing)
    """))

# 21 stalker turning up at surgeries (MP's office manager)
c.add("safety", subject="Recurring attender at surgeries - for CLP awareness", sender=("Martin Walsh", "martin.walsh@parliament.example.uk"),
      tags=("third-party-report", "stalking"), body=D("""
    Helen,

    I'm writing to let the CLP know about a situation we're managing, as some of your members
    volunteer as meeters-and-greeters at Tom's surgeries.

    A man who gives his name as "Stephen" has now come to the last five advice surgeries, in
    Millcross, Hollowell and Stanwick. He is not on the electoral roll in the constituency as far
    as we can tell and never books an appointment. He sits at the back and watches. At the
    Hollowell surgery he asked one of the volunteers what car Tom drives and whether he goes home
    afterwards or "back to London", and on Saturday he was seen standing by Tom's car in the car
    park after everyone else had gone.

    We have reported this to the parliamentary liaison team and the local police are aware. Until
    further notice, please could volunteers not give out any information about Tom's movements and
    make sure nobody leaves a surgery alone. I'll circulate a description separately, not by email.

    Thanks,
    Martin Walsh
    Office Manager
    """))

# 22 complaint forwarded by councillor (ordinary)
c.add("complaint", subject="FW: Bin collections Hollowell North", sender=("Dev Raman", "cllr.dev.raman@gmail.com"),
      tags=("forwarded",), body=c.forward(D("""
    FYI Helen - this is the third like this this week. I've replied to her. Might be worth the
    branch doing something on bins in the next leaflet as it's clearly what people are angry about.
    """), D("""
    Dear Councillor Raman,

    For the THIRD fortnight running the green bins on Orchard Close have not been emptied. I have
    phoned the council twice and been told it's "being looked into". We pay a fortune in council
    tax and we can't even get the bins done. I voted for you because you promised to sort out
    services. I would like an explanation of why this keeps happening and when it will be fixed.

    Yours,
    Mrs P Goodwin
    """), "Pauline Goodwin <p.goodwin44@talktalk.net>", "Bin collections"))

# 23 member on the phone - threat described (calm, procedural)
c.add("safety", subject="call on the campaign phone", sender=c.person("Simon", "Hughes"),
      tags=("third-party-report", "veiled"), body=D("""
    Hi Helen,

    For the record - I had the campaign mobile this week for the phone bank. Wednesday evening
    there was a missed call from a withheld number and a voicemail. A man, calm, local accent:
    "We know where you lot canvass on a Saturday. The Meadows. You want to be careful down there,
    there's a lot of people round here who'd like a word." Then he hung up.

    I've kept the voicemail. Could be someone winding us up but I didn't like how calm he was.
    Do you want me to send it to someone? I'm doing the Meadows session on Saturday with three
    others.

    Simon
    """))

# 24 rant about Gaza with threat in the middle
c.add("safety", also=("complaint",), subject="your MP's vote", sender=c.person("Imran", "Malik", "hotmail.co.uk"),
      tags=("embedded", "explicit", "noisy"), body=D("""
    I'm writing about Mr Ferriby and the vote on arms sales which I'm sure you've had a lot of
    emails about. I've been a member for 11 years. I helped get him elected, I spent every weekend
    in 2024 on the doors for him. And he sits on his hands while children are dying.

    I have been to two of his surgeries and got nothing. his office sends me the same letter every
    time. Honestly it's disgraceful. SOMEONE should drag him out of that office and make him
    answer for it, and if nobody else will I'm happy to be the one, I'll be at the next surgery
    and he won't be walking out of it on his own two feet. Let him see how it feels to be
    powerless for once.

    I'm also asking the CLP to put a motion to the GC about arms sales. I've seen other CLPs do
    it. Who do I send it to and what's the deadline. If you won't do even that then I'll be
    cancelling my direct debit.

    Imran
    """))

# 25 hard negative: personal safety on canvassing training invitation (from regional via Eventbrite)
c.add("bulk", subject="You're invited: Safe campaigning - personal safety on the doorstep", sender=("Eventbrite", "noreply@order.eventbrite.com"),
      headers=c.newsletter_headers("Eventbrite"), fmt="alt", tags=("hard-negative", "news-about-threats"), body=D("""
    East Midlands Labour Training has invited you to an event

    SAFE CAMPAIGNING: PERSONAL SAFETY ON THE DOORSTEP
    Saturday 17 January, 10:30 - 12:30
    Online (Zoom link sent on registration)

    Every campaigner deserves to come home safe. This session covers planning canvassing sessions
    in pairs, what to do if a door turns hostile, dogs, lone working, reporting incidents of abuse
    or threats, and looking after each other after a difficult session. Suitable for branch
    organisers, candidates and anyone who leads a team on the doors.

    [Register]

    This email was sent by Eventbrite on behalf of East Midlands Labour Training.
    Eventbrite, 535 Mission Street, San Francisco, CA 94105
    """))

# 26 forwarded without any note: threat to councillor via email
c.add("safety", subject="Fwd: Care home closure", sender=("Dev Raman", "cllr.dev.raman@gmail.com"),
      tags=("forwarded", "explicit"), body=c.forward("", D("""
    Raman,

    You and your mates voted to shut Oakfield and my dad has to move 30 miles away at 91. He won't
    last the winter. If he dies I'm coming for you. I'm not hard to find and neither are you.
    """), "Stuart B <stu.b.1968@gmail.com>", "Care home closure"))

# 27 ordinary webform complaint about leaflets
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="h.marchbank@btinternet.com", tags=("webform",), body=c.webform({
          "Name": "Hugh Marchbank",
          "Email": "h.marchbank@btinternet.com",
          "Subject": "Leaflets",
          "Message": ("There is a sign on my door saying NO LEAFLETS. Your people have now ignored it three times. "
                      "I don't care which party it is, it's rude, and frankly it makes me less likely to vote for you. "
                      "Please make sure Beech Drive no 12 is taken off whatever list your deliverers use."),
      }))

# 28 HTML-only with threat at the end of an otherwise normal complaint letter (Outlook style)
c.add("safety", subject="Planning application 24/0713 - Hollowell Fields", sender=("Gerald Hamer", "gerald.hamer@hamerfarms.example.co.uk"), fmt="html",
      tags=("html-only", "embedded", "conditional"), body="", html_body=D("""
    <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
    <body lang="EN-GB"><div class="WordSection1">
    <p class="MsoNormal">Dear Secretary,</p><p class="MsoNormal">&nbsp;</p>
    <p class="MsoNormal">I write regarding the Labour group's support for the housing allocation on Hollowell Fields, land my family has farmed under tenancy since 1951.</p>
    <p class="MsoNormal">&nbsp;</p>
    <p class="MsoNormal">I have set out my objections to the planning committee in full and I attach nothing further here. I will simply say that the consultation was a sham, that the flood risk assessment was written by the developer, and that not one of your councillors came to see the site.</p>
    <p class="MsoNormal">&nbsp;</p>
    <p class="MsoNormal">If the committee approves this on the 9th, I would advise your councillors not to come anywhere near Hollowell Fields or the farm lane again. There are a lot of men round here with a lot of time and a lot of machinery, and accidents happen on narrow lanes.</p>
    <p class="MsoNormal">&nbsp;</p>
    <p class="MsoNormal">Yours faithfully,</p>
    <p class="MsoNormal">G. Hamer</p>
    </div></body></html>
    """))

# 29 suspicious item at venue, caretaker
c.add("safety", subject="Bag left at Stanwick centre after your meeting", sender=("Stanwick Community Centre", "bookings.stanwickcc@outlook.com"),
      tags=("third-party-report", "suspicious-item"), body=D("""
    Hello,

    This is Ray, caretaker at Stanwick Community Centre. When I locked up after your group's
    meeting last night (main hall, 7-9.30pm) I found a black holdall pushed right under the
    stage at the front, zipped and padlocked, quite heavy. It wasn't there when I set the hall up
    at 6.30. Nobody has rung to claim it. There's a piece of paper taped to it with "LABOUR
    TRAITORS" written on it in marker.

    I've not touched it. I've kept the hall locked and phoned the police non-emergency number
    and they're sending someone this morning. Can you ask your members if any of them left a bag?
    I've had to cancel the toddler group.

    Ray Bostock
    Caretaker
    """))

# 30 ordinary list post (bulk): minutes circulated
c.add("bulk", subject="[ADCLP Members] Minutes of the October all-members meeting", sender=("Helen Pryce via ADCLP Members", "adclpmembers@googlegroups.com"),
      to="adclpmembers@googlegroups.com", headers=MEMBERS_LIST, tags=("list",), body=D("""
    Dear members,

    Draft minutes of the all-members meeting on 21 October are below and will be taken for
    approval at the next meeting.

    Present: 34 members. Apologies: 11.
    1. Welcome from the chair.
    2. Guest speaker: Cllr Dev Raman on the county budget. Q&A covered the care home closures,
    home-to-school transport and the libraries review.
    3. Campaign update: 2,400 doors knocked since September. Thank you all.
    4. Fundraising: the quiz raised £412.
    5. AOB: the Christmas social will be on 13 December at the Royal Oak, Millcross.

    Helen Pryce
    Secretary

    --
    You received this message because you are subscribed to the Google Groups "ADCLP Members" group.
    To unsubscribe from this group and stop receiving emails from it, send an email to adclpmembers+unsubscribe@googlegroups.com.
    """))

# 31 threat in forwarded message with staffer note, veiled about daily routine
c.add("safety", subject="FW: letter received - please log", sender=("Joanne Hart", "joanne.hart@parliament.example.uk"),
      tags=("forwarded", "third-party-report", "implicit"), body=c.forward(D("""
    Helen - we've logged this with the police and parliamentary security already. Passing to you
    because it mentions Graham as well as Tom and I think Graham should be told by someone he
    knows. Nothing needed from the CLP beyond that.

    Jo
    """), D("""
    Ferriby, and your friend Lowe.

    You both walk the same way every morning. Ferriby from the station at 7.52 past the Co-op.
    Lowe with the spaniel round the rec before eight. Very regular, the pair of you. People
    notice that kind of thing.

    You know what this is about.
    """), "no name <x9x9x9x9@mailfence.example.com>", "morning walks"))

# 32 hard negative: debate on members list about online abuse policy
c.add("bulk", subject="Re: [ADCLP Members] Social media code of conduct?", sender=("Owen Griffiths via ADCLP Members", "adclpmembers@googlegroups.com"),
      reply_to="owengriffiths@gmail.com", to="adclpmembers@googlegroups.com", headers=MEMBERS_LIST,
      tags=("hard-negative", "news-about-threats", "list"), body=D("""
    I take Sharon's point that the party has a national code and we shouldn't reinvent it. But I
    don't think that answers the question. The research the LGA did found that most councillors
    who get threats get them first on Facebook community groups, not on X, and those are exactly
    the places our own members are arguing with each other in public. If we want to be taken
    seriously when we say abuse of councillors is unacceptable, we have to hold ourselves to the
    same standard - which means not piling on to the Tory councillor in Thornbridge either,
    however daft his posts are.

    I'd support a short local guidance note (one side of A4) that points to the national code and
    to where people report abuse. I'm happy to draft it with anyone who's interested.

    Owen

    On Tue, Sharon Bell wrote:
    > We're a CLP, not a social media regulator. There's already a national code of conduct.
    > Let's spend our energy on the doors.

    --
    You received this message because you are subscribed to the Google Groups "ADCLP Members" group.
    """))

# 33 webform threat, noisy, all caps
c.add("safety", subject="Website enquiry", sender=c.form_robot(), reply_to="no-reply-given@none.example",
      tags=("webform", "explicit", "noisy"), body=c.webform({
          "Name": "NONE OF YOUR BUSINESS",
          "Email": "no-reply-given@none.example",
          "Phone": "",
          "Message": "YOUR COUNCILLORS BETTER WATCH THERE BACKS. THE MIGRANT HOTEL IN THORNBRIDGE IS A DISGRACE AND IF IT DONT CLOSE BY CHRISTMAS WE WILL BURN IT AND THEM WITH IT. WE NO WHERE SHERWOOD AND RAMAN LIVE. LAST WARNING",
      }, form="Contact your councillor"))

# 34 follow after canvass session: member report, rambling
c.add("safety", subject="Saturday on the Meadows", sender=c.person("Gemma", "Fletcher"),
      tags=("third-party-report", "following"), body=D("""
    Hi Helen, hope you had a nice weekend.

    I wasn't going to write this because I didn't want to make a fuss but my husband said I
    should, so. On Saturday I was canvassing on the Meadows estate with Pat. Most doors were
    fine, a few grumbles about the bins. At Larch Close a man came out of the house at no. 9
    and asked what we were doing, said he wasn't interested, fine. But then he walked behind us
    for the next three streets. Every time we knocked a door he'd stand at the end of the path
    and stare. When we went back to Pat's car he stood in front of it and wrote down the number
    plate and said "I'll remember you two". Then he said he knew Pat's face from the paper and
    knew which end of Stanwick she lives.

    We didn't finish the session. Pat is saying she's fine but she went very quiet. I'm not sure
    if this is something the party needs to know about or not, but I'd rather someone knew. We've
    marked the house on the canvass sheet as don't-knock.

    Gemma
    """))

# 35 ordinary quoted reply: apologies (procedural)
c.add("procedural", subject="Re: GC agenda and papers", sender=c.person("Rosa", "Campbell"),
      tags=("quoted",), body=c.quote_reply(D("""
    Helen - apologies from me for Thursday please, I'm on a late shift. Could you also record
    apologies from Ian Stewart (Hollowell branch), he asked me to pass it on as his email's down.

    Rosa
    """), D("""
    Dear GC delegates,

    Please find attached the agenda for Thursday's General Committee together with the minutes of
    the last meeting, the treasurer's report and the two motions received (on the care home
    closures and on local bus services).

    Apologies to me by Wednesday evening please.

    Helen
    """), style="outlook"))

# 36 children's school posted online
c.add("safety", subject="Photos of Dev's kids - Telegram", sender=("Anita Sherwood", "anita.sherwood62@gmail.com"),
      tags=("third-party-report", "doxxing", "implicit"), body=D("""
    Helen,

    I'm sorry to bring this to you but I don't know who else. A Telegram channel that a lot of the
    anti-LTN people are in ("Dales Drivers Unite") has posted a photo of Dev's two children
    walking into St Oswald's primary with their mum, taken from across the road. The caption says
    "Cllr Raman's little ones. Nice school. He should spend more time with them while he can."

    Dev doesn't know yet - I only saw it because a friend sent it to me. I've saved it. I think the
    school will need to know as well. Can you call me when you get this, I'm free all evening.

    Anita
    """))

# 37 X/Twitter notification with a threat in a reply
c.add("safety", subject="@dales_pride replied to you", sender=("X", "notify@x.com"), headers=c.newsletter_headers("X"),
      tags=("social", "explicit"), body=D("""
    @dales_pride replied to your post

    @AshDaleLabour "Great to meet so many residents at Tom's Hollowell surgery today!"

    @dales_pride: great to know where he'll be next Saturday too. bring a helmet tom

    Reply   Repost   Like

    You're receiving this email because of your notification settings. Unsubscribe.
    X Corp. 865 FM 1209, Building 2, Bastrop, TX 78602
    """))

# 38 ordinary HTML-only newsletter (bulk)
c.add("bulk", subject="LWN Network News: nominations open for our mentoring scheme", sender=("Labour Women's Network", "news@lwn.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html", tags=("html-only",), body="", html_body=D("""
    <html><body style="font-family:Georgia,serif;background:#fff5f8">
    <table width="600" align="center"><tr><td style="background:#c8102e;color:white;padding:20px;font-size:24px">Network News</td></tr>
    <tr><td style="padding:16px">
    <h2>Our mentoring scheme is open</h2>
    <p>Thinking of standing for council in 2027? Our six-month mentoring programme pairs you with an experienced councillor or parliamentarian. Applications close on 15 January.</p>
    <h2>Regional meet-ups</h2>
    <p>Join us for mince pies and conversation in Nottingham (6 Dec), Leicester (7 Dec) and Derby (13 Dec).</p>
    <p><a href="https://lwn.example.org.uk/mentoring" style="background:#c8102e;color:#fff;padding:10px 16px;text-decoration:none">Apply now</a></p>
    </td></tr>
    <tr><td style="font-size:11px;color:#888;padding:16px">You are receiving this as a supporter of Labour Women's Network. <a href="#">Unsubscribe</a></td></tr></table>
    </body></html>
    """))

# 39 pile-on coordinated via a local forum, reported by councillor (short, matter of fact)
c.add("safety", subject="Nextdoor", sender=("Peter Ashworth", "peterashworth.thornbridge@gmail.com"),
      tags=("third-party-report", "pile-on", "harassment"), body=D("""
    Helen

    Since the bypass vote a post on Nextdoor Thornbridge has been getting people to "flood" my
    phone and email. I've had 200+ calls since Friday, some just breathing, some shouting, three
    saying they'll be at my door. My wife answered one. My number and email are public as a
    councillor so I can't really change them. Someone has also started turning up at the parish
    council meetings to film me.

    Screenshots attached. Just want it on record. Not asking for anything yet.

    P
    """))

# 40 hard negative: council notice about a bomb-disposal exercise
c.add("bulk", subject="Community alert: planned explosives disposal exercise, Millcross Quarry", sender=("Derbyshire Dales Council Alerts", "alerts@derbyshiredales-council.example.gov.uk"),
      headers=c.newsletter_headers("GovDelivery"), tags=("hard-negative", "benign-violent-word"), body=D("""
    COMMUNITY ALERT - MILLCROSS & FENBY

    The Army's explosive ordnance disposal team will carry out a planned training exercise at
    Millcross Quarry on Wednesday 3 December between 10am and 3pm. Residents may hear a small
    number of controlled explosions during this time. There is no risk to the public.

    Quarry Lane will be closed between the A5012 junction and Fenby Bridge for the duration.
    The footpath to Fenby Wood will also be closed.

    If you have questions please contact the council's emergency planning team on 01629 000000.

    You are subscribed to: Road closures; Community safety - Millcross & Fenby.
    Manage your subscriptions or unsubscribe at any time.
    """))

# 41 quoted reply: councillor asks if quoted message should go to police
c.add("safety", subject="Re: Hollowell North newsletter", sender=("Dev Raman", "cllr.dev.raman@gmail.com"),
      tags=("quoted", "third-party-report", "conditional"), body=c.quote_reply(D("""
    Helen - is this one for the police or am I overreacting? He's replied to the ward newsletter
    email so he's on our mailing list somehow. I'd rather not reply.

    Dev
    """), D("""
    Got your "newsletter". Very nice. Lots of smiling pictures of you at the school fair.

    You'd better get that traffic calming sorted on Orchard Road before winter, because if one
    more kid gets clipped by a car outside that school I'll be holding you personally responsible,
    and I know which school your two go to. Don't make me spell it out.
    """), quoted_from="M Kelsall <mk.hollowell@gmail.com>"))

# 42 ordinary forwarded: member forwards MP office message asking question
c.add("query", subject="Fwd: Surgery dates", sender=c.person("Irene", "Cooper", "btinternet.com"),
      tags=("forwarded",), body=c.forward(D("""
    Helen dear, I had this from Tom's office but it doesn't say whether the Thornbridge one is in
    the church hall or the school this time. My neighbour wants to go about her son's EHCP. Do you
    know? Thank you. Irene
    """), D("""
    Dear Mrs Cooper,

    Thank you for contacting Tom Ferriby MP. Tom's advice surgeries in December are:
    Millcross Library - Saturday 6th, 10am-12pm
    Thornbridge - Friday 12th, 4-6pm
    Hollowell - Saturday 20th, 10am-12pm

    Appointments are recommended. Please reply to this email to book.

    Kind regards
    Office of Tom Ferriby MP
    """), "Office of Tom Ferriby MP <tom.ferriby.mp@parliament.example.uk>", "Surgery dates"))

# 43 wish harm while denying threat, in a long-ish polite email
c.add("safety", subject="A few thoughts after the hustings", sender=c.person("Valerie", "Haddon", "btinternet.com"),
      tags=("embedded", "wish-harm"), body=D("""
    Dear Mrs Pryce,

    Thank you for organising the hustings at St Oswald's last week. The hall was warm, the tea was
    good and the chairing was fair, which is more than I can say for some events I've been to.

    I do want to say something about your candidate for the Hollowell seat, Ms Tandy. I found her
    dismissive and rather rude when I asked about the green belt. She laughed. People noticed.

    I'm a Christian woman and I'd never wish anybody ill. But I'll tell you honestly that if that
    young woman walked out in front of a lorry on the Ashbourne road tomorrow I wouldn't shed a
    tear, and I know a great many people in this village who feel the same and are less
    Christian than me about it. She ought to be careful who she laughs at.

    Yours sincerely,
    Valerie Haddon (Mrs)
    """))

# 44 ordinary bulk: Instagram notification
c.add("bulk", subject="ashdalelabour, you have new followers", sender=("Instagram", "no-reply@mail.instagram.com"),
      fmt="html", tags=("social",), body="", html_body=social_html("Instagram", "#c13584", [
          "<b>stanwick_walkers</b>, <b>millcross.bakehouse</b> and 3 others started following you.",
          "<b>hollowell_wi</b> liked your photo.",
          "<a href='https://instagram.com'>Open Instagram</a>",
      ], "This message was sent to secretary@ashbournedalelabour.org.uk. Not you? Remove your email from this account."))

# 45 non-native Romanian member forwards a message received via WhatsApp (described)
c.add("safety", subject="message to my phone after leafleting", sender=c.person("Ioana", "Popescu"),
      tags=("third-party-report", "non-native", "noisy", "explicit"), body=D("""
    Hi Helen,

    Sorry to disturb you. After I deliver leaflets on Brook street on tuesday I receive message
    on whatsapp from number I dont know. I copy here exactly:

    "saw you putting labour rubbish through doors on brook st. we know your face and your
    address is on the leaflet you stupid romanian. next time we see you round here you will be
    going home in pieces"

    My address is not on leaflet, only the office address. I dont know how they have my number.
    I block it but I am scared to go again. My husband say to call police. What I should do? Is
    it ok to tell party?

    Ioana
    """))

# 46 hard negative: quoted reply about past security scheme (other)
c.add("other", subject="Re: Councillor security survey", sender=("Peter Ashworth", "peterashworth.thornbridge@gmail.com"),
      tags=("hard-negative", "news-about-threats", "quoted"), body=c.quote_reply(D("""
    Thanks Helen. Yes, filled it in. For what it's worth I had the doorbell camera fitted under the
    council scheme in the summer, mainly because Jean wanted one. The police officer who came out
    was very good and it's given us both peace of mind. Happy to tell any new councillors what
    it's like if that helps.

    Peter
    """), D("""
    Dear councillors,

    Regional office has asked every CLP to check councillors know about the updated security
    scheme and to return a short survey (link below) by the end of the month. It asks whether you
    have had a security assessment, whether you'd like one, and how you'd prefer to report abuse.
    It's confidential and goes only to the regional safeguarding lead.

    Thanks, Helen
    """)))

# 47 member reports that someone is photographing people at branch meetings
c.add("safety", subject="man with camera again", sender=c.person("Pat", "Moore", "hotmail.co.uk"),
      tags=("third-party-report", "following", "harassment", "noisy"), body=D("""
    helen

    that man was outside the library again last night when we came out of the branch meeting.
    thats the third time now. he had a proper camera this time and was taking pictures of every
    one coming out, faces, cars, number plates. when jack asked him what he was doing he said
    "keeping a record of the traitors, you'll all be on the list". then he followed jacks car
    out of the car park on his bike as far as the roundabout

    not sure what to do. i have his picture. pat
    """))

# 48 ordinary quoted reply query (change of address)
c.add("query", subject="Re: Membership renewal", sender=c.person("Hazel", "Turner", "outlook.com"),
      tags=("quoted",), body=c.quote_reply(D("""
    Hi,

    I've moved from Millcross to Thornbridge (14 Dale View, DE6 4RP) - does that mean I change
    branch as well? Do I update it on Membersnet or do you do it? Sorry if silly question.

    Hazel
    """), D("""
    Hi Hazel,

    Just a friendly reminder that your membership is due for renewal at the end of the month. You
    can renew online or by direct debit.

    Thanks,
    Helen
    """)))

# 49 suspicious item: white powder letter at councillor's home (councillor describes, frightened)
c.add("safety", subject="letter with powder", sender=("Anita Sherwood", "anita.sherwood62@gmail.com"),
      tags=("third-party-report", "suspicious-item"), body=D("""
    Helen I'm at my sister's. An envelope came to the house this morning addressed to me as
    Councillor, handwritten. When I opened it a white powder came out over the kitchen table and
    there was a card that said "breathe deep". I did what the police said on the phone - closed the
    door, washed my hands, left. Fire brigade and police there now. They say it's probably flour or
    talc but they're testing it.

    I can't do the surgery Saturday. Can you find someone to cover or cancel it. I'm alright, just
    shaky. Will ring later.

    A x
    """))

# 50 webform ordinary - data protection (how did you get my number)
c.add("data-protection", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="s.bhatti.dales@gmail.com", tags=("webform", "confuser", "dp-no-legal-words"), body=c.webform({
          "Name": "Sana Bhatti",
          "Email": "s.bhatti.dales@gmail.com",
          "Subject": "Text messages",
          "Message": ("I keep getting texts from 'Tom Ferriby's team' asking if I'll vote Labour. I have never given "
                      "my mobile number to the Labour Party or to Tom Ferriby. Where did you get it from? I want it "
                      "deleted and I want to know what else you have on me."),
      }))

# 51 mailing list post (women's forum) with threat forwarded by list member as third-party
c.add("safety", subject="[Millcross Branch] Please read - be careful on Brook St", sender=c.person("Jacqueline", "Wright"),
      to="millcrossbranch@lists.ashbournedalelabour.org.uk", headers=BRANCH_LIST,
      tags=("list", "third-party-report", "implicit"), body=D("""
    Dear all,

    I'm posting here so everyone delivering in Millcross knows. Ioana had a threatening message
    after leafleting on Brook Street this week (Helen knows and it's being dealt with). Then
    yesterday there was a note pinned to the lamppost at the corner of Brook St and Mill Lane:
    "LABOUR LEAFLETERS - WE ARE WATCHING. YOU WILL BE SEEN OFF." with a crude drawing of a rosette.
    I've taken it down and kept it.

    Please, until further notice: nobody delivers on Brook St, Mill Lane or Tanner's Row alone.
    Pair up, tell someone where you're going, and if anyone approaches you just walk away.

    Jacqueline
    Millcross branch chair

    _______________________________________________
    Millcross Branch mailing list
    To unsubscribe send an email to millcrossbranch-leave@lists.ashbournedalelabour.org.uk
    """))

# 52 threat after polite opening - looks like a volunteering enquiry
c.add("safety", subject="Volunteering", sender=c.person("Jason", "Kerr", "gmail.com"),
      tags=("embedded", "veiled", "implicit"), body=D("""
    Hi there,

    I'd like to volunteer with the campaign in Stanwick. I've got a car and I'm free most evenings
    and weekends. I'd be especially keen to help out wherever Councillor Tandy is canvassing,
    I've been following her for a while now and I'd love to get to know her better. I already know
    her road and that she does the school run at 8.30, so I can always meet her there if that's
    easier than the office.

    Let me know.
    Jason
    """))

# 53 hard negative: GC motion condemning abuse (procedural)
c.add("procedural", subject="Motion for GC - abuse of local councillors", sender=c.person("Owen", "Griffiths"),
      tags=("hard-negative", "news-about-threats"), body=D("""
    Dear Helen,

    Please find below a motion from Thornbridge branch for the next General Committee. It was
    passed at our branch meeting on 4 November (proposer: Owen Griffiths, seconder: Irene Cooper).

    "This CLP notes the findings of the recent national survey that seven in ten councillors
    have experienced abuse or intimidation, and that many women and ethnic-minority councillors
    have considered standing down as a result. This CLP believes that no one should face threats
    for standing for public office. This CLP resolves: to ask the EC to draw up a short local
    guide for candidates on reporting abuse; to ensure every candidate has a named contact; and to
    write to the county council supporting its review of councillor safety."

    Please let me know if it needs any changes to meet the standing orders.

    Best,
    Owen
    """))

# 54 forwarded chain - threat in a forward of a forward, brief staffer note
c.add("safety", subject="Fw: Fw: Tom's visit to Hollowell Academy", sender=("Martin Walsh", "martin.walsh@parliament.example.uk"),
      tags=("forwarded", "third-party-report", "conditional"), body=c.forward(D("""
    Helen - see below. The head teacher forwarded this to us. We've postponed the visit and
    police are aware. Flagging only because the branch had been asked to help with the photo.
    """), D("""
    ---------- Forwarded message ---------
    From: Hollowell Academy Office <office@hollowellacademy.example.sch.uk>
    Subject: Fw: Tom's visit to Hollowell Academy

    Dear Mr Walsh, we received the message below via our parents' email address this morning.

    > If that MP sets foot in our kids' school next week there will be a welcome party at the
    > gates he won't forget. We know the date. Cancel it or we'll cancel it for you.
    """), "Mrs L Brennan <head@hollowellacademy.example.sch.uk>", "Fw: Tom's visit to Hollowell Academy"))

# 55 ordinary forwarded complaint
c.add("complaint", subject="Fwd: Carers' hub closure", sender=c.person("Sandra", "Evans"),
      tags=("forwarded",), body=c.forward(D("""
    Helen, please can this go on the next GC agenda as a complaint from members? Forwarding what I
    sent to the council because I've had no reply and I'm furious. We are supposed to be the party
    of carers.
    """), D("""
    To the Cabinet Member for Adult Social Care,

    I was told on Friday, by a handwritten notice on the door, that the Millcross carers' hub is
    closing at Christmas. No consultation, no letter, nothing. Forty carers use that hub every
    week. I want to know who made this decision, when, and why carers were not asked.

    Sandra Evans
    """), "Sandra Evans <sandra.evans@live.co.uk>", "Carers' hub closure"))

# 56 noisy spaced threat in a short rant email
c.add("safety", subject="you lot", sender=("dale lad", "dalelad1988@outlook.com"),
      tags=("explicit", "noisy", "embedded"), body=D("""
    raised my rent again, council houses falling to bits, damp in my sons room for 2 yrs and
    labour councillors sat there smiling in the paper. someones gonna k i l l one of them one day
    and ill be stood there clapping. might even help. tell ashworth hes first
    """))

# 57 ordinary: list post about bake sale (bulk)
c.add("bulk", subject="[ADCLP Members] Christmas social - raffle prizes wanted", sender=("Maxine Ford via ADCLP Members", "adclpmembers@googlegroups.com"),
      reply_to="maxine.ford@btinternet.com", to="adclpmembers@googlegroups.com", headers=MEMBERS_LIST, tags=("list",), body=D("""
    Hello everyone!

    The Christmas social is on 13 December at the Royal Oak (upstairs room, from 7). Tickets £8
    including a buffet - pay me on the night or by bank transfer (details on request).

    We're after raffle prizes. Bottles, hampers, vouchers, home-made anything. Last year somebody
    donated a knitted Keir Starmer and it went for £35, so the bar is high.

    Max (Treasurer)

    --
    You received this message because you are subscribed to the Google Groups "ADCLP Members" group.
    """))

# 58 doxxing with intimidation in a leaflet pushed through doors, reported by a member
c.add("safety", subject="leaflet going round Stanwick about Lucy", sender=c.person("Colin", "Ward"),
      tags=("third-party-report", "doxxing", "harassment"), body=D("""
    Helen,

    A leaflet has gone through doors on at least three streets in Stanwick overnight (mine
    included). Photocopied, A5. It has a photo of Lucy Tandy, her home address, her mobile number
    and the name of the nursery where she works, under the heading "YOUR LABOUR CANDIDATE - GO AND
    ASK HER WHY". At the bottom it says "She can't hide from all of us."

    I've got two copies. Lucy doesn't know yet, I don't think. This is beyond politics. What do
    you want me to do with them - police?

    Colin Ward
    Stanwick branch
    """))

# 59 social: YouTube comment notification, veiled threat
c.add("safety", subject="New comment on \"Tom Ferriby MP - Hollowell town hall meeting\"", sender=("YouTube", "noreply@youtube.com"),
      headers=c.newsletter_headers("YouTube"), fmt="alt", tags=("social", "veiled"), body=D("""
    AshDaleLabour, there's a new comment on your video

    Tom Ferriby MP - Hollowell town hall meeting

    @truthdales2026 · just now
    Enjoyed watching this. Noted the exits, noted where he parks, noted that nobody checks bags
    at the door. Next time will be a proper Q&A.

    REPLY

    You received this email because of your notification preferences for this channel.
    Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
    """))

# 60 ordinary query (webform, access needs)
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="m.lindqvist@gmail.com", tags=("webform",), body=c.webform({
          "Name": "Margaret Lindqvist",
          "Email": "m.lindqvist@gmail.com",
          "Subject": "wheelchair access",
          "Message": "Is the upstairs room at the Royal Oak accessible? I'd like to come to the Christmas social but I use a wheelchair. If not could you let me know which events are on the ground floor.",
      }))

# 61 rant with conditional threat midway, about selection (internal)
c.add("safety", also=("complaint",), subject="selection", sender=c.person("Dennis", "Holt", "yahoo.co.uk"),
      tags=("embedded", "conditional"), body=D("""
    Helen,

    I'm sending this to you as secretary because I've given up on the chair.

    The shortlisting for Hollowell was a stitch-up from start to finish. Three of us applied who've
    been councillors or branch officers for years. The panel interviewed us for fifteen minutes
    each and then shortlisted a woman who joined eighteen months ago and happens to be best mates
    with half the EC. Nobody can tell me the scoring criteria. I asked for the panel's notes and
    was told they'd been "disposed of".

    I'll tell you straight: if that shortlist stands, the next EC meeting won't go ahead, because
    I'll be at the door and whoever walks in will have to go through me, and some of them won't be
    walking out again. I've been in this party longer than most of them have been alive.

    I want the shortlisting reviewed and I want it done by regional, not by the people who did it.
    I'm also copying this to my solicitor.

    Dennis Holt
    """))

# 62 hard negative: webform from researcher about abuse of councillors (query)
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="r.okeke@derby-uni.example.ac.uk", tags=("hard-negative", "news-about-threats", "webform"), body=c.webform({
          "Name": "Dr Rachel Okeke",
          "Email": "r.okeke@derby-uni.example.ac.uk",
          "Organisation": "University of Derby (example)",
          "Subject": "Research interview request",
          "Message": D("""
              I'm leading a small study on the abuse and threats faced by local party officers and
              councillors in rural areas, funded by a research council. We'd like to interview
              volunteers from a few CLPs about how abuse is reported and handled - all anonymised,
              about 45 minutes online. Would your secretary or chair be willing to take part, or
              pass this on? Ethics approval and an information sheet are available."""),
      }))

# 63 security guard at venue reports man asking questions about MP
c.add("safety", subject="Incident report - Hollowell Town Hall 28/11", sender=("Hollowell Town Council", "townclerk@hollowell-tc.example.gov.uk"),
      tags=("third-party-report", "stalking", "implicit"), body=D("""
    Dear Ms Pryce,

    INCIDENT REPORT - for your information as hirer

    Event: Labour Party public meeting, Main Hall, 28 November, 7pm-9pm.

    At approx 6.15pm, before the event, a man asked our duty officer which entrance "the MP's
    people" use and whether the MP arrives by car or is dropped off. He then asked what time the
    hall had to be cleared. When told we couldn't discuss that, he said "not to worry, I'll see him
    out". He was later seen sitting in a van in the rear car park with the engine running from
    8.45 until the MP's party left at 9.20, and then drove out immediately behind them.

    Our officer noted the van as a white Transit with a ladder rack. We have CCTV and will retain
    it. We recommend you report this to the police if you haven't already.

    Town Clerk
    Hollowell Town Council
    """))

# 64 ordinary bulk: Facebook group digest
c.add("bulk", subject="Updates from Millcross Matters and 3 other groups", sender=("Facebook", "groupupdates@facebookmail.com"),
      tags=("social", "confuser", "robot-no-list-headers"), body=D("""
    Millcross Matters
    Dawn Ellis posted: Anyone know what's happening with the old bank building on Market Street?
    23 comments

    Stanwick Community Noticeboard
    Gary Platt posted: Lost cat, ginger tom, answers to Biscuit, near the rec.
    41 comments

    Thornbridge Village Life
    Helen Pryce was mentioned: "Thanks to Helen for organising the litter pick"

    See all updates

    This message was sent to secretary@ashbournedalelabour.org.uk. To stop receiving these emails, unsubscribe.
    Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
    """))

# 65 Punjabi-speaking member relays a threat to a councillor outside the gurdwara (non-native)
c.add("safety", subject="Cllr Raman - man at the gurdwara gate", sender=c.person("Harpreet", "Kaur"),
      tags=("third-party-report", "non-native", "noisy", "following"), body=D("""
    Sat Sri Akal Helen ji,

    I am writing for my uncle who is not good with email. Sunday after the langar, one man was
    waiting by gurdwara gate and when Dev (Cllr Raman) come out he walk very close behind him to
    his car and say many bad things about the council and the "foreigners running it". He say
    "we know your house, we know your car, your time is coming". Uncle was with Dev and heard all.
    Dev said not to make big thing but uncle is worried and want the party to know officially.

    The man is maybe 40, bald, black jacket. He was there also last Sunday uncle think.

    Thank you,
    Harpreet Kaur (Hollowell branch)
    """))

# 66 hard negative social notification: shared article about survey
c.add("bulk", subject="Graham Lowe shared a link in Ashbourne & Dale Labour Members", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"), fmt="html", tags=("hard-negative", "news-about-threats", "social"), body="",
      html_body=social_html("facebook", "#1877f2", [
          "<b>Graham Lowe</b> shared a link in <b>Ashbourne &amp; Dale Labour Members</b>:",
          "&ldquo;Worth everyone reading before the campaign starts - local government survey finds abuse and threats against councillors at record level.&rdquo;",
          "<i>LocalGov News &middot; 'It's relentless': seven in ten councillors report abuse</i>",
          "<a href='https://www.facebook.com/'>View post</a>",
      ], "You're receiving this because you're a member of Ashbourne &amp; Dale Labour Members. Unsubscribe."))

c.write()
