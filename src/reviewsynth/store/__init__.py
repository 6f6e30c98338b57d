"""The case store: documents, cases, codings, users and the audit log in one database.

SQLite by default (one file, WAL journal, so a run killed at any moment keeps every committed
document and case); PostgreSQL with `--db postgresql+psycopg://...` for a team. Schema changes
go through Alembic migrations, applied when a store is opened, in one transaction (a kill
leaves the store as it was) that one process at a time runs.

Concurrency. On SQLite every session is one `BEGIN IMMEDIATE` transaction: it takes the
database's write lock when it starts, so what it reads cannot change before it writes (a
session waits up to 30 s for the lock). On PostgreSQL sessions run at READ COMMITTED, so
every check-then-write here is a single conditional UPDATE (a versioned save is
`UPDATE ... WHERE version = :expected`, its row count telling whether it won), and an insert
that loses a race to another client's insert of the same key is retried.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    CursorResult,
    Engine,
    Executable,
    create_engine,
    delete,
    event,
    select,
    text,
    update,
)
from sqlalchemy import case as sql_case
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from reviewsynth.documents import ExtractedDocument, Page
from reviewsynth.schema import Case
from reviewsynth.store.models import (
    AuditRow,
    CaseDocumentRow,
    CaseRow,
    CodingRow,
    DocumentPathRow,
    DocumentRow,
    IngestErrorRow,
    MachineCodingRow,
    SettingRow,
    ThemeAssignmentRow,
    UserRow,
    utcnow,
)
from reviewsynth.store.open_errors import as_usage_error

DEFAULT_DB = "sqlite:///reviewsynth.db"
THEME_EDITS_SETTING = "theme_edits"  # analysts' theme edits (themes.edits.ThemeEdits as JSON)
THEMES_STATE_SETTING = "themes.state"  # basis and skipped edits of the stored themes
THEMES_AUDIT_ID = "_themes"  # audit-log key for edits that concern themes, not one case
ROLES = ("admin", "coder", "viewer")
# Key of the PostgreSQL advisory lock that lets one process at a time migrate the schema.
MIGRATION_LOCK = 0x72657673  # "revs"
INSERT_ATTEMPTS = 3
LOCKED_RETRY_SECONDS = 30.0  # as long as the busy timeout SQLite itself waits for a lock

T = TypeVar("T")


class StaleVersionError(Exception):
    """Someone else saved this case since it was loaded; reload and apply the change again."""

    def __init__(self, case_id: str, expected: int, actual: int) -> None:
        super().__init__(
            f"case {case_id} was changed by someone else (version {actual}, you had {expected}); "
            "reload the case and make your change again"
        )
        self.case_id, self.expected, self.actual = case_id, expected, actual


class StaleThemesError(Exception):
    """Someone else edited the themes since the page was opened."""

    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(f"themes were edited since you opened the page ({actual - expected} new edit(s))")
        self.expected, self.actual = expected, actual


@dataclass(frozen=True)
class ThemeAssignment:
    """One practice problem's theme: id, label to show, where the theme came from."""

    case_id: str
    problem_id: str
    theme: str
    label: str
    source: str
    category: str | None


@dataclass(frozen=True)
class StoredThemes:
    basis: str  # `Store.themes_basis` when they were computed
    assignments: list[ThemeAssignment]
    skipped: dict[int, str]  # theme edit index -> why it no longer applies


@dataclass(frozen=True)
class Assignment:
    """One coder's copy of a case for double coding."""

    case_id: str
    coder: str
    status: str  # assigned | in_progress | done | reconciled
    mode: str  # blind | assisted
    version: int
    updated_at: datetime


@dataclass(frozen=True)
class StoredCase:
    case: Case
    version: int
    status: str
    engine_version: str
    updated_at: datetime
    updated_by: str | None


def database_url(url: str | None) -> str:
    """`--db` value, else REVIEWSYNTH_DB, else ./reviewsynth.db. Bare paths become SQLite URLs."""
    url = url or os.environ.get("REVIEWSYNTH_DB") or DEFAULT_DB
    if "://" not in url:
        url = f"sqlite:///{Path(url).resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # The sqlite3 module's own transaction handling starts a transaction only at the first
    # INSERT/UPDATE/DELETE: reads before it, and schema changes, would run outside any
    # transaction. Turned off here; `_sqlite_begin` starts every transaction instead.
    dbapi_conn.isolation_level = None
    _while_locked(lambda: _set_up_connection(dbapi_conn))


def _set_up_connection(dbapi_conn: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA busy_timeout=30000")
        # WAL is a property of the file: after the first open there is nothing to convert.
        if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the WAL now
    finally:
        cur.close()


def _while_locked(step: Callable[[], T]) -> T:
    """Run `step` again while SQLite says the database is locked, for up to the busy timeout.
    SQLite waits out most locks itself, but not all: a connection opening while the last
    one elsewhere cleans up its WAL, or while a fresh file is being converted to WAL, is told
    "database is locked" at once. Two runs started together on a fresh store meet exactly
    that. Each step here is a connection's set-up or one whole transaction, so repeating it
    is safe."""
    deadline = time.monotonic() + LOCKED_RETRY_SECONDS
    pause = 0.005
    while True:
        try:
            return step()
        except (sqlite3.OperationalError, OperationalError) as exc:
            if "database is locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _sqlite_begin(conn: Connection) -> None:
    """Take the write lock as the transaction starts, so its reads and writes are one step."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _rowcount(s: Session, statement: Executable) -> int:
    return cast(CursorResult[Any], s.execute(statement)).rowcount


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("reviewsynth") / "migrations"))
    return cfg


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    @as_usage_error  # a database that cannot be opened is one line naming it, not a traceback
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Store:
        url = database_url(url)
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"timeout": 30}
        else:
            kwargs["pool_pre_ping"] = True
        engine = create_engine(url, **kwargs)
        if url.startswith("sqlite"):
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    def migrate(self) -> None:
        """Bring the schema to the latest revision, in one transaction (SQLite and PostgreSQL
        both undo a half-done schema change), one process at a time: SQLite's write lock, or
        an advisory lock on PostgreSQL, makes a second process wait and then find it done."""
        cfg = _alembic_config()

        def upgrade() -> None:
            with self.engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")

        _while_locked(upgrade)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions() as s, s.begin():
            yield s

    def _insert_or_update(self, work: Callable[[Session], T]) -> T:
        """Run `work` (look for a row, insert it when missing) in one transaction. On
        PostgreSQL another client can insert the same key between the look and the insert;
        the loser's insert fails, so it runs again and finds the row."""
        for attempt in range(1, INSERT_ATTEMPTS + 1):
            try:
                with self.session() as s:
                    return work(s)
            except IntegrityError:
                if attempt == INSERT_ATTEMPTS:
                    raise
        raise AssertionError("unreachable")

    # -- documents -------------------------------------------------------------------------

    def has_document(self, sha256: str) -> bool:
        with self.session() as s:
            return s.get(DocumentRow, sha256) is not None

    def add_document(self, doc: ExtractedDocument, path: str | None = None) -> bool:
        """Store a document once per content; remember every path. True if the content was new."""
        where = path or doc.path

        def store(s: Session) -> bool:
            new = s.get(DocumentRow, doc.sha256) is None
            if new:
                s.add(
                    DocumentRow(
                        sha256=doc.sha256,
                        path=where,
                        media_type=doc.media_type,
                        title=doc.title,
                        page_count=doc.page_count,
                        text=doc.text,
                        pages=[[p.number, p.start, p.end, p.ocr] for p in doc.pages],
                    )
                )
                s.flush()
            if s.get(DocumentPathRow, where) is None:
                s.add(DocumentPathRow(path=where, sha256=doc.sha256))
                s.flush()
            s.execute(delete(IngestErrorRow).where(IngestErrorRow.path == where))
            return new

        return self._insert_or_update(store)

    def add_document_path(self, path: str, sha256: str) -> None:
        self._insert_or_update(lambda s: _set_path(s, path, sha256))

    def get_document(self, sha256: str) -> ExtractedDocument | None:
        with self.session() as s:
            row = s.get(DocumentRow, sha256)
            return _document_from_row(row) if row else None

    def iter_documents(self, sha256s: Iterable[str] | None = None) -> Iterator[ExtractedDocument]:
        """Documents one at a time (the corpus is never loaded whole)."""
        with self.session() as s:
            keys = list(sha256s) if sha256s is not None else list(
                s.scalars(select(DocumentRow.sha256).order_by(DocumentRow.sha256))
            )
        for key in keys:
            doc = self.get_document(key)
            if doc is not None:
                yield doc

    def document_paths(self) -> dict[str, str]:
        """path -> sha256 for every path seen."""
        with self.session() as s:
            return {r.path: r.sha256 for r in s.scalars(select(DocumentPathRow))}

    def document_file_paths(self, sha256: str) -> list[str]:
        """Every path a document's content was seen at, the first one first."""
        with self.session() as s:
            row = s.get(DocumentRow, sha256)
            if row is None:
                return []
            others = s.scalars(select(DocumentPathRow.path).where(DocumentPathRow.sha256 == sha256)
                               .order_by(DocumentPathRow.path))
            return [row.path, *(p for p in others if p != row.path)]

    def document_media_type(self, sha256: str) -> str | None:
        with self.session() as s:
            return s.scalar(select(DocumentRow.media_type).where(DocumentRow.sha256 == sha256))

    def count_documents(self) -> int:
        with self.session() as s:
            return len(list(s.scalars(select(DocumentRow.sha256))))

    def record_error(self, path: str, reason: str) -> None:
        def record(s: Session) -> None:
            row = s.get(IngestErrorRow, path)
            if row is None:
                s.add(IngestErrorRow(path=path, reason=reason))
            else:
                row.reason, row.created_at = reason, utcnow()

        self._insert_or_update(record)

    def errors(self) -> list[tuple[str, str]]:
        with self.session() as s:
            return [(r.path, r.reason) for r in s.scalars(select(IngestErrorRow).order_by(IngestErrorRow.path))]

    # -- cases -----------------------------------------------------------------------------

    def get_case(self, case_id: str) -> StoredCase | None:
        with self.session() as s:
            row = s.get(CaseRow, case_id)
            return _stored(row) if row else None

    def list_cases(self) -> list[StoredCase]:
        with self.session() as s:
            return [_stored(r) for r in s.scalars(select(CaseRow).order_by(CaseRow.case_id))]

    def save_suggested_case(self, case: Case, *, engine_version: str) -> bool:
        """Store a machine coding. A case people have already verified is never overwritten.

        Returns True when the stored coding was written.
        """
        payload = case.model_dump(mode="json")

        def save(s: Session) -> bool:
            # Refresh only a coding nobody has touched, checked in the UPDATE itself so a
            # person's save in the meantime is never overwritten.
            refreshed = _rowcount(s, update(CaseRow).where(
                CaseRow.case_id == case.case_id, CaseRow.status == "suggested", CaseRow.version <= 1,
            ).values(payload=payload, engine_version=engine_version, updated_at=utcnow())
             .execution_options(synchronize_session=False))
            if not refreshed:
                if s.get(CaseRow, case.case_id) is not None:
                    return False  # people have verified it
                s.add(CaseRow(case_id=case.case_id, payload=payload, engine_version=engine_version,
                              version=1, status="suggested", updated_by="reviewsynth"))
                s.flush()
            _keep_machine_coding(s, case.case_id, payload, engine_version)
            s.execute(delete(CaseDocumentRow).where(CaseDocumentRow.case_id == case.case_id))
            for d in case.documents:
                s.add(CaseDocumentRow(case_id=case.case_id, sha256=d.sha256, role=d.role, used=d.used))
            s.add(AuditRow(case_id=case.case_id, username="reviewsynth", action="machine_coding",
                           target=None, before=None, after={"engine_version": engine_version}))
            return True

        return self._insert_or_update(save)

    def update_case(
        self,
        case: Case,
        *,
        expected_version: int,
        username: str,
        action: str,
        target: str | None = None,
        before: Any = None,
        after: Any = None,
        status: str | None = None,
    ) -> int:
        """Save a person's change with optimistic locking; returns the new version.

        The version check is the UPDATE's own condition, so of two saves at one version
        exactly one changes the row; the other raises StaleVersionError. The audit entry is
        written in the same transaction: an accepted edit is always in both."""
        new_status = status or sql_case((CaseRow.status == "suggested", "in_review"), else_=CaseRow.status)
        with self.session() as s:
            saved = _rowcount(s, update(CaseRow).where(
                CaseRow.case_id == case.case_id, CaseRow.version == expected_version,
            ).values(payload=case.model_dump(mode="json"), version=CaseRow.version + 1,
                     status=new_status, updated_at=utcnow(), updated_by=username)
             .execution_options(synchronize_session=False))
            if not saved:
                _refuse(s.scalar(select(CaseRow.version).where(CaseRow.case_id == case.case_id)),
                        case.case_id, expected_version, missing=case.case_id)
            s.add(AuditRow(case_id=case.case_id, username=username, action=action, target=target,
                           before=before, after=after))
        return expected_version + 1

    def get_machine_coding(self, case_id: str) -> Case | None:
        """The machine's coding people started from (never edited by them), if kept."""
        with self.session() as s:
            row = s.get(MachineCodingRow, case_id)
            return Case.model_validate(row.payload) if row else None

    def machine_coding_ids(self) -> list[str]:
        with self.session() as s:
            return list(s.scalars(select(MachineCodingRow.case_id).order_by(MachineCodingRow.case_id)))

    def audit(self, case_id: str) -> list[dict[str, Any]]:
        with self.session() as s:
            rows = s.scalars(select(AuditRow).where(AuditRow.case_id == case_id).order_by(AuditRow.id))
            return [
                {"at": r.at, "username": r.username, "action": r.action, "target": r.target,
                 "before": r.before, "after": r.after}
                for r in rows
            ]

    # -- codings (double coding) -----------------------------------------------------------

    def get_coding(self, case_id: str, coder: str) -> tuple[Case, int, str] | None:
        with self.session() as s:
            row = s.scalars(select(CodingRow).where(CodingRow.case_id == case_id, CodingRow.coder == coder)).first()
            return (Case.model_validate(row.payload), row.version, row.status) if row else None

    def assign(self, case_id: str, coder: str, start_from: Case, mode: str = "assisted") -> None:
        """Give `coder` their own copy of a case to code independently (idempotent: a copy
        that exists is kept as it is, whatever `start_from` and `mode` say)."""
        payload = start_from.model_dump(mode="json")

        def add(s: Session) -> None:
            exists = s.scalars(select(CodingRow).where(CodingRow.case_id == case_id, CodingRow.coder == coder)).first()
            if exists is None:
                s.add(CodingRow(case_id=case_id, coder=coder, payload=payload, version=1, status="assigned",
                                mode=mode))
                s.flush()

        self._insert_or_update(add)

    def save_coding(self, case: Case, coder: str, *, expected_version: int, status: str | None = None) -> int:
        """Save one coder's copy with optimistic locking (as `update_case`)."""
        status = status or "in_progress"
        mine = (CodingRow.case_id == case.case_id, CodingRow.coder == coder)
        with self.session() as s:
            saved = _rowcount(s, update(CodingRow).where(*mine, CodingRow.version == expected_version)
                              .values(payload=case.model_dump(mode="json"), version=CodingRow.version + 1,
                                      status=status, updated_at=utcnow())
                              .execution_options(synchronize_session=False))
            if not saved:
                _refuse(s.scalar(select(CodingRow.version).where(*mine)), case.case_id, expected_version,
                        missing=(case.case_id, coder))
            s.add(AuditRow(case_id=case.case_id, username=coder, action="double_coding_saved",
                           target=f"coding/{coder}", before=None, after={"status": status}))
        return expected_version + 1

    def codings(self, case_id: str | None = None) -> list[tuple[str, str, str]]:
        """(case_id, coder, status) of every assignment."""
        with self.session() as s:
            q = select(CodingRow).order_by(CodingRow.case_id, CodingRow.coder)
            if case_id is not None:
                q = q.where(CodingRow.case_id == case_id)
            return [(r.case_id, r.coder, r.status) for r in s.scalars(q)]

    def assignments(self, case_id: str | None = None, coder: str | None = None) -> list[Assignment]:
        """Every double-coding assignment (without the copies' payloads)."""
        with self.session() as s:
            q = select(CodingRow.case_id, CodingRow.coder, CodingRow.status, CodingRow.mode,
                       CodingRow.version, CodingRow.updated_at).order_by(CodingRow.case_id, CodingRow.coder)
            if case_id is not None:
                q = q.where(CodingRow.case_id == case_id)
            if coder is not None:
                q = q.where(CodingRow.coder == coder)
            return [Assignment(*row) for row in s.execute(q)]

    # -- users -----------------------------------------------------------------------------

    def add_user(self, username: str, password: str, role: str) -> None:
        from reviewsynth.store.passwords import hash_password

        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        if not username.strip():
            raise ValueError("username must not be empty")
        password_hash = hash_password(password)

        def save(s: Session) -> None:
            row = s.scalars(select(UserRow).where(UserRow.username == username)).first()
            if row is None:
                s.add(UserRow(username=username, password_hash=password_hash, role=role))
                s.flush()
            else:
                row.password_hash, row.role = password_hash, role

        self._insert_or_update(save)

    def authenticate(self, username: str, password: str) -> str | None:
        """The user's role when the password is right, else None."""
        from reviewsynth.store.passwords import verify_password

        with self.session() as s:
            row = s.scalars(select(UserRow).where(UserRow.username == username)).first()
            if row is None:
                verify_password(None, password)  # same cost whether or not the user exists
                return None
            return row.role if verify_password(row.password_hash, password) else None

    def user_role(self, username: str) -> str | None:
        with self.session() as s:
            row = s.scalars(select(UserRow).where(UserRow.username == username)).first()
            return row.role if row else None

    def users(self) -> list[tuple[str, str]]:
        with self.session() as s:
            return [(r.username, r.role) for r in s.scalars(select(UserRow).order_by(UserRow.username))]

    # -- settings --------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.session() as s:
            row = s.get(SettingRow, key)
            return row.value if row else default

    def set_setting(self, key: str, value: Any) -> None:
        def save(s: Session) -> None:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=value))
                s.flush()
            else:
                row.value, row.updated_at = value, utcnow()

        self._insert_or_update(save)


    # -- themes ----------------------------------------------------------------------------

    def theme_edits(self) -> dict[str, Any]:
        """The analysts' theme edits as stored (`{"schema": ..., "edits": [...]}`)."""
        value = self.get_setting(THEME_EDITS_SETTING)
        return dict(value) if isinstance(value, dict) else {}

    def append_theme_edit(self, edit: dict[str, Any], *, username: str, expected_count: int,
                          case_ids: Iterable[str] = (), schema: str = "") -> int:
        """Append one theme edit and audit it in one transaction; returns the new edit count.

        Optimistic like a case save: `expected_count` is the number of edits the analyst saw,
        and an edit made on an out-of-date page raises StaleThemesError (PostgreSQL locks the
        settings row; SQLite's session holds the write lock)."""
        def append(s: Session) -> int:
            row = s.scalars(select(SettingRow).where(SettingRow.key == THEME_EDITS_SETTING)
                            .with_for_update()).first()
            value = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
            edits = list(value.get("edits") or [])
            if len(edits) != expected_count:
                raise StaleThemesError(expected_count, len(edits))
            value = {"schema": value.get("schema") or schema, **value, "edits": [*edits, edit]}
            if row is None:
                s.add(SettingRow(key=THEME_EDITS_SETTING, value=value))
                s.flush()
            else:
                row.value, row.updated_at = value, utcnow()
            target = f"themes/{edit.get('op')}/{edit.get('theme') or edit.get('into') or ''}"
            for case_id in [THEMES_AUDIT_ID, *case_ids]:
                s.add(AuditRow(case_id=case_id, username=username, action=f"theme_{edit.get('op')}",
                               target=target, before=None, after=edit))
            return len(edits) + 1

        return self._insert_or_update(append)

    def themes_basis(self, salt: str = "") -> str:
        """A fingerprint of everything themes are computed from: every case's version and
        machine coding, and the theme edits. Stored themes with another basis are stale."""
        digest = hashlib.sha256(salt.encode())
        with self.session() as s:
            rows = s.execute(select(CaseRow.case_id, CaseRow.version, CaseRow.engine_version,
                                    CaseRow.updated_at).order_by(CaseRow.case_id))
            for case_id, version, engine, updated in rows:
                digest.update(f"{case_id}\0{version}\0{engine}\0{updated.isoformat()}\n".encode())
            edits = s.get(SettingRow, THEME_EDITS_SETTING)
            digest.update(json.dumps(edits.value if edits else None, sort_keys=True).encode())
        return digest.hexdigest()

    def save_themes(self, basis: str, assignments: Iterable[ThemeAssignment],
                    skipped: dict[int, str] | None = None) -> None:
        """Replace the stored themes in one transaction (a reader never sees half of them)."""
        rows = list(assignments)

        def save(s: Session) -> None:
            state = s.scalars(select(SettingRow).where(SettingRow.key == THEMES_STATE_SETTING)
                              .with_for_update()).first()
            value = {"basis": basis, "skipped": {str(i): why for i, why in (skipped or {}).items()}}
            if state is None:
                s.add(SettingRow(key=THEMES_STATE_SETTING, value=value))
            else:
                state.value, state.updated_at = value, utcnow()
            s.execute(delete(ThemeAssignmentRow))
            s.add_all(ThemeAssignmentRow(case_id=a.case_id, problem_id=a.problem_id, theme=a.theme,
                                         label=a.label, source=a.source, category=a.category)
                      for a in rows)
            s.flush()

        self._insert_or_update(save)

    def stored_themes(self) -> StoredThemes | None:
        """The themes as last saved, or None when none were ever saved."""
        with self.session() as s:
            state = s.get(SettingRow, THEMES_STATE_SETTING)
            if state is None or not isinstance(state.value, dict):
                return None
            rows = s.scalars(select(ThemeAssignmentRow).order_by(
                ThemeAssignmentRow.case_id, ThemeAssignmentRow.problem_id))
            found = [ThemeAssignment(r.case_id, r.problem_id, r.theme, r.label, r.source, r.category)
                     for r in rows]
            skipped = {int(i): str(why) for i, why in (state.value.get("skipped") or {}).items()}
            return StoredThemes(str(state.value.get("basis", "")), found, skipped)

def _keep_machine_coding(s: Session, case_id: str, payload: dict[str, Any], engine_version: str) -> None:
    row = s.get(MachineCodingRow, case_id)
    if row is None:
        s.add(MachineCodingRow(case_id=case_id, payload=payload, engine_version=engine_version))
        s.flush()
    else:
        row.payload, row.engine_version, row.created_at = payload, engine_version, utcnow()


def _set_path(s: Session, path: str, sha256: str) -> None:
    row = s.get(DocumentPathRow, path)
    if row is None:
        s.add(DocumentPathRow(path=path, sha256=sha256))
        s.flush()
    else:
        row.sha256 = sha256


def _refuse(actual: int | None, case_id: str, expected: int, *, missing: Any) -> None:
    """A versioned UPDATE changed nothing: the row is gone (KeyError) or has moved on."""
    if actual is None:
        raise KeyError(missing)
    raise StaleVersionError(case_id, expected, actual)


def _document_from_row(row: DocumentRow) -> ExtractedDocument:
    pages = [Page(number=p[0], start=p[1], end=p[2], ocr=bool(p[3])) for p in row.pages]
    return ExtractedDocument(path=row.path, sha256=row.sha256, media_type=row.media_type,
                             text=row.text, pages=pages, title=row.title)


def _stored(row: CaseRow) -> StoredCase:
    return StoredCase(Case.model_validate(row.payload), row.version, row.status, row.engine_version,
                      row.updated_at, row.updated_by)
