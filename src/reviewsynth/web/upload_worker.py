"""The worker process that reads and codes one upload: `python -m reviewsynth.web.upload_worker
JOB_ID PATH`, with the database URL in $REVIEWSYNTH_UPLOAD_WORKER_DB (the server starts it;
see `uploads.code_in_worker`). Progress and the outcome go to the job through the store.

The worker limits its own address space (REVIEWSYNTH_UPLOAD_MEMORY_MB, default 2048), so a
document that would grow without bound fails this job alone, and it asks the kernel to stop
it should the server die first.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from reviewsynth.config import ProjectConfig
from reviewsynth.store import Store
from reviewsynth.web.uploads import MEMORY_SETTING, WORKER_DB_ENV, process_upload

DEFAULT_MEMORY_MB = 2048
_PR_SET_PDEATHSIG = 1


def limit_memory(megabytes: int) -> None:
    import resource

    limit = megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def stop_with_parent() -> None:
    """Linux: SIGTERM this worker when the server thread that started it goes."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return  # not Linux: the worker finishes its one job and exits


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not os.environ.get(WORKER_DB_ENV):
        print(f"usage: {WORKER_DB_ENV}=URL python -m reviewsynth.web.upload_worker JOB_ID PATH", file=sys.stderr)
        return 2
    stop_with_parent()
    limit_memory(int(os.environ.get(MEMORY_SETTING) or DEFAULT_MEMORY_MB))
    job_id, path = argv
    store = Store.open(os.environ[WORKER_DB_ENV], migrate=False)
    try:
        config = ProjectConfig(**(store.get_setting("project_config") or {}))
        process_upload(store, job_id, Path(path), config)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
