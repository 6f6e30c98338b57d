"""Lexicons as data and a fast multi-phrase matcher (Aho-Corasick) over them."""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

# Lexicons are validated against their schemas as they load (`reviewsynth.datafiles.lexicons`):
# an unknown key, an unknown code id or a bad pattern is a one-line DataFileError.
from reviewsynth.datafiles.lexicons import lexicon_dir, load_lexicon

__all__ = ["Hit", "PhraseMatcher", "lexicon_dir", "load_lexicon", "longest_only", "outermost", "word_regex"]


@dataclass(frozen=True)
class Hit:
    key: str  # the code (or other key) the phrase belongs to
    phrase: str
    start: int
    end: int


def _normalise(text: str) -> str:
    """Lower-case with typographic apostrophes straightened; same length as the input."""
    return text.lower().replace("’", "'").replace("‘", "'")


class PhraseMatcher:
    """Whole-word matches of many phrases at once; phrases map to one or more keys."""

    def __init__(self, phrases: dict[str, list[str]]) -> None:
        self._automaton = ahocorasick.Automaton()
        by_phrase: dict[str, list[str]] = {}
        for key, items in phrases.items():
            for phrase in items or []:
                p = _normalise(str(phrase)).strip()
                if p:
                    by_phrase.setdefault(p, []).append(key)
        for p, keys in by_phrase.items():
            self._automaton.add_word(p, (p, tuple(keys)))
        self._empty = not by_phrase
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, start: int = 0, end: int | None = None, normalised: str | None = None) -> list[Hit]:
        """Hits in text[start:end] with absolute offsets, whole words only."""
        if self._empty:
            return []
        low = normalised if normalised is not None else _normalise(text)
        end = len(text) if end is None else end
        hits: list[Hit] = []
        # The automaton is given the slice, not (low, start, end): pyahocorasick copies the
        # whole string it is given, so a range of a long text cost the text's length per call
        # and coding a document sentence by sentence grew with the square of its length.
        for last_in_slice, (phrase, keys) in self._automaton.iter(low[start:end]):
            last = start + last_in_slice
            first = last - len(phrase) + 1
            if first > 0 and (low[first - 1].isalnum()) and phrase[0].isalnum():
                continue
            if last + 1 < len(low) and low[last + 1].isalnum() and phrase[-1].isalnum():
                continue
            for key in keys:
                hits.append(Hit(key, phrase, first, last + 1))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


def word_regex(words: list[str]) -> re.Pattern[str]:
    alts = sorted({re.escape(w.lower()) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def longest_only(hits: list[Hit]) -> list[Hit]:
    """Drop hits of the same key contained in a longer hit of that key.

    One pass in start order, remembering per key the furthest end seen so far: a hit is
    contained exactly when an earlier-starting (or equal-start, longer) hit of its key
    reaches at least as far.
    """
    kept: list[Hit] = []
    reach: dict[str, int] = {}
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if reach.get(h.key, -1) >= h.end:
            continue
        kept.append(h)
        reach[h.key] = max(reach.get(h.key, -1), h.end)
    return kept


def outermost(hits: list[Hit]) -> list[Hit]:
    """Drop hits lying strictly inside a longer hit of any key: a team's full name ("the
    Community Team for Learning Disabilities") decides its service, not a generic part of it
    ("community team"). Same-span hits of different keys are all kept."""
    kept: list[Hit] = []
    reach_start, reach_end = -1, -1
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if h.end <= reach_end and (h.start, h.end) != (reach_start, reach_end):
            continue
        kept.append(h)
        if h.end > reach_end:
            reach_start, reach_end = h.start, h.end
    return kept
