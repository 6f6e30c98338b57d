"""report.docx: the report as an editable Word document, with its tables and PNG charts."""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import parse_xml
from docx.shared import Inches, Pt

from reviewsynth.report.charts import flow_png, to_png
from reviewsynth.report.document import Block, ReportModel
from reviewsynth.report.limitations import Limitation
from reviewsynth.report.present import printable
from reviewsynth.report.zipnorm import normalise_ooxml

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _cell(text: str, bold: bool = False) -> str:
    run_props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (f'<w:tc><w:p><w:r>{run_props}<w:t xml:space="preserve">{escape(printable(text))}'
            "</w:t></w:r></w:p></w:tc>")


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
    table = doc._body.add_table(0, len(headers), width)
    table._tbl.tblStyle_val = _style_id(doc, "Table Grid")
    rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>"  # header repeats on each page
            + "".join(_cell(h, bold=True) for h in headers) + "</w:tr>"]
    rows += ["<w:tr>" + "".join(_cell(text) for text in line) + "</w:tr>" for line in lines]
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
        doc.add_picture(io.BytesIO(flow_png(model.flow, model.flow_side)), width=Inches(6.2))
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


def render_docx(model: ReportModel) -> bytes:
    doc = Document()
    _heading(doc, model.title, 0)
    doc.add_paragraph(f"Tables counted from {model.case_count} coded, included reviews. "
                      "The HTML report opens every count to its cases and quotes.")
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
