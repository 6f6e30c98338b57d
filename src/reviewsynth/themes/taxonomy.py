"""The stage 2 theme taxonomy (`data/themes.yaml`) and cue scoring of practice problems."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from reviewsynth.codebook import load_codebook
from reviewsynth.datafiles import read_data
from reviewsynth.datafiles.rules import ThemesFile
from reviewsynth.themes.problems import agency_labels

STRONG_WEIGHT = 3  # a strong cue names the weakness; a plain cue only points towards it
AGENCY_WEIGHT = 2  # the agency concerned points towards a theme (a school's failing: schools)


@dataclass(frozen=True)
class TaxonomyTheme:
    id: str
    label: str
    description: str
    strong: tuple[re.Pattern[str], ...]
    weak: tuple[re.Pattern[str], ...]
    categories: tuple[str, ...] = ()  # empty: offered in every category
    agencies: frozenset[str] = frozenset()  # practice agency ids whose failings lean this way

    def applies_to(self, category: str | None) -> bool:
        # No category (resolving an analyst's free-text theme): every theme is offered.
        return not self.categories or category is None or category in self.categories

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
    # Validated: categories against the codebook, agencies against data/practice_agencies.yaml.
    raw = read_data(path, ThemesFile, codebook=load_codebook(), agencies=set(agency_labels()))
    themes = []
    for theme_id, spec in (raw.get("themes") or {}).items():
        themes.append(TaxonomyTheme(
            id=str(theme_id),
            label=str(spec.get("label", theme_id)),
            description=str(spec.get("description", "")),
            strong=tuple(_cue(c) for c in spec.get("strong_cues", []) or []),
            weak=tuple(_cue(c) for c in spec.get("cues", []) or []),
            categories=tuple(spec.get("categories", []) or []),
            agencies=frozenset(spec.get("agencies", []) or []),
        ))
    return tuple(themes)


def load_taxonomy(path: str | Path | None = None) -> tuple[TaxonomyTheme, ...]:
    return _load(str(path or default_taxonomy_path()))


def _cue_hits(text: str, taxonomy: tuple[TaxonomyTheme, ...]) -> list[tuple[int, int, str, int]]:
    """(start, end, theme id, weight) of every cue hit, longest phrase first, each stretch of
    text counted once: "multi-agency risk assessment conference" cues MARAC and not also
    risk assessment."""
    hits = []
    for t in taxonomy:
        for weight, patterns in ((STRONG_WEIGHT, t.strong), (1, t.weak)):
            for p in patterns:
                hits += [(m.start(), m.end(), t.id, weight) for m in p.finditer(text)]
    hits.sort(key=lambda h: (-(h[1] - h[0]), -h[3], h[0]))
    taken: list[tuple[int, int]] = []
    kept = []
    for h in hits:
        if any(h[0] < e and s < h[1] for s, e in taken):
            continue
        taken.append((h[0], h[1]))
        kept.append(h)
    return kept


def score_themes(text: str, category: str | None = None,
                 taxonomy: tuple[TaxonomyTheme, ...] | None = None,
                 agencies: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """(theme id, score) for every theme the text cues, best first (ties: taxonomy order).

    A cue counts once per theme however often it occurs; overlapping cues count for the
    longest phrase only. A theme leaning towards one of the problem's `agencies` gains
    AGENCY_WEIGHT, once.
    """
    taxonomy = taxonomy or load_taxonomy()
    offered = [t for t in taxonomy if t.applies_to(category)]
    order = {t.id: i for i, t in enumerate(offered)}
    seen: set[tuple[str, str]] = set()
    scores: dict[str, int] = {}
    for start, end, theme_id, weight in _cue_hits(text, tuple(offered)):
        phrase = text[start:end].lower()
        if (theme_id, phrase) in seen:
            continue
        seen.add((theme_id, phrase))
        scores[theme_id] = scores.get(theme_id, 0) + weight
    for t in offered:
        if t.agencies & set(agencies):
            scores[t.id] = scores.get(t.id, 0) + AGENCY_WEIGHT
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))


def best_theme(text: str, category: str | None = None, min_score: int = STRONG_WEIGHT,
               taxonomy: tuple[TaxonomyTheme, ...] | None = None,
               agencies: tuple[str, ...] = ()) -> str | None:
    """The taxonomy theme a problem belongs to, or None when no theme is cued strongly enough."""
    scored = score_themes(text, category, taxonomy, agencies)
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
    # "Role of schools; exploitation seen as behaviour": the first part names the theme, and
    # a taxonomy label that contains it ("The role of schools") is that theme.
    head = _plain(re.split(r"[;:(]", key)[0])
    if len(head.split()) >= 2:
        for t in taxonomy:
            if f" {head} " in f" {_plain(t.label)} ":
                return t.id
    found = best_theme(theme, None, min_score=1, taxonomy=taxonomy)
    return found or key


def _plain(words: str) -> str:
    """Lower-case words without punctuation or a leading article."""
    words = " ".join(re.sub(r"[^a-z0-9' ]", " ", words.lower()).split())
    return re.sub(r"^(?:the|a|an) ", "", words)
