"""Interventions by level and how much the report says at each level (method.md 4.7-4.8)."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT = """Child Safeguarding Practice Review: Child V

1. Introduction
1.1 This review concerns a 15-year-old boy, referred to as Child V, who was stabbed by a 17-year-old, Young Person C, on the Larch estate in March 2023. Child V survived.
1.2 Young Person C was convicted of wounding and sentenced to four years' detention.
2. Background
2.1 Child V lived with his mother and two sisters. V was excluded from school in 2022. V's school referred him to the educational psychologist.
2.2 Children's social care held a child protection plan for Child V from 2022. His social worker visited the family at home.
2.3 V's friends were older boys involved in county lines drug dealing on the Larch estate. V was exploited by the group.
2.4 No contextual safeguarding assessment of the Larch estate was made. The school told his mother that V could return after the exclusion.
3. Recommendations
3.1 The partnership should commission family therapy for children at risk.
"""


@pytest.fixture(scope="module")
def case():
    doc = ExtractedDocument.from_pages("v.txt", "5" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Child V", review_type="scr", published="2024-01", incident_year=2023))
    return code_case(group)


def test_levels_of_intervention(case):
    levels = {i.level: i.intervened for i in case.interventions}
    assert levels["individual"] is True
    assert levels["home"] is True  # a child protection plan works with the household
    assert levels["peer_group"] is False  # youth peer violence with no peer work stated
    # The contextual safeguarding assessment is negated: nothing is done in the neighbourhood.
    assert levels["neighbourhood"] in (False, None)


def test_information_levels(case):
    assert case.information_levels["individual"] == "high"
    assert case.information_levels["school"] in ("medium", "high")
    assert case.information_levels["peer_group"] == "medium"
