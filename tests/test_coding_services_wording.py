"""Service wording classes: a hospital by its own name, a home care firm named "Homecare",
work at an agency (no contact), a report to the police made by a relative, a chronology's
prose continuing the sentence before, a bare 999 call (no ambulance named), and the arrest
and prison told in the active voice or the present tense."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

DHR = """Domestic Homicide Review
Overview Report into the death of Wren

1. Introduction
1.1 This review examines the contact agencies had with Wren, a 41-year-old woman, and her husband, Ansel, before Ansel killed Wren at their home in May 2023.
1.2 A neighbour heard screaming and rang 999. Wren was pronounced dead at the scene. Police arrested Ansel at the house. Ansel went to prison for life.
2. Background
2.1 Wren worked at Copperdale General Hospital as a porter for ten years.
2.2 In 2021 Wren spent a week at Marlow Vale Hospital after a fall.
2.3 In 2022 a threatening message was reported to the police by Wren's sister.
2.4 Ansel had a care package from 2021, delivered by Thistlebrook Homecare.
3. Chronology
3.1 In March 2022 Ansel moved into a hostel.
A drug worker visited fortnightly.
"""


@pytest.fixture(scope="module")
def people():
    doc = ExtractedDocument.from_pages("wren.txt", "a7" * 32, "text", [DHR], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Wren", review_type="dhr", published="2024-06", incident_year=2023))
    return {p.role: {(s.service, s.timing) for s in p.services} for p in code_case(group).people}


def test_a_bare_999_call_names_no_ambulance(people):
    assert not {s for s in people["victim"] if s[0] == "ambulance"}


def test_an_arrest_and_prison_in_the_active_voice_are_after(people):
    assert {("police", "after"), ("prison", "after")} <= people["perpetrator"]


def test_a_hospital_by_its_own_name_and_work_there(people):
    assert ("acute_health", "prior") in people["victim"]  # the stay at Marlow Vale Hospital
    victim = code_case(CaseGroup("c2", [GroupedDocument(ExtractedDocument.from_pages(
        "w.txt", "a8" * 32, "text", [DHR.replace("2.2 In 2021 Wren spent a week at Marlow Vale Hospital after a fall.\n", "")],
        numbered=False), "overview_report", True)], CaseMeta(title="Wren", review_type="dhr", incident_year=2023)))
    assert "acute_health" not in {s.service for p in victim.people if p.role == "victim" for s in p.services}


def test_a_report_to_the_police_by_a_relative_is_about_the_principal(people):
    assert ("police", "prior") in people["victim"]


def test_a_homecare_firm_is_private_sector(people):
    assert ("private_sector", "prior") in people["perpetrator"]


def test_chronology_prose_continues_the_sentence_before(people):
    assert ("substance_misuse_services", "prior") in people["perpetrator"]


IIR = """Independent investigation into the care and treatment of Mr Q

1. Introduction
1.1 In June 2023 Mr Q killed his neighbour, Mrs Lyle, aged 70, at her flat. Mr Q was made subject to hospital and restriction orders under the Mental Health Act.
1.2 The decision to hold this investigation was taken in August 2023 and the Home Office has been notified.
2. Background
2.1 Mr Q moved in with his brother after his tenancy ended with rent arrears.
2.2 In 2022 Mr Q was arrested for a public order offence and released under investigation; officers did not ask for an assessment in custody.
2.3 The panel accepts the jobcentre's view that it could not have known of the risk to Mrs Lyle.
2.4 This briefing is for staff in health, adult social care and the voluntary sector.
2.5 Mrs Lyle saw her GP about her hearing in 2022.
Finding 2: The police did not share what they knew.
"""


@pytest.fixture(scope="module")
def iir_people():
    doc = ExtractedDocument.from_pages("q.txt", "b9" * 32, "text", [IIR], numbered=False)
    group = CaseGroup("c3", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Mr Q", review_type="iir", published="2024-06", incident_year=2023))
    return {p.role: {(s.service, s.timing) for s in p.services} for p in code_case(group).people}


def test_hospital_and_restriction_orders_are_a_secure_hospital_after(iir_people):
    assert ("mh_inpatient", "after") in iir_people["perpetrator"]


def test_a_past_tenancy_and_police_custody_are_no_services(iir_people):
    assert not {s for s in iir_people["perpetrator"] if s[0] in ("housing", "prison") and s[1] == "prior"}


def test_the_reviews_own_steps_and_audience_name_no_service(iir_people):
    named = {s[0] for role in iir_people.values() for s in role}
    assert not named & {"immigration", "jobcentre", "adult_social_care", "voluntary_sector"}


def test_a_labelled_finding_starts_afresh(iir_people):
    assert ("gp", "prior") in iir_people["victim"]
    assert ("police", "prior") not in iir_people["victim"]


REVIEWER = """Domestic Homicide Review: Hollis

1. Introduction
1.1 Hollis, aged 52, was killed by her husband, Bram, in 2023.
1.2 The independent chair, Ines Oakridge, is a former probation officer who has worked as a reviewer since 2018.
1.3 We also spoke with two practitioners: a paramedic and a housing officer.
2. Background
2.1 Hollis saw her GP about low mood in 2022. Bram was supervised by probation in 2021.
"""


def test_the_reviewer_s_background_and_whom_the_review_met_name_no_service():
    doc = ExtractedDocument.from_pages("hollis.txt", "b8" * 32, "text", [REVIEWER], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Hollis", review_type="dhr", published="2024", incident_year=2023))
    found = {p.role: {s.service for s in p.services} for p in code_case(group).people}
    assert found["victim"] == {"gp"}
    assert found["perpetrator"] >= {"probation"}
    assert not ({"ambulance", "housing"} & (found["victim"] | found["perpetrator"]))


def test_a_numbered_prison_sentence_that_followed_is_after():
    text = ("Child Safeguarding Practice Review: Baby Ruel\n\n1.1 Baby Ruel, aged ten weeks, was shaken by his "
            "father, Dace, in 2023 and survived with injuries. In 2024 Dace admitted causing grievous bodily harm, "
            "and a six-year prison sentence followed.\n")
    doc = ExtractedDocument.from_pages("ruel.txt", "c9" * 32, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Baby Ruel", review_type="cspr", published="2024", incident_year=2023))
    perp = next(p for p in code_case(group).people if p.role == "perpetrator")
    assert ("prison", "after") in {(s.service, s.timing) for s in perp.services}
