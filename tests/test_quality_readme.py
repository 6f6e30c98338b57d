"""The README's quality table is generated from the first-sight records and the baseline
(scripts/quality.py), with first-sight and current columns side by side for every set."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

from reviewsynth.evaluate.first_sight import load_records

REPO = Path(__file__).resolve().parents[1]


def quality() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quality_script", REPO / "scripts" / "quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_first_sight_and_now_side_by_side() -> None:
    q = quality()
    records = {"batches": {"batch-f1": {"date": "2026-12-01", "engine": {"commit": "abc1234"},
                                        "metrics_version": 1, "provenance": "by hand",
                                        "metrics": {"gender_accuracy": 0.5}}}}
    baseline = {"metrics_version": 2, "batch-f1": {"gender_accuracy": 0.75},
                "frozen-f2": {"gender_accuracy": 0.9}}
    lines = q.markdown(records, baseline).splitlines()
    assert lines[0] == ("| metric | batch-f1 first sight | batch-f1 now | frozen-f2 first sight "
                        "| frozen-f2 now |")
    assert "| gender_accuracy | 0.50 | 0.75 | – | 0.90 |" in lines
    assert "- `batch-f1`: 2026-12-01, engine abc1234, metric definitions v1; by hand" in lines
    assert "- `frozen-f2`: no first-sight record yet" in lines
    assert any(line.startswith("Metric definitions: v1") for line in lines)  # versions differ


def test_readme_table_is_the_generated_one() -> None:
    q = quality()
    records = load_records(REPO / "evaluation" / "first_sight.json")
    baseline = json.loads((REPO / "tests" / "quality_baseline.json").read_text(encoding="utf-8"))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(re.escape(q.README_START) + "\n(.*?)\n" + re.escape(q.README_END), readme, re.S)
    assert block is not None
    assert block.group(1) == q.markdown(records, baseline), "run: python scripts/quality.py --readme"
    header = block.group(1).splitlines()[0]
    for name in q.SET_NAMES:
        assert f"{name} first sight" in header and f"{name} now" in header


def test_every_set_has_a_first_sight_record_with_provenance() -> None:
    q = quality()
    batches = load_records(REPO / "evaluation" / "first_sight.json")["batches"]
    assert set(q.SET_NAMES) <= set(batches)
    for name in q.SET_NAMES:
        record = batches[name]
        assert record["metrics"] and record["provenance"] and record["date"], name
        assert isinstance(record["metrics_version"], int), name
        # Historical figures were measured under the earlier definitions and say so.
        if record["metrics_version"] < 2:
            assert record["gold_digest"] is None, name
