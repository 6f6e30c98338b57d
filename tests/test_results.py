"""One store, one set of numbers: `reviewsynth run`'s outputs, `reviewsynth report` on its
cases.json and the workbench's live results and exports agree number by number; themes,
analysts' theme edits and people's checks travel through the store into every output."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from reviewsynth import verify
from reviewsynth.cli import app as cli_app
from reviewsynth.config import ProjectConfig
from reviewsynth.pipeline import run
from reviewsynth.results import current_themes, results_from_store, save_report_options, store_cases
from reviewsynth.store import Store
from reviewsynth.tables.reference import default_reference_path
from reviewsynth.verify.operations import set_status
from reviewsynth.web import create_app
from tests.conftest import EXAMPLES
from tests.e2e.seed import PASSWORD, use_fast_password_hashing
from tests.web_helpers import client_for, csrf

pytestmark = pytest.mark.slow

CORPUS = EXAMPLES / "corpus"
FILES = [  # two documents of one review, a death reviewed twice, an excluded review
    "DHR Overview Report - Leah (Harwick) FINAL.pdf",
    "DHR Leah - Executive Summary.pdf",
    "Fernleigh DHR - Mr V - Overview Report (June 2023).pdf",
    "Independent investigation - care and treatment of Tom (2021).txt",
    "eastbridge-sab-sar-mr-h-2024.txt",
]
EXPORTS = ("tables.json", "report.html", "tables.xlsx", "report.docx")


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fast_password_hashing(monkeypatch)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`run` into a fresh store over five documents and an identical copy of one of them;
    then `reviewsynth report` on the run's cases.json."""
    folder = tmp_path_factory.mktemp("one_store")
    inputs = folder / "in"
    (inputs / "copies").mkdir(parents=True)
    for name in FILES:
        shutil.copy(CORPUS / name, inputs / name)
    shutil.copy(CORPUS / FILES[1], inputs / "copies" / "Leah exec summary (downloaded again).pdf")
    # The analyst's own reference file: the workbench must use the run's, not the shipped one.
    reference = folder / "my_reference.yaml"
    reference.write_text(default_reference_path().read_text(encoding="utf-8").replace(
        'label: "as used in the London study"', 'label: "as published for our own area"'), encoding="utf-8")
    config = ProjectConfig(reference_statistics=str(reference))
    run([inputs], folder / "run", db_url=str(folder / "rs.db"), config=config, workers=1)
    result = CliRunner().invoke(cli_app, ["report", str(folder / "run" / "cases.json"),
                                          "--out", str(folder / "report"), "--reference", str(reference)])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def store(built: Path, tmp_path: Path) -> Iterator[Store]:
    """A copy of the run's store, so a test's edits stay its own."""
    for suffix in ("", "-wal", "-shm"):
        if (built / f"rs.db{suffix}").exists():
            shutil.copy(built / f"rs.db{suffix}", tmp_path / f"rs.db{suffix}")
    s = Store.open(str(tmp_path / "rs.db"))
    s.add_user("vera", PASSWORD, "viewer")
    s.add_user("cora", PASSWORD, "coder")
    yield s
    s.close()


def _web_exports(store: Store, folder: Path, user: str = "vera") -> Path:
    client = client_for(create_app(store, secret_key="k" * 40, upload_dir=folder / "uploads"), user)
    folder.mkdir(parents=True, exist_ok=True)
    for name in (*EXPORTS, "cases.json", "tables-csv.zip"):
        answer = client.get(f"/export/{name}")
        assert answer.status_code == 200, name
        (folder / name).write_bytes(answer.content)
    with zipfile.ZipFile(folder / "tables-csv.zip") as archive:
        archive.extractall(folder)
    return folder


def _counts(tables_json: Path) -> dict[tuple[str, str | None, str], object]:
    """Every number of tables.json: (table, category, row key or cell) -> n and shares."""
    found: dict[tuple[str, str | None, str], object] = {}
    for table in json.loads(tables_json.read_text(encoding="utf-8"))["tables"]:
        for row in table["rows"]:
            found[(table["id"], table["category"], row["key"])] = (
                row["n"], row.get("sample_share"), row.get("reference_share"), row.get("verdict"))
        for cell in table.get("cells") or []:
            found[(table["id"], table["category"], f"{cell['context']}/{cell['type']}")] = (
                cell["n"], [(d["label"], d["n"]) for d in cell["details"]])
        found[(table["id"], table["category"], "_available")] = (
            table["data_available"], table["base"], table.get("checked"), table.get("counted"))
    return found


def _xlsx_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}


def _docx_cells(path: Path) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in Document(str(path)).tables]


def _csvs(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((folder / "csv").glob("*.csv"))}


def test_run_report_and_workbench_exports_agree_number_by_number(built: Path, store: Store,
                                                                   tmp_path: Path) -> None:
    web = _web_exports(store, tmp_path / "web")
    run_out, report_out = built / "run", built / "report"
    expected = _counts(run_out / "tables.json")
    assert len(expected) > 150  # every table of two categories and across them
    for other in (report_out, web):
        assert _counts(other / "tables.json") == expected, other.name
        assert _csvs(other) == _csvs(run_out), other.name
        assert _xlsx_values(other / "tables.xlsx") == _xlsx_values(run_out / "tables.xlsx"), other.name
        assert _docx_cells(other / "report.docx") == _docx_cells(run_out / "report.docx"), other.name
        # The same input gives the same bytes, whichever entry point wrote them.
        for name in EXPORTS:
            assert (other / name).read_bytes() == (run_out / name).read_bytes(), (other.name, name)
    assert json.loads((web / "cases.json").read_text()) == json.loads((run_out / "cases.json").read_text())
    assert "as published for our own area" in (web / "report.html").read_text(encoding="utf-8")


def test_the_workbench_suppresses_as_the_run_was_told(store: Store, tmp_path: Path) -> None:
    save_report_options(store, ProjectConfig(suppress_below=3))  # as `run --suppress-below 3`
    web = _web_exports(store, tmp_path / "web")
    tables = json.loads((web / "tables.json").read_text())["tables"]
    flagged = [r for t in tables for r in t["rows"] if r.get("suppressed")]
    assert flagged and all(0 < r["n"] < 3 for r in flagged)
    client = client_for(create_app(store, secret_key="k" * 40, upload_dir=tmp_path / "u"), "vera")
    html = client.get("/results").text
    assert "&lt;3" in html and "Counts under 3" in html
    excluded = next(r for t in tables if t["id"] == "screening_flow" for r in t["rows"] if r["key"] == "excluded")
    assert client.get("/results/open?table=screening_flow&category=&key=excluded").status_code == (
        404 if 0 < excluded["n"] < 3 else 200)


def test_flow_counts_documents_other_documents_and_second_reviews_apart(built: Path) -> None:
    flow = {k[2]: v[0] for k, v in _counts(built / "run" / "tables.json").items()  # type: ignore[index]
            if k[0] == "screening_flow" and k[2] != "_available"}
    assert flow["found"] == 6  # five files and one identical copy
    assert flow["duplicates_removed"] == 1  # only the identical copy
    assert flow["other_documents"] == 1  # Leah's executive summary
    assert flow["second_reviews"] == 1  # the investigation of the death the DHR reviewed again
    assert flow["screened"] == 3
    assert flow["excluded"] + flow["included"] + flow.get("pending", 0) == 3
    with (built / "run" / "csv" / "screening_flow.csv").open(encoding="utf-8") as f:
        shown = {r[0]: r[2] for r in csv.reader(f) if len(r) > 2}
    assert {k: int(v) for k, v in shown.items() if k in flow} == flow


def test_live_results_show_the_exported_numbers(built: Path, store: Store) -> None:
    client = client_for(create_app(store, secret_key="k" * 40, upload_dir=Path("/nonexistent")), "vera")
    html = client.get("/results").text
    flow_section = html[html.index('id="t-screening_flow-all"'):]
    flow_section = flow_section[:flow_section.index("</section>")]
    live = dict(re.findall(r'<tr data-key="([^"]+)"><td>[^<]*</td><td class="num">(?:<a [^>]*>)?(\d+)',
                           flow_section))
    exported = {k[2]: v[0] for k, v in _counts(built / "run" / "tables.json").items()  # type: ignore[index]
                if k[0] == "screening_flow" and k[2] != "_available"}
    assert {k: int(v) for k, v in live.items()} == exported
    assert "Machine suggestions, not yet checked" in html


def test_themes_are_stored_and_every_output_reads_them_back(built: Path, store: Store) -> None:
    stored = store.stored_themes()
    assert stored is not None and stored.assignments
    assert stored.basis == current_themes(store).stored.basis  # nothing changed: not recomputed
    from_run = {(p["theme"], c["case_id"]) for c in json.loads((built / "run" / "cases.json").read_text())["cases"]
                for p in c["practice_problems"] if p.get("theme")}
    assert from_run == {(a.theme, a.case_id) for a in stored.assignments}


def test_a_theme_renamed_in_the_workbench_reaches_every_output(built: Path, store: Store,
                                                               tmp_path: Path) -> None:
    results = results_from_store(store)
    themes_table = next(t for t in results.tables.tables if t.id == "themes" and t.rows)
    theme = themes_table.rows[0]
    client = client_for(create_app(store, secret_key="k" * 40, upload_dir=tmp_path / "uploads"), "cora")
    page = client.get(f"/themes/{themes_table.category}").text
    edits = re.search(r'name="edits" value="(\d+)"', page)
    assert edits is not None
    answer = client.post(f"/themes/{themes_table.category}/rename", data={
        "theme": theme.key, "label": "Agencies did not share what they knew", "edits": edits.group(1),
        "csrf_token": csrf(page)}, follow_redirects=False)
    assert answer.status_code == 303
    web = _web_exports(store, tmp_path / "web")
    rows = {r["key"]: r["label"] for t in json.loads((web / "tables.json").read_text())["tables"]
            if t["id"] == "themes" and t["category"] == themes_table.category for r in t["rows"]}
    assert rows[theme.key] == "Agencies did not share what they knew"
    assert any(a.label == "Agencies did not share what they knew" for a in store.stored_themes().assignments)  # type: ignore[union-attr]
    # `reviewsynth export` then `reviewsynth report`: the same label, the same numbers.
    runner = CliRunner()
    assert runner.invoke(cli_app, ["export", str(tmp_path / "all.json"), "--db", str(tmp_path / "rs.db")]).exit_code == 0
    assert runner.invoke(cli_app, ["report", str(tmp_path / "all.json"), "--out", str(tmp_path / "rep"),
                                   "--reference", str(built / "my_reference.yaml")]).exit_code == 0
    assert _counts(tmp_path / "rep" / "tables.json") == _counts(web / "tables.json")
    assert (tmp_path / "rep" / "tables.json").read_text() == (web / "tables.json").read_text()


def test_checked_codes_are_counted_and_unchecked_outputs_marked(store: Store, tmp_path: Path) -> None:
    before = results_from_store(store).tables
    assert before.verification["machine_only"] is True  # type: ignore[attr-defined]
    case = next(c for c in store_cases(store) if c.included and c.incident.weapons)
    stored = store.get_case(case.case_id)
    assert stored is not None
    verify.apply(store, case.case_id, lambda c: set_status(c, "incident/weapons/0", "accepted"),
                 expected_version=stored.version, username="cora")
    after = results_from_store(store).tables
    summary = after.verification  # type: ignore[attr-defined]
    assert summary["machine_only"] is False and summary["codes_checked"] == 1
    weapons = after.get("weapons", case.category)
    assert weapons is not None and weapons.checked == 1  # type: ignore[attr-defined]
    assert weapons.counted == sum(len([w for w in c.incident.weapons if w.status != "rejected"])  # type: ignore[attr-defined]
                                  for c in store_cases(store) if c.included and c.category == case.category)
    web = _web_exports(store, tmp_path / "web")
    html = (web / "report.html").read_text(encoding="utf-8")
    assert "Checked by a person: 1 of the" in html and "Machine suggestions, not yet checked" not in html
    with (web / "csv" / f"weapons_{case.category}.csv").open(encoding="utf-8") as f:
        assert f"Checked by a person: 1 of {weapons.counted} code" in f.read()  # type: ignore[attr-defined]
    xlsx = load_workbook(io.BytesIO((web / "tables.xlsx").read_bytes()))
    assert "Checked by a person: 1 of the" in str(xlsx["Contents"]["A3"].value)
