"""The machine as a coder: its suggestions (kept apart in the store, as the engine wrote them)
against the codes people verified, per field and per code, as verification goes on.

For each list of codes (one person's characteristics, the case's weapons, ...):

- a suggestion people accepted or edited (the key is still there, decided) is *confirmed*;
- one they rejected, edited into another code or moved to another person is *wrong*;
- one still at `suggested` is *unchecked* and counts in neither figure;
- a code people have (accepted, edited, added) that the machine did not suggest there is
  *missed*: among them, the codes people added.

precision = confirmed / (confirmed + wrong), recall = confirmed / (confirmed + missed).

A single-valued field counts once people have saved it, or once the case is verified or
reconciled: the machine's value is confirmed when people kept it, and otherwise wrong for
that value and missed for the people's (so per field, precision and recall are both the share
the machine got right).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from reviewsynth.schema import Case
from reviewsynth.store import Store
from reviewsynth.verify.agreement import PRESENT, code_states, list_paths
from reviewsynth.verify.operations import verified_fields
from reviewsynth.verify.reconcile import field_targets, field_value, screening_value

VERIFIED_STATUSES = ("verified", "reconciled")


@dataclass
class _Tally:
    confirmed: int = 0
    wrong: int = 0
    missed: int = 0
    unchecked: int = 0


@dataclass(frozen=True)
class MachineStats:
    field: str
    code: str | None
    confirmed: int  # true positives
    wrong: int  # false positives: rejected, edited away or moved to another person
    missed: int  # false negatives: codes people have that the machine did not suggest
    unchecked: int  # suggestions nobody has decided yet
    precision: float | None
    recall: float | None

    @property
    def suggested(self) -> int:
        return self.confirmed + self.wrong + self.unchecked


@dataclass(frozen=True)
class MachineReport:
    fields: list[MachineStats]
    codes: list[MachineStats]
    cases: int  # cases with a machine coding compared
    verified_cases: int  # of which verified or reconciled
    columns: tuple[str, ...] = field(default=("field", "code", "suggested", "confirmed", "wrong", "unchecked",
                                              "missed", "precision", "recall"))

    def csv(self) -> str:
        """The view as a table: one row per field (code empty), then one per code."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        for s in self.fields + self.codes:
            writer.writerow([s.field, s.code or "", s.suggested, s.confirmed, s.wrong, s.unchecked, s.missed,
                             _fmt(s.precision), _fmt(s.recall)])
        return out.getvalue()


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _stats(name: str, code: str | None, t: _Tally) -> MachineStats:
    return MachineStats(name, code, t.confirmed, t.wrong, t.missed, t.unchecked,
                        _ratio(t.confirmed, t.confirmed + t.wrong), _ratio(t.confirmed, t.confirmed + t.missed))


class _Counts:
    def __init__(self) -> None:
        self.fields: dict[str, _Tally] = {}
        self.codes: dict[tuple[str, str], _Tally] = {}

    def add(self, name: str, code: str | None, outcome: str) -> None:
        for tally in (self.fields.setdefault(name, _Tally()),
                      self.codes.setdefault((name, code), _Tally()) if code is not None else None):
            if tally is not None:
                setattr(tally, outcome, getattr(tally, outcome) + 1)


def _compare_lists(machine: Case, people: Case, counts: _Counts) -> None:
    for spec, list_path in list_paths(machine, people):
        suggested = code_states(machine, spec, list_path)
        decided = code_states(people, spec, list_path)
        for key in suggested:
            state = decided.get(key)
            outcome = ("confirmed" if state == PRESENT else "unchecked" if state == "suggested" else "wrong")
            counts.add(spec.name, key, outcome)
        for key, state in decided.items():
            if state == PRESENT and key not in suggested:
                counts.add(spec.name, key, "missed")


def _compare_fields(machine: Case, people: Case, verified: bool, counts: _Counts) -> None:
    saved = verified_fields(people)
    for target, spec, _label in field_targets(machine, people):
        if spec is not None and spec.kind == "text":
            continue
        name = target.split("/")[-1] if target.startswith("people/") else target
        per_value = spec is None or spec.kind in ("choice", "bool")
        if not (verified or target in saved):
            counts.add(name, None, "unchecked")
            continue
        value = screening_value if target.startswith("screening/") else field_value
        m, p = str(value(machine, target)), str(value(people, target))
        if m == p:
            counts.add(name, m if per_value else None, "confirmed")
        else:
            counts.add(name, m if per_value else None, "wrong")
            if per_value:
                counts.codes.setdefault((name, p), _Tally()).missed += 1
            counts.fields[name].missed += 1


def store_pairs(store: Store) -> Iterator[tuple[Case, Case, str]]:
    """(machine coding, people's coding, status) of every case whose machine coding is kept."""
    for case_id in store.machine_coding_ids():
        machine, stored = store.get_machine_coding(case_id), store.get_case(case_id)
        if machine is not None and stored is not None:
            yield machine, stored.case, stored.status


def machine_vs_people(pairs: Iterable[tuple[Case, Case, str]]) -> MachineReport:
    """`pairs`: (the machine's coding, people's coding of the same case, its status)."""
    counts = _Counts()
    cases = verified_cases = 0
    for machine, people, status in pairs:
        cases += 1
        verified = status in VERIFIED_STATUSES
        verified_cases += verified
        _compare_lists(machine, people, counts)
        _compare_fields(machine, people, verified, counts)
    return MachineReport([_stats(n, None, t) for n, t in counts.fields.items()],
                         [_stats(n, c, t) for (n, c), t in sorted(counts.codes.items())], cases, verified_cases)
