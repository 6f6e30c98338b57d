"""Services in an excluded review: a review screened out (self-neglect, a suicide without peer
violence) still keeps its people and the agencies that were involved with them."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

SAR = """Safeguarding Adults Review: Mr Odell

1. Introduction
1.1 This review looks at the support given to Mr Odell, a 74-year-old man who lived alone, before he died of self-neglect at his home in the winter of 2023.
2. Background
2.1 Mr Odell's GP practice saw him at home three times in 2022 about his breathing.
2.2 In March 2023 Mr Odell was admitted to Harlow Vale Infirmary after a fall and discharged two weeks later.
2.3 Community nurses visited Mr Odell weekly to dress his legs.
"""


@pytest.fixture(scope="module")
def case():
    doc = ExtractedDocument.from_pages("odell.txt", "e1" * 32, "text", [SAR], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Mr Odell", review_type="sar", published="2024-05", incident_year=2023))
    return code_case(group)


def test_an_excluded_review_keeps_the_services_of_its_people(case):
    assert case.screening.decision == "exclude"
    victim = next(p for p in case.people if p.role == "victim")
    assert {("gp", "prior"), ("acute_health", "prior"), ("other", "prior")} <= {(s.service, s.timing) for s in victim.services}
