"""report.html in headless Chromium: loads cleanly, every category present, charts drawn,
a count opens its cases and quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewsynth.report import write_outputs
from reviewsynth.tables import build_tables
from tests.test_report import HOSTILE, sample_cases

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def report_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser")
    cases = sample_cases()
    write_outputs(build_tables(cases), cases, out)
    return out / "report.html"


def test_report_opens_in_chromium(chromium_path: str, report_html: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    problems: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium_path,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page()
            page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("request", lambda r: problems.append(f"request {r.url}")
                    if not r.url.startswith("file://") else None)
            page.goto(report_html.as_uri())

            sections = page.eval_on_selector_all("section.category", "els => els.map(e => e.id)")
            assert sections == ["youth_peer_violence", "intimate_partner_violence"]
            assert page.locator("nav.contents a[href='#intimate_partner_violence']").count() == 1

            # Charts drawn: bars with a real size on screen.
            chart = page.locator("#chart-services-intimate_partner_violence")
            chart.scroll_into_view_if_needed()
            box = chart.bounding_box()
            assert box is not None and box["width"] > 100 and box["height"] > 40
            widths = chart.locator("rect.bar").evaluate_all(
                "els => els.map(e => e.getBoundingClientRect().width)")
            assert max(widths) > 10
            assert page.locator("#screening-flow").is_visible()

            # A count opens its cases and quotes; untrusted text stays text.
            button = page.locator(
                "#intimate_partner_violence-victim_characteristics button.count").first
            button.click()
            panel = page.locator("#panel")
            assert panel.is_visible()
            assert "Anna [c1]" in panel.inner_text()
            assert HOSTILE in panel.locator("blockquote").first.inner_text()
            assert page.locator("#panel script, #panel b").count() == 0
            page.keyboard.press("Escape")
            assert not panel.is_visible()
        finally:
            browser.close()
    assert problems == []
