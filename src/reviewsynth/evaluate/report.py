"""Terminal presentation of an evaluation result (rich tables) that reads at any width.

Metric names are never cut ("characteristics_precision" in full); gold categories are
abbreviated in column headers ("IPV") with a legend underneath; when the columns do not fit
the terminal, the categories are spread over several tables, each repeating the metric names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

# Metrics in reading order; the table shows those present in the result.
METRIC_ORDER = [
    "screening_accuracy", "included_recall", "reason_accuracy", "category_accuracy",
    "review_type_accuracy", "incident_type_accuracy", "reference_individual_accuracy",
    "relationship_type_accuracy", "non_reference_information_accuracy", "incident_year_accuracy",
    "fatal_accuracy", "response_matched_risk_accuracy",
    "gender_accuracy", "age_band_accuracy", "ethnicity_accuracy", "living_arrangement_accuracy",
    "information_levels_agreement",
    *[f"{f}_{m}" for f in ("characteristics", "services", "relationship_characteristics",
                           "weapons", "locations", "escalation_markers", "risk_factors",
                           "protective_factors", "abusive_behaviours", "technology",
                           "interventions", "problem")
      for m in ("precision", "recall", "f1")],
    "grounding_rate", "theme_agreement", "krippendorff_alpha",
]
VALUE_WIDTH = 4  # "0.83", "1.00", "-"
_BOX = box.SIMPLE_HEAD
_CELL_EXTRA = 2  # padding either side of a cell
_TABLE_EXTRA = 2  # left and right edge


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.2f}"


def _ordered(metrics: dict[str, Any]) -> list[str]:
    known = [m for m in METRIC_ORDER if m in metrics]
    return known + sorted(set(metrics) - set(known))


def category_abbreviations(categories: Iterable[str]) -> dict[str, str]:
    """Short, unique column headers: initials of the words ("intimate_partner_violence" ->
    "IPV"), lengthened from the words themselves where two would clash."""
    out: dict[str, str] = {}
    for cat in categories:
        words = [w for w in cat.split("_") if w] or [cat]
        abbrev = "".join(w[0] for w in words).upper()
        extra = 1
        while abbrev in out.values():
            abbrev = "".join(w[: 1 + extra] for w in words).upper()[: len(words) + extra]
            extra += 1
        out[cat] = abbrev
    return out


def _column_width(header: str) -> int:
    return max(len(header), VALUE_WIDTH) + _CELL_EXTRA


def _chunks(headers: list[str], room: int) -> list[list[str]]:
    """Split value columns into runs that fit in `room` characters (at least one per run)."""
    chunks: list[list[str]] = [[]]
    used = 0
    for h in headers:
        w = _column_width(h)
        if chunks[-1] and used + w > room:
            chunks.append([])
            used = 0
        chunks[-1].append(h)
        used += w
    return [c for c in chunks if c]


class MetricsView:
    """Metrics as rows: overall, then one column per gold category; laid out at render time
    so it fits the console it is printed on."""

    def __init__(self, result: dict[str, Any]) -> None:
        self.overall: dict[str, Any] = result.get("overall", {})
        self.per_category: dict[str, dict[str, Any]] = result.get("per_category", {})
        # How many gold items each overall figure rests on, shown beside it.
        self.gold_items: dict[str, int] = result.get("counts", {}).get("gold_items", {})
        self.metrics = _ordered(self.overall)
        self.abbrev = category_abbreviations(self.per_category)

    def tables(self, width: int) -> list[Table]:
        name_width = max((len(m) for m in self.metrics), default=6) + _CELL_EXTRA
        columns = ["overall", *(["n"] if self.gold_items else []), *self.per_category]
        headers = {"overall": "overall", "n": "n", **self.abbrev}
        room = max(width - name_width - _TABLE_EXTRA, _column_width("overall"))
        runs = _chunks([headers[c] for c in columns], room)
        by_header = {headers[c]: c for c in columns}
        tables = []
        for i, run in enumerate(runs):
            title = "Evaluation" if len(runs) == 1 else f"Evaluation ({i + 1} of {len(runs)})"
            tables.append(self._table(title, [by_header[h] for h in run], headers))
        return tables

    def _table(self, title: str, columns: list[str], headers: dict[str, str]) -> Table:
        table = Table(title=title, box=_BOX, title_justify="left")
        table.add_column("metric", no_wrap=True, overflow="ignore")
        for col in columns:
            table.add_column(headers[col], justify="right", no_wrap=True)
        for metric in self.metrics:
            table.add_row(metric, *(self._cell(c, metric) for c in columns))
        return table

    def _cell(self, column: str, metric: str) -> str:
        if column == "n":
            n = self.gold_items.get(metric)
            return "" if n is None else str(n)
        values = self.overall if column == "overall" else self.per_category[column]
        return _fmt(values.get(metric))

    def legend(self) -> Text | None:
        if not self.abbrev:
            return None
        parts = [f"{short} = {cat.replace('_', ' ')}" for cat, short in self.abbrev.items()]
        return Text("Categories: " + "; ".join(parts), style="dim", overflow="fold")

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self._renderables(options.max_width)

    def _renderables(self, width: int) -> Iterator[RenderableType]:
        yield from self.tables(width)
        legend = self.legend()
        if legend is not None:
            yield legend


def metrics_table(result: dict[str, Any], width: int = 10_000) -> Table:
    """The metrics as one table (all categories) when `width` allows; see `MetricsView`."""
    return MetricsView(result).tables(width)[0]


def agreement_table(result: dict[str, Any]) -> Table | None:
    fields = {k: v for k, v in result.get("per_field", {}).items() if "kappa" in v}
    if not fields:
        return None
    table = Table(title="Agreement per field (double coding)", box=_BOX, title_justify="left")
    table.add_column("field", no_wrap=True)
    for col in ("units", "% agree", "kappa", "alpha"):
        table.add_column(col, justify="right", no_wrap=True)
    for name, stats in fields.items():
        table.add_row(name, str(stats.get("units", "")), _fmt(stats.get("percent_agreement")),
                      _fmt(stats.get("kappa")), _fmt(stats.get("alpha")))
    return table


def errors_table(result: dict[str, Any], limit: int = 40) -> Table | None:
    errors = result.get("errors", [])
    if not errors:
        return None
    table = Table(title=f"Error log (first {min(limit, len(errors))} of {len(errors)}; --json for all)",
                  box=_BOX, title_justify="left")
    table.add_column("case", overflow="fold", ratio=2)
    table.add_column("field", overflow="fold", ratio=2)
    table.add_column("kind", overflow="fold", ratio=1)
    table.add_column("code / value", overflow="fold", ratio=2)
    table.add_column("quote", overflow="fold", ratio=5)
    for e in errors[:limit]:
        value = e.get("code") or (f"{e.get('gold')} -> {e.get('predicted')}" if "gold" in e else "")
        table.add_row(str(e.get("case_id")), str(e.get("field")), str(e.get("kind")), str(value),
                      (e.get("quote") or "")[:160])
    return table


def first_sight_table(result: dict[str, Any]) -> RenderableType | None:
    """The figures of a batch's first sight beside today's, with the change and its caveats."""
    sight = result.get("first_sight")
    if not sight:
        return None
    record = sight["record"]
    engine = record.get("engine") or {}
    made = ", ".join(str(x) for x in (record.get("date"), engine.get("commit") or engine.get("version"),
                                      f"metric definitions v{record.get('metrics_version')}") if x)
    title = (f"First sight of {sight['name']} recorded now ({made}) in {sight['records']}"
             if sight.get("recorded") else f"Since first sight of {sight['name']} ({made})")
    table = Table(title=title, box=_BOX, title_justify="left")
    table.add_column("metric", no_wrap=True, overflow="ignore")
    for col in ("first sight", "now", "change"):
        table.add_column(col, justify="right", no_wrap=True)
    overall = result.get("overall", {})
    for metric in _ordered(record.get("metrics", {})):
        change = sight.get("change", {}).get(metric)
        table.add_row(metric, _fmt(record["metrics"][metric]), _fmt(overall.get(metric)),
                      "-" if change is None else f"{change:+.2f}")
    notes = [Text(note, style="yellow", overflow="fold") for note in sight.get("notes", [])]
    return Group(table, *notes)


def format_report(result: dict[str, Any]) -> RenderableType:
    """A rich renderable: metrics, counts, first sight, agreement and the head of the error log."""
    parts: list[RenderableType] = [MetricsView(result)]
    counts = result.get("counts", {})
    summary = ", ".join(f"{k}: {v if not isinstance(v, list) else len(v)}" for k, v in counts.items()
                        if not isinstance(v, dict))  # gold items per metric: the table's n column
    parts.append(Text(summary, style="dim", overflow="fold"))
    for extra in (first_sight_table(result), agreement_table(result), errors_table(result)):
        if extra is not None:
            parts.append(extra)
    return Group(*parts)
