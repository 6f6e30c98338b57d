"""Stage 2: practice problems found in a review, themes, lines of enquiry and analyst edits."""

from __future__ import annotations

from pathlib import Path

from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import Case, Evidence, PracticeProblem, Screening
from reviewsynth.themes import (
    UNASSIGNED,
    ThemeEdits,
    apply_theme_edits,
    assign_themes,
    find_practice_problems,
    find_recommendations,
    lines_of_enquiry,
    resolve_theme,
)
from reviewsynth.themes._text import review_sections, sentence_spans
from reviewsynth.themes.problems import agency_is_subject, failing_owner, states_problem

REVIEW = """Domestic Homicide Review
1. Introduction
1.1 This review examines the contact agencies had with Mira before her death.
2. Chronology
2.1 The police did not attend on 3 May because no car was available.
3. Analysis
3.1 Mira did not tell anyone about the abuse. The GP did not ask about her safety when she disclosed that her husband frightened her.
3.2 Had the GP asked, she might have been referred to the IDVA service.
4. Findings
4.1 The review has identified the following practice problems.
4.2 Northfield Police did not complete a DASH risk assessment and did not refer Mira to MARAC. Officers had received no training on stalking.
4.3 Elm Road Medical Practice did not make routine enquiry about domestic abuse. The practice had no referral pathway.
4.4 The helpline closed Mira's case after two unanswered calls because of demand on a single worker.
5. Recommendations
5.1 The police should ensure that a DASH risk assessment is completed for every report.
5.2 Housing should be invited to MARAC.
"""


def doc(text: str = REVIEW, sha: str = "f" * 64) -> ExtractedDocument:
    return ExtractedDocument.from_pages("r.pdf", sha, "pdf", [text])


def included(case_id: str = "c1", category: str = "intimate_partner_violence") -> Case:
    return Case(case_id=case_id, category=category,
                screening=Screening(decision="include", reason="intimate_partner_homicide"))


def test_sections_and_sentences() -> None:
    kinds = [s.kind for s in review_sections(REVIEW)]
    assert kinds == ["cover", "introduction", "chronology", "analysis", "findings", "recommendations"]
    text = "Mr. Smith went home. Dr. Jones did not call.\n4.2 Next point."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Mr. Smith went home.", "Dr. Jones did not call.", "4.2 Next point."]


def test_problems_come_from_findings_with_agency_factors_and_verbatim_quotes() -> None:
    d = doc()
    problems = find_practice_problems(d, included())
    assert len(problems) == 3
    first = problems[0]
    assert first.agency == "Northfield Police"
    assert first.evidence[0].quote == ("Northfield Police did not complete a DASH risk assessment "
                                       "and did not refer Mira to MARAC.")
    # The failing is the police's: MARAC is only what they did not refer to.
    assert first.agencies == ["police"]
    assert {f["factor"] for f in first.systemic_factors} >= {"training"}
    assert problems[1].agency == "Elm Road Medical Practice"
    assert {f["factor"] for f in problems[2].systemic_factors} >= {"resources"}
    for p in problems:  # evidence or nothing: every quote verbatim at its offsets
        for ev in p.evidence:
            assert d.text[ev.start:ev.end] == ev.quote
    # Chronology and recommendations are never read for problems.
    assert not any("no car" in p.text or "should" in p.text for p in problems)


def test_fallback_to_analysis_keeps_agency_failings_only() -> None:
    text = REVIEW.split("4. Findings")[0]
    problems = find_practice_problems(doc(text), included())
    quotes = [p.evidence[0].quote for p in problems]
    assert quotes == ["The GP did not ask about her safety when she disclosed that her husband frightened her."]


THEMATIC = """Serious Case Review
1. Introduction
1.1 This review looks at the help Sam received.
2. Chronology
2.1 In May the school recorded a fight.
3. Analysis

The school

3.1 The school logged six incidents separately. None of the incidents was recorded as bullying.
3.2 Sam's teacher passed a disclosure to the safeguarding lead, but it was not recorded.

Police

3.3 Sam did not want to make a statement. The police did not make a safeguarding referral for Sam as a victim.
3.4 The review does not criticise the officer for believing him, but notes that the officer did not ask who else was present.
3.5 When Sam missed his appointment, Brightway Support closed the case. Brightway did not tell the school.

4. Findings
4.1 Finding 1: Harm from other children was not recognised as a safeguarding matter by the police.
4.2 Finding 2: There was no shared plan for Sam's wellbeing.
5. Missed opportunities
5.1 The GP did not ask about his mood in June.
6. Lessons learned
6.1 Lesson 1: Bullying incidents should be recorded so that patterns are visible.
7. Recommendations
7.1 The police should make a safeguarding referral for every child victim.
"""


def test_thematic_findings_leave_problems_in_the_analysis() -> None:
    d = doc(THEMATIC)
    problems = find_practice_problems(d, included())
    first_quotes = [p.evidence[0].quote for p in problems]
    assert first_quotes[:2] == ["None of the incidents was recorded as bullying.",
                                "Sam's teacher passed a disclosure to the safeguarding lead, but it was not recorded."]
    # Sub-headings give the agency when the sentence names none.
    assert problems[0].agencies == ["school"] and problems[1].agencies == ["school"]
    police = next(p for p in problems if "safeguarding referral" in p.evidence[0].quote)
    # One problem per paragraph and agency; the labelled finding that restates it is a quote.
    assert [e.quote for e in police.evidence] == [
        "The police did not make a safeguarding referral for Sam as a victim.",
        "Finding 1: Harm from other children was not recognised as a safeguarding matter by the police."]
    all_quotes = [e.quote for p in problems for e in p.evidence]
    # Praise in one clause does not hide the failing in the next.
    assert any(q.startswith("The review does not criticise the officer") for q in all_quotes)
    # What the child did not do is not a practice problem.
    assert not any(q.startswith("Sam did not want") for q in all_quotes)
    # An organisation the document names ("Brightway Support") is a service, not a person.
    assert any(q == "Brightway did not tell the school." for q in all_quotes)
    # A heading the shared lexicon may not know ("Missed opportunities") is read as analysis.
    assert any(p.agencies == ["gp"] for p in problems)
    assert next(p for p in problems if "Brightway" in p.evidence[0].quote).agency == "Brightway Support"
    # A labelled finding is a summary: it adds a quote to what it restates, never stands alone.
    assert not any(q.startswith("Finding 2:") for q in all_quotes)
    assert not any("Lesson 1" in q or "should" in q for q in all_quotes)
    for p in problems:
        for ev in p.evidence:
            assert d.text[ev.start:ev.end] == ev.quote


def test_agency_led_findings_list_takes_analysis_as_quotes() -> None:
    problems = find_practice_problems(doc(), included())
    # The analysis sentence about the GP restates the GP finding: one problem, not two.
    assert len(problems) == 3
    gp = problems[1]
    assert gp.evidence[0].quote.startswith("Elm Road Medical Practice did not make routine enquiry")


def test_whose_failing_it_is() -> None:
    assert failing_owner("The GP did not ask about her safety.") == "agency"
    assert failing_owner("No referral was made to MARAC.") == "service"
    assert failing_owner("Nobody spoke to the children.") == "service"
    assert failing_owner("She did not want him removed.") is None
    assert failing_owner("When Tom missed his appointment, the CMHT took no further action.") == "agency"
    assert failing_owner("They did not complete a DASH risk assessment.",
                         previous="Officers attended the house.") == "agency"


def test_excluded_case_has_no_problems() -> None:
    case = Case(case_id="x", screening=Screening(decision="exclude", reason="self_neglect"))
    assert find_practice_problems(doc(), case) == []


def test_sentence_rules() -> None:
    assert states_problem("The school failed to refer the bruising.")
    assert not states_problem("The police should ensure that every report is linked.")
    assert not states_problem("Had the GP asked, she might have been referred.")
    assert not states_problem("The panel does not criticise the GP.")
    assert agency_is_subject("The officer did not flag the report.")
    assert not agency_is_subject("She had not told professionals about him.")
    assert agency_is_subject("The reports were not linked.")


def test_recommendations_are_kept_apart() -> None:
    recs = find_recommendations(doc())
    assert len(recs) == 2 and "housing" in recs[1]["agencies"]


def _problem(quote: str, sha: str) -> PracticeProblem:
    return PracticeProblem(text=quote, evidence=[Evidence(document=sha, quote=quote)])


def corpus() -> list[Case]:
    cases = []
    for i in range(3):
        c = included(f"c{i}")
        sha = f"{i}" * 64
        c.practice_problems = [
            _problem("The police did not refer her to MARAC.", sha),
            _problem("The school did not notice the part-time timetable and missing education.", sha),
        ]
        if i < 2:
            c.practice_problems.append(_problem("The allotment society ignored the gazebo rota dispute.", sha))
        cases.append(c)
    return cases


def test_assign_themes_taxonomy_discovery_and_ranking() -> None:
    cases = corpus()
    themes = assign_themes(cases)
    by_id = {t.id: t for t in themes}
    assert by_id["marac"].n_reviews == 3 and by_id["schools"].n_reviews == 3
    assert cases[0].practice_problems[0].theme == "marac"
    discovered = [t for t in themes if t.source == "discovered"]
    assert len(discovered) == 1 and discovered[0].n_reviews == 2
    assert "gazebo" in discovered[0].label or "allotment" in discovered[0].label
    assert [t.rank for t in themes] == list(range(1, len(themes) + 1))
    assert themes[-1] is discovered[0]  # fewest reviews last
    assert len(by_id["marac"].example_quotes) == 3  # one per review
    # Deterministic: the same input gives the same themes.
    assert [t.to_dict() for t in assign_themes(corpus())] == [t.to_dict() for t in themes]


def test_lone_unmatched_problem_is_other() -> None:
    c = included()
    c.practice_problems = [_problem("The allotment society ignored the gazebo rota dispute.", "9" * 64)]
    themes = assign_themes([c])
    assert [t.id for t in themes] == [UNASSIGNED]
    assert lines_of_enquiry([c], c.category or "", themes) == []


def test_lines_of_enquiry_three_to_six() -> None:
    cases = corpus()
    lines = lines_of_enquiry(cases, "intimate_partner_violence")
    # Three themes are shown by two or more reviews: all three, most reviews first.
    assert [t.n_reviews for t in lines] == [3, 3, 2]
    assert {lines[0].id, lines[1].id} == {"marac", "schools"}


def test_theme_edits_survive_reruns(tmp_path: Path) -> None:
    cases = corpus()
    themes = assign_themes(cases)
    school_problem = next(m.problem_id for t in themes if t.id == "schools" for m in t.members)
    edits = ThemeEdits()
    edits.add({"op": "rename", "theme": "marac", "label": "MARAC referrals"})
    edits.add({"op": "merge", "themes": ["schools", "marac"], "into": "marac"})
    edits.add({"op": "split", "theme": "marac", "new_theme": "schools_again",
               "label": "Schools", "problems": [school_problem]})
    edits.add({"op": "reassign", "problem": "no-such-problem", "theme": "marac"})
    path = tmp_path / "theme_edits.json"
    edits.save(path)

    # A re-run recomputes machine themes from scratch, then replays the stored edits.
    rerun_cases = corpus()
    edited = apply_theme_edits(assign_themes(rerun_cases), ThemeEdits.load(path), rerun_cases)
    by_id = {t.id: t for t in edited}
    assert "schools" not in by_id
    assert by_id["marac"].label == "MARAC referrals"
    assert len(by_id["marac"].members) == 5  # 3 MARAC + 3 school - 1 split off
    assert [m.problem_id for m in by_id["schools_again"].members] == [school_problem]
    assert any(p.theme == "schools_again" for c in rerun_cases for p in c.practice_problems)


def test_resolve_theme_maps_free_text_to_taxonomy() -> None:
    assert resolve_theme("marac") == "marac"
    assert resolve_theme("Responses to missing episodes") == "missing_episodes"
    assert resolve_theme("Something entirely new") == "something entirely new"


def test_longest_cue_wins_and_free_text_reaches_category_themes() -> None:
    from reviewsynth.themes.taxonomy import best_theme

    # "multi-agency risk assessment conference" cues MARAC, not also "risk assessment".
    assert best_theme("No referral was made to the Multi-Agency Risk Assessment Conference.") == "marac"
    # A gold coder's free text resolves to a theme offered only in some categories.
    assert resolve_theme("New partners not identified or checked ('invisible men')") == "invisible_men"


def test_theme_is_judged_on_statement_and_quotes() -> None:
    from reviewsynth.themes.assign import theme_text

    p = PracticeProblem(text="The GP did not follow it up.", evidence=[
        Evidence(document="a" * 64, quote="The GP did not follow it up."),
        Evidence(document="a" * 64, quote="Finding 2: Dennis was never offered a carer's assessment.")])
    assert "carer's assessment" in theme_text(p)
    assert assign_themes([_case_with(p)])[0].id == "carers_support"


def _case_with(problem: PracticeProblem) -> Case:
    c = included("c9", "adult_family_violence")
    c.practice_problems = [problem]
    return c


def test_a_problem_worded_only_in_stop_words_stands_alone_and_the_rest_still_cluster():
    from reviewsynth.themes.assign import _cluster

    texts = ["The GP did not ask about domestic abuse at the surgery",
             "It was not that they were all there",  # stop words only: a zero vector
             "The GP did not ask about domestic abuse when she attended"]
    clusters = _cluster(texts)
    assert sorted(i for c in clusters for i in c) == [0, 1, 2]
    assert [1] in clusters
    assert [0, 2] in clusters
