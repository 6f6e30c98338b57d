"""Shared fixtures. External programs (tesseract, chromium, PostgreSQL) are required in CI
(REVIEWSYNTH_REQUIRE_EXTERNALS=true): there a missing one fails the test instead of skipping."""

from __future__ import annotations

import os
import shutil
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
