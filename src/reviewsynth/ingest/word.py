"""Word (.docx) text, read as a stream: paragraphs and tables in document order.

A .docx is a ZIP. Its directory is checked before anything is unpacked: the number of
entries, and the unpacked size of the parts read (the main document, usually
word/document.xml, and docProps/core.xml for the title) against `Limits`, so a zip bomb (a
few MB that unpack to gigabytes) is refused at once. The main document is then parsed with
lxml's `iterparse` straight from the ZIP stream, one top-level block at a time, each block
freed once written, and the text is counted as it grows; images and other parts are never
unpacked. No entities are resolved and nothing is fetched.

What is read matches python-docx (used before, and still used to write test files): the
paragraphs and tables that are direct children of the body; a paragraph's runs and
hyperlinks (tabs "\t", line breaks "\n", non-breaking hyphens "-"); a table row becomes one
line, "cell | cell | cell", merged cells kept once, so a chronology stays readable and a
quote from one row stays on one line. Headers and footers are not in the body and so never
reach the text. Word has no fixed pages: page numbers are None.
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import lxml.etree

from reviewsynth.config import Limits
from reviewsynth.documents import ExtractedDocument
from reviewsynth.ingest.clean import normalise_raw
from reviewsynth.ingest.errors import IngestError
from reviewsynth.ingest.files import check_text_length, open_regular

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY, _P, _TBL, _TR, _TC = (f"{_W}{t}" for t in ("body", "p", "tbl", "tr", "tc"))
_R, _HYPERLINK, _T = f"{_W}r", f"{_W}hyperlink", f"{_W}t"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# Run content and its text (python-docx's CT_R.text); a <w:br> is a line break unless typed.
_RUN_TEXT = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_BR = f"{_W}br"
_MB = 1_000_000


def _one_line(text: str) -> str:
    return " ".join(normalise_raw(text).split())


def _row_line(row_cells: list[str]) -> str:
    # Merged cells repeat the same text across the span: keep it once.
    kept: list[str] = []
    for cell in row_cells:
        if cell and (not kept or kept[-1] != cell):
            kept.append(cell)
    return " | ".join(kept)


def _run_text(run: Any) -> str:
    parts = []
    for child in run:
        if child.tag == _T:
            parts.append(child.text or "")
        elif child.tag == _BR:
            parts.append("\n" if child.get(f"{_W}type", "textWrapping") == "textWrapping" else "")
        else:
            parts.append(_RUN_TEXT.get(child.tag, ""))
    return "".join(parts)


def _paragraph_text(p: Any) -> str:
    parts = []
    for child in p:
        if child.tag == _R:
            parts.append(_run_text(child))
        elif child.tag == _HYPERLINK:
            parts.extend(_run_text(r) for r in child if r.tag == _R)
    return "".join(parts)


def _cell_props(tc: Any) -> tuple[int, bool]:
    """(grid span, continues a vertical merge) of a <w:tc>."""
    span, merged = 1, False
    props = tc.find(f"{_W}tcPr")
    if props is not None:
        grid = props.find(f"{_W}gridSpan")
        if grid is not None and (grid.get(f"{_W}val") or "").isdigit():
            span = max(1, int(grid.get(f"{_W}val")))
        vmerge = props.find(f"{_W}vMerge")
        merged = vmerge is not None and vmerge.get(f"{_W}val", "continue") == "continue"
    return span, merged


def _grid_before(tr: Any) -> int:
    found = tr.find(f"{_W}trPr/{_W}gridBefore")
    value = found.get(f"{_W}val", "0") if found is not None else "0"
    return int(value) if value.isdigit() else 0


def _table_lines(tbl: Any) -> Iterator[str]:
    """One line per row; a cell continuing a vertical merge shows the text of the cell it
    continues (the one at the same grid column in the row above)."""
    above: dict[int, str] = {}  # grid column -> text of the cell there in the previous row
    for tr in (child for child in tbl if child.tag == _TR):
        cells: list[str] = []
        here: dict[int, str] = {}
        column = _grid_before(tr)
        for tc in (child for child in tr if child.tag == _TC):
            span, merged = _cell_props(tc)
            if merged:
                text = above.get(column, "")
            else:
                text = _one_line("\n".join(_paragraph_text(p) for p in tc if p.tag == _P))
            for offset in range(span):
                here[column + offset] = text
            cells.extend([text] * span)
            column += span
        above = here
        line = _row_line(cells)
        if line:
            yield line


def _zip_directory(f: IO[bytes]) -> tuple[int, int]:
    """(entries, bytes) of a ZIP's central directory, read from its end record (ZIP64 too)
    before zipfile parses the directory: a directory of millions of entries is refused
    without being loaded."""
    f.seek(0, 2)
    size = f.tell()
    f.seek(max(0, size - 22 - 65535))
    tail = f.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 22:
        raise zipfile.BadZipFile("File is not a zip file")
    entries, directory = struct.unpack("<HI", tail[end + 10:end + 16])
    if entries == 0xFFFF or directory == 0xFFFFFFFF:  # ZIP64: the real counts are elsewhere
        entries, directory = _zip64_directory(f, tail, end) or (0, directory)
    f.seek(0)
    return entries, directory


def _zip64_directory(f: IO[bytes], tail: bytes, end: int) -> tuple[int, int] | None:
    """(entries, bytes) from the ZIP64 end record; None when it cannot be found (zipfile
    then parses the directory, and its entry count is checked after)."""
    locator = tail.rfind(b"PK\x06\x07", 0, end)
    if locator < 0 or len(tail) < locator + 16:
        return None
    (record_at,) = struct.unpack("<Q", tail[locator + 8:locator + 16])
    f.seek(record_at)
    record = f.read(56)
    if record[:4] != b"PK\x06\x06" or len(record) < 56:
        return None
    entries, directory = struct.unpack("<QQ", record[32:48])
    return int(entries), int(directory)


def _check_directory(path: Path, f: IO[bytes], limits: Limits) -> None:
    entries, directory = _zip_directory(f)
    if limits.max_zip_entries and entries > limits.max_zip_entries:
        raise IngestError(path, f"Word file holds {entries:,} entries, more than the limit of "
                                f"{limits.max_zip_entries:,} ([limits] max_zip_entries)")
    if limits.max_unzipped_mb and directory > limits.max_unzipped_mb * _MB:
        raise IngestError(path, f"Word file's ZIP directory is {directory / _MB:,.0f} MB, more "
                                f"than the limit of {limits.max_unzipped_mb:g} MB ([limits] max_unzipped_mb)")


class _Parts:
    """The parts of a .docx read here, found through the package relationships, with their
    unpacked sizes checked against the limits from the ZIP directory."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
        self.path, self.archive, self.limits = path, archive, limits
        infos = archive.infolist()
        if limits.max_zip_entries and len(infos) > limits.max_zip_entries:
            raise IngestError(path, f"Word file holds {len(infos):,} entries, more than the limit "
                                    f"of {limits.max_zip_entries:,} ([limits] max_zip_entries)")
        self.sizes = {info.filename: info.file_size for info in infos}
        targets = self._relationships("_rels/.rels")
        self.document = targets.get(_OFFICE_DOCUMENT) or "word/document.xml"
        self.core = targets.get(_CORE)
        if self.document not in self.sizes:
            raise IngestError(path, f"not a Word document: the file has no {self.document}")

    def open(self, name: str) -> IO[bytes]:
        size, limit = self.sizes[name], self.limits.max_unzipped_mb
        if limit and size > limit * _MB:
            raise IngestError(self.path, f"Word file's {name} unpacks to {size / _MB:,.0f} MB, "
                                         f"more than the limit of {limit:g} MB ([limits] max_unzipped_mb)")
        return self.archive.open(name)  # never yields more than the size checked above

    def _relationships(self, name: str) -> dict[str, str]:
        if name not in self.sizes:
            return {}
        with self.open(name) as f:
            root = _parse(f, self.path)
        return {rel.get("Type", ""): posixpath.normpath(rel.get("Target", "").lstrip("/"))
                for rel in root.iter(_REL) if rel.get("TargetMode") != "External"}


def _parse(stream: IO[bytes], path: Path) -> Any:
    try:
        return lxml.etree.parse(stream, _safe_parser()).getroot()
    except lxml.etree.XMLSyntaxError as exc:
        raise IngestError(path, f"corrupted Word file: {exc}") from exc


def _safe_parser() -> lxml.etree.XMLParser:
    return lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _blocks(stream: IO[bytes], path: Path, limits: Limits) -> Iterator[str]:
    """Paragraph texts and whole tables (rows joined by newlines), in body order; each
    top-level block is freed once read."""
    chars = 0
    events = lxml.etree.iterparse(stream, events=("end",), resolve_entities=False,
                                  no_network=True, load_dtd=False)
    try:
        for _event, element in events:
            parent = element.getparent()
            if parent is None or parent.tag != _BODY:
                continue
            if element.tag == _P:
                block = _one_line(_paragraph_text(element))
            elif element.tag == _TBL:
                block = "\n".join(_table_lines(element))
            else:
                block = ""
            element.clear()
            while element.getprevious() is not None:
                del parent[0]
            if block:
                chars += len(block) + 2
                check_text_length(path, chars, limits, so_far=True)
                yield block
    except lxml.etree.XMLSyntaxError as exc:
        raise IngestError(path, f"corrupted Word file: {exc}") from exc


def _title(parts: _Parts) -> str | None:
    if not parts.core or parts.core not in parts.sizes:
        return None
    with parts.open(parts.core) as f:
        found = _parse(f, parts.path).find(_DC_TITLE)
    return (_one_line(found.text or "") or None) if found is not None else None


def extract_docx(path: Path, sha256: str, limits: Limits | None = None) -> ExtractedDocument:
    limits = limits or Limits()
    with open(open_regular(path), "rb") as raw:
        try:
            _check_directory(path, raw, limits)
            archive = zipfile.ZipFile(raw)
        except (zipfile.BadZipFile, ValueError) as exc:
            raise IngestError(path, f"corrupted Word file: {exc}") from exc
        with archive:
            parts = _Parts(path, archive, limits)
            try:
                with parts.open(parts.document) as stream:
                    text = "\n\n".join(_blocks(stream, path, limits))
                title = _title(parts)
            except (zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
                raise IngestError(path, f"corrupted Word file: {exc}") from exc
    if not text.strip():
        raise IngestError(path, "Word file has no text")
    return ExtractedDocument.from_pages(
        str(path), sha256, "docx", [text], numbered=False, title=title
    )
