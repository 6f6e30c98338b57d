"""The workbench in headless Chromium under its Content-Security-Policy: every page loads its
scripts and styles, htmx polls and swaps, and the browser reports no policy violation."""

from __future__ import annotations

import pytest

from reviewsynth.store import Store
from reviewsynth.web.security import CONTENT_SECURITY_POLICY
from tests.e2e.test_workbench_browser import login

pytestmark = pytest.mark.browser

PAGES = ["/cases", "/cases/case-q", "/cases/case-q/audit", "/screening", "/results",
         "/results?section=intimate_partner_violence", "/themes", "/agreement", "/admin/users",
         "/progress", "/machine", "/cases?text=knife&category=intimate_partner_violence"]


def _watch(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Console errors and uncaught page errors (Chromium reports each CSP refusal as one)."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    return problems


def test_pages_work_under_the_policy(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = login(browser, server, "ada")
    problems = _watch(page)
    for path in PAGES:
        response = page.goto(f"{server}{path}")
        assert response is not None and response.status == 200, path
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["x-frame-options"] == "DENY"
        # the stylesheet applied and the scripts ran (htmx and app.js are static files)
        assert page.evaluate("getComputedStyle(document.querySelector('header.top')).display") == "flex", path
        assert page.evaluate("typeof window.htmx === 'object'"), path
    # htmx polling: the upload jobs list refreshes itself every 2 s
    page.goto(f"{server}/corpus")
    with page.expect_request("**/corpus/jobs", timeout=10_000):
        pass
    # htmx swapping: a count opens its cases in place
    page.goto(f"{server}/results?section=intimate_partner_violence")
    page.locator("#t-victim_gender-intimate_partner_violence a.count").first.click()
    page.locator("#count-detail a[href='/cases/case-q']").first.wait_for()
    assert not [p for p in problems if "Content Security Policy" in p], problems
    assert not problems, problems


def test_coder_action_swaps_the_panel_under_the_policy(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = login(browser, server, "cora")
    problems = _watch(page)
    page.goto(f"{server}/cases/case-q")
    page.locator('.item[data-target="incident/weapons/0"] button.act-accepted').click()
    page.locator('.item[data-target="incident/weapons/0"] .badge-accepted').wait_for()
    assert seeded_store.get_case("case-q").case.incident.weapons[0].status == "accepted"
    edit = page.locator('.item[data-target="incident/weapons/0"] details.edit')
    if edit.count():
        edit.locator("summary").click()
        edit.locator("select, input:not([type=hidden])").first.wait_for()
    assert not problems, problems


def test_an_inline_script_is_refused(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    """What the policy is for: a script that got into a page would not run."""
    page = login(browser, server, "cora")
    problems = _watch(page)
    page.goto(f"{server}/cases")
    page.evaluate("""() => { const s = document.createElement('script');
                       s.textContent = 'window.__injected = true'; document.body.appendChild(s); }""")
    assert page.evaluate("window.__injected === undefined")
    assert any("Content Security Policy" in p for p in problems), problems


def test_upload_over_the_limit_is_stopped_in_the_browser(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = login(browser, server, "cora")
    problems = _watch(page)
    page.goto(f"{server}/corpus")
    uploads: list[str] = []
    page.on("request", lambda r: uploads.append(r.url) if r.url.endswith("/corpus/upload") else None)
    file_input = page.locator('input[type="file"][data-max-bytes]')
    file_input.evaluate("(el) => { el.dataset.maxBytes = '10'; }")  # a small limit, same check
    file_input.set_input_files({"name": "review.txt", "mimeType": "text/plain", "buffer": b"x" * 100})
    page.click('form[action="/corpus/upload"] button[type="submit"]')
    page.wait_for_timeout(500)
    assert uploads == [] and page.url.endswith("/corpus")
    assert "upload limit" in file_input.evaluate("(el) => el.validationMessage")
    assert not problems, problems
