"""Read queries the workbench needs beyond the store's API (documents without their text,
case summaries). Uses the store's session and models; writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from reviewsynth.store import Assignment, Store, StoredCase
from reviewsynth.store.models import CaseDocumentRow, CaseRow, DocumentRow


@dataclass(frozen=True)
class DocumentSummary:
    sha256: str
    path: str
    media_type: str
    title: str | None
    page_count: int | None
    case_ids: tuple[str, ...]
    created_at: datetime


def documents(store: Store) -> list[DocumentSummary]:
    """Every stored document with the cases it belongs to, without loading texts."""
    with store.session() as s:
        links: dict[str, list[str]] = {}
        for case_id, sha in s.execute(select(CaseDocumentRow.case_id, CaseDocumentRow.sha256)):
            links.setdefault(sha, []).append(case_id)
        rows = s.execute(select(DocumentRow.sha256, DocumentRow.path, DocumentRow.media_type,
                                DocumentRow.title, DocumentRow.page_count, DocumentRow.created_at)
                         .order_by(DocumentRow.created_at.desc()))
        return [DocumentSummary(r[0], r[1], r[2], r[3], r[4], tuple(sorted(links.get(r[0], []))), r[5])
                for r in rows]


def assignments(store: Store) -> dict[str, list[tuple[str, str]]]:
    """case_id -> [(coder, status)] of double-coding assignments."""
    found: dict[str, list[tuple[str, str]]] = {}
    for case_id, coder, status in store.codings():
        found.setdefault(case_id, []).append((coder, status))
    return found


def my_codings(store: Store, coder: str) -> list[Assignment]:
    return store.assignments(coder=coder)


def case_statuses(store: Store) -> dict[str, dict[str, Any]]:
    """case_id -> {status, version, updated_by, updated_at} without loading payloads."""
    with store.session() as s:
        rows = s.execute(select(CaseRow.case_id, CaseRow.status, CaseRow.version, CaseRow.updated_by,
                                CaseRow.updated_at))
        return {r[0]: {"status": r[1], "version": r[2], "updated_by": r[3], "updated_at": r[4]}
                for r in rows}


# -- the case list: search and filters --------------------------------------------------------

MAX_QUERY = 200


@dataclass(frozen=True)
class CaseFilters:
    text: str = ""
    category: str = ""
    review_type: str = ""
    status: str = ""
    coder: str = ""

    @classmethod
    def from_params(cls, params: dict[str, str]) -> CaseFilters:
        return cls(**{name: " ".join((params.get(name) or "").split())[:MAX_QUERY]
                      for name in ("text", "category", "review_type", "status", "coder")})

    @property
    def any(self) -> bool:
        return any((self.text, self.category, self.review_type, self.status, self.coder))


def _text_hits(store: Store, text: str) -> set[str]:
    """Cases whose documents contain `text` (case-insensitive; SQL LIKE, special characters
    taken literally)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    with store.session() as s:
        rows = s.execute(select(CaseDocumentRow.case_id).join(
            DocumentRow, DocumentRow.sha256 == CaseDocumentRow.sha256).where(
            DocumentRow.text.ilike(f"%{escaped}%", escape="\\")))
        return {r[0] for r in rows}


def _matches(stored: StoredCase, f: CaseFilters, coders: list[str], text_hits: set[str]) -> bool:
    case = stored.case
    if f.category and (case.category or "none") != f.category:
        return False
    if f.review_type and case.review_type != f.review_type:
        return False
    if f.status and stored.status != f.status:
        return False
    if f.coder and f.coder not in coders:
        return False
    if f.text:
        needle = f.text.casefold()
        own = " ".join(x or "" for x in (case.case_id, case.title, case.area, case.description)).casefold()
        return needle in own or case.case_id in text_hits
    return True


def case_rows(store: Store, username: str, filters: CaseFilters) -> list[dict[str, Any]]:
    """The case list's rows that pass the filters, with progress and assignments; the coding
    of a case `username` codes blind is hidden (`blind` True)."""
    from reviewsynth.verify import RECONCILED, progress

    by_case: dict[str, list[Assignment]] = {}
    for a in store.assignments():
        by_case.setdefault(a.case_id, []).append(a)
    hits = _text_hits(store, filters.text) if filters.text else set()
    rows = []
    for stored in store.list_cases():
        assigned = by_case.get(stored.case.case_id, [])
        if not _matches(stored, filters, [a.coder for a in assigned], hits):
            continue
        decided, total = progress(stored.case)
        blind = any(a.coder == username and a.mode == "blind" and a.status != RECONCILED for a in assigned)
        rows.append({"stored": stored, "decided": decided, "total": total, "codings": assigned,
                     "blind": blind})
    return rows


def filter_choices(store: Store) -> dict[str, list[str]]:
    """The values the case filters offer: statuses in use and the coders assigned."""
    statuses = sorted({v["status"] for v in case_statuses(store).values()})
    coders = sorted({a.coder for a in store.assignments()})
    return {"statuses": statuses, "coders": coders}
