"""Services in a short published summary that has no section headings: its opening prose is
the whole account, so agencies named with a person there are read; sentences about the
review itself (who commissioned it, its team) name parties to the review, not services."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

SUMMARY = """Domestic Homicide Review: summary of the review into the death of Corin

The Brackwater Community Safety Partnership commissioned this Domestic Homicide Review after the death of Corin, a 29-year-old man, who was killed by his wife, Ilse, at their home in the spring of 2022. The review team included a consultant psychiatrist and a housing manager. Corin had seen his GP three times in the year before his death about poor sleep and told the practice nurse that he felt "watched all the time". Neighbours called the police to the house twice after hearing shouting, and on the second occasion officers spoke to Corin alone. Ilse had been referred to the community mental health team in 2020 with low mood. She was convicted of his murder and is serving a life sentence. Corin's family told the review that he had become quiet and withdrawn in the months before he died, and that he rarely saw his friends.
"""


@pytest.fixture(scope="module")
def people():
    doc = ExtractedDocument.from_pages("corin.txt", "c0" * 32, "text", [SUMMARY], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Corin", review_type="dhr", published="2023-09", incident_year=2022))
    return {p.role: p for p in code_case(group).people}


def _services(person) -> set[tuple[str, str]]:
    return {(s.service, s.timing) for s in person.services}


def test_agencies_named_with_a_person_in_the_opening_prose_are_read(people):
    assert {("gp", "prior"), ("police", "prior")} <= _services(people["victim"])
    assert ("mh_community", "prior") in _services(people["perpetrator"])


def test_the_review_team_and_its_commissioner_are_not_services(people):
    for person in people.values():
        got = {service for service, _ in _services(person)}
        assert not got & {"mh_other", "housing"}


def test_a_sentence_being_served_is_prison_after(people):
    assert ("prison", "after") in _services(people["perpetrator"])
    assert ("police", "after") not in _services(people["perpetrator"])  # a conviction is not an arrest


BRIEFING = """Rapid Review Briefing: Child Q
Child Safeguarding Practice Review. Published: May 2024

1. Why this briefing
This briefing shares learning from the review into the death of Child Q, aged 15.

2. What happened
Child Q lived with his grandmother and attended a local academy.
In June 2023 Child Q was stabbed outside a takeaway and died at the scene.
A 20-year-old man was convicted of his murder and sentenced to life imprisonment with a minimum term of 18 years.

3. Learning
Agencies should share information about young people at risk of violence.
"""


def test_a_sentence_told_in_an_undated_what_happened_section_is_prison_after():
    doc = ExtractedDocument.from_pages("q.txt", "c1" * 32, "text", [BRIEFING], numbered=False)
    group = CaseGroup("c2", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Child Q", review_type="cspr", published="2024-05", incident_year=2023))
    people = {p.role: p for p in code_case(group).people}
    assert ("prison", "after") in _services(people["perpetrator"])
