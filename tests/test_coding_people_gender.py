"""Gender and roles of the cast read from the grammar of fresh fictional wording."""

import pytest

from reviewsynth.coding.cast import build_cast
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.coding.roles import bound_genders
from reviewsynth.documents import ExtractedDocument
from reviewsynth.nlp import parse


def _cast(text: str, title: str | None = None, review_type: str | None = None):
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    return build_cast(ReviewDoc.read(doc), title, review_type)


def _bound(sentence: str, names: set[str]) -> list[tuple[str, str]]:
    return bound_genders(next(parse([sentence])), lambda n: n in names)


def test_a_possessive_under_a_relative_clause_for_a_thing_binds_the_subject():
    said = _bound("From his teens Corwin had a bone condition which was slowly limiting his reach.", {"Corwin"})
    assert ("Corwin", "male") in said


def test_the_possessive_inside_the_subject_is_the_owner_s_not_the_subject_s():
    # "her" owns the partner; "his" is the partner's own.
    said = _bound("Her estranged partner had been seen by his dentist twice.", {"Her estranged partner"})
    assert said == [("Her estranged partner", "male")]


def test_a_coded_perpetrator_s_gender_from_a_possessive_in_his_own_clause():
    text = ("An independent investigation looked at the care of ZQ before an incident in which two "
            "neighbours were killed.\n\nZQ had long used cannabis. Since school ZQ had a heart "
            "condition which was gradually reducing his stamina. ZQ was convicted of manslaughter.")
    cast = _cast(text, "ZQ", "iir")
    perp = next(m for m in cast.members if m.role == "perpetrator")
    assert perp.name == "ZQ"
    assert perp.gender == "male"


def test_a_long_apposition_after_a_bare_letter_gives_gender():
    text = ("An investigation into the care of service user T, who admitted the manslaughter of W, a 19 "
            "year old young woman who was T's cousin. T was sentenced in 2021. W died in 2020.")
    cast = _cast(text, "T", "iir")
    victim = next(m for m in cast.members if m.role == "victim")
    assert victim.name == "W"
    assert victim.gender == "female"


def test_a_possessive_in_a_relative_clause_on_a_role_noun_victim():
    said = _bound("Staff grieved for a pensioner who had fallen after losing her stick.", {"a pensioner"})
    assert said == [("a pensioner", "female")]


def test_a_bare_letter_subject_with_a_possessive_gives_gender():
    text = ("The review concerns the death of J in 2022. J was killed by a neighbour. "
            "J had stopped attending her clinic in 2021, and J had told her sister she was afraid.")
    cast = _cast(text, "J", "sar")
    victim = next(m for m in cast.members if m.role == "victim")
    assert victim.gender == "female"


def test_one_of_a_counted_group_who_pleaded_guilty_is_a_perpetrator():
    text = ("Review into the death of Ossian\n\nOssian, 16, died after a fight with three older "
            "teenagers, one of whom was later convicted of manslaughter. Ossian had been excluded from school.")
    cast = _cast(text, "Ossian", "cspr")
    perps = [m for m in cast.members if m.role == "perpetrator"]
    assert len(perps) == 1
    assert perps[0].gender == "not_reported"


def test_a_counted_group_of_victims_is_that_many_people():
    text = ("An independent investigation into the care of service user KD and the events that led to the "
            "deaths of two retired neighbours. KD had a long history of psychosis.")
    cast = _cast(text, "KD", "iir")
    assert len([m for m in cast.members if m.role == "victim"]) == 2


def test_a_conjunct_s_possessive_is_the_first_person_s():
    said = _bound("The court placed the baby with Dr Ilse and her new husband.", {"Dr Ilse"})
    assert ("Dr Ilse", "female") in said


def test_an_unnamed_perpetrator_is_also_the_perpetrator():
    text = ("Killing of a retired teacher by her lodger in 2021. The lodger was convicted of murder. "
            "The perpetrator and his brother later left the town.")
    cast = _cast(text)
    perp = next(m for m in cast.members if m.role == "perpetrator")
    assert perp.gender == "male"


def test_a_possessive_in_the_object_never_overrides_a_title():
    text = ("Domestic Homicide Review: Orla\n\nOrla was killed by Mr D in 2022. Mr D was convicted of murder. "
            "In 2021 Mr D took her keys. Mr D read her letters. Mr D was waiting outside her office.")
    cast = _cast(text, "Orla", "dhr")
    perp = next(m for m in cast.members if m.role == "perpetrator")
    assert perp.gender == "male"


@pytest.mark.parametrize("kin, gender", [("grandson", "male"), ("niece", "female"), ("uncle", "male"),
                                         ("granddaughter", "female")])
def test_any_gendered_kin_noun_before_the_name_gives_its_gender(kin: str, gender: str) -> None:
    text = (f"Domestic Homicide Review: Osmund\n\nOsmund was 79 and lived alone in Tarrow. His {kin}, Kester, "
            "moved in with him in 2021. Kester used cannabis. In March 2022 Kester struck Osmund with a chair "
            "and Osmund died in hospital. Kester was convicted of manslaughter.")
    perp = _cast(text, "Osmund", "dhr").perpetrators[0]
    assert ("Kester" in perp.aliases, perp.gender) == (True, gender)


def test_the_victim_s_own_partner_noun_gives_the_perpetrator_s_gender() -> None:
    text = ("Domestic Homicide Review: Tobias\n\nTobias, aged 30, died of stab wounds at his girlfriend's flat in "
            "2023. Quill, aged 27, was convicted of murder. Tobias and Quill had been together for a year. Quill "
            "drank heavily.")
    assert _cast(text, "Tobias", "dhr").perpetrators[0].gender == "female"


def test_a_victim_name_holding_ex_still_owns_the_partner_noun() -> None:
    text = ("Domestic Homicide Review: Alex\n\nAlex, aged 31, died of his stab wounds at Alex's girlfriend's flat in "
            "2023. Quill, aged 27, was convicted of murder. Alex and Quill had been together for a year. Quill "
            "drank heavily.")
    assert _cast(text, "Alex", "dhr").perpetrators[0].gender == "female"


def test_a_partner_noun_naming_someone_else_says_nothing_of_the_perpetrator() -> None:
    text = ("Domestic Homicide Review: Tobias\n\nTobias, aged 70, was killed in 2023. His wife Ysolde had died in "
            "2019. Quill, aged 27, was convicted of murder. Quill drank heavily.")
    assert _cast(text, "Tobias", "dhr").perpetrators[0].gender == "not_reported"


def test_a_possessive_after_a_person_object_is_not_the_subject_s() -> None:
    text = ("Domestic Homicide Review: Bryony\n\nIn 2022 Rhys stabbed Bryony at her home in Tarrow. Rhys was "
            "convicted of murder. Bryony had told her GP she was frightened.")
    cast = _cast(text, "Bryony", "dhr")
    assert cast.perpetrators[0].gender == "not_reported"
    assert cast.victims[0].gender == "female"


def test_a_pregnancy_says_female() -> None:
    text = ("Serious Case Review: Child V\n\nChild V was groomed by older men from the age of 13. In 2015 Child V "
            "went missing, was referred to CAMHS and had a termination of pregnancy. The men were convicted in 2017.")
    assert _cast(text, "Child V", "scr").victims[0].gender == "female"


def test_spouses_sharing_a_surname_stay_two_people() -> None:
    text = ("Domestic Homicide Review into the death of Ms Quarrie\n\nMs Quarrie was a 58 year old librarian. "
            "She was killed by her husband, Mr Quarrie, in May 2021. Mr Quarrie was convicted of murder. "
            "Ms Quarrie had told her GP that he drank heavily.")
    cast = _cast(text, "Ms Quarrie", "dhr")
    assert [(m.role, m.name, m.gender) for m in cast.principals] == [
        ("victim", "Ms Quarrie", "female"), ("perpetrator", "Mr Quarrie", "male")]
