"""Measure extraction quality on every gold-coded set the project has.

    python scripts/quality.py            # print the figures
    python scripts/quality.py --record   # also write tests/quality_baseline.json and the README table

Sets (all development sets except `frozen-f2`, which nobody tunes on):
  examples    the bundled sample corpus (examples/corpus)
  styles-dev  five reports in other styles (examples/heldout; tuned on, so a development set)
  eval-dev    the fictional reports of ../shared/eval-dev
  real-dev    the real published summaries of ../shared/eval-real-dev (read there, never copied)
  batch-f1    14 fictional reports in new shapes (examples/batch-f1)
  frozen-f2   14 fictional reports frozen as the project's own held-out batch (examples/frozen-f2)

Each set is run from scratch (`reviewsynth run` into a temporary store), then scored with
`reviewsynth evaluate` against its gold codings.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
METRICS = [
    "screening_accuracy", "included_recall", "reason_accuracy", "category_accuracy",
    "review_type_accuracy", "incident_type_accuracy", "reference_individual_accuracy",
    "gender_accuracy", "age_band_accuracy", "ethnicity_accuracy",
    "characteristics_f1", "services_f1", "relationship_characteristics_f1", "weapons_f1",
    "locations_f1", "escalation_markers_f1", "risk_factors_f1", "problem_recall",
    "problem_precision", "grounding_rate",
]
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
    gold = {"schema": "reviewsynth.cases/1", "cases": []}
    for p in sorted((SHARED / "eval-dev").glob("*.gold.json")):
        gold["cases"].extend(json.loads(p.read_text(encoding="utf-8"))["cases"])
    path = work / "eval-dev.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def sets(work: Path) -> dict[str, tuple[Path, Path]]:
    """name -> (documents folder, gold file) for every set present on this machine."""
    out = {
        "examples": (REPO / "examples" / "corpus", REPO / "examples" / "gold" / "all.gold.json"),
        "styles-dev": (REPO / "examples" / "heldout" / "corpus", REPO / "examples" / "heldout" / "gold" / "all.gold.json"),
    }
    if (SHARED / "eval-dev").is_dir():
        out["eval-dev"] = (_copy_documents(SHARED / "eval-dev", work / "eval-dev"), _eval_dev_gold(work))
    if (SHARED / "eval-real-dev").is_dir():
        out["real-dev"] = (_copy_documents(SHARED / "eval-real-dev", work / "real-dev"), SHARED / "eval-real-dev" / "gold.json")
    for name in ("batch-f1", "frozen-f2"):
        out[name] = (REPO / "examples" / name / "corpus", REPO / "examples" / name / "gold.json")
    return out


def run_set(docs: Path, work: Path) -> Path:
    out = work / "out"
    subprocess.run([sys.executable, "-m", "reviewsynth.cli", "run", str(docs), "--out", str(out),
                    "--db", str(work / "rs.db")], check=True, capture_output=True, text=True)
    return out / "cases.json"


def score(pred: Path, gold: Path) -> dict[str, float]:
    res = subprocess.run([sys.executable, "-m", "reviewsynth.cli", "evaluate", str(pred), str(gold), "--json"],
                         check=True, capture_output=True, text=True)
    overall = json.loads(res.stdout)["overall"]
    return {m: round(float(overall[m]), 3) for m in METRICS if overall.get(m) is not None}


def measure() -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, (docs, gold) in sets(work).items():
            (work / f"run-{name}").mkdir()
            figures[name] = score(run_set(docs, work / f"run-{name}"), gold)
    return figures


def markdown(figures: dict[str, dict[str, float]]) -> str:
    sets = list(figures)
    lines = ["| metric | " + " | ".join(sets) + " |", "|---|" + "---:|" * len(sets)]
    for m in METRICS:
        cells = [f"{figures[s][m]:.2f}" if m in figures[s] else "–" for s in sets]
        lines.append(f"| {m} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", action="store_true", help="write the baseline and the README table")
    args = parser.parse_args()
    figures = measure()
    table = markdown(figures)
    print(table)
    if args.record:
        (REPO / "tests" / "quality_baseline.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        readme = REPO / "README.md"
        text = readme.read_text(encoding="utf-8")
        block = f"{README_START}\n{table}\n{README_END}"
        text = re.sub(re.escape(README_START) + ".*?" + re.escape(README_END), lambda _: block, text, flags=re.S)
        readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
