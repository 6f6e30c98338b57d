"""Abuse of a victim by the setting it happened in: at the hands of a partner or relative it is
domestic abuse whatever the acts are called; outside the home, in a safeguarding adults review,
it is abuse of an adult; a fall or self-neglect is not abuse."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

DHR = """Domestic Homicide Review: summary of the review into the death of Orla

Orla, aged 74, was killed by her son, Declan, aged 46, at the bungalow they shared in the autumn of 2021. In the two years before her death Declan took money from her pension every week and pushed her against the kitchen table when she refused to give him more. Her neighbour told the review that Orla had become frightened of him. Declan was convicted of her murder and is serving a life sentence.
"""

SAR = """Safeguarding Adults Review: summary of the review into the death of Piet

Piet, aged 58, who had a learning disability, was murdered in his flat in 2022 by Rory, aged 31, a man he had met at a bus stop a few weeks earlier. Rory moved into the flat and took his bank card, withdrawing cash from his account most days. In the year before, Piet had fallen and hit his head twice at home, and a district nurse recorded concerns about self-neglect. Rory was convicted of his murder.
"""


def _people(text: str, sha: str, review_type: str, title: str) -> dict:
    doc = ExtractedDocument.from_pages("r.txt", sha, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=title, review_type=review_type, published="2023-05", incident_year=2021))
    return {p.role: p for p in code_case(group).people}


def _codes(person) -> set[str]:
    return {c.code for c in person.characteristics}


def test_abuse_by_a_son_is_domestic_abuse_of_his_mother():
    people = _people(DHR, "d1" * 32, "dhr", "Orla")
    assert "domestic_abuse" in _codes(people["victim"])


def test_abuse_by_an_acquaintance_in_a_sar_is_abuse_of_an_adult():
    people = _people(SAR, "d2" * 32, "sar", "Piet")
    assert "abuse_neglect_adult" in _codes(people["victim"])
    assert "domestic_abuse" not in _codes(people["victim"])


def test_taking_his_card_is_done_to_him_not_by_him():
    people = _people(SAR, "d2" * 32, "sar", "Piet")
    assert "abuse_neglect_adult" not in _codes(people["perpetrator"])


def test_acts_by_a_relative_are_told_as_domestic_abuse_with_their_kinds():
    people = _people(DHR, "d1" * 32, "dhr", "Orla")
    victim = {c.code: c for c in people["victim"].characteristics}
    assert "abuse_neglect_adult" not in victim  # one code for the abuse at home, not two
    assert {"financial", "physical"} <= set(victim["domestic_abuse"].subtypes)


PERPETRATOR_ABUSED = """Independent Investigation: summary of the care and treatment of Ms Quill

Ms Quill, aged 39, killed her neighbour, Mr Abbot, aged 70, in March 2022. Ms Quill had experienced physical abuse from a former husband between 2010 and 2015. In 2019 Ms Quill punched a support worker and pushed him against a door. Ms Quill was convicted of manslaughter.
"""


def test_abuse_a_perpetrator_underwent_is_kept_their_own_acts_are_not():
    people = _people(PERPETRATOR_ABUSED, "d3" * 32, "iir", "Ms Quill")
    perpetrator = {c.code: c for c in people["perpetrator"].characteristics}
    assert "abuse_neglect_adult" in perpetrator
    quotes = " ".join(e.quote for e in perpetrator["abuse_neglect_adult"].evidence)
    assert "experienced" in quotes and "pushed him" not in quotes


MOODS = """Domestic Homicide Review: summary of the review into the death of Wilma

Wilma, aged 52, was killed by her husband, Ansel, aged 55, at their home in May 2023. Wilma had been treated by her GP for depression since 2017. Ansel had an episode of anxiety for several months after a car accident. Ansel was convicted of her murder.
"""


def test_a_state_that_runs_on_is_current_and_an_ended_episode_is_past():
    people = _people(MOODS, "d4" * 32, "dhr", "Wilma")
    assert "mental_health_current" in _codes(people["victim"])  # "since 2017": it ran on
    assert "mental_health_past" not in _codes(people["victim"])
    assert "mental_health_past" in _codes(people["perpetrator"])  # an episode of several months
