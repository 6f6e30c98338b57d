"""Extraction quality must not fall more than 0.02 below the figures recorded in
`tests/quality_baseline.json` (and in the README), on every gold-coded set: the sample corpus,
the other-styles set, ../shared/eval-dev, the real published summaries of
../shared/eval-real-dev, and every fictional batch under examples/ (batch-fN for development,
frozen-fN held out) that has a recorded baseline.

Re-record after a real improvement with `python scripts/quality.py --record`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewsynth.evaluate import evaluate, load_texts_for
from reviewsynth.schema import load_cases

from .conftest import EXAMPLES, SHARED, run_corpus

BASELINE = json.loads((Path(__file__).parent / "quality_baseline.json").read_text(encoding="utf-8"))
TOLERANCE = 0.02
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


def test_styles_dev_quality(tmp_path: Path) -> None:
    run_corpus(EXAMPLES / "heldout" / "corpus", tmp_path)
    _check(tmp_path / "out" / "cases.json", EXAMPLES / "heldout" / "gold" / "all.gold.json", BASELINE["styles-dev"])


def test_eval_dev_quality(eval_dev_run: Path) -> None:
    _check(eval_dev_run / "out" / "cases.json", eval_dev_run / "gold.json", BASELINE["eval-dev"])


def test_real_published_summaries_quality(tmp_path: Path) -> None:
    """The real texts are read from ../shared and copied only into a temporary folder."""
    real = SHARED / "eval-real-dev"
    if not real.is_dir():
        pytest.skip("../shared/eval-real-dev not present")
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in sorted(real.glob("*.txt")):
        if p.stem.upper() not in ("README", "NOTES", "SOURCES"):
            (docs / p.name).write_bytes(p.read_bytes())
    run_corpus(docs, tmp_path)
    _check(tmp_path / "out" / "cases.json", real / "gold.json", BASELINE["real-dev"])


# the batches are the baseline's own keys, so a batch is checked from the run that first records it
BATCHES = sorted(name for name in BASELINE if (EXAMPLES / name / "gold.json").is_file())


@pytest.mark.parametrize("batch", BATCHES)
def test_fictional_batch_quality(batch: str, tmp_path: Path) -> None:
    run_corpus(EXAMPLES / batch / "corpus", tmp_path)
    _check(tmp_path / "out" / "cases.json", EXAMPLES / batch / "gold.json", BASELINE[batch])
