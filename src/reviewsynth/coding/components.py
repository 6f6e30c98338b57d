"""Registered coding components over one case reading (the spaCy pipeline idea, typed).

A component is a function that reads a `CaseReading` and assigns some of its slots. It
declares the slots it needs and the slots it assigns, and which cases it applies to, so a
pipeline can be checked before it runs (`check_pipeline`): a component may only need what an
earlier one assigns. `run_pipeline` then calls each component in order and records what was
assigned; `code_case` (engine.py) is this loop plus one step from the reading to a `Case`.

To add a reader: write `def my_reader(r: CaseReading) -> None`, decorate it with
`@component("my_reader", needs=(...), assigns=(...))`, add a typed slot to `CaseReading` for
what it assigns, and put its name in the pipeline (`DEFAULT_PIPELINE` in engine.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Literal

from reviewsynth.coding.cast import Cast, MentionFinder
from reviewsynth.coding.codes import Finding, PersonFindings
from reviewsynth.coding.people import Demographics
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.config import ProjectConfig
from reviewsynth.grouping.model import CaseGroup
from reviewsynth.schema import (
    Code,
    Escalation,
    Evidence,
    Incident,
    Intervention,
    Person,
    ProtectiveFactor,
    Relationship,
    RiskFactor,
    Screening,
    Service,
)

# Which cases a component reads: every case; every case that names people (not a text
# that describes no case, nor one out of scope); included cases only (data extraction).
Applies = Literal["all", "with_people", "included"]

# Slots every reading starts with; components need them without anyone assigning them.
GIVEN = frozenset({"group", "config", "doc"})


@dataclass
class CaseReading:
    """What has been read of one case so far. Each slot after the first three is assigned by
    exactly one component of the pipeline (see `assigned_by`)."""

    group: CaseGroup
    config: ProjectConfig | None
    doc: ReviewDoc
    review_type: str | None = None
    cast: Cast | None = None
    mentions: MentionFinder | None = None
    incident_year: int | None = None
    demographics: dict[str, Demographics] = field(default_factory=dict)
    child_victim: bool = False
    screening: Screening | None = None
    fatal: bool | None = None
    relationship_type: str = "not_clear"
    relationship_evidence: Evidence | None = None
    people: dict[str, Person] = field(default_factory=dict)  # person id -> the person, without codes
    characteristics: dict[str, list[Code]] = field(default_factory=dict)  # person id -> codes
    characteristics_read: PersonFindings = field(default_factory=dict)  # every finding, for contexts and behaviours
    services: dict[str, list[Service]] = field(default_factory=dict)
    risk_factors: dict[str, list[RiskFactor]] = field(default_factory=dict)
    protective_factors: dict[str, list[ProtectiveFactor]] = field(default_factory=dict)
    relationship: Relationship | None = None
    relationship_findings: dict[str, Finding] = field(default_factory=dict)
    incident_type: str | None = None
    included_reason: str | None = None  # the screening reason made precise once the incident is read
    incident: Incident = field(default_factory=Incident)
    category: str | None = None
    escalation: Escalation = field(default_factory=Escalation)
    reference_individual: Literal["victim", "perpetrator", "both"] | None = None
    non_reference_information: str | None = None
    description: str | None = None
    interventions: list[Intervention] = field(default_factory=list)
    information_levels: dict[str, str] = field(default_factory=dict)
    assigned: set[str] = field(default_factory=lambda: set(GIVEN))

    @property
    def included(self) -> bool:
        return self.screening is not None and self.screening.decision == "include"

    @property
    def names_people(self) -> bool:
        return self.included or (self.screening is not None and self.screening.reason not in NO_CASE)

    def the_cast(self) -> tuple[Cast, MentionFinder]:
        """The cast and its mention finder; only for components that declare `cast`."""
        if self.cast is None or self.mentions is None:
            raise PipelineError("a component read the cast before the cast component ran")
        return self.cast, self.mentions


# Exclusions that leave no person to code: the text describes no case, or is out of scope.
NO_CASE = frozenset({"not_a_review", "out_of_scope"})

SLOTS = frozenset(f.name for f in fields(CaseReading)) - {"assigned"}


class PipelineError(ValueError):
    """A pipeline whose components' declarations do not fit together."""


@dataclass(frozen=True)
class Component:
    name: str
    read: Callable[[CaseReading], None]
    needs: tuple[str, ...]
    assigns: tuple[str, ...]
    applies: Applies = "all"

    def applies_to(self, reading: CaseReading) -> bool:
        if self.applies == "included":
            return reading.included
        if self.applies == "with_people":
            return reading.names_people
        return True


REGISTRY: dict[str, Component] = {}


def component(name: str, *, needs: Iterable[str] = (), assigns: Iterable[str] = (),
              applies: Applies = "all") -> Callable[[Callable[[CaseReading], None]], Callable[[CaseReading], None]]:
    """Register a reader under `name` with what it needs and what it assigns."""
    declared = (tuple(needs), tuple(assigns))
    unknown = sorted(set(declared[0] + declared[1]) - SLOTS)
    if unknown:
        raise PipelineError(f"component {name!r}: no CaseReading slot named {', '.join(unknown)}")

    def register(read: Callable[[CaseReading], None]) -> Callable[[CaseReading], None]:
        if name in REGISTRY:
            raise PipelineError(f"component {name!r} is registered twice")
        REGISTRY[name] = Component(name, read, *declared, applies=applies)
        return read
    return register


def check_pipeline(names: Iterable[str]) -> list[Component]:
    """The components named, in order, after checking that each one's needs are assigned by
    an earlier component (or given) and that no slot is assigned twice."""
    available, owner = set(GIVEN), dict[str, str]()
    out: list[Component] = []
    for name in names:
        if name not in REGISTRY:
            raise PipelineError(f"unknown component {name!r}; registered: {', '.join(sorted(REGISTRY))}")
        comp = REGISTRY[name]
        missing = [n for n in comp.needs if n not in available]
        if missing:
            raise PipelineError(f"component {name!r} needs {', '.join(missing)}, which no earlier component assigns")
        for slot in comp.assigns:
            if slot in owner:
                raise PipelineError(f"components {owner[slot]!r} and {name!r} both assign {slot!r}")
            owner[slot] = name
        available.update(comp.assigns)
        out.append(comp)
    return out


def assigned_by(names: Iterable[str]) -> dict[str, str]:
    """slot -> the component that assigns it, for documentation and tests."""
    return {slot: c.name for c in check_pipeline(names) for slot in c.assigns}


def run_pipeline(reading: CaseReading, pipeline: list[Component]) -> CaseReading:
    """Run each component that applies to this case, in order."""
    for comp in pipeline:
        if not comp.applies_to(reading):
            continue
        comp.read(reading)
        reading.assigned.update(comp.assigns)
    return reading
