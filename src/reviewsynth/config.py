"""Project configuration: the analyst's scope and options, read from a TOML file.

`[scope]` and `[report]` set what a synthesis covers and how it is published; `[limits]`
bounds the resources one document may take (see `Limits`). The file is validated against
its schema (`datafiles.rules.ProjectConfigFile`): an unknown table or key, or a wrong value,
is one `DataFileError` line (a `UsageError`) naming the file, the setting and the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reviewsynth.datafiles import read_data
from reviewsynth.datafiles.rules import ProjectConfigFile, read_toml


@dataclass
class Limits:
    """Bounds on one document, so that a hostile or huge file is an error entry with its
    reason and the batch goes on. 0 turns a limit off."""

    # An input file larger than this is refused before it is read (checked with stat).
    max_file_mb: float = 512.0
    # Extracted text longer than this is refused: about 3,000 pages of dense text, which
    # codes in about a minute (coding time is linear in length).
    max_text_chars: int = 10_000_000
    max_pages: int = 5000  # pages of a PDF
    # A Word file is a ZIP: refused when it holds more entries than this, or when a part
    # that is read (word/document.xml, docProps/core.xml) unpacks to more than
    # max_unzipped_mb. Both are checked from the ZIP's directory before anything is unpacked;
    # images and other parts are never unpacked.
    max_zip_entries: int = 10_000
    max_unzipped_mb: float = 100.0
    # Address space of each worker process (RLIMIT_AS); a worker over it fails its document.
    worker_memory_mb: int = 2048
    # Wall-clock seconds one document may take in one stage (extraction, with OCR, or
    # coding); a worker over it is stopped and replaced.
    document_seconds: float = 1800.0


@dataclass
class ProjectConfig:
    # Scope (method.md section 2): cases outside are excluded with reason `out_of_scope`.
    areas: list[str] = field(default_factory=list)  # empty: any area
    published_from: str | None = None  # "YYYY" or "YYYY-MM", inclusive
    published_to: str | None = None
    # Reference homicide statistics for the homicide_comparison table (None: shipped file).
    reference_statistics: str | None = None
    # Counts under this are shown as "<K" in published outputs (0: off).
    suppress_below: int = 0
    limits: Limits = field(default_factory=Limits)

    def __post_init__(self) -> None:
        if isinstance(self.limits, dict):  # a config stored as JSON (web settings)
            self.limits = Limits(**self.limits)

    @classmethod
    def load(cls, path: str | Path | None) -> ProjectConfig:
        """Read `[scope]`, `[report]` and `[limits]` from a reviewsynth.toml file."""
        if path is None:
            return cls()
        data = read_data(path, ProjectConfigFile, read_toml(path))
        scope = data.get("scope", {})
        report = data.get("report", {})
        return cls(
            areas=list(scope.get("areas", [])),
            published_from=scope.get("published_from"),
            published_to=scope.get("published_to"),
            reference_statistics=report.get("reference_statistics"),
            suppress_below=int(report.get("suppress_below", 0)),
            limits=Limits(**data.get("limits", {})),
        )
