"""Numeric table dates (DD/MM/YY), rows about someone outside the principals, and the
emergency response told a few sentences after the attack."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.coding.reader import ReviewDoc, parse_date, phase
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument


@pytest.mark.parametrize(("text", "date"), [
    ("21/06/14 | Police | Called by a neighbour.", (2014, 6, 21)),
    ("On 12.03.2021 she rang.", (2021, 3, 12)),
    ("2.3.15 The panel noted", None),  # a paragraph number, not a date
    ("1/13/2020 x", None),  # no thirteenth month
])
def test_numeric_dates(text, date):
    assert parse_date(text) == date


REPORT = """Domestic Homicide Review
Overview Report into the death of 'Irena'

1. Introduction
1.1 This review examines the contact agencies had with Irena, a 52-year-old woman, and her son, Pavel, aged 30, before Irena was killed at her home on 9 March 2022.
1.2 Pavel stabbed Irena with a kitchen knife. Pavel was arrested.
3. Background
3.1 On 9 March 2022 Pavel stabbed Irena in the kitchen.
3.2 It is not known what started the argument.
3.3 A neighbour called 999.
3.4 Irena was taken by ambulance to Ashby General Hospital.
4. Chronology
| Date | Agency | Event |
| 02/11/21 | GP | Irena seen for low mood. |
| 15/12/21 | Housing | Irena's sister applied to the housing team for a flat. |
| 10/03/22 | Police | Pavel charged with murder. |
"""


@pytest.fixture(scope="module")
def setup():
    doc = ExtractedDocument.from_pages("irena.txt", "5" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Irena", review_type="dhr", published="2023-06", incident_year=2022))
    return doc, code_case(group)


def test_numeric_rows_are_phased(setup):
    doc, _ = setup
    rd = ReviewDoc.read(doc)
    phases = {s.text[:10]: phase(rd, i) for i, s in enumerate(rd.sentences) if rd.section_kind(s.start) == "chronology"}
    assert phases.get("| 02/11/21") == "prior" and phases.get("| 10/03/22") == "after"


def test_a_row_about_someone_else_is_not_a_principals_service(setup):
    _, case = setup
    assert not any(s.service == "housing" for p in case.people for s in p.services)


def test_ambulance_after_the_attack_is_after(setup):
    _, case = setup
    timed = {(s.service, s.timing) for s in case.victims()[0].services}
    assert ("ambulance", "after") in timed and ("ambulance", "prior") not in timed
    assert ("gp", "prior") in timed


KIN = """Independent Investigation
Service user T

1. Introduction
1.1 This investigation examines the care of Service user T (T), aged 24, who stabbed his neighbour, Mr Q, on 20 May 2021.
3. Background
3.1 T was seen by the community mental health team from 2019.
3.2 He stopped taking his medication in April 2021.
3.3 On 12 May 2021 T's mother rang the CRHTT.
3.4 T's mother's GP prescribed her sleeping tablets.
"""


def test_a_relative_contacting_a_service_is_about_the_principal():
    doc = ExtractedDocument.from_pages("t.txt", "2" * 64, "text", [KIN], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Service user T", review_type="iir", published="2023-06", incident_year=2021))
    case = code_case(group)
    by_role = {p.role: {s.service for s in p.services} for p in case.people}
    assert "mh_other" in by_role.get("perpetrator", set())
    assert "mh_other" not in by_role.get("victim", set())
    assert not any("gp" in services for services in by_role.values())
