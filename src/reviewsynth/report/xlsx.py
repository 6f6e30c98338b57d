"""tables.xlsx: overview sheets, then a sheet per category, formatted for people."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reviewsynth.report.document import Block, ReportModel, Section
from reviewsynth.report.zipnorm import normalise_ooxml

HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
NOTE = Font(italic=True, size=9, color="555555")
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_CELL = 32000  # Excel's limit is 32,767 characters


def _sheet_name(text: str, used: set[str]) -> str:
    base = "".join(ch for ch in text if ch not in "[]:*?/\\")[:31] or "Sheet"
    name, i = base, 2
    while name.lower() in used:
        suffix = f" {i}"
        name, i = base[: 31 - len(suffix)] + suffix, i + 1
    used.add(name.lower())
    return name


def _write_block(ws: Worksheet, block: Block, row: int, widths: dict[int, int]) -> int:
    ws.cell(row=row, column=1, value=block.table.title).font = TITLE
    row += 1
    for col, header in enumerate(block.grid.headers, start=1):
        cell = ws.cell(row=row, column=col, value=header)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, WRAP
        widths[col] = max(widths.get(col, 8), min(len(header) + 2, 40))
    for line in block.grid.rows:
        row += 1
        for col, gc in enumerate(line, start=1):
            value = gc.value if gc.value is not None and not isinstance(gc.value, float) else gc.text
            if isinstance(value, str):
                value = value[:MAX_CELL]
            cell = ws.cell(row=row, column=col, value=value)
            cell.alignment = WRAP
            widths[col] = max(widths.get(col, 8), min(len(gc.text) + 2, 60))
    row += 1
    ws.cell(row=row, column=1, value=block.note).font = NOTE
    return row + 2


def _write_section(wb: Workbook, section: Section, name: str) -> None:
    ws = wb.create_sheet(name)
    ws.cell(row=1, column=1, value=section.title).font = Font(bold=True, size=15)
    widths: dict[int, int] = {}
    row = 3
    for block in section.blocks:
        row = _write_block(ws, block, row, widths)
    if section.limitations:
        ws.cell(row=row, column=1, value="Limitations of the evidence").font = TITLE
        row += 1
        for col, header in enumerate(["Limit", "n", "of", "Share"], start=1):
            cell = ws.cell(row=row, column=col, value=header)
            cell.font, cell.fill = BOLD, HEADER_FILL
        for item in section.limitations:
            row += 1
            for col, value in enumerate([item.text, item.n, item.of, item.percent()], start=1):
                ws.cell(row=row, column=col, value=value).alignment = WRAP
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A3"  # keep the section title in view


def _write_overview_sheets(wb: Workbook, model: ReportModel, used: set[str]) -> None:
    names = {"screening_flow": "Screening flow", "reviews_by_category": "Reviews by category",
             "homicide_comparison": "Homicide comparison"}
    for block in model.overview.blocks:
        ws = wb.create_sheet(_sheet_name(names.get(block.table.id, block.table.title), used))
        widths: dict[int, int] = {}
        _write_block(ws, block, 1, widths)
        for col, width in widths.items():
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = "B3"  # header row and first column stay in view


def render_xlsx(model: ReportModel) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    _write_overview_sheets(wb, model, used)
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
