"""Database tables. Changes here need a migration in `reviewsynth/migrations/versions/`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class DocumentRow(Base):
    """One stored file content (byte-identical files are stored once)."""

    __tablename__ = "documents"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    path: Mapped[str] = mapped_column(Text)  # first path it was seen at
    media_type: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    page_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    pages: Mapped[list[Any]] = mapped_column(JSON)  # [[number, start, end, ocr], ...]
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DocumentPathRow(Base):
    """Every path a stored content was found at (duplicates are counted from here)."""

    __tablename__ = "document_paths"
    path: Mapped[str] = mapped_column(Text, primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("documents.sha256"), index=True)


class IngestErrorRow(Base):
    __tablename__ = "ingest_errors"
    path: Mapped[str] = mapped_column(Text, primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseRow(Base):
    """The current coding of a case: machine suggestions, then people's verification."""

    __tablename__ = "cases"
    case_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)  # a schema.Case as JSON
    engine_version: Mapped[str] = mapped_column(String(32), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)  # optimistic locking
    status: Mapped[str] = mapped_column(String(24), default="suggested")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(80), nullable=True)


class CaseDocumentRow(Base):
    """Which stored documents belong to which case."""

    __tablename__ = "case_documents"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("documents.sha256"), primary_key=True)
    role: Mapped[str] = mapped_column(String(32))
    used: Mapped[bool] = mapped_column(default=False)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))  # admin | coder | viewer
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CodingRow(Base):
    """One coder's independent coding of a case (double coding)."""

    __tablename__ = "codings"
    __table_args__ = (UniqueConstraint("case_id", "coder"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id"), index=True)
    coder: Mapped[str] = mapped_column(String(80))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(24), default="in_progress")  # in_progress | done
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # blind: the copy starts without the machine's suggestions; assisted: with them.
    mode: Mapped[str] = mapped_column(String(16), default="assisted")


class MachineCodingRow(Base):
    """The machine's coding of a case as the engine wrote it, never edited by people: the
    suggestions people started from, kept apart from their verification (`cases`)."""

    __tablename__ = "machine_codings"
    case_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    engine_version: Mapped[str] = mapped_column(String(32), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditRow(Base):
    """Every change to a case: who, when, what, before and after."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(80), index=True)
    username: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str | None] = mapped_column(Text, nullable=True)  # e.g. "people/v1/characteristics/alcohol_misuse"
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)


class SettingRow(Base):
    """Small named JSON values: theme edits, screening-flow inputs, run state."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ThemeAssignmentRow(Base):
    """The theme each practice problem is in, as last computed from the cases and the
    analysts' theme edits (`reviewsynth.results.refresh_themes`); read back by every output."""

    __tablename__ = "theme_assignments"
    case_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    problem_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    theme: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(24))  # taxonomy | discovered | analyst | unassigned
    category: Mapped[str | None] = mapped_column(String(80), nullable=True)
