"""Classes of wording met in review shapes the engine had not seen: an injury told with a verb
the cheap pre-parse test once missed ("hit"), a case named "Child <pseudonym>", an object
pronoun standing for the other person named, and an overdose after peers' victimisation.
Every text here is invented."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.coding.cast import build_cast
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.coding.roles import candidate_tests, inflections
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.meta import read_meta
from reviewsynth.grouping.model import CaseGroup, GroupedDocument


def _doc(text: str) -> ExtractedDocument:
    return ExtractedDocument.from_pages("t.txt", "7" * 64, "text", [text], numbered=False)


def _case(text: str):
    doc = _doc(text)
    return code_case(CaseGroup("c", [GroupedDocument(doc, "overview_report", True)], read_meta(doc)))


@pytest.mark.parametrize(("lemma", "forms"), [
    ("hit", {"hits", "hitting"}), ("stab", {"stabbed", "stabbing"}), ("strangle", {"strangled", "strangling"}),
    ("die", {"died", "dying"}), ("injury", {"injuries"}), ("kick", {"kicked", "kicking"}),
])
def test_inflections_give_the_regular_forms(lemma, forms):
    assert forms <= inflections(lemma)


@pytest.mark.parametrize("sentence", [
    "That night Dorran hit Mirela across the face.", "She was struck with a bottle.", "He was shot twice.",
    "Officers found him lifeless, and he was pronounced dead.", "Ysolde took an overdose in March.", "He said he had shaken the baby.",
])
def test_the_pre_parse_test_finds_every_harm_verb_of_the_lexicon(sentence):
    strong, _ = candidate_tests()
    assert strong.search(sentence)


def test_the_pre_parse_test_passes_over_ordinary_sentences():
    strong, weak = candidate_tests()
    for sentence in ("She attended the clinic in May.", "The hitherto unknown tenant moved in."):
        assert not strong.search(sentence) and not weak.search(sentence)


def test_a_victim_only_hit_is_found_by_the_grammar():
    text = ("About Mirela\n\nMirela is 31. Mirela lives in a flat. Mirela likes gardening.\n\n"
            "What happened\n\nIn 2023 Mirela met Dorran. Dorran moved in.\nOne night Dorran hit Mirela very hard. "
            "Her arm was broken. The police arrested Dorran.\n")
    cast = build_cast(ReviewDoc.read(_doc(text)), None, "sar")
    roles = {m.name: m.role for m in cast.members}
    assert roles.get("Mirela") == "victim" and roles.get("Dorran") == "perpetrator"


def test_an_object_pronoun_is_the_other_person_named():
    text = ("Learning brief: Kestrel\n\nKestrel was 12 and lived with his father. Kestrel liked chess.\n"
            "A man calling himself Mr W contacted Kestrel on a gaming site. Mr W sent Kestrel presents. "
            "In May Mr W met Kestrel in a park and sexually abused him.\n"
            "Mr W was arrested and was later convicted.\n")
    cast = build_cast(ReviewDoc.read(_doc(text)), None, "scr")
    roles = {m.name: m.role for m in cast.members}
    assert roles.get("Kestrel") == "victim" and roles.get("Mr W") == "perpetrator"


RAPID_REVIEW = """Rapid review: Child Tamsin

Dear Chair,

1. The incident

Tamsin is a 14-year-old girl who lives with her grandmother. In February 2024 Tamsin took an overdose of her
grandmother's tablets at home. Her grandmother called an ambulance and Tamsin was treated in hospital.

2. Before the incident

From the autumn a group of girls in Tamsin's class taunted her at the bus stop and posted photographs of her
with cruel captions. Tamsin told her form tutor in December. The school recorded it as a falling out.
"""


def test_a_child_review_named_for_its_subject_groups_the_titled_and_bare_name():
    case = _case(RAPID_REVIEW)
    assert case.review_type == "scr"
    victims = [p for p in case.people if p.role == "victim"]
    assert len(victims) == 1 and victims[0].name in ("Tamsin", "Child Tamsin")


def test_an_overdose_after_peers_taunting_is_a_suicide_attempt_after_peer_violence():
    case = _case(RAPID_REVIEW)
    assert (case.screening.decision, case.screening.reason) == ("include", "suicide_peer_violence")
    quotes = " ".join(e.quote for e in case.screening.evidence)
    assert "overdose" in quotes and "taunted" in quotes


def test_an_overdose_with_no_peers_named_stays_excluded():
    text = RAPID_REVIEW.split("2. Before")[0] + "2. Before the incident\n\nTamsin had been low since her mother moved away.\n"
    case = _case(text)
    assert case.screening.decision == "exclude"


def test_violence_against_someone_makes_them_its_sufferer():
    from reviewsynth.coding.roles import events_in
    from reviewsynth.nlp import parse

    doc = next(parse(["He had a conviction for violence against a former girlfriend."]))
    events = [e for e in events_in(doc, 0, 0) if e.trigger == "violence"]
    assert events and all(e.agent is None for e in events)
    assert events[0].patient is not None and events[0].patient.noun == "girlfriend"


def test_a_pronoun_doer_is_the_last_compatible_person_named_before():
    text = ("Safeguarding practice review: Child Q\n\n1.1 Child Q was seven weeks old when she was admitted to hospital. "
            "Child Q survived.\n1.2 Child Q's father, known in this review as Mr Q, was 26. Mr Q lived with the mother. "
            "In March 2024 he admitted that he had shaken her.\n2.1 The health visitor saw Child Q twice.\n")
    cast = build_cast(ReviewDoc.read(_doc(text)), "Child Q", "scr")
    roles = {m.name: m.role for m in cast.members}
    assert roles.get("Child Q") == "victim" and roles.get("Mr Q") == "perpetrator"
