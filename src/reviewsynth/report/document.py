"""The report as one structure (sections, grids, charts, limitations, evidence) that the HTML,
Word and spreadsheet writers all render, so every output says the same thing."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from reviewsynth.codebook import Codebook, load_codebook
from reviewsynth.report.charts import PairedBars, paired_from_tables
from reviewsynth.report.limitations import Limitation, compute_limitations
from reviewsynth.report.present import (
    Grid,
    check_note,
    count_text,
    data_available_note,
    is_suppressed,
    ref_targets,
    table_grid,
)
from reviewsynth.schema import Case
from reviewsynth.tables.build import category_phrase, in_tables
from reviewsynth.tables.model import Table, TablesFile

# Quotes listed per count in the HTML panel; tables.json keeps them all.
MAX_QUOTES_PER_COUNT = 200


@dataclass
class Block:
    table: Table
    grid: Grid
    note: str
    anchor: str
    charts: list[PairedBars] = field(default_factory=list)


@dataclass
class Section:
    anchor: str
    title: str
    category: str | None
    blocks: list[Block] = field(default_factory=list)
    limitations: list[Limitation] = field(default_factory=list)
    case_count: int = 0


@dataclass(frozen=True)
class Verification:
    """The report header's verified-versus-suggested line (tables.checked)."""

    codes_counted: int = 0
    codes_checked: int = 0
    reviews: int = 0
    reviews_signed_off: int = 0
    machine_only: bool = True

    @classmethod
    def of(cls, tables: TablesFile) -> Verification:
        found = (tables.model_extra or {}).get("verification") or {}
        return cls(**{k: found[k] for k in cls.__dataclass_fields__ if k in found})

    @property
    def text(self) -> str:
        reviews = f"{self.reviews} review{'' if self.reviews == 1 else 's'}"
        if self.machine_only:
            return (f"Machine suggestions, not yet checked: no person has checked any of the "
                    f"{self.codes_counted} codes counted here or signed off any of the {reviews}. "
                    "Check them in the workbench before publishing.")
        return (f"Checked by a person: {self.codes_checked} of the {self.codes_counted} codes "
                f"counted here; {self.reviews_signed_off} of the {reviews} signed off.")


@dataclass
class ReportModel:
    title: str
    overview: Section
    categories: list[Section]
    limitations: list[Limitation]
    flow: list[tuple[str, str]]
    flow_side: list[tuple[str, str]]
    evidence: dict[str, dict[str, Any]]
    suppress_below: int
    case_count: int
    verification: Verification = field(default_factory=Verification)
    flow_side_at: int = 3  # the main flow box the exclusions box stands beside


def _charts_after(table: Table, tables: TablesFile, cb: Codebook, k: int) -> list[PairedBars]:
    """Charts where a reader would rather look than read, placed after their tables."""
    cat = table.category
    if cat is None:
        return []
    phrase = category_phrase(cb, cat)
    if table.id == "perpetrator_age":
        return [
            paired_from_tables(f"chart-gender-{cat}", f"Gender of victims and perpetrators, {phrase}",
                               tables.get("victim_gender", cat), tables.get("perpetrator_gender", cat),
                               cb["genders"], natural_order=True, suppress_below=k),
            paired_from_tables(f"chart-age-{cat}", f"Age of victims and perpetrators, {phrase}",
                               tables.get("victim_age", cat), tables.get("perpetrator_age", cat),
                               cb["age_bands"], natural_order=True, suppress_below=k),
        ]
    if table.id == "perpetrator_services_prior":
        return [paired_from_tables(
            f"chart-services-{cat}", f"Service involvement before the incident, {phrase}",
            tables.get("victim_services_prior", cat), tables.get("perpetrator_services_prior", cat),
            cb["services"], natural_order=False, suppress_below=k, drop_not_reported=True)]
    return []


def _evidence_record(target: Any, titles: dict[str, str]) -> dict[str, Any]:
    quotes = [[e.get("case_id"), e.get("person_id"), e.get("page"), e.get("quote")]
              for e in islice(target.evidence, MAX_QUOTES_PER_COUNT)]
    return {
        "cases": [[cid, titles.get(cid, cid)] for cid in target.cases],
        "quotes": quotes,
        "more": max(0, len(target.evidence) - MAX_QUOTES_PER_COUNT),
    }


def build_report_model(tables: TablesFile, cases: list[Case], *, suppress_below: int = 0,
                       codebook: Codebook | None = None) -> ReportModel:
    cb = codebook or load_codebook()
    k = suppress_below
    titles = {c.case_id: c.title or c.case_id for c in cases}
    evidence: dict[str, dict[str, Any]] = {}
    overview = Section("overview", "Across categories", None)
    sections: dict[str, Section] = {}
    for index, table in enumerate(tables.tables):
        grid = table_grid(table, index, cb, k)
        for ref, target in ref_targets(table, index).items():
            if target.cases and not is_suppressed(target.n, k):
                evidence[ref] = _evidence_record(target, titles)
        note = " ".join(part for part in (data_available_note(table), grid.note, check_note(table)) if part)
        anchor = f"{table.category or 'all'}-{table.id}"
        block = Block(table, grid, note, anchor, _charts_after(table, tables, cb, k))
        if table.category is None:
            overview.blocks.append(block)
            continue
        section = sections.get(table.category)
        if section is None:
            label = cb["categories"].label(table.category).split(" (")[0]
            section = sections[table.category] = Section(table.category, label, table.category)
        section.blocks.append(block)
    included = [c for c in cases if in_tables(c)]
    for cat, section in sections.items():
        members = [c for c in included if c.category == cat]
        section.case_count = len(members)
        section.limitations = compute_limitations(members)
    flow_table = tables.get("screening_flow")
    main: list[tuple[str, str]] = []
    side: list[tuple[str, str]] = []
    side_at = 3
    if flow_table is not None:
        for row in flow_table.rows:
            column = side if row.key.startswith("excluded:") or row.key == "pending" else main
            column.append((row.label.removeprefix("Excluded: "), count_text(row.n, k)))
            if row.key == "excluded":
                side_at = len(main) - 1
    return ReportModel(
        title="Cross-review synthesis: tables and report",
        overview=overview,
        categories=list(sections.values()),
        limitations=compute_limitations(included),
        flow=main,
        flow_side=side,
        evidence=evidence,
        suppress_below=k,
        case_count=len(included),
        verification=Verification.of(tables),
        flow_side_at=side_at,
    )
