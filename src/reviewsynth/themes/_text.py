"""Minimal sentence, paragraph and section detection for stage 2 and evaluation.

Private fallback: the coding engine owns `reviewsynth.text`. `sentence_spans` and
`find_sections` prefer that module when it provides them and fall back to the simple rules
here, so stage 2 works before (and independently of) the richer implementation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words ending in "." that do not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "para", "paras", "e.g", "i.e", "etc",
    "cf", "vs", "approx", "dept", "fig", "ref", "sec", "ch", "vol", "pp", "p", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd",
}
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*(?=\s+[\"'\u2018\u201c(\[]?[A-Z0-9])")
# A new numbered paragraph ("8.3 The MPS ...", "(a) how ...") or a blank line always breaks.
_HARD_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,2}(?:\.\d{1,3})+\.?|\([a-z]\)|[\u2022\u25cf\u25aa*\-])\s)")
_PARA_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,3})+\.?|\d{1,2}\.)\s+")


@dataclass(frozen=True)
class Section:
    kind: str  # analysis, findings, conclusions, lessons, recommendations, chronology, other...
    title: str
    start: int  # offset of the heading
    end: int  # offset where the next section starts


# Heading keywords -> section kind, checked in order (first hit wins).
SECTION_KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("recommendations", ("recommendation", "action plan")),
    ("lessons", ("lesson", "learning point", "learning")),
    ("findings", ("finding", "practice problem", "practice issue", "key issues", "issues identified")),
    ("conclusions", ("conclusion", "summary of")),
    ("analysis", ("analysis", "appraisal", "discussion", "evaluation of", "assessment of practice")),
    ("chronology", ("chronology", "timeline", "sequence of events")),
    ("terms_of_reference", ("terms of reference", "scope")),
    ("methodology", ("methodology", "method", "approach", "contributors", "process")),
    ("family", ("family involvement", "involvement of famil", "involvement of the famil")),
    ("background", ("background", "the people", "pen picture", "personal history")),
    ("introduction", ("introduction", "purpose", "the decision to")),
    ("related", ("related documents", "appendix", "glossary")),
]

_NUMBERED_HEADING = re.compile(r"^[ \t]*(\d{1,2})\.?[ \t]+([A-Z][^\n]{1,80})$", re.M)
_PLAIN_HEADING = re.compile(r"^[ \t]*([A-Z][A-Za-z ,:&'\-]{2,60})[ \t]*$", re.M)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in text[start:end], trimmed of whitespace."""
    end = len(text) if end is None else end
    try:  # the coding engine's splitter, when it exists, knows more (lists, tables, quotes)
        from reviewsynth.text import sentence_spans as engine_spans  # type: ignore[attr-defined]
    except ImportError:
        engine_spans = None
    if engine_spans is not None:
        try:
            return [(s, e) for s, e in engine_spans(text, start, end)]
        except TypeError:
            spans = [(s, e) for s, e in engine_spans(text)]
            return [(s, e) for s, e in spans if s >= start and e <= end]
    return _fallback_sentence_spans(text, start, end)


def _fallback_sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text, start, end):
        cursor = block_start
        for m in _SENTENCE_END.finditer(text, block_start, block_end):
            if _is_abbreviation(text, m.start()):
                continue
            spans.append((cursor, m.end()))
            cursor = m.end()
        spans.append((cursor, block_end))
    return [t for t in (_trim(text, s, e) for s, e in spans) if t[1] > t[0]]


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    cursor = start
    for m in _HARD_BREAK.finditer(text, start, end):
        blocks.append((cursor, m.start()))
        cursor = m.end()
    blocks.append((cursor, end))
    return blocks


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    before = text[max(0, dot - 12) : dot]
    if re.search(r"(?:^|\n)[ \t]*\d{1,2}$", before):  # "8. Findings": a heading number
        return True
    word = re.search(r"([A-Za-z.]+)$", before)
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs in text[start:end]: numbered paragraphs ("8.3 ...") or blank-line blocks."""
    return [t for t in (_trim(text, s, e) for s, e in _blocks(text, start, end)) if t[1] > t[0]]


def strip_paragraph_number(text: str, s: int, e: int) -> int:
    """Offset after a leading paragraph number ("8.3 "), so quotes start at the words."""
    m = _PARA_NUMBER.match(text, s, e)
    return m.end() if m else s


def section_kind(title: str) -> str:
    low = title.lower()
    for kind, keys in SECTION_KINDS:
        if any(k in low for k in keys):
            return kind
    return "other"


def find_sections(text: str) -> list[Section]:
    """Top-level sections from numbered headings ("7. Analysis") or known plain headings."""
    heads: list[tuple[int, str]] = []
    last_number = 0
    for m in _NUMBERED_HEADING.finditer(text):
        title = m.group(2).strip()
        number = int(m.group(1))
        if title.endswith((".", ",", ";")) or len(title.split()) > 10 or number < last_number:
            continue
        if re.search(r"\d{4}", title):  # "14 June 2019 - ..." is a chronology line
            continue
        heads.append((m.start(), title))
        last_number = number
    if len(heads) < 3:  # unnumbered reports: accept plain lines that name a known section
        heads = [(m.start(), m.group(1).strip()) for m in _PLAIN_HEADING.finditer(text)
                 if section_kind(m.group(1)) != "other" and len(m.group(1).split()) <= 6]
    sections: list[Section] = []
    for i, (pos, title) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        sections.append(Section(section_kind(title), title, pos, end))
    return sections
