"""Screening flow counts for the flow diagram (method.md section 2), read from the cases'
own document lists, so every output built from the same cases shows the same flow."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from reviewsynth.schema import Case, DocumentRef

# Extra DocumentRef fields the flow reads (written by grouping and by reviewsynth.results).
COPIES_FIELD = "copies"  # other paths at which the same content (same sha256) was found
SECOND_REVIEW_FIELD = "second_review"  # an earlier review of a death reviewed again


def copies_of(ref: DocumentRef) -> list[str]:
    copies = getattr(ref, COPIES_FIELD, None)
    return [str(c) for c in copies] if isinstance(copies, list) else []


def is_second_review(ref: DocumentRef) -> bool:
    return getattr(ref, SECOND_REVIEW_FIELD, None) is True


@dataclass
class ScreeningFlow:
    """Documents found, duplicates removed, other documents of a review and second reviews
    set aside, distinct reviews screened, excluded by reason, included.

    `found` counts every document gathered. A byte-identical copy is a duplicate; an executive
    summary or action plan goes with its review (`other_documents`); an earlier review of a
    death reviewed again under another process stays with the more recent one
    (`second_reviews`). So `screened = found - duplicates - other documents - second reviews`:
    one screened review per case.
    """

    found: int
    duplicates_removed: int
    screened: int
    excluded: dict[str, int] = field(default_factory=dict)
    included: int = 0
    other_documents: int = 0
    second_reviews: int = 0

    @property
    def excluded_total(self) -> int:
        return sum(self.excluded.values())

    @property
    def pending(self) -> int:
        """Screened reviews with no decision yet (neither included nor excluded)."""
        return max(0, self.screened - self.included - self.excluded_total)

    @classmethod
    def from_cases(
        cls, cases: Iterable[Case], found: int | None = None, duplicates_removed: int | None = None
    ) -> ScreeningFlow:
        """Count each case's documents and screening decision. `found` and
        `duplicates_removed` override the counts read from the documents (for cases coded
        elsewhere, whose document lists are incomplete)."""
        case_list = list(cases)
        documents = _DocumentCounts.of(case_list)
        excluded: Counter[str] = Counter()
        included = 0
        for case in case_list:
            if case.screening is None:
                continue
            if case.screening.decision == "include":
                included += 1
            else:
                excluded[case.screening.reason or "not_reported"] += 1
        duplicates = documents.duplicates if duplicates_removed is None else duplicates_removed
        total = documents.found + duplicates if found is None else found
        set_aside = duplicates + documents.other + documents.second
        return cls(
            found=total,
            duplicates_removed=duplicates,
            screened=len(case_list) if found is None else max(0, total - set_aside),
            excluded=dict(sorted(excluded.items())),
            included=included,
            other_documents=documents.other,
            second_reviews=documents.second,
        )


@dataclass
class _DocumentCounts:
    found: int = 0  # distinct documents (without copies)
    duplicates: int = 0
    other: int = 0
    second: int = 0

    @classmethod
    def of(cls, cases: list[Case]) -> _DocumentCounts:
        counts = cls()
        for case in cases:
            refs = case.documents
            counts.found += len(refs) or 1  # a case coded by hand may list no document
            # The one screened document of the case: the one it is coded from.
            main = next((r for r in refs if r.used), refs[0] if refs else None)
            for ref in refs:
                counts.duplicates += len(copies_of(ref))
                if ref is main:
                    continue
                if is_second_review(ref):
                    counts.second += 1
                else:
                    counts.other += 1
        return counts
