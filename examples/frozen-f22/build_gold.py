"""Build gold.json for frozen-f22 from its two hand-coded halves (build_gold_a.py: documents
f22_01 to f22_06, build_gold_b.py: f22_07 to f22_12), written in parallel by two writers.

Run from anywhere: python3 examples/frozen-f22/build_gold.py
Each half checks every quote against its document (see ../goldlib.py) and stops on a missing one.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py
from goldlib import merge_halves  # noqa: E402

merge_halves(HERE, "frozen-f22")
