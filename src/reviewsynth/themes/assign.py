"""Group practice problems into themes (method.md section 5, steps 2 to 4).

First each problem is given the taxonomy theme its wording cues most strongly
(`data/themes.yaml`). Problems no taxonomy theme fits are clustered (TF-IDF over their text,
agglomerative clustering with a cosine distance threshold: deterministic, offline) and each
cluster shown by at least two reviews becomes a discovered theme, labelled by the failing its
problems share in their own words (`themes.labels`: "GP did not ask about domestic abuse").
Themes are built per category and ranked by the number of reviews showing them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from reviewsynth.schema import Case, PracticeProblem
from reviewsynth.themes.labels import theme_label
from reviewsynth.themes.model import Theme, ThemeMember, rank_themes, set_theme_label
from reviewsynth.themes.problems import problem_key
from reviewsynth.themes.taxonomy import best_theme, load_taxonomy

UNASSIGNED = "other_practice_problems"
DISCOVERED_PREFIX = "discovered_"
CLUSTER_DISTANCE = 0.85  # cosine distance under which two problems' wordings belong together
MIN_CLUSTER_REVIEWS = 2  # a discovered theme must be shown by at least this many reviews
LINES_OF_ENQUIRY = (3, 6)  # the method describes three to six themes per category
# Words every problem statement shares: they would label a discovered theme "did, not".
_PROBLEM_STOP_WORDS = ("did", "does", "didn", "not", "no", "review", "reviewer", "panel", "professional",
                       "professionals", "agency", "agencies", "service", "services", "considered")


def _stop_words() -> list[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return sorted(ENGLISH_STOP_WORDS | set(_PROBLEM_STOP_WORDS))


def problem_id(case: Case, problem: PracticeProblem) -> str:
    """The problem's stable id (set by the finder; derived from its first quote otherwise)."""
    pid = getattr(problem, "problem_id", None)
    if pid:
        return str(pid)
    quote = problem.evidence[0].quote if problem.evidence else problem.text
    doc = problem.evidence[0].document if problem.evidence else case.case_id
    return problem_key(doc, quote)


def _member(case: Case, problem: PracticeProblem) -> ThemeMember:
    factors: list[str] = [f["factor"] for f in getattr(problem, "systemic_factors", []) or []
               if isinstance(f, dict) and f.get("factor")]
    return ThemeMember(problem_id=problem_id(case, problem), case_id=case.case_id, text=problem.text,
                       agency=problem.agency, agencies=list(getattr(problem, "agencies", []) or []),
                       evidence=list(problem.evidence), systemic_factors=factors)


def theme_text(problem: PracticeProblem) -> str:
    """What a problem's theme is judged on: its statement and every quote for it (a finding
    that restates an analysis paragraph often names the weakness in general terms)."""
    quotes = [e.quote for e in problem.evidence if e.quote not in problem.text]
    return " ".join([problem.text, *quotes])


def _live(problem: PracticeProblem) -> bool:
    return getattr(problem, "status", None) != "rejected"


def assign_themes(cases: list[Case], taxonomy_path: str | Path | None = None) -> list[Theme]:
    """Set each included case's problems' `theme` and return the ranked themes per category."""
    taxonomy = load_taxonomy(taxonomy_path)
    by_id = {t.id: t for t in taxonomy}
    themes: dict[tuple[str | None, str], Theme] = {}
    leftovers: list[tuple[Case, PracticeProblem]] = []
    for case in cases:
        if not case.included:
            continue
        for problem in case.practice_problems:
            if not _live(problem):
                continue
            theme_id = best_theme(theme_text(problem), case.category, taxonomy=taxonomy,
                                  agencies=tuple(getattr(problem, "agencies", None) or ()))
            if theme_id is None:
                leftovers.append((case, problem))
                continue
            problem.theme = theme_id
            t = by_id[theme_id]
            theme = themes.setdefault((case.category, theme_id),
                                      Theme(theme_id, t.label, case.category, t.description))
            theme.members.append(_member(case, problem))
            set_theme_label(problem, theme)
    for theme in _discover(leftovers):
        themes[(theme.category, theme.id)] = theme
    return rank_themes(list(themes.values()))


def _discover(leftovers: list[tuple[Case, PracticeProblem]]) -> list[Theme]:
    """Cluster problems no taxonomy theme fits; the rest go to 'Other practice problems'."""
    clusters = _cluster([p.text for _c, p in leftovers]) if len(leftovers) >= 2 else [[i] for i in range(len(leftovers))]
    themes: dict[tuple[str | None, str], Theme] = {}
    for members, label_terms in clusters_with_terms(clusters, [p.text for _c, p in leftovers]):
        reviews = {leftovers[i][0].case_id for i in members}
        if len(reviews) >= MIN_CLUSTER_REVIEWS and label_terms:
            # Named by the failing its problems share, in their own words.
            label = theme_label([leftovers[i][1].text for i in members],
                                [leftovers[i][1].agency for i in members])
            theme_id = DISCOVERED_PREFIX + hashlib.sha1(label.lower().encode()).hexdigest()[:8]
            source = "discovered"
        else:
            theme_id, label, source = UNASSIGNED, "Other practice problems", "unassigned"
        for i in members:
            case, problem = leftovers[i]
            problem.theme = theme_id
            theme = themes.setdefault((case.category, theme_id),
                                      Theme(theme_id, label, case.category, source=source))
            theme.members.append(_member(case, problem))
            set_theme_label(problem, theme)
    return list(themes.values())


def _cluster(texts: list[str]) -> list[list[int]]:
    """Agglomerative clustering of TF-IDF vectors (average linkage, cosine distance)."""
    from sklearn.cluster import AgglomerativeClustering  # lazy: scikit-learn is slow to import
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        vectors = TfidfVectorizer(stop_words=_stop_words(), sublinear_tf=True, min_df=1).fit_transform(texts)
    except ValueError:  # only stop words
        return [[i] for i in range(len(texts))]
    dense = vectors.toarray()
    # A problem worded only in stop words has no direction to compare (cosine is undefined):
    # it stands alone, and the others are clustered without it.
    worded = [i for i, row in enumerate(dense) if row.any()]
    if len(worded) < 2:
        return [[i] for i in range(len(texts))]
    model = AgglomerativeClustering(n_clusters=None, distance_threshold=CLUSTER_DISTANCE,
                                    metric="cosine", linkage="average")
    groups: dict[int, list[int]] = {}
    for i, label in zip(worded, model.fit_predict(dense[worded]), strict=True):
        groups.setdefault(int(label), []).append(i)
    clustered = set(worded)
    singles = [[i] for i in range(len(texts)) if i not in clustered]
    return sorted([*groups.values(), *singles], key=lambda g: g[0])


def clusters_with_terms(clusters: list[list[int]], texts: list[str], n_terms: int = 3
                        ) -> list[tuple[list[int], list[str]]]:
    """Each cluster with its top TF-IDF terms (shared by most members first)."""
    if not texts:
        return []
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        vectorizer = TfidfVectorizer(stop_words=_stop_words(), min_df=1)
        matrix = vectorizer.fit_transform(texts)
    except ValueError:
        return [(c, []) for c in clusters]
    vocab = vectorizer.get_feature_names_out()
    out = []
    for members in clusters:
        weights = matrix[members].sum(axis=0).A1
        presence = (matrix[members] > 0).sum(axis=0).A1
        order = sorted(range(len(vocab)), key=lambda j: (-presence[j], -weights[j], vocab[j]))
        terms = [str(vocab[j]) for j in order[:n_terms] if weights[j] > 0 and not vocab[j].isdigit()]
        out.append((members, terms))
    return out


def lines_of_enquiry(cases: list[Case], category: str, themes: list[Theme] | None = None) -> list[Theme]:
    """The method's three to six lines of enquiry for a category: its top themes by reviews.

    Themes shown by a single review only make the list when fewer than three themes are
    shown by two or more; 'Other practice problems' never does.
    """
    themes = themes if themes is not None else assign_themes(cases)
    ranked = [t for t in rank_themes([t for t in themes if t.category == category])
              if t.id != UNASSIGNED]
    low, high = LINES_OF_ENQUIRY
    shared = [t for t in ranked if t.n_reviews >= 2]
    chosen = shared if len(shared) >= low else ranked[:low]
    return chosen[:high]
