"""8-word n-gram overlap between this batch's corpus and other test sets (run from the repository root).
For frozen sets only this batch's own shared n-grams are printed (they are this batch's text too)."""
import glob
import html
import os
import re
import sys


def words(t):
    t = html.unescape(re.sub(r"(?s)<[^>]+>", " ", t))
    return re.findall(r"[a-z0-9']+", t.lower())


def grams(ws, n=8):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
mine = set()
for f in sorted(glob.glob(os.path.join(here, "corpus", "*"))):
    mine |= grams(words(open(f, encoding="utf-8").read()))
sets = sys.argv[1:] or ["../shared/eval-real-dev", "../shared/eval-dev", "examples/batch-f1", "examples/batch-f3",
                        "examples/heldout", "examples/corpus", "examples/sources", "examples/frozen-f2", "examples/frozen-f4"]
for root in sets:
    other = set()
    for dp, _, fs in os.walk(root):
        for fn in fs:
            if fn.endswith((".txt", ".html", ".htm", ".md")):
                other |= grams(words(open(os.path.join(dp, fn), encoding="utf-8", errors="ignore").read()))
    hits = sorted(mine & other)
    print(f"{root}: {len(hits)}")
    for h in hits:
        print("   ", h)
