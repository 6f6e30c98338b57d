"""Read queries the workbench needs beyond the store's API (documents without their text,
case summaries). Uses the store's session and models; writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from reviewsynth.store import Store
from reviewsynth.store.models import CaseDocumentRow, CaseRow, CodingRow, DocumentRow


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


def my_codings(store: Store, coder: str) -> list[tuple[str, str]]:
    with store.session() as s:
        rows = s.execute(select(CodingRow.case_id, CodingRow.status).where(CodingRow.coder == coder)
                         .order_by(CodingRow.case_id))
        return [(r[0], r[1]) for r in rows]


def case_statuses(store: Store) -> dict[str, dict[str, Any]]:
    """case_id -> {status, version, updated_by, updated_at} without loading payloads."""
    with store.session() as s:
        rows = s.execute(select(CaseRow.case_id, CaseRow.status, CaseRow.version, CaseRow.updated_by,
                                CaseRow.updated_at))
        return {r[0]: {"status": r[1], "version": r[2], "updated_by": r[3], "updated_at": r[4]}
                for r in rows}
