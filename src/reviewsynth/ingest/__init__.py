"""Ingestion: any review document (PDF, scanned PDF, DOCX, HTML, TXT, MD) into text with pages.

`extract(path)` returns an `ExtractedDocument` (cleaned text, page spans, sha256) or raises
`IngestError` with a one-line reason; it never raises anything else for a bad file. Only
regular files are opened (`reviewsynth.ingest.files`), and every read is bounded by the
`Limits` of the project config: file size, text length, pages, and for Word files the
ZIP's entry count and unpacked size.
`iter_input_files(inputs)` lists every file under the inputs, recursively and sorted.

The PDF library choice (pypdfium2 over PyMuPDF, pypdf, pdfplumber) is explained in
`reviewsynth.ingest.pdf`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from reviewsynth.config import Limits
from reviewsynth.documents import ExtractedDocument, sha256_file
from reviewsynth.errors import UsageError
from reviewsynth.ingest.errors import IngestError
from reviewsynth.ingest.files import check_input_file, check_text_length, open_regular

__all__ = ["IngestError", "SUPPORTED_SUFFIXES", "check_input_file", "check_inputs", "extract",
           "iter_input_files", "media_type_for"]

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
        if not os.path.lexists(given):
            raise IngestError(given, "input path does not exist")
    seen: set[str] = set()
    for given in inputs:
        for path in _files_under(Path(given)):
            # realpath, not Path.resolve: a symbolic link loop makes resolve raise; its own
            # reason is given when the file is checked.
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path


def check_inputs(inputs: Sequence[Path]) -> None:
    """A UsageError for the first input that does not exist (a typo stops a run early)."""
    for given in inputs:
        if not os.path.lexists(given):
            raise UsageError(given, "input path does not exist")


def _files_under(root: Path) -> list[Path]:
    if not os.path.isdir(root):
        return [root]  # a file, or a broken link or odd file whose check will say what it is
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not _hidden(d)]
        found.extend(Path(folder) / name for name in files if not _hidden(name))
        # A link to a folder is not followed (it could lead back up the tree); it is listed
        # so that the file check reports it instead of it being skipped silently.
        found.extend(Path(folder) / d for d in dirs if os.path.islink(Path(folder) / d))
    return sorted(found, key=lambda p: p.as_posix())


def media_type_for(path: Path) -> str | None:
    return SUPPORTED_SUFFIXES.get(path.suffix.lower())


def _sniff_media_type(path: Path) -> str | None:
    """Media type from the first bytes, for files whose extension says nothing."""
    with os.fdopen(open_regular(path), "rb") as f:
        head = f.read(512)
    if head.startswith(b"%PDF"):
        return "pdf"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def extract(
    path: Path, *, ocr: bool = True, max_pages: int | None = None, limits: Limits | None = None
) -> ExtractedDocument:
    """Text and page spans of one file, or IngestError with a one-line reason."""
    path = Path(path)
    limits = limits or Limits()
    if max_pages is not None:
        limits = replace(limits, max_pages=max_pages)
    try:
        check_input_file(path, limits.max_file_mb)
        media_type = media_type_for(path) or (_sniff_media_type(path) if not path.suffix else None)
        if media_type is None:
            suffix = path.suffix.lower() or "(no extension)"
            raise IngestError(path, f"unsupported file type {suffix}")
        sha256 = sha256_file(path)
        doc = _extract_as(path, sha256, media_type, ocr=ocr, limits=limits)
        check_text_length(path, len(doc.text), limits)
        return doc
    except IngestError:
        raise
    except OSError as exc:
        raise IngestError(path, f"cannot read file: {exc.strerror or exc}") from exc
    except MemoryError as exc:
        from reviewsynth.workers import out_of_memory_reason

        raise IngestError(path, out_of_memory_reason()) from exc
    except RecursionError as exc:
        raise IngestError(path, f"unreadable {path.suffix or 'file'}: nested too deeply") from exc
    except Exception as exc:  # a parser bug on a strange file must not stop the batch
        raise IngestError(
            path, f"unreadable {path.suffix or 'file'}: {type(exc).__name__}: {exc}"
        ) from exc


def _extract_as(
    path: Path, sha256: str, media_type: str, *, ocr: bool, limits: Limits
) -> ExtractedDocument:
    # Imported here so that importing reviewsynth.ingest stays cheap for the CLI.
    if media_type == "pdf":
        from reviewsynth.ingest.pdf import extract_pdf

        return extract_pdf(path, sha256, ocr=ocr, max_pages=limits.max_pages or 10**9)
    if media_type == "docx":
        from reviewsynth.ingest.word import extract_docx

        return extract_docx(path, sha256, limits)
    if media_type == "html":
        from reviewsynth.ingest.html import extract_html

        return extract_html(path, sha256)
    from reviewsynth.ingest.text import extract_text

    return extract_text(path, sha256, markdown=path.suffix.lower() in (".md", ".markdown"),
                        limits=limits)
