"""The document object passed from ingestion to every later stage.

One `ExtractedDocument` holds a file's cleaned text as one string plus the page spans in it,
so any character offset (and so any quote) maps back to its page.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from reviewsynth.schema import Evidence

# Pages are joined with this separator; it never appears inside a quote we cite.
PAGE_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Page:
    number: int | None  # 1-based page number for PDFs; None for formats without pages
    start: int  # offset of the page's first character in ExtractedDocument.text
    end: int  # offset one past its last character
    ocr: bool = False  # text came from OCR


@dataclass
class ExtractedDocument:
    path: str
    sha256: str
    media_type: str  # "pdf", "docx", "html", "text"
    text: str
    pages: list[Page]
    title: str | None = None  # a title the file itself declares (PDF metadata, <title>)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_pages(
        cls,
        path: str,
        sha256: str,
        media_type: str,
        page_texts: list[str],
        numbered: bool = True,
        ocr_pages: set[int] | None = None,
        title: str | None = None,
    ) -> ExtractedDocument:
        """Join page texts; page numbers are 1-based when `numbered`, else None."""
        ocr_pages = ocr_pages or set()
        parts: list[str] = []
        pages: list[Page] = []
        offset = 0
        for i, page_text in enumerate(page_texts, start=1):
            if parts:
                parts.append(PAGE_SEPARATOR)
                offset += len(PAGE_SEPARATOR)
            parts.append(page_text)
            pages.append(Page(i if numbered else None, offset, offset + len(page_text), i in ocr_pages))
            offset += len(page_text)
        return cls(path, sha256, media_type, "".join(parts), pages, title=title)

    @property
    def page_count(self) -> int | None:
        if not self.pages or self.pages[0].number is None:
            return None
        return len(self.pages)

    @property
    def ocr(self) -> bool:
        return any(p.ocr for p in self.pages)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding character `offset` (None for unpaged formats)."""
        if not self.pages:
            return None
        starts = [p.start for p in self.pages]
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return self.pages[i].number

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for text[start:end], quoted verbatim with its page and offsets."""
        return Evidence(
            document=self.sha256,
            page=self.page_at(start),
            quote=self.text[start:end],
            start=start,
            end=end,
        )

    def page_text(self, number: int) -> str:
        for p in self.pages:
            if p.number == number:
                return self.text[p.start : p.end]
        raise KeyError(number)


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
