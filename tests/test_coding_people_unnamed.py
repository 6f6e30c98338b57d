"""People told of in fourth-pass wordings (fresh fictional text): a "who is who" table set
apart row by row, a place named only after place prepositions, an apposition between a
name and its age, a possessor that is not the subject, an unnamed principal met again as
"the man", and a kin phrase whose pronoun opens a paragraph."""

from reviewsynth.coding.cast import MentionFinder, build_cast
from reviewsynth.coding.people import demographics, shared_homes
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.coding.relationship import relationship_type
from reviewsynth.documents import ExtractedDocument


def _read(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, title, review_type)
    return rd, cast, MentionFinder(rd, cast)


def _ages(text: str, title: str, review_type: str) -> dict[str, str]:
    rd, cast, mf = _read(text, title, review_type)
    return {m.name: demographics(rd, mf, m, 2023).age_band for m in cast.principals}


def test_a_who_is_who_table_with_rows_set_apart_gives_ages():
    text = ("Domestic Homicide Review: Marnie\n\n1.1 Marnie was killed by her husband, Tobiah, in 2023. "
            "Tobiah was convicted of her murder.\n\n"
            "| Pseudonym | Relationship | Age at the time | Ethnicity |\n\n|---|---|---|---|\n\n"
            "| Marnie | Victim | 40 | White British |\n\n| Tobiah | Husband; the perpetrator | 47 | White British |\n\n"
            "2. The review\n\nThe panel met four times.")
    ages = _ages(text, "Marnie", "dhr")
    assert ages == {"Marnie": "35_44", "Tobiah": "45_54"}


def test_a_name_used_only_after_place_prepositions_is_no_perpetrator():
    text = ("Domestic Homicide Review: Marnie\n\nMarnie was killed by her husband, Tobiah, who stabbed her in 2023. "
            "Tobiah was born in Veltria. In 2015 he was convicted in Veltria of assaulting a former partner. "
            "No record check was made with the police in Veltria. Tobiah was convicted of murder.")
    _, cast, _ = _read(text, "Marnie", "dhr")
    assert [m.name for m in cast.perpetrators] == ["Tobiah"]


def test_an_apposition_with_another_s_pronoun_does_not_hide_the_age():
    text = ("Review into the death of Ysolda\n\nYsolda was killed by her nephew in her home in 2023. "
            "Ysolda was 79. Corwen, her nephew, was 28. Corwen was convicted of manslaughter.")
    assert _ages(text, "Ysolda", "dhr")["Corwen"] == "25_34"


def test_a_possessor_is_not_the_subject_of_a_conviction():
    text = ("Baby Q was injured at home in 2022 when she was ten weeks old. Mother's partner, aged 29, had "
            "moved in that spring. Mother's partner was charged with causing grievous bodily harm. "
            "Mother's partner was convicted in 2023. Mother told the review she had not seen the injuries.")
    rd, cast, mf = _read(text, "Baby Q", "cspr")
    perp = cast.perpetrators[0]
    assert perp.name == "Mother's partner"
    assert demographics(rd, mf, perp, 2022).age_band == "25_34"
    rel = relationship_type(rd, cast, mf, child_victim=True)
    assert rel is not None and rel[0] == "parent_to_child"


def test_the_man_is_the_unnamed_perpetrator():
    text = ("Child V, who was 12, was groomed online in 2022 by a man who said he was 15. He sent her gifts. "
            "The man was 44. He had been convicted of sexual offences before. Child V was sexually abused "
            "by him in a park.")
    rd, cast, mf = _read(text, "Child V", "cspr")
    assert [demographics(rd, mf, m, 2022).age_band for m in cast.victims] == ["12_13"]
    assert [demographics(rd, mf, m, 2022).age_band for m in cast.perpetrators] == ["35_44"]


def test_a_modified_kin_phrase_opening_a_paragraph_is_the_kin_member():
    text = ("This investigation examines the care Mr D received before he killed his brother in 2021.\n\n"
            "In May 2021 his younger brother, a 38-year-old man who had come to visit, was attacked by Mr D "
            "and died. Mr D was convicted of manslaughter. Mr D was 41.")
    ages = _ages(text, "Mr D", "iir")
    assert ages == {"his brother": "35_44", "Mr D": "35_44"}


def test_the_one_unnamed_subject_takes_the_gender_of_the_review_s_pronouns():
    text = ("This learning brief is about a young person who died in 2024. At his family's wish he is not "
            "named; he is called the young person here.\n\nA 16-year-old young person was found dead at home "
            "in May 2024 and the coroner found that he had taken his own life. He had told his school that he "
            "was low. His GP referred him to CAMHS, and he waited five months. His mother said she had asked "
            "for help.")
    _, cast, _ = _read(text, "", "cspr")
    assert [(m.role, m.gender) for m in cast.principals] == [("victim", "male")]


def test_years_and_months_old_is_the_years():
    text = ("Child Review: Baby Orla\n\nOrla was one year and seven months old when she died in 2023. "
            "Orla was killed by her father. Her father was convicted of murder.")
    assert _ages(text, "Orla", "cspr")["Orla"] == "1_2"


def test_a_pronoun_after_a_name_governed_by_a_preposition_is_not_that_name_s():
    text = ("Domestic Homicide Review: Perrin\n\nPerrin was stabbed at her home by Anselm in 2023. Anselm was found "
            "guilty of her murder. In January, after she separated from Anselm, she rang the police twice. "
            "Anselm's GP asked nothing about his drinking.")
    _, cast, _ = _read(text, "Perrin", "dhr")
    assert {m.name: m.gender for m in cast.principals} == {"Perrin": "female", "Anselm": "male"}


def test_a_flat_below_the_other_s_makes_neighbours():
    text = ("In 2022 Mr Quarrie killed Ms Lyle, aged 60, who lived in the flat below his. He struck her on the "
            "stairs between their flats. Mr Quarrie was convicted of manslaughter.")
    rd, cast, mf = _read(text, "Mr Quarrie", "iir")
    rel = relationship_type(rd, cast, mf, child_victim=False)
    assert rel is not None and rel[0] == "neighbour"


def test_a_parent_s_partner_named_so_lives_where_the_child_lives():
    text = ("Baby Q was injured at home in 2022. She lived with her mother, who was 19, and her mother's "
            "partner. Mother's partner was charged with causing grievous bodily harm. Mother's partner was "
            "convicted in 2023.")
    rd, cast, mf = _read(text, "Baby Q", "cspr")
    demo = {m.person_id: demographics(rd, mf, m, 2022) for m in cast.principals}
    shared_homes(rd, mf, demo)
    assert [demo[m.person_id].living for m in cast.principals] == ["family_home", "family_home"]


def test_a_pronoun_in_a_clause_after_a_name_governed_by_a_preposition_is_still_that_name_s():
    text = ("Independent investigation into the care and treatment of Q, a mental health service user. Q killed "
            "his neighbour in 2021. The trust provided care to Q while he was in prison. Q was convicted of "
            "manslaughter.")
    _, cast, _ = _read(text, "Q", "iir")
    assert [(m.name, m.gender) for m in cast.perpetrators] == [("Q", "male")]


def test_the_possessive_of_an_object_s_conjunct_is_the_subject_s():
    text = ("Review into the death of Kesia\n\nKesia was murdered by her stepson, Olwen, in 2023. She was 47. "
            "Olwen had lived with Kesia and his father since he was ten. Olwen was convicted of murder.")
    _, cast, _ = _read(text, "Kesia", "dhr")
    assert {m.name: m.gender for m in cast.principals}["Kesia"] == "female"


def test_a_reflexive_after_an_object_is_the_subject_s():
    text = ("Review: Nerys and Idris\n\nNerys, 77, and her husband Idris, 80, were found dead at home in 2023. "
            "The police concluded that Idris had strangled Nerys before hanging himself.")
    _, cast, _ = _read(text, "Nerys", "dhr")
    assert {m.name: m.gender for m in cast.principals}.get("Nerys") != "male"


def test_a_hyphenated_ex_partner_agent_is_the_named_person():
    text = ("Child Safeguarding Practice Review: Child Q\n\nChild Q was a 16-year-old girl who was killed by her "
            "ex-boyfriend, Youth R, aged 17, in 2023. Youth R had been controlling. He was convicted of murder.")
    rd, cast, mf = _read(text, "Child Q", "cspr")
    assert [m.name for m in cast.perpetrators] == ["Youth R"]
    rel = relationship_type(rd, cast, mf, child_victim=True)
    assert rel is not None and rel[0] == "ex_partner"


def test_a_person_noun_in_apposition_before_the_name_gives_gender():
    text = ("Review: Mr Alder\n\nMr Alder was killed in 2023. A woman, Person M, aged 29, was found guilty of "
            "manslaughter. Person M went with him to hospital and told staff he had fallen.")
    _, cast, _ = _read(text, "Mr Alder", "sar")
    assert {m.name: m.gender for m in cast.members}.get("Person M") == "female"


def test_an_indefinite_neighbour_is_a_further_person():
    text = ("In 2023 Mr Brisk attacked Mr Ovens on the stairs outside his flat because Mr Ovens had told a "
            "neighbour he wanted him to leave. A neighbour called an ambulance. Mr Brisk and Mr Ovens had been "
            "friends for a year. Mr Brisk was convicted of murder.")
    rd, cast, mf = _read(text, "Mr Ovens", "sar")
    rel = relationship_type(rd, cast, mf, child_victim=False)
    assert rel is not None and rel[0] == "friend_acquaintance"


def test_they_after_a_sentence_naming_both_is_both():
    text = ("In 2022 Ms Umber, who was 31, stabbed a man in his sixties, Mr Tilley, at a bus station. They did "
            "not know each other. Ms Umber had been living in a hostel for homeless women since 2021.")
    rd, cast, mf = _read(text, "Ms Umber", "iir")
    rel = relationship_type(rd, cast, mf, child_victim=False)
    assert rel is not None and rel[0] == "stranger"


def test_a_group_living_at_one_shelter_are_housemates():
    text = ("In 2021 Mr Pardoe killed Mr Quill. All three men were living at a shelter for homeless people at the "
            "time. Mr Pardoe was convicted of manslaughter.")
    rd, cast, mf = _read(text, "Mr Pardoe", "iir")
    rel = relationship_type(rd, cast, mf, child_victim=False)
    assert rel is not None and rel[0] == "housemate"


def test_a_relative_of_a_relative_is_wider_family():
    text = ("DHR: Anwen\n\nAnwen was 33 when she was murdered by her husband's brother, Dafydd, aged 38, in 2020. "
            "Anwen lived with her husband's family. Dafydd was convicted of murder.")
    rd, cast, mf = _read(text, "Anwen", "dhr")
    rel = relationship_type(rd, cast, mf, child_victim=False)
    assert rel is not None and rel[0] == "other_family"


def test_an_age_in_an_apposed_phrase_is_the_name_s():
    text = ("Seven minute briefing\n\n- The victim, a 52-year-old woman, was killed by the perpetrator, her "
            "55-year-old husband, in 2022.\n- The perpetrator had a history of controlling behaviour.")
    assert _ages(text, "", "dhr") == {"The victim": "45_54", "the perpetrator": "55_64"}


def test_both_men_convicted_are_the_perpetrators():
    text = ("Review summary\n\nTomos, 26, died in 2021 after being assaulted by two men he met online. Both men "
            "were convicted of manslaughter. Tomos lived in supported accommodation.")
    _, cast, _ = _read(text, "Tomos", "sar")
    assert [(m.name, m.gender) for m in cast.perpetrators] == [("Both men", "male")]


def test_the_men_after_two_men_were_met_are_the_perpetrators():
    text = ("Easy read summary\n\nIn 2023 Iolo met two men at a bus station. In 2024 the men beat Iolo up in his "
            "flat. Iolo went to hospital.")
    _, cast, _ = _read(text, "Iolo", "sar")
    assert [m.name for m in cast.perpetrators] == ["the men"]
