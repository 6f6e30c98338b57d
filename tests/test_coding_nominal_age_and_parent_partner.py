"""A definite age phrase ("The four-year-old had ...") is the one principal whose age is told no
other way; an unnamed "the partner" after "her mother's partner" is in a parent's place."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

SUMMARY = """Child Safeguarding Practice Review: Child W

A review into Child W, who died in hospital in June 2022, found that agencies in Fernholt did not share what they knew.

The four-year-old, described by nursery staff as a lively girl, had asthma. Her mother struggled with low mood.

Child W was shaken and struck by her mother's partner while her mother was at work. The partner was convicted of manslaughter in 2023.
"""


def _case(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages("r.txt", "2" * 64, "text", [text], numbered=False)
    meta = CaseMeta(title=title, review_type=review_type, published="2024", incident_year=2022)
    return code_case(CaseGroup("c", [GroupedDocument(doc, "overview_report", True)], meta))


def test_a_definite_age_phrase_gives_the_child_her_age():
    victim = _case(SUMMARY, "Child W", "cspr").people[0]
    assert (victim.role, victim.age, victim.age_band) == ("victim", 4, "3_5")


def test_an_age_phrase_naming_a_different_kind_of_person_is_not_the_child_s():
    text = SUMMARY.replace("The four-year-old, described by nursery staff as a lively girl,", "The 44-year-old man next door")
    victim = _case(text, "Child W", "cspr").people[0]
    assert victim.age is None


def test_the_partner_after_a_mother_s_partner_is_in_a_parent_s_place():
    case = _case(SUMMARY, "Child W", "cspr")
    assert case.relationship.type == "parent_to_child"
    assert case.category == "within_family_violence_children"


WHO_IS_WHO = """Domestic Homicide Review into the death of Mrs Penhallow

| Name | Relationship | Age |
|---|---|---|
| Mrs Penhallow | Victim | 63 |
| Mr Penhallow | Husband, perpetrator | 66 |

Mrs Penhallow was killed by her husband, Mr Penhallow, in April 2022. He was convicted of murder.
"""


def test_a_who_is_who_row_with_a_titled_surname_gives_ages():
    people = _case(WHO_IS_WHO, "Mrs Penhallow", "dhr").people
    assert [(p.role, p.name, p.age) for p in people] == [("victim", "Mrs Penhallow", 63), ("perpetrator", "Mr Penhallow", 66)]


def test_an_age_in_brackets_after_the_word_age():
    text = ("Domestic Homicide Review: Mrs Penhallow\n\nMrs Penhallow (age 63) was killed by her husband, Mr Penhallow, "
            "in April 2022. He was convicted of murder.\n")
    assert _case(text, "Mrs Penhallow", "dhr").people[0].age == 63


def test_partners_told_as_separated_by_the_report_are_ex_partners_from_a_partner_link():
    text = ("Domestic Homicide Review: Ulla\n\nUlla, aged 38, was killed by Rolf, her partner, in May 2022. "
            "They had separated in January. After they separated Rolf sent her threatening messages. "
            "Rolf was convicted of murder.\n")
    case = _case(text, "Ulla", "dhr")
    assert case.relationship.type == "ex_partner"


def _victim(body: str):
    return _case(f"Child Safeguarding Practice Review: Child V\n\n{body} The perpetrator was convicted.\n", "Child V", "cspr").people[0]


def test_an_age_adjective_right_before_the_name():
    assert _victim("16-year-old Child V was stabbed near a station in May 2022 by an older youth.").age == 16


def test_an_age_someone_had_turned():
    assert _victim("Child V had turned 13 a month before he was stabbed in May 2022 by an older youth.").age == 13


def test_a_profile_box_gives_age_and_gender():
    victim = _victim("Child V\nAge: 14\nGender: female\n\nChild V was stabbed near a station in May 2022 by an older youth.")
    assert (victim.age, victim.gender) == (14, "female")
