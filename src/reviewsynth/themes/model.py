"""Themes: practice problems grouped across reviews into potential systemic weaknesses."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from reviewsynth.schema import Evidence, PracticeProblem

THEME_LABEL_FIELD = "theme_label"  # extra PracticeProblem field read by reviewsynth.tables
LABELLED_SOURCES = ("analyst", "discovered")  # theme sources whose label is not the taxonomy's
MAX_EXAMPLES = 5  # example quotes kept per theme (one per review first)


@dataclass
class ThemeMember:
    """One practice problem as a member of a theme."""

    problem_id: str
    case_id: str
    text: str
    agency: str | None
    agencies: list[str]
    evidence: list[Evidence]
    systemic_factors: list[str]


@dataclass
class Theme:
    id: str
    label: str
    category: str | None
    description: str = ""
    source: str = "taxonomy"  # taxonomy | discovered | analyst | unassigned
    members: list[ThemeMember] = field(default_factory=list)
    rank: int = 0  # 1 = shown by most reviews in its category

    @property
    def reviews(self) -> list[str]:
        return sorted({m.case_id for m in self.members})

    @property
    def n_reviews(self) -> int:
        return len(self.reviews)

    @property
    def agencies(self) -> list[str]:
        """Agency ids, most often concerned first."""
        counts = Counter(a for m in self.members for a in dict.fromkeys(m.agencies))
        return [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    @property
    def systemic_factors(self) -> list[tuple[str, int]]:
        """(factor id, number of reviews giving it), most frequent first."""
        reviews: dict[str, set[str]] = {}
        for m in self.members:
            for f in m.systemic_factors:
                reviews.setdefault(f, set()).add(m.case_id)
        return sorted(((f, len(r)) for f, r in reviews.items()), key=lambda fr: (-fr[1], fr[0]))

    @property
    def example_quotes(self) -> list[Evidence]:
        """Up to MAX_EXAMPLES quotes, one per review before a second from any review."""
        firsts: list[Evidence] = []
        rest: list[Evidence] = []
        seen: set[str] = set()
        for m in sorted(self.members, key=lambda m: (m.case_id, m.problem_id)):
            if not m.evidence:
                continue
            (rest if m.case_id in seen else firsts).append(m.evidence[0])
            seen.add(m.case_id)
        return (firsts + rest)[:MAX_EXAMPLES]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "category": self.category,
            "description": self.description, "source": self.source, "rank": self.rank,
            "n_reviews": self.n_reviews, "reviews": self.reviews, "agencies": self.agencies,
            "systemic_factors": [{"factor": f, "reviews": n} for f, n in self.systemic_factors],
            "example_quotes": [e.model_dump(mode="json") for e in self.example_quotes],
            "problems": [m.problem_id for m in self.members],
        }


def rank_themes(themes: list[Theme]) -> list[Theme]:
    """Order by category, then reviews showing the theme (desc), then problems, then label."""
    ordered = sorted(themes, key=lambda t: (t.category or "", -t.n_reviews, -len(t.members), t.label))
    rank, current = 0, object()
    for t in ordered:
        if t.category != current:
            rank, current = 0, t.category
        rank += 1
        t.rank = rank
    return ordered


def set_theme_label(problem: PracticeProblem, theme: Theme) -> None:
    """`theme_label` for tables and exports: set where the label is not the taxonomy's own
    (renamed, merged or split by an analyst, or discovered), removed otherwise."""
    if theme.source in LABELLED_SOURCES:
        setattr(problem, THEME_LABEL_FIELD, theme.label)
    elif problem.__pydantic_extra__ is not None:
        problem.__pydantic_extra__.pop(THEME_LABEL_FIELD, None)
