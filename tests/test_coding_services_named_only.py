"""Services named without being met, on small fictional reviews: a leaflet for a service, a
referral turned down or never attended, a question, a home described by its landlord's kind
("a housing association flat") or a bank's program; and what a disclosure of sexual abuse and a
court's sentence set off after the incident (the examination at a sexual assault referral
centre, "went to prison for five years")."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

DHR = """Domestic Homicide Review
Overview Report into the death of 'Ilse'

1. Introduction
1.1 This review examines the contact agencies had with Ilse, a 44-year-old woman, and her husband, Corwin, aged 47, before Corwin killed Ilse at her home on 9 May 2022.
2. Background
2.1 In 2019 Ilse moved into a housing association flat in Draymoor with Corwin.
2.2 Corwin often checked Ilse's bank app.
2.3 In 2020 the practice nurse gave Ilse a leaflet about Women's Aid.
2.4 In 2021 Corwin was offered a referral to the recovery service, which he did not take up.
2.5 In 2021 Corwin declined a referral to talking therapies.
2.6 Q: Was Ilse ever referred to MARAC?
3. After the homicide
3.1 Corwin was convicted of murder and went to prison for twenty years.
"""

CSPR = """Child Safeguarding Practice Review
Review concerning 'Posy'

1. Background
1.1 Posy, aged 12, lived with her mother and her mother's partner, Mr Brand.
1.2 Mr Brand sexually abused Posy over a year.
2. What happened
2.1 In March 2023 Posy told her teacher what Mr Brand had done.
2.2 The same day she was examined at the paediatric sexual assault referral centre.
"""


def _code(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages(f"{title}.txt", str(len(text)).rjust(64, "5"), "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=title, review_type=review_type, published="2023-06", incident_year=2022))
    return {p.role: {(s.service, s.timing) for s in p.services} for p in code_case(group).people}


@pytest.fixture(scope="module")
def dhr():
    return _code(DHR, "Ilse", "dhr")


@pytest.fixture(scope="module")
def cspr():
    return _code(CSPR, "Posy", "cspr")


def test_a_home_of_a_landlords_kind_is_no_housing_service(dhr):
    assert ("housing", "prior") not in dhr["victim"]


def test_a_banks_program_is_no_bank(dhr):
    assert ("private_sector", "prior") not in dhr["victim"] | dhr["perpetrator"]


def test_a_leaflet_about_a_service_is_no_contact_with_it(dhr):
    assert ("domestic_abuse_services", "prior") not in dhr["victim"]
    assert ("gp", "prior") in dhr["victim"]


def test_a_referral_turned_down_or_not_taken_up_is_no_service(dhr):
    assert ("substance_misuse_services", "prior") not in dhr["perpetrator"]
    assert ("mh_iapt_early_intervention", "prior") not in dhr["perpetrator"]


def test_a_question_asserts_no_service(dhr):
    assert ("marac", "prior") not in dhr["victim"]


def test_went_to_prison_for_years_is_custody_after(dhr):
    assert ("prison", "after") in dhr["perpetrator"]


def test_a_sexual_assault_referral_centre_after_a_disclosure(cspr):
    assert ("other", "after") in cspr["victim"]
    assert ("acute_health", "prior") not in cspr["victim"]
