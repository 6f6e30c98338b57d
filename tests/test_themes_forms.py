"""Stage 2: grammatical forms of a shortcoming that reviews use beyond "did not" (a negative
determiner on whoever was to act, what a record would have shown and does not, a negated
obligation, the perfect passive, one person heard in place of another, what services knew
little of, information out of professionals' sight), and the same forms where they state no
failing of practice (a family's silence, predictability, a person's own history). All
sentences are invented for these tests."""

from __future__ import annotations

import pytest

from reviewsynth.themes.problems import read_failing


@pytest.mark.parametrize("sentence", [
    # "neither" on whoever was to act, alone or with "nor"
    "Neither the school nurse nor the class teacher asked who was collecting him.",
    "Neither member of staff spoke to her alone.",
    "Neither officer checked the address history.",
    # what the record would have shown and does not
    "The panel found no sign that anyone had asked about the new partner.",
    "There was no indication that the duty worker considered a strategy discussion.",
    "None of the records show that she was asked about the bruises.",
    "None of the case notes mention the threats to the neighbour.",
    "There is no record of why the decision to close the case was taken.",
    # a negated obligation, and where someone ought to have been placed
    "The family should not have been stepped down to early help while the assessment was outstanding.",
    "The referral should never have been closed after a single phone call.",
    "She should have been on a child protection plan from March.",
    # the perfect passive with "never"
    "Her needs had never been assessed by the council.",
    "His medication has never been reviewed by the practice.",
    # nothing sent
    "No notification was sent to the school after the arrest.",
    # one person heard in place of another
    "Officers spoke to the landlord and not to Amira.",
    "The health visitor saw the mother and not the baby.",
    # what services knew little of, and information out of sight
    "There was little information about the father's history.",
    "Professionals knew little about the man living in the house.",
    "The earlier caution in another county was not visible to the local officers.",
    "No professional was aware of the earlier conviction.",
    "The threshold was applied too rigidly.",
])
def test_forms_of_a_shortcoming(sentence: str) -> None:
    assert read_failing(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Neither parent attended the meeting.",
    "Neither she nor her partner told anyone.",
    "Neither of the children was at home.",
    "There was no sign of forced entry.",
    "There is no record that he was ever violent to her.",
    "There is no evidence that the death could have been prevented.",
    "The review found no indication that the homicide was predictable.",
    "No one could have known that he had bought a knife.",
    "She had never been in trouble with the police.",
    "He had never been violent before.",
    "She should never have had to ask twice.",
    "He spoke to his brother and not to his mother.",
    "Practitioners should not accept an explanation without checking it.",
])
def test_the_same_forms_that_state_no_failing(sentence: str) -> None:
    assert read_failing(sentence) is None


def test_neither_professional_is_the_agency_s_failing() -> None:
    failing = read_failing("Neither the health visitor nor the midwife asked about the new partner.")
    assert failing is not None and failing.owner == "agency"


def test_a_record_silent_on_why_is_services_failing() -> None:
    failing = read_failing("There is no record of why the consultant decided against a further detention.")
    assert failing is not None and failing.owner == "service"
