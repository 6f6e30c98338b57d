"""The one error for a user's mistake: a one-line message naming the file or setting.

Core functions raise `UsageError` for what a user can get wrong (a config file that is not
TOML, a database path in a missing folder, an output folder that cannot be written, a file
that is not cases.json, an input that does not exist); the CLI prints the message on one
line and exits with code 2, never a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path


class UsageError(Exception):
    """`what` names the file or setting (a path, "--db", "[limits] max_text_chars");
    `reason` says what is wrong with it, on one line."""

    def __init__(self, what: str | Path, reason: str) -> None:
        self.what = str(what)
        self.reason = " ".join(str(reason).split())
        super().__init__(f"{self.what}: {self.reason}")


def os_reason(exc: OSError) -> str:
    """An OSError as a short reason ("permission denied"), without the path it repeats."""
    return (exc.strerror or str(exc)).lower()


def prepare_out_dir(out_dir: Path, what: str = "--out") -> None:
    """Create the output folder and check that files can be written in it."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f".reviewsynth-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except FileExistsError as exc:
        raise UsageError(f"{what} {out_dir}", "is a file, not a folder") from exc
    except OSError as exc:
        raise UsageError(f"{what} {out_dir}", f"cannot write there: {os_reason(exc)}") from exc
