"""Coding screen and page image benchmark.

1. The coding screen (`GET /cases/<id>`, everything the browser gets: text with highlights
   labelled per code, coding stripes, the template panel with per-quote controls) of a
   150-page report with 300 highlighted codes: served, and (with Debian chromium) laid out in
   the browser up to the load event, coding stripes placed. Target < 1 s. Baseline in the
   same run: a 10-page report with 20 codes (ratio reported).
2. The page as printed (`GET /documents/<sha>/page/<n>.png` with the quote marked) for pages
   spread over the same 150-page PDF. Target < 1 s per page. Baseline in the same run: raw
   pypdfium2 rendering of the same pages at the same scale, encoded as PNG (ratio reported).

The report is a real PDF (reportlab) read by the real ingestion, so quotes are found again in
the PDF's own text layer. Usage: python benchmarks/coding_screen.py [--repeat 5] [--json -]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from reviewsynth.documents import ExtractedDocument  # noqa: E402
from reviewsynth.schema import Case, Code, DocumentRef, Incident, Person, Screening  # noqa: E402
from reviewsynth.store import Store  # noqa: E402

PASSWORD = "bench-password-1"
CHROMIUM = "/usr/bin/chromium"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
CHARACTERISTICS = ["alcohol_misuse", "substance_misuse", "mental_health_current", "offending",
                   "unemployment", "social_isolation", "history_of_violence", "financial_issues"]
SENTENCES = [
    "The panel considered the contact agencies had with the family during this period.",
    "Records show the GP saw Ms V about low mood and prescribed medication.",
    "Police attended the address after a neighbour reported shouting late at night.",
    "The housing officer noted that the tenancy was at risk because of rent arrears.",
    "Mr W told his probation officer that he was drinking more than before.",
    "Children's services closed the referral after one home visit.",
]


def write_report(path: Path, pages: int, seed: int) -> Path:
    """A fictional review of `pages` pages of wrapped paragraphs (Helvetica, 48 lines a page)."""
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    pdf = canvas.Canvas(str(path), pagesize=(595.27, 841.89))
    for n in range(1, pages + 1):
        pdf.setFont("Helvetica", 9)
        y = 790
        text = f"{n}.1 " + " ".join(rng.choice(SENTENCES) for _ in range(40))
        for line in textwrap.wrap(text, 98)[:48]:
            pdf.drawString(56, y, line)
            y -= 15.5
        pdf.drawString(270, 28, f"Page {n} of {pages}")
        pdf.showPage()
    pdf.save()
    return path


def make_case(doc: ExtractedDocument, case_id: str, codes: int) -> Case:
    """A case whose codes quote sentences spread over the whole report."""
    step = max(1, len(doc.text) // (codes + 1))
    victim = Person(person_id="v1", role="victim", gender="female")
    perp = Person(person_id="p1", role="perpetrator", gender="male")
    for i in range(codes):
        start = doc.text.index("agencies had with the family", i * step)
        ev = doc.evidence(start, start + len("agencies had with the family"))
        (victim if i % 2 else perp).characteristics.append(
            Code(code=CHARACTERISTICS[i % len(CHARACTERISTICS)], evidence=[ev]))
    return Case(case_id=case_id, title=case_id, review_type="dhr",
                documents=[DocumentRef(path=doc.path, sha256=doc.sha256, pages=len(doc.pages))],
                screening=Screening(decision="include", reason="homicide"),
                category="intimate_partner_violence", people=[victim, perp],
                incident=Incident(weapons=[Code(code="knife")]))


def _median(fn: Any, repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def _raw_render(pdf_path: Path, numbers: list[int]) -> None:
    """The floor: pypdfium2 alone renders the pages at the screen's scale, as PNG."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf_path))
    try:
        for n in numbers:
            page = document[n - 1]
            width, _height = page.get_size()
            image = page.render(scale=1000 / width).to_pil()
            image.convert("RGB").save(io.BytesIO(), format="PNG", compress_level=3)
            page.close()
    finally:
        document.close()


def _serve(app: Any) -> tuple[str, Any]:
    import socket
    import threading

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def browser_render(app: Any, repeat: int) -> dict[str, float] | None:
    """Chromium's time from navigation to the coding screen laid out (load event, after which
    app.js has placed every coding stripe), 150 pages vs 10; None without Chromium."""
    if not Path(CHROMIUM).exists():
        return None
    from playwright.sync_api import sync_playwright

    base, server = _serve(app)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(f"{base}/login")
            page.fill('input[name="username"]', "reader")
            page.fill('input[name="password"]', PASSWORD)
            page.click('button[type="submit"]')
            page.wait_for_url(f"{base}/cases")

            def load(case_id: str) -> float:
                page.goto(f"{base}/cases/{case_id}", wait_until="load")
                page.wait_for_function("() => document.querySelectorAll('.stripe.placed').length > 0")
                return float(page.evaluate(
                    "() => performance.getEntriesByType('navigation')[0].loadEventEnd")) / 1000

            load("big")
            big = statistics.median(load("big") for _ in range(repeat))
            small = statistics.median(load("small") for _ in range(repeat))
            browser.close()
    finally:
        server.should_exit = True
    return {"browser_150p_s": big, "browser_10p_s": small, "browser_ratio": big / small}


def run(repeat: int) -> dict[str, float]:
    from fastapi.testclient import TestClient

    from reviewsynth.ingest import extract
    from reviewsynth.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(str(folder / "screen.db"))
        big_pdf, small_pdf = write_report(folder / "big.pdf", 150, 1), write_report(folder / "small.pdf", 10, 2)
        big_doc, small_doc = extract(big_pdf), extract(small_pdf)
        for path, doc, case_id, codes in ((big_pdf, big_doc, "big", 300), (small_pdf, small_doc, "small", 20)):
            store.add_document(doc, str(path))
            store.save_suggested_case(make_case(doc, case_id, codes), engine_version="bench")
        store.add_user("reader", PASSWORD, "coder")
        client = TestClient(create_app(store, secret_key="bench-" + "s" * 30, upload_dir=folder / "up"))
        token = CSRF_RE.search(client.get("/login").text).group(1)  # type: ignore[union-attr]
        client.post("/login", data={"username": "reader", "password": PASSWORD, "csrf_token": token})

        def screen(case_id: str) -> int:
            r = client.get(f"/cases/{case_id}")
            codes = 300 if case_id == "big" else 20
            highlighted = set(re.findall(r'data-targets="([^"]+)"', r.text))
            assert r.status_code == 200 and len({t for ts in highlighted for t in ts.split()}) == codes
            return len(r.content)

        client.get("/cases/big")  # warm templates and the codebook
        t_big, size = _median(lambda: screen("big"), repeat)
        t_small, _ = _median(lambda: screen("small"), repeat)

        numbers = [1, 20, 50, 75, 100, 125, 150]
        quotes = []
        for n in numbers:
            page = big_doc.pages[n - 1]
            start = big_doc.text.index("agencies had with the family", page.start)
            quotes.append((n, start, start + len("agencies had with the family")))

        def images() -> int:
            marked = 0
            for n, start, end in quotes:
                r = client.get(f"/documents/{big_doc.sha256}/page/{n}.png?start={start}&end={end}")
                assert r.status_code == 200
                marked += r.headers["x-quote-marked"] == "true"
            return marked

        t_images, marked = _median(images, repeat)
        t_raw, _ = _median(lambda: _raw_render(big_pdf, numbers), repeat)
        in_browser = browser_render(client.app, repeat) or {}
        store.close()
    per_image, per_raw = t_images / len(numbers), t_raw / len(numbers)
    return {**in_browser, "screen_150p_300codes_s": t_big, "screen_10p_20codes_s": t_small, "screen_ratio": t_big / t_small,
            "screen_html_kb": size / 1024, "page_image_s": per_image, "raw_render_s": per_raw,
            "page_image_ratio": per_image / per_raw, "quotes_marked": marked, "pages_timed": len(numbers)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON ('-' for stdout)")
    args = parser.parse_args()
    f = run(args.repeat)
    print(f"coding screen, 150-page report, 300 codes: {f['screen_150p_300codes_s'] * 1000:.0f} ms "
          f"({f['screen_html_kb']:.0f} KB); 10-page baseline {f['screen_10p_20codes_s'] * 1000:.0f} ms; "
          f"ratio {f['screen_ratio']:.1f}x; target < 1000 ms: {'PASS' if f['screen_150p_300codes_s'] < 1 else 'FAIL'}")
    print(f"page image with the quote marked: {f['page_image_s'] * 1000:.0f} ms per page "
          f"({f['quotes_marked']} of {f['pages_timed']} quotes found and marked); raw pypdfium2 render + PNG "
          f"{f['raw_render_s'] * 1000:.0f} ms; ratio {f['page_image_ratio']:.2f}x; target < 1000 ms: "
          f"{'PASS' if f['page_image_s'] < 1 else 'FAIL'}")
    if "browser_150p_s" in f:
        print(f"in Chromium, navigation to laid out (stripes placed): {f['browser_150p_s'] * 1000:.0f} ms; "
              f"10-page baseline {f['browser_10p_s'] * 1000:.0f} ms; ratio {f['browser_ratio']:.1f}x; "
              f"target < 1000 ms: {'PASS' if f['browser_150p_s'] < 1 else 'FAIL'}")
    if args.json:
        text = json.dumps(f, indent=2)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
