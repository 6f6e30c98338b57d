"""A database that cannot be opened, as a one-line UsageError naming it and why.

`Store.open` is wrapped with `as_usage_error`: a `--db` path in a folder that does not
exist, a file that is not a database, a read-only file, an unknown URL scheme or a server
that refuses the connection is said in one line, never a SQLAlchemy traceback.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from reviewsynth.errors import UsageError

F = TypeVar("F", bound=Callable[..., Any])


def _setting(url: str | None) -> str:
    """How the user named the database: the --db option, REVIEWSYNTH_DB, or the default."""
    if url:
        return f"--db {_shown(url)}"
    if os.environ.get("REVIEWSYNTH_DB"):
        return f"REVIEWSYNTH_DB {_shown(os.environ['REVIEWSYNTH_DB'])}"
    return "database ./reviewsynth.db"


def _shown(url: str) -> str:
    if "://" not in url:
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def _sqlite_reason(path: Path) -> str | None:
    """What is wrong with a SQLite database path, when the path itself tells."""
    if path.is_dir():
        return "is a folder, not a database file"
    if not path.parent.is_dir():
        return f"folder {path.parent} does not exist"
    if not path.exists() and not os.access(path.parent, os.W_OK):
        return f"cannot create the database: folder {path.parent} is not writable"
    return None


def _reason(url: str, exc: Exception) -> str:
    from reviewsynth.store import database_url

    if isinstance(exc, NoSuchModuleError | ArgumentError):
        return "not a database URL or path (use a file path, sqlite:///..., or postgresql://...)"
    full = database_url(url or None)
    if full.startswith("sqlite:///"):
        found = _sqlite_reason(Path(full.removeprefix("sqlite:///")))
        if found:
            return found
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    text = detail[0] if detail else type(exc).__name__
    if "file is not a database" in text:
        return "is not a reviewsynth database (the file is not SQLite)"
    return f"cannot open the database: {text}"


def as_usage_error(open_fn: F) -> F:
    """Wrap `Store.open(url)` so that a database that cannot be opened is a UsageError."""

    @functools.wraps(open_fn)
    def wrapper(cls: Any, url: str | None = None, *args: Any, **kwargs: Any) -> Any:
        try:
            return open_fn(cls, url, *args, **kwargs)
        except (SQLAlchemyError, OSError) as exc:
            raise UsageError(_setting(url), _reason(url or "", exc)) from exc

    return wrapper  # type: ignore[return-value]
