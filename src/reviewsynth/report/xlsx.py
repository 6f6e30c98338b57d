"""tables.xlsx: overview sheets, then a sheet per category, formatted for people.

Written in openpyxl's write-only (streaming) mode: a 5,000-case corpus puts 5,000 rows in
each overview table, and the normal mode keeps every styled cell object in memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from reviewsynth.report.document import Block, ReportModel, Section
from reviewsynth.report.limitations import Limitation
from reviewsynth.report.present import printable
from reviewsynth.report.zipnorm import normalise_ooxml

HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
SHEET_TITLE = Font(bold=True, size=15)
NOTE = Font(italic=True, size=9, color="555555")
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_CELL = 32000  # Excel's limit is 32,767 characters
LIMIT_HEADERS = ["Limit", "n", "of", "Share"]


def _sheet_name(text: str, used: set[str]) -> str:
    base = "".join(ch for ch in text if ch not in "[]:*?/\\")[:31].strip() or "Sheet"
    name, i = base, 2
    while name.lower() in used:
        suffix = f" {i}"
        name, i = base[: 31 - len(suffix)] + suffix, i + 1
    used.add(name.lower())
    return name


def _styled(ws: WriteOnlyWorksheet, value: Any, font: Font | None = None,
            fill: PatternFill | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    cell.alignment = WRAP
    return cell


def _plain(value: Any) -> Any:
    return printable(value)[:MAX_CELL] if isinstance(value, str) else value


def _block_lines(ws: WriteOnlyWorksheet, block: Block) -> Iterator[list[Any]]:
    yield [_styled(ws, block.table.title, TITLE)]
    yield [_styled(ws, h, BOLD, HEADER_FILL) for h in block.grid.headers]
    for line in block.grid.rows:
        # Counts as numbers (sortable, summable); suppressed counts and text as shown.
        yield [_plain(gc.value if isinstance(gc.value, int) else gc.text) for gc in line]
    yield [_styled(ws, block.note, NOTE)]
    yield []


def _limitation_lines(ws: WriteOnlyWorksheet, items: list[Limitation]) -> Iterator[list[Any]]:
    yield [_styled(ws, "Limitations of the evidence", TITLE)]
    yield [_styled(ws, h, BOLD, HEADER_FILL) for h in LIMIT_HEADERS]
    for item in items:
        yield [item.text, item.n, item.of, item.percent()]


def _set_widths(ws: WriteOnlyWorksheet, blocks: list[Block]) -> None:
    widths: dict[int, int] = {1: 30}
    for block in blocks:
        for col, header in enumerate(block.grid.headers, start=1):
            widths[col] = max(widths.get(col, 8), min(len(header) + 2, 40))
        for line in block.grid.rows[:500]:  # a sample is enough to size columns
            for col, gc in enumerate(line, start=1):
                widths[col] = max(widths.get(col, 8), min(len(gc.text) + 2, 60))
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width


def _write_section(wb: Workbook, section: Section, name: str) -> None:
    ws = wb.create_sheet(name)
    _set_widths(ws, section.blocks)
    ws.freeze_panes = "A3"  # keep the section title in view
    ws.append([_styled(ws, section.title, SHEET_TITLE)])
    ws.append([])
    for block in section.blocks:
        for line in _block_lines(ws, block):
            ws.append(line)
    if section.limitations:
        for line in _limitation_lines(ws, section.limitations):
            ws.append(line)


def _write_overview_sheet(wb: Workbook, block: Block, name: str) -> None:
    ws = wb.create_sheet(name)
    _set_widths(ws, [block])
    ws.freeze_panes = "B3"  # title and header rows, and the first column, stay in view
    for line in _block_lines(ws, block):
        ws.append(line)


def render_xlsx(model: ReportModel) -> bytes:
    wb = Workbook(write_only=True)
    used: set[str] = set()
    names = {"screening_flow": "Screening flow", "reviews_by_category": "Reviews by category",
             "homicide_comparison": "Homicide comparison"}
    for block in model.overview.blocks:
        _write_overview_sheet(wb, block, _sheet_name(names.get(block.table.id, block.table.title), used))
    limits = Section("limitations", "Limitations of the evidence (all included cases)", None,
                     limitations=model.limitations)
    _write_section(wb, limits, _sheet_name("Limitations", used))
    for section in model.categories:
        _write_section(wb, section, _sheet_name(section.title, used))
    fixed = datetime(2000, 1, 1)
    wb.properties.creator = "reviewsynth"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buffer = io.BytesIO()
    wb.save(buffer)
    return normalise_ooxml(buffer.getvalue())
