"""Word (.docx) text with python-docx: paragraphs and tables in document order.

A table row becomes one line, "cell | cell | cell", so a chronology stays readable and a
quote from one row stays on one line. Page headers and footers of Word sections are not in
the body and so never reach the text. Word has no fixed pages: page numbers are None.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from reviewsynth.documents import ExtractedDocument
from reviewsynth.ingest.clean import normalise_raw
from reviewsynth.ingest.errors import IngestError


def _one_line(text: str) -> str:
    return " ".join(normalise_raw(text).split())


def _row_line(row_cells: list[str]) -> str:
    # Merged cells repeat the same text across the span: keep it once.
    kept: list[str] = []
    for cell in row_cells:
        if cell and (not kept or kept[-1] != cell):
            kept.append(cell)
    return " | ".join(kept)


def _table_lines(table: Table) -> Iterator[str]:
    for row in table.rows:
        line = _row_line([_one_line(cell.text) for cell in row.cells])
        if line:
            yield line


def _blocks(document: DocxDocument) -> Iterator[str]:
    """Paragraph texts and whole tables (rows joined by newlines), in body order."""
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            text = _one_line(Paragraph(child, document).text)
            if text:
                yield text
        elif child.tag == qn("w:tbl"):
            rows = list(_table_lines(Table(child, document)))
            if rows:
                yield "\n".join(rows)


def extract_docx(path: Path, sha256: str) -> ExtractedDocument:
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(path, f"corrupted Word file: {exc}") from exc
    except Exception as exc:  # python-docx raises several lxml/package errors on bad files
        raise IngestError(path, f"corrupted Word file: {type(exc).__name__}: {exc}") from exc
    text = "\n\n".join(_blocks(document))
    if not text.strip():
        raise IngestError(path, "Word file has no text")
    title = _one_line(document.core_properties.title or "") or None
    return ExtractedDocument.from_pages(
        str(path), sha256, "docx", [text], numbered=False, title=title
    )
