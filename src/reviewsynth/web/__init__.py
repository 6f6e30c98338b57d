"""The coding workbench in the browser: `create_app(store)`, `app_from_env()` (the app factory
each uvicorn worker process calls) and `serve(db_url, host, port, upload_dir, workers)`."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI

from reviewsynth.store import Store, database_url
from reviewsynth.web.app import create_app, ensure_secret_key

__all__ = ["DB_ENV", "UPLOADS_ENV", "app_from_env", "create_app", "serve"]

# How `serve` hands the database and upload folder to worker processes it does not create itself.
DB_ENV = "REVIEWSYNTH_WEB_DB"
UPLOADS_ENV = "REVIEWSYNTH_WEB_UPLOADS"


def app_from_env() -> FastAPI:
    """The workbench on the database named by $REVIEWSYNTH_WEB_DB (else $REVIEWSYNTH_DB, else
    ./reviewsynth.db), uploads in $REVIEWSYNTH_WEB_UPLOADS (else ./uploads). The schema is not
    migrated here: `serve` migrates once before starting the workers, so they never race."""
    store = Store.open(os.environ.get(DB_ENV) or None, migrate=False)
    uploads = os.environ.get(UPLOADS_ENV)
    return create_app(store, upload_dir=Path(uploads) if uploads else None)


def serve(db_url: str | None, host: str = "127.0.0.1", port: int = 8000,
          upload_dir: Path | None = None, workers: int = 1) -> None:
    """Run the workbench with uvicorn (proxy headers trusted from loopback only); with
    `workers` > 1, that many worker processes share the port, each with its own store."""
    import uvicorn

    url = database_url(db_url)
    store = Store.open(url)  # migrates the schema, once
    # One session key for every worker: generated here, before any worker could make its own.
    ensure_secret_key(store)
    options = {"host": host, "port": port, "proxy_headers": True, "forwarded_allow_ips": "127.0.0.1",
               "log_level": "info"}
    if workers <= 1:
        uvicorn.run(create_app(store, upload_dir=upload_dir), **options)  # type: ignore[arg-type]
        return
    store.close()
    os.environ[DB_ENV] = url
    os.environ[UPLOADS_ENV] = str((upload_dir or Path("uploads")).resolve())
    uvicorn.run("reviewsynth.web:app_from_env", factory=True, workers=workers, **options)  # type: ignore[arg-type]
