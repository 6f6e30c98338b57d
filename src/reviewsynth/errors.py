"""The one error for a user's mistake: a one-line message naming the file or setting.

Core functions raise `UsageError` for what a user can get wrong (a config file that is not
TOML, a database path in a missing folder, an output folder that cannot be written, a file
that is not cases.json, an input that does not exist); the CLI prints the message on one
line and exits with code 2, never a traceback.
"""

from __future__ import annotations

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
