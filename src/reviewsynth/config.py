"""Project configuration: the analyst's scope and options, read from a TOML file.

`[scope]` and `[report]` set what a synthesis covers and how it is published; `[limits]`
bounds the resources one document may take (see `Limits`). Other tables are left to the
parts of the tool that read them. A wrong value is a `UsageError` naming the file, the
setting and the reason.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from reviewsynth.errors import UsageError, os_reason


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
        data = _read_toml(Path(path))
        scope = _table(data, "scope", path)
        report = _table(data, "report", path)
        settings = _Settings(path)
        config = cls(
            areas=settings.strings(scope, "scope", "areas", []),
            published_from=settings.month(scope, "scope", "published_from"),
            published_to=settings.month(scope, "scope", "published_to"),
            reference_statistics=settings.text(report, "report", "reference_statistics"),
            suppress_below=int(settings.number(report, "report", "suppress_below", 0, whole=True)),
            limits=_limits(_table(data, "limits", path), settings),
        )
        settings.refuse_unknown(scope, "scope", {"areas", "published_from", "published_to"})
        settings.refuse_unknown(report, "report", {"reference_statistics", "suppress_below"})
        return config


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise UsageError(path, "config file not found") from exc
    except IsADirectoryError as exc:
        raise UsageError(path, "is a folder, not a config file") from exc
    except OSError as exc:
        raise UsageError(path, f"cannot read config file: {os_reason(exc)}") from exc
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise UsageError(path, "config file is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(path, f"not a valid TOML file: {exc}") from exc


def _table(data: dict[str, Any], name: str, path: str | Path) -> dict[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise UsageError(path, f"{name} must be a table ([{name}])")
    return table


class _Settings:
    """Typed reads of one config file's settings; a wrong value names file and setting."""

    def __init__(self, path: str | Path) -> None:
        self.path = path

    def _wrong(self, table: str, key: str, reason: str) -> UsageError:
        return UsageError(self.path, f"[{table}] {key}: {reason}")

    def text(self, data: dict[str, Any], table: str, key: str) -> str | None:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise self._wrong(table, key, f"must be text, not {value!r}")
        return value

    def month(self, data: dict[str, Any], table: str, key: str) -> str | None:
        value = self.text(data, table, key)
        if value is not None and not _is_year_month(value):
            raise self._wrong(table, key, f'must be "YYYY" or "YYYY-MM", not {value!r}')
        return value

    def strings(self, data: dict[str, Any], table: str, key: str, default: list[str]) -> list[str]:
        value = data.get(key, default)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._wrong(table, key, f"must be a list of text, not {value!r}")
        return list(value)

    def number(self, data: dict[str, Any], table: str, key: str, default: float,
               *, whole: bool = False) -> float:
        value = data.get(key, default)
        kinds = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or value < 0:
            kind = "a whole number" if whole else "a number"
            raise self._wrong(table, key, f"must be {kind}, 0 or more, not {value!r}")
        return value

    def refuse_unknown(self, data: dict[str, Any], table: str, known: set[str]) -> None:
        unknown = sorted(set(data) - known)
        if unknown:
            raise self._wrong(table, unknown[0], f"unknown setting (known: {', '.join(sorted(known))})")


def _is_year_month(value: str) -> bool:
    year, _, month = value.partition("-")
    return len(year) == 4 and year.isdigit() and (
        not month or (len(month) == 2 and month.isdigit() and 1 <= int(month) <= 12))


def _limits(data: dict[str, Any], settings: _Settings) -> Limits:
    defaults = Limits()
    values: dict[str, Any] = {}
    for f in fields(Limits):
        default = getattr(defaults, f.name)
        whole = f.type == "int"  # annotations are strings here (from __future__)
        number = settings.number(data, "limits", f.name, default, whole=whole)
        values[f.name] = int(number) if whole else float(number)
    settings.refuse_unknown(data, "limits", {f.name for f in fields(Limits)})
    return Limits(**values)
