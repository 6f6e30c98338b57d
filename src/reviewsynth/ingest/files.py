"""What an input path is, before anything opens it; and reading with a size cap.

Only regular files are read. A FIFO named `.txt` would block the first `open` forever, a
link to /dev/zero would never end a read, a symbolic link loop makes `Path.resolve` raise:
each is told apart with `lstat`/`stat` and refused with its reason, without opening it.
Reads open with O_NONBLOCK (so a FIFO swapped in after the check cannot block either),
check again with `fstat` on the open file, and never read more than the cap.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from reviewsynth.config import Limits
from reviewsynth.errors import os_reason
from reviewsynth.ingest.errors import IngestError

_KINDS = (
    (stat.S_ISDIR, "a folder, not a file"),
    (stat.S_ISFIFO, "a named pipe (FIFO), not a regular file; not opened"),
    (stat.S_ISCHR, "a character device (such as /dev/zero), not a regular file; not opened"),
    (stat.S_ISBLK, "a block device, not a regular file; not opened"),
    (stat.S_ISSOCK, "a socket, not a regular file; not opened"),
)


def _not_regular(mode: int) -> str | None:
    for test, reason in _KINDS:
        if test(mode):
            return reason
    return None if stat.S_ISREG(mode) else "not a regular file; not opened"


def _broken_link_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (the link leads back to itself); not opened"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"broken symbolic link: its target {target} does not exist"
    return f"cannot read file: {os_reason(exc)}"


def regular_file_stat(path: Path) -> os.stat_result:
    """The stat of `path` (links followed) when it is a regular file; else IngestError
    with the reason (missing, dangling or looping link, FIFO, device, socket, folder)."""
    try:
        link = stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError as exc:
        raise IngestError(path, "file not found") from exc
    except OSError as exc:
        raise IngestError(path, f"cannot read file: {os_reason(exc)}") from exc
    try:
        info = os.stat(path)
    except OSError as exc:
        raise IngestError(path, _broken_link_reason(path, exc)) from exc
    if link and stat.S_ISDIR(info.st_mode):
        raise IngestError(path, "a link to a folder; links to folders are not followed "
                                "(give the folder itself as an input)")
    reason = _not_regular(info.st_mode)
    if reason:
        raise IngestError(path, reason)
    return info


def check_input_file(path: Path, max_file_mb: float = 0) -> os.stat_result:
    """A regular file, non-empty, readable and under the size limit (0: no limit)."""
    info = regular_file_stat(path)
    if info.st_size == 0:
        raise IngestError(path, "empty file (0 bytes)")
    if max_file_mb and info.st_size > max_file_mb * 1_000_000:
        raise IngestError(
            path, f"file is {info.st_size / 1_000_000:,.1f} MB, more than the limit of "
            f"{max_file_mb:g} MB ([limits] max_file_mb)")
    if not os.access(path, os.R_OK):
        raise IngestError(path, "cannot read file: permission denied")
    return info


def open_regular(path: Path) -> int:
    """A read-only descriptor of `path`, opened without blocking and checked to be a
    regular file on the open descriptor itself. The caller closes it."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP or not os.path.exists(path):
            raise IngestError(path, _broken_link_reason(path, exc)) from exc
        raise IngestError(path, f"cannot read file: {os_reason(exc)}") from exc
    reason = _not_regular(os.fstat(fd).st_mode)
    if reason:
        os.close(fd)
        raise IngestError(path, reason)
    os.set_blocking(fd, True)
    return fd


def read_capped(path: Path, max_bytes: int = 0) -> bytes:
    """The bytes of a regular file, refusing one larger than `max_bytes` (0: no cap)
    without reading more than the cap."""
    fd = open_regular(path)
    chunks: list[bytes] = []
    size = 0
    with os.fdopen(fd, "rb") as f:
        # In chunks: read(cap) would reserve the whole cap at once, whatever the file's size.
        while chunk := f.read(1 << 20):
            size += len(chunk)
            if max_bytes and size > max_bytes:
                raise IngestError(path, f"file is larger than the limit of {max_bytes / 1_000_000:g} MB "
                                        "([limits] max_file_mb)")
            chunks.append(chunk)
    return b"".join(chunks)


def check_text_length(path: Path, chars: int, limits: Limits, *, so_far: bool = False) -> None:
    """IngestError when a text is over the length limit (`so_far`: counted while reading)."""
    if limits.max_text_chars and chars > limits.max_text_chars:
        count = f"over {limits.max_text_chars:,}" if so_far else f"{chars:,}"
        raise IngestError(
            path, f"text is {count} characters, more than the limit of "
            f"{limits.max_text_chars:,} ([limits] max_text_chars)")
