"""Project configuration: the analyst's scope and options, read from a TOML file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reviewsynth.datafiles import read_data
from reviewsynth.datafiles.rules import ProjectConfigFile, read_toml


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

    @classmethod
    def load(cls, path: str | Path | None) -> ProjectConfig:
        """Read `[scope]` and `[report]` tables from a reviewsynth.toml file."""
        if path is None:
            return cls()
        # Validated: an unknown table or key, or a bad value, is a one-line DataFileError.
        data = read_data(path, ProjectConfigFile, read_toml(path))
        scope = data.get("scope", {})
        report = data.get("report", {})
        return cls(
            areas=list(scope.get("areas", [])),
            published_from=scope.get("published_from"),
            published_to=scope.get("published_to"),
            reference_statistics=report.get("reference_statistics"),
            suppress_below=int(report.get("suppress_below", 0)),
        )
