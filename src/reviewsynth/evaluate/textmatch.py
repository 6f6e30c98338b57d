"""Finding quotes in document text despite whitespace, typography and OCR line breaks.

Quotes are compared after normalisation: whitespace collapsed, curly quotes and dashes made
plain, words broken at line ends ("call-\\nbacks") joined. `TextIndex` keeps a map from the
normalised text back to the original offsets so a found quote can be placed in a sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from reviewsynth.text import split_sentences

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00ad": "",
    "\u00a0": " ", "\ufb01": "fi", "\ufb02": "fl",
})
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Whitespace-normalised, typography-plain form used for every quote comparison."""
    return _normalise_with_map(text)[0]


def _normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the offset in `text` it came from."""
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        # A hyphen at a line end joins a word broken by the layout (OCR, hard-wrapped PDFs).
        if ch in "-\u00ad" and i + 1 < n and text[i + 1] == "\n" and out and out[-1].isalpha():
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j].islower():
                i = j
                continue
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                where.append(i)
            i += 1
            continue
        mapped = ch.translate(_TYPOGRAPHY)
        for m in mapped:
            out.append(m)
            where.append(i)
        i += 1
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def tokens(text: str) -> list[str]:
    return _WORD.findall(normalise(text).lower())


@dataclass
class TextIndex:
    """A document's text prepared for quote look-ups and sentence placement."""

    text: str
    norm: str = field(init=False)
    norm_lower: str = field(init=False)
    where: list[int] = field(init=False)
    sentences: list[tuple[int, int]] = field(init=False)
    _starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.norm, self.where = _normalise_with_map(self.text)
        self.norm_lower = self.norm.lower()
        self.sentences = [(sp.start, sp.end) for sp in split_sentences(self.text)]
        self._starts = [s for s, _ in self.sentences]

    def contains(self, quote: str) -> bool:
        """True when the quote occurs verbatim after normalisation."""
        q = normalise(quote)
        return bool(q) and q in self.norm

    def locate(self, quote: str) -> tuple[int, int] | None:
        """Original (start, end) of the quote; tolerant of case and of OCR damage at the ends."""
        q = normalise(quote).lower()
        if not q:
            return None
        pos = self.norm_lower.find(q)
        if pos >= 0:
            return self.where[pos], self.where[pos + len(q) - 1] + 1
        # OCR text may differ inside the quote: anchor on its first and last few words.
        words = q.split(" ")
        if len(words) < 6:
            return None
        head, tail = " ".join(words[:4]), " ".join(words[-4:])
        reach = len(q) + len(q) // 2 + 20
        h = self.norm_lower.find(head)
        while h >= 0:  # a head followed closely by the tail is the quote
            t = self.norm_lower.find(tail, h, h + reach)
            if t >= 0:
                return self.where[h], self.where[t + len(tail) - 1] + 1
            h = self.norm_lower.find(head, h + 1)
        return self._best_sentence(q)

    def _best_sentence(self, quote_norm_lower: str) -> tuple[int, int] | None:
        """The sentence sharing most of the quote's words (OCR-damaged quotes), if most are shared."""
        wanted = set(_WORD.findall(quote_norm_lower))
        best, best_share = None, 0.0
        for s, e in self.sentences:
            have = set(_WORD.findall(normalise(self.text[s:e]).lower()))
            share = len(wanted & have) / len(wanted) if wanted else 0.0
            if share > best_share:
                best, best_share = (s, e), share
        return best if best_share >= 0.8 else None

    def sentence_ids(self, quote: str) -> set[int]:
        """Indices of the sentences the quote overlaps (empty when it cannot be found)."""
        span = self.locate(quote)
        if span is None or not self.sentences:
            return set()
        start, end = span
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        ids: set[int] = set()
        for i in range(first, len(self.sentences)):
            s, e = self.sentences[i]
            if s >= end:
                break
            if e > start:
                ids.add(i)
        return ids or {first}


def quotes_overlap(a: str, b: str, threshold: float = 0.6) -> bool:
    """Fallback match without text: containment, or most words of the shorter one shared."""
    na, nb = normalise(a).lower(), normalise(b).lower()
    if not na or not nb:
        return False
    if na in nb or nb in na:
        return True
    ta, tb = set(tokens(a)), set(tokens(b))
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= threshold
