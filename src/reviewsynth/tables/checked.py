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
    return getattr(case, REVIEW_STATUS_FIELD, None) in SIGNED_OFF


def _status(item: Any) -> str:
    return str(getattr(item, "status", None) or "suggested")


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


def _item_check(cases: list[Case], items: Items) -> Check:
    checked = counted = 0
    for case in cases:
        whole = signed_off(case)
        for item in items(case):
            status = _status(item)
            if status == "rejected":
                continue  # never counted, so never "to check"
            counted += 1
            checked += whole or status in CHECKED_STATUSES
    return Check(checked, counted, "codes")


def _unit_check(table: Table, cases: list[Case]) -> Check:
    if table.unit == "persons":
        role = "victim" if table.id.startswith("victim") else "perpetrator"
        units = [(c, p) for c in cases for p in c.people if p.role == role]
        return Check(sum(signed_off(c) for c, _ in units), len(units), "persons")
    return Check(sum(signed_off(c) for c in cases), len(cases), "cases")


def table_check(table: Table, cases: list[Case]) -> Check:
    """`cases`: the cases the table was counted over."""
    items = ITEM_TABLES.get(table.id) if table.category is not None else None
    return _item_check(cases, items) if items is not None else _unit_check(table, cases)


def annotate_checks(tables: TablesFile, all_cases: list[Case], members: dict[str, list[Case]],
                    included: list[Case]) -> None:
    """Set `checked`, `counted` and `check_unit` on every table, and the report header's
    summary (`verification`) on the tables file."""
    for table in tables.tables:
        if table.category is not None:
            basis = members.get(table.category, [])
        else:
            basis = all_cases if table.id == "screening_flow" else included
        check = table_check(table, basis)
        table.checked, table.counted, table.check_unit = check.checked, check.counted, check.unit  # type: ignore[attr-defined]
    codes = Check(0, 0, "codes")
    for items in ITEM_TABLES.values():
        found = _item_check(included, items)
        codes = Check(codes.checked + found.checked, codes.counted + found.counted, "codes")
    tables.verification = {  # type: ignore[attr-defined]
        "codes_counted": codes.counted,
        "codes_checked": codes.checked,
        "reviews": len(included),
        "reviews_signed_off": sum(signed_off(c) for c in included),
        "machine_only": codes.checked == 0 and not any(signed_off(c) for c in included),
    }
