"""Browser tests: the workbench served by uvicorn on a free loopback port, driven by Debian
chromium through Playwright (never `playwright install`)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reviewsynth.store import Store
from reviewsynth.web import create_app
from tests.conftest import need
from tests.e2e.seed import open_store, seed, use_fast_password_hashing

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def seeded_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    use_fast_password_hashing(monkeypatch)
    with open_store("sqlite", tmp_path) as store:
        seed(store)
        yield store


@pytest.fixture
def server(seeded_store: Store, tmp_path: Path) -> Iterator[str]:
    import uvicorn

    app = create_app(seeded_store, secret_key="e2e-secret-" + "k" * 24, upload_dir=tmp_path / "up")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Debian chromium per test module (launching it is most of a browser test's
    setup); each test opens its own contexts, so cookies never leak between tests."""
    from playwright.sync_api import sync_playwright

    need(Path(CHROMIUM).exists(), "Debian chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


@pytest.fixture(autouse=True)
def _close_contexts(request: pytest.FixtureRequest) -> Iterator[None]:
    """Close the contexts a test opened on the shared browser when it ends."""
    yield
    if "browser" in request.fixturenames:
        shared: Browser = request.getfixturevalue("browser")
        for context in list(shared.contexts):
            context.close()
