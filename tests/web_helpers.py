"""What the store and workbench tests share: a fresh store on each backend, the app over it,
and a logged-in client (so every test file does not grow its own copy)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from reviewsynth.store import Store
from reviewsynth.web import create_app
from tests.e2e.seed import PASSWORD, open_store

# SQLite always; PostgreSQL where the suite has a server (the marker lets a run leave it out).
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
VERSION_RE = re.compile(r'name="version" value="(\d+)"')
TEST_SECRET = "test-secret-key-" + "x" * 20


@contextmanager
def backend_store(request: pytest.FixtureRequest, tmp_path: Path,
                  fill: Callable[[Store], Any] | None = None) -> Iterator[Store]:
    """A fresh store on the backend of the fixture's param, filled by `fill`."""
    pg = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    with open_store(request.param, tmp_path, pg) as s:
        if fill is not None:
            fill(s)
        yield s


def make_app(store: Store, tmp_path: Path, *, queue_background: bool = False):  # type: ignore[no-untyped-def]
    """The workbench over `store`; with queue_background, background work waits in
    `app.state.background_jobs` until the test runs it."""
    app = create_app(store, secret_key=TEST_SECRET, upload_dir=tmp_path / "uploads")
    if queue_background:
        app.state.background_jobs = []
        app.state.run_in_background = app.state.background_jobs.append
    return app


def csrf(html: str) -> str:
    m = CSRF_RE.search(html)
    assert m, "page has no CSRF field"
    return m.group(1)


def client_for(app, username: str | None) -> TestClient:  # type: ignore[no-untyped-def]
    """A client logged in as `username` (anonymous when None)."""
    client = TestClient(app)
    if username:
        token = csrf(client.get("/login").text)
        r = client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token},
                        follow_redirects=False)
        assert r.status_code == 303, r.text
    return client


def case_form(client: TestClient, path: str = "/cases/case-q") -> tuple[str, int]:
    """The CSRF token and the case version of a case page's forms."""
    html = client.get(path).text
    return csrf(html), int(VERSION_RE.search(html).group(1))  # type: ignore[union-attr]
