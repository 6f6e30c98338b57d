"""First-sight records: written the first time a batch is scored, never again; later runs
show the change since, and say when definitions or the gold differ."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from rich.console import Console

from reviewsynth.evaluate import evaluate, format_report
from reviewsynth.evaluate.core import METRICS_VERSION
from reviewsynth.evaluate.first_sight import (
    RECORDS_SCHEMA,
    RecordsError,
    first_sight,
    gold_digest,
    load_records,
)
from reviewsynth.schema import write_cases

from .conftest import run_cli
from .test_evaluate_fields import gold_pair, predicted_pair

DAY = dt.date(2026, 12, 2)


@pytest.fixture
def scored() -> dict:
    return evaluate(predicted_pair(), gold_pair())


def test_first_run_records_and_later_runs_leave_it_alone(tmp_path: Path, scored: dict) -> None:
    path = tmp_path / "evaluation" / "first_sight.json"
    first = first_sight(path, "batch-x", scored, "sha256:g", today=DAY)
    assert first["recorded"] is True and first["change"]["gender_accuracy"] == 0.0
    record = load_records(path)["batches"]["batch-x"]
    assert record["date"] == "2026-12-02" and record["metrics_version"] == METRICS_VERSION
    assert record["engine"]["version"] and record["gold_digest"] == "sha256:g"
    assert record["metrics"]["gender_accuracy"] == round(1 / 3, 4)
    assert record["n"]["gender_accuracy"] == 3
    before = path.read_bytes()

    better = evaluate(gold_pair(), gold_pair())  # a perfect prediction, scored later
    later = first_sight(path, "batch-x", better, "sha256:g", today=DAY + dt.timedelta(days=5))
    assert later["recorded"] is False and path.read_bytes() == before
    assert later["change"]["gender_accuracy"] == round(1 - round(1 / 3, 4), 4)
    assert later["notes"] == []


def test_batches_are_kept_side_by_side(tmp_path: Path, scored: dict) -> None:
    path = tmp_path / "fs.json"
    first_sight(path, "one", scored, None, today=DAY)
    first_sight(path, "two", evaluate(gold_pair(), gold_pair()), None, today=DAY)
    batches = load_records(path)["batches"]
    assert set(batches) == {"one", "two"}
    assert batches["one"]["metrics"]["gender_accuracy"] < batches["two"]["metrics"]["gender_accuracy"]


def test_notes_for_older_definitions_and_changed_gold(tmp_path: Path, scored: dict) -> None:
    path = tmp_path / "fs.json"
    historical = {"date": "2026-12-01", "engine": {"version": None, "commit": "abc1234"},
                  "metrics_version": 1, "provenance": "historical", "gold_digest": "sha256:old",
                  "metrics": {"gender_accuracy": 0.67}, "n": {}}
    path.write_text(json.dumps({"schema": RECORDS_SCHEMA, "batches": {"real": historical}}))
    out = first_sight(path, "real", scored, "sha256:new")
    assert out["recorded"] is False
    assert out["change"] == {"gender_accuracy": round(1 / 3 - 0.67, 4)}
    assert any("definitions v1" in n for n in out["notes"])
    assert any("gold coding has changed" in n for n in out["notes"])


def test_bad_records_file_is_an_error_naming_it(tmp_path: Path, scored: dict) -> None:
    bad = tmp_path / "fs.json"
    bad.write_text("{not json")
    with pytest.raises(RecordsError, match="fs.json"):
        first_sight(bad, "x", scored, None)
    bad.write_text(json.dumps({"schema": "something/else", "batches": {}}))
    with pytest.raises(RecordsError, match="not a first-sight records file"):
        first_sight(bad, "x", scored, None)
    with pytest.raises(RecordsError, match="empty"):
        first_sight(tmp_path / "new.json", " ", scored, None)


def test_gold_digest_ignores_formatting(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_cases(gold_pair(), a)
    b.write_text(json.dumps(json.loads(a.read_text())), encoding="utf-8")  # same data, no indent
    assert gold_digest(a) == gold_digest(b)
    write_cases(gold_pair()[:1], b)
    assert gold_digest(a) != gold_digest(b)


def test_report_shows_first_sight_and_gold_items(tmp_path: Path, scored: dict) -> None:
    path = tmp_path / "fs.json"
    first_sight(path, "batch-x", scored, None, today=DAY)
    result = evaluate(gold_pair(), gold_pair())
    result["first_sight"] = first_sight(path, "batch-x", result, None)
    console = Console(record=True, width=100)
    console.print(format_report(result))
    out = console.export_text()
    assert "Since first sight of batch-x (2026-12-02" in out
    row = next(line for line in out.splitlines() if line.strip().startswith("gender_accuracy")
               and "+0.67" in line)
    assert "0.33" in row and "1.00" in row
    header = next(line for line in out.splitlines() if "overall" in line)
    assert " n " in header  # the gold items each figure rests on


def test_cli_first_sight_json(tmp_path: Path) -> None:
    pred, gold, records = tmp_path / "pred.json", tmp_path / "gold.json", tmp_path / "fs.json"
    write_cases(predicted_pair(), pred)
    write_cases(gold_pair(), gold)
    args = ["evaluate", str(pred), str(gold), "--json", "--first-sight", "b1", "--records", str(records)]
    first = run_cli(args)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert {"overall", "per_category", "per_field", "counts", "first_sight"} <= set(data)
    assert data["overall"]["living_arrangement_accuracy"] == pytest.approx(1 / 3)
    assert data["first_sight"]["recorded"] is True
    again = json.loads(run_cli(args).stdout)
    assert again["first_sight"]["recorded"] is False
    assert again["first_sight"]["record"] == data["first_sight"]["record"]

    records.write_text("[]")
    broken = run_cli(args)
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert broken.stderr.strip().count("\n") == 0 and str(records) in broken.stderr


def test_cli_bad_input_is_one_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    write_cases(gold_pair(), gold)
    missing = run_cli(["evaluate", str(tmp_path / "nope.json"), str(gold)])
    assert missing.returncode == 2 and "nope.json: no such file" in missing.stderr
    (tmp_path / "bad.json").write_text('{"cases": [{"case_id": 3}]}')
    bad = run_cli(["evaluate", str(tmp_path / "bad.json"), str(gold)])
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "bad.json" in bad.stderr
