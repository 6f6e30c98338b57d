"""The one document object every coding component reads: text, sentences, sections, cast."""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from reviewsynth.coding.lexicon import _normalise, load_lexicon
from reviewsynth.coding.roles import HarmEvent, candidates, events_in
from reviewsynth.documents import ExtractedDocument
from reviewsynth.nlp import parse
from reviewsynth.schema import Evidence
from reviewsynth.text import (
    ContextRules,
    Section,
    Span,
    conditional_items,
    detect_sections,
    section_at,
    split_sentences,
)

Date = tuple[int, int, int | None]  # (year, month, day or None)

# Sections whose sentences describe what happened and who was involved.
FACT_SECTIONS = {"cover", "introduction", "methodology", "family_involvement", "background",
                 "chronology", "analysis", "findings", "conclusions", "other"}
# Sections that tell no facts of the case: what should happen, not what did, and a table
# of contents (its headings name topics, not findings).
# Sections that tell no fact of the case: what should happen, what the review set out to do,
# and made-up cases that illustrate a procedure.
ASPIRATION_SECTIONS = {"recommendations", "lessons", "terms_of_reference", "contents", "illustration"}


@dataclass
class ReviewDoc:
    doc: ExtractedDocument
    sentences: list[Span]
    sections: list[Section]
    low: str  # lower-cased text, same offsets
    rules: ContextRules
    # The timeline, read once on first use: chronology rows, the incident date, the first row after it.
    _row_starts: list[int] | None = None
    _incident_date: tuple[Date | None] | None = None  # a 1-tuple once read (the date may be None)
    _first_row_after: tuple[int | None] | None = None
    _label_kinds: dict[int, str] | None = None  # sentence index -> the kind its opening label names
    _index_harm: set[int] | None = None
    _starts: list[int] = field(default_factory=list)
    _events: list[HarmEvent] | None = None
    _parses: dict[int, Any] = field(default_factory=dict)  # sentence index -> spaCy Doc
    _conditional: set[int] | None = None  # sentences that are items of a list of conditions

    @classmethod
    def read(cls, doc: ExtractedDocument) -> ReviewDoc:
        sentences = split_sentences(doc.text)
        rd = cls(doc, sentences, detect_sections(doc.text), _normalise(doc.text), ContextRules.load())
        rd._starts = [s.start for s in sentences]
        return rd

    @property
    def text(self) -> str:
        return self.doc.text

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def sentence_at(self, offset: int) -> Span:
        return self.sentences[self.sentence_index(offset)]

    def section_kind(self, offset: int) -> str:
        """The kind of the section at offset; a sentence opening with a label of its own
        ("Learning points: ...", "Recommendation: ...") has that label's kind."""
        s = section_at(self.sections, offset)
        kind = s.kind if s else "other"
        if kind in ASPIRATION_SECTIONS or not self.sentences:
            return kind
        return self._labelled().get(self.sentence_index(offset), kind)

    def _labelled(self) -> dict[int, str]:
        if self._label_kinds is None:
            self._label_kinds = {i: k for i, sent in enumerate(self.sentences) if (k := _label_kind(sent.text))}
        return self._label_kinds

    def modifiers(self, sent: Span, start: int, end: int) -> set[str]:
        """ConText categories that cover text[start:end] within its sentence; an item of a
        list of conditions is hypothetical throughout."""
        found = self.rules.categories(sent.text, start - sent.start, end - sent.start)
        if self.sentence_index(sent.start) in self._conditional_sentences():
            found = set(found) | {"hypothetical"}
        return found

    def _conditional_sentences(self) -> set[int]:
        if self._conditional is None:
            self._conditional = set()
            for a, b in conditional_items(self.text, self.rules.conditional_lead_in):
                first = bisect.bisect_left(self._starts, a)
                self._conditional.update(range(first, bisect.bisect_left(self._starts, b)))
        return self._conditional

    def evidence(self, sent: Span) -> Evidence:
        return self.doc.evidence(sent.start, sent.end)

    def parsed(self, indices: list[int]) -> dict[int, Any]:
        """spaCy parses of the sentences at `indices`, each parsed once per document."""
        todo = [i for i in dict.fromkeys(indices) if i not in self._parses]
        for i, doc in zip(todo, parse(self.sentences[i].text for i in todo), strict=True):
            self._parses[i] = doc
        return {i: self._parses[i] for i in indices}

    @property
    def events(self) -> list[HarmEvent]:
        """Harm events read from the parse of the sentences that tell what happened (not
        recommendations, lessons or terms of reference); parsed once, on first use."""
        if self._events is None:
            chosen = candidates([(i, s.start, s.text) for i, s in enumerate(self.sentences)
                                 if self.section_kind(s.start) not in ASPIRATION_SECTIONS])
            found = [e for i, doc in self.parsed(chosen).items() for e in events_in(doc, self.sentences[i].start, i)]
            # The parse sees negation and modals in the clause; ConText sees the rest
            # ("there was no evidence that she had been harmed"). An uncertain statement
            # ("her death appeared to be the result of strangulation") still tells the harm.
            self._events = [replace(e, asserted=e.asserted and not self.modifiers(self.sentences[e.sentence], e.start, e.end)
                                    & {"negated", "hypothetical"}) for e in found]
        return self._events

    @property
    def index_harm_sentences(self) -> set[int]:
        """Sentences the grammar says tell the index harm itself: a killing, or any harm told
        in the title or opening ("Learning briefing: Infant B - non-accidental injury");
        read once per document."""
        if self._index_harm is None:
            self._index_harm = {e.sentence for e in self.events if e.asserted and e.patient is not None and (
                e.kind == "kill" or (e.kind in ("injure", "sexual") and self.section_kind(e.start) in ("cover", "introduction")))}
        return self._index_harm


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    """A sentence opening with a recommendation or lessons label and a colon."""
    kinds = load_lexicon("sections")["kinds"]
    words = {kind: kinds[kind] for kind in ("recommendations", "lessons")}
    alts = "|".join(f"(?P<{kind}>" + "|".join(sorted(map(re.escape, ws), key=len, reverse=True)) + ")"
                    for kind, ws in words.items())
    return re.compile(r"^\W{0,3}(?:" + alts + r")\b[^:.\n]{0,30}:", re.I)


def _label_kind(sentence: str) -> str | None:
    m = _label_pattern().match(sentence)
    return m.lastgroup if m else None


# -- when: the index incident's date and the phase (before / after) of chronology rows ----

_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_DATE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE)
# Numeric dates in tables: 21/06/14, 21/06/2014, 21.06.2014 (dots only with a four-digit year,
# so paragraph numbers like 2.3.15 are not dates).
_NUM_DATE = re.compile(r"\b(\d{1,2})(?:/(\d{1,2})/((?:19|20)?\d\d)|\.(\d{1,2})\.((?:19|20)\d\d))\b")
# A chronology row opens with its date ("14 March 2021 Police ...", "March 2017 to June 2018 |", "21/06/14 |").
_ROW_START = re.compile(r"^[\s|•\-]*(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
                        r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)",
                        re.IGNORECASE)
# Words that tell the index incident itself (used to date it and to find its chronology row).
_INCIDENT_CUE = re.compile(
    r"\b(?:killed|murdered|stabbed|strangled|died|death|pronounced dead|found dead|fatal(?:ly)?|homicide|"
    r"manslaughter|attacked|999|found (?:hanged|unresponsive|unconscious|with)|injuries|the incident|disclosed|"
    r"came to light|sexually abus\w*)\b",
    re.IGNORECASE)

# Dates of the report itself, not of the incident.
_REPORT_DATE = re.compile(r"\b(?:published|publication|completed|commenced|commissioned|agreed|approved|submitted|dated|final report|"
                          r"report date|panel met|first met|notified|decided to|decision to)\b", re.IGNORECASE)
# Sentences about the trial date the aftermath, not the incident.
_COURT = re.compile(r"\b(?:pleaded|convicted|sentenced|trial|inquest|guilty|court|acquitted|hospital order|verdict)\b",
                    re.IGNORECASE)

def parse_date(text: str) -> Date | None:
    """The first calendar date in text ("14 March 2021", "March 2021", "14/03/21"), or None."""
    m = _DATE.search(text)
    n = _numeric_date(text)
    if n is not None and (m is None or n[1] < m.start()):
        return n[0]
    if not m:
        return None
    return int(m.group(3)), _MONTHS[m.group(2).lower()[:3]], int(m.group(1)) if m.group(1) else None


def _numeric_date(text: str) -> tuple[Date, int] | None:
    """The first valid day/month/year date written in figures, with its offset (UK order)."""
    for m in _NUM_DATE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2) or m.group(4))
        year_text = m.group(3) or m.group(5)
        year = int(year_text)
        if len(year_text) == 2:  # 14 -> 2014, 98 -> 1998
            year += 2000 if year <= 40 else 1900
        if 1 <= day <= 31 and 1 <= month <= 12:
            return (year, month, day), m.start()
    return None


def _before(a: Date, b: Date) -> bool | None:
    """a earlier than b; None when the shared granularity cannot tell (same month, a day missing)."""
    if a[:2] != b[:2]:
        return a[:2] < b[:2]
    if a[2] is None or b[2] is None:
        return None
    return a[2] < b[2]


def _days_between(a: Date, b: Date) -> int | None:
    if a[2] is None or b[2] is None:
        return None
    try:
        return (_dt.date(b[0], b[1], b[2]) - _dt.date(a[0], a[1], a[2])).days
    except ValueError:
        return None


def incident_date(rd: ReviewDoc) -> Date | None:
    """The index incident's date: dates told near incident words in the cover and introduction
    (the most told month, its earliest day), moved back to a chronology row a few days earlier
    that tells the incident ("found with injuries ... died two days later")."""
    if rd._incident_date is not None:
        return rd._incident_date[0]
    found = _incident_dates(rd, lambda i, sent: rd.section_kind(sent.start) in ("cover", "introduction"))
    if not found:  # the sentences the grammar says tell a killing or a harm to someone
        harmed = {e.sentence for e in rd.events if e.asserted and e.kind in ("kill", "injure", "sexual") and e.patient}
        found = _incident_dates(rd, lambda i, sent: i in harmed)
    if not found:  # no introduction heading ("Circumstances resulting in the review"): the opening pages
        found = _incident_dates(rd, lambda i, sent: i < _OPENING_SENTENCES and rd.section_kind(sent.start) not in (
            "recommendations", "lessons", "conclusions", "findings", "analysis"))
    best: Date | None = None
    if found:
        months: dict[tuple[int, int], int] = {}
        for d, w in found:
            months[d[:2]] = months.get(d[:2], 0) + w
        ym = max(months, key=lambda k: (months[k], k))
        found_dates = [d for d, _ in found]
        days = [d[2] for d in found_dates if d[:2] == ym and d[2] is not None]
        best = (ym[0], ym[1], min(days) if days else None)
        for i in row_starts(rd):
            row = parse_date(rd.sentences[i].text)
            gap = _days_between(row, best) if row else None
            if row and gap is not None and 0 < gap <= 3 and _INCIDENT_CUE.search(_row_text(rd, i)):
                best = row
                break
    rd._incident_date = (best,)
    return best


_OPENING_SENTENCES = 60


def _incident_dates(rd: ReviewDoc, include) -> list[tuple[Date, int]]:
    """(date, weight) for dates told in the included sentences: 2 beside an incident word, 1
    when one of the next six sentences has one; report, trial and verdict dates left out."""
    found: list[tuple[Date, int]] = []
    for i, sent in enumerate(rd.sentences):
        if not include(i, sent) or _COURT.search(sent.text):
            continue
        for m in _DATE.finditer(sent.text):
            d = parse_date(m.group(0))
            if d is None or _REPORT_DATE.search(sent.text, max(0, m.start() - 50), m.start()):
                continue
            if _INCIDENT_CUE.search(sent.text):
                found.append((d, 2))
            elif any(_INCIDENT_CUE.search(s.text) for s in rd.sentences[i + 1:i + 7]):
                found.append((d, 1))
    return found


def table_rows_below(lines: list[str], header: int, limit: int) -> Iterator[int]:
    """Indices of the table rows (lines with "|") under the line `header`, within `limit`
    lines: blank lines between rows are skipped (ingest may set each row apart as its own
    paragraph), and the first line that is no row ends the table."""
    for k in range(header + 1, min(len(lines), header + 1 + limit)):
        if not lines[k].strip():
            continue
        if "|" not in lines[k]:
            return
        yield k


def row_starts(rd: ReviewDoc) -> list[int]:
    if rd._row_starts is None:
        rd._row_starts = [i for i, s in enumerate(rd.sentences)
                          if rd.section_kind(s.start) == "chronology" and _ROW_START.match(s.text)
                          and parse_date(s.text[:40])]
    return rd._row_starts


def row_of(rd: ReviewDoc, index: int) -> int | None:
    starts = row_starts(rd)
    k = bisect.bisect_right(starts, index) - 1
    return starts[k] if k >= 0 and index - starts[k] <= 12 else None


def _row_text(rd: ReviewDoc, row: int) -> str:
    starts = row_starts(rd)
    k = starts.index(row)
    end = starts[k + 1] if k + 1 < len(starts) else min(len(rd.sentences), row + 6)
    return " ".join(s.text for s in rd.sentences[row:end])


def phase(rd: ReviewDoc, index: int) -> str | None:
    """'after' for a chronology row dated on or after the index incident, 'prior' for one
    before it, None when the sentence is not in a dated chronology row or it cannot tell.
    Rows are in date order, so the first row on or after the incident (in its month, the
    first that tells it) starts the aftermath."""
    if rd.section_kind(rd.sentences[index].start) != "chronology":
        return None
    row = row_of(rd, index)
    boundary = _first_row_after(rd)
    if row is None or boundary is None:
        return None if row is None or incident_date(rd) is None else "prior"
    return "after" if row >= boundary else "prior"


def _first_row_after(rd: ReviewDoc) -> int | None:
    if rd._first_row_after is not None:
        return rd._first_row_after[0]
    inc = incident_date(rd)
    first = None
    if inc is not None:
        for row in row_starts(rd):
            when = parse_date(rd.sentences[row].text[:40])
            if when is None:
                continue
            before = _before(when, inc)
            if before is False or (before is None and _INCIDENT_CUE.search(_row_text(rd, row))):
                first = row
                break
    rd._first_row_after = (first,)
    return first


_FIELD_LINE = re.compile(r"^[ \t]*(?P<key>[A-Z][A-Za-z ]{1,20}?)[ \t]*[:–-][ \t]*(?P<value>\S[^\n]{0,60}?)[ \t]*$", re.M)


def profile_fields(rd: ReviewDoc, aliases: set[str]) -> dict[str, tuple[str, int, int]]:
    """A person's "key: value" profile lines ("Child X / Age: 15 / Gender: male", a learning
    brief's box about them): lower-cased key -> (value, start, end), for the block of such lines
    under a line that is one of the person's names, or that holds a "Name:" line naming them."""
    fields: dict[str, tuple[str, int, int]] = {}
    lines = rd.text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    for i, line in enumerate(lines):
        head = line.strip().rstrip(":")
        head = re.sub(r"^(?:name|victim|subject|the child|child)\s*[:–-]\s*", "", head, flags=re.I)
        if head not in aliases:
            continue
        for k in range(i + 1, min(len(lines), i + 8)):
            if not lines[k].strip():
                continue
            said = _FIELD_LINE.match(lines[k])
            if said is None:
                break
            fields.setdefault(said.group("key").strip().lower(), (said.group("value"), starts[k], starts[k] + len(lines[k].rstrip("\n"))))
        if fields:
            return fields
    return fields
