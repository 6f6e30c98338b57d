"""Workbench load and render benchmark.

1. Load: 20 simulated coders (threads with their own sessions) each open their case and do
   coding actions (accept/reject a code, set a field: htmx requests, as the browser sends
   them) against `reviewsynth serve` in a separate process, on PostgreSQL over loopback.
   Two modes: with think time (THINK seconds between one coder's actions, as people work) and
   without (closed-loop stress). Baseline in the same run: one coder alone in the same mode;
   p50/p95 ratios are reported. Repeated for each `--workers` count in WORKERS.
   Target: p95 < 200 ms with think time.
2. Render: the coding screen of a 150-page report with 300 highlighted codes. Target < 1 s.
   Baseline in the same run: a 10-page report (ratio reported).

Usage: REVIEWSYNTH_BENCH_PG_URL=postgresql+psycopg://... python benchmarks/web_load.py
(falls back to REVIEWSYNTH_TEST_PG_URL; with neither, the load part runs on SQLite and says so).
Loopback only: the load generator shares the machine's cores with the server and database.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import text

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reviewsynth.documents import ExtractedDocument  # noqa: E402
from reviewsynth.schema import Case, Code, DocumentRef, Incident, Person, Screening  # noqa: E402
from reviewsynth.store import Store  # noqa: E402

CODERS = 20
ACTIONS = 15  # per coder
# Pause between one coder's actions (uniform, seconds): a person reads a quote before deciding,
# so even 0.5-1.5 s is far faster than real coding. THINK=(0, 0) gives a closed-loop stress run.
THINK = (0.5, 1.5)
TIME_CAP_S = 120.0
WORKERS = (1, 2)  # `reviewsynth serve --workers N` counts compared in one run
PASSWORD = "bench-password-1"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
VERSION_RE = re.compile(r'name="version" value="(\d+)"')
CHARACTERISTICS = ["alcohol_misuse", "substance_misuse", "mental_health_current", "offending",
                   "unemployment", "social_isolation", "history_of_violence", "financial_issues"]


def make_report(pages: int, seed: str) -> ExtractedDocument:
    sentence = ("The panel considered the contact agencies had with the family during this period "
                "and whether the risk was understood. ")
    texts = [f"Page {i} of the review ({seed}). " + sentence * 28 for i in range(1, pages + 1)]
    sha = hashlib.sha256(("".join(texts) + seed).encode()).hexdigest()
    return ExtractedDocument.from_pages(f"{seed}.pdf", sha, "pdf", texts, title=f"Review {seed}")


def make_case(doc: ExtractedDocument, case_id: str, codes: int) -> Case:
    """A case whose codes quote sentences spread over the whole report."""
    step = max(1, len(doc.text) // (codes + 1))
    victim = Person(person_id="v1", role="victim", gender="female")
    perp = Person(person_id="p1", role="perpetrator", gender="male")
    for i in range(codes):
        start = doc.text.index("risk was understood", i * step)
        ev = doc.evidence(start, start + len("risk was understood"))
        (victim if i % 2 else perp).characteristics.append(
            Code(code=CHARACTERISTICS[i % len(CHARACTERISTICS)], evidence=[ev]))
    return Case(case_id=case_id, title=case_id, review_type="dhr",
                documents=[DocumentRef(path=doc.path, sha256=doc.sha256, pages=len(doc.pages))],
                screening=Screening(decision="include", reason="homicide"),
                category="intimate_partner_violence", people=[victim, perp],
                incident=Incident(weapons=[Code(code="knife")]))


def seed(store: Store, n_cases: int, pages: int, codes: int) -> list[str]:
    ids = []
    for i in range(n_cases):
        doc = make_report(pages, f"r{i}-{pages}")
        store.add_document(doc)
        case = make_case(doc, f"bench-{pages}p-{i}", codes)
        store.save_suggested_case(case, engine_version="bench")
        ids.append(case.case_id)
    return ids


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db_url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "reviewsynth", "serve", "--db", db_url, "--port", str(port),
               "--workers", str(workers)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/login", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")


def login(base: str, username: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30)
    token = CSRF_RE.search(client.get("/login").text).group(1)  # type: ignore[union-attr]
    r = client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token})
    if r.status_code != 303:
        raise RuntimeError(f"login failed for {username}: {r.status_code}")
    return client


def coder_session(base: str, username: str, case_id: str, deadline: float,
                  latencies: list[float], errors: list[str], think: tuple[float, float]) -> None:
    """Open the case, then alternate accept/reject/field actions, as a coder would."""
    rng = random.Random(username)
    client = login(base, username)
    time.sleep(rng.uniform(0, 2 * think[1]))  # people do not all open a case in the same instant
    page = client.get(f"/cases/{case_id}")  # page opens are timed by the render benchmark
    token = CSRF_RE.search(page.text).group(1)  # type: ignore[union-attr]
    version = int(VERSION_RE.search(page.text).group(1))  # type: ignore[union-attr]
    headers = {"HX-Request": "true", "X-CSRF-Token": token}
    for i in range(ACTIONS):
        if time.time() > deadline:
            break
        time.sleep(rng.uniform(*think))
        if i % 3 == 2:
            data = {"version": version, "target": "people/v1/age", "value": str(20 + i)}
            path = "field"
        else:
            data = {"version": version, "target": f"people/p1/characteristics/{i % 5}",
                    "status": "accepted" if i % 2 else "rejected"}
            path = "status"
        t0 = time.perf_counter()
        r = client.post(f"/cases/{case_id}/{path}", data=data, headers=headers)
        latencies.append(time.perf_counter() - t0)
        if r.status_code != 200:
            errors.append(f"{username}: {r.status_code}")
            continue
        m = VERSION_RE.search(r.text)
        version = int(m.group(1)) if m else version + 1
    client.close()


def run_load(base: str, coders: list[tuple[str, str]],
             think: tuple[float, float] = THINK) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.time() + TIME_CAP_S
    threads = [threading.Thread(target=coder_session, args=(base, u, c, deadline, latencies, errors, think))
               for u, c in coders]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.perf_counter() - t0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def open_bench_store(pg_url: str | None, tmp: Path) -> tuple[Store, str, object]:
    if not pg_url:
        url = f"sqlite:///{tmp / 'bench.db'}"
        return Store.open(url), url, None
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = Store.open(pg_url, migrate=False)
    with admin.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in pg_url else "?"
    url = f"{pg_url}{sep}options=-csearch_path%3D{schema}"

    def drop() -> None:
        with admin.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.close()

    return Store.open(url), url, drop


def _summary(latencies: list[float], wall: float) -> dict[str, float]:
    return {"requests": len(latencies), "p50_ms": 1000 * pct(latencies, 0.5),
            "p95_ms": 1000 * pct(latencies, 0.95), "rps": len(latencies) / wall}


def _one_server(url: str, workers: int, users: list[str], case_ids: list[str]) -> dict[str, dict[str, float]]:
    """Solo and 20-coder runs, with and without think time, against one server."""
    port = free_port()
    proc = start_server(url, port, workers)
    base = f"http://127.0.0.1:{port}"
    solo = [(users[-1], case_ids[-1])]
    pairs = list(zip(users[:CODERS], case_ids[:CODERS], strict=True))
    results: dict[str, dict[str, float]] = {}
    try:
        run_load(base, solo, (0.0, 0.0))  # warm-up, not counted: first requests load templates
        for mode, think in (("think", THINK), ("stress", (0.0, 0.0))):
            lat, _errors, wall = run_load(base, solo, think)
            results[f"solo_{mode}"] = _summary(lat, wall)
            lat, errors, wall = run_load(base, pairs, think)
            results[f"crowd_{mode}"] = {**_summary(lat, wall), "errors": len(errors)}
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    return results


def load_benchmark(pg_url: str | None) -> tuple[str, dict[int, dict[str, dict[str, float]]]]:
    from argon2 import PasswordHasher

    import reviewsynth.store.passwords as passwords

    # Cheaper argon2 for the 21 bench users only: login is not what is measured.
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with tempfile.TemporaryDirectory() as tmp:
        store, url, drop = open_bench_store(pg_url, Path(tmp))
        try:
            case_ids = seed(store, CODERS + 1, pages=30, codes=40)
            users = [f"coder{i:02d}" for i in range(CODERS + 1)]
            for u in users:
                store.add_user(u, PASSWORD, "coder")
            by_workers = {w: _one_server(url, w, users, case_ids) for w in WORKERS}
        finally:
            store.close()
            if drop:
                drop()  # type: ignore[operator]
    return ("postgresql" if pg_url else "sqlite"), by_workers


def render_benchmark() -> dict[str, float]:
    from fastapi.testclient import TestClient

    from reviewsynth.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "render.db"))
        big = seed(store, 1, pages=150, codes=300)[0]
        small = seed(store, 1, pages=10, codes=20)[0]
        store.add_user("reader", PASSWORD, "coder")
        app = create_app(store, secret_key="bench-" + "s" * 30)
        client = TestClient(app)
        token = CSRF_RE.search(client.get("/login").text).group(1)  # type: ignore[union-attr]
        client.post("/login", data={"username": "reader", "password": PASSWORD, "csrf_token": token})

        def timed(case_id: str) -> tuple[float, int]:
            times, size = [], 0
            for _ in range(5):
                t0 = time.perf_counter()
                r = client.get(f"/cases/{case_id}")
                times.append(time.perf_counter() - t0)
                size = len(r.content)
                assert r.status_code == 200
            return statistics.median(times), size

        t_big, size_big = timed(big)
        t_small, _ = timed(small)
        store.close()
    return {"render_150p_s": t_big, "render_10p_s": t_small, "ratio_150_vs_10": t_big / t_small,
            "html_150p_kb": size_big / 1024}


def main() -> None:
    pg_url = os.environ.get("REVIEWSYNTH_BENCH_PG_URL") or os.environ.get("REVIEWSYNTH_TEST_PG_URL")
    render = render_benchmark()
    print(f"coding screen, 150-page report, 300 codes: {render['render_150p_s'] * 1000:.0f} ms "
          f"({render['html_150p_kb']:.0f} KB HTML); 10-page baseline {render['render_10p_s'] * 1000:.0f} ms; "
          f"ratio {render['ratio_150_vs_10']:.1f}x; target < 1000 ms: "
          f"{'PASS' if render['render_150p_s'] < 1 else 'FAIL'}")
    db, by_workers = load_benchmark(pg_url)
    print(f"load on {db} over loopback ({os.cpu_count()} cores shared by load generator, server and "
          f"database): {CODERS} coders x {ACTIONS} coding actions; baseline one coder alone, same mode")
    for workers, r in by_workers.items():
        for mode, label in (("think", f"think time {THINK[0]}-{THINK[1]} s"), ("stress", "no think time")):
            crowd, solo = r[f"crowd_{mode}"], r[f"solo_{mode}"]
            verdict = ("PASS" if crowd["p95_ms"] < 200 else "FAIL") if mode == "think" else "-"
            print(f"  --workers {workers}, {label}: {CODERS} coders p50 {crowd['p50_ms']:.0f} ms, "
                  f"p95 {crowd['p95_ms']:.0f} ms, {crowd['rps']:.0f} req/s, errors {crowd['errors']:.0f}; "
                  f"one coder p50 {solo['p50_ms']:.0f} ms, p95 {solo['p95_ms']:.0f} ms; "
                  f"ratio p50 {crowd['p50_ms'] / solo['p50_ms']:.1f}x, p95 {crowd['p95_ms'] / solo['p95_ms']:.1f}x; "
                  f"target p95 < 200 ms: {verdict}")


if __name__ == "__main__":
    main()
