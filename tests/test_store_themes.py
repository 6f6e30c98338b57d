"""Themes stored through the store's API (migration 0002) and read back, on SQLite and
PostgreSQL: replaced whole, recomputed only when a case or an edit changed, edits appended
optimistically; and a store made before the migration is brought up to it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect

from reviewsynth import verify
from reviewsynth.results import current_themes, refresh_themes, store_cases
from reviewsynth.store import StaleThemesError, Store, ThemeAssignment
from reviewsynth.verify.operations import set_status
from tests.test_web_themes import CATEGORY, PROBLEMS, _seed_with_problems
from tests.web_helpers import BACKENDS, backend_store

EDIT = {"op": "rename", "theme": "marac", "label": "MARAC referrals missed"}


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with backend_store(request, tmp_path, _seed_with_problems) as s:
        yield s


def test_saved_themes_read_back_and_are_replaced_whole(store: Store) -> None:
    assert store.stored_themes() is None
    first = [ThemeAssignment("case-a", "p1", "marac", "MARAC", "taxonomy", CATEGORY),
             ThemeAssignment("case-a", "p2", "discovered_x", "GP did not ask", "discovered", CATEGORY)]
    store.save_themes("basis-1", first, {0: "rename: no theme 'x'"})
    saved = store.stored_themes()
    assert saved is not None and saved.basis == "basis-1" and saved.assignments == first
    assert saved.skipped == {0: "rename: no theme 'x'"}
    store.save_themes("basis-2", first[1:])
    again = store.stored_themes()
    assert again is not None and again.assignments == first[1:] and again.skipped == {}


def test_basis_changes_with_a_case_or_an_edit_and_only_then(store: Store) -> None:
    basis = store.themes_basis()
    assert store.themes_basis() == basis
    stored = store.get_case("case-a")
    assert stored is not None
    verify.apply(store, "case-a", lambda c: set_status(c, "practice_problems/0", "accepted"),
                 expected_version=stored.version, username="cora")
    after_case = store.themes_basis()
    assert after_case != basis
    store.append_theme_edit(EDIT, username="cora", expected_count=0)
    assert store.themes_basis() not in (basis, after_case)
    assert store.themes_basis("another taxonomy") != store.themes_basis()


def test_themes_are_computed_once_then_read_back(store: Store) -> None:
    computed = refresh_themes(store)
    marac = next(t for t in computed.themes if t.id == "marac")
    assert marac.n_reviews == 3
    read = current_themes(store)
    assert read.stored.basis == computed.stored.basis
    assert [(t.id, t.category, t.rank, sorted(m.problem_id for m in t.members)) for t in read.themes] == [
        (t.id, t.category, t.rank, sorted(m.problem_id for m in t.members)) for t in computed.themes]
    problems = {p.text: p.theme for c in store_cases(store) for p in c.practice_problems}
    assert problems[PROBLEMS["case-a"][0][0]] == "marac"


def test_an_edit_recomputes_and_is_kept(store: Store) -> None:
    refresh_themes(store)
    store.append_theme_edit(EDIT, username="cora", expected_count=0, case_ids=["case-a"])
    state = current_themes(store)  # stale: recomputed with the edit replayed, and stored
    assert next(t for t in state.themes if t.id == "marac").label == "MARAC referrals missed"
    saved = store.stored_themes()
    assert saved is not None and {a.label for a in saved.assignments if a.theme == "marac"} == {
        "MARAC referrals missed"}
    labels = {getattr(p, "theme_label", None) for c in store_cases(store) for p in c.practice_problems
              if p.theme == "marac"}
    assert labels == {"MARAC referrals missed"}
    assert [a["action"] for a in store.audit("case-a")][-1] == "theme_rename"


def test_an_edit_on_an_out_of_date_page_is_refused(store: Store) -> None:
    assert store.append_theme_edit(EDIT, username="cora", expected_count=0) == 1
    with pytest.raises(StaleThemesError):
        store.append_theme_edit({**EDIT, "label": "Other"}, username="cody", expected_count=0)
    assert [e["label"] for e in store.theme_edits()["edits"]] == ["MARAC referrals missed"]


def test_concurrent_refreshes_leave_one_whole_set(store: Store) -> None:
    errors: list[BaseException] = []

    def refresh() -> None:
        try:
            refresh_themes(store)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=refresh) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    saved = store.stored_themes()
    assert saved is not None
    problems = sum(len(p) for p in PROBLEMS.values())
    assert len(saved.assignments) == problems  # each problem once, none lost or doubled


def test_a_store_made_before_the_migration_gains_the_themes_table(tmp_path: Path) -> None:
    from alembic import command

    from reviewsynth.store import _alembic_config

    old = Store.open(str(tmp_path / "old.db"), migrate=False)
    cfg = _alembic_config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    assert "theme_assignments" not in inspect(old.engine).get_table_names()
    old.close()
    store = Store.open(str(tmp_path / "old.db"))
    try:
        assert "theme_assignments" in inspect(store.engine).get_table_names()
        store.save_themes("b", [ThemeAssignment("c", "p", "t", "T", "taxonomy", None)])
        assert store.stored_themes() is not None
    finally:
        store.close()
