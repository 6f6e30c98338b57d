"""Sign-in burst benchmark: the server's memory and time under wrong passwords.

40 clients (threads, each with its own X-Forwarded-For address, which `reviewsynth serve`
trusts from loopback) each send 10 wrong passwords, alternating one real account with a
username of their own, against `reviewsynth serve` in a separate process on SQLite, with the
real argon2id parameters (64 MiB per verification). Reported: the server's resident memory at
rest before the burst (the baseline), its peak during the burst (sampled every 50 ms) and
after it, the peak-to-baseline ratio, the answers by status, and the time. Issue 11 measured
231 MB -> 1.1 GB for the same burst before sign-ins were throttled and verifications capped.

Usage: python benchmarks/web_logins.py [--clients 40] [--tries 10] [--json -]
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reviewsynth.store import Store  # noqa: E402

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "bench-password-1"


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _start_server(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    store = Store.open(str(folder / "bench.db"))
    store.add_user("coder1", PASSWORD, "coder")  # the real argon2id cost
    store.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "reviewsynth", "serve", "--db", str(folder / "bench.db"),
                             "--port", str(port)], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            httpx.get(f"{base}/login", timeout=1)
            return proc, base
        except httpx.HTTPError:
            if time.time() > deadline or proc.poll() is not None:
                raise SystemExit("the server did not start") from None
            time.sleep(0.2)


def _client(base: str, number: int, tries: int, answers: Counter[int]) -> None:
    headers = {"X-Forwarded-For": f"10.2.{number // 250}.{number % 250 + 1}"}
    with httpx.Client(base_url=base, timeout=120, headers=headers) as client:
        token = CSRF_RE.search(client.get("/login").text).group(1)  # type: ignore[union-attr]
        for attempt in range(tries):
            username = "coder1" if attempt % 2 == 0 else f"nobody{number}"
            r = client.post("/login", data={"username": username, "password": f"wrong-{attempt}",
                                            "csrf_token": token})
            answers[r.status_code] += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=40)
    parser.add_argument("--tries", type=int, default=10)
    parser.add_argument("--json", help="write the figures as JSON to this file (- for stdout)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rs-bench-logins-") as tmp:
        proc, base = _start_server(Path(tmp))
        try:
            httpx.get(f"{base}/login")  # warm: templates loaded
            time.sleep(1)
            baseline = _rss_mb(proc.pid)
            answers: Counter[int] = Counter()
            threads = [threading.Thread(target=_client, args=(base, i, args.tries, answers))
                       for i in range(args.clients)]
            started = time.perf_counter()
            for t in threads:
                t.start()
            peak = baseline
            while any(t.is_alive() for t in threads):
                peak = max(peak, _rss_mb(proc.pid))
                time.sleep(0.05)
            seconds = time.perf_counter() - started
            time.sleep(2)
            after = _rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    figures = {"clients": args.clients, "tries": args.tries, "answers": dict(sorted(answers.items())),
               "seconds": round(seconds, 1), "rss_baseline_mb": round(baseline), "rss_peak_mb": round(peak),
               "rss_after_mb": round(after), "peak_over_baseline": round(peak / baseline, 2)}
    if args.json:
        text = json.dumps(figures, indent=2)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n")
    else:
        for key, value in figures.items():
            print(f"{key:>20}: {value}")


if __name__ == "__main__":
    main()
