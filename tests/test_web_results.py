"""The live results page laid out as report.html (sections, method titles, notes, charts), each
count opening its cases and quotes; on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewsynth.store import Store
from tests.e2e.seed import seed, use_fast_password_hashing
from tests.web_helpers import BACKENDS, backend_store, client_for, make_app

IPV = "intimate_partner_violence"


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fast_password_hashing(monkeypatch)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with backend_store(request, tmp_path, lambda s: seed(s, n_cases=2)) as s:
        yield s


@pytest.fixture
def app(store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_app(store, tmp_path)


def _section(html: str, dom_id: str) -> str:
    start = html.index(f'id="{dom_id}"')
    return html[start:html.index("</section>", start)]


def test_overview_has_category_navigation_flow_chart_and_no_empty_box(app) -> None:  # type: ignore[no-untyped-def]
    html = client_for(app, "vera").get("/results").text
    assert f'href="/results?section={IPV}"' in html and "Intimate partner violence (2 cases)" in html
    flow = _section(html, "t-screening_flow-all")
    assert '<svg' in flow and "Screening flow diagram" in flow
    assert "from 2 coded, included reviews" in html
    assert re.search(r'<aside id="count-detail"[^>]*></aside>', html)  # empty until a count is opened
    assert 'id="limitations"' in html


def test_category_section_has_method_titles_notes_and_charts(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    html = client_for(app, "vera").get(f"/results?section={IPV}").text
    weapons = _section(html, f"t-weapons-{IPV}")
    assert "Weapons used in intimate partner violence incidents" in weapons
    assert "Data available for 2 cases." in weapons
    assert 'tr data-key="knife"' in weapons
    ages = _section(html, f"t-perpetrator_age-{IPV}")
    assert ages.count("<svg") == 2 and "Age of victims and perpetrators" in ages  # report's charts
    assert "1 cases" not in html
    assert client_for(app, "vera").get("/results?section=no_such_category").status_code == 404


def test_singular_note_after_one_case_is_excluded(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    from reviewsynth import verify

    verify.apply(store, "case-1", lambda c: verify.screen(c, "exclude", "neglect"), expected_version=1,
                 username="ada")
    html = client_for(app, "vera").get(f"/results?section={IPV}").text
    assert "Data available for 1 case." in html and "1 cases" not in html
    assert "Intimate partner violence (1 case)" in html


def test_every_count_opens_its_cases_and_quotes(app) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "vera")
    html = client.get(f"/results?section={IPV}").text
    links = {link.replace("&amp;", "&") for link in re.findall(r'hx-get="(/results/open\?[^"]+)"', html)}
    knife = next(link for link in links if "table=weapons" in link and "key=knife" in link)
    detail = client.get(knife).text
    assert 'href="/cases/case-q"' in detail and 'href="/cases/case-1"' in detail
    assert "with a knife" in detail and "DHR Mrs Q" in detail
    for link in links:
        assert client.get(link).status_code == 200, link
    assert client.get("/results/open?table=weapons&category=" + IPV + "&key=nothing").status_code == 404
