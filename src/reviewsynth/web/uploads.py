"""Uploads: checked, stored under generated names, ingested and coded in a worker process.

The client's file name is never used as a path: it is reduced to a safe stem and prefixed
with a random id inside `upload_dir`, so no upload can reach outside that folder.
Job progress lives in the settings table (`upload_job/<id>`), so any server worker can report it.

Each upload is read and coded by its own worker process (`python -m reviewsynth.web.upload_worker`,
the same `process_upload` the CLI's pipeline runs), never inside the web server: a hostile
file can exhaust only the worker, which has a memory and a time limit, and the server marks
the job failed with the reason when the worker dies. At most `MAX_RUNNING_WORKERS` run at once
per server process; later uploads wait their turn as `queued`.
"""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
import tempfile
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
MAX_RUNNING_WORKERS = 2
WORKER_TIMEOUT_S = float(os.environ.get("REVIEWSYNTH_UPLOAD_TIMEOUT_S", 30 * 60))
WORKER_DB_ENV = "REVIEWSYNTH_UPLOAD_WORKER_DB"  # the database URL, kept out of the command line
MEMORY_SETTING = "REVIEWSYNTH_UPLOAD_MEMORY_MB"
_running = threading.BoundedSemaphore(MAX_RUNNING_WORKERS)


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


def update_job(store: Store, job_id: str, **changes: Any) -> None:
    current = store.get_setting(JOB_PREFIX + job_id, {}) or {}
    store.set_setting(JOB_PREFIX + job_id, {**current, **changes})


def process_upload(store: Store, job_id: str, path: Path, config: ProjectConfig) -> None:
    """Ingest and code one uploaded file, recording progress; errors go to the job."""
    from reviewsynth.pipeline import process_paths  # lazy: heavy imports

    def progress(stage: str, done: int, total: int, label: str) -> None:
        update_job(store, job_id, state="running", stage=stage, done=done, total=total)

    update_job(store, job_id, state="running", worker_pid=os.getpid())
    try:
        summary, groups, failures = process_paths(store, [path], config, workers=1, progress=progress)
        errors = [reason for _p, reason in list(summary.errors) + list(failures)]
        coded = [g.case_id for g in groups if store.get_case(g.case_id) is not None]
        update_job(store, job_id, state="failed" if errors and not coded else "done",
                   error="; ".join(errors)[:1000] or None, cases=coded)
    except MemoryError:
        reason = f"the document needs more memory than the upload worker may use ({MEMORY_SETTING})"
        store.record_error(str(path), reason)
        update_job(store, job_id, state="failed", error=reason)
    except Exception as err:  # the job records any failure; the worker exits cleanly
        store.record_error(str(path), f"{type(err).__name__}: {err}")
        update_job(store, job_id, state="failed", error=f"{type(err).__name__}: {err}"[:1000])


def database_url_of(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


def code_in_worker(store: Store, job_id: str, path: Path, timeout_s: float = WORKER_TIMEOUT_S) -> None:
    """Run the upload's job in a worker process and wait for it (called on a background
    thread); a worker that crashes, is killed or runs over `timeout_s` fails the job."""
    with _running, tempfile.TemporaryFile() as stderr:
        command = [sys.executable, "-m", "reviewsynth.web.upload_worker", job_id, str(path)]
        env = {**os.environ, WORKER_DB_ENV: database_url_of(store)}
        try:
            code = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=stderr, timeout=timeout_s, check=False).returncode
        except subprocess.TimeoutExpired:  # subprocess.run has killed the worker
            _worker_failed(store, job_id, path, f"coding took longer than {timeout_s:.0f} s and was stopped")
            return
        except OSError as err:
            _worker_failed(store, job_id, path, f"the coding worker could not start: {err}")
            return
        if code != 0:
            _worker_failed(store, job_id, path, _death_reason(code, _tail(stderr)))


def _tail(stream: Any, size: int = 400) -> str:
    stream.seek(0, os.SEEK_END)
    stream.seek(max(0, stream.tell() - size))
    lines = stream.read().decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else ""


def _death_reason(code: int, last_line: str) -> str:
    if code < 0:
        how = f"was stopped by signal {-code}"
        if -code == 9:
            how += " (out of memory?)"
    else:
        how = f"exited with code {code}"
    return f"the coding worker {how}" + (f": {last_line}" if last_line else "")


def _worker_failed(store: Store, job_id: str, path: Path, reason: str) -> None:
    current = store.get_setting(JOB_PREFIX + job_id, {}) or {}
    if current.get("state") in ("done", "failed"):
        return  # the worker recorded its own outcome before it went
    store.record_error(str(path), reason)
    update_job(store, job_id, state="failed", error=reason[:1000])


Runner = Callable[[Callable[[], None]], None]


def thread_runner(work: Callable[[], None]) -> None:
    """Wait for a worker process on a thread of its own (not the request thread pool)."""
    threading.Thread(target=work, name="reviewsynth-upload", daemon=True).start()
