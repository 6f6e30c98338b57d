"""People fields said of a group subject or carried by a pronoun chain, in invented passages:
"both of them ...", "the family is ...", "his relatives' heritage"."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping import group_documents


def _people(text: str) -> dict[str, object]:
    doc = ExtractedDocument.from_pages("probe.txt", "1" * 64, "text", [text], numbered=False)
    return {p.role[0] + ":" + (p.name or ""): p for p in code_case(group_documents([doc])[0]).people}


def test_both_principals_share_an_ethnicity_said_of_both():
    text = ("Domestic Homicide Review: Morwenna\n\n1.1 Morwenna, 70, was killed by her husband Cadan, 74, at their "
            "cottage in 2021. Cadan was convicted of manslaughter.\n1.2 They had been married for forty years. "
            "They were both White Irish and had retired from farming.")
    people = _people(text)
    assert people["v:Morwenna"].ethnicity == "white_irish"
    assert people["p:Cadan"].ethnicity == "white_irish"


def test_the_family_s_heritage_is_the_child_s():
    text = ("Child Safeguarding Practice Review: Baby Elska\n\n1.1 Baby Elska was nine weeks old when she died in "
            "hospital in 2022 from a head injury. Her father, Mr R, was convicted of causing her death.\n"
            "1.2 The family are of White Irish heritage and lived in a rented terrace.")
    people = _people(text)
    assert people["v:Baby Elska"].ethnicity == "white_irish"


def test_a_possessed_family_s_description_is_the_owner_s():
    text = ("Domestic Homicide Review: Tariq\n\n1.1 Tariq, 33, was stabbed by his partner Keeley, 30, in 2020. "
            "Keeley was convicted of murder.\n1.2 His family describe themselves as British Bangladeshi.")
    people = _people(text)
    assert people["v:Tariq"].ethnicity == "asian_bangladeshi"
    assert people["p:Keeley"].ethnicity == "not_reported"


def test_a_long_pronoun_paragraph_keeps_its_person():
    text = ("Independent investigation: Mr Pellow\n\n1.1 In 2021 Mr Pellow punched Mr Trevail, 70, outside a shop "
            "and Mr Trevail died of his head injury. Mr Pellow, then 41, was convicted of manslaughter.\n"
            "About Mr Pellow\n2.1 Mr Pellow was raised by an aunt. He trained as a joiner. He stopped working in 2016. "
            "He was found to have bipolar disorder in 2017. His moods were made worse by drinking. "
            "He had spent time in prison for affray. He lived on his own in a bedsit above a launderette.")
    people = _people(text)
    assert people["p:Mr Pellow"].living_arrangement == "alone"
    assert people["v:Mr Trevail"].living_arrangement == "not_reported"


def test_a_name_swallowed_by_an_opening_phrase_is_still_the_one_harmed():
    text = ("Safeguarding Adult Review: \"Orla\"\n\nThis review is about a young woman we call Orla. From the ages of "
            "nineteen to twenty Orla was repeatedly beaten by two adult neighbours on her estate. She died of her "
            "injuries in 2021. Orla is a Black British woman who lived with her father. The neighbours were "
            "later convicted of manslaughter.")
    people = _people(text)
    assert people["v:Orla"].gender == "female"
    assert people["v:Orla"].ethnicity == "black_other"


def test_the_harm_event_finds_the_name_an_opening_phrase_swallowed():
    from reviewsynth.coding.roles import events_in
    from reviewsynth.nlp import parse

    sentence = "From the age of nine Orla was repeatedly beaten by two adult neighbours."
    doc = next(iter(parse([sentence])))
    patients = [e.patient.name for e in events_in(doc, 0, 0) if e.patient is not None]
    assert patients == ["Orla"]


def test_a_counted_group_convicted_of_the_harm_is_one_grouped_perpetrator():
    text = ("Child Safeguarding Practice Review: Child T\n\n1.1 Child T, who was 14, was groomed and sexually "
            "abused over a year by adults she met online. She lived with her grandmother.\n1.2 Three women were "
            "jailed at crown court in 2023 for the abuse of Child T.\n1.3 Agencies did not share what they knew.")
    people = _people(text)
    assert people["p:Three women"].gender == "female"
    assert people["p:Three women"].age_band == "adult_unknown"
    assert people["v:Child T"].age_band == "14_15"


def test_someone_who_moved_into_another_s_home_shares_it():
    text = ("Domestic Homicide Review: Eseld\n\n1.1 Eseld, 79, was killed by her nephew Talan, 44, in 2023. "
            "Talan was convicted of murder.\n1.2 Talan moved in with her in 2020 after his marriage ended. "
            "He took control of her pension.")
    people = _people(text)
    assert people["p:Talan"].living_arrangement == "family_home"
    assert people["v:Eseld"].living_arrangement == "family_home"


def test_moving_into_a_named_person_s_flat_is_that_household():
    text = ("Safeguarding Adult Review: Ms Q\n\n1.1 Ms Q, 58, died in 2022 after her brother Mr Q, 60, pushed her "
            "down the stairs. Mr Q was convicted of manslaughter.\n1.2 Mr Q moved into Ms Q's council flat in 2018 "
            "when he lost his job.")
    people = _people(text)
    assert people["p:Mr Q"].living_arrangement == "family_home"
    assert people["v:Ms Q"].living_arrangement == "family_home"


def test_a_contents_list_without_page_numbers_opens_no_sections():
    from reviewsynth.text.sections import detect_sections

    body = ("1. What led to this work\n\n1.1 " + "The review looks at the care Kit received before he died. " * 6 + "\n\n"
            "2. Background\n\n2.1 Kit was 43 and lived alone.\n\n3. Chronology\n\n3.1 In 2022 he was seen by his GP.\n\n"
            "4. Findings\n\n4.1 Agencies did not share information.\n\n5. Recommendations\n\n5.1 The Board should act.\n")
    text = ("Safeguarding Adult Review: Kit\n\nContents\n1. What led to this work\n2. Background\n3. Chronology\n"
            "4. Findings\n5. Recommendations\n\n" + body)
    sections = detect_sections(text)
    at = text.index("1.1 The review looks")
    kind = next(s.kind for s in sections if s.start <= at < s.end)
    assert kind != "recommendations"
    assert sections[-1].kind == "recommendations"


def test_the_report_s_first_heading_after_a_plain_contents_list_keeps_its_kind():
    from reviewsynth.text.sections import detect_sections

    text = ("Independent investigation: Mr V\n\nCONTENTS\nPart 1   Background\nPart 2   Chronology\n"
            "Part 3   Findings\nPart 4   Recommendations\n\nPART 1   BACKGROUND\n\n1.1   Mr V was 50 and lived with "
            "his sister.\n\nPART 2   CHRONOLOGY\n\n2.1   In 2023 he stopped his medication.\n\nPART 3   FINDINGS\n\n"
            "3.1   Risk was not reviewed.\n\nPART 4   RECOMMENDATIONS\n\n4.1   The Trust should act.\n")
    sections = detect_sections(text)
    at = text.index("1.1   Mr V")
    assert next(s.kind for s in sections if s.start <= at < s.end) == "background"


def test_a_home_said_to_be_theirs_is_both_principals():
    text = ("Domestic Homicide Review: Lowena\n\n1.1 Lowena, 77, and her husband Jowan, 80, were found dead in their "
            "cottage in 2022. Jowan had strangled Lowena and then taken his own life.\n1.2 They had been married "
            "for forty years and kept hens at their bungalow near the coast.")
    people = _people(text)
    assert people["v:Lowena"].living_arrangement == "family_home"
    assert people["p:Jowan"].living_arrangement == "family_home"


def test_a_history_of_self_harm_is_no_escalation():
    from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

    report = ("Domestic Homicide Review into the death of 'Demelza'\n\n1. Introduction\n1.1 Demelza, 36, was stabbed "
              "at her flat on 2 June 2023 by her partner, Yestin, 39. Yestin was arrested.\n3. Background\n"
              "3.1 Yestin had a long history of self-harm, mostly scratching.\n")
    doc = ExtractedDocument.from_pages("demelza.txt", "6" * 64, "text", [report], numbered=False)
    group = CaseGroup("c1", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="Demelza", review_type="dhr", published="2024-06", incident_year=2023))
    assert "self_harm_overdose" not in {m.code for m in code_case(group).escalation.markers}


def test_living_in_a_relative_s_home_is_the_family_home():
    text = ("Independent investigation: Mr Bolitho\n\n1.1 In 2022 Mr Bolitho, 31, attacked a stranger, Mr Keast, 58, "
            "in a car park, and Mr Keast died. Mr Bolitho was convicted of manslaughter.\n2.1 Mr Bolitho was out of "
            "work and was living rent-free in his aunt's house.")
    assert _people(text)["p:Mr Bolitho"].living_arrangement == "family_home"
