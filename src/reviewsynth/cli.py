"""The `reviewsynth` command line: a thin shell over the core (no logic here).

A user's mistake (a bad --config, --db or --out, a file that is not cases.json, an input
that does not exist) is a `UsageError` raised by the core: printed on one line naming the
file or setting and the reason, with exit code 2, never a traceback.
"""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from reviewsynth import __version__
from reviewsynth.errors import UsageError

if TYPE_CHECKING:
    from reviewsynth.config import ProjectConfig
    from reviewsynth.schema import Case
    from reviewsynth.verify import AgreementReport

class _App(typer.Typer):
    """Typer, with the core's UsageError shown as one line and exit code 2."""

    def __call__(self, *args: object, **kwargs: object) -> object:
        try:
            return super().__call__(*args, **kwargs)
        except UsageError as exc:
            console.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
            sys.exit(2)


app = _App(
    help="Turn published statutory case reviews into coded cases, tables and a report.",
    no_args_is_help=True,
    add_completion=False,
)
user_app = typer.Typer(help="Manage workbench users.", no_args_is_help=True)
app.add_typer(user_app, name="user")

console = Console(stderr=True)
DbOption = Annotated[str | None, typer.Option("--db", help="Database URL or SQLite path (default ./reviewsynth.db or $REVIEWSYNTH_DB).")]


def _check_data_files(config: Path | None = None, reference: Path | str | None = None) -> ProjectConfig:
    """The project config, the codebook in use, every data file and lexicon, and the user's
    reference statistics, validated before any work: a bad one is one line and exit 2."""
    from reviewsynth.config import ProjectConfig
    from reviewsynth.datafiles import DataFileError
    from reviewsynth.datafiles.rules import check_data_files
    from reviewsynth.tables.reference import load_reference

    try:
        cfg = ProjectConfig.load(config)
        check_data_files()
        if reference or cfg.reference_statistics:
            load_reference(reference or cfg.reference_statistics)
    except DataFileError as exc:
        console.print("[red]error[/red] " + escape(str(exc)), highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    return cfg


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reviewsynth {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """reviewsynth: cross-review synthesis of DHRs, SCRs, SARs and mental health homicide reviews."""


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of review documents.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder.")],
    db: DbOption = None,
    config: Annotated[Path | None, typer.Option("--config", help="Project config (reviewsynth.toml): scope and report options.")] = None,
    workers: Annotated[int | None, typer.Option("--workers", min=0, help="Worker processes (default: all cores, at most 8; 0: in this process, without the per-document memory and time limits).")] = None,
    recode: Annotated[bool, typer.Option("--recode", help="Re-code cases already coded (verified cases are kept).")] = False,
    suppress_below: Annotated[int | None, typer.Option("--suppress-below", help="Show counts under K as '<K'.")] = None,
) -> None:
    """Ingest, screen, categorise, code, analyse and report every document under INPUTS."""
    from reviewsynth.pipeline import run as run_pipeline

    cfg = _check_data_files(config)
    if suppress_below is not None:
        cfg.suppress_below = suppress_below
    with _progress() as (progress_fn, _):
        result = run_pipeline(inputs, out, db_url=db, config=cfg, workers=workers, recode=recode, progress=progress_fn)
    for path, reason in result.errors:
        console.print(f"[red]error[/red] {escape(path)}: {escape(reason)}", highlight=False,
                      markup=True, soft_wrap=True)
    n_docs = len(result.ingest.paths)
    included = sum(1 for c in result.cases if c.included)
    console.print(
        f"{n_docs} document(s) read, {len(result.cases)} case(s), {included} included, "
        f"{len(result.errors)} error(s). Outputs in {out}/ (report.html, cases.json, tables.xlsx)."
    )
    if n_docs == 0:
        console.print("[red]No document could be processed.[/red] See errors.json for the reasons.")
        raise typer.Exit(1)


@app.command()
def report(
    cases_json: Annotated[Path, typer.Argument(help="A cases.json file.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder.")],
    suppress_below: Annotated[int, typer.Option("--suppress-below", help="Show counts under K as '<K'.")] = 0,
    reference: Annotated[Path | None, typer.Option("--reference", help="Your own reference homicide statistics file.")] = None,
) -> None:
    """Tables and report from coded data alone (no documents needed)."""
    from reviewsynth.report import report_from_cases_file

    _check_data_files(reference=reference)
    paths = report_from_cases_file(cases_json, out, suppress_below=suppress_below, reference_path=reference)
    console.print(f"Wrote {len(paths)} file(s) to {out}/")


@app.command()
def evaluate(
    predicted: Annotated[Path, typer.Argument(help="Predicted cases.json (or a folder of them).")],
    gold: Annotated[Path, typer.Argument(help="Gold cases.json (or a folder of *.gold.json).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print metrics as JSON.")] = False,
    errors: Annotated[Path | None, typer.Option("--errors", help="Write the error log (false positives and misses) here.")] = None,
    first_sight: Annotated[str | None, typer.Option("--first-sight", metavar="NAME", help="Record the figures of batch NAME the first time it is scored; later runs show the change since.")] = None,
    records: Annotated[Path | None, typer.Option("--records", help="First-sight records file (default evaluation/first_sight.json).")] = None,
) -> None:
    """Per-field agreement between predicted and gold codings."""
    from reviewsynth.evaluate import evaluate as evaluate_cases
    from reviewsynth.evaluate import format_report, load_texts_for
    from reviewsynth.evaluate.first_sight import DEFAULT_RECORDS, RecordsError, gold_digest
    from reviewsynth.evaluate.first_sight import first_sight as record_first_sight

    pred_cases, gold_cases = _load_cases_or_exit(predicted), _load_cases_or_exit(gold)
    texts = load_texts_for(predicted, pred_cases)
    result = evaluate_cases(pred_cases, gold_cases, texts)
    if first_sight is not None:
        try:
            result["first_sight"] = record_first_sight(records or DEFAULT_RECORDS, first_sight, result,
                                                       gold_digest(gold))
        except RecordsError as exc:
            console.print(f"[red]error[/red] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from exc
    if errors is not None:
        try:
            errors.write_text(json.dumps(result.get("errors", []), indent=2, ensure_ascii=False, default=str) + "\n")
        except OSError as exc:
            console.print(f"[red]error[/red] {errors}: cannot write the error log ({exc.strerror})", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from exc
    if as_json:
        public = {k: v for k, v in result.items() if k != "errors"}
        sys.stdout.write(json.dumps(public, indent=2, sort_keys=True, default=str) + "\n")
    else:
        Console().print(format_report(result))


def _load_cases_or_exit(path: Path) -> list[Case]:
    """Cases from a cases.json file or folder; a missing or malformed file is a one-line error."""
    from pydantic import ValidationError

    from reviewsynth.schema import load_cases

    if not path.exists():
        console.print(f"[red]error[/red] {path}: no such file or folder", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    try:
        return load_cases(path)
    except (OSError, ValueError) as exc:  # bad JSON and pydantic's ValidationError are ValueErrors
        if isinstance(exc, ValidationError):
            first = exc.errors()[0]
            reason = f"{'.'.join(str(x) for x in first['loc'])}: {first['msg']}"
        else:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        console.print(f"[red]error[/red] {path}: not a readable cases.json ({reason})", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="cases.json to write.")],
    db: DbOption = None,
    coder: Annotated[str | None, typer.Option("--coder", metavar="NAME", help="Write NAME's own double coding instead (each case with its coding status and mode).")] = None,
) -> None:
    """Export every case in the store (with people's verification) as cases.json."""
    from reviewsynth.results import store_cases
    from reviewsynth.schema import write_cases
    from reviewsynth.store import Store
    from reviewsynth.verify import coder_cases

    store = Store.open(db)
    if coder is not None and store.user_role(coder) is None:
        console.print(f"[red]error[/red] --coder {escape(coder)}: no such user", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    # As the workbench exports them (themes, copies, status), or one coder's own coding.
    cases = coder_cases(store, coder) if coder is not None else store_cases(store)
    write_cases(cases, out)  # an unwritable path is a UsageError: one line, exit 2
    whose = f" of {coder}'s coding" if coder is not None else ""
    console.print(f"Exported {len(cases)} case(s){escape(whose)} to {out}")


@app.command()
def agreement(
    coder_a: Annotated[Path, typer.Argument(help="One coder's cases.json (reviewsynth export --coder A).")],
    coder_b: Annotated[Path, typer.Argument(help="The other coder's cases.json.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print per field {n, agreement, kappa, alpha, ac1} as JSON.")] = False,
    by_code: Annotated[bool, typer.Option("--by-code", help="Also give each code of a list (field/code).")] = False,
) -> None:
    """Agreement between two coders over the items both completed: % agreement, Cohen's
    kappa, Krippendorff's alpha and Gwet's AC1, per field (and per code)."""
    from reviewsynth.verify import agreement_report, pair_files

    cases_a, cases_b = _load_cases_or_exit(coder_a), _load_cases_or_exit(coder_b)
    pairs = pair_files(cases_a, cases_b)
    if not pairs:
        console.print(f"[red]error[/red] {coder_a}, {coder_b}: no case in both files "
                      f"({len(cases_a)} and {len(cases_b)} cases; cases are matched by case_id)",
                      highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    result = agreement_report(pairs)
    if as_json:
        sys.stdout.write(json.dumps(result.as_json(by_code), indent=2, sort_keys=True) + "\n")
        return
    Console().print(_agreement_table(result, by_code))


@app.command("machine-vs-people")
def machine_vs_people(
    db: DbOption = None,
    csv_out: Annotated[Path | None, typer.Option("--csv", help="Write the table here as CSV.")] = None,
) -> None:
    """The machine's precision and recall per field and code against people's verified codes."""
    from reviewsynth.store import Store
    from reviewsynth.verify import machine_vs_people as compare
    from reviewsynth.verify import store_pairs

    report = compare(store_pairs(Store.open(db)))
    if csv_out is not None:
        try:
            csv_out.write_text(report.csv(), encoding="utf-8")
        except OSError as exc:
            console.print(f"[red]error[/red] {csv_out}: cannot write ({exc.strerror})", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from exc
        console.print(f"Wrote {len(report.fields) + len(report.codes)} row(s) to {csv_out}")
        return
    table = Table(title=f"Machine vs people over {report.cases} case(s), {report.verified_cases} verified")
    table.add_column("field / code", no_wrap=True)
    for name in ("suggested", "confirmed", "wrong", "unchecked", "missed", "precision", "recall"):
        table.add_column(name, justify="right", no_wrap=True)
    for s in report.fields:
        table.add_row(escape(s.field), str(s.suggested), str(s.confirmed), str(s.wrong), str(s.unchecked),
                      str(s.missed), _figure(s.precision), _figure(s.recall))
    Console().print(table)


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _agreement_table(result: AgreementReport, by_code: bool) -> Table:
    modes = ", ".join(f"{mode} {n}" for mode, n in sorted(result.modes.items()))
    table = Table(title=f"{result.cases} case(s) in both files, {result.both_complete} complete in both; "
                        f"mode: {modes}; pooled alpha {_figure(result.pooled_alpha)}",
                  caption="n: items both coders completed; left out: completed by one coder only; "
                          "* high agreement, low kappa: one value dominates, read AC1.")
    table.add_column("field", no_wrap=True)
    for name in ("n", "agreed", "left out", "%", "kappa", "alpha", "AC1"):
        table.add_column(name, justify="right", no_wrap=True)
    rows = result.fields + (result.codes if by_code else [])
    for s in rows:
        name = f"{s.field}/{s.code}" if s.code is not None else s.field
        pct = "n/a" if s.agreement is None else f"{100 * s.agreement:.0f}%"
        table.add_row(escape(name), str(s.n), str(s.agreed), str(s.left_out), pct, _figure(s.kappa) + (
            "*" if s.prevalence_paradox else ""), _figure(s.alpha), _figure(s.ac1))
    return table


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Option("--role", help="admin, coder or viewer.")],
    password: Annotated[str | None, typer.Option("--password", help="Password (prompted when absent).")] = None,
    db: DbOption = None,
) -> None:
    """Create a user (or reset their password and role)."""
    from reviewsynth.store import Store

    if password is None:
        password = getpass.getpass(f"Password for {name}: ")
        if getpass.getpass("Repeat password: ") != password:
            console.print("[red]error[/red] passwords do not match")
            raise typer.Exit(2)
    try:
        Store.open(db).add_user(name, password, role)
    except ValueError as exc:
        console.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from exc
    console.print(f"User {name} ({role}) saved.")


@user_app.command("list")
def user_list(db: DbOption = None) -> None:
    """List users and their roles."""
    from reviewsynth.store import Store

    table = Table("user", "role")
    for username, role in Store.open(db).users():
        table.add_row(username, role)
    Console().print(table)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes serving the workbench (use PostgreSQL for more than a few).")] = 1,
    uploads: Annotated[Path | None, typer.Option("--uploads", help="Folder for uploaded documents (default ./uploads).")] = None,
) -> None:
    """Start the coding workbench in the browser."""
    from reviewsynth.web import serve as serve_web

    _check_data_files()
    serve_web(db, host, port, upload_dir=uploads, workers=workers)


class _progress:
    """Rich progress bars for pipeline stages, as a context manager giving a ProgressFn."""

    def __enter__(self):  # type: ignore[no-untyped-def]
        self._bar = Progress(
            TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), TextColumn("{task.fields[label]}"), console=console, transient=False,
        )
        self._tasks: dict[str, int] = {}
        self._started = False

        def update(stage: str, done: int, total: int, label: str) -> None:
            if not self._started:  # started on the first report, so an early error prints alone
                self._bar.__enter__()
                self._started = True
            if stage not in self._tasks:
                self._tasks[stage] = self._bar.add_task(stage, total=total or 1, label="")
            self._bar.update(self._tasks[stage], completed=done if total else 1, total=total or 1,
                             label=label[:40])

        return update, self._bar

    def __exit__(self, *exc: object) -> None:
        if self._started:
            self._bar.__exit__(None, None, None)


if __name__ == "__main__":
    app()
