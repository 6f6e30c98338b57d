"""Stage 2: further wordings that state a shortcoming of practice (what should have followed
and did not, acceptance without question, a meeting or plan wanting, something done by
nobody, a record silent on a risk, part of what was due, delay, a request or a change of
risk misread), the wordings beside them that state none (a count opening a list, a review
visit, an excuse of not being able to know), and learning briefs drawn as text boxes. All
sentences are invented for these tests."""

from __future__ import annotations

import pytest

from reviewsynth.documents import ExtractedDocument
from reviewsynth.ingest.clean import clean_flow_text, unbox_text_boxes
from reviewsynth.schema import Case, Screening
from reviewsynth.themes import find_practice_problems
from reviewsynth.themes.problems import read_failing


@pytest.mark.parametrize("sentence", [
    # what an event should have set off, with words between "should" and "have"
    "The second report of choking should on its own have led to a referral to the risk conference.",
    "The panel considers that this should have prompted a home visit by the duty team.",
    "Her account should, in the panel's view, have been passed to the school nurse.",
    # a passive of acceptance without question, a decision without the meeting it wanted
    "When the boy arrived with a burn, the explanation of a kettle accident was accepted without question.",
    "The move to a new school was agreed without a multi-agency meeting to look at the risks.",
    # a record silent on a risk
    "His support plan said nothing about the debts.",
    "The discharge summary made no mention of the threats to his neighbour.",
    # part of what was due, and delay
    "Welfare calls were made after only two of the seven missed visits.",
    "The referral about the flat waited five weeks to be allocated.",
    # a request or a change of risk misread
    "The landlord treated the request for a door chain as a repair.",
    "Each service that knew of the move saw it as a sign that the risk had reduced.",
    # a review visit is practice, not the review speaking of itself
    "The review visit did not happen because the nurse was off sick.",
    # "nor", "ought to have", weight misplaced, an assumption, a duty left to the person
    "Nor did the strategy meeting ask where the older brother was living.",
    "The outreach worker ought to have asked who else lived at the flat.",
    "Too much weight was given to the stepfather's account of the burn.",
    "Ward staff assumed that the community team had been told.",
    "It was left to the mother to book the follow-up appointment.",
    "There was a delay in allocating the case to a named worker.",
    "Her disclosure to the duty line went unrecorded.",
])
def test_wordings_of_a_shortcoming(sentence: str) -> None:
    assert read_failing(sentence) is not None


def test_what_should_have_followed_and_did_not() -> None:
    failing = read_failing("Neither took place.")
    assert failing is not None and failing.owner == "service"


def test_done_by_none_of_the_agencies_named_before() -> None:
    failing = read_failing("The threats were known to three agencies and weighed by none of them.")
    assert failing is not None


@pytest.mark.parametrize("sentence", [
    "The panel identified five areas where practice fell short.",
    "The locum had no way of knowing about the injunction and acted reasonably on what she was told.",
    # a person's silence or waiting is no failing of practice
    "She said nothing about the threats.",
    "He waited two weeks before telling his brother.",
    "She assumed that he had gone to the gym.",
    "The bruises went unreported by her friends.",
    # calls a service made that the person did not answer
    "- Three calls went unanswered; a letter was sent to her flat",
    "Agencies should ensure that staff have been trained in the new pathway.",
])
def test_wordings_that_state_no_shortcoming(sentence: str) -> None:
    assert read_failing(sentence) is None


def test_no_way_of_knowing_leaves_the_failing_that_caused_it() -> None:
    failing = read_failing("The locum had no way of knowing about the injunction, because the police did not send it.")
    assert failing is not None


BOXED = """BRIEF FOR PRACTITIONERS

+--------------------------------------------------------------+
| LESSON 1: LOOK AT THE WHOLE RECORD                           |
|                                                              |
| At the walk-in centre, nobody read the baby's earlier notes, |
| so the bruise a week before was not known. No referral was   |
| considered.                                                  |
+--------------------------------------------------------------+

+--------------------------------------------------------------+
| LESSON 2: HAND OVER                                          |
|                                                              |
| The planned visit did not take place because the nurse left  |
| the team and the case was not handed over.                   |
+--------------------------------------------------------------+
"""


def test_a_text_box_opens_into_a_heading_and_prose() -> None:
    lines = unbox_text_boxes(BOXED.split("\n"))
    assert "LESSON 1: LOOK AT THE WHOLE RECORD" in lines
    assert not any("|" in line or line.startswith("+") for line in lines)
    flowed = clean_flow_text(BOXED)
    assert "so the bruise a week before was not known. No referral was considered." in " ".join(flowed.split())


def test_a_grid_table_of_several_columns_is_no_text_box() -> None:
    grid = ["+------+------+", "| a    | b    |", "+------+------+"]
    assert unbox_text_boxes(grid) == grid


def test_the_failings_in_text_boxes_are_read_whole() -> None:
    text = clean_flow_text(BOXED)
    doc = ExtractedDocument.from_pages("brief.txt", "7" * 64, "txt", [text])
    case = Case(case_id="c1", category="intimate_partner_violence",
                screening=Screening(decision="include", reason="intimate_partner_homicide"))
    quotes = [" ".join(ev.quote.split()) for p in find_practice_problems(doc, case) for ev in p.evidence]
    assert any(q.startswith("At the walk-in centre, nobody read the baby's earlier notes") for q in quotes)
    assert any("the case was not handed over" in q and q.startswith("The planned visit") for q in quotes)


@pytest.mark.parametrize("sentence", [
    "- Limited professional curiosity about the lodger",
    "- A lack of challenge to the uncle's account",
    "- No risk assessment after the second call-out",
    "Staff were reluctant to challenge the stepfather.",
    "The assessments focused solely on the grandmother.",
    "The three teams worked in silos.",
])
def test_findings_told_as_bullets_and_noun_phrases(sentence: str) -> None:
    failing = read_failing(sentence)
    assert failing is not None


@pytest.mark.parametrize("sentence", [
    "- she did not tell anyone at the club",
    "She had limited contact with her cousins.",
    "He was reluctant to ask for help.",
    "With hindsight, the nurse could have asked more questions.",
    "The contact in 2014 was outside the scope of this review and was not examined.",
])
def test_a_person_s_own_limits_hindsight_and_scope_are_no_failings(sentence: str) -> None:
    assert read_failing(sentence) is None
