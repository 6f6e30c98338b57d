"""Two coders blind-code one case in headless Chromium: each sees only their own work (no
machine suggestion, nothing of the other coder) until the admin compares them; then the
agreement page counts what both completed and reconciliation shows both quotes side by side."""

from __future__ import annotations

import pytest

from reviewsynth.store import Store
from tests.e2e.test_workbench_browser import login, select_text

pytestmark = pytest.mark.browser


def _code(page, coder: str, needle: str, list_path: str, code: str) -> None:  # type: ignore[no-untyped-def]
    """Screen the copy, add one code from a selection, mark the coding complete."""
    page.goto(page.url.split("/cases")[0] + f"/cases/case-q/coding/{coder}")
    page.select_option("form.screen-own select[name=choice]", "include:homicide")
    page.click("form.screen-own button")
    page.locator(".screening-line b").wait_for()
    select_text(page, needle)
    add = page.locator(f'.code-list[data-list="{list_path}"] details.add')
    add.locator("summary").click()
    add.locator('select[name="f_code"]').select_option(code)
    add.locator('button[type="submit"]').click()
    page.locator(f'.code-list[data-list="{list_path}"] .item').first.wait_for()
    page.click('button:has-text("Mark complete")')
    page.locator("#template-panel:has-text('done')").wait_for()


def test_two_coders_blind_code_a_case(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    admin = login(browser, server, "ada")
    admin.goto(f"{server}/cases/case-q")
    admin.fill('input[name="coder_a"]', "cora")
    admin.fill('input[name="coder_b"]', "cody")
    admin.select_option('form.assign select[name="mode"]', "blind")
    admin.click("form.assign button")
    admin.wait_for_load_state()

    cora = login(browser, server, "cora")
    cora.goto(f"{server}/cases/case-q/coding/cora")
    # blind: no machine suggestion anywhere on her screen, nothing highlighted
    assert cora.locator(".item").count() == 0 and cora.locator("mark.ev").count() == 0
    assert "no machine suggestions" in cora.locator("h1").inner_text()
    _code(cora, "cora", "isolated from her friends", "people/v1/characteristics", "social_isolation")

    cody = login(browser, server, "cody")
    cody.goto(f"{server}/cases/case-q/coding/cody")
    assert cody.locator(".item").count() == 0  # none of cora's work
    assert cody.locator("mark.ev").count() == 0
    for path in ("/cases/case-q/coding/cora", "/cases/case-q", "/cases/case-q/audit"):
        response = cody.goto(f"{server}{path}")
        assert response is not None and response.status == 403, path
    cody.goto(f"{server}/cases")
    assert "hidden while you code it blind" in cody.locator('tr[data-case="case-q"]').inner_text()
    _code(cody, "cody", "long history of alcohol misuse", "people/p1/characteristics", "alcohol_misuse")
    # still nothing of cora's after his own work
    assert "Social isolation" not in cody.locator("#template-panel").inner_text()

    # comparison: only now, by the admin
    admin.goto(f"{server}/agreement")
    row = admin.locator('.agreement-table tr[data-field="characteristics"]')
    assert row.locator('[data-stat="n"]').inner_text() == "2"  # each code present for one, absent for the other
    assert row.locator('[data-stat="agreement"]').inner_text() == "0%"
    assert admin.locator("#agreement-complete").inner_text() == "1"
    assert admin.locator('.mode[data-mode="blind"]').count() == 1
    admin.goto(f"{server}/cases/case-q/reconcile")
    admin.click("#walk")
    side = admin.locator("form.side-by-side")
    side.wait_for()
    assert "cody" in side.inner_text() and "cora" in side.inner_text()
    assert side.locator("blockquote").count() >= 1  # the quote of the coder who coded it
