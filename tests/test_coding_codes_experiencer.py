"""Whose a characteristic is, from the parse: possessors, owners, subjects of having and
using, relatives outside the cast, and a bare first name of a coded subject."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

ADULT = """Domestic Homicide Review
Overview Report into the death of 'Orla'

1. Introduction
1.1 This review examines the contact agencies had with Orla, a 41-year-old woman, and her husband, Fenwick, aged 44, before Orla was killed at her home on 3 May 2022.
1.2 Fenwick stabbed Orla with a knife. Fenwick was arrested and later convicted of murder.
3. Background
3.1 Orla's brother had schizophrenia and lived in supported housing.
3.2 In 2020 Orla told the practice nurse that her son was using heroin.
3.3 Orla's daughter, Bryony, who has had treatment for anxiety for many years, spoke to the panel.
3.4 Fenwick's aunt asked him to leave her flat in 2019 because of his cannabis use.
3.5 The nurse noted low mood after her brother's death and referred her to a counsellor.
3.6 In 2021 Fenwick struck Orla with the walking frame he used.
"""

CHILD = """Child Safeguarding Practice Review: Child Tamsin

1. Introduction
1.1 This review concerns Child Tamsin, a 6-year-old girl who died at her home on 3 May 2022. Her step-father, Mr Brack, aged 38, was convicted of her murder.
3. Background
3.1 Tamsin lived with her mother and Mr Brack.
3.2 Tamsin had autism and attended a special school.
3.3 Tamsin's mother had long-standing depression.
"""


def _code(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages("x.txt", "6" * 64, "text", [text], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=title, review_type=review_type, published="2023-06", incident_year=2022))
    case = code_case(group)
    v, p = case.victims()[0], case.perpetrators()[0]
    return v, {c.code for c in v.characteristics}, {c.code for c in p.characteristics}


@pytest.fixture(scope="module")
def adult():
    return _code(ADULT, "Orla", "dhr")


def _quotes(person, code: str) -> list[str]:
    return [e.quote for c in person.characteristics if c.code == code for e in c.evidence]


def test_a_relatives_illness_is_not_the_victims(adult):
    v, _, _ = adult
    assert not any("schizophrenia" in q or "anxiety for many" in q for q in _quotes(v, "mental_health_current"))


def test_what_she_told_of_her_son_is_his(adult):
    _, vc, _ = adult
    assert "substance_misuse" not in vc


def test_the_possessor_of_the_habit_has_it(adult):
    _, _, pc = adult
    assert "substance_misuse" in pc and "household_substance_misuse" not in pc


def test_a_name_that_owns_another_noun_is_passed_over(adult):
    v, _, _ = adult
    assert any("noted low mood" in q for q in _quotes(v, "mental_health_current"))


def test_the_user_of_a_thing_has_it(adult):
    v, vc, pc = adult
    assert "disability" in pc and not any("walking frame" in q for q in _quotes(v, "disability"))


def test_a_bare_first_name_is_the_coded_subject():
    v, vc, _ = _code(CHILD, "Child Tamsin", "scr")
    assert "send" in vc and "parent_mental_health" in vc
    assert "mental_health_current" not in vc


def test_the_parse_finds_possessor_owner_and_subject():
    from reviewsynth.coding.experiencer import experiencer_token, span_root
    from reviewsynth.nlp import parse

    cases = [("The school knew of psychosis in her father.", "psychosis", "father"),
             ("Her cousin's drinking worried the school.", "drinking", "cousin"),
             ("The GP said that her uncle was misusing cocaine.", "cocaine", "uncle"),
             ("He was diagnosed with psychosis in 2015.", "psychosis", "He"),
             ("The GP recorded anxiety at the review.", "anxiety", None)]
    for text, word, expected in cases:
        doc = next(iter(parse([text])))
        start = text.index(word)
        tok = experiencer_token(span_root(doc, start, start + len(word)))
        assert (tok.text if tok is not None else None) == expected, text
