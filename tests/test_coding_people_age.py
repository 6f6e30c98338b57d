"""Age attached to the right person in fresh fictional wording: past the person's own
pronoun, before a "known as" alias in either form, and a "by" of a passive agent is no past time."""

from reviewsynth.coding.cast import MentionFinder, build_cast
from reviewsynth.coding.people import demographics
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument


def _ages(text: str, title: str | None = None, review_type: str | None = None) -> dict[str, str]:
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, title, review_type)
    mf = MentionFinder(rd, cast)
    return {m.name: demographics(rd, mf, m, 2023).age_band for m in cast.principals}


def test_a_decade_past_the_person_s_own_pronoun():
    text = ("Adult W was a woman in her early seventies who lived in a ground-floor flat in Brackley Vale. "
            "Her nephew visited twice a year. Adult W died of hypothermia in January 2023 after refusing help.")
    assert _ages(text, "Adult W", "sar")["Adult W"] == "65_74"


def test_a_spelled_age_before_known_as_is_no_past_time():
    text = ("In March 2023 an eleven-year-old boy, known in this review as Child T, was found dead at home. "
            "Child T had missed school for months. Child T died of neglect.")
    assert _ages(text, "Child T", "cspr")["Child T"] == "10_11"


def test_aged_before_referred_to_as_after_a_passive_agent():
    text = ("1.1 In June 2023 Marigold was attacked by a fellow lodger at the hostel, a woman aged 41 who is "
            "referred to in this report as Ms Ovid. Marigold died of her injuries. Ms Ovid was convicted of "
            "manslaughter in 2023. Marigold was 58.")
    ages = _ages(text, "Marigold", "sar")
    assert ages["Ms Ovid"] == "35_44"
    assert ages["Marigold"] == "55_64"


def test_an_adult_noun_the_person_is_said_to_be_gives_adult_unknown():
    text = ("Domestic Homicide Review: Saffron\n\nSaffron was a Welsh-speaking woman who ran a market stall. "
            "Saffron was killed by her husband in 2023. Her husband was arrested the same night.")
    assert _ages(text, "Saffron", "dhr")["Saffron"] == "adult_unknown"


def test_a_perpetrator_serving_an_adult_sentence_is_an_adult():
    text = ("Rowena was killed at her flat by her former partner in 2022. He was found guilty of her "
            "murder in 2023 and is serving a life sentence. Rowena had told her GP she was frightened.")
    ages = _ages(text, "Rowena", "dhr")
    assert ages["Rowena"] == "not_reported"
    assert "adult_unknown" in [band for name, band in ages.items() if name != "Rowena"]


def test_an_adult_word_before_the_head_of_an_unowned_phrase():
    from reviewsynth.coding.engine import _names_adult

    assert _names_adult("a male adult resident")
    assert _names_adult("three elderly neighbours")
    assert _names_adult("Patient Q")
    assert not _names_adult("Mrs H's son")
    assert not _names_adult("the teenage victim")


def test_coordinated_unnamed_doers_are_each_a_perpetrator_with_their_age():
    text = ("Review into the death of Lorcan in 2022.\n\nLorcan, 58, was found dead in his caravan. "
            "The woman was later convicted of his murder. A 29-year-old woman and 36-year-old man "
            "were convicted of his murder in 2023.")
    ages = _ages(text, "Lorcan", "sar")
    assert sorted(band for name, band in ages.items() if name != "Lorcan") == ["25_34", "35_44"]


def test_an_unnamed_victim_s_age_from_another_phrase_for_them():
    text = ("Review into the death of a 47 year old woman in 2023. The woman was fatally stabbed by her "
            "nephew at her home. Her nephew was arrested.")
    ages = _ages(text, None, "dhr")
    assert ages == {"The woman": "45_54", "her nephew": "not_reported"}


def test_an_exact_age_refines_a_decade():
    text = ("1.1 In 2023 Mr Ulf killed Mr Bram, a man in his sixties, at a bus stop. Mr Ulf was arrested.\n\n"
            "2.1 Paramedics attended Mr Bram, aged 63. Mr Bram died at the scene.")
    assert _ages(text, "Mr Ulf", "iir")["Mr Bram"] == "55_64"


def test_ages_in_years_of_age_half_years_and_brackets_before_the_name():
    from reviewsynth.coding.people import parse_age

    assert parse_age("she was 13 years of age") == 13
    assert parse_age("the three-and-a-half-year-old") == 3
    text = ("In March 2022 (aged 11 weeks) Baby Q was taken to hospital by ambulance. Baby Q died of "
            "head injuries. Baby Q's father was convicted of manslaughter.")
    assert _ages(text, "Baby Q", "scr")["Baby Q"] == "under_1"


def _case_people(text: str, title: str | None, review_type: str) -> list:
    from reviewsynth.coding import code_case
    from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    meta = CaseMeta(title=title, review_type=review_type)
    return code_case(CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)], meta)).people


def test_a_children_s_review_victim_and_a_married_victim_are_child_and_adult():
    child = _case_people("Serious Case Review: Nell and Rhys\n\nThe review is about Nell and Rhys, "
                         "siblings, who suffered serious harm and neglect over several years. Nell told a "
                         "teacher. Rhys missed school.", "Nell and Rhys", "scr")
    assert {p.age_band for p in child if p.role == "victim"} == {"child_unknown"}
    married = _case_people("Domestic Homicide Review\n\nThe victim was strangled by her husband at their home "
                           "in 2022. Her husband was found unfit to plead. The victim had cared for him for "
                           "years.", None, "dhr")
    assert [p.age_band for p in married if p.role == "victim"] == ["adult_unknown"]
