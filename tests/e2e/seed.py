"""Seed data for web and browser tests: documents and cases built directly (no coding engine),
and stores on SQLite or on a fresh PostgreSQL schema."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text

from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import Case, Code, DocumentRef, Evidence, Incident, Person, Screening
from reviewsynth.store import Store

PASSWORD = "correct-horse-1"
USERS = {"ada": "admin", "cora": "coder", "cody": "coder", "vera": "viewer"}

PAGES = [
    "Domestic Homicide Review into the death of Mrs Q.\nThe review panel met six times.",
    "Mrs Q was 42 years old. Her partner Mr R had a long history of alcohol misuse "
    "and was known to drink heavily at weekends.\nMrs Q had been isolated from her friends.",
    "On the night of the incident Mr R attacked Mrs Q with a knife in the kitchen of their home. "
    "<script>window.__pwned = true;</script> <b>bold?</b>",
]


def make_document(pages: list[str] | None = None, name: str = "dhr-q.pdf") -> ExtractedDocument:
    pages = pages or PAGES
    sha = hashlib.sha256("\n".join(pages).encode()).hexdigest()
    return ExtractedDocument.from_pages(name, sha, "pdf", pages, title="DHR Mrs Q")


def quote_evidence(doc: ExtractedDocument, quote: str) -> Evidence:
    start = doc.text.index(quote)
    return doc.evidence(start, start + len(quote))


def make_case(doc: ExtractedDocument, case_id: str = "case-q") -> Case:
    ev = lambda q: [quote_evidence(doc, q)]  # noqa: E731
    victim = Person(person_id="v1", role="victim", name="Mrs Q", age=42, age_band="35_44", gender="female",
                    characteristics=[Code(code="social_isolation", evidence=ev("isolated from her friends"))])
    perpetrator = Person(person_id="p1", role="perpetrator", name="Mr R", gender="male",
                         characteristics=[Code(code="alcohol_misuse", evidence=ev("long history of alcohol misuse"))])
    return Case(
        case_id=case_id, title="DHR Mrs Q", review_type="dhr", area="Northborough", published="2024",
        documents=[DocumentRef(path=doc.path, sha256=doc.sha256, role="overview_report", pages=3)],
        screening=Screening(decision="include", reason="homicide",
                            evidence=ev("Domestic Homicide Review")),
        category="intimate_partner_violence", incident_type="homicide", fatal=True,
        reference_individual="victim", people=[victim, perpetrator],
        incident=Incident(weapons=[Code(code="knife", evidence=ev("with a knife"))]),
    )


def seed(store: Store, n_cases: int = 1) -> list[Case]:
    for name, role in USERS.items():
        store.add_user(name, PASSWORD, role)
    cases = []
    for i in range(n_cases):
        pages = PAGES if i == 0 else [p + f" (copy {i})" for p in PAGES]
        doc = make_document(pages, f"dhr-{i}.pdf")
        store.add_document(doc)
        case = make_case(doc, "case-q" if i == 0 else f"case-{i}")
        store.save_suggested_case(case, engine_version="test")
        cases.append(case)
    return cases


@contextmanager
def open_store(kind: str, tmp_path: Path, pg_url: str | None = None) -> Iterator[Store]:
    """A fresh store: a SQLite file, or a new schema on the PostgreSQL server (dropped after)."""
    if kind == "sqlite":
        s = Store.open(str(tmp_path / "web.db"))
        try:
            yield s
        finally:
            s.close()
        return
    assert pg_url
    schema = f"w_{uuid.uuid4().hex[:10]}"
    admin = Store.open(pg_url, migrate=False)
    with admin.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in pg_url else "?"
    s = Store.open(f"{pg_url}{sep}options=-csearch_path%3D{schema}")
    try:
        yield s
    finally:
        s.close()
        with admin.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.close()


def use_fast_password_hashing(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Cheaper argon2 parameters for tests only (still argon2id; verification reads the
    parameters from each hash), so dozens of logins stay fast."""
    from argon2 import PasswordHasher

    import reviewsynth.store.passwords as passwords

    fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", fast)
    monkeypatch.setattr(passwords, "_DUMMY_HASH", fast.hash("no-such-user"))
