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


@pytest.mark.parametrize(("sentence", "doer", "sufferer"), [
    ("Young Person Q was found guilty of murdering him.", "Young Person Q", "him"),
    ("Mr K was charged with assaulting his neighbour.", "Mr K", "his neighbour"),
    ("She was convicted of killing him.", "She", "him"),
])
def test_the_one_convicted_of_a_harm_gerund_did_it(sentence, doer, sufferer):
    from reviewsynth.coding.roles import events_in
    from reviewsynth.nlp import parse

    harms = [e for e in events_in(next(parse([sentence])), 0, 0) if e.kind in ("kill", "injure")]
    assert harms and harms[0].agent is not None and harms[0].agent.text == doer
    assert harms[0].patient is not None and harms[0].patient.text == sufferer and harms[0].convicted


THEMATIC = """Thematic review: serious youth violence in Westmarsh

1. The children
1.1 Child R, a 16-year-old girl, was stabbed in the arm in a subway in 2021. She recovered. Child R had been
excluded from school.
1.2 Children S and U were each seriously assaulted in separate fights in 2022. Child S was 15. Child U was 14.

2. The focal case
2.1 On 3 June 2023 Ashby was stabbed in the back near the canal and died at the scene. Ashby was 17.
A young man referred to here as Young Person W, who was 19, was found guilty of murdering him.
Ashby and Young Person W had been at school together. Ashby's mother had asked the council to move the family.
"""


def test_the_children_of_other_cases_in_a_thematic_review_are_not_further_victims():
    cast = build_cast(ReviewDoc.read(_doc(THEMATIC)), "Ashby", "scr")
    roles = {m.name: m.role for m in cast.members}
    assert roles.get("Ashby") == "victim" and roles.get("Young Person W") == "perpetrator"
    assert [m.name for m in cast.victims] == ["Ashby"]


def test_two_victims_of_one_harm_are_both_victims():
    text = ("Domestic Homicide Review: Pella and Corrie\n\n1.1 In May 2022 Mr D killed his mother, Pella, and her friend, "
            "Corrie, at the house. Pella was 70. Corrie was 68. Pella had dementia. Corrie visited Pella every week.\n"
            "1.2 Mr D was convicted of manslaughter.\n")
    cast = build_cast(ReviewDoc.read(_doc(text)), "Pella and Corrie", "dhr")
    assert {m.name for m in cast.victims} == {"Pella", "Corrie"}


@pytest.mark.parametrize("phrase", ["was in fact 26.", "was then 26,", "was actually 26 when"])
def test_an_age_told_with_a_hedge_is_read(phrase):
    from reviewsynth.coding.people import _YEARS

    m = _YEARS.search("The man " + phrase)
    assert m is not None and "26" in m.group(0)


SURVIVOR = """Child Safeguarding Practice Review: Child Bex

1. What happened
1.1 Bex is a 15-year-old girl. Bex lives with her father. On 2 April 2024 Bex was attacked by a group of older youths
in a park and stabbed in the leg. She was treated at Fernwold General Hospital for six days.
1.2 A youth referred to here as Young Person D, who was 17, was convicted of wounding her. He must serve at least
four years of a detention order and Young Person D was given a life sentence for a second offence.
2. The review
2.1 The rapid review meeting held in May 2024 was attended by senior representatives of the police and the school.
Bex's GP provided written information.
2.2 Bex had been seen by CAMHS for anxiety in 2023. Bex missed school often in 2023.
"""


def test_a_survivors_hospital_stay_after_the_attack_is_after_and_an_agencys_part_in_the_review_is_no_service():
    case = _case(SURVIVOR)
    victim = next(p for p in case.people if p.role == "victim")
    services = {(s.service, s.timing) for s in victim.services}
    assert ("acute_health", "after") in services and ("acute_health", "prior") not in services
    assert not any(s == "gp" for s, _ in services)
    assert ("camhs", "prior") in services


def test_a_principal_named_by_kinship_takes_the_name_the_review_gives_that_relative():
    case = _case("Domestic Homicide Review summary\n\nOonagh was killed by her husband in March 2022. "
                 "She had been married to her husband, referred to in the summary as Mr V, for 30 years. "
                 "He is 61. Mr V was convicted of her murder.")
    perps = [p for p in case.people if p.role == "perpetrator"]
    assert [(p.name, p.age, p.gender) for p in perps] == [("Mr V", 61, "male")]


def test_wide_table_rows_do_not_make_wrapped_prose_lines_look_short():
    from reviewsynth.ingest.clean import clean_flow_text

    prose = ("In May 2021 Mr Q moved into a flat of his own on the Vennor estate and was visited every fortnight by\n"
             "his care coordinator, who recorded that he was well and kept his flat tidy and warm. Mr Q, then\n"
             "52, had stopped taking his medication by the summer and no one from the team noticed the change.\n")
    table = "| Date | Agency | What happened | Comment |\n|---|---|---|---|\n" + "".join(
        f"| 0{k}/06/2021 | Trust | A long entry about a visit that was made, who was there, what the worker saw and wrote down, and what was planned | None at the time. |\n"
        for k in range(1, 10))
    cleaned = clean_flow_text(prose + "\n" + table)
    assert "Mr Q, then 52, had stopped" in cleaned


def test_an_age_in_a_clause_before_the_name_is_the_name_s():
    case = _case("Child Safeguarding Practice Review\n\nIn May 2023, when she was five months old, Child Q was taken "
                 "to hospital with a fractured arm. Her father was charged with causing her injuries.")
    victim = next(p for p in case.people if p.role == "victim")
    assert (victim.age, victim.age_band) == (0, "under_1")


def test_a_subtitle_naming_a_learning_event_is_no_lessons_section():
    from reviewsynth.text.sections import heading_kind

    assert heading_kind("A review using a practitioner learning event") is None
    assert heading_kind("Key learning") == "lessons"
    case = _case("Safeguarding Adults Review: Tegan\n\nA review using a practitioner learning event\n\nWHY THIS REVIEW\n\n"
                 "Tegan died in hospital in May 2024 after a fall at home. She was 81. She lived alone.")
    assert next(p for p in case.people if p.role == "victim").age == 81


def test_two_people_named_as_a_married_couple_are_intimate_partners():
    case = _case("Domestic Homicide Review\n\nThe review concerns the deaths of Maudie and Ambrose in 2023. "
                 "Maudie and Ambrose had been married for 51 years. In March 2023 Ambrose killed Maudie and then took his own life. "
                 "The GP had seen them both in the month before.")
    assert case.category == "intimate_partner_violence"
    assert case.relationship is not None and case.relationship.type == "intimate_partner"


def test_a_harm_suffered_by_a_named_child_and_a_conviction_for_it_make_a_review_to_screen():
    case = _case("Local Child Safeguarding Practice Review\nBaby Wrenna\n\n1.1 The review concerns the harm suffered by "
                 "Baby Wrenna in 2024. Her mother's partner later pleaded guilty to inflicting grievous bodily harm. "
                 "The health visitor had seen Wrenna twice.")
    assert (case.screening.decision, case.screening.reason) == ("include", "physical_assault")
