"""One-paragraph summaries: a person named once or twice whom the language makes a person,
a role noun apposed to a name, a harm whose sufferer goes unsaid beside the named victim."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping import group_documents


def _case(text: str):
    doc = ExtractedDocument.from_pages("s.txt", "4" * 64, "text", [text], numbered=False)
    return code_case(group_documents([doc])[0])


def _roles(case) -> dict[str, str]:
    return {p.role: p.name for p in case.people}


def test_a_pseudonym_note_makes_a_name_seen_twice_a_person() -> None:
    text = ("What we learned from a domestic homicide review\n\nTheda (not her real name) was in her "
            "forties. Her estranged husband, called J in this summary, stabbed her in 2020. Theda had "
            "told a housing officer that J frightened her.")
    case = _case(text)
    assert _roles(case).get("victim") == "Theda"
    assert case.relationship.type == "ex_partner"


def test_a_copular_person_noun_makes_a_name_a_person() -> None:
    text = ("Summary\n\nWystan was a 70-year-old widower. In 2021 a man who had befriended him at a "
            "bowls club beat him at his home and took his savings. Wystan later died of his injuries; the "
            "police charged the man with murder.")
    assert _roles(_case(text)).get("victim") == "Wystan"


def test_the_victim_apposed_to_a_titled_name_names_the_victim() -> None:
    text = ("Independent investigation report\n\nThis report examines the care of Caspar, a man of 41 "
            "with schizophrenia, who killed another resident of a supported house in 2022. The victim, "
            "Mr Oakes, was 66.")
    case = _case(text)
    victim = next(p for p in case.people if p.role == "victim")
    assert "Oakes" in victim.name and victim.gender == "male" and victim.age == 66


def test_a_harm_whose_sufferer_goes_unsaid_beside_the_named_child_is_a_case() -> None:
    text = ("CSPR Learning Summary – Ottilie\n\nOttilie was a baby of four months. In 2024 a hospital "
            "found bleeding on her brain. Ottilie's father was later convicted of causing grievous "
            "bodily harm. Ottilie is now in foster care.")
    case = _case(text)
    assert case.screening.decision == "include"
    assert _roles(case).get("victim") == "Ottilie"
    assert case.relationship.type == "parent_to_child"


def test_the_relative_of_an_unsaid_harm_s_doer_is_its_sufferer_without_a_title() -> None:
    text = ("Summary\n\nPerpetua was a baby of seven weeks. In 2023 doctors found fractures to her ribs. "
            "Perpetua's mother's partner admitted causing her injuries and was jailed.")
    assert _roles(_case(text)).get("victim") == "Perpetua"
