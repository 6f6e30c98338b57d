"""Section detection: numbered or short headings mapped to the kinds a review has.

What a section is for changes what a sentence means (an agency named only in the
recommendations was not involved), so every later stage asks `section_at(offset)`.
Heading words per kind live in `data/lexicons/sections.yaml`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from reviewsynth.datafiles.lexicons import load_lexicon

SECTION_KINDS = (
    "cover", "introduction", "terms_of_reference", "methodology", "family_involvement",
    "background", "chronology", "analysis", "findings", "lessons", "conclusions",
    "recommendations", "contents", "illustration", "other",
)


@dataclass(frozen=True)
class Section:
    kind: str  # one of SECTION_KINDS
    start: int
    end: int
    heading: str


# "6. Chronology", "6 Chronology", "Section 6: Chronology", "CHRONOLOGY", "Part 2 - Analysis"
_HEADING = re.compile(
    # The number is followed by punctuation or a space, so a heading that starts with I, V or X
    # ("Introduction", "Views of the family") keeps its first letter.
    r"^[ \t|]*(?:(?:section|part|chapter)\s+)?(?:(?:\d{1,2}|[ivx]{1,5})(?:[.:)][ \t]*|[ \t]+))?([A-Z][^\n]{1,80})$",
    re.MULTILINE | re.IGNORECASE,
)


_DATE_LED = re.compile(
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:early|mid|late)\s+\d{4}",
    re.IGNORECASE,
)


def _lexicon() -> dict:
    return load_lexicon("sections")  # validated (and cached) by its schema


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((kind, tuple(sorted(words, key=len, reverse=True))) for kind, words in _lexicon()["kinds"].items())


@lru_cache(maxsize=1)
def _document_titles() -> re.Pattern[str]:
    """A document's own title ("Learning briefing: Infant B", "Learning report") names what
    the document is, not a section of it."""
    return re.compile(r"(?:" + "|".join(map(re.escape, _lexicon()["document_titles"])) + r")\b")


# "Learning from Dougie's life and death": a title about a person, not a lessons section.
_ABOUT_SOMEONE = re.compile(r"(?:learning|lessons) from [a-z]+(?:'s| s)\b")


def heading_kind(heading: str) -> str | None:
    """The section kind a heading names, or None when it is not a known section heading."""
    words = re.sub(r"[^a-z' ]", " ", heading.lower()).split()
    if not words or len(words) > 9:
        return None
    norm = " ".join(words)
    if _document_titles().match(norm) or _ABOUT_SOMEONE.match(norm):
        return None
    # "A review using a practitioner learning event": a subtitle that names the document's
    # kind after words of its own, not a section opening with a kind's name.
    if _document_titles().search(norm) and not any(norm.startswith(n) for _, names in _kinds() for n in names):
        return None
    # Inside a heading, a kind's word within a phrase naming the kind of document ("a review
    # using a practitioner learning event") is that phrase's, not a section's name.
    inner = _document_titles().sub(" ", norm)
    for kind, names in _kinds():
        for name in names:
            if norm == name or norm.startswith(name + " ") or (len(name) > 6 and name in inner):
                return kind
    return None


def _is_heading_line(line: str, numbered: bool) -> bool:
    body = line.strip()
    if not body or body[-1] in ",;" or len(body) > 80:
        return False
    # An unnumbered heading is short and not a sentence.
    return numbered or (len(body.split()) <= 7 and not body.endswith("."))


# Sections about the review itself rarely have sub-headings: a stand-alone short heading or a
# numbered one that names no kind ("Rhodri", "Adult K", "4. Kai's family and their involvement")
# after one of these starts the people's background.
_REVIEW_ABOUT_ITSELF = {"family_involvement", "methodology", "terms_of_reference"}


def _standalone_title(text: str, start: int, end: int, heading: str) -> bool:
    """A short title-case line with a blank line before and after it."""
    words = heading.split()
    if not 1 <= len(words) <= 4 or heading[-1:] in ".:;,?!" or re.search(r"\d", heading):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    return text[max(0, start - 2):start] == "\n\n" and text[end:end + 2] == "\n\n"


def detect_sections(text: str) -> list[Section]:
    """Sections in document order; text before the first recognised heading is `cover`."""
    found: list[tuple[int, str, str]] = []
    for m in _HEADING.finditer(text):
        line = m.group(0)
        numbered = bool(re.match(r"[ \t|]*(?:(?:section|part|chapter)\s+)?(?:\d{1,2}|[ivx]{1,5})[.:)]?\s", line, re.I))
        if re.match(r"[ \t|]*\d{1,2}\.\d", line):  # "5.4 text" is a paragraph, not a heading
            continue
        if not _is_heading_line(m.group(1), numbered):
            continue
        if _DATE_LED.match(m.group(1)):  # a chronology entry, not a heading
            continue
        kind = heading_kind(m.group(1))
        if kind is None and found and found[-1][1] in _REVIEW_ABOUT_ITSELF and (
                _standalone_title(text, m.start(), m.end(), m.group(1).strip())
                or (numbered and len(m.group(1).split()) <= 7 and not m.group(1).rstrip().endswith("."))):
            kind = "background"
        if kind is None and _PART.match(line):
            kind = "other"  # a section of its own, of a kind the lexicon does not name
        if kind:
            found.append((m.start(), kind, m.group(1).strip()))
    found = _contents(text, found)
    sections: list[Section] = []
    first = found[0][0] if found else len(text)
    cover_end = _cover_end(text, first)
    if cover_end > 0:
        sections.append(Section("cover", 0, cover_end, ""))
    if cover_end < first:  # running prose before any heading opens the report
        sections.append(Section("introduction", cover_end, first, ""))
    for i, (start, kind, heading) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        sections.append(Section(kind, start, end, heading))
    return sections


# A paragraph of running prose: the cover (title, author, date) has none.
_PROSE = re.compile(r"^[^\n]{250,}$", re.M)


def _cover_end(text: str, first_heading: int) -> int:
    """Where the cover ends: at the first heading, or earlier at the first paragraph of
    running prose (the report's opening, read as its introduction)."""
    prose = _PROSE.search(text, 0, first_heading)
    return prose.start() if prose else first_heading


# "Part 4. Family 1: Grace and Daniel": a numbered part of the report, whatever it is called.
_PART = re.compile(r"[ \t|]*(?:section|part|chapter)\s+(?:\d{1,2}|[ivx]{1,5})\b", re.I)


# A contents entry: its heading line ends with a page number, or the next line is one.
_PAGE_AFTER = re.compile(r"[ \t.]*\d{1,3}[ \t]*(?:\n|$)|\s*\n\s*\d{1,3}(?![.\d])(?:[ \t]|$)", re.M)
_CONTENTS_RUN = 3


def _contents(text: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """A run of headings that each carry a page number is a table of contents: one
    `contents` section, so its headings ("Mental Health", "Recommendations 15") never open
    sections of the report, and the text after it is read as the report's own."""
    out: list[tuple[int, str, str]] = []
    run: list[tuple[int, str, str]] = []

    def flush() -> None:
        if len(run) >= _CONTENTS_RUN:
            out.append((run[0][0], "contents", run[0][2]))
            last = run[-1]
            line_end = text.find("\n", last[0])
            after = _PAGE_AFTER.match(text, line_end if line_end >= 0 else len(text))
            end = after.end() if after else (line_end if line_end >= 0 else len(text))
            out.append((end, "other", ""))
        else:
            out.extend(run)
        run.clear()

    listed = _listed_again(text, found)
    for k, entry in enumerate(found):
        line_end = text.find("\n", entry[0])
        line = text[entry[0]:line_end if line_end >= 0 else len(text)]
        numbered = bool(re.search(r"\s\d{1,3}\s*$", line)) or bool(_PAGE_AFTER.match(text, line_end)) if line_end >= 0 else False
        if numbered or k in listed:
            run.append(entry)
        else:
            flush()
            out.append(entry)
    flush()
    return out


def _heading_key(heading: str) -> str:
    return re.sub(r"^(?:(?:section|part|chapter)\s+)?(?:\d{1,2}|[ivx]{1,5})?[.:)]?\s*", "", heading.strip(), flags=re.I).casefold()


def _listed_again(text: str, found: list[tuple[int, str, str]]) -> set[int]:
    """A contents list without page numbers: a run of headings on consecutive lines, with at
    most other short entry lines between them, whose headings open sections again later in
    the report. The indexes of `found` in such runs."""
    out: set[int] = set()
    k = 0
    while k < len(found):
        j = k
        keys = {_heading_key(found[k][2])}
        while j + 1 < len(found):
            if _heading_key(found[j + 1][2]) in keys:  # the report's own first heading, listed above
                break
            keys.add(_heading_key(found[j + 1][2]))
            line_end = text.find("\n", found[j][0])
            gap = [g.strip() for g in text[line_end:found[j + 1][0]].split("\n") if g.strip()] if line_end >= 0 else ["."]
            if any(len(g) > 80 or g.endswith((".", ":", ";")) for g in gap):  # only other short entries between
                break
            j += 1
        run = range(k, j + 1)
        if len(run) >= _CONTENTS_RUN:
            later = {_heading_key(h) for _, _, h in found[j + 1:]}
            if sum(_heading_key(found[i][2]) in later for i in run) >= _CONTENTS_RUN:
                out.update(run)
        k = j + 1
    return out


def section_at(sections: list[Section], offset: int) -> Section | None:
    """The section that holds `offset` (sections are sorted and contiguous)."""
    # Bisect on the sections themselves: building a list of starts per call made every
    # lookup cost the number of sections (a long document asks once per sentence).
    i = bisect.bisect_right(sections, offset, key=lambda s: s.start) - 1
    return sections[i] if i >= 0 else None
