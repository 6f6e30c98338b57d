"""Shared text utilities: sentences with offsets, sections, paragraph numbers, ConText modifiers.

Stable API used by the coding engine and by `reviewsynth.themes`:

- `split_sentences(text, start=0, end=None) -> list[Span]`: sentences with absolute offsets.
- `detect_sections(text) -> list[Section]`: `kind`, `start`, `end`, `heading` (kinds in
  `SECTION_KINDS`), covering the text from the first heading; the cover block is `cover`.
- `section_at(sections, offset) -> Section | None`.
- `paragraph_numbers(text) -> list[Span]`: "5.4"-style paragraph numbers at line starts.
- `ContextRules.load()` / `rules.modifiers(text, target_start, target_end, sent_start)`:
  ConText modifiers (negated, uncertain, hypothetical, historical, ...) of a target span.
- `conditional_items(text, rules.conditional_lead_in) -> list[tuple[int, int]]`: the items
  of lists of conditions ("... when all of the following apply:"), hypothetical throughout.
"""

from reviewsynth.text.context import ContextRules, Modifier, conditional_items
from reviewsynth.text.sections import SECTION_KINDS, Section, detect_sections, section_at
from reviewsynth.text.sentences import Span, paragraph_numbers, split_sentences

__all__ = [
    "SECTION_KINDS",
    "ContextRules",
    "Modifier",
    "Section",
    "Span",
    "conditional_items",
    "detect_sections",
    "paragraph_numbers",
    "section_at",
    "split_sentences",
]
