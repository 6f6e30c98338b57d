"""End to end: a batch of hostile files and good reports. The run finishes in bounded time
and memory, every good report is coded, every bad file is in errors.json and in the store's
error table with its reason, and a re-run works."""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, run_cli
from .fixtures.ingest.hostile import run_measured, write_big_html, write_zip_bomb_docx

pytestmark = pytest.mark.slow

CORPUS = EXAMPLES / "corpus"
GOOD = [
    "child-safeguarding-practice-review-kai.html",
    "SAR Adult C (Colin) Overview Report - Stenbury SAB.docx",
    "eastbridge-sab-sar-mr-h-2024.txt",
    "DHR Overview Report - Leah (Harwick) FINAL.pdf",
]
GB = 1024**3


def _good_reports(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    if not all((CORPUS / name).is_file() for name in GOOD):
        pytest.skip("sample corpus not built yet")
    return [Path(shutil.copy(CORPUS / name, folder / name)) for name in GOOD]


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "reviewsynth.cli", *args]


def _errors(out: Path) -> dict[str, str]:
    return {Path(e["path"]).name: e["reason"] for e in json.loads((out / "errors.json").read_text())}


def _store_errors(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        return {Path(p).name: r for p, r in con.execute("select path, reason from ingest_errors")}
    finally:
        con.close()


def _coded_documents(out: Path) -> set[str]:
    cases = json.loads((out / "cases.json").read_text())["cases"]
    return {Path(d["path"]).name for c in cases for d in c["documents"]}


def test_hostile_batch_finishes_in_bounded_time_and_memory(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _good_reports(folder)
    write_zip_bomb_docx(folder / "bomb.docx", unpacked_mb=1100)
    assert (folder / "bomb.docx").stat().st_size < 5_000_000
    (folder / "loop.txt").symlink_to("loop.txt")
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    write_big_html(folder / "huge.html", CORPUS / "child-safeguarding-practice-review-child-j.html", mb=50)
    out, db = tmp_path / "out", tmp_path / "rs.db"

    res = run_measured(_cli("run", str(folder), "--out", str(out), "--db", str(db)), timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    assert res.seconds < 300
    assert res.peak_tree_bytes < 2 * GB, f"peak {res.peak_tree_bytes / GB:.2f} GB"
    largest_reaped = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    assert largest_reaped < 2 * GB

    errors = _errors(out)
    assert set(errors) == {"bomb.docx", "loop.txt", "fifo.txt", "zero.txt", "huge.html"}
    assert re.search(r"unpacks to 1,\d{3} MB, more than the limit", errors["bomb.docx"])
    assert "symbolic link loop" in errors["loop.txt"]
    assert "FIFO" in errors["fifo.txt"]
    assert "device" in errors["zero.txt"]
    assert "[limits] max_text_chars" in errors["huge.html"]
    assert _store_errors(db) == errors
    assert set(GOOD) <= _coded_documents(out)
    for name in errors:
        assert name in res.stderr

    again = run_measured(_cli("run", str(folder), "--out", str(tmp_path / "out2"), "--db", str(db)),
                         timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    assert (tmp_path / "out2" / "cases.json").read_text() == (out / "cases.json").read_text()
    assert _errors(tmp_path / "out2") == errors


def test_over_budget_documents_fail_alone_and_the_run_finishes(tmp_path: Path) -> None:
    """A document over the memory budget and one over the time budget (its worker is
    stopped and replaced) are error entries; the other reports are coded; a re-run works."""
    folder = tmp_path / "in"
    _good_reports(folder)
    text = (CORPUS / "eastbridge-sab-sar-mr-h-2024.txt").read_text(encoding="utf-8")
    with (folder / "huge.txt").open("w", encoding="utf-8") as f:  # 200 MB: cleaning needs > 600 MB
        for _ in range(200_000_000 // len(text)):
            f.write(text)
    # 16 MB of HTML: read in seconds, but coding it takes minutes, far over 20 s.
    write_big_html(folder / "slow.html", CORPUS / "child-safeguarding-practice-review-child-j.html", mb=16)
    config = tmp_path / "reviewsynth.toml"
    config.write_text("[limits]\nworker_memory_mb = 600\ndocument_seconds = 20\nmax_text_chars = 0\n")
    db = tmp_path / "rs.db"
    for out in (tmp_path / "out", tmp_path / "again"):
        res = run_measured(_cli("run", str(folder), "--out", str(out), "--db", str(db),
                                "--config", str(config)), timeout=300)
        assert res.returncode == 0, res.stderr[-3000:]
        assert "BrokenProcessPool" not in res.stderr and "Traceback" not in res.stderr
        errors = _errors(out)
        assert errors == {
            "huge.txt": "needs more memory than the limit of 600 MB per document ([limits] worker_memory_mb)",
            "slow.html": "coding failed: took longer than the limit of 20 s per document "
                         "([limits] document_seconds); stopped",
        }
        assert set(GOOD) <= _coded_documents(out)


def _unreadable_runner() -> list[str]:
    """How to run the CLI so that a mode-000 file cannot be read: as root, without the
    capabilities that override file permissions."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a file cannot be made unreadable")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_dangling_link_and_unreadable_file_are_in_errors_json_and_the_store(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _good_reports(folder)
    (folder / "gone.pdf").symlink_to(tmp_path / "deleted.pdf")
    secret = folder / "locked.txt"
    secret.write_text("A review no one may read.")
    secret.chmod(0)
    out, db = tmp_path / "out", tmp_path / "rs.db"
    res = run_measured(_unreadable_runner() + _cli("run", str(folder), "--out", str(out), "--db", str(db)),
                       timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    errors = _errors(out)
    assert errors == {"gone.pdf": f"broken symbolic link: its target {tmp_path / 'deleted.pdf'} does not exist",
                      "locked.txt": "cannot read file: permission denied"}
    assert _store_errors(db) == errors


def test_missing_input_is_a_usage_error_before_any_work(tmp_path: Path) -> None:
    res = run_cli(["run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"),
                   "--db", str(tmp_path / "rs.db")])
    assert res.returncode == 2
    assert res.stderr.strip() == f"error {tmp_path / 'nowhere'}: input path does not exist"
    assert not (tmp_path / "rs.db").exists()
