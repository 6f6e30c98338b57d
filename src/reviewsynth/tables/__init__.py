"""Tables of ../shared/spec/tables.md counted from coded cases (`tables.json`).

Beyond the contract's `key`, `label`, `n` (and `cells` for context matrices), every row and
cell carries `cases` (the case ids behind the count), `evidence` (`{case_id, person_id, page,
quote}` for each quote) and `suppressed` (true where published outputs show "<K"); person
tables add `persons` (`case_id#person_id`), ethnicity rows `details`, theme rows `examples`,
overview rows the case's fields, every table `base` (the units it was counted over) and
`checked` / `counted` / `check_unit` (how many counted codes a person checked, see
`tables.checked`); the file carries a `verification` summary.

Choices where tables.md leaves room:
- `information_levels` and `reviews_by_category` are two-way tables (`<row>/<column>` keys)
  kept in codebook order, not sorted by n; `screening_flow` keeps flow order and adds, when
  there are any, `other_documents` (executive summaries, action plans of a screened review)
  and `second_reviews` (earlier reviews of a death reviewed again) beside the duplicates.
- `homicide_comparison` follows the method's Table 4: n is a category's included reviews,
  `sample_share` its share of all included reviews (`sample_size`), `homicides` how many of
  them are homicides (the reference file's `sample_incident_types`); each row cites its
  reference share (`reference_source`, `reference_area`, `reference_year`); the verdict uses
  the file's `over_ratio` / `under_ratio`.
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
