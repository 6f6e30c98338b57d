"""People named in fresh fictional wording: an age before a "called" alias ("a girl of 12,
called X"), an age apposed with "then", a coded youth name, a kin-named principal the review
then calls by a name, and a document subtitle that names learning is no lessons section."""

from reviewsynth.coding.cast import MentionFinder, build_cast
from reviewsynth.coding.people import demographics
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument
from reviewsynth.text.sections import heading_kind


def _people(text: str, title: str | None = None, review_type: str | None = None) -> dict[str, tuple[str, str]]:
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, title, review_type)
    mf = MentionFinder(rd, cast)
    return {m.name: (m.role, demographics(rd, mf, m, 2023).age_band) for m in cast.principals}


def test_a_person_noun_of_an_age_before_called():
    text = ("In May 2023 a boy of 13, called Noor in this review, was stabbed outside a shop by a youth of 16, "
            "called Youth K in the review. Noor died in hospital. Youth K was convicted of his murder.")
    people = _people(text, "Noor", "cspr")
    assert people["Noor"] == ("victim", "12_13")
    assert people["Youth K"] == ("perpetrator", "16_17")


def test_an_age_apposed_with_then():
    text = ("On 2 March 2023 Mr Q stabbed his neighbour, Mr H, on the stairs. Mr Q, then\n53, was found unfit "
            "to plead. Mr H died at the scene.")
    assert _people(text, "Mr Q", "iir")["Mr Q"] == ("perpetrator", "45_54")


def test_a_kin_named_perpetrator_takes_the_name_the_review_gives():
    text = ("Bethan was 60 when she was killed by her husband in April 2023. She had been married to her "
            "husband, referred to in the review as Mr D, for 30 years. He is 64. Mr D was convicted of murder.")
    people = _people(text, "Bethan", "dhr")
    assert people["Mr D"] == ("perpetrator", "55_64")


def test_a_subtitle_naming_learning_is_no_lessons_heading():
    assert heading_kind("A review using a practitioner learning event") is None
    assert heading_kind("Learning from Ffion's life and death") is None
    assert heading_kind("Key learning") == "lessons"
    assert heading_kind("Learning from the review") == "lessons"


def _mentions(text: str, title: str, review_type: str, needle: str) -> list[tuple[str, str]]:
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, title, review_type)
    mf = MentionFinder(rd, cast)
    names = {m.person_id: m.name for m in cast.members}
    i = next(k for k, s in enumerate(rd.sentences) if needle in s.text)
    return [(rd.text[m.start:m.end], names.get(m.person_id, m.person_id)) for m in mf.mentions(i)]


def test_a_subject_pronoun_continues_the_subject_not_the_object_named_between():
    text = ("In June 2023 Mr Vane killed his neighbour, Mr Otto, in the car park. Mr Vane is a man with a "
            "diagnosis of bipolar disorder. When he attacked Mr Otto he was under the care of the crisis team. "
            "He drank heavily. He had one conviction for assault.")
    assert _mentions(text, "Mr Vane", "iir", "When he attacked")[-1] == ("he", "Mr Vane")
    assert _mentions(text, "Mr Vane", "iir", "He drank") == [("He", "Mr Vane")]
    assert _mentions(text, "Mr Vane", "iir", "He had one") == [("He", "Mr Vane")]


def _relationship(text: str, title: str, review_type: str) -> str | None:
    from reviewsynth.coding.relationship import relationship_type

    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, title, review_type)
    found = relationship_type(rd, cast, MentionFinder(rd, cast), review_type == "cspr")
    return found[0] if found else None


def test_a_pronoun_said_to_become_the_other_s_partner():
    text = ("In 2021 Morwenna met a man called Idris at a youth club. Idris was 33. He became her boyfriend. "
            "He moved into her flat. In 2023 Idris assaulted Morwenna and she was badly injured.")
    assert _relationship(text, "Morwenna", "sar") == "intimate_partner"


def test_a_parent_s_brother_is_wider_family():
    text = ("1.1 Ceri, who is nine, lives with her mother. Her mother's older brother, referred to here as Gethin, "
            "stayed at the home from 2020. In 2023 Ceri told her teacher that Gethin had sexually abused her. "
            "Gethin was convicted of sexual offences against Ceri.")
    assert _relationship(text, "Ceri", "cspr") == "other_family"


def test_a_finder_is_no_perpetrator_and_that_man_referred_to_as_is_named():
    text = ("The review concerns Olwen, a woman of 70 who died in May 2023 from injuries inflicted by a man who "
            "lodged in her home. That man, referred to here as Cai, was convicted of her murder in 2024. "
            "On 2 May 2023 the district nurse found Olwen on the floor with serious head injuries. "
            "Cai was arrested the next day. He told the nurse that he was her friend.")
    people = _people(text, "Olwen", "sar")
    assert people.get("Cai", ("", ""))[0] == "perpetrator"
    assert not any(name.startswith("the district nurse") for name in people)


def _chars(text: str, title: str, review_type: str) -> dict[str, set[str]]:
    from reviewsynth.coding import code_case
    from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

    doc = ExtractedDocument.from_pages(f"{title}.txt", str(len(text)).rjust(64, "5"), "text", [text], numbered=True)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)], CaseMeta(title=title, review_type=review_type))
    return {p.name or "": {c.code for c in p.characteristics} for p in code_case(group).people}


def test_the_topic_of_a_question_is_no_finding_and_a_child_gets_no_adult_code():
    text = ("Child Safeguarding Practice Review: Child M\n\n1. Introduction\n"
            "1.1 In May 2023 Child M was shaken by his father, Mr L, and suffered a brain injury. Mr L was convicted of "
            "causing grievous bodily harm.\n2. Background\n2.1 The health visitor asked Child M's mother about domestic "
            "abuse at the new birth visit.\n2.2 At a clinic the nurse noticed a bruise on Child M's cheek and did not ask how it happened.")
    chars = _chars(text, "Child M", "cspr")
    assert "abuse_neglect_adult" not in chars["Child M"]
    assert "domestic_abuse" not in chars.get("Mr L", set()) and "domestic_abuse" not in chars["Child M"]


def test_dementia_is_another_condition_and_the_verb_send_is_no_send():
    text = ("Safeguarding Adults Review: Idwal\n\n1. Introduction\n1.1 Idwal, who was 81, died in a care home in 2023 "
            "after neglect of his care.\n2. Background\n2.1 In 2021 Idwal was diagnosed with dementia.\n"
            "2.2 He asked his nephew to send him letters.")
    chars = _chars(text, "Idwal", "sar")["Idwal"]
    assert "other" in chars and "chronic_illness" not in chars and "send" not in chars


def test_a_coach_in_a_position_of_trust_is_another_relationship():
    text = ("1.1 Child E was 12 when she told a teacher that her swimming coach, Mr B, had been sexually abusing her. "
            "Mr B was convicted of sexual offences against Child E in 2024.")
    assert _relationship(text, "Child E", "cspr") == "other"


def test_an_age_someone_claimed_is_not_their_age():
    text = ("1.1 In 2023 Child F was contacted online by Mr G, who said he was 15. Mr G sexually abused Child F. "
            "Mr G was convicted in 2024.")
    assert _people(text, "Child F", "cspr")["Mr G"][1] != "14_15"
