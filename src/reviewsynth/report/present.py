"""Presentation of tables as grids of cells, shared by the HTML, XLSX, DOCX and CSV writers.

Small-count suppression lives here: a count 0 < n < K is shown as "<K" in every published
output (and its cases and quotes are not opened), while `tables.json` keeps the integer and
marks the row `"suppressed": true`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reviewsynth.codebook import Codebook
from reviewsynth.tables.model import Cell, Row, Table, TablesFile


@dataclass(frozen=True)
class GridCell:
    text: str
    value: int | float | str | None = None  # typed value for spreadsheets; None: use text
    ref: str | None = None  # id of the cases-and-quotes record behind a count
    numeric: bool = False
    percent: bool = False  # `value` is a share (0..1), shown as a percentage


@dataclass
class Grid:
    table: Table
    ref_prefix: str
    headers: list[str]
    rows: list[list[GridCell]] = field(default_factory=list)
    note: str = ""


def is_suppressed(n: int, suppress_below: int) -> bool:
    return suppress_below > 0 and 0 < n < suppress_below


def count_text(n: int, suppress_below: int) -> str:
    return f"<{suppress_below}" if is_suppressed(n, suppress_below) else str(n)


def count_cell(n: int, suppress_below: int, ref: str | None = None) -> GridCell:
    if is_suppressed(n, suppress_below):
        return GridCell(f"<{suppress_below}", numeric=True)  # no ref: cases stay closed
    return GridCell(str(n), value=n, ref=ref, numeric=True)


def percent_cell(n: int, base: int | None, suppress_below: int) -> GridCell:
    if not base or is_suppressed(n, suppress_below):
        return GridCell("–", numeric=True)
    return GridCell(percent_text(n / base), value=round(n / base, 4), numeric=True, percent=True)


def percent_text(share: float) -> str:
    """Whole percent, halves rounded up (12.5% -> 13%), as readers expect."""
    return f"{int(100 * share + 0.5)}%"


def tables_json(tables: TablesFile, suppress_below: int) -> str:
    """tables.json text with `suppressed: true` on rows and cells the other outputs show as "<K".

    The integers stay (tables.json is the machine contract); the caller's tables are not changed.
    """
    if suppress_below <= 0:
        return tables.to_json()
    flagged = tables.model_copy(update={"tables": [
        table.model_copy(update={
            "rows": [r.model_copy(update={"suppressed": True}) if is_suppressed(r.n, suppress_below)
                     else r for r in table.rows],
            "cells": None if table.cells is None else [
                c.model_copy(update={"suppressed": True}) if is_suppressed(c.n, suppress_below)
                else c for c in table.cells],
        }) for table in tables.tables]})
    return flagged.to_json()


def unit_noun(table: Table) -> str:
    if table.unit == "persons":
        return "victims" if table.id.startswith("victim") else (
            "perpetrators" if table.id.startswith("perpetrator") else "persons")
    return table.unit


def data_available_note(table: Table) -> str:
    """The footnote under every table, e.g. "Data available for 12 cases (of 14)"."""
    n = table.data_available if table.data_available is not None else 0
    noun = unit_noun(table)
    if table.unit == "reviews" and table.id == "themes":
        noun = "reviews"
    if n == 1:
        noun = noun[:-1] if noun.endswith("s") else noun  # "1 case", "1 victim"
    text = f"Data available for {n} {noun}"
    if table.base is not None and table.base != n:
        text += f" (of {table.base})"
    return text + "."


def check_note(table: Table) -> str:
    """How much of what the table counts a person has checked: "Checked by a person: 3 of
    12 codes." (tables.checked sets `checked`, `counted` and `check_unit`)."""
    extra = table.model_extra or {}
    counted, checked = int(extra.get("counted") or 0), int(extra.get("checked") or 0)
    if not counted:
        return ""
    if (extra.get("check_unit") or "codes") == "codes":
        noun = "code" if counted == 1 else "codes"
        if not checked:
            which = "the 1 code counted is not" if counted == 1 else f"none of the {counted} codes is"
            return f"Machine suggestions: {which} checked by a person."
        return f"Checked by a person: {checked} of {counted} {noun}."
    # Values with no status of their own are checked with their case.
    noun = unit_noun(table) if extra.get("check_unit") == "persons" else table.unit
    if counted == 1:
        noun = noun[:-1]
    whose = "" if noun.startswith(("case", "review")) else "the case of "
    if not checked:
        which = f"the {counted} {noun}" if counted == 1 else f"any of the {counted} {noun}"
        return f"Machine suggestions: no person has signed off {whose}{which}."
    in_cases = "" if not whose else " in cases"
    return f"Checked by a person: {checked} of {counted} {noun}{in_cases} signed off."


# --------------------------------------------------------------------------- grids per table kind


def _count_grid(table: Table, prefix: str, k: int, first: str) -> Grid:
    grid = Grid(table, prefix, [first, "n", "%"])
    for i, row in enumerate(table.rows):
        grid.rows.append([GridCell(row.label), count_cell(row.n, k, f"{prefix}r{i}"),
                          percent_cell(row.n, table.base, k)])
    return grid


def _overview_grid(table: Table, prefix: str, cb: Codebook, k: int) -> Grid:
    headers = ["Case", "Review", "Incident year", "Report year", "Brief description",
               "Reference individual", "Information on the non-reference individual",
               "Incident type"]
    grid = Grid(table, prefix, headers)
    for i, row in enumerate(table.rows):
        extra = row.model_extra or {}
        incident = extra.get("incident_type")
        grid.rows.append([
            GridCell(row.label, ref=None if is_suppressed(1, k) else f"{prefix}r{i}"),
            GridCell(str(extra.get("review_type") or "").upper()),
            GridCell(str(extra.get("incident_year") or "Not clear"), value=extra.get("incident_year")),
            GridCell(str(extra.get("report_year") or "Not reported"), value=extra.get("report_year")),
            GridCell(extra.get("description") or "Not reported"),
            GridCell(str(extra.get("reference_individual") or "Not reported").capitalize()),
            GridCell(str(extra.get("non_reference_information") or "Not reported")
                     .replace("_", " ").capitalize()),
            GridCell(cb["incident_types"].label(incident) if incident else "Not reported"),
        ])
    return grid


def cell_text(cell: Cell, k: int) -> str:
    """'3 Bullying (2), Sexual assault (1)' as the method prints a context cell."""
    if is_suppressed(cell.n, k):
        return f"<{k}"
    details = ", ".join(f"{d.label} ({count_text(d.n, k)})" for d in cell.details)
    return f"{cell.n} {details}".strip()


def _context_grid(table: Table, prefix: str, cb: Codebook, k: int) -> Grid:
    cells = table.cells or []
    contexts = cb["contexts"]
    types = cb["risk_factor_types"]
    present_types = {c.type for c in cells}
    columns = [t for t in types.ids if t in present_types]
    columns += sorted(present_types - set(columns) - {"protective"})
    if "protective" in present_types:
        columns.append("protective")
    present_contexts = {c.context for c in cells}
    rows = [c for c in contexts.ids if c in present_contexts]
    rows += sorted(present_contexts - set(rows))
    headers = ["Context"] + [
        "Protective factors" if t == "protective" else f"Risk: {types.label(t)}" for t in columns]
    grid = Grid(table, prefix, headers)
    index = {(c.context, c.type): (i, c) for i, c in enumerate(cells)}
    for context in rows:
        line = [GridCell(contexts.label(context))]
        for ftype in columns:
            found = index.get((context, ftype))
            if found is None:
                line.append(GridCell(""))
                continue
            i, cell = found
            ref = None if is_suppressed(cell.n, k) else f"{prefix}c{i}"
            line.append(GridCell(cell_text(cell, k), ref=ref))
        grid.rows.append(line)
    return grid


def _themes_grid(table: Table, prefix: str, k: int) -> Grid:
    grid = Grid(table, prefix, ["Theme", "Reviews", "Example quotes"])
    for i, row in enumerate(table.rows):
        examples = (row.model_extra or {}).get("examples") or []
        quotes = "" if is_suppressed(row.n, k) else " | ".join(f"“{q}”" for q in examples)
        grid.rows.append([GridCell(row.label),
                          count_cell(row.n, k, f"{prefix}r{i}"), GridCell(quotes)])
    return grid


def _two_way_grid(table: Table, prefix: str, k: int, first: str, row_labels: dict[str, str],
                  col_labels: dict[str, str]) -> Grid:
    """Rows keyed `<row>/<column>` laid out as a matrix."""
    by_key = {r.key: (i, r) for i, r in enumerate(table.rows)}
    row_ids = list(dict.fromkeys(r.key.split("/", 1)[0] for r in table.rows))
    col_ids = [c for c in col_labels if any(r.key.split("/", 1)[1] == c for r in table.rows)]
    grid = Grid(table, prefix, [first] + [col_labels[c] for c in col_ids])
    for rid in row_ids:
        line = [GridCell(row_labels.get(rid, rid.replace("_", " ").capitalize()))]
        for cid in col_ids:
            found = by_key.get(f"{rid}/{cid}")
            line.append(count_cell(found[1].n, k, f"{prefix}r{found[0]}") if found else GridCell("0", value=0, numeric=True))
        grid.rows.append(line)
    return grid


def _reference_text(extra: dict[str, Any]) -> str:
    """'Homicides by a partner or ex-partner: Metropolitan Police Service homicide data, London, 2018'."""
    cited = ", ".join(str(extra[k]) for k in ("reference_source", "reference_area", "reference_year")
                      if extra.get(k))
    what = extra.get("reference_relationship") or ""
    return f"{what}: {cited}" if what and cited else what or cited or "–"


def _verdict_text(extra: dict[str, Any], n: int, k: int) -> str:
    """The verdict with the sample size it rests on: 'over-represented (17 of 64 reviews)'."""
    verdict = extra.get("verdict")
    if not verdict:
        return "Not comparable"
    size = extra.get("sample_size")
    return f"{verdict[:1].upper()}{verdict[1:]} ({count_text(n, k)} of {size} reviews)" if size else verdict


def _comparison_grid(table: Table, prefix: str, k: int) -> Grid:
    headers = ["Category", "Reviews in the sample", "Share of the sample",
               "Published share of homicides", "Published figure", "Verdict (sample size)"]
    grid = Grid(table, prefix, headers)
    for i, row in enumerate(table.rows):
        extra = row.model_extra or {}
        sample, ref = extra.get("sample_share"), extra.get("reference_share")
        hidden = is_suppressed(row.n, k)
        grid.rows.append([
            GridCell(row.label),
            count_cell(row.n, k, f"{prefix}r{i}") if row.n else GridCell("0", value=0, numeric=True),
            GridCell("–" if sample is None or hidden else percent_text(sample),
                     value=None if sample is None or hidden else sample, numeric=True, percent=True),
            GridCell("–" if ref is None else percent_text(ref), value=ref, numeric=True, percent=True),
            GridCell(_reference_text(extra)),
            GridCell(_verdict_text(extra, row.n, k)),
        ])
    label = extra_text(table, "label")
    citations = (table.model_extra or {}).get("citations") or [extra_text(table, "source")]
    grid.note = (f"Reference figures{' ' + label if label else ''}: {'; '.join(citations)}. "
                 f"Share of the sample: share of all {table.base or 0} included reviews, as in the method.")
    if (table.model_extra or {}).get("indicative"):
        grid.note += (" The reference file marks its figures as indicative, not published; point the"
                      " reference_statistics setting to a file of published figures.")
    return grid


def _flow_grid(table: Table, prefix: str, k: int) -> Grid:
    grid = Grid(table, prefix, ["Stage", "Reviews"])
    for i, row in enumerate(table.rows):
        ref = f"{prefix}r{i}" if row.cases else None
        grid.rows.append([GridCell(row.label), count_cell(row.n, k, ref)])
    return grid


def extra_text(table: Table, name: str) -> str:
    value = (table.model_extra or {}).get(name)
    return "" if value is None else str(value)


FIRST_COLUMN = {
    "gender": "Gender", "age": "Age band", "ethnicity": "Ethnicity", "characteristics": "Characteristic",
    "living": "Living arrangement", "relationship_types": "Relationship type",
    "relationship_characteristics": "Relationship characteristic", "incident_types": "Incident type",
    "weapons": "Weapon", "locations": "Location", "escalation_markers": "Feature of escalation",
}


def table_grid(table: Table, index: int, cb: Codebook, suppress_below: int) -> Grid:
    """Lay out one table for people; `index` makes reference ids unique in a report."""
    prefix = f"t{index}"
    k = suppress_below
    tid = table.id
    if tid == "overview":
        return _overview_grid(table, prefix, cb, k)
    if tid.endswith("_contexts"):
        return _context_grid(table, prefix, cb, k)
    if tid == "themes":
        return _themes_grid(table, prefix, k)
    if tid == "information_levels":
        return _two_way_grid(table, prefix, k, "Level",
                             {}, {"high": "High", "medium": "Medium", "low": "Low",
                                  "not_reported": "Not rated"})
    if tid == "reviews_by_category":
        cats = {c: cb["categories"].label(c).split(" (")[0] for c in cb["categories"].ids}
        cats["total"] = "Total"
        types = {t: t.upper() for t in cb["review_types"].ids}
        for row in table.rows:
            rt = row.key.split("/", 1)[1]
            types.setdefault(rt, rt.upper())
        types.pop("total", None)
        types["total"] = "Total"
        return _two_way_grid(table, prefix, k, "Category", cats, types)
    if tid == "homicide_comparison":
        return _comparison_grid(table, prefix, k)
    if tid == "screening_flow":
        return _flow_grid(table, prefix, k)
    if "_services_" in tid:
        return _count_grid(table, prefix, k, "Service")
    suffix = next((s for s in FIRST_COLUMN if tid.endswith(s)), None)
    return _count_grid(table, prefix, k, FIRST_COLUMN[suffix] if suffix else "Item")


def ref_targets(table: Table, index: int) -> dict[str, Row | Cell]:
    """Reference id (as made by `table_grid`) -> the row or cell whose cases it opens."""
    targets: dict[str, Row | Cell] = {f"t{index}r{i}": row for i, row in enumerate(table.rows)}
    targets.update({f"t{index}c{i}": cell for i, cell in enumerate(table.cells or [])})
    return targets


_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])


def printable(text: str) -> str:
    """Drop control characters (e.g. from PDF text) that XML-based formats cannot hold."""
    return text.translate(_CONTROL)
