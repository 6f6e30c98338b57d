"""Verification against the store: load a case (or one coder's copy), apply an operation,
save it with optimistic locking and an audit entry. The web calls these; so can a CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from reviewsynth.schema import Case
from reviewsynth.store import Assignment, StaleVersionError, Store
from reviewsynth.store.models import AuditRow, SettingRow
from reviewsynth.verify.agreement import CODING_KEY, COMPLETE_STATUSES, Coding
from reviewsynth.verify.operations import Change, blind_copy, screen
from reviewsynth.verify.reconcile import Difference, differences, reconcile

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


MODES = ("blind", "assisted")


def assign_double(store: Store, case_id: str, coders: list[str], *, username: str,
                  mode: str = "blind") -> None:
    """Give each coder an independent copy of the case. `blind`: the copy holds the case's
    documents and people but none of the machine's suggestions; `assisted`: the case as it
    stands now, suggestions included. Neither coder sees the other's copy."""
    if mode not in MODES:
        raise ValueError("mode must be blind or assisted")
    if len(set(coders)) != 2:
        raise ValueError("double coding needs two different coders")
    for coder in coders:
        if store.user_role(coder) not in ("admin", "coder"):
            raise ValueError(f"{coder} is not a coder")
    loaded = load(store, case_id)
    if loaded is None:
        raise KeyError(case_id)
    start = blind_copy(loaded.case) if mode == "blind" else loaded.case
    for coder in coders:
        store.assign(case_id, coder, start, mode)
    add_audit(store, case_id, username, "assigned", "codings", None, {"coders": sorted(coders), "mode": mode})


def blind_to(store: Store, case_id: str, username: str) -> bool:
    """True while `username` codes this case blind: they may not see the case's own coding
    (the machine's suggestions and others' decisions) until it is reconciled."""
    return any(a.mode == "blind" and a.status != RECONCILED for a in store.assignments(case_id, username))


def reconcile_case(
    store: Store, case_id: str, coders: tuple[str, str], choices: dict[str, str], *,
    expected_version: int, username: str, deciders: dict[str, str] | None = None,
) -> int:
    """Save the reconciled coding as the case's final coding (status `reconciled`) and mark
    both coders' copies `reconciled` (read-only from then on). The audit log gets one entry
    per decision: the difference, both coders' values, the value taken and who decided
    (`deciders`: difference key -> user, default the one saving).

    The copies are marked first, each at the version the reconciliation read, so a coder's
    late change can never be silently left out of the final coding; should the case itself
    have moved on meanwhile, the copies get their earlier status back."""
    a, b = load(store, case_id, coders[0]), load(store, case_id, coders[1])
    main = load(store, case_id)
    if a is None or b is None or main is None:
        raise KeyError(case_id)
    if main.version != expected_version:
        raise StaleVersionError(case_id, expected_version, main.version)
    diffs = differences(a.case, b.case)
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
    for d in diffs:
        _audit_decision(store, case_id, (deciders or {}).get(d.key, username), d, coders, choices[d.key])
    for copy in (a, b):
        add_audit(store, case_id, username, "coding_reconciled", f"coding/{copy.coder}",
                  {"status": copy.status}, {"status": RECONCILED})
    clear_reconcile_draft(store, case_id)
    return version


def _audit_decision(store: Store, case_id: str, who: str, d: Difference, coders: tuple[str, str],
                    choice: str) -> None:
    taken = d.a if choice == "a" else d.b if choice == "b" else (d.a if d.a is not None else d.b)
    value = taken if choice in ("a", "b", "keep") else None
    add_audit(store, case_id, who, "reconcile_decision", d.path,
              {"difference": d.label, "kind": d.kind, coders[0]: d.a, coders[1]: d.b},
              {"choice": choice, "value": value})


# -- reconciliation walked one difference at a time: the choices so far -----------------------

_DRAFT = "reconcile_draft/"


def reconcile_draft(store: Store, case_id: str) -> dict[str, dict[str, str]]:
    """difference key -> {choice, by} chosen so far on the reconciliation walk."""
    draft = store.get_setting(_DRAFT + case_id) or {}
    return {str(k): dict(v) for k, v in draft.items()} if isinstance(draft, dict) else {}


def choose_in_draft(store: Store, case_id: str, key: str, choice: str, username: str,
                    diffs: list[Difference]) -> None:
    """Record one reconciliation decision; the final coding is saved once all are made."""
    d = next((d for d in diffs if d.key == key), None)
    if d is None:
        raise ValueError("no such difference (the codings may have changed): reload")
    allowed = ("a", "b") if d.kind == "field" else ("keep", "drop")
    if choice not in allowed:
        raise ValueError(f"choose {' or '.join(allowed)}")
    draft = reconcile_draft(store, case_id)
    draft[key] = {"choice": choice, "by": username}
    store.set_setting(_DRAFT + case_id, draft)


def clear_reconcile_draft(store: Store, case_id: str) -> None:
    if store.get_setting(_DRAFT + case_id) is not None:
        store.set_setting(_DRAFT + case_id, {})


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
    stored = store.get_case(case_id)
    if stored is None:
        raise KeyError(case_id)  # before anything is recorded under an unknown id
    if stored.version != expected_version:  # nor a decision taken on what the case no longer is
        raise StaleVersionError(case_id, expected_version, stored.version)
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


# -- one coder's work, and pairs of codings for agreement ------------------------------------

def coder_cases(store: Store, coder: str) -> list[Case]:
    """`coder`'s copies as cases.json cases, each carrying `coding`: {coder, mode, status}
    (what `reviewsynth agreement` reads to know a coding is complete)."""
    found = []
    for a in store.assignments(coder=coder):
        loaded = load(store, a.case_id, coder)
        if loaded is not None:
            case = loaded.case.model_copy(deep=True)
            setattr(case, CODING_KEY, {"coder": coder, "mode": a.mode, "status": a.status})
            found.append(case)
    return found


def _coding(store: Store, assignment: Assignment) -> Coding | None:
    loaded = load(store, assignment.case_id, assignment.coder)
    if loaded is None:
        return None
    return Coding(loaded.case, assignment.status in COMPLETE_STATUSES, assignment.coder, assignment.mode)


def coding_pairs(store: Store, case_id: str | None = None) -> list[tuple[Coding, Coding]]:
    """The two copies of every double-coded case (or of one), as codings to compare; coders
    in name order, as the reconciliation screen shows them (A, B)."""
    by_case: dict[str, list[Assignment]] = {}
    for assignment in store.assignments(case_id):
        by_case.setdefault(assignment.case_id, []).append(assignment)
    pairs: list[tuple[Coding, Coding]] = []
    for found in (by_case[cid] for cid in sorted(by_case)):
        if len(found) < 2:
            continue
        a, b = _coding(store, found[0]), _coding(store, found[1])
        if a is not None and b is not None:
            pairs.append((a, b))
    return pairs


def accept_suggested_screenings(store: Store, versions: dict[str, int], username: str) -> dict[str, str]:
    """Accept the suggested screening decision of each case a screener has checked (case_id ->
    the version they saw). Returns case_id -> "applied" | "waiting" | "conflict" or the reason
    it was not saved; one case's refusal does not stop the others."""
    outcomes: dict[str, str] = {}
    for case_id, version in versions.items():
        stored = store.get_case(case_id)
        if stored is None or stored.case.screening is None:
            outcomes[case_id] = "no suggested decision to accept"
            continue
        if blind_to(store, case_id, username):
            outcomes[case_id] = "you are coding this case blind"
            continue
        suggestion = stored.case.screening
        try:
            outcomes[case_id] = record_screening(store, case_id, username, suggestion.decision, suggestion.reason,
                                                 None, expected_version=version)
        except StaleVersionError:
            outcomes[case_id] = "changed by someone else since you opened the queue"
        except ValueError as err:
            outcomes[case_id] = str(err)
    return outcomes


# -- progress per coder and per case -----------------------------------------------------------

@dataclass(frozen=True)
class CoderProgress:
    coder: str
    assigned: int
    done: int  # marked complete (or reconciled)
    decided: int  # codes decided over all their copies
    total: int


@dataclass(frozen=True)
class CaseProgress:
    case_id: str
    title: str | None
    status: str
    decided: int
    total: int
    copies: list[tuple[str, str, str, int, int]]  # (coder, mode, status, decided, total)


def progress_overview(store: Store) -> tuple[list[CoderProgress], list[CaseProgress]]:
    """How far each coder and each case has got: codes decided of all, copies complete."""
    from reviewsynth.verify.operations import progress

    copies: dict[str, list[tuple[str, str, str, int, int]]] = {}
    coders: dict[str, list[int]] = {}
    for a in store.assignments():
        loaded = load(store, a.case_id, a.coder)
        decided, total = progress(loaded.case) if loaded else (0, 0)
        copies.setdefault(a.case_id, []).append((a.coder, a.mode, a.status, decided, total))
        tally = coders.setdefault(a.coder, [0, 0, 0, 0])
        tally[0] += 1
        tally[1] += a.status in COMPLETE_STATUSES
        tally[2] += decided
        tally[3] += total
    cases = []
    for stored in store.list_cases():
        decided, total = progress(stored.case)
        cases.append(CaseProgress(stored.case.case_id, stored.case.title, stored.status, decided, total,
                                  copies.get(stored.case.case_id, [])))
    return [CoderProgress(c, *t) for c, t in sorted(coders.items())], cases
