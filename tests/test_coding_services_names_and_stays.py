"""A service word inside a review's or a board's name names no service; a stay in hospital is a
mental health stay only where the sentence says it is one (fictional sentences)."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

SAR = """Safeguarding Adults Review: Mr Quennell

1. Introduction
1.1 The Harlow Vale Safeguarding Adults Board commissioned this Safeguarding Adults Review after Mr Quennell, aged 72, was killed by his lodger, Mr Pike, aged 35, in May 2022.
2. Background
2.1 In 2019 Mr Quennell was admitted to Harlow Vale Infirmary after a fall and stayed on a surgical ward for a week.
2.2 In 2020 Mr Pike was admitted to Larch Ward, the acute mental health ward at St Olave's, for three weeks.
2.3 In 2021 Mr Pike was admitted informally to Birch Ward.
2.4 Mr Pike was convicted of manslaughter.
"""


def _services() -> dict[str, set[tuple[str, str]]]:
    doc = ExtractedDocument.from_pages("q.txt", "5e" * 32, "text", [SAR], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Mr Quennell", review_type="sar", published="2023-06", incident_year=2022))
    return {p.role: {(s.service, s.timing) for s in p.services} for p in code_case(group).people}


def test_the_review_and_board_names_are_no_adult_social_care():
    assert ("adult_social_care", "prior") not in _services()["victim"]


def test_an_admission_to_a_general_hospital_is_acute_care_not_a_mental_health_ward():
    victim = _services()["victim"]
    assert ("acute_health", "prior") in victim
    assert ("mh_inpatient", "prior") not in victim


def test_an_admission_the_sentence_calls_mental_health_or_informal_is_a_mental_health_stay():
    assert ("mh_inpatient", "prior") in _services()["perpetrator"]


CSPR = """Child Safeguarding Practice Review: Child Q

1. Introduction
1.1 This review concerns Child Q, aged 12, who was stabbed by his uncle, Mr Lark, aged 30, at home in June 2022.
2. What happened
2.1 In March 2021 an ambulance took Child Q to hospital after an asthma attack.
2.2 A neighbour sat with Child Q until the paramedics arrived and took him to the trauma centre.
2.3 The fire service searched its records and found no contact with Child Q or Mr Lark.
2.4 Mr Lark was convicted of wounding with intent.
"""


def _child_services() -> dict[str, set[tuple[str, str]]]:
    doc = ExtractedDocument.from_pages("cq.txt", "6f" * 32, "text", [CSPR], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Child Q", review_type="scr", published="2023-06", incident_year=2022))
    return {p.role: {(s.service, s.timing) for s in p.services} for p in code_case(group).people}


def test_an_ambulance_told_with_an_earlier_date_is_before_and_undated_is_the_response():
    victim = _child_services()["victim"]
    assert ("ambulance", "prior") in victim  # March 2021, before the incident
    assert ("ambulance", "after") in victim  # the paramedics who came to him


def test_records_searched_and_found_empty_name_no_service():
    services = _child_services()
    assert all(code != "other" for code, _ in services["victim"] | services.get("perpetrator", set()))
