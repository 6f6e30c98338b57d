"""Tables of ../shared/spec/tables.md counted from coded cases (`tables.json`)."""

from reviewsynth.tables.build import build_tables, category_phrase, in_tables, ordered_categories
from reviewsynth.tables.flow import ScreeningFlow
from reviewsynth.tables.model import Cell, DetailCount, EvidenceRef, Row, Table, TablesFile
from reviewsynth.tables.reference import ReferenceStatistics, load_reference

__all__ = [
    "Cell", "DetailCount", "EvidenceRef", "ReferenceStatistics", "Row", "ScreeningFlow", "Table",
    "TablesFile", "build_tables", "category_phrase", "in_tables", "load_reference",
    "ordered_categories",
]
