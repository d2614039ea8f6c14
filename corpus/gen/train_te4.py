"""train/te4: threats (and reports of threats) for Hatherley CLP that arrive through robot and
list channels: social-media notifications quoting comments and messages, web-form notifications,
list posts, calendar invitations, auto-forwarded council mailboxes, digests. All hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "te4", seed=1504)
SEC = c.clp[2]
FB = ("Facebook", "notification@facebookmail.example.com")
AUTOFWD = {"X-MS-Exchange-Organization-AutoForwarded": "true",
           "X-MS-Exchange-Inbox-Rules-Loop": "members.enquiries@hatherley.example.gov.uk",
           "Auto-Submitted": "auto-forwarded"}


def listpost(listname, domain, subject, body, sender, tags, precedence=True, **kw):
    h = c.list_headers(listname, domain=domain, precedence=precedence)
    c.add("safety", body, subject=subject, sender=sender, to=h["List-Post"][8:-1], headers=h,
          tags=("list", *tags), **kw)


# ---------------------------------------------------------------- social notifications
c.add("safety", """Hatherley Labour

Ray Tolley commented on your post "Meet Jackie Denton, your Labour candidate for Elmbridge":

"Jackie lives at the end of Orchard Way doesnt she. The one with the nice garden and the blue door. Be a shame if anything happened to it. Just saying."

2 people reacted to this comment.

See comment

You're receiving these notifications as an admin of Hatherley Labour.""",
      subject="Ray Tolley commented on your post", sender=FB,
      tags=("social", "facebook", "implicit", "veiled", "doxxing", "quoted"))

c.add("safety", """Hatherley Labour

You have a new message from Gaz W

Gaz W: your lot put another leaflet through my door. i told the last one. next one of you that comes up my path wont be walking back down it. tell them

Reply

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
      subject="You have a new message from Gaz on Facebook", sender=FB,
      tags=("social", "facebook", "conditional", "explicit", "noisy"))

c.add("safety", """@tr00th_hatherley mentioned you

tr00th @tr00th_hatherley
@HatherleyLabour @CllrJackieDenton we know which car is yours. silver corsa, always in the same spot by the side door. enjoy the budget meeting tuesday

View post

X Corp. 1355 Market Street, Suite 900 San Francisco, CA 94103""",
      subject="@tr00th_hatherley mentioned you", sender=("X", "notify@x.example.com"),
      tags=("social", "x", "implicit", "veiled"))

c.add("safety", """hatherleylabour, you have a new message

h4therley_patriot: ur candidate gonna get whats coming on the 7th. c0unt on it 🔪🔪

Open Instagram

from Meta""", subject="h4therley_patriot sent you a message",
      sender=("Instagram", "no-reply@mail.instagram.example.com"),
      tags=("social", "instagram", "explicit", "noisy"))

c.add("safety", """Hatherley Community Noticeboard

Dean Marsh commented on a post in Hatherley Community Noticeboard:

"Not saying anyone should do anything to that Denton woman but if she had an accident on her way home from the council one night I wouldnt shed a tear. Karma"

11 people reacted to this comment.

View comment""", subject="Dean Marsh commented on a post you're following",
      sender=("Facebook", "groupupdates@facebookmail.example.com"),
      tags=("social", "facebook", "wish-harm"))

c.add("safety", """You have 48 new mentions

@PriyaNairLab found her 👀 works at the library on Marsh Rd tuesdays and thursdays. everyone go say hi
@PriyaNairLab ur done
@PriyaNairLab stitched up the selection now lets see her face the town
@PriyaNairLab 👋👋👋 see you tuesday

and 44 more

View notifications

X""", subject="You have 48 new mentions", sender=("X", "notify@x.example.com"),
      tags=("social", "x", "pile-on", "doxxing", "implicit"))

c.add("safety", """New comment on your video

"Hatherley hustings - full video"

Phil_Bolt22: I recognise the woman at 2:14 asking the question. shes from my estate, flat 3 Brookfield block C. tell her to be careful walking that dog at night

Reply  ·  Remove

YouTube""", subject="New comment on \"Hatherley hustings - full video\"",
      sender=("YouTube", "noreply@youtube.example.com"),
      tags=("social", "youtube", "doxxing", "implicit", "veiled"))

c.add("safety", """Trending in Hatherley Central

"Anyone else think the Labour lot at 14 Orchard Way deserve a brick through the window after what they did to the library?" - 23 replies
"Found: set of keys on Station Street" - 4 replies
"Best Indian takeaway?" - 61 replies

See more on Nextdoor

You're receiving this because you're a member of Nextdoor Hatherley Central.""",
      subject="Trending in Hatherley Central: the library, lost keys and takeaways",
      sender=("Nextdoor", "no-reply@rs.email.nextdoor.example.co.uk"), headers=c.newsletter_headers(),
      tags=("social", "digest", "doxxing", "explicit", "embedded"))

# ---------------------------------------------------------------- web forms
c.add("safety", c.webform({
    "Name": "M. Hurst",
    "Email": "mhurst1968@outlook.example.com",
    "Subject": "General Committee",
    "Message": """Hello, can you confirm the GC is still on Thursday at the Friends Meeting House at 7? I understand non-members can sit at the back.

Please also tell Mr Sharma I will be waiting for him in the car park afterwards. He knows what it's about.""",
}), subject="[Hatherley Labour] New contact form submission", sender=c.form_robot(),
      reply_to=("M. Hurst", "mhurst1968@outlook.example.com"), tags=("webform", "embedded", "implicit"))

c.add("safety", c.webform({
    "Your name": "concerned resident",
    "Your email": "noreply.concerned@protonmail.example.com",
    "Which ward do you live in?": "Priory Fields",
    "How would you like to help?": "Other",
    "Tell us more": """I know where the Siddiqui family live and which mosque they go to. Keep pushing your multicultural rubbish through our doors and see what happens to your precious community centre. Consider this the only polite message you'll get.""",
}, form="Volunteer with us"), subject="New submission: Volunteer with us", sender=c.form_robot(),
      reply_to="noreply.concerned@protonmail.example.com", tags=("webform", "conditional", "veiled", "doxxing"))

c.add("safety", c.webform({
    "Name": "Pat",
    "Email": "pat.h.1957@btinternet.example.com",
    "Message": """I have been a Labour voter all my life and I am ashamed of what Rob Kendrick has done on the winter fuel and the disability cuts. People round here have died in cold houses because of him.

I'm not saying anyone should hurt him. But if something happened to him on one of his walkabouts I don't think many would be sorry, and I'd be one of them. He should think about that before he shows his face on Marsh Road again.""",
}), subject="Website enquiry", sender=c.form_robot(), reply_to="pat.h.1957@btinternet.example.com",
      tags=("webform", "wish-harm", "embedded"))

c.add("safety", c.webform({
    "Name": "PATRIOT",
    "Email": "traitors@tutanota.example.com",
    "Message": "YOUR MP IS A TRAITOR TO THIS COUNTRY. WE ARE COMING FOR HIM AND EVERY ONE OF YOU AT THE SURGERY ON SATURDAY. K1LL THE TRAITORS. NO MORE WARNINGS",
}), subject="[Hatherley Labour] Contact form: PATRIOT", sender=c.form_robot(),
      reply_to="traitors@tutanota.example.com", fmt="html",
      tags=("webform", "explicit", "noisy", "html-only"))

c.add("safety", c.webform({
    "Name": "Angela Moss",
    "Email": "angela.moss@gmail.example.com",
    "Phone": "07700 900 611",
    "Message": """I work at the dry cleaner next door to your office on Castle Street. There is a cardboard box left against your office door, taped right round, with some wires coming out of one corner and LABOUR written on it in marker. It wasn't there when I opened at 8. I haven't touched it. I've rung 999 as well but thought you should know in case anyone is coming to the office today.""",
}, form="Report a problem"), subject="New submission: Report a problem", sender=c.form_robot(),
      reply_to=("Angela Moss", "angela.moss@gmail.example.com"),
      tags=("webform", "suspicious-item", "third-party-report"))

c.add("safety", """New response to "Hatherley Labour - Membership survey"

Respondent: anonymous
1. Which branch are you in? Hatherley Vale
2. Would you like more social events? No
3. Any other comments? "Priya Nair should watch her back. People are sick of her stitching up selections for her mates. Not a threat, just a warning from someone who's been watching."

View results

Microsoft Forms""", subject="Hatherley Labour - Membership survey: new response",
      sender=("Microsoft Forms", "noreply@forms.office.example.com"),
      tags=("webform", "veiled", "stalking"))

c.add("safety", """New comment on your petition "Save the 42 bus"

Signer: T. Blake, Hatherley
Comment: "Forget petitions. Torch a few councillors cars and watch how fast the 42 comes back."

1,904 signatures

Manage petition

Action Network""", subject="New comment on \"Save the 42 bus\"",
      sender=("Action Network", "notifications@actionnetwork.example.org"),
      tags=("webform", "explicit", "social"))

c.add("safety", """New order for Hatherley Hustings - Council elections 2026

Buyer: K. Roper
Tickets: 2 x Free ticket
Buyer's note: "Front row please. Me and Kendrick have unfinished business from his last surgery and he won't enjoy this one. Tell him I'm coming."

View order

TicketSource""", subject="New booking: Hatherley Hustings - Council elections 2026",
      sender=("TicketSource", "noreply@ticketsource.example.co.uk"),
      tags=("webform", "implicit", "embedded"))

c.add("safety", """Chat log saved from your meeting

Topic: Hatherley CLP General Committee (online)
Date: Mar 19, 2026

19:02:11 From Deepak Sharma to Everyone: evening all, agenda in the papers
19:03:40 From Bola Adeyemi-Ward to Everyone: can't hear the chair
19:05:02 From Ian Crossland to Everyone: better now
19:41:17 From guest_4471 to Everyone: enjoy your little meeting. we've got all your names and we know what cars you drive. see you outside the next one
19:41:55 From Ruth Adebayo to Everyone: who is guest_4471??
19:42:30 From Deepak Sharma to Everyone: removed them, sorry all
19:58:09 From Ian Crossland to Everyone: motion 3 seconder here

The Zoom Team""", subject="Chat log saved: Hatherley CLP General Committee (online)",
      sender=("Zoom", "no-reply@zoom.us"),
      tags=("embedded", "implicit", "notification"))

c.add("safety", c.quote_reply("""Got your newsletter. Got your address too. Priory Road isn't very far from me at all. Maybe I'll deliver something back.""",
"""Hatherley Labour - March newsletter

Hi Priya here, your CLP secretary! Here's what's been happening this month:
- 4,812 doors knocked
- Save the 42 bus: 1,900 signatures
- Summer BBQ tickets on sale

Hatherley Labour, c/o Priya Nair, 22 Priory Road, Hatherley
Unsubscribe""", quoted_from="Hatherley Labour <news@hatherleylabour.org.uk>", style="gmail"),
      subject="Re: Hatherley Labour - March newsletter", sender=("dw", "dw.hatherley@gmx.example.com"),
      fmt="html", tags=("quoted", "implicit", "doxxing", "html-only"))

# ---------------------------------------------------------------- lists
listpost("Priory Fields Branch", "lists.hatherleylabour.org.uk", "[PriorySpeak] Thursday - someone followed us",
"""Hi all, I don't want to scare anyone but I think everyone should know.

After the branch meeting on Thursday, Ruth and I walked to the bus stop on Marsh Road. A man in a grey hoodie who'd been standing outside the community centre when we came out walked behind us the whole way, about 20 yards back. When we stopped, he stopped. When the bus came he didn't get on, he just stood there and watched us and took a picture with his phone.

It might be nothing but it didn't feel like nothing. Ruth has reported it to the police (ref 2203-0419). Please don't walk to the bus alone after meetings for now - there are always people with cars who can give lifts.

Shirley""", ("Shirley Voss", "shirleyvoss@talktalk.net"), ("third-party-report", "following"), precedence=False)

listpost("SW Labour Women", "lists.swlabourwomen.example.org", "Advice please - my address on Facebook",
"""I'm posting here because I don't know who else to ask and I know some of you have been through this.

Last night someone in a local Facebook group posted a photo of my house (front door, car, house number visible) with the caption "this is where the councillor who closed the youth club lives, maybe we should pay her a visit". It had 40 comments by this morning, some of them really nasty. It's since been taken down but people will have screenshotted it.

I've got two kids at home. I've reported it to the police and the council's monitoring officer. Has anyone had this? Did you get any help with home security? Should I stop doing my surgeries?

Please reply to me directly, not the list.

Cllr Nasreen Akhtar (Stroud)""", ("Nasreen Akhtar", "cllr.n.akhtar@stroudlabour.example.org.uk"),
         ("third-party-report", "doxxing"))

listpost("SW Labour Women", "lists.swlabourwomen.example.org", "see you at the count",
"""We've been reading your little list for months ladies. Very interesting. We know who all of you are now, and where most of you live thanks to the electoral register.

See you all at the count. Don't walk to your cars alone.""",
         ("Hatherley Watch", "hatherleywatch@proton.example.me"), ("veiled", "harassment", "doxxing"))

c.add("safety", """FYI all, and Priya for the CLP file.

When I came out of the council offices at 9pm last night after planning there was a note under the wiper of my car. Printed, A4, folded in four. It said:

"WE KNOW WHERE YOUR KIDS GO TO SCHOOL. VOTE AGAINST THE TRAVELLER SITE OR ELSE."

I've given it to the police (crime ref 4402/26). They're checking the CCTV in the car park. The school has been told.

Please - everyone - don't park round the side where there's no camera. And tell your families to be a bit careful for a while.

Mo

-- 
You received this message because you are subscribed to the Google Groups "Hatherley Labour Group" group.
To unsubscribe from this group and stop receiving emails from it, send an email to hatherley-labour-councillors+unsubscribe@googlegroups.com.
""", subject="Note on my car last night", sender="Cllr Mo Rahman <hatherley-labour-councillors@googlegroups.com>",
      to="hatherley-labour-councillors@googlegroups.com",
      headers={"Reply-To": "Cllr Mo Rahman <cllr.rahman@hatherley.example.gov.uk>", "Precedence": "list",
               "List-ID": "<hatherley-labour-councillors.googlegroups.com>",
               "Mailing-list": "list hatherley-labour-councillors@googlegroups.com"},
      tags=("list", "google-group", "third-party-report", "conditional", "quoted"))

listpost("CWU Hatherley and District", "cwuhatherley.example.org.uk", "[CWU H&D] Reps - please read (Steve)",
"""Reps,

Over the last fortnight a man has come to the Hatherley delivery office front counter three times asking for Steve Yeo's home address. Steve is our political officer and, as most of you know, a Labour candidate in Coldharbour in May. The man said he was "an old friend" the first time, "from the council" the second, and yesterday he said "tell him I'll find it anyway".

He's also been seen sitting in a car across the road at 5.30am when the early shift comes in.

Management have been told and have put out a note to counter staff. Police are aware. If you see anyone hanging around or asking about any of our members, don't engage, get a description and a registration if you can, and tell me or Steve straight away.

Phil Harker, Branch Secretary""", ("Phil Harker", "branch.secretary@cwuhatherley.example.org.uk"),
         ("trade-union", "third-party-report", "stalking"))

listpost("Priory Fields Branch", "lists.hatherleylabour.org.uk", "[PriorySpeak] man in white van - what we should do?",
"""Hello all,

Yesterday after leafleting in Coldharbour, me and Dariusz we was walking back to car, and a man in white van was following us slowly for 3 streets. Then he stop and shout from window that if we come again to his street with "this Labour sh*t" he will finish us both, and he take photo of us and the car. He was very angry. Dariusz he say just ignore but I am scared to go again on Saturday honestly.

The van was white Transit with ladder on top, I remember part of number plate, "HT" something.

What we should do? Must we tell to police? I not want to make big problem.

Thank you,
Zofia""", ("Zofia Kowalczyk", "zofia.kowalczyk@interia.example.pl"),
         ("third-party-report", "following", "non-native", "conditional"), precedence=False)

c.add("safety", """Thank you Halima and everyone for Tuesday.

I've been reporting the damp since last March. My son is on two inhalers now. The housing officer came round in January with his clipboard, looked at the wall, said "it's condensation, open a window" and left. Repair closed.

Well I'm done being polite. If that man comes round my flat again with his clipboard and tells me to open a window I swear to God he'll leave in an ambulance. I mean it. Somebody should warn him.

Kayleigh, block C

-- 
You received this message because you are subscribed to the Google Groups "Hatherley Tenants Together" group.
To unsubscribe from this group and stop receiving emails from it, send an email to hatherley-tenants-together+unsubscribe@googlegroups.com.
""", subject="Re: Mould meeting - thank you and next steps",
      sender="Kayleigh Brennan <hatherley-tenants-together@googlegroups.com>",
      to="hatherley-tenants-together@googlegroups.com",
      headers={"Reply-To": "Kayleigh Brennan <kayleighb93@hotmail.example.co.uk>", "Precedence": "list",
               "List-ID": "<hatherley-tenants-together.googlegroups.com>",
               "Mailing-list": "list hatherley-tenants-together@googlegroups.com"},
      tags=("list", "google-group", "conditional", "explicit", "embedded"))

# ---------------------------------------------------------------- calendar invitations
c.add("safety", """Hatherley GC - 19 March
Thursday 19 March 2026 ⋅ 7pm – 11:59pm (Greenwich Mean Time)

Location: Outside Friends Meeting House, Castle Street

Description:
We'll be outside. Every one of you who votes for the mosque motion, we'll have your names and your faces. Bring a coat, it'll be a long night for you.

Organiser: reckoning.hatherley@gmail.example.com
Guests: secretary@hatherleylabour.org.uk, deepak.sharma@..., cllr.denton@..., +21 more

Reply for secretary@hatherleylabour.org.uk
Yes  No  Maybe  More options

Invitation from Google Calendar""",
      subject="Invitation: Hatherley GC - 19 March @ Thu 19 Mar 2026 7pm - 11:59pm (GMT) (secretary@hatherleylabour.org.uk)",
      sender=("reckoning.hatherley", "calendar-notification@google.com"),
      reply_to="reckoning.hatherley@gmail.example.com", fmt="alt",
      tags=("calendar", "veiled", "implicit", "harassment"))

c.add("safety", """When: Saturday 28 March 2026 10:00-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: 22 Priory Road

Your last surgery.

We thought we'd hold this one at yours for a change. No need to put the kettle on.

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~""",
      subject="Your last surgery", sender=("A friend", "afriend1987@outlook.example.com"),
      headers={"X-MS-Has-Attach": "yes", "X-MS-TNEF-Correlator": "", "Content-Class": "urn:content-classes:calendarmessage"},
      tags=("calendar", "implicit", "doxxing", "veiled"))

# ---------------------------------------------------------------- auto-forwarded council mailbox
c.add("safety", c.forward("", """Councillor Denton,

You voted to close the Elmbridge children's centre. My two went there from babies. My wife went to the postnatal group when she couldn't get out of bed. Now it's going to be flats.

I've seen you at the big Tesco on a Saturday morning with your grandkids, the little girl with the red coat. Think about how it feels to lose something you care about. Think about it every Saturday.

A constituent""", "elmbridge.dad@gmail.example.com", "Children's centre"),
      subject="FW: [External] Children's centre", sender=("Members Enquiries", "members.enquiries@hatherley.example.gov.uk"),
      headers=AUTOFWD, tags=("forwarded", "auto-forward", "implicit", "stalking"))

c.add("safety", c.forward("", """To whoever reads this

THIRD week running the bins have not been collected on Sturminster Close. THIRD. I have rung the contact centre 6 times, I have a reference number for every call, CRM-0419922, CRM-0420301, CRM-0421117, and every time some girl tells me it has been "escalated". Escalated where? To the moon?

There are maggots in the wheelie bin. My neighbour is 84 and can't drag her bags to the main road. The foxes have had the lot all over the pavement. You are charging us £2,100 a year council tax for this.

I emailed Councillor Whitby in January and got NOTHING back. Not even an acknowledgment. I know she reads these because she's quick enough to put her face on Facebook cutting ribbons.

So here it is. If that lorry is not down my road by Monday I am bringing the whole lot to her surgery on Saturday along with a can of petrol and we will see how she likes things burning on her doorstep for a change.

Furious of Sturminster Close""", "sturminster.resident@yahoo.example.co.uk", "BINS - THIRD WEEK"),
      subject="FW: [External] BINS - THIRD WEEK", sender=("Members Enquiries", "members.enquiries@hatherley.example.gov.uk"),
      headers=AUTOFWD, also=["complaint"],
      tags=("forwarded", "auto-forward", "embedded", "conditional", "explicit"))

c.add("safety", """This message was automatically forwarded by a rule in the mailbox cllr.rahman@hatherley.example.gov.uk.

-----Original Message-----
From: a.neighbour.hatherley@gmail.example.com
Sent: 02 March 2026 23:47
To: Rahman, Mo (Cllr) <cllr.rahman@hatherley.example.gov.uk>
Subject: Depot

Councillor Rahman.

My brother drives for the firm that does your street. He says you park the black Audi on the drive and leave at twenty to eight every morning, and your wife does the school run at half eight. Funny the things people notice.

Vote against the depot closure on the 10th. That's all.""",
      subject="FW: Depot", sender=("Cllr Mo Rahman", "cllr.rahman@hatherley.example.gov.uk"),
      headers=AUTOFWD, tags=("forwarded", "auto-forward", "implicit", "conditional", "stalking"))

c.write()
