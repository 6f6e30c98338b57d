"""Render the sample corpus and resolve its gold codings.

Reads every `examples/sources/*.md` (a fictional review report written in a small markdown
dialect with YAML front matter, see /work/helpers/CORPUS.md) and renders it to
`examples/corpus/<file>` as PDF, scanned (image-only) PDF, DOCX, HTML or plain text.

Then it resolves the hand-written gold codings: every `"@<file name>"` placeholder becomes
that output file's sha256, every quote gets its 1-based PDF page (null for other formats), and
the build fails, listing them, when a quote is not verbatim inside one paragraph, heading,
list item or table cell of its document. Hand-written gold is read from
`examples/sources/<case_id>.gold.json` (preferred) or, failing that, from
`examples/gold/<case_id>.gold.json` (which is then overwritten resolved; re-resolving an
already resolved file also works, so the build is idempotent). Resolved gold goes to
`examples/gold/<case_id>.gold.json` and all cases to `examples/gold/all.gold.json`.

Same input gives byte-identical output: reportlab runs with `invariant=1`, the DOCX zip gets
fixed timestamps and properties, and the scanned PDF is written by hand.

Usage: python examples/build_corpus.py [--only CASE_ID ...] [--no-write]
       [--sources DIR --corpus DIR --gold DIR]

The three folders default to examples/sources, examples/corpus and examples/gold; the held-out
test set is built with `--sources examples/heldout/sources --corpus examples/heldout/corpus
--gold examples/heldout/gold`.
Needs reportlab (a dev/test dependency) besides the project's own dependencies.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import io
import json
import re
import sys
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

EXAMPLES = Path(__file__).resolve().parent
SOURCES = EXAMPLES / "sources"
CORPUS = EXAMPLES / "corpus"
GOLD = EXAMPLES / "gold"
ALL_GOLD = "all.gold.json"
PAGE_MARK = "<<<PAGE>>>"
FORMATS = {"pdf", "scanned_pdf", "docx", "html", "txt"}
PDF_FORMATS = {"pdf", "scanned_pdf"}
SCAN_DPI = 200
SCAN_THRESHOLD = 160  # gray level above which a pixel scans as white
# A fixed timestamp for DOCX zip entries and properties, so builds are byte-identical.
FIXED_DATETIME = dt.datetime(2024, 1, 1, 9, 0, 0)


# --------------------------------------------------------------------------- sources


@dataclass
class Block:
    kind: str  # "heading", "para", "item", "table"
    page: int  # 1-based source page (between <<<PAGE>>> markers)
    text: str = ""  # plain text, markdown markup stripped
    markup: str = ""  # text with **bold** markup kept, for renderers
    level: int = 0  # heading level (1 = "# ")
    rows: list[list[str]] = field(default_factory=list)  # table cells, markup kept


@dataclass
class Source:
    path: Path
    meta: dict[str, Any]
    blocks: list[Block]

    @property
    def case_id(self) -> str:
        return str(self.meta["case_id"])

    @property
    def fmt(self) -> str:
        return str(self.meta["format"])

    @property
    def file(self) -> str:
        return str(self.meta["file"])

    @property
    def title(self) -> str:
        for b in self.blocks:
            if b.kind == "heading":
                return b.text
        return self.file

    @property
    def page_count(self) -> int:
        return max((b.page for b in self.blocks), default=1)

    def texts(self) -> Iterator[tuple[int, str]]:
        """(page, plain text) of every unit a quote may sit in: paragraph, heading, cell."""
        for b in self.blocks:
            if b.kind == "table":
                for row in b.rows:
                    for cell in row:
                        yield b.page, strip_markup(cell)
            else:
                yield b.page, b.text

    def word_count(self) -> int:
        return sum(len(text.split()) for _, text in self.texts())


def strip_markup(text: str) -> str:
    """Plain text of one line of the markdown dialect (bold/italic/code markers removed)."""
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = text.replace("`", "")
    return normalise_space(text)


def normalise_space(text: str) -> str:
    return " ".join(text.split())


_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")


def _split_row(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [normalise_space(c) for c in inner.split("|")]


def parse_body(body: str) -> list[Block]:
    """Split the markdown body into blocks, tracking explicit page breaks."""
    blocks: list[Block] = []
    page = 1
    para: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        nonlocal para, table
        if para:
            markup = normalise_space(" ".join(para))
            blocks.append(Block("para", page, strip_markup(markup), markup))
            para = []
        if table:
            blocks.append(Block("table", page, rows=table))
            table = []

    for raw in body.splitlines():
        line = raw.strip()
        if line == PAGE_MARK:
            flush()
            page += 1
        elif not line:
            flush()
        elif line.startswith("|"):
            if para:
                flush()
            if not _TABLE_RULE.match(line):
                table.append(_split_row(line))
        elif m := re.match(r"^(#{1,4})\s+(.*)$", line):
            flush()
            markup = normalise_space(m.group(2))
            blocks.append(Block("heading", page, strip_markup(markup), markup, len(m.group(1))))
        elif m := re.match(r"^[-*]\s+(.*)$", line):
            flush()
            markup = normalise_space(m.group(1))
            blocks.append(Block("item", page, strip_markup(markup), markup))
        else:
            if table:
                flush()
            para.append(line)
    flush()
    return blocks


def read_source(path: Path) -> Source:
    raw = path.read_text(encoding="utf-8")
    m = re.match(r"^---\s*\n(.*?)\n---\s*\n(.*)$", raw, re.S)
    if not m:
        raise ValueError(f"{path.name}: missing '---' front matter")
    meta = yaml.safe_load(m.group(1)) or {}
    for key in ("case_id", "format", "file"):
        if key not in meta:
            raise ValueError(f"{path.name}: front matter lacks '{key}'")
    if meta["format"] not in FORMATS:
        raise ValueError(f"{path.name}: format {meta['format']!r} not one of {sorted(FORMATS)}")
    return Source(path, meta, parse_body(m.group(2)))


def load_sources(folder: Path = SOURCES) -> list[Source]:
    sources = [read_source(p) for p in sorted(folder.glob("*.md"))]
    seen: dict[str, Path] = {}
    for s in sources:
        if s.file in seen:
            raise ValueError(f"{s.path.name} and {seen[s.file].name} both write {s.file!r}")
        seen[s.file] = s.path
    return sources


# --------------------------------------------------------------------------- inline markup


def _inline_xml(markup: str) -> str:
    """reportlab paragraph markup: escape XML, **bold** -> <b>."""
    text = html.escape(markup.replace("`", ""), quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", text)


def _runs(markup: str) -> list[tuple[str, bool]]:
    """Split markup into (text, bold) runs for DOCX, keeping the spaces between runs."""
    runs = []
    for part in re.split(r"(\*\*.+?\*\*)", markup.replace("`", "")):
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            runs.append((part[2:-2], True))
        elif part:
            runs.append((re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", part), False))
    return runs


# --------------------------------------------------------------------------- PDF


def render_pdf(source: Source) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    header = str(source.meta.get("header") or source.title)
    page_w, page_h = A4

    class NumberedCanvas(canvas.Canvas):
        """Draws the running header and a 'Page N of M' footer once the total is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8.5)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(20 * mm, page_h - 12 * mm, header)
                self.line(20 * mm, page_h - 13.5 * mm, page_w - 20 * mm, page_h - 13.5 * mm)
                self.drawCentredString(page_w / 2, 10 * mm, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    styles = getSampleStyleSheet()
    body = ParagraphStyle(
        "Body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10.5,
        leading=14, spaceAfter=6, alignment=TA_LEFT,
    )
    cell = ParagraphStyle("Cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
    head_cell = ParagraphStyle("HeadCell", parent=cell, fontName="Helvetica-Bold")
    headings = {
        1: ParagraphStyle("H1", parent=body, fontName="Helvetica-Bold", fontSize=17, leading=21,
                          spaceBefore=6, spaceAfter=10),
        2: ParagraphStyle("H2", parent=body, fontName="Helvetica-Bold", fontSize=13.5, leading=17,
                          spaceBefore=8, spaceAfter=6),
        3: ParagraphStyle("H3", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                          spaceBefore=6, spaceAfter=4),
    }
    frame_w = page_w - 40 * mm

    story: list[Any] = []
    page = 1
    pending_items: list[Any] = []

    def flush_items() -> None:
        if pending_items:
            story.append(ListFlowable(list(pending_items), bulletType="bullet", leftIndent=14))
            pending_items.clear()

    for block in source.blocks:
        if block.kind != "item":
            flush_items()
        while block.page > page:
            story.append(PageBreak())
            page += 1
        if block.kind == "heading":
            story.append(Paragraph(_inline_xml(block.markup), headings[min(block.level, 3)]))
        elif block.kind == "para":
            story.append(Paragraph(_inline_xml(block.markup), body))
        elif block.kind == "item":
            pending_items.append(ListItem(Paragraph(_inline_xml(block.markup), body)))
        elif block.kind == "table":
            widths = _column_widths(block.rows, frame_w)
            data = [
                [Paragraph(_inline_xml(c), head_cell if r == 0 else cell) for c in row]
                for r, row in enumerate(block.rows)
            ]
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.extend([table, Spacer(1, 8)])
    flush_items()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
        bottomMargin=20 * mm, title=source.title,
        author=str(source.meta.get("author", "Independent Reviewer")),
        creator="", producer="", subject="", invariant=1,
    )
    doc.build(story, canvasmaker=NumberedCanvas)
    return buf.getvalue()


def _column_widths(rows: list[list[str]], total: float) -> list[float]:
    """Give every column room for a short cell (a date, an agency) on one line, then share
    the rest of the width by how much longer each column's longest cell is."""
    char_w, short, pad = 5.4, 18, 14.0  # 9 pt Helvetica averages about 5 pt a character
    ncols = max(len(r) for r in rows)
    longest = [max(len(strip_markup(r[i])) if i < len(r) else 0 for r in rows) for i in range(ncols)]
    floors = [min(n, short) * char_w + pad for n in longest]
    if sum(floors) >= total:
        return [total * f / sum(floors) for f in floors]
    extra = [max(0, n - short) for n in longest]
    rest = total - sum(floors)
    if not any(extra):
        return [f + rest / ncols for f in floors]
    return [f + rest * x / sum(extra) for f, x in zip(floors, extra, strict=True)]


def pdf_page_texts(pdf_bytes: bytes) -> list[str]:
    """Whitespace-normalised text of each page of a text PDF, as pdfium extracts it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            texts.append(normalise_space(textpage.get_text_range()))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def render_scanned_pdf(pdf_bytes: bytes) -> bytes:
    """Rasterise each page to a 1-bit bitmap (like an office scanner's black-and-white
    mode, which keeps the file small) and wrap them in an image-only PDF."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes)
    pages: list[tuple[bytes, int, int, float, float]] = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            width_pt, height_pt = page.get_size()
            gray = page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
            bitmap = gray.point(lambda v: 255 if v > SCAN_THRESHOLD else 0).convert("1")
            # PIL packs mode "1" rows to whole bytes with 1 = white, as PDF DeviceGray expects.
            packed = zlib.compress(bitmap.tobytes(), 9)
            pages.append((packed, bitmap.width, bitmap.height, width_pt, height_pt))
            page.close()
    finally:
        pdf.close()
    return _image_pdf(pages)


def _image_pdf(pages: list[tuple[bytes, int, int, float, float]]) -> bytes:
    """A minimal PDF with one full-page Flate bitmap per page and no text layer."""
    objects: list[bytes] = []  # object n is objects[n - 1]
    page_ids: list[int] = []
    for data, w, h, wpt, hpt in pages:
        img_id = len(objects) + 1
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data))
            + data + b"\nendstream"
        )
        content = b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q" % (wpt, hpt)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(len(objects) + 1)
        objects.append(b"PAGE %d %d %.4f %.4f" % (img_id, img_id + 1, wpt, hpt))  # patched below
    pages_id = len(objects) + 1
    for pid in page_ids:
        _, img_id, content_id, wpt, hpt = objects[pid - 1].split(b" ")
        objects[pid - 1] = (
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources << /XObject "
            b"<< /Im0 %s 0 R >> >> /Contents %s 0 R >>" % (pages_id, wpt, hpt, img_id, content_id)
        )
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids)))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    objects.append(b"<< /Producer (Scanned document) >>")
    catalog_id, info_id = len(objects) - 1, len(objects)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog_id, info_id, xref,
    )
    return bytes(out)


# --------------------------------------------------------------------------- DOCX


def render_docx(source: Source) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    props = document.core_properties
    props.title = source.title
    props.author = str(source.meta.get("author", "Independent Reviewer"))
    props.last_modified_by = props.author
    props.created = FIXED_DATETIME
    props.modified = FIXED_DATETIME
    props.revision = 1
    header = source.meta.get("header")
    if header:
        document.sections[0].header.paragraphs[0].text = str(header)

    for block in source.blocks:
        if block.kind == "heading":
            document.add_heading(block.text, level=min(block.level, 3))
        elif block.kind in ("para", "item"):
            style = "List Bullet" if block.kind == "item" else None
            paragraph = document.add_paragraph(style=style)
            for text, bold in _runs(block.markup):
                paragraph.add_run(text).bold = bold or None
        elif block.kind == "table":
            ncols = max(len(r) for r in block.rows)
            table = document.add_table(rows=0, cols=ncols)
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                cells = table.add_row().cells
                for i in range(ncols):
                    text = strip_markup(row[i]) if i < len(row) else ""
                    cells[i].text = text
                    if r == 0:
                        for run in cells[i].paragraphs[0].runs:
                            run.bold = True
                            run.font.size = Pt(10)
    buf = io.BytesIO()
    document.save(buf)
    return _fix_zip_timestamps(buf.getvalue())


def _fix_zip_timestamps(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry timestamps so the DOCX bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATETIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- HTML


def _html_inline(markup: str) -> str:
    text = html.escape(markup.replace("`", ""), quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    return re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", text)


def _html_article(source: Source) -> str:
    out: list[str] = []
    in_list = False
    for block in source.blocks:
        if block.kind != "item" and in_list:
            out.append("</ul>")
            in_list = False
        if block.kind == "heading":
            level = min(block.level, 4)
            out.append(f"<h{level}>{_html_inline(block.markup)}</h{level}>")
        elif block.kind == "para":
            out.append(f"<p>{_html_inline(block.markup)}</p>")
        elif block.kind == "item":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"  <li>{_html_inline(block.markup)}</li>")
        elif block.kind == "table":
            head, *rows = block.rows
            out.append('<table class="chronology">')
            out.append("  <thead><tr>" + "".join(f"<th>{_html_inline(c)}</th>" for c in head)
                       + "</tr></thead>")
            out.append("  <tbody>")
            for row in rows:
                out.append("    <tr>" + "".join(f"<td>{_html_inline(c)}</td>" for c in row)
                           + "</tr>")
            out.append("  </tbody>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    return "\n".join("      " + line for line in out)


HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} | {site}</title>
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
  <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on this site">
    <p>We use some essential cookies to make this website work. We would also like to set
    optional analytics cookies to understand how you use the site and to improve our services.</p>
    <button type="button">Accept additional cookies</button>
    <button type="button">Reject additional cookies</button>
    <a href="/cookies">View cookies</a>
  </div>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <form class="search" action="/search"><label for="q">Search this site</label>
      <input id="q" name="q" type="search"><button type="submit">Search</button></form>
  </header>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/worried-about-a-child">Worried about a child?</a></li>
      <li><a href="/worried-about-an-adult">Worried about an adult?</a></li>
      <li><a href="/professionals">Professionals</a></li>
      <li><a href="/training">Training and events</a></li>
      <li><a href="/reviews">Published reviews</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
  </nav>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/professionals">Professionals</a></li>
      <li><a href="/reviews">Published reviews</a></li>
      <li aria-current="page">{title}</li>
    </ol>
  </nav>
  <div class="page">
    <main id="main-content">
      <article class="review">
{article}
      </article>
      <p class="page-meta">Page last reviewed: {reviewed}. <a href="/feedback">Was this page
      useful?</a></p>
    </main>
    <aside class="sidebar" aria-label="Get help">
      <h2>Get help now</h2>
      <p>If you are affected by domestic abuse call the {area_short} Domestic Abuse Helpline on
      0800 555 0192 (free, 24 hours). If someone is in immediate danger, call 999.</p>
      <p>If you are worried that a child is being harmed or neglected, contact the Children's
      Advice and Support Hub on 0300 555 0147, or 0300 555 0199 out of hours.</p>
      <p>Feeling low or struggling to cope? Talk to someone today: call 116 123.</p>
      <h2>Related pages</h2>
      <ul>
        <li><a href="/reviews/learning-briefings">Learning briefings</a></li>
        <li><a href="/professionals/escalation-policy">Escalation policy</a></li>
        <li><a href="/professionals/threshold-document">Threshold document</a></li>
      </ul>
    </aside>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/sitemap">Site map</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
    <p>&copy; {site}. All rights reserved. This website is managed on behalf of the
    partnership by {area}.</p>
  </footer>
</body>
</html>
"""


def render_html(source: Source) -> bytes:
    area = str(source.meta.get("area", "London Borough of Harwick"))
    area_short = area.replace("London Borough of ", "").replace("City of ", "")
    site = str(source.meta.get("site", f"{area_short} Safeguarding Partnership"))
    page = HTML_TEMPLATE.format(
        title=html.escape(source.title), site=html.escape(site), area=html.escape(area),
        area_short=html.escape(area_short), article=_html_article(source),
        reviewed=html.escape(str(source.meta.get("reviewed", "12 March 2024"))),
    )
    return page.encode("utf-8")


# --------------------------------------------------------------------------- TXT


def render_txt(source: Source) -> bytes:
    lines: list[str] = []
    for block in source.blocks:
        if block.kind == "heading":
            rule = "=" if block.level == 1 else "-"
            lines += [block.text, rule * len(block.text), ""]
        elif block.kind == "para":
            lines += [block.text, ""]
        elif block.kind == "item":
            lines.append(f"  * {block.text}")
        elif block.kind == "table":
            lines += [" | ".join(strip_markup(c) for c in row) for row in block.rows]
            lines.append("")
    # A list ends with a blank line before the next block.
    text = "\n".join(lines)
    text = re.sub(r"(\n  \* [^\n]*)\n(?!  \* |\n)", r"\1\n\n", text)
    return (text.rstrip() + "\n").encode("utf-8")


# --------------------------------------------------------------------------- building


@dataclass
class Rendered:
    source: Source
    data: bytes
    sha256: str
    pages: int | None  # PDF page count, None for unpaged formats
    page_texts: list[str] | None  # rendered text of each PDF page (text layer before scanning)


def render(source: Source) -> Rendered:
    if source.fmt in PDF_FORMATS:
        text_pdf = render_pdf(source)
        page_texts = pdf_page_texts(text_pdf)
        data = render_scanned_pdf(text_pdf) if source.fmt == "scanned_pdf" else text_pdf
        return Rendered(source, data, _sha(data), len(page_texts), page_texts)
    renderer = {"docx": render_docx, "html": render_html, "txt": render_txt}[source.fmt]
    data = renderer(source)
    return Rendered(source, data, _sha(data), None, None)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


# --------------------------------------------------------------------------- gold


class GoldError(Exception):
    pass


def find_gold_inputs(sources: Path = SOURCES, gold: Path = GOLD) -> dict[str, Path]:
    """case_id -> hand-written gold: the sources folder wins over the gold folder."""
    inputs: dict[str, Path] = {}
    for path in sorted(gold.glob("*.gold.json")):
        if path.name != ALL_GOLD:
            inputs[path.name.removesuffix(".gold.json")] = path
    for path in sorted(sources.glob("*.gold.json")):
        inputs[path.name.removesuffix(".gold.json")] = path
    return inputs


def _evidence_lists(node: Any) -> Iterator[list[dict[str, Any]]]:
    """Every `evidence` list anywhere in a case."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "evidence" and isinstance(value, list):
                yield value
            else:
                yield from _evidence_lists(value)
    elif isinstance(node, list):
        for item in node:
            yield from _evidence_lists(item)


def quote_pages(rendered: Rendered, quote: str) -> tuple[bool, int | None, str | None]:
    """(found verbatim in one text unit of the source, 1-based page or None, warning)."""
    wanted = normalise_space(quote)
    source_pages = [page for page, text in rendered.source.texts() if wanted in text]
    if not source_pages:
        return False, None, None
    if rendered.page_texts is None:
        return True, None, None
    hits = [i for i, text in enumerate(rendered.page_texts, start=1) if wanted in text]
    if not hits:
        return True, source_pages[0], f"quote not found in rendered PDF text (split over a page?): {quote!r}"
    page = source_pages[0] if source_pages[0] in hits else hits[0]
    return True, page, None


def resolve_case(case: dict[str, Any], by_file: dict[str, Rendered],
                 sources_of_case: list[Source]) -> tuple[list[str], list[str]]:
    """Resolve one case in place; returns (errors, warnings)."""
    errors: list[str] = []
    warnings: list[str] = []
    old_sha_to_file: dict[str, str] = {}
    for doc in case.get("documents", []):
        name = str(doc.get("sha256", ""))
        file = name[1:] if name.startswith("@") else str(doc.get("path", ""))
        if file not in by_file:
            errors.append(f"document {file!r} has no source writing it")
            continue
        old_sha_to_file[name] = file
        old_sha_to_file["@" + file] = file
        rendered = by_file[file]
        doc["path"] = file
        doc["sha256"] = rendered.sha256
        doc["pages"] = rendered.pages
    listed = {doc.get("path") for doc in case.get("documents", [])}
    for source in sources_of_case:
        if source.file not in listed:
            errors.append(f"source {source.path.name} ({source.file!r}) is not in documents[]")

    for evidence_list in _evidence_lists(case):
        for ev in evidence_list:
            ref = str(ev.get("document", ""))
            file = old_sha_to_file.get(ref) or (ref[1:] if ref.startswith("@") else None)
            if file not in by_file:
                errors.append(f"evidence names unknown document {ref!r}: {ev.get('quote')!r}")
                continue
            rendered = by_file[file]
            found, page, warning = quote_pages(rendered, str(ev.get("quote", "")))
            if not found:
                errors.append(f"quote not verbatim in {file!r}: {ev.get('quote')!r}")
                continue
            if warning:
                warnings.append(warning)
            ev["document"] = rendered.sha256
            ev["page"] = page
            ev.setdefault("start", None)
            ev.setdefault("end", None)
    return errors, warnings


def dump_gold(cases: list[dict[str, Any]]) -> bytes:
    """Validate with the project's schema and serialise as cases.json."""
    from reviewsynth.schema import Case, dump_cases

    models = [Case.model_validate(c) for c in sorted(cases, key=lambda c: c["case_id"])]
    return dump_cases(models).encode("utf-8")


# --------------------------------------------------------------------------- main


def build(only: set[str] | None = None, write: bool = True, *, sources_dir: Path = SOURCES,
          corpus_dir: Path = CORPUS, gold_dir: Path = GOLD) -> int:
    sources = load_sources(sources_dir)
    gold_inputs = find_gold_inputs(sources_dir, gold_dir)
    problems = 0
    rendered_by_file: dict[str, Rendered] = {}
    for source in sources:
        if only and source.case_id not in only:
            continue
        rendered = render(source)
        rendered_by_file[source.file] = rendered
        changed = write and write_if_changed(corpus_dir / source.file, rendered.data)
        pages = f"{rendered.pages} pages" if rendered.pages else source.fmt
        overflow = ""
        if rendered.pages and rendered.pages > source.page_count:
            overflow = f" (source has {source.page_count} pages: some page overflowed)"
        print(f"{'wrote' if changed else 'same '} {source.file}: {source.word_count()} words, "
              f"{pages}, {len(rendered.data) // 1024} KiB{overflow}")

    if write and not only:
        wanted = {s.file for s in sources}
        for stale in sorted(corpus_dir.iterdir()) if corpus_dir.exists() else []:
            if stale.is_file() and stale.name not in wanted:
                print(f"removed stale {stale.name}")
                stale.unlink()

    resolved: dict[str, dict[str, Any]] = {}
    for case_id, path in gold_inputs.items():
        if only and case_id not in only:
            continue
        payload = json.loads(path.read_text(encoding="utf-8"))
        for case in payload.get("cases", []):
            if case.get("case_id") != case_id:
                print(f"ERROR {path.name}: case_id {case.get('case_id')!r} != file stem {case_id!r}")
                problems += 1
                continue
            of_case = [s for s in sources if s.case_id == case_id]
            errors, warnings = resolve_case(case, rendered_by_file, of_case)
            for w in warnings:
                print(f"warning {case_id}: {w}")
            for e in errors:
                print(f"ERROR {case_id}: {e}")
            problems += len(errors)
            if not errors:
                resolved[case_id] = case

    for source in sources:
        if source.case_id not in gold_inputs and (not only or source.case_id in only):
            print(f"warning: no gold for case {source.case_id} ({source.path.name})")

    if write:
        for case_id, case in sorted(resolved.items()):
            write_if_changed(gold_dir / f"{case_id}.gold.json", dump_gold([case]))
        if not only:
            # Only cases resolved in this run: a case whose gold failed is left out, loudly.
            write_if_changed(gold_dir / ALL_GOLD, dump_gold(list(resolved.values())))
    if problems:
        print(f"{problems} problem(s): fix them and run again", file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="build only these case ids")
    parser.add_argument("--no-write", action="store_true", help="check without writing files")
    parser.add_argument("--sources", type=Path, default=SOURCES,
                        help="folder of <case_id>.md sources and hand-written gold")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder for rendered reports")
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder for resolved gold files")
    args = parser.parse_args(argv)
    return build(set(args.only) if args.only else None, write=not args.no_write,
                 sources_dir=args.sources, corpus_dir=args.corpus, gold_dir=args.gold)


if __name__ == "__main__":
    sys.exit(main())
