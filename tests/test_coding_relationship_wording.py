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


def test_a_name_set_off_by_commas_after_a_person_noun_names_that_person() -> None:
    text = ("Independent investigation: Mr J\n\nMr J, a 33-year-old man under the crisis team, stabbed "
            "his lodger, Mr Vance, aged 51, in the kitchen they shared in 2022. Mr J was detained under "
            "the Mental Health Act.")
    case = _case(text, "Mr J", "iir")
    assert "Vance" in _people(case)["victim"].name


def test_a_month_with_its_year_is_no_one_and_they_who_beat_him_are_not_him() -> None:
    text = ("Safeguarding Adults Review – Executive Summary: Osmund\n\nOsmund was a 61-year-old man with "
            "an acquired brain injury who lived alone. During 2022 three men he thought of as friends took "
            "over his flat.\nIn August 2022 they beat him until he lost consciousness. All three men were "
            "convicted of grievous bodily harm.")
    case = _case(text, "Osmund", "sar")
    assert _people(case)["victim"].name == "Osmund"
    assert not any(p.name == "August" for p in case.people)


def test_the_review_and_the_document_kind_before_a_name_give_the_case_name() -> None:
    from reviewsynth.grouping.meta import read_meta

    text = "Domestic Homicide Review – Overview Report: Marisol\n\nMarisol was 52. Marisol lived in a flat.\n"
    doc = ExtractedDocument.from_pages("m.txt", "3" * 64, "text", [text], numbered=False)
    assert read_meta(doc).title == "Marisol"


def test_young_people_of_two_groups_who_did_not_know_each_other_are_unknown_peers() -> None:
    text = ("Child Safeguarding Practice Review: Child K\n\nChild K, 16, was stabbed in 2023 by a 17-year-old "
            "during a fight between two rival groups from different parts of the town. The boys had never "
            "spoken before. Child K was known to the youth justice service.")
    case = _case(text, "Child K", "cspr")
    assert case.relationship.type in ("unknown_peer", "stranger")
