"""The `cases.json` exchange format (../shared/spec/case-schema.md) as pydantic models.

These models are the contract between stages: the coding engine produces `Case`, the
workbench edits it, tables and report read it. Field names and meanings must not change;
the project may add optional fields.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

CASES_SCHEMA = "reviewsynth.cases/1"
TABLES_SCHEMA = "reviewsynth.tables/1"

CodeStatus = Literal["suggested", "accepted", "edited", "rejected"]
# "other" (a project extension): a relative or another person of the case that people moved a
# code to ("the victim's mother's depression"); extra fields `relation` ("mother") and
# `related_to` (a person_id) say who they are. Victim and perpetrator tables never count them.
Role = Literal["victim", "perpetrator", "other"]
Timing = Literal["prior", "after"]


class _Model(BaseModel):
    # Unknown keys from other tools are kept so an import/export round trip loses nothing.
    model_config = ConfigDict(extra="allow")


class Evidence(_Model):
    document: str  # sha256 of the document
    page: int | None = None  # 1-based; None for DOCX, HTML, text
    quote: str
    start: int | None = None  # character offsets in the document's extracted text
    end: int | None = None


class Code(_Model):
    code: str
    detail: str | None = None
    subtypes: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    status: CodeStatus = "suggested"
    confidence: float | None = None


class DocumentRef(_Model):
    path: str
    sha256: str
    role: str = "overview_report"
    pages: int | None = None
    used: bool = True


class Screening(_Model):
    decision: Literal["include", "exclude"]
    reason: str
    evidence: list[Evidence] = Field(default_factory=list)


class RiskFactor(_Model):
    context: str
    type: str
    detail: str
    evidence: list[Evidence] = Field(default_factory=list)
    status: CodeStatus = "suggested"


class ProtectiveFactor(_Model):
    context: str
    detail: str
    evidence: list[Evidence] = Field(default_factory=list)
    status: CodeStatus = "suggested"


class Service(_Model):
    service: str
    timing: Timing
    detail: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    status: CodeStatus = "suggested"


class Person(_Model):
    person_id: str
    role: Role
    name: str | None = None
    age: int | None = None
    age_band: str = "not_reported"
    gender: str = "not_reported"
    ethnicity: str = "not_reported"
    ethnicity_detail: str | None = None
    living_arrangement: str = "not_reported"
    summary: str | None = None
    characteristics: list[Code] = Field(default_factory=list)
    risk_factors: list[RiskFactor] = Field(default_factory=list)
    protective_factors: list[ProtectiveFactor] = Field(default_factory=list)
    services: list[Service] = Field(default_factory=list)


class Relationship(_Model):
    type: str
    detail: str | None = None
    characteristics: list[Code] = Field(default_factory=list)


class AbusiveBehaviour(_Model):
    phase: str
    type: str
    evidence: list[Evidence] = Field(default_factory=list)
    status: CodeStatus = "suggested"


class Incident(_Model):
    weapons: list[Code] = Field(default_factory=list)
    locations: list[Code] = Field(default_factory=list)
    technology: list[Code] = Field(default_factory=list)
    abusive_behaviours: list[AbusiveBehaviour] = Field(default_factory=list)


class Escalation(_Model):
    summary: str | None = None
    markers: list[Code] = Field(default_factory=list)


class Intervention(_Model):
    level: str
    intervened: bool | None = None
    detail: str | None = None


class PracticeProblem(_Model):
    text: str
    agency: str | None = None
    theme: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    # Project extensions (optional; other tools may leave them out):
    problem_id: str | None = None  # stable id, used by analysts' theme edits
    agencies: list[str] = Field(default_factory=list)
    section: str | None = None  # the review section it was read from
    # [{"factor": id from data/problem_cues.yaml, "evidence": [Evidence as dict]}]
    systemic_factors: list[dict[str, Any]] = Field(default_factory=list)
    status: CodeStatus = "suggested"
    confidence: float | None = None
    # `theme_label` (an analyst's or a discovered theme's label) travels as an extra field,
    # present only while an edit or a discovered theme gives it.


class Case(_Model):
    case_id: str
    title: str | None = None
    review_type: str = "other"
    area: str | None = None
    published: str | None = None
    incident_year: int | None = None
    documents: list[DocumentRef] = Field(default_factory=list)
    screening: Screening | None = None
    category: str | None = None
    incident_type: str | None = None
    fatal: bool | None = None
    description: str | None = None
    reference_individual: Literal["victim", "perpetrator", "both"] | None = None
    non_reference_information: str | None = None
    people: list[Person] = Field(default_factory=list)
    relationship: Relationship | None = None
    incident: Incident = Field(default_factory=Incident)
    escalation: Escalation = Field(default_factory=Escalation)
    interventions: list[Intervention] = Field(default_factory=list)
    response_matched_risk: bool | None = None
    information_levels: dict[str, str] = Field(default_factory=dict)
    practice_problems: list[PracticeProblem] = Field(default_factory=list)

    def victims(self) -> list[Person]:
        return [p for p in self.people if p.role == "victim"]

    def perpetrators(self) -> list[Person]:
        return [p for p in self.people if p.role == "perpetrator"]

    @property
    def included(self) -> bool:
        return self.screening is not None and self.screening.decision == "include"


class CasesFile(_Model):
    schema_: str = Field(default=CASES_SCHEMA, alias="schema")
    cases: list[Case] = Field(default_factory=list)

    model_config = ConfigDict(extra="allow", populate_by_name=True)


def load_cases(path: str | Path) -> list[Case]:
    """Read a `cases.json` file (or a folder of them, merged) into `Case` models. A file
    that is not cases.json is a UsageError naming it and why; in a folder, JSON files of
    other kinds (tables.json, errors.json) are passed over."""
    from reviewsynth.errors import UsageError

    p = Path(path)
    if not p.exists():
        raise UsageError(p, "no such file or folder")
    files = sorted(p.glob("*.json")) if p.is_dir() else [p]
    cases: list[Case] = []
    # Validation makes many small acyclic objects; pausing the cyclic GC makes it ~5x faster.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for f in files:
            data = _read_json(f)
            if isinstance(data, dict) and isinstance(data.get("cases"), list):
                cases.extend(_validated(f, data["cases"]))
            elif not p.is_dir():
                raise UsageError(f, 'not a cases.json file (no "cases" list)')
    finally:
        if was_enabled:
            gc.enable()
    return cases


def _read_json(path: Path) -> Any:
    from reviewsynth.errors import UsageError, os_reason

    try:
        return json.loads(path.read_bytes())
    except OSError as exc:
        raise UsageError(path, f"cannot read file: {os_reason(exc)}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(path, "not a JSON file (not UTF-8 text)") from exc
    except json.JSONDecodeError as exc:
        raise UsageError(path, f"not a JSON file: {exc}") from exc


def _validated(path: Path, items: list[Any]) -> list[Case]:
    from pydantic import ValidationError

    from reviewsynth.errors import UsageError

    out = []
    for i, item in enumerate(items):
        try:
            out.append(Case.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise UsageError(path, f"not a valid cases.json: cases[{i}].{where}: {first['msg']}"
                             f" ({exc.error_count()} problem(s))") from exc
    return out


def dump_cases(cases: list[Case]) -> str:
    """Serialise cases as deterministic, human-readable `cases.json` text."""
    payload = {
        "schema": CASES_SCHEMA,
        "cases": [c.model_dump(mode="json") for c in cases],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def write_cases(cases: list[Case], path: str | Path) -> None:
    from reviewsynth.errors import UsageError, os_reason

    try:
        Path(path).write_text(dump_cases(cases), encoding="utf-8")
    except OSError as exc:
        raise UsageError(path, f"cannot write file: {os_reason(exc)}") from exc
