"""The store under killed and concurrent runs: a kill at any point of the schema setup leaves a
store that opens; `reviewsynth run` killed early then run again completes; two runs started
together on a fresh store both finish and store each case once. Real processes throughout."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from reviewsynth.store import Store
from tests.conftest import run_cli
from tests.store_helpers import fresh_store_url

TABLES = {"documents", "document_paths", "ingest_errors", "cases", "case_documents", "users",
          "codings", "audit_log", "settings", "alembic_version"}
INDEXES = {"ix_document_paths_sha256", "ix_codings_case_id", "ix_audit_log_case_id"}
# Two short fictional reports: a run over them takes seconds.
REPORTS = {
    "dhr-alder.txt": "Domestic Homicide Review into the death of Ms Alder\n"
                     "Overview Report, Westmere Community Safety Partnership, 2023.\n"
                     "Ms Alder was 34 years old. Her partner Mr Birch had a history of alcohol misuse.\n"
                     "Mr Birch killed Ms Alder with a knife at their home in March 2021.\n",
    "sar-cedar.txt": "Safeguarding Adults Review: Mr Cedar\n"
                     "Published by the Eastvale Safeguarding Adults Board, 2022.\n"
                     "Mr Cedar was 71 years old and lived alone. He died after a fall at home.\n"
                     "Agencies did not share information about his self-neglect.\n",
}
# Runs in a child: create tables until the given count, then SIGKILL itself mid-migration.
KILL_IN_SCHEMA_SETUP = """
import os, signal, sys
from alembic import op
from reviewsynth.store import Store

real_create_table, made = op.create_table, []

def create_table_then_die(*args, **kwargs):
    real_create_table(*args, **kwargs)
    made.append(args[0])
    if len(made) == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)

op.create_table = create_table_then_die
Store.open(sys.argv[1])
"""


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    pg = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    with fresh_store_url(request.param, tmp_path, pg) as url:
        yield url


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, body in REPORTS.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def _schema(url: str) -> tuple[set[str], set[str]]:
    store = Store.open(url, migrate=False)
    try:
        found = inspect(store.engine)
        tables = set(found.get_table_names())
        indexes = {i["name"] for t in tables for i in found.get_indexes(t)}
        return tables, indexes
    finally:
        store.close()


def _store_works(url: str) -> None:
    """A user command opens the store; then it takes writes."""
    listed = run_cli(["user", "list", "--db", url])
    assert listed.returncode == 0, listed.stderr
    store = Store.open(url)
    try:
        store.set_setting("probe", {"written": True})
        assert store.get_setting("probe") == {"written": True}
    finally:
        store.close()


@pytest.mark.parametrize("tables_made", [1, 5, 9])
def test_a_kill_during_schema_setup_leaves_a_store_that_opens(store_url: str, tables_made: int) -> None:
    child = subprocess.run([sys.executable, "-c", KILL_IN_SCHEMA_SETUP, store_url, str(tables_made)],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    _store_works(store_url)
    tables, indexes = _schema(store_url)
    assert TABLES <= tables and INDEXES <= indexes


def test_a_store_half_made_by_an_older_version_is_completed(store_url: str) -> None:
    """Older versions created each SQLite table in its own transaction, so a kill could leave
    tables without the revision stamp; opening such a store finishes the schema."""
    store = Store.open(store_url)
    with store.engine.begin() as conn:
        for table in ("alembic_version", "settings", "audit_log"):
            conn.execute(text(f"DROP TABLE {table}"))
        conn.execute(text("DROP INDEX ix_codings_case_id"))
    store.close()
    _store_works(store_url)
    tables, indexes = _schema(store_url)
    assert TABLES <= tables and INDEXES <= indexes


def _start_run(corpus: Path, out: Path, db: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "reviewsynth.cli", "run", str(corpus), "--out", str(out), "--db", db,
         "--workers", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _case_ids(out: Path) -> list[str]:
    return [c["case_id"] for c in json.loads((out / "cases.json").read_text(encoding="utf-8"))["cases"]]


def _stored_cases(url: str) -> list[str]:
    store = Store.open(url, migrate=False)
    try:
        return sorted(s.case.case_id for s in store.list_cases())
    finally:
        store.close()


def test_a_run_killed_in_its_first_moments_then_rerun_completes(corpus: Path, tmp_path: Path) -> None:
    """Kill points are counted from the moment the store file appears (until then the run
    only imports): four spread over the first 120 ms, where the schema is set up (it starts
    some 30 ms after the file appears and takes tens of milliseconds), and one later in the
    first second, among the first documents."""
    seed = int(os.environ.get("REVIEWSYNTH_TEST_SEED", time.time_ns() % 10**6))
    rng = random.Random(seed)
    delays = [rng.uniform(0.03 * k, 0.03 * (k + 1)) for k in range(4)] + [rng.uniform(0.12, 1.0)]
    for n, delay in enumerate(delays):
        db = tmp_path / f"killed-{n}.db"
        run = _start_run(corpus, tmp_path / f"out-killed-{n}", str(db))
        deadline = time.monotonic() + 60
        while not db.exists() and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(delay)
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate(timeout=60)
        again = run_cli(["run", str(corpus), "--out", str(tmp_path / f"out-{n}"), "--db", str(db),
                         "--workers", "1"])
        where = f"seed {seed}, killed {delay * 1000:.0f} ms after the store appeared"
        assert again.returncode == 0, f"{where}: {again.stderr[-2000:]}"
        assert len(_case_ids(tmp_path / f"out-{n}")) == len(REPORTS), where
        assert len(_stored_cases(str(db))) == len(REPORTS), where


@pytest.mark.parametrize("pair", [1, 2])
def test_two_runs_started_together_on_a_fresh_store_both_finish(
    store_url: str, corpus: Path, tmp_path: Path, pair: int
) -> None:
    runs = [_start_run(corpus, tmp_path / f"out-{k}", store_url) for k in (1, 2)]
    finished = [r.communicate(timeout=300) for r in runs]
    for run, (_out, err) in zip(runs, finished, strict=True):
        assert run.returncode == 0, err[-2000:]
        assert "Traceback" not in err
    stored = _stored_cases(store_url)
    assert len(stored) == len(REPORTS)  # each case once
    for k in (1, 2):
        assert sorted(_case_ids(tmp_path / f"out-{k}")) == stored
    store = Store.open(store_url, migrate=False)
    try:
        assert store.count_documents() == len(REPORTS)
        assert store.errors() == []
    finally:
        store.close()
