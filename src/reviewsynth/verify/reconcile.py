"""Two coders' codings of one case: their differences, and the final coding from choices.

People are matched by `person_id`; list items by a key built from their ids (and the
detail of an `other`), so two coders who both coded "alcohol misuse" agree whatever the
evidence they chose. Rejected items count as not coded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from reviewsynth.schema import Case, Person
from reviewsynth.verify.operations import CASE_FIELDS, PERSON_FIELDS, FieldSpec, item_status
from reviewsynth.verify.paths import (
    LISTS,
    ListSpec,
    TargetError,
    ensure_list,
    resolve,
    resolve_parent,
    spec_for_list_path,
)


@dataclass(frozen=True)
class Difference:
    key: str  # form field name of the choice
    kind: str  # "field" | "item" | "person"
    path: str  # field target, list path, or people/<id>
    label: str
    a: Any  # value (field) or item/person dump, None where that coder has none
    b: Any


def item_key(spec: ListSpec, item: BaseModel) -> str:
    """What makes two items "the same code" for agreement and reconciliation."""
    d = item.model_dump(mode="json")

    def norm(value: Any) -> str:
        return " ".join(str(value or "").lower().split())

    if spec.name in ("risk_factors",):
        return f"{d['context']}/{d['type']}/{norm(d.get('detail'))}"
    if spec.name == "protective_factors":
        return f"{d['context']}/{norm(d.get('detail'))}"
    if spec.name == "services":
        return f"{d['service']}/{d['timing']}"
    if spec.name == "abusive_behaviours":
        return f"{d['phase']}/{d['type']}"
    if spec.name == "practice_problems":
        return norm(d.get("text"))[:120]
    code = d["code"]
    return f"other:{norm(d.get('detail'))}" if code == "other" else code


def field_value(case: Case, target: str) -> Any:
    try:
        value = resolve(case, target)
    except TargetError:
        return None
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def field_targets(a: Case, b: Case) -> list[tuple[str, FieldSpec | None, str]]:
    """(target, spec, label) of every single-valued field compared between two codings."""
    targets: list[tuple[str, FieldSpec | None, str]] = [
        ("screening/decision", None, "Screening decision"),
        ("screening/reason", None, "Screening reason"),
    ]
    targets += [(f.path, f, f.title) for f in CASE_FIELDS]
    for pid in _shared_people(a, b):
        targets += [(f"people/{pid}/{f.path}", f, f"{pid}: {f.title}") for f in PERSON_FIELDS]
    levels = sorted(set(a.information_levels) | set(b.information_levels))
    targets += [(f"information_levels/{lv}", None, f"Information level: {lv}") for lv in levels]
    return targets


def _shared_people(a: Case, b: Case) -> list[str]:
    b_ids = {p.person_id for p in b.people}
    return [p.person_id for p in a.people if p.person_id in b_ids]


def coded_items(case: Case, spec: ListSpec, list_path: str) -> dict[str, BaseModel]:
    """key -> item of the non-rejected items of one list (first one wins on a repeat)."""
    try:
        items = resolve(case, list_path) or []
    except TargetError:
        return {}
    found: dict[str, BaseModel] = {}
    for item in items:
        if item_status(item) != "rejected":
            found.setdefault(item_key(spec, item), item)
    return found


def list_paths(a: Case, b: Case) -> list[tuple[ListSpec, str]]:
    shared = _shared_people(a, b)
    paths: list[tuple[ListSpec, str]] = []
    for spec in LISTS:
        if spec.where == "person":
            paths += [(spec, spec.list_path(pid)) for pid in shared]
        else:
            paths.append((spec, spec.path))
    return paths


def screening_value(case: Case, target: str) -> Any:
    if case.screening is None:
        return None
    return case.screening.decision if target.endswith("decision") else case.screening.reason


def differences(a: Case, b: Case) -> list[Difference]:
    """Everything two codings disagree on, in template order."""
    diffs: list[Difference] = []
    for target, _spec, label in field_targets(a, b):
        if target.startswith("screening/"):
            va, vb = screening_value(a, target), screening_value(b, target)
        else:
            va, vb = field_value(a, target), field_value(b, target)
        if va != vb:
            diffs.append(Difference(f"field:{target}", "field", target, label, va, vb))
    a_ids, b_ids = {p.person_id for p in a.people}, {p.person_id for p in b.people}
    for case, side in ((a, "a"), (b, "b")):
        other = b_ids if side == "a" else a_ids
        for p in case.people:
            if p.person_id not in other:
                dump = p.model_dump(mode="json")
                diffs.append(Difference(f"person:{p.person_id}", "person", f"people/{p.person_id}",
                                        f"{p.role} {p.person_id}", dump if side == "a" else None,
                                        dump if side == "b" else None))
    for spec, list_path in list_paths(a, b):
        ia, ib = coded_items(a, spec, list_path), coded_items(b, spec, list_path)
        for key in list(ia) + [k for k in ib if k not in ia]:
            if (key in ia) != (key in ib):
                diffs.append(Difference(
                    f"item:{list_path}:{key}", "item", list_path, f"{spec.title}: {key}",
                    ia[key].model_dump(mode="json") if key in ia else None,
                    ib[key].model_dump(mode="json") if key in ib else None,
                ))
    return diffs


def _set_value(case: Case, target: str, value: Any) -> None:
    if target.startswith("screening/"):
        if case.screening is None:
            raise ValueError("cannot take one screening field without a screening")
        setattr(case.screening, target.split("/")[1], value)
        return
    if target.startswith("relationship/") and case.relationship is None:
        from reviewsynth.schema import Relationship

        case.relationship = Relationship(type="not_clear")
    parent, key = resolve_parent(case, target)
    if isinstance(parent, dict):
        if value is None:
            parent.pop(key, None)
        else:
            parent[key] = value
    else:
        setattr(parent, key, value)


def reconcile(a: Case, b: Case, choices: dict[str, str]) -> Case:
    """The final coding: A, changed where the choices take B's value or item.

    `choices` maps each Difference.key to "a"/"b" (fields) or "keep"/"drop" (items, people).
    Every difference needs a choice, so nothing is decided by default.
    """
    diffs = differences(a, b)
    missing = [d.label for d in diffs if d.key not in choices]
    if missing:
        raise ValueError("choose for every difference; still open: " + "; ".join(missing[:5]))
    final = a.model_copy(deep=True)
    if final.screening is None and b.screening is not None:
        final.screening = b.screening.model_copy(deep=True)
    for d in (d for d in diffs if d.kind == "person"):
        keep = choices[d.key] == "keep"
        if d.a is not None and not keep:
            final.people = [p for p in final.people if p.person_id != d.path.split("/")[1]]
        elif d.b is not None and keep:
            final.people.append(Person.model_validate(d.b))
    for d in (d for d in diffs if d.kind == "field"):
        if choices[d.key] == "b":
            _set_value(final, d.path, d.b)
    for d in (d for d in diffs if d.kind == "item"):
        _apply_item_choice(final, d, choices[d.key] == "keep")
    if final.screening is not None and final.screening.decision == "exclude":
        final.category = None
    return final


def _apply_item_choice(final: Case, d: Difference, keep: bool) -> None:
    spec, _person = spec_for_list_path(d.path)
    key = d.key.split(":", 2)[2]
    if d.a is not None and not keep:
        items = resolve(final, d.path)
        items[:] = [i for i in items if item_status(i) == "rejected" or item_key(spec, i) != key]
    elif d.b is not None and keep:
        ensure_list(final, d.path).append(spec.model.model_validate(d.b))
