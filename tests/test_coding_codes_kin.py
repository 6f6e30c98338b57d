"""Household codes said of relatives, the nearest carer, episodes that ended, grooming's object."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT = """Child Safeguarding Practice Review: Child R

1. Introduction
1.1 This review concerns Child R, a 13-year-old boy who was killed at his home on 3 May 2022 by his step-father, Mr K, aged 38. Mr K stabbed Child R with a kitchen knife.
3. Background
3.1 His parents separated when he was five.
3.2 Mr K bought him presents and told him their meetings were a secret.
3.3 Mr K had a period of depression in his late teens, treated by his GP with antidepressants.
3.4 Agencies saw Child R as a vulnerable boy, and Mr K as his carer.
"""


@pytest.fixture(scope="module")
def people():
    doc = ExtractedDocument.from_pages("r.txt", "8" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Child R", review_type="scr", published="2023-06", incident_year=2022))
    case = code_case(group)
    v, p = case.victims()[0], case.perpetrators()[0]
    return {c.code for c in v.characteristics}, {c.code for c in p.characteristics}


def test_his_parents_separation_is_the_childs(people):
    v, _ = people
    assert "parental_separation" in v


def test_grooming_falls_on_its_object(people):
    v, p = people
    assert "grooming" in v and "grooming" not in p


def test_an_episode_in_his_teens_is_past(people):
    _, p = people
    assert "mental_health_past" in p and "mental_health_current" not in p


def test_the_carer_is_the_nearest_subject(people):
    v, p = people
    assert "caring_responsibilities" in p and "caring_responsibilities" not in v


def test_not_that_keeps_its_negation_and_statutes_are_not_abuse():
    from reviewsynth.text import ContextRules

    s = "Its assessment recorded that she lived with her father but not that she was his sole carer."
    start = s.index("sole carer")
    assert "negated" in ContextRules.load().categories(s, start, start + len("sole carer"))
    doc = ExtractedDocument.from_pages("s.txt", "9" * 64, "text", [REPORT + "1.5 Reviews are held under the Domestic Violence, Crime and Victims Act 2004.\n"], numbered=False)
    case = code_case(CaseGroup("c2", [GroupedDocument(doc, "overview_report", True)],
                               CaseMeta(title="Child R", review_type="scr", published="2023-06", incident_year=2022)))
    v = case.victims()[0]
    assert "domestic_violence_child" not in {c.code for c in v.characteristics}


def test_a_question_the_review_asks_codes_nothing():
    from reviewsynth.coding import code_case
    from reviewsynth.documents import ExtractedDocument
    from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

    text = ("Domestic Homicide Review\nOverview Report into the death of 'Mira'\n\n1. Introduction\n"
            "1.1 This review examines the contact agencies had with Mira, a 33-year-old woman, and her husband, "
            "Teo, aged 35, before Mira was killed at her home on 3 May 2022.\n1.2 Teo stabbed Mira. Teo was arrested.\n"
            "3. Background\n3.1 Did agencies recognise that Mira was being exploited by Teo?\n")
    doc = ExtractedDocument.from_pages("m.txt", "1" * 64, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Mira", review_type="dhr", published="2023-06", incident_year=2022))
    case = code_case(group)
    assert not any(c.code == "criminal_exploitation" for p in case.people for c in p.characteristics)


def test_a_pronoun_after_sentences_naming_nobody_is_the_last_principal_named():
    from reviewsynth.coding import code_case
    from reviewsynth.documents import ExtractedDocument
    from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

    text = ("Domestic Homicide Review\nOverview Report into the death of 'Mira'\n\n1. Introduction\n"
            "1.1 This review examines the contact agencies had with Mira, a 33-year-old woman, and her husband, "
            "Teo, aged 35, before Mira was killed at her home on 3 May 2022.\n1.2 Teo stabbed Mira. Teo was arrested.\n"
            "3. Background\n3.1 Teo grew up in Ashby.\n3.2 In 2019 a psychiatrist in prison diagnosed a personality disorder.\n"
            "3.3 He had a history of self-harm by cutting.\n")
    doc = ExtractedDocument.from_pages("m.txt", "1" * 64, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Mira", review_type="dhr", published="2023-06", incident_year=2022))
    case = code_case(group)
    assert "self_harm" in {c.code for c in case.perpetrators()[0].characteristics}
    assert "self_harm" not in {c.code for c in case.victims()[0].characteristics}


def test_an_opening_his_father_unresolved_is_the_last_named_principals_father():
    from reviewsynth.coding import code_case
    from reviewsynth.documents import ExtractedDocument
    from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

    text = ("Domestic Homicide Review\nOverview Report into the death of 'Mira'\n\n1. Introduction\n"
            "1.1 This review examines the contact agencies had with Mira, a 33-year-old woman, and her husband, "
            "Teo, aged 35, before Mira was killed at her home on 3 May 2022.\n1.2 Teo stabbed Mira. Teo was arrested.\n"
            "3. Background\n3.1 Teo grew up in Ashby. His parents separated when he was ten.\n"
            "3.2 His father drank heavily throughout Teo's childhood, and Teo recalled arguments at home.\n")
    doc = ExtractedDocument.from_pages("m.txt", "1" * 64, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Mira", review_type="dhr", published="2023-06", incident_year=2022))
    case = code_case(group)
    codes = {c.code for c in case.perpetrators()[0].characteristics}
    assert "household_substance_misuse" in codes and "alcohol_misuse" not in codes


def test_a_relatives_condition_in_a_clause_they_are_subject_of_is_theirs():
    from reviewsynth.coding import code_case
    from reviewsynth.documents import ExtractedDocument
    from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

    text = ("Child Safeguarding Practice Review: Child W\n\n1. Child W was a boy of eight months when he died "
            "from head injuries inflicted by his father in 2022.\n2. Child W's mother had been treated for anxiety "
            "after his birth and was taking antidepressants prescribed by her GP.\n")
    doc = ExtractedDocument.from_pages("w.txt", "8" * 64, "text", [text], numbered=False)
    case = code_case(CaseGroup("w", [GroupedDocument(doc, "overview_report", True)], CaseMeta(title="Child W", review_type="scr")))
    victim = next(p for p in case.people if p.role == "victim")
    assert "mental_health_current" not in {c.code for c in victim.characteristics}
