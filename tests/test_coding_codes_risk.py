"""Risk factors in context read from characteristics and phrases, on a small fictional review."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT = """Domestic Homicide Review
Overview Report into the death of 'Ines'

1. Introduction
1.1 This review examines the contact agencies had with Ines, a 36-year-old woman, and her estranged husband, Bruno, aged 40, before Ines was killed at her home on 3 May 2022.
1.2 Bruno stabbed Ines with a kitchen knife. Paramedics attended and Ines was pronounced dead at the scene.
3. Background
3.1 Ines experienced coercive and controlling behaviour throughout the marriage.
3.2 Bruno was unemployed after his contract was ended in January 2022.
3.3 Bruno's relatives told Ines that leaving him would bring shame on everyone, and she felt under pressure to reconcile.
3.4 In March 2022 Bruno waited outside her workplace every evening.
3.5 Ines's sister supported her and let her stay in the spare room.
6. Recommendations
6.1 Agencies should consider whether a victim's family could bring shame into account.
"""


@pytest.fixture(scope="module")
def case():
    doc = ExtractedDocument.from_pages("ines.txt", "6" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Ines", review_type="dhr", published="2023-06", incident_year=2022))
    return doc, code_case(group)


def _risks(person) -> set[str]:
    return {f"{r.context}:{r.type}" for r in person.risk_factors}


def test_characteristics_become_risks_in_their_setting(case):
    _, c = case
    v, p = c.victims()[0], c.perpetrators()[0]
    assert "home:abusive_behaviours" in _risks(v)
    assert "employment:other" in _risks(p)


def test_phrase_risks_go_to_the_person_they_concern(case):
    _, c = case
    v, p = c.victims()[0], c.perpetrators()[0]
    assert "employment:abusive_behaviours" in _risks(v)  # her workplace, though he is named
    assert "employment:abusive_behaviours" not in _risks(p)
    assert "family:harmful_gender_norms" in _risks(v) | _risks(p)


def test_risk_evidence_is_verbatim_and_never_a_recommendation(case):
    doc, c = case
    for person in c.people:
        for r in person.risk_factors:
            assert r.evidence
            for e in r.evidence:
                assert doc.text[e.start:e.end] == e.quote
                assert "should consider" not in e.quote


def test_protective_family_support(case):
    _, c = case
    v = c.victims()[0]
    assert "family" in {f.context for f in v.protective_factors}
