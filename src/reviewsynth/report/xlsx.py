"""tables.xlsx: a contents sheet, then one sheet per table, formatted for people.

Counts are numbers and shares are numbers with a percentage format, so a reader can sort,
sum and chart them; suppressed counts stay the text "<K". Sheet names keep within Excel's
31 characters without losing their meaning: a short category name ("IPV", "Youth peer")
and a short table name ("Victim ethnicity"); the contents sheet gives each sheet's full title
and links to it.

Written in openpyxl's write-only (streaming) mode: a 5,000-case corpus puts 5,000 rows in
each overview table, and the normal mode keeps every styled cell object in memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.hyperlink import Hyperlink

from reviewsynth.report.document import Block, ReportModel
from reviewsynth.report.limitations import Limitation
from reviewsynth.report.present import GridCell, printable
from reviewsynth.report.zipnorm import normalise_ooxml

HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
SHEET_TITLE = Font(bold=True, size=15)
NOTE = Font(italic=True, size=9, color="555555")
WARNING = Font(bold=True, color="B3261E")
LINK = Font(color="0B57A0", underline="single")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
MAX_CELL = 32000  # Excel's limit is 32,767 characters
MAX_SHEET_NAME = 31  # Excel's limit
LIMIT_HEADERS = ["Limit", "n", "of", "Share"]
COUNT_FORMAT = "0"
PERCENT_FORMAT = "0%"

# Short names that keep a sheet name within 31 characters: category (at most 10) + table (20).
CATEGORY_SHORT = {
    "youth_peer_violence": "Youth peer", "adult_peer_violence": "Adult peer",
    "intimate_partner_violence": "IPV", "adult_family_violence": "Adult fam",
    "within_family_violence_children": "Child fam", "child_sexual_abuse": "CSA",
}
TABLE_SHORT = {
    "overview": "Overview", "victim_gender": "Victim gender", "perpetrator_gender": "Perp. gender",
    "victim_age": "Victim age", "perpetrator_age": "Perp. age",
    "victim_ethnicity": "Victim ethnicity", "perpetrator_ethnicity": "Perp. ethnicity",
    "victim_characteristics": "Victim other chars", "perpetrator_characteristics": "Perp. other chars",
    "relationship_types": "Relationship types", "relationship_characteristics": "Relationship chars",
    "victim_living": "Victim living arr.", "perpetrator_living": "Perp. living arr.",
    "victim_contexts": "Victim factors", "perpetrator_contexts": "Perp. factors",
    "incident_types": "Incident types", "weapons": "Weapons", "locations": "Locations",
    "escalation_markers": "Escalation", "victim_services_prior": "Victim services pre",
    "victim_services_after": "Victim services post", "perpetrator_services_prior": "Perp. services pre",
    "perpetrator_services_after": "Perp. services post", "themes": "Themes",
    "information_levels": "Information levels", "screening_flow": "Screening flow",
    "reviews_by_category": "Reviews by category", "homicide_comparison": "Homicide comparison",
}


def _initials(label: str, limit: int) -> str:
    """A category the tool does not know ships no short name: its label's initials."""
    words = [w for w in label.split(" (")[0].split() if w[:1].isalpha()]
    short = "".join(w[0].upper() for w in words) if len(label) > limit else label
    return short[:limit]


def _unique(base: str, used: set[str]) -> str:
    base = "".join(ch for ch in base if ch not in "[]:*?/\\'")[:MAX_SHEET_NAME].strip() or "Sheet"
    name, i = base, 2
    while name.lower() in used:
        suffix = f" {i}"
        name, i = base[: MAX_SHEET_NAME - len(suffix)] + suffix, i + 1
    used.add(name.lower())
    return name


def sheet_name(table_id: str, category: str | None, category_label: str, used: set[str]) -> str:
    """'IPV Victim ethnicity', 'Screening flow': unique (case-insensitive), at most 31 characters."""
    table = TABLE_SHORT.get(table_id) or table_id.replace("_", " ").capitalize()[:20]
    if category is None:
        return _unique(table, used)
    cat = CATEGORY_SHORT.get(category) or _initials(category_label, 10)
    return _unique(f"{cat} {table}", used)


@dataclass
class _Sheet:
    name: str
    title: str
    category: str  # label, or "All categories"
    block: Block | None = None
    limitations: list[Limitation] = field(default_factory=list)


def _plan(model: ReportModel) -> list[_Sheet]:
    used = {"contents"}
    sheets = [_Sheet(sheet_name(b.table.id, None, "", used), b.table.title, "All categories", b)
              for b in model.overview.blocks]
    sheets.append(_Sheet(_unique("Limitations", used), "Limitations of the evidence (all included cases)",
                         "All categories", limitations=model.limitations))
    for section in model.categories:
        for block in section.blocks:
            sheets.append(_Sheet(sheet_name(block.table.id, section.category, section.title, used),
                                 block.table.title, section.title, block))
        cat = CATEGORY_SHORT.get(section.category or "") or _initials(section.title, 10)
        sheets.append(_Sheet(_unique(f"{cat} Limitations", used),
                             f"Limitations for {section.title[:1].lower()}{section.title[1:]}",
                             section.title, limitations=section.limitations))
    return sheets


def _styled(ws: WriteOnlyWorksheet, value: Any, font: Font | None = None,
            fill: PatternFill | None = None, alignment: Alignment = WRAP) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=_plain(value))
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    cell.alignment = alignment
    return cell


def _plain(value: Any) -> Any:
    return printable(value)[:MAX_CELL] if isinstance(value, str) else value


def _value_cell(ws: WriteOnlyWorksheet, gc: GridCell) -> Any:
    """Counts as numbers, shares as numbers formatted as percentages; text as shown."""
    if isinstance(gc.value, bool) or not isinstance(gc.value, int | float):
        return _plain(gc.text)
    cell = WriteOnlyCell(ws, value=gc.value)
    cell.number_format = PERCENT_FORMAT if gc.percent else COUNT_FORMAT
    return cell


def _block_lines(ws: WriteOnlyWorksheet, sheet: _Sheet, block: Block) -> Iterator[list[Any]]:
    yield [_styled(ws, sheet.title, TITLE, alignment=TOP)]
    yield [_styled(ws, h, BOLD, HEADER_FILL) for h in block.grid.headers]
    for line in block.grid.rows:
        yield [_value_cell(ws, gc) for gc in line]
    if not block.grid.rows:
        yield [_styled(ws, "Nothing coded for this table.", NOTE, alignment=TOP)]
    yield []
    yield [_styled(ws, block.note, NOTE, alignment=TOP)]  # no wrap: the note runs to the right


def _limitation_lines(ws: WriteOnlyWorksheet, sheet: _Sheet) -> Iterator[list[Any]]:
    yield [_styled(ws, sheet.title, TITLE, alignment=TOP)]
    yield [_styled(ws, h, BOLD, HEADER_FILL) for h in LIMIT_HEADERS]
    for item in sheet.limitations:
        share = WriteOnlyCell(ws, value=round(item.share, 4) if item.share is not None else None)
        share.number_format = PERCENT_FORMAT
        yield [_styled(ws, item.text), item.n, item.of, share]


def _set_widths(ws: WriteOnlyWorksheet, headers: list[str], lines: list[list[str]]) -> None:
    widths: dict[int, int] = {1: 30}
    for col, header in enumerate(headers, start=1):
        widths[col] = max(widths.get(col, 8), min(len(header) + 2, 40))
    for line in lines[:500]:  # a sample is enough to size columns
        for col, text in enumerate(line, start=1):
            widths[col] = max(widths.get(col, 8), min(len(text) + 2, 60))
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width


def _write_sheet(wb: Workbook, sheet: _Sheet) -> None:
    ws = wb.create_sheet(sheet.name)
    ws.freeze_panes = "A3"  # the title and the header row stay in view
    if sheet.block is not None:
        grid = sheet.block.grid
        _set_widths(ws, grid.headers, [[gc.text for gc in line] for line in grid.rows])
        lines = _block_lines(ws, sheet, sheet.block)
    else:
        _set_widths(ws, LIMIT_HEADERS, [[i.text[:60]] for i in sheet.limitations])
        lines = _limitation_lines(ws, sheet)
    for line in lines:
        ws.append(line)


def _write_contents(wb: Workbook, model: ReportModel, sheets: list[_Sheet]) -> None:
    ws = wb.create_sheet("Contents")
    for col, width in ((1, 34), (2, 80), (3, 40)):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.append([_styled(ws, model.title, SHEET_TITLE, alignment=TOP)])
    ws.append([_styled(ws, f"Tables counted from {model.case_count} coded, included review"
                           f"{'' if model.case_count == 1 else 's'}.", alignment=TOP)])
    font = WARNING if model.verification.machine_only else None
    ws.append([_styled(ws, model.verification.text, font, alignment=TOP)])
    if model.suppress_below:
        ws.append([_styled(ws, f"Counts under {model.suppress_below} are shown as "
                               f"“<{model.suppress_below}”.", alignment=TOP)])
    ws.append([])
    ws.append([_styled(ws, h, BOLD, HEADER_FILL) for h in ("Sheet", "Table", "Category")])
    for sheet in sheets:
        link = _styled(ws, sheet.name, LINK, alignment=TOP)
        link.hyperlink = Hyperlink(ref="", location=f"'{sheet.name}'!A1")
        ws.append([link, _styled(ws, sheet.title, alignment=TOP), _styled(ws, sheet.category, alignment=TOP)])


def render_xlsx(model: ReportModel) -> bytes:
    wb = Workbook(write_only=True)
    sheets = _plan(model)
    _write_contents(wb, model, sheets)
    for sheet in sheets:
        _write_sheet(wb, sheet)
    fixed = datetime(2000, 1, 1)
    wb.properties.creator = "reviewsynth"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buffer = io.BytesIO()
    wb.save(buffer)
    return normalise_ooxml(buffer.getvalue())
