"""Reference homicide statistics: the published figures of the method's Table 4 (shipped), or
the user's own file of published figures for another area or period."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from reviewsynth.codebook import load_codebook
from reviewsynth.datafiles import DataFileError, read_data
from reviewsynth.datafiles.rules import ReferenceFile


@dataclass(frozen=True)
class ReferenceShare:
    category: str
    share: float | None  # None: no comparable homicide figure (e.g. child sexual abuse)
    relationship: str | None = None
    source: str | None = None  # where this share was published (else the file's source)
    area: str | None = None
    year: str | None = None

    def citation(self) -> str:
        """'Metropolitan Police Service homicide data, London, 2018'."""
        return ", ".join(part for part in (self.source, self.area, self.year) if part)


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
    label: str | None = None  # e.g. "as used in the London study"
    area: str | None = None

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

    def sources(self) -> list[str]:
        """Each distinct citation of the shares, in file order."""
        return list(dict.fromkeys(s.citation() for s in self.shares.values()
                                  if s.share is not None and s.citation()))


def default_reference_path() -> Path:
    return Path(str(resources.files("reviewsynth") / "data" / "reference_statistics.yaml"))


def _share(value: Any) -> float | None:
    if value is None or value == "":
        return None
    share = float(value)
    return share / 100 if share > 1 else share  # accept percentages too


def _from_mapping(raw: dict[str, Any], path: Path) -> ReferenceStatistics:
    source = str(raw.get("source", "not stated"))
    year = str(raw.get("year", "not stated"))
    area = raw.get("area")
    shares: dict[str, ReferenceShare] = {}
    for category, entry in (raw.get("shares") or {}).items():
        entry = entry if isinstance(entry, dict) else {"share": entry}
        shares[str(category)] = ReferenceShare(
            str(category), _share(entry.get("share")), entry.get("relationship"),
            # A share without its own citation is cited as the file's.
            entry.get("source") or (source if source != "not stated" else None),
            entry.get("area") or area,
            entry.get("year") or (year if year != "not stated" else None),
        )
    return ReferenceStatistics(
        source=source,
        year=year,
        note=raw.get("note"),
        indicative=bool(raw.get("indicative", False)),
        shares=shares,
        sample_incident_types=tuple(raw.get("sample_incident_types") or ("homicide", "homicide_suicide")),
        over_ratio=float(raw.get("over_ratio", 1.25)),
        under_ratio=float(raw.get("under_ratio", 0.8)),
        path=str(path),
        label=raw.get("label"),
        area=area,
    )


_CSV_COLUMNS = ("category", "share", "relationship", "source", "area", "year", "label")
_SHARE_COLUMNS = ("share", "relationship", "source", "area", "year")


def _from_csv(path: Path) -> ReferenceStatistics:
    """CSV columns: category, share, and optionally relationship, source, area, year (per
    row: where that share was published) and label (first row: how the figures are described)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise DataFileError(path, "", "no such file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataFileError(path, "", f"cannot be read as CSV ({exc})") from None
    columns = set(rows[0]) if rows else set()
    unknown = sorted(str(c) for c in columns - set(_CSV_COLUMNS))
    if not {"category", "share"} <= columns or unknown:
        problem = f"unknown column {unknown[0]!r}" if unknown else "needs the columns category and share"
        raise DataFileError(path, "header", f"{problem} (columns: {', '.join(_CSV_COLUMNS)})")
    first = rows[0]
    raw: dict[str, Any] = {key: first[key] for key in ("source", "year", "label") if first.get(key)}
    raw["shares"] = {r["category"]: {k: r[k] for k in _SHARE_COLUMNS if k in r} for r in rows}
    return _from_mapping(read_data(path, ReferenceFile, raw, codebook=load_codebook()), path)


def load_reference(path: str | Path | None = None) -> ReferenceStatistics:
    """The shipped reference statistics, or the user's own file (YAML or CSV), validated:
    a bad file is a one-line DataFileError naming the file, the key and the reason."""
    ref_path = Path(path) if path else default_reference_path()
    if ref_path.suffix.lower() == ".csv":
        return _from_csv(ref_path)
    return _from_mapping(read_data(ref_path, ReferenceFile, codebook=load_codebook()), ref_path)
