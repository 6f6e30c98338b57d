"""Tables of ../shared/spec/tables.md counted from coded cases (`tables.json`).

Beyond the contract's `key`, `label`, `n` (and `cells` for context matrices), every row and
cell carries `cases` (the case ids behind the count), `evidence` (`{case_id, person_id, page,
quote}` for each quote) and `suppressed` (true where published outputs show "<K"); person
tables add `persons` (`case_id#person_id`), ethnicity rows `details`, theme rows `examples`,
overview rows the case's fields, and every table `base` (the units it was counted over).

Choices where tables.md leaves room:
- `information_levels` and `reviews_by_category` are two-way tables (`<row>/<column>` keys)
  kept in codebook order, not sorted by n; `screening_flow` keeps flow order.
- `homicide_comparison` counts included cases whose incident type is a homicide (the
  reference file's `sample_incident_types`), and shares among categories the reference
  statistics cover; the verdict uses the file's `over_ratio` / `under_ratio`.
- Cases with a category and no screening decision are counted (only excluded cases are not).
"""

from reviewsynth.tables.build import build_tables, category_phrase, in_tables, ordered_categories
from reviewsynth.tables.flow import ScreeningFlow
from reviewsynth.tables.model import Cell, DetailCount, EvidenceRef, Row, Table, TablesFile
from reviewsynth.tables.reference import ReferenceStatistics, load_reference

__all__ = [
    "Cell", "DetailCount", "EvidenceRef", "ReferenceStatistics", "Row", "ScreeningFlow", "Table",
    "TablesFile", "build_tables", "category_phrase", "in_tables", "load_reference",
    "ordered_categories",
]
