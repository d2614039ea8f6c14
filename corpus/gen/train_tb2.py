# train_tb2: threats embedded in other mail and third-party reports, plus look-alike
# non-safety mail in the same shapes. Kelvin North CLP (secretary Jamie Rennie), Glasgow.
# Fictional world: MP Fiona McAteer; MSP Drew Lennox; wards Ruchmill, Firhill North,
# Kelvinhaugh Park, Summerston Cross; councillors Shona Barr, Abdul Rashid, Kenny Doig,
# Morag Blane; chair Iain Fraser; treasurer Ewan Kerr; women's officer Aisha Bukhari.
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tb2", seed=1202)


def D(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def card_html(brand, colour, blocks, footer):
    """Wrap hand-written notification paragraphs in a simple branded HTML card."""
    inner = "".join(f'<p style="margin:0 0 12px 0">{b}</p>' for b in blocks)
    return (f'<!DOCTYPE html><html><body style="background:#eef1f4;margin:0;padding:20px">'
            f'<div style="max-width:560px;margin:auto;background:#fff;border-radius:8px;font-family:Arial,sans-serif;font-size:14px;color:#222">'
            f'<div style="background:{colour};color:#fff;padding:14px 18px;font-weight:bold;font-size:18px;border-radius:8px 8px 0 0">{brand}</div>'
            f'<div style="padding:18px">{inner}</div>'
            f'<div style="padding:12px 18px;font-size:11px;color:#888">{footer}</div></div></body></html>')


KN_LIST = c.list_headers("Kelvin North Labour Members", domain="lists.kelvinnorthlabour.org")
RUCH_LIST = c.list_headers("Ruchmill Branch", domain="googlegroups.com", precedence=False)
SLW_LIST = c.list_headers("Scottish Labour Women West", domain="groups.io")

# 1 polite opening (housing reference), veiled threat at the school gate
c.add("safety", subject="housing letter", sender=c.person("Stacey", "McGinty", "hotmail.co.uk"),
      tags=("embedded", "implicit", "veiled"), body=D("""
    Hiya,

    Sorry to bother you, I got this address off the website. I'm trying to get a letter of
    support from Fiona McAteer for a transfer, we've been in a 2 bed with 3 weans and damp for
    four year. Could you tell me if I need to go to her surgery or can I just email the office?

    Also can you tell Councillor Barr I'll be waiting for her at the Ruchmill Primary gates on
    Monday at pick up. She knows fine why. Her wee boy's in P3 isn't he.

    Thanks
    Stacey
    """))

# 2 long rant in Scots with threat near the end
c.add("safety", subject="LEZ and the rest of it", sender=("Big Tam", "tam.firhill@gmail.com"),
      tags=("embedded", "veiled", "noisy"), body=D("""
    Right, I'm gonnae say this once and I hope somebody in yer party actually reads it.

    Forty year I've drove a van in this city. Forty year. Then yous bring in the low emission
    zone and I need a new van I cannae afford or I'm fined every time I go in for a job. Then the
    bins, the bins are a joke, the close is full of rats. Then the swimming baths in Ruchmill shut
    "for refurbishment" two year ago and there's still a fence round it. Then the buses. Ye cannae
    get a bus after 8 o'clock. Labour, SNP, yous are all the same, in the City Chambers getting
    yer dinners paid for.

    Drew Lennox came up the stairs at election time and shook my hand and said he'd fight for
    tradesmen. Where is he noo. No at the end of a phone anyway.

    Tell him fae me that I know his office and I know his motor, the silver Kia wi the dent in
    the back door, and that next time he leaves it on Firhill Road overnight he'll no be driving
    it hame. And that's me being nice about it.

    Tam
    """))

# 3 bottom-posted reply: the quoted earlier message holds the threat, new text is "any update"
c.add("safety", subject="Re: Fw: planning - Summerston Cross flats", sender=c.person("Gordon", "Mackie", "btinternet.com"),
      tags=("quoted", "embedded", "conditional"), body=c.quote_reply(D("""
    Any update on this? Two weeks now.

    GM
    """), D("""
    To the Labour party secretary.

    Your councillors Doig and Blane are on the planning committee that meets on the 14th about the
    flats on the old bowling green. I'm asking you to pass on a message. If they vote this through
    there's a dozen of us in Summerston who'll make sure neither of them gets a night's peace
    again. We know where they drink and we know where they live. They've been told.

    Gordon Mackie
    """), quoted_from="Gordon Mackie <gordon.mackie@btinternet.com>", style="bottom"))

# 4 EC reply-all thread; top reply benign, threat in the quoted earlier message from a CC'd ex-member
c.add("safety", subject="Re: Re: Disciplinary outcome - confidential", sender=("Iain Fraser", "iain.fraser.kn@gmail.com"),
      tags=("quoted", "embedded", "explicit"), body=c.quote_reply(D("""
    Agree with Ewan. Let's not reply to him directly - I'll raise it at Thursday's EC.

    Iain
    """), D("""
    Ewan Kerr wrote:
    > I think we should acknowledge receipt and nothing more.

    Brian Currie wrote:
    > I've been in this party 30 years and you've suspended me on the word of a 22 year old.
    > I've got all your addresses from the old canvass packs, every one of you. Enjoy Thursday's
    > meeting. I'll be at the hall. Some of you will be going home in an ambulance and you'll
    > all know exactly why.
    """), quoted_from="Ewan Kerr <ewan.kerr@kelvinnorthlabour.org>"))

# 5 forward with no note from MSP office
c.add("safety", subject="Fwd: surgery on saturday", sender=("Office of Drew Lennox MSP", "drew.lennox.office@parliament.example.scot"),
      tags=("forwarded", "explicit"), body=c.forward("", D("""
    Lennox

    I'll be at your surgery on Saturday in the library. Make sure you're there. I'm bringing a
    knife this time and you're going to listen. My son is dead because your lot cut the
    addiction services.

    D
    """), "dmc1975 <dmc1975@gmail.com>", "surgery on saturday"))

# 6 councillor forwards with dismissive note
c.add("safety", subject="Fw: ya grass", sender=("Kenny Doig", "kenny.doig@councillors.example.glasgow.gov.uk"),
      tags=("forwarded", "third-party-report", "veiled"), body=c.forward(D("""
    Jamie, probably nothing. He's annoyed about the licence objection I made on behalf of the
    residents. Just so someone other than me has a copy.

    K
    """), D("""
    heard it was you who objected to the licence at the Firhill bar. a lot of people lost their
    jobs over that. you've got a nice wee family kenny. shame if they had to move
    """), "Scott M <scottymfirhill@outlook.com>", "ya grass"))

# 7 web form: "Join us" form with threat inside "why do you want to join"
c.add("safety", subject="New submission: Join Kelvin North Labour", sender=c.form_robot(),
      reply_to="jdonald.kn@gmail.com", tags=("webform", "explicit", "embedded"), body=c.webform({
          "First name": "J",
          "Last name": "Donald",
          "Email": "jdonald.kn@gmail.com",
          "Postcode": "G20",
          "Why do you want to get involved?": "So I can get into your meetings and find out which one of you reported my brother. When I find out who it was they'll be getting a visit and it'll not be to talk about politics.",
          "How did you hear about us?": "Facebook",
      }, form="Join us"))

# 8 web form: surgery booking with intimidating message
c.add("safety", subject="Surgery appointment request", sender=c.form_robot(),
      reply_to="w.reid.ruchmill@yahoo.co.uk", tags=("webform", "veiled", "implicit"), body=c.webform({
          "Name": "W Reid",
          "Email": "w.reid.ruchmill@yahoo.co.uk",
          "Preferred surgery": "Ruchmill Community Hall - Friday 5pm",
          "What is it about?": "The new travellers site. Me and a few of the boys will be coming. We'll wait as long as it takes. Miss McAteer won't be leaving that hall till she's heard every one of us, however long that is, and she'd be wise not to bring the polis.",
      }, form="Book a surgery appointment"))

# 9 web form: volunteer form used by a stalker fixated on women's officer
c.add("safety", subject="New submission: Volunteer with us", sender=c.form_robot(),
      reply_to="callumxp@hotmail.com", tags=("webform", "stalking", "implicit"), body=c.webform({
          "Name": "Callum",
          "Email": "callumxp@hotmail.com",
          "Availability": "any time",
          "Skills": "driving",
          "Message": "I want to volunteer specifically with Aisha Bukhari. I've messaged her on Instagram, Facebook and email and she doesn't reply, but I know she gets the 60 bus from Firhill at 8.10 and I've seen her at the Ruchmill stall. If you give me her number I won't need to keep waiting at the stop. Tell her I'm not going away.",
      }, form="Volunteer with us"))

# 10 ordinary web form query: bring teenager to meeting
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="lornagallacher@gmail.com", tags=("webform",), body=c.webform({
          "Name": "Lorna Gallacher",
          "Email": "lornagallacher@gmail.com",
          "Message": "Hi, my daughter is 15 and has got really into politics this year (modern studies!). Can she come along to a branch meeting with me, or does she have to be a member? Is there anything for young people? Thanks",
      }))

# 11 social: Instagram message request preview with threat
c.add("safety", subject="kn_unionist_lad wants to send you a message", sender=("Instagram", "no-reply@mail.instagram.com"),
      fmt="html", tags=("social", "explicit"), body="", html_body=card_html("Instagram", "#d62976", [
          "<b>kn_unionist_lad</b> wants to send you a message.",
          "&ldquo;see that aisha one u had at the stall on saturday. tell her next time shes out on her own we'll put her in the canal&rdquo;",
          "Open Instagram to accept or delete this request.",
      ], "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4. This message was sent to clp.secretary@kelvinnorthlabour.org."))

# 12 social: X mention with threat to the office
c.add("safety", subject="You were mentioned in a post", sender=("X", "notify@x.com"), headers=c.newsletter_headers("X"),
      tags=("social", "veiled", "noisy"), body=D("""
    @KelvinNorthLab, you were mentioned

    Firhill Forever @firhill_ff88 · 2h
    @KelvinNorthLab nice wee office yous have on firhill rd. big windaes. long nights coming. just saying

    View post

    Unsubscribe from these emails · Help
    X Corp. 865 FM 1209, Building 2, Bastrop, TX 78602
    """))

# 13 social: Facebook page review with threat
c.add("safety", subject="Kelvin North Labour received a new review", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"), tags=("social", "implicit", "veiled"), body=D("""
    Kelvin North Labour has a new review

    Derek Hamill doesn't recommend Kelvin North Labour
    "Useless. Councillor Rashid promised us a new roof in 2023. Still waiting. Me and my brothers
    have been sitting outside his house on Maryfield Road a few nights now to see if he's in.
    He'll have to come out eventually."

    Reply to review

    Facebook, Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
    This message was sent to clp.secretary@kelvinnorthlabour.org.
    """))

# 14 list digest (Mailman) with threat inside one of the posts
c.add("safety", subject="Kelvin North Labour Members Digest, Vol 42, Issue 9", sender=("Kelvin North Labour Members", "members-request@lists.kelvinnorthlabour.org"),
      to="members@lists.kelvinnorthlabour.org", headers=KN_LIST, tags=("list", "embedded", "conditional"), body=D("""
    Send Kelvin North Labour Members mailing list submissions to
        members@lists.kelvinnorthlabour.org

    Today's Topics:

       1. Quiz night - Friday (Ewan Kerr)
       2. Re: Vote on the Gaza motion (Rab Sinclair)
       3. Lift share to Scottish conference (Morag Blane)

    ----------------------------------------------------------------------

    Message: 1
    From: Ewan Kerr
    Subject: Quiz night - Friday

    Tables of six, £5 a head, 7.30 at St Columba's hall. Bring your own drink.

    ----------------------------------------------------------------------

    Message: 2
    From: Rab Sinclair
    Subject: Re: Vote on the Gaza motion

    I see the usual suspects on the EC have managed to keep the motion off the agenda again.
    Funny that. Well here's the thing. If it's not on the agenda on the 20th there'll be some of us
    waiting outside the hall for Iain Fraser and his pals, and we won't be there to hand out
    leaflets. They can have their procedure. We'll have ours.

    ----------------------------------------------------------------------

    Message: 3
    From: Morag Blane
    Subject: Lift share to Scottish conference

    I've got three seats in the car to Dundee, leaving Saturday 7am from Firhill. Shout if you
    want one.

    End of Kelvin North Labour Members Digest, Vol 42, Issue 9
    """))

# 15 women's network list post: member warning others, quotes threat she received
c.add("safety", subject="[SLW West] Heads up - threatening messages to women candidates", sender=c.person("Morag", "Blane"),
      to="slwwest@groups.io", headers=SLW_LIST, tags=("list", "third-party-report", "explicit"), body=D("""
    Hi all,

    Sharing in case anyone else has had the same. Since I was selected for Summerston Cross in
    the by-election I've had three emails from the same proton address. The latest one says:

    "You won't live long enough to sit in that chamber. We've seen your flat. Stand down."

    It's been reported to Police Scotland and to the party. I've also told Jamie as CLP secretary
    (Jamie, this is me telling you officially, sorry it's via the list!). If anyone has had
    anything similar from the same kind of account, please DM me - the police said patterns help.

    Morag

    --
    Groups.io Links: You receive all messages sent to this group.
    View/Reply Online | Leave Group
    """))

# 16 HTML-only, styled like a newsletter, from a "group"
c.add("safety", subject="A message to Kelvin North Labour", sender=("Residents Against the Flats", "ratf.summerston@proton.me"), fmt="html",
      tags=("html-only", "conditional", "veiled"), body="", html_body=D("""
    <html><body style="font-family:Verdana;font-size:13px">
    <h1 style="color:#003366">RESIDENTS AGAINST THE FLATS - UPDATE</h1>
    <p>Thank you to the 340 residents who signed our petition and the 60 who came to the public meeting.</p>
    <p><b>To Councillors Doig and Blane:</b> we have been polite. We have been patient. We have written, petitioned and protested.</p>
    <p>If you vote for this development on the 14th, the next phase of our campaign will not be polite.
    We know your surgeries, your homes and your routines, and we will be making sure you feel as unsafe
    in your own streets as our children will feel with 200 more cars on Summerston Road.</p>
    <p style="font-size:11px;color:#666">Residents Against the Flats &middot; Summerston Cross</p>
    </body></html>
    """))

# 17 HTML-only petition notification with threatening comment
c.add("safety", subject="New signature on your petition: Save Ruchmill Baths", sender=("Petitions", "notifications@petitionhub.example.org"),
      fmt="html", tags=("html-only", "social", "explicit"), body="", html_body=card_html("PetitionHub", "#e03a3a", [
          "Your petition <b>Save Ruchmill Baths</b> has a new signature. 1,214 people have now signed.",
          "<b>Comment from A. Lyle, Glasgow:</b> &ldquo;Signed. The council will never listen. Somebody needs to burn the City Chambers down with the councillors inside, starting with the ones who voted to shut it. I'd light the match.&rdquo;",
          "<a href='#'>View petition</a>",
      ], "You received this because you started a petition on PetitionHub. Manage notification settings."))

# 18 hard negative: Scottish Labour members' newsletter with safety item
c.add("bulk", subject="Scottish Labour Members' Update", sender=("Scottish Labour", "members@scottishlabour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), fmt="alt", tags=("hard-negative", "news-about-threats"), body=D("""
    MEMBERS' UPDATE

    Conference 2027: motions portal opens 5 January.

    NEW: REPORTING ABUSE AND THREATS
    We know that too many of our candidates, councillors and volunteers face abuse, and that the
    numbers have grown since the last election. From this month there is a single online portal for
    reporting incidents to the party, and a dedicated safeguarding officer for each region. If you
    are ever threatened, report it to Police Scotland first. The party will support you. Full
    details are on Membersnet.

    Campaign weekend: 24-25 January, target seats across the west of Scotland.

    Promoted by Scottish Labour, 290 Bath Street, Glasgow.
    Unsubscribe
    """))

# 19 councillor followed home after surgery via the subway
c.add("safety", subject="Followed after surgery on Friday", sender=("Shona Barr", "shona.barr.cllr@gmail.com"),
      tags=("third-party-report", "following", "stalking"), body=D("""
    Jamie,

    I want to put this in writing while it's fresh. After my surgery at Ruchmill Community Hall on
    Friday (finished about 7.10pm) a man who'd been in to see me about a parking ticket waited
    outside. I didn't think anything of it. He then got on the subway at St George's Cross when I
    did, sat opposite me, got off at the same stop and walked about 30 yards behind me to my
    street. When I turned round at my close he stopped and stood there. I went into a neighbour's
    instead of my own flat. He was gone twenty minutes later.

    He gave his name as Michael at the surgery and his address is in my casework notes. I've told
    the police. I'll not be doing surgeries on my own until this is sorted - can the CLP help find
    a volunteer to sit in with me?

    Shona
    """))

# 20 ordinary list post: branch campaign day (bulk)
c.add("bulk", subject="[Ruchmill Branch] Campaign day Saturday - meet 11am", sender=("Abdul Rashid via Ruchmill Branch", "ruchmillbranch@googlegroups.com"),
      to="ruchmillbranch@googlegroups.com", headers=RUCH_LIST, tags=("list",), body=D("""
    Salaam and hello all,

    Campaign day this Saturday - meet 11am outside the Co-op on Ruchmill Road. We'll do two hours
    on the doors round Maryfield and then soup and rolls at mine (Asma insists).

    New folk very welcome, we'll pair you up. Wear comfy shoes, it's a lot of stairs.

    Abdul

    --
    You received this message because you are subscribed to the Google Groups "Ruchmill Branch" group.
    """))

# 21 hustings - group waited and followed candidate to taxi rank (election agent's report)
c.add("safety", subject="Incident after the Kelvinhaugh hustings - note for file", sender=c.person("Neil", "Sutherland"),
      tags=("third-party-report", "following"), body=D("""
    Jamie,

    Note for the file as agent for the by-election.

    After the Kelvinhaugh Park hustings on Wednesday (St Columba's hall, ended 9pm) a group of
    four or five men who'd been heckling from the back were waiting outside the front door.
    When Morag left with two volunteers they followed them down Kelvinhaugh Street to the taxi
    rank, chanting her name and filming on their phones. One of them said "see you at your flat
    Morag" as she got in the taxi. The volunteers (Ewan and Sadia) are both prepared to give
    statements.

    I've phoned it in to Police Scotland (incident number to follow) and informed the regional
    office. I've also asked for a police presence at Tuesday's hustings.

    Neil Sutherland
    Election Agent
    """))

# 22 MSP caseworker describes phone threat
c.add("safety", subject="phone call this morning - logging", sender=("Karen Docherty", "karen.docherty@parliament.example.scot"),
      tags=("third-party-report", "explicit"), body=D("""
    Hi Jamie,

    Just logging this with the CLP as Drew asked me to. At 10.25 this morning I took a call on the
    office line. Male, sounded older, Glasgow accent, wouldn't give a name. He was angry about the
    Gaza vote and after about a minute said: "Tell Lennox if he shows his face at the mosque open
    day on Sunday he'll be carried out." I asked him to repeat it and he did, then hung up.

    Number was withheld. Police have been informed (Drew's office is on the MSP security scheme).
    Drew is still planning to go on Sunday with police aware. Some CLP members were going - maybe
    worth a quiet word to them.

    Karen
    Senior Caseworker
    Office of Drew Lennox MSP
    """))

# 23 car seen repeatedly outside treasurer's house, noted calmly
c.add("safety", subject="for the record - car outside my house", sender=("Ewan Kerr", "ewan.kerr@kelvinnorthlabour.org"),
      tags=("third-party-report", "stalking", "implicit"), body=D("""
    Jamie - for the record, not asking for anything.

    Red Vauxhall Corsa, partial reg SJ6-, outside my house (Kelvindale Gardens) on:
    - Tue 4th, approx 19:30-22:00
    - Thu 6th, approx 07:00-08:15
    - Sat 8th, approx 11:00-13:00
    - Mon 10th, approx 19:00-21:30
    Driver male, 30s, stays in the car. On Saturday he took photos of the house. When I went out
    to speak to him he drove off.

    Only started after the accounts row at the GC. Might be coincidence. Logged with 101 (ref on
    request).

    Ewan
    """))

# 24 suspicious item: wreath delivered to the office
c.add("safety", subject="funeral wreath delivered to the office", sender=c.person("Sadia", "Anwar"),
      tags=("third-party-report", "suspicious-item", "implicit"), body=D("""
    Jamie, I'm at the Firhill Road office for the volunteer afternoon. A florist's van has just
    delivered a funeral wreath addressed to "Fiona McAteer MP - with deepest sympathy". The card
    inside says "Not long now". The florist said it was ordered by phone and paid in cash at the
    shop, no name.

    I've not told anyone else here yet. I've put it in the back room and I'm ringing Fiona's office
    manager now. Should I send the volunteers home? What do we do?

    Sadia
    """))

# 25 suspicious item at shopping centre stall
c.add("safety", subject="stall at the Forge - bag/box", sender=c.person("Rab", "Gillespie", "gmail.com"),
      tags=("third-party-report", "suspicious-item"), body=D("""
    Hi Jamie. Saturday stall at the shopping centre got cut short. About 1pm somebody left a
    shoebox under our table taped shut with wire wrapped round it and "LABOUR" written on the lid.
    Nobody saw who. Centre security cleared the area and called police, they took it away. We
    haven't heard what was in it. Centre manager says we're not to come back until they've done a
    risk assessment.

    Everybody's fine. Just thought you should know before it's all over Facebook.
    Rab
    """))

# 26 ordinary forwarded complaint: LEZ fine
c.add("complaint", subject="FW: LEZ penalty - disgraceful", sender=("Abdul Rashid", "abdul.rashid@councillors.example.glasgow.gov.uk"),
      tags=("forwarded",), body=c.forward(D("""
    Jamie, sharing as an example of the LEZ casework I'm getting - at least four a week now. Not
    for action by the CLP but maybe something for the policy forum submission.
    """), D("""
    Councillor Rashid,

    I have received a £60 penalty for driving my mother to the Western for her chemotherapy. I
    applied for the blue badge exemption in August and the council still hasn't processed it. I
    think this is disgraceful. Who is going to refund me and what are you going to do about the
    backlog?

    Regards,
    Paul Hendry
    """), "Paul Hendry <paul.hendry@virginmedia.com>", "LEZ penalty - disgraceful"))

# 27 pile-on via a WhatsApp group, screenshots sent by member
c.add("safety", subject="WhatsApp group - organising to 'visit' Fiona's surgery", sender=c.person("Linda", "Quinn", "icloud.com"),
      tags=("third-party-report", "pile-on", "harassment"), body=D("""
    Dear Jamie,

    I'm in a local community WhatsApp group (about 250 people, set up for the gala) and over the
    last two days it's turned into something else. Someone posted Fiona's surgery dates and
    venues and there are now dozens of messages organising people to "turn up mob-handed" at
    the Ruchmill surgery on the 15th. Some of it is just daft, but there are messages like "get
    her in the car park", "she wants to be scared for once" and "I'll bring eggs, you bring the
    rest". One man posted her husband's work address.

    I've screenshotted about forty messages. I don't want to be named because I know most of these
    people. How do I get these to the right person safely?

    Linda
    """))

# 28 pile-on on TikTok against councillor, workplace doxxed
c.add("safety", subject="Kenny's video - need help", sender=c.person("Declan", "Boyle"),
      tags=("third-party-report", "pile-on", "doxxing", "noisy"), body=D("""
    jamie

    kenny's tiktok about the cycle lane has been stitched by some big account and gone
    completely mental, 1.2m views. thousands of comments. loads calling him a paedo for no reason,
    loads saying where he works (the college), somebody posted a photo of his classroom window.
    couple of comments saying theyll be waiting at the college gates monday.

    ive told him to turn comments off. hes pretending hes fine. can the party do anything, do we
    contact tiktok or police or what

    dec
    Sent from my iPhone
    """))

# 29 hard negative: member shares article about an MSP elsewhere receiving threats
c.add("other", subject="solidarity message?", sender=c.person("Siobhan", "Kelly"),
      tags=("hard-negative", "news-about-threats"), body=D("""
    Hi Jamie,

    Did you see the news about the MSP in Aberdeenshire who had a man turn up at her constituency
    office with a weapon? Thankfully nobody hurt and he's been charged, according to the BBC.
    Horrible. It's a different party but I think it'd be a decent thing for the CLP to send a
    message of solidarity, and maybe remind our own folk about the reporting process.

    Just an idea. Have a good weekend.
    Siobhan
    """))

# 30 blog post listing officers' addresses
c.add("safety", subject="Officers' addresses on a blog", sender=("Aisha Bukhari", "aisha.bukhari@kelvinnorthlabour.org"),
      tags=("third-party-report", "doxxing"), body=D("""
    Jamie,

    A blog called "Kelvin North Watch" has put up a post titled "Meet your local Labour machine"
    with the names, photos and home addresses of all the CLP officers, you included, Iain, Ewan
    and me. It looks like the addresses came from old council nomination papers. The comments
    under it include "worth a home visit", "I'm round the corner from the treasurer, might pop by
    with a few friends" and someone asking which of us have kids.

    I've reported it to the hosting company. Please don't ignore this one because it's a blog -
    the comments are getting worse by the hour. I'll forward you the link separately.

    Aisha
    Women's Officer
    """))

# 31 ordinary quoted reply query
c.add("query", subject="Re: AGM notice", sender=c.person("Gary", "Robertson", "yahoo.co.uk"),
      tags=("quoted",), body=c.quote_reply(D("""
    Hi Jamie, thanks for this. Quick one - do I need to be a paid-up member by the date of the AGM
    to vote, or by the date of this notice? I think I'm a couple of months in arrears because my
    card expired. Cheers, Gary
    """), D("""
    Dear member,

    NOTICE OF ANNUAL GENERAL MEETING
    The AGM of Kelvin North CLP will take place on Thursday 26 February at 7pm, St Columba's
    Church Hall. Nominations for officer posts must reach the secretary by 5pm on 12 February.

    Jamie Rennie, Secretary
    """), style="gmail"))

# 32 chair tells secretary his own address has been posted
c.add("safety", subject="Jamie - your address has been posted", sender=("Iain Fraser", "iain.fraser.kn@gmail.com"),
      tags=("third-party-report", "doxxing", "implicit"), body=D("""
    Jamie, sorry to be the one to tell you. Someone replied to the CLP's Facebook post about the
    AGM with your home address and a photo of your front door (the one with the bike outside).
    Comment says "the secretary that blocked the motion. Door's always open apparently."

    I've hidden the comment and banned the account but it was up for about three hours and has
    been screenshotted and shared. Do you want me to call the police for you or would you rather
    do it? Happy to come round tonight if you want company. Don't sit on this.

    Iain
    """))

# 33 woman repeatedly at MP's surgeries claiming relationship (stalker)
c.add("safety", subject="surgeries - a sensitive matter", sender=("Fiona McAteer MP office", "fiona.mcateer.mp@parliament.example.uk"),
      tags=("third-party-report", "stalking"), body=D("""
    Dear Jamie,

    A sensitive one, please keep this to officers.

    A woman has attended every one of Fiona's surgeries since September without an appointment.
    She believes she has a personal relationship with Fiona. She has sent cards and flowers to the
    office, and last week a letter arrived at Fiona's home address, which is not public, saying
    she would "be waiting for her every Saturday until she admits it". On Saturday she was seen
    sitting on the wall outside the house.

    This is being handled by Police Scotland and the parliamentary security service. We've moved
    surgeries to appointment only with the door staffed. If any member is approached by her asking
    about Fiona's whereabouts please don't engage and let me know.

    Regards,
    Hannah Muir
    Office Manager to Fiona McAteer MP
    """))

# 34 hard negative: list debate on livestreaming meetings (bulk)
c.add("bulk", subject="Re: [Ruchmill Branch] Livestreaming branch meetings?", sender=("Shona Barr via Ruchmill Branch", "ruchmillbranch@googlegroups.com"),
      to="ruchmillbranch@googlegroups.com", headers=RUCH_LIST, tags=("hard-negative", "news-about-threats", "list"), body=D("""
    I'm going to disagree gently with Declan on this. I get the argument for openness, and it
    would be great for members with caring responsibilities. But there's a reason a lot of
    councils stopped streaming public meetings with faces visible after the rise in abuse of
    councillors - clips get cut up and used to target people, especially women and younger
    members. I'd rather we did a hybrid Zoom that's members-only and not recorded.

    Happy to be outvoted. Can we put it on the next agenda?

    Shona

    --
    You received this message because you are subscribed to the Google Groups "Ruchmill Branch" group.
    """))

# 35 member's child told something at the school gate
c.add("safety", subject="My son", sender=c.person("Gillian", "Paterson", "live.co.uk"),
      tags=("third-party-report", "implicit", "harassment"), body=D("""
    Jamie

    I don't really know who to tell. Yesterday at the school gate a man I don't know went up to my
    son (he's 9) and said "your mum's the Labour woman that's always on the leaflets isn't she.
    Tell her we know where she lives and she should stay in more." My son was really upset.

    The school have the CCTV and are talking to the police. I'm going to step back from the
    leafleting for a bit. I'm sorry. I just wanted someone in the party to know in case it's
    happened to anyone else.

    Gillian
    """))

# 36 ordinary social: LinkedIn notification (bulk)
c.add("bulk", subject="Iain Fraser and 4 others viewed your profile", sender=("LinkedIn", "notifications-noreply@linkedin.com"),
      headers=c.newsletter_headers("LinkedIn"), tags=("social",), body=D("""
    Jamie, your profile is getting noticed

    Iain Fraser, Chair at Kelvin North CLP, viewed your profile
    Someone at NHS Greater Glasgow viewed your profile
    3 others viewed your profile

    See all views

    This email was intended for Jamie Rennie (Secretary at Kelvin North CLP). You are receiving
    LinkedIn notification emails. Unsubscribe
    © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
    """))

# 37 graffiti on office shutter naming staff (campaign organiser report)
c.add("safety", subject="Office shutter", sender=c.person("Craig", "Munro"),
      tags=("third-party-report", "harassment", "doxxing"), body=D("""
    Morning Jamie. Opened up at 8 and the shutter on the Firhill Road office has been sprayed
    overnight: "WE SEE YOU" and underneath the first names of the three staff who work there
    plus "HANNAH - MARYHILL RD". That's where Hannah lives.

    Photos taken, police called, council graffiti team booked. Hannah's been told. Letting you
    know because members are in for phone banking at 6.

    Craig
    Campaign Organiser
    """))

# 38 Polish member, noisy, threat received via canvassing app notes
c.add("safety", subject="somebody write bad thing in canvas app", sender=c.person("Marek", "Zielinski"),
      tags=("third-party-report", "non-native", "noisy", "explicit"), body=D("""
    hello jamie

    I use the canvassing app for Firhill North yesterday and I see somebody (not from us I think,
    maybe someone take phone of volunteer?) write in the notes on one house on Garscube st:
    "polish c*nt marek doing this street, next time he knock here he get knife". How they know my
    name? Is very strange. I am not going there again alone.

    can you check who have login for app? And tell police maybe. I dont know procedure here.

    thank you
    Marek
    """))

# 39 Somali member describes voice note threat (non-native)
c.add("safety", subject="voice message threat to my sister (Labour member)", sender=c.person("Hassan", "Ali"),
      tags=("third-party-report", "non-native", "explicit"), body=D("""
    Asalaamu alaykum Mr Jamie,

    I am writing for my sister Hodan who is member of Kelvin North Labour and help with Somali
    community for the election. She got voice message on her phone Tuesday from man who say he is
    "from Britain First" (maybe not true). He say she must stop bringing "her people" to vote
    Labour or they will come to her house and her children will not be safe. She play it for me
    two time. She is very afraid now and not sleeping.

    We have voice message saved. Please tell us what the party can do and if we should go to
    police station or phone. Her English is not strong so I will help.

    Thank you
    Hassan Ali
    """))

# 40 ordinary: quoted reply query about delegates
c.add("query", subject="Re: Scottish Conference delegates", sender=c.person("Pauline", "Docherty"),
      tags=("quoted", "confuser"), body=c.quote_reply(D("""
    Jamie - sorry, I'm new to all this. If I put myself forward as a delegate does the CLP pay for
    the hotel or is that on me? I'd love to go but I can't afford Dundee for two nights.
    """), D("""
    Dear all,

    Kelvin North is entitled to send delegates to Scottish Labour Conference in Dundee. If you
    would like to be considered please let me know by Friday and we will elect delegates at the GC.

    Jamie
    """), style="outlook"))

# 41 polite "journalist" threatening to publish addresses with intimidation
c.add("safety", subject="Request for comment - councillors' addresses", sender=("Kelvin Free Press", "editor.kelvinfreepress@gmail.com"),
      tags=("embedded", "conditional", "doxxing"), body=D("""
    Dear Mr Rennie,

    I run an independent citizen journalism page covering Kelvin North (12,000 followers). I'm
    writing to offer you the opportunity to comment before publication.

    On Friday I'll be publishing the home addresses of every Labour councillor who voted for the
    low emission zone extension, alongside their voting record. I think people deserve to be able
    to pay them a visit and explain the impact in person, day or night. If any of your councillors
    would like to change their vote before then, their address will be left out.

    Any comment by Thursday 5pm will be included.

    Regards,
    The Editor
    """))

# 42 ordinary HTML-only newsletter (bulk)
c.add("bulk", subject="Clyde Tenants' Union - November newsletter", sender=("Clyde Tenants' Union", "hello@clydetenants.example.org"),
      headers=c.newsletter_headers("Mailerlite"), fmt="html", tags=("html-only",), body="", html_body=D("""
    <html><body style="font-family:Arial;background:#fafafa">
    <div style="max-width:600px;margin:auto;background:#fff;padding:20px">
    <h1 style="color:#2e7d32">Tenants' News</h1>
    <h3>Damp and mould: know your rights</h3>
    <p>Since the new standards came in, landlords must act on damp within set timescales. Our free clinic runs every Tuesday at the Maryfield hub, 6-8pm.</p>
    <h3>Winter rent freeze campaign</h3>
    <p>Join us at the City Chambers on 9 December. We'll be delivering 3,000 postcards from tenants across the city.</p>
    <p><a href="#">Donate</a> | <a href="#">Volunteer</a></p>
    <p style="font-size:10px;color:#999">You subscribed at a community event. <a href="#">Unsubscribe</a></p>
    </div></body></html>
    """))

# 43 councillor reports letterbox shouting at night - procedural tone
c.add("safety", subject="Incident log - Cllr Blane", sender=("Morag Blane", "morag.blane.summerston@gmail.com"),
      tags=("third-party-report", "harassment", "explicit"), body=D("""
    Jamie,

    For the incident log please:

    Date: Sun night / Mon morning, 00:40 approx
    Location: my home
    What happened: someone rang the buzzer repeatedly then shouted through the letterbox "we know
    you're in there Morag, vote for the flats and you're getting burnt out". Footsteps down the
    stair. Didn't see them.
    Reported to: Police Scotland, 101, ref given
    Impact: not sleeping, staying at my sister's

    I'm not stepping down. But I'd like the party to note it's escalating.

    Morag
    """))

# 44 ordinary auto-reply (bulk)
c.add("bulk", subject="Automatic reply: Ruchmill Branch - AGM notice", sender=("Kenny Doig", "kenny.doig@councillors.example.glasgow.gov.uk"),
      headers=c.autoreply_headers("exchange"), tags=("confuser", "robot-no-list-headers"), body=D("""
    Thank you for your email. I am on annual leave until Monday 8 December with limited access to
    email. For urgent council matters please contact the Members' Services team on 0141 000 0000.
    For casework please include your full address and I will respond on my return.

    Cllr Kenny Doig
    Firhill North
    """))

# 45 hard negative: training request to book a room (query)
c.add("query", subject="Booking a room for safety training", sender=("Aisha Bukhari", "aisha.bukhari@kelvinnorthlabour.org"),
      tags=("hard-negative", "news-about-threats"), body=D("""
    Hi Jamie,

    Scottish Labour Women have offered to run a two-hour "staying safe while campaigning"
    session for us - door-knocking in pairs, what to do if someone's aggressive, how to report,
    looking after yourself online. It was very good when they ran it in Paisley.

    Could the CLP book St Columba's hall for a Saturday morning in January? Any of the 10th, 17th
    or 24th works for the trainer. And is there budget for tea and biscuits (maybe £20)?

    Aisha
    """))

# 46 long complaint about selection with wish-harm in the middle, then a real question
c.add("safety", also=("complaint",), subject="Selection timetable", sender=c.person("Brendan", "Kane", "gmail.com"),
      tags=("embedded", "wish-harm"), body=D("""
    Jamie,

    I'm writing to formally ask why the selection timetable for the Holyrood list was published
    on Membersnet with less than a week's notice for nominations. Members in Kelvin North who
    work shifts had no realistic chance of getting branch nominations in time. This has been
    raised at two GCs and nobody has given a straight answer.

    I'll be honest, the way the regional office have behaved over this, if one of them got a
    brick through their windscreen on the way home I'd not be losing any sleep, and I know where
    a couple of them park. Not saying I'd do it. Just saying.

    Can you tell me (1) who set the timetable, (2) whether the CLP objected, and (3) whether
    there's an appeal route.

    Brendan Kane
    Firhill North branch
    """))

# 47 ordinary: list post (women's network) ordinary business
c.add("bulk", subject="[SLW West] Christmas meet-up + February training dates", sender=c.person("Jasmine", "Ahmed"),
      to="slwwest@groups.io", headers=SLW_LIST, tags=("list",), body=D("""
    Hi everyone!

    Christmas meet-up: Thursday 11 December, 6.30pm, the back room at the Dram, Woodlands Road.
    No agenda, just mince pies and a catch-up.

    February training: "Public speaking for nervous people" - Saturday 7 Feb, 10am-1pm, online.
    Sign up link to follow.

    Jasmine x

    --
    Groups.io Links: You receive all messages sent to this group.
    View/Reply Online | Leave Group
    """))

# 48 hard negative: controlled explosion of a WW2 device - police notice (bulk)
c.add("bulk", subject="Police Scotland community update: Firhill canal cordon lifted", sender=("Police Scotland - Your Community", "noreply@community-alerts.example.scot"),
      headers=c.newsletter_headers("GovDelivery"), tags=("hard-negative", "benign-violent-word"), body=D("""
    COMMUNITY UPDATE - NORTH GLASGOW

    The cordon around the Firhill stretch of the Forth & Clyde Canal has now been lifted. The
    historic item found by a magnet fisher on Tuesday was confirmed as a Second World War
    explosive device and was safely removed and destroyed in a controlled explosion by Royal Navy
    bomb disposal experts at a secure location.

    We'd like to thank residents of Firhill Road and Garscube Street for their patience while the
    area was evacuated.

    Reminder: if you find anything suspicious while magnet fishing, do not touch it, move away and
    call 999.

    You are receiving this because you subscribed to community alerts for North Glasgow. Unsubscribe.
    """))

# 49 forwarded by parent council chair - threat concerning councillor's child
c.add("safety", subject="Fwd: Message through the Parent Council page", sender=c.person("Elaine", "Murdoch", "gmail.com"),
      tags=("forwarded", "third-party-report", "implicit"), body=c.forward(D("""
    Dear Mr Rennie,

    I'm chair of the Ruchmill Primary Parent Council. This came through our Facebook page's
    messages last night. I've told the head teacher and she's contacting the police. As it names a
    Labour councillor I thought your party should know. I didn't want to contact Cllr Barr
    directly in case it frightened her.

    Elaine Murdoch
    """), D("""
    Pass this on to Shona Barr since her boy's in P3 at your school. Tell her we've seen him
    walking home with his gran. Tell her to think about that next time she votes to close
    something.
    """), "Facebook user \"Ruchmill Dad\"", "Message through the Parent Council page"))

# 50 ordinary webform complaint about Gaza position
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="n.qureshi@outlook.com", tags=("webform",), body=c.webform({
          "Name": "Nadia Qureshi",
          "Email": "n.qureshi@outlook.com",
          "Message": D("""
              I'm a member in Kelvinhaugh Park and I'm appalled at the CLP's refusal to debate a
              motion on Gaza for the third meeting running. Every time it's "procedural reasons".
              I want the EC to explain in writing why the motion was ruled out of order and by
              whom. If I don't get a proper answer I'll be resigning my membership, and I won't be
              the only one."""),
      }))

# 51 short noisy all-caps email with threat, no greeting
c.add("safety", subject="RE RUCHMILL BATHS", sender=("M Devlin", "mdev1960@aol.com"),
      tags=("embedded", "explicit", "noisy"), body=D("""
    SHUT THE BATHS WHERE ARE THE WEANS SUPPOSED TO SWIM NOW. DISGRACE. WHOEVER SIGNED THAT OFF
    WANTS THEIR HEID KICKED IN AND IF I FIND OUT WHO IT WIS I'LL DAE IT MASEL. TELL BARR AND
    RASHID. NAE MAIR VOTES FAE THIS HOOSE
    """))

# 52 hard negative: journalist request on national survey (query)
c.add("query", subject="Media enquiry: abuse of candidates survey", sender=("Callum Breen", "callum.breen@heraldnews.example.co.uk"),
      tags=("hard-negative", "news-about-threats"), body=D("""
    Dear Jamie,

    I'm a reporter on the politics desk. We're preparing a feature for the weekend after next on
    the Electoral Commission's survey showing more than half of candidates in Scotland experienced
    abuse or intimidation at the last election.

    Would someone from Kelvin North CLP be willing to speak (on or off the record) about how local
    parties support candidates and volunteers? I'm not looking for specific incidents, more about
    what support exists and whether it's enough. Deadline is end of next week.

    Best,
    Callum Breen
    """))

# 53 ordinary quoted reply (procedural): nomination for AGM
c.add("procedural", subject="Re: AGM notice - nominations", sender=c.person("Uchenna", "Obi"),
      tags=("quoted",), body=c.quote_reply(D("""
    Dear Jamie,

    Firhill North branch met on Tuesday and nominates Aisha Bukhari for Women's Officer and Rab
    Gillespie for Political Education Officer. Both have confirmed they're willing to stand.
    Minutes available if needed.

    Uchenna Obi, Branch Secretary
    """), D("""
    Nominations for officer posts must reach the secretary by 5pm on 12 February. Branches and
    affiliates may nominate.
    """)))

# 54 former member banned, turns up outside branch venues
c.add("safety", subject="Brian Currie outside the hall again", sender=c.person("Ewan", "Kerr", "btinternet.com"),
      tags=("third-party-report", "stalking", "following"), body=D("""
    Jamie,

    Brian Currie was outside St Columba's again before Thursday's EC, standing across the road
    with his phone out, filming everyone going in. Same at the Ruchmill branch on Monday according
    to Abdul. That's four meetings now since his suspension. After Thursday's meeting he followed
    Iain to the bus stop and stood right next to him saying nothing for ten minutes.

    Given what he put in that email to the EC, I think we're past "ignore him". Can we ask the
    police for advice and ask regional about an exclusion from venues?

    Ewan
    """))

# 55 ordinary social: X notification harmless (bulk)
c.add("bulk", subject="Your post is getting attention", sender=("X", "notify@x.com"), headers=c.newsletter_headers("X"),
      tags=("social",), body=D("""
    Your post is getting attention

    @KelvinNorthLab: "Brilliant turnout for the Maryfield litter pick this morning - 40 volunteers
    and 62 bags! Thanks everyone 💪"

    38 likes · 12 reposts

    View post

    X Corp. 865 FM 1209, Building 2, Bastrop, TX 78602
    """))

# 56 hard negative: quoted reply, EC adopting safeguarding procedure (procedural)
c.add("procedural", subject="Re: EC papers - safeguarding and safety policy", sender=("Iain Fraser", "iain.fraser.kn@gmail.com"),
      tags=("hard-negative", "news-about-threats", "quoted"), body=c.quote_reply(D("""
    Jamie - happy with the draft. Two amendments to propose at EC:
    1. Para 4: add "and the women's officer" to the list of people a member can report to.
    2. Para 7: incident log reviewed quarterly by the EC, names redacted.
    Please add to the papers.
    """), D("""
    Attached is the draft CLP safeguarding and safety policy, based on the model from the Scottish
    party, for discussion at EC on the 18th. It covers reporting threats and abuse against
    members and officers, the incident log, and support for candidates.
    """)))

# 57 HTML-only threat embedded in a long, formatted complaint about the count
c.add("safety", subject="The count", sender=("A Voter", "voter.kn2026@mail.example.com"), fmt="html",
      tags=("html-only", "embedded", "veiled"), body="", html_body=D("""
    <html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
    <p>To Kelvin North Labour,</p>
    <p>I was a counting agent for another party at the by-election count and I want to put on record
    how your people behaved: laughing, jeering, taking photos of ballot papers.</p>
    <ul><li>Your agent refused to shake hands.</li><li>Your candidate was rude to the returning officer.</li>
    <li>Several of your members were clearly drunk.</li></ul>
    <p>I have made a complaint to the returning officer.</p>
    <p>Separately: I took a good look at all of your faces that night. I'll recognise every one of you
    in the street, and so will my friends. Mind how you go.</p>
    </div></body></html>
    """))

# 58 ordinary forwarded: membership arrears notice (query)
c.add("query", subject="Fwd: Your Labour membership", sender=c.person("Tony", "McLaren", "sky.com"),
      tags=("forwarded", "confuser"), body=c.forward(D("""
    Jamie is this right? I pay by direct debit every month and my bank shows it going out.
    Do I need to do something or is this a mistake their end?
    """), D("""
    Dear Tony,

    Our records show your membership is in arrears. To keep your voting rights and continue
    receiving members' updates, please update your payment details on Membersnet.

    The Labour Party Membership Team
    """), "The Labour Party <membership@labour.example.org.uk>", "Your Labour membership"))

# 59 hard negative: LinkedIn notification about talk on abuse of women in politics (bulk)
c.add("bulk", subject="Aisha Bukhari posted: Proud to speak at...", sender=("LinkedIn", "notifications-noreply@linkedin.com"),
      headers=c.newsletter_headers("LinkedIn"), tags=("hard-negative", "news-about-threats", "social"), body=D("""
    Aisha Bukhari posted

    "Proud to have spoken at the Women in Public Life conference today on tackling online abuse
    of women in politics. One in three women councillors has had threats of violence. We need
    platforms, parties and police to act together. Thanks to everyone who came up afterwards to
    share their stories."

    42 reactions · 6 comments

    View post

    You are receiving LinkedIn notification emails. Unsubscribe.
    """))

# 60 short flag: man photographing members' cars (third party, very brief)
c.add("safety", subject="cars", sender=c.person("Abdul", "Rashid", "gmail.com"),
      tags=("third-party-report", "following", "implicit"), body=D("""
    Jamie, quick one. Guy walking up and down outside the hall before the Ruchmill branch,
    photographing number plates of members' cars and writing in a notebook. Asked him why and he
    said "so we know where yous all live". Police informed. Just flagging.
    A
    """))

# 61 hard negative: book recommendation (other, benign violent words)
c.add("other", subject="book for the reading group", sender=c.person("Moira", "Stewart"),
      tags=("hard-negative", "benign-violent-word"), body=D("""
    Jamie dear,

    For the political reading group in January, could I suggest the new thriller everybody's
    talking about - it's about a plot to assassinate a Scottish first minister, told from the point
    of view of a burnt-out special branch officer. A real page-turner, though the ending killed me.
    Bit of light relief after the Piketty last time!

    Moira
    """))

# 62 ordinary Zoom notification (bulk)
c.add("bulk", subject="Cloud Recording - Kelvin North EC is now available", sender=("Zoom", "no-reply@zoom.us"),
      tags=("confuser", "robot-no-list-headers"), body=D("""
    Hi Jamie Rennie,

    Your cloud recording is now available.

    Topic: Kelvin North EC
    Date: Nov 18, 2026 07:00 PM London

    Share recording with viewers:
    https://us02web.zoom.us/rec/share/xxxxxxxxxxxx

    Thank you for choosing Zoom.
    """))

# 63 ordinary webform: international student membership (query)
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="tolu.adebayo@student.example.ac.uk", tags=("webform", "non-native"), body=c.webform({
          "Name": "Tolulope Adebayo",
          "Email": "tolu.adebayo@student.example.ac.uk",
          "Message": "Good day. I am postgraduate student from Nigeria studying at the university here since September. Please am I allowed to join Labour party as international student and to help campaign? Kindly advise. Thank you.",
      }))

# 64 suspicious: envelope with bullet cartridge - reported by councillor
c.add("safety", subject="something in my post", sender=("Abdul Rashid", "abdul.rashid@councillors.example.glasgow.gov.uk"),
      tags=("third-party-report", "suspicious-item", "implicit"), body=D("""
    Jamie,

    Just so the CLP knows. An envelope addressed to me at the City Chambers had a single spent
    bullet casing in it, nothing else, no note. Members' Services security dealt with it and the
    police have it now. I'm fine. They've asked me to vary my routes for a while.

    I'd rather it wasn't discussed at the branch please. Only telling officers.

    Abdul
    """))

# 65 ordinary list post (bulk): branch minutes
c.add("bulk", subject="[Ruchmill Branch] Draft minutes 10 Nov", sender=("Uchenna Obi via Ruchmill Branch", "ruchmillbranch@googlegroups.com"),
      to="ruchmillbranch@googlegroups.com", headers=RUCH_LIST, tags=("list",), body=D("""
    Draft minutes - Ruchmill Branch, 10 November

    Present: 14. Apologies: 3.
    1. Minutes of last meeting agreed.
    2. Councillors' report (Cllr Rashid): roofing programme delayed to spring; bins pilot on
    Maryfield extended.
    3. Campaigning: 600 contacts in October.
    4. Motion on the baths: carried unanimously, to go to GC.
    5. AOB: Christmas collection for the food bank.

    Next meeting 8 December.

    --
    You received this message because you are subscribed to the Google Groups "Ruchmill Branch" group.
    """))

# 66 ordinary quoted reply: access query
c.add("query", subject="Re: Quiz night", sender=c.person("Zainab", "Mahmood"),
      tags=("quoted",), body=c.quote_reply(D("""
    Hi, is the hall at St Columba's step-free? My dad uses a walker and wants to come. Also is
    there anything halal for food or should we bring our own? Thanks!
    """), D("""
    Quiz night! Friday 7.30, St Columba's hall. Tables of six, £5 a head. All welcome.
    """), style="gmail"))

c.write()
