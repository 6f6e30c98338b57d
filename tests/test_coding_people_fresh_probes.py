"""Victim and perpetrator, gender, age band and relationship of invented probe passages that
introduce people the ways reviews do (pseudonyms, dates of birth, decades, appositions, kin)."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping import group_documents


def _case(text: str):
    doc = ExtractedDocument.from_pages("probe.txt", "1" * 64, "text", [text], numbered=False)
    return code_case(group_documents([doc])[0])


def _people(text: str) -> dict[str, tuple[str, str, str]]:
    return {p.role[0] + ":" + (p.name or ""): (p.gender, p.age_band) for p in _case(text).people}


def test_each_person_s_own_date_of_birth_and_no_incident_year_from_it():
    text = ("Domestic Homicide Review: Wenna\n\n1.1 Wenna (date of birth 9 April 1997) was killed on 2 May 2020 by "
            "her former partner, Idris (date of birth 20 August 1991).\n1.2 They had separated in 2019. Idris was "
            "convicted of murder in 2021.")
    case = _case(text)
    assert case.incident_year == 2020
    ages = {p.name: p.age for p in case.people}
    assert ages == {"Wenna": 23, "Idris": 28}


def test_a_decade_that_straddles_two_bands_is_adult_unknown():
    text = ("Domestic Homicide Review: Elowen\n\nElowen, a woman in her fifties, was killed by her ex-husband "
            "Piran in 2019. Piran was 61. They had divorced in 2015, but he kept following her.")
    people = _people(text)
    assert people["v:Elowen"] == ("female", "adult_unknown")
    assert people["p:Piran"] == ("male", "55_64")


def test_an_early_or_late_decade_inside_one_band_gives_the_band():
    text = ("Domestic Homicide Review: Tamsin\n\nTamsin was in her early twenties when she was killed by her "
            "boyfriend, Jory, who was 27. He strangled Tamsin at his flat in 2020 and was convicted of murder.")
    assert _people(text)["v:Tamsin"][1] == "18_24"


def test_an_apposed_age_in_a_sentence_with_since_a_year():
    text = ("Independent investigation into the care and treatment of Mr W\n\n1.1 Mr W, 36, had been a patient "
            "of the Eastbrook community mental health team since 2012.\n1.2 In June 2019 Mr W killed his "
            "uncle, who was 66, at the family home. Mr W was convicted of manslaughter.")
    assert _people(text)["p:Mr W"] == ("male", "35_44")


def test_an_apposed_age_ending_its_sentence():
    text = ("Safeguarding Adult Review: Mr Jago\n\nMr Jago, 63, let a room in his house to a lodger, Senara, 29. "
            "She used heroin daily. In 2020 Senara hit Mr Jago with a bottle during an argument. He died in "
            "hospital. She was convicted of manslaughter.")
    assert _people(text)["p:Senara"] == ("female", "25_34")


def test_a_gendered_kin_noun_in_the_harm_names_the_other_principal():
    text = ("Domestic Homicide Review into the death of Corentin\n\nCorentin was 61 and had been married to "
            "Morwen, 55, for thirty years. Corentin had kidney disease. In 2021 Morwen poisoned her husband "
            "with his own tablets. She was convicted of murder.")
    people = _people(text)
    assert people["v:Corentin"] == ("male", "55_64")
    assert people["p:Morwen"] == ("female", "55_64")
    assert _case(text).relationship.type == "intimate_partner"


def test_a_pronoun_that_harmed_the_victim_gives_the_perpetrator_s_gender():
    text = ("Domestic Homicide Review: Kerensa\n\n1.1 Kerensa (aged 30) was killed on 4 March 2021 by her former "
            "partner, Gwyn (aged 33).\n1.2 They had separated in 2020 after Kerensa told the police that he had "
            "punched her. Gwyn was convicted of murder.")
    assert _people(text)["p:Gwyn"][0] == "male"


def test_a_possessive_after_an_object_is_the_subject_pronoun_s():
    text = ("Domestic Homicide Review: Lowenna\n\nLowenna was killed by her boyfriend, Cador, who was 26. They had "
            "been together for a year. Cador had convictions for violence. He strangled Lowenna at his flat in "
            "2020. He was convicted of murder.")
    people = _people(text)
    assert people["v:Lowenna"][0] == "female"
    assert people["p:Cador"][0] == "male"


def test_a_death_verb_with_an_object_is_a_killing():
    text = ("Child Safeguarding Practice Review: Jory\n\nJory was four and lived with his aunt. In 2021 his aunt "
            "drowned Jory in the bath. She was detained in hospital.")
    case = _case(text)
    assert case.screening.decision == "include"
    assert [p.role for p in case.people] == ["victim", "perpetrator"]


def test_a_couple_of_one_titled_surname_named_as_a_pair():
    text = ("Domestic Homicide Review\nOverview Report: Mr and Mrs V\n\n1.1 Mr and Mrs V had been married for 48 "
            "years and lived in a cottage near Trewint. Mrs V was 74 and had Parkinson's disease. Mr V, 77, had "
            "cared for her since 2017.\n1.2 In May 2022 Mr V killed Mrs V and then took his own life.")
    case = _case(text)
    assert case.relationship.type == "intimate_partner"
    assert _people(text)["p:Mr V"] == ("male", "75_84")


def test_a_spouse_noun_is_the_other_titled_person_of_the_surname():
    text = ("Domestic Homicide Review: Mr and Mrs V\n\nMr V was 80 and Mrs V was 73. In 2021 Mrs V killed her "
            "husband with a hammer. Mrs V was found guilty of manslaughter.")
    people = _people(text)
    assert people["v:Mr V"] == ("male", "75_84")
    assert people["p:Mrs V"] == ("female", "65_74")


def test_a_who_is_who_table_row_gives_the_relation_and_gender():
    text = ("Domestic Homicide Review\nOverview Report\n\nWho is who\n| Name | Relationship | Age at the time |\n"
            "| Senara | Victim | 29 |\n| Tristan | Senara's husband, perpetrator | 36 |\n| Kerra | Senara's mother | 60 |\n\n"
            "1. The homicide\n1.1 In August 2021 Tristan strangled Senara at their home. Kerra found her daughter the "
            "next day. Tristan pleaded guilty to murder.")
    case = _case(text)
    assert case.relationship.type == "intimate_partner"
    assert _people(text)["p:Tristan"] == ("male", "35_44")


def test_a_key_people_list_item_and_the_pronoun_the_perpetrator_harmed():
    text = ("Domestic Homicide Review: Demelza\n\nKey people\n- Demelza: the victim, aged 22\n- Hedra: Demelza's "
            "ex-boyfriend and the perpetrator, aged 25\n- Wenna: Demelza's sister\n\n1. The homicide\n1.1 In May 2022 "
            "Hedra broke into Demelza's flat and stabbed her. Wenna called the police. Hedra was convicted of murder.")
    case = _case(text)
    assert case.relationship.type == "ex_partner"
    people = _people(text)
    assert people["v:Demelza"] == ("female", "18_24")
    assert people["p:Hedra"] == ("male", "25_34")


def test_a_misparsed_subject_after_a_death_is_no_killing():
    from reviewsynth.coding.reader import ReviewDoc

    text = ("Safeguarding Adult Review: Tomos\n\nTomos lived with his father until 2019. His sister said that after "
            "their father died Tomos was lonely. In 2023 Tomos was assaulted in his flat by a lodger, Bryn, and died.")
    doc = ExtractedDocument.from_pages("probe.txt", "2" * 64, "text", [text], numbered=False)
    kills = [e for e in ReviewDoc.read(doc).events if e.kind == "kill" and e.agent and "father" in e.agent.text]
    assert kills == []
