"""Escalation markers shortly before the incident, on a small fictional review."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument
from reviewsynth.text import ContextRules

REPORT = """Domestic Homicide Review
Overview Report into the death of 'Hana'

1. Introduction
1.1 This review examines the contact agencies had with Hana, a 44-year-old woman, and her husband, Oskar, aged 47, before Hana was killed at her home on 3 May 2022.
1.2 Oskar stabbed Hana with a kitchen knife. She was taken by ambulance to Wexmoor General Hospital, where she died later that day. Oskar was arrested.
3. Background
3.1 Oskar's parents separated when he was ten.
3.2 In 2012 Oskar took an overdose of his prescribed medication.
3.3 Oskar missed his depot injections in March and April 2022, one week before the homicide.
3.4 In February 2022 Hana told Oskar she wanted to leave the marriage.
3.5 The team did not recognise that Oskar had stopped engaging with them.
3.6 In April 2022 Oskar left a hole in the bedroom door.
"""


@pytest.fixture(scope="module")
def markers():
    doc = ExtractedDocument.from_pages("hana.txt", "5" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Hana", review_type="dhr", published="2023-06", incident_year=2022))
    return {m.code for m in code_case(group).escalation.markers}


def test_recent_markers_are_found(markers):
    assert {"stopped_medication", "separation", "disengaged_services", "threats_property_damage"} <= markers


def test_history_parents_and_the_death_itself_are_not_escalation(markers):
    assert "self_harm_overdose" not in markers  # 2012, ten years before
    assert "adverse_life_event" not in markers  # the victim's own death


def test_did_not_recognise_that_does_not_negate_the_clause():
    s = "The team did not recognise that Oskar had stopped engaging with them."
    start = s.index("stopped engaging")
    assert "negated" not in ContextRules.load().categories(s, start, start + len("stopped engaging"))
