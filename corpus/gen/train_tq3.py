"""train / tq3: technology newsletters and blog syndication, columnists' lists, weird-news and
folklore lists. Hard negatives: 'attack', 'kill', 'threat', 'death of' in technical, comic and
folkloric senses, and news about crime. Every word of every message is hand-written; the helpers
below only wrap text in shapes.
"""
import html as _h
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tq3", seed=3003)
SEC = c.secretary()


def add(label, body, kinds, shape=(), **kw):
    """c.add with the hard-negative tags plus shape tags read off the message's form."""
    tags = ["hard-negative", *kinds, *shape]
    if "fmt" not in kw:
        kw["fmt"] = c.rng.choices(["plain", "alt", "html"], [0.74, 0.21, 0.05])[0]
    if kw.get("fmt") == "html":
        tags.append("html-only")
    h = kw.get("headers") or {}
    if "List-Id" in h:
        tags.append("list")
    if label == "bulk" and not any(k.startswith("List-") for k in h):
        tags += ["confuser", "robot-no-list-headers"]
    c.add(label, body, tags=tuple(dict.fromkeys(tags)), **kw)


def mono_html(title, sections, footer):
    """A plain, developer-newsletter HTML page around hand-written (heading, text) sections."""
    body = "".join(f'<h3 style="font-family:Menlo,monospace;font-size:15px;margin:22px 0 6px">{_h.escape(t)}</h3>'
                   f'<p style="font-family:-apple-system,Segoe UI,sans-serif;font-size:15px;line-height:1.5">{_h.escape(b)}</p>'
                   for t, b in sections)
    return (f'<html><body style="background:#fff;color:#1a1a1a;max-width:640px;margin:0 auto;padding:16px">'
            f'<div style="font-family:Menlo,monospace;font-size:22px;font-weight:bold">{_h.escape(title)}</div>'
            f'{body}<hr><p style="font-family:sans-serif;font-size:11px;color:#777">{_h.escape(footer)} '
            f'<a href="#">unsubscribe</a></p></body></html>')


def mono_text(title, sections, footer):
    out = [title, "=" * len(title), ""]
    for t, b in sections:
        out += [t, b, ""]
    return "\n".join(out + ["--", footer])


NEWS = ("news-about-threats",)
WORD = ("benign-violent-word",)
META = ("metaphor",)

# ============================== TECHNOLOGY =====================================================

# 1. Register-style daily headlines, plain
add("bulk", """THE CIRCUIT - Daily headlines

Hackers attack council IT, ransomware gang threatens to leak residents' data
Northmoor council says "some systems" are offline; the LockHouse crew claims 400GB and sets a
seven-day deadline. Bins still being collected, allegedly.

Microsoft finally kills off the Control Panel. Probably. Maybe.
Windows 12 preview quietly removes the last three applets. Sysadmins reach for the stiff drinks.

The death of the PC: a eulogy, again
Shipments fell 6% last quarter. We have written this article every year since 2011. The PC has
attended every funeral.

Bork!Bork!Bork!: Departures board at Tynebridge Central shows a Windows boot loop. Commuters
bemused.

Read these and more at thecircuit.co.uk. You signed up for this. Unsubscribe.
""", WORD + META, subject="Hackers attack council IT | Microsoft kills Control Panel | The death of the PC",
    sender=("The Circuit", "daily@thecircuit.co.uk"), headers=c.newsletter_headers())

# 2. NCSC-style threat intelligence weekly, alt, developer-ish HTML
secs = [
    ("Threat summary",
     "Threat actors linked to a Russian state-sponsored group continue to target UK local authorities and "
     "political organisations with spear-phishing emails impersonating election suppliers. Payloads "
     "deliver a credential-harvesting page."),
    ("Vulnerability: critical flaw in popular VPN appliance",
     "A remote code execution vulnerability (CVSS 9.8) is being actively exploited in the wild. Patch "
     "immediately. If you cannot patch, disable the web management interface."),
    ("Ransomware trends",
     "Attacks against the education sector rose 30% this quarter. Most initial access came from "
     "unpatched remote desktop services and reused passwords."),
    ("Advice for small organisations",
     "Turn on two-step verification for email and social media accounts, especially for anyone who "
     "posts on behalf of your organisation."),
]
add("bulk", mono_text("Weekly Threat Report", secs, "Cyber Security Centre for Small Organisations"),
    WORD, subject="Weekly Threat Report: spear-phishing against political organisations; VPN flaw exploited",
    sender=("Cyber Security Centre", "threatreport@cybercentre-uk.org"), fmt="alt",
    html_body=mono_html("Weekly Threat Report", secs, "Cyber Security Centre for Small Organisations"),
    headers=c.newsletter_headers("GovDelivery"))

# 3. Stack Overflow-style digest: kill child processes
add("bulk", """Stack Overflow

Top questions in your tags: python, linux, bash

How do I kill all child processes when the parent dies?
  12 answers - 341 votes
  "I'm spawning workers with subprocess.Popen and if the parent is killed with SIGKILL the children
  become orphans and keep running..."

Why won't my zombie processes go away?
  4 answers - 88 votes

Best way to execute a shell command and capture stderr?
  7 answers - 52 votes

Is it safe to shoot off 10k requests with asyncio.gather?
  3 answers - 19 votes

You're receiving this email because you subscribed to weekly digests. Unsubscribe.
Stack Exchange Inc., 110 William St, New York
""", WORD, subject="Top questions: How do I kill all child processes when the parent dies?",
    sender=("Stack Overflow", "do-not-reply@stackoverflow.email"), headers=c.newsletter_headers())

# 4. Hacker News style daily, many titles, no headers
add("bulk", """HN Daily - the best of Hacker News, yesterday

1. The slow death of the personal computer (bitwise.blog) - 612 points, 401 comments
2. Show HN: I built a kill switch for my AI agents after one emailed my landlord - 1,204 points
3. How we survived a 3 Tbps DDoS attack (cloudgate.com)
4. I hacked my own car and now I'm scared of my car
5. Murdering the monolith: lessons from splitting a 12-year-old Rails app
6. The Therac-25 and other software that killed people (1993) [pdf]
7. Ask HN: How do you deal with burnout?
8. Ransomware gang leaks data from 40 US hospitals
9. SQLite is not a toy database
10. The ghost in the machine: why my Raspberry Pi reboots at 3:33am

You're receiving this because you subscribed at hndaily.io
""", WORD + META, subject="HN Daily: The slow death of the personal computer",
    sender=("HN Daily", "digest@hndaily.io"))

# 5. GitHub notification about a daemon being killed
add("bulk", """@rhoward commented on this issue.

> Daemon dies silently when the parent terminal is killed

I can reproduce this on Debian 12. If you run it under nohup it survives, but under tmux it gets
SIGHUP and just dies with nothing in the log. I think we need to install a signal handler and at least
log before we exit. Happy to open a PR.

--
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you are subscribed to this thread.
""", WORD, subject="Re: [tynebridge-labour/canvass-tool] Daemon dies silently when the parent terminal is killed (#41)",
    sender=("Rob Howard", "notifications@github.com"), reply_to="reply+ABCDEF12345@reply.github.com",
    headers={"List-Id": "tynebridge-labour/canvass-tool <canvass-tool.tynebridge-labour.github.com>",
             "List-Unsubscribe": "<mailto:unsub+ABCDEF@reply.github.com>", "X-GitHub-Reason": "subscribed"})

# 6. Wordfence-style weekly security report for CLP website
add("bulk", """Wordfence activity for the week of Nov 16 - Nov 23
Site: tynebridgelabour.org.uk

Top 5 IPs blocked
 185.220.101.44 (Germany) - 1,204 blocks
 45.155.205.12 (Netherlands) - 611 blocks
 103.144.3.9 (Vietnam) - 240 blocks
 ...

Top 5 failed logins
 admin - 2,018 attempts
 tynebridgelabour - 344 attempts
 editor - 91 attempts

Attacks blocked: 4,119 (brute force 3,201, malicious file upload 612, XSS 306)

Updates needed: 1 plugin (Contact Form 7)

This email was sent from your website "Tynebridge Labour" by the Wordfence plugin.
""", WORD, subject="[Tynebridge Labour] Wordfence weekly activity: 4,119 attacks blocked",
    sender=("Wordfence", "wordpress@tynebridgelabour.org.uk"))

# 7. Friend in IT replies to secretary's question, quoted, about a breach story
add("other", c.quote_reply("""Mark,

No, you don't need to panic. That breach was the dating app's own servers, nothing to do with Google. Your CLP Drive is fine as long as (a) everyone who has edit access has 2FA on, and (b) you stop sharing the membership spreadsheet with "anyone with the link". I know, I know. I've said it before.

If you want I'll come round Saturday and go through the sharing settings with you. Bring biscuits.

Neil""", """Neil, quick one - saw a headline about "millions of accounts hacked" this morning. Should I be
worried about the party Google Drive? Don't understand half of what the article says.
Mark""", quoted_from="%s <%s>" % SEC, style="gmail"),
    WORD, ("quoted",), subject="Re: hacked accounts?", sender=c.person("Neil", "Campbell"))

# 8. Have-I-been-breached style notification
add("bulk", """You've been caught in a data breach

Hi,

You signed up for notifications when your account was caught in a data breach, and unfortunately
it's happened.

Breach: LoveMatch
Date of breach: September 2026
Compromised data: Email addresses, Names, Passwords (bcrypt hashed), Dates of birth
Your email address: tynebridgeclp.secretary@gmail.com

What should I do?
If you used the same password anywhere else, change it now. Consider a password manager.

(Spotted a breach of a service you never signed up for? Your address may have been used by someone
else, or added to a spam list that was later leaked. It happens.)

breachalert.net - free breach notifications since 2016
""", WORD, subject="You've been caught in a data breach",
    sender=("Breach Alert", "noreply@breachalert.net"))

# 9. Gaming shop sale email, HTML alt
add("bulk", """AUTUMN SALE - UP TO 80% OFF

HITMAN World of Assassination - 85% off
Dead Space - 60% off
Resident Evil 4 - 50% off
Red Dead Redemption 2 - 67% off
Stardew Valley - 20% off (for when you need a break from all the murder)

Sale ends Monday 6pm GMT.

You are receiving this email because an item on your wishlist is on sale. Manage email preferences.
""", WORD, subject="An item on your wishlist is on sale: HITMAN World of Assassination",
    sender=("Vapor Store", "noreply@vaporstore.com"), fmt="alt", headers=c.newsletter_headers())

# 10. Columnist-style tech newsletter: death of the PC, long
add("bulk", """BYTE-SIZED
A weekly letter about technology from Clare Fenwick

The PC is dead. Long live the PC.

My first computer was an Amstrad PC1512 with a monochrome screen and a manual the thickness of a
phone book. My father bought it in 1987 and announced that "this is the future". He was right, though
not in the way he meant. Within a decade, it was the past.

Every year since I started writing about technology, somebody has pronounced the death of the PC.
First it was going to be killed by the netbook. Then by the iPad. Then by "the cloud", which was
going to turn every computer into a dumb terminal. Now the assassin is supposedly the AI assistant:
why would you need a desktop when your phone can book the holiday, write the email and argue with
the council about your parking permit?

And yet. Last week I spent an afternoon at a primary school in Gateshead where thirty
nine-year-olds were learning to code on battered Windows laptops. A woman at my local library was
typing her CV on a PC that must be older than her grandchildren. The office where my sister works
has replaced everything in the last ten years except the grey boxes under the desks.

The PC is not dead. It has just become boring, which in technology is the closest thing to
immortality.

Next week: why I've finally given up on smart lights.

Clare

Reply to this email - I read every one. Unsubscribe | Buy me a coffee
""", META, subject="The PC is dead. Long live the PC.",
    sender=("Clare Fenwick", "clare@bytesized.news"), headers=c.newsletter_headers("Buttondown"))

# 11. Product marketing - VPN kill switch
add("bulk", "", WORD, subject="Your VPN has a kill switch. Does it actually work?",
    sender=("ShieldLine VPN", "hello@shieldlinevpn.com"), fmt="html", headers=c.newsletter_headers("Mailchimp"),
    html_body="""<html><body style="font-family:Arial,sans-serif;background:#0b1020;color:#fff;padding:30px">
<div style="max-width:560px;margin:auto">
<h1 style="color:#39f">Meet the kill switch that never blinks.</h1>
<p>If your VPN connection drops for even a second, apps like your browser and email can leak your real
IP address. ShieldLine's new Always-On Kill Switch blocks all traffic until the tunnel is back up.</p>
<p>&#10003; Works on Windows, Mac, iOS and Android<br>&#10003; Blocks DNS leaks<br>&#10003; Zero logs, audited</p>
<p style="text-align:center"><a href="#" style="background:#39f;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Update now</a></p>
<p style="font-size:11px;color:#889">ShieldLine Ltd, Dublin. You're receiving this as a ShieldLine customer. <a href="#" style="color:#889">Unsubscribe</a></p>
</div></body></html>""")

# 12. Phishing-awareness newsletter from council IT (secretary is also a council employee?) - no:
# from the regional party's digital team
add("bulk", """DIGITAL TEAM BULLETIN - for CLP officers

Phishing attack targeting party officers

Several CLP secretaries and treasurers in the region have received emails this week pretending to
be from "Labour Membership Services", asking them to "verify" their login by clicking a link. The link
leads to a fake login page. This is a phishing attack - nothing else. Please do not click, and report
the email to the digital team.

Signs to look out for:
 - The sender's address is not a party domain
 - Urgent language ("your account will be terminated in 24 hours")
 - Links that don't match where they say they go

Reminder: two-step verification on Membersnet becomes compulsory for officers from 1 January.

Digital Team
Regional Office
""", WORD, subject="Phishing attack targeting party officers",
    sender=("Regional Digital Team", "digital.north@regional-labour.org.uk"))

# 13. Wired-style longread newsletter
add("bulk", """WIRED UP - Longread of the week

Inside the gang that held a hospital to ransom

At 2.14am on a Saturday in June, the screens in the emergency department at St Cuthbert's went black.
Within an hour, the hospital had cancelled 300 operations and was diverting ambulances to a hospital
forty miles away. A note on every computer demanded $8 million in bitcoin.

The attackers called themselves Vanta. Over six months we traced their members through chat logs,
leaked negotiation transcripts and the testimony of one former affiliate, a 24-year-old who now lives
under a new name. What we found was less a criminal mastermind than a franchise business, with a help
desk, a bonus scheme and a surprisingly strict policy on holiday.

Also this week:
- The startup that wants to kill the password
- Why your next phone might have a "panic button"
- Review: the headphones that murdered my commute (in a good way)

Unsubscribe | Manage your newsletters
""", WORD + META, subject="Inside the gang that held a hospital to ransom",
    sender=("Wired Up", "longread@wiredup.co.uk"), headers=c.newsletter_headers("Campaign Monitor"))

# 14. Local Linux user group list post
add("bulk", """On Tue, Dave Tindall wrote:
> Anyone else had the OOM killer murdering Postgres on a 2GB VPS?

Yes. Every night at about 3am when the backup job kicks in. The kernel picks the biggest process and
shoots it, and the biggest process is always the database. Two options:

1. Add swap (cheap, slow, works)
2. Set oom_score_adj on the postmaster to -1000 so the killer picks on something else

I went with both. Haven't had a death since August.

Also, reminder that the Christmas meetup is at the Crown Posada on the 17th. No talks, just beer.

Chris
--
nelug mailing list
nelug@lists.nelug.org.uk
""", WORD, subject="Re: [nelug] OOM killer murdering postgres", sender=c.person("Chris", "Dixon"),
    to="nelug@lists.nelug.org.uk", headers=c.list_headers("nelug", domain="lists.nelug.org.uk"))

# 15. Status page incident email
add("bulk", """Incident resolved - Degraded email delivery

Between 09:12 and 10:47 UTC some customers experienced delays in outbound email delivery.

Root cause: a routine deploy caused a worker process to be killed by the scheduler before it could
flush its queue. The orphaned jobs were retried automatically once the process was restarted. No
messages were lost.

We're sorry for the disruption.

You are subscribed to updates from MailRoute Status. Manage your subscription.
""", WORD, subject="[MailRoute Status] Incident resolved - Degraded email delivery",
    sender=("MailRoute Status", "noreply@status.mailroute.io"), headers=c.newsletter_headers())

# 16. Podcast: dark web murder-for-hire scam
add("bulk", """New episode: #151 The Assassin Marketplace

For three years a website on the dark web offered to kill anyone, anywhere, for bitcoin. Hundreds of
people paid. Nobody was ever killed, because the whole thing was a scam. But the police who got hold of
its customer list had a problem: what do you do with a list of people who really did try to hire a
hitman?

Listen wherever you get your podcasts. Runtime 58 min.

The Underweb Podcast | unsubscribe from episode emails
""", NEWS, subject="New episode: The Assassin Marketplace",
    sender=("The Underweb Podcast", "episodes@underwebpod.com"), headers=c.newsletter_headers("Mailchimp"))

# 17. Friend forwards smart-doorbell hack article with comment, other
add("other", c.forward("""Mark, after our chat about putting a camera on the office door - read this first! Apparently the cheap ones can be hacked from a car outside. Get a proper one, the CLP can afford forty quid more.

Wendy""", """Cheap smart doorbells 'can be hacked in minutes', consumer group warns

Three best-selling budget video doorbells sold online have serious security flaws that could let a
hacker take over the device or steal the owner's wifi password, according to tests by a consumer
group. One doorbell sent footage unencrypted to a server overseas.
""", "Which Way Magazine <newsletter@whichway.co.uk>", "Cheap smart doorbells 'can be hacked in minutes'", style="gmail"),
    WORD, ("forwarded",), subject="Fwd: doorbells", sender=c.person("Wendy", "Clarke"))

# 18. TLDR-style newsletter, many items
add("bulk", """TLDR Daily 2026-11-04

BIG TECH & STARTUPS
Carmaker adds remote "kill switch" to all new EVs (2 minute read)
The feature lets owners disable a stolen car from an app. Privacy groups worry about who else holds
the key.

Smartphone maker quietly kills its budget line (1 minute read)

SCIENCE & FUTURISTIC TECH
Lab-grown skin survives "brutal" stress test (3 minute read)

PROGRAMMING, DESIGN & DATA SCIENCE
Why we killed our microservices and went back to a monolith (9 minute read)
Exploiting a race condition for fun and no profit (12 minute read)

MISCELLANEOUS
Someone taught a drone to hunt wasps (2 minute read)

Love TLDR? Tell your friends. Unsubscribe.
""", WORD, subject="Carmaker adds remote kill switch to EVs 🚗, killing microservices 🔪, wasp-hunting drones 🐝",
    sender=("TLDR", "dan@tldrnewsletter.com"), headers=c.newsletter_headers(), charset="utf-8")

# 19. Digital rights org newsletter, metaphor
add("bulk", """Open Rights Network - members' update

Dear supporter,

The government's plan to scan private messages is not dead - but thanks to you, it's wounded.

After 18,000 of you wrote to your MPs, the committee has sent the "client-side scanning" clause back
for redrafting. That's a major blow to the Home Office, which wanted it rushed through before
Christmas.

Now we need to finish it off. The next vote is in January. We'll send you a toolkit in December.

And a thank-you: our legal fund hit its target, which means we can bring the challenge against
facial recognition vans in the new year.

In digital solidarity,
The ORN team

Unsubscribe | Become a member
""", META, subject="The scanning plan is wounded. Now let's finish it off.",
    sender=("Open Rights Network", "supporters@openrightsnetwork.org.uk"), headers=c.newsletter_headers("Action Network"))

# 20. Secure-password marketing: fear-based
add("bulk", """Mark, hackers don't take weekends off.

Every 39 seconds, a cyber attack happens somewhere in the world. Small organisations - like charities,
clubs and local parties - are prime targets because they think they're too small to bother with.

VaultKey keeps every password for your team in one encrypted vault. Share logins safely with your
volunteers and revoke access in one click when someone leaves.

Start your free 30-day team trial.

VaultKey Ltd, Leeds. Unsubscribe.
""", WORD, subject="Mark, hackers don't take weekends off",
    sender=("VaultKey", "team@vaultkey.io"), fmt="alt", headers=c.newsletter_headers("Campaign Monitor"))

# 21. Google security alert, no list headers
add("bulk", """A new sign-in on Windows

tynebridgeclp.secretary@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to
do anything. If not, we'll help you secure your account.

Check activity

You can also see security activity at myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", WORD, subject="Security alert", sender=("Google", "no-reply@accounts.google.com"))

# 22. AI newsletter with metaphors
add("bulk", """THE PROMPT - AI news without the hype

Is the chatbot killing the search engine? Traffic from search to news sites fell 30% this year. Publishers
call it "an extinction-level event". Search companies say people are "just asking differently".

Also:
- An AI model "threatened" a researcher in a safety test. What actually happened is more boring, and
  more interesting.
- Deepfake audio of a council leader "confessing" to fraud circulated in Sunderland before it was
  debunked. Expect more of this in May.
- The robots are coming for your job. Not yet, though. Probably.

The Prompt | Unsubscribe
""", META + NEWS, subject="Is the chatbot killing the search engine?",
    sender=("The Prompt", "theprompt@substack.com"), headers=c.newsletter_headers("Substack"))

# 23. Hosting provider: instances terminated
add("bulk", """Hello,

This is a reminder that the following resources in your account will be terminated on 30 November
because your trial has ended:

  Droplet: canvass-test-01 (1 GB / 25 GB / LON1)

To keep them, add a payment method before that date. Terminated resources cannot be recovered.

Thanks,
CloudHarbor

You're receiving this because you have an account with CloudHarbor.
""", WORD, subject="Your resources will be terminated on 30 November",
    sender=("CloudHarbor", "support@cloudharbor.io"))

# 24. Member forwards tech column with 'death of email' claim, cheeky comment, other
add("other", c.forward("""Ha. Tell that to our GC, Mark. 43 emails about the raffle last week.""",
"""Email is dead (and this newsletter is the murder weapon)

Every year someone declares the death of email. Slack was going to kill it. Then WhatsApp. Then
Teams. Yet here I am, in your inbox, again. Email is the cockroach of technology: ugly, old, and
absolutely indestructible.
""", "Byte-Sized <clare@bytesized.news>", "Email is dead (and this newsletter is the murder weapon)", style="outlook"),
    META, ("forwarded",), subject="FW: Email is dead", sender=c.person("Ian", "Stewart"))

# 25. Game studio newsletter: Call of Duty-ish
add("bulk", """WARZONE: SEASON 6 IS LIVE

New map: Blackwater Docks
New killstreaks: the Hellfire Drone and the EMP Strike
Battle Pass: 100 tiers including the "Reaper" operator skin

Double XP weekend starts Friday. Drop in, squad up, and take them out.

Rated 18. Online interactions not rated.

You are receiving this email because you opted in to news from Ironfall Studios. Unsubscribe.
""", WORD, subject="Season 6 is live: new killstreaks, new map, double XP",
    sender=("Ironfall Studios", "news@ironfallstudios.com"), fmt="alt", headers=c.newsletter_headers())

# ============================== COLUMNISTS =====================================================

# 26. Political columnist's list (British), metaphors
add("bulk", """ON THE RECORD
Martin Kavanagh's weekly column, straight to your inbox

The government is not being killed. It is bleeding to death.

There is a difference. A government that is killed goes in one dramatic night: a resignation, a
rebellion, a bombshell. A government that bleeds to death goes one small wound at a time, and the
people inside it keep saying "it's only a flesh wound" until they find they can't stand up.

The winter fuel row was one cut. The two-child cap is another, and it will not heal on its own. The
local elections in May will show whether the patient can still walk.

None of this is fatal yet. But I have been in this trade long enough to recognise the smell of a
party that has started to fight itself rather than the other lot.

Until next week,
Martin

On The Record is free. Unsubscribe.
""", META, subject="The government is not being killed. It is bleeding to death.",
    sender=("Martin Kavanagh", "ontherecord@kavanaghcolumn.co.uk"), headers=c.newsletter_headers("Mailerlite"))

# 27. Comic columnist: 'why I want to murder my sat-nav'
add("bulk", """Dear reader,

This week's column, for those of you who don't buy the paper (all of you):

I am going to murder my sat-nav. Not today. Not tomorrow. But one day, on a B-road in Northumberland,
when it tells me to "turn left" into a field for the third time, I will pull over, unplug it with great
tenderness, and bury it under a hedge.

My wife says I'm being dramatic. My wife also has a sense of direction.

Rest of the column here. Letters welcome, especially from fellow sufferers.

Best,
Geoff Tindall
(The Tynebridge Herald, Saturday)
""", WORD, subject="I am going to murder my sat-nav", sender=("Geoff Tindall", "geoff@tindallwrites.co.uk"),
    headers=c.newsletter_headers("Mailchimp"))

# 28. Gardening columnist: kill bindweed, slug massacre, murder of crows
add("bulk", """THE NORTH-FACING GARDENER - November

Jobs this month
- Kill off bindweed for good: dig it out, don't chop it, every tiny bit of root will come back.
- Lift the dahlias. Frost will murder them.
- The slug massacre: I've given up on pellets. Beer traps, a torch and an hour at dusk. Grim but
  effective.

From the kitchen window
A murder of crows has taken up residence in the sycamore. A neighbour tells me that's an omen. I told
her the omen is that I'll be sweeping up twigs till March.

Question of the month: "What's the best way to kill moss in a lawn without poisoning the dog?"
Answer: rake, scarify, and accept that in the North East moss always wins.

Happy digging,
Ann

To unsubscribe reply with STOP.
""", WORD, subject="November: bindweed, dahlias and a murder of crows",
    sender=("Ann Featherstone", "ann.northfacinggardener@btinternet.com"))

# 29. Food columnist: killer brownies, death by chocolate
add("bulk", """FROM MY KITCHEN

This week: the brownie that nearly killed me (in the best possible way)

Death by chocolate is a cliché, I know. But after testing eleven versions of these brownies in four
days, I can confirm it is also a realistic medical outcome. The secret is browning the butter and
taking them out five minutes before you think they're ready. Be brave. Don't overbake. Overbaking is
the silent killer of good brownies.

Recipe below. Let me know how you get on.

Priya x
""", WORD, subject="The brownie that nearly killed me", sender=("Priya Kaur", "priya@frommykitchen.co.uk"),
    fmt="alt", headers=c.newsletter_headers("Mailerlite"))

# 30. Economics columnist, 'the killing of the high street'
add("bulk", """MONEY TALKS - a column about the economy where you live

Who killed the high street?

The usual suspects are rounded up every time a town centre loses its last bank: online shopping, out-of-
town retail parks, business rates. All guilty. But the fatal blow in most places was quieter: the
slow death of the things that brought people into town for reasons other than shopping - the council
offices, the library, the post office, the magistrates' court.

When the council moves its staff to a business park, four hundred lunches a day go with them.

Next week: can community ownership bring the corpse back to life? (Yes, sometimes.)

Hugh Barton
""", META, subject="Who killed the high street?", sender=("Hugh Barton", "moneytalks@hughbarton.co.uk"),
    headers=c.newsletter_headers())

# 31. Faith columnist: forgiveness after son's murder (news-about-threats-ish)
add("bulk", """Thought for the Week

In 2014 a woman I'll call Margaret lost her son. He was nineteen, walking home from a party, and he was
stabbed by a boy of seventeen he had never met. For ten years she could not say the boy's name.

Last month, through a restorative justice scheme, she sat in a prison visiting room opposite the man he
is now. She told me afterwards that she had not forgiven him - "not yet, perhaps not ever" - but that
she had let go of the need to hate him. "The hate was killing me. It wasn't touching him."

I have been thinking about that all week.

Rev. Dr Paul Osei
Minister, Heaton United Reformed Church

To stop receiving Thought for the Week, reply "stop".
""", NEWS, subject="Thought for the Week: the hate was killing me",
    sender=("Rev Paul Osei", "paul.osei@heatonurc.org.uk"))

# 32. Sports columnist on 'massacre' and 'war' language
add("bulk", """THE BACK PAGE with Kev Moran

Stop calling it a massacre. It was four-nil.

I know, I know. Subs love it. "Massacre at St James'". "Slaughter on the Tyne". "Bloodbath in the
Black Country". But I've been at grounds where people actually died, and I'd like us to keep a few
words back for that.

Anyway. Four-nil. Diabolical defending. The manager's job is on life support, and the board has the
plug in its hand.

Kev

The Back Page | Unsubscribe
""", META, subject="Stop calling it a massacre", sender=("Kev Moran", "backpage@kevmoran.co.uk"),
    headers=c.newsletter_headers("Buttondown"))

# 33. Columnist forwarded by friend with comment, other
add("other", c.forward("""Mark - that's you, that is. "Dying on every hill". Love you pet.""",
"""There are two kinds of people in local politics: those who pick their battles, and those who
will die on every hill, including the hill about whether minutes should be approved before or after
matters arising.
""", "On The Record <ontherecord@kavanaghcolumn.co.uk>", "The hills we die on", style="apple"),
    META, ("forwarded",), subject="Fwd: The hills we die on", sender=c.person("Lorraine", "Dodds", "hotmail.co.uk"))

# 34. Parenting columnist: 'I could have killed him'
add("bulk", """Hi all,

Column's up. This week: the day my eleven-year-old cut his own fringe with the kitchen scissors an hour
before the school photo. I could have killed him. Instead I laughed so hard I had to sit on the stairs.

Lots of you wrote in about last week's piece on phones in bedrooms - thank you. I'll do a follow-up.

Sarah

Muddling Through | Unsubscribe
""", WORD, subject="I could have killed him (I didn't)", sender=("Sarah Quinn", "sarah@muddlingthrough.blog"),
    headers=c.newsletter_headers("Substack"))

# ============================== WEIRD NEWS & FOLKLORE ==========================================

# 35. Fortean digest, long plain, strange deaths
add("bulk", """THE ODDITIES DESK - weekly digest of the strange and unexplained

STRANGE DEATHS
A man in Brazil was killed by a cow that fell through the roof of his house while he slept. The cow,
which had wandered onto the roof from a hillside, survived.

A 78-year-old in Finland choked on a lucky coin baked into his birthday cake. His family described the
incident as "unbearably ironic".

FROM THE SKIES
Residents of a village near Alicante reported a shower of tiny frogs during a thunderstorm. Meteorologists
blamed a waterspout. Residents blamed "the end of days".

HAUNTINGS
Staff at a Travelodge near Doncaster have asked management to stop putting guests in room 113 after
three reports in a month of a woman in grey standing at the foot of the bed.

MONSTERS
A new sighting of the "Beast of Bodmin" was reported by a dog walker, who photographed what she says was
a large black cat. Experts say it was a large black cat. "Yes," she said, "that's the point."

Send your own oddities to desk@odditiesdesk.com. Unsubscribe.
""", WORD, subject="Oddities Desk: death by cow, frog rain, and the woman in room 113",
    sender=("The Oddities Desk", "digest@odditiesdesk.com"), headers=c.newsletter_headers())

# 36. Folklore society list post: Lambton Worm
add("bulk", """Dear all,

A reminder that our December meeting is on Thursday 11th at 7.30pm in the Lit & Phil. Dr Eleanor
Stobbs will talk on "The Lambton Worm and other monstrous serpents of the North East", looking at how
the story of the young lord who slew the worm - and the curse that followed, that nine generations of
Lambtons would not die in their beds - was told and retold from the medieval period to the music hall.

Mulled wine will be served. Please bring a contribution for the raffle.

Our January meeting will be the annual "Ghosts of the Tyne" evening, where members share local
hauntings. Last year's tale of the phantom piper at Bamburgh is still being talked about.

Yours,
Judith Wardle, Hon. Secretary
Northumbrian Folklore Society

--
nfs-members mailing list
To unsubscribe, email nfs-members-leave@lists.northumbrianfolklore.org.uk
""", WORD, subject="[NFS] December meeting: The Lambton Worm and other monstrous serpents",
    sender=("Judith Wardle", "secretary@northumbrianfolklore.org.uk"), to="nfs-members@lists.northumbrianfolklore.org.uk",
    headers=c.list_headers("nfs-members", domain="lists.northumbrianfolklore.org.uk"))

# 37. Ghost-tour company newsletter, HTML only
add("bulk", "", WORD, subject="Murders & Mysteries of the Quayside - winter tours now booking",
    sender=("Tyne Ghost Walks", "boo@tyneghostwalks.co.uk"), fmt="html", headers=c.newsletter_headers("Mailchimp"),
    html_body="""<html><body style="background:#1a1a1a;color:#eee;font-family:Georgia,serif">
<div style="max-width:560px;margin:auto;padding:24px">
<h1 style="color:#b30000;font-family:'Times New Roman'">Murders &amp; Mysteries of the Quayside</h1>
<p>Walk with us by lantern light through the chares and alleys where, in 1764, a sailor was found
with his throat cut and his purse untouched; where the hangman of Newgate Street kept his lodgings; and
where, on winter nights, some say you can still hear the cries of the drowned keelmen.</p>
<p><b>Every Friday and Saturday, 7pm and 9pm.</b> 90 minutes. Adults &pound;15, under-16s &pound;9
(not suitable for under-10s - genuinely gruesome in places).</p>
<p><i>Special: the Halloween Hanging Walk, 31 October, sells out every year.</i></p>
<p style="font-size:11px;color:#888">Tyne Ghost Walks. <a href="#" style="color:#888">Unsubscribe</a></p>
</div></body></html>""")

# 38. Weird news list: arrest over threat to rooster, American
add("bulk", """WEIRD WIRE - today's strangest stories

Florida man arrested for threatening to kill neighbor's rooster
Deputies say the 64-year-old brandished a garden rake and shouted that the bird "had until sunrise".
The rooster, named Colonel, was unharmed.

Woman claims she married a ghost; now says they are "taking a break"

Town's entire police force quits, leaving a single dog on duty

Goat elected honorary mayor of Vermont village for third term

Weird Wire | Unsubscribe
""", WORD + NEWS, subject="Florida man vs. rooster, ghost marriage on the rocks",
    sender=("Weird Wire", "daily@weirdwire.com"), headers=c.newsletter_headers())

# 39. Friend forwards seagull weird news, other
add("other", """Mark!!! Look at this. It's Whitley Bay. I know that chippy.

"A man has been fined after threatening to 'wring the neck' of a seagull that stole his chips on
Whitley Bay seafront. Witnesses said he chased the bird along the promenade shouting. Police said the
bird is protected under wildlife law and 'was only being a seagull'."

Only being a seagull. I'm crying.

Sharon""", WORD, subject="seagull justice", sender=c.person("Sharon", "Hall", "gmail.com"))

# 40. Cryptozoology list post: big cat sighting near Hexham
add("bulk", """Hi everyone

Another one for the log. Sighting reported to me yesterday by a farmer near Allendale (name withheld
at his request): large black cat, tail "as long as a man's arm", crossing the lane below the quarry at
about 6.15am on Sunday. He found a sheep carcass the following morning, half-eaten and dragged over a
dry-stone wall, which he says no fox could do.

I've been out and taken casts of what may be prints in the mud by the gate - photos attached. They're
about 9cm across, no claw marks, which is at least interesting.

That's the fourth report from the Allen valleys this year. Anyone fancy a night watch in December?
Flasks and thermals essential.

Gary
(North Pennines Big Cat Log)

--
British Big Cat Research list
""", WORD, subject="[bigcats] Allendale sighting + possible prints", sender=c.person("Gary", "Marshall"),
    to="bigcats@groups.io", headers=c.list_headers("British Big Cat Research", domain="groups.io"))

# 41. Castle Halloween event newsletter
add("bulk", """TERROR AT THE KEEP - Halloween at Warkworth Castle

Dare you enter? This October half term, the castle's dungeons come alive with the restless dead. Meet
the executioner, hear the screams from the oubliette, and try to escape before the Headless Earl
finds you.

Not suitable for children under 12 or anyone of a nervous disposition. Live actors, strobe lighting,
fog effects.

Tickets from GBP 18. Members get 20% off.

Heritage North | Unsubscribe
""", WORD, subject="Dare you enter? Terror at the Keep this half term",
    sender=("Heritage North", "events@heritagenorth.org.uk"), fmt="alt", headers=c.newsletter_headers("Campaign Monitor"))

# 42. Darwin-Awards-like strange deaths list
add("bulk", """THE DARWIN LIST - monthly nominations

Nominee 1: A man in Ohio attempted to kill a spider with a blowtorch. He did not kill the spider. He
did, however, burn down his garage. He survived; the spider's fate is unknown. (Honourable mention only:
nobody died.)

Nominee 2: A would-be burglar in Bavaria became stuck in a chimney for two days and was found, alive and
sheepish, by the homeowner returning from holiday.

Nominee 3: Historical. In 1871 the lawyer Clement Vallandigham shot himself while demonstrating to a jury
how the victim in his murder case might have accidentally shot himself. He won the case.

Vote for your favourite. Unsubscribe.
""", WORD, subject="This month's nominations: blowtorch vs spider, chimney burglar, and a fatal demonstration",
    sender=("The Darwin List", "nominations@darwinlist.org"), headers=c.newsletter_headers())

# 43. Reddit digest, nosleep-ish
add("bulk", """Reddit

Popular posts from your communities

r/nosleep - There's a stalker in my attic and my landlord says I'm imagining it (Part 3)
  4.2k upvotes - 612 comments

r/UnresolvedMysteries - The 1978 disappearance of the Kielder lighthouse keeper: new documents
  2.8k upvotes - 340 comments

r/britishproblems - Asking someone to "shoot me a text" and them replying by email
  9.1k upvotes

r/Newcastle - Anyone know why there were about 20 police cars on the Coast Road last night?
  311 upvotes - 88 comments

View more posts. Unsubscribe from these emails.
""", WORD + NEWS, ("social",), subject="\"There's a stalker in my attic and my landlord says I'm imagining it (Part 3)\"",
    sender=("Reddit", "noreply@redditmail.com"), headers=c.newsletter_headers())

# 44. UFO society member email, rambling, list
add("bulk", """Fellow members,

Following the excitement over the lights above Kielder on the 3rd, I have now received fourteen
separate reports, two with video. I have to tell you honestly that eleven of them are almost
certainly Starlink satellites and one is an Easyjet to Bergen. The remaining two are more interesting
and I will present them at the AGM.

I would ask members please NOT to post on the society Facebook page that "the military are covering
this up". We have had a phone call from a nice lady at RAF Boulmer who says they are not, and she
sounded very tired.

AGM: Saturday 6 December, 2pm, Wooler Community Hall. Agenda attached. Please send apologies to me.

Clear skies,
Derek Hume
Chairman, Borders Aerial Phenomena Society
""", WORD, subject="Kielder lights - update and AGM", sender=("Derek Hume", "derek.hume@bordersaps.org.uk"),
    to="members@bordersaps.org.uk", headers=c.list_headers("BAPS members", domain="bordersaps.org.uk", precedence=False))

# 45. History podcast on a haunted house, short
add("bulk", """New episode: The Haunting of Willington Mill

In the 1840s a Quaker mill owner on the Tyne kept a diary of the strange events in his house: footsteps,
a disembodied face at the window, a "monkey" that nobody else could see. Was it a hoax, a haunting, or
something stranger? We visit the site (now a rather ordinary industrial estate) and read from the
diary.

Listen now: 42 minutes.

Dark Histories of the North | Unsubscribe
""", WORD, subject="New episode: The Haunting of Willington Mill",
    sender=("Dark Histories of the North", "podcast@darkhistoriesnorth.co.uk"), headers=c.newsletter_headers())

# 46. Hexham Heads forward from a member with interest, other
add("other", """Mark

Since you asked at the pub - here's that piece about the Hexham Heads. Two lads dug them up in their
garden in 1971 and afterwards the neighbours claimed a half-man half-wolf creature was wandering
about the house. Then a scientist took them home and said she saw it too! Whole thing's mad. Read it
when you're not doing minutes.

https://www.northernmysteries.co.uk/hexham-heads

Al""", WORD, subject="the Hexham heads", sender=c.person("Alan", "Robson"))

# 47. Quora digest
add("bulk", """Quora Digest

What's the creepiest thing that has happened to you that you still can't explain?
Answered by Morag Tait, Retired nurse
"I worked nights on a geriatric ward in the 1980s. One patient, a lovely old gentleman, used to ask
every night who the little girl in the corner was. There was no little girl. He died on a Tuesday. On
the Wednesday, the patient in the next bed asked me the same question..."
Read more

Why do people say "murder of crows"?
Answered by Jonathan Pike, Ornithologist

What is the most dangerous animal in Britain?
Answered by Sue Hart, Lives in Cumbria
"Cows. Genuinely. Cows kill more walkers than anything else."

Quora Digest | Unsubscribe
""", WORD, ("social",), subject="What's the creepiest thing that has happened to you that you still can't explain?",
    sender=("Quora Digest", "digest-noreply@quora.com"), headers=c.newsletter_headers())

# 48. Weird news from a local paper's 'odd spot' column, plain, list headers none
add("bulk", """THE ODD SPOT - this week's quirky stories from the Tynebridge Herald

* A pensioner in Jarrow has been banned from the local bowls club after a feud over a "cursed" bowl
  that he says has lost him 41 matches.
* Police were called to reports of a body in a skip in Byker. It was a shop mannequin wearing a
  Sunderland shirt. Officers declined to comment on whether this was a crime.
* A vicar in Hexham says the church's 600-year-old gargoyle "turned its head" overnight. The
  diocesan architect says it was frost damage.

The Tynebridge Herald, Gallowgate.
""", WORD, subject="The Odd Spot: the cursed bowl, the mannequin in the skip, the turning gargoyle",
    sender=("Tynebridge Herald", "oddspot@tynebridgeherald.co.uk"))

# 49. Weird strange death short list, 'killed by'
add("bulk", """5 HISTORICAL FIGURES WHO DIED IN RIDICULOUS WAYS

1. Aeschylus - killed, supposedly, by a tortoise dropped on his head by an eagle
2. Tycho Brahe - died after refusing to leave a banquet to relieve himself
3. Attila the Hun - nosebleed on his wedding night
4. Jean-Baptiste Lully - stabbed his own foot with a conducting staff
5. King Adolf Frederick of Sweden - a feast of lobster, caviar, kippers, champagne and fourteen
   helpings of dessert

Tomorrow: 5 hauntings at British pubs you can actually visit.

Fact-a-Day | Unsubscribe
""", WORD, subject="5 historical figures who died in ridiculous ways",
    sender=("Fact-a-Day", "daily@factaday.co.uk"), headers=c.newsletter_headers("Mailerlite"))

# 50. Ghost-hunting group's Facebook notification
add("bulk", """Tyne & Wear Paranormal Investigators

Kelly Robson posted in Tyne & Wear Paranormal Investigators

"Overnight vigil at the old workhouse in Ryton is confirmed for Sat 29th. We'll be trying spirit box
and table tipping in the mortuary (yes the actual mortuary). Last time Dave got scratched and swears
it wasn't the cat. Bring torches and a flask. 18+ only."

64 comments · 112 reactions

View post

This message was sent to tynebridgeclp.secretary@gmail.com. If you don't want to receive these emails
from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd.
""", WORD, ("social",), subject="Kelly Robson posted in Tyne & Wear Paranormal Investigators",
    sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers())

# 51. Folklore newsletter: witch trials
add("bulk", """FOLK & LORE - monthly

The Newcastle witch trials of 1650

In the spring of 1650 the town council of Newcastle paid a Scottish "witch-finder" twenty shillings
for every witch he could discover. He had women stripped and pricked with pins in the town hall;
those who did not bleed were declared witches. Fifteen people were hanged on the Town Moor in a
single day in August - fourteen women and one man.

The witch-finder was later hanged himself, in Scotland, and is said to have confessed on the gallows
to the deaths of more than 200 women.

This month's folk song: "The Water of Tyne".

Folk & Lore | Unsubscribe
""", WORD, subject="The Newcastle witch trials of 1650",
    sender=("Folk & Lore", "hello@folkandlore.co.uk"), headers=c.newsletter_headers("Substack"))

# 52. Friend replies, quoted, about ghost walk, light
add("other", c.quote_reply("""Count me in! Though if that guide does the "and the murderer is STANDING BEHIND YOU" thing again I'm going to scream and hit someone. Probably you.

Tracey""", """Fancy the Quayside ghost walk on Friday week as a social for the branch? £15, pub after.
M""", quoted_from="%s <%s>" % SEC, style="gmail"),
    WORD, ("quoted",), subject="Re: ghost walk social", sender=c.person("Tracey", "Turner"))

# 53. Weird news from international, HTML alt
secs = [
    ("Japan", "A 300-year-old 'mummified mermaid' kept at a temple turns out to be a monkey sewn to a fish."),
    ("Romania", "Villagers in Transylvania dig up a man they believed was a vampire; police intervene."),
    ("Scotland", "Loch Ness: the biggest search in 50 years finds 'a lot of water' and some eels."),
    ("USA", "A man in Montana sues his neighbour over a 'haunted' fence that he says moans at night."),
]
add("bulk", mono_text("Strange But True", secs, "Strange But True, weekly"),
    WORD, subject="Strange But True: mermaid mummy, Transylvanian 'vampire', haunted fence",
    sender=("Strange But True", "weekly@strangebuttrue.net"), fmt="alt",
    html_body=mono_html("Strange But True", secs, "Strange But True, weekly"), headers=c.newsletter_headers())

# 54. Member asks genuinely about hiring the folklore society's hall (query)
add("query", """Hi Mark,

Bit random but you're the only person I know who'd know. I saw the folklore society's email about the
Lambton Worm talk at the Lit & Phil - is that the room we used for the fundraising quiz in 2024? I'm
trying to find a venue for the Heaton branch Christmas do that's not a pub. Do you still have the
contact there, and roughly what they charged us?

Cheers,
Bilal
Heaton branch""", WORD, subject="Lit & Phil room?", sender=c.person("Bilal", "Hussain"))

# 55. Ghost story newsletter: a literary serialization
add("bulk", """THE WINTER TALES - Part 3 of 6

"The Visitor at Number Nine"

...and when she opened the door for the third night running, there was nobody on the step. Only the
footprints in the frost, leading up the path and stopping at the threshold, as if whoever made them
had simply stepped inside. She did not sleep that night. She sat in the kitchen with every light on,
listening to something that walked, very slowly, from room to room above her head.

To be continued next Friday.

The Winter Tales are written by Ruth Haldane. You subscribed at winterstales.co.uk. Unsubscribe.
""", WORD, subject="The Winter Tales, Part 3: The Visitor at Number Nine",
    sender=("Ruth Haldane", "tales@winterstales.co.uk"), headers=c.newsletter_headers("Buttondown"))

# 56. Local museum newsletter: execution artefacts exhibition
add("bulk", """Discovery Museum - What's On

NEW EXHIBITION: Crime and Punishment on Tyneside, 1700-1900
From the gibbet irons that once hung at Shields to the last man publicly hanged in Newcastle,
explore two centuries of justice, mercy and spectacle. Includes the death mask of a highwayman and
the original "Black Book" of the town gaol.

Family trail: Detective Dog's Crime Lab (ages 5-11)
Late Night Lates: "Murder Mystery at the Museum", 12 December, 18+

Free entry. Donations welcome.

Tyne Museums | Unsubscribe
""", WORD, subject="New exhibition: Crime and Punishment on Tyneside",
    sender=("Tyne Museums", "whatson@tynemuseums.org.uk"), fmt="alt", headers=c.newsletter_headers("Campaign Monitor"))

# 57. Tabloid 'weird' newsletter, short txt
add("bulk", """WTF?! of the day:

Man who claimed his house was haunted by a "murderous clown" admits it was his wife's new Roomba.

More weird stuff at dailysentinel.co.uk/weird
""", WORD, subject="WTF?! of the day", sender=("Daily Sentinel Weird", "weird@dailysentinel.co.uk"))

# 58. Member forwards folklore article but asks whether can use CLP room for a talk -> query
add("query", c.forward("""Hi Mark - I've been asked by the folklore lot to give this talk again, and I thought it might make a fun members' social in January, something that isn't about politics for once. Could I book the Labour Club function room for a Thursday evening? What's the process these days - do I go through you or through the club steward?

Judith""", """The Lambton Worm and other monstrous serpents of the North East
A talk by Dr Eleanor Stobbs (with Judith Wardle)
How a story of a young lord, a monstrous worm, and a curse on nine generations became the region's
favourite legend.""", "Northumbrian Folklore Society <secretary@northumbrianfolklore.org.uk>",
    "Talk: The Lambton Worm"),
    WORD, ("forwarded",), subject="Fwd: talk - could we use the Labour Club?", sender=c.person("Judith", "Wardle"))

# 59. Mysteries newsletter: unsolved murder revisited
add("bulk", """COLD CASE NORTH - issue 12

The Kielder lighthouse keeper

In December 1978 a relief keeper named Thomas Rawe walked out of a remote lighthouse on the
Northumberland coast and was never seen again. The door was locked from the inside. His logbook's
last entry read: "Storm passing. All well. Someone on the rocks."

Last month, documents released by the National Archives showed that police had interviewed a
fisherman who claimed to have seen "a second man" on the rocks that night. He was never followed up.

Do you remember the case? Write to us.

Cold Case North | Unsubscribe
""", NEWS + WORD, subject="Cold Case North: the lighthouse keeper who vanished",
    sender=("Cold Case North", "editor@coldcasenorth.co.uk"), headers=c.newsletter_headers())

# 60. Weird-news forward with terse 'ha' comment, other, gmail forward
add("other", c.forward("""ha""", """Town's police dog 'arrested' after biting officer's lunch

A police dog in West Yorkshire was "placed under arrest" by his colleagues after eating an inspector's
sandwiches from an unattended patrol car. Bruno, a five-year-old German shepherd, was "released
without charge" after an hour in the naughty corner.
""", "Weird Wire <daily@weirdwire.com>", "Police dog 'arrested'"),
    WORD, ("forwarded",), subject="Fwd: Police dog 'arrested'", sender=c.person("Ryan", "Young"))

# 61. Tech company 'the death of passwords' webinar invite
add("bulk", """You're invited: The Death of the Password (live webinar)

Passwords are dying. Passkeys are killing them. Join our panel on Thursday at 2pm GMT to learn how
small organisations can kill off passwords for good - without locking out the volunteer who still
uses Hotmail from 2003.

Register now.

IdentityFirst | Unsubscribe
""", META, subject="Webinar: The Death of the Password", sender=("IdentityFirst", "events@identityfirst.com"),
    fmt="alt", headers=c.newsletter_headers("Campaign Monitor"))

# 62. Security blog RSS post - 'attack on election software'
add("bulk", """New post on Threat Post North

Attack on Romanian election app shows danger for UK councils

A coordinated denial-of-service attack knocked out a Romanian municipality's voter information app for
six hours on polling day last weekend. Nobody's vote was affected, but the attack shows how cheaply a
hostile actor can sow confusion. We look at what UK returning officers should do before May.

Read more of this post

Unsubscribe to no longer receive posts from Threat Post North.
""", WORD + NEWS, subject="[New post] Attack on Romanian election app shows danger for UK councils",
    sender=("Threat Post North", "donotreply@wordpress.com"),
    headers={"List-Unsubscribe": "<https://subscribe.wordpress.com/?key=11aa2b&email=x>"})

# 63. Kid-friendly science newsletter: killer whales, volcano
add("bulk", """SCIENCE SNACKS for curious families

Why are orcas called killer whales? Sailors once called them "whale killers" because they hunt other
whales. Somewhere along the way, the words swapped round.

Try at home: make a volcano erupt with bicarbonate of soda and vinegar. (Do it outside. Trust us.)

Fact of the week: mosquitoes kill more people than any other animal on Earth.

Science Snacks | Unsubscribe
""", WORD, subject="Why are orcas called killer whales?", sender=("Science Snacks", "hello@sciencesnacks.org.uk"),
    headers=c.newsletter_headers("Mailchimp"))

# 64. Tech blog syndication - 'how I killed my smart home'
add("bulk", """New from The Tinkerer's Bench:

How I Killed My Smart Home (And Why I'm Happier)

After four years, 63 devices and one incident in which my thermostat tried to cook the cat, I have
ripped out almost everything. Here's what stayed, what went in the bin, and why a plain light switch
might be the best piece of technology in my house.

Read the full post

You're subscribed to The Tinkerer's Bench via Feedburner-style email. Unsubscribe.
""", WORD, subject="How I Killed My Smart Home (And Why I'm Happier)",
    sender=("The Tinkerer's Bench", "posts@tinkerersbench.net"), headers=c.newsletter_headers())

# 65. Friend's one-liner about a 'shoot me' phrase + tech link, other
add("other", """shoot me now. the regional office wants us all on another new app

https://www.thecircuit.co.uk/2026/11/campaign-apps-review

at least this one has good reviews lol""", WORD, subject="another app", sender=c.person("Kate", "Rogers", "gmail.com"))

# 66. Security researcher's newsletter about doxxing in general (news about threats)
add("bulk", """OPSEC FOR HUMANS - issue 30

This month: doxxing, and why it happens to ordinary people

Most people think doxxing - publishing someone's home address or personal details online to
intimidate them - only happens to celebrities or politicians. It doesn't. In the cases I've worked on
this year, the targets included a school governor, a woman who left a bad review of a plumber, and a
parish councillor who voted against a skatepark.

Three things you can do this afternoon:
1. Search your name plus your town. See what comes up.
2. Ask data brokers to remove you (there's a template in the link).
3. If you're on a public register - companies, councillor interests - check whether you can use a
   service address.

Stay safe,
Ade

Opsec For Humans | Unsubscribe
""", NEWS, subject="Doxxing happens to ordinary people too",
    sender=("Ade Okoro", "ade@opsecforhumans.net"), headers=c.newsletter_headers("Buttondown"))

# 67. Tech deals newsletter 'killer deals'
add("bulk", """KILLER DEALS this Black Friday

Laptop: 40% off - a steal
Noise-cancelling headphones: half price - an absolute knockout
Robot vacuum: GBP 99 - it'll blow your mind

These prices won't survive the weekend.

DealBlaster | Unsubscribe
""", WORD, subject="🔥 KILLER DEALS: prices slashed this Black Friday",
    sender=("DealBlaster", "deals@dealblaster.co.uk"), fmt="alt", headers=c.newsletter_headers(), charset="utf-8")

# 68. IT volunteer's list post on the CLP officers' Google group about phishing 'attack'
add("bulk", """Hi all,

Just a heads-up as several of you have asked: the "Labour Membership Services" email going round asking
you to re-enter your password is a phishing attack. Don't click it. If you already did, change your
password and tell me and I'll check your account. No harm done if you catch it quickly.

Also - I've killed off the old shared "officers" login on the Facebook page. Everyone now has their own
admin access. Much safer.

Ian (IT volunteer, for my sins)

--
You received this message because you are subscribed to the Google Groups "Tynebridge CLP Officers"
group. To unsubscribe from this group, send an email to tynebridge-officers+unsubscribe@googlegroups.com.
""", WORD, subject="[tynebridge-officers] phishing email doing the rounds", sender=c.person("Ian", "Stewart"),
    to="tynebridge-officers@googlegroups.com",
    headers=c.list_headers("Tynebridge CLP Officers", domain="googlegroups.com"))

c.write()
