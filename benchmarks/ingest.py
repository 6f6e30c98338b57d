"""Ingestion benchmark: reviewsynth ingestion against raw PDF text extraction, same run.

    python benchmarks/ingest.py [--reports 200] [--pages 60] [--workers 2] [--ocr-pages 4] [--json out.json]

1. Generates N fictional long reports with reportlab into a temporary folder (not timed):
   running header, "Page n of N" footer, numbered paragraphs wrapped as in a real report.
2. Raw: pypdfium2 alone, text of every page (the floor no PDF tool can beat), with the same
   number of worker processes as ingestion, and with one process.
3. reviewsynth: `reviewsynth.pipeline.ingest_inputs` (what `reviewsynth run` does: extract in
   worker processes with cleaning, header/footer removal, hyphenation repair and paragraphs,
   then store each document in the SQLite store). Run in a child process so its peak memory
   (maxrss of the main process and of the largest worker) is measured alone.
4. OCR: a few pages rendered to images and saved as an image-only PDF, then `extract` on it.

Each measure runs in its own child process, in interleaved rounds (`--repeat`, best of each
counts). Wall-clock rates swing with other load on a shared machine, so the CPU seconds
(user + system, workers included) are reported too: `ratio_to_raw_cpu` is the steadier ratio.

Prints a table; `--json PATH` also writes the figures (`-` for stdout).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

SENTENCES = [
    "The GP practice saw her on several occasions for low mood and anxiety, but did not ask about abuse at home.",
    "Police attended the address after a neighbour reported shouting, and a DASH risk assessment was graded standard.",
    "The housing officer noted damage to the front door and recorded that the tenant said she had lost her keys.",
    "No referral was made to the multi-agency risk assessment conference, although the threshold was met.",
    "Children's social care closed the assessment after a single home visit and a telephone call to the school.",
    "The review panel found that information held by one agency was not shared with the others at key points.",
    "Practitioners described a lack of professional curiosity about the relationship and about his use of alcohol.",
    "She told her sister that he checked her phone, controlled the money and stopped her seeing her friends.",
    "The ambulance service attended and she was taken to hospital, where she was treated for a head injury.",
    "The probation service had assessed him as presenting a medium risk of serious harm to known adults.",
    "Learning from this review concerns safeguarding training, supervision and the follow-up of missed appointments.",
    "The community mental health team discharged him back to his GP after he did not attend two appointments.",
]
HEADINGS = [
    "Introduction",
    "Terms of reference",
    "Chronology",
    "Analysis",
    "Findings",
    "Conclusions",
    "Recommendations",
]
LINES_PER_PAGE = 48
WRAP = 98


def _report_lines(seed: int, pages: int) -> list[list[str]]:
    """Page by page lines of one fictional report: numbered paragraphs, wrapped."""
    rng = random.Random(seed)
    out: list[list[str]] = []
    section, para = 1, 1
    current: list[str] = [
        "Domestic Homicide Review",
        f"Overview Report into the death of 'Case {seed}'",
        f"Published: {rng.choice(['March', 'June', 'October'])} {rng.randint(2015, 2024)}",
        "",
    ]
    while len(out) < pages:
        if para == 1:
            current.append(f"{section}. {HEADINGS[section % len(HEADINGS)]}")
        text = f"{section}.{para} " + " ".join(
            rng.choice(SENTENCES) for _ in range(rng.randint(2, 6))
        )
        text += f" (reference {seed}-{len(out)}-{para})"
        for line in textwrap.wrap(text, WRAP):
            current.append(line)
            if len(current) >= LINES_PER_PAGE:
                out.append(current)
                current = []
                if len(out) == pages:
                    break
        para += 1
        if para > rng.randint(6, 14):
            section, para = section + 1, 1
    return out


def _write_report(args: tuple[Path, int, int]) -> Path:
    from reportlab.pdfgen import canvas

    folder, seed, pages = args
    path = folder / f"report-{seed:05d}.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595.27, 841.89))
    lines = _report_lines(seed, pages)
    for n, page in enumerate(lines, start=1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(
            56, 810, f"Eastbridge Community Safety Partnership - DHR Case {seed} - OFFICIAL"
        )
        pdf.drawString(270, 28, f"Page {n} of {len(lines)}")
        pdf.setFont("Helvetica", 9)
        y = 780
        for line in page:
            pdf.drawString(56, y, line)
            y -= 15.5
        pdf.showPage()
    pdf.save()
    return path


def generate(folder: Path, reports: int, pages: int, workers: int) -> list[Path]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return sorted(
            pool.map(_write_report, [(folder, seed, pages) for seed in range(reports)], chunksize=4)
        )


def _raw_one(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    chars = 0
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return chars


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _raw_child(folder: str, workers: int) -> None:
    """Runs in a child process: raw pypdfium2 text of every page; prints wall and CPU seconds."""
    paths = sorted(Path(folder).glob("*.pdf"))
    cpu0, start = _cpu_seconds(), time.perf_counter()
    if workers <= 1:
        for path in paths:
            _raw_one(path)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_raw_one, paths, chunksize=2))
    print(
        json.dumps({"seconds": time.perf_counter() - start, "cpu_seconds": _cpu_seconds() - cpu0})
    )


def raw_extraction(folder: Path, workers: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--_raw-child", str(folder), str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _ingest_child(folder: str, db_url: str, workers: int) -> None:
    """Runs in a child process: ingestion into the store, then its own figures as JSON."""
    from reviewsynth.store import Store

    store = Store.open(db_url)
    cpu0, start = _cpu_seconds(), time.perf_counter()
    try:
        from reviewsynth.pipeline import ingest_inputs
    except ImportError:  # pipeline not there: extract + store directly
        ingest_inputs = None
    if ingest_inputs is not None:
        summary = ingest_inputs(store, [Path(folder)], workers=workers)
        stored, errors = len(summary.paths), len(summary.errors)
    else:
        from reviewsynth.ingest import extract, iter_input_files

        paths = list(iter_input_files([Path(folder)]))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for doc in pool.map(extract, paths, chunksize=1):
                store.add_document(doc)
        stored, errors = len(paths), 0
    elapsed = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu0
    docs = store.count_documents()
    store.close()
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "cpu_seconds": cpu,
                "stored": stored,
                "errors": errors,
                "documents_in_store": docs,
                "maxrss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "maxrss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    )


def reviewsynth_ingestion(folder: Path, workers: int, round_no: int = 0) -> dict[str, Any]:
    db_url = f"sqlite:///{folder.parent / f'bench-{round_no}.db'}"  # fresh store each round
    done = subprocess.run(
        [sys.executable, __file__, "--_ingest-child", str(folder), db_url, str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def ocr_benchmark(sample: Path, pages: int, tmp: Path) -> dict[str, Any]:
    """OCR pages/s: `pages` pages rendered at 150 dpi into an image-only PDF, then extracted."""
    import shutil

    import pypdfium2 as pdfium

    if shutil.which("tesseract") is None or pages <= 0:
        return {"pages": 0, "seconds": None, "pages_per_s": None, "note": "tesseract not installed"}
    pdf = pdfium.PdfDocument(str(sample))
    images = []
    for index in range(min(pages, len(pdf))):
        page = pdf[index]
        images.append(page.render(scale=150 / 72, grayscale=True).to_pil())
        page.close()
    pdf.close()
    scan = tmp / "scanned.pdf"
    images[0].save(scan, "PDF", resolution=150, save_all=True, append_images=images[1:])
    from reviewsynth.ingest import extract

    start = time.perf_counter()
    doc = extract(scan)
    elapsed = time.perf_counter() - start
    ocr_pages = sum(1 for p in doc.pages if p.ocr)
    return {
        "pages": ocr_pages,
        "seconds": elapsed,
        "pages_per_s": ocr_pages / elapsed,
        "workers": os.cpu_count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ocr-pages", type=int, default=4)
    parser.add_argument(
        "--repeat", type=int, default=3, help="rounds; the best time of each measure counts"
    )
    parser.add_argument(
        "--json", dest="json_path", default=None, help="write figures as JSON here ('-': stdout)"
    )
    parser.add_argument("--_ingest-child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--_raw-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._raw_child:
        _raw_child(args._raw_child[0], int(args._raw_child[1]))
        return
    if args._ingest_child:
        folder, db_url, workers = args._ingest_child
        _ingest_child(folder, db_url, int(workers))
        return

    with tempfile.TemporaryDirectory(prefix="reviewsynth-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus"
        corpus.mkdir()
        started = time.perf_counter()
        paths = generate(corpus, args.reports, args.pages, max(1, os.cpu_count() or 1))
        generation_s = time.perf_counter() - started
        total_pages = args.reports * args.pages
        corpus_mb = sum(p.stat().st_size for p in paths) / 1e6

        # Rounds interleave the three measurements; the best of each counts, so a burst of
        # load from other programs on the machine does not decide the ratio.
        raw_1_runs: list[dict[str, float]] = []
        raw_w_runs: list[dict[str, float]] = []
        ingest_runs: list[dict[str, Any]] = []
        for round_no in range(args.repeat):
            raw_1_runs.append(raw_extraction(corpus, 1))
            raw_w_runs.append(raw_extraction(corpus, args.workers))
            ingest_runs.append(reviewsynth_ingestion(corpus, args.workers, round_no))
        raw_1 = min(r["seconds"] for r in raw_1_runs)
        raw_w = min(r["seconds"] for r in raw_w_runs)
        ingest = min(ingest_runs, key=lambda run: float(run["seconds"]))
        # CPU seconds hardly change with load from other programs: the steadier comparison.
        raw_cpu = min(r["cpu_seconds"] for r in raw_w_runs)
        ingest_cpu = min(float(r["cpu_seconds"]) for r in ingest_runs)
        ocr = ocr_benchmark(paths[0], args.ocr_pages, tmp)

    raw_w_rate = total_pages / raw_w
    ingest_rate = total_pages / ingest["seconds"]
    figures = {
        "reports": args.reports,
        "pages": total_pages,
        "corpus_mb": round(corpus_mb, 1),
        "workers": args.workers,
        "cpu_count": os.cpu_count(),
        "generation_s": round(generation_s, 1),
        "raw_1_process_pages_per_s": round(total_pages / raw_1, 1),
        f"raw_{args.workers}_processes_pages_per_s": round(raw_w_rate, 1),
        "reviewsynth_pages_per_s": round(ingest_rate, 1),
        "ratio_to_raw_same_workers": round(ingest_rate / raw_w_rate, 3),
        "ratio_to_raw_1_process": round(ingest_rate / (total_pages / raw_1), 3),
        "raw_pages_per_cpu_s": round(total_pages / raw_cpu, 1),
        "reviewsynth_pages_per_cpu_s": round(total_pages / ingest_cpu, 1),
        "ratio_to_raw_cpu": round(raw_cpu / ingest_cpu, 3),
        "documents_stored": ingest["documents_in_store"],
        "ingest_errors": ingest["errors"],
        "peak_rss_main_mb": round(ingest["maxrss_main_mb"], 1),
        "peak_rss_worker_mb": round(ingest["maxrss_worker_mb"], 1),
        "peak_rss_total_upper_bound_mb": round(
            ingest["maxrss_main_mb"] + args.workers * ingest["maxrss_worker_mb"], 1
        ),
        "rounds": args.repeat,
        "raw_1_process_s_each_round": [round(r["seconds"], 2) for r in raw_1_runs],
        f"raw_{args.workers}_processes_s_each_round": [round(r["seconds"], 2) for r in raw_w_runs],
        "reviewsynth_s_each_round": [round(float(r["seconds"]), 2) for r in ingest_runs],
        "ocr_pages": ocr["pages"],
        "ocr_pages_per_s": round(ocr["pages_per_s"], 3) if ocr["pages_per_s"] else None,
        "ocr_s_per_page": round(ocr["seconds"] / ocr["pages"], 2) if ocr["pages"] else None,
    }
    _print_table(figures)
    if args.json_path == "-":
        print(json.dumps(figures, indent=2))
    elif args.json_path:
        Path(args.json_path).write_text(json.dumps(figures, indent=2) + "\n")


def _print_table(figures: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"Ingestion: {figures['reports']} reports, {figures['pages']} pages, {figures['workers']} workers"
    )
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in figures.items():
        table.add_row(key, "-" if value is None else str(value))
    Console(stderr=True).print(table)


if __name__ == "__main__":
    main()
