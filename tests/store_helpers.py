"""Fresh stores for tests that need a URL (to hand to other processes), on SQLite or on a new
schema of the PostgreSQL server at $REVIEWSYNTH_TEST_PG_URL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text

from reviewsynth.store import Store


@contextmanager
def fresh_store_url(kind: str, tmp_path: Path, pg_url: str | None = None) -> Iterator[str]:
    """The URL of an empty store (nothing created yet): a SQLite file, or a new PostgreSQL
    schema (dropped afterwards)."""
    if kind == "sqlite":
        yield str(tmp_path / "store.db")
        return
    assert pg_url, "PostgreSQL tests need REVIEWSYNTH_TEST_PG_URL"
    schema = f"t_{uuid.uuid4().hex[:10]}"
    _admin_sql(pg_url, f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in pg_url else "?"
    try:
        yield f"{pg_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        _admin_sql(pg_url, f'DROP SCHEMA "{schema}" CASCADE')


def _admin_sql(pg_url: str, sql: str) -> None:
    admin = Store.open(pg_url, migrate=False)
    try:
        with admin.engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        admin.close()
