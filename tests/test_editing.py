"""Editing as reviews are coded: move a code to another person or a new one (a mother), accept
or reject one quote, change a quote's span by a selection, notes on codes and quotes. A code
moved from the victim to her mother is counted for the mother in every table and export."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from reviewsynth import verify
from reviewsynth.report import write_outputs
from reviewsynth.schema import load_cases
from reviewsynth.store import Store
from reviewsynth.tables import build_tables
from tests.e2e.seed import (
    make_case,
    make_document,
    quote_evidence,
    seed,
    use_fast_password_hashing,
)
from tests.web_helpers import BACKENDS, CSRF_RE, VERSION_RE, backend_store, client_for, make_app

SOCIAL = "people/v1/characteristics/0"  # the victim's social isolation in the seed case


@pytest.fixture
def case():  # type: ignore[no-untyped-def]
    return make_case(make_document())


# -- the core operations ------------------------------------------------------------------------

def test_move_a_code_to_another_person_or_a_new_mother(case) -> None:  # type: ignore[no-untyped-def]
    to_perp = verify.move_item(case, SOCIAL, "p1")
    assert to_perp.case.people[0].characteristics == []
    moved = to_perp.case.people[1].characteristics[-1]
    assert (moved.code, moved.status) == ("social_isolation", "edited") and moved.evidence
    assert to_perp.after["target"] == "people/p1/characteristics/1"
    to_mother = verify.move_item(case, SOCIAL, None, "  mother ")
    mother = to_mother.case.people[-1]
    assert (mother.person_id, mother.role) == ("o1", "other")
    assert verify.person_relation(mother) == ("mother", "v1")
    assert [c.code for c in mother.characteristics] == ["social_isolation"]
    assert case.people[0].characteristics[0].status == "suggested"  # the input is never changed
    with pytest.raises(ValueError, match="relation"):
        verify.move_item(case, SOCIAL, None, " ")
    with pytest.raises(ValueError, match="already"):
        verify.move_item(case, SOCIAL, "v1")
    with pytest.raises(verify.TargetError):
        verify.move_item(case, "incident/weapons/0", "p1")
    with pytest.raises(verify.TargetError):
        verify.move_item(case, SOCIAL, "x9")


def test_accept_or_reject_one_quote(case) -> None:  # type: ignore[no-untyped-def]
    doc = make_document()
    two = verify.set_quote_span(case, SOCIAL, None, quote_evidence(doc, "Mrs Q had been isolated")).case
    rejected = verify.set_quote_status(two, SOCIAL, 0, "rejected")
    code = rejected.case.people[0].characteristics[0]
    assert [verify.quote_status(e) for e in code.evidence] == ["rejected", "accepted"]
    assert code.status == "suggested"  # the code itself stays as it was
    assert rejected.target == f"{SOCIAL}/evidence/0"
    with pytest.raises(ValueError, match="last quote"):
        verify.set_quote_status(rejected.case, SOCIAL, 1, "rejected")
    with pytest.raises(verify.TargetError):
        verify.set_quote_status(case, SOCIAL, 5, "accepted")
    with pytest.raises(ValueError):
        verify.set_quote_status(case, SOCIAL, 0, "maybe")


def test_change_a_quote_span_and_notes(case) -> None:  # type: ignore[no-untyped-def]
    doc = make_document()
    noted = verify.set_note(case, SOCIAL, "check with the panel", quote=0).case
    wider = verify.set_quote_span(noted, SOCIAL, 0, quote_evidence(doc, "Mrs Q had been isolated from her friends"))
    ev = wider.case.people[0].characteristics[0].evidence[0]
    assert ev.quote == "Mrs Q had been isolated from her friends" and doc.text[ev.start:ev.end] == ev.quote
    assert verify.note_of(ev) == "check with the panel"  # the quote's note travels with it
    assert wider.before["quote"] == "isolated from her friends"
    on_code = verify.set_note(case, SOCIAL, "Mother says so too").case
    assert verify.note_of(on_code.people[0].characteristics[0]) == "Mother says so too"
    assert verify.note_of(verify.set_note(on_code, SOCIAL, "").case.people[0].characteristics[0]) is None
    with pytest.raises(ValueError, match="2000"):
        verify.set_note(case, SOCIAL, "x" * 2001)


# -- over HTTP, and counted for the mother everywhere --------------------------------------------

@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    use_fast_password_hashing(monkeypatch)
    with backend_store(request, tmp_path, seed) as s:
        yield s


@pytest.fixture
def coder(store: Store, tmp_path: Path) -> TestClient:
    app = make_app(store, tmp_path)
    client = client_for(app, "cora")
    return client


def _post(client: TestClient, action: str, **data: str) -> str:
    page = client.get("/cases/case-q").text
    token, version = CSRF_RE.search(page).group(1), VERSION_RE.search(page).group(1)  # type: ignore[union-attr]
    r = client.post(f"/cases/case-q/{action}", data={"csrf_token": token, "version": version, **data},
                    headers={"HX-Request": "true"})
    assert r.status_code == 200, r.text
    return r.text


def test_quote_note_and_span_actions_over_http(coder: TestClient, store: Store) -> None:
    doc = make_document()
    start = doc.text.index("Mrs Q had been isolated")
    panel = _post(coder, "span", target=SOCIAL, document=doc.sha256, start=str(start), end=str(start + 23))
    assert "Mrs Q had been isolated" in panel and 'data-announce="Quote added."' in panel
    _post(coder, "quote", target=SOCIAL, quote="0:rejected")
    _post(coder, "note", target=SOCIAL, note="<b>mother?</b>")
    _post(coder, "note", target=SOCIAL, quote="1", note="better quote")
    code = store.get_case("case-q").case.people[0].characteristics[0]  # type: ignore[union-attr]
    assert [verify.quote_status(e) for e in code.evidence] == ["rejected", "accepted"]
    assert verify.note_of(code) == "<b>mother?</b>" and verify.note_of(code.evidence[1]) == "better quote"
    page = coder.get("/cases/case-q").text
    assert "&lt;b&gt;mother?&lt;/b&gt;" in page and "<b>mother?</b>" not in page
    assert "quote rejected" in page
    # the rejected quote is no longer marked as the code's evidence in the text
    mark = re.search(r'<mark class="ev ev-(\w+)[^"]*"[^>]*> from her friends', page)
    assert mark and mark.group(1) == "rejected"
    r = coder.post("/cases/case-q/quote", data={"csrf_token": CSRF_RE.search(page).group(1),  # type: ignore[union-attr]
                                                "version": VERSION_RE.search(page).group(1),  # type: ignore[union-attr]
                                                "target": SOCIAL, "quote": "1:rejected"},
                   headers={"HX-Request": "true"})
    assert r.status_code == 422 and "last quote" in r.text
    log = coder.get("/cases/case-q/audit").text
    assert "Rejected quote 1 of characteristics 1 of v1" in log and "Note on" in log and "better quote" in log


def _table_rows(tables, table_id: str, category: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    table = tables.get(table_id, category)
    return {} if table is None else {row.key: list(getattr(row, "persons", []) or []) for row in table.rows}


def test_a_code_moved_to_the_mother_is_counted_for_her_everywhere(coder: TestClient, store: Store,
                                                                  tmp_path: Path) -> None:
    cat = "intimate_partner_violence"
    before = build_tables([s.case for s in store.list_cases()])
    assert "social_isolation" in _table_rows(before, "victim_characteristics", cat)
    panel = _post(coder, "move", target=SOCIAL, to="new", relation="mother")
    assert "Other o1 (mother of v1)" in panel and 'data-focus="people/o1/characteristics/0"' in panel
    cases = [s.case for s in store.list_cases()]
    tables = build_tables(cases)
    assert "social_isolation" not in _table_rows(tables, "victim_characteristics", cat)
    assert _table_rows(tables, "other_characteristics", cat) == {"social_isolation": ["case-q#o1"]}
    assert tables.get("victim_gender", cat).base == 1  # type: ignore[union-attr]  # the mother is no victim
    # the cases.json export
    exported = json.loads(coder.get("/export/cases.json").text)["cases"][0]
    mother = next(p for p in exported["people"] if p["person_id"] == "o1")
    assert (mother["role"], mother["relation"], mother["related_to"]) == ("other", "mother", "v1")
    assert [c["code"] for c in mother["characteristics"]] == ["social_isolation"]
    assert exported["people"][0]["characteristics"] == []
    # the report's files: tables.json, one CSV per table, the spreadsheet and the HTML report
    out = tmp_path / "out"
    write_outputs(tables, cases, out)
    written = json.loads((out / "tables.json").read_text(encoding="utf-8"))["tables"]
    other = next(t for t in written if t["id"] == "other_characteristics")
    assert [r["key"] for r in other["rows"]] == ["social_isolation"]
    victim = next(t for t in written if t["id"] == "victim_characteristics" and t["category"] == cat)
    assert "social_isolation" not in [r["key"] for r in victim["rows"]]
    with (out / "csv" / f"other_characteristics_{cat}.csv").open(encoding="utf-8") as f:
        assert any("Social isolation" in ",".join(row) for row in csv.reader(f))
    victim_csv = (out / "csv" / f"victim_characteristics_{cat}.csv").read_text(encoding="utf-8")
    assert "Social isolation" not in victim_csv
    from openpyxl import load_workbook

    sheets = [[str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
              for ws in load_workbook(out / "tables.xlsx").worksheets]
    # The table's own sheet (the contents sheet names it too, with no rows).
    own = [cells for cells in sheets if cells and cells[0].startswith("Family members and others: characteristics")]
    assert own and any("Social isolation" in v for v in own[0])
    html = (out / "report.html").read_text(encoding="utf-8")
    section = html.split('data-table="other_characteristics"')[1].split("</section>")[0]
    assert "Social isolation" in section
    # the live results page, and the round trip through cases.json
    results = coder.get(f"/results?section={cat}").text
    assert 'data-table="other_characteristics"' in results
    (tmp_path / "cases.json").write_text(coder.get("/export/cases.json").text, encoding="utf-8")
    again = build_tables(load_cases(tmp_path / "cases.json"))
    assert _table_rows(again, "other_characteristics", cat) == {"social_isolation": ["case-q#o1"]}
    assert "Moved the code" in coder.get("/cases/case-q/audit").text


def test_add_a_person_of_the_family(coder: TestClient, store: Store) -> None:
    _post(coder, "person", role="other", relation="sibling", related_to="v1")
    people = store.get_case("case-q").case.people  # type: ignore[union-attr]
    assert verify.person_relation(people[-1]) == ("sibling", "v1") and people[-1].role == "other"
    page = coder.get("/cases/case-q").text
    token, version = CSRF_RE.search(page).group(1), VERSION_RE.search(page).group(1)  # type: ignore[union-attr]
    r = coder.post("/cases/case-q/person", data={"csrf_token": token, "version": version, "role": "other"},
                   headers={"HX-Request": "true"})
    assert r.status_code == 422 and "relation" in r.text
