"""Services per person and timing on a small fictional review: chronology rows dated after the
incident, 'no record of contact' lists, declined referrals, children's services for adults."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.coding.reader import ReviewDoc, incident_date, parse_date, phase
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT = """Domestic Homicide Review
Overview Report into the death of 'Rosa'
Published: June 2023

1. Introduction
1.1 This review examines the contact agencies had with Rosa, a 41-year-old woman, and her husband, Idris, aged 45, before Rosa was killed at her home on 3 May 2022.
1.2 Idris stabbed Rosa with a kitchen knife. Paramedics attended and Rosa was pronounced dead at the scene. Idris was arrested at the house.
1.3 In March 2023 Idris was convicted of murder and sentenced to life imprisonment.
2. Methodology
2.1 The following agencies were contacted and had no record of contact with Rosa or Idris: Wexmoor Housing; the Wexmoor Domestic Abuse Advocacy Service; and the Probation Service.
2.2 Reports were provided by:
• Northfield Surgery, Rosa's GP practice;
• the regional ambulance service.
3. Background
3.1 Rosa attended school and college locally and trained as a pharmacist.
3.2 Rosa often looked after her mother, who had dementia.
3.3 Idris was excluded from secondary school at the age of 14.
3.4 The GP offered Idris a referral to Wexmoor Talking Therapies, which he declined.
4. Chronology
10 January 2022 | Police | Rosa reported that Idris had thrown a plate at her. Officers attended.
2 March 2022 | Northfield Surgery | Rosa attended the GP with poor sleep.
3 May 2022 | Police / Ambulance Service | Neighbours called 999. Rosa was found with stab wounds.
4 May 2022 | Police | Idris was charged with murder.
5. Analysis
5.1 Had Idris been referred to the Wexmoor Drug and Alcohol Service, his drinking might have been addressed.
"""


@pytest.fixture(scope="module")
def case():
    doc = ExtractedDocument.from_pages("rosa.txt", "2" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Rosa", review_type="dhr", published="2023-06", incident_year=2022))
    return doc, code_case(group)


def _services(person) -> set[tuple[str, str]]:
    return {(s.service, s.timing) for s in person.services}


def test_dates_parse_and_order():
    assert parse_date("On 3 May 2022 Rosa was killed") == (2022, 5, 3)
    assert parse_date("in March 2023") == (2023, 3, None)
    assert parse_date("no date here") is None


def test_incident_date_ignores_the_trial_and_publication():
    doc = ExtractedDocument.from_pages("rosa.txt", "2" * 64, "text", [REPORT], numbered=False)
    rd = ReviewDoc.read(doc)
    assert incident_date(rd) == (2022, 5, 3)
    rows = {s.text[:12]: phase(rd, i) for i, s in enumerate(rd.sentences) if rd.section_kind(s.start) == "chronology"}
    assert rows["10 January 2"] == "prior" and rows["3 May 2022 |"] == "after" and rows["4 May 2022 |"] == "after"


def test_chronology_rows_after_the_incident_are_after(case):
    _, c = case
    v, p = c.victims()[0], c.perpetrators()[0]
    assert ("police", "prior") in _services(v) and ("gp", "prior") in _services(v)
    assert ("ambulance", "after") in _services(v)
    assert ("ambulance", "prior") not in _services(v)  # the incident's own row is not before it
    assert ("police", "after") in _services(p) and ("prison", "after") in _services(p)


def test_no_record_of_contact_list_names_no_service(case):
    _, c = case
    coded = {s.service for person in c.people for s in person.services}
    assert not coded & {"housing", "domestic_abuse_services", "probation"}


def test_childrens_services_are_not_an_adults(case):
    _, c = case
    v, p = c.victims()[0], c.perpetrators()[0]
    assert not any(s.service == "school" for s in v.services + p.services)
    assert not any(s.service == "csc_looked_after" for s in v.services)  # she looked after her mother


def test_declined_and_hypothetical_referrals_are_not_services(case):
    _, c = case
    p = c.perpetrators()[0]
    assert not any(s.service in ("mh_iapt_early_intervention", "substance_misuse_services") for s in p.services)


def test_a_list_item_belongs_to_its_own_name(case):
    _, c = case
    assert ("ambulance", "prior") not in {pair for person in c.people for pair in _services(person)}


DISCLOSURE = """Child Safeguarding Practice Review: Child S

1. Introduction
1.1 In May 2023 Child S told her teacher that her step-father had been sexually abusing her.
4. Chronology
3 March 2023 | GP | Child S seen with a sore throat.
15 May 2023 | School | Child S disclosed sexual abuse to her teacher.
16 May 2023 | Police | Step-father arrested.
20 June 2023 | CAMHS | Therapy began.
"""


def test_rows_from_the_disclosure_on_are_after_in_a_non_fatal_review():
    doc = ExtractedDocument.from_pages("s.txt", "d" * 64, "text", [DISCLOSURE], numbered=False)
    rd = ReviewDoc.read(doc)
    assert incident_date(rd) == (2023, 5, None)
    rows = {s.text[:8]: phase(rd, i) for i, s in enumerate(rd.sentences) if s.text[:1].isdigit() and rd.section_kind(s.start) == "chronology"}
    assert rows["3 March "] == "prior"
    assert rows["15 May 2"] == "after" and rows["16 May 2"] == "after" and rows["20 June "] == "after"


def test_a_name_after_by_is_the_agent_not_the_user():
    from reviewsynth.coding.cast import MentionFinder, build_cast
    from reviewsynth.coding.codes import _service_users
    from reviewsynth.coding.lexicon import PhraseMatcher

    doc = ExtractedDocument.from_pages("rosa.txt", "2" * 64, "text", [REPORT + "3.5 Idris came to the UK on a spouse visa sponsored by Rosa.\n"], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, "Rosa")
    mf = MentionFinder(rd, cast)
    hit = PhraseMatcher({"immigration": ["spouse visa"]}).find(rd.text)[0]
    users = _service_users(rd, mf, rd.sentence_index(hit.start), hit)
    assert users == {cast.perpetrators[0].person_id}


def test_incident_date_ignores_the_verdict():
    text = ("Independent Investigation\n\n1. Introduction\n1.1 On 16 May 2021 Service user Q stabbed his friend in a car park.\n"
            "1.2 In February 2022 Q was found not guilty of murder but guilty of manslaughter.\n")
    doc = ExtractedDocument.from_pages("q.txt", "2" * 64, "text", [text], numbered=False)
    assert incident_date(ReviewDoc.read(doc)) == (2021, 5, 16)


def test_incident_date_without_an_introduction_heading():
    text = ("Adult Practice Review Report\nDate of publication: June 2024\n\nCircumstances resulting in the review\n\n"
            "Adult R died on 19 November 2022 at a supported housing scheme.\nHe was killed by another tenant.\n"
            "In June 2023 the tenant was convicted of murder.\n")
    doc = ExtractedDocument.from_pages("r.txt", "2" * 64, "text", [text], numbered=False)
    assert incident_date(ReviewDoc.read(doc)) == (2022, 11, 19)
