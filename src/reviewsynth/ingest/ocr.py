"""OCR of scanned pages with Debian's `tesseract` command.

Why the CLI and not ocrmypdf: we need text per page, not a new PDF, and the CLI needs no
Python dependency (ocrmypdf pulls ghostscript, pikepdf and a PDF rewrite we would discard).
Pages are OCR'd in parallel processes (one tesseract each, `OMP_THREAD_LIMIT=1`: tesseract's
own threading made one page take 13-23 s instead of 2-4 s on these machines).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

# Seconds one page may take before it is given up on (a 300 dpi A4 page takes 2-4 s).
PAGE_TIMEOUT_S = 120


class OcrError(RuntimeError):
    """tesseract failed on one page."""


# Page images are rendered into a folder named with the process id, so that a folder left
# behind by a process that was killed mid-OCR (for time or memory, or with its run) can be
# told from one in use and removed.
_DIR_PREFIX = "reviewsynth-ocr-"
_DIR_NAME = re.compile(re.escape(_DIR_PREFIX) + r"(\d+)-")


def ocr_workdir() -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for this process's page images (removed when closed)."""
    remove_stale_ocr_dirs()
    return tempfile.TemporaryDirectory(prefix=f"{_DIR_PREFIX}{os.getpid()}-")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def remove_stale_ocr_dirs() -> None:
    """Remove page-image folders whose process no longer exists."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(tempfile.gettempdir()):
            found = _DIR_NAME.match(entry.name)
            if found and entry.is_dir(follow_symlinks=False) and not _alive(int(found.group(1))):
                shutil.rmtree(entry.path, ignore_errors=True)


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def ocr_worker_count() -> int:
    """One tesseract per CPU this process may use (the affinity mask, not the machine's count),
    unless REVIEWSYNTH_OCR_WORKERS says otherwise (the pipeline sets it so that worker
    processes together start no more tesseracts than there are cores)."""
    configured = os.environ.get("REVIEWSYNTH_OCR_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ocr_image_file(image: Path, language: str = "eng", dpi: int = 300) -> str:
    """Text of one page image, as tesseract prints it (lines, blank lines between blocks)."""
    exe = tesseract_path()
    if exe is None:
        raise OcrError("tesseract is not installed")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(
            [exe, str(image), "stdout", "-l", language, "--dpi", str(dpi), "--psm", "3"],
            capture_output=True,
            env=env,
            timeout=PAGE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"tesseract took longer than {PAGE_TIMEOUT_S} s on one page") from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"tesseract failed: {detail[-1] if detail else done.returncode}")
    return done.stdout.decode("utf-8", "replace")
