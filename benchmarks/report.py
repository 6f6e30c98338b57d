"""Benchmark: tables and every report output for 5,000 synthetic coded cases.

Target (issue 4): under 10 seconds and under 1 GB peak memory. The baseline, measured in the
same run, is reading the cases.json file (json.loads) - the least any report must do.

    python benchmarks/report.py [--cases 5000] [--seed 7]

The measured steps run in a fresh child process, so its peak resident memory (ru_maxrss)
covers only loading, counting and writing, not the synthesis.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from reviewsynth.codebook import load_codebook

THEMES = [f"Theme {i}: {w}" for i, w in enumerate(
    "information sharing|MARAC weaknesses|dual diagnosis|missing episodes|carers unsupported|"
    "risk assessment not done|thresholds|invisible men|non-engagement closures|"
    "professional curiosity|school role|housing|transition to adulthood|supervision|"
    "escalation not recognised|language barriers|police response|GP enquiry".split("|"))]
WORDS = ("the review found that she had been seen by services several times before the "
         "incident and that concerns were raised but not shared with partners").split()


def _quote(rng: random.Random, doc: str) -> dict[str, Any]:
    start = rng.randrange(0, len(WORDS) - 8)
    return {"document": doc, "page": rng.randint(1, 80),
            "quote": " ".join(WORDS[start:start + rng.randint(5, 10)]), "start": None, "end": None}


def _codes(rng: random.Random, ids: list[str], k: tuple[int, int], doc: str) -> list[dict[str, Any]]:
    chosen = rng.sample(ids, min(len(ids), rng.randint(*k)))
    out = []
    for code in chosen:
        detail = rng.choice(["Gambling", "Hoarding", "Debt to family"]) if code == "other" else None
        status = "rejected" if rng.random() < 0.05 else "accepted"
        out.append({"code": code, "detail": detail, "subtypes": [], "status": status,
                    "confidence": None, "evidence": [_quote(rng, doc)]})
    return out


def synth_cases(n: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    cb = load_codebook()
    ids = {name: [i for i in cb[name].ids if i != "not_reported"] for name in (
        "categories", "review_types", "incident_types", "genders", "age_bands", "ethnicities",
        "characteristics", "living_arrangements", "relationship_types",
        "relationship_characteristics", "contexts", "risk_factor_types", "weapons", "locations",
        "services", "escalation_markers")}
    levels = cb.plain_list("intervention_levels")
    cases = []
    for i in range(n):
        doc = f"{i:064x}"
        excluded = rng.random() < 0.1
        case: dict[str, Any] = {
            "case_id": f"case{i:05d}", "title": f"Case {i}", "review_type": rng.choice(ids["review_types"]),
            "area": f"Borough {i % 12}", "published": f"{rng.randint(2016, 2025)}-0{rng.randint(1, 9)}",
            "incident_year": rng.randint(2014, 2024),
            "documents": [{"path": f"r{i}.pdf", "sha256": doc, "role": "overview_report", "pages": 40, "used": True}],
            "screening": {"decision": "exclude" if excluded else "include",
                          "reason": "neglect" if excluded else "homicide", "evidence": [_quote(rng, doc)]},
        }
        if not excluded:
            people = []
            for role, count in (("victim", rng.choice([1, 1, 1, 2])), ("perpetrator", 1)):
                for j in range(count):
                    people.append({
                        "person_id": f"{role[0]}{j + 1}", "role": role,
                        "age_band": rng.choice(ids["age_bands"] + ["not_reported"]),
                        "gender": rng.choice(ids["genders"] + ["not_reported"]),
                        "ethnicity": rng.choice(ids["ethnicities"] + ["not_reported"] * 4),
                        "ethnicity_detail": rng.choice([None, None, "Polish", "Somali"]),
                        "living_arrangement": rng.choice(ids["living_arrangements"]),
                        "characteristics": _codes(rng, ids["characteristics"], (2, 9), doc),
                        "risk_factors": [{"context": rng.choice(ids["contexts"]),
                                          "type": rng.choice(ids["risk_factor_types"]),
                                          "detail": rng.choice(["Bullying", "Gang activity", "Debt"]),
                                          "evidence": [_quote(rng, doc)]} for _ in range(rng.randint(0, 4))],
                        "protective_factors": [{"context": rng.choice(ids["contexts"]),
                                                "detail": "Supportive grandparent",
                                                "evidence": [_quote(rng, doc)]} for _ in range(rng.randint(0, 2))],
                        "services": [{"service": s, "timing": rng.choice(["prior", "prior", "after"]),
                                      "detail": None, "evidence": [_quote(rng, doc)]}
                                     for s in rng.sample(ids["services"], rng.randint(0, 7))],
                    })
            case.update({
                "category": rng.choice(ids["categories"]),
                "incident_type": rng.choice(ids["incident_types"]), "fatal": True,
                "description": "Synthetic case for the benchmark.",
                "reference_individual": rng.choice(["victim", "perpetrator", "both"]),
                "non_reference_information": rng.choice(["none", "little", "some", "yes"]),
                "people": people,
                "relationship": {"type": rng.choice(ids["relationship_types"]), "detail": None,
                                 "characteristics": _codes(rng, ids["relationship_characteristics"], (0, 3), doc)},
                "incident": {"weapons": _codes(rng, ids["weapons"], (0, 2), doc),
                             "locations": _codes(rng, ids["locations"], (0, 1), doc),
                             "technology": [], "abusive_behaviours": []},
                "escalation": {"summary": None, "markers": _codes(rng, ids["escalation_markers"], (0, 4), doc)},
                "information_levels": {lv: rng.choice(["high", "medium", "low"]) for lv in levels},
                "practice_problems": [{"text": "A practice problem.", "agency": "Police",
                                       "theme": rng.choice(THEMES), "evidence": [_quote(rng, doc)]}
                                      for _ in range(rng.randint(1, 6))],
            })
        cases.append(case)
    return {"schema": "reviewsynth.cases/1", "cases": cases}


def measure(cases_path: Path, out_dir: Path) -> dict[str, dict[str, float]]:
    """Run in the child process: the baseline, then the steps of `report_from_cases_file`.

    Wall and CPU seconds for each step: on a shared machine CPU time is the steadier figure.
    """
    from reviewsynth.report import write_outputs
    from reviewsynth.schema import load_cases
    from reviewsynth.tables import build_tables
    from reviewsynth.tables.gcpause import paused_gc

    steps: dict[str, dict[str, float]] = {}
    clock: dict[str, float] = {}

    def start() -> None:
        clock["wall"], clock["cpu"] = time.perf_counter(), time.process_time()

    def stop(name: str) -> None:
        steps[name] = {"wall_s": time.perf_counter() - clock["wall"],
                       "cpu_s": time.process_time() - clock["cpu"]}

    start()
    raw = json.loads(cases_path.read_text(encoding="utf-8"))
    stop("baseline_json_load")
    del raw
    total_wall, total_cpu = time.perf_counter(), time.process_time()
    start()
    with paused_gc():  # as report_from_cases_file loads
        cases = load_cases(cases_path)
    stop("load_and_validate")
    start()
    tables = build_tables(cases)
    stop("build_tables")
    start()
    write_outputs(tables, cases, out_dir)
    stop("write_outputs")
    steps["report_total"] = {"wall_s": time.perf_counter() - total_wall,
                             "cpu_s": time.process_time() - total_cpu}
    steps["memory"] = {
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "outputs_mb": sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file()) / 2**20,
    }
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", nargs=2, metavar=("CASES_JSON", "OUT_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(Path(args.child[0]), Path(args.child[1]))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        cases_path = Path(tmp) / "cases.json"
        cases_path.write_text(json.dumps(synth_cases(args.cases, args.seed)), encoding="utf-8")
        size_mb = cases_path.stat().st_size / 2**20
        child = subprocess.run([sys.executable, __file__, "--child", str(cases_path), str(Path(tmp) / "out")],
                               check=True, capture_output=True, text=True)
        result = json.loads(child.stdout.strip().splitlines()[-1])
    base = result["baseline_json_load"]
    print(f"cases: {args.cases} (cases.json {size_mb:.1f} MB), seed {args.seed}")
    print(f"  {'step':20s} {'wall s':>8s} {'cpu s':>8s}  ratio to baseline (wall, cpu)")
    for name, step in result.items():
        if name == "memory":
            continue
        print(f"  {name:20s} {step['wall_s']:8.2f} {step['cpu_s']:8.2f}  "
              f"{step['wall_s'] / base['wall_s']:.1f}x, {step['cpu_s'] / base['cpu_s']:.1f}x")
    memory = result["memory"]
    print(f"  peak RSS {memory['peak_rss_mb']:.0f} MB; outputs {memory['outputs_mb']:.1f} MB")
    total = result["report_total"]
    ok = total["wall_s"] < 10 and memory["peak_rss_mb"] < 1024
    print(f"target <10 s wall and <1 GB: {'met' if ok else 'NOT met'}"
          f" ({total['wall_s']:.1f} s wall, {total['cpu_s']:.1f} s CPU)")


if __name__ == "__main__":
    main()
