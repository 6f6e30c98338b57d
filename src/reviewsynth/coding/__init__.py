"""Stage 1 coding engine: `code_case(group, config) -> Case`.

A pipeline of registered components (`coding.components`) over one `ReviewDoc` (text,
sentences, sections, parses, harm events): review type, cast, demographics, screening,
relationship, people and their codes, incident, category, escalation, reference,
description, interventions; each declares what it needs and assigns. Lexicons and rules are data under
`reviewsynth/data/lexicons/` and `reviewsynth/data/modifiers.yaml`.
"""

from reviewsynth.coding.engine import code_case

__all__ = ["code_case"]
