"""Project configuration: the analyst's scope and options, read from a TOML file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path


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
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        scope = data.get("scope", {})
        report = data.get("report", {})
        return cls(
            areas=list(scope.get("areas", [])),
            published_from=scope.get("published_from"),
            published_to=scope.get("published_to"),
            reference_statistics=report.get("reference_statistics"),
            suppress_below=int(report.get("suppress_below", 0)),
        )
