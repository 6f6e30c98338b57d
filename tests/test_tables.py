"""Counting rules of tables.md on small hand-built cases with explicit expected counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reviewsynth.schema import Case
from reviewsynth.tables import ScreeningFlow, TablesFile, build_tables

IPV = "intimate_partner_violence"
YOUTH = "youth_peer_violence"
DOC = "a" * 64


def ev(quote: str) -> dict[str, Any]:
    return {"document": DOC, "page": 1, "quote": quote}


def code(code_id: str, detail: str | None = None, status: str = "accepted",
         quote: str | None = None) -> dict[str, Any]:
    return {"code": code_id, "detail": detail, "status": status,
            "evidence": [ev(quote or f"quote for {code_id}")]}


def person(pid: str, role: str, **fields: Any) -> dict[str, Any]:
    return {"person_id": pid, "role": role, **fields}


def case(case_id: str, category: str | None = IPV, *, decision: str = "include",
         reason: str = "homicide", **fields: Any) -> Case:
    data: dict[str, Any] = {
        "case_id": case_id,
        "title": f"Case {case_id}",
        "review_type": fields.pop("review_type", "dhr"),
        "screening": {"decision": decision, "reason": reason, "evidence": [ev("screening quote")]},
        "category": category,
        **fields,
    }
    return Case.model_validate(data)


def counts(tables: TablesFile, table_id: str, category: str | None = IPV) -> list[tuple[str, int]]:
    table = tables.get(table_id, category)
    assert table is not None, f"missing table {table_id} for {category}"
    return [(r.key, r.n) for r in table.rows]


def test_every_table_id_in_order_per_category_then_across() -> None:
    tables = build_tables([case("c1"), case("c2", YOUTH)])
    per_category = [
        "overview", "victim_gender", "perpetrator_gender", "victim_age", "perpetrator_age",
        "victim_ethnicity", "perpetrator_ethnicity", "victim_characteristics",
        "perpetrator_characteristics", "relationship_types", "relationship_characteristics",
        "victim_living", "perpetrator_living", "victim_contexts", "perpetrator_contexts",
        "incident_types", "weapons", "locations", "escalation_markers",
        "victim_services_prior", "victim_services_after", "perpetrator_services_prior",
        "perpetrator_services_after", "themes", "information_levels",
    ]
    expected = [(t, YOUTH) for t in per_category] + [(t, IPV) for t in per_category] + [
        ("screening_flow", None), ("reviews_by_category", None), ("homicide_comparison", None)]
    assert [(t.id, t.category) for t in tables.tables] == expected  # codebook category order
    assert tables.to_dict()["schema"] == "reviewsynth.tables/1"


def test_person_counts_sort_by_n_then_codebook_with_not_reported_last() -> None:
    cases = [
        case("c1", people=[person("v1", "victim", gender="female", age_band="25_34"),
                           person("v2", "victim", gender="male", age_band="not_reported")]),
        case("c2", people=[person("v1", "victim", gender="female", age_band="18_24"),
                           person("p1", "perpetrator", gender="male")]),
        case("c3", people=[person("v1", "victim", age_band="18_24")]),
    ]
    tables = build_tables(cases)
    # female 2, then male 1 before not_reported 1 (not_reported always last)
    assert counts(tables, "victim_gender") == [("female", 2), ("male", 1), ("not_reported", 1)]
    # ties broken by codebook order: 18_24 (2) first; 25_34 (1); not_reported last
    assert counts(tables, "victim_age") == [("18_24", 2), ("25_34", 1), ("not_reported", 1)]
    gender = tables.get("victim_gender", IPV)
    assert gender is not None and gender.unit == "persons"
    assert gender.data_available == 3 and gender.base == 4
    assert counts(tables, "perpetrator_gender") == [("male", 1)]
    assert gender.row("female").cases == ["c1", "c2"]  # type: ignore[union-attr]


def test_ethnicity_keys_are_groups_with_details_in_labels() -> None:
    cases = [case("c1", people=[
        person("v1", "victim", ethnicity="asian_indian", ethnicity_detail="British Indian"),
        person("v2", "victim", ethnicity="asian_indian", ethnicity_detail="Indian national"),
        person("v3", "victim", ethnicity="white_other", ethnicity_detail="Polish"),
        person("v4", "victim"),
    ])]
    table = build_tables(cases).get("victim_ethnicity", IPV)
    assert table is not None
    assert [(r.key, r.n) for r in table.rows] == [
        ("asian_indian", 2), ("white_other", 1), ("not_reported", 1)]
    assert "British Indian" in table.rows[0].label and "Indian national" in table.rows[0].label
    assert "Polish" in table.rows[1].label
    assert table.data_available == 3


def test_characteristics_once_per_person_other_per_detail_rejected_never() -> None:
    cases = [
        case("c1", people=[person("v1", "victim", characteristics=[
            code("alcohol_misuse"), code("alcohol_misuse", quote="second mention"),
            code("other", "Gambling"), code("other", "Hoarding"),
            code("offending", status="rejected")])]),
        case("c2", people=[person("v1", "victim", characteristics=[
            code("other", "Gambling"), code("offending", status="suggested")])]),
        case("c3", people=[person("v1", "victim")]),
    ]
    table = build_tables(cases).get("victim_characteristics", IPV)
    assert table is not None
    assert [(r.key, r.n) for r in table.rows] == [
        ("other:Gambling", 2), ("alcohol_misuse", 1), ("offending", 1), ("other:Hoarding", 1)]
    assert table.data_available == 2  # c3's victim has no characteristic coded
    alcohol = table.row("alcohol_misuse")
    assert alcohol is not None
    assert [e["quote"] for e in alcohol.evidence] == ["quote for alcohol_misuse", "second mention"]
    assert table.row("other:Gambling").label == "Other: Gambling"  # type: ignore[union-attr]


def test_relationship_types_and_characteristics_unknown_when_none() -> None:
    cases = [
        case("c1", relationship={"type": "ex_partner", "characteristics": [
            code("coercive_control"), code("stalking"), code("sexual_abuse", status="rejected")]}),
        case("c2", relationship={"type": "intimate_partner", "characteristics": [
            code("coercive_control")]}),
        case("c3", relationship={"type": "ex_partner", "characteristics": [
            code("stalking", status="rejected")]}),
        case("c4"),
    ]
    tables = build_tables(cases)
    assert counts(tables, "relationship_types") == [
        ("ex_partner", 2), ("intimate_partner", 1), ("not_reported", 1)]
    assert counts(tables, "relationship_characteristics") == [
        ("coercive_control", 2), ("stalking", 1), ("unknown", 2)]
    rc = tables.get("relationship_characteristics", IPV)
    assert rc is not None and rc.unit == "cases" and rc.data_available == 2


def test_living_arrangements_per_person() -> None:
    cases = [case("c1", people=[person("v1", "victim", living_arrangement="alone"),
                                person("p1", "perpetrator", living_arrangement="homeless")]),
             case("c2", people=[person("v1", "victim", living_arrangement="alone")])]
    tables = build_tables(cases)
    assert counts(tables, "victim_living") == [("alone", 2)]
    assert counts(tables, "perpetrator_living") == [("homeless", 1)]


def test_context_matrix_cells_count_cases_with_details() -> None:
    def rf(context: str, ftype: str, detail: str, status: str = "suggested") -> dict[str, Any]:
        return {"context": context, "type": ftype, "detail": detail, "status": status,
                "evidence": [ev(detail)]}

    cases = [
        case("c1", people=[
            person("v1", "victim", risk_factors=[rf("school", "abusive_behaviours", "Bullying"),
                                                 rf("school", "abusive_behaviours", "Sexual assault")],
                   protective_factors=[{"context": "family", "detail": "Grandmother",
                                        "evidence": [ev("gran")]}]),
            person("v2", "victim", risk_factors=[rf("school", "abusive_behaviours", "Bullying")])]),
        case("c2", people=[person("v1", "victim", risk_factors=[
            rf("school", "abusive_behaviours", "Bullying"),
            rf("home", "criminality", "Ignored", status="rejected")])]),
        case("c3", people=[person("v1", "victim", risk_factors=[
            rf("school", "abusive_behaviours", "Sexual assault")])]),
        case("c4", people=[person("v1", "victim")]),
    ]
    table = build_tables(cases).get("victim_contexts", IPV)
    assert table is not None and table.cells is not None
    cells = {(c.context, c.type): c for c in table.cells}
    assert set(cells) == {("school", "abusive_behaviours"), ("family", "protective")}
    school = cells[("school", "abusive_behaviours")]
    # 3 cases; two victims in c1 with "Bullying" count once: "3 Bullying (2), Sexual assault (2)"
    assert school.n == 3
    assert [(d.label, d.n) for d in school.details] == [("Bullying", 2), ("Sexual assault", 2)]
    assert cells[("family", "protective")].n == 1
    assert [(c.context, c.type) for c in table.cells] == [
        ("family", "protective"), ("school", "abusive_behaviours")]  # codebook context order
    assert table.data_available == 3 and table.rows == []
    assert "cells" in table.model_dump() and "cells" not in build_tables(cases).to_dict()["tables"][1]


def test_weapons_and_locations_none_coded_is_not_reported() -> None:
    cases = [
        case("c1", incident={"weapons": [code("knife"), code("blunt_object")],
                             "locations": [code("home")]}),
        case("c2", incident={"weapons": [code("knife")], "locations": []}),
        case("c3", incident={"weapons": [code("gun", status="rejected")]}),
        case("c4", incident={"weapons": [code("other", "Car")]}),
    ]
    tables = build_tables(cases)
    assert counts(tables, "weapons") == [
        ("knife", 2), ("blunt_object", 1), ("other:Car", 1), ("not_reported", 1)]
    assert counts(tables, "locations") == [("home", 1), ("not_reported", 3)]
    weapons = tables.get("weapons", IPV)
    assert weapons is not None and weapons.data_available == 3


def test_incident_types_and_escalation_markers() -> None:
    cases = [
        case("c1", incident_type="homicide", escalation={"markers": [code("separation"),
                                                                      code("self_harm_overdose")]}),
        case("c2", incident_type="homicide", escalation={"markers": [code("separation")]}),
        case("c3", incident_type="homicide_suicide"),
        case("c4"),
    ]
    tables = build_tables(cases)
    assert counts(tables, "incident_types") == [
        ("homicide", 2), ("homicide_suicide", 1), ("not_reported", 1)]
    assert counts(tables, "escalation_markers") == [("separation", 2), ("self_harm_overdose", 1)]
    markers = tables.get("escalation_markers", IPV)
    assert markers is not None and markers.data_available == 2


def test_services_by_role_and_timing_not_reported_counts_persons_without() -> None:
    def svc(service: str, timing: str, detail: str | None = None, status: str = "accepted") -> dict[str, Any]:
        return {"service": service, "timing": timing, "detail": detail, "status": status,
                "evidence": [ev(service)]}

    cases = [
        case("c1", people=[
            person("v1", "victim", services=[svc("gp", "prior", "Surgery A"), svc("gp", "prior"),
                                             svc("police", "prior"), svc("ambulance", "after")]),
            person("p1", "perpetrator", services=[svc("police", "prior")])]),
        case("c2", people=[
            person("v1", "victim", services=[svc("police", "prior", status="rejected"),
                                             svc("other", "prior", "Faith group")]),
            person("p1", "perpetrator")]),
        case("c3", people=[person("v1", "victim")]),
    ]
    tables = build_tables(cases)
    assert counts(tables, "victim_services_prior") == [
        ("gp", 1), ("police", 1), ("other:Faith group", 1), ("not_reported", 1)]
    assert counts(tables, "victim_services_after") == [("ambulance", 1), ("not_reported", 2)]
    assert counts(tables, "perpetrator_services_prior") == [("police", 1), ("not_reported", 1)]
    assert counts(tables, "perpetrator_services_after") == [("not_reported", 2)]
    prior = tables.get("victim_services_prior", IPV)
    assert prior is not None and prior.data_available == 2 and prior.unit == "persons"


def test_themes_count_reviews_with_example_quotes() -> None:
    def problem(theme: str | None, quote: str) -> dict[str, Any]:
        return {"text": quote, "agency": "Police", "theme": theme, "evidence": [ev(quote)]}

    cases = [
        case("c1", practice_problems=[problem("MARAC weaknesses", "q1"),
                                      problem("MARAC weaknesses", "q2"),
                                      problem("Dual diagnosis", "q3")]),
        case("c2", practice_problems=[problem("MARAC weaknesses", "q4"), problem(None, "q5")]),
        case("c3"),
    ]
    table = build_tables(cases).get("themes", IPV)
    assert table is not None and table.unit == "reviews"
    assert [(r.key, r.n) for r in table.rows] == [("MARAC weaknesses", 2), ("Dual diagnosis", 1)]
    assert table.rows[0].examples == ["q1", "q4"]  # type: ignore[attr-defined]
    assert table.data_available == 2


def test_information_levels_per_level_and_rating() -> None:
    cases = [
        case("c1", information_levels={"individual": "high", "neighbourhood": "low"}),
        case("c2", information_levels={"individual": "high", "neighbourhood": "medium"}),
        case("c3"),
    ]
    table = build_tables(cases).get("information_levels", IPV)
    assert table is not None
    got = table.counts()
    assert got["individual/high"] == 2 and got["individual/not_reported"] == 1
    assert got["neighbourhood/low"] == 1 and got["neighbourhood/medium"] == 1
    assert "individual/low" not in got  # n = 0 rows left out
    assert table.data_available == 2


def test_excluded_cases_never_in_category_tables_but_in_flow() -> None:
    cases = [
        case("c1", people=[person("v1", "victim", gender="female")]),
        case("x1", IPV, decision="exclude", reason="neglect",
             people=[person("v1", "victim", gender="male")]),
        case("x2", None, decision="exclude", reason="neglect"),
        case("x3", None, decision="exclude", reason="self_neglect"),
    ]
    tables = build_tables(cases, flow=ScreeningFlow.from_cases(cases, found=6, duplicates_removed=2))
    assert counts(tables, "victim_gender") == [("female", 1)]
    assert counts(tables, "screening_flow", None) == [
        ("found", 6), ("duplicates_removed", 2), ("screened", 4), ("excluded", 3),
        ("excluded:neglect", 2), ("excluded:self_neglect", 1), ("included", 1)]
    flow_table = tables.get("screening_flow", None)
    assert flow_table is not None
    assert flow_table.row("excluded:neglect").cases == ["x1", "x2"]  # type: ignore[union-attr]


def test_screening_flow_from_cases_defaults() -> None:
    cases = [case("c1"), case("x1", None, decision="exclude", reason="neglect")]
    flow = ScreeningFlow.from_cases(cases)
    assert (flow.found, flow.duplicates_removed, flow.screened, flow.included) == (2, 0, 2, 1)
    assert flow.excluded == {"neglect": 1}


def doc_ref(name: str, role: str = "overview_report", used: bool = True, **extra: Any) -> dict[str, Any]:
    return {"path": f"in/{name}", "sha256": name * 8, "role": role, "used": used, **extra}


def test_screening_flow_counts_documents_apart_from_duplicates() -> None:
    cases = [
        # an overview, its executive summary and action plan; the summary found twice
        case("c1", documents=[doc_ref("a"), doc_ref("b", "executive_summary", False, copies=["in/b copy"]),
                              doc_ref("c", "action_plan", False)]),
        # a DHR, and the investigation of the same death it supersedes
        case("c2", documents=[doc_ref("d"), doc_ref("e", "overview_report", False, second_review=True)]),
        case("x1", None, decision="exclude", reason="neglect", documents=[doc_ref("f")]),
        case("h1"),  # coded by hand: no document listed, still one review
    ]
    flow = ScreeningFlow.from_cases(cases)
    assert (flow.found, flow.duplicates_removed, flow.other_documents, flow.second_reviews) == (8, 1, 2, 1)
    assert (flow.screened, flow.included, flow.excluded) == (4, 3, {"neglect": 1})
    assert flow.found == flow.duplicates_removed + flow.other_documents + flow.second_reviews + flow.screened
    table = build_tables(cases).get("screening_flow", None)
    assert table is not None
    assert [(r.key, r.n) for r in table.rows] == [
        ("found", 8), ("duplicates_removed", 1), ("other_documents", 2), ("second_reviews", 1),
        ("screened", 4), ("excluded", 1), ("excluded:neglect", 1), ("included", 3)]
    assert table.row("other_documents").cases == ["c1"]  # type: ignore[union-attr]
    assert table.row("second_reviews").cases == ["c2"]  # type: ignore[union-attr]
    assert table.row("duplicates_removed").cases == ["c1"]  # type: ignore[union-attr]


def test_tables_say_how_many_counted_codes_a_person_checked() -> None:
    cases = [
        case("c1", people=[person("v1", "victim", characteristics=[
            code("alcohol_misuse", status="accepted"), code("self_harm", status="suggested"),
            code("debt", status="rejected")])],
             incident={"weapons": [code("knife", status="edited")]}),
        case("c2", review_status="verified", people=[person("v1", "victim", characteristics=[
            code("alcohol_misuse", status="suggested")])]),
        case("c3", people=[person("v1", "victim")]),
    ]
    tables = build_tables(cases)
    chars = tables.get("victim_characteristics", IPV)
    assert chars is not None
    # accepted, and a suggestion in a signed-off case; the rejected code is not counted at all
    assert (chars.checked, chars.counted, chars.check_unit) == (2, 3, "codes")  # type: ignore[attr-defined]
    gender = tables.get("victim_gender", IPV)
    assert gender is not None
    assert (gender.checked, gender.counted, gender.check_unit) == (1, 3, "persons")  # type: ignore[attr-defined]
    assert tables.verification == {"codes_counted": 4, "codes_checked": 3, "reviews": 3,  # type: ignore[attr-defined]
                                   "reviews_signed_off": 1, "machine_only": False}
    unchecked = build_tables([case("m1", people=[person("v1", "victim", characteristics=[
        code("alcohol_misuse", status="suggested")])])])
    assert unchecked.verification["machine_only"] is True  # type: ignore[attr-defined]


def test_reviews_by_category_matrix_with_totals() -> None:
    cases = [case("c1", review_type="dhr"), case("c2", review_type="dhr"),
             case("c3", review_type="iir"), case("c4", YOUTH, review_type="scr"),
             case("x1", None, decision="exclude", reason="neglect", review_type="sar")]
    assert counts(build_tables(cases), "reviews_by_category", None) == [
        ("youth_peer_violence/scr", 1), ("youth_peer_violence/total", 1),
        ("intimate_partner_violence/dhr", 2), ("intimate_partner_violence/iir", 1),
        ("intimate_partner_violence/total", 3),
        ("total/dhr", 2), ("total/iir", 1), ("total/scr", 1), ("total/total", 4)]


def test_homicide_comparison_with_custom_reference(tmp_path: Path) -> None:
    ref = tmp_path / "ref.yaml"
    ref.write_text(
        "source: Test statistics\nyear: '2030'\n"
        "shares:\n  intimate_partner_violence: 0.2\n  youth_peer_violence: 0.8\n",
        encoding="utf-8")
    cases = [case("c1", incident_type="homicide"), case("c2", incident_type="homicide"),
             case("c3", incident_type="non_fatal_injury"),
             case("c4", YOUTH, incident_type="homicide_suicide"),
             case("x1", None, decision="exclude", reason="neglect")]
    table = build_tables(cases, reference_path=ref).get("homicide_comparison", None)
    assert table is not None and table.source == "Test statistics"  # type: ignore[attr-defined]
    rows = {r.key: r for r in table.rows}
    # The method's denominator: every included review (4), not only the homicides.
    assert rows[IPV].n == 3 and rows[IPV].sample_share == pytest.approx(0.75)  # type: ignore[attr-defined]
    assert rows[IPV].homicides == 2 and rows[IPV].sample_size == 4  # type: ignore[attr-defined]
    assert rows[IPV].verdict == "over-represented"  # type: ignore[attr-defined]
    assert rows[YOUTH].verdict == "under-represented"  # type: ignore[attr-defined]
    assert rows[IPV].reference_source == "Test statistics" and rows[IPV].reference_year == "2030"  # type: ignore[attr-defined]
    assert table.data_available == 4


# The London study's 64 included reviews by category (../shared/spec/method.md section 3).
METHOD_COUNTS = {"youth_peer_violence": 8, "adult_peer_violence": 9, IPV: 17,
                 "adult_family_violence": 9, "within_family_violence_children": 18,
                 "child_sexual_abuse": 3}
# The method's Table 4, as the issue quotes it: (share, source, area, year).
TABLE_4 = {
    "youth_peer_violence": (0.35, "Metropolitan Police", "London", "2018"),
    "adult_peer_violence": (0.55, "Office for National Statistics", "England and Wales",
                            "year ending March 2018"),
    IPV: (0.20, "Metropolitan Police", "London", "2018"),
    "adult_family_violence": (0.05, "Office for National Statistics", "England and Wales",
                              "year ending March 2018"),
    "within_family_violence_children": (0.07, "Metropolitan Police", "London", "2018"),
}


def method_sample() -> list[Case]:
    """Seed-style coded cases as the London study counted them: 151 reviews screened, 64
    included with the method's category counts; the exclusions are never compared."""
    cases = [case(f"{cat}-{i}", cat, incident_type="homicide")
             for cat, n in METHOD_COUNTS.items() for i in range(n)]
    return cases + [case(f"x{i}", None, decision="exclude", reason="neglect") for i in range(151 - 64)]


def test_method_sample_gives_the_published_counts() -> None:
    tables = build_tables(method_sample())
    flow = dict(counts(tables, "screening_flow", None))
    assert (flow["screened"], flow["excluded"], flow["included"]) == (151, 87, 64)
    by_category = dict(counts(tables, "reviews_by_category", None))
    assert {cat: by_category[f"{cat}/total"] for cat in METHOD_COUNTS} == METHOD_COUNTS
    assert by_category["total/total"] == 64
    for cat, n in METHOD_COUNTS.items():
        overview = tables.get("overview", cat)
        assert overview is not None and len(overview.rows) == n == overview.data_available


def test_homicide_comparison_gives_the_methods_table_4() -> None:
    table = build_tables(method_sample()).get("homicide_comparison", None)
    assert table is not None and table.base == 64
    assert table.label == "as used in the London study"  # type: ignore[attr-defined]
    rows = {r.key: r for r in table.rows}
    for cat, (share, source, area, year) in TABLE_4.items():
        row = rows[cat]
        assert row.n == METHOD_COUNTS[cat] and row.sample_size == 64  # type: ignore[attr-defined]
        assert row.reference_share == share  # type: ignore[attr-defined]
        assert source in row.reference_source and row.reference_area == area  # type: ignore[attr-defined]
        assert row.reference_year == year  # type: ignore[attr-defined]
    assert rows[IPV].sample_share == pytest.approx(17 / 64, abs=1e-4)  # type: ignore[attr-defined]
    verdicts = {cat: rows[cat].verdict for cat in TABLE_4}  # type: ignore[attr-defined]
    assert verdicts == {"youth_peer_violence": "under-represented",
                        "adult_peer_violence": "under-represented",
                        IPV: "over-represented", "adult_family_violence": "over-represented",
                        "within_family_violence_children": "over-represented"}
    assert rows["child_sexual_abuse"].verdict is None  # type: ignore[attr-defined]


def test_homicide_comparison_grid_shows_sources_and_sample_size() -> None:
    from reviewsynth.codebook import load_codebook
    from reviewsynth.report.present import table_grid

    tables = build_tables(method_sample())
    table = tables.get("homicide_comparison", None)
    assert table is not None
    grid = table_grid(table, 0, load_codebook(), 0)
    ipv = next(line for line in grid.rows if line[0].text.startswith("Intimate partner"))
    assert [c.text for c in ipv[1:4]] == ["17", "27%", "20%"]
    assert "Metropolitan Police" in ipv[4].text and "London, 2018" in ipv[4].text
    assert ipv[5].text == "Over-represented (17 of 64 reviews)"
    assert "as used in the London study" in grid.note and "64 included reviews" in grid.note


def test_shipped_reference_holds_only_published_figures() -> None:
    from reviewsynth.tables import load_reference

    ref = load_reference()
    assert not ref.indicative and ref.label == "as used in the London study"
    shares = {c: s.share for c, s in ref.shares.items() if s.share is not None}
    assert shares == {cat: figures[0] for cat, figures in TABLE_4.items()}
    for cat, (_share, source, area, year) in TABLE_4.items():
        cited = ref.shares[cat]
        assert source in (cited.source or "") and cited.area == area and cited.year == year
    raw = (Path(__file__).resolve().parents[1] / "src" / "reviewsynth" / "data"
           / "reference_statistics.yaml").read_text(encoding="utf-8").lower()
    assert "indicative" not in raw and "demonstration" not in raw


def test_overview_rows_carry_fields() -> None:
    cases = [case("c1", incident_year=2019, published="2021-06", description="Woman killed.",
                  reference_individual="both", non_reference_information="some",
                  incident_type="homicide")]
    table = build_tables(cases).get("overview", IPV)
    assert table is not None and table.data_available == 1
    row = table.rows[0].model_dump()
    assert row["report_year"] == 2021 and row["incident_year"] == 2019
    assert row["description"] == "Woman killed." and row["reference_individual"] == "both"


def test_tables_json_round_trips() -> None:
    tables = build_tables([case("c1", people=[person("v1", "victim", gender="female")])])
    again = TablesFile.model_validate_json(tables.to_json())
    assert again.to_json() == tables.to_json()


def test_themes_use_taxonomy_labels_catch_all_last_rejected_skipped() -> None:
    from reviewsynth.themes.assign import UNASSIGNED
    from reviewsynth.themes.taxonomy import load_taxonomy

    marac = next(t for t in load_taxonomy() if t.id == "marac")

    def problem(theme: str, status: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {"text": "t", "theme": theme, "evidence": [ev(theme)]}
        if status:
            data["status"] = status
        return data

    cases = [
        case("c1", practice_problems=[problem(UNASSIGNED), problem("marac")]),
        case("c2", practice_problems=[problem(UNASSIGNED), problem("marac", status="rejected")]),
        case("c3", practice_problems=[problem(UNASSIGNED)]),
    ]
    table = build_tables(cases).get("themes", IPV)
    assert table is not None
    assert [(r.key, r.n) for r in table.rows] == [("marac", 1), (UNASSIGNED, 3)]
    assert table.rows[0].label == marac.label
    assert table.rows[1].label == "Other practice problems"


def test_invariants_on_the_example_gold_corpus() -> None:
    gold = Path(__file__).resolve().parents[1] / "examples" / "gold" / "all.gold.json"
    if not gold.exists():
        pytest.skip("examples/gold/all.gold.json not present")
    from reviewsynth.schema import load_cases

    cases = load_cases(gold)
    tables = build_tables(cases)
    flow = tables.get("screening_flow", None)
    by_category = tables.get("reviews_by_category", None)
    assert flow is not None and by_category is not None
    included = sum(1 for c in cases if c.included)
    assert flow.counts()["included"] == included == by_category.counts()["total/total"]
    for category in tables.categories():
        members = [c for c in cases if c.included and c.category == category]
        overview = tables.get("overview", category)
        assert overview is not None and len(overview.rows) == len(members)
        for table_id in ("victim_gender", "perpetrator_age", "victim_living", "incident_types"):
            table = tables.get(table_id, category)
            assert table is not None
            # single-valued tables: the rows (with not_reported) add up to every unit counted
            assert sum(r.n for r in table.rows) == table.base
        for table in tables.tables:
            if table.category == category:
                assert all(r.n > 0 for r in table.rows)
                assert all(len(r.cases) <= len(members) for r in table.rows)


def test_theme_rows_use_analysts_labels_when_given() -> None:
    from reviewsynth.schema import Case, Evidence, PracticeProblem, Screening
    from reviewsynth.tables import build_tables

    ev = Evidence(document="d" * 64, page=1, quote="The GP did not ask about abuse.")
    problem = PracticeProblem(text="The GP did not ask", theme="routine_enquiry", evidence=[ev])
    problem.theme_label = "GPs not asking about abuse"  # type: ignore[attr-defined]
    case = Case(case_id="k1", category="intimate_partner_violence",
                screening=Screening(decision="include", reason="homicide"), practice_problems=[problem])
    themes = next(t for t in build_tables([case]).tables if t.id == "themes")
    assert [(r.key, r.label, r.n) for r in themes.rows] == [("routine_enquiry", "GPs not asking about abuse", 1)]
