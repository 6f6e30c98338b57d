"""Themes in the workbench (TestClient, SQLite and PostgreSQL): the page per category, and
analysts' rename, merge, split and re-assign edits, which a re-run of the pipeline's
`apply_themes` on the same store replays."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewsynth.pipeline import apply_themes
from reviewsynth.schema import Case, PracticeProblem
from reviewsynth.store import Store
from reviewsynth.themes import problem_id
from reviewsynth.web.themes_view import THEME_EDITS_SETTING, THEMES_AUDIT_ID
from tests.e2e.seed import (
    PAGES,
    PASSWORD,
    USERS,
    make_case,
    make_document,
    quote_evidence,
    use_fast_password_hashing,
)
from tests.web_helpers import BACKENDS, backend_store, case_form, client_for, csrf, make_app

CATEGORY = "intimate_partner_violence"
# (sentence on the problems page, agency id) per case; the sentences cue taxonomy themes.
PROBLEMS = {
    "case-a": [("The police did not refer Mrs Q to MARAC after the second assault.", "police"),
               ("Information held by the GP was not shared with the police.", "gp")],
    "case-b": [("The police did not refer Ms T to MARAC when she disclosed threats.", "police"),
               ("No carer's assessment was offered to her adult son <script>x()</script>.", None)],
    "case-c": [("The housing officer did not refer the family to MARAC despite repeat calls.", "housing"),
               ("Information held by the GP was not shared with the police before the incident.", "gp")],
}


def _seed_with_problems(store: Store) -> None:
    for name, role in USERS.items():
        store.add_user(name, PASSWORD, role)
    for case_id, problems in PROBLEMS.items():
        findings = " ".join(text for text, _agency in problems)
        doc = make_document([*PAGES, f"Findings ({case_id}). {findings}"], f"{case_id}.pdf")
        store.add_document(doc)
        case = make_case(doc, case_id)
        case.practice_problems = [
            PracticeProblem(text=text, agency=agency, evidence=[quote_evidence(doc, text)],
                            agencies=[agency] if agency else [], status="suggested",
                            systemic_factors=[{"factor": "training"}] if agency == "police" else [])
            for text, agency in problems]
        store.save_suggested_case(case, engine_version="test")


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fast_password_hashing(monkeypatch)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with backend_store(request, tmp_path, _seed_with_problems) as s:
        yield s


@pytest.fixture
def app(store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_app(store, tmp_path)


def _rerun(store: Store) -> list[Case]:
    """What a re-run does with themes: recompute from the stored cases, replay stored edits."""
    return apply_themes(store, [s.case for s in store.list_cases()])


def _themes_of(cases: list[Case]) -> dict[str, str | None]:
    return {p.text: p.theme for c in cases for p in c.practice_problems}


def _pid(store: Store, text: str) -> str:
    for stored in store.list_cases():
        for p in stored.case.practice_problems:
            if p.text == text:
                return problem_id(stored.case, p)
    raise AssertionError(text)


def _page(client, path: str = f"/themes/{CATEGORY}") -> tuple[str, str, int]:  # type: ignore[no-untyped-def]
    html = client.get(path).text
    edits = int(re.search(r'name="edits" value="(\d+)"', html).group(1))  # type: ignore[union-attr]
    return html, csrf(html), edits


def test_page_ranks_themes_with_reviews_agencies_quotes_and_factors(app) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "vera")
    r = client.get("/themes", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/themes/{CATEGORY}"
    html = client.get(f"/themes/{CATEGORY}").text
    marac = html.index('id="theme-marac"')
    assert marac < html.index('id="theme-information_sharing"') < html.index('id="theme-carers_support"')
    section = html[marac:html.index("</section>", marac)]
    assert '<b class="n-reviews">3</b> reviews' in section and "1." in section
    assert all(f'href="/cases/{cid}"' in section for cid in PROBLEMS)
    assert "did not refer Mrs Q to MARAC" in section and "Police" in section
    assert "line of enquiry" in section and "Training" in section
    assert "<script>x()</script>" not in html and "&lt;script&gt;x()&lt;/script&gt;" in html
    assert 'action="/themes/' not in html  # a viewer gets no edit forms
    assert client.get("/themes/no_such_category").status_code == 404


def test_viewer_cannot_edit_and_edits_need_csrf(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    viewer = client_for(app, "vera")
    token = csrf(viewer.get("/cases").text)
    data = {"csrf_token": token, "edits": "0", "theme": "marac", "label": "Renamed"}
    assert viewer.post(f"/themes/{CATEGORY}/rename", data=data).status_code == 403
    coder = client_for(app, "cora")
    _html, _token, edits = _page(coder)
    assert coder.post(f"/themes/{CATEGORY}/rename", data={**data, "csrf_token": "forged"}).status_code == 403
    assert store.get_setting(THEME_EDITS_SETTING) is None


def test_rename_is_stored_with_user_time_and_audit(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    _html, token, edits = _page(client)
    r = client.post(f"/themes/{CATEGORY}/rename", data={
        "csrf_token": token, "edits": edits, "theme": "marac", "label": "MARAC referrals <b>missed</b>"})
    assert r.status_code == 200 and "Theme renamed" in r.text
    assert "MARAC referrals &lt;b&gt;missed&lt;/b&gt;" in r.text
    saved = store.get_setting(THEME_EDITS_SETTING)["edits"]
    assert saved[0]["op"] == "rename" and saved[0]["user"] == "cora" and saved[0]["at"].startswith("20")
    audit = store.audit(THEMES_AUDIT_ID)
    assert audit[-1]["action"] == "theme_rename" and audit[-1]["username"] == "cora"
    assert "by cora" in client.get(f"/themes/{CATEGORY}").text  # the edit log


def test_reassign_and_split_survive_a_rerun(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    gp_a = "Information held by the GP was not shared with the police."
    housing = "The housing officer did not refer the family to MARAC despite repeat calls."
    html, token, edits = _page(client)
    assert f'value="{_pid(store, gp_a)}"' in html
    client.post(f"/themes/{CATEGORY}/reassign", data={
        "csrf_token": token, "edits": edits, "problem": _pid(store, gp_a), "target": "risk_assessment"})
    html, token, edits = _page(client)
    assert 'id="theme-risk_assessment"' in html
    r = client.post(f"/themes/{CATEGORY}/split", data={
        "csrf_token": token, "edits": edits, "theme": "marac", "label": "Housing and MARAC",
        "problems": [_pid(store, housing)]})
    assert "Theme split" in r.text and 'id="theme-analyst_housing_and_marac"' in r.text
    themes = _themes_of(_rerun(store))
    assert themes[gp_a] == "risk_assessment"
    assert themes[housing] == "analyst_housing_and_marac"
    assert themes["The police did not refer Ms T to MARAC when she disclosed threats."] == "marac"
    # the moved problems' cases show the edit in their own audit log
    assert any(e["action"] == "theme_reassign" for e in store.audit("case-a"))
    assert any(e["action"] == "theme_split" for e in store.audit("case-c"))


def test_merge_survives_a_rerun_and_shows_counts(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "ada")
    _html, token, edits = _page(client)
    r = client.post(f"/themes/{CATEGORY}/merge", data={
        "csrf_token": token, "edits": edits, "theme": "information_sharing", "into": "marac"})
    assert "Themes merged" in r.text and 'id="theme-information_sharing"' not in r.text
    themes = _themes_of(_rerun(store))
    assert themes["Information held by the GP was not shared with the police."] == "marac"
    assert "<b class=\"n-reviews\">3</b>" in r.text


def test_stale_page_and_bad_edits_are_refused(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    cora, cody = client_for(app, "cora"), client_for(app, "cody")
    _h, cora_token, seen = _page(cora)
    _h, cody_token, _seen = _page(cody)
    cody.post(f"/themes/{CATEGORY}/rename", data={"csrf_token": cody_token, "edits": seen,
                                                  "theme": "marac", "label": "First"})
    r = cora.post(f"/themes/{CATEGORY}/rename", data={"csrf_token": cora_token, "edits": seen,
                                                      "theme": "marac", "label": "Second"})
    assert "Not saved" in r.text and "edited since you opened" in r.text
    assert [e["label"] for e in store.get_setting(THEME_EDITS_SETTING)["edits"]] == ["First"]
    _h, token, edits = _page(cora)
    for op, data in (("rename", {"theme": "marac", "label": "   "}),
                     ("merge", {"theme": "marac", "into": "marac"}),
                     ("split", {"theme": "marac", "label": "X", "problems": ["nope"]}),
                     ("reassign", {"problem": "nope", "target": "marac"}),
                     ("rename", {"theme": "no_such_theme", "label": "X"})):
        r = cora.post(f"/themes/{CATEGORY}/{op}", data={"csrf_token": token, "edits": edits, **data})
        assert "Not saved" in r.text, (op, data)
    assert len(store.get_setting(THEME_EDITS_SETTING)["edits"]) == 1
    assert cora.post(f"/themes/{CATEGORY}/delete", data={"csrf_token": token}).status_code == 404


def test_coder_rejects_and_edits_a_problem_on_the_case_screen(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    token, version = case_form(client, "/cases/case-b")
    assert 'data-target="practice_problems/1"' in client.get("/cases/case-b").text
    client.post("/cases/case-b/status", data={"csrf_token": token, "version": version,
                                              "target": "practice_problems/1", "status": "rejected"})
    client.post("/cases/case-b/edit", data={"csrf_token": token, "version": version + 1,
                                            "target": "practice_problems/0", "f_text": "MARAC referral missed",
                                            "f_agency": "Police"})
    case = store.get_case("case-b").case
    assert case.practice_problems[1].status == "rejected"
    assert case.practice_problems[0].text == "MARAC referral missed"
    assert case.practice_problems[0].status == "edited"
    html = client.get(f"/themes/{CATEGORY}").text
    assert 'id="theme-carers_support"' not in html  # a rejected problem leaves the themes
    assert "MARAC referral missed" in html
