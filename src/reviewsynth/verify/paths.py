"""Addressing the parts of a Case that people verify.

A *target* is a slash path into a Case: ``category``, ``people/v1/gender``,
``people/v1/characteristics/3``, ``incident/weapons/0``. People are addressed by
``person_id`` (stable across two coders' copies), list items by index. Every verifiable
list is described once in ``LISTS`` so the web, reconciliation and progress all agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from reviewsynth.schema import (
    AbusiveBehaviour,
    Case,
    Code,
    Person,
    PracticeProblem,
    ProtectiveFactor,
    RiskFactor,
    Service,
)


class TargetError(ValueError):
    """A target path that does not name a part of this case."""


@dataclass(frozen=True)
class ListSpec:
    """One list of coded items: where it lives, what an item is, which codebook list names it."""

    name: str  # e.g. "characteristics" (unique over LISTS)
    where: str  # "person" (under people/<id>/) or "case" (path from the case root)
    path: str  # attribute path: "characteristics", "incident/weapons"
    model: type[BaseModel]
    codebook: str | None  # codebook list of the item's main id, None for free text
    section: str  # the method's template section it is shown under
    title: str

    def list_path(self, person_id: str | None = None) -> str:
        return f"people/{person_id}/{self.path}" if self.where == "person" else self.path


LISTS: tuple[ListSpec, ...] = (
    ListSpec("characteristics", "person", "characteristics", Code, "characteristics", "people", "Characteristics"),
    ListSpec("risk_factors", "person", "risk_factors", RiskFactor, "contexts", "contexts", "Risk factors"),
    ListSpec("protective_factors", "person", "protective_factors", ProtectiveFactor, "contexts", "contexts", "Protective factors"),
    ListSpec("services", "person", "services", Service, "services", "services", "Services"),
    ListSpec("relationship_characteristics", "case", "relationship/characteristics", Code, "relationship_characteristics", "relationship", "Relationship characteristics"),
    ListSpec("weapons", "case", "incident/weapons", Code, "weapons", "incident", "Weapons"),
    ListSpec("locations", "case", "incident/locations", Code, "locations", "incident", "Locations"),
    ListSpec("technology", "case", "incident/technology", Code, "technologies", "incident", "Technology"),
    ListSpec("abusive_behaviours", "case", "incident/abusive_behaviours", AbusiveBehaviour, "abusive_behaviour_types", "incident", "Abusive behaviours"),
    ListSpec("escalation_markers", "case", "escalation/markers", Code, "escalation_markers", "incident", "Escalation markers"),
    ListSpec("practice_problems", "case", "practice_problems", PracticeProblem, None, "practice", "Practice problems"),
)
LIST_BY_NAME = {spec.name: spec for spec in LISTS}


def spec_for_list_path(list_path: str) -> tuple[ListSpec, str | None]:
    """The ListSpec of ``people/v1/characteristics`` or ``incident/weapons``, with the person id."""
    parts = list_path.strip("/").split("/")
    if parts[0] == "people" and len(parts) == 3:
        for spec in LISTS:
            if spec.where == "person" and spec.path == parts[2]:
                return spec, parts[1]
    for spec in LISTS:
        if spec.where == "case" and spec.path == "/".join(parts):
            return spec, None
    raise TargetError(f"not a list of codes: {list_path}")


def _step(node: Any, key: str) -> Any:
    if isinstance(node, list):
        if node and all(isinstance(x, Person) for x in node) and not key.isdigit():
            for person in node:
                if person.person_id == key:
                    return person
            raise TargetError(f"no person {key}")
        if not key.isdigit() or int(key) >= len(node):
            raise TargetError(f"no item {key}")
        return node[int(key)]
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, BaseModel):
        if key not in type(node).model_fields and key not in (node.model_extra or {}):
            raise TargetError(f"no field {key}")
        return getattr(node, key)
    raise TargetError(f"cannot go into {key}")


def resolve(case: Case, target: str) -> Any:
    """The object (model, list or value) at `target`."""
    node: Any = case
    for key in target.strip("/").split("/"):
        if node is None:
            raise TargetError(f"{target}: nothing at {key}")
        node = _step(node, key)
    return node


def resolve_parent(case: Case, target: str) -> tuple[Any, str]:
    """The container holding `target` and the last key."""
    parts = target.strip("/").split("/")
    parent = resolve(case, "/".join(parts[:-1])) if len(parts) > 1 else case
    return parent, parts[-1]


def resolve_item(case: Case, target: str) -> tuple[ListSpec, list[Any], int, BaseModel]:
    """A coded list item: its spec, the list, its index and the item."""
    parts = target.strip("/").split("/")
    if not parts[-1].isdigit():
        raise TargetError(f"not a list item: {target}")
    spec, _person = spec_for_list_path("/".join(parts[:-1]))
    items = resolve(case, "/".join(parts[:-1]))
    index = int(parts[-1])
    if not isinstance(items, list) or index >= len(items):
        raise TargetError(f"no item {target}")
    return spec, items, index, items[index]


def ensure_list(case: Case, list_path: str) -> list[Any]:
    """The list at `list_path`, creating an empty relationship when a code is added to none."""
    spec, _ = spec_for_list_path(list_path)
    if spec.name == "relationship_characteristics" and case.relationship is None:
        from reviewsynth.schema import Relationship

        case.relationship = Relationship(type="not_clear")
    items = resolve(case, list_path)
    if not isinstance(items, list):
        raise TargetError(f"not a list: {list_path}")
    return items
