"""Double coding that measures something: blind copies, agreement over the items both coders
completed (in the core, on the web page and from `reviewsynth export --coder` + `reviewsynth
agreement`), and reconciliation walked one disagreement at a time with an audit entry per
decision. Real SQLite stores, real HTTP (TestClient) and the real CLI in a subprocess."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewsynth import verify
from reviewsynth.schema import load_cases, write_cases
from reviewsynth.store import Store
from tests.coding_pairs import CASE_ID, KNOWN, make_known_pair
from tests.conftest import run_cli
from tests.e2e.seed import (
    make_case,
    make_document,
    seed,
    use_fast_password_hashing,
)
from tests.web_helpers import BACKENDS, CSRF_RE, VERSION_RE, backend_store, client_for, make_app


def db_url(store: Store) -> str:
    """The store's URL, to hand to the CLI in another process."""
    return store.engine.url.render_as_string(hide_password=False)




@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    use_fast_password_hashing(monkeypatch)
    with backend_store(request, tmp_path, seed) as s:
        yield s


@pytest.fixture
def app(store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_app(store, tmp_path)


def _stats(report: verify.AgreementReport, field: str) -> verify.Stats:
    return next(s for s in report.fields if s.field == field)


# -- the figures, over completed items only ----------------------------------------------------

def test_known_pair_gives_the_known_figures(store: Store) -> None:
    make_known_pair(store)
    report = verify.agreement_report(verify.coding_pairs(store, CASE_ID))
    chars = _stats(report, "characteristics")
    assert (chars.n, chars.agreed, chars.left_out) == (KNOWN["n"], KNOWN["agreed"], KNOWN["left_out"])
    assert (chars.both_present, chars.a_only, chars.b_only, chars.both_absent) == (4, 1, 2, 3)
    for name in ("agreement", "kappa", "alpha", "ac1"):
        assert getattr(chars, name) == pytest.approx(KNOWN[name]), name
    category = _stats(report, "category")
    assert (category.n, category.agreement) == (1, 1.0)
    gender = _stats(report, "gender")
    assert (gender.n, gender.left_out) == (0, 1)  # only one coder saved it
    assert _stats(report, "screening/decision").n == 0  # the suggestion nobody checked
    assert report.modes == {"assisted": 1} and report.both_complete == 0


def test_a_code_left_out_is_absent_only_once_the_coder_is_done(store: Store) -> None:
    """Blind coding: what a coder did not add is 'absent' once they mark the coding
    complete, not before."""
    verify.assign_double(store, "case-q", ["cora", "cody"], username="ada", mode="blind")
    doc = make_document()
    start = doc.text.index("isolated from her friends")
    cora = verify.load(store, "case-q", "cora")
    assert cora is not None
    verify.apply(store, "case-q", lambda c: verify.add_item(
        c, "people/v1/characteristics", {"code": "social_isolation"}, [doc.evidence(start, start + 25)]),
        expected_version=cora.version, username="cora", coder="cora")

    def chars() -> verify.Stats:
        return _stats(verify.agreement_report(verify.coding_pairs(store, "case-q")), "characteristics")

    assert (chars().n, chars().left_out) == (0, 1)
    cody = verify.load(store, "case-q", "cody")
    assert cody is not None
    verify.apply(store, "case-q", lambda c: verify.Change(c, "completed", "case", None, None),
                 expected_version=cody.version, username="cody", coder="cody", status="done")
    done = chars()
    assert (done.n, done.a_only, done.b_only) == (1, 0, 1)  # coders in name order: cody, cora
    assert done.agreement == 0.0


def test_prevalence_paradox_is_flagged_and_ac1_stays_high() -> None:
    from reviewsynth.verify.agreement import Unit, _stats

    # 20 items: both absent 19, one coder present once: 95% agreement, kappa 0, AC1 high.
    units = [Unit("characteristics", "x", "absent", "absent")] * 19 + [Unit("characteristics", "x", "present", "absent")]
    s = _stats("characteristics", None, units)
    assert s.agreement == pytest.approx(0.95) and s.kappa == pytest.approx(0.0)
    assert s.alpha == pytest.approx(0.0)
    assert s.ac1 == pytest.approx((0.95 - 2 * 0.025 * 0.975) / (1 - 2 * 0.025 * 0.975))
    assert s.prevalence_paradox


# -- blind copies ---------------------------------------------------------------------------------

def test_a_blind_copy_holds_no_machine_suggestion(store: Store) -> None:
    verify.assign_double(store, "case-q", ["cora", "cody"], username="ada", mode="blind")
    copy = verify.load(store, "case-q", "cora")
    assert copy is not None
    case = copy.case
    assert verify.iter_items(case) == [] and case.screening is None and case.category is None
    assert [(p.person_id, p.role, p.name) for p in case.people] == [("v1", "victim", "Mrs Q"), ("p1", "perpetrator", "Mr R")]
    assert case.people[0].gender == "not_reported" and case.documents  # the frame, no coding
    assert {a.mode for a in store.assignments("case-q")} == {"blind"}
    with pytest.raises(ValueError, match="mode"):
        verify.assign_double(store, "case-q", ["cora", "cody"], username="ada", mode="peeking")


def test_a_blind_coder_sees_neither_the_machine_nor_the_other_coder(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    admin = client_for(app, "ada")
    token = CSRF_RE.search(admin.get("/cases/case-q").text).group(1)  # type: ignore[union-attr]
    admin.post("/cases/case-q/assign", data={"csrf_token": token, "coder_a": "cora", "coder_b": "cody", "mode": "blind"})
    cora = client_for(app, "cora")
    listing = cora.get("/cases").text
    assert "/cases/case-q/coding/cora" in listing and "hidden while you code it blind" in listing
    row = listing.split('<tr data-case="case-q">')[1].split("</tr>")[0]
    assert "intimate" not in row.lower() and "homicide" not in row  # the machine's coding is not shown
    for path in ("/cases/case-q", "/cases/case-q/audit", "/cases/case-q/coding/cody",
                 "/cases/case-q/edit-form?target=incident/weapons/0"):
        assert cora.get(path).status_code == 403, path
    own = cora.get("/cases/case-q/coding/cora").text
    assert "no machine suggestions" in own and "act-accepted" not in own  # nothing to accept
    assert 'data-targets="' not in own  # no highlighted suggestion in the text
    screening = cora.get("/screening").text
    assert "Domestic Homicide Review" not in screening.split("data-case=\"case-q\"")[1].split("</tr>")[0]
    # a blind coder cannot change the case's own coding either
    r = cora.post("/cases/case-q/status", data={"csrf_token": CSRF_RE.search(own).group(1),  # type: ignore[union-attr]
                                                "version": 1, "target": "incident/weapons/0", "status": "accepted"})
    assert r.status_code == 403
    assert store.get_case("case-q").case.incident.weapons[0].status == "suggested"  # type: ignore[union-attr]


# -- the web page and the CLI give the same known figures -----------------------------------------

def _row(html: str, field: str) -> dict[str, str]:
    row = re.search(rf'<tr data-field="{re.escape(field)}">(.*?)</tr>', html, re.S)
    assert row, field
    return dict(re.findall(r'data-stat="(\w+)">([^<]*)', row.group(1)))


def test_the_agreement_page_shows_the_known_figures_with_counts(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    make_known_pair(store)
    admin = client_for(app, "ada")
    for path in ("/agreement", f"/cases/{CASE_ID}/reconcile"):
        page = admin.get(path).text
        row = _row(page, "characteristics")
        assert row == {"n": "10", "agreed": "7", "left_out": "1", "agreement": "70%", "kappa": "0.40",
                       "alpha": "0.42", "ac1": "0.41"}, path
        assert "assisted (1)" in page
    assert client_for(app, "cora").get("/agreement").status_code == 403


def test_export_coder_and_agreement_cli_give_the_known_figures(store: Store, tmp_path: Path) -> None:
    make_known_pair(store)
    db = db_url(store)
    for coder in ("cody", "cora"):
        r = run_cli(["export", str(tmp_path / f"{coder}.json"), "--coder", coder, "--db", db])
        assert r.returncode == 0, r.stderr
    exported = load_cases(tmp_path / "cody.json")
    assert [c.case_id for c in exported] == [CASE_ID]
    assert exported[0].model_extra["coding"] == {"coder": "cody", "mode": "assisted", "status": "in_progress"}  # type: ignore[index]
    r = run_cli(["agreement", str(tmp_path / "cody.json"), str(tmp_path / "cora.json"), "--json"])
    assert r.returncode == 0, r.stderr
    figures = json.loads(r.stdout)
    chars = figures["characteristics"]
    assert set(chars) == {"n", "agreement", "kappa", "alpha", "ac1"}
    assert chars["n"] == KNOWN["n"]
    for name in ("agreement", "kappa", "alpha", "ac1"):
        assert chars[name] == pytest.approx(KNOWN[name]), name
    assert figures["category"] == {"n": 1, "agreement": 1.0, "kappa": 1.0, "alpha": 1.0, "ac1": 1.0}
    assert figures["gender"]["n"] == 0 and figures["gender"]["kappa"] is None
    by_code = json.loads(run_cli(["agreement", str(tmp_path / "cody.json"), str(tmp_path / "cora.json"),
                                  "--json", "--by-code"]).stdout)
    assert by_code["characteristics/alcohol_misuse"]["n"] == 1
    table = run_cli(["agreement", str(tmp_path / "cody.json"), str(tmp_path / "cora.json")])
    assert table.returncode == 0 and "characteristics" in table.stdout and "0.42" in table.stdout


def test_agreement_cli_errors_are_one_line(store: Store, tmp_path: Path) -> None:
    write_cases([make_case(make_document(), "other-case")], tmp_path / "x.json")
    make_known_pair(store)
    run_cli(["export", str(tmp_path / "a.json"), "--coder", "cody", "--db", db_url(store)])
    r = run_cli(["agreement", str(tmp_path / "a.json"), str(tmp_path / "x.json"), "--json"])
    assert r.returncode == 2 and "no case in both files" in r.stderr and "Traceback" not in r.stderr
    r = run_cli(["agreement", str(tmp_path / "missing.json"), str(tmp_path / "x.json")])
    assert r.returncode == 2 and "missing.json" in r.stderr and "Traceback" not in r.stderr
    r = run_cli(["export", str(tmp_path / "n.json"), "--coder", "nobody", "--db", db_url(store)])
    assert r.returncode == 2 and "no such user" in r.stderr


# -- reconciliation ---------------------------------------------------------------------------------

def test_reconciliation_walk_gives_one_final_coding_and_an_audit_entry_per_decision(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    make_known_pair(store)
    admin = client_for(app, "ada")
    overview = admin.get(f"/cases/{CASE_ID}/reconcile").text
    token = CSRF_RE.search(overview).group(1)  # type: ignore[union-attr]
    a, b = (verify.load(store, CASE_ID, c) for c in ("cody", "cora"))
    diffs = verify.differences(a.case, b.case)  # type: ignore[union-attr]
    assert len(diffs) == 4  # the three codes the coders disagree on, and the gender
    assert f'href="/cases/{CASE_ID}/reconcile/1"' in overview
    step = 1
    while True:
        page = admin.get(f"/cases/{CASE_ID}/reconcile/{step}")
        assert page.status_code == 200 and f"Disagreement {step} of 4" in page.text
        d = diffs[step - 1]
        assert "cody" in page.text and "cora" in page.text  # side by side
        if d.kind == "item":
            quote = (d.a or d.b)["evidence"][0]["quote"]
            assert quote in page.text
        choice = "b" if d.kind == "field" else "keep"
        r = admin.post(f"/cases/{CASE_ID}/reconcile/{step}", data={"csrf_token": token, "key": d.key, "choice": choice},
                       follow_redirects=False)
        assert r.status_code == 303
        nxt = r.headers["location"]
        if nxt.endswith("/reconcile"):
            break
        step = int(nxt.rsplit("/", 1)[1])
    assert set(verify.reconcile_draft(store, CASE_ID)) == {d.key for d in diffs}
    version = int(VERSION_RE.search(admin.get(f"/cases/{CASE_ID}/reconcile").text).group(1))  # type: ignore[union-attr]
    r = admin.post(f"/cases/{CASE_ID}/reconcile", data={"csrf_token": token, "version": version}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/cases/{CASE_ID}"
    final = store.get_case(CASE_ID)
    assert final is not None and final.status == "reconciled"
    kept = {c.code for c in final.case.people[0].characteristics if c.status != "rejected"}
    for d in diffs:
        if d.kind == "item":
            assert d.key.rsplit(":", 1)[1] in kept
    assert final.case.people[0].gender == "female"  # took cora's (B) over cody's "not reported"
    decisions = [e for e in store.audit(CASE_ID) if e["action"] == "reconcile_decision"]
    assert len(decisions) == len(diffs)
    assert {e["target"] for e in decisions} == {d.path for d in diffs}
    assert all(e["username"] == "ada" and e["after"]["choice"] in ("keep", "b") for e in decisions)
    assert all({"cody", "cora"} <= set(e["before"]) for e in decisions)
    log = admin.get(f"/cases/{CASE_ID}/audit").text
    assert log.count("Reconciled ") >= len(diffs) and "kept" in log
    assert verify.reconcile_draft(store, CASE_ID) == {}


def test_a_walk_choice_must_fit_its_difference(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    make_known_pair(store)
    admin = client_for(app, "ada")
    token = CSRF_RE.search(admin.get(f"/cases/{CASE_ID}/reconcile").text).group(1)  # type: ignore[union-attr]
    a, b = (verify.load(store, CASE_ID, c) for c in ("cody", "cora"))
    item = next(d for d in verify.differences(a.case, b.case) if d.kind == "item")  # type: ignore[union-attr]
    admin.post(f"/cases/{CASE_ID}/reconcile/1", data={"csrf_token": token, "key": item.key, "choice": "b"})
    admin.post(f"/cases/{CASE_ID}/reconcile/1", data={"csrf_token": token, "key": "item:nothing", "choice": "keep"})
    assert verify.reconcile_draft(store, CASE_ID) == {}
    assert client_for(app, "cora").get(f"/cases/{CASE_ID}/reconcile/1").status_code == 403
