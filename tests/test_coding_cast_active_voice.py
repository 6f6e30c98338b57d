"""Roles from an active-voice killing that names both people: "<A> killed <B>"."""

import pytest

from reviewsynth.coding.cast import build_cast
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument


def _roles(text: str) -> dict[str, str]:
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    cast = build_cast(ReviewDoc.read(doc), None, "dhr")
    return {m.name: m.role for m in cast.members}


def _report(perp: str, victim: str, verb: str, tail: str) -> str:
    # Each name is used enough to count as a person; the killing is the only role cue.
    return (
        f"1.1 This review examines agency contact with {victim} and {perp} before {perp} {verb} {victim}{tail}.\n"
        f"2.1 {victim} lived alone. {victim} saw the GP. {perp} drank heavily. {perp} saw the GP twice.\n"
    )


@pytest.mark.parametrize("verb", ["killed", "stabbed", "strangled", "murdered", "attacked", "fatally stabbed", "then strangled", "had killed"])
@pytest.mark.parametrize("tail", ["", " in a car park in March 2021", " on 3 March 2021", " at her home"])
def test_active_voice_killing_gives_both_roles(verb, tail):
    roles = _roles(_report("Corin", "Nadia", verb, tail))
    assert roles == {"Nadia": "victim", "Corin": "perpetrator"}


@pytest.mark.parametrize(("perp", "victim"), [("Mr K", "Ms L"), ("Ms L", "Mr K"), ("Adult B", "Adult A"), ("Nadia", "Corin")])
@pytest.mark.parametrize("verb", ["killed", "fatally stabbed", "murdered"])
def test_active_voice_killing_with_titles_and_either_order(perp, victim, verb):
    roles = _roles(_report(perp, victim, verb, " in a car park in March 2021"))
    assert roles[victim] == "victim"
    assert roles[perp] == "perpetrator"


def test_passive_voice_still_gives_the_victim():
    text = (
        "1.1 This review examines agency contact with Nadia and Corin before Nadia was killed in a car park.\n"
        "2.1 Nadia lived alone. Nadia saw the GP. Corin drank heavily. Corin was convicted of murder.\n"
    )
    assert _roles(text) == {"Nadia": "victim", "Corin": "perpetrator"}


def _genders(text: str, title: str | None = None) -> dict[str, str]:
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    cast = build_cast(ReviewDoc.read(doc), title, "dhr")
    return {m.name: m.gender for m in cast.members}


@pytest.mark.parametrize("phrase", ["his father, Krystyna's former husband,", "his father, Krystyna's husband,", "his father, Krystyna’s ex-husband,"])
def test_kin_noun_before_a_possessive_name_is_not_that_persons_kin(phrase):
    # "his father, Krystyna's former husband": the father is Krystyna's husband, not Krystyna.
    text = (
        "1.1 This review examines agency contact with Krystyna, a 61-year-old woman, and her adult son, Adam, "
        f"before Adam stabbed Krystyna at her home. Adam was convicted of murder.\n"
        f"1.2 Adam had little contact with {phrase} who lived abroad.\n"
        "2.1 Krystyna lived with Adam. Krystyna saw the GP. Adam drank heavily.\n"
    )
    assert _genders(text, "Krystyna") == {"Krystyna": "female", "Adam": "male"}


def test_kin_noun_right_before_the_name_still_gives_gender():
    text = (
        "1.1 This review concerns Tomas and his estranged wife, Nadia. Tomas stabbed Nadia. "
        "Nadia saw the GP. Tomas was convicted of murder. Nadia lived alone.\n"
    )
    assert _genders(text)["Nadia"] == "female"
