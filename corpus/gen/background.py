#!/usr/bin/env python3
"""Writes corpus/background/labels.tsv: the SpamAssassin public corpus mail the model is
trained on beside corpus/train, as background (real mail from outside the party's world,
written by nobody here).

Which messages: every third file, in name order, of the corpus's two earlier folders,
`easy-ham-1` and `spam-1` (1,001 messages). The later folders, `easy-ham-2`, `hard-ham-1`
and `spam-2` (3,046 messages), are never trained on: they are the held-out half on which
the SpamAssassin figures are read.

Labels, from the headers only (nobody read the text to label it): spam is `bulk`; ham with
list headers (List-Id, List-Unsubscribe, List-Post, Mailing-List) or Precedence bulk, list or
junk is `bulk`; other ham is personal mail, `other`. None is safety: 2002's tech lists and
spam hold no threats to a party secretary.

Usage: python3 corpus/gen/background.py "$(scripts/fetch-corpus.sh)"
"""
import email
import os
import sys
from email import policy

TRAINED_ON = ("easy-ham-1", "spam-1")
LIST_HEADERS = ("List-Id", "List-Unsubscribe", "List-Post", "Mailing-List")


def label(folder, raw):
    if raw.startswith(b"From "):
        raw = raw.split(b"\n", 1)[1]
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    listed = any(msg.get(h) for h in LIST_HEADERS)
    bulk_precedence = str(msg.get("Precedence", "")).strip().lower() in ("bulk", "list", "junk")
    if folder.startswith("spam") or listed or bulk_precedence:
        return "bulk"
    return "other"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = sys.argv[1]
    rows = []
    for folder in TRAINED_ON:
        names = sorted(n for n in os.listdir(os.path.join(data, folder)) if n.endswith(".txt"))
        for name in names[::3]:
            with open(os.path.join(data, folder, name), "rb") as f:
                category = label(folder, f.read())
            must_not = "yes" if category == "bulk" else "no"
            rows.append(f"{folder}/{name}\t{category}\t{must_not}")
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "background", "labels.tsv")
    with open(out, "w") as f:
        f.write("file\tcategories\tmust_not_autoreply\n")
        f.write("\n".join(rows) + "\n")
    print(f"{len(rows)} messages -> {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
