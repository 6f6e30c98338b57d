"""Analyst theme edits limited to one category, and theme labels written back for tables."""

from __future__ import annotations

from reviewsynth.schema import Case, Evidence, PracticeProblem, Screening
from reviewsynth.themes import ThemeEdits, apply_theme_edits, assign_themes


def _case(case_id: str, category: str) -> Case:
    c = Case(case_id=case_id, category=category,
             screening=Screening(decision="include", reason="intimate_partner_homicide"))
    sha = case_id[-1] * 64
    quotes = ["The police did not refer her to MARAC.",
              "The school did not notice the part-time timetable and missing education."]
    c.practice_problems = [PracticeProblem(text=q, evidence=[Evidence(document=sha, quote=q)]) for q in quotes]
    return c


def _cases() -> list[Case]:
    return [_case("a1", "intimate_partner_violence"), _case("a2", "intimate_partner_violence"),
            _case("b3", "adult_family_violence")]


def _labels(cases: list[Case]) -> list[tuple[str, str | None, str | None]]:
    return [(c.case_id, p.theme, getattr(p, "theme_label", None)) for c in cases for p in c.practice_problems]


def test_rename_in_one_category_leaves_the_others() -> None:
    cases = _cases()
    edits = ThemeEdits()
    edits.add({"op": "rename", "theme": "marac", "category": "adult_family_violence",
               "label": "MARAC and adult children"})
    themes = apply_theme_edits(assign_themes(cases), edits, cases)
    labels = {(t.category, t.id): t.label for t in themes}
    assert labels[("adult_family_violence", "marac")] == "MARAC and adult children"
    assert labels[("intimate_partner_violence", "marac")].startswith("Weaknesses in MARAC")
    # Only the renamed category's problems carry the analyst's label.
    assert ("b3", "marac", "MARAC and adult children") in _labels(cases)
    assert ("a1", "marac", None) in _labels(cases)


def test_merge_in_one_category_leaves_the_others() -> None:
    cases = _cases()
    edits = ThemeEdits()
    edits.add({"op": "merge", "themes": ["schools", "marac"], "into": "marac",
               "category": "intimate_partner_violence", "label": "Missed referrals"})
    themes = apply_theme_edits(assign_themes(cases), edits, cases)
    ids = {(t.category, t.id) for t in themes}
    assert ("intimate_partner_violence", "schools") not in ids
    assert ("adult_family_violence", "schools") in ids
    assert {theme for _c, theme, _l in _labels(cases[:2])} == {"marac"}
    assert {label for _c, _t, label in _labels(cases[:2])} == {"Missed referrals"}
    assert ("b3", "schools", None) in _labels(cases)


def test_theme_label_follows_the_latest_run() -> None:
    cases = _cases()
    edits = ThemeEdits()
    edits.add({"op": "rename", "theme": "schools", "label": "Schools and timetables"})
    apply_theme_edits(assign_themes(cases), edits, cases)
    assert all(label == "Schools and timetables" for _c, theme, label in _labels(cases) if theme == "schools")
    # Without the edit a re-run leaves no stale label behind.
    apply_theme_edits(assign_themes(cases), ThemeEdits(), cases)
    assert all(label is None for _c, _t, label in _labels(cases))
    assert "theme_label" not in cases[0].practice_problems[0].model_dump()


def test_discovered_themes_are_labelled() -> None:
    cases = _cases()[:2]
    for i, c in enumerate(cases):
        q = "The allotment society ignored the gazebo rota dispute."
        c.practice_problems.append(PracticeProblem(text=q, evidence=[Evidence(document=str(i) * 64, quote=q)]))
    themes = assign_themes(cases)
    discovered = next(t for t in themes if t.source == "discovered")
    assert [label for _c, theme, label in _labels(cases) if theme == discovered.id] == [discovered.label] * 2


def test_agency_leans_and_fall_injuries() -> None:
    from reviewsynth.themes.taxonomy import best_theme

    # A school's failing named only in general words leans to the role of schools.
    text = "The school recorded this as a behaviour matter and did not make a referral."
    assert best_theme(text) is None
    assert best_theme(text, agencies=("school",)) == "schools"
    # Injuries to adults as well as children: an account of a fall accepted untested.
    assert best_theme("The emergency department accepted his account of a fall without asking "
                      "who he lived with.") == "injuries_not_explored"


def test_free_text_theme_resolves_by_its_first_part() -> None:
    from reviewsynth.themes import resolve_theme

    assert resolve_theme("Role of schools; exploitation seen as behaviour") == "schools"
    assert resolve_theme("Dual diagnosis; discharge planning") == "dual_diagnosis"
    assert resolve_theme("Injuries not explored") == "injuries_not_explored"
