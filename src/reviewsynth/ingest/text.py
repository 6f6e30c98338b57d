"""Plain text and Markdown: encoding detected (UTF-8, then cp1252, then Latin-1)."""

from __future__ import annotations

import re
from pathlib import Path

from reviewsynth.documents import ExtractedDocument
from reviewsynth.ingest.clean import clean_flow_text
from reviewsynth.ingest.errors import IngestError

_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$", re.MULTILINE)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, else Latin-1 (which never fails)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _strip_markdown(text: str) -> str:
    # Heading marks and horizontal rules carry no words; emphasis marks are left in place
    # (removing them would shift quotes away from what the author wrote).
    return _MD_RULE.sub("", _MD_HEADING.sub("", text))


def extract_text(path: Path, sha256: str, markdown: bool = False) -> ExtractedDocument:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(path, "binary file with a text extension")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        text = decode_text(data)
    if markdown:
        text = _strip_markdown(text)
    cleaned = clean_flow_text(text)
    if not cleaned.strip():
        raise IngestError(path, "text file has no text")
    return ExtractedDocument.from_pages(str(path), sha256, "text", [cleaned], numbered=False)
