"""Protective factors: a supporter and a supportive act, for the principal they stand by."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT = """Domestic Homicide Review
Overview Report into the death of 'Alma'
Published: June 2023

1. Introduction
1.1 This review examines the contact agencies had with Alma, a 70-year-old woman, and her son, Teo, aged 41, before Alma was killed at her home on 3 May 2022.
1.2 Teo killed Alma with a hammer. Paramedics attended and Alma was pronounced dead at the scene.
1.3 In March 2023 Teo was convicted of murder and sentenced to life imprisonment.
2. Terms of reference
2.1 The review examines agency contact from 2019.
3. Background
3.1 Alma's neighbour held a key to her flat and kept an eye on her.
3.2 Teo's brother was his only regular visitor.
3.3 Alma had little family support after her husband died.
3.4 Alma was a devoted grandmother.
3.5 Teo was 41 at the time of the homicide.
4. Chronology
10 January 2022 | Police | Alma reported that Teo had shouted at her.
5. Analysis
5.1 Agencies did not see the risk to Alma.
6. Recommendations
6.1 Agencies should ask whether a neighbour could be a trusted contact.
"""


def test_supporters_and_whom_they_support():
    doc = ExtractedDocument.from_pages("alma.txt", "b" * 64, "text", [REPORT], numbered=False)
    case = code_case(CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                               CaseMeta(title="Alma", review_type="dhr", published="2023-06", incident_year=2022)))
    v, p = case.victims()[0], case.perpetrators()[0]
    assert "neighbourhood" in {f.context for f in v.protective_factors}
    assert "family" in {f.context for f in p.protective_factors}  # his brother visits him
    assert "family" not in {f.context for f in v.protective_factors}  # little family support; devoted is no support
    for person in (v, p):
        for f in person.protective_factors:
            assert all(doc.text[e.start:e.end] == e.quote and "should" not in e.quote for e in f.evidence)
