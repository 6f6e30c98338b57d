"""Build gold.json for batch-f17 from its two hand-coded halves (build_gold_a.py: documents
f17_01 to f17_06, build_gold_b.py: f17_07 to f17_12), written in parallel by two writers.

Run from anywhere: python3 examples/batch-f17/build_gold.py
Each half checks every quote against its document (see ../goldlib.py) and stops on a missing one.
"""
import json
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py
from goldlib import write  # noqa: E402

cases = []
for part in ("a", "b"):
    runpy.run_path(os.path.join(HERE, f"build_gold_{part}.py"), run_name="__main__")
    half = os.path.join(HERE, f"gold_{part}.json")
    with open(half, encoding="utf-8") as f:
        cases += json.load(f)["cases"]
    os.remove(half)  # gold.json is the one file the set is scored with
write(cases, os.path.join(HERE, "gold.json"))
print(f"batch-f17: {len(cases)} cases written to gold.json")
