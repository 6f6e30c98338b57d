"""Service classes of contact and timing: an agency the negated object of a verb of contact
("was not contacted", "nobody told the GP") was not met; the possessor of a service's name
is its user, whoever the verb's subject is ("he rang her home care agency"); a chronology
told in the present tense ("stabs", "dies", "is arrested") and an injury told in plain words
("Her arm was broken.") tell the incident, so the arrest and the stay in hospital after them
are after it; so is a living victim's care once out of hospital; a stay in hospital for
psychosis is not acute care; a service the subject of a negated verb of knowing ("the IDVA
did not know") tells no contact; "<Name> Housing Support" is a voluntary provider; a plan held
is no contact with a SEND service; the hospital a victim died in is the place of the death, not
care received."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

DHR = """Domestic Homicide Review
Overview Report into the death of Ilsa

1. Introduction
1.1 This review looks at the contact agencies had with Ilsa, a 68-year-old woman, and her husband, Corvin, aged 70, before Corvin killed Ilsa at home in 2023.
2. Background
2.1 Ilsa had help at home from Bramblegate Homecare from 2021, three visits a day.
2.2 In March 2023 Corvin rang her home care agency and said that he would do the evening visits himself.
2.3 Adult social care was not contacted about the change, and nobody told the probation service about Corvin's earlier conviction.
3. Analysis
| Agency | What it knew |
| GP | Ilsa sees the GP about her hip. |
| - | Corvin stabs Ilsa in the kitchen. Ilsa dies at the scene. Corvin is arrested at the house. |
"""

EASY = """Safeguarding Adults Review
What happened to Tamsin

Tamsin is 34. She has a learning disability.
She lives in her own flat.
Staff from her support service help her every day.

What happened
In 2022 Tamsin met a man called Hollis.
One night in May 2023 Hollis hit Tamsin very hard.
Her arm was broken.
A neighbour called an ambulance.
She stayed in hospital for ten days.

The police arrested Hollis.
"""


def _people(text: str, name: str, review_type: str) -> dict[str, set[tuple[str, str]]]:
    doc = ExtractedDocument.from_pages(name, "c4" * 32, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=name, review_type=review_type, published="2024-06", incident_year=2023))
    return {p.role: {(s.service, s.timing) for s in p.services} for p in code_case(group).people}


@pytest.fixture(scope="module")
def dhr():
    return _people(DHR, "ilsa.txt", "dhr")


@pytest.fixture(scope="module")
def easy():
    return _people(EASY, "tamsin.txt", "sar")


def test_a_service_not_contacted_is_not_coded(dhr):
    assert not {s for who in dhr.values() for s in who if s[0] in ("adult_social_care", "probation")}


def test_the_possessor_of_a_service_is_its_user(dhr):
    assert ("private_sector", "prior") in dhr["victim"]
    assert ("private_sector", "prior") not in dhr["perpetrator"]


def test_a_present_tense_chronology_tells_the_incident(dhr):
    assert ("police", "after") in dhr["perpetrator"]


def test_an_injury_in_plain_words_tells_the_incident(easy):
    assert ("police", "after") in easy["perpetrator"]
    assert ("acute_health", "after") in easy["victim"]


def test_information_a_service_held_that_was_not_shared_is_no_contact():
    text = DHR.replace("2.3 Adult social care was not contacted", "2.3 Information held by the probation service and the housing team about Corvin was not shared. Adult social care was not contacted")
    people = _people(text, "ilsa2.txt", "dhr")
    assert not {s for who in people.values() for s in who if s[0] in ("probation", "housing")}


def test_a_living_victims_care_after_leaving_hospital_is_after():
    people = _people(EASY + "An IDVA visited Tamsin at home after she came out of hospital.\n", "tamsin2.txt", "sar")
    assert ("domestic_abuse_services", "after") in people["victim"]
    assert ("domestic_abuse_services", "prior") not in people["victim"]


def test_a_hospital_stay_for_psychosis_is_not_acute_care():
    text = DHR.replace("3. Analysis", "2.4 In 2019 Corvin spent a month on a ward at Lindle Hospital with psychosis.\n3. Analysis")
    perp = _people(text, "ilsa3.txt", "dhr")["perpetrator"]
    assert ("acute_health", "prior") not in perp and ("mh_inpatient", "prior") in perp


def test_what_a_service_did_not_know_tells_no_contact():
    text = DHR.replace("3. Analysis", "2.5 The IDVA did not know whether Corvin was at home.\n2.6 The police did not pass this on to the housing team.\n3. Analysis")
    people = _people(text, "ilsa4.txt", "dhr")
    assert not {s for who in people.values() for s in who if s[0] in ("domestic_abuse_services", "housing")}


def test_a_housing_support_provider_is_voluntary_and_a_plan_is_no_send_service():
    text = EASY.replace("Staff from her support service help her every day.",
                        "Fernway Housing Support gives Tamsin four hours of help a week.\nShe has an education, health and care plan from school.")
    victim = _people(text, "tamsin3.txt", "sar")["victim"]
    assert ("voluntary_sector", "prior") in victim
    assert not {s for s in victim if s[0] in ("housing", "send_services")}


def test_the_place_of_a_death_is_no_care_received():
    text = DHR.replace("3. Analysis", "2.7 Corvin hit Ilsa with a hammer in June 2023, and Ilsa died in Lindle General Hospital two days later.\n3. Analysis")
    victim = _people(text, "ilsa5.txt", "dhr")["victim"]
    assert not {s for s in victim if s[0] == "acute_health"}


def test_no_agency_as_subject_or_a_referral_not_made_is_no_contact():
    text = DHR.replace("3. Analysis", "2.8 No agency asked Ilsa about her safety or linked her with a befriending service.\n2.9 Ilsa was never referred to the memory service.\n3. Analysis")
    victim = _people(text, "ilsa6.txt", "dhr")["victim"]
    assert not {s for s in victim if s[0] in ("voluntary_sector", "mh_other")}
