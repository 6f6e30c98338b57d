"""Uploads: checked, stored under generated names, ingested and coded in the background.

The client's file name is never used as a path: it is reduced to a safe stem and prefixed
with a random id inside `upload_dir`, so no upload can reach outside that folder.
Job progress lives in the settings table (`upload_job/<id>`), so any worker can report it.
"""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewsynth.config import ProjectConfig
from reviewsynth.store import Store

ALLOWED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".txt"}
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
_MAGIC = {".pdf": b"%PDF", ".docx": b"PK\x03\x04"}
JOB_PREFIX = "upload_job/"


class UploadRejected(ValueError):
    pass


def safe_name(client_name: str) -> tuple[str, str]:
    """(stem, suffix) of a client file name with everything but [A-Za-z0-9._-] removed."""
    base = re.split(r"[\\/]", client_name or "")[-1]
    suffix = Path(base).suffix.lower()
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(base).stem).strip("._")[:80] or "document"
    return stem, suffix


def check_upload(client_name: str, head: bytes) -> tuple[str, str]:
    stem, suffix = safe_name(client_name)
    if suffix not in ALLOWED_SUFFIXES:
        raise UploadRejected(f"file type {suffix or '(none)'} not accepted; use "
                             + ", ".join(sorted(ALLOWED_SUFFIXES)))
    magic = _MAGIC.get(suffix)
    if magic and not head.startswith(magic):
        raise UploadRejected(f"the file's content is not {suffix[1:].upper()}")
    return stem, suffix


def target_path(upload_dir: Path, stem: str, suffix: str) -> Path:
    path = (upload_dir / f"{secrets.token_hex(8)}_{stem}{suffix}").resolve()
    if path.parent != upload_dir.resolve():  # defence in depth: the name has no separators
        raise UploadRejected("bad file name")
    return path


def new_job(store: Store, client_name: str, path: Path, username: str) -> str:
    job_id = secrets.token_hex(6)
    store.set_setting(JOB_PREFIX + job_id, {"name": client_name[:200], "file": path.name,
                                            "by": username, "state": "queued", "stage": "",
                                            "done": 0, "total": 0, "error": None})
    return job_id


def jobs(store: Store) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from reviewsynth.store.models import SettingRow

    with store.session() as s:
        rows = s.scalars(select(SettingRow).where(SettingRow.key.startswith(JOB_PREFIX))
                         .order_by(SettingRow.updated_at.desc()).limit(50))
        return [{"id": r.key[len(JOB_PREFIX):], **dict(r.value)} for r in rows]


def _update(store: Store, job_id: str, **changes: Any) -> None:
    current = store.get_setting(JOB_PREFIX + job_id, {}) or {}
    store.set_setting(JOB_PREFIX + job_id, {**current, **changes})


def process_upload(store: Store, job_id: str, path: Path, config: ProjectConfig) -> None:
    """Ingest and code one uploaded file, recording progress; errors go to the job."""
    from reviewsynth.pipeline import process_paths  # lazy: heavy imports

    def progress(stage: str, done: int, total: int, label: str) -> None:
        _update(store, job_id, state="running", stage=stage, done=done, total=total)

    _update(store, job_id, state="running")
    try:
        summary, groups, failures = process_paths(store, [path], config, workers=1, progress=progress)
        errors = [reason for _p, reason in list(summary.errors) + list(failures)]
        _update(store, job_id, state="failed" if errors and not groups else "done",
                error="; ".join(errors)[:1000] or None, cases=[g.case_id for g in groups])
    except Exception as err:  # a failed upload must not take the server down
        store.record_error(str(path), f"{type(err).__name__}: {err}")
        _update(store, job_id, state="failed", error=f"{type(err).__name__}: {err}"[:1000])


Runner = Callable[[Callable[[], None]], None]


def thread_runner(work: Callable[[], None]) -> None:
    threading.Thread(target=work, name="reviewsynth-upload", daemon=True).start()
