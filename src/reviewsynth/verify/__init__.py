"""Core operations people perform on a case: verify codes, screen, double-code, reconcile,
compare coders and the machine with people.

Logic lives here, not in web routes or templates, so the web, a CLI or the Python API share it.
"""

from reviewsynth.verify.agreement import (
    AgreementReport,
    Coding,
    Stats,
    agreement_report,
    coding_from_file,
    coding_units,
    pair_files,
)
from reviewsynth.verify.machine import MachineReport, MachineStats, machine_vs_people, store_pairs
from reviewsynth.verify.operations import (
    CASE_FIELDS,
    ITEM_FIELDS,
    PERSON_FIELDS,
    RELATIONS,
    Change,
    add_item,
    add_person,
    blind_copy,
    edit_item,
    field_choices,
    item_status,
    iter_items,
    move_item,
    note_of,
    person_relation,
    progress,
    quote_status,
    screen,
    set_field,
    set_note,
    set_quote_span,
    set_quote_status,
    set_status,
    verified_fields,
)
from reviewsynth.verify.paths import LISTS, ListSpec, TargetError, resolve
from reviewsynth.verify.reconcile import Difference, differences, reconcile
from reviewsynth.verify.service import (
    MODES,
    RECONCILED,
    Loaded,
    StaleVersionError,
    accept_suggested_screenings,
    add_audit,
    apply,
    assign_double,
    blind_to,
    choose_in_draft,
    coder_cases,
    coding_pairs,
    load,
    progress_overview,
    reconcile_case,
    reconcile_draft,
    record_screening,
    resolve_screening,
    screening_decisions,
)

__all__ = [
    "CASE_FIELDS", "ITEM_FIELDS", "LISTS", "MODES", "PERSON_FIELDS", "RECONCILED", "RELATIONS",
    "AgreementReport", "Change", "MachineReport", "MachineStats", "machine_vs_people", "store_pairs", "Coding", "Difference", "ListSpec", "Loaded", "StaleVersionError",
    "Stats", "TargetError", "accept_suggested_screenings", "add_audit", "add_item", "add_person", "agreement_report", "apply",
    "assign_double", "blind_copy", "blind_to", "choose_in_draft", "coder_cases", "coding_from_file",
    "coding_pairs", "coding_units", "differences", "edit_item", "field_choices", "item_status",
    "iter_items", "load", "move_item", "note_of", "pair_files", "person_relation", "progress", "progress_overview",
    "quote_status", "reconcile", "reconcile_case", "reconcile_draft", "record_screening", "resolve",
    "resolve_screening", "screen", "screening_decisions", "set_field", "set_note", "set_quote_span",
    "set_quote_status", "set_status", "verified_fields",
]
