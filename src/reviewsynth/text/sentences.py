"""Sentence splitting with character offsets: spaCy's sentence recogniser, corrected for the
shape of review documents.

The boundaries inside running text come from the NLP library (`reviewsynth.nlp`: the model's
`senter`, over the whole text in bounded chunks). Reports are also PDF text with hard line
wraps, headings, numbered paragraphs ("5.4 Anjali was..."), bullets, table rows, page breaks
and chronology lines ("14 March 2016 - GP: ..."), which a model trained on prose cannot know;
the rules here only add those document-shape boundaries and mend what the model does with
them:

- a blank line (and so a page break) ends a sentence, and so does a line that starts a new
  unit (paragraph number, bullet, date-led chronology entry, table row) or a short heading
  line, and the line after a heading;
- a boundary the model puts inside a word ("Non-|fatal", "2|. Scope") moves to the word's start;
- a label the model cuts off ("d)", "4.", a bullet) stays with the words it labels;
- a letter pseudonym after a title or coded-name word ("Ms R.", "Child W.") ends a sentence
  before a capital (the model reads it as an initial, "J. Smith"), and a paragraph number
  run into the sentence before ("... Court. 2. These events") starts one;
- the model's boundaries count only after a full stop, question or exclamation mark: in
  running text its others are guesses from a capital ("(SCIE) Learning Together").

A text's boundaries are found once and kept for the few texts last split, so the paragraphs
of a document split by range (`split_sentences(text, start, end)`) have the document's own
sentences, cut at the range.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from reviewsynth.nlp import sentence_starts


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start


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

# Words before a letter pseudonym ("Mr X", "Child W", "Service user P").
_PSEUDONYM_WORDS = {"mr", "mrs", "ms", "miss", "dr", "child", "adult", "baby", "infant", "person", "patient",
                    "user", "subject", "pupil", "student", "resident", "individual", "victim", "perpetrator"}
# "... referred to as Child E. She chose ...": the full stop after the letter ends the sentence.
_PSEUDONYM_END = re.compile(
    r"(?i:\b(?:" + "|".join(sorted(_PSEUDONYM_WORDS)) + r"))\s+[A-Z]\.['\"’”)]*(?=\s+['\"‘“(]?[A-Z0-9•])")
# "... at Preston Crown Court. 2. These events led ...": a numbered paragraph run into the one
# before it (a line break lost in extraction) starts a sentence at its number.
_RUN_IN_NUMBER = re.compile(r"[.!?]['\"’”)]*\s+(?=\d{1,2}(?:\.\d{1,3}){0,3}\.?\s+['\"‘“(]?[A-Z])")
# What the model may cut off a sentence's start: a bullet, a list or paragraph label.
_BARE_LABEL = re.compile(r"[•\-\*·◦▪●¢°]|\(?[A-Za-z0-9]{1,3}[.)]|[A-Z]{0,2}\.?\d{1,2}(?:\.\d{1,3}){0,3}[.:)]?")
# How far back a boundary inside a word may move to the word's start.
_WORD_REACH = 40
# Chunks handed to the model: at most this long, ending where a line rule ends a sentence anyway.
CHUNK_CHARS = 20_000
# Texts whose boundaries are kept (the document being read and the one before).
_KEPT_TEXTS = 4


def _line_cuts(text: str) -> list[int]:
    """Offsets where a line's shape starts a new sentence (after trimming whitespace)."""
    cuts: list[int] = []
    end = len(text)
    pos = text.find("\n")
    while pos != -1:
        line_start = pos + 1
        nxt_nl = text.find("\n", line_start)
        if line_start < end:
            if text.startswith("\n", line_start) or _UNIT_START.match(text, line_start):
                cuts.append(line_start)
            elif _is_short_line(text, line_start, nxt_nl if nxt_nl != -1 else end):
                cuts.append(line_start)
            # A short previous line (heading) also ends there.
            prev_start = text.rfind("\n", 0, pos) + 1
            if _is_short_line(text, prev_start, pos):
                cuts.append(line_start)
        pos = nxt_nl
    return cuts


def _is_short_line(text: str, start: int, end: int) -> bool:
    """Headings, names as sub-headings, cover lines: short and without final punctuation."""
    line = text[start:end].strip()
    if not line or len(line) > 60 or line[-1] in ".,;:-–(" or not line[0].isupper():
        return False
    # A wrapped sentence line whose next word is lower-case continues the sentence.
    after = text[end:end + 3].strip()
    return not after or not after[0].islower()


def _chunks(text: str, line_cuts: list[int]) -> Iterator[tuple[int, str]]:
    """(offset, text) pieces of at most CHUNK_CHARS, each ending at a line cut where one lies
    in its second half, else at a line break or a space: the model's memory stays bounded and
    its cost linear in the text's length."""
    pos = 0
    while pos < len(text):
        limit = pos + CHUNK_CHARS
        if limit >= len(text):
            yield pos, text[pos:]
            return
        k = bisect.bisect_right(line_cuts, limit) - 1
        cut = line_cuts[k] if k >= 0 and line_cuts[k] > pos + CHUNK_CHARS // 2 else -1
        if cut == -1:
            cut = max(text.rfind("\n", pos, limit), text.rfind(" ", pos, limit)) + 1
        if cut <= pos:
            cut = limit
        yield pos, text[pos:cut]
        pos = cut


def _word_start(text: str, offset: int) -> int:
    """The start of the word `offset` falls in (a boundary goes between words)."""
    i = offset
    while i > 0 and offset - i < _WORD_REACH and not text[i - 1].isspace():
        i -= 1
    return i if i == 0 or text[i - 1].isspace() else offset


def _model_cuts(text: str, line_cuts: list[int]) -> list[int]:
    return [_word_start(text, c) for c in sentence_starts(_chunks(text, line_cuts))]


# What ends a sentence in running text, and what may close it ('... MARAC."', "(see 4.2.)").
_STOPS = ".!?…"
_CLOSERS = "'\"’”)]"


def _after_stop(text: str, cut: int) -> bool:
    """True when `cut` follows a full stop, question or exclamation mark (and any closing
    quotes or brackets). In running text the model's other boundaries are guesses from a
    capital ("the Institute (SCIE) Learning Together methodology"); the line rules find the
    sentences that end without one (headings, table rows, list items)."""
    i = cut
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i > 0 and text[i - 1] in _CLOSERS:
        i -= 1
    return i > 0 and text[i - 1] in _STOPS


def _bare(piece: str) -> bool:
    """Only a label ("d)", "4.", "F.6", a bullet) or no words at all (a table's "|")."""
    piece = piece.strip()
    return not any(ch.isalnum() for ch in piece) or _BARE_LABEL.fullmatch(piece) is not None


@lru_cache(maxsize=_KEPT_TEXTS)
def _document_cuts(text: str) -> tuple[int, ...]:
    """Every sentence boundary of the text, in order: the line rules' and the pseudonyms',
    and the model's where they follow a stop and leave no bare label or cell border alone."""
    lines = _line_cuts(text)
    fixed = set(lines) | {m.end() for m in _PSEUDONYM_END.finditer(text)} | {m.end() for m in _RUN_IN_NUMBER.finditer(text)}
    model = {c for c in _model_cuts(text, lines) if _after_stop(text, c)}
    candidates = sorted(fixed | model)
    kept: list[int] = []
    for i, cut in enumerate(candidates):
        if cut not in fixed:
            nxt = candidates[i + 1] if i + 1 < len(candidates) else len(text)
            if _bare(text[kept[-1] if kept else 0:cut]) or _bare(text[cut:nxt]):
                continue
        kept.append(cut)
    return tuple(kept)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of text[start:end], each with absolute offsets and trimmed of whitespace:
    the text's own sentences, cut at the range's ends."""
    end = len(text) if end is None else end
    every = _document_cuts(text)
    inside = every[bisect.bisect_right(every, start):bisect.bisect_left(every, end)]
    cuts = [start, *inside, end]
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
