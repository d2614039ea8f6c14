# train_tb4: threats embedded in other mail and third-party reports, plus look-alike
# non-safety mail in the same shapes. Hatherley CLP (secretary Priya Nair), an urban
# English seat. Fictional world: MP Daniel Osei; wards Priory Park, Kingsmead, Foundry Lane,
# Hatherley Central, Brookfields; councillors Rukhsana Akhtar, Mike Tranter, Jas Sandhu,
# Bernadette Quinn; chair Leon Whyte; vice-chair Phil Reardon; treasurer Shabana Hussain;
# youth officer Kai Thompson; office at 22 Market Parade; Trades Hall; Kingsmead Community Centre.
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tb4", seed=1204)


def D(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def app_html(brand, colour, paras, footer):
    """Hand-written app-notification text in a minimal HTML template."""
    ps = "".join(f'<p style="margin:10px 0">{p}</p>' for p in paras)
    return (f'<html><head><meta name="viewport" content="width=device-width"></head>'
            f'<body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124">'
            f'<table role="presentation" width="100%"><tr><td align="center"><table width="520">'
            f'<tr><td style="color:{colour};font-size:20px;font-weight:bold;padding:8px 0">{brand}</td></tr>'
            f'<tr><td>{ps}</td></tr><tr><td style="color:#5f6368;font-size:11px;padding-top:16px">{footer}</td></tr>'
            f'</table></td></tr></table></body></html>')


HL = c.list_headers("Hatherley Labour Members", domain="lists.hatherleylabour.org.uk")
FORUM = c.list_headers("Hatherley Community Forum", domain="groups.io", precedence=False)
BAME = c.list_headers("West Midlands Labour BAME Network", domain="googlegroups.com", precedence=False)

# 1 polite membership question, then veiled threat
c.add("safety", subject="renewing membership", sender=c.person("Wayne", "Gorman", "hotmail.co.uk"),
      tags=("embedded", "veiled"), body=D("""
    Dear Priya,

    Hope you're well. My membership lapsed in the summer when I changed banks. Can I just rejoin
    on the website or do I have to go through the branch? I want to be able to vote at the
    Kingsmead selection meeting.

    Also, please let Mike Tranter know I'll be at his ward surgery on Friday with my cousins.
    We've got a lot to say about the bin depot and he won't enjoy hearing it. He'll remember
    the last time.

    Cheers
    Wayne
    """))

# 2 rant about council tax / section 114 with threat mid-way
c.add("safety", subject="10% council tax rise", sender=c.person("Lorraine", "Pickard", "yahoo.co.uk"),
      tags=("embedded", "explicit", "noisy"), body=D("""
    I want to know how a Labour council manages to go BANKRUPT and then put our council tax up
    10% while shutting the libraries, the youth clubs and the tip on a Sunday. You had one job.
    Ten years in charge and you've run this town into the ground.

    My mum is 79 on a state pension and her council tax is going up by nearly £200. Meanwhile
    Councillor Quinn is on the front of the Express and Star smiling about "difficult decisions".
    Someone ought to string her up from the Market Parade clock and I know which road she lives
    on, and so do a lot of people. Let her come out and explain herself.

    And don't give me the "Tory austerity" line. I've heard it. I want to know what the Labour
    group is actually going to do and whether any councillor is going to resign over it.

    Lorraine Pickard
    Brookfields
    """))

# 3 rant about Gaza with a veiled threat about the iftar
c.add("safety", also=("complaint",), subject="Daniel Osei and the ceasefire vote", sender=c.person("Tariq", "Mahmood", "gmail.com"),
      tags=("embedded", "veiled", "conditional"), body=D("""
    Priya,

    I have been a Labour member for 14 years. My father was a Labour councillor in this town. I
    have knocked on doors for Daniel Osei in two elections. And he abstained. He abstained while
    hospitals were bombed.

    Do not send me the standard letter about "working behind the scenes". I have three copies.

    I hear he is planning to attend the community iftar at the Kingsmead centre. I would advise
    him not to. People are very angry, and not everyone there will want to talk. If he walks in
    there it will be his choice and whatever happens to him afterwards will be on him, not on us.

    I am resigning my membership effective today.

    Tariq Mahmood
    """))

# 4 rant about asylum hotel with threat against a councillor
c.add("safety", subject="the hotel on Foundry Lane", sender=("Hatherley Lad", "hatherleylad77@gmail.com"),
      tags=("embedded", "explicit"), body=D("""
    Your party put 200 single men in the Foundry Lane hotel without asking one person who lives
    round here. My daughter can't walk to school that way any more. The police do nothing. The
    council does nothing. Akhtar turned up for a photo with the charity and then disappeared.

    Let me be very clear since nobody in your party seems to listen to anything. If anything
    happens to one more girl on that road, we won't be going to the hotel, we'll be going to
    Akhtar's house, and she can explain herself to fifty of us on her front lawn. We know the
    house. We know the car. We know the school run.

    Sort it out.
    """))

# 5 MP's office reply chain: top line from staffer, threat in the quoted message
c.add("safety", subject="Re: Re: Case ref HD/2291 - PIP appeal", sender=("Grace Mensah", "grace.mensah@parliament.example.uk"),
      tags=("quoted", "third-party-report", "explicit"), body=c.quote_reply(D("""
    Priya - FYI only, see his latest below. We're handling it with the police. He mentions the
    Trades Hall so please keep an eye out on Thursday. Grace
    """), D("""
    I've had enough of your "we've written to the DWP" rubbish. Six months. I'm coming down the
    Trades Hall on Thursday when Osei does his "meet the MP" thing and I'm bringing a hammer.
    Let's see if he's listening then.

    On 12 Nov, Grace Mensah wrote:
    > Dear Mr Haines, thank you for your email. We have written again to the DWP and are awaiting
    > a response. We'll update you as soon as we hear.
    """), quoted_from="Colin Haines <colin.haines58@outlook.com>"))

# 6 interleaved reply to the CLP newsletter with a threat inline
c.add("safety", subject="Re: Hatherley Labour - Autumn Newsletter", sender=c.person("Dean", "Fellows", "sky.com"),
      tags=("quoted", "embedded", "implicit"), body=D("""
    > Hatherley Labour - Autumn Newsletter
    >
    > Welcome from our chair, Leon Whyte

    Take me off your list.

    > This autumn our councillors have been working hard on the Priory Park regeneration,
    > including the new play area on Canal Street.

    The play area my kids can't use because it's full of needles. Tranter knows. He's been told.

    > Cllr Mike Tranter will be holding drop-in surgeries at Priory Park library every second
    > Saturday.

    Good. I'll be seeing him there then. He'll be lucky to walk out of that library. Tell him
    to bring someone.

    > Get involved! Contact the secretary at secretary@hatherleylabour.org.uk
    """))

# 7 reply-all chain: newest asks about allotment lease; middle quoted message has a threat
c.add("safety", subject="Re: Re: Re: Allotment lease - Brookfields", sender=c.person("Phil", "Reardon"),
      tags=("quoted", "embedded", "conditional"), body=c.quote_reply(D("""
    Did anyone ever get back to Gary about the lease? I'm at the allotment committee Tuesday and
    they'll ask.

    Phil
    """), D("""
    On Mon, Gary Bishop wrote:
    > I'll say it again. If the council sells that land to the developer, the first councillor
    > who comes down the allotments to explain it will be going home in the compost bin. I mean
    > it. Tell Sandhu.
    >
    > On Fri, Jas Sandhu wrote:
    >> Gary, I understand the strength of feeling. No decision has been made and I'll report
    >> back after cabinet.
    """), style="gmail"))

# 8 Polish club chairman forwards a threatening message (non-native)
c.add("safety", subject="Fwd: message to our club about Labour event", sender=c.person("Krzysztof", "Wiśniewski", "wp.pl"),
      tags=("forwarded", "third-party-report", "non-native"), body=c.forward(D("""
    Dear Mrs Priya,

    I am chairman of Polish Social Club on Foundry Lane. We agreed to host your Labour meeting
    with Polish community next week. Today we receive this email below. I think you must see it.
    For us is not problem to continue, but we must think about safety of our members and yours.
    I inform also the police.

    Regards,
    Krzysztof Wiśniewski
    """), D("""
    Cancel the Labour meeting at your club. If it goes ahead we will be outside, and anyone going
    in will be remembered. Polish, Labour, doesn't matter. Windows are cheap to break.
    """), "hatherley.first@proton.me", "Labour event"))

# 9 forward without note: threat to councillor
c.add("safety", subject="Fw: you", sender=("Cllr Jas Sandhu", "jas.sandhu@hatherley.example.gov.uk"),
      tags=("forwarded", "explicit", "noisy"), body=c.forward("", D("""
    sandhu. your cabinet shut the day centre my sister went too. shes stuck indoors all day now
    going mad. youll pay for it personaly. ive seen you at the gurdwara on sundays. next
    sunday ill be waiting with somthing for you.
    """), "Anonymous <nobody2026@tutanota.example.com>", "you", style="apple"))

# 10 forward from phone with just "???"
c.add("safety", subject="Fwd: Leaflet", sender=c.person("Bernadette", "Quinn", "gmail.com"),
      tags=("forwarded", "third-party-report", "veiled"), body=c.forward(D("""
    ???
    Sent from my Galaxy
    """), D("""
    Nice leaflet Bernie. Nice photo of you outside your house too, very helpful. We'll be
    dropping by to return it. Maybe late one night when you're least expecting it.
    """), "\"Brookfields Resident\" <brookres1@gmail.com>", "Leaflet"))

# 11 webform: threat in the Subject field of an otherwise pothole complaint
c.add("safety", subject="New message from the Contact Daniel form", sender=c.form_robot(),
      reply_to="k.maddox@outlook.com", tags=("webform", "embedded", "veiled"), body=c.webform({
          "Name": "K Maddox",
          "Email": "k.maddox@outlook.com",
          "Subject": "LAST WARNING BEFORE WE COME TO YOUR OFFICE",
          "Message": "Pothole outside 41 Canal Street reported in March. Still there. My van suspension has gone. This is the fourth time I've asked.",
      }, form="Contact Daniel"))

# 12 webform: hustings registration with threatening "question for the panel"
c.add("safety", subject="New registration: Kingsmead by-election hustings", sender=c.form_robot(),
      reply_to="r.cole.kingsmead@gmail.com", tags=("webform", "veiled", "implicit"), body=c.webform({
          "Name": "Rob Cole",
          "Email": "r.cole.kingsmead@gmail.com",
          "Number of tickets": "4",
          "Question for the panel": "For Cllr Sandhu: I'll be in the front row, me and three mates. We'll be bringing a little present for you. You'll know it when you see it. Enjoy the evening.",
          "Access requirements": "none",
      }, form="Hustings registration"))

# 13 webform: newsletter signup with intimidation in the name field
c.add("safety", subject="New subscriber: Newsletter signup", sender=c.form_robot(),
      reply_to="priya.watching@protonmail.com", tags=("webform", "stalking", "implicit", "noisy"), body=c.webform({
          "First name": "Watching you",
          "Last name": "Priya",
          "Email": "priya.watching@protonmail.com",
          "Postcode": "HY4 2BE",
          "Comments": "nice blue coat today. u should lock ur back gate. see u at the branch meeting x",
      }, form="Newsletter signup"))

# 14 social: Facebook comment on iftar event (threat)
c.add("safety", subject="New comment on your event: Community Iftar with Daniel Osei", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"), fmt="html", tags=("social", "conditional"), body="",
      html_body=app_html("facebook", "#1877f2", [
          "<b>Shane Rudge</b> commented on <b>Community Iftar with Daniel Osei</b>:",
          "&ldquo;If this goes ahead there'll be a few of us waiting in the car park. Osei won't be getting back in his car in one piece.&rdquo;",
          "<a href='#'>Reply</a> &middot; <a href='#'>View event</a>",
      ], "You're receiving this because you host the event. Meta Platforms, Inc."))

# 15 social: TikTok comment notification
c.add("safety", subject="New comment on your video", sender=("TikTok", "no-reply@info.tiktok.com"),
      tags=("social", "explicit", "noisy"), body=D("""
    hatherleylabour, you have a new comment

    On your video: "Kai explains the youth clubs campaign in 60 seconds"

    bigdaz_hy4: this kai kid needs a good kicking and i no where he drinks. saturday

    Reply  ·  Open TikTok

    TikTok Technology Ltd. Unsubscribe from these notifications.
    """))

# 16 social: Reddit reply notification
c.add("safety", subject="u/foundryfella replied to your comment in r/Hatherley", sender=("Reddit", "noreply@redditmail.com"),
      headers=c.newsletter_headers("Reddit"), tags=("social", "implicit", "doxxing"), body=D("""
    u/foundryfella replied to your comment in r/Hatherley

    Your comment: "The CLP's position on the Foundry Lane site is on our website - happy to
    answer questions."

    u/foundryfella: Here's a question. Does your secretary still live on Elm Grove, the one with
    the yellow door? Asking for about thirty friends who'd like to answer her questions in person.

    Reply · View thread

    You're receiving this because you have notifications turned on. Unsubscribe.
    """))

# 17 members list: a member forwards a threat to the whole list (third-party via list)
c.add("safety", subject="[Hatherley Labour Members] Please read - threat to Rukhsana", sender=c.person("Leon", "Whyte"),
      to="members@lists.hatherleylabour.org.uk", headers=HL, tags=("list", "third-party-report", "explicit"), body=D("""
    Dear members,

    I'm posting this here with Rukhsana's agreement so everyone is aware. Yesterday she received
    the following by text:

    "We've been following you from the mosque to your office all week. You won't always have
    people round you. One night you'll be on your own and we'll be there."

    The police are investigating. Until further notice, please make sure Rukhsana is never on her
    own at CLP events, including getting to and from her car. If you see anyone hanging around
    the office or the community centre, call 999.

    Leon Whyte, Chair

    _______________________________________________
    Hatherley Labour Members mailing list
    members@lists.hatherleylabour.org.uk
    """))

# 18 community forum list post with veiled threat
c.add("safety", subject="[HCF] Re: Traffic scheme - enough talking", sender=c.person("Steve", "Wooldridge"),
      to="hcf@groups.io", headers=FORUM, tags=("list", "veiled", "embedded"), body=D("""
    Agree with Mandy on the consultation being a farce. Three drop-in sessions, all in working
    hours, and the council officer couldn't answer a single question about emergency vehicles.

    I'll add one thing. The Labour councillors who signed this off - Tranter and Quinn - don't
    have bollards at the end of their roads. Maybe they need to find out what it's like to have
    people parked outside their houses day and night, watching them come and go. I'm sure some of
    us could arrange that. Just a thought.

    Steve

    --
    Groups.io Links: You receive all messages sent to this group.
    """))

# 19 BAME network Google group: hostile intruder post
c.add("safety", subject="[WM Labour BAME Network] you lot", sender=("xtrueblue via West Midlands Labour BAME Network", "wmlabourbame@googlegroups.com"),
      to="wmlabourbame@googlegroups.com", headers=BAME, tags=("list", "explicit", "harassment", "noisy"), body=D("""
    found this group on a labour website. so this is where you all plot. we have all your names
    from this list now. akhtar, sandhu, osei, the lot. better start looking over your shoulders
    because we are coming for every one of you. traitors get k!lled, one by one

    --
    You received this message because you are subscribed to the Google Groups "West Midlands Labour BAME Network" group.
    """))

# 20 HTML-only "wanted poster" of councillors
c.add("safety", subject="WANTED", sender=("Hatherley Justice", "hatherleyjustice@proton.me"), fmt="html",
      tags=("html-only", "doxxing", "implicit"), body="", html_body=D("""
    <html><body style="text-align:center;font-family:Impact,Arial Black,sans-serif;background:#f5e6c8">
    <h1 style="font-size:48px;color:#8b0000">WANTED</h1>
    <h2>FOR CRIMES AGAINST HATHERLEY</h2>
    <p style="font-size:20px">CLLR BERNADETTE QUINN - BROOKFIELDS<br>CLLR MIKE TRANTER - PRIORY PARK<br>CLLR RUKHSANA AKHTAR - KINGSMEAD</p>
    <p style="font-size:16px">Home streets, cars and surgery times on our Telegram.</p>
    <p style="font-size:24px;color:#8b0000">DEAD OR ALIVE. THE PEOPLE WILL DECIDE.</p>
    </body></html>
    """))

# 21 HTML-only casework question with threat embedded
c.add("safety", subject="Housing", sender=c.person("Natalie", "Birch", "gmail.com"), fmt="html",
      tags=("html-only", "embedded", "conditional"), body="", html_body=D("""
    <div dir="ltr"><div>Hi,</div><div><br></div>
    <div>Can someone tell me who the councillor for Hatherley Central is now? I need someone to chase the housing for my dad's adaptations, we've been waiting for a wet room since last Christmas and he's had two falls.</div><div><br></div>
    <div>And you can tell whoever it is that if my dad falls again and ends up in hospital because they couldn't be bothered, I'll find them and I'll put them in the bed next to him. I'm done being polite.</div><div><br></div>
    <div>Natalie</div></div>
    """))

# 22 caseworker: man at office counter said he'd come back with petrol
c.add("safety", also=("urgent",), subject="Incident at Market Parade office today", sender=("Grace Mensah", "grace.mensah@parliament.example.uk"),
      tags=("third-party-report", "explicit"), body=D("""
    Hi Priya,

    Just to let the CLP know, as volunteers use the office on Wednesdays.

    At around 11am a man came into the Market Parade office without an appointment, very agitated
    about his universal credit sanction. When we said Daniel wasn't there he said, "Then I'll come
    back tonight with a can of petrol and see if that gets his attention." He left when we asked
    him to.

    We pressed the alarm and the police attended. They know who he is. The office will be closed
    to drop-ins for the rest of the week. Please let volunteers know tonight's phone bank is moving
    to the Trades Hall.

    Grace
    Caseworker, Office of Daniel Osei MP
    """))

# 23 men followed councillor and her daughter after the iftar
c.add("safety", subject="after the iftar", sender=c.person("Shabana", "Hussain"),
      tags=("third-party-report", "following"), body=D("""
    Assalamu alaikum Priya,

    I wanted to put this in writing. After the iftar finished last night (around 9.40pm) Rukhsana
    left with her daughter Amina. I was walking behind them to the car park. Two men who had been
    standing across the road all evening started following them, close behind, saying things like
    "enjoy your dinner councillor?" and "we'll see you at home". They only stopped when my husband
    and his brother came out and walked over. Then they got into a grey BMW and drove past slowly
    with the window down, staring.

    Amina is 14 and was very frightened. Rukhsana has reported it. Please make sure this goes
    into whatever log the party keeps.

    Shabana
    Treasurer
    """))

# 24 member followed by a kerb-crawling car while leafleting
c.add("safety", subject="followed while leafleting", sender=c.person("Jasmine", "Clarke", "outlook.com"),
      tags=("third-party-report", "following", "noisy"), body=D("""
    hi priya

    just wanted to flag - doing my round in brookfields on sunday afternoon and a car followed me
    down 3 roads at walking pace. guy in it kept leaning out saying "labour slag" and "ill see you
    later" and took pics of me on his phone. i went into the corner shop and waited and he parked
    outside for like 10 mins before going

    im ok but not doing that round alone again. red ford fiesta, didnt get reg. sorry if this is
    the wrong email

    jas
    """))

# 25 vice-chair reports car outside his house and the same car at the office
c.add("safety", subject="Same car - twice", sender=("Phil Reardon", "phil.reardon@hatherleylabour.org.uk"),
      tags=("third-party-report", "stalking", "implicit"), body=D("""
    Priya,

    Maybe I'm being paranoid. There's been a black Audi A3 parked at the end of my road four
    evenings in the last fortnight, man sitting in it. Last night when I got back from the
    Trades Hall it was there, and then this morning I saw what I'm pretty sure was the same car
    parked opposite the Market Parade office. Same dent in the rear bumper, same air freshener.

    It started the week after I chaired the selection meeting. Police have the partial reg. Not
    asking for anything, just want it on file in case anyone else notices it.

    Phil
    """))

# 26 hoax device on the Trades Hall steps
c.add("safety", subject="Trades Hall - device on steps (hoax)", sender=c.person("Gordon", "Pugh"),
      tags=("third-party-report", "suspicious-item"), body=D("""
    Priya,

    As caretaker at the Trades Hall I'm informing all user groups. At 7.15 this morning I found a
    shoebox on the front steps with an old alarm clock taped to the lid and some wires sticking
    out, and "FOR THE LABOUR LOT" written on the side. I called 999. The army bomb disposal team
    X-rayed it and it was a hoax - the box was empty apart from a note, which the police have
    taken.

    Your Thursday GC can go ahead, but the police want to talk to whoever is organising it about
    the note. I'll send you the officer's details.

    Gordon Pugh
    Trades Hall Caretaker
    """))

# 27 noose on the office door
c.add("safety", subject="Office this morning", sender=c.person("Kai", "Thompson", "gmail.com"),
      tags=("third-party-report", "suspicious-item", "implicit"), body=D("""
    Priya, I got to the office at 8 to do the youth leaflets and someone had hung a rope tied as a
    noose on the door handle. No note. I took a photo and didn't touch it. Police on the way.
    Grace is coming. I'm fine, bit shook up. Will call you.
    Kai
    """))

# 28 envelope with razor blades at a councillor's surgery
c.add("safety", subject="Kingsmead surgery - envelope", sender=("Cllr Rukhsana Akhtar", "rukhsana.akhtar@hatherley.example.gov.uk"),
      tags=("third-party-report", "suspicious-item", "explicit"), body=D("""
    Dear Priya,

    I want to inform the party of an incident at my Kingsmead surgery on Saturday. A sealed
    envelope was handed to the library counter "for the councillor" by a man who left immediately.
    Inside were two razor blades and a note: "Next time they won't be in an envelope." Library
    staff have CCTV. The police have the envelope.

    I have suspended my surgeries for the time being and will hold appointments by phone. I am
    also asking the council for a security review. I'd be grateful if the CLP would support me in
    that request.

    Rukhsana
    """))

# 29 pile-on against councillor's Gaza statement
c.add("safety", subject="Jas - coordinated abuse since his statement", sender=c.person("Harpreet", "Gill"),
      tags=("third-party-report", "pile-on", "harassment"), body=D("""
    Priya,

    I'm helping Jas with his social media. Since his statement on Gaza on Tuesday he's been hit
    from both directions - hundreds of replies on X and Facebook, clearly coordinated (identical
    wording, new accounts, posted within minutes of each other). Among the insults there are a
    number of direct threats: "Sandhu's days are numbered", "we'll see you at the gurdwara", and
    one with a photo of his house from Street View and a red circle.

    We've filed reports with X and Meta and I'm keeping an evidence log with links and timestamps.
    Jas doesn't want to make a statement about the abuse itself but he's agreed the CLP should
    know and it should go to the police. Can you advise on the party's process?

    Harpreet
    """))

# 30 pile-on against youth officer after trans rights post
c.add("safety", subject="Kai - pile-on, please help", sender=c.person("Leon", "Whyte", "gmail.com"),
      tags=("third-party-report", "pile-on", "doxxing"), body=D("""
    Priya,

    Kai's post about the trans youth group has been picked up by a couple of big accounts and he's
    getting a torrent of abuse - several thousand replies. Some of it is just vile, some is
    threats ("we know where you work", "you'll get what's coming at the youth club"), and someone
    has posted the address of the youth club where he volunteers with the session times.

    I've told him to lock everything down. He's 22 and putting a brave face on. I think we need to
    talk to the youth club today as well as the police. Are you free for a call at lunch?

    Leon
    """))

# 31 doxxing officers' addresses from accounts; intimidating comments
c.add("safety", subject="Officers' addresses on X", sender=("Shabana Hussain", "shabana.hussain@hatherleylabour.org.uk"),
      tags=("third-party-report", "doxxing"), body=D("""
    Priya,

    Someone on X has posted a thread with the home addresses of the CLP officers, including yours
    and mine, apparently taken from old Electoral Commission returns and the register. The top
    comment is "Doors can be knocked both ways." Others: "I'm ten minutes from the treasurer",
    "what time does the secretary get back from work?".

    I've reported it. I've also screenshotted it with the timestamps. I'm going to the police
    station after work - would you come with me? It feels better to do it together.

    Shabana
    """))

# 32 councillor's daughter's school and uniform posted
c.add("safety", subject="Bernie's daughter", sender=("Mike Tranter", "mike.tranter@hatherley.example.gov.uk"),
      tags=("third-party-report", "doxxing", "implicit"), body=D("""
    Priya - Bernie's asked me to tell you because she's at the police station. Someone posted a
    photo of her daughter in her school uniform outside the academy gates on the "Hatherley
    Uncovered" Facebook page, with the caption "Quinn's girl. Mum voted for the tax rise. Be a
    shame if she was late home one day." It's been shared over 200 times. School's been told.

    Mike
    """))

# 33 stalker at councillor surgeries, then at home
c.add("safety", subject="Man attending Rukhsana's surgeries", sender=c.person("Amina", "Akhtar", "icloud.com"),
      tags=("third-party-report", "stalking"), body=D("""
    Dear Priya,

    I'm Rukhsana's sister. She's asked me to email because she finds it hard to talk about.

    Since the summer a man has come to every single one of her surgeries. He never has a case.
    He brings flowers, tells her he loves her and that they are "meant to be together". She's
    told him clearly to stop. Last week he was waiting outside her house when she got home, and
    said he'd "wait as long as it takes" and that "if he can't have her nobody will".

    She has reported it to the police. We'd like the CLP to know so that nobody gives him any
    information about where she'll be, and so the surgeries can have someone with her.

    Amina
    """))

# 34 livestreamer harassing MP at surgeries, followers turning up at office
c.add("safety", subject="Livestreamer at surgeries", sender=("Grace Mensah", "grace.mensah@parliament.example.uk"),
      tags=("third-party-report", "stalking", "pile-on"), body=D("""
    Priya,

    Update for CLP officers. The man who has been livestreaming outside Daniel's surgeries was
    at Priory Park library again on Saturday, streaming to about 3,000 viewers, following Daniel
    from the door to his car and shouting questions. On the stream he told viewers the office
    address and said "pop in and say hello, he's there Tuesdays". Since then we've had six people
    turn up at the office, two of whom refused to leave and one of whom said he'd "be back with
    more of us".

    Police aware. We're moving surgeries to appointment-only at undisclosed venues. Please brief
    volunteers not to confirm Daniel's whereabouts to anyone.

    Grace
    """))

# 35 Bengali-speaking member relays a threat heard at the market (non-native)
c.add("safety", subject="about Cllr Akhtar", sender=c.person("Abdul", "Rahman", "yahoo.co.uk"),
      tags=("third-party-report", "non-native", "noisy", "explicit"), body=D("""
    Dear sister Priya

    I am member in Kingsmead. On friday at the market near the halal shop I hear two man talking
    loud about sister Rukhsana. One say "that Akhtar woman need to be taught lesson, I know her
    office, we go there one night with some boys and finish it". Other man laugh and say "yes
    after election". I was very shock. I don't know them but I can show face if I see again.

    I am not good in english writing sorry. Please tell to the right person. My son can also
    explain if you phone.

    Abdul Rahman
    """))

# 36 visual voicemail transcription (robot) with threat
c.add("safety", subject="New voicemail from 07700 900431", sender=("Office Phone System", "voicemail@hatherleylabour.org.uk"),
      tags=("embedded", "explicit"), body=D("""
    You have a new voicemail.

    From: 07700 900431
    To: Hatherley Labour Office (ext 201)
    Received: 23:47
    Duration: 0:38

    Transcription (automatic, may contain errors):
    "Yeah this is a message for the secretary. Priya. You had the motion thrown out. You think
    you can silence people. I've got your address from the accounts. I'm going to come round and
    sort you out myself. Tonight, tomorrow, whenever. You won't know when."

    Listen to the message in your voicemail portal.
    """))

# 37 calendar invitation sent by a harasser
c.add("safety", subject="Invitation: Home visit - Cllr Tranter @ Fri 19:00 - 21:00", sender=("Google Calendar", "calendar-notification@google.com"),
      tags=("embedded", "veiled", "implicit"), body=D("""
    You have been invited to the following event.

    Home visit - Cllr Tranter
    When: Friday 19:00 - 21:00 (GMT)
    Where: Priory Park, Hatherley (you know the address)
    Organiser: priorypark.residents.hy@gmail.com
    Guests: secretary@hatherleylabour.org.uk, mike.tranter@hatherley.example.gov.uk, and 24 others

    Description: A few of us from the estate are coming to see Mike. No need to RSVP. He'll know
    when we've arrived. Bring a torch, the streetlight on his side is out.

    Going? Yes - Maybe - No

    Invitation from Google Calendar
    You are receiving this email because you are an attendee on the event.
    """))

# 38 Zoom chat log from an online meeting with a zoombomber's threat
c.add("safety", subject="Chat from last night's all-members Zoom", sender=c.person("Precious", "Adeyemi"),
      tags=("embedded", "third-party-report", "doxxing", "explicit"), body=D("""
    Hi Priya,

    As requested, here's the saved chat from last night's all-members meeting. The relevant bit is
    at 19:42 when the person calling themselves "Concerned Member" got in before I could remove
    them. I've removed the rest of the chat for privacy.

    19:41:58 From Concerned Member to Everyone: evening traitors
    19:42:10 From Concerned Member to Everyone: priya nair kingsmead, leon whyte priory park, shabana hussain elm grove
    19:42:21 From Concerned Member to Everyone: we know where every one of you is sat right now. enjoy your meeting, might be your last
    19:42:30 From Precious Adeyemi to Everyone: Removing this participant now, sorry all

    I've turned on the waiting room and passcodes for future meetings. Do you want me to send this
    to the police too?

    Precious
    """))

# 39 Google Forms survey response with threat in free text
c.add("safety", subject="New response to 'Hatherley Labour members' survey 2026'", sender=("Google Forms", "forms-receipts-noreply@google.com"),
      tags=("webform", "embedded", "conditional"), body=D("""
    Hatherley Labour members' survey 2026 has a new response.

    1. Which ward do you live in? Foundry Lane
    2. How often do you attend branch meetings? Never
    3. What issues matter most to you? Immigration, crime
    4. Is there anything else you'd like to tell the CLP?
    "Yes. If the selection goes to Sandhu again I will make sure he never stands for anything
    again, and I don't mean by voting. Some of us know where he parks at the gurdwara."

    View all responses in Google Forms.
    """))

# 40 solicitor writes on behalf of councillor about harassment
c.add("safety", subject="Our client: Cllr Bernadette Quinn - harassment", sender=("Hartley & Shah Solicitors", "enquiries@hartleyshah.example.co.uk"),
      tags=("third-party-report", "harassment", "stalking"), body=D("""
    Dear Ms Nair,

    We act for Councillor Bernadette Quinn in relation to a course of conduct by an individual
    known to her which, in our view, amounts to harassment. Since September the individual has
    sent over 300 messages, attended her ward surgeries and her home uninvited, and on 14
    November stated to her in the street that she "would not see Christmas as a councillor or
    at all".

    Our client has asked us to notify her party so that the Constituency Labour Party can take
    appropriate steps to protect her at party events, including the forthcoming GC. We would be
    grateful if you could confirm the name of the officer responsible for member safety.

    Yours sincerely,
    Hartley & Shah Solicitors

    This email is confidential and may be legally privileged.
    """))

# ---------------- hard negatives ----------------

# 41 West Midlands regional newsletter with security item (bulk)
c.add("bulk", subject="West Midlands Labour Weekly: security review, campaign dates and more", sender=("West Midlands Labour", "weekly@wmlabour.example.org.uk"),
      headers=c.newsletter_headers("Action Network"), fmt="alt", tags=("hard-negative", "news-about-threats"), body=D("""
    WEST MIDLANDS LABOUR WEEKLY

    * Speaker's conference report: what it means for your councillors
    The cross-party Speaker's Conference has published its report on the security of candidates
    and elected representatives. Among its recommendations: removing home addresses from all
    election paperwork, a single police contact for every candidate, and tougher action on online
    threats. Our regional safety lead will brief CLP secretaries at the next forum.

    * Campaign weekends: 10-11 Jan (Walsall), 24-25 Jan (Hatherley & Brookfields)

    * Training: "Your first year as a councillor" - 3 sessions, January

    Unsubscribe | Manage preferences
    """))

# 42 member shares documentary about abuse of MPs (other)
c.add("other", subject="documentary tonight", sender=c.person("Linda", "Hughes", "btinternet.com"),
      tags=("hard-negative", "news-about-threats"), body=D("""
    Hi Priya

    Just a heads up there's a documentary on BBC Two tonight at 9 about the threats MPs get, with
    interviews with MPs from all parties and their staff. The trailer was hard to watch. Thought
    some of the councillors might want to see it, or maybe not!

    Hope you're keeping well, see you at the quiz.

    Linda
    """))

# 43 members list debate: public hustings or ticketed? (bulk)
c.add("bulk", subject="Re: [Hatherley Labour Members] Public hustings - open or ticketed?", sender=c.person("Jas", "Sandhu"),
      to="members@lists.hatherleylabour.org.uk", headers=HL, tags=("hard-negative", "news-about-threats", "list"), body=D("""
    I've read the thread. My view, for what it's worth: ticketed but free, with names checked at
    the door. Not because I'm worried about hecklers - heckling's part of democracy - but because
    every candidate I know has had some kind of threat in the last two years, and the police
    advice to all parties now is to know who's in the room. Plenty of other CLPs do it.

    If we want it genuinely open we could livestream it for people who won't register.

    Jas

    _______________________________________________
    Hatherley Labour Members mailing list
    """))

# 44 safe campaigning webinar (bulk)
c.add("bulk", subject="Staying safe on the campaign trail - webinar, Tues 7pm", sender=("Labour Women's Network West Midlands", "westmids@lwn.example.org.uk"),
      headers=c.newsletter_headers("Action Network"), tags=("hard-negative", "news-about-threats"), body=D("""
    Hi Priya,

    Our next webinar is "Staying safe on the campaign trail" - Tuesday 7pm.

    We'll hear from a councillor who was targeted with online threats and how she got support,
    a police officer on what to report and how, and a digital security expert on locking down
    your accounts. There'll be time for questions.

    RSVP here. Please share with the women in your CLP.

    In solidarity,
    LWN West Midlands
    """))

# 45 council alert: unexploded WW2 bomb found on building site (bulk)
c.add("bulk", subject="Hatherley Council alert: Foundry Lane cordon - historic ordnance", sender=("Hatherley Council", "alerts@hatherley.example.gov.uk"),
      headers=c.newsletter_headers("GovDelivery"), tags=("hard-negative", "benign-violent-word"), body=D("""
    COMMUNITY ALERT

    Builders at the former foundry site have found what is believed to be an unexploded Second
    World War bomb. A 200 metre cordon is in place and around 120 homes on Foundry Lane, Canal
    Street and Wharf Road have been evacuated as a precaution. Kingsmead Community Centre is open
    as a rest centre with hot drinks.

    An Army bomb disposal team is on site. We will update when the cordon is lifted.

    Follow @HatherleyCouncil for updates. You are subscribed to emergency alerts for Kingsmead.
    """))

# 46 quoted reply: chair on security for the count (procedural)
c.add("procedural", subject="Re: EC agenda - item 5 count arrangements", sender=c.person("Leon", "Whyte", "gmail.com"),
      tags=("hard-negative", "news-about-threats", "quoted"), body=c.quote_reply(D("""
    Priya - for item 5 can we add the returning officer's security note for the count (bag
    searches, named counting agents only, no access to the balcony)? And we need to appoint our
    counting agents by the 12th. I'll propose the list at EC.

    Leon
    """), D("""
    Draft EC agenda attached. 1. Apologies 2. Minutes 3. Matters arising 4. Treasurer 5. By-
    election count arrangements 6. AOB
    """)))

# 47 vicar proposes an interfaith event (query)
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="revd.sarah.oyelaran@stbarnabas.example.org.uk", tags=("hard-negative", "news-about-threats", "webform"), body=c.webform({
          "Name": "Revd Sarah Oyelaran",
          "Email": "revd.sarah.oyelaran@stbarnabas.example.org.uk",
          "Message": "I'm vicar at St Barnabas. With the mosque and gurdwara we're planning an evening in February on 'Standing together against hate and intimidation in public life', prompted by national reports of threats to politicians and faith leaders. Would the Labour party like to send a speaker alongside the other parties? Could you let me know who to contact?",
      }))

# 48 Threads notification about a journalist's post on MP threats (bulk)
c.add("bulk", subject="politicsjo posted a thread you might like", sender=("Threads", "no-reply@mail.threads.example.net"),
      tags=("hard-negative", "news-about-threats", "social"), body=D("""
    politicsjo posted a thread

    "New figures: police recorded more than 500 threats against MPs last year. A thread on what's
    driving it and what the parties are (and aren't) doing about it. 🧵 1/9"

    312 likes · 48 replies

    View on Threads

    You're receiving this because you follow politicsjo. Unsubscribe.
    """))

# 49 complaint about MP not holding open surgeries because of security (complaint)
c.add("complaint", also=("query",), subject="Daniel Osei hiding behind 'security'", sender=c.person("Raymond", "Price", "talktalk.net"),
      tags=("hard-negative", "news-about-threats", "angry"), body=D("""
    Dear Ms Nair,

    I have tried three times to get to see my MP. Each time I'm told surgeries are "appointment
    only, venue disclosed on booking, for security reasons". I understand MPs get threats, I
    read the papers. But I'm a 74-year-old man with a hearing aid, not a danger to anyone, and I
    can't use the online booking system.

    When I joined this party MPs held open surgeries in the library and anyone could walk in. I
    want a proper explanation of why that's stopped and who decided it, and I want an appointment
    arranged by phone. If I don't get one I'll be taking this up with the local paper.

    Raymond Price
    """))

# ---------------- ordinary ----------------

# 50 webform query: interpreter at meetings
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="m.begum.hy@gmail.com", tags=("webform", "non-native"), body=c.webform({
          "Name": "Momena Begum",
          "Email": "m.begum.hy@gmail.com",
          "Message": "Salam. My mother want to come to Kingsmead branch meeting but her english is not good. Is possible to have someone translate Bengali/Sylheti? Or can I come with her to translate even I am not member? Thank you",
      }))

# 51 webform DP: take me off your list
c.add("data-protection", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="dmcgrath@talktalk.net", tags=("webform", "confuser", "dp-no-legal-words"), body=c.webform({
          "Name": "D McGrath",
          "Email": "dmcgrath@talktalk.net",
          "Message": "Stop sending me your emails and texts. I unsubscribed twice. I don't know how you still have my details but I want them gone, all of them.",
      }))

# 52 webform complaint: council tax
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="janice.webb@virginmedia.com", tags=("webform",), body=c.webform({
          "Name": "Janice Webb",
          "Email": "janice.webb@virginmedia.com",
          "Message": "I'd like an explanation from the Labour group of why the Brookfields library is closing when you promised at the election it wouldn't. I've written to Cllr Quinn and had no reply. I expect better from the party I've voted for all my life.",
      }))

# 53 councillor forwards a resident complaint
c.add("complaint", subject="FW: Canal Street play area", sender=("Mike Tranter", "mike.tranter@hatherley.example.gov.uk"),
      tags=("forwarded",), body=c.forward(D("""
    Priya, for the branch - this is the sort of thing we need to get on top of before the
    by-election. I've chased parks twice.
    """), D("""
    Dear Cllr Tranter,

    The play area on Canal Street still has broken glass and needles in it every morning. I
    reported it in September. My children can't use it. What is the council doing about it?

    Kerry Lowe
    """), "Kerry Lowe <kerrylowe89@hotmail.co.uk>", "Canal Street play area"))

# 54 member forwards their email to the MP complaining about Gaza response
c.add("complaint", subject="Fwd: Your reply to my letter", sender=c.person("Yusuf", "Patel"),
      tags=("forwarded",), body=c.forward(D("""
    Priya - I've been fobbed off again. I'm forwarding this so the CLP knows how members are being
    treated. I'd like it raised at the GC.
    """), D("""
    Dear Mr Osei,

    Thank you for your reply, which did not answer a single one of the three questions I asked
    about arms export licences. I asked for your personal position. I received a paragraph copied
    from a government press release. I expect better from my MP.

    Yusuf Patel
    """), "Yusuf Patel <yusuf.patel@gmail.com>", "Your reply to my letter"))

# 55 quoted reply query: GC venue
c.add("query", subject="Re: GC Thursday", sender=c.person("Olu", "Mensah"),
      tags=("quoted",), body=c.quote_reply(D("""
    Is it the big room at the Trades Hall or the upstairs one? Last time half of us went to the
    wrong room. Also is there a hearing loop?
    """), D("""
    GC this Thursday, 7.30pm, Trades Hall. Papers attached.
    """), style="gmail"))

# 56 quoted reply query: can I bring a guest
c.add("query", subject="Re: Christmas social", sender=c.person("Sandra", "Okoro", "yahoo.co.uk"),
      tags=("quoted",), body=c.quote_reply(D("""
    Lovely! Can I bring my partner? He's not a member but he does the washing up very well.
    """), D("""
    Hatherley Labour Christmas social - Saturday 13th, Kingsmead Community Centre, 7pm. Bring a
    dish to share!
    """)))

# 57 quoted reply: which branch after moving (query)
c.add("query", subject="Re: Welcome to Hatherley Labour", sender=c.person("Tom", "Wright", "gmail.com"),
      tags=("quoted",), body=c.quote_reply(D("""
    Thanks for the welcome email! I live on Wharf Road - is that Foundry Lane branch or Kingsmead?
    And when's the next meeting?

    Tom
    """), D("""
    Dear Tom, welcome to Hatherley CLP! Your local branch will be in touch. In the meantime you
    can find events on our website.
    """), style="outlook"))

# 58 members list: campaign day (bulk)
c.add("bulk", subject="[Hatherley Labour Members] By-election action days this weekend", sender=c.person("Kai", "Thompson"),
      to="members@lists.hatherleylabour.org.uk", headers=HL, tags=("list",), body=D("""
    Hi all!

    Big weekend in Kingsmead. Sessions:
    Sat 10.30am - meet at the community centre
    Sat 2pm - meet at the Co-op on Canal Street
    Sun 11am - meet at the Trades Hall

    Bring water and a brolly. New people - you'll be paired with someone experienced. We've got
    doors to knock and leaflets to drop, all abilities welcome.

    Kai

    _______________________________________________
    Hatherley Labour Members mailing list
    """))

# 59 community forum list: ordinary (bulk)
c.add("bulk", subject="[HCF] Litter pick Sunday + skip day", sender=c.person("Mandy", "Greaves"),
      to="hcf@groups.io", headers=FORUM, tags=("list",), body=D("""
    Hi all,

    Litter pick this Sunday 10am from the canal bridge. Grabbers and bags provided by the council.

    Also the council's skip day for Priory Park is Saturday 9-12 on the Asda car park. No fridges
    or tyres.

    Mandy

    --
    Groups.io Links: You receive all messages sent to this group.
    """))

# 60 BAME network: ordinary (bulk)
c.add("bulk", subject="[WM Labour BAME Network] Black History Month roundup + AGM date", sender=("Network Secretary via West Midlands Labour BAME Network", "wmlabourbame@googlegroups.com"),
      to="wmlabourbame@googlegroups.com", headers=BAME, tags=("list",), body=D("""
    Friends,

    Thank you to everyone who organised and came to our Black History Month events - over 300
    people across six CLPs. Photos on the shared drive.

    Our AGM will be on Saturday 24 January, 11am, at the Trades Hall in Hatherley. Nominations for
    the committee open next week.

    --
    You received this message because you are subscribed to the Google Groups "West Midlands Labour BAME Network" group.
    """))

# 61 TikTok new followers (bulk)
c.add("bulk", subject="You have 15 new followers", sender=("TikTok", "no-reply@info.tiktok.com"),
      tags=("social",), body=D("""
    hatherleylabour, you've got new followers!

    kingsmead_kitchen, hy_youthclub, and 13 others followed you.

    Your video "Kai explains the youth clubs campaign in 60 seconds" has 2.3K views.

    Open TikTok

    TikTok Technology Ltd. Unsubscribe.
    """))

# 62 X weekly summary (bulk)
c.add("bulk", subject="Your week on X", sender=("X", "notify@x.com"), headers=c.newsletter_headers("X"),
      tags=("social",), body=D("""
    @HatherleyLabour, here's your week

    Impressions: 14.2K (+12%)
    Profile visits: 388
    New followers: 41

    Top post: "Full house at the Kingsmead iftar - thank you to everyone who came and to the
    community centre for hosting."

    X Corp. Unsubscribe.
    """))

# 63 HTML-only union branch newsletter (bulk)
c.add("bulk", subject="UNISON Hatherley Local Government branch - bulletin", sender=("UNISON Hatherley Branch", "branch@unisonhatherley.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html", tags=("html-only",), body="", html_body=D("""
    <html><body style="font-family:Arial">
    <table width="600" align="center"><tr><td style="background:#5c2d91;color:#fff;padding:16px;font-size:20px">UNISON Hatherley Branch Bulletin</td></tr>
    <tr><td style="padding:14px">
    <h3>Pay offer ballot</h3><p>The consultative ballot on the pay offer closes on 9 December. Make sure your home address is up to date.</p>
    <h3>Budget cuts consultation</h3><p>The branch has submitted its response to the council's budget consultation. Read it on our website.</p>
    <h3>Christmas hardship fund</h3><p>Members in difficulty can apply in confidence to the branch welfare officer.</p>
    </td></tr><tr><td style="font-size:10px;color:#888">Unsubscribe</td></tr></table>
    </body></html>
    """))

# 64 HTML-only LGA Labour bulletin (bulk)
c.add("bulk", subject="LGA Labour Group - Councillor Briefing", sender=("LGA Labour Group", "labourgroup@lga.example.gov.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="html", tags=("html-only",), body="", html_body=D("""
    <html><body style="font-family:Verdana;font-size:12px">
    <h2 style="color:#d50000">Councillor Briefing</h2>
    <ul>
    <li><b>Local government finance settlement:</b> what the provisional settlement means for your authority.</li>
    <li><b>Devolution:</b> new guidance on strategic authorities.</li>
    <li><b>Next Steps programme:</b> applications open for councillors in their first term.</li>
    </ul>
    <p><a href="#">Read online</a> | <a href="#">Unsubscribe</a></p>
    </body></html>
    """))

# 65 Google Calendar accepted (bulk)
c.add("bulk", subject="Accepted: EC meeting @ Tue 18 Nov 7pm - 9pm (secretary@hatherleylabour.org.uk)", sender=("Google Calendar", "calendar-notification@google.com"),
      tags=("confuser", "robot-no-list-headers"), body=D("""
    Shabana Hussain has accepted this invitation.

    EC meeting
    When: Tue 18 Nov 7pm - 9pm (GMT)
    Where: Trades Hall, upstairs room

    Invitation from Google Calendar
    """))

# 66 quoted reply: apologies + report to GC (procedural)
c.add("procedural", subject="Re: GC papers", sender=c.person("Jas", "Sandhu", "gmail.com"),
      tags=("quoted",), body=c.quote_reply(D("""
    Priya - apologies for Thursday, I'm at cabinet. My written councillors' report for the GC is
    below, please circulate:

    - Cabinet approved the library consultation timetable (closes 31 Jan).
    - Kingsmead community centre lease renewed for 5 years.
    - Foundry Lane site: developer's revised plans due in the new year.

    Jas
    """), D("""
    GC papers for Thursday attached. Councillors' reports to me by Wednesday please.
    """), style="outlook"))

c.write()
