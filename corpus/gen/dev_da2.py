"""Held-out dev set, writer da2: threats carried inside other mail (polite openings, long rants,
quoted replies, forwards, web forms, social notifications, list posts, HTML-only), plus hard
negatives and ordinary mail, for a Glasgow-area CLP. Every message below was written by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("dev", "da2", seed=2102)
SEC = c.secretary()
SITE = c.site()

# ======================================================================================
# SAFETY - threats inside other mail (class 2), with some noise
# ======================================================================================

c.add("safety", subject="Consultation on Firhill community library",
      sender=c.person("Alasdair", "Grant", "btinternet.com"),
      body="""\
Dear Mr Rennie,

I hope this finds you well, and thank you for the leaflet about the library consultation which
came through the door on Monday. It's good to see the party still does some old-fashioned
politics.

I attended the drop-in session at the community centre and filled in the form. I have a few
observations. First, the opening hours proposal takes no account of the school day. Second, the
"digital hub" is three computers. Third, nobody from the council could tell me what happens to
the local history collection, which my late wife catalogued as a volunteer for eleven years.

I have raised all of this with Councillor McLeod by email and by letter and have had nothing
back. So I will say this plainly, and you may pass it on: he should vary his route home from
the City Chambers. Some of us have stopped being polite, and the 7.40 from Queen Street is a
very quiet train.

With kind regards,
Alasdair Grant
""", tags=("embedded", "veiled", "implicit"))

c.add("safety", subject="A few things you should hear (long, sorry not sorry)",
      sender=c.person("Derek", "Campbell", "hotmail.co.uk"),
      body="""\
Jamie

I've started this email about five times and deleted it so this time I'm just going to send it
whatever it ends up looking like.

I've lived in Ruchill for 46 years. My mother lived here, her mother lived here. I've voted
Labour at every election since I was eighteen including the ones where it was embarrassing to
admit it at work. I've put up posters. I've driven old women to polling stations. I've sat
through your meetings in that freezing church hall listening to people argue about the wording
of a motion for an hour and a half while the actual street outside goes to ruin.

Let me tell you about the street outside. The bins. The bins have not been emptied properly
since the summer. There are rats the size of cats in the back court. I am not exaggerating, my
granddaughter was scared to go to the bike shed. I reported it on the council app four times
and got four reference numbers and no visit. Four. The environmental health man finally came
and said it was a "private land issue". It's the council's own back court.

Then the LEZ. Fine, clean air, I'm all for it. But my van is eleven years old and I'm a
self-employed joiner and I cannot afford a new one, and the grant ran out in a fortnight. So I
either break the law or I stop working in the city I was born in. Nobody thought about people
like me. Nobody from your party came to the door to ask. The only time I see a Labour rosette
is when there's a vote coming.

And then there's that clown McAllister. He stood on my doorstep in April, looked me in the eye
and said "I'll personally sort your back court Derek". Personally. I've got it on my Ring
doorbell. Six months. Not a phone call. I saw him last week in the Tesco on Maryhill Road
buying a bottle of wine like nothing was wrong with the world. Next time I see him in there he
won't be walking out the front door on his own two feet, and he can take that personally too.
I've had it up to here.

Meanwhile the national party. Don't get me started. Two-child cap still there. Winter fuel
fiasco. Welfare cuts dressed up as "reform". My daughter is a single mum working in a nursery
and she's worse off now than she was three years ago. Explain that to me. Go on. Put it in a
motion.

I know you're a volunteer. I know you're not the council and you're not the government. I'm
not daft. But you're the only name on the website with an email address that anyone might
actually read, so you're getting it. I want someone to come and look at the back court. I want
someone to explain the LEZ grant to me. And I want McAllister to stop pretending he's a
councillor when all he does is turn up for photos at the Firhill Christmas lights.

And another thing while I'm at it. The community council. I went along in September because
the leaflet said "have your say". I had my say. The chair thanked me for my "passion" and moved
on to the next item, which was about hanging baskets. Hanging baskets. I sat there while they
spent twenty minutes on whether the baskets on the main road should be red or purple. There's a
woman up my close who's been on the housing list for nine years with three weans in a one
bedroom flat. Nobody's talking about her for twenty minutes.

I'm not going to apologise for the length. I've been holding this in since spring.

Derek Campbell
Ruchill
""", tags=("embedded", "explicit", "veiled"))

c.add("safety", subject="Garscube Rd cycle lane",
      sender=c.person("Fiona", "Ross", "gmail.com"),
      body="""\
Hi Jamie, I'm writing as a resident about the cycle lane consultation.

The new layout has taken away the only loading bay outside my mum's flat and the disabled bay has
moved round the corner. She's 81 and uses a frame. I've asked for a site visit from the
councillor three times. It's not complicated.

Anyway, that's all. Thanks for reading.

Fiona

PS I know where Councillor Baird lives, it's not hard to find out. She'd do well to remember
that when she's drawing her wee lines on maps.
""", tags=("embedded", "implicit", "doxxing"))

c.add("safety", subject="Re: bins - reference 4471022",
      sender=c.person("Gary", "Kerr", "outlook.com"),
      body=c.quote_reply("""\
Bumping this since nobody has bothered to answer. Read what I said underneath. I meant every
word of it.
""", """\
Jamie,

Fourth week with no bin collection on Kelvindale Terrace. The council app is a joke.

I am giving your councillor until the end of the month. If it's not sorted I'll bring the bags
round to his house myself, empty them on his step and when he comes out to complain I'll put him
through his own front window.

Gary
""", quoted_from="Gary Kerr <gary.kerr@outlook.com>", style="bottom"),
      tags=("quoted", "explicit", "conditional", "embedded"))

c.add("safety", subject="Fwd: Complaint to MP's office - no reply",
      sender=c.person("Shabana", "Iqbal", "gmail.com"),
      body=c.forward("""\
Sending this to you because the MP's office clearly can't read. Maybe the local party can.
""", """\
Dear MP,

My son has waited 14 months for an autism assessment. The school can't get support without it.
I have written to you three times. You sent me a letter with the wrong child's name on it.

I am done being patient. You have a surgery at the Possilpark library on the first Friday of
the month. I will be there, and if I don't get a straight answer I will make sure you never
forget my son's name. You won't be sitting behind that table afterwards.

Shabana Iqbal
""", "Shabana Iqbal <shabana.iqbal@gmail.com>", "My son - third letter"),
      tags=("forwarded", "embedded", "veiled", "conditional"))

c.add("safety", subject="Fwd: motion for GC please",
      sender=c.person("Brian", "Stewart", "btinternet.com"),
      body=c.forward("""\
Jamie - can this go on the November GC agenda? From one of our members in Summerston. Thanks, B.
""", """\
Hi Brian,

Can you put this motion to the branch and then the GC please.

"This CLP condemns the decision of the City Council to close the Lambhill swimming baths and
calls on all Labour councillors to vote against the closure at the next full council."

And I'll say this to you privately: if the GC blocks this again like it did in June, there are
people in this ward who will go and see Councillor Dunn at his house, and it won't be to
canvass. I'm telling you so nobody can say they weren't warned.

Thanks
Ally
""", "Ally Paterson <a.paterson77@gmail.com>", "motion"),
      tags=("forwarded", "embedded", "conditional", "veiled"))

c.add("safety", subject="New submission: Contact us",
      sender=c.form_robot(), reply_to=("J McKay", "jmk.1961@yahoo.co.uk"),
      body=c.webform({
          "Name": "J McKay",
          "Email": "jmk.1961@yahoo.co.uk",
          "Postcode": "G20",
          "Subject": "Surgery",
          "Message": """\
Tell your MP I'll be at her next surgery. She'll be leaving in an ambulance. Fed up being
ignored.""",
      }), tags=("webform", "explicit"))

c.add("safety", subject="New volunteer sign-up",
      sender=("Kelvin North Labour website", f"noreply@{SITE}"),
      reply_to="volunteer.kn@gmail.com",
      body=c.webform({
          "First name": "Volunteer",
          "Last name": "Kn",
          "Email": "volunteer.kn@gmail.com",
          "Phone": "",
          "Ward": "North Woodside",
          "How would you like to help?": "[x] Delivering leaflets  [ ] Door knocking  [x] Other",
          "Tell us more": """\
Happy to help. Especially with the councillor's house on Oakfield Avenue. I'll help it burn.
You've had your chance.""",
      }, form="Volunteer with us"), tags=("webform", "explicit", "doxxing"))

c.add("safety", subject="Surgery appointment request",
      sender=("Contact Form 7", f"forms@{SITE}"),
      reply_to=("Stuart Reid", "s.reid88@icloud.com"),
      body=c.webform({
          "Your name": "Stuart Reid",
          "Your email": "s.reid88@icloud.com",
          "Preferred surgery": "Maryhill Burgh Halls - Saturday",
          "Reason for appointment": """\
I want ten minutes face to face with the councillor about what he said about my sister at the
licensing committee. No witnesses would be best. He'll know what he did. I'll bring something
to help him remember.""",
          "Accessibility needs": "none",
      }, form="Book a surgery appointment"), tags=("webform", "veiled", "implicit"))

c.add("safety", subject="[Kelvin North Labour] New message from the website",
      sender=("NationBuilder", "no-reply@nationbuilder.com"),
      reply_to="freedomfirst1320@protonmail.com",
      fmt="html",
      body="", html_body="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>New contact form submission</b></p>
<table cellpadding="4">
<tr><td><b>Name</b></td><td>A Patriot</td></tr>
<tr><td><b>Email</b></td><td>freedomfirst1320@protonmail.com</td></tr>
<tr><td><b>Message</b></td><td>Your councillors are filling our hotels with illegals while our
veterans sleep in doorways. We have a list of every one of them and their addresses. Come the
summer there will be a reckoning and you won't be able to hide behind the police.</td></tr>
</table>
<p style="color:#888">You are receiving this because you are an admin of Kelvin North Labour.</p>
</body></html>""", tags=("webform", "html-only", "veiled", "doxxing"))

c.add("safety", subject="Karen Mitchell commented on your post",
      sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      fmt="alt",
      body="""\
Karen Mitchell commented on Kelvin North Labour's post: "Great turnout at today's street stall
in Maryhill - thanks to everyone who came to chat!"

Karen Mitchell
"Great turnout for the cameras. Shame nobody turns out when the weans are getting chased by
junkies in the park. That councillor with the red jacket - I know your face now pal. And your
motor. See you around."

Like   Reply   View comment

Facebook. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland.
This message was sent to clp.secretary@kelvinnorthlabour.org. If you don't want to receive
these emails from Meta in the future, please unsubscribe.
""", tags=("social", "implicit", "veiled"))

c.add("safety", subject="You were mentioned in a post",
      sender=("X", "info@x.com"),
      fmt="html",
      body="", html_body="""\
<html><body>
<div style="font-family:Helvetica,Arial;max-width:560px">
<p style="font-size:18px"><b>@ScotsFirst_88</b> mentioned you</p>
<div style="border:1px solid #ccc;padding:12px;border-radius:8px">
@KelvinNorthLab your MP voted for this so she owns it. Every mother in Glasgow knows her face.
Hope she enjoys her walk from the car park at the Burgh Halls on Saturday. We'll be there to
make sure she has a memorable one. #Traitor
</div>
<p><a href="https://x.com/">View post</a></p>
<p style="color:#999;font-size:11px">You're receiving this because you have notifications turned on.
X Corp. 1355 Market Street, San Francisco, CA 94103</p>
</div></body></html>""", tags=("social", "html-only", "veiled", "implicit"))

c.add("safety", subject="New message request",
      sender=("Instagram", "no-reply@mail.instagram.com"),
      body="""\
kelvinnorthlabour, you have 1 new message request

glesga_patter_99: "tell ur councillor kirsty her wee boys school is on the way to my work. I see
them every morning. nice wee blue jackets"

Open Instagram to see the full message.

Instagram from Meta
""", tags=("social", "implicit", "veiled"))

c.add("safety", subject="Nextdoor Daily Digest: Kelvindale",
      sender=("Nextdoor Kelvindale", "no-reply@rs.email.nextdoor.co.uk"),
      headers=c.newsletter_headers(),
      fmt="alt",
      body="""\
Top posts in Kelvindale today

* Lost cat - grey tabby, answers to Biscuit - Kelvindale Road
  "Please check your sheds!" - 14 replies

* Recommendations for a plumber?
  "Our boiler has finally given up..." - 22 replies

* Labour councillor's surgery this Saturday
  Posted by Ross D., Kelvindale
  "For anyone who wants to meet Cllr Fraser in person he's at the church hall 10-12 on
  Saturday. I'll be there and I'll be waiting outside after for him too. He voted for the
  new flats on the playing field so he can explain it to me when there's no councillors
  and no cameras about. Bring your pals." - 3 replies

* Free: child's bike, 16 inch
  "Collection only" - 2 replies

You're receiving this email because you're a member of Nextdoor Kelvindale.
Unsubscribe or change your email settings.
""", tags=("social", "embedded", "following", "veiled"))

c.add("safety", subject="[KN-members] Re: GC report - selection timetable",
      sender=c.person("Martin", "Docherty", "gmail.com"),
      headers=c.list_headers("KN-members", domain="googlegroups.com", precedence=True),
      body=c.quote_reply("""\
Of course the timetable is rigged. It's been rigged since the day Regional decided who they
wanted.

Some of us have been in this party a long time and we know who's been making these calls. If
the EC go ahead with it on the 9th, I'd think twice about walking to my car alone after the
meeting if I were on that EC. Just saying what a lot of people are thinking.
""", """\
Dear members,

Attached is the selection timetable agreed by the EC. Nominations close on 9 November and the
hustings will be held on 23 November. Please direct any questions to the Secretary.

Jamie Rennie
CLP Secretary
"""), tags=("list", "quoted", "conditional", "veiled"))

c.add("safety", subject="Ruchill Residents Assoc - November update",
      sender=c.person("Anne", "Fraser", "aol.com"),
      headers=c.list_headers("Ruchill Residents", domain="lists.ruchillresidents.example.org", precedence=False),
      body="""\
Hi all

Quick update ahead of Thursday's meeting.

1. Christmas lights switch on - 6 December, 5pm at the shops. Volunteers needed for the tea urn.
2. The council has finally agreed to fix the streetlight on Bilsland Drive.
3. Several people have asked about the new housing on the old school site. We've invited the
   ward councillors. One member has asked me to put this in the update word for word, so here
   it is: "If Councillor Haddow turns up she'd better bring the police with her, because some of
   us won't be answerable for what happens to her or her car in that car park." I don't agree
   with the tone but I've promised to pass it on.
4. Next litter pick Sunday 10am.

Anne
Secretary, RRA
""", tags=("list", "embedded", "conditional", "veiled"))

c.add("safety", subject="GMB Glasgow North branch - digest",
      sender=("GMB Glasgow North", "glasgownorth-digest@lists.gmbglasgownorth.example.org"),
      headers=c.list_headers("GMB Glasgow North", domain="lists.gmbglasgownorth.example.org"),
      body="""\
Digest #118 - 4 messages

1. Re: Home care dispute ballot (Linda O)
   Turnout so far 62%. Keep pushing, get your ballot papers in.

2. Re: Home care dispute ballot (Tam)
   The convener who signed off these cuts lives in Bearsden, I looked him up. Big drive, two
   cars. Maybe we take the picket to his front garden one night, without the union banners and
   without the polite bit. He'll not sleep well after that.

3. Training: reps course 14 Nov (Branch office)
   Places still available, contact the office.

4. Xmas social (Morag)
   The Lismore, Saturday 13th, bring your own pals.

--
Reply to the list: glasgownorth@lists.gmbglasgownorth.example.org
""", tags=("list", "embedded", "doxxing", "veiled"))

c.add("safety", subject="Your November newsletter",
      sender=("", "wullie.mc@hotmail.com"),
      fmt="html",
      body="", html_body="""\
<html><body><p style="font-family:Georgia;font-size:15px">Got your glossy newsletter. Nice photo
of the councillor outside his house with the roses. Very handy, that, now everybody knows which
house it is.</p>
<p style="font-family:Georgia;font-size:15px">Roses burn quite well I'm told.</p></body></html>""",
      tags=("html-only", "veiled", "implicit"))

c.add("safety", subject="Re: Kelvin North Labour - Autumn Newsletter",
      sender=c.person("Sandra", "Young", "sky.com"),
      body=c.quote_reply("""\
you can stick your newsletter. youve got a photo of the wee councillor with her kids at the gala
day on the front page like shes a saint. everyone can see how old they are and what school
badge they're wearing now. somebody should teach her what its like to be frightened for your
kids, the way we are every night on this estate
""", """\
KELVIN NORTH LABOUR - AUTUMN NEWSLETTER

Welcome to our autumn update! It's been a busy few months for your local Labour team.

* Cllr Kirsty Boyle at the Summerston gala with her family
* New crossing on Balmore Road approved
* Surgery dates for December

Contact us: clp.secretary@kelvinnorthlabour.org
""", quoted_from="Kelvin North Labour <clp.secretary@kelvinnorthlabour.org>", style="gmail"),
      tags=("quoted", "implicit", "veiled", "noisy"))

c.add("safety", subject="Survey response",
      sender=("SurveyMonkey", "member@surveymonkeyuser.com"),
      fmt="alt",
      body="""\
You have a new response to your survey "What matters to you in Kelvin North?"

Q1. Which ward do you live in?  North Woodside
Q2. What is the most important issue for you?  Housing
Q3. How would you rate your local councillors (1-5)?  1
Q4. Anything else you want to tell us?
    "Youve got 3 months to sort the damp in my close or I'm coming for the councillor. Not
    joking. Got his address off the council website. 3 months."
Q5. Would you like us to contact you?  No

View all responses in SurveyMonkey.
""", tags=("webform", "embedded", "explicit", "conditional"))

c.add("safety", subject="New booking: 15-minute surgery slot with Cllr Haddow",
      sender=("Calendly", "notifications@calendly.com"),
      body="""\
Hi Kelvin North Labour,

A new event has been scheduled.

Event type: 15-minute surgery slot with Cllr Haddow
Invitee: Mr R Smith
Invitee email: rs.g22@gmail.com
Event date/time: 10:30am - 10:45am, Saturday
Location: Possilpark Library, meeting room 2

Questions:
Please share anything that will help prepare for our meeting.
"She will recognise me from the old school site protest. I'll be bringing something to show her
what happens to people who lie to this community. Make sure it's just her in the room."

View event in Calendly
""", tags=("webform", "veiled", "implicit"))

c.add("safety", subject="petition comment",
      sender=("Change.org", "comments@change.example.org"),
      headers=c.newsletter_headers(),
      body="""\
New comment on your petition "Save Lambhill Baths"

Jim from Glasgow wrote:
"Signed. But petitions don't work. Councillor Dunn lives two streets from the baths and walks
past it every morning to the station. Someone should have a word with him on one of those
mornings. A proper word."

Reply to comments on your petition dashboard.
""", tags=("social", "embedded", "implicit", "veiled"))

c.add("safety", subject="bins AGAIN",
      sender=c.person("Tam", "McGregor", "gmail.com"),
      body="""\
right jamie fourth week no bins on cowal street the rats are in the close now my wife wont take
the wean out the back ive phoned the council ive emailed the councillor ive done the app and
nothing so here it is fix it by friday or ill fix him and i dont mean with a complaint form ive
got his address his motor and i know what time he goes to the gym
""", tags=("embedded", "noisy", "conditional", "stalking"))

c.add("safety", subject="Membership renewal - cancel",
      sender=c.person("Eileen", "Murray", "yahoo.co.uk"),
      body="""\
Hello,

Please cancel my membership from this month. My membership number is L0987231. I no longer wish
to receive the newsletter or any calls, and I'd be grateful if you could confirm when it's done.

For the record, it is because of what Councillor Baird said about the Palestine vigil. If she
comes near that vigil again she should know that some of the younger ones there are not as
forgiving as me and I won't stop them. She'd be wise to stay away for her own safety.

Thank you,
Eileen Murray
""", tags=("embedded", "veiled", "conditional"))

c.add("safety", subject="Apologies and a word of advice",
      sender=c.person("Colin", "Baxter", "btinternet.com"),
      body="""\
Jamie,

Apologies for Thursday's GC, I'm on nights.

A word of advice to pass on to our esteemed chair. Folk in Lambhill are furious about how he
handled the vote on the baths, and I heard two lads in the Whisky Bond talking about "catching
him after the next meeting". Not my business. I'm only the messenger. But if I were him I'd
have a taxi waiting.

Colin
""", tags=("embedded", "third-party-report", "following"))

c.add("safety", subject="",
      sender=("", "k3lv1n.watcher@proton.me"),
      fmt="html",
      body="", html_body="""\
<html><body><div style="background:#fff"><p>Hi Jamie,</p>
<p>Please find below the <b>updated contact list</b> for your councillors, since the one on your
website is out of date.</p>
<ul>
<li>Cllr McLeod - 14 Westbourne Gdns, leaves 8.05am, silver Audi</li>
<li>Cllr Baird - Flat 2/1, 77 Queen Margaret Dr, walks via the Botanics</li>
<li>Cllr Haddow - 3 Lochend Cres, kids at St Columba's</li>
</ul>
<p>We keep ours up to date. Councillors who keep voting for asylum hotels in our area should
remember that.</p></div></body></html>""", tags=("html-only", "doxxing", "implicit", "stalking"))

c.add("safety", subject="Re: Re: Re: my complaint about the chair",
      sender=c.person("Lewis", "Hamilton", "hotmail.com"),
      body=c.quote_reply("""\
OK thank you Jamie, I'll wait to hear from the disputes panel.
""", """\
Jamie,

Thanks for acknowledging. I do want to make clear that I'm not backing down on this. The chair
humiliated me in front of forty people.

> I understand you're upset and I've logged this.

Upset doesn't cover it. If he ever speaks to me like that again I'll break his jaw in front of
the same forty people, and he can log that.

Lewis
""", quoted_from="Lewis Hamilton <lewis.h.kn@hotmail.com>", style="gmail"),
      tags=("quoted", "explicit", "embedded"))

c.add("safety", subject="Voicemail from +44 7700 900412 (0:48)",
      sender=("Voicemail", "voicemail@vm.phonesystem.example.net"),
      body="""\
You have a new voicemail for Kelvin North Labour office.

From: +44 7700 900412
Received: Tue 22:41
Duration: 0:48

Transcription (automatic, may contain errors):
"aye hello this is a message for that councillor fraser... you were outside the co-op on
saturday with your wee table... I followed you back to your car after, you didnae even
notice... next time I'll no just watch... you tell him that"

Listen to the message in the portal.
""", tags=("embedded", "following", "stalking", "veiled", "noisy"))

c.add("safety", subject="Fw: fw: THIS IS WHAT THEY DONT WANT YOU TO SEE",
      sender=c.person("Moira", "Craig", "aol.com"),
      body=c.forward("""\
Jamie I was sent this, it's going round all the WhatsApps in Possil, is this true about our
councillor?? xx
""", """\
SHARE SHARE SHARE before they take it down!!!!!!

Councillor Sadia Hussain is the one who voted to put the migrants in the Ashfield hotel. She
lives at 9 Carrick Drive. Her man drives a black Golf. She goes to the mosque on Fridays.

People need to know who these councillors are and PAY THEM A VISIT. Let them see how it feels
when strangers move in round your house. They should not feel safe in our streets if we don't.
""", "Possil Patriots <possilpatriots@gmail.com>", "THIS IS WHAT THEY DONT WANT YOU TO SEE"),
      tags=("forwarded", "doxxing", "pile-on", "embedded", "veiled"))

c.add("safety", subject="Re: Thanks for volunteering!",
      sender=c.person("Ryan", "Boyd", "icloud.com"),
      body=c.quote_reply("""\
Thanks for this Jamie. Count me in for Saturday. Bit of a personal interest - my ex is the one
standing for the council in Summerston, as you know. Put me on her streets. I know where she
canvasses and I know where she sleeps. We've got unfinished business and I'll finish it on the
doorstep if I have to.
""", """\
Hi Ryan,

Thanks for volunteering! Our next canvass session is Saturday at 11am from the Summerston
community hall. Wear comfy shoes.

Jamie
"""), tags=("quoted", "stalking", "veiled", "embedded"))

c.add("safety", subject="CAN I JUST SAY",
      sender=c.person("Margaret", "Wallace", "talktalk.net"),
      body="""\
I AM 79 YEARS OF AGE AND I HAVE NEVER WRITTEN TO A POLITICAL PARTY IN MY LIFE BUT THE STATE OF
THE PAVEMENT ON MARYHILL ROAD IS A DISGRACE. I FELL IN AUGUST AND BROKE MY WRIST. NOBODY FROM
THE COUNCIL HAS EVEN APOLOGISED. MY GRANDSON SAYS HE'LL BE HAVING A WORD WITH THE COUNCILLOR
HIMSELF AND HE'S NOT A WORDS MAN IF YOU UNDERSTAND ME, HE DID SIX YEARS IN BARLINNIE. I SAID I'D
LET YOU KNOW SO YOU CAN'T SAY YOU WEREN'T WARNED. I WILL NOT BE STOPPING HIM.
""", tags=("noisy", "embedded", "veiled", "third-party-report"))

c.add("safety", subject="Jamie - re tonight",
      sender=c.person("Kwame", "Mensah", "gmail.com"),
      fmt="html",
      body="", html_body="""\
<div dir="ltr">Hi Jamie,<br><br>Sorry, meant to send this earlier. I'm afraid I'll be late to
tonight's EC, train issues.<br><br>Also, and I didn't want to put this in the WhatsApp - the guy
who was shouting at the end of last month's meeting has been in touch with me again. He sent me
this:<br><br><blockquote style="border-left:2px solid #ccc;padding-left:8px">you and the
secretary, i know what bus you both get home. thursdays are a long night for you people. one of
these thursdays you won't be getting home at all</blockquote><br>Can we talk before the meeting?
<br><br>Kwame<br>Treasurer</div>""", tags=("html-only", "third-party-report", "embedded", "stalking"))

c.add("safety", subject="Re: AGM agenda",
      sender=c.person("Iain", "Morrison", "googlemail.com"),
      body=c.quote_reply("""\
Item 6 is fine by me.

Item 7 - if Stevie's lot try to push through the rule change to stop branches electing their
own delegates then a few of us will be waiting for them outside the Burgh Halls afterwards and
there won't be any standing orders out there to save them.

Item 8 no comment.
""", """\
Draft agenda for the AGM, 30 November:
1. Welcome and apologies
2. Minutes of last AGM
3. Secretary's report
4. Treasurer's report and accounts
5. Election of officers
6. Election of auditors
7. Rule changes (see attached)
8. Motions
9. AOB
"""), tags=("quoted", "embedded", "conditional", "following"))

c.add("safety", subject="regarding the asylum hotel vote",
      sender=c.person("Dariusz", "Wisniewski", "onet.pl"),
      body="""\
Good afternoon,

I write to the party because I am living in Kelvin North 12 years and paying taxes. I have
question about the vote for the hotel in Ashfield Street. I read in the newspaper the councilors
vote 6 to 5. I ask you please to send me the names of the councilors who vote yes.

I also want to say. People here are very angry and I understand them. If the councilors who vote
yes will come on our street they will have problem, big problem, I cannot control other people
and I will not try. Better for them they stay in the office. It is honest advice.

Best regards
Dariusz Wisniewski
""", tags=("embedded", "non-native", "veiled", "conditional"))

c.add("safety", subject="Yes I'll help with the stall",
      sender=c.person("Precious", "Okoro", "yahoo.co.uk"),
      body="""\
hi jamie yes ill help w the stall sat 10-12, bringing my sister too

oh and fyi theres a guy been posting under our facebook posts saying hed "like to meet the wee
lassie that does the stalls" with a photo of me from the last one and "she's on the 66 bus home
after, I've checked". It's a bit creepy tbh. prob nothing? can u see it on the page admin?

P

Sent from my iPhone
""", tags=("embedded", "third-party-report", "stalking", "social"))

c.add("safety", subject="Facebook: new review of Kelvin North Labour",
      sender=("Facebook", "notification@facebookmail.com"),
      body="""\
Kelvin North Labour received a new review.

Scott Mair doesn't recommend Kelvin North Labour
"Useless. Absolutely useless. Your councillor Fraser told my maw she'd 'look into' the
adaptations for her bathroom and she's still waiting 9 month later. k!ll yourself Fraser or
someone will do it for you. You'll not be missed"

Reply as Kelvin North Labour

Meta Platforms Ireland Ltd.
""", tags=("social", "explicit", "noisy"))

c.add("safety", subject="One last thing on the Palestine motion",
      sender=c.person("Hassan", "Ali", "outlook.com"),
      body="""\
Jamie,

Thanks for getting back to me about the Palestine motion. I accept the EC has ruled it out of
order, though I disagree with the reasoning and will appeal.

I do need to tell you something in confidence, because I think the CLP has a duty of care. At
the vigil on Sunday a man I didn't recognise came up to our stall, asked which one of us was
"Jamie from Labour" and said he'd "be seeing him". He then walked to the end of the street and
stood there for twenty minutes watching us pack up. He was filming. He had a Rangers scarf and
a grey North Face jacket, about 50.

I'd take it seriously. I'd also not walk home alone from the next GC.

Hassan
""", tags=("embedded", "third-party-report", "following", "stalking"))

c.add("safety", subject="Read before Thursday",
      sender=("", "truthkelvin@proton.me"),
      fmt="html",
      body="", html_body="""\
<html><body><table width="100%" bgcolor="#000000"><tr><td align="center">
<p style="color:#ff0000;font-size:28px;font-family:Impact">THURSDAY</p>
<p style="color:#ffffff;font-size:14px">Your General Committee. St Columba's hall. 7pm.<br>
We know who is voting for the rule change.<br>We'll be outside at half nine.<br>Don't bother
leaving by the back door, we've thought of that.</p>
</td></tr></table></body></html>""", tags=("html-only", "implicit", "veiled", "following"))

c.add("safety", subject="WhatsApp chat export",
      sender=c.person("Grace", "Kelly", "gmail.com"),
      body="""\
Jamie, here is the export from the Summerston branch WhatsApp that Lorna asked me to send
before it gets deleted. The bit is on the 3rd.

[03/11, 21:14] Lorna (Chair): Right folks, leafleting sorted for Sat. Thanks all.
[03/11, 21:16] Gordon: Sound.
[03/11, 21:40] +44 7700 900871: heres an idea for the leafleting. how about I come to lorna's
door instead. Number 22 isnt it. Ill bring something through the letterbox that isnt a leaflet
[03/11, 21:41] Lorna (Chair): Who is this??
[03/11, 21:42] +44 7700 900871: you'll find out
[03/11, 21:45] Gordon: I've removed that number.

Nobody knows how they got in the group. Lorna's quite shaken.

Grace
""", tags=("embedded", "third-party-report", "veiled", "doxxing"))

# ======================================================================================
# HARD NEGATIVES
# ======================================================================================

c.add("complaint", subject="LEZ",
      sender=c.person("Callum", "Reid", "gmail.com"),
      body="""\
Jamie,

The LEZ is killing the small businesses on Maryhill Road. Three shops shut since June. The
council's so-called support fund was a joke and it ran out before half of us had even heard of
it. If Labour councillors keep backing this they're committing political suicide in this ward
and frankly they'll deserve it come the next council election.

I want it raised at the branch. I'll be there on the 4th.

Callum Reid, Reid's Hardware
""", tags=("hard-negative", "metaphor", "angry"))

c.add("complaint", subject="Legal action - canvass data",
      sender=c.person("Neil", "Wilson", "protonmail.com"),
      body="""\
I have just learned that a canvasser from your party recorded my wife as "hostile - do not
revisit" after she told him she was busy with a newborn. She was not hostile. She was tired.

I consider this defamatory and an abuse of her data. Unless I receive an apology and
confirmation that the note has been removed, I will be instructing solicitors and reporting the
party to the ICO. I'll also be making sure everyone on our stair knows how your canvassers
treat new mothers.
""", also=["data-protection"], tags=("hard-negative", "legal-threat", "angry"))

c.add("bulk", subject="Security for elected representatives - what you need to know",
      sender=("Scottish Labour", "comms@scottishlabour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      fmt="html",
      body="", html_body="""\
<html><body style="font-family:Arial">
<h2>Security for elected representatives</h2>
<p>Dear Secretary,</p>
<p>Following recent incidents in which councillors in two Scottish local authorities were
targeted with abusive letters and one MSP's constituency office was vandalised, we are reminding
all CLPs of the support available.</p>
<ul>
<li>Police Scotland offer a free security review for councillors' homes.</li>
<li>Councillors may ask for their home address to be withheld from the council website.</li>
<li>Please share the attached reporting flowchart with your branch secretaries.</li>
</ul>
<p>Our thoughts are with colleagues who have been affected.</p>
<p>Scottish Labour Governance and Legal Unit</p>
<p style="font-size:11px;color:#666">Unsubscribe</p>
</body></html>""", tags=("hard-negative", "news-about-threats"))

c.add("other", subject="tonight",
      sender=c.person("Niamh", "Gallagher", "icloud.com"),
      body="""\
Jamie you absolute legend, the hustings was class. Our candidate murdered it, the Tory guy
looked like he wanted the floor to swallow him. Drinks on me next time x
""", tags=("hard-negative", "benign-violent-word", "metaphor"))

c.add("query", subject="Target seats",
      sender=c.person("Rajesh", "Sharma", "outlook.com"),
      body="""\
Hi Jamie,

Quick one - which wards are we treating as target seats for the council by-elections next year?
I want to get the students from the uni society out on the doors and I'd rather send them
somewhere that matters. Also is there a training session on using the canvassing app before we
hit the doors?

Cheers
Raj
""", tags=("hard-negative", "benign-violent-word"))

c.add("procedural", subject="Emergency motion - Gaza",
      sender=c.person("Yusuf", "Rahman", "gmail.com"),
      body="""\
Jamie,

North Woodside branch submits the following emergency motion for Thursday's GC. It was agreed
at an emergency branch meeting on Monday (14-3).

"This CLP believes that continued arms sales to Israel leave the UK Government with blood on its
hands. This CLP calls on the MP to publicly support a full arms embargo and to vote accordingly."

Proposer: Yusuf Rahman. Seconder: Sophie Campbell.

I understand emergency motions need the chair's agreement on urgency and I'm happy to speak to
that.

Yusuf
""", tags=("hard-negative", "metaphor"))

c.add("complaint", subject="Appalling treatment at the GC",
      sender=c.person("Jacqueline", "McKenzie", "btinternet.com"),
      body="""\
Jamie,

I am writing to make a formal complaint about my treatment at Thursday's General Committee.

When I rose to speak on the bins motion, the chair told me I had "already had my turn" when I
had not spoken at all. When I objected, several delegates laughed. I was then told that if I
didn't sit down I'd be "named". I have been a member since 1983 and I have never been spoken to
like that in a Labour meeting.

I want an apology from the chair, I want it minuted, and I want to know what the procedure is
for a complaint about an officer. I am copying this to the regional office. Make no mistake, I
will be pursuing this to the end, and if the CLP won't deal with it I'll take it to the NEC and
to the press.

Jacqueline McKenzie
""", also=["query"], tags=("hard-negative", "angry"))

c.add("other", subject="News article re councillor threats",
      sender=c.person("Paul", "Docherty", "gmail.com"),
      body="""\
Jamie, did you see the Herald piece today about the Edinburgh councillor who had to move house
after being threatened online? They interviewed an SNP councillor and a Green who've had
similar. Grim. I wondered if the EC might want to look at whether our councillors' addresses
are on the council site - I think some of them still are. Not urgent, just a thought.

Paul
""", tags=("hard-negative", "news-about-threats"))

c.add("query", subject="bomb",
      sender=c.person("Ross", "Kelly", "hotmail.co.uk"),
      body="""\
Jamie does the CLP have a card machine for the stall? Last time I bought the raffle prizes
myself and it cost me a bomb. Would rather we took card this time.

Ross
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="The council's cuts to ASN support",
      sender=c.person("Heather", "Munro", "gmail.com"),
      body="""\
Dear Secretary,

As a parent of a child with additional support needs I am writing to express my fury at the
decision to cut classroom assistants. This is going to destroy children like mine. It is a
declaration of war on the most vulnerable families in the city and every Labour councillor who
voted for it should be ashamed.

We will fight this every step of the way. We will be at the council chambers on the 18th in our
hundreds, and we will be at every one of your stalls until the next election.

Heather Munro
Parents for ASN Glasgow North
""", tags=("hard-negative", "metaphor", "angry"))

c.add("bulk", subject="Fire alarm testing - Maryhill Burgh Halls",
      sender=("Maryhill Burgh Halls", "bookings@mbh.example.org.uk"),
      body="""\
Dear hirer,

Please be aware that the fire alarm system will be tested every Wednesday at 10am and that a
full evacuation drill will take place on Wednesday 19 November at 7pm. If your booking overlaps,
please familiarise your attendees with the nearest fire exit and assembly point (the rear car
park).

This is an automated message from our booking system. Please do not reply.
""", tags=("hard-negative", "benign-violent-word", "confuser", "robot-no-list-headers"))

c.add("complaint", subject="Re: Re: selection complaint",
      sender=c.person("Stephen", "Ross", "gmail.com"),
      body=c.quote_reply("""\
With respect, that is not an answer. You say the process was followed. It wasn't. Two branches
weren't notified and one of the longlisted candidates was told the result before the panel met.

I'm not going away. I'll be at the GC and I'll be raising it from the floor, and I'll be
lodging an appeal with the NEC. If that doesn't work, I'll see you in court.
""", """\
Dear Stephen,

Thank you for your email. I have checked with the procedures secretary and I'm satisfied that
the selection process was carried out in accordance with the party's guidelines.

Regards,
Jamie
"""), tags=("hard-negative", "legal-threat", "angry"))

c.add("other", subject="Shooting this weekend",
      sender=c.person("Laura", "Fleming", "outlook.com"),
      body="""\
Hi Jamie

Just confirming the photographer will be shooting the candidate photos at the Botanic Gardens
on Saturday at 9am before the crowds. Can you make sure Kirsty brings a plain top? The red one
was a disaster last time.

Laura
""", tags=("hard-negative", "benign-violent-word"))

c.add("procedural", subject="Report to GC - Campaign coordinator",
      sender=c.person("Andrew", "Bell", "gmail.com"),
      body="""\
Report to GC, November

1. Contact rate: 1,840 contacts in October, up 20% on September.
2. Maryhill West remains our top target. We hammered the Summerston estate two weekends running
   and the data is looking strong.
3. The Tories are dead in the water here; the real fight is with the SNP in North Woodside,
   where we need to throw everything at it.
4. Volunteers: 12 new canvassers trained. Shout out to the uni society, who blitzed Firhill.
5. Request: GC to approve £300 from campaign funds for a second print run.

Andrew Bell
Campaign Coordinator
""", tags=("hard-negative", "metaphor", "benign-violent-word"))

c.add("query", subject="Q about meeting with MP re abuse",
      sender=c.person("Sadia", "Shah", "icloud.com"),
      body="""\
Hello,

I run a small youth project in Possilpark. Some of our young people have been getting vile
racist abuse online after they appeared in a news story about the mosque open day, and we're
doing a session on staying safe online. Would the MP or a councillor be willing to come and
talk to them about how politicians deal with online abuse? Who should I ask?

Many thanks
Sadia
""", tags=("hard-negative", "news-about-threats"))

c.add("complaint", subject="Your MP is a coward",
      sender=c.person("Connor", "Burns", "hotmail.com"),
      body="""\
Your MP is a coward. She hides behind her staff, she hides behind the whips and she hid behind
a "prior engagement" when the hustings on child poverty came round. I'll be telling everyone I
know not to vote for her. I hope she loses her seat and I hope it's a humiliating loss.
""", tags=("hard-negative", "angry"))

c.add("other", subject="Running club",
      sender=c.person("Julie", "Boyd", "gmail.com"),
      body="""\
Jamie, are you still up for the Kelvin 10k in March? The hill at the end absolutely killed me
last year. Thinking of getting a team together in red t-shirts - good for the profile and the
hospice gets the money. Let me know!
""", tags=("hard-negative", "benign-violent-word"))

c.add("urgent", subject="BBC want the chair for Good Morning Scotland tomorrow",
      sender=c.person("Gillian", "Watt", "gmail.com"),
      body="""\
Jamie - BBC Scotland have just called. They're doing a piece on the abuse councillors are
getting after the hotel vote and they want someone from the CLP on Good Morning Scotland at
7.10 tomorrow. Need to get back to them by 5 today. Is the chair free or can you do it? I've
said we'll condemn all threats against all councillors whatever party, obviously.

Gillian (Press officer)
""", tags=("hard-negative", "news-about-threats"))

c.add("complaint", subject="Stall on Byres Road",
      sender=c.person("Hugh", "Paterson", "talktalk.net"),
      body="""\
Your volunteers on Byres Road on Saturday were blocking the pavement with their table and one of
them was extremely rude to my wife when she said she wouldn't be voting Labour. She was told
"well enjoy a Reform council then". I'd like an apology.

I am not threatening anyone when I say this, but you have lost two votes and I will say so to
anyone who asks.
""", tags=("hard-negative", "angry"))

c.add("query", subject="Leaflet round",
      sender=c.person("Olu", "Adeyemi", "gmail.com"),
      body="""\
Hi, I'm new. I've been given a round on Kelvindale Road but there are three blocks with door
entry systems. How do you get in - do you just buzz and hope? Also somebody said to watch out
for the dog at number 40, that it'll take your fingers off through the letterbox. Is that a
joke?

Olu
""", tags=("hard-negative", "benign-violent-word"))

c.add("other", subject="Book club",
      sender=c.person("Fiona", "Allan", "yahoo.co.uk"),
      body="""\
Hi Jamie, the Labour Women's book group this month is doing that new crime novel about the
murdered MSP - very dark but people were keen. Thursday at mine, 7pm, bring wine not crisps
(the last lot were stale). Fi
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="Guillotine",
      sender=c.person("Richard", "Henderson", "btinternet.com"),
      body="""\
Jamie,

I was the third speaker in line on the housing motion when the chair guillotined the debate
"in the interests of time" and then allowed twenty minutes on the raffle. This is the second
meeting running. I'd like to propose a change to standing orders to stop this, and I'd like to
complain about it formally. How do I do both?

Richard Henderson
""", also=["procedural", "query"], tags=("hard-negative", "benign-violent-word"))

c.add("data-protection", subject="Remove me please - I'm sick to death of the texts",
      sender=c.person("Lisa", "Scott", "hotmail.co.uk"),
      body="""\
I am sick to death of getting texts from "Jamie at Kelvin North Labour" asking me to come to a
stall. I'm not a member. I've never been a member. Take my number off whatever list it's on.
""", tags=("hard-negative", "benign-violent-word", "confuser", "dp-no-legal-words"))

c.add("other", subject="Article for the newsletter",
      sender=c.person("Peter", "Morton", "gmail.com"),
      body="""\
Jamie,

Here's my piece for the newsletter on the history of the Red Clydesiders. I've kept it to 400
words as you asked. The bit about the tanks in George Square in 1919 might be a bit
bloodthirsty for the tone you want - feel free to cut the line about the "battle".

Peter
""", tags=("hard-negative", "benign-violent-word"))

# ======================================================================================
# OTHERS
# ======================================================================================

c.add("urgent", subject="Hall double booked TONIGHT",
      sender=c.person("Lorna", "Baird", "gmail.com"),
      body="""\
Jamie just had a call from the church - they've double booked the hall for tonight, there's a
funeral tea on. We can't have it for the branch meeting. Can we use the back room at the Bowling
Club? I've got the number, they say yes if we confirm by 3. Let me know asap. Lorna
""", tags=())

c.add("urgent", subject="Postal vote applications - deadline tomorrow 5pm",
      sender=c.person("Graham", "Thomson", "outlook.com"),
      body="""\
Jamie, reminder that the postal vote deadline for the Summerston by-election is 5pm TOMORROW.
We have 37 completed forms sitting in the office that need to go to the ERO by hand. Who's
taking them? I can't, I'm in Aberdeen.

Graham
""", tags=())

c.add("complaint", subject="Why was I not told",
      sender=c.person("Agnieszka", "Zielinski", "gmail.com"),
      body="""\
Hello Jamie,

I was told at the door by a canvasser that there was a branch meeting last week where they chose
the candidate for the by-election. I am member 3 years in this branch. Nobody tell me about
this meeting. I think this is not correct way. Please explain me why I did not get the email.

Agnieszka
""", also=["query"], tags=("confuser", "complaint-as-query", "non-native"))

c.add("complaint", subject="MP's vote on welfare",
      sender=c.person("Carol", "Duncan", "yahoo.co.uk"),
      body="""\
I want an explanation from someone - anyone - of why our MP voted for the welfare cuts when she
told us at the spring members' meeting that she wouldn't. I asked her directly. She said "I will
not vote to take money from disabled people." Then she did. Is there a single person in this
CLP who's going to hold her to account? I'm genuinely asking.
""", tags=("confuser", "complaint-as-query"))

c.add("query", subject="Can I bring my dad",
      sender=c.person("Aisha", "Hussain", "gmail.com"),
      body="""\
Hi! Is it ok if I bring my dad to the branch meeting on Tuesday? He's not a member (yet!) but he's
thinking about joining. He doesn't speak much English - is it ok if I translate for him quietly?

Aisha
""", tags=())

c.add("query", subject="Direct debit",
      sender=c.person("Rob", "Gillespie", "btinternet.com"),
      body="""\
Hi, I changed banks last month. How do I update my direct debit for membership, is that
something you do or do I do it on Membersnet? Don't want to fall into arrears. Rob
""", tags=())

c.add("query", subject="Volunteering",
      sender=c.person("Emma", "Lindsay", "icloud.com"),
      body="""\
Hello, I'm a student at Glasgow Uni living in Woodside and I'd like to get involved. I'm not great
at door-knocking (anxiety) but I'm good with social media and design. Is there anything I could
help with? Thanks, Emma
""", tags=())

c.add("procedural", subject="Motion - bus franchising",
      sender=c.person("Douglas", "Millar", "gmail.com"),
      body="""\
Jamie,

Motion from Firhill branch for the December GC:

This CLP notes the success of bus franchising in Greater Manchester. This CLP calls on the
Strathclyde Partnership for Transport and Labour councillors to press ahead with franchising in
the Glasgow city region without further delay.

Proposed: D Millar. Seconded: K Anderson. Passed 9-0.
""", tags=())

c.add("procedural", subject="Apologies for EC",
      sender=c.person("Ngozi", "Obi", "outlook.com"),
      body="Hi Jamie, apologies from me for Monday's EC - hospital appointment. Report attached to follow. Ngozi (Youth Officer)\n",
      tags=())

c.add("procedural", subject="Minutes of last GC - correction",
      sender=c.person("Alan", "Marshall", "gmail.com"),
      body="""\
Jamie,

Under item 5 of the draft minutes it says the motion on the Gaelic school was "carried". It
wasn't - it was referred back to the branch. Could you correct that before they go for approval?

Thanks
Alan
""", tags=())

c.add("data-protection", subject="Please delete my details",
      sender=c.person("Sinead", "O'Neill", "gmail.com"),
      body="""\
Hi, I signed your petition about the baths last year. I've moved away now and I'd like you to
delete everything you have on me - name, email, phone, address. Please confirm when done.
Thanks
""", tags=("confuser", "dp-no-legal-words"))

c.add("data-protection", subject="Canvass sheets left in the hall",
      sender=c.person("Tony", "Wright", "hotmail.com"),
      body="""\
Jamie, when I went in to the church hall this morning to pick up the urn I found a pile of last
Saturday's canvass sheets on the table by the door - names, addresses, voting intention, some
handwritten notes. The hall's used by the playgroup during the week. I've taken them home for
now. What should I do with them?

Tony
""", also=["query"], tags=())

c.add("bulk", subject="Out of office",
      sender=c.person("Kirsty", "Boyle", "outlook.com"),
      headers=c.autoreply_headers("gmail"),
      body="I'm away until 10 November. For council casework please contact the ward office. Kirsty\n",
      tags=())

c.add("bulk", subject="Your statement is ready",
      sender=("Unity Trust Bank", "no-reply@unity.example.co.uk"),
      body="""\
Dear Customer,

Your monthly statement for account ending 4412 is now available in online banking.

For your security, we will never ask you for your password by email.

Unity Trust Bank
""", tags=("confuser", "robot-no-list-headers"))

c.add("bulk", subject="Scottish Labour Weekly",
      sender=("Scottish Labour", "news@scottishlabour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      fmt="alt",
      body="""\
SCOTTISH LABOUR WEEKLY

This week: our plan for NHS waiting times; meet the new Holyrood group; and a big thank you to
the 2,000 volunteers who hit the streets on our national day of action.

Read more on our website.

Unsubscribe from this list.
""", tags=())

c.add("other", subject="Thanks from the food bank",
      sender=c.person("Morag", "Sinclair", "btinternet.com"),
      body="""\
Dear Jamie and all at Kelvin North Labour,

A huge thank you for the 23 bags of donations from your harvest collection. The tins of
tomatoes and the nappies are especially welcome. We'd love a few of you to come and volunteer
on a Wednesday if anyone has time.

Best wishes,
Morag
North Glasgow Food Share
""", tags=())

c.add("other", subject="Wrong Jamie?",
      sender=c.person("Jamie", "Rennison", "gmail.com"),
      body="""\
Hi, I think I've been getting emails meant for you. I'm a Jamie Rennison and my address is one
letter off. Three emails about a GC meeting came to me this week. Just so you know. Good luck!
""", tags=())

# ---- later additions ------------------------------------------------------------------

c.add("safety", subject="[kn-activists] Thoughts after Thursday's GC",
      sender=c.person("Stevie", "Connolly", "gmail.com"),
      headers=c.list_headers("kn-activists", domain="lists.kelvinnorthlabour.org"),
      body="""\
Comrades,

I've been mulling over Thursday's GC all weekend and I want to put a few thoughts to the list,
because I don't think we'll get a proper discussion in the room the way it's chaired.

1. The selection. Whatever you think of the candidates, the process has been a shambles. Two
branches got the timetable a week late. The hustings clashes with the Old Firm game. If you
wanted a low turnout you'd design it exactly this way.

2. The budget. The council group are going to vote for the cuts to the ASN assistants and the
libraries and then come to us in May and ask us to knock doors for them. I for one won't be
knocking doors for anyone who voted for that.

3. The chair. I've had enough of him. He treats the GC like his own personal fiefdom and he
treats the younger members like children. I'm not going to pretend I'd lose any sleep if he
fell down the stairs of the Burgh Halls on the way out next month. Somebody might even give him
a helping hand if he carries on like this, and I wouldn't be the one to stop them. Make of that
what you like.

4. The positive bit. The street stalls have been great. Thirty-odd new members since August,
mostly young, mostly women. We need to make sure they don't get put off by what goes on at GC.

See you all at the social on Friday.

Stevie
Ruchill branch

--
kn-activists mailing list
To unsubscribe send a message to kn-activists-leave@lists.kelvinnorthlabour.org
""", tags=("list", "embedded", "wish-harm", "veiled"))

c.add("safety", subject="[Maryhill Allotments] Re: Council's plan for plots 40-52",
      sender=c.person("Bert", "Gilmour", "btinternet.com"),
      headers=c.list_headers("Maryhill Allotments", domain="groups.io", precedence=False),
      body=c.quote_reply("""\
Aye well the councillor's welcome to come and "consult" us on site. He'll find there's plenty of
places on an allotment to bury a man that nobody would ever dig up. I'm only half joking. He
should bring a minder.
""", """\
Hi everyone, Cllr Fraser has asked to come to the site on Saturday 15th to "consult" on the
council's plan to take back plots 40-52 for the new access road. Please come along if you can.
Isla (Secretary)
""", quoted_from="Isla Munro <isla.munro@gmail.com>", style="gmail"),
      tags=("list", "quoted", "veiled"))

c.add("safety", subject="Fwd: Action alert - Lambhill Baths",
      sender=c.person("Morag", "Docherty", "hotmail.co.uk"),
      body=c.forward("""\
Jamie, saw this on the Save Lambhill Baths email list and thought you'd want to know about the
protest. Are any councillors going to be there? Morag
""", """\
SAVE LAMBHILL BATHS - ACTION ALERT

The full council votes on the closure on Thursday 20th. We need everyone at the City Chambers
from 9am.

Bring placards, bring your kids, bring your granny.

We've also got the home addresses of the six councillors who are wavering (see attachment). If
they won't listen in the Chambers, let's see if they listen on their own doorstep at night. No
banners, no speeches, just lots of us, outside, every night until they change their minds. They
won't sleep till our kids can swim.
""", "Save Lambhill Baths <savelambhillbaths@gmail.com>", "ACTION ALERT - Thursday 20th"),
      tags=("forwarded", "embedded", "doxxing", "harassment"))

c.add("complaint", subject="Why I'm finally leaving - please read this one",
      sender=c.person("Maureen", "Sharkey", "btinternet.com"),
      body="""\
Dear Jamie,

I've been putting this email off for months, and I'm sorry it's landing on you, because you've
always been decent to me and you work harder for this CLP than anyone. But you're the secretary
and I think somebody should have it in writing why a woman who joined this party in 1979 is
walking away.

I joined the week Thatcher won. My dad was a shop steward at Yarrow's and my mother ran the
tenants' association in our scheme for twenty years. I've canvassed in every election since,
in the rain, in the snow, in the year we lost everything to the SNP and got laughed at on
doorsteps. I've been branch secretary, branch chair, women's officer and tea-maker-in-chief. I
ran the raffle for so long the prizes were a running joke.

I stayed through Iraq, which nearly broke me. I stayed through the years when we had no MPs in
Glasgow at all. I stayed because I believed that when we got back into government we would do
the things we said we would do.

And here we are. The two-child cap is still there. Children in this constituency - in this
ward, on my street - are going hungry because of a policy my own party defends. The winter fuel
decision was an absolute kick in the teeth for pensioners like me and my neighbours, and the
climbdown was worse because it showed nobody had thought about us in the first place. Then the
welfare bill. I sat in my kitchen and watched our MP vote for it and I felt sick. Disabled
people I've known for thirty years are terrified of brown envelopes again.

On Gaza, I won't go into it. You know where I stand. I've stood at the vigil every Sunday and
I've never once seen our MP there.

I know what people will say. That it's the real world, that there's no money, that it's better
than the Tories. Maybe it is. But I didn't spend forty-six years fighting for "better than the
Tories". I spent it fighting for a fairer country, and I'm too old to wait any longer.

I've also got to say something about the local party, because it isn't only London. The GC has
become a place where people shout at each other about procedure while the actual campaigning is
done by about fifteen people, most of them over seventy. The younger members come once and
never come back, and I don't blame them. The last two meetings I went to, I went home and cried.
That's not an exaggeration. I'm not a crier.

So this is me resigning. I've cancelled the direct debit. I'll still come to the food bank on
Wednesdays and I'll still make the soup for the Christmas social if anyone wants it. Please
don't send anyone round to talk me out of it. And please pass my thanks to the people in the
branch who've been my friends - you know who they are.

If anyone at the top of this party ever wonders why the people who built it are leaving, they
can read this. I'd like it read out at the GC, if that's allowed. If it isn't, I'd like to know
why.

With love and a heavy heart,

Maureen Sharkey
(former branch secretary, Firhill)
""", tags=("hard-negative", "metaphor", "angry"))

c.add("procedural", subject="Draft Secretary's report for the AGM - for your comments",
      sender=c.person("Anne", "McLean", "gmail.com"),
      body="""\
Hi Jamie,

As promised, here's a first go at the Secretary's annual report for the AGM pack, since you said
you'd rather I drafted it while you're snowed under with the selection. Hack it about as much as
you like.

---
SECRETARY'S REPORT TO THE ANNUAL GENERAL MEETING

It has been a demanding year for Kelvin North CLP. The Holyrood election in May saw our
candidate come within 800 votes in Maryhill, our best result in this seat for fifteen years,
thanks to an extraordinary volunteer effort. More than 200 members took part in at least one
campaign session.

Membership stands at 1,118, up from 1,034 last year. We welcomed 167 new members, a large
number of them under 30, and the Young Labour group has been re-established with a regular
monthly meeting.

The General Committee met ten times. The Executive Committee met eleven times. Twenty-three
motions were debated, on subjects including bus franchising, the two-child limit, the Lambhill
Baths closure, Gaza and local housing. Four were referred to regional conference.

The CLP has had to deal with a number of difficult issues this year, including serious
complaints about conduct at meetings and an increase in abuse directed at our councillors. The
EC has adopted a new safeguarding and safety policy, and I would like to thank the officers who
have given so much time to this.

Finally, thanks to our treasurer, to all branch officers, and to the volunteers who run the
street stalls every Saturday in all weathers.
---

I've left out the selection because I wasn't sure how much you wanted to say. Let me know what
you think. I can turn it round by Wednesday.

Anne (Vice-Chair)
""", tags=())

# Threats that mailkit happened to render HTML-only get the html-only tag too.
import email as _email  # noqa: E402
for _i, (_data, _cats, _mn, _tags) in enumerate(c.items):
    if _cats[0] == "safety" and "html-only" not in _tags and \
            _email.message_from_bytes(_data).get_content_type() == "text/html":
        c.items[_i] = (_data, _cats, _mn, _tags + ("html-only",))

c.write()
