"""People outside the cast named as the subject are not a principal's characteristics."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument
from tests.test_coding_codes import REPORT as BASE


def test_third_parties_are_not_the_principal():
    report = BASE.replace(
        "4. Chronology\n",
        "3.11 Marta's flat was taken over by people involved in drug dealing.\n"
        "3.12 Neighbours complained about heroin use in the stairwell.\n4. Chronology\n")
    doc = ExtractedDocument.from_pages("m2.txt", "c" * 64, "text", [report], numbered=False)
    case = code_case(CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                               CaseMeta(title="Marta", review_type="dhr", published="2023-06", incident_year=2022)))
    v = case.victims()[0]
    codes = {c.code for c in v.characteristics}
    assert "drug_dealing" not in codes and "substance_misuse" not in codes
