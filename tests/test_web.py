"""The workbench over HTTP (TestClient) on SQLite and on PostgreSQL: auth, CSRF, roles, every
action, optimistic versioning, untrusted text, uploads and exports."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from reviewsynth.store import Store
from reviewsynth.web import uploads
from reviewsynth.web.routes_main import PUBLIC_PATHS
from tests.e2e.seed import PASSWORD, seed, use_fast_password_hashing
from tests.web_helpers import (
    BACKENDS,
    VERSION_RE,
    backend_store,
    case_form,
    client_for,
    csrf,
    make_app,
)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fast_password_hashing(monkeypatch)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with backend_store(request, tmp_path, seed) as s:
        yield s


@pytest.fixture
def app(store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_app(store, tmp_path, queue_background=True)  # background work runs when the test says


def test_anonymous_is_sent_to_login(app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    for path in ("/", "/cases", "/cases/case-q", "/corpus", "/results", "/export/cases.json", "/screening"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/login", path
    r = client.post("/cases/case-q/status", data={"target": "x"}, follow_redirects=False)
    assert r.status_code in (401, 303)


def test_login_form_contract_and_wrong_password(app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    html = client.get("/login").text
    assert 'name="username"' in html and 'name="password"' in html and 'name="csrf_token"' in html
    r = client.post("/login", data={"username": "cora", "password": "wrong-password", "csrf_token": csrf(html)})
    assert r.status_code == 401 and "Wrong username or password" in r.text
    cookie = client.cookies.get("rs_session")
    assert cookie


def test_session_cookie_flags(app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    r = client.get("/login")
    header = r.headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=lax" in header and "secure" not in header
    https = TestClient(app, base_url="https://testserver")
    assert "secure" in https.get("/login").headers["set-cookie"].lower()


def test_login_needs_csrf(app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    client.get("/login")
    r = client.post("/login", data={"username": "cora", "password": PASSWORD, "csrf_token": "forged"})
    assert r.status_code == 403
    assert client.get("/cases", follow_redirects=False).status_code == 303


def test_forged_session_cookie_is_ignored(app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    client.cookies.set("rs_session", '{"u": "ada"}')
    assert client.get("/cases", follow_redirects=False).status_code == 303


def test_every_route_checks_a_role(app) -> None:  # type: ignore[no-untyped-def]
    from fastapi.routing import APIRoute

    for route in app.routes:
        if not isinstance(route, APIRoute) or route.path in PUBLIC_PATHS:
            continue
        roles = [getattr(d.call, "required_role", None) for d in route.dependant.dependencies]
        assert any(roles), f"{route.path} has no role check"


def test_actions_without_csrf_are_refused(app) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    _token, version = case_form(client)
    data = {"target": "people/p1/characteristics/0", "status": "accepted", "version": str(version)}
    assert client.post("/cases/case-q/status", data=data).status_code == 403
    data["csrf_token"] = "wrong"
    assert client.post("/cases/case-q/status", data=data).status_code == 403
    r = client.post("/cases/case-q/status", data={k: v for k, v in data.items() if k != "csrf_token"},
                    headers={"X-CSRF-Token": "wrong", "HX-Request": "true"})
    assert r.status_code == 403


def test_accept_reject_edit_with_audit(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    token, version = case_form(client)
    r = client.post("/cases/case-q/status", data={"csrf_token": token, "version": version,
                                                  "target": "people/p1/characteristics/0", "status": "accepted"})
    assert r.status_code == 200
    stored = store.get_case("case-q")
    assert stored.case.people[1].characteristics[0].status == "accepted"
    assert stored.version == version + 1 and stored.updated_by == "cora"
    # htmx: the panel comes back alone, with the new version in its forms
    r = client.post("/cases/case-q/status", headers={"HX-Request": "true", "X-CSRF-Token": token},
                    data={"version": version + 1, "target": "incident/weapons/0", "status": "rejected"})
    assert r.status_code == 200 and 'id="template-panel"' in r.text and "<html" not in r.text
    assert f'name="version" value="{version + 2}"' in r.text
    r = client.post("/cases/case-q/edit", data={"csrf_token": token, "version": version + 2,
                                                "target": "people/v1/characteristics/0",
                                                "f_code": "other", "f_detail": "Estranged from family"})
    case = store.get_case("case-q").case
    assert case.incident.weapons[0].status == "rejected"
    edited = case.people[0].characteristics[0]
    assert (edited.code, edited.detail, edited.status) == ("other", "Estranged from family", "edited")
    assert edited.evidence  # the evidence stays with the edited code
    audit = store.audit("case-q")
    actions = [(e["username"], e["action"], e["target"]) for e in audit]
    assert ("cora", "code_accepted", "people/p1/characteristics/0") in actions
    assert ("cora", "code_edited", "people/v1/characteristics/0") in actions
    edit = next(e for e in audit if e["action"] == "code_edited")
    assert edit["before"]["code"] == "social_isolation" and edit["after"]["code"] == "other"
    page = client.get("/cases/case-q/audit").text
    # readable: who, what, from what to what, in the codebook's words and no raw JSON
    assert "Edited the code" in page and "Estranged from family" in page
    assert "Social isolation" in page and "code_edited" not in page and '"status"' not in page


def test_add_code_from_selection_makes_verbatim_evidence(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    token, version = case_form(client)
    doc = next(store.iter_documents())
    start = doc.text.index("drink heavily")
    end = start + len("drink heavily at weekends")
    r = client.post("/cases/case-q/add", data={
        "csrf_token": token, "version": version, "list_path": "people/p1/characteristics",
        "document": doc.sha256, "start": start, "end": end, "f_code": "history_of_violence",
    }, follow_redirects=False)
    assert r.status_code == 303
    added = store.get_case("case-q").case.people[1].characteristics[-1]
    assert added.code == "history_of_violence" and added.status == "accepted"
    ev = added.evidence[0]
    assert (ev.quote, ev.start, ev.end, ev.page) == ("drink heavily at weekends", start, end, 2)
    assert doc.text[ev.start:ev.end] == ev.quote
    # the new quote is highlighted on the case page
    assert re.search(r'<mark[^>]*data-targets="[^"]*people/p1/characteristics/1', client.get("/cases/case-q").text)


def test_add_code_refused_without_selection_or_outside_document(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    token, version = case_form(client)
    base = {"csrf_token": token, "version": version, "list_path": "incident/weapons", "f_code": "gun"}
    client.post("/cases/case-q/add", data=base)
    client.post("/cases/case-q/add", data={**base, "document": "f" * 64, "start": 0, "end": 5})
    client.post("/cases/case-q/add", data={**base, "document": next(store.iter_documents()).sha256,
                                            "start": 0, "end": 10**7})
    weapons = store.get_case("case-q").case.incident.weapons
    assert [w.code for w in weapons] == ["knife"]
    assert store.get_case("case-q").version == version


def test_set_field_and_add_person(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    token, version = case_form(client)
    client.post("/cases/case-q/field", data={"csrf_token": token, "version": version,
                                             "target": "people/p1/age", "value": "45"})
    client.post("/cases/case-q/field", data={"csrf_token": token, "version": version + 1,
                                             "target": "fatal", "value": ""})
    client.post("/cases/case-q/person", data={"csrf_token": token, "version": version + 2, "role": "victim"})
    bad = client.post("/cases/case-q/field", data={"csrf_token": token, "version": version + 3,
                                                   "target": "gender", "value": "x"}, follow_redirects=False)
    assert bad.status_code == 303
    case = store.get_case("case-q").case
    assert case.people[1].age == 45
    assert case.fatal is None  # empty means not reported, never "no"
    assert [p.person_id for p in case.people] == ["v1", "p1", "v2"]


def test_concurrent_saves_never_lose_an_update(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    first, second = client_for(app, "cora"), client_for(app, "cody")
    token1, version = case_form(first)
    token2, version2 = case_form(second)
    assert version == version2
    r1 = first.post("/cases/case-q/status", data={"csrf_token": token1, "version": version,
                                                  "target": "incident/weapons/0", "status": "accepted"})
    assert r1.status_code == 200
    r2 = second.post("/cases/case-q/status", headers={"HX-Request": "true"},
                     data={"csrf_token": token2, "version": version,
                           "target": "incident/weapons/0", "status": "rejected"})
    assert r2.status_code == 409
    assert "changed by cora" in r2.text and "make your change again" in r2.text
    assert store.get_case("case-q").case.incident.weapons[0].status == "accepted"


def test_viewer_can_read_but_not_edit(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "vera")
    html = client.get("/cases/case-q").text
    assert "Accept" not in html and "/cases/case-q/status" not in html
    token = csrf(html)
    r = client.post("/cases/case-q/status", data={"csrf_token": token, "version": 1,
                                                  "target": "incident/weapons/0", "status": "accepted"})
    assert r.status_code == 403
    assert client.get("/admin/users").status_code == 403
    assert client.get("/screening").status_code == 403
    assert store.get_case("case-q").version == 1


def test_script_in_document_is_shown_as_text(app) -> None:  # type: ignore[no-untyped-def]
    html = client_for(app, "vera").get("/cases/case-q").text
    assert "<script>window.__pwned" not in html
    assert "&lt;script&gt;window.__pwned = true;&lt;/script&gt;" in html
    assert "<b>bold?</b>" not in html


def test_double_coding_is_blind_and_reconciles(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    admin = client_for(app, "ada")
    token = csrf(admin.get("/cases/case-q").text)
    admin.post("/cases/case-q/assign", data={"csrf_token": token, "coder_a": "cora", "coder_b": "cody",
                                             "mode": "assisted"})
    assert {c for _i, c, _s in store.codings("case-q")} == {"cora", "cody"}
    cora, cody = client_for(app, "cora"), client_for(app, "cody")
    assert "case-q/coding/cora" in cora.get("/cases").text
    assert cora.get("/cases/case-q/coding/cody").status_code == 403  # blind
    t, v = case_form(cora, "/cases/case-q/coding/cora")
    cora.post("/cases/case-q/coding/cora/status", data={"csrf_token": t, "version": v,
                                                        "target": "incident/weapons/0", "status": "rejected"})
    t2, v2 = case_form(cody, "/cases/case-q/coding/cody")
    cody.post("/cases/case-q/coding/cody/field", data={"csrf_token": t2, "version": v2,
                                                       "target": "people/v1/gender", "value": "not_reported"})
    # coding copies changed, the case itself did not
    assert store.get_case("case-q").case.incident.weapons[0].status == "suggested"
    assert cody.get("/cases/case-q/audit").text.count("coding/cora") == 0
    page = admin.get("/cases/case-q/reconcile")
    assert page.status_code == 200
    assert "Krippendorff" in page.text and "gender" in page.text
    keys = re.findall(r'name="choice:([^"]+)"', page.text)
    assert set(keys) == {"item:incident/weapons:knife", "field:people/v1/gender"}
    version = int(VERSION_RE.search(page.text).group(1))  # type: ignore[union-attr]
    r = admin.post("/cases/case-q/reconcile", data={
        "csrf_token": token, "version": version,
        # coder A is cody (codings are listed by name): cody kept the knife, cora the gender
        "choice:item:incident/weapons:knife": "drop", "choice:field:people/v1/gender": "b",
    }, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/cases/case-q"
    final = store.get_case("case-q")
    assert final.status == "reconciled"
    assert final.case.incident.weapons == [] and final.case.people[0].gender == "female"
    assert any(e["action"] == "reconciled" and e["username"] == "ada" for e in store.audit("case-q"))
    # both coders' copies are marked reconciled, and are read-only from then on
    assert {status for _c, _coder, status in store.codings("case-q")} == {"reconciled"}
    assert "act-accepted" not in cora.get("/cases/case-q/coding/cora").text
    r = cora.post("/cases/case-q/coding/cora/status", headers={"HX-Request": "true", "X-CSRF-Token": t},
                  data={"version": store.get_coding("case-q", "cora")[1], "target": "incident/weapons/0",
                        "status": "accepted"})
    assert r.status_code == 422 and "reconciled" in r.text
    assert store.get_coding("case-q", "cora")[2] == "reconciled"
    assert cora.get("/cases/case-q/reconcile").status_code == 403
    assert "Cohen" in admin.get("/agreement").text


def test_reconcile_needs_every_choice(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    admin = client_for(app, "ada")
    token = csrf(admin.get("/cases/case-q").text)
    admin.post("/cases/case-q/assign", data={"csrf_token": token, "coder_a": "cora", "coder_b": "cody",
                                             "mode": "assisted"})
    cora = client_for(app, "cora")
    t, v = case_form(cora, "/cases/case-q/coding/cora")
    cora.post("/cases/case-q/coding/cora/status", data={"csrf_token": t, "version": v,
                                                        "target": "incident/weapons/0", "status": "rejected"})
    before = store.get_case("case-q").version
    admin.post("/cases/case-q/reconcile", data={"csrf_token": token, "version": before})
    assert store.get_case("case-q").version == before


def test_screening_single_and_blind_double_with_conflict(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    cora = client_for(app, "cora")
    page = cora.get("/screening").text
    assert "Domestic Homicide Review" in page  # the suggestion's evidence
    token = csrf(page)
    # overriding the suggestion needs a reason
    cora.post("/screening/case-q", data={"csrf_token": token, "version": 1, "choice": "exclude:neglect"})
    assert store.get_case("case-q").case.screening.decision == "include"
    admin = client_for(app, "ada")
    admin_token = csrf(admin.get("/screening").text)
    admin.post("/screening/settings", data={"csrf_token": admin_token, "screeners": 2})
    cora.post("/screening/case-q", data={"csrf_token": token, "version": 1, "choice": "exclude:neglect",
                                         "note": "the injury was not deliberate"})
    cody = client_for(app, "cody")
    cody_page = cody.get("/screening").text
    assert "not deliberate" not in cody_page  # blind
    cody.post("/screening/case-q", data={"csrf_token": csrf(cody_page), "version": 1, "choice": "include:homicide"})
    assert store.get_case("case-q").version == 1  # a conflict changes nothing
    conflicts = admin.get("/screening").text
    assert "Conflicts" in conflicts and "not deliberate" in conflicts
    admin.post("/screening/case-q/resolve", data={"csrf_token": admin_token, "version": 1,
                                                  "choice": "exclude:neglect"})
    case = store.get_case("case-q").case
    assert case.screening.decision == "exclude" and case.category is None
    assert "Conflicts" not in admin.get("/screening").text


def test_screening_applies_when_one_screener_accepts(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    cora = client_for(app, "cora")
    token = csrf(cora.get("/screening").text)
    cora.post("/screening/case-q", data={"csrf_token": token, "version": 1, "choice": "include:homicide"})
    stored = store.get_case("case-q")
    assert stored.version == 2 and stored.case.screening.reason == "homicide"
    assert any(e["action"] == "screening" for e in store.audit("case-q"))


def test_results_and_count_drilldown(app) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "vera")
    assert client.get("/results").status_code == 200
    page = client.get("/results?section=intimate_partner_violence")
    assert page.status_code == 200
    links = re.findall(r'hx-get="(/results/open\?[^"]+)"', page.text)
    assert links
    weapons = next(link for link in links if "table=weapons" in link and "key=knife" in link)
    detail = client.get(weapons.replace("&amp;", "&")).text
    assert "case-q" in detail and "with a knife" in detail


def test_exports(app) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "vera")
    r = client.get("/export/cases.json")
    assert r.status_code == 200 and r.json()["cases"][0]["case_id"] == "case-q"
    for name, magic in (("tables.xlsx", b"PK"), ("report.docx", b"PK"), ("tables-csv.zip", b"PK"),
                        ("report.html", b"<!DOCTYPE html>"), ("tables.json", b'{"schema"')):
        r = client.get(f"/export/{name}")
        assert r.status_code == 200 and r.content.startswith(magic), name
    assert client.get("/export/..%2F..%2Fetc%2Fpasswd").status_code == 404
    assert client.get("/export/errors.json").status_code == 404


def test_upload_limits_and_safe_names(app, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    token = csrf(client.get("/corpus").text)
    bad = client.post("/corpus/upload", data={"csrf_token": token},
                      files={"file": ("evil.exe", b"MZ....", "application/octet-stream")})
    assert "Upload refused" in bad.text
    fake = client.post("/corpus/upload", data={"csrf_token": token},
                       files={"file": ("x.pdf", b"not a pdf", "application/pdf")})
    assert "not PDF" in fake.text
    ok = client.post("/corpus/upload", data={"csrf_token": token},
                     files={"file": ("../../etc/cron.d/review <b>.txt", b"A review.\n", "text/plain")})
    assert ok.status_code == 200
    saved = list((tmp_path / "uploads").iterdir())
    assert len(saved) == 1 and saved[0].name.endswith("_review_b.txt")
    assert "<b>.txt" not in ok.text  # the client's name is escaped wherever it is shown
    assert len(app.state.background_jobs) == 1
    assert "queued" in client.get("/corpus/jobs").text
    viewer = client_for(app, "vera")
    r = viewer.post("/corpus/upload", data={"csrf_token": csrf(viewer.get("/corpus").text)},
                    files={"file": ("a.txt", b"text", "text/plain")})
    assert r.status_code == 403


def test_upload_is_coded_in_a_worker_process(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    """The queued job runs `reviewsynth.web.upload_worker` in a process of its own: the case
    is coded there and stored through the store, and the job page shows it done."""
    import os

    client = client_for(app, "cora")
    token = csrf(client.get("/corpus").text)
    review = (REPO / "examples" / "corpus" / "eastbridge-sab-sar-mr-h-2024.txt").read_bytes()
    client.post("/corpus/upload", data={"csrf_token": token}, files={"file": ("r.txt", review, "text/plain")})
    cases_before = {s.case.case_id for s in store.list_cases()}
    app.state.background_jobs[0]()  # waits for the worker process
    job = next(iter(uploads.jobs(store)))
    assert job["state"] == "done", job
    assert job["worker_pid"] != os.getpid()
    assert set(job["cases"]) - cases_before, "the upload's case was not stored"
    jobs_html = client.get("/corpus/jobs").text
    assert "done" in jobs_html and f"/cases/{job['cases'][0]}" in jobs_html


def test_a_dead_upload_worker_fails_its_job(app, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A worker that cannot finish (here: a 1 s budget) fails the job with the reason."""
    client = client_for(app, "cora")
    token = csrf(client.get("/corpus").text)
    client.post("/corpus/upload", data={"csrf_token": token}, files={"file": ("r.txt", b"A review.", "text/plain")})
    job = next(iter(uploads.jobs(store)))
    uploads.code_in_worker(store, job["id"], tmp_path / "uploads" / job["file"], timeout_s=1)
    failed = next(iter(uploads.jobs(store)))
    assert failed["state"] == "failed" and "longer than 1 s" in failed["error"]
    assert any("longer than 1 s" in reason for _path, reason in store.errors())


def test_admin_adds_users(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    admin = client_for(app, "ada")
    token = csrf(admin.get("/admin/users").text)
    admin.post("/admin/users", data={"csrf_token": token, "username": "newbie", "password": "long-enough-1",
                                     "role": "viewer"})
    assert store.user_role("newbie") == "viewer"
    short = admin.post("/admin/users", data={"csrf_token": token, "username": "x", "password": "short",
                                             "role": "viewer"})
    assert "at least 8" in short.text
    assert client_for(app, "cora").get("/admin/users").status_code == 403


def test_logout_ends_the_session(app) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    token = csrf(client.get("/cases").text)
    client.post("/logout", data={"csrf_token": token})
    assert client.get("/cases", follow_redirects=False).status_code == 303


def test_corpus_lists_documents_and_errors(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.record_error("/data/broken <i>.pdf", "encrypted PDF")
    html = client_for(app, "vera").get("/corpus").text
    assert "DHR Mrs Q" in html and "encrypted PDF" in html and "<i>.pdf" not in html
    assert 'action="/corpus/upload"' not in html  # viewers get no upload form
