"""Per-field agreement between predicted and gold cases (tables.md, "Evaluation").

Cases are matched by case_id, else by any shared document sha256; people within a case by
role, then name, then order. Every metric is reported overall and per gold category, with
the raw counts behind it and an error log of each false positive and miss with its quote.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from reviewsynth.evaluate.agreement import agreement_summary, match_people
from reviewsynth.evaluate.textmatch import TextIndex, quotes_overlap
from reviewsynth.schema import AbusiveBehaviour, Case, Code, Evidence, Person

# Scalar case fields scored as accuracy over matched (gold-included, where stated) cases.
CASE_FIELDS = ("category", "review_type", "incident_type", "reference_individual")
PERSON_FIELDS = ("gender", "age_band", "ethnicity")
SET_FIELDS = ("characteristics", "services", "relationship_characteristics", "weapons",
              "locations", "escalation_markers", "risk_factors")

# One item of a set field: (role, code) with the quotes that support it.
Item = tuple[str, str]
Extractor = Callable[[Case], dict[Item, list[Evidence]]]


# -- extracting the (role, code) sets of each field ---------------------------------------

def _live(status: str | None) -> bool:
    return status != "rejected"  # rejected codes stay in files but never count


def _add(items: dict[Item, list[Evidence]], key: Item, evidence: list[Evidence]) -> None:
    items.setdefault(key, []).extend(evidence)


def _person_items(case: Case, what: Callable[[Person], Iterable[tuple[str, list[Evidence], str]]]
                  ) -> dict[Item, list[Evidence]]:
    items: dict[Item, list[Evidence]] = {}
    for person in case.people:
        for code, evidence, status in what(person):
            if _live(status):
                _add(items, (person.role, code), evidence)
    return items


def _characteristics(case: Case) -> dict[Item, list[Evidence]]:
    return _person_items(case, lambda p: ((c.code, c.evidence, c.status) for c in p.characteristics))


def _services(case: Case) -> dict[Item, list[Evidence]]:
    return _person_items(case, lambda p: ((f"{s.service}:{s.timing}", s.evidence, s.status)
                                          for s in p.services))


def _risk_factors(case: Case) -> dict[Item, list[Evidence]]:
    return _person_items(case, lambda p: ((f"{r.context}:{r.type}", r.evidence, r.status)
                                          for r in p.risk_factors))


def _case_codes(codes_of: Callable[[Case], list[Any]]) -> Extractor:
    def extract(case: Case) -> dict[Item, list[Evidence]]:
        items: dict[Item, list[Evidence]] = {}
        for c in codes_of(case):
            if _live(c.status):
                _add(items, ("case", c.code), c.evidence)
        return items
    return extract


EXTRACTORS: dict[str, Extractor] = {
    "characteristics": _characteristics,
    "services": _services,
    "relationship_characteristics": _case_codes(
        lambda c: c.relationship.characteristics if c.relationship else []),
    "weapons": _case_codes(lambda c: c.incident.weapons),
    "locations": _case_codes(lambda c: c.incident.locations),
    "escalation_markers": _case_codes(lambda c: c.escalation.markers),
    "risk_factors": _risk_factors,
}


# -- tallies ----------------------------------------------------------------------------

@dataclass
class Tally:
    """Counts for one metric family, kept overall and per category."""

    correct: int = 0
    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    per_code: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def prf(self) -> tuple[float | None, float | None, float | None]:
        return _prf(self.tp, self.fp, self.fn)


def _prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class Scores:
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    def accuracy(self, name: str, ok: bool) -> None:
        t = self.tallies[name]
        t.total += 1
        t.correct += int(ok)

    def metrics(self) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for name in ("screening", "included", "reason", *CASE_FIELDS, *PERSON_FIELDS):
            if name in self.tallies:
                key = {"screening": "screening_accuracy", "included": "included_recall"}.get(
                    name, f"{name}_accuracy")
                out[key] = self.tallies[name].accuracy()
        for name in (*SET_FIELDS, "problem"):
            if name in self.tallies:
                p, r, f = self.tallies[name].prf()
                out[f"{name}_precision"], out[f"{name}_recall"], out[f"{name}_f1"] = p, r, f
        if "grounding" in self.tallies:
            out["grounding_rate"] = self.tallies["grounding"].accuracy()
        if "theme" in self.tallies:
            out["theme_agreement"] = self.tallies["theme"].accuracy()
        return out


# -- matching cases ---------------------------------------------------------------------

def match_cases(pred: list[Case], gold: list[Case]) -> tuple[list[tuple[Case, Case, str]], list[Case], list[Case]]:
    """(gold, pred, how) pairs, unmatched gold cases, unmatched predicted cases."""
    by_id = {c.case_id: c for c in pred}
    by_sha: dict[str, Case] = {}
    for c in pred:
        for d in c.documents:
            by_sha.setdefault(d.sha256, c)
    used: set[int] = set()
    pairs: list[tuple[Case, Case, str]] = []
    missed: list[Case] = []
    for g in gold:
        p, how = by_id.get(g.case_id), "case_id"
        if p is None or id(p) in used:
            p, how = next((by_sha[d.sha256] for d in g.documents
                           if d.sha256 in by_sha and id(by_sha[d.sha256]) not in used), None), "sha256"
        if p is None:
            missed.append(g)
            continue
        used.add(id(p))
        pairs.append((g, p, how))
    extra = [c for c in pred if id(c) not in used]
    return pairs, missed, extra


# -- the evaluation ---------------------------------------------------------------------

@dataclass
class _Run:
    texts: dict[str, str] | None
    overall: Scores = field(default_factory=Scores)
    per_category: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    errors: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, Any] = field(default_factory=lambda: defaultdict(int))
    _indexes: dict[str, TextIndex | None] = field(default_factory=dict)

    def index(self, sha: str) -> TextIndex | None:
        if sha not in self._indexes:
            text = (self.texts or {}).get(sha)
            self._indexes[sha] = TextIndex(text) if text is not None else None
        return self._indexes[sha]

    def score_accuracy(self, category: str | None, name: str, ok: bool) -> None:
        self.overall.accuracy(name, ok)
        if category:
            self.per_category[category].accuracy(name, ok)

    def tallies(self, category: str | None, name: str) -> list[Tally]:
        out = [self.overall.tallies[name]]
        if category:
            out.append(self.per_category[category].tallies[name])
        return out

    def error(self, case: Case, field_name: str, kind: str, **info: Any) -> None:
        self.errors.append({"case_id": case.case_id, "category": case.category,
                            "field": field_name, "kind": kind, **info})


def evaluate(pred: list[Case], gold: list[Case], texts: dict[str, str] | None = None) -> dict[str, Any]:
    """Score predicted cases against gold cases; see the module docstring and tables.md."""
    run = _Run(texts)
    pairs, missed, extra = match_cases(pred, gold)
    run.counts.update(cases_gold=len(gold), cases_predicted=len(pred), cases_matched=len(pairs),
                      matched_by_case_id=sum(h == "case_id" for *_, h in pairs),
                      matched_by_sha256=sum(h == "sha256" for *_, h in pairs),
                      gold_unmatched=[c.case_id for c in missed],
                      predicted_unmatched=[c.case_id for c in extra])
    for g, p, _how in pairs:
        _score_case(run, g, p)
    for g in missed:
        _score_missing_case(run, g)
    for p in pred:
        _score_grounding(run, p)
    run.counts["documents_without_text"] = sorted(run.counts.get("documents_without_text", set()))
    agreement = agreement_summary((g, p) for g, p, _ in pairs)
    overall = run.overall.metrics()
    overall["krippendorff_alpha"] = agreement["krippendorff_alpha"]
    per_field = _per_field(run.overall)
    for name, stats in agreement["per_field"].items():
        per_field.setdefault(name, {}).update(stats)
    return {
        "overall": overall,
        "per_category": {cat: s.metrics() for cat, s in sorted(run.per_category.items())},
        "per_field": per_field,
        "counts": dict(run.counts),
        "errors": run.errors,
    }


def _per_field(scores: Scores) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, t in scores.tallies.items():
        if name in SET_FIELDS or name == "problem":
            p, r, f = t.prf()
            codes = {}
            for code, (tp, fp, fn) in sorted(t.per_code.items()):
                cp, cr, cf = _prf(tp, fp, fn)
                codes[code] = {"tp": tp, "fp": fp, "fn": fn, "precision": cp, "recall": cr, "f1": cf}
            out[name] = {"tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": p, "recall": r, "f1": f,
                         "per_code": codes}
        else:
            out[name] = {"correct": t.correct, "total": t.total, "accuracy": t.accuracy()}
    return out


def _score_case(run: _Run, g: Case, p: Case) -> None:
    category = g.category
    _score_screening(run, g, p)
    gold_included = g.included
    for name in CASE_FIELDS:
        if name != "review_type" and not gold_included:
            continue  # excluded cases carry no category, incident or reference individual
        gv, pv = getattr(g, name), getattr(p, name)
        run.score_accuracy(category, name, gv == pv)
        if gv != pv:
            run.error(g, name, "wrong", gold=gv, predicted=pv)
    _score_people(run, g, p)
    for name, extract in EXTRACTORS.items():
        _score_set(run, g, name, extract(g), extract(p))
    if gold_included:
        _score_problems(run, g, p)


def _score_screening(run: _Run, g: Case, p: Case) -> None:
    if g.screening is None:
        return
    category = g.category
    pd = p.screening.decision if p.screening else None
    run.score_accuracy(category, "screening", pd == g.screening.decision)
    if g.screening.decision == "include":
        run.score_accuracy(category, "included", pd == "include")
    pr = p.screening.reason if p.screening else None
    run.score_accuracy(category, "reason", pr == g.screening.reason)
    if pd != g.screening.decision or pr != g.screening.reason:
        run.error(g, "screening", "wrong", gold=f"{g.screening.decision}:{g.screening.reason}",
                  predicted=f"{pd}:{pr}")


def _score_missing_case(run: _Run, g: Case) -> None:
    """A gold case with no prediction: the review was missed; every gold code is a miss."""
    run.error(g, "case", "miss", gold=g.case_id)
    if g.screening is not None and g.screening.decision == "include":
        run.score_accuracy(g.category, "included", False)
    for name, extract in EXTRACTORS.items():
        _score_set(run, g, name, extract(g), {})
    for problem in g.practice_problems:
        for t in run.tallies(g.category, "problem"):
            t.fn += 1
        run.error(g, "practice_problems", "miss", quote=_first_quote(problem.evidence))


def _score_people(run: _Run, g: Case, p: Case) -> None:
    for gp, pp in match_people(g.people, p.people):
        if gp is None:
            run.counts["persons_predicted_unmatched"] += 1
            continue
        if pp is None:
            run.counts["persons_gold_unmatched"] += 1
            run.error(g, "people", "miss", role=gp.role, gold=gp.name)
            continue
        run.counts["persons_matched"] += 1
        for name in PERSON_FIELDS:
            gv, pv = getattr(gp, name), getattr(pp, name)
            run.score_accuracy(g.category, name, gv == pv)
            if gv != pv:
                run.error(g, name, "wrong", role=gp.role, person=gp.name, gold=gv, predicted=pv)


def _score_set(run: _Run, g: Case, name: str, gold: dict[Item, list[Evidence]],
               pred: dict[Item, list[Evidence]]) -> None:
    tallies = run.tallies(g.category, name)
    for key in gold.keys() | pred.keys():
        role, code = key
        hit_gold, hit_pred = key in gold, key in pred
        slot = 0 if hit_gold and hit_pred else (1 if hit_pred else 2)
        for t in tallies:
            if slot == 0:
                t.tp += 1
            elif slot == 1:
                t.fp += 1
            else:
                t.fn += 1
        run.overall.tallies[name].per_code[code][slot] += 1
        if slot == 1:
            run.error(g, name, "false_positive", role=role, code=code, quote=_first_quote(pred[key]))
        elif slot == 2:
            run.error(g, name, "miss", role=role, code=code, quote=_first_quote(gold[key]))


def _first_quote(evidence: list[Evidence]) -> str | None:
    return evidence[0].quote if evidence else None


# -- practice problems ------------------------------------------------------------------

def _problem_sentences(run: _Run, evidence: list[Evidence]) -> set[tuple[str, int]] | None:
    """(document, sentence index) of each quote; None when a document's text is unknown."""
    found: set[tuple[str, int]] = set()
    for ev in evidence:
        idx = run.index(ev.document)
        if idx is None:
            return None
        found |= {(ev.document, i) for i in idx.sentence_ids(ev.quote)}
    return found


def _problems_match(run: _Run, gold_ev: list[Evidence], pred_ev: list[Evidence]) -> bool:
    """Same sentence as a gold quote; without the text, overlapping or containing quotes."""
    gs, ps = _problem_sentences(run, gold_ev), _problem_sentences(run, pred_ev)
    if gs is not None and ps is not None and gs and ps:
        return bool(gs & ps)
    return any(quotes_overlap(a.quote, b.quote) for a in gold_ev for b in pred_ev)


def _score_problems(run: _Run, g: Case, p: Case) -> None:
    gold = list(g.practice_problems)
    pred = [pp for pp in p.practice_problems if _live(getattr(pp, "status", None))]
    matches = [[_problems_match(run, gp.evidence, pp.evidence) for pp in pred] for gp in gold]
    tallies = run.tallies(g.category, "problem")
    for i, gp in enumerate(gold):
        hit = any(matches[i])
        for t in tallies:
            t.tp += int(hit)
            t.fn += int(not hit)
        if not hit:
            run.error(g, "practice_problems", "miss", agency=gp.agency, quote=_first_quote(gp.evidence))
    for j, pp in enumerate(pred):
        if not any(row[j] for row in matches):
            for t in tallies:
                t.fp += 1
            run.error(g, "practice_problems", "false_positive", agency=pp.agency,
                      quote=_first_quote(pp.evidence))
    _score_themes(run, g, gold, pred, matches)


def _score_themes(run: _Run, g: Case, gold: list[Any], pred: list[Any], matches: list[list[bool]]) -> None:
    from reviewsynth.themes.taxonomy import resolve_theme  # lazy: the taxonomy loads a data file

    for i, gp in enumerate(gold):
        j = next((j for j, hit in enumerate(matches[i]) if hit), None)
        if j is None or not gp.theme or not pred[j].theme:
            continue
        same = resolve_theme(gp.theme, gp.text) == resolve_theme(pred[j].theme, pred[j].text)
        run.score_accuracy(g.category, "theme", same)


# -- grounding --------------------------------------------------------------------------

def _all_evidence(case: Case) -> Iterable[Evidence]:
    if case.screening:
        yield from case.screening.evidence
    for person in case.people:
        for group in (person.characteristics, person.risk_factors, person.protective_factors,
                      person.services):
            for item in group:
                if _live(item.status):
                    yield from item.evidence
    codes: list[Code | AbusiveBehaviour] = [*(case.relationship.characteristics if case.relationship else []),
             *case.incident.weapons, *case.incident.locations, *case.incident.technology,
             *case.incident.abusive_behaviours, *case.escalation.markers]
    for code in codes:
        if _live(code.status):
            yield from code.evidence
    for problem in case.practice_problems:
        if _live(getattr(problem, "status", None)):
            yield from problem.evidence


def _score_grounding(run: _Run, case: Case) -> None:
    without = run.counts.setdefault("documents_without_text", set())
    for ev in _all_evidence(case):
        idx = run.index(ev.document)
        if idx is None:
            without.add(ev.document)
            run.counts["quotes_skipped_no_text"] += 1
            continue
        ok = idx.contains(ev.quote)
        run.counts["quotes_checked"] += 1
        run.overall.accuracy("grounding", ok)
        if not ok:
            run.error(case, "grounding", "not_found", quote=ev.quote, document=ev.document)
