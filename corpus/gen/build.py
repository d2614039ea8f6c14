"""Build the corpus: run every writer script (corpus/gen/train_*.py, dev_*.py, dev2_*.py), each with its own
seed, then merge the writers' label files of each split into <split>/labels.tsv.

    python3 corpus/gen/build.py            # everything
    python3 corpus/gen/build.py dev_b      # one writer, then merge
"""
import glob
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)


def merge(split):
    d = os.path.join(ROOT, split)
    if not os.path.isdir(d):
        return
    rows, seen = [], set()
    for part in sorted(glob.glob(os.path.join(d, "*.labels.tsv"))):
        if os.path.basename(part) == "labels.tsv":
            continue
        for line in open(part, encoding="utf-8"):
            name = line.split("\t", 1)[0]
            assert name not in seen, f"{name} twice"
            assert os.path.exists(os.path.join(d, name)), f"{part}: {name} missing"
            seen.add(name)
            rows.append(line)
    with open(os.path.join(d, "labels.tsv"), "w", encoding="utf-8") as fh:
        fh.write("file\tcategories\tmust_not_autoreply\n")
        fh.writelines(rows)
    tags = []
    for part in sorted(glob.glob(os.path.join(d, "*.tags.tsv"))):
        tags.extend(open(part, encoding="utf-8"))
    with open(os.path.join(d, "tags.tsv"), "w", encoding="utf-8") as fh:
        fh.write("file\ttags\n")
        fh.writelines(tags)
    print(f"{split}: {len(rows)} labelled messages", file=sys.stderr)


def main():
    # Script names with or without .py or a directory: train_ta1, train_ta1.py, corpus/gen/train_ta1.py
    only = [os.path.basename(a)[:-3] if a.endswith(".py") else os.path.basename(a) for a in sys.argv[1:]]
    for script in sorted(glob.glob(os.path.join(HERE, "*.py"))):
        name = os.path.basename(script)[:-3]
        if not name.startswith(("train_", "dev_", "dev2_")):
            continue
        if only and name not in only:
            continue
        runpy.run_path(script, run_name="__main__")
    merge("train")
    merge("dev")
    merge("dev2")


if __name__ == "__main__":
    main()
