"""Measure extraction quality on every gold-coded set the project has.

    python scripts/quality.py                      # print the figures
    python scripts/quality.py --sets styles-dev    # only some sets (comma-separated)
    python scripts/quality.py --record             # also write tests/quality_baseline.json and the README table
    python scripts/quality.py --readme             # rewrite the README table from the files, measuring nothing

Sets (all development sets except the `frozen-*` batches, which nobody tunes on):
  examples    the bundled sample corpus (examples/corpus)
  styles-dev  five reports in other styles (examples/heldout; tuned on, so a development set)
  eval-dev    the fictional reports of ../shared/eval-dev
  real-dev    the real published summaries of ../shared/eval-real-dev (read there, never copied)
  batch-f1    14 fictional reports in new shapes (examples/batch-f1)
  frozen-f2   14 fictional reports frozen as the project's own held-out batch (examples/frozen-f2)
  batch-f3    12 fictional reports in further shapes, a development batch (examples/batch-f3)
  frozen-f4   12 fictional reports frozen as a second held-out batch (examples/frozen-f4)
  frozen-f5   12 fictional reports frozen as a third held-out batch (examples/frozen-f5)
  batch-f6    12 fictional reports, the development sister of frozen-f5 (examples/batch-f6)
  frozen-f7   12 fictional reports frozen as a fourth held-out batch (examples/frozen-f7)
  batch-f8    12 fictional reports, the development sister of frozen-f7 (examples/batch-f8)
  (every examples/batch-fN or frozen-fN folder with a gold.json is a set)

Each set is run from scratch (`reviewsynth run` into a temporary store), then scored with
`reviewsynth evaluate --first-sight SET` against its gold codings: the first time a set is
scored its figures are recorded in evaluation/first_sight.json, and never again. The README's
quality table sets each set's first-sight figures beside its current ones (the baseline).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewsynth.evaluate.core import METRICS_VERSION  # a baseline without the key is version 1

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RECORDS = REPO / "evaluation" / "first_sight.json"
BASELINE = REPO / "tests" / "quality_baseline.json"
README = REPO / "README.md"
METRICS = [
    "screening_accuracy", "included_recall", "reason_accuracy", "category_accuracy",
    "review_type_accuracy", "incident_type_accuracy", "reference_individual_accuracy",
    "relationship_type_accuracy", "non_reference_information_accuracy", "incident_year_accuracy",
    "fatal_accuracy", "response_matched_risk_accuracy",
    "gender_accuracy", "age_band_accuracy", "ethnicity_accuracy", "living_arrangement_accuracy",
    "information_levels_agreement",
    "characteristics_f1", "services_f1", "relationship_characteristics_f1", "weapons_f1",
    "locations_f1", "escalation_markers_f1", "risk_factors_f1", "protective_factors_f1",
    "abusive_behaviours_f1", "technology_f1", "interventions_f1",
    "problem_recall", "problem_precision", "problem_f1", "grounding_rate",
]


def _batches() -> tuple[str, ...]:
    """The fictional batches: every examples/batch-fN or frozen-fN folder with a gold.json, by N."""
    found = [p.parent.name for p in (REPO / "examples").glob("*-f*/gold.json")
             if re.fullmatch(r"(?:batch|frozen)-f\d+", p.parent.name)]
    return tuple(sorted(found, key=lambda name: int(name.rsplit("f", 1)[1])))


BATCHES = _batches()  # examples/<name>/
SET_NAMES = ("examples", "styles-dev", "eval-dev", "real-dev", *BATCHES)
README_START, README_END = "<!-- quality:start -->", "<!-- quality:end -->"
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt")


def _copy_documents(source: Path, dest: Path) -> Path:
    """The review documents of a folder (not its notes or gold files), copied to dest."""
    dest.mkdir(parents=True, exist_ok=True)
    for p in sorted(source.iterdir()):
        if p.suffix.lower() in DOCUMENT_SUFFIXES and p.stem.upper() not in ("README", "NOTES", "SOURCES"):
            shutil.copyfile(p, dest / p.name)
    return dest


def _eval_dev_gold(work: Path) -> Path:
    gold: dict[str, Any] = {"schema": "reviewsynth.cases/1", "cases": []}
    for p in sorted((SHARED / "eval-dev").glob("*.gold.json")):
        gold["cases"].extend(json.loads(p.read_text(encoding="utf-8"))["cases"])
    path = work / "eval-dev.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def _set_builders(work: Path) -> dict[str, Callable[[], tuple[Path, Path]]]:
    """name -> a function giving (documents folder, gold file), for sets present here."""
    ex = REPO / "examples"
    out: dict[str, Callable[[], tuple[Path, Path]]] = {
        "examples": lambda: (ex / "corpus", ex / "gold" / "all.gold.json"),
        "styles-dev": lambda: (ex / "heldout" / "corpus", ex / "heldout" / "gold" / "all.gold.json"),
    }
    if (SHARED / "eval-dev").is_dir():
        out["eval-dev"] = lambda: (_copy_documents(SHARED / "eval-dev", work / "eval-dev"), _eval_dev_gold(work))
    if (SHARED / "eval-real-dev").is_dir():
        real = SHARED / "eval-real-dev"
        out["real-dev"] = lambda: (_copy_documents(real, work / "real-dev"), real / "gold.json")
    for name in BATCHES:
        if (ex / name / "gold.json").is_file():
            out[name] = lambda b=ex / name: (b / "corpus", b / "gold.json")
    return out


def run_set(docs: Path, work: Path) -> Path:
    out = work / "out"
    subprocess.run([sys.executable, "-m", "reviewsynth.cli", "run", str(docs), "--out", str(out),
                    "--db", str(work / "rs.db")], check=True, capture_output=True, text=True)
    return out / "cases.json"


def score(name: str, pred: Path, gold: Path) -> dict[str, float]:
    """The set's figures; its first-sight record is written if it has none."""
    res = subprocess.run([sys.executable, "-m", "reviewsynth.cli", "evaluate", str(pred), str(gold), "--json",
                          "--first-sight", name, "--records", str(RECORDS)],
                         check=True, capture_output=True, text=True)
    result = json.loads(res.stdout)
    if result["first_sight"]["recorded"]:
        print(f"{name}: first sight recorded in {RECORDS.relative_to(REPO)}", file=sys.stderr)
    overall = result["overall"]
    return {m: round(float(overall[m]), 3) for m in METRICS if overall.get(m) is not None}


def measure(names: list[str]) -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        builders = _set_builders(work)
        for name in names:
            if name not in builders:
                print(f"{name}: not present on this machine, skipped", file=sys.stderr)
                continue
            docs, gold = builders[name]()
            (work / f"run-{name}").mkdir()
            figures[name] = score(name, run_set(docs, work / f"run-{name}"), gold)
    return figures


# -- the README table ---------------------------------------------------------------------

def _cell(figures: dict[str, Any], metric: str) -> str:
    value = figures.get(metric)
    return f"{value:.2f}" if isinstance(value, int | float) else "–"


def _engine(record: dict[str, Any]) -> str:
    engine = record.get("engine") or {}
    what = engine.get("commit") or engine.get("version") or "engine unknown"
    return f"{what} ({engine['note']})" if engine.get("note") else str(what)


def markdown(records: dict[str, Any], baseline: dict[str, Any],
             now_source: str = "`tests/quality_baseline.json`") -> str:
    """First-sight and current figures side by side for every set, then where each first
    sight comes from."""
    batches = records.get("batches", {})
    now_version = baseline.get("metrics_version", 1)
    names = [s for s in SET_NAMES if s in batches or s in baseline]
    header = ["metric", *[f"{s} {col}" for s in names for col in ("first sight", "now")]]
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    for m in METRICS:
        cells = []
        for s in names:
            cells += [_cell(batches.get(s, {}).get("metrics", {}), m), _cell(baseline.get(s, {}), m)]
        lines.append(f"| {m} | " + " | ".join(cells) + " |")
    lines += ["", f"*now*: {now_source}, measured under metric definitions "
                  f"v{now_version}. *first sight*: `evaluation/first_sight.json`:", ""]
    for s in names:
        record = batches.get(s)
        if record is None:
            lines.append(f"- `{s}`: no first-sight record yet")
            continue
        lines.append(f"- `{s}`: {record.get('date')}, engine {_engine(record)}, metric definitions "
                     f"v{record.get('metrics_version')}; {record.get('provenance')}")
    versions = {now_version, *(r.get("metrics_version") for r in batches.values())}
    if versions != {METRICS_VERSION}:
        lines += ["", "Metric definitions: v1 averaged gender, age band and ethnicity over the "
                      "people the engine found (a missed person cost nothing) and counted a missed "
                      "case only against included recall and the code sets; v2 scores everything "
                      "over the gold and every template field. Figures under different definitions "
                      "do not compare one for one."]
    return "\n".join(lines)


def write_readme(records: dict[str, Any], baseline: dict[str, Any]) -> None:
    text = README.read_text(encoding="utf-8")
    block = f"{README_START}\n{markdown(records, baseline)}\n{README_END}"
    text = re.sub(re.escape(README_START) + ".*?" + re.escape(README_END), lambda _: block, text, flags=re.S)
    README.write_text(text, encoding="utf-8")


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", action="store_true", help="write the baseline and the README table")
    parser.add_argument("--readme", action="store_true",
                        help="only rewrite the README table from the first-sight records and the baseline")
    parser.add_argument("--sets", default=",".join(SET_NAMES),
                        help=f"comma-separated sets to measure (default: all of {', '.join(SET_NAMES)})")
    args = parser.parse_args()
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    unknown = sorted(set(names) - set(SET_NAMES))
    if unknown:
        parser.error(f"--sets: unknown set(s) {', '.join(unknown)}; known: {', '.join(SET_NAMES)}")
    if args.readme:
        write_readme(_load(RECORDS), _load(BASELINE))
        return
    old = _load(BASELINE)
    partial = set(names) != set(SET_NAMES)
    if args.record and partial and old.get("metrics_version", 1) != METRICS_VERSION:
        parser.error(f"--record --sets: the baseline was measured under metric definitions "
                     f"v{old.get('metrics_version', 1)}; record all sets so that it is one version")
    figures = measure(names)
    print(markdown(_load(RECORDS), {"metrics_version": METRICS_VERSION, **figures}, now_source="this run"))
    if args.record:
        merged = {**{k: v for k, v in old.items() if partial}, **figures}
        baseline = {"metrics_version": METRICS_VERSION, **{s: merged[s] for s in SET_NAMES if s in merged}}
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        write_readme(_load(RECORDS), baseline)


if __name__ == "__main__":
    main()
