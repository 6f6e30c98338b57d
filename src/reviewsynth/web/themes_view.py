"""Themes in the workbench: the stored themes (`reviewsynth.results.current_themes`, the same
themes `run` and every export read) and a new edit (rename, merge, split, re-assign) appended
to the stored `ThemeEdits` through the store (`Store.append_theme_edit`).

Edits are data (setting `theme_edits`), replayed over freshly computed themes whenever a case
or an edit changed, and the result stored, so what an analyst sees here is what the next run
produces. Appending is optimistic: the form carries the number of edits the analyst saw, and
an edit made on an out-of-date page is refused rather than replayed in an order nobody looked at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from reviewsynth.codebook import load_codebook
from reviewsynth.results import current_themes
from reviewsynth.schema import Case, Evidence
from reviewsynth.store import THEME_EDITS_SETTING, THEMES_AUDIT_ID, StaleThemesError, Store
from reviewsynth.themes import (
    UNASSIGNED,
    Theme,
    ThemeEdit,
    ThemeEdits,
    lines_of_enquiry,
    load_taxonomy,
)
from reviewsynth.themes.edits import EDITS_SCHEMA
from reviewsynth.themes.problems import agency_labels, load_cues

__all__ = ["THEMES_AUDIT_ID", "THEME_EDITS_SETTING", "StaleThemesError", "append_edit", "themes_page"]
MAX_LABEL = 200


@dataclass(frozen=True)
class Quote:
    case_id: str
    page: int | None
    quote: str


@dataclass(frozen=True)
class ProblemView:
    problem_id: str
    case_id: str
    text: str
    agencies: list[str]


@dataclass
class ThemeView:
    id: str
    label: str
    source: str
    rank: int
    n_reviews: int
    reviews: list[str]
    agencies: list[str]
    systemic_factors: list[tuple[str, int]]
    quotes: list[Quote]
    problems: list[ProblemView]
    line_of_enquiry: bool


@dataclass
class CategoryThemes:
    category: str
    label: str
    themes: list[ThemeView]
    n_problems: int
    reassign_targets: list[tuple[str, str]]  # (theme id, label): themes a problem can move to


@dataclass
class ThemesPage:
    categories: list[CategoryThemes]
    edits: list[ThemeEdit]
    skipped: dict[int, str] = field(default_factory=dict)  # edit index -> why it no longer applies


def load_edits(store: Store) -> ThemeEdits:
    saved = store.theme_edits()
    return ThemeEdits.model_validate(saved) if saved else ThemeEdits()


def _quote_of(theme: Theme) -> dict[tuple[str, int | None, str], str]:
    """(document, start, quote) -> case id: example quotes carry no case id of their own."""
    return {(e.document, e.start, e.quote): m.case_id for m in theme.members for e in m.evidence}


def _quote(ev: Evidence, owners: dict[tuple[str, int | None, str], str]) -> Quote:
    return Quote(owners.get((ev.document, ev.start, ev.quote), ""), ev.page, ev.quote)


def _theme_view(theme: Theme, labels: dict[str, str], lines: set[str]) -> ThemeView:
    agencies, factors = agency_labels(), {fid: spec[0] for fid, spec in load_cues().systemic.items()}
    owners = _quote_of(theme)
    # A theme a problem was re-assigned to before it existed here is labelled by its id.
    label = labels.get(theme.id, theme.label) if theme.label == theme.id else theme.label
    return ThemeView(
        id=theme.id, label=label, source=theme.source, rank=theme.rank, n_reviews=theme.n_reviews,
        reviews=theme.reviews, agencies=[agencies.get(a, a) for a in theme.agencies],
        systemic_factors=[(factors.get(f, f), n) for f, n in theme.systemic_factors],
        quotes=[_quote(e, owners) for e in theme.example_quotes],
        problems=[ProblemView(m.problem_id, m.case_id, m.text, [agencies.get(a, a) for a in m.agencies])
                  for m in sorted(theme.members, key=lambda m: (m.case_id, m.problem_id))],
        line_of_enquiry=theme.id in lines,
    )


def _category_themes(category: str, themes: list[Theme], cases: list[Case]) -> CategoryThemes:
    taxonomy = {t.id: t.label for t in load_taxonomy() if t.applies_to(category)}
    mine = [t for t in themes if t.category == category]
    lines = {t.id for t in lines_of_enquiry(cases, category, mine)}
    views = [_theme_view(t, taxonomy, lines) for t in mine]
    targets = {v.id: v.label for v in views}
    targets.update({tid: label for tid, label in taxonomy.items() if tid not in targets})
    targets.setdefault(UNASSIGNED, "Other practice problems")
    label = load_codebook()["categories"].label(category)
    return CategoryThemes(category, label, views, sum(len(v.problems) for v in views),
                          sorted(targets.items(), key=lambda kv: kv[1].lower()))


def themes_page(store: Store) -> ThemesPage:
    """Themes per category as stored (recomputed first when a case or an edit changed)."""
    state = current_themes(store)
    included = [c for c in state.cases if c.included]
    edits = load_edits(store)
    order = load_codebook()["categories"].ids
    present = {t.category for t in state.themes if t.category}
    categories = [c for c in order if c in present] + sorted(present - set(order))
    return ThemesPage([_category_themes(c, state.themes, included) for c in categories],
                      edits.edits, dict(state.stored.skipped))


# -- making edits ---------------------------------------------------------------------------

def clean_label(label: str) -> str:
    text = " ".join((label or "").split())[:MAX_LABEL]
    if not text:
        raise ValueError("a theme needs a label")
    return text


def new_theme_id(label: str, existing: set[str]) -> str:
    """A readable id for an analyst's new theme, unique among the ids already used."""
    slug = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:40] or "theme"
    candidate, n = f"analyst_{slug}", 2
    while candidate in existing:
        candidate, n = f"analyst_{slug}_{n}", n + 1
    return candidate


def used_theme_ids(page: ThemesPage) -> set[str]:
    ids = {t.id for c in page.categories for t in c.themes}
    for e in page.edits:
        ids.update(x for x in (e.theme, e.into, e.new_theme, *e.themes) if x)
    return ids


def cases_of(page: ThemesPage, problem_ids: set[str]) -> list[str]:
    return sorted({p.case_id for c in page.categories for t in c.themes for p in t.problems
                   if p.problem_id in problem_ids})


def append_edit(store: Store, edit: dict[str, Any], *, username: str, expected_count: int,
                case_ids: Sequence[str] = ()) -> int:
    """Append one edit (stamped with who and when) and audit it; returns the new edit count.
    StaleThemesError when someone else edited the themes since the analyst's page."""
    stamped = ThemeEdit.model_validate({**edit, "user": username,
                                        "at": datetime.now(UTC).isoformat(timespec="seconds")})
    return store.append_theme_edit(stamped.model_dump(mode="json", exclude_none=True),
                                   username=username, expected_count=expected_count,
                                   case_ids=case_ids, schema=EDITS_SCHEMA)
