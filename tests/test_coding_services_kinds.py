"""Kinds of service wording, on small fictional reviews: a bare "officers" is the police, the
subject of the service's verb is its user, a court's sentence is prison after wherever it is
told, a children's review's victim is a child, a children's service dated to an adult's own
childhood is theirs, a bank card is not a bank, and the family court is an "other" service."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

DHR = """Domestic Homicide Review
Overview Report into the death of 'Nell'

1. Introduction
1.1 This review examines the contact agencies had with Nell, a 38-year-old woman, and her partner, Tobias, aged 40, before Tobias killed Nell at her home on 4 June 2022.
2. Background
2.1 In 2020 Nell told officers that Tobias had hit her.
2.2 Tobias met his housing officer twice in 2019.
2.3 Tobias was made subject to a child protection plan in 1994.
2.4 Tobias took Nell's bank card in 2021.
2.5 Contact with his daughter took place at Tobias's flat under a child arrangements order made by the family court in 2020.
3. Chronology
3.1 In March 2021 Nell saw her GP about low mood.
3.2 In March 2023 he was convicted and sentenced to eighteen years' imprisonment.
"""

CSPR = """Child Safeguarding Practice Review
Review concerning 'Wren'

1. Background
1.1 Wren lived with her mother and her stepfather, Mr Dace, in a flat in Oldbury.
1.2 Mr Dace sexually abused Wren over two years.
2. What happened
2.1 In 2022 Wren's class teacher at her primary school noticed that she was withdrawn.
"""


def _code(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages(f"{title}.txt", str(len(text)).rjust(64, "7"), "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=title, review_type=review_type, published="2023-06", incident_year=2022))
    return {p.role: {(s.service, s.timing) for s in p.services} for p in code_case(group).people}


@pytest.fixture(scope="module")
def dhr():
    return _code(DHR, "Nell", "dhr")


def test_bare_officers_are_the_police_of_the_one_who_told_them(dhr):
    assert ("police", "prior") in dhr["victim"]
    assert ("police", "prior") not in dhr["perpetrator"]


def test_a_qualified_officer_is_another_agency(dhr):
    assert ("housing", "prior") in dhr["perpetrator"]
    assert ("police", "prior") not in dhr["perpetrator"]


def test_a_sentence_of_imprisonment_is_prison_after_for_the_perpetrator(dhr):
    assert ("prison", "after") in dhr["perpetrator"]
    assert not {s for s in dhr["victim"] if s[0] == "prison"}


def test_a_childrens_service_dated_to_an_adults_childhood(dhr):
    assert ("csc_cin_cp", "prior") in dhr["perpetrator"]


def test_a_bank_card_is_not_a_bank(dhr):
    assert ("private_sector", "prior") not in dhr["victim"] | dhr["perpetrator"]


def test_the_family_court_is_another_service(dhr):
    assert ("other", "prior") in dhr["perpetrator"]


def test_a_childrens_review_victim_of_unknown_age_is_a_child():
    assert ("school", "prior") in _code(CSPR, "Wren", "scr")["victim"]
