"""Stage 2 on review shapes read line by line: Markdown chronology tables with a comment
column, failings joined to a reported clause by the parser, and the wordings short lines,
bullets and table cells use. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from reviewsynth.documents import ExtractedDocument
from reviewsynth.ingest.clean import clean_flow_text
from reviewsynth.schema import Case, Screening
from reviewsynth.themes import find_practice_problems
from reviewsynth.themes.problems import read_failing


def _doc(text: str, sha: str = "5" * 64) -> ExtractedDocument:
    return ExtractedDocument.from_pages("r.txt", sha, "txt", [text])


def _case() -> Case:
    return Case(case_id="c1", category="intimate_partner_violence",
                screening=Screening(decision="include", reason="intimate_partner_homicide"))


MARKDOWN_CHRONOLOGY = """Independent investigation into the care of Mr W

1 Chronology and analysis

| Date | Agency | What happened | Reviewer comment |
|---|---|---|---|
| 03/02/2021 | Fenmoor Police | Mr W's mother reports that he did not come home. | Prompt and thorough search. |
| 11/04/2021 | Trust | The ward discharges Mr W after nine days. | The ward did not tell his mother about the discharge. |
| 19/06/2021 | Trust | Mr W misses his clinic appointment. | Not followed up. |

2 Recommendations

The Trust should review its discharge checklist.
"""


def test_markdown_rows_stay_lines_when_the_text_is_unwrapped() -> None:
    cleaned = clean_flow_text(MARKDOWN_CHRONOLOGY)
    rows = [line for line in cleaned.split("\n") if line.startswith("| ")]
    assert len(rows) == 4  # the header and three rows, none joined to the next


def test_the_comment_column_of_a_markdown_chronology_is_read_as_the_review_s_view() -> None:
    text = clean_flow_text(MARKDOWN_CHRONOLOGY)
    quotes = [ev.quote for p in find_practice_problems(_doc(text), _case()) for ev in p.evidence]
    assert "The ward did not tell his mother about the discharge." in quotes
    assert "Not followed up." in quotes
    # what happened is fact, not the review's view: "he did not come home" is no failing
    assert not any("did not come home" in q for q in quotes)


def test_a_view_cell_that_names_no_agency_takes_the_agency_of_its_row() -> None:
    text = clean_flow_text(MARKDOWN_CHRONOLOGY)
    problems = find_practice_problems(_doc(text), _case())
    bare = next(p for p in problems if p.evidence[0].quote == "Not followed up.")
    assert bare.agency == "Trust"


@pytest.mark.parametrize("sentence", [
    # the parser hangs 'did not' on the reported clause; it continues the one who noted it
    "The school nurse noted that the boy looked thin but did not refer him to the GP.",
    "The key worker recorded that Mrs D was \"jumpy\" and \"tearful\", but did not pass this on to her manager.",
    "The letting agency knew that a second man had moved in and changed the locks but did not tell anyone.",
    # ...unless the review reports it: the failing is then the reported agency's
    "The review found that the nursery logged the bruises but did not tell the parents.",
])
def test_a_failing_joined_to_a_reported_clause_is_the_reporter_s(sentence: str) -> None:
    failing = read_failing(sentence)
    assert failing is not None and failing.owner == "agency"


def test_a_person_who_reports_and_then_declines_states_no_failing() -> None:
    assert read_failing("She told the nurse that he had pushed her but did not want the police called.") is None


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Every call from the neighbour was graded on its own.", "service"),
    ("Each report from the school was assessed on its own.", "agency"),  # the school's reports
    ("No interpreter was used at any of the three appointments.", "service"),
    ("The referral never reached the health visiting team.", "agency"),  # the referrer's act
    ("Three of the messages were filed without action.", "service"),
    ("Neither service passed on what it had heard.", "service"),
    ("The duty worker assessed the father by telephone only.", "agency"),
    ("The housing officer treated Mr B's stay as a tenancy matter.", "agency"),
])
def test_wordings_of_failings_in_short_lines_and_cells(sentence: str, owner: str | None) -> None:
    failing = read_failing(sentence)
    assert (failing.owner if failing else None) == owner


def test_people_seen_or_living_on_their_own_is_no_failing() -> None:
    assert read_failing("She lived on her own and was seen on her own by the nurse.") is None
