"""Stage 2 on review styles other than the agency-by-agency analysis: labelled findings that
judge one agency, episode-based analysis, agency abbreviations."""

from __future__ import annotations

from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import Case, Screening
from reviewsynth.themes import find_practice_problems
from reviewsynth.themes.problems import agency_mentions, failing_owner, states_problem

INVESTIGATION = """Independent investigation: Service user Q

Care and treatment

After discharge

On 3 June the family rang the CRHTT. The CRHTT triage on 3 June did not look at the risk assessment. The discharge summary was sent by post and the information held in police records was never transferred into the risk assessment.

Findings and notable practice

Finding 1. The CRHTT response on 3 June was not adequate. The team was short of staff that week.

Finding 2. The care coordinator did not treat the missed appointment on 9 June as a warning sign.

Finding 3. Domestic abuse in the household was not recognised as a risk.

Recommendations

R1. The Trust should ensure that relatives' calls lead to a face-to-face assessment.
"""


def _doc(text: str) -> ExtractedDocument:
    return ExtractedDocument.from_pages("q.txt", "a" * 64, "txt", [text])


def _case() -> Case:
    return Case(case_id="q", category="adult_mental_health_homicide",
                screening=Screening(decision="include", reason="mental_health_homicide"))


def _quotes() -> list[list[str]]:
    return [[e.quote for e in p.evidence] for p in find_practice_problems(_doc(INVESTIGATION), _case())]


def test_labelled_finding_judging_one_agency_is_a_problem() -> None:
    quotes = _quotes()
    flat = [q for qs in quotes for q in qs]
    assert "The care coordinator did not treat the missed appointment on 9 June as a warning sign." in flat
    # A thematic finding (no agency heads it) only restates; it makes no problem of its own.
    assert not any(qs[0].startswith("Finding 3") for qs in quotes)


def test_finding_about_the_same_agency_and_day_joins_the_analysis_problem() -> None:
    quotes = _quotes()
    crhtt = [qs for qs in quotes if any("CRHTT" in q for q in qs)]
    assert len(crhtt) == 1
    assert "The CRHTT response on 3 June was not adequate." in crhtt[0]


def test_agency_named_in_passing_does_not_split_a_problem() -> None:
    quotes = _quotes()
    # "information held in police records was never transferred" is the Trust's failing,
    # not a police problem of its own: it joins the problem stated before it.
    assert not any(qs[0].startswith("The discharge summary") for qs in quotes)
    assert any("The discharge summary" in q for qs in quotes for q in qs)


def test_agency_abbreviations() -> None:
    cases = {
        "The CRHTT advised her to ring EIP.": ["mental_health"],
        "The YJS worker shared this with the police.": ["youth_offending", "police"],
        "The HV did not visit.": ["health_visitor"],
        "CSC closed the assessment.": ["childrens_social_care"],
        "The CTLD named worker was away.": ["adult_social_care"],
        "The ISVA was not told.": ["idva"],
    }
    for sentence, expected in cases.items():
        assert [m.agency_id for m in agency_mentions(sentence)] == expected, sentence


def test_context_sentences_are_not_problems() -> None:
    assert not states_problem("G.1 The panel does not conclude that the death of Child S could have been predicted.")
    assert not states_problem("The review was not delayed by any criminal proceedings.")
    assert not states_problem('She said that she had "no one to turn to" and felt "nobody listened".')
    assert failing_owner("F had not been violent towards the children.", findings=True) is None
    # ... while a failing stated beside someone's quoted words still is one.
    assert states_problem('The concern was closed because she "did not have care and support needs".')
    assert failing_owner("CSC closed the single assessment because the parents had separated.") == "agency"


NOT_CONTRIBUTORY = """Serious case review
Analysis
X was not referred to the employment service. We do not suggest that the absence of it contributed to the incident.

The GP did not ask about his mood.
"""


def test_a_paragraph_that_says_it_did_not_contribute_is_context() -> None:
    problems = find_practice_problems(_doc(NOT_CONTRIBUTORY), _case())
    assert [p.evidence[0].quote for p in problems] == ["The GP did not ask about his mood."]


def test_lettered_paragraph_numbers_are_not_quoted() -> None:
    text = "Review\nAppraisal of practice\nF.4 CSC closed the single assessment because the parents had separated.\n"
    problems = find_practice_problems(_doc(text), _case())
    assert problems[0].evidence[0].quote.startswith("CSC closed")
    assert problems[0].agencies == ["childrens_social_care"]


def test_evaluative_wording_states_problems() -> None:
    for sentence in ("The YJS worker shared this with the police but not with W's social worker.",
                     "The police officer treated the matter as a banking problem.",
                     "The assessment lacked any analysis of the risk to the children.",
                     "Practitioners believed that data protection rules prevented them from sharing more.",
                     "The CRHTT response on 12 May 2021 was not adequate.",
                     "The ward discharged him without assessing the risk to his family.",
                     "The officer graded the risk as medium.",
                     "The school's concern was logged but not shared with children's social care."):
        assert failing_owner(sentence) == "agency" or failing_owner(sentence, findings=True), sentence
    assert not states_problem("Notable practice: the police response to the incident was swift.")


def test_agency_names_read_as_the_review_names_them() -> None:
    from reviewsynth.themes.problems import agency_name, organisation_words

    def name(sentence: str) -> str:
        return agency_name(sentence, agency_mentions(sentence)[0])

    assert name("The district nursing service did not raise it.") == "District nursing service"
    assert name("X's care coordinator left the Trust.") == "Care coordinator"
    assert name("The Police IMR notes that officers did not record it.") == "Police"
    assert "The" not in organisation_words("The Trust said so. The Council agreed.")
