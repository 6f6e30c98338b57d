"""Report outputs: files, determinism, suppression, escaping, and reading XLSX/DOCX back."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from reviewsynth.report import report_from_cases_file, write_outputs
from reviewsynth.report.charts import PairedBars, flow_svg, to_png, to_svg
from reviewsynth.report.limitations import compute_limitations
from reviewsynth.schema import Case, write_cases
from reviewsynth.tables import ScreeningFlow, build_tables
from tests.test_tables import IPV, YOUTH, case, code, ev, person

HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


def sample_cases() -> list[Case]:
    def svc(service: str) -> dict:
        return {"service": service, "timing": "prior", "evidence": [ev(f"{service} saw her")]}

    return [
        case("c1", title="Anna", incident_type="homicide", incident_year=2019, published="2021-06",
             description=HOSTILE, non_reference_information="little",
             information_levels={"neighbourhood": "low"},
             people=[person("v1", "victim", gender="female", age_band="25_34", ethnicity="white_british",
                            characteristics=[code("alcohol_misuse", quote=HOSTILE)],
                            services=[svc("gp"), svc("police")]),
                     person("p1", "perpetrator", gender="male", services=[svc("police")])]),
        case("c2", title="Beth", incident_type="homicide",
             people=[person("v1", "victim", gender="female", age_band="35_44",
                            characteristics=[code("alcohol_misuse")], services=[svc("gp")]),
                     person("p1", "perpetrator", gender="male", age_band="35_44")]),
        case("c3", title="Cara", incident_type="homicide",
             people=[person("v1", "victim", gender="female",
                            characteristics=[code("alcohol_misuse"), code("self_harm")])]),
        case("y1", YOUTH, title="Dan", review_type="scr", incident_type="homicide",
             people=[person("v1", "victim", gender="male", age_band="16_17")]),
        case("x1", None, decision="exclude", reason="neglect", review_type="sar"),
    ]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    cases = sample_cases()
    write_outputs(build_tables(cases), cases, out)
    return out


def test_writes_every_output_and_one_csv_per_table(outputs: Path) -> None:
    for name in ("tables.json", "report.html", "tables.xlsx", "report.docx"):
        assert (outputs / name).stat().st_size > 0
    tables = json.loads((outputs / "tables.json").read_text(encoding="utf-8"))
    expected = {f"{t['id']}_{t['category']}.csv" if t["category"] else f"{t['id']}.csv"
                for t in tables["tables"]}
    assert {p.name for p in (outputs / "csv").iterdir()} == expected
    assert "victim_gender_intimate_partner_violence.csv" in expected
    with (outputs / "csv" / "victim_characteristics_intimate_partner_violence.csv").open() as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["key", "Characteristic", "n", "%"]
    assert rows[1][:3] == ["alcohol_misuse", "Alcohol misuse", "3"]
    assert rows[-1][0].startswith("Data available for 3 victims")


def test_same_input_gives_byte_identical_outputs(tmp_path: Path) -> None:
    cases = sample_cases()
    first, second = tmp_path / "a", tmp_path / "b"
    paths_a = write_outputs(build_tables(cases), cases, first)
    paths_b = write_outputs(build_tables(sample_cases()), sample_cases(), second)
    assert [p.relative_to(first) for p in paths_a] == [p.relative_to(second) for p in paths_b]
    for a, b in zip(paths_a, paths_b, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_html_escapes_untrusted_text_and_is_self_contained(outputs: Path) -> None:
    html = (outputs / "report.html").read_text(encoding="utf-8")
    assert '<script>alert("x")' not in html
    assert "&lt;script&gt;" in html  # the description, escaped in the overview table
    assert "\\u003cscript\\u003e" in html  # the quote, escaped inside the evidence JSON
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html
    assert "<link" not in html and " src=" not in html


def test_html_has_titles_notes_sections_charts_and_limitations(outputs: Path) -> None:
    html = (outputs / "report.html").read_text(encoding="utf-8")
    assert "Victim demographic characteristics for intimate partner violence: gender" in html
    assert 'id="intimate_partner_violence"' in html and 'id="youth_peer_violence"' in html
    assert "Data available for 3 victims." in html
    assert 'id="chart-services-intimate_partner_violence"' in html
    assert 'id="chart-age-intimate_partner_violence"' in html
    assert 'id="screening-flow"' in html
    assert 'data-limitation="ethnicity_not_reported"' in html


def test_xlsx_reads_back_formatted(outputs: Path) -> None:
    wb = load_workbook(outputs / "tables.xlsx")
    assert wb.sheetnames[:5] == ["Contents", "Screening flow", "Reviews by category",
                                 "Homicide comparison", "Limitations"]
    ws = wb["IPV Victim other chars"]  # one sheet per table
    assert ws.freeze_panes == "A3"
    assert ws["A1"].value == "Other victim characteristics for intimate partner violence"
    assert [c.value for c in ws[2][:3]] == ["Characteristic", "n", "%"]
    assert ws["A3"].value == "Alcohol misuse" and ws["A3"].font.bold is False
    assert ws["A2"].font.bold is True
    assert ws["B3"].value == 3 and ws["B3"].number_format == "0"  # counts are numbers
    assert ws["C3"].value == 1 and ws["C3"].number_format == "0%"  # shares are formatted numbers
    assert ws.column_dimensions["A"].width >= 20
    comparison = wb["Homicide comparison"]
    ipv = next(r for r in comparison.iter_rows(min_row=3) if r[0].value == "Intimate partner violence")
    assert ipv[2].value == 0.75 and ipv[2].number_format == "0%"
    assert ipv[3].value == 0.2 and ipv[3].number_format == "0%"


def test_xlsx_sheet_names_fit_excel_and_contents_link_every_sheet(outputs: Path) -> None:
    wb = load_workbook(outputs / "tables.xlsx")
    names = wb.sheetnames
    assert all(len(n) <= 31 for n in names) and len({n.lower() for n in names}) == len(names)
    tables = json.loads((outputs / "tables.json").read_text(encoding="utf-8"))["tables"]
    categories = {t["category"] for t in tables if t["category"]}
    # a sheet per table, a limitations sheet per category and overall, and the contents
    assert len(names) == len(tables) + len(categories) + 2
    contents = wb["Contents"]
    links = {row[0].value: row[0].hyperlink.location for row in contents.iter_rows(min_row=6)
             if row[0].hyperlink is not None}
    assert set(links) == set(names) - {"Contents"}
    assert links["IPV Perp. services pre"] == "'IPV Perp. services pre'!A1"
    titles = {row[0].value: row[1].value for row in contents.iter_rows(min_row=6)}
    assert titles["IPV Perp. services pre"] == (
        "Perpetrator service involvement before the incident for intimate partner violence")


def test_docx_reads_back_with_tables_and_charts(outputs: Path) -> None:
    doc = Document(str(outputs / "report.docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "Intimate partner violence" in headings
    assert "Victim demographic characteristics for intimate partner violence: gender" in headings
    assert len(doc.tables) > 30  # tables with nothing coded print a sentence instead
    assert len(doc.inline_shapes) >= 4  # flow diagram; age, gender and services charts
    texts = {cell.text for table in doc.tables for row in table.rows for cell in row.cells}
    assert "Alcohol misuse" in texts and HOSTILE in texts  # text kept verbatim, not as markup


def test_docx_is_a4_with_columns_fitted_to_content(outputs: Path) -> None:
    doc = Document(str(outputs / "report.docx"))
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    text_width = section.page_width - section.left_margin - section.right_margin
    overview = next(t for t in doc.tables if t.rows[0].cells[0].text == "Case" and len(t.rows) == 4)
    widths = [g.w for g in overview._tbl.tblGrid.gridCol_lst]
    headers = [c.text for c in overview.rows[0].cells]
    assert sum(widths) <= text_width + 20000  # EMU rounding
    assert max(range(len(widths)), key=lambda i: widths[i]) == headers.index("Brief description")
    assert [c.width for c in overview.rows[1].cells] == widths  # every cell carries its width
    flow = next(t for t in doc.tables if t.rows[0].cells[0].text == "Stage")
    flow_widths = [g.w for g in flow._tbl.tblGrid.gridCol_lst]
    assert sum(flow_widths) < text_width and flow_widths[0] > 3 * flow_widths[1]


def test_docx_column_widths_give_long_text_the_room() -> None:
    from reviewsynth.report.word import CHAR_TWIPS, column_widths

    headers = ["Case", "Review", "Incident year", "Brief description", "Incident type"]
    lines = [["Child AX", "SCR", "2019", "Boy of 15 stabbed by a group of older youths near his "
              "school after months of threats online.", "Homicide"]] * 20
    widths = column_widths(headers, lines, 9638)
    assert sum(widths) == 9638  # the text width of A4 with 2 cm margins
    assert widths[3] == max(widths) and widths[3] > 0.4 * 9638
    for col, header in enumerate(headers):  # no word split across lines
        longest = max(len(w) for text in [header, lines[0][col]] for w in text.split())
        assert widths[col] >= longest * CHAR_TWIPS


def test_suppression_in_published_outputs_flags_in_tables_json(tmp_path: Path) -> None:
    cases = sample_cases()
    write_outputs(build_tables(cases), cases, tmp_path, suppress_below=3)
    tables = json.loads((tmp_path / "tables.json").read_text(encoding="utf-8"))
    ipv = {t["id"]: t for t in tables["tables"] if t["category"] == IPV}
    rows = {r["key"]: r for r in ipv["victim_characteristics"]["rows"]}
    assert rows["alcohol_misuse"] == {**rows["alcohol_misuse"], "n": 3, "suppressed": False}
    assert rows["self_harm"]["n"] == 1 and rows["self_harm"]["suppressed"] is True
    with (tmp_path / "csv" / "victim_characteristics_intimate_partner_violence.csv").open() as f:
        lines = {r[0]: r for r in csv.reader(f) if r}
    assert lines["self_harm"][2] == "<3" and lines["alcohol_misuse"][2] == "3"
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "&lt;3" in html
    doc = Document(str(tmp_path / "report.docx"))
    texts = {cell.text for table in doc.tables for row in table.rows for cell in row.cells}
    assert "<3" in texts
    ws = load_workbook(tmp_path / "tables.xlsx")["IPV Victim other chars"]
    shown = {row[0]: row[1:3] for row in ws.iter_rows(min_row=3, values_only=True)}
    assert shown["History of/current self-harm"] == ("<3", "–") and shown["Alcohol misuse"] == (3, 1)


def test_suppressed_counts_cannot_be_opened(tmp_path: Path) -> None:
    cases = sample_cases()
    write_outputs(build_tables(cases), cases, tmp_path, suppress_below=3)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    evidence = json.loads(html.split('id="evidence-data">', 1)[1].split("</script>", 1)[0])
    assert evidence and all(len(record["cases"]) >= 3 for record in evidence.values())
    tables = build_tables(cases).tables
    youth_gender = next(i for i, t in enumerate(tables)
                        if t.id == "victim_gender" and t.category == YOUTH)
    assert f"t{youth_gender}r0" not in evidence and f'data-ref="t{youth_gender}r0"' not in html


def test_outputs_from_unchecked_suggestions_are_marked_in_every_format(tmp_path: Path) -> None:
    cases = [case("m1", people=[person("v1", "victim", gender="female",
                                      characteristics=[code("alcohol_misuse", status="suggested")])])]
    write_outputs(build_tables(cases), cases, tmp_path)
    banner = "Machine suggestions, not yet checked"
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert f'class="verification machine-only" id="verification">{banner}' in html
    assert banner in Document(str(tmp_path / "report.docx")).paragraphs[2].text
    assert banner in str(load_workbook(tmp_path / "tables.xlsx")["Contents"]["A3"].value)
    note = (tmp_path / "csv" / "victim_characteristics_intimate_partner_violence.csv").read_text().splitlines()[-1]
    assert "Machine suggestions: the 1 code counted is not checked by a person." in note
    gender = (tmp_path / "csv" / "victim_gender_intimate_partner_violence.csv").read_text().splitlines()[-1]
    assert "no person has signed off the case of the 1 victim" in gender


def test_limitations_computed_from_data() -> None:
    items = {item.key: item for item in compute_limitations(sample_cases()[:4])}
    people = 6  # c1: v1, p1; c2: v1, p1; c3: v1; y1: v1
    assert (items["ethnicity_not_reported"].n, items["ethnicity_not_reported"].of) == (5, people)
    assert (items["age_not_reported"].n, items["age_not_reported"].of) == (2, people)
    assert (items["little_neighbourhood"].n, items["little_neighbourhood"].of) == (4, 4)
    assert (items["little_non_reference"].n, items["little_non_reference"].of) == (1, 1)


def test_report_from_cases_file_with_own_reference(tmp_path: Path) -> None:
    cases_json = tmp_path / "cases.json"
    write_cases(sample_cases(), cases_json)
    reference = tmp_path / "ref.csv"
    reference.write_text("category,share,relationship,source,year\n"
                         f"{IPV},50,Partner,Own statistics,2031\n{YOUTH},50,Peer,,\n",
                         encoding="utf-8")
    paths = report_from_cases_file(cases_json, tmp_path / "out", reference_path=reference)
    assert tmp_path / "out" / "report.html" in paths
    tables = json.loads((tmp_path / "out" / "tables.json").read_text(encoding="utf-8"))
    comparison = next(t for t in tables["tables"] if t["id"] == "homicide_comparison")
    assert comparison["source"] == "Own statistics" and comparison["year"] == "2031"
    rows = {r["key"]: r for r in comparison["rows"]}
    assert rows[IPV]["reference_share"] == 0.5 and rows[IPV]["sample_share"] == 0.75
    assert rows[IPV]["verdict"] == "over-represented"


def test_flow_passed_in_is_reported(tmp_path: Path) -> None:
    cases = sample_cases()
    flow = ScreeningFlow.from_cases(cases, found=9, duplicates_removed=4)
    write_outputs(build_tables(cases, flow=flow), cases, tmp_path)
    with (tmp_path / "csv" / "screening_flow.csv").open() as f:
        rows = {r[0]: r[2] for r in csv.reader(f) if len(r) > 2}
    assert rows["found"] == "9" and rows["duplicates_removed"] == "4" and rows["screened"] == "5"


def test_charts_are_deterministic_and_escaped() -> None:
    chart = PairedBars("c", "Services <b>", ["GP & <x>", "Police"], [3, 1], [0, 2])
    svg = to_svg(chart)
    assert "GP &amp; &lt;x&gt;" in svg and "<x>" not in svg
    png = to_png(chart)
    assert png.startswith(b"\x89PNG") and png == to_png(chart)


def test_eval_dev_gold_report_has_every_category(eval_dev: Path, tmp_path: Path) -> None:
    cases: list[Case] = []
    for path in sorted(eval_dev.glob("*.gold.json")):
        cases += [Case.model_validate(c) for c in json.loads(path.read_text())["cases"]]
    write_outputs(build_tables(cases), cases, tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    for category in {c.category for c in cases if c.category}:
        assert f'id="{category}"' in html


def test_chart_labels_wrap_instead_of_being_cut() -> None:
    from reviewsynth.report.charts import text_width

    long = "Mental health services (secondary care, community mental health team)"
    svg = to_svg(PairedBars("c", "Services", [long, "GP"], [3, 1], [0, 2]))
    lines = re.findall(r'<tspan x="([\d.]+)"[^>]*>([^<]*)</tspan>', svg)
    assert " ".join(text for _x, text in lines[:-1]) == long  # every word shown, none cut
    assert "…" not in svg
    right_edge = float(lines[0][0])  # labels end at the bars; each must fit left of that
    assert all(text_width(text) <= right_edge for _x, text in lines)
    flow = flow_svg([("Other documents of a review (executive summaries, action plans, briefings)", "3")], [])
    assert "briefings)" in flow and "…" not in flow


def test_charts_hide_suppressed_counts() -> None:
    svg = to_svg(PairedBars("c", "Ages", ["18–24"], [2], [5], suppress_below=3))
    assert "&lt;3" in svg and ">2<" not in svg and ">5<" in svg


def test_stale_csvs_from_an_earlier_run_are_removed(tmp_path: Path) -> None:
    cases = sample_cases()
    write_outputs(build_tables(cases), cases, tmp_path)
    assert (tmp_path / "csv" / "overview_youth_peer_violence.csv").exists()
    fewer = [c for c in cases if c.category != YOUTH]
    write_outputs(build_tables(fewer), fewer, tmp_path)
    assert not (tmp_path / "csv" / "overview_youth_peer_violence.csv").exists()
    assert (tmp_path / "csv" / "overview_intimate_partner_violence.csv").exists()


def test_outputs_identical_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    cases_json = tmp_path / "cases.json"
    write_cases(sample_cases(), cases_json)
    script = ("import sys; from pathlib import Path; from reviewsynth.report import "
              "report_from_cases_file as r; r(Path(sys.argv[1]), Path(sys.argv[2]), suppress_below=2)")
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(cases_json), str(tmp_path / seed)],
                       check=True, env=env)
    files = sorted(p.relative_to(tmp_path / "1") for p in (tmp_path / "1").rglob("*") if p.is_file())
    assert files and files == sorted(
        p.relative_to(tmp_path / "2") for p in (tmp_path / "2").rglob("*") if p.is_file())
    for rel in files:
        assert (tmp_path / "1" / rel).read_bytes() == (tmp_path / "2" / rel).read_bytes(), rel
