"""Relationships and roles told in wordings the engine had not met: a relationship ended by
one of them, a spouse "of N years", a passive gerund's sufferer, an unnamed relative's victim."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument


def _case(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages("r.txt", "2" * 64, "text", [text], numbered=False)
    meta = CaseMeta(title=title, review_type=review_type, published="2024", incident_year=2023)
    return code_case(CaseGroup("c", [GroupedDocument(doc, "overview_report", True)], meta))


def _people(case):
    return {p.role: p for p in case.people}


def test_a_relationship_she_ended_makes_them_ex_partners_and_tells_her_gender() -> None:
    text = ("Domestic Homicide Review: Ysolde\n\nYsolde was 41. Early in 2022 she ended her relationship "
            "with Casimir, who had moved out by March. He later stabbed her at her workplace. Casimir, 45, "
            "was convicted of murder.")
    case = _case(text, "Ysolde", "dhr")
    assert case.relationship.type == "ex_partner"
    assert case.category == "intimate_partner_violence"
    people = _people(case)
    assert people["victim"].gender == "female" and people["perpetrator"].gender == "male"


def test_a_spouse_of_many_years_apposed_to_a_name_is_an_intimate_partner() -> None:
    text = ("Learning review: Evander\n\nEvander, 83, had vascular dementia and lived with his husband of "
            "thirty years, Lucan, 80. In May 2023 Evander struck Lucan with a heavy lamp. Lucan died of his "
            "injuries in hospital.")
    case = _case(text, "Evander", "dhr")
    assert case.relationship.type == "intimate_partner"
    assert case.category == "intimate_partner_violence"


def test_the_sufferer_of_a_passive_gerund_is_the_subject_of_its_clause() -> None:
    text = ("Safeguarding Adults Review: Mrs Orrin\n\nMrs Orrin was 88 when she died in 2022 after being "
            "struck repeatedly in her kitchen by Mr Tebb, a man she had let in to fix a leak. Mr Tebb "
            "pleaded guilty to manslaughter.")
    case = _case(text, "Mrs Orrin", "sar")
    people = _people(case)
    assert "Orrin" in people["victim"].name and "Tebb" in people["perpetrator"].name


def test_the_victim_of_an_unnamed_relative_is_the_one_named_before_the_pronoun() -> None:
    text = ("Child Safeguarding Practice Review: Child R\n\nChild R, 11, told a dinner lady that her "
            "stepfather had been hurting her at night. The stepfather was arrested the same day and was "
            "later convicted of sexual assault of a child.")
    case = _case(text, "Child R", "cspr")
    people = _people(case)
    assert people["victim"].name == "Child R"
    assert people["perpetrator"].name != "Child R"
    assert case.relationship.type == "parent_to_child"
