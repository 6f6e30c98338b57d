"""Sentence splitting with character offsets, tuned for review reports.

Reports are PDF text with hard line wraps, numbered paragraphs ("5.4 Anjali was..."),
bullets and chronology lines ("14 March 2016 - GP: ..."). A sentence ends at . ! ? before
an upper-case start, at a blank line, and before a line that starts a new unit (paragraph
number, bullet, date-led chronology entry, table row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "cf", "vs", "prof",
    "rev", "sgt", "pc", "dc", "ds", "insp", "approx", "para", "paras", "fig", "ltd", "co",
}
# Abbreviations of "number", which are one only before a number.
_NUMBER_ABBREVIATIONS = {"no", "nos"}
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# A line that begins a new unit: numbered paragraph, bullet, table row, date-led entry.
_UNIT_START = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,3}){1,3}\.?\s|[•\-\*·◦▪●¢°]\s|\(\w{1,3}\)\s|\|"
    r"|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + _MONTHS + r")\w*\s+\d{4}\b"
    r"|(?:early|mid|late)[- ]\d{4}\b|\d{1,2}/\d{1,2}/\d{2,4}\b|\d{4}\s+[-–]\s)",
    re.IGNORECASE,
)
_END_PUNCT = re.compile(r"[.!?]['\"’”)]*(?=\s)")
_NEXT_START = re.compile(r"\s+['\"‘“(]?[A-Z0-9•]")


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` closes an abbreviation or an initial ("Mr.", "J.")."""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if len(word) == 1 and word.isalpha() and text[i].isupper():
        # A letter pseudonym after a title or coded-name word ("Ms R.", "Child W.") ends a
        # sentence; any other capital letter is an initial ("J. Smith").
        before = re.search(r"([A-Za-z]+)\s+$", text[max(0, i - 20):i])
        return not (before and before.group(1).lower() in _PSEUDONYM_WORDS)
    if word in _NUMBER_ABBREVIATIONS:
        # "No. 4" abbreviates "number"; "No." before a word is the answer "No." ending a sentence.
        return bool(re.match(r"\s*\d", text[dot + 1:dot + 4]))
    return word in _ABBREVIATIONS


# Words before a letter pseudonym ("Mr X", "Child W", "Service user P", "Woman C"): the last
# words of the people lexicon's titled_prefixes (tests/test_text_sentences.py keeps them in step;
# the splitter sits below the coding lexicons, so it does not load them).
_PSEUDONYM_WORDS = {"mr", "mrs", "ms", "miss", "dr", "child", "adult", "baby", "infant", "toddler", "person",
                    "patient", "user", "subject", "pupil", "student", "resident", "individual", "victim",
                    "perpetrator", "youth", "man", "woman", "boy", "girl", "male", "female", "suspect",
                    "offender", "sibling", "friend"}


def _boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets where a new sentence may begin (after trimming whitespace)."""
    cuts: list[int] = []
    for m in _END_PUNCT.finditer(text, start, end):
        if text[m.start()] == "." and _ends_with_abbreviation(text, m.start()):
            continue
        nxt = _NEXT_START.match(text, m.end(), end)
        if nxt:
            cuts.append(m.end())
    pos = text.find("\n", start, end)
    while pos != -1:
        line_start = pos + 1
        nxt_nl = text.find("\n", line_start, end)
        if line_start < end:
            if text.startswith("\n", line_start) or _UNIT_START.match(text, line_start):
                cuts.append(line_start)
            elif _is_short_line(text, line_start, nxt_nl if nxt_nl != -1 else end):
                cuts.append(line_start)
            # A short previous line (heading) also ends there.
            prev_start = text.rfind("\n", start, pos) + 1
            if _is_short_line(text, prev_start, pos):
                cuts.append(line_start)
        pos = nxt_nl
    return sorted(set(cuts))


def _is_short_line(text: str, start: int, end: int) -> bool:
    """Headings, names as sub-headings, cover lines: short and without final punctuation."""
    line = text[start:end].strip()
    if not line or len(line) > 60 or line[-1] in ".,;:-–(" or not line[0].isupper():
        return False
    # A wrapped sentence line whose next word is lower-case continues the sentence.
    after = text[end:end + 3].strip()
    return not after or not after[0].islower()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of text[start:end], each with absolute offsets and trimmed of whitespace."""
    end = len(text) if end is None else end
    cuts = [start, *(c for c in _boundaries(text, start, end) if start < c < end), end]
    spans: list[Span] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append(Span(a, b, text[a:b]))
    return spans


_PARA_NO = re.compile(r"^[ \t|]*(\d{1,2}(?:\.\d{1,3}){1,3})\.?[ \t]", re.MULTILINE)


def paragraph_numbers(text: str) -> list[Span]:
    """Paragraph numbers ("5.4") at line starts, with offsets of the number itself."""
    return [Span(m.start(1), m.end(1), m.group(1)) for m in _PARA_NO.finditer(text)]
