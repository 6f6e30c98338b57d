"""A living victim's care after the disclosure or the injury, and a perpetrator's arrest by the
police, on a small fictional children's review: what the disclosure sets off the same day, where
the child lives now and the plan they are under now are services after, not before."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

CSPR = """Child Safeguarding Practice Review
Review concerning 'Elin'

1. Introduction
1.1 In March 2024 Elin, who is 11, told her teacher that her stepfather, Mr J, had been sexually abusing her for a year.
1.2 Children's social care held a strategy discussion the same evening.
1.3 Elin was interviewed by specially trained police officers the next day.
1.4 Police arrested Mr J within 24 hours. He was charged with sexual offences against Elin.
1.5 Elin now lives with foster carers and is supported under a child protection plan.
2. Background
2.1 In 2021 Elin's school referred the family to early help after she missed school.
"""


def _services() -> dict[str, set[tuple[str, str]]]:
    doc = ExtractedDocument.from_pages("elin.txt", "e" * 64, "text", [CSPR], numbered=True)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Elin", review_type="cspr"))
    case = code_case(group)
    return {p.name or "": {(s.service, s.timing) for s in p.services} for p in case.people}


def test_the_disclosure_sets_off_services_after():
    services = _services()
    elin = services["Elin"]
    assert ("csc_cin_cp", "after") in elin and ("csc_cin_cp", "prior") not in elin
    assert ("police", "after") in elin and ("police", "prior") not in elin
    assert ("csc_looked_after", "after") in elin and ("csc_looked_after", "prior") not in elin


def test_an_arrest_by_the_police_is_after_for_the_perpetrator():
    services = _services()
    assert ("police", "after") in services["Mr J"] and ("police", "prior") not in services["Mr J"]
