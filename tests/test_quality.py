"""Extraction quality must not fall more than 0.05 below the figures recorded in
`tests/quality_baseline.json` (and in the README), on the sample corpus and on eval-dev.

Re-record after a real improvement with `python scripts/quality.py --record`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewsynth.evaluate import evaluate, load_texts_for
from reviewsynth.schema import load_cases

from .conftest import EXAMPLES, run_corpus

BASELINE = json.loads((Path(__file__).parent / "quality_baseline.json").read_text(encoding="utf-8"))
TOLERANCE = 0.05
pytestmark = pytest.mark.slow


def _check(pred_path: Path, gold_path: Path, recorded: dict[str, float]) -> None:
    pred, gold = load_cases(pred_path), load_cases(gold_path)
    result = evaluate(pred, gold, load_texts_for(pred_path, pred))
    overall = result["overall"]
    fallen = {m: (overall.get(m), v) for m, v in recorded.items()
              if overall.get(m) is None or overall[m] < v - TOLERANCE}
    assert not fallen, f"metrics fell more than {TOLERANCE} below the recorded value: {fallen}"


def test_sample_corpus_quality(examples_run: Path) -> None:
    _check(examples_run / "out" / "cases.json", EXAMPLES / "gold" / "all.gold.json", BASELINE["examples"])


def test_held_out_quality(tmp_path: Path) -> None:
    run_corpus(EXAMPLES / "heldout" / "corpus", tmp_path)
    _check(tmp_path / "out" / "cases.json", EXAMPLES / "heldout" / "gold" / "all.gold.json", BASELINE["held-out"])


def test_eval_dev_quality(eval_dev_run: Path) -> None:
    _check(eval_dev_run / "out" / "cases.json", eval_dev_run / "gold.json", BASELINE["eval-dev"])
