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


SLIDE_DECK = """Harnwick Safety Partnership
Learning event for practitioners

Slide 1 of 6
Speaker notes: Thank you for coming. The family have agreed to these slides being used but they are not for wider circulation.

Slide 2 of 6
What happened
- Ms R moved to a refuge in the spring
- Her former partner found the refuge address

Slide 3 of 6
Finding 1 - the refuge move was handled as a housing case
- The housing officer did not ask whether the move was to escape abuse
- No safety plan was made before she moved

Slide 4 of 6
Finding 2 - nobody joined up the threats
- The surgery and the refuge each heard about the threats
- Neither service passed on what it had heard

Slide 5 of 6
What will change
- Housing officers will ask about abuse at every move
"""


def test_slide_titles_led_by_a_finding_label_open_the_findings() -> None:
    problems = find_practice_problems(_doc(SLIDE_DECK), _case())
    quotes = [ev.quote for p in problems for ev in p.evidence]
    assert any("did not ask whether the move" in q for q in quotes)
    assert any("No safety plan was made" in q for q in quotes)
    assert any("Neither service passed on" in q for q in quotes)
    # the deck's own title is no 'lessons' heading: its notice about circulation is no failing
    assert not any("circulation" in q for q in quotes)
    assert all(p.section == "findings" for p in problems)


LESSONS_WITH_LABELLED_ITEMS = """Safeguarding Adults Review: Mr J

Learning from this review
The review sets out its learning as findings for the Board.

Finding 1: Referrals between the two hostels
The first hostel did not send its risk assessment to the second.

Finding 2: Nobody held the whole picture
No one brought the three agencies' concerns together.
"""


def test_labelled_items_under_a_lessons_heading_stay_items_of_those_lessons() -> None:
    problems = find_practice_problems(_doc(LESSONS_WITH_LABELLED_ITEMS), _case())
    assert {p.section for p in problems} == {"lessons"}
    assert len(problems) == 2


def test_a_section_named_with_a_colon_is_no_numbered_item() -> None:
    text = """Review of the care of Mr E

Analysis
The ward did not tell the community team that Mr E had left.

Findings: where practice fell short
The GP did not review his medication after the stay.
"""
    problems = find_practice_problems(_doc(text), _case())
    assert "findings" in {p.section for p in problems}


@pytest.mark.parametrize(("sentence", "owner"), [
    # a list of failings with one excused item: the others stand
    ("No strategy discussion was held, nobody told the school, and the earlier call was not known to "
     "the duty team because it was logged under another name.", "service"),
    # not knowing, with a reason that is another service's failing
    ("The threats were not known to the nurse because the police did not share the report.", "agency"),
    ("The clinic could not have known about the overdose because the hospital did not send a letter.", "agency"),
])
def test_an_excuse_covers_its_own_item_not_the_reason_or_the_list(sentence: str, owner: str) -> None:
    failing = read_failing(sentence)
    assert failing is not None and failing.owner == owner


@pytest.mark.parametrize("sentence", [
    "The nurse was not aware of the threats until after the assault.",
    "The surgery could not have known about the overdose at the time of the review.",
    "The health visitor was not aware of the father's history because he had given a false name.",
    "Officers did not hesitate to arrest him.",
])
def test_an_excuse_alone_states_no_failing(sentence: str) -> None:
    assert read_failing(sentence) is None


NATIONAL_ANALYSIS = """A national look at six reviews of young people harmed by other young people

1. About this paper
We read six published reviews. Where we say a review found something, it is that review's finding.

2. Case studies

Case study A: "Priya" (Wexcombe)
The Wexcombe review found that the school did not tell anyone about the threats made online.

Case study B: "Tomas" (Yarrowby)
Tomas was fifteen. The Yarrowby review found that the youth worker did not pass on what Tomas had said about the knife.
The review found that nobody checked whether the older boys were known to the police.

Case study C: "Leon" (Zennor Vale)
The Zennor Vale review found that the police did not link the two robberies.

3. Themes across the reviews
In most reviews, professionals did not ask about threats made online.
"""


def _case_named(*names: str) -> Case:
    from reviewsynth.schema import Person
    case = _case()
    case.people = [Person(person_id=f"p{i}", role="victim", name=n) for i, n in enumerate(names)]
    return case


def test_only_the_case_study_of_the_coded_case_judges_its_practice() -> None:
    problems = find_practice_problems(_doc(clean_flow_text(NATIONAL_ANALYSIS)), _case_named("Tomas"))
    quotes = " ".join(ev.quote for p in problems for ev in p.evidence)
    assert "youth worker did not pass on" in quotes and "nobody checked" in quotes
    assert "Wexcombe" not in quotes and "Zennor Vale" not in quotes


def test_a_case_named_in_no_case_study_keeps_every_paragraph() -> None:
    problems = find_practice_problems(_doc(clean_flow_text(NATIONAL_ANALYSIS)), _case_named("Rowan"))
    quotes = " ".join(ev.quote for p in problems for ev in p.evidence)
    assert "Wexcombe" in quotes and "Zennor Vale" in quotes


EASY_READ = """What we found out

What went wrong

1. Care workers saw marks on Joss's arms many times.
They wrote them in the diary.
But they did not tell the safeguarding team.

2. The police came to the flat in June.
The officers did not look at the past reports.
They did not tell Joss's social worker they had been.
"""


def test_they_in_one_line_a_sentence_refers_to_the_professionals_lines_before() -> None:
    problems = find_practice_problems(_doc(clean_flow_text(EASY_READ)), _case())
    quotes = [ev.quote for p in problems for ev in p.evidence]
    assert "But they did not tell the safeguarding team." in quotes
    assert "They did not tell Joss's social worker they had been." in quotes


@pytest.mark.parametrize(("previous", "sentence", "owner"), [
    # the professional the sentence before had as its subject, told apart from the person named
    ("The school nurse saw a cut on the girl's hand.", "She accepted Amy's account without asking how it happened.", "agency"),
    ("The housing officer visited the flat in May.", "He did not ask Ms Y whether the man was living there.", "agency"),
    # no one else named: 'she' may be the person the professional saw
    ("The school nurse saw the girl in March.", "She did not mention the cut on her hand.", None),
    # a person as the subject before: 'she' is that person
    ("Amy saw the school nurse in March.", "She did not tell Ms Y about the cut.", None),
    # the review as the subject before is no professional
    ("The panel notes that the team was short of staff.", "That explains but does not excuse the delay.", None),
])
def test_a_pronoun_refers_to_the_professional_subject_before(previous: str, sentence: str, owner: str | None) -> None:
    failing = read_failing(sentence, previous=previous)
    assert (failing.owner if failing else None) == owner


@pytest.mark.parametrize("sentence", [
    "The panel asked itself whether the hostel should have done more, and concluded that its response was reasonable.",
    "The reviewers looked at whether the school could have acted sooner and found that it acted on what it knew.",
    "Mr A's family have agreed to these notes being shared at the event, but they are not for wider circulation.",
    "This summary is not to be published before the inquest has ended.",
])
def test_questions_the_review_asked_and_notices_about_the_document_are_no_failings(sentence: str) -> None:
    assert read_failing(sentence) is None


@pytest.mark.parametrize("sentence", [
    "The panel considered whether the GP should have referred him, and concluded that the GP should have done so.",
    "The review found that the March DASH should have been graded high risk.",
    "The grading should have been high once his earlier convictions were known.",
])
def test_a_judgement_after_the_question_or_of_a_grading_is_a_failing(sentence: str) -> None:
    assert read_failing(sentence) is not None


BOARD_MINUTES = """Minutes of the Safeguarding Board, 4 June

3. Apologies
Apologies were received from the housing lead.

5. Review of the death of Mr G
5.1 The vice chair reminded members that the review was published in May.
5.2 The vice chair set out the review's four findings:
(a) In 2022 a neighbour told the day centre that Mr G was being threatened. The concern was not passed on to adult social care.
(b) The pharmacy noticed that Mr G had stopped collecting his tablets but did not tell his GP.

6. Budget
The treasurer presented the accounts.
"""


def test_minutes_that_report_a_review_s_findings_lead_into_their_list() -> None:
    problems = find_practice_problems(_doc(clean_flow_text(BOARD_MINUTES)), _case())
    quotes = " ".join(ev.quote for p in problems for ev in p.evidence)
    assert "was not passed on to adult social care" in quotes
    assert "did not tell his GP" in quotes


FINDING_SUMS_UP_A_PARAGRAPH = """Review of the death of Mr B

Analysis

The GP surgery
The discharge letter sent to the GP surgery said that Mr B's depot injection was overdue and that he had stopped attending. Nobody at the surgery read it before it went into his notes.

Findings

The GP surgery did not act on the discharge letter about the overdue depot.
"""


def test_a_finding_that_sums_up_an_analysis_paragraph_restates_its_problem() -> None:
    problems = find_practice_problems(_doc(clean_flow_text(FINDING_SUMS_UP_A_PARAGRAPH)), _case())
    assert len(problems) == 1
    quotes = [ev.quote for ev in problems[0].evidence]
    assert quotes[0].startswith("Nobody at the surgery") and quotes[1].startswith("The GP surgery did not act")


@pytest.mark.parametrize("sentence", [
    "It is not an investigation into who was to blame, and it does not duplicate the work of the coroner.",
    "The review is not about blame.",
    "| 3  LEARNING: THE CALLS THAT WERE NOT RETURNED |",
])
def test_what_a_review_is_not_and_titles_in_capitals_are_no_failings(sentence: str) -> None:
    assert read_failing(sentence) is None


@pytest.mark.parametrize("sentence", [
    "None of the practitioners asked Mrs F about the bruises.",
    "Not one professional asked the boy where he had been.",
    "No-one from the nursery asked why the child was losing weight.",
    "At no point did anyone ask her whether she felt safe.",
    "At no stage was a strategy meeting held.",
    "No professional ever spoke to the twins alone.",
    "Neither of the two services referred him to the refuge.",
    "None of these referrals was followed up.",
])
def test_failings_told_without_an_agency_are_services(sentence: str) -> None:
    failing = read_failing(sentence)
    assert failing is not None and failing.owner == "service"


@pytest.mark.parametrize("sentence", [
    "Neither of her parents told the school about the threats.",
    "None of the family knew about the knife.",
    "At no point did she tell anyone about the money.",
])
def test_nobody_among_the_family_is_no_failing_of_services(sentence: str) -> None:
    assert read_failing(sentence) is None


@pytest.mark.parametrize("sentence", [
    "The information never made its way to the social worker.",
    "Nothing was done with the warning from the neighbour.",
    "The case was allowed to drift for most of the summer.",
    "The referral sat in the duty inbox for three weeks.",
    "The email from the school was left unread over the holiday.",
])
def test_what_was_known_and_went_nowhere_is_a_failing(sentence: str) -> None:
    assert read_failing(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Nothing suggested that he was violent.",
    "He sat in the waiting room for three hours.",
])
def test_nothing_and_sitting_alone_are_no_failings(sentence: str) -> None:
    assert read_failing(sentence) is None


@pytest.mark.parametrize("sentence", [
    "The nursery did not wait for a reply from children's social care before calling the police.",
    "The hospital did not send her home until a safety plan was agreed.",
    "The outreach worker did not miss a single weekly visit.",
    "The team did not close the case, despite his wish to stop seeing them.",
    "The panel accepts that practitioners did not have the benefit of hindsight.",
])
def test_care_told_with_a_negation_is_no_failing(sentence: str) -> None:
    assert read_failing(sentence) is None


@pytest.mark.parametrize("sentence", [
    "The surgery did not refer her until the fourth appointment.",
    "The team did not close the case despite his refusal, but did not visit him either.",
])
def test_a_delay_or_a_failing_beside_the_care_still_stands(sentence: str) -> None:
    assert read_failing(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "The panel was asked to examine whether the agencies had not shared what they knew.",
    "To understand why the school did not refer the boy sooner.",
    "Officers must not accept a victim's withdrawal without asking why.",
    "The partnership must make sure that no referral is closed after one call.",
    "It is recommended that the hospital does not discharge patients at night.",
    "Why was the second referral not followed up?",
])
def test_terms_of_reference_instructions_and_questions_are_no_failings(sentence: str) -> None:
    assert read_failing(sentence) is None


def test_what_should_not_have_been_done_is_a_failing() -> None:
    failing = read_failing("The duty officer should not have closed the log after one call.")
    assert failing is not None and failing.owner == "agency"


@pytest.mark.parametrize("sentence", [
    "The support worker thought Mr C would not understand questions about money.",
    "Staff assumed that the boy did not need an interpreter.",
])
def test_a_negation_in_what_a_professional_assumed_is_their_failing(sentence: str) -> None:
    failing = read_failing(sentence)
    assert failing is not None and failing.owner == "agency"


@pytest.mark.parametrize("sentence", [
    "His sister thought he would not go back to the flat.",
    "The panel thinks the ward staff were not at fault.",
])
def test_a_relative_s_belief_or_an_exoneration_is_no_failing(sentence: str) -> None:
    assert read_failing(sentence) is None


@pytest.mark.parametrize("sentence", [
    "The officers spoke to the couple together in the kitchen.",
    "The call handler recorded the 999 call as \"a family row\".",
    "The second incident was logged as a verbal altercation.",
])
def test_a_couple_seen_together_or_abuse_framed_as_a_row_is_a_failing(sentence: str) -> None:
    assert read_failing(sentence) is not None


def test_people_sitting_together_is_no_failing() -> None:
    assert read_failing("The family sat together at the hearing.") is None


@pytest.mark.parametrize("sentence", [
    "Good practice: the refuge worker saw the risk that the first assessment had missed.",
    "What went well - the nurse did not wait for a reply before calling the police.",
])
def test_a_sentence_labelled_as_good_practice_is_no_failing(sentence: str) -> None:
    assert read_failing(sentence) is None


def test_another_label_keeps_its_failing() -> None:
    assert read_failing("Comment: the surgery did not ask about the bruise.") is not None


@pytest.mark.parametrize("sentence", [
    "No GP asked Mrs V about abuse at home.",
    "No health professional met the baby's father before the injury.",
])
def test_no_named_kind_of_professional_doing_it_is_services_failing(sentence: str) -> None:
    failing = read_failing(sentence)
    assert failing is not None and failing.owner == "service"


def test_an_organisation_named_with_recovery_is_an_agency() -> None:
    failing = read_failing("Brackwell Recovery recorded his threats at the assessment but did not share them.")
    assert failing is not None and failing.owner == "agency"


BULLETED_FINDINGS = """Independent investigation into the care of Mr N

Summary of findings

The investigators identified these issues.

* Care plans were carried over unchanged from one review to the next and missed his growing threats.
\u2022 Nobody checked whether he was taking his tablets after the injection was stopped.
"""


def test_bulleted_finding_quotes_start_at_the_words() -> None:
    problems = find_practice_problems(_doc(BULLETED_FINDINGS), _case())
    starts = sorted(p.evidence[0].quote.split()[0] for p in problems)
    assert starts == ["Care", "Nobody"]
    assert all(p.text == p.evidence[0].quote for p in problems)
