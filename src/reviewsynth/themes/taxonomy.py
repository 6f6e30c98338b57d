"""The stage 2 theme taxonomy (`data/themes.yaml`) and cue scoring of practice problems."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

STRONG_WEIGHT = 3  # a strong cue names the weakness; a plain cue only points towards it


@dataclass(frozen=True)
class TaxonomyTheme:
    id: str
    label: str
    description: str
    strong: tuple[re.Pattern[str], ...]
    weak: tuple[re.Pattern[str], ...]
    categories: tuple[str, ...] = ()  # empty: offered in every category

    def applies_to(self, category: str | None) -> bool:
        return not self.categories or category in self.categories

    def score(self, text: str) -> int:
        return (STRONG_WEIGHT * sum(1 for p in self.strong if p.search(text))
                + sum(1 for p in self.weak if p.search(text)))


def default_taxonomy_path() -> Path:
    return Path(str(resources.files("reviewsynth") / "data" / "themes.yaml"))


def _cue(phrase: str) -> re.Pattern[str]:
    # Cues match at a word start and may be prefixes ("disengag").
    return re.compile(r"(?<![\w])" + re.escape(phrase.lower()), re.I)


@lru_cache(maxsize=8)
def _load(path: str) -> tuple[TaxonomyTheme, ...]:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    themes = []
    for theme_id, spec in (raw.get("themes") or {}).items():
        themes.append(TaxonomyTheme(
            id=str(theme_id),
            label=str(spec.get("label", theme_id)),
            description=str(spec.get("description", "")),
            strong=tuple(_cue(c) for c in spec.get("strong_cues", []) or []),
            weak=tuple(_cue(c) for c in spec.get("cues", []) or []),
            categories=tuple(spec.get("categories", []) or []),
        ))
    return tuple(themes)


def load_taxonomy(path: str | Path | None = None) -> tuple[TaxonomyTheme, ...]:
    return _load(str(path or default_taxonomy_path()))


def score_themes(text: str, category: str | None = None,
                 taxonomy: tuple[TaxonomyTheme, ...] | None = None) -> list[tuple[str, int]]:
    """(theme id, score) for every theme the text cues, best first (ties: taxonomy order)."""
    taxonomy = taxonomy or load_taxonomy()
    scored = [(t.id, t.score(text), i) for i, t in enumerate(taxonomy) if t.applies_to(category)]
    scored = [s for s in scored if s[1] > 0]
    scored.sort(key=lambda s: (-s[1], s[2]))
    return [(theme_id, score) for theme_id, score, _ in scored]


def best_theme(text: str, category: str | None = None, min_score: int = STRONG_WEIGHT,
               taxonomy: tuple[TaxonomyTheme, ...] | None = None) -> str | None:
    """The taxonomy theme a problem belongs to, or None when no theme is cued strongly enough."""
    scored = score_themes(text, category, taxonomy)
    if scored and scored[0][1] >= min_score:
        return scored[0][0]
    return None


def resolve_theme(theme: str, text: str | None = None) -> str:
    """A comparable form of a theme: a taxonomy id when the theme names or cues one.

    Used to compare a gold coder's free-text theme ("Repeat reports not linked") with a
    taxonomy id; falls back to the normalised wording when no taxonomy theme is cued.
    """
    del text  # the theme's own wording decides; the problem text would blur the comparison
    taxonomy = load_taxonomy()
    key = " ".join(theme.lower().split())
    for t in taxonomy:
        if key in (t.id, t.label.lower()):
            return t.id
    found = best_theme(theme, None, min_score=1, taxonomy=taxonomy)
    return found or key
