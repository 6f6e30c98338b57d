"""Verification against the store: load a case (or one coder's copy), apply an operation,
save it with optimistic locking and an audit entry. The web calls these; so can a CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from reviewsynth.schema import Case
from reviewsynth.store import StaleVersionError, Store
from reviewsynth.store.models import AuditRow, SettingRow
from reviewsynth.verify.operations import Change, screen
from reviewsynth.verify.reconcile import reconcile

RECONCILED = "reconciled"

__all__ = ["StaleVersionError", "Loaded", "load", "apply", "assign_double", "reconcile_case",
           "record_screening", "screening_decisions", "resolve_screening", "add_audit"]


@dataclass(frozen=True)
class Loaded:
    case: Case
    version: int
    status: str
    coder: str | None  # None: the case's own coding; else that coder's double-coding copy


def load(store: Store, case_id: str, coder: str | None = None) -> Loaded | None:
    if coder is None:
        stored = store.get_case(case_id)
        return Loaded(stored.case, stored.version, stored.status, None) if stored else None
    coding = store.get_coding(case_id, coder)
    return Loaded(coding[0], coding[1], coding[2], coder) if coding else None


def apply(
    store: Store,
    case_id: str,
    operation: Callable[[Case], Change],
    *,
    expected_version: int,
    username: str,
    coder: str | None = None,
    status: str | None = None,
) -> tuple[Change, int]:
    """Apply `operation` to the stored case and save; raises StaleVersionError on a race.

    The operation runs on the latest stored copy, but the save only succeeds when that copy
    is still the version the person was looking at, so no one's change is lost silently.
    """
    loaded = load(store, case_id, coder)
    if loaded is None:
        raise KeyError(case_id)
    if loaded.version != expected_version:
        raise StaleVersionError(case_id, expected_version, loaded.version)
    if coder is not None and loaded.status == RECONCILED:
        raise ValueError("this coding has been reconciled into the final coding; it can no longer change")
    change = operation(loaded.case)
    if coder is None:
        version = store.update_case(
            change.case, expected_version=expected_version, username=username,
            action=change.action, target=change.target, before=change.before, after=change.after,
            status=status,
        )
    else:
        version = store.save_coding(change.case, coder, expected_version=expected_version,
                                    status=status or "in_progress")
        add_audit(store, case_id, username, change.action, f"coding/{coder}/{change.target}",
                  change.before, change.after)
    return change, version


def add_audit(store: Store, case_id: str, username: str, action: str, target: str | None,
              before: Any = None, after: Any = None) -> None:
    with store.session() as s:
        s.add(AuditRow(case_id=case_id, username=username, action=action, target=target,
                       before=before, after=after))


def assign_double(store: Store, case_id: str, coders: list[str], *, username: str) -> None:
    """Give each coder an independent copy of the case as it stands now."""
    if len(set(coders)) != 2:
        raise ValueError("double coding needs two different coders")
    for coder in coders:
        if store.user_role(coder) not in ("admin", "coder"):
            raise ValueError(f"{coder} is not a coder")
    loaded = load(store, case_id)
    if loaded is None:
        raise KeyError(case_id)
    for coder in coders:
        store.assign(case_id, coder, loaded.case)
    add_audit(store, case_id, username, "assigned", "codings", None, {"coders": sorted(coders)})


def reconcile_case(
    store: Store, case_id: str, coders: tuple[str, str], choices: dict[str, str], *,
    expected_version: int, username: str,
) -> int:
    """Save the reconciled coding as the case's final coding (status `reconciled`) and mark
    both coders' copies `reconciled` (read-only from then on).

    The copies are marked first, each at the version the reconciliation read, so a coder's
    late change can never be silently left out of the final coding; should the case itself
    have moved on meanwhile, the copies get their earlier status back."""
    a, b = load(store, case_id, coders[0]), load(store, case_id, coders[1])
    main = load(store, case_id)
    if a is None or b is None or main is None:
        raise KeyError(case_id)
    if main.version != expected_version:
        raise StaleVersionError(case_id, expected_version, main.version)
    final = reconcile(a.case, b.case, choices)
    marked = _mark_copies(store, [a, b], RECONCILED)

    def take_final(current: Case) -> Change:
        return Change(final, "reconciled", "case", {"coders": list(coders)},
                      {"choices": choices})

    try:
        _change, version = apply(store, case_id, take_final, expected_version=expected_version,
                                 username=username, status=RECONCILED)
    except StaleVersionError:
        _restore_copies(store, marked)
        raise
    for copy in (a, b):
        add_audit(store, case_id, username, "coding_reconciled", f"coding/{copy.coder}",
                  {"status": copy.status}, {"status": RECONCILED})
    return version


def _mark_copies(store: Store, copies: list[Loaded], status: str) -> list[tuple[Loaded, int]]:
    """Set each copy's status at the version it was read; (copy, new version) of those done."""
    done: list[tuple[Loaded, int]] = []
    try:
        for copy in copies:
            assert copy.coder is not None
            done.append((copy, store.save_coding(copy.case, copy.coder, expected_version=copy.version,
                                                 status=status)))
    except StaleVersionError:
        _restore_copies(store, done)
        raise
    return done


def _restore_copies(store: Store, marked: list[tuple[Loaded, int]]) -> None:
    for copy, version in marked:
        assert copy.coder is not None
        store.save_coding(copy.case, copy.coder, expected_version=version, status=copy.status)


# -- screening by one or two screeners, blind ------------------------------------------------

SCREENERS_SETTING = "screening.screeners_required"
_PREFIX = "screening/"


def screeners_required(store: Store) -> int:
    return int(store.get_setting(SCREENERS_SETTING, 1) or 1)


def screening_decisions(store: Store, case_id: str | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """case_id -> username -> {decision, reason, note} of every screener's own decision."""
    prefix = _PREFIX + (f"{case_id}/" if case_id else "")
    with store.session() as s:
        rows = s.scalars(select(SettingRow).where(SettingRow.key.startswith(prefix, autoescape=True)))
        found: dict[str, dict[str, dict[str, Any]]] = {}
        for row in rows:
            _, cid, user = row.key.split("/", 2)
            found.setdefault(cid, {})[user] = dict(row.value)
    return found


def record_screening(
    store: Store, case_id: str, username: str, decision: str, reason: str, note: str | None, *,
    expected_version: int,
) -> str:
    """Record one screener's decision; apply it to the case once enough screeners agree.

    Returns "applied", "waiting" (another screener still to decide) or "conflict".
    """
    screen(Case(case_id=case_id), decision, reason)  # validates decision and reason
    if store.get_case(case_id) is None:
        raise KeyError(case_id)  # before anything is recorded under an unknown id
    store.set_setting(f"{_PREFIX}{case_id}/{username}",
                      {"decision": decision, "reason": reason, "note": (note or "").strip() or None})
    mine = screening_decisions(store, case_id).get(case_id, {})
    if len(mine) < screeners_required(store):
        return "waiting"
    if len({(d["decision"], d["reason"]) for d in mine.values()}) > 1:
        return "conflict"
    apply(store, case_id, lambda c: screen(c, decision, reason), expected_version=expected_version,
          username=username)
    return "applied"


def resolve_screening(store: Store, case_id: str, username: str, decision: str, reason: str, *,
                      expected_version: int) -> int:
    """An admin's final decision on a conflict (or on any case)."""
    screen(Case(case_id=case_id), decision, reason)  # validates decision and reason
    if store.get_case(case_id) is None:
        raise KeyError(case_id)
    store.set_setting(f"{_PREFIX}{case_id}/{username}",
                      {"decision": decision, "reason": reason, "note": "final decision", "final": True})
    _change, version = apply(store, case_id, lambda c: screen(c, decision, reason),
                             expected_version=expected_version, username=username)
    return version
