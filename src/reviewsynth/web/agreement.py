"""Agreement between two coders for the reconciliation and agreement pages.

Units come from `verify.agreement_units` (every coded field and list of the template);
the statistics from `reviewsynth.evaluate.agreement`, shared with `reviewsynth evaluate`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reviewsynth.evaluate.agreement import cohens_kappa, krippendorff_alpha, percent_agreement
from reviewsynth.schema import Case
from reviewsynth.verify import agreement_units


@dataclass(frozen=True)
class FieldAgreement:
    field: str
    units: int
    percent: float | None
    kappa: float | None


@dataclass(frozen=True)
class Agreement:
    fields: list[FieldAgreement]
    alpha: float | None
    cases: int


def pooled_agreement(pairs: list[tuple[Case, Case]]) -> Agreement:
    per_field: dict[str, list[tuple[Any, Any]]] = {}
    for a, b in pairs:
        for name, units in agreement_units(a, b).items():
            per_field.setdefault(name, []).extend(units)
    fields = [FieldAgreement(name, len(units), percent_agreement(units), cohens_kappa(units))
              for name, units in per_field.items()]
    # Tag values with their field so pooling never matches one field's value with another's.
    pooled = [tuple(None if v is None else (name, v) for v in unit)
              for name, units in per_field.items() for unit in units]
    return Agreement(fields, krippendorff_alpha(pooled), len(pairs))


def case_agreement(a: Case, b: Case) -> Agreement:
    return pooled_agreement([(a, b)])
