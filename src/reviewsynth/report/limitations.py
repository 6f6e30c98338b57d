"""Known limits of the evidence, computed from the coded data (method.md section 6)."""

from __future__ import annotations

from dataclasses import dataclass

from reviewsynth.schema import Case

LITTLE_ON_OTHER = {"none", "very_little", "little"}


@dataclass(frozen=True)
class Limitation:
    key: str
    text: str
    n: int
    of: int

    @property
    def share(self) -> float | None:
        return self.n / self.of if self.of else None

    def percent(self) -> str:
        return "–" if self.share is None else f"{int(100 * self.share + 0.5)}%"


def _neighbourhood_thin(case: Case) -> bool:
    """Little on neighbourhood: rated low (or not rated) and no neighbourhood factor coded."""
    rating = case.information_levels.get("neighbourhood")
    factors = any(
        f.context == "neighbourhood" and f.status != "rejected"
        for p in case.people for f in p.risk_factors
    ) or any(
        f.context == "neighbourhood" and f.status != "rejected"
        for p in case.people for f in p.protective_factors
    )
    return rating not in ("high", "medium") and not factors


def compute_limitations(cases: list[Case]) -> list[Limitation]:
    people = [p for c in cases for p in c.people if p.role in ("victim", "perpetrator")]
    no_ethnicity = sum(1 for p in people if p.ethnicity in (None, "", "not_reported"))
    no_age = sum(1 for p in people if p.age_band in (None, "", "not_reported") and p.age is None)
    with_reference = [c for c in cases if c.non_reference_information not in (None, "not_applicable")]
    little_other = sum(1 for c in with_reference if c.non_reference_information in LITTLE_ON_OTHER)
    thin_neighbourhood = sum(1 for c in cases if _neighbourhood_thin(c))
    return [
        Limitation("ethnicity_not_reported",
                   "People (victims and perpetrators) whose ethnicity the review does not report",
                   no_ethnicity, len(people)),
        Limitation("age_not_reported",
                   "People (victims and perpetrators) whose age the review does not report",
                   no_age, len(people)),
        Limitation("little_neighbourhood",
                   "Cases with little on the neighbourhood context (information rated low or not "
                   "rated, and no neighbourhood risk or protective factor coded)",
                   thin_neighbourhood, len(cases)),
        Limitation("little_non_reference",
                   "Cases with none, very little or little information on the non-reference "
                   "individual (of cases with one reference individual)",
                   little_other, len(with_reference)),
    ]
