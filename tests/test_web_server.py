"""The open server, for real: `reviewsynth serve` in its own process on a loopback port, with
its temporary files in a folder of the test's. Each test is bounded in count and time.

- 60 wrong passwords from 40 client addresses (X-Forwarded-For, which the server trusts from
  loopback) lock the account; the right password for another account still works.
- A logged-out session cookie gets the login page.
- An anonymous 2 GB upload, streamed from a generator, is refused before the server stored
  more than the limit; so is a signed-in 2 GB chunked upload (no Content-Length).
- Security headers are on every answer; an unknown id is a 404 and stores nothing.
- An upload is coded in a worker process, never in the server's.
"""

from __future__ import annotations

import os
import re
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func
from sqlalchemy import select as sql_select

from reviewsynth.store import Store
from reviewsynth.store.models import SettingRow
from reviewsynth.web.limits import MULTIPART_OVERHEAD
from reviewsynth.web.security import SECURITY_HEADERS
from reviewsynth.web.throttle import ACCOUNT_LIMIT
from reviewsynth.web.uploads import JOB_PREFIX, MAX_UPLOAD_BYTES
from tests.e2e.seed import PASSWORD, open_store, seed, use_fast_password_hashing

REPO = Path(__file__).resolve().parents[1]
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
TWO_GB = 2 * 1024**3
UPLOAD_LIMIT = MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD


@dataclass
class Served:
    base: str
    port: int
    pid: int
    db: Path
    uploads: Path
    tmp: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("served")
    with pytest.MonkeyPatch.context() as mp:
        use_fast_password_hashing(mp)  # the seeded users' hashes are cheap; verification reads them
        with open_store("sqlite", root) as store:
            seed(store)
    (root / "tmp").mkdir()
    port = _free_port()
    env = {**os.environ, "TMPDIR": str(root / "tmp"), "REVIEWSYNTH_SECRET_KEY": "served-" + "k" * 40}
    proc = subprocess.Popen([sys.executable, "-m", "reviewsynth", "serve", "--db", str(root / "web.db"),
                             "--port", str(port), "--uploads", str(root / "uploads")],
                            cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                httpx.get(f"{base}/login", timeout=1)
                break
            except httpx.HTTPError:
                assert time.time() < deadline and proc.poll() is None, "server did not start"
                time.sleep(0.2)
        yield Served(base, port, proc.pid, root / "web.db", root / "uploads", root / "tmp")
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _signed_in(served: Served, username: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=served.base, timeout=30)
    token = CSRF_RE.search(client.get("/login").text).group(1)  # type: ignore[union-attr]
    r = client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 303, r.text
    return client, CSRF_RE.search(client.get("/corpus").text).group(1)  # type: ignore[union-attr]


def _login_from(served: Served, username: str, password: str, address: str) -> httpx.Response:
    with httpx.Client(base_url=served.base, timeout=30, headers={"X-Forwarded-For": address}) as client:
        token = CSRF_RE.search(client.get("/login").text).group(1)  # type: ignore[union-attr]
        return client.post("/login", data={"username": username, "password": password, "csrf_token": token})


# -- stored bytes ---------------------------------------------------------------------------------

def _stored_bytes(served: Served) -> int:
    """Bytes the server holds in its upload folder and temporary folder, counting files it has
    open there that are already unlinked (a spooled upload is one)."""
    total = 0
    for folder in (served.uploads, served.tmp):
        if folder.exists():
            total += sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    fd_dir = Path(f"/proc/{served.pid}/fd")
    for fd in fd_dir.iterdir() if fd_dir.exists() else []:
        try:
            target = os.readlink(fd)
            if target.startswith((str(served.tmp), str(served.uploads))) and target.endswith("(deleted)"):
                total += os.stat(fd).st_size
        except OSError:
            continue  # closed meanwhile
    return total


class StorageWatch:
    """The most bytes the server stored at any moment while a transfer ran (sampled)."""

    def __init__(self, served: Served) -> None:
        self.served, self.peak, self._stop = served, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _stored_bytes(self.served))
            time.sleep(0.005)

    def __enter__(self) -> StorageWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


# -- a 2 GB upload, streamed ------------------------------------------------------------------------

BOUNDARY = "rs-boundary-2gb"
PART_HEAD = (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
             "Content-Type: text/plain\r\n\r\n").encode()


def _file_body(total: int, chunk: int = 256 * 1024) -> Iterator[bytes]:
    """A multipart body with a `total`-byte file, generated chunk by chunk (never held whole)."""
    yield PART_HEAD
    block = b"a" * chunk
    sent = 0
    while sent < total:
        piece = block[: min(chunk, total - sent)]
        sent += len(piece)
        yield piece
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


@dataclass
class Transfer:
    status: int | None
    headers: dict[str, str]
    sent: int  # body bytes the client got into the connection before it stopped


def _stream_upload(served: Served, headers: dict[str, str], *, chunked: bool, seconds: float = 60) -> Transfer:
    """POST a 2 GB upload over a raw socket, sending only while the server reads; stop at
    its answer (or when it drops the connection, or after `seconds`)."""
    sock = socket.create_connection(("127.0.0.1", served.port), timeout=10)
    framing = {"Transfer-Encoding": "chunked"} if chunked else {
        "Content-Length": str(len(PART_HEAD) + TWO_GB + len(f"\r\n--{BOUNDARY}--\r\n"))}
    head = "".join(f"{k}: {v}\r\n" for k, v in {
        "Host": f"127.0.0.1:{served.port}", "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
        **framing, **headers}.items())
    sock.sendall(f"POST /corpus/upload HTTP/1.1\r\n{head}\r\n".encode())
    sock.setblocking(False)
    sent, pending = 0, b""
    body = _file_body(TWO_GB)
    deadline = time.time() + seconds
    try:
        while time.time() < deadline:
            readable, writable, _ = select.select([sock], [sock], [], 1)
            if readable:
                break
            if not writable:
                continue
            if not pending:
                data = next(body, None)
                if data is None:
                    break
                pending = (b"%x\r\n" % len(data) + data + b"\r\n") if chunked else data
            try:
                n = sock.send(pending)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += n
            pending = pending[n:]
        return _read_answer(sock, sent)
    finally:
        sock.close()


def _read_answer(sock: socket.socket, sent: int) -> Transfer:
    sock.setblocking(True)
    sock.settimeout(10)
    raw = b""
    try:
        while b"\r\n\r\n" not in raw:
            data = sock.recv(65536)
            if not data:
                break
            raw += data
    except (ConnectionResetError, TimeoutError):
        pass
    if not raw.startswith(b"HTTP/1.1 "):
        return Transfer(None, {}, sent)
    lines = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return Transfer(int(lines[0].split()[1]), headers, sent)


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_anonymous_2gb_upload_is_refused_before_anything_is_stored(served: Served, chunked: bool) -> None:
    with StorageWatch(served) as watch:
        transfer = _stream_upload(served, {}, chunked=chunked)
    assert transfer.status == 401 and transfer.headers.get("connection") == "close"
    assert transfer.sent < 64 * 1024 * 1024, "the server read on past its refusal"
    assert watch.peak == 0, f"the server stored {watch.peak} bytes of an anonymous upload"


def test_signed_in_2gb_chunked_upload_stops_at_the_limit(served: Served) -> None:
    client, token = _signed_in(served, "cora")
    cookie = f"rs_session={client.cookies.get('rs_session')}"
    with StorageWatch(served) as watch:
        transfer = _stream_upload(served, {"Cookie": cookie, "X-CSRF-Token": token}, chunked=True)
    assert transfer.status == 413 and transfer.headers.get("connection") == "close"
    assert transfer.sent < UPLOAD_LIMIT + 64 * 1024 * 1024
    assert 0 < watch.peak <= UPLOAD_LIMIT, watch.peak
    deadline = time.time() + 10  # the spooled part is released, not kept open
    while _stored_bytes(served) and time.time() < deadline:
        time.sleep(0.1)
    assert _stored_bytes(served) == 0
    assert not list(served.uploads.glob("*big*"))


def test_signed_in_2gb_declared_upload_is_refused_unread(served: Served) -> None:
    client, token = _signed_in(served, "cora")
    cookie = f"rs_session={client.cookies.get('rs_session')}"
    with StorageWatch(served) as watch:
        transfer = _stream_upload(served, {"Cookie": cookie, "X-CSRF-Token": token}, chunked=False)
    assert transfer.status == 413 and transfer.sent < 64 * 1024 * 1024 and watch.peak == 0


# -- sign-in, sign-out ------------------------------------------------------------------------------

def test_sixty_wrong_passwords_lock_out_and_another_account_still_signs_in(served: Served) -> None:
    codes = [_login_from(served, "cody", f"wrong-{i}", f"10.1.0.{i % 40 + 1}").status_code for i in range(60)]
    # 10 checked and wrong; from then on refused at once, without checking the password
    assert codes[:ACCOUNT_LIMIT] == [401] * ACCOUNT_LIMIT and codes[ACCOUNT_LIMIT:] == [429] * (60 - ACCOUNT_LIMIT)
    locked = _login_from(served, "cody", PASSWORD, "10.1.1.1")
    assert locked.status_code == 429 and "Try again in" in locked.text
    other = _login_from(served, "vera", PASSWORD, "10.1.0.3")
    assert other.status_code == 303 and other.headers["location"] == "/cases"


def test_a_logged_out_cookie_gets_the_login_page(served: Served) -> None:
    client, token = _signed_in(served, "ada")
    cookie = client.cookies.get("rs_session")
    assert client.get("/cases").status_code == 200
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    with httpx.Client(base_url=served.base, cookies={"rs_session": cookie}, timeout=30) as replay:
        r = replay.get("/cases")
        assert r.status_code == 303 and r.headers["location"] == "/login"
        page = replay.get("/cases", follow_redirects=True)
        assert page.url.path == "/login" and 'name="password"' in page.text


# -- headers, unknown ids ---------------------------------------------------------------------------

def test_security_headers_on_every_answer(served: Served) -> None:
    client, _token = _signed_in(served, "vera")
    answers = [client.get(p) for p in ("/cases", "/cases/case-q", "/static/app.js", "/no-such-page")]
    answers.append(httpx.get(f"{served.base}/login"))
    answers.append(httpx.post(f"{served.base}/corpus/upload", content=b"x"))  # refused by the limits
    for r in answers:
        for name, value in SECURITY_HEADERS.items():
            assert r.headers.get(name) == value, (r.url, name)


def test_unknown_id_post_is_404_and_stores_nothing(served: Served) -> None:
    client, token = _signed_in(served, "cora")
    store = Store.open(str(served.db), migrate=False)
    try:
        def settings() -> int:
            with store.session() as s:
                return int(s.scalar(sql_select(func.count()).select_from(SettingRow)) or 0)

        before = settings()
        r = client.post("/screening/no-such-case", data={"csrf_token": token, "version": "1",
                                                         "choice": "include:homicide"})
        assert r.status_code == 404 and "no such case" in r.text
        assert settings() == before
    finally:
        store.close()


# -- uploads are coded in a worker process -----------------------------------------------------------

def test_upload_is_coded_in_a_worker_process(served: Served) -> None:
    client, token = _signed_in(served, "cora")
    review = (REPO / "examples" / "corpus" / "eastbridge-sab-sar-mr-h-2024.txt").read_bytes()
    r = client.post("/corpus/upload", data={"csrf_token": token},
                    files={"file": ("sar-mr-h.txt", review, "text/plain")}, follow_redirects=True)
    assert "being read and coded" in r.text
    store = Store.open(str(served.db), migrate=False)
    try:
        deadline = time.time() + 180
        job: dict = {}
        while time.time() < deadline:
            with store.session() as s:
                rows = s.scalars(sql_select(SettingRow).where(SettingRow.key.startswith(JOB_PREFIX)))
                job = next((dict(row.value) for row in rows if row.value.get("name") == "sar-mr-h.txt"), {})
            if job.get("state") in ("done", "failed"):
                break
            time.sleep(0.5)
        assert job.get("state") == "done", job
        assert job["worker_pid"] != served.pid
        assert all(store.get_case(case_id) is not None for case_id in job["cases"]) and job["cases"]
        assert f"/cases/{job['cases'][0]}" in client.get("/corpus/jobs").text
    finally:
        store.close()
