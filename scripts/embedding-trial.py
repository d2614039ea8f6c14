"""Trial of a semantic layer: potion-base-2M static embeddings (model2vec, MIT; 64 dimensions,
distilled from bge-base-en-v1.5) against and beside plain word features, on corpus/train ->
corpus/dev. Not part of postbag: it measured whether such a layer is worth building (it was
not; see README "Triage quality").

    pip install numpy scikit-learn tokenizers safetensors
    # the weights ship inside the crates.io crate yantrikdb 0.23.4 (assets/potion-base-2M):
    #   cargo new /tmp/dl && cd /tmp/dl && echo 'yantrikdb = "=0.23.4"' >> Cargo.toml && cargo fetch
    python3 scripts/embedding-trial.py ~/.cargo/registry/src/*/yantrikdb-0.23.4/assets/potion-base-2M

Prints dev accuracy, safety recall, safety ROC AUC and messages wrongly called safety for:
logistic regression on the mean embedding; on mean + max + min over sentences; TF-IDF word
and word-pair features; and TF-IDF with the embeddings appended.
"""
import os
import re
import sys

import numpy as np
import scipy.sparse as sp
from safetensors.numpy import load_file
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from tokenizers import Tokenizer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailtext import text_of  # noqa: E402

CATS = ["safety", "urgent", "complaint", "query", "procedural", "data-protection", "bulk", "other"]
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def embed(tok, table, texts):
    out = np.zeros((len(texts), table.shape[1]), np.float32)
    for i, enc in enumerate(tok.encode_batch(texts, add_special_tokens=False)):
        if enc.ids:
            v = table[enc.ids].mean(0)
            out[i] = v / (np.linalg.norm(v) + 1e-9)
    return out


def load(split, tok, table):
    root = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus", split)
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(root, "labels.tsv"))][1:]
    texts, pooled, labels = [], [], []
    for name, cats, _ in rows:
        subject, body = text_of(os.path.join(root, name))
        texts.append((subject + "\n" + body)[:8000])
        labels.append(cats.split("|"))
        sents = [s.strip() for s in SENTENCE.split(subject + ".\n" + body[:8000]) if len(s.strip()) > 15]
        e = embed(tok, table, sents[:200]) if sents else np.zeros((1, table.shape[1]), np.float32)
        pooled.append(np.concatenate([e.max(0), e.min(0)]))
    mean = embed(tok, table, texts)
    return texts, labels, mean, np.hstack([mean, np.array(pooled)])


def report(name, p, labels):
    pred = p.argmax(1)
    truth = np.array([l[0] == "safety" for l in labels])
    acc = np.mean([CATS[k] in l for k, l in zip(pred, labels)])
    print(f"{name:32} accuracy {acc:.3f}  safety recall {np.mean(pred[truth] == 0):.3f}  "
          f"AUC {roc_auc_score(truth, p[:, 0]):.3f}  wrongly safety {np.sum((pred == 0) & ~truth)}")


def main():
    assets = sys.argv[1]
    tok = Tokenizer.from_file(os.path.join(assets, "tokenizer.json"))
    table = next(iter(load_file(os.path.join(assets, "model.safetensors")).values()))
    tr, dv = load("train", tok, table), load("dev", tok, table)
    y = np.array([CATS.index(l[0]) for l in tr[1]])
    fit = lambda x, c: LogisticRegression(C=c, max_iter=3000).fit(x, y)  # noqa: E731
    report("embedding mean", fit(tr[2], 10).predict_proba(dv[2]), dv[1])
    report("embedding mean+max+min", fit(tr[3], 10).predict_proba(dv[3]), dv[1])
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    xtr, xdv = vec.fit_transform(tr[0]), vec.transform(dv[0])
    report("tf-idf words+pairs", fit(xtr, 30).predict_proba(xdv), dv[1])
    for scale in (0.3, 1.0):
        a = sp.hstack([xtr, sp.csr_matrix(tr[3] * scale)]).tocsr()
        b = sp.hstack([xdv, sp.csr_matrix(dv[3] * scale)]).tocsr()
        report(f"tf-idf + embeddings x{scale}", fit(a, 30).predict_proba(b), dv[1])


if __name__ == "__main__":
    main()
