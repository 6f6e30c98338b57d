"""code_case on a small fictional review: cast, modifiers, experiencer, services, grounding."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.config import ProjectConfig
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT = """Domestic Homicide Review
Overview Report into the death of 'Nadia'
Published: May 2022

1. Introduction
1.1 This review examines the contact agencies had with Nadia, a 34-year-old woman of Black African heritage, and her estranged husband, Tomas, before Nadia was killed at her home in March 2021.
1.2 Tomas stabbed Nadia with a kitchen knife. London Ambulance Service attended and Nadia was pronounced dead at the scene. Tomas was arrested. In 2022 Tomas was convicted of murder and sentenced to life imprisonment.
2. Methodology
2.1 Stanmore Surgery, Nadia's GP practice, provided a report. Housing Options had no record of contact with Nadia.
3. Background
3.1 Nadia lived alone after the separation. Nadia's mother had depression for many years.
3.2 Tomas was 39 at the time of the homicide. There is no evidence that Tomas used drugs. Tomas drank heavily and had a conviction for assault.
4. Chronology
12 March 2020 - GP: Nadia attended with low mood and anxiety. The GP prescribed sertraline.
5 June 2020 - Police: Nadia reported that Tomas had pushed her against a wall. The officer recorded a crime of harassment.
5. Analysis
5.1 Had the GP asked about domestic abuse, Nadia might have disclosed more. It is unclear whether Tomas used cannabis.
6. Recommendations
6.1 Housing should be invited to MARAC. Probation should review its practice.
"""


@pytest.fixture(scope="module")
def case():
    doc = ExtractedDocument.from_pages("nadia.txt", "0" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)], CaseMeta(title="Nadia", review_type="dhr", published="2022-05", incident_year=2021))
    return doc, code_case(group)


def _codes(person):
    return {c.code for c in person.characteristics}


def test_screening_and_category(case):
    _, c = case
    assert c.screening.decision == "include" and c.screening.reason == "homicide"
    assert c.category == "intimate_partner_violence"
    assert c.relationship.type == "ex_partner"
    assert [w.code for w in c.incident.weapons] == ["knife"]
    assert [loc.code for loc in c.incident.locations] == ["home"]


def test_cast_and_demographics(case):
    _, c = case
    v, p = c.victims()[0], c.perpetrators()[0]
    assert (v.name, v.gender, v.age, v.age_band) == ("Nadia", "female", 34, "25_34")
    assert (v.ethnicity, v.living_arrangement) == ("black_african", "alone")
    assert (p.name, p.gender, p.age) == ("Tomas", "male", 39)


def test_modifiers_and_experiencer(case):
    _, c = case
    v, p = c.victims()[0], c.perpetrators()[0]
    assert "alcohol_misuse" in _codes(p)
    assert "substance_misuse" not in _codes(p)  # negated and uncertain mentions only
    assert "mental_health_current" in _codes(v)  # her own low mood and anxiety
    assert "mental_health_current" not in _codes(p)
    assert "victim_of_crime" in _codes(v)


def test_mothers_depression_is_not_the_victims(case):
    doc, c = case
    v = c.victims()[0]
    mh = next(code for code in v.characteristics if code.code == "mental_health_current")
    assert all("mother" not in e.quote for e in mh.evidence)
    assert "parent_mental_health" in _codes(v)


def test_services_follow_sections_and_negation(case):
    _, c = case
    v, p = c.victims()[0], c.perpetrators()[0]
    vs = {(s.service, s.timing) for s in v.services}
    assert ("gp", "prior") in vs and ("police", "prior") in vs and ("ambulance", "after") in vs
    assert ("housing", "prior") not in vs  # no record; recommendation only
    assert not any(s.service in ("marac", "probation") for s in v.services + p.services)
    assert ("prison", "after") in {(s.service, s.timing) for s in p.services}


def test_every_quote_is_verbatim(case):
    doc, c = case
    quotes = []
    for person in c.people:
        for code in person.characteristics:
            quotes += code.evidence
        for s in person.services:
            quotes += s.evidence
    quotes += c.screening.evidence
    quotes += [e for w in c.incident.weapons for e in w.evidence]
    assert quotes
    for e in quotes:
        assert doc.text[e.start:e.end] == e.quote


def test_out_of_scope_area():
    doc = ExtractedDocument.from_pages("n.txt", "1" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("c2", [GroupedDocument(doc, "overview_report", True)], CaseMeta(title="Nadia", area="Elsewhere", published="2022-05"))
    c = code_case(group, ProjectConfig(areas=["Stanmore"]))
    assert c.screening.decision == "exclude" and c.screening.reason == "out_of_scope"
    assert c.people == [] and c.category is None


def test_description_is_a_plain_sentence(case):
    _, c = case
    assert c.description == "A 34-year-old woman was killed by her former partner with a knife."
