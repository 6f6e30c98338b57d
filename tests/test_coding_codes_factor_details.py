"""Factors as factors: a risk or protective factor is a coded factor with a short detail, never
the words that matched; a protective factor protects (the supporter acts, not the principal,
and not after the death); a perpetrator's self-harm is no weapon used on the victim."""

from __future__ import annotations

from reviewsynth.coding import code_case
from reviewsynth.coding.incident import incident_codes
from reviewsynth.coding.lexicon import load_lexicon
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument
from reviewsynth.schema import Case


def _code(text: str, title: str, review_type: str = "dhr") -> Case:
    doc = ExtractedDocument.from_pages("t.txt", "8" * 64, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=title, review_type=review_type, published="2023-06", incident_year=2022))
    return code_case(group)


CARER = """Domestic Homicide Review
Overview Report into the death of 'Nell'

1. Introduction
1.1 This review examines the contact agencies had with Nell, an 84-year-old woman, and her son, Ivo, aged 52, before Nell was killed at her home on 9 March 2022.
1.2 Ivo struck Nell with a walking stick. Nell died at the scene.
3. Background
3.1 Nell depended on her son for washing, meals and her medicines.
3.2 Nell's sister visited her regularly and phoned her every Sunday.
"""


def test_a_risk_phrase_gives_its_coded_detail_not_the_words_matched() -> None:
    nell = _code(CARER, "Nell").victims()[0]
    details = {r.detail for r in nell.risk_factors if r.context == "home" and r.type == "other"}
    assert "Dependent on a family member for care" in details
    assert not any(d and d.startswith("depended on") for d in details)
    rule_details = {rule["detail"] for rule in load_lexicon("risk_factors")["phrases"]}
    assert "Dependent on a family member for care" in rule_details


def test_a_protective_factor_has_a_short_detail() -> None:
    nell = _code(CARER, "Nell").victims()[0]
    family = [f for f in nell.protective_factors if f.context == "family"]
    assert [f.detail for f in family] == ["Support from sister"]
    assert all(len(f.detail.split()) <= 6 for f in nell.protective_factors)


YOUNG_CARER = """Child Safeguarding Practice Review: Tia

1. Introduction
1.1 This review concerns Tia, a 13-year-old girl, who was killed by her stepfather, Rory, aged 38, at the family home on 4 February 2022.
1.2 Rory strangled Tia. She died at the scene.
3. Background
3.1 From the age of nine Tia looked after her two younger brothers on the nights her mother worked.
"""


def test_a_child_caring_for_others_is_not_protected_by_them() -> None:
    tia = _code(YOUNG_CARER, "Tia", "scr").victims()[0]
    assert "family" not in {f.context for f in tia.protective_factors}


DISCOVERY = """Domestic Homicide Review
Overview Report into the deaths of 'Alba' and 'Cyril'

1. Introduction
1.1 This review examines the contact agencies had with Alba, aged 79, and her husband, Cyril, aged 81, before Cyril killed Alba and then himself at their bungalow in June 2022.
3. Background
3.1 A neighbour kept an eye on the house and became worried when the milk was not taken in; she called the police, who found Alba and Cyril dead in the kitchen.
"""


def test_a_neighbour_who_raised_the_alarm_after_the_death_did_not_protect() -> None:
    case = _code(DISCOVERY, "Alba")
    assert not any(f.context == "neighbourhood" for p in case.people for f in p.protective_factors)


def _weapons(text: str) -> list[str]:
    doc = ExtractedDocument.from_pages("t.txt", "9" * 64, "text", [text], numbered=False)
    return [k for k, _ in incident_codes(ReviewDoc.read(doc), "weapons")]


HOMICIDE_SUICIDE = """Domestic Homicide Review

1. Introduction
1.1 On 2 May 2022 Bernard strangled his wife, Elsie, at their home, and then took an overdose of his own heart medication.
1.2 Elsie was pronounced dead at the scene and Bernard died in hospital the next day.
"""

SUICIDE = """Child Safeguarding Practice Review

1. Introduction
1.1 On 8 October 2022 Jude, aged 15, was found hanged in his bedroom after months of bullying by other pupils.
1.2 Jude died at the scene.
"""


def test_a_perpetrators_overdose_in_a_homicide_suicide_is_no_weapon() -> None:
    assert _weapons(HOMICIDE_SUICIDE) == ["strangulation"]


def test_the_means_of_a_victims_own_suicide_stays() -> None:
    assert _weapons(SUICIDE) == ["hanging"]
