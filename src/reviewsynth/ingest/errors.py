"""The one error ingestion raises: a file that cannot be read, with a one-line reason."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A file could not be turned into text. `reason` is one line, fit for errors.json."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = " ".join(reason.split())  # always one line
        super().__init__(f"{self.path}: {self.reason}")

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:
        # Raised in worker processes: must survive pickling back to the parent.
        return (type(self), (self.path, self.reason))
