"""Escalation markers in the wording of other review styles: re-release after recall, a door
kicked in, drugs used that evening, missed appointments, 'If I can't have ... nobody will',
money owed, a knife found in a bedroom, hidden thoughts; and what is not escalation (a row of
shops, a parent's death in childhood)."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT = """Domestic Homicide Review
Overview Report into the death of 'Nadia'

1. Introduction
1.1 This review examines the contact agencies had with Nadia, a 39-year-old woman, and her former partner, Corin, aged 41, before Nadia was killed in a car park behind a row of shops on 9 June 2023.
1.2 Corin stabbed Nadia with a kitchen knife. Corin was arrested.
3. Background
3.1 Corin's father died when Corin was nine.
3.2 Corin was recalled to prison in May 2023 and re-released on 28 May 2023.
3.3 On 1 June 2023 Corin kicked in the door of Nadia's flat.
3.4 Corin told Nadia: "If I can't have my family nobody will."
3.5 Corin did not attend his appointments with the drug service in May 2023.
3.6 Corin owes money to people in the town.
3.7 Corin's sister found a hunting knife in his room on 5 June 2023.
3.8 Corin hid his thoughts from the probation officer.
3.9 Corin had smoked crack cocaine earlier that evening.
"""

BAILED = REPORT.replace("3.2 Corin was recalled to prison in May 2023 and re-released on 28 May 2023.",
                        "3.2 Corin was arrested for assault on 20 May 2023 and released on bail.")


def _markers(text: str) -> set[str]:
    doc = ExtractedDocument.from_pages("nadia.txt", "6" * 64, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Nadia", review_type="dhr", published="2024-06", incident_year=2023))
    return {m.code for m in code_case(group).escalation.markers}


@pytest.fixture(scope="module")
def markers():
    return _markers(REPORT)


@pytest.mark.parametrize("code", [
    "released_from_custody", "threats_property_damage", "disengaged_services", "stress_debt_housing",
    "carrying_weapons", "concealment_stigma", "alcohol_drugs_before",
])
def test_marker_found(markers, code):
    assert code in markers


def test_childhood_bereavement_is_not_escalation(markers):
    assert "adverse_life_event" not in markers



def test_bail_after_an_arrest_is_no_release_from_custody():
    assert "released_from_custody" not in _markers(BAILED)
