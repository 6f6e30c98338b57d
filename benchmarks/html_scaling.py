"""Benchmark: coding time of one HTML page as it grows, 0.5, 1, 2 and 4 MB of HTML.

    python benchmarks/html_scaling.py [--sizes 0.5,1,2,4] [--repeat 2] [--source PAGE.html] [--cpu N] [--json out.json]

1. Makes one HTML page per size (not timed) by repeating the article of `--source` (default:
   the bundled fictional sample page examples/corpus/child-safeguarding-practice-review-child-j.html),
   so every size reads like a long review: chronology, analysis, findings, lessons.
2. Times, on one core (pinned, as benchmarks/coding.py does), what a run does with the page:
   extraction (HTML to text with page spans and cleaning: the baseline, linear by nature) and
   coding (`code_case`, then the practice problems, as a coding worker does), in `--repeat`
   interleaved rounds after a warm-up on the smallest page; medians of CPU seconds.
3. Reports, for each size, seconds per MB relative to the smallest size (1.0 = linear) for
   coding and for extraction, and the growth exponent of coding, log(t_max / t_min) /
   log(size_max / size_min): 1.0 is linear, 2.0 quadratic. Target: exponent <= 1.1 (no faster
   than linear, with room for noise).

Before the fix of issue 11 these pages coded in 3.5, 7.5, 20.9 and 65.8 CPU s (exponent
1.43; 1.7 from 2 to 4 MB): a sentence-by-sentence phrase lookup copied the whole text each
time, each section lookup listed every section, and restatement matching compared every
summary with every problem. After: 2.8, 5.5, 10.9 and 21.0 s (exponent 0.97).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reviewsynth.coding import code_case
from reviewsynth.grouping import group_documents
from reviewsynth.ingest import extract
from reviewsynth.themes import find_practice_problems

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO / "examples" / "corpus" / "child-safeguarding-practice-review-child-j.html"
TARGET_EXPONENT = 1.1
MB = 1_000_000


def make_page(source: Path, mb: float, folder: Path) -> Path:
    markup = source.read_text(encoding="utf-8")
    head, body = markup.split("<body", 1)
    body = ("<body" + body).replace("</body>", "").replace("</html>", "")
    copies = max(1, round(mb * MB / len(body.encode())))
    path = folder / f"page-{mb:g}MB.html"
    path.write_text(head + "<body><main>" + body * copies + "</main></body></html>", encoding="utf-8")
    return path


def _cpu(fn, *args):  # type: ignore[no-untyped-def]
    start = time.process_time()
    result = fn(*args)
    return time.process_time() - start, result


def _code(path: Path) -> tuple[float, float, int]:
    """(extraction CPU s, coding CPU s, text characters) of one page."""
    extraction, doc = _cpu(extract, path)
    group = group_documents([doc])[0]

    def code() -> None:
        case = code_case(group)
        if case.included:
            find_practice_problems(group.main, case)

    coding, _ = _cpu(code)
    return extraction, coding, len(doc.text)


def _one_core(cpu: int | None) -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = max(os.sched_getaffinity(0)) if cpu is None else cpu
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def measure(sizes: list[float], source: Path, repeat: int) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="reviewsynth-bench-") as tmp:
        pages = {mb: make_page(source, mb, Path(tmp)) for mb in sizes}
        _code(pages[sizes[0]])  # warm-up: lexicons compiled, spaCy loaded
        runs: dict[float, list[tuple[float, float, int]]] = {mb: [] for mb in sizes}
        for _ in range(repeat):
            for mb in sizes:
                runs[mb].append(_code(pages[mb]))
        actual = {mb: pages[mb].stat().st_size / MB for mb in sizes}
    rows = []
    for mb in sizes:
        rows.append({"html_mb": round(actual[mb], 2), "text_chars": runs[mb][0][2],
                     "extraction_cpu_s": round(statistics.median(r[0] for r in runs[mb]), 3),
                     "coding_cpu_s": round(statistics.median(r[1] for r in runs[mb]), 3)})
    base = rows[0]
    for row in rows:
        scale = row["html_mb"] / base["html_mb"]
        row["coding_per_mb_vs_smallest"] = round(row["coding_cpu_s"] / base["coding_cpu_s"] / scale, 2)
        row["extraction_per_mb_vs_smallest"] = round(row["extraction_cpu_s"] / base["extraction_cpu_s"] / scale, 2)
    return rows


def exponent(rows: list[dict], key: str) -> float:
    first, last = rows[0], rows[-1]
    return round(math.log(last[key] / first[key]) / math.log(last["html_mb"] / first["html_mb"]), 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="0.5,1,2,4", help="MB of HTML, smallest first")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--cpu", type=int, default=None)
    ap.add_argument("--json", dest="json_path", default=None, help="write figures as JSON here ('-': stdout)")
    args = ap.parse_args()
    core = _one_core(args.cpu)
    sizes = sorted(float(s) for s in args.sizes.split(","))
    rows = measure(sizes, args.source, args.repeat)
    figures = {"one_core": core, "load_average": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None,
               "pages": rows, "coding_exponent": exponent(rows, "coding_cpu_s"),
               "extraction_exponent": exponent(rows, "extraction_cpu_s"), "target_exponent": TARGET_EXPONENT}
    figures["met"] = figures["coding_exponent"] <= TARGET_EXPONENT
    print(f"HTML coding scaling ({core}, load average {figures['load_average']}), CPU seconds, median of {args.repeat}")
    print(f"{'HTML MB':>8} {'chars':>10} {'extract s':>10} {'per MB':>7} {'coding s':>9} {'per MB':>7}")
    for r in rows:
        print(f"{r['html_mb']:>8.2f} {r['text_chars']:>10,} {r['extraction_cpu_s']:>10.3f} {r['extraction_per_mb_vs_smallest']:>7.2f}"
              f" {r['coding_cpu_s']:>9.3f} {r['coding_per_mb_vs_smallest']:>7.2f}")
    print(f"growth exponent: coding {figures['coding_exponent']}, extraction {figures['extraction_exponent']} "
          f"(1.0 linear, 2.0 quadratic; target coding <= {TARGET_EXPONENT}: {'met' if figures['met'] else 'NOT met'})")
    sys.stdout.flush()
    if args.json_path == "-":
        print(json.dumps(figures, indent=2))
    elif args.json_path:
        Path(args.json_path).write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
