"""Build gold.json for batch-f21 from its one hand-coded half (build_gold_a.py: documents f21_01 to f21_06).

The second writer's half never arrived; its one finished document moved to batch-f23, so this batch has six cases.
Run from anywhere: python3 examples/batch-f21/build_gold.py
The half checks every quote against its document (see ../goldlib.py) and stops on a missing one.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py
from goldlib import merge_halves  # noqa: E402

merge_halves(HERE, "batch-f21", parts=("a",))
