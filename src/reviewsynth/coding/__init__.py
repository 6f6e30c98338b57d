"""Stage 1 coding engine: `code_case(group, config) -> Case`.

A pipeline of small readers over one `ReviewDoc` (text, sentences, sections, cast):
screening, cast and demographics, characteristics, services, contexts, incident,
relationship, category, escalation. Lexicons and rules are data under
`reviewsynth/data/lexicons/` and `reviewsynth/data/modifiers.yaml`.
"""

from reviewsynth.coding.engine import code_case

__all__ = ["code_case"]
