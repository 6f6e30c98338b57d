"""Shared fixtures. External programs (tesseract, chromium, PostgreSQL) are required in CI
(REVIEWSYNTH_REQUIRE_EXTERNALS=true): there a missing one fails the test instead of skipping."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EVAL_DEV = SHARED / "eval-dev"
EXAMPLES = REPO / "examples"


def require_externals() -> bool:
    return os.environ.get("REVIEWSYNTH_REQUIRE_EXTERNALS", "").lower() in ("1", "true", "yes")


def need(condition: bool, what: str) -> None:
    """Skip (locally) or fail (in CI) when an external component is missing."""
    if condition:
        return
    if require_externals():
        pytest.fail(f"{what} is required in CI but missing")
    pytest.skip(f"{what} not available")


@pytest.fixture
def tesseract() -> str:
    path = shutil.which("tesseract")
    need(path is not None, "tesseract")
    return str(path)


@pytest.fixture
def chromium_path() -> str:
    path = "/usr/bin/chromium"
    need(Path(path).exists(), "Debian chromium")
    return path


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get("REVIEWSYNTH_TEST_PG_URL", "")
    need(bool(url), "PostgreSQL (REVIEWSYNTH_TEST_PG_URL)")
    return url


@pytest.fixture
def eval_dev() -> Path:
    if not EVAL_DEV.is_dir():
        pytest.skip("../shared/eval-dev not present")
    return EVAL_DEV


def run_cli(args: list[str], **kw) -> subprocess.CompletedProcess[str]:
    """`reviewsynth ARGS` in a fresh process (as a user runs it)."""
    return subprocess.run([sys.executable, "-m", "reviewsynth.cli", *args], capture_output=True,
                          text=True, timeout=900, **kw)


def run_corpus(corpus: Path, folder: Path) -> Path:
    """`reviewsynth run CORPUS` into `folder/out` with its own store `folder/rs.db`."""
    res = run_cli(["run", str(corpus), "--out", str(folder / "out"), "--db", str(folder / "rs.db")])
    assert res.returncode == 0, res.stderr
    return folder


@pytest.fixture(scope="session")
def examples_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `reviewsynth run` over the sample corpus, shared by the tests that read its outputs:
    the folder holds `out/` and the store `rs.db`."""
    corpus = EXAMPLES / "corpus"
    if not corpus.is_dir() or not any(corpus.iterdir()):
        pytest.skip("sample corpus not built")
    return run_corpus(corpus, tmp_path_factory.mktemp("examples_run"))


@pytest.fixture(scope="session")
def eval_dev_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `reviewsynth run` over the report files of ../shared/eval-dev (not its notes)."""
    if not EVAL_DEV.is_dir():
        pytest.skip("../shared/eval-dev not present")
    folder = tmp_path_factory.mktemp("eval_dev_run")
    docs = folder / "docs"
    docs.mkdir()
    for p in sorted(EVAL_DEV.iterdir()):
        if p.suffix.lower() in (".pdf", ".docx", ".html", ".txt"):
            (docs / p.name).write_bytes(p.read_bytes())
    run_corpus(docs, folder)
    gold = {"schema": "reviewsynth.cases/1", "cases": []}
    for p in sorted(EVAL_DEV.glob("*.gold.json")):
        gold["cases"].extend(json.loads(p.read_text(encoding="utf-8"))["cases"])
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder
