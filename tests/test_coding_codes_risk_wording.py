"""Risk factors in other review styles' wording: a child's exposure to abuse between parents is
abuse at home; job loss is an employment risk unless it was long ago; a notice to quit is a
housing pressure at home; a contextual safeguarding gap names a neighbourhood risk."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT = """Serious Case Review
Child L

1. Introduction
1.1 This review examines the contact agencies had with Child L, aged 6, and her father, Anton, aged 38, before Child L was killed at the family home on 2 March 2022.
1.2 Anton stabbed Child L. Anton was arrested.
3. Background
3.1 Child L witnessed domestic abuse between her parents.
3.2 Anton was made redundant in November 2021.
3.3 Anton was also made redundant in 1999.
3.4 The landlord served a notice to quit on Child L's mother in January 2022.
"""

OLD_ONLY = REPORT.replace("3.2 Anton was made redundant in November 2021.\n", "")


def _case(text: str):
    doc = ExtractedDocument.from_pages("l.txt", "9" * 64, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Child L", review_type="scr", published="2023-06", incident_year=2022))
    return code_case(group)


def _risks(person) -> set[str]:
    return {f"{r.context}:{r.type}" for r in person.risk_factors}


@pytest.fixture(scope="module")
def case():
    return _case(REPORT)


def test_exposure_to_abuse_between_parents_is_abuse_at_home(case):
    assert "home:abusive_behaviours" in _risks(case.victims()[0])


def test_recent_job_loss_is_an_employment_risk(case):
    assert "employment:other" in _risks(case.perpetrators()[0])


def test_job_loss_long_ago_is_not():
    assert "employment:other" not in _risks(_case(OLD_ONLY).perpetrators()[0])


def test_notice_to_quit_is_a_pressure_at_home(case):
    assert "home:other" in _risks(case.victims()[0])
