"""Service classes met in review styles the engine was not fitted to: learning disability
teams, crisis/home treatment teams, youth justice services, surgery that is not a GP, a home
in a housing association house, and the sentence passed for the index offence."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.coding.lexicon import PhraseMatcher, load_lexicon, outermost
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument


@pytest.fixture(scope="module")
def matcher():
    codes = load_lexicon("services")["codes"]
    return PhraseMatcher({c: s.get("phrases", []) for c, s in codes.items()})


@pytest.mark.parametrize(("sentence", "service"), [
    ("The Community Team for Learning Disabilities reviewed his plan.", "adult_social_care"),
    ("A CTLD social worker visited.", "adult_social_care"),
    ("The Crisis Resolution and Home Treatment Team saw her daily.", "mh_other"),
    ("His father rang the CRHTT.", "mh_other"),
    ("The YJS worker met him twice.", "youth_offending"),
])
def test_named_teams(matcher, sentence, service):
    assert service in {h.key for h in outermost(matcher.find(sentence))}


def test_learning_disability_team_is_not_the_cmht(matcher):
    keys = {h.key for h in outermost(matcher.find("The Community Team for Learning Disabilities asked housing to help."))}
    assert "mh_community" not in keys


REPORT = """Child Safeguarding Practice Review
Child Q

1. Introduction
1.1 This review examines the contact agencies had with Child Q, aged 15, and Kyle, aged 17, before Kyle stabbed Child Q in a park in Ashby on 2 March 2023.
1.2 Child Q needed emergency surgery and made a slow recovery.
1.3 Kyle was convicted and sentenced to four years' detention.
3. Background
3.1 Child Q lived with his mother in a housing association house in Ashby.
3.2 Child Q was known to the YJS from 2022.
"""


@pytest.fixture(scope="module")
def case():
    doc = ExtractedDocument.from_pages("q.txt", "7" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Child Q", review_type="cspr", published="2024-01", incident_year=2023))
    return code_case(group)


@pytest.fixture(scope="module")
def services(case):
    return {(p.role, s.service, s.timing) for p in case.people for s in p.services}


def test_surgery_after_a_stabbing_is_not_a_gp(services):
    assert not any(svc == "gp" for _, svc, _ in services)


def test_living_in_social_housing_is_not_a_housing_service(services):
    assert not any(svc == "housing" for _, svc, _ in services)


def test_sentence_for_the_index_offence_is_custody_after(services):
    assert ("perpetrator", "prison", "after") in services


def test_the_index_conviction_is_not_prior_offending(case):
    assert not any(c.code == "offending" for c in case.perpetrators()[0].characteristics)


RESPONSE = """Child Safeguarding Practice Review
Child R

1. Introduction
1.1 This review examines the contact agencies had with Child R, aged 14, and Mason, aged 16, before Mason stabbed Child R outside a shop in Ashby on 4 April 2023.
3. Background
3.1 Child R was placed on a waiting list for the Ashby mentoring project and was never allocated a mentor.
3.2 The police did not regard Child R as a member of any gang.
4. The incident
4.1 On 4 April 2023 Mason stabbed Child R in the leg.
4.2 Child R was taken by ambulance to Ashby General Hospital.
4.3 After the incident the family were moved to emergency accommodation by Ashby Council Housing.
"""


@pytest.fixture(scope="module")
def response():
    doc = ExtractedDocument.from_pages("r.txt", "8" * 64, "text", [RESPONSE], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Child R", review_type="cspr", published="2024-01", incident_year=2023))
    return code_case(group)


def test_the_emergency_response_is_after_not_before(response):
    v = response.victims()[0]
    timed = {(s.service, s.timing) for s in v.services}
    assert ("ambulance", "after") in timed and ("ambulance", "prior") not in timed


def test_a_move_after_the_incident_is_after(response):
    timed = {(s.service, s.timing) for s in response.victims()[0].services}
    assert ("housing", "prior") not in timed


def test_a_waiting_list_never_allocated_is_no_service(response):
    assert not any(s.service == "voluntary_sector" for s in response.victims()[0].services)


def test_not_regarded_as_a_gang_member(response):
    assert not any(c.code == "gang_affiliation" for c in response.victims()[0].characteristics)
