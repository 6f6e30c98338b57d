"""Agreement statistics against hand-computed textbook values and general properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewsynth.evaluate.agreement import (
    agreement_summary,
    codings_to_units,
    cohens_kappa,
    gwet_ac1,
    krippendorff_alpha,
    match_people,
    percent_agreement,
)
from reviewsynth.schema import Case, Code, Person, Screening, Service

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", reliability data with
# 4 observers, 12 units and missing values; nominal alpha = 0.743.
K_A = [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None]
K_B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3]
K_C = [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None]
K_D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]


def test_krippendorff_published_example_nominal() -> None:
    units = list(zip(K_A, K_B, K_C, K_D, strict=True))
    assert krippendorff_alpha(units) == pytest.approx(0.743, abs=0.0005)


def test_krippendorff_two_coders_by_hand() -> None:
    # Two coders, 4 units: (a,a) (a,b) (b,b) (b,b). Coincidences: o_aa=2, o_ab=o_ba=1, o_bb=4;
    # n_a=3, n_b=5, n=8. alpha = 1 - (n-1) * 2 / (2 * n_a * n_b) = 1 - 7*2/30 = 0.5333...
    units = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]
    assert krippendorff_alpha(units) == pytest.approx(1 - 14 / 30)


def test_cohens_kappa_textbook() -> None:
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15: po = 0.7, pe = 0.5, kappa = 0.4.
    pairs = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15
    assert percent_agreement(pairs) == pytest.approx(0.7)
    assert cohens_kappa(pairs) == pytest.approx(0.4)


def test_gwet_ac1_by_hand() -> None:
    # The 50 items above: pi_yes = (25 + 30) / 100 = .55, pe = 2 * .55 * .45 = .495,
    # AC1 = (.7 - .495) / (1 - .495) = 0.40594...
    pairs = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15
    assert gwet_ac1(pairs) == pytest.approx((0.7 - 0.495) / 0.505)
    # Three values: 6 items, agreed 4; ratings a 5, b 4, c 3 of 12; pe = (5/12*7/12 + 4/12*8/12
    # + 3/12*9/12) / 2 = 0.3229...; AC1 = (4/6 - pe) / (1 - pe).
    three = [("a", "a"), ("a", "a"), ("b", "b"), ("c", "c"), ("a", "b"), ("b", "c")]
    pe = (5 / 12 * 7 / 12 + 4 / 12 * 8 / 12 + 3 / 12 * 9 / 12) / 2
    assert gwet_ac1(three) == pytest.approx((4 / 6 - pe) / (1 - pe))
    assert gwet_ac1([("a", None)]) is None and gwet_ac1([("a", "a")]) == 1.0


def test_missing_values_are_dropped() -> None:
    assert percent_agreement([("a", None), (None, None)]) is None
    assert cohens_kappa([("a", "a"), ("b", "b"), ("a", None)]) == pytest.approx(1.0)
    assert krippendorff_alpha([("a", None), (None, "b")]) is None


values = st.sampled_from(["a", "b", "c", "d"])
pair_lists = st.lists(st.tuples(values, values), min_size=1, max_size=40)


@given(st.lists(values, min_size=1, max_size=40))
def test_perfect_agreement_gives_one(codes: list[str]) -> None:
    pairs = [(c, c) for c in codes]
    assert cohens_kappa(pairs) == pytest.approx(1.0)
    assert krippendorff_alpha(pairs) == pytest.approx(1.0)
    assert gwet_ac1(pairs) == pytest.approx(1.0)
    assert percent_agreement(pairs) == 1.0


@given(pair_lists)
def test_symmetric_in_coders(pairs: list[tuple[str, str]]) -> None:
    swapped = [(b, a) for a, b in pairs]
    assert cohens_kappa(pairs) == pytest.approx(cohens_kappa(swapped))
    assert krippendorff_alpha(pairs) == pytest.approx(krippendorff_alpha(swapped))
    assert gwet_ac1(pairs) == pytest.approx(gwet_ac1(swapped))


@given(pair_lists)
def test_bounds(pairs: list[tuple[str, str]]) -> None:
    kappa = cohens_kappa(pairs)
    alpha = krippendorff_alpha(pairs)
    assert kappa is not None and -1.0 - 1e-9 <= kappa <= 1.0 + 1e-9
    # Alpha is at most 1; its minimum depends on n, but stays above -1 for two coders' data
    # with at least 2 units in practice; check the upper bound and finiteness.
    assert alpha is not None and alpha <= 1.0 + 1e-9
    assert 0.0 <= percent_agreement(pairs) <= 1.0


def _case(case_id: str, category: str, people: list[Person]) -> Case:
    return Case(case_id=case_id, category=category, people=people,
                screening=Screening(decision="include", reason="intimate_partner_homicide"))


def test_match_people_by_role_then_name_then_order() -> None:
    gold = [Person(person_id="v1", role="victim", name="Anna"),
            Person(person_id="p1", role="perpetrator", name="Mr S"),
            Person(person_id="p2", role="perpetrator", name="Mr T")]
    pred = [Person(person_id="x", role="perpetrator", name="Mr T"),
            Person(person_id="y", role="perpetrator", name="Someone"),
            Person(person_id="z", role="victim", name=None)]
    pairs = {(g.person_id if g else None, p.person_id if p else None) for g, p in match_people(gold, pred)}
    assert pairs == {("v1", "z"), ("p2", "x"), ("p1", "y")}


def test_codings_to_units_fields_and_presence() -> None:
    a = _case("c", "intimate_partner_violence", [Person(
        person_id="v1", role="victim", name="Anna", gender="female",
        characteristics=[Code(code="alcohol_misuse")],
        services=[Service(service="police", timing="prior")])])
    b = _case("c", "adult_family_violence", [Person(
        person_id="v1", role="victim", name="Anna", gender="male",
        characteristics=[Code(code="alcohol_misuse"), Code(code="drug_misuse", status="rejected")])])
    units = codings_to_units(a, b)
    assert units["screening_decision"] == [("include", "include")]
    assert units["category"] == [("intimate_partner_violence", "adult_family_violence")]
    assert units["gender"] == [("female", "male")]
    assert (True, True) in units["characteristics"]
    assert (True, False) in units["services"]  # police prior coded by a only
    assert all(pair != (False, True) for pair in units["characteristics"])  # rejected never counts
    summary = agreement_summary([(a, b)])
    assert summary["per_field"]["gender"]["percent_agreement"] == 0.0
    assert summary["per_field"]["screening_decision"]["kappa"] == 1.0
