"""Trial of reading a letter by its parts for safety: does the most threatening paragraph
find threats that a model of the whole letter misses (a threat in the last paragraph of a
long motion, in a P.S., in the middle of a rant)? Not part of postbag: it measured whether
such a reading is worth building (it was not; see README "Triage quality").

    pip install numpy scipy scikit-learn
    python3 scripts/segment-trial.py

On corpus/train alone, 5-fold cross-validated (never corpus/dev or dev2): a binary safety
model (TF-IDF words and word pairs, logistic regression) over the whole letter, and beside
it a model of parts (paragraphs of at least 120 characters and pairs of neighbouring ones,
quote marks removed), trained the multiple-instance way: every part of a letter that is no
threat is a negative, the most threatening part of each threat (by the whole-letter model)
a positive. Prints messages wrongly called safety at a given safety recall, overall and for
threats by tag (threat-at-end, embedded, calm, veiled, short), with the same number of false
alarms for every way of combining the two.
"""
import os
import re
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailtext import text_of  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus", "train")


def parts(body):
    body = re.sub(r"(?m)^[ \t]*(>[ \t]?)+", "", body)
    segs, cur = [], ""
    for p in (p.strip() for p in re.split(r"\n\s*\n", body)):
        if not p:
            continue
        cur = f"{cur}\n{p}" if cur else p
        if len(cur) >= 120:
            segs.append(cur)
            cur = ""
    if cur:
        segs.append(cur)
    if len(segs) < 2:
        return []
    pairs = [segs[i] + "\n" + segs[i + 1] for i in range(len(segs) - 1)] if len(segs) > 2 else []
    return segs + pairs


def vec():
    return TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=300000)


def fit(docs, y):
    v = vec()
    clf = LogisticRegression(C=8, max_iter=2000, class_weight="balanced").fit(v.fit_transform(docs), y)
    return lambda texts: clf.predict_proba(v.transform(texts))[:, 1]


def main():
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "labels.tsv"))][1:]
    tags = {}
    for line in list(open(os.path.join(ROOT, "tags.tsv")))[1:]:
        f, t = line.rstrip("\n").split("\t")
        tags[f] = set(t.split(","))
    T, S, Y = [], [], []
    for name, cats, _ in rows:
        subject, body = text_of(os.path.join(ROOT, name))
        body = body[:24000]
        T.append(subject + "\n" + body)
        S.append(parts(body))
        Y.append(cats.split("|")[0] == "safety")
    Y = np.array(Y)
    whole, part = np.zeros(len(T)), np.zeros(len(T))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=1).split(T, Y):
        p_whole = fit([T[i] for i in tr], Y[tr])
        whole[te] = p_whole([T[i] for i in te])
        docs, lab = [T[i] for i in tr], list(Y[tr])
        for i in tr:
            if not S[i]:
                continue
            if Y[i]:
                docs.append(S[i][int(p_whole(S[i]).argmax())])
                lab.append(True)
            else:
                docs.extend(S[i])
                lab.extend([False] * len(S[i]))
        p_part = fit(docs, lab)
        for i in te:
            part[i] = p_part(S[i]).max() if S[i] else p_part([T[i]])[0]
    names = [r[0] for r in rows]
    for fa in (500, 700, 1000):
        print(f"with {fa} messages wrongly called safety:")
        for label, sc in [("whole letter", whole), ("mean of whole and parts", (whole + part) / 2),
                          ("max of whole and parts", np.maximum(whole, part))]:
            th = np.sort(sc[~Y])[::-1][fa]
            out = [f"  {label:26} recall {np.mean(sc[Y] > th):.3f}"]
            for t in ("threat-at-end", "embedded", "calm", "veiled", "short"):
                idx = np.array([t in tags.get(n, ()) for n in names]) & Y
                out.append(f"{t} {np.mean(sc[idx] > th):.3f}")
            print("  ".join(out))


if __name__ == "__main__":
    main()
