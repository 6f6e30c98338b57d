"""Core operations people perform on a case: verify codes, screen, double-code, reconcile.

Logic lives here, not in web routes or templates, so the web, a CLI or the Python API share it.
"""

from reviewsynth.verify.operations import (
    CASE_FIELDS,
    ITEM_FIELDS,
    PERSON_FIELDS,
    Change,
    add_item,
    add_person,
    edit_item,
    field_choices,
    item_status,
    iter_items,
    progress,
    screen,
    set_field,
    set_status,
)
from reviewsynth.verify.paths import LISTS, ListSpec, TargetError, resolve
from reviewsynth.verify.reconcile import Difference, agreement_units, differences, reconcile
from reviewsynth.verify.service import (
    RECONCILED,
    Loaded,
    StaleVersionError,
    add_audit,
    apply,
    assign_double,
    load,
    reconcile_case,
    record_screening,
    resolve_screening,
    screening_decisions,
)

__all__ = [
    "CASE_FIELDS", "ITEM_FIELDS", "LISTS", "PERSON_FIELDS", "RECONCILED", "Change", "Difference", "ListSpec",
    "Loaded", "StaleVersionError", "TargetError", "add_audit", "add_item", "add_person", "agreement_units",
    "apply", "assign_double", "differences", "edit_item", "field_choices", "item_status",
    "iter_items", "load", "progress", "reconcile", "reconcile_case", "record_screening",
    "resolve", "resolve_screening", "screen", "screening_decisions", "set_field", "set_status",
]
