"""Shared by the discussion-list writers (train_tr*): list footers and headers (Mailman,
Google Groups, groups.io, LISTSERV), list posts, Mailman digests, Discourse and Facebook
notifications around hand-written text. `bind(corpus)` first: every helper draws on that
corpus's RNG and Message-IDs, in the order the writer calls them.
"""
import re

c = None


def bind(corpus):
    global c
    c = corpus


def slug(s):
    return re.sub(r"[^a-z0-9-]+", "", s.lower().replace(" ", "-"))


def q(text, p="> "):
    """Quote hand-written text with a prefix, the way mail clients do."""
    return "\n".join((p + l) if l.strip() else p.rstrip() for l in text.strip("\n").splitlines())


def token():
    return c.msgid()[1:].split("@")[0]


def footer(kind, name, dom):
    s = slug(name)
    if kind == "mailman":
        return (f"\n\n_______________________________________________\n{name} mailing list\n"
                f"{s}@{dom}\nhttps://{dom}/mailman/listinfo/{s}\n")
    if kind == "mailman3":
        return (f"\n\n_______________________________________________\n{name} mailing list -- {s}@{dom}\n"
                f"To unsubscribe send an email to {s}-leave@{dom}\n")
    if kind == "gg":
        return (f"\n\n-- \nYou received this message because you are subscribed to the Google Groups "
                f"\"{name}\" group.\nTo unsubscribe from this group and stop receiving emails from it, "
                f"send an email to {s}+unsubscribe@googlegroups.com.\nTo view this discussion visit "
                f"https://groups.google.com/d/msgid/{s}/{token()}%40mail.gmail.com.\n")
    if kind == "groupsio":
        n = c.rng.randrange(1000, 90000)
        return (f"\n\n-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\n"
                f"View/Reply Online (#{n}): https://groups.io/g/{s}/message/{n}\n"
                f"Mute This Topic: https://groups.io/mt/{c.rng.randrange(10**8)}/{c.rng.randrange(10**6)}\n"
                f"Group Owner: {s}+owner@groups.io\n"
                f"Unsubscribe: https://groups.io/g/{s}/leave/{c.rng.randrange(10**7)}/xyzzy [{c.clp[2]}]\n"
                f"-=-=-=-=-=-=-=-=-=-=-=-\n")
    if kind == "listserv":
        return (f"\n\n{'#' * 72}\n\nTo unsubscribe from the {name.upper()} list, click the following link:\n"
                f"https://{dom}/scripts/wa.exe?SUBED1={name.upper()}&A=1\n")
    return ""


def lheaders(name, dom, kind="mailman"):
    """List headers matching the list address this script uses."""
    s = slug(name)
    if kind == "gg":
        return {"Mailing-list": f"list {s}@googlegroups.com; contact {s}+owners@googlegroups.com",
                "Precedence": "list", "List-Id": f"<{s}.googlegroups.com>",
                "List-Post": f"<https://groups.google.com/group/{s}/post>, <mailto:{s}@googlegroups.com>",
                "List-Help": f"<https://groups.google.com/support/>, <mailto:{s}+help@googlegroups.com>",
                "List-Unsubscribe": f"<mailto:googlegroups-manage+{c.rng.randrange(10**11)}+unsubscribe@googlegroups.com>"}
    if kind == "groupsio":
        return {"List-Id": f"<{s}.groups.io>", "Mailing-List": f"list {s}@groups.io; contact {s}+owner@groups.io",
                "List-Post": f"<mailto:{s}@groups.io>", "List-Unsubscribe": f"<mailto:{s}+unsubscribe@groups.io>",
                "Precedence": "Bulk", "Sender": f"{s}@groups.io"}
    if kind == "listserv":
        return {"Sender": f"{name} discussion list <{name.upper()}@{dom.upper()}>",
                "List-Help": f"<https://{dom}/scripts/wa.exe?LIST={name.upper()}>",
                "List-Unsubscribe": f"<mailto:{name.upper()}-unsubscribe-request@{dom.upper()}>",
                "List-Owner": f"<mailto:{name.upper()}-request@{dom.upper()}>"}
    h = {"List-Id": f"{name} <{s}.{dom}>",
         "List-Unsubscribe": f"<https://{dom}/mailman/options/{s}>, <mailto:{s}-request@{dom}?subject=unsubscribe>",
         "List-Archive": f"<https://{dom}/pipermail/{s}/>",
         "List-Post": f"<mailto:{s}@{dom}>", "Sender": f"\"{name}\" <{s}-bounces@{dom}>"}
    if c.rng.random() < 0.7:
        h["Precedence"] = "list"
    return h


def post(listname, dom, subject, body, sender=None, tags=(), fmt="plain", foot="mailman",
         reply=True, label="bulk", date=None):
    """A list post from a subscriber, as the list delivers it to the secretary."""
    addr = f"{slug(listname)}@{dom}" if foot != "listserv" else f"{listname.upper()}@{dom.upper()}"
    if foot == "groupsio":
        addr = f"{slug(listname)}@groups.io"
    c.add(label, body.rstrip() + footer(foot, listname, dom), subject=subject, sender=sender,
          to=addr, headers=lheaders(listname, dom, foot), tags=tags, fmt=fmt,
          in_reply_to=c.msgid() if reply else None, date=date)


def digest(listname, dom, vol, issue, entries, tags, days_back=None):
    """A Mailman 2 digest wrapping hand-written posts: entries are (name, addr, subject, body)."""
    s = slug(listname)
    d = days_back if days_back is not None else c.rng.randrange(0, 330)
    head = (f"Send {listname} mailing list submissions to\n\t{s}@{dom}\n\n"
            f"To subscribe or unsubscribe via the World Wide Web, visit\n\thttps://{dom}/mailman/listinfo/{s}\n"
            f"or, via email, send a message with subject or body 'help' to\n\t{s}-request@{dom}\n\n"
            f"You can reach the person managing the list at\n\t{s}-owner@{dom}\n\n"
            f"When replying, please edit your Subject line so it is more specific\n"
            f"than \"Re: Contents of {listname} digest...\"\n\n\nToday's Topics:\n\n")
    head += "".join(f"   {i}. {subj} ({name})\n" for i, (name, _, subj, _) in enumerate(entries, 1))
    parts = []
    for i, (name, addr, subj, body) in enumerate(entries, 1):
        parts.append(f"Message: {i}\nDate: {c.date(d)}\nFrom: {addr} ({name})\nSubject: {subj}\n"
                     f"Message-ID: {c.msgid()}\nContent-Type: text/plain; charset=us-ascii\n\n"
                     f"{body.strip()}\n\n\n------------------------------\n")
    tail = (f"\n_______________________________________________\n{listname} mailing list\n{s}@{dom}\n"
            f"https://{dom}/mailman/listinfo/{s}\n\n\nEnd of {listname} Digest, Vol {vol}, Issue {issue}\n"
            + "*" * (38 + len(listname)) + "\n")
    body = head + "\n" + "-" * 70 + "\n\n" + "\n".join(parts) + tail
    c.add("bulk", body, subject=f"{listname} Digest, Vol {vol}, Issue {issue}",
          sender=(f"{listname}", f"{s}-request@{dom}"), to=f"{s}@{dom}",
          headers=lheaders(listname, dom), tags=tags, fmt="plain", date=c.date(d))


def discourse(forum, dom, topic, category, poster, body, tags, fmt="alt"):
    """A Discourse 'new post' notification carrying a hand-written post."""
    text = (f"{body.rstrip()}\n\n---\n[Visit Topic](https://{dom}/t/{slug(topic)[:60]}/{c.rng.randrange(200, 9000)}"
            f"/{c.rng.randrange(2, 140)}) or reply to this email to respond.\n\n"
            f"You are receiving this because you enabled mailing list mode.\n\n"
            f"To unsubscribe from these emails, [click here](https://{dom}/email/unsubscribe/{token()}).\n")
    c.add("bulk", text, subject=f"[{forum}] [{category}] {topic}",
          sender=(f"{poster} via {forum}", f"notifications@{dom}"), to=c.clp[2],
          headers={"List-Id": f"{forum} <{slug(forum)}.{dom}>", "List-Unsubscribe": f"<https://{dom}/email/unsubscribe/{token()}>",
                   "Precedence": "list", "Auto-Submitted": "auto-generated"}, tags=tags, fmt=fmt)


def robot_headers(unsub, extra=None):
    """Headers of a notification robot (forum, social network) - no mailkit X-Mailer."""
    h = {"List-Unsubscribe": f"<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    if c.rng.random() < 0.6:
        h["Precedence"] = "bulk"
    if c.rng.random() < 0.5:
        h["Auto-Submitted"] = "auto-generated"
    h.update(extra or {})
    return h


def facebook(who, group, text, tags, verb="posted in", extra=""):
    """A Facebook group notification quoting a hand-written post or comment."""
    body = (f"{who} {verb} {group}.\n\n\"{text.strip()}\"\n\n{extra}"
            f"View on Facebook\nhttps://www.facebook.com/groups/{c.rng.randrange(10**14, 10**15)}/permalink/"
            f"{c.rng.randrange(10**15, 10**16)}/\n\n"
            f"This message was sent to {c.clp[2]}. If you don't want to receive these emails from Meta in the "
            f"future, please unsubscribe.\nMeta Platforms Ireland Ltd., Attention: Community Support, Dublin 2, Ireland\n")
    c.add("bulk", body, subject=f"{who} {verb} {group}", sender=("Facebook", "notification@facebookmail.com"),
          headers=robot_headers(f"https://www.facebook.com/o.php?k={token()}", {"X-Facebook-Notify": "group_activity"}),
          tags=tags, fmt=c.rng.choice(["plain", "alt"]))


GG = "googlegroups.com"
