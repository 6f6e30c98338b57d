"""End to end: `reviewsynth run` on the sample corpus, re-runs and runs killed with SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewsynth.schema import load_cases

from .conftest import EXAMPLES, run_cli

CORPUS = EXAMPLES / "corpus"
pytestmark = pytest.mark.slow


def _run(args: list[str], **kw) -> subprocess.CompletedProcess[str]:
    return run_cli(args, **kw)


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        out = {}
        for table in ("documents", "document_paths", "cases", "case_documents"):
            out[table] = con.execute(f"select count(*) from {table}").fetchone()[0]
        out["machine_codings"] = con.execute(
            "select count(*) from audit_log where action = 'machine_coding'").fetchone()[0]
        return out
    finally:
        con.close()


def _small_corpus(tmp_path: Path) -> Path:
    """A copy of part of the sample corpus, with a few bad files mixed in."""
    folder = tmp_path / "in"
    folder.mkdir()
    files = sorted(p for p in CORPUS.iterdir() if p.is_file())
    if not files:
        pytest.skip("sample corpus not built yet")
    for p in files:
        if p.suffix.lower() in (".txt", ".docx", ".html") or "Summary" in p.name:
            (folder / p.name).write_bytes(p.read_bytes())
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.xyz").write_text("not a review")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    return folder


@pytest.fixture(scope="module")
def full_run(examples_run: Path) -> Path:
    return examples_run


def test_run_writes_the_contract_outputs(full_run: Path) -> None:
    out = full_run / "out"
    for name in ("cases.json", "tables.json", "report.html", "tables.xlsx", "screening.csv", "errors.json"):
        assert (out / name).is_file(), name
    cases = load_cases(out / "cases.json")
    assert len(cases) >= 12
    assert all(c.documents and c.screening is not None for c in cases)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (out / "texts").glob("*.txt")}
    # Evidence or nothing: every quote is verbatim in its document's text.
    for case in cases:
        for ev in _all_evidence(json.loads(case.model_dump_json())):
            text = texts[ev["document"]]
            assert ev["quote"] in text
            if ev.get("start") is not None:
                assert text[ev["start"]:ev["end"]] == ev["quote"]


def test_rerun_adds_nothing(full_run: Path) -> None:
    before = _counts(full_run / "rs.db")
    res = _run(["run", str(CORPUS), "--out", str(full_run / "out2"), "--db", str(full_run / "rs.db")])
    assert res.returncode == 0, res.stderr
    assert _counts(full_run / "rs.db") == before
    a = json.loads((full_run / "out" / "cases.json").read_text())
    b = json.loads((full_run / "out2" / "cases.json").read_text())
    assert a == b


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = _small_corpus(tmp_path)
    res = _run(["run", str(folder), "--out", str(tmp_path / "out"), "--db", str(tmp_path / "rs.db")])
    assert res.returncode == 0, res.stderr
    errors = {Path(e["path"]).name: e["reason"] for e in json.loads((tmp_path / "out" / "errors.json").read_text())}
    assert set(errors) == {"empty.pdf", "notes.xyz", "broken.pdf"}
    assert all(reason and "\n" not in reason for reason in errors.values())
    for name in errors:
        assert name in res.stderr
    assert load_cases(tmp_path / "out" / "cases.json")


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.pdf").write_bytes(b"")
    res = _run(["run", str(folder), "--out", str(tmp_path / "out"), "--db", str(tmp_path / "rs.db")])
    assert res.returncode != 0
    assert "No document could be processed" in res.stderr


@pytest.mark.parametrize("kill_when", ["documents", "cases"])
def test_killed_run_resumes_with_nothing_lost_or_duplicated(tmp_path: Path, kill_when: str) -> None:
    folder = _small_corpus(tmp_path)
    clean_db = tmp_path / "clean.db"
    res = _run(["run", str(folder), "--out", str(tmp_path / "clean"), "--db", str(clean_db)])
    assert res.returncode == 0, res.stderr
    expected = _counts(clean_db)

    db = tmp_path / "killed.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "reviewsynth.cli", "run", str(folder), "--out", str(tmp_path / "k"),
         "--db", str(db), "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                if _counts(db)[kill_when] >= 1:
                    break
            except sqlite3.Error:
                pass  # tables not created yet
        time.sleep(0.02)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()

    res = _run(["run", str(folder), "--out", str(tmp_path / "resumed"), "--db", str(db)])
    assert res.returncode == 0, res.stderr
    assert _counts(db) == expected
    clean = json.loads((tmp_path / "clean" / "cases.json").read_text())
    resumed = json.loads((tmp_path / "resumed" / "cases.json").read_text())
    assert resumed == clean


def _all_evidence(node: object):
    if isinstance(node, dict):
        if "quote" in node and "document" in node:
            yield node
        for v in node.values():
            yield from _all_evidence(v)
    elif isinstance(node, list):
        for v in node:
            yield from _all_evidence(v)
