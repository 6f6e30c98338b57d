"""How much of what a table counts a person has checked (verified versus suggested).

A counted code (a characteristic, factor, service, weapon, location, escalation marker,
relationship characteristic or practice problem) is checked when a person accepted or edited
it, or signed off its whole case ("mark as complete" in the workbench). Tables of single
values (gender, age, overview, incident type, ...) have no status per value: a value is
checked when its case is signed off. Every table carries `checked` and `counted` with the
`check_unit` they count, and the tables file a summary for the report header.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from reviewsynth.schema import Case
from reviewsynth.tables.model import Table, TablesFile

CHECKED_STATUSES = frozenset({"accepted", "edited"})
# Extra Case field with the store's status of the case (reviewsynth.results sets it);
# "verified" once a person has marked the case complete.
REVIEW_STATUS_FIELD = "review_status"
SIGNED_OFF = frozenset({"verified"})


def signed_off(case: Case) -> bool:
    extra = case.__pydantic_extra__ or {}  # not getattr: pydantic's lookup of extras is slow
    return extra.get(REVIEW_STATUS_FIELD) in SIGNED_OFF


Items = Callable[[Case], Iterable[Any]]


def _persons(role: str, items: Callable[[Any], Iterable[Any]]) -> Items:
    return lambda case: (i for p in case.people if p.role == role for i in items(p))


def _services(role: str, timing: str) -> Items:
    return _persons(role, lambda p: (s for s in p.services if s.timing == timing))


# Per-category tables that count coded items with a status of their own.
ITEM_TABLES: dict[str, Items] = {
    "relationship_characteristics": lambda c: c.relationship.characteristics if c.relationship else [],
    "weapons": lambda c: c.incident.weapons,
    "locations": lambda c: c.incident.locations,
    "escalation_markers": lambda c: c.escalation.markers,
    "themes": lambda c: (p for p in c.practice_problems if p.theme and p.theme.strip()),
}
for _role in ("victim", "perpetrator"):
    ITEM_TABLES[f"{_role}_characteristics"] = _persons(_role, lambda p: p.characteristics)
    ITEM_TABLES[f"{_role}_contexts"] = _persons(_role, lambda p: [*p.risk_factors, *p.protective_factors])
    for _timing in ("prior", "after"):
        ITEM_TABLES[f"{_role}_services_{_timing}"] = _services(_role, _timing)


@dataclass(frozen=True)
class Check:
    checked: int
    counted: int
    unit: str  # "codes", or the table's unit where values carry no status of their own


def _case_item_checks(case: Case) -> dict[str, tuple[int, int]]:
    """(checked, counted) of each item table's codes in one case (rejected ones never count)."""
    whole = signed_off(case)
    found = {}
    for table_id, items in ITEM_TABLES.items():
        checked = counted = 0
        for item in items(case):
            status = item.status or "suggested"
            if status == "rejected":
                continue
            counted += 1
            checked += whole or status in CHECKED_STATUSES
        found[table_id] = (checked, counted)
    return found


def _unit_check(table: Table, cases: list[Case], signed: set[str]) -> Check:
    if table.unit == "persons":
        role = "victim" if table.id.startswith("victim") else "perpetrator"
        units = [c.case_id for c in cases for p in c.people if p.role == role]
        return Check(sum(u in signed for u in units), len(units), "persons")
    return Check(sum(c.case_id in signed for c in cases), len(cases), "cases")


def _item_check(per_case: dict[str, dict[str, tuple[int, int]]], cases: list[Case], table_id: str) -> Check:
    pairs = [per_case[c.case_id][table_id] for c in cases]
    return Check(sum(p[0] for p in pairs), sum(p[1] for p in pairs), "codes")


def annotate_checks(tables: TablesFile, all_cases: list[Case], members: dict[str, list[Case]],
                    included: list[Case]) -> None:
    """Set `checked`, `counted` and `check_unit` on every table, and the report header's
    summary (`verification`) on the tables file. Each case's codes are read once."""
    signed = {c.case_id for c in all_cases if signed_off(c)}
    per_case = {c.case_id: _case_item_checks(c) for c in included}
    for table in tables.tables:
        if table.category is not None:
            basis = members.get(table.category, [])
        else:
            basis = all_cases if table.id == "screening_flow" else included
        if table.category is not None and table.id in ITEM_TABLES:
            check = _item_check(per_case, basis, table.id)
        else:
            check = _unit_check(table, basis, signed)
        table.checked, table.counted, table.check_unit = check.checked, check.counted, check.unit  # type: ignore[attr-defined]
    pairs = [pair for checks in per_case.values() for pair in checks.values()]
    checked_codes = sum(p[0] for p in pairs)
    tables.verification = {  # type: ignore[attr-defined]
        "codes_counted": sum(p[1] for p in pairs),
        "codes_checked": checked_codes,
        "reviews": len(included),
        "reviews_signed_off": sum(c.case_id in signed for c in included),
        "machine_only": checked_codes == 0 and not any(c.case_id in signed for c in included),
    }
