"""Stage 2: grammatical forms of a shortcoming that reviews use beyond "did not" (a negative
determiner on whoever was to act, what a record would have shown and does not, a negated
obligation, the perfect passive, one person heard in place of another, what services knew
little of, information out of professionals' sight, practice done by telephone or at the
door with the person causing harm present, accepted or closed without what it wanted), and the same forms where they state no
failing of practice (a family's silence, predictability, a person's own history). All
sentences are invented for these tests."""

from __future__ import annotations

import pytest

from reviewsynth.documents import ExtractedDocument, Page
from reviewsynth.themes import find_practice_problems
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
    "The records do not show that anyone asked her about the bruises.",
    "There is nothing in the records to show that the GP asked about home.",
    "Nothing in the notes suggests that the risk was reviewed.",
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
    # practice done where the person could not speak freely, or only in part
    "The DASH was completed by telephone, with Petra in the room.",
    "The carer's assessment was done by phone with Mr K present.",
    "The welfare check was carried out at the door, with her partner in the house.",
    # accepted, excluded or closed without what it wanted
    "The GP accepted his refusal of the referral without exploring why.",
    "The housing officer accepted Tomas's address without carrying out a visit.",
    "The school excluded him without holding a meeting with partners.",
    "The team closed her case without contacting her GP.",
    # one person given what another needed, a record silent, nothing added, "with no"
    "The safety advice was given to the mother and not to the father.",
    "Her care plan was silent about the risk to her daughter.",
    "No marker was added to the address.",
    "There was no mental health assessment before discharge.",
    "He was discharged with no follow-up in place.",
    "The two services worked separately.",
    # a want of practice told with a negated "receive" or "have", and information held by one
    # service that another did not know
    "Marigold did not receive a psychosocial assessment before she was discharged.",
    "He did not have a care coordinator for four months.",
    "His drug use was recorded by the school but was not known to the youth service.",
    "The plan still had not been actioned by the time of his death.",
    "No multi-agency meeting was called.",
    # one person heard for another, a concern framed as behaviour, part of what was due
    "The screening call asked about risk to herself but not about risk from others.",
    "At each visit the nurses spoke mainly to her husband.",
    "The landlord treated the noise reports as antisocial behaviour by the tenant.",
    "- Welfare checks were made late or not at all: only two of six were done.",
])
def test_forms_of_a_shortcoming(sentence: str) -> None:
    assert read_failing(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Neither parent attended the meeting.",
    "Neither she nor her partner told anyone.",
    "Neither of the children was at home.",
    "There was no sign of forced entry.",
    "There is no record that he was ever violent to her.",
    "None of the records show that he was violent before.",
    "The records do not show that he had been drinking.",
    "There was nothing to indicate that he had been drinking.",
    "There is no evidence that the death could have been prevented.",
    "The review found no indication that the homicide was predictable.",
    "No one could have known that he had bought a knife.",
    "She had never been in trouble with the police.",
    "He had never been violent before.",
    "She should never have had to ask twice.",
    "He spoke to his brother and not to his mother.",
    "Practitioners should not accept an explanation without checking it.",
    "She accepted his decision to move out.",
    "She was silent about the abuse for many years.",
    "He left the house without telling anyone.",
    "She spoke to the police and not to her family.",
    "The interview was held with an interpreter present.",
    "He worked separately from his brother on the farm.",
    "He was not known to mental health services.",
    "She did not have children.",
    "The assault was not known to her family.",
    "She spoke mainly to her sister.",
    "He attended only one of four appointments.",
    "The abuse in the marriage was not known to any agency.",
])
def test_the_same_forms_that_state_no_failing(sentence: str) -> None:
    assert read_failing(sentence) is None


def test_neither_professional_is_the_agency_s_failing() -> None:
    failing = read_failing("Neither the health visitor nor the midwife asked about the new partner.")
    assert failing is not None and failing.owner == "agency"


def test_a_record_silent_on_why_is_services_failing() -> None:
    failing = read_failing("There is no record of why the consultant decided against a further detention.")
    assert failing is not None and failing.owner == "service"


def _review(heading: str, bullets: list[str]) -> ExtractedDocument:
    text = ("Introduction\n\nThis review looks at the care given to Mr T before his death in 2022.\n\n"
            "Chronology\n\nMr T moved to the flat in May 2021. He saw his GP in June.\n\n"
            f"{heading}\n\n" + "\n".join(f"- {b}" for b in bullets)
            + "\n\nRecommendations\n\nThe board should review its training.\n")
    return ExtractedDocument("t.txt", "0" * 64, "text/plain", text, [Page(None, 0, len(text))], "T")


@pytest.mark.parametrize("heading", ["What did not go well", "Where practice fell short", "What we found",
                                     "Gaps in practice", "What could have been better"])
def test_bullets_under_a_heading_of_shortcomings_are_problems(heading: str) -> None:
    doc = _review(heading, ["The housing officer did not ask Mr T who else had a key to the flat.",
                            "The GP was not told about the eviction notice."])
    assert len(find_practice_problems(doc)) == 2


def test_a_heading_of_what_worked_well_states_none() -> None:
    doc = _review("What worked well", ["The housing officer visited within a day of the call."])
    assert find_practice_problems(doc) == []


DATED_TABLE = """Review of the care of Ms R

3. Chronology and panel comment

Date | Agency | What happened | Panel comment
Mar 2021 | Hollybank Surgery | Ms R seen for poor sleep; advice given. | No enquiry about home was made.
Aug 2021 | Hollybank Surgery | Ms R seen with a sprained wrist. | Reasonable at the time.

4. Analysis

In March 2021 the GP at Hollybank Surgery prescribed sleeping tablets but did not ask how things were with her partner.

5. Recommendations

1. The surgery should ask about abuse at home.
"""


def test_a_view_cell_and_the_prose_on_the_same_agency_and_month_are_one_problem() -> None:
    problems = find_practice_problems(ExtractedDocument.from_pages("r.txt", "6" * 64, "txt", [DATED_TABLE]))
    assert len(problems) == 1
    quotes = [e.quote for e in problems[0].evidence]
    assert any("No enquiry about home" in q for q in quotes) and any("did not ask how things" in q for q in quotes)


AGENCY_PART = """Review of the care of Mr D

2. Chronology

- 3 May 2022: Mr D seen by his GP for back pain.
- 9 June 2022: Police called to a noise complaint at the flat.
- 1 July 2022: Mr D moves to his brother's house.
- 4 August 2022: Mr D seen at the hospital after a fall.
- 2 September 2022: A letter is sent to the GP.
- 8 October 2022: Mr D attends a housing appointment.
- 2 January 2023: Mr D seen at the dentist.
- 9 February 2023: Mr D seen at the optician.
- 3 March 2023: Mr D seen at the library.
- 7 April 2023: Mr D seen at the day centre.
- 5 May 2023: Mr D seen at the job centre.
- 6 June 2023: Mr D seen at the pharmacy.
- 4 July 2023: Mr D seen at the food bank.
- 1 August 2023: Mr D seen at the gym.
- 8 September 2023: Mr D seen at the barber.
- 3 October 2023: Mr D seen at the market.

Each agency's part

The police did not ask who else lived at the flat. No record was made of the injury to his hand.
The GP did not ask about his drinking. Nobody told the housing team about the threats.
The hospital did not refer him to the falls service.

3. Recommendations

1. The partnership should review its training.
"""


def test_a_part_of_a_chronology_under_its_own_heading_that_judges_densely_is_analysis() -> None:
    problems = find_practice_problems(ExtractedDocument.from_pages("r.txt", "5" * 64, "txt", [AGENCY_PART]))
    assert {p.section for p in problems} == {"analysis"}
    assert len(problems) >= 3
