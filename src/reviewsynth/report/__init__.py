"""Report outputs from tables: tables.json, report.html, tables.xlsx, report.docx, CSVs."""

from __future__ import annotations

from pathlib import Path

from reviewsynth.errors import prepare_out_dir
from reviewsynth.report.csvout import write_csv
from reviewsynth.report.document import ReportModel, build_report_model
from reviewsynth.report.html import render_html
from reviewsynth.report.present import tables_json
from reviewsynth.report.word import render_docx
from reviewsynth.report.xlsx import render_xlsx
from reviewsynth.schema import Case, load_cases
from reviewsynth.tables.gcpause import paused_gc
from reviewsynth.tables.model import TablesFile

__all__ = ["ReportModel", "build_report_model", "report_from_cases_file", "write_outputs"]


def write_outputs(tables: TablesFile, cases: list[Case], out_dir: Path, *,
                  suppress_below: int = 0) -> list[Path]:
    """Write tables.json, report.html, tables.xlsx, report.docx and csv/<table>.csv.

    With `suppress_below` K > 0, counts 0 < n < K read "<K" in the HTML, XLSX, DOCX and CSV
    files and cannot be opened to their cases; tables.json keeps the integers (it is the
    machine contract) and flags those rows and cells `"suppressed": true`.
    Same input, same bytes: nothing depends on the clock or the machine. CSV files left in
    `out_dir/csv` by an earlier run are removed first, so the folder matches the tables.
    """
    with paused_gc():
        return _write_outputs(tables, cases, Path(out_dir), suppress_below)


def _write_outputs(tables: TablesFile, cases: list[Case], out: Path, suppress_below: int) -> list[Path]:
    (out / "csv").mkdir(parents=True, exist_ok=True)
    for stale in (out / "csv").glob("*.csv"):  # a category gone since the last run
        stale.unlink()
    model = build_report_model(tables, cases, suppress_below=suppress_below)
    written: list[Path] = []

    def put(name: str, data: str | bytes) -> None:
        path = out / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        written.append(path)

    put("tables.json", tables_json(tables, suppress_below))
    put("report.html", render_html(model))
    put("tables.xlsx", render_xlsx(model))
    put("report.docx", render_docx(model))
    for block in [*model.overview.blocks, *(b for s in model.categories for b in s.blocks)]:
        written.append(write_csv(block, out / "csv"))
    return written


def report_from_cases_file(cases_json: Path, out_dir: Path, *, suppress_below: int = 0,
                           reference_path: Path | None = None) -> list[Path]:
    """`reviewsynth report CASES_JSON --out DIR`: every output from coded data alone, counted
    as `run` and the workbench count (`reviewsynth.results`): the screening flow from the
    cases' documents, the themes on their problems, the same reference statistics. A file
    that is not cases.json, or an output folder that cannot be written, is a UsageError
    before anything is written."""
    from reviewsynth.results import ReportOptions, build_results, write_results

    with paused_gc():
        cases = load_cases(cases_json)
    prepare_out_dir(Path(out_dir))
    options = ReportOptions(suppress_below, str(reference_path) if reference_path else None)
    return write_results(build_results(cases, options), Path(out_dir))
