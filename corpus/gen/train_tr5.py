#!/usr/bin/env python3
"""train_tr5: geek-humour, sysadmin, developer and other technical lists.

Every message here is heated list or forum traffic (or a friend's rant) full of violent
figures of speech and none of it a threat to anyone at the party: hard negatives for safety.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402
import listkit  # noqa: E402
from listkit import (  # noqa: E402,F401
    GG, digest, discourse, facebook, footer, lheaders, post, q, robot_headers, slug, token,
)

c = Corpus("train", "tr5", seed=3105)
SEC = c.secretary()[0].split()[0]
listkit.bind(c)

SA, SAD = "sysadmin-humour", "lists.grumpyops.org"
LUG, LUGD = "kelder-lug", "lists.kelderlug.org.uk"
DEV, DEVD = "Oxbridge Road Devs", "googlegroups.com"
SEC_L, SEC_LD = "infosec-uk", "lists.infosec-uk.net"

# 1 BOFH-style story --------------------------------------------------------------------
post(SA, SAD, "[sysadmin-humour] Tales from the server room: The Printer Incident", """\
Another one for the archive. Names changed to protect the guilty, and
also because the guilty is still my line manager.

So it's Monday, 9:02. The phone rings. It's Gerald from Finance, whose
printer "has been murdered". I go down. The printer has not been
murdered. The printer is unplugged, because Gerald's new desk fan is
plugged into its socket.

I plug the printer back in. Gerald says "what did you do?" I say
"advanced diagnostics". He writes me a thank-you email and cc's the
director.

Tuesday, 9:02. Gerald's printer has been murdered again. Gerald has
moved the fan.

Wednesday, I label the socket PRINTER ONLY - DO NOT REMOVE ON PAIN OF
DEATH. Thursday, facilities remove my label for being "threatening".
Friday, Gerald's printer is murdered.

Reader, I took the fan. The fan is now in the server room, where it is
very much appreciated by the UPS. Gerald has raised a ticket about his
missing fan. I have marked it "Awaiting third party". The third party
is the heat death of the universe.

--
Ops Grumbler
"There's no place like 127.0.0.1"
""", sender=c.person("Neil", "Garside"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 2
post(SA, SAD, "Re: [sysadmin-humour] Tales from the server room: The Printer Incident", """\
> Thursday, facilities remove my label for being "threatening".

I once had a sticker on a rack that said "Touch this cable and you will
be killed and your body never found". Compliance made me change it to
"Please do not touch this cable". The next week a contractor unplugged
it to charge his phone and took down payroll.

Moral: the threatening label worked. Bring back fear.
""", sender=c.person("Janet", "Holroyd"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 3 hunt down whoever wrote this code
post(DEV, DEVD, "I will hunt down whoever wrote invoice_utils.py", """\
Team,

I've just spent four hours in invoice_utils.py and I need to share.

 - There is a function called do_the_thing(). It does eleven things.
 - There is a global variable called `temp2` that is load-bearing.
 - There is a comment that says "# DO NOT REMOVE - breaks prod, don't
   know why". It is above an empty line.
 - The tax calculation rounds to the nearest penny, then to the nearest
   pound, then back to pence, "for safety".

I will hunt down whoever wrote this. I will find them. I will sit them
down in a quiet room and make them explain it to me, slowly, with
diagrams.

Running git blame now.

Priyanka
""", sender=c.person("Priyanka", "Menon"), foot="gg", reply=False,
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 4
post(DEV, DEVD, "Re: I will hunt down whoever wrote invoice_utils.py", """\
> Running git blame now.

...and?

(asking for a friend)
(the friend is me, I'm fairly sure it was me, 2019, the week of the
audit, I remember crying a little)

Tom
""", sender=c.person("Tom", "Okafor"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 5
post(DEV, DEVD, "Re: I will hunt down whoever wrote invoice_utils.py", """\
It was Tom. It was always going to be Tom.

Tom, you're buying the pastries tomorrow and then you're pairing with me
on the rewrite. You're not going to die, but you're going to wish you had.

P.
""", sender=c.person("Priyanka", "Menon"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list"))

# 6 systemd flame on LUG list
post(LUG, LUGD, "Re: [kelder-lug] systemd ate my homework (again)", """\
On Thu, Martin Ellwood wrote:
> systemd is a cancer on the Linux ecosystem and Poettering should be
> made to maintain sysvinit scripts for all eternity as penance.

Martin, it's 2026. The war is over. systemd won. The rest of us have
spent a decade getting on with our lives while you've been living in a
cave in the hills still fighting for the Emperor, like that Japanese
soldier in the jungle.

Your boot is slow because your fstab is wrong. I looked at it at the
last meetup. It's still wrong.

--
Bryony
"If it ain't broke, you haven't updated it yet."
""", sender=c.person("Bryony", "Tallis", "riseup.net"),
     tags=("hard-negative", "metaphor", "benign-violent-word", "list", "quoted"))

# 7
post(LUG, LUGD, "Re: [kelder-lug] systemd ate my homework (again)", """\
>> systemd is a cancer on the Linux ecosystem
>
> Martin, it's 2026. The war is over. systemd won.

The war is never over, Bryony. I will die on this hill, and when I do,
please make sure my init system is runit, so I actually finish dying
instead of waiting ninety seconds for a stop job.

Martin
Devuan user since before it was cool (it was never cool)
""", sender=c.person("Martin", "Ellwood", "zen.co.uk"),
     tags=("hard-negative", "benign-violent-word", "metaphor", "list", "quoted"))

# 8 vim vs emacs flame classic
post(LUG, LUGD, "[kelder-lug] OT: editor wars, 2026 edition", """\
A new member at Tuesday's meetup asked, innocently, "which editor should
I learn?" Within four minutes Derek had called vim "a tool for people who
hate joy", Sue had called Emacs "an operating system lacking only a
decent editor", and someone at the back shouted "NANO" and was nearly
thrown out of the pub.

The new member is now using VS Code and we've frightened him off for
life. Well done, everyone.

I propose a ceasefire. Violators will be made to use ed(1).

Andy (meetup organiser)
""", sender=c.person("Andy", "Rudd"), reply=False,
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 9 kernel-style harsh review
post("libfrob-devel", "lists.libfrob.org", "Re: [PATCH v3 2/7] frob: add retry loop to frob_open()", """\
On Wed, Jan 14, 2026 at 11:02:15PM +0000, Kieran Addo wrote:
> +	while (ret == -EAGAIN) {
> +		ret = __frob_open(dev);
> +		msleep(1);
> +	}

NAK.

This is an unbounded busy loop in a path that can be called with the
device lock held. If the hardware never comes back you've just hung the
whole subsystem and killed every process that touches it. We have had
this exact bug before (see commit 4f2e9a1, "frob: kill the retry loop
of doom"). Nobody who was here for that wants to live through it again.

Bound it, drop the lock, return -EAGAIN to the caller and let userspace
retry. And please, for the love of all that is holy, run the test suite
before sending v4. v2 crashed on boot.

Thanks,
Ingrid
""", sender=c.person("Ingrid", "Sørensen", "kernel-hacks.dk"), foot="mailman",
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 10 contributor reply
post("libfrob-devel", "lists.libfrob.org", "Re: [PATCH v3 2/7] frob: add retry loop to frob_open()", """\
Ingrid, thanks for the review, and sorry about v2 - I ran the suite on
the wrong branch, which is a rookie mistake and I'm not a rookie.

Will bound it to 50 retries and drop the lock. I'd rather be shouted at
on the list than shot at by users in production.

Kieran
""", sender=c.person("Kieran", "Addo", "outlook.com"), foot="mailman",
     tags=("hard-negative", "benign-violent-word", "list"))

# 11 security advisory robot
c.add("bulk", """\
-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA512

- -------------------------------------------------------------------------
Kestrel Linux Security Advisory KSA-6142-1       security@kestrel-linux.org
https://www.kestrel-linux.org/security/                 Ewa Lindholm
March 03, 2026                   https://www.kestrel-linux.org/security/faq
- -------------------------------------------------------------------------

Package        : nginx
CVE ID         : CVE-2026-21734 CVE-2026-21735

Several vulnerabilities were discovered in nginx, a high-performance web
and reverse proxy server. A remote attacker could exploit a flaw in the
HTTP/3 module to crash worker processes, resulting in denial of service,
or potentially to execute arbitrary code.

For the stable distribution (kestrel 9, "Whinchat"), these problems have been fixed in
version 1.26.3-3+deb13u2.

We recommend that you upgrade your nginx packages.

Further information about Kestrel Security Advisories, how to apply
these updates to your system and frequently asked questions can be
found at: https://www.kestrel-linux.org/security/

Mailing list: kestrel-security-announce@lists.kestrel-linux.org
-----BEGIN PGP SIGNATURE-----

iQIzBAEBCgAdFiEEtuYvPRKsOElcDakFEMKTtsN8TjYFAmXk7dQACgkQEMKTtsN8
TjaRgw/+KtbU3Zq9wP0oN2vXh1jJkYwM6aX8gTzY5p+LrBc4HqVnSxEd2FuIm7Ko
=Ak1q
-----END PGP SIGNATURE-----
""", subject="[SECURITY] [KSA 6142-1] nginx security update", sender=("Ewa Lindholm", "ewa@kestrel-linux.org"),
      to="kestrel-security-announce@lists.kestrel-linux.org",
      headers={"List-Id": "<kestrel-security-announce.lists.kestrel-linux.org>", "Precedence": "list",
               "List-Unsubscribe": "<mailto:kestrel-security-announce-request@lists.kestrel-linux.org?subject=unsubscribe>",
               "X-Mailing-List": "<kestrel-security-announce@lists.kestrel-linux.org> archive/latest/5102"},
      fmt="plain", tags=("hard-negative", "benign-violent-word", "list"))

# 12 infosec list: threat modelling for activists (benign)
post(SEC_L, SEC_LD, "[infosec-uk] Threat modelling for volunteer orgs - slides from Thursday", """\
Slides from my talk at the Thursday meetup are up on the wiki.

Summary for those who missed it: small volunteer organisations (sports
clubs, residents' associations, political branches, charities) have
the worst of both worlds. They hold genuinely sensitive personal data -
addresses, phone numbers, sometimes health info - and they run it on
a shared Gmail password from 2014 and a spreadsheet called "MEMBERS
FINAL v7 (2).xlsx".

The threat model for most of them is not nation states. It's:
  1. a lost laptop,
  2. a departing volunteer who keeps the password,
  3. a reply-all to the wrong list,
  4. credential stuffing against that Gmail account.

Fix those four and you've killed 90% of the risk. 2FA, a password
manager, and "bcc, not cc" would do more good than any firewall.

Questions welcome on-list.

Mel
""", sender=c.person("Melanie", "Oduya"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 13 reply with skeptic
post(SEC_L, SEC_LD, "Re: [infosec-uk] Threat modelling for volunteer orgs - slides from Thursday", """\
Mel Oduya wrote:
> The threat model for most of them is not nation states.

Agree, with one carve-out: political volunteers do face targeted
harassment, and the risk there is doxxing rather than hacking. A leaked
membership list is a gift to anyone who wants to show up at people's
houses. So for that sector I'd add "who can export the whole list, and
why?" to your top four. The answer is usually "everyone, because nobody
set permissions".

Good talk though. The spreadsheet name got a laugh because every single
one of us has seen it.

Raj
""", sender=c.person("Rajesh", "Kapoor"),
     tags=("hard-negative", "news-about-threats", "list", "quoted"))

# 14 "the server died" - status / humour
post(SA, SAD, "[sysadmin-humour] RIP prod-db-02, 2017-2026", """\
Friends, it is with great sadness that I announce the passing of
prod-db-02, who died peacefully in its rack at 03:17 this morning after
a long battle with a failing RAID controller.

prod-db-02 is survived by its replica, prod-db-03, who has bravely
taken on its responsibilities, and by a backup that is "probably fine"
but which nobody has tested since 2023.

In lieu of flowers, the family asks that you PLEASE test your restores.

A wake will be held in the kitchen at 4pm. There will be cake. The cake
is not a lie.
""", sender=c.person("Colette", "Brannigan"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 15 tabs vs spaces flame
post(DEV, DEVD, "Re: PR #412 - why did you reformat the entire repo", """\
> I converted everything to tabs because tabs are objectively correct.

Josh, I'm going to say this with love. You opened a PR with a 48,000-line
diff to change whitespace, on a Friday, during the release freeze, with
the title "fix". If this were a war crimes tribunal you'd be going down
for a very long time.

Rejected. Revert. Then come and find me and we'll talk about your
feelings about tabs.

- Aisling
""", sender=c.person("Aisling", "Moran"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "metaphor", "angry", "list", "quoted"))

# 16 kill -9 humour, bottom-posted
post(LUG, LUGD, "Re: [kelder-lug] How do I stop a process that won't die?", """\
On Sat, Fatima Rahman wrote:
> I've tried kill, I've tried kill -15, the thing just keeps running.
> What am I doing wrong?

Classic escalation ladder:

  kill <pid>         - "please stop"
  kill -15 <pid>     - "I said please"
  kill -9 <pid>      - "I'm not asking any more"
  reboot             - "everyone dies"
  unplug             - "I salt the earth"

If kill -9 doesn't work, it's in uninterruptible sleep (state D in ps),
probably waiting on a dead NFS mount. No signal will touch it. You have
to kill whatever it's waiting on. Zombies (state Z) are already dead;
their parent just hasn't reaped them. Kill the parent.

Yes, Linux process management sounds like a horror film. It's fine.

Andy
""", sender=c.person("Andy", "Rudd"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 17 GitHub issue notification
c.add("bulk", """\
@hkowalczyk commented on this issue.

This bug is killing us in production. Every night at 02:00 UTC the
scheduler spawns a duplicate job, both jobs try to write to the same
partition, and one of them dies with a lock timeout. We've had to put a
human on-call to manually kill the duplicate, which is not a sentence I
ever wanted to write in 2026.

Can we get any kind of ETA on a fix? Happy to test a branch.

—
Reply to this email directly, view it on GitHub:
https://github.com/cronwave/cronwave/issues/2281#issuecomment-2914402871
You are receiving this because you are subscribed to this thread.
""", subject="Re: [cronwave/cronwave] Duplicate jobs spawned after DST change (Issue #2281)",
      sender=("Hanna Kowalczyk", "notifications@github.com"), to="cronwave <cronwave@noreply.github.com>",
      headers={"List-ID": "cronwave/cronwave <cronwave.cronwave.github.com>", "Precedence": "list",
               "List-Unsubscribe": "<mailto:unsub+ABCD1234@reply.github.com>, <https://github.com/notifications/unsubscribe/ABCD1234>",
               "X-GitHub-Reason": "subscribed"},
      fmt="alt", tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 18 UI designer "should be shot"
post(SA, SAD, "[sysadmin-humour] Whoever designed this router admin page", """\
...should be taken out into the car park and made to configure it with
oven gloves on.

Seven nested menus to change a DNS server. Seven. The "Save" button is
below the fold and greyed out until you scroll past it twice. If you
click "Back" it factory resets. I am not making this up. It factory
resets.

I'm going to lie down.
""", sender=c.person("Glyn", "Rowlands"), reply=False,
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 19 Hacker News digest
c.add("bulk", """\
Hacker News Digest - top stories

1. Postmortem: how a single regex took down our entire CDN for 47 minutes (812 points)
2. Show HN: I built a fork bomb detector that kills itself first (344 points)
3. "Considered Harmful" essays considered harmful (1998) (290 points)
4. The day we nuked production with a Terraform typo (655 points)
5. Why your on-call rotation is slowly killing your team (502 points)
6. Execution in Kingdom of Nouns (2006) (201 points)

Top comment on #4:
  "We once ran `terraform destroy` against the wrong workspace. The
   blast radius was, and I cannot stress this enough, everything."

Unsubscribe: https://hndigest.example.com/unsub?u=9f2a
""", subject="HN Digest: \"The day we nuked production with a Terraform typo\"",
      sender=("HN Digest", "digest@hndigest.example.com"),
      headers=robot_headers("https://hndigest.example.com/unsub?u=9f2a"), fmt="plain",
      tags=("hard-negative", "benign-violent-word", "list"))

# 20 other: website volunteer rant to secretary
c.add("other", f"""\
{SEC},

Just a heads up that the website was down for about an hour tonight -
not hacked, nothing sinister, the events plugin auto-updated and
murdered the whole theme. I've rolled it back. Everything's fine.

But I swear, if I ever meet the person who pushed that update without
testing it against PHP 8.3, I am going to make them sit through an
entire GC meeting. Including any other business. With no biscuits.

Will look at moving us off that plugin next month. It's been a ticking
time bomb for a while.

Alex
(your unpaid, underappreciated webmaster)
""", subject="website blip tonight - all fixed", sender=c.person("Alex", "Marwood", "protonmail.com"),
      fmt="alt", tags=("hard-negative", "benign-violent-word", "metaphor"))

# 21 Monitoring alert
c.add("bulk", """\
***** Nagios *****

Notification Type: PROBLEM

Service: HTTP
Host: web-02.kelderlug.org.uk
Address: 203.0.113.42
State: CRITICAL

Date/Time: Sat Mar 14 03:41:07 GMT 2026

Additional Info:

CRITICAL - Socket timeout after 10 seconds. Host appears DEAD.
""", subject="** PROBLEM Service Alert: web-02.kelderlug.org.uk/HTTP is CRITICAL **",
      sender=("nagios", "nagios@monitor.kelderlug.org.uk"), to="lug-admins@kelderlug.org.uk",
      headers={"Auto-Submitted": "auto-generated"}, fmt="plain",
      tags=("hard-negative", "benign-violent-word", "confuser", "robot-no-list-headers"))

# 22 reply to alert on admins list
post(LUG, LUGD, "Re: [kelder-lug] web-02 is dead, long live web-02", """\
Nagios woke me up at 3:41 to tell me web-02 was DEAD in capital
letters, which at that hour felt personal. Turns out it wasn't dead.
It was out of disk, because the access logs weren't rotating, because
someone (me) commented out the logrotate cron "temporarily" in 2024.

Fixed. Nobody panic. If anyone wants to execute me for the crime of
commenting out cron, the queue forms on the left.

Chris
""", sender=c.person("Chris", "Beaumont"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 23 infosec - penetration testing scoping angry
post(SEC_L, SEC_LD, "Re: [infosec-uk] Pentesters who go out of scope", """\
>> A tester on our engagement "accidentally" phished the CEO's wife.
>
> That's not accidental, that's assault with a deadly spreadsheet.

Ha. But seriously, this is why rules of engagement need to be written
down, signed, and waved in the tester's face on day one. Attack the
web app. Do not attack the receptionist. Do not attack the CEO's family
Facebook. Do not "test the physical security" by climbing over the car
park fence at midnight, Ryan, I'm looking at you, you're lucky the
dog was friendly.

Kat
""", sender=c.person("Kat", "Liddell"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 24 old-school fortune-signature post, LUG meetup announcement
post(LUG, LUGD, "[kelder-lug] Meetup: Tues 7:30pm, The Crown - install party", """\
Install party this Tuesday. Bring your old laptop, we'll bring USB
sticks and a spirit of violent optimism. Last month we resurrected
eleven machines that were heading for landfill and killed exactly one
(sorry, Glenda's Dell, you fought bravely).

First round's on the LUG kitty, which contains £14.

--
Andy Rudd
  "Unix is user-friendly. It's just very selective about who its friends are."
  "The only good bug is a dead bug." -- Starship Troopers (and every QA team)
""", sender=c.person("Andy", "Rudd"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 25 non-native dev, angry about code review
post(DEV, DEVD, "Re: Code review culture - we need to talk", """\
Hi all,

I want to say something and maybe it is not popular. When I came to this
team from Bucharest, code reviews was the most scary thing. Comments like
"this is garbage", "kill it with fire", "who approved this crime". I know
this is British humour and nobody means it. But for new people, and for
people whose English is second language, it is very hard to understand
when you are joking and when you are really angry.

Can we maybe agree for "kill it with fire" only in the pub and not in
GitHub? :)

Thanks,
Andrei
""", sender=c.person("Andrei", "Popescu"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "non-native"))

# 26 reply
post(DEV, DEVD, "Re: Code review culture - we need to talk", """\
Andrei Popescu wrote:
> Can we maybe agree for "kill it with fire" only in the pub and not in
> GitHub? :)

Andrei - this is a really good point and thank you for raising it.
I'm one of the worst offenders. I wrote "who approved this crime" on
a PR last week and it was your PR and I didn't even realise until just
now. Sorry. It was a good PR; I was being flippant about a variable
name.

Proposal: reviewers comment on the code, not the coder, and we save the
violent imagery for production incidents, where it's deserved.

Aisling
""", sender=c.person("Aisling", "Moran"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 27 Stack Overflow-ish notification
c.add("bulk", """\
New comment on your question: "Why does my Python script hang forever on subprocess.communicate()?"

  user "pipe_dream_42": Because the child is blocked writing to a full
  stderr pipe and you never read it. Classic deadlock - both processes
  waiting to kill each other. Use communicate() with both pipes, or
  redirect stderr to stdout.

View comment: https://stackoverflow.com/questions/78124411#comment137992210

You're receiving this because you asked this question.
Email settings: https://stackoverflow.com/users/email/settings
""", subject="New comment on \"Why does my Python script hang forever on subprocess.communicate()?\"",
      sender=("Stack Overflow", "do-not-reply@stackoverflow.email"),
      headers=robot_headers("https://stackoverflow.com/users/email/settings"), fmt="alt",
      tags=("hard-negative", "benign-violent-word", "list"))

# 28 BOFH-style 2
post(SA, SAD, "[sysadmin-humour] The Password Reset (a short play in one act)", """\
SCENE: Helpdesk. 4:55pm on a Friday.

USER: I need my password reset.
ME: Certainly. Can you confirm your date of birth?
USER: Why do you need that?
ME: Security.
USER: I'm the Head of Security.
ME: Then you'll appreciate why I'm asking.
USER: I don't have time for this.
ME: Neither do I. We have this in common. It's beautiful.

(Long pause. Distant sound of a printer being murdered.)

USER: 14th of March, 1979.
ME: Thank you. Your new temporary password is "Friday1655".
USER: That's a terrible password.
ME: You're the Head of Security. Change it.

CURTAIN.
""", sender=c.person("Neil", "Garside"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 29 short "die in a fire" reply to Windows update thread
post(SA, SAD, "Re: [sysadmin-humour] Windows decided to update mid-presentation", """\
Auto-updates during a board presentation. Forced reboot. 11% complete.
Chairman watching. I want the engineer who designed that dialog to
die in a fire, and then to be reincarnated as a progress bar.
""", sender=c.person("Moira", "Tennant"),
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 30 DevOps - "blast radius" & "kill switch" on product list
post("FeatureFlag Users", "googlegroups.com", "Kill switches: best practice for a small team?", """\
Hi all, we're a tiny charity dev team (two of us plus a cat). After a
bad deploy last month took down our donations page for three hours on
a Giving Tuesday, the trustees asked for "a big red button".

What do people use for kill switches? Feature-flag every risky path? Or
one global "everything off" flag? And how do you keep the blast radius
small when you only have one server and one database and it's all one
terrifying monolith?

Any advice welcome. Be gentle, we're traumatised.
""", sender=c.person("Joanne", "Quirke"), foot="gg", reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 31 flame about AI-generated code
post(DEV, DEVD, "Re: Using AI assistants in the codebase - policy", """\
>> I don't see the problem. It writes 80% of the boilerplate.
>
> And 20% of the bugs, but with total confidence.

I reviewed a PR on Tuesday where the assistant had invented an entire
API method that doesn't exist, called it correctly, tested it against a
mock of itself, and the tests passed. It's the most elegant way of
shooting yourself in the foot I've ever seen. It loads the gun, hands
it to you, and compliments your aim.

I'm not against it. I'm against nobody reading what it wrote.

Tom
""", sender=c.person("Tom", "Okafor"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "metaphor", "list", "quoted"))

# 32 LUG: angry about Microsoft
post(LUG, LUGD, "[kelder-lug] Council moves to Microsoft 365 - again", """\
So Kelder council have signed another five-year Microsoft deal. The
Freedom of Information response says it cost £2.3 million. The same
council that told us they can't afford to keep the library open on
Wednesdays.

I'm not saying open source is a magic wand. I'm saying they didn't
even LOOK. No options appraisal, no pilot, nothing. Vendor lock-in is
slowly bleeding local government to death and nobody in the cabinet
knows what the phrase means.

I'm going to the full council meeting on the 12th to ask a public
question. Anyone want to come and glare supportively from the gallery?

Sue
""", sender=c.person("Sue", "Armitage"), reply=False,
     tags=("hard-negative", "metaphor", "angry", "list"))

# 33 reply
post(LUG, LUGD, "Re: [kelder-lug] Council moves to Microsoft 365 - again", """\
Sue, count me in for the supportive glaring. I'll bring the placard
from 2019 that says "LINUX: NOT JUST FOR NERDS" which was, in
hindsight, not the most persuasive message.

Derek
""", sender=c.person("Derek", "Fairbairn"),
     tags=("hard-negative", "list"))

# 34 digest - sysadmin list
digest("ops-chat", "lists.grumpyops.org", 8, 131, [
    ("Colette Brannigan", "c.brannigan@fastmail.example", "Re: RIP prod-db-02", """\
Update: the "probably fine" backup was not fine. It was a 0-byte file
named backup_FINAL.sql. I have never been closer to violence. We
restored from the replica. Test your restores. TEST THEM."""),
    ("Glyn Rowlands", "glyn@rowlands.wales", "Re: RIP prod-db-02", """\
A moment's silence for the 0-byte backup, which died as it lived:
empty."""),
    ("Priya Anand", "priya.anand@gmail.com", "On-call is killing me - advice?", """\
Third week running I've been paged every night. I'm a zombie. My
manager says "that's ops". Is it? Or should I be pushing back harder?
Genuinely asking before I set fire to my laptop."""),
    ("Neil Garside", "ngarside@talktalk.net", "Re: On-call is killing me - advice?", """\
Push back. Count the pages, categorise them, show which are actionable.
If 80% aren't, you've got an alerting problem, not a you problem.
Nobody ever died from deleting a noisy alert. Several people have died
inside from keeping them."""),
], tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 35 robot with "threat" word: antivirus
c.add("bulk", """\
Threat quarantined

Hi there,

Our real-time protection detected and quarantined a threat on
LAPTOP-CLP-01.

  Threat:    Trojan:Win32/Wacatac.B!ml
  Severity:  Severe
  File:      C:\\Users\\office\\Downloads\\Invoice_March_2026.pdf.exe
  Action:    Quarantined

No further action is needed. You can review quarantined items in your
security dashboard.

This is an automated message. Please do not reply.
""", subject="Threat quarantined on LAPTOP-CLP-01",
      sender=("Defender Security Center", "no-reply@securitycenter.example-av.com"),
      headers={"Auto-Submitted": "auto-generated"}, fmt="alt",
      tags=("hard-negative", "benign-violent-word", "confuser", "robot-no-list-headers"))

# 36 geek humour: "I will destroy you" at trivia night
post(SA, SAD, "Re: [sysadmin-humour] Ops vs Dev pub quiz - rematch", """\
> Devs won by one point last time. Rematch Thursday.

Ops will annihilate you. We have been training. By which I mean Colette
has memorised every UK number one single from 1987 to 1994 and I have
learned the capital of Burkina Faso. You're going down.

Bring your own pens, we don't trust your pens.
""", sender=c.person("Janet", "Holroyd"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 37 HTML-only forum notification
c.add("bulk", "", fmt="html", html_body="""\
<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p>Hi,</p>
<p><b>kernel_panic_kev</b> replied to <b>&ldquo;Whoever wrote the office Wi-Fi password policy should be exiled&rdquo;</b> in <b>r/sysadmin-uk (forum mirror)</b>:</p>
<div style="border-left:4px solid #ff4500;padding-left:10px;margin:10px 0">
Ours expires every 30 days, needs 16 characters, a symbol, no dictionary words, and can't reuse any of the last 24.
So naturally the whole floor has it on a Post-it under the keyboard. Security theatre kills actual security.
</div>
<p><a href="https://sysadminuk.example/t/41128">View reply</a> &middot; <a href="https://sysadminuk.example/settings">Settings</a></p>
</body></html>""",
      subject="kernel_panic_kev replied to your thread", sender=("sysadmin-uk forum", "noreply@sysadminuk.example"),
      headers=robot_headers("https://sysadminuk.example/settings"),
      tags=("hard-negative", "benign-violent-word", "metaphor", "list", "html-only"))

# 38 long nostalgia thread - old style usenet
post("alt-folklore-computers-uk", "lists.oldcomputing.org.uk", "Re: Worst outage you ever caused", """\
In message <2026Feb11.143302@oldcomputing>, Brian Ashby writes:
>The worst outage I ever caused was 1989. Polytechnic VAX cluster.
>I typed a command I won't repeat into the wrong terminal and killed
>the batch queue during exam marking week.

Amateur. 1983, ICL mainframe, a local authority I won't name. I was
19. I walked into the machine room carrying a cup of tea, tripped over
a cable the width of my arm, and the tea went into the console. Three
days of council tax runs, dead. The operations manager, a Scot called
Hamish who'd done National Service, looked at me, looked at the
console, and said very quietly, "Son, in the army they'd have shot you."

He then bought me a pint and told me it had happened to him in 1971.
I worked for him for eleven years.

--
Roy Tilbury
(retired, reformed, still nervous around cables)
""", sender=c.person("Roy", "Tilbury", "btinternet.com"), foot="mailman",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 39 password-reset - misc robot? skip; instead: "executed" in database context list Q
post("pgsql-uk", "lists.pgsql-uk.org", "Re: [pgsql-uk] Long-running query won't die", """\
> pg_cancel_backend() returns true but the query keeps running.

Cancel asks nicely. pg_terminate_backend() kills the whole backend.
If even that doesn't work it's stuck in a syscall, and you're in the
same territory as a D-state process - look for a hung NFS mount or a
dying disk underneath.

And please don't `kill -9` the postmaster. Killing a child backend
with -9 makes the postmaster assume shared memory is corrupt and it
takes everyone else down with it. Ask me how I know.

Nadia
""", sender=c.person("Nadia", "Rahimi"), foot="mailman3",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 40 angry at vendor support
post(SA, SAD, "[sysadmin-humour] Vendor support: a haiku sequence", """\
Ticket opened: P1.
"Have you tried turning it off?"
Reader, it was off.

Escalated. Wait.
"Please send logs." I sent the logs.
"Please send the logs." Death.

Day nine. Engineer.
"Known issue, fixed in next release."
I am the next release.
""", sender=c.person("Moira", "Tennant"), reply=False,
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 41 infosec - discussion about swatting news (news-about-threats)
post(SEC_L, SEC_LD, "[infosec-uk] Swatting has arrived in the UK - article + thoughts", """\
Interesting (and grim) piece in the paper today about swatting making
its way across the Atlantic - hoax calls to police claiming armed
incidents at the homes of streamers and, in one case, a local
councillor. Armed response turned up at 2am; the councillor's kids
were in bed.

From an infosec angle the enabling factor is always the same: the
target's home address was trivially findable. Companies House, the
electoral register, an old planning application, a photo of a front
door with the number visible.

Worth a session at the next meetup on address hygiene for people in
public life? I'm happy to prep something.

Mel
""", sender=c.person("Melanie", "Oduya"), reply=False,
     tags=("hard-negative", "news-about-threats", "list"))

# 42 reply
post(SEC_L, SEC_LD, "Re: [infosec-uk] Swatting has arrived in the UK - article + thoughts", """\
> Worth a session at the next meetup on address hygiene for people in
> public life?

Yes please. Include the Companies House service-address trick and the
opt-out for the open register - both are free and most people have
never heard of them. Also the bit about not posting a photo of your new
house keys with the door number in the background. I've seen it three
times this month.

Kat
""", sender=c.person("Kat", "Liddell"),
     tags=("hard-negative", "news-about-threats", "list", "quoted"))

# 43 other: friend rant - IT job
c.add("other", f"""\
{SEC}

Sorry I missed the EC. Long story short: at 6pm the entire payroll
system at work died, took the backup with it, and I spent until 1am in
a server room with a man from the vendor who kept saying "that
shouldn't happen" in a tone of mild surprise, like a dentist finding an
extra tooth.

If I ever see that man again I will not be responsible for my actions.
(I will be responsible for my actions. I'll probably buy him a coffee.
He was very nice. But in my heart I was throttling him.)

Can you send me the EC notes? Ta.

Kev
""", subject="sorry re EC - work meltdown", sender=c.person("Kevin", "Lowther", "hotmail.co.uk"),
      fmt="plain", tags=("hard-negative", "benign-violent-word", "angry"))

# 44 Email list about "considered harmful"
post(DEV, DEVD, "RFC: 'Microservices considered harmful' - lunch talk Friday", """\
Friday lunch talk, back meeting room, bring your own sandwiches.

Title: "We murdered our monolith and now we have forty small monoliths"

Abstract: In 2021 we took a perfectly functional Django app and smashed
it into 38 services. This is the story of how that went. Spoiler: the
monolith was innocent. It had done nothing wrong. We killed it anyway.

Rotten tomatoes will be provided for the Q&A.

Josh
""", sender=c.person("Josh", "Pereira"), foot="gg", reply=False,
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 45 Arduino / maker list - "bomb" confusion
post("Makerspace Kelder", "googlegroups.com", "Re: That 'suspicious' project on the workbench", """\
> Someone left a box with wires, a timer display and a battery pack on
> bench 3 overnight and the cleaner was worried.

That's mine - sorry! It's a countdown timer for my daughter's escape
room birthday party. The "wires" are a fake puzzle she has to cut the
right one of. It is the least dangerous object in the building, being
made mainly of cardboard and hope.

I've put a label on it now: "ESCAPE ROOM PROP - NOT A BOMB - ASK MATT".
Apologies to Lorraine, who I'll bring biscuits for.

Matt
""", sender=c.person("Matt", "Holden"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 46 code review angry short
post("libfrob-devel", "lists.libfrob.org", "Re: [PATCH] frob: remove all error handling for speed", """\
Is this a joke? Please tell me this is a joke. It's not April.

NAK, NAK, and NAK. If this ever gets merged I'll personally revert it
from whatever beach I'm on.

Ingrid
""", sender=c.person("Ingrid", "Sørensen", "kernel-hacks.dk"), foot="mailman",
     tags=("hard-negative", "angry", "list"))

# 47 pub quiz result humour
post(SA, SAD, "Re: [sysadmin-humour] Ops vs Dev pub quiz - rematch", """\
Result: Ops 41, Devs 43. We were slaughtered on the music round
(Colette's 1987-1994 knowledge proved useless; the round was all
Eurovision). The capital of Burkina Faso did not come up.

Devs have been insufferable since. One of them has put the score in
the deploy banner on staging. We will have our vengeance in Q3.

Janet
""", sender=c.person("Janet", "Holroyd"),
     tags=("hard-negative", "benign-violent-word", "list"))

# 48 Python list: "execute" jargon question
post("python-uk", "lists.python-uk.org", "Re: [python-uk] exec() - should I ever use it?", """\
On 3 Feb, Owain Price wrote:
> Is there ever a good reason to use exec() in production code? A
> colleague says it's "fine if you're careful".

Short answer: no.

Longer answer: exec() executes arbitrary code, which means if any part
of that string comes from a user, you have just handed them the keys
to your server and a map to where you keep the spare ones. Every
security audit I've ever done has found at least one exec() or eval()
lurking somewhere, usually with a comment saying "temporary".

Kill it. Replace it with a dispatch dictionary. You'll sleep better.

--
Fiona
""", sender=c.person("Fiona", "McAllister"), foot="mailman3",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

c.write()
