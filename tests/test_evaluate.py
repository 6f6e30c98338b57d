"""`reviewsynth.evaluate`: matching, metrics, grounding, problem matching and the error log."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from reviewsynth.evaluate import evaluate, format_report, load_texts_for, match_cases
from reviewsynth.evaluate.textmatch import TextIndex, normalise, quotes_overlap
from reviewsynth.schema import (
    Case,
    Code,
    DocumentRef,
    Evidence,
    Incident,
    Person,
    PracticeProblem,
    Screening,
    Service,
    write_cases,
)

SHA = "a" * 64
TEXT = (
    "8. Findings\n"
    "8.1 The police did not complete a risk assessment. This was a missed opportunity.\n"
    "8.2 The GP did not ask about domestic abuse when she disclosed it.\n"
    "8.3 The housing officer closed the case after two missed visits.\n"
    "She had a kitchen knife. He drank heavily.\n"
)


def ev(quote: str, sha: str = SHA) -> Evidence:
    return Evidence(document=sha, quote=quote)


def base_case(case_id: str, **kw: object) -> Case:
    defaults: dict[str, object] = dict(
        case_id=case_id, review_type="dhr", category="intimate_partner_violence",
        documents=[DocumentRef(path="d.pdf", sha256=SHA)],
        screening=Screening(decision="include", reason="intimate_partner_homicide",
                            evidence=[ev("She had a kitchen knife.")]),
        incident_type="homicide", reference_individual="victim",
    )
    defaults.update(kw)
    return Case.model_validate(defaults)


def gold_case() -> Case:
    return base_case(
        "gold-1",
        people=[Person(person_id="v1", role="victim", name="Ana", gender="female", age_band="26_35",
                       services=[Service(service="police", timing="prior", evidence=[ev("The police did not complete a risk assessment.")])]),
                Person(person_id="p1", role="perpetrator", name="Tom", gender="male",
                       characteristics=[Code(code="alcohol_misuse", evidence=[ev("He drank heavily.")])])],
        incident=Incident(weapons=[Code(code="knife", evidence=[ev("She had a kitchen knife.")])]),
        practice_problems=[
            PracticeProblem(text="No risk assessment", theme="Risk assessment",
                            evidence=[ev("The police did not complete a risk assessment.")]),
            PracticeProblem(text="No enquiry", evidence=[ev("The GP did not ask about domestic abuse")]),
        ],
    )


def pred_case() -> Case:
    # Different case_id: matched by document sha256.
    return base_case(
        "pred-xyz",
        people=[Person(person_id="p9", role="perpetrator", name="Tom", gender="male",
                       characteristics=[Code(code="alcohol_misuse", evidence=[ev("He drank heavily.")]),
                                        Code(code="drug_misuse", evidence=[ev("He drank heavily.")]),
                                        Code(code="mental_health_current", status="rejected",
                                             evidence=[ev("not in the text at all")])]),
                Person(person_id="v9", role="victim", name="Ana", gender="female", age_band="36_45")],
        incident=Incident(weapons=[Code(code="knife", evidence=[ev("She had a kitchen knife.")])],
                          locations=[Code(code="victim_home", evidence=[ev("invented quote")])]),
        practice_problems=[
            # Same sentence as the gold quote, different extent: a match.
            PracticeProblem(text="x", theme="risk_assessment",
                            evidence=[ev("police did not complete a risk")]),
            PracticeProblem(text="y", evidence=[ev("The housing officer closed the case after two missed visits.")]),
        ],
    )


def test_match_by_sha_and_unmatched_lists() -> None:
    other = base_case("other", documents=[DocumentRef(path="e.pdf", sha256="b" * 64)])
    pairs, missed, extra = match_cases([pred_case(), other], [gold_case()])
    assert [(g.case_id, p.case_id, how) for g, p, how in pairs] == [("gold-1", "pred-xyz", "sha256")]
    assert missed == [] and [c.case_id for c in extra] == ["other"]


def test_metrics_overall_and_per_category() -> None:
    result = evaluate([pred_case()], [gold_case()], {SHA: TEXT})
    o = result["overall"]
    assert o["screening_accuracy"] == 1.0 and o["included_recall"] == 1.0
    assert o["category_accuracy"] == 1.0
    assert o["gender_accuracy"] == 1.0
    assert o["age_band_accuracy"] == 0.5  # victim's band differs
    # characteristics: alcohol tp, drug fp, rejected code ignored.
    assert o["characteristics_precision"] == 0.5 and o["characteristics_recall"] == 1.0
    assert o["characteristics_f1"] == pytest.approx(2 / 3)
    assert o["services_recall"] == 0.0 and o["services_precision"] is None
    # The gold codes no location anywhere: the field is skipped, not scored 0 or 1.
    assert o["weapons_f1"] == 1.0 and o["locations_precision"] is None
    assert result["per_field"]["locations"]["fp"] == 1 and result["per_field"]["locations"]["n"] == 0
    assert o["problem_recall"] == 0.5 and o["problem_precision"] == 0.5
    assert o["theme_agreement"] == 1.0  # "Risk assessment" label resolves to risk_assessment
    assert result["per_category"]["intimate_partner_violence"]["weapons_f1"] == 1.0
    assert result["per_field"]["characteristics"]["per_code"]["drug_misuse"]["fp"] == 1


def test_grounding_and_missing_text() -> None:
    result = evaluate([pred_case()], [gold_case()], {SHA: TEXT})
    # Quotes of live codes: one invented location quote is not in the text.
    assert 0 < result["overall"]["grounding_rate"] < 1
    not_found = [e for e in result["errors"] if e["field"] == "grounding"]
    assert [e["quote"] for e in not_found] == ["invented quote"]
    no_text = evaluate([pred_case()], [gold_case()], None)
    assert "grounding_rate" not in no_text["overall"]
    assert no_text["counts"]["documents_without_text"] == [SHA]
    # Without text, problems fall back to quote containment: the shorter quote is inside the gold one.
    assert no_text["overall"]["problem_recall"] == 0.5


def test_error_log_lists_false_positives_and_misses_with_quotes() -> None:
    errors = evaluate([pred_case()], [gold_case()], {SHA: TEXT})["errors"]
    kinds = {(e["field"], e["kind"], e.get("code")) for e in errors}
    assert ("characteristics", "false_positive", "drug_misuse") in kinds
    assert ("services", "miss", "police:prior") in kinds
    misses = [e for e in errors if e["field"] == "practice_problems" and e["kind"] == "miss"]
    assert misses[0]["quote"] == "The GP did not ask about domestic abuse"


def test_missing_gold_case_counts_against_included_recall() -> None:
    gold2 = base_case("gold-2", documents=[DocumentRef(path="z.pdf", sha256="c" * 64)])
    result = evaluate([pred_case()], [gold_case(), gold2], {SHA: TEXT})
    assert result["overall"]["included_recall"] == 0.5
    assert result["counts"]["gold_unmatched"] == ["gold-2"]


def test_excluded_gold_case_scores_screening_only() -> None:
    gold = base_case("g", category=None, incident_type=None, reference_individual=None,
                     screening=Screening(decision="exclude", reason="self_neglect"))
    pred = base_case("g")
    result = evaluate([pred], [gold], {SHA: TEXT})
    o = result["overall"]
    assert o["screening_accuracy"] == 0.0 and "included_recall" not in o
    assert "category_accuracy" not in o and o["review_type_accuracy"] == 1.0


def test_text_index_tolerates_typography_and_ocr_hyphenation() -> None:
    text = "The nurse did not raise \u2018George\u2019s\ncomments as a safe-\nguarding concern. Next one."
    idx = TextIndex(text)
    assert idx.contains("did not raise 'George's comments as a safeguarding concern.")
    assert idx.sentence_ids("as a safeguarding concern") == {0}
    assert normalise("a  \n b\u2014c") == "a b-c"
    assert quotes_overlap("The MPS did not link the reports", "did not link the reports.")


def test_format_report_renders(tmp_path: Path) -> None:
    result = evaluate([pred_case()], [gold_case()], {SHA: TEXT})
    console = Console(record=True, width=160)
    console.print(format_report(result))
    out = console.export_text()
    assert "characteristics_f1" in out and "Error log" in out


def test_load_texts_for_prefers_texts_folder(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / f"{SHA}.txt").write_text(TEXT, encoding="utf-8")
    cases_path = tmp_path / "cases.json"
    write_cases([pred_case()], cases_path)
    texts = load_texts_for(cases_path, [pred_case()])
    assert texts == {SHA: TEXT}


def test_load_texts_for_reextracts_when_no_stored_text(tmp_path: Path) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text("Only line of the report.\n", encoding="utf-8")
    case = base_case("c", documents=[DocumentRef(path=str(doc), sha256=SHA)])
    texts = load_texts_for(tmp_path / "cases.json", [case])
    try:
        import reviewsynth.ingest as ingest  # noqa: F401
        has_extract = hasattr(ingest, "extract")
    except ImportError:
        has_extract = False
    if has_extract:
        assert "Only line of the report." in texts[SHA]
    else:
        assert texts == {}
