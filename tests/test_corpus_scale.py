"""Working at corpus scale: search and filter cases (category, review type, status, coder,
text of the reports), bulk accept of the screening suggestions a coder has checked, and
progress per coder and per case. Real SQLite store, real HTTP."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from reviewsynth import verify
from reviewsynth.store import Store
from tests.e2e.seed import seed, use_fast_password_hashing
from tests.web_helpers import BACKENDS, CSRF_RE, backend_store, client_for, make_app


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    use_fast_password_hashing(monkeypatch)
    # case-q, case-1, case-2; documents of case-1 and case-2 say "(copy N)"
    with backend_store(request, tmp_path, lambda s: seed(s, n_cases=3)) as s:
        yield s


@pytest.fixture
def app(store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_app(store, tmp_path)


def _listed(client: TestClient, query: str) -> list[str]:
    page = client.get("/cases" + query)
    assert page.status_code == 200
    return re.findall(r'<tr data-case="([^"]+)">', page.text)


def _change(store: Store, case_id: str, op, status: str | None = None) -> None:  # type: ignore[no-untyped-def]
    stored = store.get_case(case_id)
    assert stored is not None
    verify.apply(store, case_id, op, expected_version=stored.version, username="ada", status=status)


def test_search_and_filter_cases(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    _change(store, "case-1", lambda c: verify.set_field(c, "review_type", "sar"))
    _change(store, "case-2", lambda c: verify.screen(c, "exclude", "neglect"), status="verified")
    verify.assign_double(store, "case-q", ["cora", "cody"], username="ada", mode="assisted")
    admin = client_for(app, "ada")
    assert _listed(admin, "") == ["case-1", "case-2", "case-q"]
    assert _listed(admin, "?review_type=sar") == ["case-1"]
    assert _listed(admin, "?category=none") == ["case-2"]  # excluded: no category
    assert _listed(admin, "?category=intimate_partner_violence") == ["case-1", "case-q"]
    assert _listed(admin, "?status=verified") == ["case-2"]
    assert _listed(admin, "?coder=cody") == ["case-q"]
    assert _listed(admin, "?text=copy+2") == ["case-2"]  # words of the report itself
    assert _listed(admin, "?text=NORTHBOROUGH") == ["case-1", "case-2", "case-q"]  # the area, any case
    assert _listed(admin, "?text=100%25") == []  # LIKE characters are taken literally
    assert _listed(admin, "?review_type=sar&status=verified") == []
    assert "No case matches these filters" in admin.get("/cases?text=zzz").text
    assert admin.get("/cases?text=" + "x" * 5000).status_code == 200  # a long query is cut, not an error


def test_bulk_accept_of_checked_screening_suggestions(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    cora = client_for(app, "cora")
    page = cora.get("/screening").text
    token = CSRF_RE.search(page).group(1)  # type: ignore[union-attr]
    versions = dict(re.findall(r'name="version:([^"]+)" value="(\d+)"', page))
    assert set(versions) == {"case-q", "case-1", "case-2"}
    _change(store, "case-2", lambda c: verify.set_field(c, "area", "Southvale"))  # changed meanwhile
    form = urlencode([("csrf_token", token), ("case", "case-q"), ("case", "case-2"),
                      ("version:case-q", versions["case-q"]), ("version:case-2", versions["case-2"])])
    r = cora.post("/screening/bulk-accept", content=form,
                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 200
    assert "Accepted the suggested decision for 1 case(s)" in r.text
    assert "case-2: not saved (changed by someone else" in r.text
    decisions = verify.screening_decisions(store)
    assert decisions["case-q"]["cora"]["decision"] == "include" and "case-2" not in decisions
    assert "case-1" not in decisions  # not ticked, not touched
    assert any(e["action"] == "screening" and e["username"] == "cora" for e in store.audit("case-q"))
    nothing = cora.post("/screening/bulk-accept", data={"csrf_token": token})
    assert "Tick the cases" in nothing.text


def test_bulk_accept_skips_a_case_coded_blind(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    verify.assign_double(store, "case-1", ["cora", "cody"], username="ada", mode="blind")
    cora = client_for(app, "cora")
    page = cora.get("/screening").text
    assert 'name="version:case-1"' not in page  # no suggestion shown, nothing to tick
    token = CSRF_RE.search(page).group(1)  # type: ignore[union-attr]
    r = cora.post("/screening/bulk-accept", data={"csrf_token": token, "case": "case-1", "version:case-1": "1"})
    assert "you are coding this case blind" in r.text
    assert "case-1" not in verify.screening_decisions(store)


def test_progress_per_coder_and_per_case(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    verify.assign_double(store, "case-q", ["cora", "cody"], username="ada", mode="assisted")
    copy = verify.load(store, "case-q", "cora")
    assert copy is not None
    verify.apply(store, "case-q", lambda c: verify.set_status(c, "incident/weapons/0", "accepted"),
                 expected_version=copy.version, username="cora", coder="cora")
    copy = verify.load(store, "case-q", "cora")
    verify.apply(store, "case-q", lambda c: verify.Change(c, "completed", "case", None, None),
                 expected_version=copy.version, username="cora", coder="cora", status="done")  # type: ignore[union-attr]
    _change(store, "case-1", lambda c: verify.set_status(c, "people/v1/characteristics/0", "rejected"))
    coders, cases = verify.progress_overview(store)
    assert [(c.coder, c.assigned, c.done, c.decided, c.total) for c in coders] == [
        ("cody", 1, 0, 0, 3), ("cora", 1, 1, 1, 3)]
    by_case = {c.case_id: c for c in cases}
    assert (by_case["case-1"].decided, by_case["case-1"].total) == (1, 3)
    assert [copy[:3] for copy in by_case["case-q"].copies] == [("cody", "assisted", "assigned"), ("cora", "assisted", "done")]
    page = client_for(app, "ada").get("/progress").text
    assert '<tr data-coder="cora">' in page and '<tr data-coder="cody">' in page
    own = client_for(app, "cora").get("/progress").text
    assert '<tr data-coder="cora">' in own and 'data-coder="cody"' not in own  # blind: her own work only
