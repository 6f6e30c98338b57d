"""A death told of a subject pronoun belongs to the one person who opens the sentence before."""

from reviewsynth.coding.cast import build_cast
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument


def _members(text: str) -> list[tuple[str, str, str]]:
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    return [(m.name, m.role, m.gender) for m in build_cast(ReviewDoc.read(doc), None, None).members]


def test_pronoun_found_dead_is_the_titled_person_before_it() -> None:
    text = ("Overview\n\nMr Quarrie was an 83-year-old widower who kept bees. He was found dead in his "
            "garden shed by a neighbour in May. Mr Quarrie had declined a care assessment.")
    assert ("Quarrie", "victim", "male") in _members(text)


def test_pronoun_death_after_a_first_name_with_an_apposed_age() -> None:
    text = ("Summary\n\nBeatrix, 77, lived on the top floor of a tower block. She died in hospital after "
            "a fall in the stairwell. Beatrix had no family nearby.")
    assert ("Beatrix", "victim", "female") in _members(text)


def test_two_names_opening_the_sentence_before_give_no_victim() -> None:
    text = ("Summary\n\nOrla and Tamsin shared a flat above a shop. She was found dead there in June. "
            "Orla and Tamsin had both been tenants for a year.")
    assert not any(role == "victim" for _name, role, _g in _members(text))


def test_a_pronoun_opening_a_sentence_is_its_topic_not_the_last_name_before_it() -> None:
    # The pronoun says nothing of the partner named late in the sentence before.
    text = ("Learning summary\n\nWenna, 44, was killed by her former partner, Corin, in 2023. "
            "She had told her GP that she was frightened.")
    members = _members(text)
    assert ("Wenna", "victim", "female") in members
    assert ("Corin", "perpetrator", "not_reported") in members


def test_a_pronoun_goes_to_the_person_known_to_agree_before_one_of_untold_gender() -> None:
    from reviewsynth.coding.cast import MentionFinder

    text = ("Learning summary\n\nMrs Ilett, 61, was killed by her lodger, Sasha, in 2021. "
            "Her GP had referred her to the falls clinic.")
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, None, None)
    finder = MentionFinder(rd, cast)
    last = len(rd.sentences) - 1
    owners = {m.person_id for m in finder.mentions(last)}
    assert owners == {next(m.person_id for m in cast.members if m.name == "Mrs Ilett")}


def test_of_two_people_of_untold_gender_a_pronoun_goes_to_the_first_named() -> None:
    # The passive's patient, named first, is the likelier antecedent than the agent nearest
    # the pronoun.
    from reviewsynth.coding.cast import MentionFinder

    text = ("Summary\n\nRowan was killed by Tierney in 2022, some weeks after she had seen her "
            "practice nurse about low mood. Tierney was convicted of murder.")
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, None, None)
    finder = MentionFinder(rd, cast)
    first = next(i for i, s in enumerate(rd.sentences) if "practice nurse" in s.text)
    ids = {m.name: m.person_id for m in cast.members}
    owners = {m.person_id for m in finder.mentions(first) if m.start > rd.sentences[first].start + 30}
    assert owners == {ids["Rowan"]}
