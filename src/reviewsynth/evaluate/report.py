"""Terminal presentation of an evaluation result (rich tables)."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

# Metrics in reading order; the table shows those present in the result.
METRIC_ORDER = [
    "screening_accuracy", "included_recall", "reason_accuracy", "category_accuracy",
    "review_type_accuracy", "incident_type_accuracy", "reference_individual_accuracy",
    "gender_accuracy", "age_band_accuracy", "ethnicity_accuracy",
    *[f"{f}_{m}" for f in ("characteristics", "services", "relationship_characteristics",
                           "weapons", "locations", "escalation_markers", "risk_factors", "problem")
      for m in ("precision", "recall", "f1")],
    "grounding_rate", "theme_agreement", "krippendorff_alpha",
]


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.2f}"


def _ordered(metrics: dict[str, Any]) -> list[str]:
    known = [m for m in METRIC_ORDER if m in metrics]
    return known + sorted(set(metrics) - set(known))


def metrics_table(result: dict[str, Any]) -> Table:
    """Metrics as rows, overall then one column per gold category."""
    categories = list(result.get("per_category", {}))
    table = Table(title="Evaluation", show_lines=False)
    table.add_column("metric")
    table.add_column("overall", justify="right")
    for cat in categories:
        table.add_column(cat.replace("_", " "), justify="right")
    for metric in _ordered(result.get("overall", {})):
        row = [metric, _fmt(result["overall"].get(metric))]
        row += [_fmt(result["per_category"][c].get(metric)) for c in categories]
        table.add_row(*row)
    return table


def agreement_table(result: dict[str, Any]) -> Table | None:
    fields = {k: v for k, v in result.get("per_field", {}).items() if "kappa" in v}
    if not fields:
        return None
    table = Table(title="Agreement per field (double coding)")
    for col in ("field", "units", "% agreement", "Cohen's kappa", "alpha"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for name, stats in fields.items():
        table.add_row(name, str(stats.get("units", "")), _fmt(stats.get("percent_agreement")),
                      _fmt(stats.get("kappa")), _fmt(stats.get("alpha")))
    return table


def errors_table(result: dict[str, Any], limit: int = 40) -> Table | None:
    errors = result.get("errors", [])
    if not errors:
        return None
    table = Table(title=f"Error log (first {min(limit, len(errors))} of {len(errors)}; --json for all)")
    for col in ("case", "field", "kind", "code / value", "quote"):
        table.add_column(col, overflow="fold")
    for e in errors[:limit]:
        value = e.get("code") or (f"{e.get('gold')} -> {e.get('predicted')}" if "gold" in e else "")
        table.add_row(str(e.get("case_id")), str(e.get("field")), str(e.get("kind")), str(value),
                      (e.get("quote") or "")[:160])
    return table


def format_report(result: dict[str, Any]) -> RenderableType:
    """A rich renderable: metrics, counts, agreement and the head of the error log."""
    parts: list[RenderableType] = [metrics_table(result)]
    counts = result.get("counts", {})
    summary = ", ".join(f"{k}: {v if not isinstance(v, list) else len(v)}" for k, v in counts.items())
    parts.append(Text(summary, style="dim"))
    for extra in (agreement_table(result), errors_table(result)):
        if extra is not None:
            parts.append(extra)
    return Group(*parts)
