"""ConText-style modifiers: is a target phrase negated, uncertain, hypothetical, historical?

The trigger terms, their scope direction and the scope terminators are data
(`data/modifiers.yaml`), so an analyst can add "no concerns were raised about" without
touching code. Scope is the sentence, clipped at the nearest terminator ("but", "however",
";") between trigger and target. Triggers that overlap the target itself are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from reviewsynth.datafiles import read_data
from reviewsynth.datafiles.rules import ModifiersFile


@dataclass(frozen=True)
class Modifier:
    category: str  # negated, uncertain, hypothetical, historical, family_experiencer
    trigger: str
    start: int  # absolute offsets of the trigger
    end: int


@dataclass(frozen=True)
class _Trigger:
    category: str
    direction: str  # forward | backward
    phrase: str


def _word_pattern(phrases: list[str]) -> re.Pattern[str]:
    alts = sorted({p for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alts)
    return re.compile(r"(?<![\w])(?:" + body + r")(?![\w])", re.IGNORECASE)


class ContextRules:
    """Compiled modifier triggers and terminators."""

    def __init__(self, triggers: list[_Trigger], terminators: list[str],
                 patterns: list[tuple[str, re.Pattern[str]]] | None = None,
                 short_scope: dict[str, int] | None = None,
                 backward_patterns: list[tuple[str, re.Pattern[str]]] | None = None) -> None:
        # Regular-expression triggers with forward scope ("Had Mr N been referred ..."):
        # (category, pattern) pairs, read like forward phrases; and with backward scope.
        self._patterns = patterns or []
        self._backward_patterns = backward_patterns or []
        # Bare one-word triggers ("not", "no") reach only a few words ("did not know, on
        # Mill Lane" does not negate the lane): trigger -> most words between it and the target.
        self._short_scope: dict[str, int] = dict(short_scope or {})
        self._by_phrase = {(t.phrase.lower(), t.direction): t for t in triggers}
        self._forward = _word_pattern([t.phrase for t in triggers if t.direction == "forward"])
        self._backward = _word_pattern([t.phrase for t in triggers if t.direction == "backward"])
        self._cats: dict[tuple[str, str], list[str]] = {}
        for t in triggers:
            self._cats.setdefault((t.phrase.lower(), t.direction), []).append(t.category)
        words = [w for w in terminators if w[0].isalnum()]
        marks = [w for w in terminators if not w[0].isalnum()]
        pat = _word_pattern(words).pattern
        if marks:
            pat = pat + "|" + "|".join(re.escape(m) for m in marks)
        self._terminator = re.compile(pat, re.IGNORECASE)
        # A lead-in line of a list of conditions; its items are hypothetical (see conditional_items).
        self.conditional_lead_in: re.Pattern[str] | None = None

    @classmethod
    def from_data(cls, data: dict) -> ContextRules:
        triggers = [
            _Trigger(category, direction, phrase.lower())
            for category, spec in data["modifiers"].items()
            for direction in ("forward", "backward")
            for phrase in spec.get(direction) or []
        ]
        patterns = [
            (category, re.compile(rx, re.IGNORECASE))
            for category, spec in data["modifiers"].items()
            for rx in spec.get("forward_patterns") or []
        ]
        backward_patterns = [
            (category, re.compile(rx, re.IGNORECASE))
            for category, spec in data["modifiers"].items()
            for rx in spec.get("backward_patterns") or []
        ]
        short = data.get("short_scope") or {}
        limits = {w.lower(): int(short.get("max_words", 6)) for w in short.get("triggers") or []}
        rules = cls(triggers, list(data.get("terminators", [])), patterns, limits, backward_patterns)
        lead_ins = data.get("conditional_lead_ins") or []
        rules.conditional_lead_in = re.compile("|".join(lead_ins), re.IGNORECASE) if lead_ins else None
        return rules

    @classmethod
    def load(cls, path: str | Path | None = None) -> ContextRules:
        return _load_rules(str(path) if path else None)

    def _terminated(self, text: str, a: int, b: int) -> bool:
        """True when a terminator lies between relative offsets a and b."""
        return a < b and self._terminator.search(text, a, b) is not None

    def modifiers(self, text: str, target_start: int, target_end: int, base: int = 0) -> list[Modifier]:
        """Modifiers whose scope covers the target.

        `text` is the sentence; `target_start`/`target_end` are offsets in `text`; `base` is
        added to trigger offsets so callers get absolute positions.
        """
        found: list[Modifier] = []
        for m in self._forward.finditer(text, 0, target_start):
            if m.end() > target_start:
                continue
            if self._terminated(text, m.end(), target_start):
                continue
            limit = self._short_scope.get(_norm(m.group(0)))
            gap = text[m.end():target_start]
            ends_at_that = re.search(r"\bthat\b", gap) and not re.match(r"\s*that\b", gap)  # "not recognise that ..."
            if limit is not None and (len(gap.split()) > limit or "," in gap or ends_at_that):
                continue
            for cat in self._cats.get((_norm(m.group(0)), "forward"), []):
                found.append(Modifier(cat, m.group(0), base + m.start(), base + m.end()))
        for category, rx in self._patterns:
            for m in rx.finditer(text):
                if m.end() <= target_start and not self._terminated(text, m.end(), target_start):
                    found.append(Modifier(category, m.group(0), base + m.start(), base + m.end()))
        for m in self._backward.finditer(text, target_end):
            if self._terminated(text, target_end, m.start()):
                continue
            for cat in self._cats.get((_norm(m.group(0)), "backward"), []):
                found.append(Modifier(cat, m.group(0), base + m.start(), base + m.end()))
        for category, rx in self._backward_patterns:
            for m in rx.finditer(text, target_end):
                if not self._terminated(text, target_end, m.start()):
                    found.append(Modifier(category, m.group(0), base + m.start(), base + m.end()))
        return found

    def categories(self, text: str, target_start: int, target_end: int) -> set[str]:
        return {m.category for m in self.modifiers(text, target_start, target_end)}


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


@lru_cache(maxsize=4)
def _load_rules(path: str | None) -> ContextRules:
    p = Path(path) if path else Path(str(resources.files("reviewsynth") / "data" / "modifiers.yaml"))
    return ContextRules.from_data(read_data(p, ModifiersFile))  # validated: one-line errors


_NUMBERED_HEADING = re.compile(r"\d+(?:\.\d+)*\.?\s+[A-Z][^.;:]*$")


def conditional_items(text: str, lead_in: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """[start, end) of the items of each list of conditions: the lines after a lead-in line that
    ends in a colon and matches `lead_in` ("The Board must hold a review when all of the
    following apply:"), blank lines between them or not, up to the first item that ends a
    sentence (the others end in ";", "; and", "or" or nothing)."""
    spans: list[tuple[int, int]] = []
    if lead_in is None:
        return spans
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    for i, line in enumerate(lines):
        head = line.strip()
        if not head.endswith(":") or not lead_in.search(head):
            continue
        for k in range(i + 1, min(len(lines), i + 24)):
            item = lines[k].strip()
            if not item:
                continue
            if _NUMBERED_HEADING.match(item):
                break
            spans.append((starts[k], starts[k] + len(lines[k])))
            if item.endswith((".", "!", "?", ":")):
                break
    return spans
