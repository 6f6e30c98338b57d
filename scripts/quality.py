"""Measure extraction quality on the sample corpus and on ../shared/eval-dev.

    python scripts/quality.py            # print the figures
    python scripts/quality.py --record   # also write tests/quality_baseline.json and the README table

Each set is run from scratch (`reviewsynth run` into a temporary store), then scored with
`reviewsynth evaluate` against its gold codings.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL_DEV = REPO.parent / "shared" / "eval-dev"
METRICS = [
    "screening_accuracy", "included_recall", "reason_accuracy", "category_accuracy",
    "review_type_accuracy", "incident_type_accuracy", "reference_individual_accuracy",
    "gender_accuracy", "age_band_accuracy", "ethnicity_accuracy",
    "characteristics_f1", "services_f1", "relationship_characteristics_f1", "weapons_f1",
    "locations_f1", "escalation_markers_f1", "risk_factors_f1", "problem_recall",
    "problem_precision", "grounding_rate",
]
README_START, README_END = "<!-- quality:start -->", "<!-- quality:end -->"


def _run(inputs: Path, work: Path) -> Path:
    out = work / "out"
    subprocess.run([sys.executable, "-m", "reviewsynth.cli", "run", str(inputs), "--out", str(out),
                    "--db", str(work / "rs.db")], check=True, capture_output=True, text=True)
    return out / "cases.json"


def _score(pred: Path, gold: Path) -> dict[str, float]:
    res = subprocess.run([sys.executable, "-m", "reviewsynth.cli", "evaluate", str(pred), str(gold), "--json"],
                         check=True, capture_output=True, text=True)
    overall = json.loads(res.stdout)["overall"]
    return {m: round(float(overall[m]), 3) for m in METRICS if overall.get(m) is not None}


def measure() -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "ex").mkdir()
        figures["examples"] = _score(_run(REPO / "examples" / "corpus", work / "ex"),
                                     REPO / "examples" / "gold" / "all.gold.json")
        (work / "ho").mkdir()
        figures["held-out"] = _score(_run(REPO / "examples" / "heldout" / "corpus", work / "ho"),
                                     REPO / "examples" / "heldout" / "gold" / "all.gold.json")
        if EVAL_DEV.is_dir():
            docs = work / "ev" / "docs"
            docs.mkdir(parents=True)
            gold = {"schema": "reviewsynth.cases/1", "cases": []}
            for p in sorted(EVAL_DEV.iterdir()):
                if p.suffix.lower() in (".pdf", ".docx", ".html", ".txt"):
                    (docs / p.name).write_bytes(p.read_bytes())
                elif p.name.endswith(".gold.json"):
                    gold["cases"].extend(json.loads(p.read_text(encoding="utf-8"))["cases"])
            (work / "ev" / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
            figures["eval-dev"] = _score(_run(docs, work / "ev"), work / "ev" / "gold.json")
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
