"""Relationship type from stated kin links, a parent's partner, and peer words."""

from reviewsynth.coding.cast import MentionFinder, build_cast
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.coding.relationship import relationship_type
from reviewsynth.documents import ExtractedDocument


def _rel(text: str, title: str, review_type: str, child: bool = False) -> str | None:
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, title, review_type)
    found = relationship_type(rd, cast, MentionFinder(rd, cast), child)
    return found[0] if found else None


def test_killed_by_her_son_who_is_called():
    text = ("Hilda was killed by her son, who is called Otto in this report. Otto was convicted of "
            "manslaughter. Hilda was 70. Hilda lived with Otto. Otto said he heard voices.")
    assert _rel(text, "Hilda", "dhr") == "child_to_parent"


def test_former_partner_is_an_ex_partner():
    text = ("Dana was killed at home. Her former partner is referred to as Bruno. Bruno stabbed Dana. "
            "Bruno was convicted of murder. Dana said she was afraid. Dana had two children. Dana said Bruno was jealous.")
    assert _rel(text, "Dana", "dhr") == "ex_partner"


def test_her_partner_of_a_boy_victim_is_a_parents_partner():
    text = ("Child W died of head injuries. Child W lived with his mother, referred to as Ms Y, and her "
            "partner, referred to as Mr X. Mr X was convicted of the murder of Child W. Child W was two. "
            "Mr X had looked after Child W alone.")
    assert _rel(text, "Child W", "scr", child=True) == "parent_to_child"


def test_stray_kin_word_does_not_make_strangers_family():
    text = ("Mrs Q was walking in the park when Mr Z attacked her with a knife. Mrs Q died at the scene. "
            "She had no connection with Mr Z. Mr Z was convicted of murder. Mr Z's mother said her son "
            "was unwell. Mr Z lived alone.")
    assert _rel(text, "Mr Z", "iir") == "stranger"


def test_rival_group_member_is_an_unknown_peer():
    text = ("Remy was stabbed in a park and died. Young Person K was convicted of Remy's murder. Remy and "
            "Young Person K did not know each other. The attack arose from a dispute between young people "
            "from a rival group. Remy was 16. Young Person K was 18.")
    assert _rel(text, "Remy", "scr", child=True) == "unknown_peer"


def test_a_perpetrator_named_only_by_kin_is_that_kin_of_the_victim():
    from reviewsynth.coding import code_case
    from reviewsynth.documents import ExtractedDocument
    from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

    text = ("Domestic Homicide Review\n\nThe review concerns the death of a woman in her seventies, referred to as "
            "the Victim. Her death was the result of strangulation by her husband.\n"
            "Her husband had been diagnosed with Alzheimer's disease two years earlier.\n")
    doc = ExtractedDocument.from_pages("v.txt", "9" * 64, "text", [text], numbered=False)
    case = code_case(CaseGroup("v", [GroupedDocument(doc, "overview_report", True)], CaseMeta(review_type="dhr")))
    assert case.relationship is not None and case.relationship.type == "intimate_partner"


def test_a_perpetrator_named_by_a_bare_relation_noun_is_that_relation_of_the_child():
    text = ("Child P, a boy of seven months, died of a head injury in 2023. Stepfather was convicted of "
            "his manslaughter. Child P lived with Stepfather and his mother in a rented flat. Stepfather "
            "was 29. Stepfather had cared for Child P alone on the day.")
    assert _rel(text, "Child P", "scr", child=True) == "parent_to_child"


def test_a_pronoun_doer_is_the_victims_relative_named_just_before():
    text = ("Marjorie was 81 and lived in a bungalow. Marjorie's grandson moved in with her in 2021. "
            "He punched Marjorie repeatedly one evening. Marjorie died in hospital two days later. "
            "The police arrested him at the bungalow.")
    assert _rel(text, "Marjorie", "sar") == "other_family"


def test_peer_words_decide_where_the_review_names_no_perpetrator():
    text = ("Child V, a boy of fifteen, was stabbed near a bus station and died. The attack was gang-related. "
            "Child V had been excluded from school the year before. Child V lived with his aunt.")
    assert _rel(text, "Child V", "scr", child=True) == "unknown_peer"


def test_a_word_in_quotation_marks_is_not_the_reviews_statement():
    text = ('Child N, a girl of twelve, was contacted through a chat app by a man who called himself Jay. '
            'Child N told her aunt she was "seeing a friend" that evening. The man, Mr W, was convicted of '
            'abusing Child N. Mr W was 40.')
    assert _rel(text, "Child N", "scr", child=True) == "stranger"


def test_how_long_they_had_known_the_victim_makes_acquaintances():
    text = ("Mr E, aged 66, was found dead in his bedsit in 2020. Ms L and Mr O were convicted of his murder. "
            "Ms L had known him for about a month before the killing. Mr E was 66.")
    assert _rel(text, "Mr E", "sar") == "friend_acquaintance"


def test_both_men_living_at_one_hostel_are_housemates():
    text = ("Mr A killed Mr B with a hammer in 2019. Both men were staying at a hostel for ex-offenders "
            "at the time. Mr A was convicted of manslaughter. Mr B was 50.")
    assert _rel(text, "Mr B", "iir") == "housemate"


def test_one_of_the_others_wider_family_is_other_family_but_not_from_one_side_alone():
    text = ("Mr T was convicted of the manslaughter of Leon, a 16 year old boy who was part of Mr T's wider "
            "family. Leon was 16.")
    assert _rel(text, "Leon", "iir", child=True) == "other_family"
    alone = ("Mr T was convicted of the manslaughter of Leon at a bus stop. Leon was 16. Leon was supported "
             "by his wider family. Mr T did not know Leon.")
    assert _rel(alone, "Leon", "iir", child=True) == "stranger"


def test_victims_described_as_the_public_are_strangers():
    text = ("Mr H attacked two members of the public on a canal towpath in 2018 and both died. Mr H was "
            "detained under the Mental Health Act. Mr H was 37.")
    assert _rel(text, "Mr H", "iir") == "stranger"


def test_a_fellow_patient_on_the_ward_is_a_fellow_resident():
    text = ("Mr J died after being punched by Mr Y on an acute mental health ward in 2021. Mr Y was a fellow "
            "patient who had been admitted a week earlier. Mr Y was charged with manslaughter. Mr J was 44.")
    assert _rel(text, "Mr J", "iir") == "housemate"


def test_a_victim_chosen_at_random_is_a_stranger():
    text = ("Ms A, 52, was stabbed by Mr C outside a supermarket in 2018 and died. The police found that Mr C "
            "had chosen Ms A at random. Mr C was convicted of murder.")
    assert _rel(text, "Ms A", "iir") == "stranger"


def test_a_named_perpetrators_pronoun_is_not_the_relative_named_before():
    text = ("Mr Q, 48, lived in a hostel. Mr Q's brother visited him on Sundays. He was attacked by Mr V in the "
            "hostel garden in 2020 and died. Mr V was a fellow resident. Mr V was convicted of manslaughter.")
    assert _rel(text, "Mr Q", "sar") == "housemate"


def test_relation_names_for_both_are_relations_to_someone_else():
    text = ("Mother died after Father strangled her in the family home in 2022. Father was convicted of "
            "murder. The children, Child X and Child Y, were at school. Mother was 36.")
    assert _rel(text, "Mother", "dhr") != "parent_to_child"


def test_an_unnamed_perpetrator_called_the_daughter_is_the_victim_s_child() -> None:
    text = ("Domestic Homicide Review: Wilma\n\nWilma, a woman in her 80s, was killed at the home she shared with "
            "her daughter in 2022. The daughter had moved in to care for her. In 2023 the daughter was convicted "
            "of manslaughter. The daughter drank heavily.")
    assert _rel(text, "Wilma", "dhr") == "child_to_parent"


def test_the_two_who_knew_each_other_are_the_principals() -> None:
    text = ("Rapid Review Summary: Child PT\n\nIn 2024 Child PT, a 15-year-old boy, was stabbed in a park. The "
            "boy who stabbed him, called Child RW here, was 16. The two boys had known each other for a year "
            "through a youth club and had been friends. Child RW was arrested that evening.")
    assert _rel(text, "Child PT", "cspr") == "friend_acquaintance"
