"""Agreement statistics for double coding: percentage agreement, Cohen's kappa, Krippendorff's
alpha and Gwet's AC1 (which, unlike kappa and alpha, stays high when one value dominates).

Implemented here (no extra dependency) for nominal data. Conventions for the degenerate case
where only one value ever occurs (chance agreement is 1, so the coefficients are 0/0): when the
coders never disagree we report 1.0, because the observed agreement is perfect; this keeps
"perfect agreement gives 1" true for every input. `None` means missing (not coded by that
coder) and is dropped, as Krippendorff's alpha prescribes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from itertools import permutations
from typing import Any

from reviewsynth.schema import Case, Person

Value = Hashable
Pair = tuple[Value | None, Value | None]


def percent_agreement(pairs: Iterable[Pair]) -> float | None:
    """Share of units on which both coders gave the same value (units with a missing value skipped)."""
    complete = [(a, b) for a, b in pairs if a is not None and b is not None]
    if not complete:
        return None
    return sum(a == b for a, b in complete) / len(complete)


def cohens_kappa(pairs: Iterable[Pair]) -> float | None:
    """Cohen's kappa for two coders and nominal values: (po - pe) / (1 - pe)."""
    complete = [(a, b) for a, b in pairs if a is not None and b is not None]
    if not complete:
        return None
    n = len(complete)
    observed = sum(a == b for a, b in complete) / n
    count_a = Counter(a for a, _ in complete)
    count_b = Counter(b for _, b in complete)
    expected = sum(count_a[v] * count_b.get(v, 0) for v in count_a) / (n * n)
    if expected >= 1.0:  # one value only: agreement is perfect, chance cannot be separated
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1.0 - expected)


def krippendorff_alpha(units: Iterable[Sequence[Value | None]]) -> float | None:
    """Krippendorff's alpha (nominal) for any number of coders, with missing values.

    `units` holds, per unit, the value each coder gave (None where a coder gave none).
    alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c * n_k, over the coincidence
    matrix o of pairable values (units with at least two values).
    """
    coincidence: defaultdict[tuple[Value, Value], float] = defaultdict(float)
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for c, k in permutations(values, 2):  # ordered pairs of different coders
            coincidence[(c, k)] += 1.0 / (m - 1)
    if not coincidence:
        return None
    marginals: defaultdict[Value, float] = defaultdict(float)
    for (c, _k), weight in coincidence.items():
        marginals[c] += weight
    n = sum(marginals.values())
    disagreement = sum(w for (c, k), w in coincidence.items() if c != k)
    expected = sum(marginals[c] * marginals[k] for c in marginals for k in marginals if c != k)
    if expected == 0:  # a single value across all units
        return 1.0 if disagreement == 0 else 0.0
    return 1.0 - (n - 1) * disagreement / expected


def gwet_ac1(pairs: Iterable[Pair]) -> float | None:
    """Gwet's AC1 for two coders and nominal values: (pa - pe) / (1 - pe), with chance
    agreement pe = sum_q pi_q (1 - pi_q) / (Q - 1), pi_q the share of all ratings that are q and
    Q the number of values seen. Robust to prevalence: a rare code both coders almost always
    leave out keeps a high AC1 where kappa falls to 0."""
    complete = [(a, b) for a, b in pairs if a is not None and b is not None]
    if not complete:
        return None
    n = len(complete)
    observed = sum(a == b for a, b in complete) / n
    ratings = Counter(v for pair in complete for v in pair)
    if len(ratings) < 2:  # one value only: agreement is perfect
        return 1.0
    shares = [count / (2 * n) for count in ratings.values()]
    expected = sum(p * (1 - p) for p in shares) / (len(ratings) - 1)
    return (observed - expected) / (1.0 - expected)


# -- turning two codings of one case into units ---------------------------------------------

def match_people(gold: list[Person], pred: list[Person]) -> list[tuple[Person | None, Person | None]]:
    """Pair people of two codings: within a role, first by name, then in order.

    Returns (gold person, predicted person) pairs; an unmatched person is paired with None.
    """
    pairs: list[tuple[Person | None, Person | None]] = []
    for role in ("victim", "perpetrator"):
        g_left = [p for p in gold if p.role == role]
        p_left = [p for p in pred if p.role == role]
        for g in list(g_left):
            name = _norm_name(g.name)
            hit = next((p for p in p_left if name and _norm_name(p.name) == name), None)
            if hit is not None:
                pairs.append((g, hit))
                g_left.remove(g)
                p_left.remove(hit)
        for g, p in zip(g_left, p_left, strict=False):
            pairs.append((g, p))
        extra_gold = g_left[len(p_left):]
        extra_pred = p_left[len(g_left):]
        pairs.extend((g, None) for g in extra_gold)
        pairs.extend((None, p) for p in extra_pred)
    return pairs


def _norm_name(name: str | None) -> str:
    return " ".join((name or "").lower().replace("'", "").split())


def _characteristic_ids() -> list[str]:
    from reviewsynth.codebook import load_codebook

    return load_codebook()["characteristics"].ids


def _service_ids() -> list[str]:
    from reviewsynth.codebook import load_codebook

    return load_codebook()["services"].ids


def _person_codes(person: Person | None) -> tuple[set[str], set[str]]:
    if person is None:
        return set(), set()
    chars = {c.code for c in person.characteristics if c.status != "rejected"}
    services = {f"{s.service}:{s.timing}" for s in person.services if s.status != "rejected"}
    return chars, services


def codings_to_units(a: Case, b: Case) -> dict[str, list[tuple[Any, Any]]]:
    """Two codings of one case as per-field (value_a, value_b) units for agreement statistics.

    Fields: screening_decision, category, gender, age_band, ethnicity (one unit per matched
    person) and characteristics and services (one unit per person x codebook code, the value
    being whether the code is present). A person only one coder found gives None (missing) on
    the other side for demographics; for code presence the other coder coded nothing, so absent.
    """
    units: dict[str, list[tuple[Any, Any]]] = {
        "screening_decision": [(a.screening.decision if a.screening else None,
                                b.screening.decision if b.screening else None)],
        "category": [(a.category, b.category)],
        "gender": [], "age_band": [], "ethnicity": [], "characteristics": [], "services": [],
    }
    char_ids = _characteristic_ids()
    service_ids = [f"{s}:{t}" for s in _service_ids() for t in ("prior", "after")]
    for pa, pb in match_people(a.people, b.people):
        for field in ("gender", "age_band", "ethnicity"):
            units[field].append((getattr(pa, field) if pa else None, getattr(pb, field) if pb else None))
        chars_a, services_a = _person_codes(pa)
        chars_b, services_b = _person_codes(pb)
        for code in char_ids + sorted((chars_a | chars_b) - set(char_ids)):
            units["characteristics"].append((code in chars_a, code in chars_b))
        for code in service_ids + sorted((services_a | services_b) - set(service_ids)):
            units["services"].append((code in services_a, code in services_b))
    return units


def agreement_summary(case_pairs: Iterable[tuple[Case, Case]]) -> dict[str, Any]:
    """Per-field percent agreement and kappa, and Krippendorff's alpha over all fields pooled."""
    per_field: dict[str, list[tuple[Any, Any]]] = {}
    for a, b in case_pairs:
        for field, pairs in codings_to_units(a, b).items():
            per_field.setdefault(field, []).extend(pairs)
    fields = {
        field: {
            "units": len(pairs),
            "percent_agreement": percent_agreement(pairs),
            "kappa": cohens_kappa(pairs),
            "alpha": krippendorff_alpha(pairs),
        }
        for field, pairs in per_field.items()
    }
    # Values are tagged with their field so that pooling never confuses two fields' values.
    pooled = [tuple(None if v is None else (field, v) for v in pair)
              for field, pairs in per_field.items() for pair in pairs]
    return {"per_field": fields, "krippendorff_alpha": krippendorff_alpha(pooled)}
