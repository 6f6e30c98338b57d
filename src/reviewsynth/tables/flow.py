"""Screening flow counts for the flow diagram (method.md section 2)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from reviewsynth.schema import Case


@dataclass
class ScreeningFlow:
    """Reviews found, duplicates removed, screened, excluded by reason, included.

    `found` counts every review gathered; duplicates (the same case reviewed twice, or the
    same document twice) are removed before screening, so `screened = found - duplicates`.
    """

    found: int
    duplicates_removed: int
    screened: int
    excluded: dict[str, int] = field(default_factory=dict)
    included: int = 0

    @property
    def excluded_total(self) -> int:
        return sum(self.excluded.values())

    @property
    def pending(self) -> int:
        """Screened reviews with no decision yet (neither included nor excluded)."""
        return max(0, self.screened - self.included - self.excluded_total)

    @classmethod
    def from_cases(
        cls, cases: Iterable[Case], found: int | None = None, duplicates_removed: int = 0
    ) -> ScreeningFlow:
        """Count decisions in coded cases; `found` defaults to cases plus duplicates."""
        case_list = list(cases)
        excluded: Counter[str] = Counter()
        included = 0
        for case in case_list:
            if case.screening is None:
                continue
            if case.screening.decision == "include":
                included += 1
            else:
                excluded[case.screening.reason or "not_reported"] += 1
        total_found = found if found is not None else len(case_list) + duplicates_removed
        return cls(
            found=total_found,
            duplicates_removed=duplicates_removed,
            screened=max(0, total_found - duplicates_removed),
            excluded=dict(sorted(excluded.items())),
            included=included,
        )
