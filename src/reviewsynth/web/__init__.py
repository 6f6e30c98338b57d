"""The coding workbench in the browser: `create_app(store)` and `serve(db_url, host, port)`."""

from __future__ import annotations

from pathlib import Path

from reviewsynth.store import Store
from reviewsynth.web.app import create_app

__all__ = ["create_app", "serve"]


def serve(db_url: str | None, host: str = "127.0.0.1", port: int = 8000,
          upload_dir: Path | None = None) -> None:
    """Run the workbench with uvicorn (proxy headers trusted from loopback only)."""
    import uvicorn

    store = Store.open(db_url)
    app = create_app(store, upload_dir=upload_dir)
    uvicorn.run(app, host=host, port=port, proxy_headers=True, forwarded_allow_ips="127.0.0.1",
                log_level="info")
