"""Classes of characteristics wording on small fictional reviews: the arrest for the incident
and an arrest ending without charge are not offending; convictions that list violence;
stopping or not collecting medication; isolation, separation, migration; a cause of death
and a toxicology result are not characteristics; conditions with no code of their own."""

import re

import pytest

from reviewsynth.coding import code_case
from reviewsynth.coding.lexicon import PhraseMatcher, load_lexicon
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT_A = """Domestic Homicide Review
Overview Report into the death of 'Irena'
Published: May 2024

1. Introduction
1.1 This review examines the contact agencies had with Irena, a 62-year-old woman, and her husband, Bogdan, aged 64, before Irena was killed at their home on 4 March 2022.
1.2 Bogdan killed Irena with a knife. Bogdan was arrested at the bungalow the following morning.
3. Background
3.1 Irena was born in Romania and came to England in 1998.
3.2 After 2019 Irena saw few people apart from her sister.
3.3 In 2021 Bogdan stopped his prescribed antipsychotic tablets.
3.4 In April 2021 Bogdan was arrested for criminal damage to a car and was released without charge.
3.5 Bogdan gambled most evenings.
3.6 Irena's parents had separated when she was a child.
3.7 A toxicology test showed that Bogdan had used cannabis that day.
3.8 The pathologist found that Irena had a chest infection.
"""

REPORT_B = """Safeguarding Adults Review
Mr Dale
Published: May 2024

1. Introduction
1.1 This review concerns Mr Dale, a 71-year-old man who was killed at his flat in June 2023 by Mr Crane, a 40-year-old man who had been staying with him.
3. Background
3.1 Mr Crane had previous convictions for burglary and for assault.
3.2 Mr Crane had not collected his repeat prescription for three months.
3.3 Mr Dale lived alone and had little contact with his family.
"""


def _code(name: str, text: str, rtype: str) -> tuple[set[str], set[str], dict[str, str | None]]:
    doc = ExtractedDocument.from_pages(f"{name}.txt", name[0] * 64, "text", [text], numbered=False)
    group = CaseGroup(name, [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=name, review_type=rtype, published="2024-05", incident_year=2022))
    case = code_case(group)
    v, p = case.victims()[0], case.perpetrators()[0]
    details = {c.code: c.detail for person in (v, p) for c in person.characteristics}
    return {c.code for c in v.characteristics}, {c.code for c in p.characteristics}, details


@pytest.fixture(scope="module")
def irena():
    return _code("irena", REPORT_A, "dhr")


@pytest.fixture(scope="module")
def dale():
    return _code("dale", REPORT_B, "sar")


def test_arrest_for_the_incident_or_without_charge_is_not_offending(irena):
    _, p, _ = irena
    assert "offending" not in p


def test_stopped_or_uncollected_medication(irena, dale):
    assert "medication" in irena[1]
    assert "medication" in dale[1]


def test_born_abroad_isolation_and_parents_separated(irena):
    v, _, _ = irena
    assert {"migration_status", "social_isolation", "parental_separation"} <= v


def test_toxicology_and_post_mortem_findings_are_not_characteristics(irena):
    v, p, _ = irena
    assert "substance_misuse" not in p
    assert "acute_illness" not in v


def test_gambling_is_other_with_its_detail(irena):
    _, p, details = irena
    assert "other" in p and details["other"]


def test_convictions_listing_an_assault_are_a_history_of_violence(dale):
    v, p, _ = dale
    assert {"history_of_violence", "offending", "medication"} <= p
    assert "social_isolation" in v


class _Codes:
    def __init__(self) -> None:
        codes = load_lexicon("characteristics")["codes"]
        self.phrases = PhraseMatcher({c: s.get("phrases", []) for c, s in codes.items()})
        self.patterns = {c: re.compile("|".join(s["patterns"]), re.I) for c, s in codes.items() if s.get("patterns")}

    def find(self, sentence: str) -> list[str]:
        return [h.key for h in self.phrases.find(sentence)] + [c for c, rx in self.patterns.items() if rx.search(sentence)]


@pytest.fixture(scope="module")
def matcher():
    return _Codes()


@pytest.mark.parametrize(("sentence", "code"), [
    ("She refused her depot injection twice in May.", "medication"),
    ("He had come off his lithium without telling the team.", "medication"),
    ("By then he had stopped seeing his friends.", "social_isolation"),
    ("She had no close relatives nearby.", "social_isolation"),
    ("Staff worried about his growing isolation.", "social_isolation"),
    ("He had no contact with his relatives.", "social_isolation"),
    ("His parents divorced when he was three.", "parental_separation"),
    ("She was born in Sri Lanka.", "migration_status"),
    ("The family moved to Hull from Lisbon in 2012.", "migration_status"),
    ("In 2014 he was convicted of wounding a stranger.", "history_of_violence"),
])
def test_wording(matcher, sentence, code):
    assert code in matcher.find(sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("She was born in Northern Ireland.", "migration_status"),
    ("The message came from Jordan, her nephew.", "migration_status"),
    ("He was born in Swindon.", "migration_status"),
])
def test_not_this_code(matcher, sentence, code):
    assert code not in matcher.find(sentence)
