"""Plain text and Markdown: encoding detected (UTF-16 with or without BOM, UTF-8, then
cp1252, then Latin-1)."""

from __future__ import annotations

import re
from pathlib import Path

from reviewsynth.config import Limits
from reviewsynth.documents import ExtractedDocument
from reviewsynth.ingest.clean import clean_flow_text
from reviewsynth.ingest.errors import IngestError
from reviewsynth.ingest.files import check_text_length, read_capped

_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$", re.MULTILINE)
_SAMPLE = 4096


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, else Latin-1 (which never fails)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def utf16_encoding(data: bytes) -> str | None:
    """The codec of UTF-16 text: `utf-16` with a byte-order mark; `utf-16-le` or `utf-16-be`
    without one (Windows tools write it), told by where the zero bytes fall: in text of
    Latin letters every other byte is zero. None when the bytes are not UTF-16 text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:_SAMPLE - _SAMPLE % 2]
    if len(sample) < 4:
        return None
    half = len(sample) / 2
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    if zeros_odd >= 0.3 * half and zeros_even <= 0.02 * half:
        encoding = "utf-16-le"
    elif zeros_even >= 0.3 * half and zeros_odd <= 0.02 * half:
        encoding = "utf-16-be"
    else:
        return None
    text = sample.decode(encoding, errors="replace")
    readable = sum(1 for ch in text if ch.isprintable() or ch.isspace())
    return encoding if "\x00" not in text and readable >= 0.95 * len(text) else None


def _strip_markdown(text: str) -> str:
    # Heading marks and horizontal rules carry no words; emphasis marks are left in place
    # (removing them would shift quotes away from what the author wrote).
    return _MD_RULE.sub("", _MD_HEADING.sub("", text))


def extract_text(
    path: Path, sha256: str, markdown: bool = False, limits: Limits | None = None
) -> ExtractedDocument:
    limits = limits or Limits()
    data = read_capped(path, int(limits.max_file_mb * 1_000_000))
    encoding = utf16_encoding(data)
    if encoding:
        text = data.decode(encoding, errors="replace")
    elif b"\x00" in data[:_SAMPLE]:
        raise IngestError(path, "binary file with a text extension")
    else:
        text = decode_text(data)
    check_text_length(path, len(text), limits)
    if markdown:
        text = _strip_markdown(text)
    cleaned = clean_flow_text(text)
    if not cleaned.strip():
        raise IngestError(path, "text file has no text")
    return ExtractedDocument.from_pages(str(path), sha256, "text", [cleaned], numbered=False)
