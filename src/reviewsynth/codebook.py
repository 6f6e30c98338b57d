"""The codebook: every code id, its label and order, loaded from a data file.

The shipped file keeps every id of ../shared/spec/codebook.yaml; a project may point
`REVIEWSYNTH_CODEBOOK` at an extended copy (more labels, codes). Either is validated as it
loads (`datafiles.rules.CodebookFile`), and an extended copy must keep every shipped id: a bad
file is a one-line `DataFileError`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from reviewsynth.datafiles import DataFileError, read_data
from reviewsynth.datafiles.rules import CodebookFile

# Lists in the codebook file that are sets of ids with labels (mapping id -> label).
_LABELLED = (
    "review_types document_roles categories incident_types genders age_bands ethnicities "
    "characteristics living_arrangements relationship_types relationship_characteristics "
    "contexts risk_factor_types weapons technologies locations services escalation_markers"
).split()


@dataclass(frozen=True)
class CodeList:
    name: str
    labels: dict[str, str]  # id -> label, in codebook order

    @property
    def ids(self) -> list[str]:
        return list(self.labels)

    def label(self, code_id: str) -> str:
        if code_id.startswith("other:"):
            return code_id.split(":", 1)[1]
        return self.labels.get(code_id, code_id.replace("_", " ").capitalize())

    def order(self, code_id: str) -> int:
        """Position in the codebook (unknown ids sort last)."""
        positions = self.__dict__.get("_positions")
        if positions is None:  # computed once; the dataclass is frozen, so set it directly
            positions = {k: i for i, k in enumerate(self.labels)}
            object.__setattr__(self, "_positions", positions)
        return positions.get(code_id, len(self.labels))

    def __contains__(self, code_id: object) -> bool:
        return code_id in self.labels


@dataclass(frozen=True)
class Codebook:
    lists: dict[str, CodeList]
    raw: dict[str, Any] = field(repr=False)

    def __getitem__(self, name: str) -> CodeList:
        return self.lists[name]

    @property
    def include_reasons(self) -> CodeList:
        return self.lists["include_reasons"]

    @property
    def exclude_reasons(self) -> CodeList:
        return self.lists["exclude_reasons"]

    def plain_list(self, name: str) -> list[str]:
        """Lists without labels, e.g. `abuse_subtypes`, `intervention_levels`."""
        value = self.raw.get(name, [])
        return [str(v) for v in value]


def _as_labels(value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    if isinstance(value, list):
        return {str(v): str(v).replace("_", " ").capitalize() for v in value}
    return {}


def _shipped_path() -> Path:
    return Path(str(resources.files("reviewsynth") / "data" / "codebook.yaml"))


def codebook_path() -> Path:
    override = os.environ.get("REVIEWSYNTH_CODEBOOK")
    if override:
        return Path(override)
    return _shipped_path()


@lru_cache(maxsize=4)
def _load(path: str) -> Codebook:
    raw = read_data(path, CodebookFile)
    lists = {name: CodeList(name, _as_labels(raw.get(name))) for name in _LABELLED}
    screening = raw.get("screening", {})
    lists["include_reasons"] = CodeList("include_reasons", _as_labels(screening.get("include_reasons")))
    lists["exclude_reasons"] = CodeList("exclude_reasons", _as_labels(screening.get("exclude_reasons")))
    for name in ("reference_individual", "non_reference_information", "abuse_subtypes",
                 "abusive_behaviour_phases", "abusive_behaviour_types", "intervention_levels",
                 "information_levels"):
        lists[name] = CodeList(name, _as_labels(raw.get(name)))
    codebook = Codebook(lists=lists, raw=raw)
    if Path(path).resolve() != _shipped_path().resolve():
        _keeps_shipped_ids(path, codebook, _load(str(_shipped_path())))
    return codebook


def _keeps_shipped_ids(path: str, codebook: Codebook, shipped: Codebook) -> None:
    """An extended codebook may add ids, never drop one: coded data must line up elsewhere."""
    for name, ids in shipped.lists.items():
        missing = [i for i in ids.ids if i not in codebook.lists[name]]
        if missing:
            where = f"screening.{name}" if name.endswith("_reasons") else name
            raise DataFileError(path, where, f"lacks the shipped id {missing[0]!r} (a codebook may add ids, not drop them)")


@lru_cache(maxsize=1)
def _default_path(override: str | None) -> str:
    return str(Path(override) if override else _shipped_path())


def load_codebook(path: str | Path | None = None) -> Codebook:
    """The codebook (cached): `path`, else $REVIEWSYNTH_CODEBOOK, else the shipped file."""
    return _load(str(path) if path else _default_path(os.environ.get("REVIEWSYNTH_CODEBOOK")))
