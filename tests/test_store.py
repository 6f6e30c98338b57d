"""The store on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import Case, Code, Evidence, Person
from reviewsynth.store import StaleVersionError, Store, database_url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path) -> Store:
    if request.param == "sqlite":
        s = Store.open(str(tmp_path / "t.db"))
        yield s
        s.close()
        return
    base = request.getfixturevalue("pg_url")
    # A fresh schema per test keeps PostgreSQL tests independent.
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = Store.open(base, migrate=False)
    with admin.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.close()
    sep = "&" if "?" in base else "?"
    s = Store.open(f"{base}{sep}options=-csearch_path%3D{schema}")
    yield s
    s.close()
    admin = Store.open(base, migrate=False)
    with admin.engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.close()


def _doc(sha: str = "a" * 64) -> ExtractedDocument:
    return ExtractedDocument.from_pages("r.pdf", sha, "pdf", ["Page one text.", "Page two text."])


def _case(case_id: str = "c1") -> Case:
    ev = Evidence(document="a" * 64, page=1, quote="Page one", start=0, end=8)
    person = Person(person_id="v1", role="victim", characteristics=[Code(code="alcohol_misuse", evidence=[ev])])
    return Case(case_id=case_id, people=[person])


def test_document_round_trip_keeps_pages(store: Store) -> None:
    doc = _doc()
    assert store.add_document(doc) is True
    assert store.add_document(doc, "copy/r.pdf") is False  # same bytes stored once
    back = store.get_document(doc.sha256)
    assert back is not None
    assert back.text == doc.text
    assert back.page_at(doc.text.index("two")) == 2
    assert store.count_documents() == 1
    assert set(store.document_paths()) == {"r.pdf", "copy/r.pdf"}


def test_errors_are_recorded_once_per_path_and_cleared_on_success(store: Store) -> None:
    store.record_error("r.pdf", "corrupted PDF")
    store.record_error("r.pdf", "corrupted PDF again")
    assert store.errors() == [("r.pdf", "corrupted PDF again")]
    store.add_document(_doc(), "r.pdf")
    assert store.errors() == []


def test_machine_coding_never_overwrites_verified_case(store: Store) -> None:
    store.add_document(_doc())
    case = _case()
    assert store.save_suggested_case(case, engine_version="1")
    assert store.save_suggested_case(case, engine_version="2")  # still unverified: refreshed
    stored = store.get_case("c1")
    assert stored is not None and stored.engine_version == "2"
    edited = stored.case.model_copy(deep=True)
    edited.people[0].characteristics[0].status = "accepted"
    store.update_case(edited, expected_version=stored.version, username="ann", action="accept")
    assert not store.save_suggested_case(case, engine_version="3")
    again = store.get_case("c1")
    assert again is not None and again.case.people[0].characteristics[0].status == "accepted"


def test_concurrent_saves_raise_stale_version(store: Store) -> None:
    store.add_document(_doc())
    store.save_suggested_case(_case(), engine_version="1")
    first = store.get_case("c1")
    second = store.get_case("c1")
    assert first is not None and second is not None
    store.update_case(first.case, expected_version=first.version, username="ann", action="edit")
    with pytest.raises(StaleVersionError, match="changed by someone else"):
        store.update_case(second.case, expected_version=second.version, username="bob", action="edit")
    actions = [a["action"] for a in store.audit("c1")]
    assert actions == ["machine_coding", "edit"]


def test_users_and_passwords(store: Store) -> None:
    store.add_user("ann", "correct horse", "coder")
    assert store.authenticate("ann", "correct horse") == "coder"
    assert store.authenticate("ann", "wrong password") is None
    assert store.authenticate("nobody", "correct horse") is None
    with pytest.raises(ValueError):
        store.add_user("bob", "short", "coder")
    with pytest.raises(ValueError):
        store.add_user("bob", "long enough", "superuser")


def test_double_coding_assignments_are_independent(store: Store) -> None:
    store.add_document(_doc())
    store.save_suggested_case(_case(), engine_version="1")
    store.assign("c1", "ann", _case())
    store.assign("c1", "bob", _case())
    store.assign("c1", "ann", _case())  # idempotent
    ann = store.get_coding("c1", "ann")
    assert ann is not None
    case, version, status = ann
    case.people[0].characteristics[0].status = "rejected"
    store.save_coding(case, "ann", expected_version=version, status="done")
    bob = store.get_coding("c1", "bob")
    assert bob is not None and bob[0].people[0].characteristics[0].status == "suggested"
    assert store.codings("c1") == [("c1", "ann", "done"), ("c1", "bob", "assigned")]


def test_database_url_forms(tmp_path) -> None:
    assert database_url(str(tmp_path / "x.db")).startswith("sqlite:////")
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:///rel.db") == "sqlite:///rel.db"
