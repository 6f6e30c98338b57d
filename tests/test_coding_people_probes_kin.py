"""Invented probe passages: hyphenated kin words, unnamed acquaintances and peers, relationship
nouns outside the harm sentence, and a titled victim in a mental-health homicide investigation."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping import group_documents
from reviewsynth.nlp import parse


def _case(text: str):
    doc = ExtractedDocument.from_pages("probe.txt", "2" * 64, "text", [text], numbered=False)
    return code_case(group_documents([doc])[0])


def _roles(case) -> dict[str, tuple[str, str]]:
    return {p.role[0] + ":" + (p.name or ""): (p.gender, p.age_band) for p in case.people}


def test_a_hyphenated_kin_word_is_one_noun_and_the_sentence_keeps_its_verb():
    doc = next(parse(["Her brother-in-law kicked Mr Tonkin."]))
    assert [t.text for t in doc][:2] == ["Her", "brother-in-law"]
    assert doc[2].dep_ == "ROOT" and doc[1].dep_ == "nsubj"


def test_an_unnamed_in_law_perpetrator_is_other_family_with_a_gender():
    case = _case("Safeguarding Adult Review: Mrs Bolitho\n\n1.1 Mrs Bolitho was 79. In 2022 her son-in-law "
                 "punched Mrs Bolitho in the hallway of her bungalow. She died of her injuries.")
    assert _roles(case)["p:her son-in-law"][0] == "male"
    assert case.relationship.type == "other_family"


def test_an_in_law_agent_is_not_read_as_the_kin_word_before_the_hyphen():
    case = _case("Safeguarding Adult Review: Mr Carne\n\n1.1 Mr Carne, 72, was assaulted by his "
                 "daughter-in-law at his home in 2020. He died two days later.")
    assert _roles(case)["p:his daughter-in-law"][0] == "female"
    assert case.relationship.type == "other_family"


def test_an_unnamed_man_known_to_the_victim_is_an_acquaintance():
    case = _case("Domestic Homicide Review: Morwenna\n\n1.1 Morwenna, 46, was strangled at her flat in 2021 "
                 "by a man known to her. He was later convicted of murder.")
    assert "p:a man" in _roles(case)
    assert case.relationship.type == "friend_acquaintance"


def test_an_unnamed_man_she_had_met_online_is_an_acquaintance_and_never_met_a_stranger():
    met = _case("Domestic Homicide Review: Tressa\n\n1.1 Tressa, 29, was stabbed in 2020 by a man she had met "
                "online a month earlier. He was convicted of murder.")
    assert met.relationship.type == "friend_acquaintance"
    never = _case("Domestic Homicide Review: Tressa\n\n1.1 Tressa, 29, was stabbed in 2020 by a man she had "
                  "never met. He was convicted of murder.")
    assert never.relationship.type == "stranger"


def test_a_couple_who_married_and_whose_marriage_ended_are_ex_partners():
    case = _case("Domestic Homicide Review: Gwenna\n\n1.1 Gwenna and Cador married in 2009; the marriage ended "
                 "in 2019. In 2021 Cador strangled Gwenna at her flat. Cador was convicted of murder.")
    assert case.relationship.type == "ex_partner"


def test_a_couple_named_with_a_bare_verb_are_partners():
    case = _case("Domestic Homicide Review: Gwenna\n\n1.1 Cador and Gwenna married in 2009 and lived in a "
                 "village. In 2021 Cador strangled Gwenna at home. Cador was convicted of murder.")
    assert case.relationship.type == "intimate_partner"


def test_a_sibling_the_victim_lived_with_is_named_outside_the_harm_sentence():
    case = _case("Safeguarding Adult Review: Ebrel\n\n1.1 Ebrel was 44. She lived with her older brother, Jenner, "
                 "in a terraced house. In 2020 Jenner beat Ebrel and she died. Jenner was convicted of manslaughter.")
    assert case.relationship.type == "sibling"


def test_an_unnamed_peer_agent_is_the_perpetrator():
    case = _case("Child Safeguarding Practice Review: Child K\n\n1.1 Child K was 16 when he was stabbed by "
                 "another young person near a bus station in 2022. He died in hospital.")
    assert "p:another young person" in _roles(case)
    assert _roles(case)["v:Child K"][0] == "male"
