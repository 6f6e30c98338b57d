"""Build gold.json for batch-f19 from its two hand-coded halves (build_gold_a.py: documents
f19_01 to f19_06, build_gold_b.py: f19_07 to f19_12), written in parallel by two writers.

Run from anywhere: python3 examples/batch-f19/build_gold.py
Each half checks every quote against its document (see ../goldlib.py) and stops on a missing one.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py
from goldlib import merge_halves  # noqa: E402

merge_halves(HERE, "batch-f19")
