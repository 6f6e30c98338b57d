"""The coding pipeline as registered components: declarations are checked before a run,
each component runs only on the cases it applies to, and a new component can replace one."""

from dataclasses import fields

import pytest

from reviewsynth.coding import engine
from reviewsynth.coding.components import (
    GIVEN,
    REGISTRY,
    CaseReading,
    PipelineError,
    check_pipeline,
    component,
    run_pipeline,
)
from reviewsynth.coding.engine import DEFAULT_PIPELINE, code_case
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

SUMMARY = """Domestic Homicide Review: Executive Summary

1. The review concerns Ms K, a 41-year-old woman, who was stabbed by her husband at their home in 2022.
He was convicted of her murder. The GP had seen Ms K twice for anxiety in the year before.
2. Recommendations
2.1 The practice should ask about domestic abuse at every appointment.
"""

PROCEDURE = """Procedure for commissioning a Domestic Homicide Review

1. Purpose
1.1 This procedure sets out how the partnership decides whether to commission a review.
1.2 The chair is appointed within one month and the panel agrees the terms of reference.
2. Timescales
2.1 The overview report should be completed within six months.
"""


def _group(text: str, title: str = "Ms K") -> CaseGroup:
    doc = ExtractedDocument.from_pages("k.txt", "5" * 64, "text", [text], numbered=False)
    return CaseGroup("c1", [GroupedDocument(doc, "executive_summary", True)], CaseMeta(title=title, review_type="dhr"))


def _reading(text: str) -> CaseReading:
    group = _group(text)
    return run_pipeline(CaseReading(group=group, config=None, doc=ReviewDoc.read(group.main)),
                        check_pipeline(DEFAULT_PIPELINE))


def test_every_slot_of_the_reading_is_assigned_by_exactly_one_default_component():
    owners: dict[str, list[str]] = {}
    for comp in check_pipeline(DEFAULT_PIPELINE):
        for slot in comp.assigns:
            owners.setdefault(slot, []).append(comp.name)
    slots = {f.name for f in fields(CaseReading)} - GIVEN - {"assigned"}
    assert set(owners) == slots
    assert all(len(names) == 1 for names in owners.values())


def test_a_component_needing_a_slot_no_earlier_component_assigns_is_refused():
    without_cast = tuple(n for n in DEFAULT_PIPELINE if n != "cast")
    with pytest.raises(PipelineError, match="'demographics' needs cast, mentions"):
        check_pipeline(without_cast)
    with pytest.raises(PipelineError, match="'screening' needs cast"):
        check_pipeline(("review_type", "screening", "cast"))


def test_unknown_names_and_slots_and_double_assignment_are_errors():
    with pytest.raises(PipelineError, match="unknown component 'castt'"):
        check_pipeline(("review_type", "castt"))
    with pytest.raises(PipelineError, match="no CaseReading slot named victimm"):
        component("bad_slot", assigns=("victimm",))
    with pytest.raises(PipelineError, match="'review_type' and 'review_type_again' both assign"):
        @component("review_type_again", assigns=("review_type",))
        def _again(r: CaseReading) -> None:
            r.review_type = "sar"
        try:
            check_pipeline(("review_type", "review_type_again"))
        finally:
            REGISTRY.pop("review_type_again")


def test_a_text_that_describes_no_case_runs_no_person_component():
    reading = _reading(PROCEDURE)
    assert reading.screening is not None and reading.screening.reason == "not_a_review"
    assert {"people", "characteristics", "services", "incident"}.isdisjoint(reading.assigned)
    assert "description" in reading.assigned  # applies to every case


def test_an_included_summary_runs_every_component():
    reading = _reading(SUMMARY)
    assert reading.included
    assert reading.assigned >= {slot for c in check_pipeline(DEFAULT_PIPELINE) for slot in c.assigns}
    case = engine.to_case(reading)
    assert case.category == "intimate_partner_violence"
    assert [p.role for p in case.people] == ["victim", "perpetrator"]


def test_a_registered_component_replaces_a_default_one():
    @component("plain_description", needs=("screening", "people"), assigns=("description",))
    def plain(r: CaseReading) -> None:
        r.description = f"{len(r.people)} people; {r.screening.reason if r.screening else 'unscreened'}."
    try:
        pipeline = tuple("plain_description" if n == "description" else n for n in DEFAULT_PIPELINE)
        case = code_case(_group(SUMMARY), pipeline=pipeline)
    finally:
        REGISTRY.pop("plain_description")
    assert case.description == "2 people; homicide."


def test_a_sentence_opening_with_a_learning_label_tells_no_facts():
    text = ("Safeguarding Adults Review\n\nMs K lived alone.\n"
            "Learning points: agencies should consider whether a person refusing care is being exploited.\n")
    rd = ReviewDoc.read(ExtractedDocument.from_pages("k.txt", "6" * 64, "text", [text], numbered=False))
    label = rd.sentences[-1]
    assert rd.section_kind(label.start + 20) == "lessons"
    assert rd.section_kind(rd.sentences[-2].start) != "lessons"
