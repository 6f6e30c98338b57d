"""Agreement between two coders' independent codings, over the items both have completed.

An *item* is one unit both coders have decided:

- a code (one person x one code key of a list, or one case-level code) counts as completed
  by a coder when its status is accepted, edited or rejected, or when the coder added it
  (an added code is accepted); a code either coder left at `suggested` is not an item;
- a code missing from a coder's list is `absent` once that coder has marked the case
  complete, and not yet decided (so not an item) before;
- a single-valued field (category, gender, ...) counts as completed when the coder saved it
  (its target is in the case's `verified_fields`) or marked the case complete.

Free-text fields are left out: agreement there is not a matter of labels. The web's agreement
and reconciliation pages and `reviewsynth agreement` all read their figures from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reviewsynth.evaluate.agreement import (
    cohens_kappa,
    gwet_ac1,
    krippendorff_alpha,
    percent_agreement,
)
from reviewsynth.schema import Case
from reviewsynth.verify.operations import item_status, verified_fields
from reviewsynth.verify.paths import LISTS, ListSpec, TargetError, resolve
from reviewsynth.verify.reconcile import field_targets, field_value, item_key, screening_value

COMPLETE_STATUSES = ("done", "reconciled")
PRESENT, ABSENT = "present", "absent"
# Percent agreement at least this high with kappa at most KAPPA_LOW: the prevalence paradox.
HIGH_AGREEMENT, KAPPA_LOW = 0.8, 0.4


@dataclass(frozen=True)
class Coding:
    """One coder's coding of one case."""

    case: Case
    complete: bool  # the coder marked it complete: a code they left out is judged absent
    coder: str | None = None
    mode: str | None = None  # blind | assisted; None when not known (a file from elsewhere)


@dataclass(frozen=True)
class Unit:
    field: str  # "characteristics", "category", "gender", ...
    code: str | None  # the code key of a list unit; None for a single-valued field
    a: str | None  # coder A's value; None: A has not completed it
    b: str | None


@dataclass(frozen=True)
class Stats:
    """The figures of one field (or one code of a list) with the counts behind them."""

    field: str
    code: str | None
    n: int  # items both coders completed
    agreed: int
    left_out: int  # units only one of the two had completed
    both_present: int  # code units only: the 2x2 table
    a_only: int
    b_only: int
    both_absent: int
    agreement: float | None
    kappa: float | None
    alpha: float | None
    ac1: float | None

    @property
    def prevalence_paradox(self) -> bool:
        """High agreement but low kappa: one value is (nearly) always given, so chance agreement
        is high and kappa and alpha fall; AC1 is the figure to read."""
        return (self.agreement is not None and self.kappa is not None
                and self.agreement >= HIGH_AGREEMENT and self.kappa <= KAPPA_LOW)

    def as_json(self) -> dict[str, Any]:
        return {"n": self.n, "agreement": self.agreement, "kappa": self.kappa, "alpha": self.alpha,
                "ac1": self.ac1}


@dataclass(frozen=True)
class AgreementReport:
    fields: list[Stats]
    codes: list[Stats]
    pooled_alpha: float | None  # Krippendorff's alpha over every item of every field
    cases: int  # case pairs compared
    both_complete: int  # of which both coders had marked complete
    modes: dict[str, int] = field(default_factory=dict)  # mode -> case pairs

    def as_json(self, by_code: bool = False) -> dict[str, dict[str, Any]]:
        """`reviewsynth agreement --json`: field -> {n, agreement, kappa, alpha, ac1}; with
        `by_code`, also "field/code" entries of the same shape."""
        found = {s.field: s.as_json() for s in self.fields}
        if by_code:
            found.update({f"{s.field}/{s.code}": s.as_json() for s in self.codes})
        return found


def _field_value(coding: Coding, target: str, verified: set[str]) -> str | None:
    if not (coding.complete or target in verified):
        return None
    value = screening_value(coding.case, target) if target.startswith("screening/") else field_value(
        coding.case, target)
    return str(value)


def _field_units(a: Coding, b: Coding) -> list[Unit]:
    units = []
    va, vb = verified_fields(a.case), verified_fields(b.case)
    for target, spec, _label in field_targets(a.case, b.case):
        if spec is not None and spec.kind == "text":
            continue
        name = target.split("/")[-1] if target.startswith("people/") else target
        units.append(Unit(name, None, _field_value(a, target, va), _field_value(b, target, vb)))
    return units


def code_states(case: Case, spec: ListSpec, list_path: str) -> dict[str, str]:
    """code key -> present | absent | suggested, of one list (a decided item wins over a
    suggested one of the same key, a present one over a rejected one)."""
    try:
        items = resolve(case, list_path) or []
    except TargetError:
        return {}
    rank = {"suggested": 0, ABSENT: 1, PRESENT: 2}
    states: dict[str, str] = {}
    for item in items:
        status = item_status(item)
        state = "suggested" if status == "suggested" else ABSENT if status == "rejected" else PRESENT
        key = item_key(spec, item)
        if key not in states or rank[state] > rank[states[key]]:
            states[key] = state
    return states


def _code_value(states: dict[str, str], key: str, complete: bool) -> str | None:
    state = states.get(key)
    if state is None:
        return ABSENT if complete else None
    return None if state == "suggested" else state


def list_paths(a: Case, b: Case) -> list[tuple[ListSpec, str]]:
    """Every list of the template, for each person either coding has (matched by person_id)."""
    people = [p.person_id for p in a.people]
    people += [p.person_id for p in b.people if p.person_id not in people]
    paths: list[tuple[ListSpec, str]] = []
    for spec in LISTS:
        paths += [(spec, spec.list_path(pid)) for pid in people] if spec.where == "person" else [
            (spec, spec.path)]
    return paths


def _code_units(a: Coding, b: Coding) -> list[Unit]:
    units = []
    for spec, list_path in list_paths(a.case, b.case):
        sa, sb = code_states(a.case, spec, list_path), code_states(b.case, spec, list_path)
        for key in sorted(set(sa) | set(sb)):
            units.append(Unit(spec.name, key, _code_value(sa, key, a.complete), _code_value(sb, key, b.complete)))
    return units


def coding_units(a: Coding, b: Coding) -> list[Unit]:
    """Every unit of two codings of one case, completed or not."""
    return _field_units(a, b) + _code_units(a, b)


def _stats(name: str, code: str | None, units: list[Unit]) -> Stats:
    pairs = [(u.a, u.b) for u in units if u.a is not None and u.b is not None]
    left_out = sum(1 for u in units if (u.a is None) != (u.b is None))
    table = {(x, y): sum(1 for p in pairs if p == (x, y)) for x in (PRESENT, ABSENT) for y in (PRESENT, ABSENT)}
    return Stats(
        field=name, code=code, n=len(pairs), agreed=sum(1 for x, y in pairs if x == y), left_out=left_out,
        both_present=table[(PRESENT, PRESENT)], a_only=table[(PRESENT, ABSENT)],
        b_only=table[(ABSENT, PRESENT)], both_absent=table[(ABSENT, ABSENT)],
        agreement=percent_agreement(pairs), kappa=cohens_kappa(pairs), alpha=krippendorff_alpha(pairs),
        ac1=gwet_ac1(pairs),
    )


def agreement_report(pairs: Iterable[tuple[Coding, Coding]]) -> AgreementReport:
    """Per field and per code statistics over the items both coders completed, pooled over
    the case pairs given."""
    by_field: dict[str, list[Unit]] = {}
    by_code: dict[tuple[str, str], list[Unit]] = {}
    cases = both_complete = 0
    modes: dict[str, int] = {}
    for a, b in pairs:
        cases += 1
        both_complete += a.complete and b.complete
        mode = a.mode if a.mode == b.mode else f"{a.mode or 'unknown'}/{b.mode or 'unknown'}"
        modes[mode or "unknown"] = modes.get(mode or "unknown", 0) + 1
        for unit in coding_units(a, b):
            by_field.setdefault(unit.field, []).append(unit)
            if unit.code is not None:
                by_code.setdefault((unit.field, unit.code), []).append(unit)
    fields = [_stats(name, None, units) for name, units in by_field.items()]
    codes = [_stats(name, code, units) for (name, code), units in sorted(by_code.items())]
    # Values are tagged with their field so that pooling never matches one field's value with another's.
    pooled = [((u.field, u.a), (u.field, u.b)) for units in by_field.values() for u in units
              if u.a is not None and u.b is not None]
    return AgreementReport(fields, codes, krippendorff_alpha(pooled), cases, both_complete, modes)


# -- where codings come from ----------------------------------------------------------------

CODING_KEY = "coding"  # extension key of an exported coder's case: {coder, mode, status}


def coding_from_file(case: Case) -> Coding:
    """A case of a coder's cases.json: complete when its `coding` says so; a file from another
    tool (no `coding`) holds finished work, so it is complete."""
    meta = (case.model_extra or {}).get(CODING_KEY)
    if not isinstance(meta, dict):
        return Coding(case, True)
    status = str(meta.get("status") or "")
    return Coding(case, status in COMPLETE_STATUSES, meta.get("coder"), meta.get("mode"))


def pair_files(a: list[Case], b: list[Case]) -> list[tuple[Coding, Coding]]:
    """Pairs of the cases both files hold, matched by case_id, in A's order."""
    b_by_id = {c.case_id: c for c in b}
    return [(coding_from_file(c), coding_from_file(b_by_id[c.case_id])) for c in a if c.case_id in b_by_id]
