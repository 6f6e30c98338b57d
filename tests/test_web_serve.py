"""Serving: database work never runs on the event loop; the app factory reads its database and
upload folder from the environment; several worker processes share one session key."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from reviewsynth.store import Store
from reviewsynth.web import DB_ENV, UPLOADS_ENV, app_from_env, create_app
from tests.e2e.seed import PASSWORD, open_store, seed, use_fast_password_hashing
from tests.web_helpers import case_form, client_for, csrf

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fast_password_hashing(monkeypatch)


def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def test_database_work_stays_off_the_event_loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store("sqlite", tmp_path) as store:
        seed(store)
        app = create_app(store, secret_key="k" * 40, upload_dir=tmp_path / "up")
        app.state.run_in_background = lambda work: None
        on_loop: list[str] = []
        real_session = Store.session

        @contextmanager
        def watched(self: Store) -> Iterator[object]:
            if _on_event_loop():
                on_loop.append("session opened on the event loop")
            with real_session(self) as s:
                yield s

        monkeypatch.setattr(Store, "session", watched)
        admin, cora = client_for(app, "ada"), client_for(app, "cora")
        for path in ("/cases", "/cases/case-q", "/cases/case-q/audit", "/corpus", "/corpus/jobs",
                     "/screening", "/results", "/results?section=intimate_partner_violence",
                     "/themes", "/agreement", "/admin/users", "/export/cases.json"):
            assert admin.get(path).status_code == 200, path
        token, version = case_form(cora)
        cora.post("/cases/case-q/status", data={"csrf_token": token, "version": version,
                                                "target": "incident/weapons/0", "status": "accepted"})
        cora.post("/screening/case-q", data={"csrf_token": token, "version": version + 1,
                                             "choice": "include:homicide"})
        cora.post("/corpus/upload", data={"csrf_token": token}, files={"file": ("a.txt", b"text", "text/plain")})
        admin_token = csrf(admin.get("/cases/case-q").text)
        admin.post("/cases/case-q/assign", data={"csrf_token": admin_token, "coder_a": "cora", "coder_b": "cody"})
        assert admin.get("/cases/case-q/reconcile").status_code == 200
        assert store.get_case("case-q").case.incident.weapons[0].status == "accepted"
        assert on_loop == []


def test_app_factory_reads_database_and_uploads_from_environment(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.db"
    with open_store("sqlite", tmp_path) as store:  # tmp_path/web.db
        seed(store)
    (tmp_path / "web.db").rename(db)
    monkeypatch.setenv(DB_ENV, str(db))
    monkeypatch.setenv(UPLOADS_ENV, str(tmp_path / "incoming"))
    monkeypatch.setenv("REVIEWSYNTH_SECRET_KEY", "s" * 40)
    app = app_from_env()
    try:
        assert app.state.upload_dir == (tmp_path / "incoming").resolve()
        assert "DHR Mrs Q" in client_for(app, "vera").get("/cases").text
    finally:
        app.state.store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_serve_with_workers_shares_sessions(tmp_path: Path) -> None:
    """`reviewsynth serve --workers 2`: a session made by one worker is valid on every worker."""
    with open_store("sqlite", tmp_path) as store:
        seed(store)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "REVIEWSYNTH_SECRET_KEY"}
    proc = subprocess.Popen([sys.executable, "-m", "reviewsynth", "serve", "--db", str(tmp_path / "web.db"),
                             "--port", str(port), "--workers", "2", "--uploads", str(tmp_path / "up")],
                            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 30
        while True:
            try:
                httpx.get(f"{base}/login", timeout=1)
                break
            except httpx.HTTPError:
                assert time.time() < deadline and proc.poll() is None, "server did not start"
                time.sleep(0.2)
        with httpx.Client(base_url=base) as client:
            token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)  # type: ignore[union-attr]
            r = client.post("/login", data={"username": "vera", "password": PASSWORD, "csrf_token": token})
            assert r.status_code == 303
            # New connections spread over both workers; each must accept the session.
            codes = {httpx.get(f"{base}/cases", cookies=client.cookies, follow_redirects=False).status_code
                     for _ in range(12)}
        assert codes == {200}
    finally:
        proc.terminate()
        proc.wait(timeout=15)
