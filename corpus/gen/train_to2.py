"""train/to2: mail that is not party business, part 2 — web frameworks, spam-filter
developers, security advisories, monitoring robots, day-job tooling, a few personal notes.
All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "to2", seed=2802)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]
SITE = c.site()
HNV = ("hard-negative", "benign-violent-word")


def google_group(name, domain="googlegroups.example.com"):
    return {"Mailing-list": f"list {name}@{domain}; contact {name}+owners@{domain}",
            "List-ID": f"<{name}.{domain}>",
            "List-Post": f"<https://groups.example.com/group/{name}/post>, <mailto:{name}@{domain}>",
            "List-Help": f"<https://support.example.com/>, <mailto:{name}+help@{domain}>",
            "List-Unsubscribe": f"<mailto:{name}+unsubscribe@{domain}>",
            "X-Original-Sender": f"someone@{domain}",
            "Precedence": "list"}


# 1 ---------------------------------------------------------------------------
c.add("bulk", subject="Re: Celery worker killed mid-task, tasks lost",
      sender=("Tendai Moyo", "tendai.moyo@example-dev.co.zw"),
      to="django-users@googlegroups.example.com",
      headers=google_group("django-users"),
      body="""Hi Grant,

When a worker gets SIGKILLed (OOM killer, or your container platform
going "time's up"), any task it had already acknowledged is gone. By
default Celery acks when it *receives* the task, not when it finishes.

Set

    CELERY_TASK_ACKS_LATE = True
    CELERY_TASK_REJECT_ON_WORKER_LOST = True

and make your tasks idempotent, because with late acks a task that was
killed halfway through will be executed again from the start.

Also worth finding out why the worker is being killed in the first
place. If it's memory, --max-memory-per-child will recycle workers
before the kernel has to step in.

Tendai

On Thursday, 5 February 2026 at 22:17:03 UTC, Grant Fairlie wrote:
> Our worker process gets killed a couple of times a week and whatever it
> was doing just vanishes. No retry, no error in Sentry. Django 5.2,
> Celery 5.5, Redis broker. What am I missing?

--
You received this message because you are subscribed to the Google Groups "Django users" group.
To unsubscribe from this group and stop receiving emails from it, send an email to django-users+unsubscribe@googlegroups.example.com.
""",
      tags=("tech-list", *HNV))

# 2 ---------------------------------------------------------------------------
c.add("bulk", subject="Re: Should we finally kill QuerySet.extra()?",
      sender=("Mariusz Kaczmarek", "mariusz.k@example-django.pl"),
      to="django-developers@googlegroups.example.com",
      headers=google_group("django-developers"),
      body="""> extra() must die. It's been "deprecated in spirit" since 1.8 and every
> security report we get in that area touches it.

I agree with the destination, not the speed. Three points:

1. There are still a handful of things extra(select=...) does that
   annotate() + RawSQL can't express cleanly, mostly ordering on a raw
   expression together with select_related. We should close that gap
   first, or we're just telling people to use raw() for the whole query.

2. A normal deprecation cycle: warning in 6.1, removal in 7.0. Anything
   faster will cause a lot of pain for very little gain.

3. The docs already say "use this as a last resort". Let's make the
   warning say what the replacement is, with an example, or we'll get a
   hundred forum threads asking.

So +1 to deprecating, -1 to "kill it in the next release".

Mariusz
""",
      tags=("tech-list", *HNV))

# 3 ---------------------------------------------------------------------------
c.add("bulk", subject="Django security releases issued: 5.2.9 and 6.0.3",
      sender=("Django Project", "security-announce@djangoproject.example.com"),
      to="django-announce@googlegroups.example.com",
      headers=google_group("django-announce"),
      fmt="alt",
      body="""In accordance with our security release policy, the Django team is
issuing releases for Django 6.0.3 and Django 5.2.9. These releases
address the security issues detailed below. We encourage all users of
Django to upgrade as soon as possible.

CVE-2026-48110: Potential SQL injection via crafted JSONField key lookups
on Oracle

An attacker who can control the key names used in a JSONField lookup
could inject SQL when the Oracle backend was in use. Other backends are
not affected.

This issue has severity "high" according to the Django security policy.

CVE-2026-48111: Potential denial-of-service in django.utils.text.Truncator

Truncator.words() with html=True was subject to a potential
denial-of-service attack via certain inputs with a very large number of
unclosed opening tags.

This issue has severity "moderate" according to the Django security
policy.

The Django team would like to thank the reporters for disclosing these
issues responsibly.
""",
      tags=("tech-list", "newsletter", *HNV))

# 4 ---------------------------------------------------------------------------
c.add("bulk", subject="[Rails] Puma workers hang then get killed: H12 request timeouts",
      sender=("Oskar Lindgren", "oskar.lindgren@example-rb.se"),
      to="rubyonrails-talk@googlegroups.example.com",
      headers=google_group("rubyonrails-talk"),
      body="""Hi,

Every afternoon around 3pm our app starts throwing H12 (request timeout)
on the platform, then a few minutes later R14 memory errors, then the
dyno gets killed and restarted and everything is fine for another day.

Puma 6, 2 workers, 5 threads each, Rails 8.0. I've profiled with
rack-mini-profiler and the slow requests are all in one CSV export
endpoint that loads a whole table into memory (I know, I know).

Is the right answer just "move the export to a background job", or is
there something in Puma config that would stop one slow request taking
out the whole worker? worker_timeout seems to just kill it sooner.

Thanks,
Oskar
""",
      tags=("tech-list", *HNV))

# 5 ---------------------------------------------------------------------------
c.add("bulk", subject="Re: [SAtalk] new phishing wave: \"your mailbox will be terminated\"",
      sender=("Reindert Kuipers", "rkuipers@example-isp.nl"),
      to="users@spamassassin.example.org",
      headers={**c.list_headers("SpamAssassin users", domain="spamassassin.example.org"),
               "Mailing-List": "contact users-help@spamassassin.example.org; run by ezmlm"},
      body="""On 03-03-2026 11:40, Duncan Ferrie wrote:
> Seeing hundreds of these since the weekend. Subject lines like
> "FINAL NOTICE: mailbox terminated in 24h", "Last warning before
> deletion", a fake webmail logo and a link to a compromised WordPress.
> They're sailing through with a score of 2.1.

Same here. The trick this round is that the HTML is almost entirely
an image and the text part is random Wikipedia paragraphs, so Bayes
sees ham. What's working for us:

  header   __SUBJ_TERMINATE  Subject =~ /\\b(terminat|deactivat|suspend)\\w*\\b.*\\b(24|48) ?h/i
  body     __PHISH_WEBMAIL   /\\bwebmail (upgrade|quota|verification)\\b/i
  meta     LOCAL_MBOX_KILL   __SUBJ_TERMINATE && __PHISH_WEBMAIL
  score    LOCAL_MBOX_KILL   3.5

Plus the usual: make sure your URIBL lookups aren't being rate-limited
because you're using a public resolver. That one bites people every
year.

--
Reindert
""",
      tags=("tech-list", *HNV))

# 6 ---------------------------------------------------------------------------
c.add("bulk", subject="[Bug 8391] RCVD_IN_SNOWSHOE_TEST hits 40% of ham — please kill it",
      sender=("bugzilla-daemon", "bugzilla-daemon@spamassassin.example.org"),
      to="dev@spamassassin.example.org",
      headers={"X-Bugzilla-Reason": "None", "X-Bugzilla-Type": "changed",
               "X-Bugzilla-Product": "Spamassassin", "X-Bugzilla-Component": "Rules",
               "List-Id": "<dev.spamassassin.example.org>", "Precedence": "bulk"},
      body="""https://bz.spamassassin.example.org/show_bug.cgi?id=8391

--- Comment #4 from Kieran Dunleavy <kd@example-mail.ie> ---
Agreed. The ruleqa numbers are awful: 0.71 S/O with 38% of ham hits
from the corpus submitters. Whatever changed at the DNSBL end last month
has broken it. I've disabled it in the sandbox; if nobody objects by
Friday I'll remove it from the active rules entirely.

--- Comment #5 from Ana-Maria Dragomir <amdragomir@example.ro> ---
No objection. Dead rule walking.

--
You are receiving this mail because:
You are the assignee for the bug.
""",
      tags=("tech-list", *HNV))

# 7 ---------------------------------------------------------------------------
c.add("bulk", subject="rspamd dies with SIGSEGV after upgrade to 3.13",
      sender=("Yuki Hayashi", "yuki@example-hosting.jp"),
      to="rspamd-users@lists.rspamd.example.com",
      headers=c.list_headers("rspamd-users", domain="lists.rspamd.example.com"),
      body="""Hello,

After upgrade 3.12 -> 3.13 on Debian 13 the main process keep dying
every 10-30 minutes:

  rspamd_main: worker process normal (pid 12201) terminated abnormally by signal: Segmentation fault
  rspamd_main: respawn process normal in lieu of terminated process with pid 12201

It respawn, so mail still flow, but sometimes messages get "temporary
failure" in postfix during respawn. Core dump shows crash in fuzzy_check
plugin. If I disable fuzzy_check no crash.

Anyone else? I will open issue on GitHub too but want to check if it
is only me.

Yuki
""",
      tags=("tech-list", *HNV))

# 8 ---------------------------------------------------------------------------
c.add("bulk", subject="[mailop] the sextortion wave is back, now with your street name",
      sender=("Fenella Carrick", "fenella@example-mailhost.co.uk"),
      to="mailop@mailop.example.org",
      headers=c.list_headers("mailop", domain="mailop.example.org"),
      body="""Heads up for anyone running mail for non-technical users.

The "I recorded you through your webcam" extortion spam is doing the
rounds again, and this batch is nastier: the template pulls the
recipient's street name and town from one of the big marketing-data
leaks, so the opening line reads like the sender knows where you live.
It doesn't; it's mail-merge. Bitcoin address in the body, PDF
attachment with a blurry Street View image of the road.

We've had three very frightened customers phone our helpdesk this
week, including one elderly gentleman who'd already gone to the bank.
Worth a proactive note to your users telling them it's a scam, it's
automated, and not to pay.

For filtering: the PDFs share a producer string and the BTC addresses
rotate from a small pool. I've put the hashes and addresses in a gist
for anyone who wants them, ask off-list.

Fen
""",
      tags=("tech-list", "hard-negative", "news-about-threats"))

# 9 ---------------------------------------------------------------------------
c.add("bulk", subject="Re: postfix queue stuck, qmgr keeps dying",
      sender=("Wietse-fan", "postmaster@example-relay.de"),
      to="postfix-users@postfix.example.org",
      headers=c.list_headers("postfix-users", domain="postfix.example.org", precedence=False),
      body="""> Mar 14 09:12:02 mx1 postfix/master[811]: warning: process
> /usr/lib/postfix/sbin/qmgr pid 22310 killed by signal 9
> Mar 14 09:12:02 mx1 postfix/master[811]: warning: /usr/lib/postfix/sbin/qmgr:
> bad command startup -- throttling

Something outside Postfix is sending SIGKILL. Postfix never does that
to its own processes. Candidates: the OOM killer, a "process watchdog"
from your hosting panel, or a cron job someone wrote years ago that
kills anything using more than X% CPU. Look in the kernel log and in
root's crontab before you look at Postfix.
""",
      tags=("tech-list", *HNV))

# 10 --------------------------------------------------------------------------
c.add("bulk", subject="Weekly Threat Digest: ransomware groups target local charities",
      sender=("Scottish Cyber Resilience Network", "digest@cyberresilience-scot.example.org"),
      headers=c.newsletter_headers("Campaign Monitor"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;color:#222">
<table width="620" align="center"><tr><td>
<h2 style="border-bottom:3px solid #005eb8">Weekly Threat Digest &mdash; week 14</h2>
<h3>1. Ransomware groups turn to small charities</h3>
<p>Two ransomware groups have shifted from large companies to charities and community groups with
fewer than 50 staff, on the bet that they have no IT team and weaker backups. The typical attack starts
with a password-spraying campaign against Microsoft 365 accounts with no MFA.</p>
<h3>2. Fake invoice emails impersonating HMRC</h3>
<p>A phishing campaign uses a convincing HMRC penalty notice ("Final demand &mdash; enforcement action
will begin"). The link leads to a credential-harvesting page.</p>
<h3>3. Patch now: VPN appliance exploited in the wild</h3>
<p>A critical vulnerability in a widely-used VPN appliance is being actively exploited. Attackers can
execute code on the device without logging in.</p>
<p><b>What to do this week:</b> switch on MFA everywhere, check your backups actually restore, patch your
VPN.</p>
<p style="font-size:11px;color:#666">You are receiving this because you registered with the Network.
<a href="#">Manage preferences</a></p>
</td></tr></table></body></html>""",
      body="",
      tags=("tech-list", "newsletter", "hard-negative", "news-about-threats", "benign-violent-word"))

# 11 --------------------------------------------------------------------------
c.add("bulk", subject="Security update for Firefox available",
      sender=("Firefox", "firefox-security@mozilla.example.com"),
      headers=c.newsletter_headers(),
      body="""Mozilla Foundation Security Advisory 2026-31

Fixed in Firefox 149.0.2

CVE-2026-9310: Use-after-free in the WebGPU compositor
Impact: critical
A use-after-free could be triggered by a malicious web page, leading to
a potentially exploitable crash. We are aware of reports of this being
exploited in the wild.

CVE-2026-9311: Sandbox escape via crafted IPC message
Impact: high

Firefox will update automatically. To update now, open the menu >
Help > About Firefox.
""",
      tags=("tech-list", "newsletter", *HNV))

# 12 --------------------------------------------------------------------------
c.add("bulk", subject="You've been pwned!",
      sender=("Pwned Alerts", "noreply@pwnedalerts.example.com"),
      fmt="alt",
      body=f"""You've been pwned!

You signed up for notifications when your account was pwned in a data
breach and unfortunately, it's happened. Here's what's known about the
breach:

Email found: {SEC_ADDR}
Breach: BrewCrewForum
Date of breach: 12 Jan 2026
Number of accounts: 1,204,558
Compromised data: Email addresses, Passwords (bcrypt), Usernames, IP addresses

If you used the same password anywhere else, change it there too. A
password manager makes this much easier.

You're receiving this because you subscribed to breach notifications.
Unsubscribe
""",
      tags=("tech-list", "confuser", "robot-no-list-headers"))

# 13 --------------------------------------------------------------------------
c.add("bulk", subject="[GitHub] A third-party OAuth application has been added to your account",
      sender=("GitHub", "noreply@github.example.com"),
      body=f"""Hey {SEC.lower()}rennie!

A third-party OAuth application (Netlify) with read:user, repo and
workflow scopes was recently authorized to access your account.

Visit https://github.example.com/settings/connections/applications for
more information.

To see this and other security events for your account, visit
https://github.example.com/settings/security-log

If you run into problems, please contact support.

Thanks,
The GitHub Team
""",
      tags=("tech-list", "confuser", "robot-no-list-headers"))

# 14 --------------------------------------------------------------------------
c.add("bulk", subject="kelvin-site | Pipeline #88213 has failed for main | 4c1e07a2",
      sender=("GitLab", "gitlab@gitlab.example.com"),
      headers={"X-GitLab-Project": "kelvin-site", "X-GitLab-Pipeline-Id": "88213",
               "X-GitLab-Pipeline-Status": "failed", "Auto-Submitted": "auto-generated",
               "X-Auto-Response-Suppress": "All"},
      fmt="alt",
      body="""Your pipeline has failed.

Project: kelvin-site
Branch: main
Commit: 4c1e07a2 "events page: add hustings date"
Commit Author: you

Pipeline #88213 triggered by you had 1 failed job.

Failed job: deploy
  ERROR: Job failed: execution took longer than 1h0m0s seconds
  The script exceeded the maximum execution time set for the job

Stage: deploy
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 15 --------------------------------------------------------------------------
c.add("bulk", subject="[Sentry] API-PROD: WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL)",
      sender=("Sentry", "noreply@md.sentry.example.io"),
      headers={"X-Sentry-Project": "api-prod", "Auto-Submitted": "auto-generated"},
      fmt="html",
      html_body="""<html><body style="font-family:-apple-system,Segoe UI,sans-serif">
<div style="border-left:4px solid #e03e2f;padding:8px 16px">
<p style="font-size:12px;color:#777">New issue &middot; api-prod &middot; production</p>
<h3 style="margin:4px 0">WorkerLostError</h3>
<p><code>Worker exited prematurely: signal 9 (SIGKILL) Job: 4412.</code></p>
<p>billiard/pool.py in mark_as_worker_lost</p>
<table style="font-size:13px">
<tr><td>Events</td><td>17</td></tr><tr><td>Users</td><td>0</td></tr>
<tr><td>First seen</td><td>3 minutes ago</td></tr>
<tr><td>release</td><td>api@2026.05.12-1</td></tr>
</table>
<p><a href="#">View on Sentry</a> &middot; <a href="#">Mute</a></p>
</div>
<p style="font-size:11px;color:#999">You are receiving this because you are on the Platform team.</p>
</body></html>""",
      body="",
      tags=("tech-list", "work", "confuser", "robot-no-list-headers", *HNV))

# 16 --------------------------------------------------------------------------
c.add("bulk", subject="Monitor is DOWN: kelvinnorth website",
      sender=("UptimeRobot", "alert@uptimerobot.example.com"),
      body=f"""Hi,

The monitor kelvinnorth website (https://www.{SITE}/) is currently
DOWN (Connection Timeout).

Event timestamp: 2026-05-14 02:12:44 BST

We will alert you when it is UP again.

Cheers,
UptimeRobot Team
""",
      tags=("tech-list", "confuser", "robot-no-list-headers"))

# 17 --------------------------------------------------------------------------
c.add("bulk", subject="Let's Encrypt certificate expiration notice for domain \"lists." + SITE + "\"",
      sender=("Let's Encrypt Expiry Bot", "expiry@letsencrypt.example.org"),
      body=f"""Hello,

Your certificate (or certificates) for the names listed below will expire
in 19 days (on 2026-06-03 07:44:10 +0000 UTC). Please make sure to renew
your certificate before then, or visitors to your web site will encounter
errors.

We recommend renewing certificates automatically when they have a third of
their total lifetime left. For Let's Encrypt's current 90-day certificates,
that means renewing 30 days before expiration.

lists.{SITE}

For any questions or support, please visit the community forum.

Regards,
The Let's Encrypt Team
""",
      tags=("tech-list", "confuser", "robot-no-list-headers"))

# 18 --------------------------------------------------------------------------
c.add("bulk", subject="[Home Assistant Community] Summary",
      sender=("Home Assistant Community", "community@home-assistant.example.io"),
      headers={"List-Unsubscribe": "<https://community.home-assistant.example.io/email/unsubscribe/93ab>",
               "Precedence": "list", "Auto-Submitted": "auto-generated"},
      fmt="alt",
      body="""Popular topics since your last visit

* Automation kills my heating at 3am every night — 14 replies
  "Check the trace. My money's on the 'away mode' automation firing
  because your phone's location goes stale overnight."

* Zigbee network dies whenever the microwave is on — 31 replies
  "Channel 11 and a microwave. Classic. Move Zigbee to channel 25."

* Show off your dashboards (2026 edition) — 212 replies

* Smart smoke alarms: which ones actually integrate locally? — 9 replies

You are receiving this summary because you haven't visited in a week.
""",
      tags=("tech-list", "hobby", *HNV))

# 19 --------------------------------------------------------------------------
c.add("bulk", subject="Wordfence alert: 3,118 brute force attempts blocked on " + SITE,
      sender=("Wordfence", f"wordpress@{SITE}"),
      body=f"""This email was sent from your website "{c.clp[0]}" by the Wordfence plugin at
Sunday 17th May 2026 at 4:02:11 am

The Wordfence administrative URL for this site is: https://www.{SITE}/wp-admin/admin.php?page=Wordfence

Wordfence has blocked 3,118 attacks in the last 24 hours.

Top IPs blocked:
  45.x.x.x (Netherlands) — 1,402 login attempts
  103.x.x.x (Vietnam) — 883 login attempts
  194.x.x.x (Russia) — 611 login attempts

Top usernames tried: admin, administrator, secretary, wp-admin, test

An attacker was also blocked from accessing the vulnerable file
/wp-content/plugins/old-contact-form/upload.php.

No action is required. To change your alert options, go to the
Wordfence options page.

--
To change your alert options for Wordfence, visit:
https://www.{SITE}/wp-admin/admin.php?page=WordfenceOptions
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 20 --------------------------------------------------------------------------
c.add("other", subject="Re: the forms ticket",
      sender=("Bongani Dlamini", "bongani@dlamini.example.co.za"),
      body=c.quote_reply(f"""Hey {SEC}, sorry if I came across as snippy on the ticket yesterday.
I'd been up since five with the baby and your review was correct, I
just didn't want it to be. I've made the changes, the formset no
longer explodes on an empty POST and there's a test for it.

Thanks for being patient with me. Drinks on me if you're ever in
Cape Town, or more realistically at DjangoCon.

B""", """Bongani, I don't think this is ready yet. If the management form is
missing, the whole view blows up with a 500 rather than a validation
error. Can you add a test for an empty POST before we merge?""",
                         quoted_from=f"{SEC_NAME} <{SEC_ADDR}>", style="gmail"),
      tags=("tech-list", "personal", *HNV))

# 21 --------------------------------------------------------------------------
c.add("query", subject="quick non-tech question",
      sender=("Kirsty Baird", "kirsty.baird@example-mail.scot"),
      body=f"""hiya {SEC}

its Kirsty from the Glasgow Django meetup (purple hair, the one who
broke the projector). someone said you're the Labour person to ask.
my landlord is trying to put the rent up 18% and the letting agent wont
answer emails. does the MP do surgeries where you can just turn up or
do you need to book? and is it the MSP or the MP i should be going to
for housing stuff, i genuinely have no idea

cheers
K
""",
      tags=("tech-list", "confuser"))

# 22 --------------------------------------------------------------------------
c.add("bulk", subject="Django Girls Glasgow: coaches needed for 27 June",
      sender=("Django Girls Glasgow", "glasgow@djangogirls.example.org"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="alt",
      body="""Hello coaches, past and future!

Our next free one-day workshop is on Saturday 27 June at the Technology
Innovation Centre on George Street. We have 48 attendees and need 16
coaches (3 attendees per coach).

You don't need to be a Django expert. If you can explain what a
for-loop is and stay calm when someone's virtualenv does something
inexplicable, you're qualified.

There's a short coach briefing on Friday evening at 6 online.

Sign up to coach: https://djangogirls.example.org/glasgow/coach

Thank you!
The Django Girls Glasgow team
""",
      tags=("tech-list", "newsletter"))

# 23 --------------------------------------------------------------------------
c.add("bulk", subject="Re: [SAtalk] top-posting (was: Re: Re: Re: Re: AW: bayes question)",
      sender=("Alistair MacAulay", "ali@example-macaulay.scot"),
      to="users@spamassassin.example.org",
      headers=c.list_headers("SpamAssassin users", domain="spamassassin.example.org"),
      body="""> Thanks that worked!!
> [640 lines of quoted digest]

Hennie, I'm delighted it worked. I am slightly less delighted that my
phone had to download 640 lines of quote to find out.

Everyone: trim your quotes. Reply underneath the bit you're replying
to. One more digest quoted in full and I'm coming after the lot of you
with the traditional clue-by-four. :-)

(For the record: the fix was sa-learn --force-expire and restarting
spamd. That's it. That's the thread.)

--
Ali
""",
      tags=("tech-list", *HNV))

# 24 --------------------------------------------------------------------------
c.add("bulk", subject="como ejecutar SQL crudo en una vista? / how to execute raw SQL",
      sender=("Luis Ángel Paredes", "luisangel.paredes@example.pe"),
      to="django-users@googlegroups.example.com",
      headers=google_group("django-users"),
      body="""Hello, sorry my english is not very good.

I need execute a raw SQL query in a view because the ORM make a very
slow query with 5 joins. I try Model.objects.raw() but it need the
primary key in the result and my query is an aggregate (SUM, GROUP BY),
so don't have primary key.

What is the correct way? connection.cursor()? Is safe against SQL
injection if I use the params argument?

Thank you very much and greetings from Arequipa.
Luis
""",
      tags=("tech-list", *HNV))

# 25 --------------------------------------------------------------------------
c.add("bulk", subject="Django News - Issue #318",
      sender=("Django News", "newsletter@django-news.example.com"),
      headers=c.newsletter_headers("Mailerlite"),
      fmt="html",
      html_body="""<html><body style="font-family:Georgia,serif;max-width:600px;margin:auto">
<h1 style="color:#0c4b33">Django News</h1><p><i>Issue #318 &middot; a weekly roundup</i></p>
<h3>News</h3>
<p><b>Django 6.0.3 and 5.2.9 security releases</b> &mdash; upgrade now; one of them is an SQL injection
on Oracle.</p>
<h3>Articles</h3>
<p><b>Killing N+1 queries for good</b> &mdash; a practical guide to select_related, prefetch_related
and the new query-count assertions.</p>
<p><b>The death of the settings.py monolith</b> &mdash; why one team split configuration into twelve files
and then went back to one.</p>
<p><b>Background tasks in core: a first look</b></p>
<h3>Jobs</h3>
<p>Senior Django Developer at a housing charity (remote, UK)</p>
<p style="font-size:11px;color:#888"><a href="#">Unsubscribe</a></p>
</body></html>""",
      body="",
      tags=("tech-list", "newsletter", *HNV))

# 26 --------------------------------------------------------------------------
c.add("bulk", subject="[CloudShield] DDoS attack mitigated on " + SITE,
      sender=("CloudShield Notifications", "notify@cloudshield.example.net"),
      headers={"X-Notification-Type": "ddos_attack_l7"},
      body=f"""Hello,

We detected and mitigated an HTTP DDoS attack on your zone {SITE}.

  Start time:   2026-05-29 20:41 UTC
  End time:     2026-05-29 20:58 UTC
  Peak rate:    41,200 requests per second
  Attack type:  HTTP flood (randomised query strings)
  Target path:  /events/

No action is needed. Your origin received no attack traffic.

You can view the details in the Security > Events dashboard.

— CloudShield
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 27 --------------------------------------------------------------------------
c.add("bulk", subject="Re: exim paniclog not empty on startup",
      sender=("Hamish Strachan", "hamish@strachan.example.scot"),
      to="exim-users@lists.exim.example.org",
      headers=c.list_headers("exim-users", domain="lists.exim.example.org"),
      body="""Don't panic about the paniclog. :)

That warning is one line left over from when you had the wrong
permissions on /var/spool/exim4/db three weeks ago. Exim complains at
startup that the paniclog is non-empty, it doesn't mean anything is
currently wrong. Read it, fix whatever it says if it's still relevant,
then truncate it:

  : > /var/log/exim4/paniclog

and the nag stops.

Hamish
""",
      tags=("tech-list", *HNV))

# 28 --------------------------------------------------------------------------
c.add("bulk", subject="Top stories this week: \"Kill your darlings (and your microservices)\"",
      sender=("Tech Digest Weekly", "digest@techdigest.example.com"),
      headers=c.newsletter_headers(),
      body="""TECH DIGEST WEEKLY

1. Kill your darlings (and your microservices): how we went back to a
   monolith and halved our cloud bill  (812 points, 402 comments)

2. The slow death of the personal homepage  (544 points)

3. Show: a terminal game where you hunt bugs with a shotgun  (390 points)

4. Postmortem: how one expired certificate took down a bank's app for
   nine hours  (377 points)

5. Ask: what's the most cursed production system you've maintained?
   (301 points, 688 comments)

Manage subscription | Unsubscribe
""",
      tags=("tech-list", "newsletter", *HNV))

# 29 --------------------------------------------------------------------------
c.add("bulk", subject="New answer to \"How to make sure all child processes die when the parent is killed?\"",
      sender=("Stack Exchange", "do-not-reply@stackexchange.example.com"),
      body="""A new answer was posted to your question on Unix & Linux:

  How to make sure all child processes die when the parent is killed?

  by user "trapd00r":

  "On Linux, have each child call prctl(PR_SET_PDEATHSIG, SIGKILL)
  right after fork. When the parent dies, for any reason including
  SIGKILL, the kernel sends the child SIGKILL too. Watch out for the
  race if the parent dies between fork() and prctl(): check getppid()
  afterwards..."

View this answer: https://unix.stackexchange.example.com/a/771902

You're receiving this because you asked this question.
Unsubscribe from these notifications.
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 30 --------------------------------------------------------------------------
c.add("bulk", subject="Your ticket for DjangoCon Europe 2026",
      sender=("DjangoCon Europe via Tito", "tickets@tito.example.io"),
      fmt="alt",
      body=f"""Hi {SEC},

Thanks for registering for DjangoCon Europe 2026!

Ticket: Conference (individual) — 3 days
Reference: DCEU-7R2K-1
Attendee: {SEC_NAME}
Venue: Kongresshaus, Zürich
Dates: 3–5 June 2026, sprints 6–7 June

Your ticket is attached as a PDF with a QR code. Bring it on your phone
or printed. Badges are collected from the registration desk from 8am.

Please read our Code of Conduct before the event.

See you in Zürich!
""",
      tags=("tech-list", "confuser", "robot-no-list-headers"))

# 31 --------------------------------------------------------------------------
c.add("other", subject="Raj leaving do - Fri 12th",
      sender=("Siobhan Quigley", "siobhan.q@example-work.co.uk"),
      to=[SEC_ADDR, "marcus.eld@example-mail.com", "priya.v@example-mail.com", "d.wong@example-mail.co.uk"],
      body="""Team (ex-team, whatever we are now),

Raj is finally escaping to Edinburgh so we're giving him a proper
send-off. Friday 12th, from 6ish, Drum and Monkey on St Vincent St.
There will be a pub quiz that Marcus has written, which means it will
be brutal, unfair, and at least a third about 90s Scottish indie bands.
Bring your A-game or prepare to be destroyed.

Collection for a present: I'll send round a link. Don't feel you have
to, obviously.

Let me know if you're coming so I can tell the pub roughly how many.

Shiv x
""",
      tags=("personal", "work", *HNV))

# 32 --------------------------------------------------------------------------
c.add("bulk", subject="KN-442 Payments service keeps dying in prod after 2am batch",
      sender=("Jira", "jira@example-work.atlassian.example.net"),
      headers={"X-JIRA-FingerPrint": "b7f1c2", "Auto-Submitted": "auto-generated",
               "Precedence": "bulk"},
      fmt="html",
      html_body="""<html><body style="font-family:Arial;font-size:14px">
<p><b>Morven Ellis</b> created an issue</p>
<table style="border:1px solid #ccc;padding:8px;width:600px">
<tr><td><a href="#">Platform</a> / <a href="#">KN-442</a></td></tr>
<tr><td style="font-size:18px"><b>Payments service keeps dying in prod after 2am batch</b></td></tr>
<tr><td>Issue Type: Bug &middot; Priority: High &middot; Assignee: Unassigned</td></tr>
<tr><td><p>Three nights running, payments-svc pods get OOMKilled shortly after the reconciliation batch
starts. Kubernetes restarts them, but the in-flight jobs are lost and finance are re-running them by hand
in the morning.</p>
<p>Suspect the batch loads the full ledger into memory. Can someone take a look today? Happy to pair.</p></td></tr>
</table>
<p style="font-size:11px;color:#888">Get Jira notifications on your phone! Download the Jira Cloud app.</p>
</body></html>""",
      body="",
      tags=("work", "confuser", "robot-no-list-headers", *HNV))

# 33 --------------------------------------------------------------------------
c.add("bulk", subject="[TRIGGERED] #8812 api-prod: container killed (OOM) on node pool-b-3",
      sender=("PagerDuty", "no-reply@pagerduty.example.com"),
      headers={"X-PagerDuty-Incident": "8812"},
      body="""Incident #8812 has been TRIGGERED and assigned to you.

Service: api-prod
Summary: container killed (OOM) on node pool-b-3 — 4 restarts in 10m
Urgency: High
Escalation policy: Platform on-call

Acknowledge: https://example-work.pagerduty.example.com/incidents/8812/ack
Resolve: https://example-work.pagerduty.example.com/incidents/8812/resolve

You are receiving this because you are on call.
""",
      tags=("work", "confuser", "robot-no-list-headers", *HNV))

# 34 --------------------------------------------------------------------------
c.add("bulk", subject="You have new messages in #incidents",
      sender=("Slack", "feedback@slack.example.com"),
      headers=c.newsletter_headers(),
      fmt="alt",
      body="""You have 3 unread messages in #incidents (Example Work):

Morven Ellis  10:02
  who killed staging?? all the pods are gone

Dev Parmar  10:04
  me sorry 🙈 ran the cleanup script against the wrong context

Morven Ellis  10:05
  fair enough, happens to the best of us. redeploying now, give it 10 min

Reply in Slack

You're getting this email because you have unread messages. To change
how often you get these, go to your notification preferences.
""",
      tags=("work", "confuser", *HNV))

# 35 --------------------------------------------------------------------------
c.add("bulk", subject="Kirsty sent you a message in Microsoft Teams",
      sender=("Microsoft Teams", "noreply@email.teams.example.com"),
      fmt="html",
      html_body="""<html><body style="font-family:'Segoe UI',sans-serif">
<table width="520" style="border:1px solid #e1dfdd;padding:16px"><tr><td>
<p style="color:#6264a7;font-weight:bold">Kirsty Munro sent a message</p>
<p style="background:#f3f2f1;padding:12px">Morning! can you shoot me the Q2 figures when you get a sec?
Finance are breathing down my neck and I'd rather they didn't execute me before lunch &#128517;</p>
<p><a href="#" style="background:#6264a7;color:#fff;padding:8px 14px;text-decoration:none">Reply in Teams</a></p>
</td></tr></table>
<p style="font-size:10px;color:#999">You're receiving this because you have unread activity in Teams.</p>
</body></html>""",
      body="",
      tags=("work", "confuser", "robot-no-list-headers", *HNV))

# 36 --------------------------------------------------------------------------
c.add("bulk", subject="Re: Bayes poisoning: hash-busting attack again",
      sender=("Dr Ingrid Sørensen", "ingrid@example-uni.dk"),
      to="users@spamassassin.example.org",
      headers=c.list_headers("SpamAssassin users", domain="spamassassin.example.org", precedence=False),
      body="""The random-word padding isn't new, it's the same trick from 2004 with a
bigger dictionary. What's different is that they're pulling the padding
from the recipient's own sent mail (presumably from a compromised
mailbox somewhere in the chain), so it looks like the victim's own
vocabulary.

Bayes alone won't save you here. Weight the network tests more
heavily and look at the Received chain; these all come through the
same three hosting ranges.

Ingrid
""",
      tags=("tech-list", *HNV))

# 37 --------------------------------------------------------------------------
c.add("bulk", subject="[ANNOUNCE] Apache SpamAssassin 4.0.3 available",
      sender=("Sidney Markowitz-Lee", "release@spamassassin.example.org"),
      to="announce@spamassassin.example.org",
      headers=c.list_headers("SpamAssassin announce", domain="spamassassin.example.org"),
      body="""Apache SpamAssassin 4.0.3 is now available! This is a maintenance
release of the 4.0.x series.

Highlights:
 - Fix a regression where spamd children could hang indefinitely on a
   malformed MIME boundary (bug 8360)
 - Fix a denial-of-service in the DMARC plugin triggered by huge
   DNS responses (CVE-2026-30051)
 - sa-update: retry on transient DNS failures instead of aborting

Downloads and signatures: https://spamassassin.example.org/downloads.cgi

On behalf of the Apache SpamAssassin PMC,
Sidney
""",
      tags=("tech-list", "newsletter", *HNV))

# 38 --------------------------------------------------------------------------
c.add("bulk", subject="Re: fuzzy storage growing forever - the nuclear option?",
      sender=("Vsevolod-not-that-one", "vs@example-mailops.lv"),
      to="rspamd-users@lists.rspamd.example.com",
      headers=c.list_headers("rspamd-users", domain="lists.rspamd.example.com", precedence=False),
      body="""Before you nuke it: set expire = 90d in the fuzzy storage worker, restart,
and it'll prune on its own over the next day. Deleting the whole
database means you lose all your learned hashes and spam will walk
straight in for a week.

If you really want the nuclear option, stop rspamd, move the sqlite
file away (don't delete it, you'll want it back), start again.
""",
      tags=("tech-list", *HNV))

# 39 --------------------------------------------------------------------------
c.add("bulk", subject="Scheduled maintenance: hypervisor reboots on 9 June",
      sender=("Thistle Hosting", "status@thistlehosting.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      body="""Dear customer,

We will be applying kernel security updates to the hypervisors in our
Glasgow (GLA1) data centre between 23:00 on Tuesday 9 June and 03:00 on
Wednesday 10 June.

Virtual servers on affected hosts will be shut down cleanly and
restarted, with an expected interruption of 5-15 minutes each. Please
make sure your services are set to start automatically at boot.

You do not need to do anything else.

If you have questions, reply to this email or open a ticket.

Thistle Hosting Ltd
Registered in Scotland No. SC000000
""",
      tags=("tech-list", "newsletter"))

# 40 --------------------------------------------------------------------------
c.add("bulk", subject="OpenSSL Security Advisory [HIGH]",
      sender=("OpenSSL", "openssl-security@openssl.example.org"),
      to="openssl-announce@openssl.example.org",
      headers=c.list_headers("openssl-announce", domain="openssl.example.org"),
      body="""OpenSSL Security Advisory [10th June 2026]
==========================================

Stack buffer overflow in X.509 name constraint checking (CVE-2026-6102)
========================================================================

Severity: High

Issue summary: Processing a maliciously crafted certificate chain can
lead to a stack buffer overflow.

Impact summary: A buffer overflow could result in a crash (causing a
Denial of Service) or, on some platforms, potentially remote code
execution. An attacker needs a CA to sign the malicious certificate, or
the application must continue verification despite a failure to
construct a path to a trusted issuer.

OpenSSL 3.5, 3.4 and 3.0 are vulnerable. Users should upgrade to
3.5.2, 3.4.4 or 3.0.18.
""",
      tags=("tech-list", "newsletter", *HNV))

# 41 --------------------------------------------------------------------------
c.add("bulk", subject="WPScan Weekly: 43 new WordPress vulnerabilities",
      sender=("WPScan", "newsletter@wpscan.example.com"),
      headers=c.newsletter_headers("Mailchimp"),
      body="""This week in WordPress security

Critical
  * Old Contact Form <= 2.3.1 — Unauthenticated Arbitrary File Upload
    leading to Remote Code Execution. No fix available; the plugin has
    been closed. If you use it, remove it now.

High
  * Event Booking Pro < 4.8.2 — SQL Injection via the "sort" parameter
  * Gallery Slider < 1.19 — Stored XSS by Contributor+

Medium
  * 12 issues, mostly CSRF in settings pages

Tip of the week: a plugin you don't use is still attack surface. If
it's deactivated, delete it.

Unsubscribe | Update preferences
""",
      tags=("tech-list", "newsletter", *HNV))

# 42 --------------------------------------------------------------------------
c.add("query", subject="Thursday's meeting - can non-members come?",
      sender=("Dev Parmar", "dev.parmar@example-mail.co.uk"),
      body=f"""Hi {SEC},

Dev from work here (the one who killed staging last week, yes, still
sorry). You mentioned at lunch that your local party was debating a
motion about digital skills funding for colleges on Thursday. I'd be
quite interested to hear that, I teach an evening coding class at the
college in Maryhill.

Can non-members sit in, or is it members only? If it's only members,
no worries at all.

Dev
""",
      tags=("work", "confuser", *HNV))

# 43 --------------------------------------------------------------------------
c.add("other", subject="Senior Python Engineer - Edinburgh - killer equity package",
      sender=("Bryony Aitchison", "bryony@talentforge-recruitment.example.co.uk"),
      body=f"""Hi {SEC},

Hope you're well! I came across your GitHub (love pyqueue!) and think
you'd be a great fit for a role I'm working on.

My client is a Series B fintech in Edinburgh, 80 people, backed by two
top-tier VCs. They're looking for a Senior Python Engineer to lead the
platform team.

 - £85-100k + a genuinely killer equity package
 - Hybrid, 2 days a week in the office (Haymarket)
 - Tech: Python, Django, Postgres, Kubernetes

Would you be open to a quick 15-minute chat this week? Even if it's not
right for you, I'd love to know who you think would smash it.

Best,
Bryony Aitchison
Senior Consultant | TalentForge
07700 900118
""",
      tags=("tech-list", *HNV))

# 44 --------------------------------------------------------------------------
c.add("bulk", subject="Sessionize: update on your session for PyCon UK 2026",
      sender=("Sessionize", "noreply@sessionize.example.com"),
      body="""Hi,

Thank you for submitting "Your task queue is lying to you: surviving
SIGKILL in production" to PyCon UK 2026.

The organisers received over 400 submissions for around 80 slots, and
unfortunately your session was not selected this year. This was not an
easy decision and does not reflect on the quality of your proposal.

The organisers have asked us to let you know that they'd welcome a
resubmission next year, and that your proposal has been added to the
reserve list in case of cancellations.

— The Sessionize team, on behalf of PyCon UK
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 45 --------------------------------------------------------------------------
c.add("bulk", subject="Laravel Weekly #611",
      sender=("Laravel Weekly", "hello@laravelweekly.example.com"),
      headers=c.newsletter_headers("Campaign Monitor"),
      fmt="alt",
      body="""LARAVEL WEEKLY #611

Queue workers that die silently: supervisor vs systemd
  Why your `queue:work` process exits after a deploy and how to stop
  it taking your jobs with it.

Horizon 6: auto-scaling and a new "kill switch" for runaway queues

Testing mail without sending it

Package of the week: a tiny middleware that throttles brute-force
login attacks per account, not just per IP.

--
You're receiving this because you subscribed at laravelweekly.example.com
Unsubscribe
""",
      tags=("tech-list", "newsletter", *HNV))

# 46 --------------------------------------------------------------------------
c.add("bulk", subject="Re: [pallets/flask] Dev server hangs on Ctrl-C under Windows (#5811)",
      sender=("Adebayo Ogunleye", "notifications@github.example.com"),
      reply_to="pallets/flask <reply+XYZ987@reply.github.example.com>",
      headers={"List-ID": "pallets/flask <flask.pallets.github.example.com>",
               "List-Archive": "https://github.example.com/pallets/flask",
               "X-GitHub-Reason": "subscribed", "Precedence": "list"},
      body="""@adebayo-o commented on this issue.

This is the reloader. On Windows, Ctrl-C goes to the whole console
group, the reloader's child process gets killed first and the parent
then sits waiting on it forever. Running with --no-reload makes it go
away for me, which narrows it down.

Not a Flask bug as such, more a Werkzeug one. I'll open it over there
and link back.

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you are subscribed to this thread.
""",
      tags=("tech-list", *HNV))

# 47 --------------------------------------------------------------------------
c.add("bulk", subject="Re: we got hit by a spam run through our contact form",
      sender=("Morag Dunbar", "morag.dunbar@example-charity.org.uk"),
      to="uk-charity-it@lists.example-ncvo.org.uk",
      headers=c.list_headers("uk-charity-it", domain="lists.example-ncvo.org.uk"),
      body="""Same thing happened to us in February. A bot found our old contact form
and used it to fire 11,000 messages at random addresses with our domain
in the From line. Our domain reputation got murdered for about a month;
even our payroll emails were going to junk.

What fixed it:
1. Turnstile/hCaptcha on every public form.
2. Forms send to us only, never an arbitrary address the visitor types.
3. Proper SPF/DKIM/DMARC (we were on p=none; now quarantine).

Happy to share our DMARC record if it helps. Don't beat yourself up,
half the sector has had this.

Morag
Digital & Systems Officer
""",
      tags=("tech-list", *HNV))

# 48 --------------------------------------------------------------------------
c.add("bulk", subject="Python security: tarfile path traversal (CVE-2026-4017)",
      sender=("Python Security Response Team", "security-announce@python.example.org"),
      to="security-announce@mail.python.example.org",
      headers=c.list_headers("security-announce", domain="mail.python.example.org"),
      body="""A vulnerability has been found in the tarfile module when extracting
archives with the "data" filter in certain edge cases involving hard
links. A crafted archive could write files outside the destination
directory, which an attacker could use to overwrite configuration or
execute code on next start.

Affected: CPython 3.12.0 - 3.12.11, 3.13.0 - 3.13.5, 3.14.0b1 - b3
Fixed in: 3.12.12, 3.13.6, 3.14.0b4

Mitigation: do not extract archives from untrusted sources, or validate
members manually before extraction.

Thanks to the reporter for coordinated disclosure.
""",
      tags=("tech-list", "newsletter", *HNV))

# 49 --------------------------------------------------------------------------
c.add("bulk", subject="LWN.net Weekly Edition for June 18, 2026",
      sender=("LWN.net", "lwn@lwn.example.net"),
      headers={"List-Id": "<weekly.lwn.example.net>", "Precedence": "bulk"},
      body="""The LWN.net Weekly Edition for June 18, 2026 is available.

Inside this week's edition:

  Front: The OOM killer gets a policy language; Debian and the
         AI-generated-patch question; Maintainer burnout, again.
  Briefs: Rust in the block layer; GNOME drops X11 session; Quotes.
  Announcements: Newsletters, conferences, security updates, kernel
         patches of interest.

https://lwn.example.net/Articles/1029911/

Thank you for subscribing to LWN.
""",
      tags=("tech-list", "newsletter", *HNV))

# 50 --------------------------------------------------------------------------
c.add("bulk", subject="Re: dovecot: imap process killed by signal 9",
      sender=("Timo-again", "t.lehtinen@example-fi.net"),
      to="dovecot@dovecot.example.org",
      headers=c.list_headers("dovecot", domain="dovecot.example.org"),
      body="""> Jun 20 08:14:55 mail dovecot: imap(jo@example.com)<44109>: Fatal:
> master: service(imap): child 44109 killed with signal 9 (memory
> usage too high?)

It tells you what's wrong: the process hit vsz_limit and got killed.
That user almost certainly has a folder with a few hundred thousand
messages. Either raise the limit:

  service imap {
    vsz_limit = 2G
  }

or find the mailbox and persuade them that 280,000 messages in INBOX is
not a filing system.
""",
      tags=("tech-list", *HNV))

# 51 --------------------------------------------------------------------------
c.add("other", subject="thanks for the talk",
      sender=("Eilidh Sinclair", "eilidh.sinclair@example-uni.ac.uk"),
      body=f"""Dear {SEC},

I just wanted to say thank you for your talk at the Glasgow Python
meetup on Wednesday. I'm a second-year PhD student and I've been
fighting with zombie processes in my simulation pipeline for months;
your explanation of process groups and PR_SET_PDEATHSIG was the first
one that actually made sense to me. I fixed it the next morning.

I was too shy to come and say so in person!

Best wishes,
Eilidh
""",
      tags=("tech-list", "personal", *HNV))

# 52 --------------------------------------------------------------------------
c.add("bulk", subject="Re: [django-users] Admin inline hangs the browser with 5000 rows",
      sender=("Chiara Benedetti", "chiara.b@example-studio.it"),
      to="django-users@googlegroups.example.com",
      headers=google_group("django-users"),
      body="""Use raw_id_fields or autocomplete_fields on the inline's foreign keys.
The admin is rendering a <select> with every possible related object
for each of the 5000 rows, so that's 5000 x (however many options)
<option> tags. The browser isn't hung, it's drowning.

And maybe don't use an inline for 5000 rows. Give them their own
changelist with a filter.
""",
      tags=("tech-list", *HNV))

# 53 --------------------------------------------------------------------------
c.add("query", subject="Re: Glasgow Python meetup - venue for October?",
      sender=("Callum Dewar", "callum.dewar@example-mail.com"),
      body=c.quote_reply(f"""Thanks {SEC}, that's really helpful. One more thing while I've got
you: you said your party sometimes books the community hall on Garscube
Road for meetings. Is that something we could use too, or is it only
available through the party? If so, who do I ask, the hall or you?
We'd need it one Wednesday evening a month, about 40 people.""",
                         """No idea about the library, I'm afraid, but the Hub on Trongate did
us a good deal last year. Ask for Siobhan.""",
                         quoted_from=f"{SEC_NAME} <{SEC_ADDR}>", style="gmail"),
      tags=("tech-list", "confuser"))

# 54 --------------------------------------------------------------------------
c.add("bulk", subject="[mailop] Re: who else is getting hammered by the Outlook throttling?",
      sender=("Ruaridh Grant", "rgrant@example-esp.com"),
      to="mailop@mailop.example.org",
      headers=c.list_headers("mailop", domain="mailop.example.org", precedence=False),
      body="""We're getting hammered too. Since Monday, 4xx deferrals on anything
over about 200 messages an hour per IP, regardless of reputation. Their
postmaster form gives the usual "no issues detected" reply. I'd love to
know who decided to roll this out on a bank holiday week.

We've spread the sends over more IPs and it's survivable, but our
newsletter customers are not happy that their "urgent" sale mail is
arriving two days late.
""",
      tags=("tech-list", *HNV))

# 55 --------------------------------------------------------------------------
c.add("bulk", subject="Your Stack Overflow weekly digest",
      sender=("Stack Overflow", "do-not-reply@stackoverflow.example.com"),
      headers=c.newsletter_headers(),
      fmt="html",
      html_body="""<html><body style="font-family:Arial">
<h3>Top questions in your tags this week: python, postgresql, django</h3>
<ol>
<li><a href="#">Why does my Django migration hang forever on a large table?</a> &mdash; 14 answers</li>
<li><a href="#">Gracefully kill a Flask dev server from a test</a> &mdash; 6 answers</li>
<li><a href="#">PostgreSQL: which backend is blocking my ALTER TABLE?</a> &mdash; 9 answers</li>
<li><a href="#">asyncio.run() aborts with "Event loop is closed" on Windows</a> &mdash; 4 answers</li>
</ol>
<p style="font-size:11px;color:#999"><a href="#">Unsubscribe from this digest</a></p>
</body></html>""",
      body="",
      tags=("tech-list", "newsletter", *HNV))

c.write()
