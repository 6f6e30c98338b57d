"""Pure operations on a Case: accept, reject, edit or add a code, set a field, screen.

Each returns a `Change` holding a new Case (the input is never mutated) plus what the audit
log records: the target, and the value before and after.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from reviewsynth.codebook import load_codebook
from reviewsynth.schema import Case, Code, Evidence, Person, Screening
from reviewsynth.verify.paths import (
    LISTS,
    ListSpec,
    TargetError,
    ensure_list,
    resolve,
    resolve_item,
    resolve_parent,
    spec_for_list_path,
)

Status = Literal["accepted", "rejected", "edited", "suggested"]
STATUSES: tuple[str, ...] = ("suggested", "accepted", "edited", "rejected")


@dataclass
class Change:
    case: Case
    action: str
    target: str
    before: Any
    after: Any


@dataclass(frozen=True)
class FieldSpec:
    """A single-valued field of the template (not a list of codes)."""

    path: str  # relative to the case, or to a person for person fields
    kind: Literal["choice", "text", "int", "bool"]
    codebook: str | None
    section: str
    title: str


CASE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "text", None, "report", "Title"),
    FieldSpec("review_type", "choice", "review_types", "report", "Type of report"),
    FieldSpec("area", "text", None, "report", "Area"),
    FieldSpec("published", "text", None, "report", "Published (YYYY or YYYY-MM)"),
    FieldSpec("incident_year", "int", None, "report", "Year of incident"),
    FieldSpec("category", "choice", "categories", "category", "Category"),
    FieldSpec("reference_individual", "choice", "reference_individual", "category", "Reference individual"),
    FieldSpec("non_reference_information", "choice", "non_reference_information", "category", "Information on the other person"),
    FieldSpec("relationship/type", "choice", "relationship_types", "relationship", "Relationship type"),
    FieldSpec("relationship/detail", "text", None, "relationship", "Relationship detail"),
    FieldSpec("incident_type", "choice", "incident_types", "incident", "Incident type"),
    FieldSpec("fatal", "bool", None, "incident", "Fatal"),
    FieldSpec("description", "text", None, "incident", "Description"),
    FieldSpec("escalation/summary", "text", None, "incident", "Escalation"),
    FieldSpec("response_matched_risk", "bool", None, "response", "Response matched risk"),
)
PERSON_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "text", None, "people", "Name (pseudonym)"),
    FieldSpec("age", "int", None, "people", "Age"),
    FieldSpec("age_band", "choice", "age_bands", "people", "Age band"),
    FieldSpec("gender", "choice", "genders", "people", "Gender"),
    FieldSpec("ethnicity", "choice", "ethnicities", "people", "Ethnicity"),
    FieldSpec("ethnicity_detail", "text", None, "people", "Ethnicity detail"),
    FieldSpec("living_arrangement", "choice", "living_arrangements", "people", "Living arrangement"),
    FieldSpec("summary", "text", None, "people", "Summary"),
)
# Extra fields every person-list item form shows, beyond the main code id.
ITEM_FIELDS: dict[str, tuple[str, ...]] = {
    "characteristics": ("code", "detail"),
    "relationship_characteristics": ("code", "detail"),
    "weapons": ("code", "detail"),
    "locations": ("code", "detail"),
    "technology": ("code", "detail"),
    "escalation_markers": ("code", "detail"),
    "risk_factors": ("context", "type", "detail"),
    "protective_factors": ("context", "detail"),
    "services": ("service", "timing", "detail"),
    "abusive_behaviours": ("phase", "type"),
    "practice_problems": ("text", "agency"),
}
# Which codebook list offers the choices of each item field (None: free text).
ITEM_FIELD_CHOICES: dict[str, str | None] = {
    "context": "contexts",
    "service": "services",
    "timing": "_timing",
    "phase": "abusive_behaviour_phases",
    "detail": None,
    "text": None,
    "agency": None,
}


def field_choices(list_name: str, field_name: str) -> list[tuple[str, str]]:
    """(id, label) options for one field of an item form; empty for free text."""
    codebook = load_codebook()
    if field_name == "code":
        source = LIST_SPEC_CODEBOOK[list_name]
    elif field_name == "type":
        source = "risk_factor_types" if list_name == "risk_factors" else "abusive_behaviour_types"
    else:
        source = ITEM_FIELD_CHOICES.get(field_name)
    if source is None:
        return []
    if source == "_timing":
        return [("prior", "Before the incident"), ("after", "After the incident")]
    return list(codebook[source].labels.items())


LIST_SPEC_CODEBOOK: dict[str, str | None] = {spec.name: spec.codebook for spec in LISTS}


def _copy(case: Case) -> Case:
    # A dump and re-validation is an independent copy three times faster than deepcopy.
    return Case.model_validate(case.model_dump())


def _dump(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def item_status(item: BaseModel) -> str:
    return str(getattr(item, "status", None) or "suggested")


VERIFIED_FIELDS = "verified_fields"  # extension key: targets of fields a person has saved


def verified_fields(case: Case) -> set[str]:
    """Targets of the single-valued fields a person has saved (or confirmed) on this coding."""
    found = (case.model_extra or {}).get(VERIFIED_FIELDS) or []
    return {str(t) for t in found} if isinstance(found, list) else set()


def _mark_verified(case: Case, *targets: str) -> None:
    setattr(case, VERIFIED_FIELDS, sorted(verified_fields(case) | set(targets)))


def set_status(case: Case, target: str, status: Status) -> Change:
    """Accept, reject (kept for the audit trail, never counted) or reset one coded item."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status}")
    new = _copy(case)
    _spec, items, index, item = resolve_item(new, target)
    before = _dump(item)
    items[index] = item.model_copy(update={"status": status})
    return Change(new, f"code_{status}", target, before, _dump(items[index]))


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _item_from_fields(spec: ListSpec, fields: dict[str, str | None], base: dict[str, Any]) -> BaseModel:
    data = dict(base)
    for name in ITEM_FIELDS[spec.name]:
        if name in fields:
            data[name] = _clean(fields[name])
    if spec.model is Code and data.get("code") == "other" and not data.get("detail"):
        raise ValueError("a code of 'other' needs its text in detail")
    for required in ("code", "context", "type", "service", "timing", "phase", "text"):
        if required in ITEM_FIELDS[spec.name] and not data.get(required):
            raise ValueError(f"{required} is required")
    if spec.name == "risk_factors" and not data.get("detail"):
        raise ValueError("detail is required")
    if spec.name == "protective_factors" and not data.get("detail"):
        raise ValueError("detail is required")
    _check_choices(spec, data)
    try:
        return spec.model.model_validate(data)
    except ValidationError as err:
        raise ValueError(str(err.errors()[0]["msg"])) from err


def _check_choices(spec: ListSpec, data: dict[str, Any]) -> None:
    for name in ITEM_FIELDS[spec.name]:
        options = field_choices(spec.name, name)
        if options and data.get(name) not in {o[0] for o in options}:
            raise ValueError(f"{data.get(name)!r} is not a {name} of the codebook")


def edit_item(case: Case, target: str, fields: dict[str, str | None]) -> Change:
    """Change a coded item's ids or detail; it becomes `edited` (evidence is kept)."""
    new = _copy(case)
    spec, items, index, item = resolve_item(new, target)
    before = _dump(item)
    base = item.model_dump(mode="json")
    base["status"] = "edited"
    items[index] = _item_from_fields(spec, fields, base)
    return Change(new, "code_edited", target, before, _dump(items[index]))


def add_item(
    case: Case, list_path: str, fields: dict[str, str | None], evidence: list[Evidence]
) -> Change:
    """A person's new code; its evidence is the text they selected."""
    if not evidence:
        raise ValueError("select the text that supports the code: a code needs its evidence")
    new = _copy(case)
    spec, _person = spec_for_list_path(list_path)
    items = ensure_list(new, list_path)
    base: dict[str, Any] = {"evidence": [e.model_dump(mode="json") for e in evidence],
                            "status": "accepted"}
    item = _item_from_fields(spec, fields, base)
    items.append(item)
    target = f"{list_path}/{len(items) - 1}"
    return Change(new, "code_added", target, None, _dump(item))


def _coerce(spec: FieldSpec, raw: str | None) -> Any:
    value = _clean(raw)
    if value is None:
        return None if spec.kind != "choice" or spec.codebook is None else _default_choice(spec)
    if spec.kind == "int":
        try:
            return int(value)
        except ValueError as err:
            raise ValueError(f"{spec.title}: a whole number, please") from err
    if spec.kind == "bool":
        if value not in ("true", "false"):
            raise ValueError(f"{spec.title}: yes, no or not reported")
        return value == "true"
    if spec.kind == "choice" and spec.codebook:
        options = load_codebook()[spec.codebook].labels
        if value not in options:
            raise ValueError(f"{value!r} is not a {spec.title.lower()} of the codebook")
    return value


def _default_choice(spec: FieldSpec) -> Any:
    # Single-choice fields that cannot be null fall back to "not reported", never to "no".
    if spec.path in {"age_band", "gender", "ethnicity", "living_arrangement"}:
        return "not_reported"
    if spec.path == "review_type":
        return "other"
    if spec.path == "relationship/type":
        return "not_clear"
    return None


def field_spec(target: str) -> FieldSpec:
    parts = target.strip("/").split("/")
    if parts[0] == "people" and len(parts) == 3:
        for spec in PERSON_FIELDS:
            if spec.path == parts[2]:
                return spec
    for spec in CASE_FIELDS:
        if spec.path == "/".join(parts):
            return spec
    if parts[0] == "information_levels" and len(parts) == 2:
        return FieldSpec(target, "choice", "information_levels", "response", parts[1])
    raise TargetError(f"not an editable field: {target}")


def set_field(case: Case, target: str, raw: str | None) -> Change:
    """Set one single-valued field from a form value (empty means not reported)."""
    spec = field_spec(target)
    value = _coerce(spec, raw)
    new = _copy(case)
    if target.startswith("relationship/") and new.relationship is None:
        from reviewsynth.schema import Relationship

        new.relationship = Relationship(type="not_clear")
    parent, key = resolve_parent(new, target)
    if isinstance(parent, dict):
        before = parent.get(key)
        if value is None:
            parent.pop(key, None)
        else:
            parent[key] = value
    else:
        before = getattr(parent, key)
        setattr(parent, key, value)
    if target == "category" and value is not None and new.screening is None:
        raise ValueError("screen the case before giving it a category")
    _mark_verified(new, target)
    return Change(new, "field_set", target, _dump(before), _dump(value))


def screen(case: Case, decision: str, reason: str, evidence: list[Evidence] | None = None) -> Change:
    """Record the screening decision; an excluded case has no category."""
    codebook = load_codebook()
    reasons = codebook.include_reasons if decision == "include" else codebook.exclude_reasons
    if decision not in ("include", "exclude"):
        raise ValueError("decision must be include or exclude")
    if reason not in reasons:
        raise ValueError(f"{reason!r} is not a reason to {decision}")
    new = _copy(case)
    before = _dump(new.screening)
    kept = evidence if evidence is not None else (new.screening.evidence if new.screening else [])
    new.screening = Screening(decision=decision, reason=reason, evidence=kept)  # type: ignore[arg-type]
    if decision == "exclude":
        new.category = None
    _mark_verified(new, "screening/decision", "screening/reason")
    return Change(new, "screening", "screening", before, _dump(new.screening))


def iter_items(case: Case) -> list[tuple[ListSpec, str, BaseModel]]:
    """Every coded list item with its target path, in template order."""
    found: list[tuple[ListSpec, str, BaseModel]] = []
    for spec in LISTS:
        paths = (
            [spec.list_path(p.person_id) for p in case.people] if spec.where == "person" else [spec.path]
        )
        for list_path in paths:
            try:
                items = resolve(case, list_path)
            except TargetError:
                continue
            for i, item in enumerate(items or []):
                found.append((spec, f"{list_path}/{i}", item))
    return found


def progress(case: Case) -> tuple[int, int]:
    """(items a person has decided, all items): the per-case progress bar."""
    items = iter_items(case)
    decided = sum(1 for _s, _t, item in items if item_status(item) != "suggested")
    return decided, len(items)


# -- people of the case, and moving a code between them -------------------------------------

ROLE_PREFIX = {"victim": "v", "perpetrator": "p", "other": "o"}
RELATIONS = ("mother", "father", "sibling", "child", "grandparent", "other relative", "new partner",
             "friend", "neighbour")
MAX_RELATION = 60


def person_relation(person: Person) -> tuple[str | None, str | None]:
    """(relation, related_to) of a person of role `other`: ("mother", "v1")."""
    extra = person.model_extra or {}
    return extra.get("relation"), extra.get("related_to")


def add_person(case: Case, role: str, relation: str | None = None, related_to: str | None = None) -> Change:
    """A new person: a victim or perpetrator, or another person of the case (a mother, a
    sibling: role `other`, with their relation to one of the people)."""
    if role not in ROLE_PREFIX:
        raise ValueError("role must be victim, perpetrator or other")
    new = _copy(case)
    person = _new_person(new, role, relation, related_to)
    return Change(new, "person_added", f"people/{person.person_id}", None, _dump(person))


def _new_person(case: Case, role: str, relation: str | None, related_to: str | None) -> Person:
    taken = {p.person_id for p in case.people}
    n = 1
    while f"{ROLE_PREFIX[role]}{n}" in taken:
        n += 1
    extra: dict[str, Any] = {}
    if role == "other":
        relation = " ".join((relation or "").split())
        if not relation:
            raise ValueError("say who the person is (their relation, e.g. mother)")
        if len(relation) > MAX_RELATION:
            raise ValueError(f"the relation is at most {MAX_RELATION} characters")
        if related_to is not None and related_to not in taken:
            raise ValueError(f"no person {related_to} in this case")
        extra = {"relation": relation, "related_to": related_to}
    person = Person.model_validate({"person_id": f"{ROLE_PREFIX[role]}{n}", "role": role, **extra})
    case.people.append(person)
    return person


def move_item(case: Case, target: str, to_person: str | None, relation: str | None = None) -> Change:
    """Move a person's code to another person of the case, or (with `relation` and no
    `to_person`) to a new person related to its present owner. The code becomes `edited`: a
    person has decided whose it is."""
    parts = target.strip("/").split("/")
    if parts[0] != "people" or len(parts) != 4:
        raise TargetError(f"only a person's code can move to another person: {target}")
    new = _copy(case)
    spec, items, index, item = resolve_item(new, target)
    from_person = parts[1]
    if to_person is None:
        to_person = _new_person(new, "other", relation, from_person).person_id
    if to_person == from_person:
        raise ValueError("the code is already this person's")
    destination = ensure_list(new, spec.list_path(to_person))
    moved = item.model_copy(update={"status": "edited"})
    del items[index]
    destination.append(moved)
    new_target = f"{spec.list_path(to_person)}/{len(destination) - 1}"
    return Change(new, "code_moved", target, {"person": from_person, "item": _dump(item)},
                  {"person": to_person, "target": new_target, "item": _dump(moved)})


# -- quotes: accept or reject one, change its span, notes -----------------------------------

QUOTE_STATUSES = ("suggested", "accepted", "rejected")
MAX_NOTE = 2000


def quote_status(evidence: Evidence) -> str:
    return str((evidence.model_extra or {}).get("status") or "suggested")


def _evidence_of(item: BaseModel, target: str) -> list[Evidence]:
    evidence = getattr(item, "evidence", None)
    if not isinstance(evidence, list):
        raise TargetError(f"{target} has no quotes")
    return evidence


def _quote_index(evidence: list[Evidence], quote: int, target: str) -> int:
    if not 0 <= quote < len(evidence):
        raise TargetError(f"{target} has no quote {quote + 1}")
    return quote


def set_quote_status(case: Case, target: str, quote: int, status: str) -> Change:
    """Accept or reject one quote of a code (the code's own status is unchanged). A code that
    stands keeps at least one quote that is not rejected: reject the code instead."""
    if status not in QUOTE_STATUSES:
        raise ValueError(f"unknown quote status {status}")
    new = _copy(case)
    _spec, _items, _index, item = resolve_item(new, target)
    evidence = _evidence_of(item, target)
    i = _quote_index(evidence, quote, target)
    before = _dump(evidence[i])
    evidence[i] = Evidence.model_validate({**before, "status": status})
    standing = [e for e in evidence if quote_status(e) != "rejected"]
    if status == "rejected" and not standing and item_status(item) != "rejected":
        raise ValueError("this is the code's last quote: reject the code instead, or give it another quote first")
    return Change(new, f"quote_{status}", f"{target}/evidence/{i}", before, _dump(evidence[i]))


def set_quote_span(case: Case, target: str, quote: int | None, evidence: Evidence) -> Change:
    """Replace one quote of a code by the text a person selected (or, with `quote` None, add
    the selection as another quote). The new quote is accepted; its note is kept."""
    new = _copy(case)
    _spec, _items, _index, item = resolve_item(new, target)
    quotes = _evidence_of(item, target)
    chosen = evidence.model_dump(mode="json")
    chosen["status"] = "accepted"
    if quote is None:
        quotes.append(Evidence.model_validate(chosen))
        return Change(new, "quote_added", f"{target}/evidence/{len(quotes) - 1}", None, chosen)
    i = _quote_index(quotes, quote, target)
    before = _dump(quotes[i])
    if (quotes[i].model_extra or {}).get("note"):
        chosen["note"] = quotes[i].model_extra["note"]  # type: ignore[index]
    quotes[i] = Evidence.model_validate(chosen)
    return Change(new, "quote_span_changed", f"{target}/evidence/{i}", before, _dump(quotes[i]))


def set_note(case: Case, target: str, note: str | None, quote: int | None = None) -> Change:
    """A person's note on a code, or on one of its quotes (empty removes it)."""
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        raise ValueError(f"a note is at most {MAX_NOTE} characters")
    new = _copy(case)
    _spec, items, index, item = resolve_item(new, target)
    if quote is None:
        before = (item.model_extra or {}).get("note")
        data = item.model_dump(mode="json")
        data.pop("note", None)
        items[index] = type(item).model_validate({**data, **({"note": text} if text else {})})
        return Change(new, "note_set", target, before, text or None)
    quotes = _evidence_of(item, target)
    i = _quote_index(quotes, quote, target)
    before = (quotes[i].model_extra or {}).get("note")
    data = quotes[i].model_dump(mode="json")
    data.pop("note", None)
    quotes[i] = Evidence.model_validate({**data, **({"note": text} if text else {})})
    return Change(new, "note_set", f"{target}/evidence/{i}", before, text or None)


def note_of(model: BaseModel) -> str | None:
    note = (model.model_extra or {}).get("note")
    return str(note) if note else None


# -- a blind coder's starting copy ----------------------------------------------------------

def blind_copy(case: Case) -> Case:
    """What a blind coder starts from: the case's frame (its documents, title and people, by
    id, role and name) and nothing the machine coded: no codes, field values or screening."""
    people = []
    for p in case.people:
        relation, related_to = person_relation(p)
        frame: dict[str, Any] = {"person_id": p.person_id, "role": p.role, "name": p.name}
        if p.role == "other":
            frame.update(relation=relation, related_to=related_to)
        people.append(Person.model_validate(frame))
    return Case(case_id=case.case_id, title=case.title, documents=[d.model_copy() for d in case.documents],
                people=people)
