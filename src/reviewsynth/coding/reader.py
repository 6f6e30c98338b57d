"""The one document object every coding component reads: text, sentences, sections, cast."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from reviewsynth.coding.lexicon import _normalise
from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import Evidence
from reviewsynth.text import (
    ContextRules,
    Section,
    Span,
    detect_sections,
    section_at,
    split_sentences,
)

# Sections whose sentences describe what happened and who was involved.
FACT_SECTIONS = {"cover", "introduction", "methodology", "family_involvement", "background",
                 "chronology", "analysis", "findings", "conclusions", "other"}
# Sections that speak of what should happen, not what did.
ASPIRATION_SECTIONS = {"recommendations", "lessons", "terms_of_reference"}


@dataclass
class ReviewDoc:
    doc: ExtractedDocument
    sentences: list[Span]
    sections: list[Section]
    low: str  # lower-cased text, same offsets
    rules: ContextRules
    cast: object = None  # reviewsynth.coding.cast.Cast, set by the cast component
    notes: dict = field(default_factory=dict)  # component outputs shared downstream
    _starts: list[int] = field(default_factory=list)

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
        s = section_at(self.sections, offset)
        return s.kind if s else "other"

    def modifiers(self, sent: Span, start: int, end: int) -> set[str]:
        """ConText categories that cover text[start:end] within its sentence."""
        return self.rules.categories(sent.text, start - sent.start, end - sent.start)

    def evidence(self, sent: Span) -> Evidence:
        return self.doc.evidence(sent.start, sent.end)
