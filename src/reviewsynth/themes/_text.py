"""Stage 2's view of a review's structure, built on the shared `reviewsynth.text` API.

Sentences and sections come from `reviewsynth.text` (owned by the coding engine). Stage 2
adds a thin mapping on top, for what it needs and the shared kinds do not say:

- headings that name where practice is judged but that the shared lexicon does not know
  ("Missed opportunities", "Good practice and areas for improvement"), from
  `problem_cues.yaml` (`problem_headings`);
- reading order: once a review's analysis has begun, a heading such as "Listening to the
  family" or "Key line of enquiry 2" is a sub-heading of that analysis, not a return to the
  front matter; terms-of-reference headings after the chronology are the review answering
  its key lines of enquiry, so they are analysis too;
- paragraphs (numbered or blank-line blocks) and sub-headings inside a section, which give
  the agency a paragraph is about ("The GP", "Police").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from reviewsynth.datafiles.lexicons import load_lexicon
from reviewsynth.text import Section, detect_sections, split_sentences

# Sections in which a review judges practice (method.md 5.1) and the front matter that a
# later heading cannot return to.
BODY_KINDS = ("analysis", "findings", "lessons", "conclusions")
# Sections where a sentence may open the review's findings without a heading for them (a web
# summary, a briefing, an executive summary's opening).
LEAD_KINDS = ("cover", "introduction", "background", "other")
FRONT_KINDS = ("cover", "introduction", "terms_of_reference", "methodology",
               "family_involvement", "background", "other")
_APPENDIX = re.compile(r"\b(?:appendix|appendices|annex|glossary|bibliography|references)\b", re.I)

# A new numbered paragraph ("8.3 The MPS ...", "(a) how ...", "(iv) ...", "F2 ...", a bullet),
# a table row or a blank line always starts a new paragraph.
_HARD_BREAK = re.compile(
    r"\n[ \t]*\n|\n(?=[ \t]*(?:[A-Z]?\d{1,2}(?:\.\d{1,3})+\.?|[A-Z]\.\d{1,2}\.?|[A-Z]{1,2}\d{1,2}\b[.:]?|"
    r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[\u2022\u25cf\u25aa*\-])\s)|\n(?=[ \t]*\|)")
_PARA_NUMBER = re.compile(
    r"[ \t]*(?:[A-Z]?\d{1,2}(?:\.\d{1,3})+\.?|[A-Z]\.\d{1,2}\.?|\d{1,2}\.|\([a-z0-9]{1,3}\))\s+")
_LINE = re.compile(r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})?\.?[ \t]+)?([A-Z][^\n]{1,90}?)[ \t]*$", re.M)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in text[start:end] (shared splitter)."""
    return [(s.start, s.end) for s in split_sentences(text, start, end)]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs in text[start:end]: numbered paragraphs ("8.3 ...") or blank-line blocks."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _HARD_BREAK.finditer(text, start, end):
        spans.append((cursor, m.start()))
        cursor = m.end()
    spans.append((cursor, end))
    return [t for t in (_trim(text, s, e) for s, e in spans) if t[1] > t[0]]


def strip_paragraph_number(text: str, s: int, e: int) -> int:
    """Offset after a leading paragraph number ("8.3 "), so quotes start at the words."""
    m = _PARA_NUMBER.match(text, s, e)
    return m.end() if m else s


def is_heading(paragraph: str) -> bool:
    """A short line without final punctuation: a (sub-)heading, not a sentence."""
    body = paragraph.strip()
    return ("\n" not in body and 0 < len(body) <= 90 and len(body.split()) <= 10
            and body[-1] not in ".,;:!?\"'\u201d" and body[0].isupper())


@lru_cache(maxsize=1)
def _product_titles() -> re.Pattern[str]:
    """What a document calls itself ("Learning event for practitioners", "... seven minute
    briefing"): the shared section lexicon's document titles, anywhere in a heading."""
    titles = load_lexicon("sections")["document_titles"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, titles)) + r")\b")


def _item_label(title: str, label: re.Pattern[str] | None) -> bool:
    """The title opens with a numbered item's label ("Finding 2 -", "Lesson 3:", "F4."), not
    a section's own name ("Findings: practice problems")."""
    m = label.match(title) if label is not None else None
    return m is not None and any(ch.isdigit() for ch in m.group(0))


def _labelled_title(title: str, label: re.Pattern[str] | None) -> bool:
    """A heading led by a label and a number ("Finding 2 - bail breaches were not acted on",
    "Lesson 3: ..."), as slides and briefings title each finding: longer than a heading, but
    a line of its own that does not end as a sentence."""
    return _item_label(title, label) and title.rstrip()[-1:] not in ".;:,"


def _local_headings(text: str, headings: dict[str, tuple[str, ...]],
                    label: re.Pattern[str] | None = None) -> list[Section]:
    """Heading lines that name a section kind by stage 2's own heading words; a document's
    own title ("Learning event for practitioners") names no section."""
    found: list[Section] = []
    for m in _LINE.finditer(text):
        title = m.group(1)
        if not is_heading(title) and not _labelled_title(title, label):
            continue
        low = " ".join(re.sub(r"[^a-z' ]", " ", title.lower()).split())
        if _product_titles().search(low):
            continue
        kind = _heading_kind(low, headings)
        if kind is not None:
            found.append(Section(kind, m.start(), m.start(), title.strip()))
    return found


def _heading_kind(low: str, headings: dict[str, tuple[str, ...]]) -> str | None:
    """The kind whose words open the heading ("Findings: where practice fell short": findings),
    else the first kind whose words stand in it as whole words."""
    for kind, words in headings.items():
        if any(low.startswith(w) for w in words):
            return kind
    return next((kind for kind, words in headings.items() if any(f" {w}" in f" {low}" for w in words)), None)


def _merge(shared: list[Section], local: list[Section], length: int) -> list[Section]:
    """Shared sections with local headings inserted; local wins at the same offset."""
    starts = {s.start for s in local}
    merged = sorted([s for s in shared if s.start not in starts] + local, key=lambda s: s.start)
    out: list[Section] = []
    for i, s in enumerate(merged):
        end = merged[i + 1].start if i + 1 < len(merged) else length
        out.append(Section(s.kind, s.start, end, s.heading))
    return out


def review_sections(text: str, headings: dict[str, tuple[str, ...]] | None = None,
                    shared: list[Section] | None = None, label: re.Pattern[str] | None = None) -> list[Section]:
    """Sections with stage 2's kinds: shared detection (`shared`, the document model's, when
    given), local headings (and lines led by `label`, "Finding 2 - ..."), reading order."""
    found = shared if shared is not None else detect_sections(text)
    sections = _merge(found, _local_headings(text, headings or {}, label), len(text))
    listed = _contents_run(text, sections)
    out: list[Section] = []
    body: str | None = None  # the body kind a sub-heading inherits
    seen_chronology = False
    for i, s in enumerate(sections):
        kind = s.kind
        if i in listed:
            out.append(Section("contents", s.start, s.end, s.heading))
            continue
        if _APPENDIX.search(s.heading):
            kind, body = "other", None
        elif kind == "terms_of_reference" and seen_chronology:
            kind = "analysis"  # the review answering its key lines of enquiry
        elif kind in FRONT_KINDS and body is not None and s.start > 0:
            kind = body
        elif body is not None and _item_label(s.heading, label):
            kind = body  # "Finding 2: ..." under a lessons heading is one item of those lessons
        if kind == "chronology":
            seen_chronology = True
        if kind in BODY_KINDS:
            body = kind
        elif kind == "recommendations":
            body = None
        out.append(Section(kind, s.start, s.end, s.heading))
    return out


CONTENTS_RUN = 3  # this many sections in a row with nothing but headings: a table of contents


def _headings_only(text: str, section: Section) -> bool:
    """The section holds heading lines and nothing else (a line of a table of contents)."""
    return all(is_heading(text[strip_paragraph_number(text, s, e):e])
               for s, e in paragraph_spans(text, section.start, section.end)
               for s, e in [_heading_lines_split(text, s, e)])


def _heading_lines_split(text: str, s: int, e: int) -> tuple[int, int]:
    """A block of heading lines counts by its longest line ("1. Introduction\n2. Scope")."""
    lines = [(s + m.start(), s + m.end()) for m in re.finditer(r"[^\n]+", text[s:e])]
    return max(lines, key=lambda ln: ln[1] - ln[0], default=(s, e))


def _contents_run(text: str, sections: list[Section]) -> set[int]:
    """Indices of sections that are lines of a table of contents: runs of CONTENTS_RUN or
    more sections that hold only headings. Their headings say nothing of reading order."""
    empty = [_headings_only(text, s) for s in sections]
    found: set[int] = set()
    i = 0
    while i < len(sections):
        j = i
        while j < len(sections) and empty[j]:
            j += 1
        if j - i >= CONTENTS_RUN:
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a section, its sentences, and the sub-heading it sits under."""

    section: Section
    start: int
    end: int
    sentences: tuple[tuple[int, int], ...]
    subheading: str
    cell: bool = False  # a table's view cell ("Panel comment"), not a paragraph of prose


def paragraphs(text: str, sections: Iterable[Section]) -> list[Paragraph]:
    """The paragraphs of the given sections, without heading lines or paragraph numbers."""
    out: list[Paragraph] = []
    for section in sections:
        subheading = ""
        for ps, pe in paragraph_spans(text, section.start, section.end):
            body_start = strip_paragraph_number(text, ps, pe)
            body = text[body_start:pe]
            if is_heading(body):
                if ps > section.start + 4 or section.heading not in body:
                    subheading = body.strip()
                continue
            if ps <= section.start + 4 and section.heading and body.startswith(section.heading):
                body_start += len(section.heading)  # a heading run into its first paragraph
            sentences = tuple(sentence_spans(text, body_start, pe))
            if sentences:
                out.append(Paragraph(section, body_start, pe, sentences, subheading))
    return out


_LIST_ITEM = re.compile(r"[ \t]*(?:[\u2022\u25cf\u25aa*\-\u2013]|\(?[a-z0-9]{1,3}[.)])\s")


def lead_paragraphs(text: str, sections: Iterable[Section], leads: dict[str, re.Pattern[str]]) -> list[Paragraph]:
    """Paragraphs of `sections` read as a judging kind because a sentence opens the review's
    findings ("The review identified that ..."): from that sentence to the paragraph's end,
    and, after a lead that ends with a colon, the list items that follow."""
    out: list[Paragraph] = []
    for para in paragraphs(text, sections):
        previous = out[-1] if out else None
        if previous is not None and previous.end < para.start and _continues_list(text, previous, para):
            out.append(replace(para, section=replace(previous.section, end=para.end)))
            continue
        for i, (s, _e) in enumerate(para.sentences):
            kind = next((k for k, p in leads.items() if p.search(text[s:para.end])), None)
            if kind is not None:
                section = Section(kind, s, para.end, para.section.heading)
                out.append(replace(para, section=section, start=s, sentences=para.sentences[i:]))
                break
    return out


def _continues_list(text: str, lead: Paragraph, para: Paragraph) -> bool:
    """`para` is an item of the list a lead introduced: the lead (or the item before) is the
    paragraph just before it, the lead ends with a colon, and `para` is a list item."""
    gap = text[lead.end:para.start]
    line_start = text.rfind("\n", 0, para.start) + 1
    opened = text[:lead.end].rstrip().endswith(":") or bool(_LIST_ITEM.match(text, text.rfind("\n", 0, lead.start) + 1))
    return opened and gap.count("\n") <= 2 and bool(_LIST_ITEM.match(text, line_start))
