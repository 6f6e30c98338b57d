"""`reviewsynth.evaluate` scores over the gold: missed people and cases count as wrong, every
template field has a metric, null gold fields are skipped and each metric says its `n`.

Every figure here is worked out by hand from the pairs below (the comments show the counts)."""

from __future__ import annotations

import pytest

from reviewsynth.evaluate import evaluate
from reviewsynth.schema import (
    AbusiveBehaviour,
    Case,
    Code,
    DocumentRef,
    Evidence,
    Incident,
    Intervention,
    Person,
    PracticeProblem,
    ProtectiveFactor,
    Relationship,
    RiskFactor,
    Screening,
)

SHA_A, SHA_B, SHA_C = "a" * 64, "b" * 64, "c" * 64


def ev(quote: str, sha: str = SHA_A) -> Evidence:
    return Evidence(document=sha, quote=quote)


def case(case_id: str, sha: str, **kw: object) -> Case:
    fields: dict[str, object] = dict(
        case_id=case_id, review_type="dhr", category="intimate_partner_violence",
        documents=[DocumentRef(path=f"{case_id}.pdf", sha256=sha)],
        screening=Screening(decision="include", reason="intimate_partner_homicide"),
        incident_type="homicide",
    )
    fields.update(kw)
    return Case.model_validate(fields)


def person(pid: str, role: str, name: str, **kw: object) -> Person:
    return Person.model_validate(dict(person_id=pid, role=role, name=name, **kw))


def behaviours(*pairs: str) -> list[AbusiveBehaviour]:
    return [AbusiveBehaviour(phase=p.split(":")[0], type=p.split(":")[1], evidence=[ev(p)]) for p in pairs]


def codes(*ids: str) -> list[Code]:
    return [Code(code=c, evidence=[ev(c)]) for c in ids]


def levels(**intervened: bool | None) -> list[Intervention]:
    return [Intervention(level=k, intervened=v) for k, v in intervened.items()]


def gold_pair() -> list[Case]:
    a = case(
        "A", SHA_A, reference_individual="victim", non_reference_information="some",
        incident_year=2021, fatal=True, response_matched_risk=False,
        relationship=Relationship(type="ex_partner"),
        people=[person("v1", "victim", "Ana", gender="female", age_band="25_34",
                       ethnicity="white_british", living_arrangement="family_home",
                       protective_factors=[ProtectiveFactor(context="home", detail="x"),
                                           ProtectiveFactor(context="family", detail="y")]),
                person("p1", "perpetrator", "Tom", gender="male", age_band="35_44",
                       living_arrangement="alone")],
        incident=Incident(abusive_behaviours=behaviours("prior:physical", "during:physical",
                                                        "prior:coercive_control"),
                          technology=codes("mobile_phone")),
        interventions=levels(individual=True, home=False, peer_group=None, school=None),
        information_levels={"individual": "high", "home": "medium", "school": "low"},
    )
    b = case(
        "B", SHA_B, reference_individual=None, non_reference_information=None,
        incident_year=2020, fatal=True, relationship=Relationship(type="intimate_partner"),
        people=[person("v1", "victim", "Bea", gender="female", age_band="18_24")],
        incident=Incident(abusive_behaviours=behaviours("prior:financial")),
    )
    return [a, b]


def predicted_pair() -> list[Case]:
    a = case(
        "A", SHA_A, reference_individual="victim", non_reference_information="some",
        incident_year=2021, fatal=True, response_matched_risk=None,
        relationship=Relationship(type="ex_partner"),
        # The perpetrator is missed; a second, unknown victim is an extra.
        people=[person("v1", "victim", "Ana", gender="female", age_band="25_34",
                       ethnicity="white_british", living_arrangement="family_home",
                       protective_factors=[ProtectiveFactor(context="home", detail="x"),
                                           ProtectiveFactor(context="school", detail="z")]),
                person("v2", "victim", "Zed", gender="male")],
        incident=Incident(abusive_behaviours=behaviours("prior:physical", "during:physical",
                                                        "following:emotional"),
                          technology=codes("mobile_phone", "social_media")),
        interventions=levels(individual=True, home=True, peer_group=False, school=None),
        information_levels={"individual": "high", "home": "high"},
    )
    b = case(
        "B", SHA_B, reference_individual="both", incident_year=2019, fatal=False,
        relationship=Relationship(type="stranger"),
        incident=Incident(technology=codes("tracking")),
        interventions=levels(individual=True),  # gold B states no level: skipped
    )
    return [a, b]


@pytest.fixture(scope="module")
def result() -> dict:
    return evaluate(predicted_pair(), gold_pair())


def test_person_fields_over_every_gold_person(result: dict) -> None:
    o, counts = result["overall"], result["counts"]
    # Gold people: Ana (found, right on all four), Tom (missed), Bea (missed): 1 of 3 each.
    for name in ("gender", "age_band", "ethnicity", "living_arrangement"):
        assert o[f"{name}_accuracy"] == pytest.approx(1 / 3), name
        assert result["per_field"][name]["n"] == 3
        assert result["per_field"][name]["matched_accuracy"] == 1.0  # of the people found
    assert counts["persons_gold"] == 3 and counts["persons_matched"] == 1
    assert counts["persons_gold_unmatched"] == 2
    assert counts["persons_predicted_unmatched"] == 1  # Zed: an extra, reported, not scored


def test_no_people_predicted_gives_zero_on_person_fields() -> None:
    gold = gold_pair()
    pred = [g.model_copy(update={"people": []}) for g in gold]
    o = evaluate(pred, gold)["overall"]
    for name in ("gender", "age_band", "ethnicity", "living_arrangement"):
        assert o[f"{name}_accuracy"] == 0.0, name


def test_single_valued_template_fields(result: dict) -> None:
    o, n = result["overall"], result["counts"]["gold_items"]
    assert o["relationship_type_accuracy"] == 0.5 and n["relationship_type_accuracy"] == 2  # A right, B stranger
    assert o["incident_year_accuracy"] == 0.5 and n["incident_year_accuracy"] == 2  # B 2019 for 2020
    assert o["fatal_accuracy"] == 0.5  # B not fatal
    # Null in the gold: skipped, and the figure says what it rests on.
    assert o["non_reference_information_accuracy"] == 1.0 and n["non_reference_information_accuracy"] == 1
    assert o["reference_individual_accuracy"] == 1.0 and n["reference_individual_accuracy"] == 1
    assert result["per_field"]["reference_individual"]["skipped"] == 1
    assert o["response_matched_risk_accuracy"] == 0.0 and n["response_matched_risk_accuracy"] == 1


def test_list_template_fields_micro_prf(result: dict) -> None:
    o, pf = result["overall"], result["per_field"]
    # Protective factors (role, context): home tp, school fp, family fn.
    assert (o["protective_factors_precision"], o["protective_factors_recall"], o["protective_factors_f1"]) == (0.5, 0.5, 0.5)
    # Abusive behaviours (phase:type): 2 tp, following:emotional fp, prior:coercive_control
    # and B's prior:financial fn.
    assert (pf["abusive_behaviours"]["tp"], pf["abusive_behaviours"]["fp"], pf["abusive_behaviours"]["fn"]) == (2, 1, 2)
    assert o["abusive_behaviours_precision"] == pytest.approx(2 / 3)
    assert o["abusive_behaviours_recall"] == 0.5
    assert o["abusive_behaviours_f1"] == pytest.approx(4 / 7)
    assert pf["abusive_behaviours"]["per_code"]["prior:financial"]["fn"] == 1
    # Technology: mobile_phone tp; social_media and B's tracking fp (B's gold list is empty,
    # which is a coded "none").
    assert o["technology_precision"] == pytest.approx(1 / 3) and o["technology_recall"] == 1.0
    assert o["technology_f1"] == 0.5
    # Interventions over the levels the gold states: individual tp; home predicted
    # intervened where the gold says not (fp + fn); peer_group open in the gold: skipped.
    assert (o["interventions_precision"], o["interventions_recall"], o["interventions_f1"]) == (0.5, 0.5, 0.5)
    assert pf["interventions"]["n"] == 2 and pf["interventions"]["skipped"] == 1  # case B


def test_information_levels_agreement(result: dict) -> None:
    # Gold A rates three levels: individual agrees, home differs, school is not predicted.
    assert result["overall"]["information_levels_agreement"] == pytest.approx(1 / 3)
    assert result["counts"]["gold_items"]["information_levels_agreement"] == 3
    assert result["per_field"]["information_levels"]["skipped"] == 1  # case B has none
    wrong = {e["code"] for e in result["errors"] if e["field"] == "information_levels"}
    assert wrong == {"home", "school"}


def test_missing_gold_case_is_wrong_on_every_field() -> None:
    """The prediction has case A exactly as the gold has it, and lacks a twin of A: every
    figure resting on the gold is halved."""
    a = gold_pair()[0]
    twin = a.model_copy(update={"case_id": "A2", "documents": [DocumentRef(path="t.pdf", sha256=SHA_C)],
                                "practice_problems": [PracticeProblem(text="p", evidence=[ev("q", SHA_C)])]})
    a = a.model_copy(update={"practice_problems": [PracticeProblem(text="p", evidence=[ev("q")])]})
    result = evaluate([a], [a, twin])
    o = result["overall"]
    halved = ["screening_accuracy", "included_recall", "reason_accuracy", "category_accuracy",
              "review_type_accuracy", "incident_type_accuracy", "reference_individual_accuracy",
              "relationship_type_accuracy", "non_reference_information_accuracy",
              "incident_year_accuracy", "fatal_accuracy", "response_matched_risk_accuracy",
              "gender_accuracy", "age_band_accuracy", "ethnicity_accuracy",
              "living_arrangement_accuracy", "information_levels_agreement",
              "protective_factors_recall", "abusive_behaviours_recall", "technology_recall",
              "interventions_recall", "problem_recall"]
    assert {m: o[m] for m in halved} == {m: 0.5 for m in halved}
    assert o["abusive_behaviours_precision"] == 1.0  # nothing was predicted wrongly
    assert result["counts"]["gold_unmatched"] == ["A2"]
    assert result["counts"]["persons_gold_unmatched"] == 2


def test_field_the_gold_never_codes_has_no_figure(result: dict) -> None:
    # No risk factor anywhere in the gold: no precision of 0 or F1 of 1, just n = 0.
    assert result["overall"]["risk_factors_f1"] is None
    assert result["counts"]["gold_items"]["risk_factors_f1"] == 0
    # A predicted factor in such a field stays in the per-field counts and the error log.
    pred = predicted_pair()
    pred[0].people[0].risk_factors = [RiskFactor(context="home", type="other", detail="d")]
    res = evaluate(pred, gold_pair())
    assert res["overall"]["risk_factors_precision"] is None and res["per_field"]["risk_factors"]["fp"] == 1
    assert any(e["field"] == "risk_factors" and e["kind"] == "false_positive" for e in res["errors"])


def test_f1_is_zero_when_nothing_found() -> None:
    gold = gold_pair()[:1]
    pred = [gold[0].model_copy(update={"incident": Incident()})]
    o = evaluate(pred, gold)["overall"]
    assert o["technology_precision"] is None and o["technology_recall"] == 0.0
    assert o["technology_f1"] == 0.0
