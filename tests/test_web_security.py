"""The open server, in the app (TestClient, SQLite and PostgreSQL): login throttling per account
and per client address, sessions revoked at logout, request bodies refused unread (anonymous,
or over the limit), security headers on every answer, and a 404 that stores nothing for every
unknown id. `test_web_server.py` checks the same against a running `reviewsynth serve`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from reviewsynth.store import Store
from reviewsynth.store.models import AuditRow, CaseRow, CodingRow, SettingRow
from reviewsynth.web import create_app
from reviewsynth.web.limits import MAX_FORM_BYTES
from reviewsynth.web.security import SECURITY_HEADERS
from reviewsynth.web.throttle import ACCOUNT_LIMIT, CLIENT_LIMIT, FailureCounter, LoginThrottle
from tests.e2e.seed import PASSWORD, seed, use_fast_password_hashing
from tests.web_helpers import BACKENDS, backend_store, client_for, csrf, make_app


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fast_password_hashing(monkeypatch)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with backend_store(request, tmp_path, seed) as s:
        yield s


@pytest.fixture
def app(store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_app(store, tmp_path, queue_background=True)


def _try_login(app, username: str, password: str, address: str):  # type: ignore[no-untyped-def]
    client = TestClient(app, client=(address, 40000))
    token = csrf(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token},
                       follow_redirects=False)


# -- login throttling ---------------------------------------------------------------------------

def test_sixty_wrong_passwords_from_forty_clients_lock_the_account(app) -> None:  # type: ignore[no-untyped-def]
    codes = [_try_login(app, "cody", f"wrong-{i}", f"10.0.0.{i % 40 + 1}").status_code for i in range(60)]
    assert codes[:ACCOUNT_LIMIT] == [401] * ACCOUNT_LIMIT
    assert codes[ACCOUNT_LIMIT:] == [429] * (60 - ACCOUNT_LIMIT)
    locked = _try_login(app, "cody", PASSWORD, "10.0.1.1")  # even the right password, for now
    assert locked.status_code == 429 and "Too many failed sign-ins for this account" in locked.text
    assert int(locked.headers["retry-after"]) > 0
    other = _try_login(app, "vera", PASSWORD, "10.0.0.7")  # another account still signs in
    assert other.status_code == 303 and other.headers["location"] == "/cases"


def test_sixty_wrong_passwords_from_one_client_lock_that_client(app) -> None:  # type: ignore[no-untyped-def]
    codes = [_try_login(app, f"guess{i}", "wrong-password", "10.0.2.2").status_code for i in range(60)]
    assert codes[:CLIENT_LIMIT] == [401] * CLIENT_LIMIT and set(codes[CLIENT_LIMIT:]) == {429}
    refused = _try_login(app, "vera", PASSWORD, "10.0.2.2")
    assert refused.status_code == 429 and "for this address" in refused.text
    assert _try_login(app, "vera", PASSWORD, "10.0.2.3").status_code == 303


def test_a_locked_sign_in_does_not_check_the_password(app, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    for i in range(ACCOUNT_LIMIT):
        _try_login(app, "cody", f"wrong-{i}", "10.0.3.1")
    checked: list[str] = []
    real = Store.authenticate
    monkeypatch.setattr(Store, "authenticate", lambda self, u, p: checked.append(u) or real(self, u, p))
    assert _try_login(app, "cody", "wrong-again", "10.0.3.2").status_code == 429
    assert checked == []


def test_failure_counter_is_bounded_and_forgets_old_failures() -> None:
    now = [0.0]
    counter = FailureCounter(limit=3, window_s=60, max_keys=100, clock=lambda: now[0])
    for i in range(1000):
        counter.record(f"client-{i}")
    assert len(counter) == 100  # the least recently failed went first
    for _ in range(50):
        counter.record("busy")
    assert len(counter._failures["busy"]) == 3  # at most `limit` times per key
    assert counter.retry_after("busy") == 60
    now[0] = 59.5
    assert counter.retry_after("busy") == pytest.approx(0.5)
    now[0] = 60.0
    assert counter.retry_after("busy") == 0 and "busy" not in counter._failures


def test_success_clears_the_accounts_failures() -> None:
    throttle = LoginThrottle(account_limit=3, client_limit=100)
    for _ in range(2):
        throttle.failed("Cody", "10.0.0.1")
    throttle.succeeded("cody ")
    throttle.failed("cody", "10.0.0.1")
    assert throttle.locked("cody", "10.0.0.1") is None


# -- sessions -----------------------------------------------------------------------------------

def test_a_logged_out_cookie_gets_the_login_page(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    assert client.get("/cases", follow_redirects=False).status_code == 200
    stolen = client.cookies.get("rs_session")
    token = csrf(client.get("/cases").text)
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    replay = TestClient(app, cookies={"rs_session": stolen})
    r = replay.get("/cases", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login"
    assert 'name="password"' in replay.get("/cases").text  # followed: the login page
    refused = replay.post("/cases/case-q/status", data={"csrf_token": token, "version": 1,
                                                        "target": "incident/weapons/0", "status": "accepted"})
    assert refused.status_code == 401
    assert store.get_case("case-q").version == 1
    assert client_for(app, "cora").get("/cases", follow_redirects=False).status_code == 200  # sign in again


def test_revoked_sessions_are_forgotten_after_the_session_lifetime(store: Store) -> None:
    from datetime import timedelta

    from reviewsynth.store.models import utcnow
    from reviewsynth.store.web_sessions import REVOKED_PREFIX, revoke_session, session_revoked

    revoke_session(store, "old-session", lifetime_s=3600)
    with store.session() as s:
        s.get(SettingRow, REVOKED_PREFIX + "old-session").updated_at = utcnow() - timedelta(hours=2)
    revoke_session(store, "new-session", lifetime_s=3600)
    assert session_revoked(store, "new-session") and not session_revoked(store, "old-session")
    assert not session_revoked(store, "never-revoked")


def test_secure_cookie_setting(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forced = create_app(store, secret_key="k" * 40, upload_dir=tmp_path / "u", secure_cookies=True)
    assert "secure" in TestClient(forced).get("/login").headers["set-cookie"].lower()
    monkeypatch.setenv("REVIEWSYNTH_SECURE_COOKIES", "1")
    from_env = create_app(store, secret_key="k" * 40, upload_dir=tmp_path / "u")
    assert "secure" in TestClient(from_env).get("/login").headers["set-cookie"].lower()


# -- request bodies -----------------------------------------------------------------------------

def test_anonymous_upload_is_refused_unread(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = TestClient(app).post("/corpus/upload", files={"file": ("r.txt", b"x" * 100_000, "text/plain")})
    assert r.status_code == 401 and r.headers["connection"] == "close"
    assert not (tmp_path / "uploads").exists() and app.state.background_jobs == []


def test_viewer_upload_is_refused_before_the_form_is_read(app, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    viewer = client_for(app, "vera")
    r = viewer.post("/corpus/upload", data={"csrf_token": csrf(viewer.get("/corpus").text)},
                    files={"file": ("r.txt", b"text", "text/plain")})
    assert r.status_code == 403 and not (tmp_path / "uploads").exists()


def test_bodies_over_the_limit_are_refused(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, "cora")
    token = csrf(client.get("/cases").text)
    big = {"csrf_token": token, "version": "1", "target": "incident/weapons/0", "status": "accepted",
           "padding": "x" * (MAX_FORM_BYTES + 1)}
    r = client.post("/cases/case-q/status", data=big)
    assert r.status_code == 413 and "larger than 1 MB" in r.text
    assert store.get_case("case-q").version == 1

    def chunked():  # no Content-Length: the bytes themselves are counted
        yield f"csrf_token={token}&version=1&target=incident/weapons/0&status=accepted&padding=".encode()
        for _ in range(3):
            yield b"x" * (MAX_FORM_BYTES // 2)

    r = client.post("/cases/case-q/status", content=chunked(),
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413 and store.get_case("case-q").version == 1


def test_an_upload_at_the_limit_is_taken_and_one_over_refused(app, store: Store, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from reviewsynth.web import uploads

    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 200_000)
    client = client_for(app, "cora")
    token = csrf(client.get("/corpus").text)
    ok = client.post("/corpus/upload", data={"csrf_token": token}, files={"file": ("a.txt", b"a" * 200_000, "text/plain")})
    assert "being read and coded" in ok.text
    over = client.post("/corpus/upload", data={"csrf_token": token}, files={"file": ("b.txt", b"b" * 200_001, "text/plain")})
    assert "Upload refused: file larger than" in over.text
    saved = list((tmp_path / "uploads").iterdir())
    assert len(saved) == 1 and saved[0].stat().st_size == 200_000


# -- headers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/login", "/cases", "/cases/case-q", "/corpus", "/results", "/themes",
                                  "/static/app.js", "/static/app.css", "/cases/no-such-case", "/no/such/page"])
def test_security_headers_on_every_page(app, path: str) -> None:  # type: ignore[no-untyped-def]
    r = client_for(app, "ada").get(path, follow_redirects=False)
    for name, value in SECURITY_HEADERS.items():
        assert r.headers.get(name) == value, (path, name)
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


def test_security_headers_on_refusals(app) -> None:  # type: ignore[no-untyped-def]
    anonymous = TestClient(app)
    for r in (anonymous.get("/cases", follow_redirects=False),
              anonymous.post("/corpus/upload", content=b"x"),
              anonymous.post("/login", data={"username": "x"})):
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
        assert "content-security-policy" in r.headers


def test_pages_carry_no_inline_script_or_style(app) -> None:  # type: ignore[no-untyped-def]
    import re

    client = client_for(app, "ada")
    for path in ("/login", "/cases", "/cases/case-q", "/corpus", "/screening", "/results", "/admin/users"):
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert not re.search(r"\sstyle=|<style|\son[a-z]+=", html), path


# -- unknown ids --------------------------------------------------------------------------------

def _row_counts(store: Store) -> tuple[int, ...]:
    with store.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(model)) or 0
                     for model in (SettingRow, AuditRow, CaseRow, CodingRow))


UNKNOWN_ID_POSTS = [
    ("cora", "/screening/no-such-case", {"version": "1", "choice": "include:homicide"}),
    ("ada", "/screening/no-such-case/resolve", {"version": "1", "choice": "include:homicide"}),
    ("ada", "/cases/no-such-case/assign", {"coder_a": "cora", "coder_b": "cody"}),
    ("ada", "/cases/no-such-case/reconcile", {"version": "1"}),
    ("cora", "/cases/no-such-case/status", {"version": "1", "target": "incident/weapons/0", "status": "accepted"}),
    ("cora", "/cases/no-such-case/complete", {"version": "1"}),
    ("cora", "/cases/case-q/coding/cora/status", {"version": "1", "target": "incident/weapons/0", "status": "accepted"}),
    ("cora", "/cases/no-such-case/no-such-action", {"version": "1"}),
    ("cora", "/themes/no_such_category/rename", {"edits": "0", "theme": "x", "label": "X"}),
    ("cora", "/screening/" + "x" * 300, {"version": "1", "choice": "include:homicide"}),
]


@pytest.mark.parametrize(("user", "path", "data"), UNKNOWN_ID_POSTS)
def test_unknown_id_posts_are_404_and_store_nothing(app, store: Store, user: str, path: str,
                                                    data: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    client = client_for(app, user)
    token = csrf(client.get("/cases").text)
    client.get("/themes")  # viewing themes stores them once (a cache, not the POST's doing)
    before = _row_counts(store)
    r = client.post(path, data={"csrf_token": token, **data}, follow_redirects=False)
    assert r.status_code == 404, r.text
    assert "Not found" in r.text and "Traceback" not in r.text
    assert _row_counts(store) == before
