"""Relationship characteristics between THIS victim and perpetrator, from the history."""

from reviewsynth.coding.cast import MentionFinder, build_cast
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.coding.relationship import characteristics
from reviewsynth.documents import ExtractedDocument


def _chars(text: str, title: str, review_type: str, rel_type: str) -> set[str]:
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, title, review_type)
    return set(characteristics(rd, cast, MentionFinder(rd, cast), rel_type))


DAUGHTER = (
    "Domestic Homicide Review into the death of Hilde\n\n"
    "1. Hilde is a pseudonym. Her daughter is referred to as Liv. Hilde died in May 2023 at the age of 61. "
    "Liv was convicted of manslaughter. Liv had stabbed Hilde in the kitchen.\n\n"
    "2. Background\n\n"
    "In 2021 Liv had threatened her mother with a knife. In 2022 Liv had thrown a chair at her mother. "
    "Liv took money from her mother's purse and demanded money from Hilde most weeks. "
    "The mental health team saw Hilde as a carer. Hilde did not want Liv to be arrested. "
    "Child-to-parent abuse was not recognised.\n\n"
    "3. Recommendations\n\nAgencies should recognise coercive control by adult children."
)


def test_history_between_a_daughter_and_her_mother():
    found = _chars(DAUGHTER, "Hilde", "dhr", "child_to_parent")
    assert {"emotional_abuse", "physical_abuse", "financial_abuse", "carer", "domestic_abuse"} <= found
    # Recommendations are aspirations, not history.
    assert "coercive_control" not in found


def test_the_killing_itself_is_not_prior_physical_abuse():
    text = (
        "Serious Case Review in respect of Child T\n\n"
        "Child T was killed by her father (F). F had strangled Child T while she was asleep and later hanged himself. "
        "F was convicted of nothing as he died. M - the mother of Child T.\n\n"
        "F had pushed M against a wall in 2014."
    )
    assert "physical_abuse" not in _chars(text, "Child T", "scr", "parent_to_child")


def test_a_statute_name_and_a_formal_carer_are_not_characteristics():
    text = (
        "Domestic Homicide Review into the death of Hilde\n\n"
        "Hilde died in 2023. Hilde was killed by her son, who is called Otto in this report. Otto was convicted of murder. "
        "The review was held under the Domestic Violence, Crime and Victims Act 2004 because Hilde was killed by Otto. "
        "A care worker from the care agency visited Hilde and Otto each morning."
    )
    found = _chars(text, "Hilde", "dhr", "child_to_parent")
    assert "domestic_abuse" not in found and "carer" not in found


def test_peers_get_no_separation_or_carer():
    text = (
        "Child W was stabbed by Young Person B in 2022. Young Person B was convicted of wounding. "
        "Child W and Young Person B had argued in the summer. Young Person B cared for Child W when he was ill."
    )
    found = _chars(text, "Child W", "scr", "unknown_peer")
    assert "strain_separation" not in found and "carer" not in found


def test_victim_named_alone_as_abused_in_a_known_relationship():
    text = (
        "Safeguarding Adults Review: Adult C\n\n"
        "Adult C, called Colin in this report, was killed by Mr J in May 2022. Mr J was convicted of murder. "
        "Mr J had stayed at Colin's flat for months. Colin was the victim of financial abuse from 2021. "
        "Colin was not the victim of sexual abuse."
    )
    found = _chars(text, "Adult C", "sar", "friend_acquaintance")
    assert "financial_abuse" in found and "sexual_abuse" not in found
    # A stranger's victim named alone as abused says nothing about the stranger.
    assert "financial_abuse" not in _chars(text, "Adult C", "sar", "stranger")


def test_control_of_the_victims_money_and_demands_for_money_are_financial_abuse():
    control = ("Domestic Homicide Review: Rosa\n\n1. Rosa died in 2022. Her husband, Mr T, was convicted of her "
               "murder.\n\n2. Background\n\nFor years Mr T controlled Rosa's pension and gave her a few pounds "
               "each week.\n")
    assert "financial_abuse" in _chars(control, "Rosa", "dhr", "intimate_partner")
    demands = ("Domestic Homicide Review: Edith\n\n1. Edith died in 2021. Her grandson, Mr L, was convicted of "
               "her manslaughter.\n\n2. Background\n\nMr L pestered Edith for cash whenever he visited her "
               "bungalow.\n")
    assert "financial_abuse" in _chars(demands, "Edith", "dhr", "other_family")


def test_each_kind_listed_after_subjected_to_is_the_victims():
    text = ("Domestic Homicide Review: Greta\n\n1. Greta died in 2023. Her former partner, Mr O, was convicted of "
            "her murder.\n\n2. Findings\n\nOver six years Greta was subjected to psychological abuse, sexual "
            "violence and harassment. Greta had poor physical health.\n")
    found = _chars(text, "Greta", "dhr", "ex_partner")
    assert {"emotional_abuse", "sexual_abuse", "stalking"} <= found
    assert "physical_abuse" not in found
