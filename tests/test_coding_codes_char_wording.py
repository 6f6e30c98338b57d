"""Classes of characteristics wording on small fictional reviews: the Home Office notified of
a review; robbery alone; earlier violent acts told in plain words and who did them; autism in
an adult and in a child; a condition never diagnosed; a relative's death as a bereavement (and
not the death of the one killed); a finding's heading."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

ADULTS = """Domestic Homicide Review
Overview Report into the death of 'Orla'
Published: June 2024

1. Introduction
1.1 This review examines the contact agencies had with Orla, a 58-year-old woman, and her husband, Piran, aged 61, before Orla was killed at their home on 9 May 2023.
1.2 Piran killed Orla with a knife. The Community Safety Partnership notified the Home Office of its decision to hold this review in June 2023.
3. Background
3.1 In 2020 Orla told her sister that Piran had shoved her against the fridge.
3.2 Piran had also hurt a former girlfriend in 2009. In 2016 he was seen threatening a delivery driver with a hammer.
3.3 Piran served a prison sentence for robbery in 1995.
3.4 Piran is autistic. Orla was diagnosed with Alzheimer's disease in 2021.
3.5 Her father died when Orla was eleven. His mother, Wenna, died of a stroke in 2019.
Finding 2: Exploitation of Orla was not recognised by the bank
"""

CHILD = """Child Safeguarding Practice Review
Child Tamsin
Published: March 2024

1. Introduction
1.1 This review concerns Child Tamsin, aged 14, who was seriously assaulted by Rory, aged 19, in a park in October 2023.
3. Background
3.1 Child Tamsin is autistic and has an education, health and care plan.
3.2 A neighbour described Rory as a person with autism, although he had never been diagnosed.
"""

SON = """Domestic Homicide Review
Overview Report into the death of 'Morwen'
Published: June 2024

1. Introduction
1.1 This review concerns Morwen, 77, who was killed by her son Jory, 45, at her home in March 2023.
3. Background
3.1 Jory drank heavily on the night of his mother's death.
3.2 The two men who lived next door kicked him and hit him in 2021.
"""


def _case(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages(f"{title}.txt", "0" * 64, "text", [text], numbered=False)
    meta = CaseMeta(title=title, review_type=review_type, published="2024-06", incident_year=2023)
    return code_case(CaseGroup(title, [GroupedDocument(doc, "overview_report", True)], meta))


def _codes(person) -> dict[str, object]:
    return {c.code: c for c in person.characteristics}


@pytest.fixture(scope="module")
def adults():
    c = _case(ADULTS, "Orla", "dhr")
    return _codes(c.victims()[0]), _codes(c.perpetrators()[0])


def test_home_office_notified_of_a_review_is_no_migration_status(adults):
    victim, perp = adults
    assert "migration_status" not in victim and "migration_status" not in perp


def test_plain_violent_acts_are_the_doers_history(adults):
    victim, perp = adults
    quotes = " ".join(e.quote for e in perp["history_of_violence"].evidence)
    assert "shoved her" in quotes and "hurt a former girlfriend" in quotes
    assert "history_of_violence" not in victim


def test_robbery_alone_is_offending_not_violence():
    c = _case(ADULTS.replace("3.1 In 2020 Orla told her sister that Piran had shoved her against the fridge.\n", "")
              .replace("3.2 Piran had also hurt a former girlfriend in 2009. In 2016 he was seen threatening a delivery driver with a hammer.\n", ""),
              "Orla", "dhr")
    perp = _codes(c.perpetrators()[0])
    assert "offending" in perp and "history_of_violence" not in perp


def test_autism_of_an_adult_and_dementia_are_other(adults):
    victim, perp = adults
    assert "send" not in perp and "other" in perp
    assert "chronic_illness" not in victim and "other" in victim


def test_a_relatives_death_is_the_owners_bereavement(adults):
    victim, perp = adults
    assert any("Her father died" in e.quote for e in victim["other"].evidence)
    assert any("His mother, Wenna, died" in e.quote for e in perp["other"].evidence)


def test_a_findings_heading_is_a_theme(adults):
    victim, _ = adults
    assert "criminal_exploitation" not in victim and "abuse_neglect_adult" not in victim


def test_autism_of_a_child_is_send_and_never_diagnosed_is_not_coded():
    c = _case(CHILD, "Child Tamsin", "cspr")
    victim, perp = _codes(c.victims()[0]), _codes(c.perpetrators()[0])
    assert "send" in victim and "other" not in victim
    assert "send" not in perp and "other" not in perp


def test_the_death_of_the_one_killed_is_no_bereavement_and_others_acts_are_not_violence():
    c = _case(SON, "Morwen", "dhr")
    perp = _codes(c.perpetrators()[0])
    assert "other" not in perp
    assert all("kicked him" not in e.quote for e in perp.get("history_of_violence", type("F", (), {"evidence": []})).evidence)


YOUTH = """Child Safeguarding Practice Review
Child Kit
Published: March 2024

1. Introduction
1.1 This review concerns Child Kit, aged 15, who was stabbed by Child Lowen, aged 17, in a park in October 2023.
3. Background
3.1 In 2022 Child Kit shoved a teacher and was excluded for three days.
3.2 Child Lowen had an education, health and care plan for autism.
"""


def test_a_victims_earlier_push_is_not_a_history_of_violence_and_an_ehcp_keeps_send():
    c = _case(YOUTH, "Child Kit", "cspr")
    victim, perp = _codes(c.victims()[0]), _codes(c.perpetrators()[0])
    assert "history_of_violence" not in victim
    assert "send" in perp and "other" not in perp
