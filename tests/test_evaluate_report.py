"""The evaluate report reads on an 80-column terminal: full metric names, abbreviated categories."""

from __future__ import annotations

from rich.console import Console

from reviewsynth.evaluate.report import (
    METRIC_ORDER,
    MetricsView,
    category_abbreviations,
    format_report,
)

CATEGORIES = ["adult_family_violence", "adult_peer_violence", "child_sexual_abuse",
              "intimate_partner_violence", "within_family_violence_children", "youth_peer_violence"]


def result() -> dict:
    metrics = {m: 0.5 for m in METRIC_ORDER}
    return {
        "overall": dict(metrics),
        "per_category": {c: dict(metrics, problem_recall=0.25 + i / 100) for i, c in enumerate(CATEGORIES)},
        "per_field": {"gender": {"units": 12, "percent_agreement": 0.9, "kappa": 0.8, "alpha": 0.81}},
        "counts": {"cases_gold": 12, "cases_matched": 12,
                   "gold_items": {m: 123 for m in METRIC_ORDER if m != "krippendorff_alpha"}},
        "errors": [{"case_id": "c01_dhr_ipv_knife", "field": "relationship_characteristics",
                    "kind": "false_positive", "code": "separation", "quote": "She left him in May. " * 6}],
    }


def render(width: int) -> str:
    console = Console(width=width, record=True)
    console.print(format_report(result()))
    return console.export_text()


def test_full_metric_names_at_80_columns() -> None:
    out = render(80)
    for metric in METRIC_ORDER:
        assert metric in out, metric
    assert "charac…" not in out and "…" not in out
    assert max(len(line) for line in out.splitlines()) <= 80
    # Every category's column is shown (headers abbreviated) and the legend names it in full.
    for cat, short in category_abbreviations(CATEGORIES).items():
        assert f" {short} " in out or out.count(short) >= 2
        assert cat.replace("_", " ") in " ".join(out.split())
    # Values per category survive the split across tables.
    assert "0.30" in out  # youth_peer_violence problem_recall
    # Beside each overall figure, the gold items it rests on; not in the counts line.
    row = next(line for line in out.splitlines() if line.strip().startswith("gender_accuracy"))
    assert row.split()[1:3] == ["0.50", "123"]
    assert "gold_items" not in out


def test_wide_terminal_keeps_one_table() -> None:
    view = MetricsView(result())
    assert len(view.tables(200)) == 1
    assert len(view.tables(80)) >= 2
    assert "Evaluation" in render(200) and "(1 of" not in render(200)


def test_abbreviations_are_short_and_unique() -> None:
    abbrev = category_abbreviations(CATEGORIES + ["intimate_partner_violation"])
    assert abbrev["intimate_partner_violence"] == "IPV"
    assert abbrev["youth_peer_violence"] == "YPV"
    assert len(set(abbrev.values())) == len(abbrev)
