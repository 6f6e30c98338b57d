"""The machine as a coder: its suggestions kept apart in the store, and its precision and
recall against people's verified codes on a small corpus whose verification is known: in the
core, the web page, its CSV export and the CLI."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from reviewsynth import verify
from reviewsynth.schema import Case, Code, DocumentRef, Incident, Person, Screening
from reviewsynth.store import Store
from tests.conftest import run_cli
from tests.e2e.seed import (
    make_document,
    quote_evidence,
    seed,
    use_fast_password_hashing,
)
from tests.web_helpers import BACKENDS, backend_store, client_for, make_app


def db_url(store: Store) -> str:
    """The store's URL, to hand to the CLI in another process."""
    return store.engine.url.render_as_string(hide_password=False)


WORDS = ["alcohol_misuse", "bullying", "disability", "domestic_abuse", "acute_illness", "chronic_illness"]


def _corpus_case(case_id: str, victim_codes: list[str], perp_codes: list[str], knife: bool) -> tuple[Case, object]:
    doc = make_document([f"Review {case_id}. " + " ".join(f"Mention of {w.replace('_', ' ')}." for w in WORDS)],
                        f"{case_id}.pdf")
    ev = lambda w: [quote_evidence(doc, f"Mention of {w.replace('_', ' ')}")]  # noqa: E731
    people = [Person(person_id="v1", role="victim", characteristics=[Code(code=c, evidence=ev(c)) for c in victim_codes]),
              Person(person_id="p1", role="perpetrator", characteristics=[Code(code=c, evidence=ev(c)) for c in perp_codes])]
    case = Case(case_id=case_id, title=case_id, review_type="dhr",
                documents=[DocumentRef(path=doc.path, sha256=doc.sha256, pages=1)],
                screening=Screening(decision="include", reason="homicide"), category="intimate_partner_violence",
                people=people, incident=Incident(weapons=[Code(code="knife", evidence=ev("alcohol_misuse"))] if knife else []))
    return case, doc


def _do(store: Store, case_id: str, op, status: str | None = None) -> None:  # type: ignore[no-untyped-def]
    stored = store.get_case(case_id)
    assert stored is not None
    verify.apply(store, case_id, op, expected_version=stored.version, username="cora", status=status)


def _evidence(store: Store, case_id: str, word: str):  # type: ignore[no-untyped-def]
    stored = store.get_case(case_id)
    assert stored is not None
    doc = store.get_document(stored.case.documents[0].sha256)
    assert doc is not None
    return [quote_evidence(doc, f"Mention of {word.replace('_', ' ')}")]


def build_corpus(store: Store) -> None:
    """Three cases with machine suggestions, verified as the module docstring of
    reviewsynth.verify.machine describes (expected figures in the tests below)."""
    for case_id, victim, perp, knife in (("m1", ["alcohol_misuse", "bullying", "disability"], ["domestic_abuse"], True),
                                         ("m2", ["alcohol_misuse", "acute_illness"], [], False),
                                         ("m3", ["alcohol_misuse"], [], False)):
        case, doc = _corpus_case(case_id, victim, perp, knife)
        store.add_document(doc)  # type: ignore[arg-type]
        store.save_suggested_case(case, engine_version="test")
    # m1: accept, reject, leave one unchecked; the perpetrator's accepted; a code added; knife accepted
    _do(store, "m1", lambda c: verify.set_status(c, "people/v1/characteristics/0", "accepted"))
    _do(store, "m1", lambda c: verify.set_status(c, "people/v1/characteristics/1", "rejected"))
    _do(store, "m1", lambda c: verify.set_status(c, "people/p1/characteristics/0", "accepted"))
    _do(store, "m1", lambda c: verify.set_status(c, "incident/weapons/0", "accepted"))
    ev = _evidence(store, "m1", "chronic_illness")
    _do(store, "m1", lambda c: verify.add_item(c, "people/v1/characteristics", {"code": "chronic_illness"}, ev))
    # m2: one rejected, one edited into another code; the category changed
    _do(store, "m2", lambda c: verify.set_status(c, "people/v1/characteristics/0", "rejected"))
    _do(store, "m2", lambda c: verify.edit_item(c, "people/v1/characteristics/1", {"code": "chronic_illness"}))
    _do(store, "m2", lambda c: verify.set_field(c, "category", "adult_family_violence"))
    # m3: the victim's code is her mother's; then the case is marked complete
    _do(store, "m3", lambda c: verify.move_item(c, "people/v1/characteristics/0", None, "mother"))
    _do(store, "m3", lambda c: verify.Change(c, "completed", "case", None, None), status="verified")


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    use_fast_password_hashing(monkeypatch)
    with backend_store(request, tmp_path, lambda s: (seed(s), build_corpus(s))) as s:
        yield s


def _by(report: verify.MachineReport, field: str, code: str | None = None) -> verify.MachineStats:
    rows = report.codes if code is not None else report.fields
    return next(s for s in rows if s.field == field and s.code == code)


def test_the_machine_coding_is_kept_apart_from_people_s(store: Store) -> None:
    machine = store.get_machine_coding("m1")
    assert machine is not None
    assert [(c.code, c.status) for c in machine.people[0].characteristics] == [
        ("alcohol_misuse", "suggested"), ("bullying", "suggested"), ("disability", "suggested")]
    people = store.get_case("m1")
    assert people is not None and people.case.people[0].characteristics[1].status == "rejected"
    # a later machine run neither overwrites people's coding nor the suggestions they started from
    case, _doc = _corpus_case("m1", ["disability"], [], False)
    assert store.save_suggested_case(case, engine_version="newer") is False
    again = store.get_machine_coding("m1")
    assert again is not None and [c.code for c in again.people[0].characteristics][0] == "alcohol_misuse"


def test_precision_and_recall_on_the_known_corpus(store: Store) -> None:
    report = verify.machine_vs_people(verify.store_pairs(store))
    assert (report.cases, report.verified_cases) == (4, 1)  # case-q of the seed too, untouched
    chars = _by(report, "characteristics")
    # confirmed: m1 alcohol, m1 perpetrator's domestic abuse; wrong: m1 bullying, m2 alcohol,
    # m2 acute illness (edited away), m3 victim's alcohol (moved); unchecked: m1 disability and
    # the seed case's two; missed: m1 chronic (added), m2 chronic (edited into), m3 mother's alcohol
    assert (chars.confirmed, chars.wrong, chars.unchecked, chars.missed) == (2, 4, 3, 3)
    assert chars.precision == pytest.approx(2 / 6) and chars.recall == pytest.approx(2 / 5)
    alcohol = _by(report, "characteristics", "alcohol_misuse")
    assert (alcohol.confirmed, alcohol.wrong, alcohol.missed) == (1, 2, 1)
    assert alcohol.precision == pytest.approx(1 / 3) and alcohol.recall == pytest.approx(1 / 2)
    chronic = _by(report, "characteristics", "chronic_illness")
    assert (chronic.suggested, chronic.missed, chronic.precision, chronic.recall) == (0, 2, None, 0.0)
    weapons = _by(report, "weapons")
    assert (weapons.confirmed, weapons.unchecked, weapons.precision, weapons.recall) == (1, 1, 1.0, 1.0)
    category = _by(report, "category")  # m2 saved (changed), m3 verified (kept), m1 and seed unchecked
    assert (category.confirmed, category.wrong, category.missed, category.unchecked) == (1, 1, 1, 2)
    assert category.precision == pytest.approx(0.5) and category.recall == pytest.approx(0.5)
    ipv = _by(report, "category", "intimate_partner_violence")
    assert (ipv.precision, ipv.recall) == (0.5, 1.0)
    assert _by(report, "category", "adult_family_violence").recall == 0.0


def test_the_view_changes_as_verification_goes_on(store: Store) -> None:
    before = _by(verify.machine_vs_people(verify.store_pairs(store)), "characteristics")
    _do(store, "m1", lambda c: verify.set_status(c, "people/v1/characteristics/2", "accepted"))
    after = _by(verify.machine_vs_people(verify.store_pairs(store)), "characteristics")
    assert (after.confirmed, after.unchecked) == (before.confirmed + 1, before.unchecked - 1)


def test_the_page_and_its_csv_give_the_same_figures(store: Store, tmp_path: Path) -> None:
    app = make_app(store, tmp_path)
    client = client_for(app, "vera")
    page = client.get("/machine").text
    row = re.search(r'<tr data-field="characteristics">(.*?)</tr>', page, re.S)
    assert row is not None
    stats = dict(re.findall(r'data-stat="(\w+)">([^<]*)', row.group(1)))
    assert stats == {"suggested": "9", "confirmed": "2", "wrong": "4", "unchecked": "3", "missed": "3",
                     "precision": "0.33", "recall": "0.40"}
    assert 'data-code="chronic_illness"' in page
    r = client.get("/export/machine-vs-people.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    chars = next(x for x in rows if x["field"] == "characteristics" and not x["code"])
    assert (chars["confirmed"], chars["missed"], chars["precision"], chars["recall"]) == ("2", "3", "0.3333", "0.4000")
    assert any(x["code"] == "alcohol_misuse" and x["recall"] == "0.5000" for x in rows)
    out = tmp_path / "mvp.csv"
    cli = run_cli(["machine-vs-people", "--db", db_url(store), "--csv", str(out)])
    assert cli.returncode == 0, cli.stderr
    assert out.read_text(encoding="utf-8") == r.text


def test_an_older_store_fills_the_machine_codings_of_untouched_cases(tmp_path: Path) -> None:
    """Migration 0003 on a store from before it: cases nobody touched give their coding."""
    store = Store.open(str(tmp_path / "old.db"))
    case, doc = _corpus_case("old", ["bullying"], [], False)
    store.add_document(doc)  # type: ignore[arg-type]
    store.save_suggested_case(case, engine_version="test")
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM machine_codings"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    store.close()
    reopened = Store.open(str(tmp_path / "old.db"))
    kept = reopened.get_machine_coding("old")
    assert kept is not None and kept.people[0].characteristics[0].code == "bullying"
    reopened.close()
