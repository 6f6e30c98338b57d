"""Police and mental health wording, on small fictional reviews: a killer who reports the killing
to the police meets them after it; PCSOs are the police; a
liaison and diversion team and a prison's mental health in-reach team are mental health services;
a child interviewed by a specialist officer after disclosing abuse meets the police after it."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

DHR = """Domestic Homicide Review
Overview Report into the death of 'Rosalind'

1. Introduction
1.1 This review examines the contact agencies had with Rosalind, a 58-year-old woman, and her husband, Alaric, aged 61, before Alaric killed Rosalind at their home on 6 October 2022.
1.2 Alaric reported the killing to the police the next morning.
2. Background
2.1 In 2020 two PCSOs visited Rosalind after a neighbour's complaint.
2.2 In 2019 Alaric was seen by the liaison and diversion team at the magistrates' court.
2.3 In 2018 the prison mental health in-reach team assessed Alaric.
"""

CSPR = """Child Safeguarding Practice Review
Review concerning 'Tamsin'

1. Background
1.1 Tamsin, aged 11, lived with her mother and her mother's partner, Mr Orme.
1.2 Mr Orme sexually abused Tamsin over a year.
2. What happened
2.1 In May 2023 Tamsin told her teacher what Mr Orme had done.
2.2 The next day Tamsin was interviewed by a specialist officer.
"""


def _code(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages(f"{title}.txt", str(len(text)).rjust(64, "9"), "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=title, review_type=review_type, published="2023-06", incident_year=2022))
    return {p.role: {(s.service, s.timing) for s in p.services} for p in code_case(group).people}


@pytest.fixture(scope="module")
def dhr():
    return _code(DHR, "Rosalind", "dhr")


def test_reporting_the_killing_to_the_police_is_police_after(dhr):
    assert ("police", "after") in dhr["perpetrator"]
    assert ("police", "prior") not in dhr["perpetrator"]


def test_pcsos_are_the_police(dhr):
    assert ("police", "prior") in dhr["victim"]


def test_liaison_and_diversion_and_in_reach_teams_are_mental_health_services(dhr):
    assert ("mh_other", "prior") in dhr["perpetrator"]


def test_an_interview_by_a_specialist_officer_after_a_disclosure_is_police_after():
    cspr = _code(CSPR, "Tamsin", "cspr")
    assert ("police", "after") in cspr["victim"]
