"""The cast: aliases merged into one person, roles from cues, gender, role-noun persons."""

from reviewsynth.coding.cast import build_cast
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument


def _cast(text: str, title: str | None = None, review_type: str | None = None):
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    return build_cast(ReviewDoc.read(doc), title, review_type)


def _by_role(cast, role):
    return [m for m in cast.members if m.role == role]


def test_coded_subject_and_chosen_pseudonym_are_one_person():
    text = (
        "1.1 This review concerns a girl who is referred to as Child Q. She chose the name Mirela "
        "to be used in this report. Mirela was sexually abused by her uncle, Mr Z. "
        "Mirela told her teacher. Mirela was seen by the GP. Mirela's mother said Mirela was quiet.\n\n"
        "1.2 Mr Z was convicted of rape. Mr Z was sentenced to twelve years. Child Q is now safe."
    )
    cast = _cast(text, "Child Q", "scr")
    victim = _by_role(cast, "victim")[0]
    assert victim.aliases == {"Child Q", "Mirela"}
    assert victim.name == "Mirela"
    assert [m.name for m in _by_role(cast, "perpetrator")] == ["Mr Z"]


def test_two_names_joined_by_or_and_brackets_are_aliases():
    text = (
        "Dana was killed at her flat. Her former partner is referred to as Bruno or Mr Q. "
        "Bruno (Mr Q) was 40. Bruno went to Dana's flat. Bruno stabbed Dana. Mr Q was convicted of murder. "
        "Dana had two children. Dana said Bruno was jealous. Dana's mother spoke to the review."
    )
    cast = _cast(text, "Dana", "dhr")
    perp = _by_role(cast, "perpetrator")[0]
    assert perp.aliases == {"Bruno", "Mr Q"}


def test_object_pronoun_does_not_give_the_subject_her_gender():
    text = (
        "Dana was killed by Bruno. Bruno had pushed her into a door. Bruno had grabbed her by the throat. "
        "Bruno had followed her home. Bruno said he was sorry. Dana said she was afraid. "
        "Bruno was convicted of murder. Dana was 30. Bruno was 41."
    )
    cast = _cast(text, "Dana", "dhr")
    assert _by_role(cast, "perpetrator")[0].gender == "male"
    assert _by_role(cast, "victim")[0].gender == "female"


def test_second_convicted_man_is_a_second_perpetrator():
    text = (
        "Adult W, who is called Owen in this report, died in May. Owen was beaten in his flat. "
        "A man referred to here as Mr G was convicted of Owen's murder. A second man, Mr H, was "
        "convicted of manslaughter. Mr G and Mr H arrested and charged. Owen lived alone. "
        "Owen's cousin spoke to the review. Mr G had used Owen's flat. Mr H was 19."
    )
    cast = _cast(text, "Adult W", "sar")
    assert _by_role(cast, "victim")[0].aliases == {"Adult W", "Owen"}
    assert sorted(m.name for m in _by_role(cast, "perpetrator")) == ["Mr G", "Mr H"]


def test_bullies_named_by_a_role_noun_are_perpetrators_with_gender():
    text = (
        "This review concerns a 14-year-old boy, referred to in this report as Child K. "
        "His family asked that he be called by the name Idris. Idris took his own life. "
        "The boys involved in the bullying are referred to as Pupil C and Pupil D. Idris was "
        "punched by Pupil C at a bus stop. The head of year spoke to Pupil C and Pupil D. "
        "Idris said that Pupil D had shared a photograph. Idris was bullied for a year."
    )
    cast = _cast(text, "Child K", "scr")
    perps = _by_role(cast, "perpetrator")
    assert sorted(m.name for m in perps) == ["Pupil C", "Pupil D"]
    assert {m.gender for m in perps} == {"male"}


def test_suicide_after_homicide_does_not_make_the_perpetrator_a_victim():
    text = (
        "This report examines Ruth and Walter, a married couple. Ruth was killed by her husband. "
        "Walter had strangled Ruth and then taken his own life. Ruth died from compression of the neck. "
        "Walter died by suicide. Ruth's death was a homicide. Walter had cared for Ruth. "
        "Ruth had dementia. Walter was 80."
    )
    cast = _cast(text, "Ruth and Walter", "dhr")
    assert _by_role(cast, "victim")[0].name == "Ruth"
    assert _by_role(cast, "perpetrator")[0].name == "Walter"


def test_unnamed_perpetrator_gets_a_person_from_the_role_noun():
    text = (
        "This review concerns Hilda, who died in 2021. Hilda was killed by her son at her home. "
        "Hilda had lived in the town for forty years. Hilda's GP knew her well. Hilda was 70."
    )
    cast = _cast(text, "Hilda", "dhr")
    perp = _by_role(cast, "perpetrator")[0]
    assert (perp.name, perp.gender) == ("her son", "male")


def test_next_sentence_pronoun_gives_gender_of_a_coded_name():
    text = (
        "Pia was stabbed in a park and died. An 18-year-old, referred to as Young Person Q, was "
        "convicted of Pia's murder. Young Person Q had been supervised by the youth offending "
        "service in Kingsmere. He had been stopped with a knife twice. Pia was 16. Pia's mother "
        "spoke to the review. Young Person Q did not take part."
    )
    cast = _cast(text, "Pia", "scr")
    assert _by_role(cast, "perpetrator")[0].gender == "male"
