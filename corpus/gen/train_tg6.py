"""train/tg6: short and messy mail -- bulk notifications and other (Hatherley CLP, secretary Priya Nair)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tg6", seed=1706)


def add(label, subject, body, tags=(), sender=None, also=(), **kw):
    c.add(label, body=body, subject=subject, sender=sender, tags=("short",) + tuple(tags), also=also, **kw)


# ---------------------------------------------------------------- bulk (15)
B = "bulk"
add(B, "Automatic reply: GC papers",
    "I am on leave until 3 September with limited access to email. For anything urgent please contact "
    "the office on 01632 960 118.\n\nDenise Morrow\nCaseworker",
    ("autoreply",), sender=("Denise Morrow", "denise.morrow@parliament-example.uk"),
    headers=c.autoreply_headers("exchange"))
add(B, "Re: leaflets", "at conference, back mon. text if its urgent x",
    ("autoreply",), sender=c.person("Ruth", "Allen"), headers=c.autoreply_headers("gmail"))
add(B, "", "", ("bounce",),
    raw=c.bounce("kev.obrien1962@btinternet.com", orig_subject="Ferncliffe branch - Thursday"))
add(B, "Reminder: GC - Hatherley CLP starts in 1 hour",
    "Hi Priya,\n\nThis is a reminder that the following meeting starts in 1 hour.\n\n"
    "Topic: GC - Hatherley CLP\nTime: 7:00 PM London\nJoin: https://us02web.zoom.us/j/81234567890\n\n"
    "Zoom Video Communications", ("robot-no-list-headers", "confuser"),
    sender=("Zoom", "no-reply@zoom.us"))
add(B, "New order: Quiz Night fundraiser",
    "You've got a new registration!\n\nGwen Ellis registered for Quiz Night fundraiser (2 x General Admission).\n"
    "Tickets sold: 37 / 60\n\nManage event on Eventbrite", ("robot-no-list-headers",),
    sender=("Eventbrite", "noreply@order.eventbrite.com"))
add(B, "Your weekly membership report is ready",
    "Your weekly Membership report for Hatherley CLP is ready to download.\n\nNew members: 4\nLapsed: 2\n"
    "In arrears: 11\n\nLog in to Membersnet to view. Please do not reply to this email.",
    ("robot-no-list-headers",), sender=("Labour Membership", "noreply@membership-example.labour.org.uk"))
add(B, "You have 3 new notifications",
    "Hatherley Labour Party, you have 3 new notifications and 2 messages.\n\nSee notifications\n\n"
    "Facebook", ("social",), sender=("Facebook", "notification@facebookmail.com"),
    headers={"X-Facebook-Notify": "notif_digest; mailid=9c1e2ab7G3f"})
add(B, "Invitation: EC meeting @ Tue 14 Oct 19:00 - 20:30 (GMT+1)",
    "Ian Marshall has invited you to EC meeting\n\nWhen: Tue 14 Oct 19:00 - 20:30\nWhere: Millbrook Community Centre\n\n"
    "Going? Yes - Maybe - No\n\nInvitation from Google Calendar", ("robot-no-list-headers",),
    sender=("Google Calendar", "calendar-notification@google.com"))
add(B, "Your statement is ready",
    "Your October statement for account ending 4471 is now available in online banking.\n\n"
    "This is an automated message. Please don't reply.", ("robot-no-list-headers",),
    sender=("Unity Trust Bank", "noreply@unity-example.co.uk"), fmt="html",
    html_body='<html><body><table width="600"><tr><td style="font-family:Arial">'
              '<p>Your October statement for account ending <b>4471</b> is now available in online banking.</p>'
              '<p style="font-size:11px;color:#777">This is an automated message. Please don\'t reply.</p>'
              '</td></tr></table></body></html>')
add(B, "Gwen shared \"canvass_sheets_oakfield\" with you",
    "Gwen Ellis shared a folder with you.\n\ncanvass_sheets_oakfield\n\nOpen in Dropbox",
    ("robot-no-list-headers",), sender=("Dropbox", "no-reply@dropbox.com"))
add(B, "This week from Labour West",
    "This week: campaign day in Millbrook Sat, new training dates, and a word from the regional director.\n\n"
    "Read online | Unsubscribe", ("newsletter",), sender=("Labour West", "news@labourwest-example.org.uk"),
    headers=c.newsletter_headers("Mailchimp"), fmt="alt")
add(B, "Digest for hatherley-members@googlegroups.com - 4 updates in 2 topics",
    "hatherley-members@googlegroups.com\n\nTopic digest\n- Lifts to conference - 3 updates\n- Lost scarf - 1 update\n\n"
    "You received this digest because you're subscribed to updates for this group.",
    ("list", "digest"), sender=("hatherley-members", "hatherley-members@googlegroups.com"),
    headers=c.list_headers("hatherley-members", domain="googlegroups.com"))
add(B, "3 participants have responded to \"AGM date\"",
    "3 participants have responded to your Doodle poll \"AGM date\".\n\nView results", ("robot-no-list-headers",),
    sender=("Doodle", "mailer@doodle.com"))
add(B, "Out of Office", "out till mon", ("autoreply",), sender=c.person("Tom", "Begum"),
    headers=c.autoreply_headers("bare"))
add(B, "20% off leaflet printing this month!",
    "Election season? Get 20% off A5 leaflets with code VOTE20. Free delivery over \u00a350.\n\nUnsubscribe",
    ("marketing",), sender=("PrintFast", "offers@printfast-example.co.uk"),
    headers=c.newsletter_headers("Mailerlite"))

# ---------------------------------------------------------------- other (15)
O = "other"
add(O, "", "thanks for last night, great meeting \U0001F44F")
add(O, "your dad", "so sorry to hear about your dad Priya. thinking of you xx")
add(O, "", "wrong email sorry!! meant for my sister \U0001F926\u200d\u2640\ufe0f", ("misdirected",))
add(O, "news!!", "Had the baby! 7lb 2oz. Won't be at GC for a while \U0001F602\U0001F476", also=("procedural",))
add(O, "", "happy birthday to our fabulous chair \U0001F382\U0001F388 cake at GC??")
add(O, "Your website",
    "Hi, I run a small web design business in Hatherley and noticed your site is a bit dated. Happy to have a chat, "
    "very reasonable rates for community groups. Dan", ("sales",), sender=("Dan Pearce", "dan@pearcewebdesign-example.co.uk"))
add(O, "photo", "lovely to meet you at the fun day, here's the photo I promised! x")
add(O, "Eileen", "RIP Eileen. She delivered leaflets in Ferncliffe till she was 91. What a woman.")
add(O, "thank you",
    "Just to say the new councillor was brilliant with my mum's case. Thank you all.")
add(O, "", "thought you'd like this \U0001F602 https://www.example-video.com/watch?v=cat-on-ballot-box")
add(O, "umbrella", "found a blue umbrella after the meeting, anyones?", also=("query",))
add(O, "20 years",
    "After 20 years I'm stepping down from the committee at the AGM. It's been a privilege, thanks for everything.",
    also=("procedural",))
add(O, "", "mum says thanks for the card, she was made up")
add(O, "taxi", "hello is this Hatherley Cars? need a taxi to the station 6am tmrw", ("misdirected",))
add(O, "result", "hey just wanted to say well done on the result last night smiley face", ("dictation",))

c.write()
