"""Characteristics per person on a small fictional review: the aftermath is not a
characteristic, who underwent an act, who is the carer, past versus current mental health,
old states, agency names, and narrower phrases ("looked after her mother")."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT = """Domestic Homicide Review
Overview Report into the death of 'Marta'
Published: June 2023

1. Introduction
1.1 This review examines the contact agencies had with Marta, a 58-year-old woman, and her son, Pavel, aged 31, before Marta was killed at her home on 3 May 2022.
1.2 Pavel killed Marta with a hammer. Paramedics attended and Marta was pronounced dead at the scene. Pavel was arrested at the house.
1.3 In March 2023 Pavel was convicted of murder and sentenced to life imprisonment.
2. Methodology
2.1 The Wexmoor Domestic Abuse Advocacy Service had no record of contact with Marta or Pavel.
3. Background
3.1 Marta was Pavel's main carer.
3.2 Marta had postnatal depression after the birth of her daughter in 2001.
3.3 Pavel was diagnosed with paranoid schizophrenia in 2012, after a first episode of psychosis.
3.4 In 1999 Marta was made redundant from the factory.
3.5 Marta often looked after her grandson at weekends.
3.6 Pavel received disability benefits.
3.7 In 2019, while unwell on the ward, Pavel punched a nurse.
3.8 Pavel has not worked since 2015.
3.9 Marta rarely left the flat after 2020.
3.10 Pavel was 31 at the time of the homicide.
4. Chronology
10 January 2022 | Police | Marta reported that Pavel had pushed her against the wall.
"""


@pytest.fixture(scope="module")
def people():
    doc = ExtractedDocument.from_pages("marta.txt", "4" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Marta", review_type="dhr", published="2023-06", incident_year=2022))
    case = code_case(group)
    v, p = case.victims()[0], case.perpetrators()[0]
    quotes = [e.quote for person in (v, p) for c in person.characteristics for e in c.evidence]
    return {c.code for c in v.characteristics}, {c.code for c in p.characteristics}, quotes


def test_the_arrest_and_conviction_for_the_homicide_are_not_offending(people):
    _, p, _ = people
    assert "offending" not in p


def test_an_act_falls_on_its_object(people):
    v, p, _ = people
    assert "domestic_abuse" in v  # "pushed her": Marta (by her son, so domestic abuse)
    assert "abuse_neglect_adult" not in p  # "punched a nurse": someone outside the cast


def test_the_carer_is_the_subject_not_the_possessor(people):
    v, p, _ = people
    assert "caring_responsibilities" in v and "caring_responsibilities" not in p


def test_long_term_illness_is_current_an_old_episode_is_past(people):
    v, p, _ = people
    assert "mental_health_current" in p and "mental_health_past" not in p
    assert "mental_health_past" in v and "mental_health_current" not in v
    assert "parent_mental_health" not in v  # her own depression, not a parent's


def test_old_states_and_narrow_phrases(people):
    v, p, _ = people
    assert "unemployment" in p  # has not worked since 2015
    assert "unemployment" not in v  # made redundant in 1999, long before
    assert "looked_after" not in v  # she looked after her grandson
    assert "low_income" not in p and "disability" not in p  # disability benefits


def test_agency_names_and_contributor_lists_are_not_characteristics(people):
    *_, quotes = people
    assert quotes and not any("Advocacy Service" in q for q in quotes)


def test_isolation_phrases(people):
    v, _, _ = people
    assert "social_isolation" in v


def test_an_arrest_before_the_incident_is_offending():
    import re

    from reviewsynth.coding.lexicon import load_lexicon

    rules = load_lexicon("characteristics")["aftermath"]
    index_offence = re.compile("|".join(rules["index_offence"]), re.I)
    assert not index_offence.search("He was arrested for shoplifting as a teenager.")
    assert index_offence.search("He was arrested nearby within twenty minutes.")
    assert index_offence.search("He was charged with murder.")


def test_headings_and_no_information_code_nothing():
    from reviewsynth.coding.codes import _HEADING
    from reviewsynth.text import ContextRules

    assert _HEADING.match("7.17 Economic abuse.") and _HEADING.match("8.2 Alcohol misuse")
    assert not _HEADING.match("4.2 He drank heavily.") and not _HEADING.match("3.1 Marta was Pavel's main carer.")
    s = "There was no information that he had been violent towards her."
    start = s.index("violent")
    assert "negated" in ContextRules.load().categories(s, start, start + 7)
