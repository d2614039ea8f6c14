# train_tb5: threats embedded in other mail and third-party reports, plus look-alike
# non-safety mail in the same shapes. Cwm Taf Valleys CLP (secretary Rhian Evans), Wales.
# Fictional world: MP Gethin Rowlands; MS Carys Pugh; Blaenhafod, Glyncoed, Nant-y-Ffin,
# Trefechan, Cwmgarw; councillors Dai Jenkins, Bethan Lloyd, Huw Morgan, Sian Powell;
# chair Alun Bevan; treasurer Mair Hopkins; women's officer Cerys Watkins; youth Tomos Price;
# meetings at Glyncoed Miners' Welfare Hall and Bethel chapel vestry.
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tb5", seed=1205)


def D(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def fb_html(paras, footer):
    """Hand-written Facebook-style notification text in HTML."""
    ps = "".join(f'<tr><td style="padding:8px 16px;font:15px Helvetica,Arial;color:#050505">{p}</td></tr>' for p in paras)
    return ('<html><body style="background:#fff"><table width="100%" style="max-width:600px">'
            '<tr><td style="padding:12px 16px;color:#1877f2;font:bold 22px Helvetica,Arial">facebook</td></tr>'
            f'{ps}<tr><td style="padding:16px;font:11px Helvetica,Arial;color:#65676b">{footer}</td></tr></table></body></html>')


VALLEYS_CLLRS = c.list_headers("Valleys Labour Councillors", domain="googlegroups.com", precedence=False)
CTV_MEMBERS = c.list_headers("Cwm Taf Valleys Members", domain="lists.cwmtaflabour.cymru")
SENEDD_CAMPAIGN = c.list_headers("Senedd Campaign Team", domain="lists.cwmtaflabour.cymru")

# 1 polite bilingual opening, threat at the end
c.add("safety", subject="Cangen Gymraeg / Welsh-language branch", sender=c.person("Gareth", "Pritchard", "btinternet.com"),
      tags=("embedded", "veiled", "implicit"), body=D("""
    Bore da Rhian,

    A oes cangen Gymraeg yn yr etholaeth? Is there a Welsh-language branch or any meetings held
    in Welsh? My wife and I would prefer to take part in Welsh if possible.

    Another thing. You can let Cllr Lloyd know that people in Blaenhafod have not forgotten what
    she did to Ysgol y Cwm. She drives that little white Fiat down the mountain road every night
    after eleven. It's a dangerous road, that. Very dark, no barriers.

    Diolch,
    Gareth
    """))

# 2 rant about 20mph with threat to MS in the middle
c.add("safety", subject="20mph", sender=c.person("Kevin", "Bowen", "hotmail.co.uk"),
      tags=("embedded", "explicit", "noisy"), body=D("""
    20MPH. On the Heads of the Valleys road through Nant-y-Ffin. TWENTY. It takes me 25 minutes
    to get to work now. I've had two tickets. The Senedd is a joke, Cardiff Bay doesn't give a
    toss about us up here, and Carys Pugh voted for every bit of it.

    She's doing a "listening event" at the rugby club next week is she. Good. I'll be listening.
    And when she comes out I'll be waiting by her car and she can listen to me, and she won't be
    driving home at 20mph or any mph after I'm done with her. I've had it.

    They changed some of the roads back after the fuss but not ours. Not one. Explain that.

    Kev
    """))

# 3 rant about wind farm, veiled arson threat
c.add("safety", subject="Mynydd Garw wind farm", sender=("Dewi Price", "dewiprice.fferm@gmail.com"),
      tags=("embedded", "veiled", "implicit"), body=D("""
    Rhian,

    I farm on the north side of Mynydd Garw, like my father and his father. The wind farm your
    Labour government in Cardiff is pushing through will put 40 turbines, a substation and a haul
    road over common land we've grazed for two hundred years. The "consultation" was a website and
    a drop-in session in a Cardiff hotel.

    Huw Morgan sat on the planning committee and called it "a great opportunity". Huw's farmhouse
    is at the bottom of that mountain. There's a lot of dead bracken up there this time of year,
    and a lot of diesel in a lot of sheds, and the wind blows straight down onto his roof. He
    might want to think about that before he votes again.

    Dewi Price
    """))

# 4 long teacher's rant about school closure with wish-harm
c.add("safety", also=("complaint",), subject="Ysgol y Cwm closure - a teacher's view", sender=c.person("Eleri", "Vaughan", "outlook.com"),
      tags=("embedded", "wish-harm"), body=D("""
    Dear Secretary,

    I taught at Ysgol y Cwm for nineteen years until it closed in July. I want to set out, for the
    record, what the closure has done.

    Children aged four are now on a bus for forty minutes each way to the new "super school" in
    Trefechan. Three families I know have moved out of the village. The chapel has closed. The shop
    is up for sale. The Welsh language, which was the language of the yard in that school, is now
    a lesson, not a life. The council called it "rationalisation". We call it the end of the
    village.

    Councillor Bethan Lloyd told a packed hall that "nothing would be decided without the
    community". It was decided three weeks later.

    I will not pretend to be a better person than I am. I hope Bethan Lloyd loses everything she
    loves the way this village has. If her house burnt down with her in it, I'd call it justice,
    and I'd not be the only one at the window watching. I know people who'd be glad to light it.

    I would like the CLP to explain why it supported the closure.

    Eleri Vaughan
    """))

# 5 reply to the CLP auto-acknowledgement that quotes the original threat
c.add("safety", subject="Re: Thank you for contacting Cwm Taf Valleys Labour", sender=c.person("Lyndon", "Hale", "sky.com"),
      tags=("quoted", "embedded", "conditional"), body=c.quote_reply(D("""
    5 working days? I'll give you 2.
    """), D("""
    Thank you for contacting Cwm Taf Valleys Labour. Diolch am gysylltu. We aim to respond within
    5 working days. Your message is copied below for your records.

    ---
    From: Lyndon Hale
    Message: My mother has been on a trolley at the Royal for 31 hours. If she dies there I will
    hold Gethin Rowlands responsible and I will make sure he pays. I know where his office is and
    I know his face. He won't be able to hide behind his staff.
    """), quoted_from="Cwm Taf Valleys Labour <noreply@cwmtafvalleyslabour.org.uk>"))

# 6 bottom-posted reply; threat is in the new text beneath the quote
c.add("safety", subject="Re: Your question about the bus", sender=c.person("Brian", "Ellis", "aol.com"),
      tags=("embedded", "veiled"), body=c.quote_reply(D("""
    Lovely words. Means nothing. Tell Huw Morgan I know what time he leaves the council offices and
    I know the bus he doesn't need to catch. We'll have our own consultation with him, on the
    car park, some Tuesday. He won't see it coming.

    Brian Ellis
    """), D("""
    Dear Mr Ellis,

    Thank you for your email about the 130 bus. I've passed your concerns to Cllr Morgan, who is
    raising the withdrawal of the evening service with the council and the bus company.

    Best wishes,
    Rhian Evans
    """), style="bottom"))

# 7 forwarded message in Welsh, with English note from councillor
c.add("safety", subject="Fwd: Ysgol y Cwm", sender=("Bethan Lloyd", "bethan.lloyd@cwmtaf-council.example.gov.uk"),
      tags=("forwarded", "third-party-report", "explicit"), body=c.forward(D("""
    Rhian - this came in Welsh so I've put a rough translation underneath for you. It's the third
    one. I've sent it to the police. Bethan

    (Translation: "Bethan. You destroyed our school and our village. We will be waiting for you
    when you come to the carnival. Be careful, because nobody will help you this time. We know
    where you live.")
    """), D("""
    Bethan. Rwyt ti wedi dinistrio'n hysgol a'n pentref. Mi fyddwn ni'n aros amdanat ti pan
    fyddi di'n dod i'r carnifal. Bydd yn ofalus, achos fydd neb yn dy helpu di tro 'ma. Rydyn
    ni'n gwybod lle rwyt ti'n byw.
    """), "Cwm <cwmgarw1968@gmail.com>", "Ysgol y Cwm"))

# 8 councillor forwards with "what do you make of this"
c.add("safety", subject="FW: Tip works", sender=("Dai Jenkins", "dai.jenkins.glyncoed@gmail.com"),
      tags=("forwarded", "third-party-report", "implicit"), body=c.forward(D("""
    Rhian, what do you make of this one? He's been on the phone to the council a few times about
    the tip works lorries. I'm inclined to ignore it. Dai
    """), D("""
    Jenkins,

    I see your grandson plays for Glyncoed juniors on a Saturday morning. Nice little player.
    Lorries up and down past our houses all day because you signed off the tip works. You might
    want to think about how safe those roads are for little lads. I know I do.
    """), "R. Thomas <rt.glyncoed@outlook.com>", "Tip works"))

# 9 MS office forward, no note
c.add("safety", subject="Fwd: Rugby club meeting", sender=("Swyddfa Carys Pugh MS", "carys.pugh.office@senedd.example.wales"),
      tags=("forwarded", "explicit"), body=c.forward("", D("""
    To Carys Pugh.

    You're coming to the rugby club on Thursday. I'll be there. I've got a present for you in the
    boot of my car and you'll be going home in an ambulance. Don't bother bringing the police,
    they're an hour away up here.
    """), "gaz.rfc <gaz.rfc77@gmail.com>", "Rugby club meeting"))

# 10 webform bilingual labels, threat
c.add("safety", subject="Neges newydd / New message: Cysylltu â Carys / Contact Carys", sender=c.form_robot(),
      reply_to="nomail@none.example", tags=("webform", "conditional", "explicit"), body=c.webform({
          "Enw / Name": "Taxpayer",
          "E-bost / Email": "nomail@none.example",
          "Iaith / Language": "English",
          "Neges / Message": "If the hospital in Trefechan loses its A&E, Carys Pugh will need it herself. I'll make sure of it. I'm not the only one who feels this way and we're organised.",
      }, form="Cysylltu â Carys / Contact Carys"))

# 11 webform Q&A question with threat
c.add("safety", subject="New question submitted: Ask Gethin (live Q&A)", sender=c.form_robot(),
      reply_to="j.pryce.nyf@gmail.com", tags=("webform", "veiled", "implicit"), body=c.webform({
          "Your name": "Jon Pryce",
          "Your email": "j.pryce.nyf@gmail.com",
          "Your question for Gethin": "Does Gethin still park behind the Co-op in Nant-y-Ffin when he does his surgery? Does he know how easy it is to see into that car park from the flats? Asking because a lot of us have been watching him for a while now and we have a few questions we'd like to ask him in person, without his staff.",
          "Can we read your question out?": "Yes",
      }, form="Ask Gethin (live Q&A)"))

# 12 webform feedback form with 1/5 rating and threat
c.add("safety", subject="Website feedback received", sender=c.form_robot(),
      reply_to="anon@anon.example", tags=("webform", "explicit", "noisy"), body=c.webform({
          "How would you rate our website?": "1/5",
          "What could we improve?": "get rid of ur traitor councillors. dai jenkins is a dead man walking. tell him. we no his house on heol y glo",
          "May we contact you?": "No",
      }, form="Feedback"))

# 13 Facebook community group post notification with menace
c.add("safety", subject="New post in Blaenhafod Community Noticeboard", sender=("Facebook", "groupupdates@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"), fmt="html", tags=("social", "implicit", "doxxing"), body="",
      html_body=fb_html([
          "<b>Rhodri Jones</b> posted in <b>Blaenhafod Community Noticeboard</b>:",
          "&ldquo;For anyone wanting to ask Cllr Lloyd about the school, she's at 4 Tŷ Coch Terrace, gets back from work about 6. Let's all go and ask her together one night. Make sure she knows she's not welcome in this village any more.&rdquo;",
          "56 reactions &middot; 23 comments",
          "<a href='#'>View post</a>",
      ], "You're receiving this because you're a member of Blaenhafod Community Noticeboard. Meta Platforms Ireland Ltd."))

# 14 Instagram comment notification
c.add("safety", subject="valleysboyo commented on your post", sender=("Instagram", "no-reply@mail.instagram.com"),
      tags=("social", "veiled"), body=D("""
    valleysboyo commented on your post: "Our Senedd candidate Carys out on the doorstep in
    Cwmgarw today!"

    "Out on the doorstep eh. Which doors tomorrow? We'd love to welcome her to our street.
    Properly."

    Reply

    Meta Platforms Ireland Ltd. Unsubscribe.
    """))

# 15 X quote-post notification
c.add("safety", subject="@trefechan_truth quoted your post", sender=("X", "notify@x.com"), headers=c.newsletter_headers("X"),
      tags=("social", "explicit", "pile-on"), body=D("""
    @trefechan_truth quoted your post

    @CwmTafLabour: "Proud of our councillors who voted to protect the Welsh-medium school
    budget."

    @trefechan_truth: These are the councillors. Pictures below. If you see them, let them know
    how you feel. Sian Powell lives on my road - I'll be letting her know myself, and she'll feel
    it. RT so everyone knows their faces.

    1,204 reposts · 3,318 likes

    X Corp. 865 FM 1209, Building 2, Bastrop, TX 78602
    """))

# 16 councillors' Google group: councillor reports shotgun cartridge
c.add("safety", subject="[Valleys Labour Councillors] Cartridge on my windowsill", sender=("Huw Morgan via Valleys Labour Councillors", "valleyslabourcouncillors@googlegroups.com"),
      to="valleyslabourcouncillors@googlegroups.com", headers=VALLEYS_CLLRS, tags=("list", "third-party-report", "suspicious-item", "implicit"), body=D("""
    Colleagues (and Rhian, cc'd as CLP secretary),

    I want you all to know in case you're targeted too. This morning there was a single shotgun
    cartridge standing upright on my kitchen windowsill, outside. No note. Our land runs up to the
    mountain where the wind farm is going. Police have been and taken it and they're treating it
    as a threat. They've asked that anyone on the planning committee who voted for the scheme
    is extra careful and reports anything odd.

    I'm fine. Angry more than anything.

    Huw

    --
    You received this message because you are subscribed to the Google Groups "Valleys Labour Councillors" group.
    """))

# 17 Senedd campaign team list: threat in a volunteer's post about doorstep
c.add("safety", subject="[Senedd Campaign Team] Cwmgarw session report", sender=c.person("Cerys", "Watkins"),
      to="senedd-campaign@lists.cwmtaflabour.cymru", headers=SENEDD_CAMPAIGN,
      tags=("list", "third-party-report", "explicit"), body=D("""
    Session report - Cwmgarw, Saturday

    Volunteers: 9. Doors: 212. Contacts: 97.
    Labour: 34. Reform: 21. Plaid: 12. Undecided: 30.

    Main issues: the hospital, 20mph, cost of living.

    Incident: at 17 Heol Glas a man came to the door with a baseball bat, told Tomos and Sian
    that "the next Labour rat on my step gets this across the head" and followed them to the end
    of the street. We've marked it DO NOT KNOCK and I've rung the police and told Rhian. Nobody
    hurt. Everyone, please don't go to Heol Glas at all.

    Next session Tuesday 6pm from the Welfare.

    Cerys

    _______________________________________________
    Senedd Campaign Team mailing list
    """))

# 18 HTML-only anonymous threat about Senedd election
c.add("safety", subject="Your candidate", sender=("Valleys Voice", "valleysvoice@proton.me"), fmt="html",
      tags=("html-only", "conditional", "veiled"), body="", html_body=D("""
    <html><body style="font-family:Arial">
    <p style="font-size:16px">Ms Evans,</p>
    <p>Your Senedd candidate has spent the summer telling the valleys what's good for them. <b>The valleys have listened.</b></p>
    <p>If she's still on the ballot paper when nominations close, we will make sure her campaign is remembered for the wrong reasons. We know where she canvasses, which nights she's alone, and which car is hers.</p>
    <p style="color:#999;font-size:11px">Valleys Voice</p>
    </body></html>
    """))

# 19 HTML-only Apple Mail volunteering reply with threat embedded
c.add("safety", subject="Re: Volunteers needed for the carnival stall", sender=c.person("Rhys", "Hopkin", "icloud.com"), fmt="html",
      tags=("html-only", "embedded", "veiled"), body="", html_body=D("""
    <html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">
    <div dir="ltr">I'll be at the carnival alright. Not on your stall though. I'll be watching for Bethan Lloyd. She'll find out what the village thinks of her and there'll be no stewards to hide behind this time.</div>
    <div dir="ltr"><br><blockquote type="cite">On 2 Aug, at 10:14, Cwm Taf Valleys Labour wrote:<br><br>
    <div dir="ltr">Hi all! We need volunteers for the Labour stall at Blaenhafod carnival on Saturday, 10-4. Reply if you can help for an hour!</div></blockquote></div>
    </body></html>
    """))

# 20 canvasser: dog set on them and a threat
c.add("safety", subject="Nant-y-Ffin doors - incident", sender=c.person("Gwyn", "Thomas", "gmail.com"),
      tags=("third-party-report", "explicit"), body=D("""
    Rhian,

    Reporting an incident from Sunday's session in Nant-y-Ffin (Heol y Bryn). A man let a large dog
    out of the gate at me and Mair as we walked up the path. The dog didn't bite but went for Mair's
    leg. He called it back eventually, laughing, and said "next time I won't call him off, and I'll
    be right behind him". He then shouted down the street that "the Labour are here" and two other
    men came out.

    We left. Mair has bruising from falling against the wall. I've reported it to the police and
    marked the house.

    Gwyn
    """))

# 21 MS followed after rugby club meeting
c.add("safety", subject="Thursday - after the rugby club", sender=("Swyddfa Carys Pugh MS", "carys.pugh.office@senedd.example.wales"),
      tags=("third-party-report", "following"), body=D("""
    Dear Rhian,

    For the CLP's information. After Carys's listening event at Glyncoed RFC on Thursday, a car
    followed her and her caseworker from the club car park, flashing its lights, all the way down
    the valley road to Trefechan. When they stopped at the petrol station the car pulled in behind
    them and the driver sat there staring until they drove off. It then followed them again until
    they turned into the police station.

    We believe this may be connected to the email threatening her before the event. Police are
    investigating. Future events will have a police presence.

    Diolch,
    Elin Harries
    Office Manager
    """))

# 22 car outside chair's farm lane
c.add("safety", subject="headlights in the lane", sender=("Alun Bevan", "alun.bevan@cwmtaflabour.cymru"),
      tags=("third-party-report", "stalking", "implicit"), body=D("""
    Rhian,

    For the record. Since the selection, a car has come up our lane three nights in the last ten,
    around midnight, stopped by the gate with its headlights on the house for five or ten minutes,
    then reversed down. Our lane goes nowhere except the farm. Last night Gwen got the first
    letters of the plate. I've rung 101.

    It may be lampers. It may not. I'd rather someone outside the family knew.

    Alun
    """))

# 23 suspicious jiffy bag with USB stick at MS office
c.add("safety", subject="Package at the Trefechan office", sender=("Elin Harries", "elin.harries@senedd.example.wales"),
      tags=("third-party-report", "suspicious-item", "implicit"), body=D("""
    Rhian,

    Letting you know because CLP volunteers are due in Friday. A jiffy bag arrived at the
    Trefechan office in the post this morning addressed to Carys. Inside was a USB stick and a
    printed note: "Watch what's on this. Then think about who else has seen it." We haven't put
    the stick into any computer. Senedd security have collected it and the police are involved.

    We're also getting the office checked. I'll let you know if Friday needs to move.

    Elin
    """))

# 24 fuel-smelling package at CLP office
c.add("safety", subject="Glyncoed office - package, fire brigade called", sender=c.person("Mair", "Hopkins"),
      tags=("third-party-report", "suspicious-item"), body=D("""
    Rhian, I'm outside the office with the fire brigade. There was a cardboard box by the back door
    when I came to do the banking, soaked through and smelling strongly of petrol, with "LABOUR"
    written on it. No note that I could see. I didn't touch it. Fire brigade and police here now,
    road closed. I'll ring you when they say more. Don't let anyone come down for the phone bank.
    Mair
    """))

# 25 pile-on against Welsh-language campaigner member
c.add("safety", subject="Tomos - pile-on after S4C interview", sender=("Cerys Watkins", "cerys.watkins@cwmtaflabour.cymru"),
      tags=("third-party-report", "pile-on", "harassment"), body=D("""
    Rhian,

    After Tomos did that short interview on S4C about young people and the Welsh language, a clip
    with English subtitles got shared by some anti-Welsh accounts and then by a big "free speech"
    account. He's had thousands of replies and DMs. Most are the usual nonsense about "dead
    languages", but some are clearly threatening: "we'll find you in Trefechan", "you'll be
    speaking Welsh through a broken jaw", and someone found his part-time job at the leisure centre
    and tagged the centre.

    He's 19. He's gone quiet in the group chat. Could you ring him? And I think the leisure centre
    needs to know in case someone turns up.

    Cerys
    Women's Officer
    """))

# 26 pile-on against councillor after 20mph vote
c.add("safety", subject="What's happening to Sian", sender=c.person("Lowri", "Powell", "gmail.com"),
      tags=("third-party-report", "pile-on", "doxxing", "noisy"), body=D("""
    Rhian its Lowri, Sian's daughter. Mam won't email you herself because she says it's "just
    politics" but its NOT. since that post from trefechan truth went round she's had hundreds of
    messages, people have put her address in the comments, somebody left a note on her car saying
    "we know ur road sian", and last night a group of lads stood outside the house for an hour
    shouting. She's 64!!

    police said to keep a log. please can the party do something, she's not sleeping

    Lowri
    """))

# 27 MS's twins' school posted
c.add("safety", subject="Post about Carys's children", sender=("Elin Harries", "elin.harries@senedd.example.wales"),
      tags=("third-party-report", "doxxing", "implicit"), body=D("""
    Rhian, confidential.

    A post on a local Facebook page ("Valleys Voice") has named the Welsh-medium school Carys's
    twins attend, with a photo of the school gates and the comment "Labour's Carys sends her kids
    here. Maybe the parents should have a word. Or someone should." The page has about 6,000
    followers. It's been reported to the police and Meta, and the head teacher knows.

    Please ask members not to engage with it or share it, even to condemn it.

    Elin
    """))

# 28 stalker at MS surgeries, now writing to Rhian too
c.add("safety", subject="Letters from Mr Kinsey", sender=c.person("Rhian", "Evans", "gmail.com"),
      to="carys.pugh.office@senedd.example.wales", cc=("ysgrifennydd@cwmtaflabour.cymru",),
      tags=("third-party-report", "stalking"), body=D("""
    Elin, copying this to the CLP inbox so it's on file.

    You'll know the name. The man who has attended every one of Carys's surgeries since the spring,
    the one who sits in the front row and won't leave. He has now started writing to me at home -
    three handwritten letters this month, hand-delivered, no stamps, so he has been to my house.
    They say he needs to "speak to Carys alone", that I am "keeping her from him", and in the last
    one that "if the gatekeepers won't step aside they'll be moved".

    I've given them to the police. I'm keeping copies. Please make sure the surgery volunteers
    know.

    Rhian
    """))

# 29 staffer: someone filming outside office daily
c.add("safety", subject="man filming outside the office", sender=c.person("Owain", "Rees"),
      tags=("third-party-report", "stalking", "harassment"), body=D("""
    Hi Rhian,

    Not sure if this needs to go anywhere official, so just flagging. There's a man who has stood
    across the road from the Glyncoed office every day this week at opening time, filming people
    going in on his phone. Today he crossed the road and asked me if "the MP's in today" and what
    time he usually leaves. When I said I couldn't say, he said "I'll wait then" and stood there
    until I locked up at 5. Then he walked behind me to the bus stop.

    I've told Gethin's office. Owain (volunteer)
    """))

# 30 rugby club steward: men waiting for councillor
c.add("safety", subject="Cllr Jenkins - Saturday night", sender=("Glyncoed RFC", "glyncoedrfc.secretary@btinternet.com"),
      tags=("third-party-report", "following", "explicit"), body=D("""
    Dear Mrs Evans,

    I'm the club secretary at Glyncoed RFC. I thought the Labour party should know about Saturday.
    Three men in the bar were talking loudly about Dai Jenkins and the tip works, saying they were
    going to "sort him out" when he came in after the match. When Dai came in they stood up and
    crowded round him, and one said "outside, now, or we'll come to yours". Our stewards got Dai
    out the back and his son drove him home. The men then sat in a car outside the club for an
    hour.

    The three are barred. We've passed the CCTV to the police.

    Yours,
    Elwyn Davies
    Club Secretary
    """))

# 31 member reports phone call about husband at steelworks
c.add("safety", subject="strange phone call", sender=c.person("Nerys", "Griffiths", "hotmail.co.uk"),
      tags=("third-party-report", "implicit", "veiled"), body=D("""
    Hi Rhian,

    I hope this is the right thing to do. Last night someone rang our landline at about 10pm. A
    man's voice, local. He said, "You're the one putting the Labour leaflets through in Trefechan.
    Your Mark works nights at the steelworks, doesn't he? Dangerous place. Shame if he had an
    accident." Then he hung up.

    We're ex-directory. Mark says to ignore it, it's some idiot. But I'm frightened and I wanted
    the party to know. I won't be doing my round this week.

    Nerys
    """))

# 32 youth member harassed at college
c.add("safety", subject="college stuff", sender=c.person("Tomos", "Price", "gmail.com"),
      tags=("third-party-report", "harassment", "following", "noisy"), body=D("""
    hi rhian

    cerys said i should tell you myself. since the s4c thing there's a group of lads at college who
    follow me between lessons saying stuff. today one of them pushed me into the lockers and said
    "see you after, welsh boy, we know where you get the bus". they were waiting at the bus stop
    after but i went out the other gate and my mum picked me up.

    college know now. i dont really want a fuss but cerys says its part of the same thing as the
    online stuff

    tomos
    """))

# 33 Filipino nurse member (non-native)
c.add("safety", subject="About what happen at the stall", sender=c.person("Maricel", "Santos", "yahoo.com"),
      tags=("third-party-report", "non-native", "explicit"), body=D("""
    Good evening Ms Rhian,

    I am Maricel, member from Trefechan branch, I am nurse at the Royal. Last Saturday when I help
    at the Labour stall in the market, one man come and shout to me that "foreigners stealing
    nurse jobs" and that Labour "bring us here". Before he go he point to me and say "I know you
    work at the Royal. I will find you in the car park after your night shift and you will be
    sorry." I am worried because I finish at 8am and the car park is very empty.

    I told my manager in the hospital and they give security escort. But I want to inform also
    the party. Thank you po.

    Maricel Santos
    """))

# 34 Syrian member (non-native) reports graffiti/threat at his shop
c.add("safety", subject="my shop", sender=c.person("Mohammed", "Haddad", "gmail.com"),
      tags=("third-party-report", "non-native", "noisy", "explicit"), body=D("""
    Dear Rhian

    I am Mohammed from the barber shop in Glyncoed, I am member since 2 year. I put the Labour
    poster for Carys in my window. This morning somebody write on my shutter with red paint
    "LABOUR ARAB OUT - NEXT TIME FIRE". I am take photo and call police. My wife is afraid now.

    I want to keep the poster but maybe is not safe. What you advice? Also maybe other shops with
    poster have same problem.

    Thank you
    Mohammed
    """))

# 35 PCSO/police officer warns CLP
c.add("safety", subject="Information - Labour event at Glyncoed Welfare Hall", sender=("PS 1187 Rhys Llewellyn", "rhys.llewellyn@police.example.wales"),
      tags=("third-party-report", "conditional"), body=D("""
    OFFICIAL

    Dear Ms Evans,

    I am the sergeant for the Glyncoed neighbourhood policing team. We have received information
    that a group intends to attend the Labour Party public meeting at Glyncoed Miners' Welfare Hall
    on the 12th, and that comments have been made on a messaging app about "making sure Rowlands
    doesn't get to the stage" and "bringing tools".

    We will have officers present. I'd be grateful if you could contact me today to discuss
    stewarding, the number of entrances and the arrival and departure arrangements for Mr Rowlands.

    Sgt Rhys Llewellyn
    """))

# 36 chapel minister: note left in the vestry where branch meets
c.add("safety", subject="Note left in Bethel vestry", sender=c.person("Revd Emyr", "Jones", "btinternet.com"),
      tags=("third-party-report", "explicit", "suspicious-item"), body=D("""
    Annwyl Rhian,

    I am sorry to write with bad news. When I opened the vestry this morning to prepare for Bible
    study I found a sheet of paper pushed under the door, addressed "TO THE LABOUR PARTY". It
    reads: "You meet here Tuesdays. We know. Next Tuesday the door will be locked from the
    outside and the place will burn with you in it."

    I have phoned the police and kept the paper in a plastic folder. I do not think it wise for the
    branch to meet here on Tuesday until the police have advised. The deacons are meeting tonight.

    Bendith,
    Emyr Jones
    Bethel Chapel
    """))

# 37 branch minutes with a threat report in AOB
c.add("safety", subject="Nant-y-Ffin branch minutes - November", sender=c.person("Gwenllian", "Hughes"),
      tags=("embedded", "third-party-report", "explicit"), body=D("""
    Hi Rhian, minutes from Tuesday below for the CLP file.

    NANT-Y-FFIN BRANCH - MINUTES, 18 NOVEMBER
    Present: 11. Apologies: Dai Jenkins, Mair Hopkins.
    1. Minutes of October meeting approved.
    2. Treasurer: £212.40 in the branch account.
    3. Campaigning: leaflet round for Heol y Bryn estate to be finished by 30 Nov.
    4. Motion to GC on the hospital: agreed (proposer G. Thomas, seconder M. Hopkins).
    5. AOB: Sioned reported that after she delivered leaflets on Heol y Bryn on Saturday, a man
    stopped her at her car and said "put another one of them through my door and I'll set fire
    to this car with you in it". She has reported it to the police. The branch agreed nobody
    should deliver on that estate alone, and asked the secretary to inform the CLP.
    Next meeting: 16 December.

    Gwenllian
    Branch Secretary
    """))

# 38 treasurer's expenses email with a threat mentioned in passing
c.add("safety", subject="expenses - taxi + printing", sender=("Mair Hopkins", "mair.hopkins@cwmtaflabour.cymru"),
      tags=("embedded", "third-party-report", "stalking"), body=D("""
    Rhian,

    Receipts attached for the printing (£86.40, Valley Print) and a taxi on Tuesday (£14.00). The
    taxi's because that man from the GC was waiting by my car again in the Welfare car park - the
    third time now - and when I walked towards it he said "no rush Mair, I've got all night, I know
    where you'll end up". So I left the car and got a taxi. Will you reimburse it from the CLP
    account or the branch?

    Also the bank statement for November is in the folder.

    Mair
    """))

# 39 one-line veiled threat, no greeting
c.add("safety", subject="the tip", sender=("N/A", "cwmwatcher@proton.me"),
      tags=("veiled", "implicit", "embedded"), body=D("""
    Tell Rowlands the tip isn't the only thing round here that's going to slide. Him and his office on Bridge Street. Soon.
    """))

# 40 bomb hoax call to the venue before meeting, reported by hall secretary
c.add("safety", also=("urgent",), subject="Phone call to the Welfare Hall", sender=("Glyncoed Miners' Welfare", "glyncoedwelfare@outlook.com"),
      tags=("third-party-report", "suspicious-item", "explicit"), body=D("""
    Rhian,

    Ringing wasn't getting through so emailing. At 4.50pm today the hall phone rang and a man said
    "there's a bomb in the hall for the Labour meeting tonight" and hung up. Police came, the hall
    was searched with a dog and nothing was found. They think it's a hoax but have told us to
    cancel tonight's booking to be safe, which we've done.

    Can you let your members know before they set off? Sorry. We'll talk about rebooking.

    Ceri
    Hall Secretary
    """))

# ---------------- hard negatives ----------------

# 41 Welsh Labour bulletin with candidate security item (bulk)
c.add("bulk", subject="Welsh Labour Bulletin / Bwletin Llafur Cymru", sender=("Welsh Labour", "bulletin@welshlabour.example.wales"),
      headers=c.newsletter_headers("NationBuilder"), fmt="alt", tags=("hard-negative", "news-about-threats"), body=D("""
    WELSH LABOUR BULLETIN

    SENEDD 2026: CANDIDATE SECURITY
    Every Welsh Labour Senedd candidate will be offered a briefing with their local police force
    and a personal safety assessment, following the Electoral Commission's findings on abuse of
    candidates at the last election. CLP secretaries should ensure candidates and agents have the
    reporting guidance, which is on Membersnet.

    TRAINING
    Agents' training: 10 January, Cardiff and online.

    Diolch am eich cefnogaeth. Thank you for your support.
    Unsubscribe / Dad-danysgrifio
    """))

# 42 member shares article about abuse of Senedd candidates elsewhere (other)
c.add("other", subject="Article about candidates in the north", sender=c.person("Iwan", "Roberts", "btinternet.com"),
      tags=("hard-negative", "news-about-threats"), body=D("""
    Rhian,

    Did you see the piece on Nation.Cymru about candidates in the north-east getting abuse - one
    had her car tyres slashed and another had to move out for a week? Cross-party as well. Makes
    you think. Nothing like that round here yet, touch wood, but maybe worth Carys's team knowing
    the article's out there.

    Iwan
    """))

# 43 members list debate on public attendance at GC (bulk)
c.add("bulk", subject="Re: [CTV Members] Should GC be open to the public?", sender=c.person("Alun", "Bevan", "gmail.com"),
      to="members@lists.cwmtaflabour.cymru", headers=CTV_MEMBERS, tags=("hard-negative", "news-about-threats", "list"), body=D("""
    I understand the arguments for openness and I'm sympathetic. But GC is a members' meeting and
    the rule book is clear. And given what's been happening to councillors across Wales - the
    reports of threats, people filming meetings and posting clips with home addresses - I don't
    think it's fair to ask our councillors and officers to speak freely in a room where anyone can
    walk in and record them. Public meetings, yes, regularly. GC, no.

    Alun (Chair)

    _______________________________________________
    Cwm Taf Valleys Members mailing list
    """))

# 44 WLGA bilingual training notice (bulk)
c.add("bulk", subject="Hyfforddiant / Training: Diogelwch personol i gynghorwyr / Personal safety for councillors", sender=("WLGA Member Development", "training@wlga.example.wales"),
      headers=c.newsletter_headers("Campaign Monitor"), tags=("hard-negative", "news-about-threats"), body=D("""
    Diogelwch personol i gynghorwyr / Personal safety for councillors
    Ar-lein / Online - 22 Ionawr / January, 18:00

    This session looks at staying safe when holding surgeries and meeting residents, handling
    online abuse, and reporting threats to the police. It draws on the national survey in which
    most councillors in Wales reported some form of abuse or intimidation.

    Archebwch / Book now. Please share with councillors in your group.

    Dad-danysgrifio / Unsubscribe
    """))

# 45 council notice: controlled blasting at old quarry for tip works (bulk)
c.add("bulk", subject="Hysbysiad / Notice: Controlled blasting, Cwmgarw quarry", sender=("Cwm Taf Council", "newyddion@cwmtaf-council.example.gov.uk"),
      headers=c.newsletter_headers("GovDelivery"), tags=("hard-negative", "benign-violent-word"), body=D("""
    NOTICE - COAL TIP SAFETY WORKS

    As part of the tip remediation programme, contractors will carry out controlled blasting at
    the old Cwmgarw quarry on weekdays between 11:00 and 11:30 from 5 to 23 January. A siren will
    sound five minutes before each blast. The mountain footpath above Heol Glas will be closed
    during blasting.

    These works are essential to make the tip safe. We apologise for any disturbance.

    Manage your subscription.
    """))

# 46 quoted reply with benign violent words (query)
c.add("query", subject="Re: Leaflets for Cwmgarw", sender=c.person("Bryn", "Watkins"),
      tags=("hard-negative", "benign-violent-word", "quoted"), body=c.quote_reply(D("""
    Rhian - these full-colour ones cost a bomb, can we afford another 5,000 or shall we go for
    black and white? Shoot me a text when you know. We'll knock 'em dead in Cwmgarw either way,
    the target wards are looking good.

    Also, where do I pick them up - the Welfare or yours?

    Bryn
    """), D("""
    Hi Bryn, first 5,000 Cwmgarw leaflets are printed. Do you want more? Rhian
    """)))

# 47 S4C documentary researcher (query)
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="ffion.ellis@cwmnipros.example.cymru", tags=("hard-negative", "news-about-threats", "webform"), body=c.webform({
          "Name": "Ffion Ellis",
          "Email": "ffion.ellis@cwmnipros.example.cymru",
          "Message": "Helo! I'm a researcher at an independent production company making a documentary for S4C about the reality of being a local politician in Wales today, including the abuse and threats many report. We're speaking to all parties. Would your CLP be open to a conversation about taking part? Happy to talk in Welsh or English.",
      }))

# 48 Facebook share of police advice on polling stations (bulk)
c.add("bulk", subject="Alun Bevan shared a post", sender=("Facebook", "notification@facebookmail.com"),
      fmt="html", tags=("hard-negative", "news-about-threats", "social"), body="", html_body=fb_html([
          "<b>Alun Bevan</b> shared a post from <b>Heddlu / Police</b> in <b>Cwm Taf Valleys Labour Members</b>",
          "&ldquo;Standing in May? Our guidance for candidates and campaigners on staying safe, and how to report intimidation or threats.&rdquo;",
          "<a href='#'>View post</a>",
      ], "You're receiving this because you're a member of Cwm Taf Valleys Labour Members. Unsubscribe."))

# 49 complaint: hustings cancelled on police advice (complaint)
c.add("complaint", subject="Cancelling the hustings", sender=c.person("Delyth", "Morris", "outlook.com"),
      tags=("hard-negative", "news-about-threats", "angry"), body=D("""
    Rhian,

    I'm very disappointed that the CLP has pulled out of the Trefechan hustings. "Security
    concerns" and "general police advice about the current climate" is not an explanation. Every
    other party is going. If we hide away because politics has got nasty then the nasty people win.
    It makes us look frightened of the voters.

    I'd like to know who made this decision, whether the EC was consulted, and whether it can be
    reversed. I'll raise it at the GC if I have to.

    Delyth
    """))

# ---------------- ordinary ----------------

# 50 webform query in Welsh
c.add("query", subject="Neges newydd: Cysylltu â ni", sender=c.form_robot(),
      reply_to="sioned.pugh@gmail.com", tags=("webform",), body=c.webform({
          "Enw": "Sioned Pugh",
          "E-bost": "sioned.pugh@gmail.com",
          "Neges": "Helo, dw i newydd ymuno â'r Blaid Lafur. Pryd mae cyfarfod nesaf cangen Glyncoed, a ble? Oes modd i mi helpu gyda'r ymgyrch? Diolch yn fawr!",
      }, form="Cysylltu â ni"))

# 51 webform DP: how did you get my number
c.add("data-protection", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="keith.harries55@hotmail.com", tags=("webform", "confuser", "dp-no-legal-words"), body=c.webform({
          "Name": "Keith Harries",
          "Email": "keith.harries55@hotmail.com",
          "Message": "A woman from Labour rang my mobile last night asking how I'd vote in the Senedd election. I've never given you my number. How did you get it and who else has it? Please remove me from everything.",
      }))

# 52 webform complaint: 20mph (complaint)
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="c.lewis.trefechan@gmail.com", tags=("webform",), body=c.webform({
          "Name": "Catherine Lewis",
          "Email": "c.lewis.trefechan@gmail.com",
          "Message": "I wrote to Carys Pugh in September asking why the A-road through Trefechan wasn't changed back to 30 in the review. I've had no reply. I'm a Labour voter and I'm getting very fed up with being ignored. Please pass this on and tell me when I can expect an answer.",
      }))

# 53 forwarded complaint about hospital downgrade
c.add("complaint", subject="Fwd: A&E at the Royal", sender=c.person("Glenys", "Morgan", "btinternet.com"),
      tags=("forwarded",), body=c.forward(D("""
    Rhian, I sent this to the health board and got a form letter back. I'd like the CLP to take a
    stand on this instead of sitting on the fence. Glenys
    """), D("""
    Dear Sir or Madam,

    I object in the strongest terms to the proposal to downgrade the A&E department at the Royal.
    The nearest alternative is 40 minutes away on a good day. People will die in ambulances.
    I'd like to know how the health board has assessed the impact on valley communities.

    Glenys Morgan
    """), "Glenys Morgan <glenys.morgan@btinternet.com>", "A&E at the Royal"))

# 54 MS office forwards misdirected council query (other)
c.add("other", subject="Fwd: bins on Heol y Glo - wrong inbox?", sender=("Swyddfa Carys Pugh MS", "carys.pugh.office@senedd.example.wales"),
      tags=("forwarded", "confuser"), body=c.forward(D("""
    Hi Rhian, this seems to have been sent to us by mistake - it's for the council/Cllr Jenkins
    really. Could you pass it to Dai? Diolch, Elin
    """), D("""
    Hello, the bins on Heol y Glo haven't been collected for two weeks and there are bags piled up
    outside no 12. Who do I contact?
    """), "Ann Bevan <annbevan.glyncoed@gmail.com>", "bins on Heol y Glo"))

# 55 quoted reply query: what time is the carnival stall
c.add("query", subject="Re: Volunteers needed for the carnival stall", sender=c.person("Menna", "Jones"),
      tags=("quoted",), body=c.quote_reply(D("""
    I can do 12 till 1! Where do I find the stall - near the field entrance or by the band? And
    do I need to bring anything?

    Menna
    """), D("""
    Hi all! We need volunteers for the Labour stall at Blaenhafod carnival on Saturday, 10-4.
    Reply if you can help for an hour!
    """)))

# 56 quoted reply query: dues / arrears
c.add("query", subject="Re: Membership - your direct debit", sender=c.person("Gwilym", "Rowlands", "sky.com"),
      tags=("quoted", "confuser"), body=c.quote_reply(D("""
    Rhian, I'm on the reduced rate as a pensioner but the direct debit seems to have gone up. Is
    that right? Do I need to reapply for the reduced rate every year?
    """), D("""
    Dear member, this is a reminder that membership rates change from 1 January. Please check your
    direct debit details on Membersnet.
    """), style="outlook"))

# 57 quoted reply query: accessibility
c.add("query", subject="Re: Public meeting with Gethin", sender=c.person("Janet", "Probert", "aol.com"),
      tags=("quoted",), body=c.quote_reply(D("""
    Is there a ramp at the Welfare? My husband's in a wheelchair since his stroke and he'd love to
    come and ask Gethin about the hospital.
    """), D("""
    Public meeting with Gethin Rowlands MP, Glyncoed Miners' Welfare Hall, Friday 7pm. All welcome.
    """)))

# 58 quoted reply: nominations (procedural)
c.add("procedural", subject="Re: Nominations for CLP officers", sender=c.person("Gwenllian", "Hughes", "gmail.com"),
      tags=("quoted",), body=c.quote_reply(D("""
    Rhian,

    Nant-y-Ffin branch nominates:
    - Alun Bevan for Chair
    - Mair Hopkins for Treasurer
    - Cerys Watkins for Women's Officer

    Agreed at branch meeting 18 November, 11 present. I can send the minutes.

    Gwenllian
    """), D("""
    Nominations for CLP officer posts are now open and close at noon on 15 January.
    """)))

# 59 members list post: ordinary (bulk)
c.add("bulk", subject="[CTV Members] Plygain carol service + Christmas raffle", sender=c.person("Mair", "Hopkins"),
      to="members@lists.cwmtaflabour.cymru", headers=CTV_MEMBERS, tags=("list",), body=D("""
    Annwyl aelodau / Dear members,

    The Bethel Plygain carol service is on Sunday 14 December at 6pm - all welcome, Welsh and
    English carols, cawl afterwards in the vestry.

    Raffle tickets for the CLP Christmas raffle are £1 each, from me or your branch secretary.
    First prize is a hamper from the Glyncoed butcher!

    Mair
    Trysorydd / Treasurer

    _______________________________________________
    Cwm Taf Valleys Members mailing list
    """))

# 60 councillors' list: ordinary (bulk)
c.add("bulk", subject="[Valleys Labour Councillors] Group meeting moved to Wednesday", sender=("Sian Powell via Valleys Labour Councillors", "valleyslabourcouncillors@googlegroups.com"),
      to="valleyslabourcouncillors@googlegroups.com", headers=VALLEYS_CLLRS, tags=("list",), body=D("""
    All - the group meeting is moved from Monday to Wednesday 5.30pm, committee room 2, because of
    the budget briefing. Papers as before.

    Sian (Group Secretary)

    --
    You received this message because you are subscribed to the Google Groups "Valleys Labour Councillors" group.
    """))

# 61 Senedd campaign list: ordinary (bulk)
c.add("bulk", subject="[Senedd Campaign Team] This week's sessions", sender=c.person("Cerys", "Watkins"),
      to="senedd-campaign@lists.cwmtaflabour.cymru", headers=SENEDD_CAMPAIGN, tags=("list",), body=D("""
    Sessions this week:
    Tue 6pm - Glyncoed, meet at the Welfare
    Thu 6pm - Trefechan, meet at the library
    Sat 10.30am - Cwmgarw, meet at the square (Carys joining us!)

    Clipboards, rosettes and torches at the Welfare. Dress for rain.

    Cerys

    _______________________________________________
    Senedd Campaign Team mailing list
    """))

# 62 Instagram harmless (bulk)
c.add("bulk", subject="cwmtaflabour, see what you've missed", sender=("Instagram", "no-reply@mail.instagram.com"),
      headers=c.newsletter_headers("Instagram"), tags=("social",), body=D("""
    See what you've missed on Instagram

    glyncoed_rfc posted a photo for the first time in a while
    carys.pugh.ms shared 3 stories
    4 new followers: blaenhafod_bakery, valleys_walks, and 2 others

    Open Instagram

    Meta Platforms Ireland Ltd. Unsubscribe.
    """))

# 63 Facebook page harmless (bulk)
c.add("bulk", subject="Your Page's weekly update", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"), tags=("social",), body=D("""
    Cwm Taf Valleys Labour - weekly update

    Post reach: 3,412
    Post engagement: 604
    New Page likes: 28

    Your top post: "Thank you to everyone who came to the Plygain last year - see you again on
    14 December!"

    Meta Platforms Ireland Ltd. Unsubscribe.
    """))

# 64 HTML-only newsletter (bulk)
c.add("bulk", subject="Cylchlythyr Cymdeithas Tai'r Cwm / Cwm Housing newsletter", sender=("Cwm Housing", "newyddion@cwmhousing.example.wales"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html", tags=("html-only",), body="", html_body=D("""
    <html><body style="font-family:Arial">
    <div style="max-width:600px;margin:auto">
    <h1 style="color:#00704a">Newyddion / News</h1>
    <p><b>Winter warmth:</b> our tenancy support team can help with energy bills. Call us free.</p>
    <p><b>Repairs:</b> report repairs online 24/7. Out-of-hours emergencies: call the number on your rent card.</p>
    <p><b>Tenants' panel:</b> we're looking for new members from Glyncoed and Trefechan.</p>
    <p style="font-size:10px;color:#777">Dad-danysgrifio / Unsubscribe</p>
    </div></body></html>
    """))

# 65 HTML-only newsletter (bulk)
c.add("bulk", subject="Valleys Food Bank - Christmas appeal", sender=("Valleys Food Bank", "hello@valleysfoodbank.example.org.uk"),
      headers=c.newsletter_headers("Mailerlite"), fmt="html", tags=("html-only",), body="", html_body=D("""
    <html><body style="font-family:Helvetica;background:#fffbea">
    <div style="max-width:560px;margin:auto;padding:16px">
    <h2>Our Christmas appeal</h2>
    <p>Last December we gave out 1,140 food parcels across the valleys. This year we expect more.</p>
    <p>Most needed: tinned meat, UHT milk, toiletries, selection boxes.</p>
    <p>Drop-off points: Glyncoed Welfare, Trefechan library, Tesco Nant-y-Ffin.</p>
    <p><a href="#">Donate online</a></p>
    <p style="font-size:10px">You're receiving this as a supporter. <a href="#">Unsubscribe</a></p>
    </div></body></html>
    """))

# 66 out-of-office (bulk)
c.add("bulk", subject="Ateb awtomatig / Automatic reply: Nominations for CLP officers", sender=("Huw Morgan", "huw.morgan@cwmtaf-council.example.gov.uk"),
      headers=c.autoreply_headers("exchange"), tags=("confuser", "robot-no-list-headers"), body=D("""
    Diolch am eich e-bost. Rydw i i ffwrdd o'r swyddfa tan 2 Ionawr.
    Thank you for your email. I am out of the office until 2 January. For urgent council matters
    please contact Members' Services.

    Cllr Huw Morgan
    """))

c.write()
