"""train/to1: mail that is not party business, part 1 — technical lists and robots
(Linux distributions, Python, databases, a small VPS the secretary runs).
All content hand-written. Secretary for seed 2801 is read from the Corpus."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "to1", seed=2801)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]
HNV = ("hard-negative", "benign-violent-word")


def mailman_footer(name, addr, url):
    return f"\n_______________________________________________\n{name} mailing list\n{addr}\n{url}\n"


# 1 ---------------------------------------------------------------------------
c.add("bulk", subject="Re: OOM killer keeps killing postgres on a 2GB VPS",
      sender=("Gunnar Halvorsen", "gunnar.h@fastmail.example.no"),
      to="debian-user@lists.debian.org",
      headers=c.list_headers("debian-user", domain="lists.debian.org"),
      body="""On Tue, Mar 10, 2026 at 09:14:52PM +0000, Colm Brady wrote:
> Every night around 02:00 the kernel OOM killer picks postgres as the
> victim and the whole site goes down until I notice in the morning.
> dmesg says "Out of memory: Killed process 811 (postgres)". Is there a
> way to tell it to kill something else instead?

You can, but you probably shouldn't start there. Something at 02:00 is
eating the memory; find out what before you start arguing with the OOM
killer about who it shoots first.

That said, for the record:

  echo -1000 > /proc/$(pidof -s postgres)/oom_score_adj

will make the postmaster effectively immune, and the killer will go after
the next fattest process instead. Note that if the postmaster survives
but one of its backends gets killed, postgres will restart all backends
anyway, so you gain less than you think.

My bet: logrotate or a backup job at 02:00 plus a too-generous
shared_buffers. Check `journalctl --since 01:55 --until 02:05`.

> I'm on bookworm, 2 GB RAM, no swap.

No swap is your problem. Add 1-2 GB of swapfile and watch the problem
mostly go away.

--
Gunnar
""" + mailman_footer("debian-user", "debian-user@lists.debian.org", "https://lists.debian.org/debian-user/"),
      tags=("tech-list", *HNV))

# 2 ---------------------------------------------------------------------------
c.add("bulk", subject="debian-user Digest, Vol 2026 Issue 371",
      sender=("debian-user-request@lists.debian.org", "debian-user-request@lists.debian.org"),
      headers={**c.list_headers("debian-user", domain="lists.debian.org"), "X-Digest": "yes"},
      body="""Send debian-user mailing list submissions to
	debian-user@lists.debian.org

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.debian.org/debian-user/
or, via email, send a message with subject or body 'help' to
	debian-user-request@lists.debian.org

When replying, please edit your Subject line so it is more specific
than "Re: Contents of debian-user digest..."


Today's Topics:

   1. Re: sudo hangs for 20 seconds before the password prompt (Ilse Vermeulen)
   2. Re: Printer stopped working after upgrade (Bernard Quigley)
   3. Which filesystem for a 4TB USB disk? (tomasz.b)
   4. Re: Which filesystem for a 4TB USB disk? (Ilse Vermeulen)


----------------------------------------------------------------------

Message: 1
Date: Wed, 11 Mar 2026 08:02:11 +0100
From: Ilse Vermeulen <ilse@vermeulen.example.nl>
Subject: Re: sudo hangs for 20 seconds before the password prompt

> sudo just sits there for ages, then asks for the password.

Classic DNS timeout. Your hostname isn't in /etc/hosts, so sudo tries
to resolve it and waits for the resolver to give up. Add

127.0.1.1   yourhostname

and the hang goes away.

------------------------------

Message: 2
Date: Wed, 11 Mar 2026 07:40:55 +0000
From: Bernard Quigley <bq@quigley-family.example.org>
Subject: Re: Printer stopped working after upgrade

Did you try removing and re-adding it in the CUPS web interface? The
driverless IPP stuff replaced the old PPD on mine and it just worked
after that. Took me two evenings to find out, mind.

------------------------------

Message: 3
Date: Wed, 11 Mar 2026 10:19:30 +0100
From: tomasz.b <tomasz.b@poczta.example.pl>
Subject: Which filesystem for a 4TB USB disk?

Hello, I want to use one big disk for backups, only Linux machines.
ext4 or btrfs? I read btrfs can die if power is lost. Is it true still?

Thanks, Tomasz

------------------------------

Message: 4
Date: Wed, 11 Mar 2026 10:47:02 +0100
From: Ilse Vermeulen <ilse@vermeulen.example.nl>
Subject: Re: Which filesystem for a 4TB USB disk?

ext4. Boring, and boring is what you want for backups.

------------------------------

End of debian-user Digest, Vol 2026 Issue 371
**********************************************
""",
      tags=("tech-list", *HNV))

# 3 ---------------------------------------------------------------------------
c.add("bulk", subject="Re: F45 Change Proposal: Retire i686 multilib (System-Wide)",
      sender=("Rafael Quintana", "rquintana@fedoraproject.example.org"),
      to="devel@lists.fedoraproject.org",
      headers={"List-Id": "Development discussions related to Fedora <devel.lists.fedoraproject.org>",
               "List-Archive": "<https://lists.fedoraproject.org/archives/list/devel@lists.fedoraproject.org/>",
               "List-Post": "<mailto:devel@lists.fedoraproject.org>",
               "List-Unsubscribe": "<mailto:devel-leave@lists.fedoraproject.org>"},
      body="""On Thu, 2026-04-02 at 17:22 +0200, Hendrik Aalders wrote:
> We have been here three times now. Every time someone proposes this,
> the Steam people turn up and the proposal dies. What is different this
> time?

What is different is that the number of packages building i686 only for
multilib has gone from ~2,000 to a little under 600, and most of those
are dependencies of exactly two things: Wine and Steam. So the proposal
is no longer "kill 32-bit", it is "stop shipping 32-bit for the 560
packages nobody needs it for".

I know the thread title makes it sound like we are taking a chainsaw to
it. We aren't. Read the "Scope" section again, please, before replying
with another variant of "you will break my games".

> I'm not against it. I'm against doing it in a release that also
> changes the default filesystem options.

That's a fair point and I'm happy to push it to F46 if FESCo prefers.

Rafael

--
_______________________________________________
devel mailing list -- devel@lists.fedoraproject.org
To unsubscribe send an email to devel-leave@lists.fedoraproject.org
Fedora Code of Conduct: https://docs.fedoraproject.org/en-US/project/code-of-conduct/
""",
      tags=("tech-list", *HNV))

# 4 ---------------------------------------------------------------------------
c.add("bulk", subject="[arch-general] logind kills my tmux sessions when I log out",
      sender=("Sasha Lindqvist", "sasha@lindqvist.example.se"),
      to="arch-general@lists.archlinux.org",
      headers={**c.list_headers("arch-general", domain="lists.archlinux.org", precedence=False),
               "X-Mailman-Version": "3.3.9"},
      body="""Hi all,

Since some update last week, when I ssh into my home server, start a
tmux session and then disconnect, the whole session is gone when I come
back. ps shows nothing. It's like something is killing every process I
own the moment the last ssh session closes.

I have not touched logind.conf. Did the default for KillUserProcesses
change? I thought Arch shipped it as "no".

Anything else that could be doing this? It's driving me round the bend,
I had a 6-hour rsync running in there.

Sasha
""",
      tags=("tech-list", *HNV))

# 5 ---------------------------------------------------------------------------
c.add("bulk", subject="[ubuntu-uk] Manchester pub meet - Thursday 7pm",
      sender=("Nadeem Rasul", "nadeem.rasul@ubuntu-uk.example.org"),
      to="ubuntu-uk@lists.ubuntu.com",
      headers=c.list_headers("ubuntu-uk", domain="lists.ubuntu.com"),
      body="""Evening all,

Usual first-Thursday meet, this time upstairs at the Grey Heron on Oldham
Street from 7. I've booked the back room under "Ubuntu" which the barman
found hilarious.

No talks, no agenda, just beer and moaning about snaps. If you've got a
laptop that won't suspend properly bring it along and someone will have
a go.

Nadeem
--
ubuntu-uk@lists.ubuntu.com
https://lists.ubuntu.com/mailman/listinfo/ubuntu-uk
https://wiki.ubuntu.com/UKTeam/
""",
      tags=("tech-list",))

# 6 ---------------------------------------------------------------------------
c.add("bulk", subject="[SECURITY] [DSA 6190-1] openssh security update",
      sender=("Salvatore Bonaccorso", "carnil@debian.example.org"),
      to="debian-security-announce@lists.debian.org",
      headers={**c.list_headers("debian-security-announce", domain="lists.debian.org"),
               "X-Debian": "PGP check passed for security officers"},
      body="""-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA512

- -------------------------------------------------------------------------
Debian Security Advisory DSA-6190-1                   security@debian.org
https://www.debian.org/security/                     Salvatore Bonaccorso
April 14, 2026                        https://www.debian.org/security/faq
- -------------------------------------------------------------------------

Package        : openssh
CVE ID         : CVE-2026-31877 CVE-2026-31878

Several vulnerabilities were discovered in OpenSSH, an implementation of
the SSH protocol suite.

CVE-2026-31877

    A race condition in the signal handling of sshd could allow an
    unauthenticated remote attacker to execute arbitrary code with root
    privileges. Exploitation is believed to be difficult but not
    impossible on 32-bit systems.

CVE-2026-31878

    A flaw in the handling of agent forwarding could allow an attacker
    controlling a forwarded agent socket to crash the client (denial of
    service).

For the stable distribution (trixie), these problems have been fixed in
version 1:10.0p1-7+deb13u2.

We recommend that you upgrade your openssh packages.

For the detailed security status of openssh please refer to
its security tracker page at:
https://security-tracker.debian.org/tracker/openssh

Further information about Debian Security Advisories, how to apply
these updates to your system and frequently asked questions can be
found at: https://www.debian.org/security/

Mailing list: debian-security-announce@lists.debian.org
-----BEGIN PGP SIGNATURE-----

iQKTBAEBCgB9FiEERkRAmAjBceBVMd3uBUy48xNDz0QFAmnT2q5fFIAAAAAALgAo
aXNzdWVyLWZwckBub3RhdGlvbnMub3BlbnBncC5maWZ0aGhvcnNlbWFuLm5ldDQ2
=Vx3K
-----END PGP SIGNATURE-----
""",
      tags=("tech-list", "newsletter", *HNV))

# 7 ---------------------------------------------------------------------------
c.add("bulk", subject="Re: How do I kill a thread in Python?",
      sender=("Hartmut Vogel", "hvogel@example-vogel.de"),
      to="python-list@python.org",
      headers=c.list_headers("Python-list", domain="python.org"),
      body="""On 2026-05-06 at 22:40, Declan Foyle wrote:
> I have a worker thread that sometimes gets stuck in a C library call.
> I want the main thread to just kill it after 30 seconds. threading has
> no .kill(). What's the proper way?

There isn't one, and that's deliberate. A thread shares everything with
the rest of your process: if you could kill it in the middle of holding
a lock, or halfway through writing a file, or inside malloc, you'd leave
the whole process in an undefined state. That's why neither Python nor
pthreads (sensibly) gives you a way to murder a thread from outside.

Your options, roughly in order of how much I'd recommend them:

1. Make the work cooperative. Pass a threading.Event, check it between
   units of work, and return when it's set. Doesn't help if you're stuck
   inside one C call, which is your case.

2. Use a process instead of a thread. multiprocessing.Process has
   .terminate() (SIGTERM) and .kill() (SIGKILL), and the OS cleans up
   after it because it's a separate address space. This is the real
   answer for "untrusted or flaky C library".

3. concurrent.futures.ProcessPoolExecutor with a timeout on result(),
   and throw the pool away when it times out. Slightly clumsy but works.

4. The ctypes PyThreadState_SetAsyncExc hack. Don't. It only raises the
   exception when the thread next executes Python bytecode, so it won't
   interrupt your blocked C call anyway, and it's a great way to get
   exceptions in places nobody expects them.

> Surely this is a really common need?

It's a common want. It's rarely a need once you move the dangerous bit
into a subprocess.

--
Hartmut
--
https://mail.python.org/mailman3/lists/python-list.python.org/
""",
      tags=("tech-list", *HNV))

# 8 ---------------------------------------------------------------------------
c.add("bulk", subject="Re: Re: The walrus operator was a mistake (was: style question)",
      sender=("Orla Nic Giolla", "orla.ng@example.ie"),
      to="python-list@python.org",
      headers=c.list_headers("Python-list", domain="python.org"),
      body="""> It was a mistake in 2018 and it's a mistake now, and the fact that
> people are still writing five-paragraph defences of it proves my point.

Ah yes, the classic argument: "people disagree with me, therefore I am
right". Truly, the dialectic has never been so alive.

I've used := exactly where it helps: while (chunk := f.read(8192)), and
in comprehensions where I'd otherwise compute something twice. It
killed a dozen lines of awkward loop-and-a-half code in one of my
projects. If you don't like it, don't use it. Nobody is holding a gun
to your head and making you type a colon and an equals sign.

Can we please let this thread die now. It has been going for nine days
and nobody has changed their mind since day one.

Orla
""",
      tags=("tech-list", *HNV))

# 9 ---------------------------------------------------------------------------
c.add("bulk", subject="[Python Discussions] [PEPs] PEP 7xx: Deprecate and remove the `cgi` fallback in `urllib.parse`",
      sender=("Hanne via Discussions on Python.org", "notifications@discuss.python.example.org"),
      headers={"List-Id": "PEPs <peps.discuss.python.example.org>",
               "List-Archive": "https://discuss.python.example.org/t/pep-7xx-deprecate-cgi-fallback/88213",
               "List-Unsubscribe": "<https://discuss.python.example.org/email/unsubscribe/4e1f9a0c>",
               "Precedence": "list",
               "Auto-Submitted": "auto-generated",
               "X-Discourse-Post-Id": "301772",
               "X-Discourse-Topic-Id": "88213"},
      fmt="alt",
      body="""Hanne
May 19

I'm broadly in favour, but the PEP should say what happens to the three
or four projects that still import the private helper. "They will break"
is an acceptable answer, it just needs to be written down.

Also the timeline: deprecate in 3.16, remove in 3.18 is the normal
schedule; I don't see why we'd kill it faster than that.

Visit Topic or reply to this email to respond.

To unsubscribe from these emails, click here.
""",
      tags=("tech-list", *HNV))

# 10 --------------------------------------------------------------------------
c.add("bulk", subject="PyMidlands June: lightning talks + pizza",
      sender=("PyMidlands", "hello@pymidlands.example.org"),
      headers=c.newsletter_headers("Mailerlite"),
      fmt="html",
      html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;padding:24px">
<tr><td><h2 style="color:#306998">PyMidlands &middot; June meetup</h2>
<p>Thursday 18 June, 6.30pm &ndash; the top floor of The Foundry co-working space, Digbeth.</p>
<p>It's lightning talk night! Five minutes each, a gong, and no mercy. So far we have:</p>
<ul>
<li>&ldquo;How I learned to stop worrying and <code>kill -9</code> my Celery workers&rdquo; &ndash; Bea</li>
<li>&ldquo;Type hints in a 15-year-old codebase: a survival guide&rdquo; &ndash; Anil</li>
<li>&ldquo;I taught a Raspberry Pi to shoot time-lapses of my sourdough&rdquo; &ndash; Marguerite</li>
<li>&ldquo;Your regex is a denial-of-service attack waiting to happen&rdquo; &ndash; Toby</li>
</ul>
<p>Two slots left. Reply to this email to grab one.</p>
<p>Pizza arrives at 7. Vegan and gluten-free options, tell us if you need anything else.</p>
<p style="font-size:11px;color:#888">You're receiving this because you signed up at a PyMidlands event.
<a href="#">Unsubscribe</a></p>
</td></tr></table></body></html>""",
      body="",
      tags=("tech-list", "newsletter", *HNV))

# 11 --------------------------------------------------------------------------
c.add("bulk", subject="Re: pg_terminate_backend vs kill -9",
      sender=("Laurenz Albrecht", "laurenz.albrecht@example-pg.at"),
      to="pgsql-general@lists.postgresql.org",
      headers=c.list_headers("pgsql-general", domain="lists.postgresql.org", precedence=False),
      body="""On Mon, 2026-06-01 at 14:05 +0100, Ewan Macrae wrote:
> A long-running report query was holding locks and blocking everything,
> so I did kill -9 on its PID from the shell. The whole cluster restarted
> and we lost about 40 seconds of service. Why? I only killed one backend.

Because a backend that dies from SIGKILL cannot clean up after itself.
It might have been holding a spinlock or been halfway through modifying
shared memory. The postmaster cannot know, so it assumes shared memory is
corrupted, kills every other backend and goes through crash recovery.
That's your 40 seconds.

Never kill -9 a PostgreSQL backend. Use

    SELECT pg_cancel_backend(pid);     -- cancel the current query
    SELECT pg_terminate_backend(pid);  -- end the session cleanly

pg_terminate_backend sends SIGTERM, which the backend handles properly.
If that doesn't work within a reasonable time, something is seriously
wrong and you should look at what it's stuck on before you reach for the
shotgun.

Yours,
Laurenz Albrecht
""",
      tags=("tech-list", *HNV))

# 12 --------------------------------------------------------------------------
c.add("bulk", subject="[PATCH v3] Fix hang in logical replication apply worker on subscription DROP",
      sender=("Keiko Matsuda", "keiko.matsuda@example-db.jp"),
      to="pgsql-hackers@lists.postgresql.org",
      headers=c.list_headers("pgsql-hackers", domain="lists.postgresql.org"),
      body="""Hi,

Attached is v3. Changes since v2, per Amit's review:

- The apply worker now checks for the interrupt inside the inner loop of
  apply_handle_stream_commit(), so DROP SUBSCRIPTION no longer waits
  forever when a large streamed transaction is being applied.
- Added a TAP test (t/037_drop_during_stream.pl) that reproduces the hang
  on master in about 3 seconds and passes with the patch.
- Removed the elog(DEBUG1) I had left in by mistake.

I still don't love the fact that we abort the whole transaction rather
than finishing the current chunk, but I think that's the right trade-off
for a DROP. Opinions welcome.

--- a/src/backend/replication/logical/worker.c
+++ b/src/backend/replication/logical/worker.c
@@ -1542,6 +1542,8 @@ apply_handle_stream_commit(StringInfo s)
 	while (nchanges < ntotal)
 	{
+		CHECK_FOR_INTERRUPTS();
+
 		apply_dispatch(&s2);
 		nchanges++;
 	}

Regards,
Keiko Matsuda
""",
      tags=("tech-list", *HNV))

# 13 --------------------------------------------------------------------------
c.add("bulk", subject="PostgreSQL 18.4, 17.8, 16.12, 15.16 and 14.21 Released!",
      sender=("PostgreSQL Global Development Group", "announce-noreply@postgresql.example.org"),
      to="pgsql-announce@lists.postgresql.org",
      headers={**c.list_headers("pgsql-announce", domain="lists.postgresql.org"),
               "X-Auto-Response-Suppress": "All"},
      fmt="alt",
      body="""The PostgreSQL Global Development Group has released an update to all
supported versions of PostgreSQL, including 18.4, 17.8, 16.12, 15.16 and
14.21. This release fixes 2 security vulnerabilities and over 40 bugs
reported over the last several months.

Security Issues
---------------

CVE-2026-5511: PL/pgSQL function cache allows an authenticated user to
execute arbitrary SQL as the function owner

CVSS v3.1 Base Score: 8.0

A user with permission to create functions could craft a call sequence
that caused a cached plan to run with the owner's privileges. An
attacker must already be able to log in.

CVE-2026-5512: libpq buffer over-read with a malicious server

A malicious or compromised server could cause the client to read past
the end of a buffer, which could crash the client application.

Bug Fixes and Improvements
--------------------------

* Fix a hang in parallel vacuum when a worker is terminated early.
* Avoid an assertion failure (abort in debug builds) during partition
  pruning with NULL keys.
* Fix crash in pg_dump when a view depends on a dropped column.
* Several fixes for the handling of timezone abbreviations.

Updating
--------

All PostgreSQL update releases are cumulative. Users should plan to
apply this update at the earliest possible opportunity.

For the full list of changes, please review the release notes.
""",
      tags=("tech-list", "newsletter", *HNV))

# 14 --------------------------------------------------------------------------
c.add("bulk", subject="mysqld got signal 11 after upgrade to 11.8",
      sender=("Dumitru Ciobanu", "dciobanu@example-host.ro"),
      to="discuss@lists.mariadb.example.org",
      headers=c.list_headers("MariaDB discuss", domain="lists.mariadb.example.org", precedence=False),
      body="""Hello list,

after upgrade from 10.11 to 11.8 on Ubuntu 24.04 the server crash every
few hours. In error log:

  260617  3:12:44 [ERROR] mysqld got signal 11 ;
  Sorry, we probably made a mistake, and this is a bug.
  Server version: 11.8.2-MariaDB-ubu2404
  ...
  Attempting backtrace. Include this in the bug report.
  stack_bottom = 0x7f1c2bffec38 thread_stack 0x49000
  mysqld(my_print_stacktrace+0x30)[0x5633a1d9c2f0]
  mysqld(handle_fatal_signal+0x2b5)[0x5633a17e1a95]
  libc.so.6(+0x42520)[0x7f1c3a442520]
  mysqld(_ZN4JOIN8optimizeEv+0x1f4)[0x5633a15b3404]

Always in a query from our reporting tool with many JOIN. If I kill the
reporting tool, no crash. Is known bug? I search in Jira but find nothing
same. I can send full core dump if needed but is 6 GB.

Thank you very much,
Dumitru
""",
      tags=("tech-list", *HNV))

# 15 --------------------------------------------------------------------------
c.add("bulk", subject="[SQLite Forum] Re: \"database is locked\" but nothing is running",
      sender=("SQLite Forum", "forum-notify@sqlite.example.org"),
      headers={"Auto-Submitted": "auto-generated", "X-Forum-Thread": "a71c9e01b2"},
      body="""Forum post by "drh-fan-42" on 2026-07-02 18:41:09
In reply to "database is locked but nothing is running"

Something IS running, it just isn't obvious. Look for a zombie: a
process that crashed while holding the write lock usually releases it,
but a process that got stopped (Ctrl-Z, or a debugger paused on a
breakpoint) still holds it.

    fuser -v mydb.sqlite

will tell you who has the file open. Nine times out of ten it's the
Jupyter kernel you forgot about in another window.

----
You are receiving this notification because you are watching this thread.
To stop, visit the forum and un-watch.
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 16 --------------------------------------------------------------------------
c.add("bulk", subject="Cron <root@wren> /usr/local/bin/pg_backup.sh",
      sender=("Cron Daemon", "root@wren.example-vps.net"),
      to="root@wren.example-vps.net",
      headers={"X-Cron-Env": "<SHELL=/bin/sh>", "Auto-Submitted": "auto-generated"},
      fmt="plain",
      body="""pg_dump: dumping contents of table "public.membership_import"
pg_dump: dumping contents of table "public.canvass_results"
/usr/local/bin/pg_backup.sh: line 14: 30211 Killed                  pg_dump -Fc -f "$OUT" "$DB"
gzip: /var/backups/pg/nightly-2026-07-09.dump: No such file or directory
backup FAILED at Thu  9 Jul 02:11:37 BST 2026
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 17 --------------------------------------------------------------------------
c.add("bulk", subject="Logwatch for wren (Linux)",
      sender=("logwatch@wren.example-vps.net", "logwatch@wren.example-vps.net"),
      to="root@wren.example-vps.net",
      body="""
 ################### Logwatch 7.11 (05/26/24) ####################
        Processing Initiated: Sun Aug  2 06:25:04 2026
        Date Range Processed: yesterday
                              ( 2026-Aug-01 )
                              Period is day.
        Detail Level of Output: 0
        Type of Output/Format: mail / text
        Logfiles for Host: wren
 ##################################################################

 --------------------- Kernel Begin ------------------------

 WARNING:  Kernel Errors Present
    Out of memory: Killed process 1...:  1 Time(s)
    oom-kill:constraint=CONSTRAINT_NONE ...:  1 Time(s)

 ---------------------- Kernel End -------------------------


 --------------------- SSHD Begin ------------------------

 Illegal users from:
    45.x.x.x: 318 times
    103.x.x.x: 211 times
    194.x.x.x: 96 times

 Received disconnect:
    11: Bye Bye [preauth] : 604 Time(s)

 **Unmatched Entries**
    error: kex_exchange_identification: Connection closed by remote host : 23 time(s)
    POSSIBLE BREAK-IN ATTEMPT! : 4 time(s)

 ---------------------- SSHD End -------------------------


 --------------------- Disk Space Begin ------------------------

 Filesystem      Size  Used Avail Use% Mounted on
 /dev/vda1        25G   21G  2.9G  88% /

 ---------------------- Disk Space End -------------------------


 ###################### Logwatch End #########################
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 18 --------------------------------------------------------------------------
c.add("bulk", subject="[Fail2Ban] sshd: banned 185.220.xx.xx from wren",
      sender=("Fail2Ban", "fail2ban@wren.example-vps.net"),
      body="""Hi,

The IP 185.220.xx.xx has just been banned by Fail2Ban after
5 attempts against sshd.


Regards,

Fail2Ban
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 19 --------------------------------------------------------------------------
c.add("bulk", subject="Re: [PATCH v4 3/9] mm/oom_kill: let the reaper skip mlocked VMAs of exiting tasks",
      sender=("Joachim Stenberg", "joachim.stenberg@example-kernel.se"),
      to="linux-mm@kvack.example.org",
      cc=("linux-kernel@vger.example.org",),
      headers={"List-Id": "<linux-mm.kvack.example.org>", "Precedence": "bulk",
               "X-Mailing-List": "linux-kernel@vger.example.org"},
      body="""On Fri, Aug 14, 2026 at 11:02:17AM +0200, Teodora Marin wrote:
> The OOM reaper currently gives up on a victim as soon as it meets an
> mlocked VMA, which means the victim can sit there holding hundreds of
> megabytes while the system is already on its knees.

Right, and the reason it gives up is that munlock on an exiting task
used to race with the exit path. Has that changed? I don't see anything
in the changelog explaining why it's safe now.

> +	if (vma->vm_flags & VM_LOCKED && !mm_is_exiting(mm))
> +		continue;

This reads the wrong way round to me. If the mm is exiting you want to
*skip* the check, not skip the VMA. Or am I misreading mm_is_exiting()?

> Signed-off-by: Teodora Marin <teodora.marin@example.ro>

With the changelog explaining the race (or why it can't happen any
more), and the condition fixed or explained:

Acked-by: Joachim Stenberg <joachim.stenberg@example-kernel.se>

--
Joachim
""",
      tags=("tech-list", *HNV))

# 20 --------------------------------------------------------------------------
c.add("bulk", subject="Bug#1099418: systemd-timesyncd: daemon dies after resume from suspend",
      sender=("Debian Bug Tracking System", "owner@bugs.debian.example.org"),
      to=f"{SEC_NAME} <{SEC_ADDR}>",
      headers={"X-Debian-PR-Message": "report 1099418",
               "X-Debian-PR-Package": "systemd-timesyncd",
               "X-Debian-PR-Keywords": "moreinfo",
               "X-Loop": "owner@bugs.debian.example.org",
               "Auto-Submitted": "auto-replied"},
      body="""Thank you for filing a new Bug report with Debian.

You can follow progress on this Bug here: 1099418: https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=1099418.

This is an automatically generated reply to let you know your message
has been received.

Your message is being forwarded to the package maintainers and other
interested parties for their attention; they will reply in due course.

Your message has been sent to the package maintainer(s):
 Debian systemd Maintainers <pkg-systemd-maintainers@lists.alioth.debian.org>

If you wish to submit further information on this problem, please
send it to 1099418@bugs.debian.org.

Please do not send mail to owner@bugs.debian.org unless you wish
to report a problem with the Bug-tracking system.

--
1099418: https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=1099418
Debian Bug Tracking System
Contact owner@bugs.debian.org with problems
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 21 --------------------------------------------------------------------------
c.add("other", subject="off-list: your pg_upgrade question",
      sender=("Colm Brady", "colm@bradyweb.example.ie"),
      body=f"""Hi {SEC},

Taking this off the list because I don't want to start another round of
"well actually" from the usual suspects.

I did exactly the same migration last spring (12 -> 16, tiny VPS, about
3 GB of data). pg_upgrade --link worked fine, the whole thing took under
two minutes. The only thing that bit me was an extension (pg_trgm) that
had to be installed in the new cluster's contrib package first,
otherwise pg_upgrade aborts at the check stage with a fairly unhelpful
message.

If it falls over, shoot me the log from /var/log/postgresql and I'll
have a look. Happy to do a quick call too, I'm around most evenings.

Colm
""",
      tags=("tech-list", "personal", *HNV))

# 22 --------------------------------------------------------------------------
c.add("query", subject="saw your sig on debian-user - daft question",
      sender=("Ruairi Gallagher", "ruairi.g@example-mail.co.uk"),
      body=f"""Hello {SEC},

Sorry, this is nothing to do with Debian. I noticed your signature on
the list says you're the secretary of {c.clp[0]}, and I've just moved
into the area (off Canal Street, near the old dye works) from
Stockport. I'm a party member but I've no idea which branch I'm in now
or how to get my membership moved over so I get told about meetings.

Is that something you can sort, or do I have to do it on Membersnet
myself? And is there a branch meeting soon I could just turn up to?

Thanks, and thanks for the sudo tip last month, it worked.

Ruairi
""",
      tags=("tech-list", "confuser"))

# 23 --------------------------------------------------------------------------
c.add("bulk", subject="Re: asyncio: how to abort a task cleanly without swallowing CancelledError",
      sender=("Mei-Lin Cheung", "meilin@cheung.example.hk"),
      to="python-list@python.org",
      headers=c.list_headers("Python-list", domain="python.org", precedence=False),
      body="""> try:
>     await do_work()
> except asyncio.CancelledError:
>     log.info("aborted")

Don't swallow it. Re-raise:

    except asyncio.CancelledError:
        log.info("aborted")
        raise

If you swallow CancelledError the task looks like it finished normally,
TaskGroup gets confused, and anything waiting on it with a timeout will
hang. Since 3.11 there's also task.uncancel() for the rare case where
you really want to carry on, but if you find yourself reaching for it,
think twice.

M.
""",
      tags=("tech-list", *HNV))

# 24 --------------------------------------------------------------------------
c.add("bulk", subject="[Bug 2091177] Re: gnome-shell freezes completely after resume (hard hang, needs power button)",
      sender=("Launchpad Bug Tracker", "2091177@bugs.launchpad.example.net"),
      headers={"X-Launchpad-Bug": "product=gnome-shell; status=Confirmed; importance=High",
               "X-Launchpad-Message-Rationale": "Subscriber",
               "X-Launchpad-Notification-Type": "bug",
               "Precedence": "bulk"},
      body="""Marking as Confirmed: I can reproduce this on two different ThinkPads
(T14 gen 3, X1 Carbon gen 10). Both freeze hard about 1 time in 5 when
resuming from s2idle. Magic SysRq doesn't respond, only holding the
power button gets it back.

Journal from the previous boot ends with:

  gnome-shell[2231]: Connection to xwayland lost
  kernel: i915 0000:00:02.0: [drm] *ERROR* GT0: GUC: hang detected

so it might be a kernel/i915 problem rather than gnome-shell.

--
You received this bug notification because you are subscribed to the
bug report.
https://bugs.launchpad.example.net/bugs/2091177

Title:
  gnome-shell freezes completely after resume (hard hang, needs power
  button)

To manage notifications about this bug go to:
https://bugs.launchpad.example.net/ubuntu/+source/gnome-shell/+bug/2091177/+subscriptions
""",
      tags=("tech-list", *HNV))

# 25 --------------------------------------------------------------------------
c.add("bulk", subject="Mass rebuild for Fedora 45 starts on 2026-07-22",
      sender=("Fedora Release Engineering", "releng@fedoraproject.example.org"),
      to="devel-announce@lists.fedoraproject.org",
      headers={"List-Id": "Announcements of development <devel-announce.lists.fedoraproject.org>",
               "Precedence": "list"},
      body="""Hi all,

Per the Fedora 45 schedule[1], the mass rebuild will start on
2026-07-22. The mass rebuild is done in a side tag (f45-rebuild) and
merged when complete. Packages that fail to build will be reported on
the tracker bug.

Please do not push to rawhide during the merge window unless you know
what you are doing; your build may be overwritten.

Failures will be tracked at:
  https://kojipkgs.fedoraproject.example.org/mass-rebuild/f45-failures.html

[1] https://fedorapeople.example.org/groups/schedule/f-45/

Thanks,
Fedora Release Engineering
""",
      tags=("tech-list", "newsletter"))

# 26 --------------------------------------------------------------------------
c.add("bulk", subject="New Tumbleweed snapshot 20260811 released!",
      sender=("openQA", "factory-announce@opensuse.example.org"),
      to="factory@lists.opensuse.example.org",
      headers=c.list_headers("factory", domain="lists.opensuse.example.org"),
      body="""Please note that this mail was generated by a script.
The described changes are computed based on the x86_64 DVD.
The full online repo contains too many changes to be listed here.

Please check the known defects of this snapshot before upgrading:
https://openqa.opensuse.example.org/snapshot-changes/tumbleweed/20260811

Packages changed:
  MozillaFirefox (141.0 -> 141.0.2)
  kernel-source (6.16.3 -> 6.16.5)
  systemd (258.1 -> 258.2)
  python313 (3.13.6 -> 3.13.7)
  zypper (1.14.90 -> 1.14.91)

=== Details ===

==== kernel-source ====
- Fix a NULL pointer dereference that could trigger a kernel panic
  when hot-unplugging NVMe devices.
- Revert "mm: kill the per-cpu pagesets drain" (boo#1247731).

==== systemd ====
- Fix journald crashing (abort) when the journal directory is full.
""",
      tags=("tech-list", *HNV))

# 27 --------------------------------------------------------------------------
c.add("bulk", subject="Your Raspberry Pi Forums digest: 4 new replies in watched topics",
      sender=("Raspberry Pi Forums", "no-reply@forums.rpi.example.com"),
      fmt="alt",
      body="""Hello,

Here are the new replies to topics you are watching.

* "Pi 5 keeps dying overnight" (3 new replies)
  dom_w: "Undervoltage. Use the official 27W supply. Yours is a phone
  charger, it will brown out the moment the SSD spins up."

* "Best way to shut down a headless Pi without killing the SD card" (1 new reply)
  sparky: "sudo poweroff, then wait for the green LED to stop. Just
  pulling the plug is how cards die."

View all new posts: https://forums.rpi.example.com/search.php?search_id=newposts

You can change how often you receive these emails in your User Control Panel.
""",
      tags=("tech-list", "newsletter", "confuser", "robot-no-list-headers", *HNV))

# 28 --------------------------------------------------------------------------
c.add("bulk", subject="PostgreSQL North: 'Killing bloat' - vacuum deep dive, 23 Sept",
      sender=("PostgreSQL North via Meetup", "info@email.meetup.example.com"),
      headers=c.newsletter_headers(),
      fmt="html",
      html_body="""<html><body>
<div style="max-width:560px;margin:auto;font-family:Arial">
<p style="color:#666;font-size:12px">NEW EVENT &middot; PostgreSQL North</p>
<h1 style="font-size:22px">Killing bloat: a vacuum deep dive</h1>
<p><b>Wednesday 23 September 2026, 18:30</b><br>Manchester Science Park, Room 2.14</p>
<p>Your tables are bigger than they should be and autovacuum isn't keeping up. Ravi walks through
what dead tuples are, why they pile up, how to find the culprits and how to get rid of them without
taking the database down. Bring your worst <code>pg_stat_user_tables</code> output; the most horrifying
one wins a mug.</p>
<p><a href="#" style="background:#e0393e;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Attend</a></p>
<p style="font-size:11px;color:#999">You're getting this because you're a member of PostgreSQL North.
Manage email settings.</p></div></body></html>""",
      body="",
      tags=("tech-list", "newsletter", *HNV))

# 29 --------------------------------------------------------------------------
c.add("bulk", subject="Re: Re: Re: is pickle really that dangerous?",
      sender=("Bram de Wit", "bram@dewit.example.nl"),
      to="python-list@python.org",
      headers=c.list_headers("Python-list", domain="python.org"),
      body="""Yes. Unpickling untrusted data is arbitrary code execution, full stop.
__reduce__ can return any callable and arguments, so a malicious pickle
can call os.system with whatever it likes. That's not a bug, it's the
design. The docs have said so in a red box for twenty years.

If the data comes from anywhere you don't control: JSON, msgpack, or
protobuf. Not pickle. Not "pickle with a signature I'll add later".
""",
      tags=("tech-list", *HNV))

# 30 --------------------------------------------------------------------------
c.add("bulk", subject="BUG #19342: Assertion failure (abort) in ExecInitPartitionInfo with DEFAULT partition",
      sender=("PG Bug reporting form", "noreply@postgresql.example.org"),
      to="pgsql-bugs@lists.postgresql.org",
      reply_to="pgsql-bugs@lists.postgresql.org",
      headers=c.list_headers("pgsql-bugs", domain="lists.postgresql.org"),
      body="""The following bug has been logged on the website:

Bug reference:      19342
Logged by:          Aurelien Perrin
Email address:      a.perrin@example-fr.org
PostgreSQL version: 18.3
Operating system:   Debian 13
Description:

With an assert-enabled build, the following aborts the server:

CREATE TABLE t (a int, b text) PARTITION BY LIST (a);
CREATE TABLE t_def PARTITION OF t DEFAULT;
CREATE TABLE t_1 PARTITION OF t FOR VALUES IN (1);
INSERT INTO t VALUES (1, 'x') ON CONFLICT DO NOTHING;

TRAP: failed Assert("partrel != NULL"), File: "execPartition.c", Line: 612
server process (PID 44102) was terminated by signal 6: Aborted

On a non-assert build the INSERT just works, so this may only be a
bad assertion, but I thought I should report it.
""",
      tags=("tech-list", *HNV))

# 31 --------------------------------------------------------------------------
c.add("bulk", subject="Re: [OT] systemd vs sysvinit (yes, again)",
      sender=("Phil Rowntree", "phil@rowntree.example.org.uk"),
      to="debian-user@lists.debian.org",
      headers=c.list_headers("debian-user", domain="lists.debian.org"),
      body="""On Sat 22 Aug 2026, Mortimer Grange wrote:
> ...and THAT is why anyone who defends systemd in 2026 has either
> never run a real server or is being paid by Red Hat.

Shoot me now.

This is the fourth time this year. I've got nothing to add that I
didn't say in February, March or May, and neither have you, Mortimer.
Could a listmaster please take this thread out behind the shed and put
it out of its misery?

For anyone new who is genuinely wondering: both work, Debian supports
systemd by default, sysvinit is still packaged, pick one and go and do
something useful with your weekend.

Phil
""",
      tags=("tech-list", *HNV))

# 32 --------------------------------------------------------------------------
c.add("bulk", subject="[alpine-devel] RFC: cull unmaintained packages from community/",
      sender=("Kaja Novak", "kaja@novak.example.si"),
      to="~alpine/devel@lists.alpine.example.org",
      headers={"List-Id": "<~alpine/devel.lists.alpine.example.org>",
               "List-Unsubscribe": "<mailto:~alpine/devel+unsubscribe@lists.alpine.example.org>",
               "List-Post": "<mailto:~alpine/devel@lists.alpine.example.org>"},
      body="""Hello,

community/ has 214 packages with no maintainer and no update in over two
years. At least 30 of them fail to build on edge and nobody has noticed,
which tells you how many people use them.

Proposal: anything unmaintained, failing to build, and not a dependency
of anything else gets moved to unmaintained/ in the next release and
deleted the one after. I'm not trying to kill anybody's favourite tool;
if you use one of them, adopt it and it stays.

List attached as packages.txt. Please shout within two weeks.

Kaja
""",
      tags=("tech-list", *HNV))

# 33 --------------------------------------------------------------------------
c.add("bulk", subject="Last call: PyCon UK talk proposals close Friday",
      sender=("PyCon UK", "hello@pyconuk.example.org"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="alt",
      body="""Hi there,

A quick nudge: the call for proposals for PyCon UK 2026 closes this
Friday at 23:59 BST. We especially want to hear from first-time
speakers, people using Python outside the tech industry (science,
charities, local government, the arts) and anyone who has ever had to
maintain something terrible and lived to tell the tale.

Not sure your idea is good enough? It probably is. Our mentors will
read a draft and give feedback before the deadline if you ask today.

Submit a proposal: https://pyconuk.example.org/cfp

See you in September,
The PyCon UK organising committee

You are receiving this because you attended PyCon UK or signed up to
our mailing list. Unsubscribe | Update preferences
""",
      tags=("tech-list", "newsletter"))

# 34 --------------------------------------------------------------------------
c.add("bulk", subject="The PSF Newsletter: grants, elections, and a new Fellow cohort",
      sender=("Python Software Foundation", "psf-news@python.example.org"),
      headers=c.newsletter_headers("Campaign Monitor"),
      fmt="html",
      html_body="""<html><body style="margin:0;background:#ffd343">
<table width="100%"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Georgia,serif;padding:30px">
<tr><td>
<h1 style="font-family:Arial">PSF News &mdash; Summer 2026</h1>
<h3>Board elections</h3>
<p>Nominations for the PSF Board open on 1 September. If you've been a member for a year you can stand.
We'd love a wider spread of candidates from outside Europe and North America.</p>
<h3>Grants</h3>
<p>This quarter we funded 31 events in 19 countries, from a PyLadies workshop in Lagos to a
sprint in Valpara&iacute;so. Applications for Q4 are open now.</p>
<h3>New Fellows</h3>
<p>Congratulations to the twelve new PSF Fellows recognised this quarter for their work on
documentation, packaging, teaching and community organising.</p>
<p style="font-size:11px;color:#777">Python Software Foundation &middot; You are subscribed as a PSF member.
<a href="#">Unsubscribe</a></p>
</td></tr></table></td></tr></table></body></html>""",
      body="",
      tags=("tech-list", "newsletter"))

# 35 --------------------------------------------------------------------------
c.add("bulk", subject="Deadlock detected - please help to understand",
      sender=("Paweł Szymański", "pawel.szymanski@example-firma.pl"),
      to="pgsql-general@lists.postgresql.org",
      headers=c.list_headers("pgsql-general", domain="lists.postgresql.org", precedence=False),
      body="""Hello everybody,

I have problem which I don't understand. Two process in our application
update the same tables, and sometimes (1-2 times per day) one is killed
with:

ERROR:  deadlock detected
DETAIL:  Process 9921 waits for ShareLock on transaction 5512093; blocked by process 9874.
Process 9874 waits for ShareLock on transaction 5512090; blocked by process 9921.

I read that postgres choose one "victim" and abort it. OK, but why this
happen if both process do only UPDATE on primary key? Is it because the
order is different? First process update rows 1,2,3 and second maybe
3,2,1?

Should I sort the ids before update? Or better use SELECT ... FOR UPDATE
first? Sorry for my English and thank you for any advices.

Best regards
Paweł
""",
      tags=("tech-list", *HNV))

# 36 --------------------------------------------------------------------------
c.add("bulk", subject="Re: [gannetworks/pyqueue] Worker hangs forever on SIGTERM if a job is mid-retry (Issue #412)",
      sender=("Ines Carvalho", "notifications@github.example.com"),
      to="pyqueue@noreply.github.example.com",
      cc=(f"{SEC_NAME} <{SEC_ADDR}>",),
      reply_to="gannetworks/pyqueue <reply+ABCD1234XYZ@reply.github.example.com>",
      headers={"List-ID": "gannetworks/pyqueue <pyqueue.gannetworks.github.example.com>",
               "List-Archive": "https://github.example.com/gannetworks/pyqueue",
               "List-Unsubscribe": "<mailto:unsub+ABCD1234XYZ@reply.github.example.com>",
               "X-GitHub-Reason": "author",
               "X-GitHub-Sender": "inesc",
               "Precedence": "list"},
      fmt="alt",
      body="""@inesc commented on this issue.

I can reproduce with 3.2.1 on Linux and macOS. The signal handler sets
`self._shutdown = True` but the retry backoff is a plain `time.sleep()`
of up to 300s, so the worker doesn't notice until the sleep ends, and
our orchestrator gives up after 30s and sends SIGKILL. The job then gets
killed mid-retry and is never re-queued.

Suggested fix: replace the sleep with `self._shutdown_event.wait(delay)`
so a shutdown wakes it immediately. Happy to open a PR if you agree with
the approach.

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you authored the thread.
""",
      tags=("tech-list", *HNV))

# 37 --------------------------------------------------------------------------
c.add("bulk", subject="Failed: gannetworks/pyqueue#1288 (main - 3f2a9c1)",
      sender=("CI builds", "builds@ci.example-runner.io"),
      headers={"X-CI-Build-Id": "1288", "X-CI-Repository": "gannetworks/pyqueue"},
      fmt="html",
      html_body="""<html><body style="font-family:monospace">
<table style="border:1px solid #ddd;padding:10px;width:560px">
<tr><td style="background:#db4545;color:#fff;padding:8px"><b>Build #1288 failed</b></td></tr>
<tr><td>Branch: <b>main</b><br>Commit: 3f2a9c1 &ldquo;Use Event.wait for retry backoff&rdquo;<br>Author: you</td></tr>
<tr><td>
<pre>
test_worker.py::test_shutdown_during_retry PASSED
test_worker.py::test_kill_during_execute
The job exceeded the maximum time limit for jobs, and has been terminated.
</pre>
Job 3 of 4 (Python 3.14, ubuntu-latest) was killed after 60 minutes.
</td></tr>
<tr><td style="font-size:11px;color:#888">You are receiving this because you pushed to this branch.</td></tr>
</table></body></html>""",
      body="",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 38 --------------------------------------------------------------------------
c.add("bulk", subject="[gannetworks/pyqueue] Bump urllib3 from 2.4.0 to 2.5.1 (PR #431)",
      sender=("dependabot[bot]", "notifications@github.example.com"),
      reply_to="gannetworks/pyqueue <reply+EFGH5678@reply.github.example.com>",
      headers={"List-ID": "gannetworks/pyqueue <pyqueue.gannetworks.github.example.com>",
               "X-GitHub-Reason": "security_alert",
               "X-GitHub-Sender": "dependabot[bot]"},
      body="""Bumps urllib3 from 2.4.0 to 2.5.1.

Release notes
  2.5.1
  - Fixed a security issue where a malicious redirect could cause the
    Proxy-Authorization header to be sent to an attacker-controlled host
    (GHSA-xxxx-yyyy-zzzz).

Compatibility score: 98%

Dependabot will resolve any conflicts with this PR as long as you don't
alter it yourself.

You can view, comment on, or merge this pull request online at:
  https://github.example.com/gannetworks/pyqueue/pull/431

—
You are receiving this because you are subscribed to security alerts.
""",
      tags=("tech-list", *HNV))

# 39 --------------------------------------------------------------------------
c.add("bulk", subject="[PyPI] A new release of pyqueue-redis (0.9.4) was published",
      sender=("PyPI", "noreply@pypi.example.org"),
      body=f"""A new release of pyqueue-redis (0.9.4) was published to the Python
Package Index.

    Uploaded by: {SEC_NAME.split()[0].lower()}n (via trusted publisher)
    Time: 2026-09-03 21:14:06 UTC

If you did not publish this release, you should immediately review your
account and project for unauthorised changes and contact
security@pypi.example.org.

You are receiving this because you are an owner of this project.
""",
      tags=("tech-list", "confuser", "robot-no-list-headers"))

# 40 --------------------------------------------------------------------------
c.add("bulk", subject="Welcome to the \"python-announce-list\" mailing list",
      sender=("python-announce-list-request@python.org", "python-announce-list-request@python.org"),
      headers={"List-Id": "Announcement-only list for the Python programming language <python-announce-list.python.org>",
               "Auto-Submitted": "auto-generated", "Precedence": "bulk"},
      body="""Welcome to the "python-announce-list" mailing list!

To post to this list, send your message to:

  python-announce-list@python.org

You can unsubscribe or make adjustments to your options via email by
sending a message to:

  python-announce-list-request@python.org

with the word 'help' in the subject or body (don't include the
quotes), and you will get back a message with instructions. You will
need your password to change your options, but for security purposes,
this password is not included here.
""",
      tags=("tech-list",))

# 41 --------------------------------------------------------------------------
c.add("bulk", subject="[debian-uk] mini-DebConf Cambridge: volunteers for front desk and video",
      sender=("Morag Tulloch", "morag@tulloch.example.scot"),
      to="debian-uk@lists.debian.org",
      headers=c.list_headers("debian-uk", domain="lists.debian.org"),
      body="""Hi folks

We're three weeks out and I still need:

 - 2 people per half-day on the front desk (badges, lanyards, pointing
   at the toilets)
 - 1 more person on the video team for the Saturday afternoon track

Video is easy, honest. You sit at the back, watch the levels and press
a button if the speaker wanders off-mic. Training on Friday evening.

The hacklab has the same dodgy wifi as last year, sorry. Bring a
cable if you care.

Reply to me off-list.

Morag
""",
      tags=("tech-list",))

# 42 --------------------------------------------------------------------------
c.add("bulk", subject="[Bug 221907] New: NULL pointer dereference in btusb probe, kernel panic on boot",
      sender=("bugzilla-daemon", "bugzilla-daemon@kernel.example.org"),
      headers={"X-Bugzilla-Reason": "AssignedTo", "X-Bugzilla-Type": "new",
               "X-Bugzilla-Product": "Drivers", "X-Bugzilla-Component": "Bluetooth",
               "X-Bugzilla-Severity": "high", "Auto-Submitted": "auto-generated"},
      body="""https://bugzilla.kernel.example.org/show_bug.cgi?id=221907

            Bug ID: 221907
           Summary: NULL pointer dereference in btusb probe, kernel panic
                    on boot
           Product: Drivers
           Version: 2.5
          Hardware: AMD
                OS: Linux
            Status: NEW
          Severity: high
          Priority: P3
         Component: Bluetooth
          Assignee: drivers_bluetooth@kernel-bugs.example.org
          Reporter: lukas.ferreira@example.pt

With 6.17-rc3 the machine panics during boot as soon as btusb loads.
6.16.5 is fine. Bisected to commit a1b2c3d "Bluetooth: btusb: kill the
legacy quirk table". Blacklisting btusb lets it boot.

BUG: kernel NULL pointer dereference, address: 0000000000000018
RIP: 0010:btusb_probe+0x2f1/0xd10 [btusb]
Kernel panic - not syncing: Fatal exception

--
You may reply to this email to add a comment.

You are receiving this mail because:
You are watching the assignee of the bug.
""",
      tags=("tech-list", "confuser", "robot-no-list-headers", *HNV))

# 43 --------------------------------------------------------------------------
c.add("bulk", subject="Re: nuke a database that still has connections",
      sender=("Aoife Brennan", "aoife@brennan-it.example.ie"),
      to="pgsql-general@lists.postgresql.org",
      headers=c.list_headers("pgsql-general", domain="lists.postgresql.org"),
      body="""Since 13 you can just do

  DROP DATABASE staging WITH (FORCE);

which terminates the other sessions for you. Before that you had to
REVOKE CONNECT, then pg_terminate_backend() everyone, then drop it
before they reconnected, which always felt like a race you'd lose.
""",
      tags=("tech-list", *HNV))

# 44 --------------------------------------------------------------------------
c.add("bulk", subject="Re: Popen.kill() doesn't kill the grandchildren",
      sender=("Zoltán Fekete", "zfekete@example-hu.net"),
      to="python-list@python.org",
      headers=c.list_headers("Python-list", domain="python.org", precedence=False),
      body="""On 14/09/2026 19:20, Ellie Ashworth wrote:
> I start a shell script with subprocess.Popen(..., shell=True), and
> when I call p.kill() the shell dies but the ffmpeg it started keeps
> running forever. How do I kill the whole tree?

Start it in its own process group and kill the group:

    p = subprocess.Popen(cmd, shell=True, start_new_session=True)
    ...
    os.killpg(os.getpgid(p.pid), signal.SIGTERM)

With shell=True the pid you hold is the shell's, not ffmpeg's, so kill()
only ever reached the shell. Orphaned children get reparented to init
and carry on happily.

Better still, drop shell=True and run ffmpeg directly, then p.kill()
hits the right process.

Zoltán
""",
      tags=("tech-list", *HNV))

# 45 --------------------------------------------------------------------------
c.add("bulk", subject="Re: someone ran a fork bomb on our shared box",
      sender=("Wendell Oyelaran", "wendell@oyelaran.example.com"),
      to="debian-user@lists.debian.org",
      headers=c.list_headers("debian-user", domain="lists.debian.org"),
      body="""> One of the students pasted the classic bash fork bomb into a
> terminal "to see what happens" and the whole lab server fell over.
> We had to hard reset it. How do I stop this happening again?

Set a process limit. In /etc/security/limits.d/90-nproc.conf:

  @students  hard  nproc  300

or with systemd, TasksMax= on the user slice, which is nicer:

  systemctl set-property user-.slice TasksMax=400

The fork bomb will still run, it'll just hit the wall at 300 processes
and the rest of the box stays usable, so you can log in and kill it.

And maybe a gentle word with the student. Or a not-so-gentle one.

W.
""",
      tags=("tech-list", *HNV))

# 46 --------------------------------------------------------------------------
c.add("bulk", subject="[arch-announce] Manual intervention required for the linux-firmware 20260907 update",
      sender=("Arch Linux: Recent news updates", "arch-announce@lists.archlinux.org"),
      headers={**c.list_headers("arch-announce", domain="lists.archlinux.org"),
               "Auto-Submitted": "auto-generated"},
      body="""With the 20260907 release, linux-firmware splits the NVIDIA firmware into
a separate package. Upgrading may fail with file conflict errors:

  linux-firmware-nvidia: /usr/lib/firmware/nvidia/ad102/gsp/... exists in filesystem

To upgrade, remove the old package first without dependencies, then
upgrade:

  # pacman -Rdd linux-firmware
  # pacman -Syu linux-firmware

Do not reboot between the two commands.

URL: https://archlinux.example.org/news/linux-firmware-nvidia-split/
""",
      tags=("tech-list",))

# 47 --------------------------------------------------------------------------
c.add("bulk", subject="pgsql-general digest, Vol 1 #7712",
      sender=("pgsql-general-owner@lists.postgresql.org", "pgsql-general-owner@lists.postgresql.org"),
      headers={**c.list_headers("pgsql-general", domain="lists.postgresql.org"), "X-Digest": "yes"},
      body="""Topics (3 messages):
	Re: Index not used with LIKE 'abc%' (David R.)
	Connection pooler dies under load (Femi Akande)
	Re: Connection pooler dies under load (Laurenz Albrecht)

----------------------------------------------------------------------

Date: Mon, 21 Sep 2026 09:15:40 +1200
From: David R. <davidr@example.nz>
Subject: Re: Index not used with LIKE 'abc%'

Your database collation isn't C, so a plain btree index can't be used
for prefix LIKE. Create it with text_pattern_ops, or use COLLATE "C".

------------------------------

Date: Mon, 21 Sep 2026 11:02:06 +0100
From: Femi Akande <femi.akande@example-logistics.co.uk>
Subject: Connection pooler dies under load

Our pgbouncer process gets killed about once a week under peak load,
with no message in its own log. syslog shows nothing either. 2 vCPU,
4 GB, transaction pooling, max_client_conn=5000. Ideas?

------------------------------

Date: Mon, 21 Sep 2026 12:30:51 +0200
From: Laurenz Albrecht <laurenz.albrecht@example-pg.at>
Subject: Re: Connection pooler dies under load

"Killed with no message" smells of the OOM killer. Check
`dmesg -T | grep -i kill`. 5000 client connections on a 4 GB box is
ambitious.

------------------------------

End of pgsql-general digest, Vol 1 #7712
*****************************************
""",
      tags=("tech-list", *HNV))

# 48 --------------------------------------------------------------------------
c.add("other", subject="FOSDEM - lovely to meet you",
      sender=("Jurgen Okonkwo-Bauer", "jurgen.ob@example-mail.de"),
      body=f"""Hi {SEC}!

Really nice to finally meet someone from the list in person at the
database devroom. Sorry I had to run off before the waffles, my train
back to Köln was at 17:10 and the Brussels metro had other ideas.

Here is the link to the slides from the partitioning talk we were
discussing, the one where he shows the 400 GB table going to 9 seconds:
https://fosdem.example.org/2026/schedule/event/partitioning_war_stories/

If you're ever in Köln, the beer is on me. Next year same place?

Jürgen
""",
      tags=("tech-list", "personal"))

# 49 --------------------------------------------------------------------------
c.add("bulk", subject="Your message to Python-list awaits moderator approval",
      sender=("python-list-owner@python.org", "python-list-owner@python.org"),
      headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk",
               "List-Id": "General discussion list for the Python programming language <python-list.python.org>"},
      body="""Your mail to 'Python-list' with the subject

    Re: How do I kill a thread in Python?

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.
""",
      tags=("tech-list", *HNV))

# 50 --------------------------------------------------------------------------
c.add("bulk", subject="Your membership in the mailing list debian-user has been disabled",
      sender=("debian-user-request@lists.debian.org", "debian-user-request@lists.debian.org"),
      headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
      body=f"""Your membership in the mailing list debian-user has been disabled due
to excessive bounces. The last bounce received from you was dated
{c.date()}. You will not get any more messages from this list until
you re-enable your membership. You will receive 2 more reminders like
this before your membership in the list is deleted.

To re-enable your membership, you can simply respond to this message
(leaving the Subject: line intact), or visit the confirmation page at

    https://lists.debian.org/mailman/confirm/debian-user/4be8c2f1d09a

If you have any questions or problems, you can contact the list owner
at

    debian-user-owner@lists.debian.org
""",
      tags=("tech-list", "confuser", "robot-no-list-headers"))

# 51 --------------------------------------------------------------------------
c.add("query", subject="website volunteer?",
      sender=("Anil Rajapaksa", "anil.raja@example-dev.co.uk"),
      body=f"""Hi {SEC},

We met at PyMidlands (I did the type hints talk, the one that overran).
You mentioned the CLP website is held together with sticky tape and a
WordPress plugin from 2017. I'd genuinely be up for helping fix it.

Two questions before I get ahead of myself:
- do I have to be a party member to volunteer on something like that?
  I'm a supporter but I've never actually joined
- who would I talk to about it, you or someone else?

No rush.

Anil
""",
      tags=("tech-list", "confuser"))

# 52 --------------------------------------------------------------------------
c.add("bulk", subject="[hatherley-lug] Install party Saturday - bring your dead laptops",
      sender=("Trevor Inchbald", "trev@inchbald.example.org.uk"),
      to="lug@lists.hatherley-lug.example.org.uk",
      headers=c.list_headers("hatherley-lug", domain="lists.hatherley-lug.example.org.uk", precedence=False),
      body="""Hi all,

Install party this Saturday, 10-4, in the community room at the back of
the library. The Repair Café people are in the main hall so it'll be
busy.

Bring any laptop that's "too slow", "dead", or stuck on an unsupported
Windows. We'll try Mint or Debian on it from a stick first and only
wipe it if you want us to. Last time we resurrected eleven machines and
only one was beyond help (it had been used as a coaster, then dropped
in a bath).

Tea and biscuits by donation.

Trev
-- 
Hatherley Linux User Group  |  lug@lists.hatherley-lug.example.org.uk
""",
      tags=("tech-list", "hobby", *HNV))

# 53 --------------------------------------------------------------------------
c.add("bulk", subject="Re: [oss-security] CVE-2026-40117: heap overflow in libtiffy allows remote code execution",
      sender=("Marta Sokolowska", "marta.s@example-sec.pl"),
      to="oss-security@lists.openwall.example.com",
      headers={"List-Post": "<mailto:oss-security@lists.openwall.example.com>",
               "List-Help": "<mailto:oss-security-help@lists.openwall.example.com>",
               "List-Unsubscribe": "<mailto:oss-security-unsubscribe@lists.openwall.example.com>",
               "List-Subscribe": "<mailto:oss-security-subscribe@lists.openwall.example.com>",
               "Mailing-List": "contact oss-security-help@lists.openwall.example.com; run by ezmlm"},
      body="""On Tue, Sep 29, 2026 at 04:11:20PM +0100, Callum Ireson wrote:
> A crafted TIFF with an oversized StripByteCounts entry overflows a
> heap buffer in tiffy_read_strip(). We have a working exploit against
> the thumbnailer in two desktop environments, which means the attack
> vector is "receive a file and open the folder it's in".

Thanks. Just to add for distributors: the thumbnailer angle matters
because it turns this from "user opens a malicious file" into
"drive-by". If your distro sandboxes thumbnailers (bubblewrap), the
impact is much reduced, but the attack surface of libtiffy is still
exposed in any server-side image processing that uses it: upload
previews, CMS plugins, etc.

Fixed upstream in 4.7.2. The patch is small and backports cleanly to
4.5.x; I've attached the 4.5 backport we're shipping.

Marta
""",
      tags=("tech-list", *HNV))

# 54 --------------------------------------------------------------------------
c.add("bulk", subject="Re: sudo apt full-upgrade killed my wifi",
      sender=("Bernard Quigley", "bq@quigley-family.example.org"),
      to="debian-user@lists.debian.org",
      headers=c.list_headers("debian-user", domain="lists.debian.org", precedence=False),
      body="""firmware-iwlwifi. it got held back because it's in non-free-firmware and
your sources.list only has main. add non-free-firmware to the line and
apt update, it'll come back. happened to me too, the upgrade doesn't
warn you. took me an evening with a usb stick and my phone tethered.
""",
      tags=("tech-list", *HNV))

# 55 --------------------------------------------------------------------------
c.add("bulk", subject="Re: Python 2 is dead, long live Python 2",
      sender=("Gerald Featherstonehaugh", "gerald.f@example-retired.co.uk"),
      to="python-list@python.org",
      headers=c.list_headers("Python-list", domain="python.org"),
      body="""I have maintained a stock control system written in Python 2.4 for a
builder's merchant in Lincolnshire since 2006. It runs on a box under a
desk. It has never crashed. It has outlived two owners of the business,
one accountant, and the desk itself, which was replaced in 2019 while
the machine sat on a pallet.

Everyone on this list has told me for fifteen years that Python 2 is
dead. I believe you. I attended the funeral in 2020. I sent flowers.

But the patient continues to sit up and ask for its tea every morning,
and the owner will not pay for a rewrite until it actually stops
breathing. So I would be grateful if the answer to my question (how to
make urllib2 speak TLS 1.2 on that box) could be the answer rather than
another obituary.

Gerald
(retired, allegedly)
""",
      tags=("tech-list", *HNV))

c.write()
