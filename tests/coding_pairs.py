"""A hand-made pair of codings with agreement figures worked out by hand, made through the same
operations people use (assign, accept, reject, save a field) on a real store.

The case "case-k" suggests 12 characteristics for the victim. The two coders (assisted mode)
decide them so that over the 10 items both completed:

    both present 4, A only 1, B only 2, both absent 3          (n = 10, agreed 7)

    % agreement  po = 7/10 = 0.7
    Cohen's kappa: pA(present) = 5/10, pB(present) = 6/10, pe = .5*.6 + .5*.4 = .5,
                 kappa = (.7 - .5) / (1 - .5) = 0.4
    Krippendorff's alpha: coincidences o_pp = 8, o_aa = 6, o_pa = o_ap = 3; n_p = 11, n_a = 9,
                 n = 20; alpha = 1 - (n - 1) * 6 / (2 * 11 * 9) = 1 - 114/198 = 0.424242...
    Gwet's AC1: pi_p = 11/20, pi_a = 9/20, pe = 2 * .55 * .45 = .495,
                 AC1 = (.7 - .495) / (1 - .495) = 0.405940...

One more code A accepted and B left suggested is *left out* (not an item); one both left
suggested is neither. Category: both saved intimate partner violence (n 1, agreement 1). The
victim's gender: only A saved it, as not reported (left out; B still has the suggested female).
Neither marks the coding complete.
"""

from __future__ import annotations

from reviewsynth import verify
from reviewsynth.codebook import load_codebook
from reviewsynth.schema import Case, Code, DocumentRef, Person, Screening
from reviewsynth.store import Store
from tests.e2e.seed import make_document, quote_evidence

CASE_ID = "case-k"
KNOWN = {"n": 10, "agreed": 7, "left_out": 1, "agreement": 0.7, "kappa": 0.4,
         "alpha": 1 - 114 / 198, "ac1": (0.7 - 0.495) / (1 - 0.495)}
# code index -> (coder A's decision, coder B's decision); None: left suggested
DECISIONS: list[tuple[str | None, str | None]] = (
    [("accepted", "accepted")] * 4 + [("accepted", "rejected")] + [("rejected", "accepted")] * 2
    + [("rejected", "rejected")] * 3 + [("accepted", None), (None, None)])


def codes() -> list[str]:
    return load_codebook()["characteristics"].ids[:len(DECISIONS)]


def known_case() -> tuple[Case, object]:
    pages = ["Review of the death of Ms K. " + " ".join(f"Ms K had {c.replace('_', ' ')}." for c in codes())]
    doc = make_document(pages, "dhr-k.pdf")
    victim = Person(person_id="v1", role="victim", name="Ms K", gender="female",
                    characteristics=[Code(code=c, evidence=[quote_evidence(doc, f"Ms K had {c.replace('_', ' ')}")])
                                     for c in codes()])
    case = Case(case_id=CASE_ID, title="DHR Ms K", review_type="dhr",
                documents=[DocumentRef(path=doc.path, sha256=doc.sha256, pages=1)],
                screening=Screening(decision="include", reason="homicide"),
                category="intimate_partner_violence", people=[victim, Person(person_id="p1", role="perpetrator")])
    return case, doc


def _decide(store: Store, coder: str, index: int, status: str) -> None:
    loaded = verify.load(store, CASE_ID, coder)
    assert loaded is not None
    verify.apply(store, CASE_ID, lambda c: verify.set_status(c, f"people/v1/characteristics/{index}", status),  # type: ignore[arg-type]
                 expected_version=loaded.version, username=coder, coder=coder)


def _save_field(store: Store, coder: str, target: str, value: str) -> None:
    loaded = verify.load(store, CASE_ID, coder)
    assert loaded is not None
    verify.apply(store, CASE_ID, lambda c: verify.set_field(c, target, value),
                 expected_version=loaded.version, username=coder, coder=coder)


def make_known_pair(store: Store, coder_a: str = "cody", coder_b: str = "cora", admin: str = "ada") -> None:
    """Store case-k and code it as above (coder A is the first in name order, as the
    reconciliation and agreement pages list them)."""
    case, doc = known_case()
    store.add_document(doc)  # type: ignore[arg-type]
    store.save_suggested_case(case, engine_version="test")
    verify.assign_double(store, CASE_ID, [coder_a, coder_b], username=admin, mode="assisted")
    for index, (a, b) in enumerate(DECISIONS):
        if a:
            _decide(store, coder_a, index, a)
        if b:
            _decide(store, coder_b, index, b)
    for coder in (coder_a, coder_b):
        _save_field(store, coder, "category", "intimate_partner_violence")
    _save_field(store, coder_a, "people/v1/gender", "")
