"""A children's service's generic staff met by an adult, and a body's limits in plain words, on
small fictional reviews: "a social worker rang" an old woman in an adults' review is adult social
care (but not when the sentence is about her children, nor where the review names children's
social care, whose staff they then are); walking only with a frame, being unable
to get out of bed and having lost one's hearing are a disability."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

SAR = """Safeguarding Adults Review
Review concerning 'Wilhelmina'

1. Introduction
1.1 This review examines the contact agencies had with Wilhelmina, aged 81, before her grandson, Fenwick, aged 30, killed her at her home on 3 March 2023.
2. Background
2.1 By 2021 Wilhelmina walked only with a frame and was unable to get out of bed without help.
2.2 She had lost most of her hearing.
2.3 In 2022 a social worker rang Wilhelmina twice.
"""

DHR = """Domestic Homicide Review
Overview Report into the death of 'Marta'

1. Introduction
1.1 This review examines the contact agencies had with Marta, a 36-year-old woman, and her partner, Evander, aged 39, before Evander killed Marta at her home on 2 April 2022.
2. Background
2.1 In 2021 the social worker visited the children at home and spoke to Marta.
2.2 Children's social care closed the case in late 2021.
2.3 In 2022 a social worker rang Marta once.
"""


def _code(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages(f"{title}.txt", str(len(text)).rjust(64, "3"), "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=title, review_type=review_type, published="2023-06", incident_year=2022))
    return {p.role: p for p in code_case(group).people}


@pytest.fixture(scope="module")
def sar():
    return _code(SAR, "Wilhelmina", "sar")


@pytest.fixture(scope="module")
def dhr():
    return _code(DHR, "Marta", "dhr")


def _services(person):
    return {(s.service, s.timing) for s in person.services}


def test_an_adults_social_worker_is_adult_social_care(sar):
    assert ("adult_social_care", "prior") in _services(sar["victim"])


def test_a_social_worker_for_the_children_or_of_a_named_childrens_service_is_not_adult_social_care(dhr):
    assert ("adult_social_care", "prior") not in _services(dhr["victim"])


def test_plain_words_for_limited_mobility_and_a_lost_sense_are_a_disability(sar):
    assert "disability" in {c.code for c in sar["victim"].characteristics}
