"""SQLite answers "database is locked" at once, without waiting, in a few moments (a
connection opening while another cleans up its WAL, or while a fresh file is converted to
WAL). Store set-up steps are repeated then, within the busy timeout, and nothing else is."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from reviewsynth.store import _while_locked


def _locked_then(result: str, times: int) -> tuple[list[int], Callable[[], str]]:
    calls: list[int] = []

    def step() -> str:
        calls.append(1)
        if len(calls) <= times:
            raise sqlite3.OperationalError("database is locked")
        return result

    return calls, step


def test_a_step_told_the_database_is_locked_is_repeated_until_it_succeeds() -> None:
    calls, step = _locked_then("done", times=3)
    assert _while_locked(step) == "done"
    assert len(calls) == 4


def test_any_other_database_error_is_raised_at_once() -> None:
    calls: list[int] = []

    def step() -> None:
        calls.append(1)
        raise sqlite3.OperationalError("no such table: cases")

    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        _while_locked(step)
    assert calls == [1]


def test_a_lock_that_outlasts_the_busy_timeout_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reviewsynth.store.LOCKED_RETRY_SECONDS", 0.05)
    _calls, step = _locked_then("never", times=10**6)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _while_locked(step)
