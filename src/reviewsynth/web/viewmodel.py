"""The coding template as the method groups it (method.md section 4), ready for a template:
sections of fields and lists of coded items, with labels and form choices resolved."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from reviewsynth.codebook import Codebook, load_codebook
from reviewsynth.schema import Case, Evidence, Person
from reviewsynth.verify import (
    CASE_FIELDS,
    LISTS,
    PERSON_FIELDS,
    TargetError,
    item_status,
    note_of,
    person_relation,
    quote_status,
    resolve,
)
from reviewsynth.verify.operations import FieldSpec
from reviewsynth.verify.reconcile import item_key

PALETTE = 12  # colour classes code-0 .. code-11 in app.css (the CSP allows no inline style)


def code_colour(list_name: str, key: str) -> int:
    """A stable colour per code, the same in every case and on every page."""
    return zlib.crc32(f"{list_name}:{key}".encode()) % PALETTE


@lru_cache(maxsize=1)
def _codebook() -> Codebook:
    # The packaged codebook never changes while the server runs; looking its path up once per
    # label showed as a tenth of a coding action's time under load.
    return load_codebook()


SECTION_TITLES = {
    "report": "1. Report",
    "category": "Category and reference individual",
    "people": "2. People",
    "relationship": "3. Relationship",
    "contexts": "4. Contexts: risk and protective factors",
    "incident": "5. The incident and escalation",
    "services": "6. Professional involvement",
    "response": "7-8. Response and level of information",
    "practice": "Stage 2: practice problems",
}


@dataclass
class FieldView:
    target: str
    title: str
    kind: str
    value: Any
    shown: str  # the value as a reader sees it
    choices: list[tuple[str, str]]


@dataclass(frozen=True)
class QuoteView:
    index: int
    evidence: Evidence
    status: str
    note: str | None


@dataclass
class ItemView:
    target: str
    label: str
    status: str
    quotes: list[QuoteView]
    values: dict[str, Any]
    colour: int
    note: str | None
    person_id: str | None  # the owner of a person's code (it can move to another person)


@dataclass
class ListView:
    title: str
    list_path: str
    name: str
    items: list[ItemView]


@dataclass
class Block:
    heading: str | None = None
    fields: list[FieldView] = field(default_factory=list)
    lists: list[ListView] = field(default_factory=list)


@dataclass
class Section:
    id: str
    title: str
    blocks: list[Block]


def _shown(spec: FieldSpec, value: Any) -> str:
    if value is None:
        return "not reported"
    if spec.kind == "bool":
        return "yes" if value else "no"
    if spec.kind == "choice" and spec.codebook:
        return _codebook()[spec.codebook].label(str(value))
    return str(value)


def _field_view(case: Case, target: str, spec: FieldSpec) -> FieldView:
    try:
        value = resolve(case, target)
    except TargetError:
        value = None
    choices = list(_codebook()[spec.codebook].labels.items()) if spec.kind == "choice" and spec.codebook else []
    return FieldView(target, spec.title, spec.kind, value, _shown(spec, value), choices)


def item_label(list_name: str, item: BaseModel) -> str:
    codebook = _codebook()
    d = item.model_dump(mode="json")
    if list_name == "risk_factors":
        return (f"{codebook['contexts'].label(d['context'])} · "
                f"{codebook['risk_factor_types'].label(d['type'])}: {d.get('detail') or ''}")
    if list_name == "protective_factors":
        return f"{codebook['contexts'].label(d['context'])}: {d.get('detail') or ''}"
    if list_name == "services":
        timing = "before" if d["timing"] == "prior" else "after"
        extra = f" ({d['detail']})" if d.get("detail") else ""
        return f"{codebook['services'].label(d['service'])}, {timing}{extra}"
    if list_name == "abusive_behaviours":
        return f"{d['type'].replace('_', ' ')} ({d['phase']})"
    if list_name == "practice_problems":
        agency = f" [{d['agency']}]" if d.get("agency") else ""
        return f"{d.get('text') or ''}{agency}"
    spec = next(s for s in LISTS if s.name == list_name)
    label = codebook[spec.codebook].label(d["code"]) if spec.codebook else d["code"]
    detail = f": {d['detail']}" if d.get("detail") else ""
    subtypes = f" ({', '.join(d.get('subtypes') or [])})" if d.get("subtypes") else ""
    return f"{label}{subtypes}{detail}"


def _list_view(case: Case, list_name: str, person_id: str | None) -> ListView:
    spec = next(s for s in LISTS if s.name == list_name)
    list_path = spec.list_path(person_id)
    try:
        items = resolve(case, list_path) or []
    except TargetError:
        items = []
    views = [
        ItemView(f"{list_path}/{i}", item_label(list_name, item), item_status(item),
                 [QuoteView(q, ev, quote_status(ev), note_of(ev))
                  for q, ev in enumerate(getattr(item, "evidence", []) or [])],
                 item.model_dump(mode="json"), code_colour(list_name, item_key(spec, item)),
                 note_of(item), person_id)
        for i, item in enumerate(items)
    ]
    return ListView(spec.title, list_path, list_name, views)


def person_heading(person: Person) -> str:
    """"Victim v1 Mrs Q", "Other o1 (mother of v1)"."""
    name = f" {person.name}" if person.name else ""
    relation, related_to = person_relation(person)
    of = f" of {related_to}" if related_to else ""
    extra = f" ({relation}{of})" if relation else ""
    return f"{person.role.capitalize()} {person.person_id}{name}{extra}"



def coding_sections(case: Case) -> list[Section]:
    fields_by_section: dict[str, list[FieldView]] = {}
    for spec in CASE_FIELDS:
        fields_by_section.setdefault(spec.section, []).append(_field_view(case, spec.path, spec))
    levels = _codebook().plain_list("intervention_levels")
    info_spec = FieldSpec("", "choice", "information_levels", "response", "")
    for level in levels:
        spec = FieldSpec(f"information_levels/{level}", "choice", "information_levels", "response",
                         f"Information: {level.replace('_', ' ')}")
        view = _field_view(case, spec.path, info_spec)
        view.title = spec.title
        fields_by_section.setdefault("response", []).append(view)

    def person_blocks(lists: tuple[str, ...], with_fields: bool) -> list[Block]:
        blocks = []
        for person in case.people:
            fields = ([_field_view(case, f"people/{person.person_id}/{f.path}", f) for f in PERSON_FIELDS]
                      if with_fields else [])
            blocks.append(Block(person_heading(person), fields,
                                [_list_view(case, name, person.person_id) for name in lists]))
        return blocks

    return [
        Section("report", SECTION_TITLES["report"], [Block(None, fields_by_section["report"])]),
        Section("category", SECTION_TITLES["category"], [Block(None, fields_by_section["category"])]),
        Section("people", SECTION_TITLES["people"], person_blocks(("characteristics",), True)),
        Section("relationship", SECTION_TITLES["relationship"],
                [Block(None, fields_by_section["relationship"],
                       [_list_view(case, "relationship_characteristics", None)])]),
        Section("contexts", SECTION_TITLES["contexts"],
                person_blocks(("risk_factors", "protective_factors"), False)),
        Section("incident", SECTION_TITLES["incident"],
                [Block(None, fields_by_section["incident"],
                       [_list_view(case, n, None) for n in
                        ("weapons", "technology", "locations", "abusive_behaviours", "escalation_markers")])]),
        Section("services", SECTION_TITLES["services"], person_blocks(("services",), False)),
        Section("response", SECTION_TITLES["response"], [Block(None, fields_by_section["response"])]),
        Section("practice", SECTION_TITLES["practice"], [Block(None, [], [_list_view(case, "practice_problems", None)])]),
    ]
