"""Core verification operations, without the web: statuses, edits, additions, fields,
screening, reconciliation, agreement units and optimistic saving."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewsynth import verify
from reviewsynth.store import StaleVersionError, Store
from tests.e2e.seed import make_case, make_document, quote_evidence


@pytest.fixture
def doc():  # type: ignore[no-untyped-def]
    return make_document()


@pytest.fixture
def case(doc):  # type: ignore[no-untyped-def]
    return make_case(doc)


def test_set_status_returns_new_case_and_audit_values(case) -> None:  # type: ignore[no-untyped-def]
    change = verify.set_status(case, "people/p1/characteristics/0", "rejected")
    assert change.case.people[1].characteristics[0].status == "rejected"
    assert case.people[1].characteristics[0].status == "suggested"  # input untouched
    assert change.before["status"] == "suggested" and change.after["status"] == "rejected"
    assert change.action == "code_rejected"


@pytest.mark.parametrize("target", ["people/x9/characteristics/0", "incident/weapons/5", "nonsense", "people/v1/age"])
def test_bad_targets_are_refused(case, target: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises((verify.TargetError, ValueError)):
        verify.set_status(case, target, "accepted")


def test_edit_validates_codebook_ids_and_other_needs_detail(case) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        verify.edit_item(case, "incident/weapons/0", {"code": "lightsaber"})
    with pytest.raises(ValueError, match="detail"):
        verify.edit_item(case, "incident/weapons/0", {"code": "other", "detail": " "})
    change = verify.edit_item(case, "incident/weapons/0", {"code": "other", "detail": "A brick"})
    weapon = change.case.incident.weapons[0]
    assert (weapon.code, weapon.detail, weapon.status) == ("other", "A brick", "edited")
    assert weapon.evidence == case.incident.weapons[0].evidence


def test_add_needs_evidence_and_builds_each_item_kind(case, doc) -> None:  # type: ignore[no-untyped-def]
    ev = [quote_evidence(doc, "isolated from her friends")]
    with pytest.raises(ValueError, match="evidence"):
        verify.add_item(case, "incident/weapons", {"code": "gun"}, [])
    rf = verify.add_item(case, "people/v1/risk_factors",
                         {"context": "family", "type": "abusive_behaviours", "detail": "Isolated by partner"}, ev)
    assert rf.target == "people/v1/risk_factors/0"
    assert rf.case.people[0].risk_factors[0].evidence[0].quote == "isolated from her friends"
    svc = verify.add_item(rf.case, "people/p1/services", {"service": "police", "timing": "prior"}, ev)
    assert svc.case.people[1].services[0].timing == "prior"
    rel = verify.add_item(case, "relationship/characteristics", {"code": "coercive_control"}, ev)
    assert rel.case.relationship is not None and rel.case.relationship.characteristics[0].code == "coercive_control"
    with pytest.raises(ValueError):
        verify.add_item(case, "people/v1/services", {"service": "police", "timing": "someday"}, ev)


def test_set_field_coerces_and_keeps_not_reported(case) -> None:  # type: ignore[no-untyped-def]
    assert verify.set_field(case, "incident_year", "2021").case.incident_year == 2021
    assert verify.set_field(case, "fatal", "").case.fatal is None
    assert verify.set_field(case, "people/v1/gender", "").case.people[0].gender == "not_reported"
    assert verify.set_field(case, "information_levels/home", "high").case.information_levels == {"home": "high"}
    for target, value in (("incident_year", "soon"), ("category", "space_violence"), ("fatal", "maybe")):
        with pytest.raises(ValueError):
            verify.set_field(case, target, value)


def test_screen_exclude_clears_category(case) -> None:  # type: ignore[no-untyped-def]
    change = verify.screen(case, "exclude", "neglect")
    assert change.case.category is None and change.case.screening.reason == "neglect"
    with pytest.raises(ValueError):
        verify.screen(case, "include", "neglect")


def test_progress_counts_decided_codes(case) -> None:  # type: ignore[no-untyped-def]
    assert verify.progress(case) == (0, 3)
    done = verify.set_status(case, "incident/weapons/0", "accepted").case
    assert verify.progress(done) == (1, 3)


def test_differences_and_reconcile(case, doc) -> None:  # type: ignore[no-untyped-def]
    ev = [quote_evidence(doc, "drink heavily at weekends")]
    a = verify.set_status(case, "incident/weapons/0", "rejected").case
    a = verify.set_field(a, "incident_year", "2020").case
    b = verify.add_item(case, "people/p1/characteristics", {"code": "history_of_violence"}, ev).case
    b = verify.set_field(b, "incident_year", "2021").case
    b = verify.add_person(b, "victim").case
    diffs = {d.key: d for d in verify.differences(a, b)}
    assert set(diffs) == {"field:incident_year", "item:incident/weapons:knife",
                          "item:people/p1/characteristics:history_of_violence", "person:v2"}
    with pytest.raises(ValueError, match="choose"):
        verify.reconcile(a, b, {})
    final = verify.reconcile(a, b, {"field:incident_year": "b", "item:incident/weapons:knife": "keep",
                                    "item:people/p1/characteristics:history_of_violence": "keep",
                                    "person:v2": "drop"})
    assert final.incident_year == 2021
    assert [p.person_id for p in final.people] == ["v1", "p1"]
    codes = [c.code for c in final.people[1].characteristics]
    assert codes == ["alcohol_misuse", "history_of_violence"]
    assert any(w.code == "knife" for w in final.incident.weapons)  # B's suggested knife kept


def test_suggestions_nobody_checked_are_not_agreement(case) -> None:  # type: ignore[no-untyped-def]
    assert verify.differences(case, case) == []
    untouched = verify.Coding(case, complete=False)
    result = verify.agreement_report([(untouched, untouched)])
    assert all(f.n == 0 for f in result.fields) and result.pooled_alpha is None
    accepted = verify.Coding(verify.set_status(case, "incident/weapons/0", "accepted").case, complete=False)
    rejected = verify.Coding(verify.set_status(case, "incident/weapons/0", "rejected").case, complete=False)
    same = {f.field: f for f in verify.agreement_report([(accepted, accepted)]).fields}
    assert (same["weapons"].n, same["weapons"].agreement) == (1, 1.0)
    assert same["characteristics"].n == 0  # still suggested on both sides
    differ = {f.field: f for f in verify.agreement_report([(accepted, rejected)]).fields}
    assert (differ["weapons"].n, differ["weapons"].agreement, differ["weapons"].agreed) == (1, 0.0, 0)


def test_apply_saves_with_audit_and_refuses_stale_versions(tmp_path: Path, case, doc) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(str(tmp_path / "v.db"))
    store.add_document(doc)
    store.save_suggested_case(case, engine_version="t")
    _change, version = verify.apply(store, case.case_id, lambda c: verify.set_status(c, "incident/weapons/0", "accepted"),
                                    expected_version=1, username="cora")
    assert version == 2
    with pytest.raises(StaleVersionError):
        verify.apply(store, case.case_id, lambda c: verify.set_status(c, "incident/weapons/0", "rejected"),
                     expected_version=1, username="cody")
    assert store.get_case(case.case_id).case.incident.weapons[0].status == "accepted"
    entry = store.audit(case.case_id)[-1]
    assert (entry["username"], entry["action"], entry["target"]) == ("cora", "code_accepted", "incident/weapons/0")
    store.close()


def _double_coded(tmp_path: Path, doc, case) -> Store:  # type: ignore[no-untyped-def]
    store = Store.open(str(tmp_path / "v.db"))
    store.add_document(doc)
    store.save_suggested_case(case, engine_version="test")
    for name in ("ann", "ben", "boss"):
        store.add_user(name, "long-password-1", "admin" if name == "boss" else "coder")
    verify.assign_double(store, "case-q", ["ann", "ben"], username="boss", mode="assisted")
    verify.apply(store, "case-q", lambda c: verify.set_status(c, "incident/weapons/0", "rejected"),
                 expected_version=1, username="ann", coder="ann", status="done")
    return store


def test_reconcile_marks_both_copies_reconciled_and_read_only(tmp_path: Path, doc, case) -> None:  # type: ignore[no-untyped-def]
    store = _double_coded(tmp_path, doc, case)
    try:
        verify.reconcile_case(store, "case-q", ("ann", "ben"), {"item:incident/weapons:knife": "drop"},
                              expected_version=1, username="boss")
        assert {(coder, status) for _c, coder, status in store.codings("case-q")} == {
            ("ann", "reconciled"), ("ben", "reconciled")}
        assert store.get_case("case-q").status == "reconciled"
        assert [e["target"] for e in store.audit("case-q") if e["action"] == "coding_reconciled"] == [
            "coding/ann", "coding/ben"]
        with pytest.raises(ValueError, match="reconciled"):
            verify.apply(store, "case-q", lambda c: verify.set_status(c, "incident/weapons/0", "accepted"),
                         expected_version=store.get_coding("case-q", "ann")[1], username="ann", coder="ann")
    finally:
        store.close()


def test_reconcile_on_a_stale_case_leaves_the_copies_as_they_were(tmp_path: Path, doc, case) -> None:  # type: ignore[no-untyped-def]
    store = _double_coded(tmp_path, doc, case)
    try:
        verify.apply(store, "case-q", lambda c: verify.set_field(c, "area", "Eastmoor"),
                     expected_version=1, username="boss")
        with pytest.raises(StaleVersionError):
            verify.reconcile_case(store, "case-q", ("ann", "ben"), {"item:incident/weapons:knife": "drop"},
                                  expected_version=1, username="boss")
        assert {(coder, status) for _c, coder, status in store.codings("case-q")} == {
            ("ann", "done"), ("ben", "assigned")}
    finally:
        store.close()


def test_reconcile_racing_a_case_save_restores_the_copies(tmp_path: Path, doc, case,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import reviewsynth.verify.service as service

    store = _double_coded(tmp_path, doc, case)

    def case_saved_meanwhile(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise StaleVersionError("case-q", 1, 2)

    monkeypatch.setattr(service, "apply", case_saved_meanwhile)
    try:
        with pytest.raises(StaleVersionError):
            verify.reconcile_case(store, "case-q", ("ann", "ben"), {"item:incident/weapons:knife": "drop"},
                                  expected_version=1, username="boss")
        assert {(coder, status) for _c, coder, status in store.codings("case-q")} == {
            ("ann", "done"), ("ben", "assigned")}
    finally:
        store.close()
