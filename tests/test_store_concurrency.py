"""Optimistic locking under real concurrency: separate processes, each with its own store
connection (as separate web workers have), saving one case at once, on SQLite and on
PostgreSQL. An accepted save is never lost; a save at a stale version is refused."""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reviewsynth import verify
from reviewsynth.schema import Case, Code, Evidence, Person
from reviewsynth.store import StaleVersionError, Store
from reviewsynth.verify.operations import edit_item, field_choices
from tests.store_helpers import fresh_store_url

CASE_ID = "case-1"
ROUNDS = 30
CLIENTS, EDITS = 10, 20
TIMEOUT_S = 120
# fork: the children start in milliseconds; each opens its own engine after the fork.
MP = multiprocessing.get_context("fork")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    pg = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    with fresh_store_url(request.param, tmp_path, pg) as url:
        store = Store.open(url)
        store.save_suggested_case(_case(), engine_version="test")
        store.close()  # no connection is shared with the children
        yield url


def _case() -> Case:
    """One case whose victim has one characteristic per client, so clients edit different codes."""
    ev = Evidence(document="a" * 64, page=1, quote="text", start=0, end=4)
    codes = [c for c, _label in field_choices("characteristics", "code") if c != "other"][:CLIENTS]
    person = Person(person_id="v1", role="victim",
                    characteristics=[Code(code=c, evidence=[ev]) for c in codes])
    return Case(case_id=CASE_ID, people=[person])


def _join(procs: list[Any]) -> None:
    for p in procs:
        p.join(TIMEOUT_S)
    for p in procs:
        if p.is_alive():
            p.kill()
    assert all(p.exitcode == 0 for p in procs), [p.exitcode for p in procs]


# -- two saves at the same version, at the same instant -----------------------------------------

def _racing_saver(url: str, name: str, barrier: Any, results: Any) -> None:
    store = Store.open(url, migrate=False)
    try:
        for rnd in range(ROUNDS):
            barrier.wait(TIMEOUT_S)
            stored = store.get_case(CASE_ID)
            assert stored is not None
            edited = stored.case.model_copy(update={"title": f"{name} round {rnd}"})
            barrier.wait(TIMEOUT_S)  # both hold the same version; now both save at once
            try:
                store.update_case(edited, expected_version=stored.version, username=name,
                                  action="field_set", target="title", after=edited.title)
                results.put((rnd, name, stored.version, "accepted"))
            except StaleVersionError as err:
                results.put((rnd, name, stored.version, f"stale {err.expected} {err.actual}"))
    finally:
        store.close()


def test_two_simultaneous_saves_at_one_version_accept_exactly_one(store_url: str) -> None:
    barrier, results = MP.Barrier(2), MP.Queue()
    procs = [MP.Process(target=_racing_saver, args=(store_url, name, barrier, results))
             for name in ("ann", "bob")]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=TIMEOUT_S) for _ in range(2 * ROUNDS)]
    _join(procs)
    winners: dict[int, str] = {}
    for rnd in range(ROUNDS):
        mine = [o for o in outcomes if o[0] == rnd]
        assert {o[2] for o in mine} == {rnd + 1}, f"round {rnd}: both saved at version {rnd + 1}"
        accepted = [o[1] for o in mine if o[3] == "accepted"]
        assert len(accepted) == 1, f"round {rnd}: {mine}"
        loser = next(o for o in mine if o[3] != "accepted")
        assert loser[3] == f"stale {rnd + 1} {rnd + 2}"  # the error names both versions
        winners[rnd] = accepted[0]
    store = Store.open(store_url, migrate=False)
    try:
        final = store.get_case(CASE_ID)
        assert final is not None and final.version == 1 + ROUNDS
        assert final.case.title == f"{winners[ROUNDS - 1]} round {ROUNDS - 1}"
        edits = [a for a in store.audit(CASE_ID) if a["action"] == "field_set"]
        assert [(a["username"], a["after"]) for a in edits] == [
            (winners[r], f"{winners[r]} round {r}") for r in range(ROUNDS)]
    finally:
        store.close()


# -- many clients, many edits, each retrying on conflict -----------------------------------------

def _editor(url: str, client: int, start: Any, results: Any) -> None:
    """Make EDITS accepted edits to this client's own code, each appending a mark to its detail,
    reloading and trying again whenever someone else saved first."""
    store = Store.open(url, migrate=False)
    target = f"people/v1/characteristics/{client}"
    conflicts = 0
    try:
        start.wait(TIMEOUT_S)
        for n in range(EDITS):
            while True:
                loaded = verify.load(store, CASE_ID)
                assert loaded is not None
                item = loaded.case.people[0].characteristics[client]
                detail = f"{item.detail or ''} e{n}".strip()
                try:
                    verify.apply(store, CASE_ID, lambda c, d=detail: edit_item(c, target, {"detail": d}),
                                 expected_version=loaded.version, username=f"coder{client}")
                    break
                except StaleVersionError:
                    conflicts += 1
        results.put((client, conflicts))
    finally:
        store.close()


def test_every_accepted_edit_of_many_clients_is_kept(store_url: str) -> None:
    start, results = MP.Barrier(CLIENTS), MP.Queue()
    procs = [MP.Process(target=_editor, args=(store_url, k, start, results)) for k in range(CLIENTS)]
    for p in procs:
        p.start()
    try:
        conflicts = dict(results.get(timeout=TIMEOUT_S) for _ in range(CLIENTS))
    except queue.Empty:
        pytest.fail("an editing client did not finish")
    _join(procs)
    assert sum(conflicts.values()) > 0, "the clients never raced; the test proves nothing"
    store = Store.open(store_url, migrate=False)
    try:
        final = store.get_case(CASE_ID)
        assert final is not None
        assert final.version == 1 + CLIENTS * EDITS  # every accepted edit made one version
        every_mark = " ".join(f"e{n}" for n in range(EDITS))
        for k, item in enumerate(final.case.people[0].characteristics):
            # Each edit built on the client's previous one, so a lost edit leaves a gap here.
            assert item.detail == every_mark, f"client {k}: {item.detail!r}"
        edits = [a for a in store.audit(CASE_ID) if a["action"] == "code_edited"]
        assert len(edits) == CLIENTS * EDITS
        for k in range(CLIENTS):
            audited = [a["after"]["detail"] for a in edits if a["username"] == f"coder{k}"]
            assert audited == [" ".join(f"e{n}" for n in range(m + 1)) for m in range(EDITS)]
    finally:
        store.close()
