"""Themes in headless Chromium: a coder renames a theme and moves a problem; a viewer sees the
themes without edit forms."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewsynth.store import Store
from tests.e2e.seed import open_store, use_fast_password_hashing
from tests.e2e.test_workbench_browser import login
from tests.test_web_themes import CATEGORY, _seed_with_problems

pytestmark = pytest.mark.browser


@pytest.fixture
def seeded_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """Overrides the shared fixture: cases with practice problems."""
    use_fast_password_hashing(monkeypatch)
    with open_store("sqlite", tmp_path) as store:
        _seed_with_problems(store)
        yield store


def test_coder_renames_and_moves_and_viewer_only_reads(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = login(browser, server, "cora")
    page.goto(f"{server}/themes/{CATEGORY}")
    marac = page.locator("#theme-marac")
    assert marac.locator(".n-reviews").inner_text() == "3"
    marac.locator('form.rename-form input[name="label"]').fill("MARAC referrals missed")
    marac.locator("form.rename-form button").click()
    page.wait_for_load_state()
    assert "MARAC referrals missed" in page.locator("#theme-marac h2").inner_text()
    sharing = page.locator("#theme-information_sharing")
    sharing.locator("details.problems summary").click()
    first = sharing.locator(".problem-list li").first
    first.locator('select[name="target"]').select_option("risk_assessment")
    first.locator("form.reassign-form button").click()
    page.locator("#theme-risk_assessment").wait_for()
    assert page.locator("#theme-information_sharing .n-reviews").inner_text() == "1"
    edits = seeded_store.get_setting("theme_edits")["edits"]
    assert [e["op"] for e in edits] == ["rename", "reassign"] and edits[0]["user"] == "cora"
    viewer = login(browser, server, "vera")
    viewer.goto(f"{server}/themes/{CATEGORY}")
    assert "MARAC referrals missed" in viewer.locator("#theme-marac h2").inner_text()
    assert viewer.locator("form.rename-form").count() == 0
    viewer.locator("#theme-marac ul.quotes a").first.click()
    viewer.wait_for_url("**/cases/case-*")
