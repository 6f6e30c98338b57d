"""report.docx: the report as an editable Word document, with its tables and PNG charts."""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import parse_xml
from docx.shared import Inches, Mm, Pt, RGBColor, Twips

from reviewsynth.report.charts import flow_png, to_png
from reviewsynth.report.document import Block, ReportModel
from reviewsynth.report.limitations import Limitation
from reviewsynth.report.present import printable
from reviewsynth.report.zipnorm import normalise_ooxml

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A4 = (Mm(210), Mm(297))
MARGIN = Mm(20)
TABLE_FONT_HALF_POINTS = 18  # 9 pt: method-style tables fit an A4 page
CHAR_TWIPS = 95  # average width of a 9 pt character
CELL_PADDING_TWIPS = 230  # Word's default left and right cell margins, and a little air
MAX_WORD_CHARS = 24  # a longer "word" (a URL) may wrap inside itself
MAX_LINE_CHARS = 60  # beyond this a column wraps anyway
SIZING_SAMPLE = 500  # rows read to size the columns


def _cell(text: str, width: int, bold: bool = False) -> str:
    run_props = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{TABLE_FONT_HALF_POINTS}"/></w:rPr>'
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:r>{run_props}'
            f'<w:t xml:space="preserve">{escape(printable(text))}</w:t></w:r></w:p></w:tc>')


def column_widths(headers: list[str], lines: list[list[str]], total: int) -> list[int]:
    """Column widths (twips) fitted to the content, within `total`: a table whose text fits
    on one line per cell is as wide as that text; otherwise each column gets at least its
    longest word where the page allows, and the rest of the width goes where the text is long."""
    longest_word = [min(MAX_WORD_CHARS, max(map(len, h.split()), default=1)) for h in headers]
    natural = [1] * len(headers)  # headers may wrap at their words: the body sets the room
    for line in lines[:SIZING_SAMPLE]:
        for col, text in enumerate(line[:len(headers)]):
            words = text.split()
            longest_word[col] = max(longest_word[col], min(MAX_WORD_CHARS, max(map(len, words), default=0)))
            natural[col] = max(natural[col], min(MAX_LINE_CHARS, len(text)))
    minimum = [w * CHAR_TWIPS + CELL_PADDING_TWIPS for w in longest_word]
    wanted = [max(m, n * CHAR_TWIPS + CELL_PADDING_TWIPS) for m, n in zip(minimum, natural, strict=True)]
    if sum(minimum) >= total:  # too many columns for the page: shrink the words' room evenly
        return _scaled(minimum, total)
    if sum(wanted) <= total:  # everything fits on one line
        return wanted
    spare = total - sum(minimum)
    extra = [w - m for w, m in zip(wanted, minimum, strict=True)]
    return _fill([m + spare * e // sum(extra) for m, e in zip(minimum, extra, strict=True)], total)


def _scaled(widths: list[int], total: int) -> list[int]:
    return _fill([w * total // sum(widths) for w in widths], total)


def _fill(widths: list[int], total: int) -> list[int]:
    """Give the rounding remainder to the widest column, so the table spans the text width."""
    widest = max(range(len(widths)), key=lambda i: widths[i])
    widths[widest] += total - sum(widths)
    return widths


def _style_id(doc: DocumentObject, name: str) -> str:
    # Assigning styles by name or object scans every style in the document each time;
    # resolve each name once and write the id straight into the XML.
    cache: dict[str, str] = doc.__dict__.setdefault("_reviewsynth_styles", {})
    if name not in cache:
        cache[name] = doc.styles[name].style_id
    return cache[name]


def _heading(doc: DocumentObject, text: str, level: int) -> None:
    paragraph = doc.add_paragraph(printable(text))
    paragraph._p.style = _style_id(doc, "Title" if level == 0 else f"Heading {level}")


def _add_table(doc: DocumentObject, headers: list[str], lines: list[list[str]]) -> None:
    """Rows are written as one XML fragment and parsed once: python-docx's row and cell
    access is quadratic in table size (5,000-row overview tables)."""
    width = doc.__dict__.setdefault("_reviewsynth_width", doc._block_width)
    widths = column_widths(headers, lines, int(width.twips))
    table = doc._body.add_table(0, len(headers), width)
    table._tbl.tblStyle_val = _style_id(doc, "Table Grid")
    table.autofit = False  # fixed layout: Word keeps the fitted widths
    for grid_col, twips in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        grid_col.w = Twips(twips)
    rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>"  # header repeats on each page
            + "".join(_cell(h, w, bold=True) for h, w in zip(headers, widths, strict=True)) + "</w:tr>"]
    rows += ["<w:tr>" + "".join(_cell(text, w) for text, w in zip(line, widths, strict=False)) + "</w:tr>"
             for line in lines]
    fragment = parse_xml(f'<w:tbl xmlns:w="{_W}">' + "".join(rows) + "</w:tbl>")
    for row in list(fragment):
        table._tbl.append(row)


def _note(doc: DocumentObject, text: str) -> None:
    run = doc.add_paragraph().add_run(printable(text))
    run.italic = True
    run.font.size = Pt(8)


def _block(doc: DocumentObject, block: Block, model: ReportModel) -> None:
    _heading(doc, block.table.title, 2)
    if block.table.id == "screening_flow" and model.flow:
        doc.add_picture(io.BytesIO(flow_png(model.flow, model.flow_side, model.flow_side_at)),
                        width=Inches(6.2))
        _note(doc, "Screening flow diagram")
    if block.grid.rows:
        _add_table(doc, block.grid.headers, [[c.text for c in line] for line in block.grid.rows])
    else:
        doc.add_paragraph("Nothing coded for this table.")
    _note(doc, block.note)
    for chart in block.charts:
        if not chart.empty:
            doc.add_picture(io.BytesIO(to_png(chart)), width=Inches(6.2))
            _note(doc, chart.title)


def _limitations(doc: DocumentObject, title: str, items: list[Limitation]) -> None:
    _heading(doc, title, 2)
    _add_table(doc, ["Limit", "n", "of", "Share"],
               [[i.text, str(i.n), str(i.of), i.percent()] for i in items])


def _a4(doc: DocumentObject) -> None:
    for section in doc.sections:
        section.page_width, section.page_height = A4
        section.left_margin = section.right_margin = MARGIN
        section.top_margin = section.bottom_margin = MARGIN


def _verification(doc: DocumentObject, model: ReportModel) -> None:
    run = doc.add_paragraph().add_run(printable(model.verification.text))
    if model.verification.machine_only:
        run.bold = True
        run.font.color.rgb = RGBColor(0xB3, 0x26, 0x1E)


def render_docx(model: ReportModel) -> bytes:
    doc = Document()
    _a4(doc)
    _heading(doc, model.title, 0)
    doc.add_paragraph(f"Tables counted from {model.case_count} coded, included reviews. "
                      "The HTML report opens every count to its cases and quotes.")
    _verification(doc, model)
    if model.suppress_below:
        doc.add_paragraph(f"Counts under {model.suppress_below} are shown as "
                          f"“<{model.suppress_below}”.")
    _heading(doc, "Across categories", 1)
    for block in model.overview.blocks:
        _block(doc, block, model)
    _limitations(doc, "Limitations of the evidence", model.limitations)
    for section in model.categories:
        _heading(doc, section.title, 1)
        doc.add_paragraph(f"{section.case_count} case{'' if section.case_count == 1 else 's'} "
                          "in this category.")
        for block in section.blocks:
            _block(doc, block, model)
        _limitations(doc, f"Limitations for {section.title[:1].lower()}{section.title[1:]}",
                     section.limitations)
    fixed = datetime(2000, 1, 1)
    props = doc.core_properties
    props.author, props.last_modified_by, props.title = "reviewsynth", "reviewsynth", model.title
    props.created, props.modified, props.revision = fixed, fixed, 1
    buffer = io.BytesIO()
    doc.save(buffer)
    return normalise_ooxml(buffer.getvalue())
