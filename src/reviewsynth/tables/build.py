"""Count coded cases into the tables of ../shared/spec/tables.md.

Counting rules shared by every count table: rows sorted by n descending, then codebook
order; a `not_reported` (or `unknown`) row last; rows with n = 0 left out; `rejected` codes
never counted; `other` codes split into one row per distinct detail (`other:<detail>`).
Excluded cases never reach the per-category tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reviewsynth.codebook import Codebook, CodeList, load_codebook
from reviewsynth.schema import Case, Code, Evidence, Person, Role
from reviewsynth.tables.checked import annotate_checks
from reviewsynth.tables.flow import ScreeningFlow, copies_of, is_second_review
from reviewsynth.tables.gcpause import paused_gc
from reviewsynth.tables.model import Cell, DetailCount, EvidenceRef, Row, Table, TablesFile, Unit
from reviewsynth.tables.reference import ReferenceStatistics, load_reference

NOT_REPORTED = "not_reported"
# Keys that always sort last, whatever their count: absence of information.
_LAST_KEYS = (NOT_REPORTED, "unknown")
MAX_EXAMPLE_QUOTES = 3
ROLES: tuple[Role, Role] = ("victim", "perpetrator")


# --------------------------------------------------------------------------- helpers


def category_phrase(codebook: Codebook, category: str) -> str:
    """'Intimate partner violence' -> 'intimate partner violence', without the gloss."""
    label = codebook["categories"].labels.get(category, category.replace("_", " "))
    short = label.split(" (")[0].strip()
    return short[:1].lower() + short[1:]


def code_key(code: str, detail: str | None) -> str:
    """Row key of a code: `other` with a detail becomes `other:<detail>`."""
    if code == "other" and detail and detail.strip():
        return "other:" + " ".join(detail.split())
    return code


def code_label(codes: CodeList, key: str) -> str:
    if key.startswith("other:"):
        return "Other: " + key.split(":", 1)[1]
    if key == NOT_REPORTED:
        return "Not reported"
    return codes.label(key)


def _refs(case_id: str, evidence: Iterable[Evidence], person_id: str | None = None) -> list[EvidenceRef]:
    # The document is the case's (see cases.json); the page and quote locate the words. A quote
    # people rejected (evidence `status`, set in the workbench) is not shown behind a count.
    return [{"case_id": case_id, "person_id": person_id, "page": e.page, "quote": e.quote}
            for e in evidence if (e.model_extra or {}).get("status") != "rejected"]


def _row(key: str, label: str, n: int, cases: list[str],
         evidence: list[EvidenceRef] | None = None, **extra: Any) -> Row:
    """A row without re-validation: counts are built here, from validated cases."""
    return Row.model_construct(key=key, label=label, n=n, cases=cases, evidence=evidence or [],
                               suppressed=False, **extra)


@dataclass
class _Bucket:
    n: int = 0
    cases: dict[str, None] = field(default_factory=dict)  # ordered set of case ids
    persons: list[str] = field(default_factory=list)
    evidence: list[EvidenceRef] = field(default_factory=list)
    details: dict[str, dict[str, None]] = field(default_factory=dict)  # detail -> case ids


class _Tally:
    """Counts units per key, remembering the cases, persons and quotes behind each count."""

    def __init__(self) -> None:
        self.buckets: dict[str, _Bucket] = {}

    def add(
        self,
        key: str,
        case_id: str,
        *,
        person_id: str | None = None,
        evidence: Sequence[EvidenceRef] = (),
    ) -> _Bucket:
        bucket = self.buckets.setdefault(key, _Bucket())
        bucket.n += 1
        bucket.cases[case_id] = None
        if person_id is not None:
            bucket.persons.append(f"{case_id}#{person_id}")
        bucket.evidence.extend(evidence)
        return bucket

    def rows(self, codes: CodeList | None, label: Callable[[str], str] | None = None) -> list[Row]:
        order = {code_id: i for i, code_id in enumerate(codes.labels)} if codes is not None else {}

        def sort_key(item: tuple[str, _Bucket]) -> tuple[bool, int, int, str]:
            key, bucket = item
            base = key.split(":", 1)[0] if key.startswith("other:") else key
            return (key in _LAST_KEYS, -bucket.n, order.get(base, len(order)), key)

        rows = []
        for key, bucket in sorted(self.buckets.items(), key=sort_key):
            if bucket.n == 0:
                continue
            text = label(key) if label else code_label(codes, key) if codes else key
            extra = {"persons": bucket.persons} if bucket.persons else {}
            rows.append(_row(key, text, bucket.n, list(bucket.cases), bucket.evidence, **extra))
        return rows


def _active(codes: Iterable[Code]) -> list[Code]:
    return [c for c in codes if c.status != "rejected"]


def _codes_by_key(case_id: str, codes: Iterable[Code], person_id: str | None = None) -> dict[str, list[EvidenceRef]]:
    """Non-rejected codes of one unit, deduplicated by row key, with all their quotes."""
    found: dict[str, list[EvidenceRef]] = {}
    for code in _active(codes):
        found.setdefault(code_key(code.code, code.detail), []).extend(
            _refs(case_id, code.evidence, person_id)
        )
    return found


# --------------------------------------------------------------------------- per category


@dataclass
class _Context:
    codebook: Codebook
    category: str
    cases: list[Case]

    by_role: dict[str, list[tuple[Case, Person]]] = field(default_factory=dict)

    def persons(self, role: Role) -> list[tuple[Case, Person]]:
        if role not in self.by_role:  # 16 person tables per category share one pass
            self.by_role[role] = [(c, p) for c in self.cases for p in c.people if p.role == role]
        return self.by_role[role]


def _table(ctx: _Context, table_id: str, title: str, unit: Unit, data_available: int | None,
           rows: list[Row], base: int) -> Table:
    return Table(id=table_id, category=ctx.category, title=title, unit=unit,
                 data_available=data_available, rows=rows, base=base)


def _overview(ctx: _Context, title: str) -> Table:
    rows = []
    ordered = sorted(ctx.cases, key=lambda c: (c.incident_year or 9999, c.title or "", c.case_id))
    for case in ordered:
        report_year = int(case.published[:4]) if case.published and case.published[:4].isdigit() else None
        rows.append(_row(
            case.case_id, case.title or case.case_id, 1, [case.case_id],
            review_type=case.review_type,
            area=case.area,
            incident_year=case.incident_year,
            report_year=report_year,
            description=case.description,
            reference_individual=case.reference_individual,
            non_reference_information=case.non_reference_information,
            incident_type=case.incident_type,
        ))
    return _table(ctx, "overview", title, "cases", len(ctx.cases), rows, len(ctx.cases))


def _person_attribute(ctx: _Context, role: Role, table_id: str, title: str,
                      codes: CodeList, attribute: Callable[[Person], str]) -> Table:
    tally = _Tally()
    persons = ctx.persons(role)
    for case, person in persons:
        tally.add(attribute(person) or NOT_REPORTED, case.case_id, person_id=person.person_id)
    available = sum(1 for _, p in persons if (attribute(p) or NOT_REPORTED) != NOT_REPORTED)
    return _table(ctx, table_id, title, "persons", available, tally.rows(codes), len(persons))


def _ethnicity(ctx: _Context, role: Role, table_id: str, title: str) -> Table:
    codes = ctx.codebook["ethnicities"]
    tally = _Tally()
    persons = ctx.persons(role)
    details: dict[str, dict[str, int]] = {}
    for case, person in persons:
        group = person.ethnicity or NOT_REPORTED
        tally.add(group, case.case_id, person_id=person.person_id)
        if person.ethnicity_detail and person.ethnicity_detail.strip():
            text = " ".join(person.ethnicity_detail.split())
            counts = details.setdefault(group, {})
            counts[text] = counts.get(text, 0) + 1
    rows = tally.rows(codes)
    for row in rows:
        group_details = sorted(details.get(row.key, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        if group_details:
            # The group is the key; the report's own wording is shown under it, in the label.
            row.label = f"{row.label}: {'; '.join(d for d, _ in group_details)}"
            row.details = [{"label": d, "n": n} for d, n in group_details]  # type: ignore[attr-defined]
    available = sum(1 for _, p in persons if (p.ethnicity or NOT_REPORTED) != NOT_REPORTED)
    return _table(ctx, table_id, title, "persons", available, rows, len(persons))


def _characteristics(ctx: _Context, role: Role, table_id: str, title: str) -> Table:
    tally = _Tally()
    persons = ctx.persons(role)
    available = 0
    for case, person in persons:
        found = _codes_by_key(case.case_id, person.characteristics, person.person_id)
        available += bool(found)
        for key, refs in found.items():
            tally.add(key, case.case_id, person_id=person.person_id, evidence=refs)
    return _table(ctx, table_id, title, "persons", available,
                  tally.rows(ctx.codebook["characteristics"]), len(persons))


def _relationship_types(ctx: _Context, title: str) -> Table:
    tally = _Tally()
    available = 0
    for case in ctx.cases:
        rel = case.relationship
        key = code_key(rel.type, rel.detail) if rel and rel.type else NOT_REPORTED
        available += key != NOT_REPORTED
        tally.add(key, case.case_id)
    return _table(ctx, "relationship_types", title, "cases", available,
                  tally.rows(ctx.codebook["relationship_types"]), len(ctx.cases))


def _relationship_characteristics(ctx: _Context, title: str) -> Table:
    tally = _Tally()
    available = 0
    for case in ctx.cases:
        codes = case.relationship.characteristics if case.relationship else []
        found = _codes_by_key(case.case_id, codes)
        found_known = {k: v for k, v in found.items() if k != "unknown"}
        if not found_known:
            tally.add("unknown", case.case_id, evidence=found.get("unknown", []))
            continue
        available += 1
        for key, refs in found_known.items():
            tally.add(key, case.case_id, evidence=refs)
    return _table(ctx, "relationship_characteristics", title, "cases", available,
                  tally.rows(ctx.codebook["relationship_characteristics"]), len(ctx.cases))


def _contexts(ctx: _Context, role: Role, table_id: str, title: str) -> Table:
    """Matrix of (context, risk type or 'protective'): cases with at least one factor."""
    cells: dict[tuple[str, str], _Bucket] = {}
    available: set[str] = set()
    for case, person in ctx.persons(role):
        factors = [(f.context, f.type, f.detail, f.evidence) for f in person.risk_factors
                   if f.status != "rejected"]
        factors += [(f.context, "protective", f.detail, f.evidence) for f in person.protective_factors
                    if f.status != "rejected"]
        for context, ftype, detail, evidence in factors:
            available.add(case.case_id)
            bucket = cells.setdefault((context, ftype), _Bucket())
            if case.case_id not in bucket.cases:
                bucket.n += 1  # cases, not factors: several victims in one case count once
                bucket.cases[case.case_id] = None
            bucket.evidence.extend(_refs(case.case_id, evidence, person.person_id))
            text = " ".join((detail or "").split()) or "No detail"
            bucket.details.setdefault(text, {})[case.case_id] = None
    contexts = ctx.codebook["contexts"]
    types = ctx.codebook["risk_factor_types"]

    def order(item: tuple[tuple[str, str], _Bucket]) -> tuple[int, str, int, str]:
        (context, ftype), _ = item
        type_order = len(types.labels) + 1 if ftype == "protective" else types.order(ftype)
        return (contexts.order(context), context, type_order, ftype)

    out = []
    for (context, ftype), bucket in sorted(cells.items(), key=order):
        details = sorted(((d, len(c)) for d, c in bucket.details.items()), key=lambda kv: (-kv[1], kv[0]))
        out.append(Cell.model_construct(
            context=context, type=ftype, n=bucket.n, cases=list(bucket.cases),
            evidence=bucket.evidence, suppressed=False,
            details=[DetailCount.model_construct(label=d, n=n) for d, n in details]))
    table = _table(ctx, table_id, title, "cases", len(available), [], len(ctx.cases))
    table.cells = out
    return table


def _case_codes(ctx: _Context, table_id: str, title: str, codes: CodeList,
                get: Callable[[Case], list[Code]], none_is_not_reported: bool) -> Table:
    """Case-unit multi-code tables (weapons, locations, escalation markers)."""
    tally = _Tally()
    available = 0
    for case in ctx.cases:
        found = _codes_by_key(case.case_id, get(case))
        known = {k: v for k, v in found.items() if k != NOT_REPORTED}
        if known:
            available += 1
        elif none_is_not_reported:
            tally.add(NOT_REPORTED, case.case_id, evidence=found.get(NOT_REPORTED, []))
        for key, refs in known.items():
            tally.add(key, case.case_id, evidence=refs)
    return _table(ctx, table_id, title, "cases", available, tally.rows(codes), len(ctx.cases))


def _incident_types(ctx: _Context, title: str) -> Table:
    tally = _Tally()
    for case in ctx.cases:
        tally.add(case.incident_type or NOT_REPORTED, case.case_id)
    available = sum(1 for c in ctx.cases if c.incident_type and c.incident_type != NOT_REPORTED)
    return _table(ctx, "incident_types", title, "cases", available,
                  tally.rows(ctx.codebook["incident_types"]), len(ctx.cases))


def _services(ctx: _Context, role: Role, timing: str, table_id: str, title: str) -> Table:
    tally = _Tally()
    persons = ctx.persons(role)
    available = 0
    for case, person in persons:
        found: dict[str, list[EvidenceRef]] = {}
        for service in person.services:
            if service.timing != timing or service.status == "rejected":
                continue
            key = code_key(service.service, service.detail)
            found.setdefault(key, []).extend(_refs(case.case_id, service.evidence, person.person_id))
        if not found:
            tally.add(NOT_REPORTED, case.case_id, person_id=person.person_id)
            continue
        available += 1
        for key, refs in found.items():
            tally.add(key, case.case_id, person_id=person.person_id, evidence=refs)
    return _table(ctx, table_id, title, "persons", available,
                  tally.rows(ctx.codebook["services"]), len(persons))


def theme_label(theme: str, labels: dict[str, str] | None = None) -> str:
    """Taxonomy ids read as their label; free-text themes (as in hand-coded files) as written."""
    if labels and theme in labels:
        return labels[theme]
    if " " not in theme and "_" in theme:
        text = theme.replace("_", " ")
        return text[:1].upper() + text[1:]
    return theme


@lru_cache(maxsize=1)
def _theme_taxonomy() -> tuple[dict[str, str], str | None]:
    """Labels of the stage 2 theme taxonomy, and the id of its catch-all theme."""
    try:
        from reviewsynth.themes.assign import UNASSIGNED
        from reviewsynth.themes.taxonomy import load_taxonomy

        labels = {t.id: t.label for t in load_taxonomy()}
        labels.setdefault(UNASSIGNED, "Other practice problems")
        return labels, UNASSIGNED
    except (ImportError, OSError, ValueError):  # tables still work without the taxonomy
        return {}, None


def _themes(ctx: _Context, title: str) -> Table:
    tally = _Tally()
    available = 0
    # Analysts' renames and discovered themes travel on the problems as `theme_label`.
    given_labels: dict[str, str] = {}
    for case in ctx.cases:
        per_theme: dict[str, list[EvidenceRef]] = {}
        for problem in case.practice_problems:
            if not problem.theme or not problem.theme.strip():
                continue
            if getattr(problem, "status", None) == "rejected":  # a verifier's edit
                continue
            theme = " ".join(problem.theme.split())
            label = getattr(problem, "theme_label", None)
            if isinstance(label, str) and label.strip():
                given_labels.setdefault(theme, " ".join(label.split()))
            refs = _refs(case.case_id, problem.evidence)
            for ref in refs:
                ref["agency"] = problem.agency
            per_theme.setdefault(theme, []).extend(refs)
        available += bool(per_theme)
        for theme, refs in per_theme.items():
            tally.add(theme, case.case_id, evidence=refs)
    labels, catch_all = _theme_taxonomy()
    labels = {**labels, **given_labels}
    rows = tally.rows(None, label=lambda key: theme_label(key, labels))
    if catch_all is not None:
        # The catch-all theme reads last, like "not reported"; a stable sort keeps n order.
        rows.sort(key=lambda row: row.key == catch_all)
    for row in rows:
        examples: list[str] = []
        seen_cases: set[str] = set()
        for quote in row.evidence:  # one example per review first, for breadth
            if quote["case_id"] not in seen_cases and len(examples) < MAX_EXAMPLE_QUOTES:
                examples.append(quote["quote"])
                seen_cases.add(quote["case_id"])
        row.examples = examples  # type: ignore[attr-defined]
    return _table(ctx, "themes", title, "reviews", available, rows, len(ctx.cases))


RATINGS = ("high", "medium", "low")


def _information_levels(ctx: _Context, title: str) -> Table:
    """Rows `<level>/<rating>`, kept in level then rating order (a two-way table)."""
    levels = ctx.codebook.plain_list("intervention_levels") or [
        "individual", "home", "peer_group", "school", "neighbourhood"]
    extra_levels = sorted({lv for c in ctx.cases for lv in c.information_levels} - set(levels))
    rows = []
    available = sum(1 for c in ctx.cases if c.information_levels)
    for level in [*levels, *extra_levels]:
        by_rating: dict[str, list[str]] = {}
        for case in ctx.cases:
            rating = case.information_levels.get(level)
            rating = rating if rating in RATINGS else NOT_REPORTED
            by_rating.setdefault(rating, []).append(case.case_id)
        level_label = level.replace("_", " ").capitalize()
        for rating in (*RATINGS, NOT_REPORTED):
            ids = by_rating.get(rating, [])
            if ids:
                rating_label = "not reported" if rating == NOT_REPORTED else rating
                rows.append(_row(f"{level}/{rating}", f"{level_label}: {rating_label}", len(ids), ids))
    return _table(ctx, "information_levels", title, "cases", available, rows, len(ctx.cases))


def _category_tables(ctx: _Context) -> list[Table]:
    cb = ctx.codebook
    cat = category_phrase(cb, ctx.category)
    tables = [_overview(ctx, f"Overview of the {cat} cases")]
    for role in ROLES:
        who = role.capitalize()
        demo = f"{who} demographic characteristics for {cat}"
        tables.append(_person_attribute(ctx, role, f"{role}_gender", f"{demo}: gender",
                                        cb["genders"], lambda p: p.gender))
    for role in ROLES:
        demo = f"{role.capitalize()} demographic characteristics for {cat}"
        tables.append(_person_attribute(ctx, role, f"{role}_age", f"{demo}: age",
                                        cb["age_bands"], lambda p: p.age_band))
    for role in ROLES:
        demo = f"{role.capitalize()} demographic characteristics for {cat}"
        tables.append(_ethnicity(ctx, role, f"{role}_ethnicity", f"{demo}: ethnicity"))
    for role in ROLES:
        tables.append(_characteristics(ctx, role, f"{role}_characteristics",
                                       f"Other {role} characteristics for {cat}"))
    tables.append(_relationship_types(ctx, f"Relationship types for {cat}"))
    tables.append(_relationship_characteristics(ctx, f"Relationship characteristics for {cat}"))
    for role in ROLES:
        tables.append(_person_attribute(ctx, role, f"{role}_living",
                                        f"{role.capitalize()} living arrangements for {cat}",
                                        cb["living_arrangements"], lambda p: p.living_arrangement))
    for role in ROLES:
        tables.append(_contexts(ctx, role, f"{role}_contexts",
                                f"{role.capitalize()} risk and protective factors by context for {cat}"))
    tables.append(_incident_types(ctx, f"Incident types for {cat}"))
    tables.append(_case_codes(ctx, "weapons", f"Weapons used in {cat} incidents", cb["weapons"],
                              lambda c: c.incident.weapons, none_is_not_reported=True))
    tables.append(_case_codes(ctx, "locations", f"Locations of {cat} incidents", cb["locations"],
                              lambda c: c.incident.locations, none_is_not_reported=True))
    tables.append(_case_codes(ctx, "escalation_markers", f"Common features of escalation for {cat}",
                              cb["escalation_markers"], lambda c: c.escalation.markers,
                              none_is_not_reported=False))
    when = {"prior": "before", "after": "after"}
    for role in ROLES:
        for timing in ("prior", "after"):
            tables.append(_services(
                ctx, role, timing, f"{role}_services_{timing}",
                f"{role.capitalize()} service involvement {when[timing]} the incident for {cat}"))
    if ctx.persons("other"):  # relatives and others people moved codes to (a victim's mother)
        tables += _other_people_tables(ctx, cat)
    tables.append(_themes(ctx, f"Practice problems and systemic themes for {cat}"))
    tables.append(_information_levels(ctx, f"Level of information in the reviews for {cat}"))
    return tables


def _other_people_tables(ctx: _Context, cat: str) -> list[Table]:
    """The codes of people of role `other`, counted for them and never for a victim or a
    perpetrator: characteristics, risk and protective factors, services."""
    who = "Family members and others"
    return [
        _characteristics(ctx, "other", "other_characteristics", f"{who}: characteristics for {cat}"),
        _contexts(ctx, "other", "other_contexts", f"{who}: risk and protective factors by context for {cat}"),
        _services(ctx, "other", "prior", "other_services_prior", f"{who}: service involvement before the incident for {cat}"),
        _services(ctx, "other", "after", "other_services_after", f"{who}: service involvement after the incident for {cat}"),
    ]


# --------------------------------------------------------------------------- across categories


def in_tables(case: Case) -> bool:
    """A case reaches the per-category tables when it has a category and was not excluded."""
    excluded = case.screening is not None and case.screening.decision == "exclude"
    return case.category is not None and not excluded


def ordered_categories(codebook: Codebook, cases: Iterable[Case]) -> list[str]:
    present = {c.category for c in cases if in_tables(c) and c.category}
    known = [c for c in codebook["categories"].ids if c in present]
    return known + sorted(present - set(known))


def _screening_flow(flow: ScreeningFlow, codebook: Codebook) -> Table:
    reasons = codebook.exclude_reasons
    rows = [
        Row(key="found", label="Documents found", n=flow.found),
        Row(key="duplicates_removed", label="Duplicates removed (the same document found again)",
            n=flow.duplicates_removed),
    ]
    # Documents set aside that are not duplicates: each has its own line, when there are any.
    if flow.other_documents:
        rows.append(Row(key="other_documents", n=flow.other_documents,
                        label="Other documents of a review (executive summaries, action plans, briefings)"))
    if flow.second_reviews:
        rows.append(Row(key="second_reviews", n=flow.second_reviews,
                        label="Earlier reviews of a death reviewed again (the more recent is screened)"))
    rows += [
        Row(key="screened", label="Distinct reviews screened", n=flow.screened),
        Row(key="excluded", label="Excluded", n=flow.excluded_total),
    ]
    for reason, n in sorted(flow.excluded.items(), key=lambda kv: (-kv[1], reasons.order(kv[0]), kv[0])):
        if n:
            rows.append(Row(key=f"excluded:{reason}", label=f"Excluded: {reasons.label(reason)}", n=n))
    if flow.pending:
        rows.append(Row(key="pending", label="Awaiting a screening decision", n=flow.pending))
    rows.append(Row(key="included", label="Included", n=flow.included))
    return Table(id="screening_flow", category=None, title="Screening flow of the reviews",
                 unit="reviews", data_available=flow.screened, rows=rows, base=flow.found)


def _document_rows(case: Case) -> list[str]:
    """Flow rows (besides the decision) whose documents this case holds."""
    main = next((r for r in case.documents if r.used), case.documents[0] if case.documents else None)
    others = [r for r in case.documents if r is not main]
    keys = ["found", "screened"]
    if any(copies_of(r) for r in case.documents):
        keys.append("duplicates_removed")
    if any(not is_second_review(r) for r in others):
        keys.append("other_documents")
    if any(is_second_review(r) for r in others):
        keys.append("second_reviews")
    return keys


def _screening_cases(flow_table: Table, cases: list[Case]) -> None:
    """Attach case ids and screening quotes to the flow rows that come from coded cases."""
    ids: dict[str, list[str]] = {}
    quotes: dict[str, list[EvidenceRef]] = {}
    for case in cases:
        for key in _document_rows(case):
            ids.setdefault(key, []).append(case.case_id)
        if case.screening is None:
            continue
        keys = ["included"] if case.screening.decision == "include" else [
            "excluded", f"excluded:{case.screening.reason}"]
        for key in keys:
            ids.setdefault(key, []).append(case.case_id)
            if key.startswith("excluded"):
                quotes.setdefault(key, []).extend(_refs(case.case_id, case.screening.evidence))
    for row in flow_table.rows:
        row.cases = ids.get(row.key, [])
        row.evidence = quotes.get(row.key, [])


def _reviews_by_category(cases: list[Case], codebook: Codebook) -> Table:
    included = [c for c in cases if in_tables(c)]
    categories = ordered_categories(codebook, included)
    rtypes = codebook["review_types"]
    present_types = {c.review_type for c in included}
    types = [t for t in rtypes.ids if t in present_types] + sorted(present_types - set(rtypes.ids))
    cells: dict[tuple[str, str], list[str]] = {}
    for case in included:
        for cat in (case.category or NOT_REPORTED, "total"):
            for rt in (case.review_type, "total"):
                cells.setdefault((cat, rt), []).append(case.case_id)

    def label(cat: str, rt: str) -> str:
        cat_text = "All categories" if cat == "total" else codebook["categories"].label(cat).split(" (")[0]
        rt_text = "all review types" if rt == "total" else rt.upper()
        return f"{cat_text} / {rt_text}"

    rows = []
    for cat in [*categories, "total"]:
        for rt in [*types, "total"]:
            ids = cells.get((cat, rt), [])
            if ids:
                rows.append(_row(f"{cat}/{rt}", label(cat, rt), len(ids), ids))
    return Table(id="reviews_by_category", category=None, title="Reviews by category and type of review",
                 unit="reviews", data_available=len(included), rows=rows, base=len(included))


def _comparison_categories(codebook: Codebook, included: list[Case],
                           reference: ReferenceStatistics) -> list[str]:
    categories = ordered_categories(codebook, included)
    categories += [c for c in codebook["categories"].ids if c in reference.shares and c not in categories]
    return categories + sorted(set(reference.shares) - set(categories))


def _homicide_comparison(cases: list[Case], codebook: Codebook, reference: ReferenceStatistics) -> Table:
    """The method's Table 4: each category's share of all included reviews against the
    published share of homicides for it, with the sample size beside the verdict."""
    included = [c for c in cases if in_tables(c)]
    total = len(included)
    rows = []
    for cat in _comparison_categories(codebook, included, reference):
        members = [c for c in included if c.category == cat]
        ref = reference.shares.get(cat)
        ref_share = ref.share if ref else None
        sample_share = len(members) / total if total else None
        rows.append(_row(
            cat, codebook["categories"].label(cat).split(" (")[0], len(members),
            [c.case_id for c in members],
            sample_share=round(sample_share, 4) if sample_share is not None else None,
            sample_size=total,
            homicides=sum(1 for c in members if c.incident_type in reference.sample_incident_types),
            cases_in_category=len(members),
            reference_share=ref_share,
            reference_relationship=ref.relationship if ref else None,
            reference_source=ref.source if ref else None,
            reference_area=ref.area if ref else None,
            reference_year=ref.year if ref else None,
            verdict=reference.verdict(sample_share, ref_share),
        ))
    table = Table(id="homicide_comparison", category=None,
                  title="The sample compared with official homicide statistics",
                  unit="cases", data_available=total, rows=rows, base=total)
    share_sources = dict.fromkeys(s.source for s in reference.shares.values() if s.source)
    table.source = (reference.source if reference.source != "not stated"  # type: ignore[attr-defined]
                    else "; ".join(share_sources) or reference.source)
    table.citations = reference.sources()  # type: ignore[attr-defined]
    table.year = reference.year  # type: ignore[attr-defined]
    table.label = reference.label  # type: ignore[attr-defined]
    table.note = reference.note  # type: ignore[attr-defined]
    table.indicative = reference.indicative  # type: ignore[attr-defined]
    table.sample_incident_types = list(reference.sample_incident_types)  # type: ignore[attr-defined]
    return table


# --------------------------------------------------------------------------- entry point


def build_tables(
    cases: list[Case],
    *,
    flow: ScreeningFlow | None = None,
    reference_path: Path | None = None,
    codebook: Codebook | None = None,
) -> TablesFile:
    """Every table of tables.md: per category (in codebook order), then across categories."""
    with paused_gc():
        return _build_tables(cases, flow, reference_path, codebook or load_codebook())


def _build_tables(cases: list[Case], flow: ScreeningFlow | None, reference_path: Path | None,
                  cb: Codebook) -> TablesFile:
    tables: list[Table] = []
    members: dict[str, list[Case]] = {}
    for case in cases:
        if in_tables(case) and case.category:
            members.setdefault(case.category, []).append(case)
    for category in ordered_categories(cb, cases):
        tables.extend(_category_tables(_Context(cb, category, members[category])))
    flow_table = _screening_flow(flow or ScreeningFlow.from_cases(cases), cb)
    _screening_cases(flow_table, cases)
    tables.append(flow_table)
    tables.append(_reviews_by_category(cases, cb))
    tables.append(_homicide_comparison(cases, cb, load_reference(reference_path)))
    result = TablesFile(tables=tables)
    annotate_checks(result, cases, members, [c for c in cases if in_tables(c)])
    return result
