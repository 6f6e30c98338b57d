"""Reference homicide statistics (shipped indicative file, or the user's own)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from reviewsynth.errors import UsageError, os_reason


@dataclass(frozen=True)
class ReferenceShare:
    category: str
    share: float | None  # None: no comparable homicide figure (e.g. child sexual abuse)
    relationship: str | None = None


@dataclass(frozen=True)
class ReferenceStatistics:
    source: str
    year: str
    note: str | None
    indicative: bool
    shares: dict[str, ReferenceShare]
    sample_incident_types: tuple[str, ...] = ("homicide", "homicide_suicide")
    over_ratio: float = 1.25
    under_ratio: float = 0.8
    path: str = field(default="")

    def verdict(self, sample_share: float | None, reference_share: float | None) -> str | None:
        """'over-represented', 'under-represented' or 'similar'; None where not comparable."""
        if sample_share is None or reference_share is None or reference_share <= 0:
            return None
        ratio = sample_share / reference_share
        if ratio > self.over_ratio:
            return "over-represented"
        if ratio < self.under_ratio:
            return "under-represented"
        return "similar"


def default_reference_path() -> Path:
    return Path(str(resources.files("reviewsynth") / "data" / "reference_statistics.yaml"))


def _share(value: Any) -> float | None:
    if value is None or value == "":
        return None
    share = float(value)
    return share / 100 if share > 1 else share  # accept percentages too


def _from_mapping(raw: dict[str, Any], path: Path) -> ReferenceStatistics:
    shares: dict[str, ReferenceShare] = {}
    for category, entry in (raw.get("shares") or {}).items():
        if isinstance(entry, dict):
            shares[str(category)] = ReferenceShare(
                str(category), _share(entry.get("share")), entry.get("relationship")
            )
        else:
            shares[str(category)] = ReferenceShare(str(category), _share(entry))
    return ReferenceStatistics(
        source=str(raw.get("source", "not stated")),
        year=str(raw.get("year", "not stated")),
        note=raw.get("note"),
        indicative=bool(raw.get("indicative", False)),
        shares=shares,
        sample_incident_types=tuple(raw.get("sample_incident_types") or ("homicide", "homicide_suicide")),
        over_ratio=float(raw.get("over_ratio", 1.25)),
        under_ratio=float(raw.get("under_ratio", 0.8)),
        path=str(path),
    )


def _from_csv(path: Path) -> ReferenceStatistics:
    """CSV columns: category, share, relationship (optional), source, year (first row)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first = rows[0] if rows else {}
    raw = {
        "source": first.get("source"),
        "year": first.get("year"),
        "shares": {
            r["category"]: {"share": r.get("share"), "relationship": r.get("relationship")}
            for r in rows
        },
    }
    return _from_mapping(raw, path)


def load_reference(path: str | Path | None = None) -> ReferenceStatistics:
    """The reference statistics; a file that cannot be read as such is a UsageError."""
    ref_path = Path(path) if path else default_reference_path()
    try:
        if ref_path.suffix.lower() == ".csv":
            return _from_csv(ref_path)
        raw = yaml.safe_load(ref_path.read_text(encoding="utf-8")) or {}
        if not isinstance(raw, dict):
            raise ValueError("expected a mapping with 'shares'")
        return _from_mapping(raw, ref_path)
    except OSError as exc:
        raise UsageError(ref_path, f"cannot read reference statistics: {os_reason(exc)}") from exc
    except (yaml.YAMLError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise UsageError(ref_path, f"not a reference statistics file: {exc}") from exc
