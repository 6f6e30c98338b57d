"""Per-field agreement between predicted and gold cases (tables.md, "Evaluation";
docs/evaluation.md gives every metric's definition).

Everything is scored over the gold: every gold case, every gold person, every gold item. A
gold case the prediction lacks is wrong on each of its fields; a gold person it lacks is
wrong on each person field; predicted cases and people with no gold counterpart are counted
as extras. A field whose gold value is null (for interventions and information levels: an
empty list or mapping, meaning "not coded") is skipped, and every metric says how many gold
items it rests on (`n`).

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

# The version of the metric definitions, kept with first-sight records so that figures measured
# under different definitions are never compared unawares. 1: person fields averaged over
# matched people only, a missed case counted only against included recall and the code sets,
# template fields partly unscored. 2: this module.
METRICS_VERSION = 2

# Case fields scored as accuracy. Only those in ALWAYS_SCORED are scored on cases the gold
# excludes: an excluded review carries no category, incident or template coding.
CASE_FIELDS = ("category", "review_type", "incident_type", "reference_individual",
               "relationship_type", "non_reference_information", "incident_year", "fatal",
               "response_matched_risk")
ALWAYS_SCORED = ("review_type", "incident_year", "fatal")
PERSON_FIELDS = ("gender", "age_band", "ethnicity", "living_arrangement")
SET_FIELDS = ("characteristics", "services", "relationship_characteristics", "weapons",
              "locations", "escalation_markers", "risk_factors", "protective_factors",
              "abusive_behaviours", "technology", "interventions")
PRF_FIELDS = (*SET_FIELDS, "problem")
ACCURACY_FIELDS = ("screening", "included", "reason", *CASE_FIELDS, *PERSON_FIELDS,
                   "information_levels", "grounding", "theme")
# Tallies in the order their metrics are reported.
REPORT_ORDER = (*ACCURACY_FIELDS[:-2], *PRF_FIELDS, "grounding", "theme")
# Accuracy-type tallies whose metric is not called `<name>_accuracy`.
METRIC_NAMES = {"screening": "screening_accuracy", "included": "included_recall",
                "information_levels": "information_levels_agreement",
                "grounding": "grounding_rate", "theme": "theme_agreement"}

# One item of a set field: (role, code) with the quotes that support it.
Item = tuple[str, str]
Extractor = Callable[[Case], dict[Item, list[Evidence]]]


def metric_keys(name: str) -> list[str]:
    """The metric names a tally gives: `characteristics` -> precision, recall and F1."""
    if name in PRF_FIELDS:
        return [f"{name}_precision", f"{name}_recall", f"{name}_f1"]
    return [METRIC_NAMES.get(name, f"{name}_accuracy")]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


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


def _protective_factors(case: Case) -> dict[Item, list[Evidence]]:
    # A protective factor is a context and free text: the context is what can be compared.
    return _person_items(case, lambda p: ((f.context, f.evidence, f.status) for f in p.protective_factors))


def _abusive_behaviours(case: Case) -> dict[Item, list[Evidence]]:
    items: dict[Item, list[Evidence]] = {}
    for b in case.incident.abusive_behaviours:
        if _live(b.status):
            _add(items, ("case", f"{b.phase}:{b.type}"), b.evidence)
    return items


def _case_codes(codes_of: Callable[[Case], list[Any]]) -> Extractor:
    def extract(case: Case) -> dict[Item, list[Evidence]]:
        items: dict[Item, list[Evidence]] = {}
        for c in codes_of(case):
            if _live(c.status):
                _add(items, ("case", c.code), c.evidence)
        return items
    return extract


def _interventions(case: Case) -> dict[Item, list[Evidence]]:
    """One item per level the coding states: 'home:intervened' or 'home:not_intervened'."""
    return {("case", f"{i.level}:{'intervened' if i.intervened else 'not_intervened'}"): []
            for i in case.interventions if i.intervened is not None}


# Interventions are scored apart (see _score_interventions): a level the gold leaves open is
# skipped, so they are not in this table.
EXTRACTORS: dict[str, Extractor] = {
    "characteristics": _characteristics,
    "services": _services,
    "relationship_characteristics": _case_codes(
        lambda c: c.relationship.characteristics if c.relationship else []),
    "weapons": _case_codes(lambda c: c.incident.weapons),
    "locations": _case_codes(lambda c: c.incident.locations),
    "escalation_markers": _case_codes(lambda c: c.escalation.markers),
    "risk_factors": _risk_factors,
    "protective_factors": _protective_factors,
    "abusive_behaviours": _abusive_behaviours,
    "technology": _case_codes(lambda c: c.incident.technology),
}


def _case_value(case: Case, name: str) -> Any:
    if name == "relationship_type":
        return case.relationship.type if case.relationship else None
    return getattr(case, name)


# -- tallies ----------------------------------------------------------------------------

@dataclass
class Tally:
    """Counts for one metric family, kept overall and per category. `skipped` counts the gold
    items (cases or people) left out because the gold has no value there."""

    correct: int = 0
    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    skipped: int = 0
    per_code: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def prf(self) -> tuple[float | None, float | None, float | None]:
        return _prf(self.tp, self.fp, self.fn)


def _prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    # The harmonic mean of precision and recall, written so that it is 0, not undefined,
    # when nothing was predicted but something was to be found.
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    return precision, recall, f1


@dataclass
class Scores:
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    def accuracy(self, name: str, ok: bool) -> None:
        t = self.tallies[name]
        t.total += 1
        t.correct += int(ok)

    def metrics(self, coded: set[str]) -> dict[str, float | None]:
        """Metric values; a list field outside `coded` (the gold set codes no item of it
        anywhere) has no figure at all, since its gold is empty."""
        out: dict[str, float | None] = {}
        for name in REPORT_ORDER:
            if name in self.tallies:
                t = self.tallies[name]
                if name not in PRF_FIELDS:
                    values: tuple[float | None, ...] = (t.accuracy(),)
                else:
                    values = t.prf() if name in coded else (None, None, None)
                out.update(zip(metric_keys(name), values, strict=True))
        return out

    def coded(self) -> set[str]:
        """The list fields of which the gold holds at least one item."""
        return {name for name, t in self.tallies.items() if name in PRF_FIELDS and t.tp + t.fn}

    def gold_items(self) -> dict[str, int]:
        """metric -> how many gold items it rests on (quotes checked, for grounding)."""
        out: dict[str, int] = {}
        for name, t in self.tallies.items():
            n = t.tp + t.fn if name in PRF_FIELDS else t.total
            out.update({key: n for key in metric_keys(name)})
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
    # Person fields over matched people only (the figure of metric definitions 1), for reading.
    matched: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
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

    def skip(self, category: str | None, name: str) -> None:
        for t in self.tallies(category, name):
            t.skipped += 1

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
                      predicted_unmatched=[c.case_id for c in extra],
                      persons_gold=sum(len(c.people) for c in gold), persons_matched=0,
                      persons_gold_unmatched=0, persons_predicted_unmatched=0)
    for g, p, _how in pairs:
        _score_case(run, g, p)
    for g in missed:
        run.error(g, "case", "miss", gold=g.case_id)
        _score_case(run, g, None)
    for p in pred:
        _score_grounding(run, p)
    run.counts["documents_without_text"] = sorted(run.counts.get("documents_without_text", set()))
    run.counts["gold_items"] = run.overall.gold_items()
    agreement = agreement_summary((g, p) for g, p, _ in pairs)
    coded = run.overall.coded()
    overall = run.overall.metrics(coded)
    overall["krippendorff_alpha"] = agreement["krippendorff_alpha"]
    per_field = _per_field(run)
    for name, stats in agreement["per_field"].items():
        per_field.setdefault(name, {}).update(stats)
    return {
        "overall": overall,
        "per_category": {cat: s.metrics(coded) for cat, s in sorted(run.per_category.items())},
        "per_field": per_field,
        "counts": dict(run.counts),
        "errors": run.errors,
    }


def _per_field(run: _Run) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, t in run.overall.tallies.items():
        if name in PRF_FIELDS:
            p, r, f = t.prf() if t.tp + t.fn else (None, None, None)
            codes = {}
            for code, (tp, fp, fn) in sorted(t.per_code.items()):
                cp, cr, cf = _prf(tp, fp, fn)
                codes[code] = {"tp": tp, "fp": fp, "fn": fn, "precision": cp, "recall": cr, "f1": cf}
            out[name] = {"tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": p, "recall": r, "f1": f,
                         "n": t.tp + t.fn, "skipped": t.skipped, "per_code": codes}
        else:
            out[name] = {"correct": t.correct, "total": t.total, "accuracy": t.accuracy(),
                         "n": t.total, "skipped": t.skipped}
    for name, (correct, total) in run.matched.items():
        out[name]["matched_accuracy"] = correct / total if total else None
    return out


def _score_case(run: _Run, g: Case, p: Case | None) -> None:
    """Every field of a gold case; `p` is None when the prediction lacks the case."""
    _score_screening(run, g, p)
    _score_case_fields(run, g, p)
    _score_people(run, g, p)
    for name, extract in EXTRACTORS.items():
        _score_set(run, g, name, extract(g), extract(p) if p is not None else {})
    if g.included:
        _score_interventions(run, g, p)
        _score_information_levels(run, g, p)
    if g.included or p is None:
        _score_problems(run, g, p)


def _score_screening(run: _Run, g: Case, p: Case | None) -> None:
    if g.screening is None:
        run.skip(g.category, "screening")
        return
    category = g.category
    pd = p.screening.decision if p is not None and p.screening else None
    run.score_accuracy(category, "screening", pd == g.screening.decision)
    if g.screening.decision == "include":
        run.score_accuracy(category, "included", pd == "include")
    pr = p.screening.reason if p is not None and p.screening else None
    run.score_accuracy(category, "reason", pr == g.screening.reason)
    if p is not None and (pd != g.screening.decision or pr != g.screening.reason):
        run.error(g, "screening", "wrong", gold=f"{g.screening.decision}:{g.screening.reason}",
                  predicted=f"{pd}:{pr}")


def _score_case_fields(run: _Run, g: Case, p: Case | None) -> None:
    for name in CASE_FIELDS:
        if name not in ALWAYS_SCORED and not g.included:
            continue
        gv = _case_value(g, name)
        if _empty(gv):
            run.skip(g.category, name)
            continue
        pv = _case_value(p, name) if p is not None else None
        run.score_accuracy(g.category, name, gv == pv)
        if p is not None and gv != pv:
            run.error(g, name, "wrong", gold=gv, predicted=pv)


def _score_people(run: _Run, g: Case, p: Case | None) -> None:
    for gp, pp in match_people(g.people, p.people if p is not None else []):
        if gp is None:
            run.counts["persons_predicted_unmatched"] += 1
            continue
        if pp is None:
            run.counts["persons_gold_unmatched"] += 1
            if p is not None:
                run.error(g, "people", "miss", role=gp.role, gold=gp.name)
        else:
            run.counts["persons_matched"] += 1
        _score_person(run, g, gp, pp)


def _score_person(run: _Run, g: Case, gp: Person, pp: Person | None) -> None:
    """A gold person's fields; a person the prediction lacks is wrong on each."""
    for name in PERSON_FIELDS:
        gv = getattr(gp, name)
        if _empty(gv):
            run.skip(g.category, name)
            continue
        pv = getattr(pp, name) if pp is not None else None
        run.score_accuracy(g.category, name, gv == pv)
        if pp is not None:
            run.matched[name][0] += int(gv == pv)
            run.matched[name][1] += 1
            if gv != pv:
                run.error(g, name, "wrong", role=gp.role, person=gp.name, gold=gv, predicted=pv)


def _score_interventions(run: _Run, g: Case, p: Case | None) -> None:
    """(level, intervened or not) over the levels the gold states; a level it leaves open
    (intervened null) is skipped, and so is a case with no level stated."""
    gold = _interventions(g)
    if not gold:
        run.skip(g.category, "interventions")
        return
    stated = {code.split(":")[0] for _, code in gold}
    pred = {k: v for k, v in _interventions(p).items() if k[1].split(":")[0] in stated} if p else {}
    _score_set(run, g, "interventions", gold, pred)


def _score_information_levels(run: _Run, g: Case, p: Case | None) -> None:
    """Agreement with the gold's information level at each intervention level it rates."""
    if not g.information_levels:
        run.skip(g.category, "information_levels")
        return
    predicted = p.information_levels if p is not None else {}
    for level, gv in sorted(g.information_levels.items()):
        pv = predicted.get(level)
        run.score_accuracy(g.category, "information_levels", gv == pv)
        if p is not None and gv != pv:
            run.error(g, "information_levels", "wrong", code=level, gold=gv, predicted=pv)


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


def _score_problems(run: _Run, g: Case, p: Case | None) -> None:
    gold = list(g.practice_problems)
    pred = [pp for pp in (p.practice_problems if p is not None else [])
            if _live(getattr(pp, "status", None))]
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
