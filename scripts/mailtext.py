"""The subject and body text of a message file, as the trial scripts (embedding-trial.py,
segment-trial.py) read it: the plain part, or the HTML part with its tags dropped."""
import email
import email.policy
import html
import re


def text_of(path):
    m = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
    subject, body = str(m.get("subject", "")), ""
    try:
        part = m.get_body(preferencelist=("plain", "html"))
        if part is not None:
            body = part.get_content()
            if part.get_content_type() == "text/html":
                body = html.unescape(re.sub(r"<[^>]+>", " ", body))
    except Exception:
        pass
    return subject, body
