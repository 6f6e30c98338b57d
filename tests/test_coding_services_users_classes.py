"""Whose service it is: an illness named after a person ("the Parkinson's nurse") names no
one; a fronted clause ending in one principal is not coordinated with the next clause's
subject ("after she left Tobin, she rang the police"); a prison sentence the perpetrator
"had finished" is before, and so is an introduction's sentence dated years before the incident
("in HMP X between 2016 and 2017"); in a children's review a sentence naming no principal but the
children as a group ("the family received early help") is about the child victims."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

DHR = """Domestic Homicide Review
Overview Report into the death of Odile

1. Introduction
1.1 This review looks at the contact agencies had with Odile, aged 66, before her former husband Tobin killed her at her flat in 2023.
2. Background
2.1 Odile lived with Parkinson's disease. Parkinson's made her unsteady on her feet.
2.2 Odile was visited every month by the Parkinson's nurse from Quarrington Hospitals NHS Trust.
2.3 In May 2022, after she left Tobin, she rang the police to say that he was waiting outside her flat.
2.4 Tobin had finished a prison sentence for burglary in 2019.
"""

CSPR = """Child Safeguarding Practice Review
Child N

1. Introduction
1.1 This review concerns Child N, a boy aged 3, who was killed by his mother's partner, Garrick, at home in 2023.
2. What happened
2.1 In 2021 Child N was found alone at home at night.
2.2 For two years the family received early help support from the council.
"""


def _people(text: str, name: str, review_type: str) -> list:
    doc = ExtractedDocument.from_pages(name, "d5" * 32, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=name, review_type=review_type, published="2024-06", incident_year=2023))
    return code_case(group).people


@pytest.fixture(scope="module")
def dhr():
    return {p.role: {(s.service, s.timing) for s in p.services} for p in _people(DHR, "odile.txt", "dhr")}


def test_an_illness_named_after_a_person_names_no_one(dhr):
    assert ("acute_health", "prior") in dhr["victim"]


def test_a_fronted_clause_is_not_coordinated_with_the_subject(dhr):
    assert ("police", "prior") in dhr["victim"]
    assert ("police", "prior") not in dhr["perpetrator"]


def test_a_finished_prison_sentence_is_before(dhr):
    assert ("prison", "prior") in dhr["perpetrator"]


def test_the_family_in_a_childrens_review_is_the_child_victims():
    victims = [p for p in _people(CSPR, "childn.txt", "scr") if p.role == "victim"]
    assert victims and all(("early_help", "prior") in {(s.service, s.timing) for s in p.services} for p in victims)


IIR = """Independent Investigation
The care and treatment of Mr D

1. Introduction
1.1 Mr D killed his neighbour, Mr E, at his home in March 2021. Mr D was later sentenced to life imprisonment.
1.2 Ravelston Healthcare provided mental health care to Mr D while he was in HMP Dunmere between May 2016 and August 2016.
"""


def test_an_introduction_sentence_dated_years_earlier_is_before():
    perp = {(s.service, s.timing) for p in _people(IIR, "mrd.txt", "iir") if p.role == "perpetrator" for s in p.services}
    assert {("prison", "prior"), ("prison", "after")} <= perp


def test_the_year_in_an_acts_name_is_no_date():
    text = IIR.replace("1.2 Ravelston", "1.2 Mr D was detained in a secure hospital under section 37 of the Mental Health Act 1983.\n1.3 Ravelston")
    perp = {(s.service, s.timing) for p in _people(text, "mrd2.txt", "iir") if p.role == "perpetrator" for s in p.services}
    assert ("mh_inpatient", "after") in perp
