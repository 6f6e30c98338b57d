"""Ingestion: any review document (PDF, scanned PDF, DOCX, HTML, TXT, MD) into text with pages.

`extract(path)` returns an `ExtractedDocument` (cleaned text, page spans, sha256) or raises
`IngestError` with a one-line reason; it never raises anything else for a bad file.
`iter_input_files(inputs)` lists every file under the inputs, recursively and sorted.

The PDF library choice (pypdfium2 over PyMuPDF, pypdf, pdfplumber) is explained in
`reviewsynth.ingest.pdf`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from reviewsynth.documents import ExtractedDocument, sha256_file
from reviewsynth.ingest.errors import IngestError

__all__ = ["IngestError", "SUPPORTED_SUFFIXES", "extract", "iter_input_files", "media_type_for"]

# File suffix -> media type of ExtractedDocument.
SUPPORTED_SUFFIXES: dict[str, str] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
}


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # "~$x.docx": Word lock files


def iter_input_files(inputs: Sequence[Path]) -> Iterator[Path]:
    """Every file under the inputs (files or folders), recursively, sorted, hidden ones skipped.

    A missing input raises IngestError before anything is yielded, so a typo stops the run
    early instead of silently processing nothing. Each file is yielded once.
    """
    for given in inputs:
        if not Path(given).exists():
            raise IngestError(given, "input path does not exist")
    seen: set[Path] = set()
    for given in inputs:
        for path in _files_under(Path(given)):
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path


def _files_under(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not _hidden(d)]
        found.extend(Path(folder) / name for name in files if not _hidden(name))
    return sorted(found, key=lambda p: p.as_posix())


def media_type_for(path: Path) -> str | None:
    return SUPPORTED_SUFFIXES.get(path.suffix.lower())


def _sniff_media_type(path: Path) -> str | None:
    """Media type from the first bytes, for files whose extension says nothing."""
    with open(path, "rb") as f:
        head = f.read(512)
    if head.startswith(b"%PDF"):
        return "pdf"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def extract(path: Path, *, ocr: bool = True, max_pages: int = 5000) -> ExtractedDocument:
    """Text and page spans of one file, or IngestError with a one-line reason."""
    path = Path(path)
    try:
        if not path.is_file():
            raise IngestError(path, "not a file" if path.exists() else "file not found")
        if path.stat().st_size == 0:
            raise IngestError(path, "empty file (0 bytes)")
        media_type = media_type_for(path) or (_sniff_media_type(path) if not path.suffix else None)
        if media_type is None:
            suffix = path.suffix.lower() or "(no extension)"
            raise IngestError(path, f"unsupported file type {suffix}")
        sha256 = sha256_file(path)
        return _extract_as(path, sha256, media_type, ocr=ocr, max_pages=max_pages)
    except IngestError:
        raise
    except OSError as exc:
        raise IngestError(path, f"cannot read file: {exc.strerror or exc}") from exc
    except MemoryError as exc:
        raise IngestError(path, "file too large to read into memory") from exc
    except Exception as exc:  # a parser bug on a strange file must not stop the batch
        raise IngestError(
            path, f"unreadable {path.suffix or 'file'}: {type(exc).__name__}: {exc}"
        ) from exc


def _extract_as(
    path: Path, sha256: str, media_type: str, *, ocr: bool, max_pages: int
) -> ExtractedDocument:
    # Imported here so that importing reviewsynth.ingest stays cheap for the CLI.
    if media_type == "pdf":
        from reviewsynth.ingest.pdf import extract_pdf

        return extract_pdf(path, sha256, ocr=ocr, max_pages=max_pages)
    if media_type == "docx":
        from reviewsynth.ingest.word import extract_docx

        return extract_docx(path, sha256)
    if media_type == "html":
        from reviewsynth.ingest.html import extract_html

        return extract_html(path, sha256)
    from reviewsynth.ingest.text import extract_text

    return extract_text(path, sha256, markdown=path.suffix.lower() in (".md", ".markdown"))
