"""Stage 2 read from the document model: whose failing a sentence states comes from the parse
(the subject or the passive agent of the failing verb); method statements, praise,
recommendations and counterfactuals are no problems; a review's own list is its problems,
wherever it stands; discovered themes are named in the problems' own words."""

from __future__ import annotations

import pytest

from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import Case, Evidence, PracticeProblem, Screening
from reviewsynth.themes import ThemeEdits, apply_theme_edits, assign_themes, find_practice_problems
from reviewsynth.themes.labels import failing_phrase, theme_label
from reviewsynth.themes.problems import read_failing


def _doc(text: str, sha: str = "7" * 64) -> ExtractedDocument:
    return ExtractedDocument.from_pages("r.txt", sha, "txt", [text])


def _case(case_id: str = "c1") -> Case:
    return Case(case_id=case_id, category="intimate_partner_violence",
                screening=Screening(decision="include", reason="intimate_partner_homicide"))


@pytest.mark.parametrize("sentence", [
    "The panel took care not to judge with hindsight, as much of this was not known at the time.",
    "The review did not interview the pharmacist, who has since moved abroad.",
    "We did not speak to the school nurse because she had retired.",
    "The paramedics did not hesitate to call the police.",
    "The housing response was prompt and proportionate.",
    "The trust should audit its discharge letters every year.",
    "Had the midwife asked, Ms Q might have told her about the bruises.",
    "She did not want the police to be involved.",
    "He was not injured in the earlier fight.",
    "The volunteers at the lunch club were not social workers.",
    "Ossie left the day centre without his coat and walked home.",
    "Ms V was stopped by officers and refused to give her name.",
    "Her difficulties in settling at the new school were clear.",
    "He slept badly; not knowing where his brother was made it worse.",
    "Mr D was not thought to be part of the group.",
    "No concerns were noted about the baby's weight or feeding.",
    "The women's refuge in the town was not known to her.",
    "He had difficulty in understanding the letters he was sent.",
    "She had one way out: not going back to the flat.",
    "Concerns were identified about his drinking.",
])
def test_method_praise_recommendations_and_counterfactuals_are_no_failings(sentence: str) -> None:
    assert read_failing(sentence) is None


@pytest.mark.parametrize(("sentence", "owner"), [
    ("The practice nurse did not ask Ms Q about the marks on her arms.", "agency"),
    ("Ms Q was not seen by the practice nurse after the birth.", "agency"),
    ("No referral was made after the second call-out.", "service"),
    ("Nobody checked who else was living at the flat.", "service"),
    ("Mr R had no allocated care coordinator for four months.", "service"),
    ("Her call to the duty line was not returned.", "service"),
    ("The outreach team did not reply to either email.", "agency"),
    ("The review found no evidence that the health visitor considered the father's history.", "service"),
    # A passive whose subject the parse loses in a conjunct: "was noted but not passed on".
    ("The threat made at the bus stop in March was noted but not passed on to the youth team.", "service"),
    ("Dina was moved to a new ward but not given a named nurse.", "service"),
    # An absence of practice that something caused: "left the family without a health visitor".
    ("The closure of the clinic left Mr T without a care coordinator for five weeks.", "service"),
    ("A change of address left the children without a health visitor for a year.", "service"),
    # A practitioners' judgement about what to do, told in the passive with a complement.
    ("The worries about the twins were not felt to meet the threshold for an assessment.", "service"),
    # Items of a findings list told without a clause of their own.
    ("Learning points: not recognising the grandmother's fear of her son.", "service"),
    ("The panel noted the nurses' difficulties in identifying coercive control.", "agency"),
    ("Some practice issues were identified in relation to the transfer of the records.", "service"),
    ("In the second family, the police treated every report from the father as an isolated event.", "agency"),
])
def test_whose_failing_comes_from_the_grammar(sentence: str, owner: str) -> None:
    failing = read_failing(sentence)
    assert failing is not None and failing.owner == owner


def test_the_agent_of_a_passive_is_the_agency_at_fault() -> None:
    text = """Review of the death of Ms Q
Analysis
Ms Q was not seen by the practice nurse after the birth, although the police had shared the report with the surgery.
"""
    problems = find_practice_problems(_doc(text), _case())
    assert [p.agencies for p in problems] == [["gp"]]
    assert problems[0].agency == "Practice nurse"


def test_problems_are_read_from_a_review_doc_with_its_parses() -> None:
    text = """Review
Findings
The outreach team did not reply to either email from the hostel.
"""
    rd = ReviewDoc.read(_doc(text))
    problems = find_practice_problems(rd, _case())
    assert [p.evidence[0].quote for p in problems] == ["The outreach team did not reply to either email from the hostel."]
    assert rd._parses  # the failing sentence was parsed once, by the document model


WEB_SUMMARY = """Northcombe Safeguarding Partnership

Child Z (published May 2024)

Child Z was fourteen when he was stabbed near a retail park in 2023.

The review found that:
- the school moved him to a part-time timetable without telling his social worker;
- the youth justice worker knew he carried a blade but did not pass this on to the police.

The partnership has made six recommendations.
"""


def test_a_web_summary_states_its_findings_without_a_heading() -> None:
    quotes = [p.evidence[0].quote for p in find_practice_problems(_doc(WEB_SUMMARY), _case())]
    assert len(quotes) == 2
    assert quotes[0].startswith("the school moved him") and "blade" in quotes[1]


CONTENTS_THEN_BODY = """Domestic Homicide Review

Contents

Introduction

Chronology

Terms of reference

Findings

Introduction

The review looks at the year before Ms P died.

Terms of reference

The panel set six questions. The family did not want to take part.

Findings

The probation officer did not check the address Mr P gave.
"""


def test_a_table_of_contents_does_not_turn_front_matter_into_analysis() -> None:
    quotes = [p.evidence[0].quote for p in find_practice_problems(_doc(CONTENTS_THEN_BODY), _case())]
    assert quotes == ["The probation officer did not check the address Mr P gave."]


def test_labelled_findings_are_the_reviews_list_when_no_analysis_states_a_failing() -> None:
    text = """Investigation report
Discussion and findings
The unit's policy asks for a visit within three days of discharge.
Finding 1: the first visit took place on day nine and was made by a locum who had not read the notes.
The manager told us that two posts were vacant.
Finding 2: the crisis line did not pass the brother's call to the consultant.
The ward did not know he had moved.
"""
    problems = find_practice_problems(_doc(text), _case())
    assert [p.evidence[0].quote.split(":")[0] for p in problems] == ["Finding 1", "Finding 2"]


def test_a_failing_phrase_is_who_failed_and_what_they_did_not_do() -> None:
    assert failing_phrase("Ms Q's GP did not ask about her drinking when she attended in June 2020, "
                          "although a flag was on her record.") == "GP did not ask about her drinking"
    assert failing_phrase("No referral was made to the advocacy service.") == "No referral was made to the advocacy service"


def _problem(text: str, sha: str) -> PracticeProblem:
    return PracticeProblem(text=text, agency="Parish council", evidence=[Evidence(document=sha, quote=text)])


def test_discovered_themes_have_readable_labels_that_analysts_can_rename() -> None:
    cases = []
    for i, wording in enumerate(("The parish clerk did not log the complaints about the shed rota.",
                                 "The parish clerk did not log the complaints about the plot hedges.")):
        c = _case(f"c{i}")
        c.practice_problems = [_problem(wording, str(i) * 64)]
        cases.append(c)
    themes = assign_themes(cases)
    discovered = [t for t in themes if t.source == "discovered"]
    assert len(discovered) == 1
    label = discovered[0].label
    assert label.startswith("Parish clerk did not log the complaints")
    assert not label.startswith("Discovered") and "," not in label
    edits = ThemeEdits()
    edits.add({"op": "rename", "theme": discovered[0].id, "label": "Complaints not recorded"})
    renamed = apply_theme_edits(assign_themes(cases), edits, cases)
    assert [t.label for t in renamed if t.id == discovered[0].id] == ["Complaints not recorded"]


def test_a_theme_label_prefers_the_most_typical_problem() -> None:
    label = theme_label(["The GP did not ask Ms Q about her safety at home.",
                         "Her GP did not ask about her safety at the review in May.",
                         "The warden did not reply."])
    assert label == "GP did not ask about her safety"


JUDGED_UNDER_A_FACTS_HEADING = """Review of the death of Mr H
Introduction
Mr H was killed by a lodger in 2022.
Agency involvement
The housing officer did not ask who the lodger was.
The GP did not record the bruises on his arms.
Adult social care closed the concern after one phone call.
The police did not check the lodger's record.
Mr H went to the day centre twice a week.
Recommendations
The Board should review its guidance on lodgers.
"""


def test_a_section_that_judges_practice_is_read_whatever_its_heading() -> None:
    problems = find_practice_problems(_doc(JUDGED_UNDER_A_FACTS_HEADING), _case())
    assert len(problems) == 4
    assert not any("day centre" in e.quote or "should" in e.quote for p in problems for e in p.evidence)


LIST_UNDER_LEARNING = """Review of the death of Ms J
Analysis
Risk was a theme throughout. The risk assessment did not consider the threats he made.
Learning identified

The police did not link the three reports of harassment.

The GP practice did not ask Ms J about her safety at home.

The refuge closed her case after two missed calls.

Recommendations
Agencies should share reports of harassment.
"""


def test_a_reviews_list_may_stand_under_a_learning_heading() -> None:
    quotes = [p.evidence[0].quote for p in find_practice_problems(_doc(LIST_UNDER_LEARNING), _case())]
    assert quotes[:3] == ["The police did not link the three reports of harassment.",
                          "The GP practice did not ask Ms J about her safety at home.",
                          "The refuge closed her case after two missed calls."]


NUMBERED_FINDINGS = """Review of the death of Mrs O
Analysis
The housing officer visited twice and did not ask Mrs O about the noise reported by neighbours.
The ambulance crew did not record the bruise on her cheek.
Findings

Finding 1. The housing officer visited twice but did not ask Mrs O about the noise.

Finding 2. The adult social care review in May was done by phone, and Mrs O's own wishes were not recorded.

Finding 3. The referral from the pharmacy was closed without a visit and without anyone speaking to Mrs O.

Finding 4. The ambulance crew who attended her fall did not record the bruise on her cheek.

Finding 5. Reports about the nephew were not passed between the police and the council.

Recommendations
Agencies should see older people alone.
"""


def test_a_findings_list_led_by_agencies_acts_is_the_reviews_own_list() -> None:
    """Items led by an agency's own act ("The adult social care review ... was done by phone, and
    her wishes were not recorded") count as naming the agency at fault, so a list of such
    items is the review's problems, each item one, the analysis adding quotes."""
    problems = find_practice_problems(_doc(NUMBERED_FINDINGS), _case())
    firsts = [p.evidence[0].quote for p in problems]
    assert len(problems) == 5
    assert any(q.startswith("The referral from the pharmacy was closed") for q in firsts)
    assert any(q.startswith("Reports about the nephew were not passed") for q in firsts)
    # the analysis restating an item adds its quote to that item
    assert any(len(p.evidence) == 2 and "ambulance crew did not record" in p.evidence[1].quote for p in problems)


ANALYSIS_SUMMED_UP = """Review of the death of Ms F
Analysis

The ambulance service did not pass the crew's safeguarding concern to adult social care.

The GP practice did not query the repeated early requests for his medication.

Professionals did not use what the family told them to plan her care.

Recommendations
Agencies should record what families tell them.
"""

ONLY_SUMMED_UP = """Review of the death of Mr E
Analysis

Mr E moved to the town in 2019 and lived with his brother.

Agencies did not share what they knew about the threats he had made.

Recommendations
Agencies should share information about threats.
"""


def test_an_analysis_summing_up_across_agencies_restates_or_stands_alone() -> None:
    """'Professionals did not ...' after the analysis of each agency sums up across them: no
    problem of its own where the agencies' own failings are stated, the problem where not."""
    summed = [e.quote for p in find_practice_problems(_doc(ANALYSIS_SUMMED_UP), _case()) for e in p.evidence]
    assert any("ambulance service" in q for q in summed) and any("GP practice" in q for q in summed)
    assert not any(q.startswith("Professionals did not use") for q in summed)
    alone = find_practice_problems(_doc(ONLY_SUMMED_UP), _case())
    assert [p.evidence[0].quote for p in alone] == [
        "Agencies did not share what they knew about the threats he had made."]


@pytest.mark.parametrize("sentence", [
    # a standard the practice missed, not the review recommending
    "The school nurse completed a health plan but did not ask who looked after him at night, "
    "which the trust's own guidance recommends.",
    # an adviser is a professional
    "The adviser gave her a leaflet but did not offer to make a referral to the outreach team.",
    # done without anyone doing what was needed
    "The eviction notice was served without anyone checking whether she understood it.",
    # an involvement ended after a single contact
    "The counselling service ended its support after one telephone call.",
    # an involvement closed; a discharge without a home visit
    "Each time the worker accepted her wish to be left alone and closed their involvement.",
    "The ward discharged him to the bedsit without a home visit, though he had fallen twice.",
    # too few staff for the need
    "The care home was short-staffed on the night she fell, with one carer for nine residents.",
])
def test_more_kinds_of_failing_are_read(sentence: str) -> None:
    assert read_failing(sentence, findings=True) is not None


@pytest.mark.parametrize("sentence", [
    'The chair of the panel said: "Mina was kind to everyone and no one should forget her.',
    "She ended the friendship after one argument.",
])
def test_a_quotation_left_open_and_a_persons_act_are_no_failings(sentence: str) -> None:
    assert read_failing(sentence, findings=True) is None


VIEW_TABLE = """Review of the care of Mr K

3. What happened and our view

Table 2: Care against the plan

Plan item | What happened | Our view
Weekly visits | Visits stopped in May | The outreach team did not visit Mr K for eleven weeks after his key worker left.
Medication | Tablets collected monthly | The GP practice did not tell anyone when Mr K stopped collecting his tablets.
Contact with family | His son rang twice | This was good practice.

4. Recommendations

1. The outreach team should cover a key worker's absence.
"""


def test_the_view_column_of_a_table_beside_what_happened_is_judged() -> None:
    """A table setting what happened beside the review's view: the view cells are the review's
    judgement wherever the table stands, the fact cells are not."""
    problems = find_practice_problems(_doc(VIEW_TABLE), _case())
    firsts = [p.evidence[0].quote for p in problems]
    assert any(q.startswith("The outreach team did not visit Mr K") for q in firsts)
    assert any(q.startswith("The GP practice did not tell anyone") for q in firsts)
    assert not any("Visits stopped" in q or "Tablets collected" in q for q in firsts)


GRID_TABLE_REVIEW = """Learning summary: Child T

2. What happened and what we learned

+--------------------------------------+--------------------------------------+
| What happened                        | What we learned                      |
+--------------------------------------+--------------------------------------+
| T moved school twice in one year and | The new school did not ask the old   |
| stopped attending in the spring.     | school for his records, so nobody    |
|                                      | knew of the earlier concerns.        |
+--------------------------------------+--------------------------------------+
| T was seen by the dentist with a     | The dental practice did not make a   |
| broken tooth.                        | referral although the injury was not |
|                                      | explained.                           |
+--------------------------------------+--------------------------------------+

3. What went well

The youth worker kept in touch with T every week.
"""


def test_a_grid_table_with_wrapped_cells_is_read_cell_by_cell_and_quoted_verbatim() -> None:
    from reviewsynth.ingest.clean import clean_flow_text

    text = clean_flow_text(GRID_TABLE_REVIEW)
    assert "| T moved school twice in one year and | The new school did not ask the old   |" in text
    doc = _doc(text)
    problems = find_practice_problems(doc, _case())
    assert len(problems) == 2
    # the problem states the whole cell sentence; its quote is the document's own lines
    assert problems[0].text.startswith("The new school did not ask the old school for his records")
    assert problems[1].text.startswith("The dental practice did not make a referral although")
    for p in problems:
        for ev in p.evidence:
            assert ev.start is not None and ev.end is not None
            assert doc.text[ev.start:ev.end] == ev.quote
        assert "What happened" not in p.text


FINDINGS_LIST_AND_ANALYSIS = """Overview report

6. Analysis

6.1 Police

6.1.1 Officers attended in June. They did not speak to Ms D apart from her partner.

6.2 Children's social care

6.2.1 The social worker did not see the children alone during the assessment.

7. Findings

7.1 Thornfield Police did not complete a risk assessment after the June call-out.

7.2 Ashby Surgery did not ask Ms D about abuse when she came in with a burn.
"""


def test_an_agency_the_findings_list_leaves_out_keeps_its_analysis_problem() -> None:
    """A findings list led by agencies is the review's problems; an analysis failing of an
    agency the list names nowhere, told of the agency acting, is one more."""
    problems = find_practice_problems(_doc(FINDINGS_LIST_AND_ANALYSIS), _case())
    firsts = [p.evidence[0].quote for p in problems]
    assert any(q.startswith("Thornfield Police did not complete") for q in firsts)
    assert any(q.startswith("Ashby Surgery did not ask") for q in firsts)
    assert any(q.startswith("The social worker did not see the children alone") for q in firsts)
    assert len(problems) == 3


LABELLED_FINDINGS_AND_VIGNETTE = """Thematic review

Findings

Finding 1. Harbury Police did not check the partner's record when the mother rang in March.

Finding 2. The GP did not link the records of the two households.

Finding 3. The school nurse did not ask the girl who lived at home.

Another family

A boy of ten was harmed by a lodger. The health visitor noted a concern but did not pass it on.
"""


def test_a_labelled_findings_list_holds_its_labelled_items_only() -> None:
    """Under a list of labelled findings, an unlabelled paragraph (another family's vignette)
    is no item of the list."""
    problems = find_practice_problems(_doc(LABELLED_FINDINGS_AND_VIGNETTE), _case())
    quotes = [ev.quote for p in problems for ev in p.evidence]
    assert len(problems) == 3
    assert not any("health visitor" in q for q in quotes)
