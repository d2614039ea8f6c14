"""mailkit: turn hand-written message specs into realistic .eml files for postbag's corpus.

Each writer script (corpus/gen/<split>_<writer>.py) builds a Corpus, adds messages whose
*content* it wrote by hand, and calls write(). mailkit only supplies the envelope: dates,
Message-IDs, MIME structure (plain, multipart/alternative, HTML-only), transfer encodings,
and the shapes real mail comes in (forwards, quoted replies, web-form and social-media
notifications, list posts, auto-replies, bounces). Everything random is drawn from the
writer's seeded RNG, so a run is reproducible.

    from mailkit import Corpus
    c = Corpus("train", "ta", seed=1201)
    c.add("safety", subject="your surgery", body="...", sender=("Dave Hollis", "dh1960@gmail.com"))
    c.add("complaint", also=["query"], body=c.quote_reply("I still have had no answer", ...))
    c.write()

Labels: the first category is the main one; `also` lists others a careful reader would
accept. must_not_autoreply defaults to yes when safety or bulk is among the categories.
"""
import email.policy
import email.utils
import hashlib
import html
import os
import random
import re
import sys
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

CATEGORIES = ["safety", "urgent", "complaint", "query", "procedural",
              "data-protection", "bulk", "other"]

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Fictional constituency parties and their secretaries (all on reserved/fictional domains).
CLPS = [
    ("Riverside CLP", "Sam Okafor", "secretary@riverside-labour.org.uk"),
    ("Ashbourne & Dale CLP", "Helen Pryce", "secretary@ashbournedalelabour.org.uk"),
    ("Kelvin North CLP", "Jamie Rennie", "clp.secretary@kelvinnorthlabour.org"),
    ("Hatherley CLP", "Priya Nair", "secretary@hatherleylabour.org.uk"),
    ("Tynebridge CLP", "Mark Dodds", "tynebridgeclp.secretary@gmail.com"),
    ("Cwm Taf Valleys CLP", "Rhian Evans", "ysgrifennydd@cwmtaflabour.cymru"),
]

FIRST = ("Aisha Alan Amara Andrew Anna Barbara Bev Bilal Brian Callum Carol Chloe Chris Colin Dai "
         "Darren David Deborah Declan Deepak Denise Derek Dylan Eileen Emeka Emma Fatima Fiona "
         "Gareth Gary Gemma Graham Grace Hamza Harpreet Hassan Hazel Ian Imran Irene Jack Jacqueline "
         "James Janet Jasmine Jason Jean Joanne John Joseph Josh Julie Karen Kate Kevin Kwame Laura "
         "Leanne Lee Lewis Linda Liz Lorraine Mandy Margaret Mark Martin Maureen Mehmet Michael "
         "Mohammed Moira Naomi Neil Nia Nicola Niamh Olu Owen Pat Paul Pauline Peter Precious Rachel "
         "Rajesh Rebecca Rhys Richard Rob Rosa Ruth Ryan Sadia Sally Sandra Sean Shabana Sharon Shaun "
         "Siobhan Simon Sinead Sophie Stephen Steve Sue Tariq Terry Tom Tony Tracey Uchenna Val "
         "Wendy Yusuf Zainab Zofia Marek Agnieszka Tomasz Ioana Luca Giulia Kofi Abdul Ngozi").split()
LAST = ("Adeyemi Ahmed Ali Allen Anderson Appiah Bailey Baker Begum Bell Bennett Bibi Campbell Carter "
        "Chaudhry Clarke Collins Cooper Davies Dixon Edwards Evans Fletcher Foster Gallagher Gill Green "
        "Griffiths Hall Harris Hughes Hussain Iqbal Jackson James Jenkins Johnson Jones Kaur Kelly Khan "
        "Kowalski Lewis Lloyd McDonald McKenzie Mahmood Malik Marshall Martin Mensah Mitchell Moore "
        "Morgan Morris Murphy Murray Nowak Obi Okoro O'Brien O'Neill Owen Parker Patel Phillips Price "
        "Rahman Reid Roberts Robinson Rogers Rose Shah Sharma Singh Smith Stewart Taylor Thomas "
        "Thompson Turner Walker Ward Watson White Williams Wilson Wood Wright Young Zielinski").split()
PROVIDERS = ["gmail.com", "googlemail.com", "hotmail.co.uk", "hotmail.com", "outlook.com",
             "yahoo.co.uk", "btinternet.com", "icloud.com", "live.co.uk", "aol.com", "sky.com",
             "virginmedia.com", "talktalk.net", "protonmail.com", "ntlworld.com", "me.com"]


def _slug(s):
    return re.sub(r"[^a-z0-9]+", "", s.lower())


class Corpus:
    """One writer's messages for one split."""

    def __init__(self, split, writer, seed):
        assert split in ("train", "dev", "dev2"), split
        assert re.fullmatch(r"[a-z0-9]+", writer), writer
        self.split, self.writer = split, writer
        self.rng = random.Random(seed)
        self.items = []  # (eml bytes, categories, must_not)
        self.clp = self.rng.choice(CLPS)

    # ---- people and places ------------------------------------------------------------
    def person(self, first=None, last=None, provider=None):
        """A random (name, address) with a plausible personal mailbox."""
        r = self.rng
        first = first or r.choice(FIRST)
        last = last or r.choice(LAST)
        style = r.randrange(7)
        f, l = _slug(first), _slug(last)
        local = [f"{f}.{l}", f"{f}{l}{r.randrange(10, 99)}", f"{f[0]}{l}", f"{f}_{l}",
                 f"{l}.{f}", f"{f}{r.randrange(1950, 2005)}", f"{f[0]}.{l}{r.randrange(1, 9)}"][style]
        return (f"{first} {last}", f"{local}@{provider or r.choice(PROVIDERS)}")

    def secretary(self):
        """(name, address) of this writer's secretary."""
        return (self.clp[1], self.clp[2])

    def date(self, days_back=None):
        """An RFC 5322 date in 2026 (or `days_back` before 2026-11-30), local UK offset."""
        r = self.rng
        day = days_back if days_back is not None else r.randrange(0, 330)
        ts = 1796083200 - day * 86400 + r.randrange(6 * 3600, 24 * 3600)  # 2026-12-01 00:00 UTC
        return email.utils.formatdate(ts, localtime=False).replace("-0000", r.choice(["+0000", "+0100"]))

    def msgid(self, domain=None):
        r = self.rng
        domain = domain or r.choice(["mail.gmail.com", "eu-west-1.amazonses.com", "outlook.com",
                                     "yahoo.co.uk", "icloud.com", "btinternet.com"])
        token = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789")
                        for _ in range(r.randrange(16, 40)))
        return f"<{token}@{domain}>"

    # ---- body shapes -------------------------------------------------------------------
    def quote_reply(self, new_text, quoted_body, quoted_from=None, quoted_date=None, style=None):
        """A reply: new text on top (or below, style='bottom') of the quoted earlier message."""
        r = self.rng
        quoted_from = quoted_from or "%s <%s>" % self.secretary()
        quoted_date = quoted_date or self.date()
        style = style or r.choice(["gmail", "outlook", "bottom", "gmail"])
        quoted = "\n".join(("> " + l) if l else ">" for l in quoted_body.strip().splitlines())
        if style == "gmail":
            return f"{new_text.rstrip()}\n\nOn {quoted_date}, {quoted_from} wrote:\n{quoted}\n"
        if style == "outlook":
            return (f"{new_text.rstrip()}\n\n________________________________\nFrom: {quoted_from}\n"
                    f"Sent: {quoted_date}\nSubject: Re: your email\n\n{quoted_body.strip()}\n")
        return f"On {quoted_date}, {quoted_from} wrote:\n{quoted}\n\n{new_text.rstrip()}\n"

    def forward(self, note, orig_body, orig_from, orig_subject, orig_date=None, style=None):
        """A forwarded message under an optional note."""
        r = self.rng
        orig_date = orig_date or self.date()
        style = style or r.choice(["gmail", "outlook", "apple"])
        if style == "gmail":
            head = (f"---------- Forwarded message ---------\nFrom: {orig_from}\nDate: {orig_date}\n"
                    f"Subject: {orig_subject}\nTo: {self.clp[2]}\n")
        elif style == "outlook":
            head = (f"________________________________\nFrom: {orig_from}\nSent: {orig_date}\n"
                    f"To: {self.clp[2]}\nSubject: {orig_subject}\n")
        else:
            head = (f"Begin forwarded message:\n\nFrom: {orig_from}\nSubject: {orig_subject}\n"
                    f"Date: {orig_date}\nTo: {self.clp[2]}\n")
        return f"{note.rstrip()}\n\n{head}\n{orig_body.strip()}\n" if note else f"{head}\n{orig_body.strip()}\n"

    def webform(self, fields, site=None, form="Contact us"):
        """The body of a website contact-form notification (use with sender=self.form_robot())."""
        lines = [f"You have a new submission from the \"{form}\" form on {site or self.site()}.", ""]
        for k, v in fields.items():
            lines.append(f"{k}: {v}" if "\n" not in v else f"{k}:\n{v}")
        lines += ["", "--", f"This e-mail was sent from a contact form on {site or self.site()}"]
        return "\n".join(lines)

    def site(self):
        return _slug(self.clp[0].replace("CLP", "")) + "labour.org.uk"

    def form_robot(self):
        return self.rng.choice([("WordPress", f"wordpress@{self.site()}"),
                                (f"{self.clp[0]} website", f"noreply@{self.site()}"),
                                ("Contact Form 7", f"forms@{self.site()}"),
                                ("NationBuilder", "no-reply@nationbuilder.com")])

    def list_headers(self, name, domain="lists.example-labour.org.uk", precedence=True, footer=False):
        """Headers a mailing list (Mailman/Google Groups/Sympa) adds; pass as headers=..."""
        lid = _slug(name)
        h = {"List-Id": f"{name} <{lid}.{domain}>",
             "List-Unsubscribe": f"<mailto:{lid}-leave@{domain}>, <https://{domain}/unsubscribe/{lid}>",
             "List-Post": f"<mailto:{lid}@{domain}>",
             "Sender": f"{lid}-bounces@{domain}"}
        if precedence:
            h["Precedence"] = "list"
        return h

    def newsletter_headers(self, esp="Mailchimp"):
        """Headers of a bulk mailer (newsletter, campaign tool)."""
        r = self.rng
        esp_domain = {"Mailchimp": "mcsv.net", "NationBuilder": "nationbuilder.com",
                      "Action Network": "actionnetwork.org", "Mailerlite": "mlsend.com",
                      "Campaign Monitor": "createsend.com"}.get(esp, "mailer.example.net")
        h = {"List-Unsubscribe": f"<https://{esp_domain}/unsubscribe?u={r.randrange(10**9)}>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "X-Mailer": esp}
        if r.random() < 0.5:
            h["Precedence"] = "bulk"
        return h

    def autoreply_headers(self, kind=None):
        """Headers of an out-of-office or other automatic reply (Exchange, Gmail, Apple)."""
        kind = kind or self.rng.choice(["exchange", "gmail", "rfc3834", "bare"])
        return {"exchange": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                             "X-MS-Exchange-Inbox-Rules-Loop": self.clp[2]},
                "gmail": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
                "rfc3834": {"Auto-Submitted": "auto-replied"},
                "bare": {}}[kind]

    def bounce(self, failed_to, reason="550 5.1.1 <%s>: Recipient address rejected: User unknown",
               subject="Undelivered Mail Returned to Sender", orig_subject="Branch meeting"):
        """The raw bytes of a delivery-status bounce (multipart/report) to the secretary."""
        r = self.rng
        reason = reason % failed_to if "%s" in reason else reason
        boundary = "%032x" % r.getrandbits(128)
        host = r.choice(["mx1.example-isp.net", "mail.btinternet.com", "smtp.gmail.com", "outbound.protection.outlook.com"])
        return (f"Return-Path: <>\r\nDate: {self.date()}\r\nFrom: MAILER-DAEMON@{host} (Mail Delivery System)\r\n"
                f"To: {self.clp[2]}\r\nSubject: {subject}\r\nMessage-ID: {self.msgid(host)}\r\n"
                f"Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
                f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{boundary}\"\r\n\r\n"
                f"--{boundary}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                f"This is the mail system at host {host}.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n"
                f"be delivered to one or more recipients.\r\n\r\n<{failed_to}>: host {host} said: {reason}\r\n\r\n"
                f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; {host}\r\n\r\n"
                f"Final-Recipient: rfc822; {failed_to}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
                f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: {self.clp[2]}\r\nTo: {failed_to}\r\n"
                f"Subject: {orig_subject}\r\n\r\n--{boundary}--\r\n").encode()

    # ---- adding messages --------------------------------------------------------------
    def add(self, label, body, subject="", sender=None, also=(), must_not=None, to=None, cc=(),
            reply_to=None, headers=None, date=None, fmt=None, html_body=None, charset=None,
            in_reply_to=None, raw=None, tags=()):
        """Add one message.

        label: main category; also: other acceptable categories.
        sender: (name, address) or a full 'Name <addr>' string; default a random person.
        to: list of addresses or one string; default this writer's secretary.
        headers: extra headers, e.g. {"List-Id": "<members.riverside.example>"} (order kept).
        fmt: 'plain' | 'alt' (text + HTML) | 'html' (HTML only); default mostly plain.
        html_body: HTML to use for 'alt'/'html' (default: the body, paragraphs wrapped).
        raw: bytes or str of a complete message to use as it is (then only labels are taken).
        tags: what the message exercises, e.g. ("implicit", "forwarded") or ("hard-negative",
              "metaphor"); written to <writer>.tags.tsv for per-class figures, never to labels.
        """
        cats = [label, *also]
        for c in cats:
            assert c in CATEGORIES, f"unknown category {c!r}"
        if must_not is None:
            must_not = "safety" in cats or "bulk" in cats
        if raw is not None:
            data = raw.encode("utf-8") if isinstance(raw, str) else raw
        else:
            data = self._render(body, subject, sender, to, cc, reply_to, headers or {}, date, fmt,
                                html_body, charset, in_reply_to)
        if isinstance(tags, str):
            tags = (tags,)
        self.items.append((data, cats, must_not, tuple(tags)))

    def _render(self, body, subject, sender, to, cc, reply_to, headers, date, fmt, html_body,
                charset, in_reply_to):
        r = self.rng
        sender = sender or self.person()
        if isinstance(sender, tuple):
            sender = email.utils.formataddr(sender, charset="utf-8")
        if to is None:
            to = [email.utils.formataddr(self.secretary()) if r.random() < 0.5 else self.clp[2]]
        elif isinstance(to, str):
            to = [to]
        fmt = fmt or r.choices(["plain", "alt", "html"], [0.72, 0.22, 0.06])[0]
        charset = charset or r.choice(["utf-8", "utf-8", "utf-8", "us-ascii", "iso-8859-1"])
        try:
            body.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        if fmt == "plain":
            msg = self._text(body, "plain", charset)
        else:
            h = html_body or to_html(body)
            if fmt == "html":
                msg = self._text(h, "html", "utf-8")
            else:
                # A boundary from the writer's RNG: the email package's own is random.
                msg = MIMEMultipart("alternative", boundary="=_%032x" % r.getrandbits(128))
                msg.attach(self._text(body, "plain", charset))
                msg.attach(self._text(h, "html", "utf-8"))
                for part in msg.get_payload():
                    del part["MIME-Version"]
        domain = sender.rsplit("@", 1)[-1].rstrip(">") if "@" in sender else None
        pairs = [("Return-Path", "<%s>" % email.utils.parseaddr(sender)[1])] if r.random() < 0.6 else []
        pairs += [("Date", date or self.date()), ("From", sender), ("To", ", ".join(to))]
        if cc:
            pairs.append(("Cc", ", ".join(cc)))
        if reply_to:
            pairs.append(("Reply-To", reply_to if isinstance(reply_to, str)
                          else email.utils.formataddr(reply_to, charset="utf-8")))
        pairs.append(("Subject", subject))
        pairs.append(("Message-ID", self.msgid(domain)))
        if in_reply_to:
            pairs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
        pairs += list(headers.items())
        if r.random() < 0.3:
            pairs.append(("X-Mailer", r.choice(["iPhone Mail (20H240)", "Microsoft Outlook 16.0",
                                                 "Yahoo Mail for Android", "Thunderbird 115.12.0",
                                                 "Apple Mail (2.3774)"])))
        for k, v in reversed(pairs):
            if not v.isascii():
                v = email.header.Header(v, "utf-8").encode()
            msg._headers.insert(0, (k, v))
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        policy = email.policy.compat32.clone(linesep="\r\n" if r.random() < 0.7 else "\n")
        data = msg.as_bytes(policy=policy)
        return data

    def _text(self, text, subtype, charset):
        """A text part with a transfer encoding real clients use: 7bit/QP/8bit/base64."""
        cs = email.charset.Charset(charset)
        if charset == "us-ascii":
            cs.body_encoding = None
        else:
            cs.body_encoding = self.rng.choices([email.charset.QP, None, email.charset.BASE64],
                                                [0.6, 0.25, 0.15])[0]
        if cs.body_encoding is None and charset != "us-ascii":
            part = MIMEText(text, subtype, charset)
            del part["Content-Transfer-Encoding"]
            part.set_payload(text.encode(charset).decode("ascii", "surrogateescape"))
            part["Content-Transfer-Encoding"] = "8bit"
            return part
        return MIMEText(text, subtype, cs)

    def write(self):
        """Write <corpus>/<split>/<writer>-NNNN.eml and <writer>.labels.tsv (merged by build.py)."""
        out = os.path.join(ROOT, self.split)
        os.makedirs(out, exist_ok=True)
        for f in os.listdir(out):
            if f.startswith(self.writer + "-") and f.endswith(".eml"):
                os.remove(os.path.join(out, f))
        rows, tag_rows = [], []
        for i, (data, cats, must_not, tags) in enumerate(self.items, 1):
            name = f"{self.writer}-{i:04d}.eml"
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(data)
            rows.append(f"{name}\t{'|'.join(cats)}\t{'yes' if must_not else 'no'}\n")
            tag_rows.append(f"{name}\t{','.join(tags)}\n")
        with open(os.path.join(out, f"{self.writer}.labels.tsv"), "w") as fh:
            fh.writelines(rows)
        with open(os.path.join(out, f"{self.writer}.tags.tsv"), "w") as fh:
            fh.writelines(tag_rows)
        counts = {}
        for _, cats, _, _ in self.items:
            counts[cats[0]] = counts.get(cats[0], 0) + 1
        print(f"{self.split}/{self.writer}: {len(self.items)} messages", dict(sorted(counts.items())),
              file=sys.stderr)


def to_html(text):
    """Plain text to the kind of HTML a webmail client sends."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    inner = "".join("<div>%s</div><div><br></div>" % html.escape(p).replace("\n", "<br>") for p in paras)
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">{inner}</div></body></html>'


import email.charset  # noqa: E402
import email.header  # noqa: E402
