"""Screening with the cast: homicide-suicide is included; a child killed in the family is fatal abuse."""

from reviewsynth.coding import code_case
from reviewsynth.coding.screening import fatal_abuse_reason
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

HOMICIDE_SUICIDE = """Domestic Homicide Review: Ruth and Walter
1. Introduction
1.1 This report examines how agencies responded to Ruth and Walter, a married couple, before their deaths in 2022.
1.2 A post-mortem examination found that Ruth died from compression of the neck. The police concluded that Walter had strangled Ruth and then taken his own life. The coroner recorded that Walter died by suicide.
1.3 Ruth had dementia. Walter was her sole carer. Walter told his GP he was exhausted. Walter was 81 and Ruth was 78.
"""


def _case(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages("r.txt", "1" * 64, "text", [text], numbered=False)
    meta = CaseMeta(title=title, review_type=review_type, published="2024", incident_year=2022)
    return code_case(CaseGroup("c", [GroupedDocument(doc, "overview_report", True)], meta))


def test_homicide_suicide_is_included_as_homicide():
    case = _case(HOMICIDE_SUICIDE, "Ruth and Walter", "dhr")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")
    assert case.incident_type == "homicide_suicide"
    assert [p.role for p in case.people] == ["victim", "perpetrator"]
    assert case.screening.evidence and "own life" in case.screening.evidence[0].quote


def test_suicide_alone_stays_excluded():
    text = ("Safeguarding Adult Review: Mr Y\n1. Introduction\n1.1 Mr Y took his own life in 2021. "
            "Mr Y had depression. Mr Y lived alone. There is no evidence that anyone harmed Mr Y.\n")
    case = _case(text, "Mr Y", "sar")
    assert case.screening.decision == "exclude"


def test_child_killed_by_family_is_fatal_abuse():
    assert fatal_abuse_reason("homicide", True, True, "parent_to_child") == "fatal_abuse"
    assert fatal_abuse_reason("homicide", True, True, "unknown_peer") == "homicide"
    assert fatal_abuse_reason("homicide", True, False, "parent_to_child") == "homicide"


def test_a_child_killed_by_a_sibling_or_wider_relative_stays_homicide():
    assert fatal_abuse_reason("homicide", True, True, "other_family") == "homicide"
    assert fatal_abuse_reason("homicide", True, True, "sibling") == "homicide"


def test_documents_that_are_not_reviews_are_excluded_with_evidence():
    notes = ("Notes for the team: traps planted\n\n- The Domestic Homicide Review of Leah says he was "
             "convicted of murder.\n- Her sister's anxiety is not hers.\n")
    case = _case(notes, "Leah", "dhr")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "not_a_review")
    assert case.screening.evidence and case.screening.evidence[0].quote.startswith("Notes for the team")
    assert case.category is None and not case.people
    news = "Council news\n\nA man was convicted of murder at the Crown Court today after a stabbing in the park.\n"
    assert _case(news, "News", "other").screening.reason == "not_a_review"


def test_short_review_with_review_shape_is_still_screened():
    case = _case(HOMICIDE_SUICIDE, "Ruth and Walter", "dhr")
    assert case.screening.decision == "include"


def test_a_single_active_voice_killing_includes_the_review():
    text = ("Domestic Homicide Review: Nadia\n1. Introduction\n1.1 This review examines agency contact "
            "with Nadia and Corin before Corin killed Nadia in a car park in March 2021. Nadia was 29. "
            "Corin was 31.\n2. Terms of reference\n2.1 The review covers 2018 to 2021.\n")
    case = _case(text, "Nadia", "dhr")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")
    assert "Corin killed Nadia" in case.screening.evidence[0].quote
    assert {p.role for p in case.people} == {"victim", "perpetrator"}


def test_killed_himself_alone_is_not_a_homicide():
    text = ("Safeguarding Adult Review: Mr Q\n1. Introduction\n1.1 Mr Q killed himself at his flat in 2020. "
            "Mr Q was 45.\n2. Terms of reference\n2.1 The review covers 2018 to 2020.\n")
    assert _case(text, "Mr Q", "sar").screening.decision == "exclude"


def test_the_incident_year_falls_back_to_the_readers_incident_date():
    text = ("Safeguarding Adults Review: Mr U\n1. Introduction\n1.1 On 12 March 2020 Mr U, who was 58, was attacked by "
            "his lodger, Mr X, and suffered a fractured skull. Mr X was convicted of grievous bodily harm.\n"
            "1.2 Mr U lived alone in a council flat.\n")
    doc = ExtractedDocument.from_pages("r.txt", "2" * 64, "text", [text], numbered=False)
    meta = CaseMeta(title="Mr U", review_type="sar", published="2023")
    case = code_case(CaseGroup("u", [GroupedDocument(doc, "overview_report", True)], meta))
    assert case.incident_year == 2020


def _plain(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages("p.txt", "3" * 64, "text", [text], numbered=False)
    meta = CaseMeta(title=title, review_type=review_type, published="2024")
    return code_case(CaseGroup("p", [GroupedDocument(doc, "overview_report", True)], meta))


def test_an_included_review_that_tells_no_death_is_not_fatal():
    text = ("Child Safeguarding Practice Review: Child E\n1. Introduction\n1.1 In June 2022 Child E, a boy of "
            "eight months, was taken to hospital with a fractured arm and bruising to his face. His father, "
            "Mr F, admitted shaking and hitting him and was convicted of causing grievous bodily harm.\n"
            "1.2 This did not meet the criteria for a Domestic Homicide Review because no one died.\n")
    case = _plain(text, "Child E", "scr")
    assert case.screening.decision == "include"
    assert case.fatal is False and case.incident_type == "non_fatal_injury"


def test_a_text_that_tells_no_case_has_no_fatal_value():
    text = ("Safeguarding Adults Board annual report\nThe board met four times. Deaths of adults with care and "
            "support needs are reviewed when the criteria are met. Training was given to 400 staff.\n")
    case = _plain(text, "Annual report", "other")
    assert case.screening.reason == "not_a_review"
    assert case.fatal is None


def test_an_assault_whose_victim_died_of_it_is_a_homicide():
    text = ("Independent investigation: Mr R\n1. Introduction\n1.1 In March 2019 Mr D, a man of 70, was "
            "attacked in the stairwell of his block by Mr R, a mental health patient who lived on the same floor. "
            "Mr D was hit repeatedly with a walking stick and died in hospital a week later.\n"
            "1.2 Mr R was made subject to a hospital order.\n")
    case = _plain(text, "Mr R", "iir")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")


def test_a_young_persons_death_after_taking_drugs_is_risk_taking():
    text = ("Child Safeguarding Practice Review: Child G\nBackground\nChild G was sixteen when she died in "
            "August 2021 after taking ecstasy at a friend's birthday gathering. Her friends called an ambulance "
            "but she could not be revived. There is no evidence that Child G was bullied or coerced.\n")
    case = _plain(text, "Child G", "scr")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "risk_taking_no_peer_violence")


def test_a_death_the_review_says_the_abuse_did_not_cause():
    text = ("Domestic Homicide Review: Mrs K\n1. Introduction\n1.1 Mrs K died at home in 2020 of heart failure. "
            "Her husband had been abusive towards her for many years.\n1.2 The panel concluded that her death "
            "was not caused by any act of her husband, although the abuse shaped her last years.\n")
    case = _plain(text, "Mrs K", "dhr")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "death_not_caused_by_maltreatment")


def test_a_death_in_a_fire_at_home_is_poor_care_management():
    text = ("Safeguarding Adults Review: Mrs N\n1. Introduction\n1.1 Mrs N, aged 84, died in a fire at her "
            "bungalow in 2022. A candle had fallen onto a pile of newspapers. Nobody else was involved. "
            "The coroner recorded an accidental death.\n")
    case = _plain(text, "Mrs N", "sar")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "poor_care_management")


def test_a_table_of_reviews_tells_no_case_of_its_own():
    listing = ("Harbury Safeguarding Partnership: business plan 2024\n\nReviews open this year\n\n"
               "SAR 24/01  Adult R   A man in his sixties who was assaulted by a lodger    Panel stage\n"
               "SAR 24/02  Mrs D     A woman killed by her son                             Published\n"
               "SAR 24/03  Mr P      Death in a house fire                                 Scoping\n\n"
               "The board thanks every agency for its work. Recommendations are tracked by the board.\n")
    case = _plain(listing, "Business plan", "other")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "not_a_review")


def test_a_review_that_cites_other_reviews_but_tells_its_own_case_is_screened():
    text = ("Safeguarding Adults Review: Mr Q\n1. Introduction\n1.1 Mr Q, a man of 58, was stabbed by his lodger, "
            "Mr Z, at his flat in 2023 and died of his injuries. Mr Z was convicted of murder.\n"
            "1.2 Mr Q had been known to adult social care since 2019. Mr Q told his GP he was frightened of Mr Z.\n"
            "1.3 Earlier reviews in the area (SAR 19/02, SAR 20/01 and SAR 21/04) made findings about lodgers.\n"
            "1.4 Police attended Mr Q's flat twice in 2022.\n")
    case = _plain(text, "Mr Q", "sar")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")


def test_a_procedure_s_worked_example_is_no_case_of_its_own():
    text = ("Procedure for commissioning reviews\n\n1. Purpose\n\n1.1 This procedure sets out how the partnership "
            "decides whether to hold a review and how agencies take part.\n\n2. Worked example (fictional)\n\n"
            "Week 0: the police notify the manager that a woman, Person A, was stabbed by her partner, Person B. "
            "Week 4: the panel decides to hold a review.\n\n3. Publication\n\n3.1 The report is published "
            "after the Home Office has quality assured it.")
    case = _case(text, "", "other")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "not_a_review")


def test_a_review_named_after_a_place_has_its_subject_as_victim():
    text = ("Learning brief\n\nThis brief concerns a girl, known as Child QX, who took her own life in 2023. "
            "She was 15. Child QX lived with her father. The Orrinford Safeguarding Children Partnership "
            "commissioned the review. Orrinford Children's Services had closed her case. Child QX had been "
            "waiting for CAMHS for five months. Orrinford Health visitors had not seen the family.")
    case = _case(text, "Orrinford", "cspr")
    assert [(p.role, p.name) for p in case.people] == [("victim", "Child QX")]


def test_an_annual_report_listing_reviews_in_a_table_is_not_a_review():
    text = ("Safeguarding Adults Board: Annual Report 2024 to 2025\n\nThe Board met six times this year.\n\n"
            "Table 2: Reviews this year\n\n| Review | Type of concern | Status |\n\n|---|---|---|\n\n"
            "| Adult Y | Self-neglect; a man in his seventies who died at home | Published |\n\n"
            "| Ms Orne | Neglect in a care home | Published |\n\n| Adult Z | A fall in supported living | Commissioned |\n\n"
            "Our priorities next year are self-neglect and transitions.")
    case = _case(text, "", "sar")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "not_a_review")


def test_a_short_summary_headed_only_by_the_review_s_initials_is_screened():
    text = ("DHR: Ysella\n\nYsella, 29, was killed by her former partner, Corran, in 2022, four months after she "
            "ended their relationship. Corran, 33, was convicted of her murder.")
    case = _case(text, "Ysella", "dhr")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")


def test_a_rare_name_with_an_age_in_apposition_is_a_person():
    text = ("Domestic Homicide Review: Oriel\n\nOriel, 83, was killed at her bungalow in 2023 by her grandson, "
            "Tamsyn, who was 24. Tamsyn was convicted of murder. Her GP had seen bruising in 2022.")
    case = _case(text, "Oriel", "dhr")
    assert case.screening.decision == "include"
    assert [(p.role, p.name) for p in case.people] == [("victim", "Oriel"), ("perpetrator", "Tamsyn")]


def test_neglect_told_beside_a_death_is_not_the_non_fatal_reason():
    text = ("Safeguarding Adults Review: Mrs Quenby\n\nMrs Quenby, 86, died in hospital in 2022 from infected "
            "pressure sores after months of neglect in a nursing home. No one was charged. The home had been "
            "rated inadequate and the review found that her care plan was not followed.")
    case = _case(text, "Mrs Quenby", "sar")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "poor_care_management")


def test_a_child_who_died_of_injuries_inflicted_by_a_parent_s_partner_is_fatal_abuse():
    text = ("Child Safeguarding Practice Review: Tobin\n\nTobin was 20 months old when he died in 2022 from "
            "injuries inflicted by his mother's boyfriend. The boyfriend was 24. Health visitors had seen "
            "bruises on Tobin's face twice.")
    case = _case(text, "Tobin", "cspr")
    assert (case.screening.decision, case.screening.reason) == ("include", "fatal_abuse")
    assert case.category == "within_family_violence_children"


def test_a_who_hung_on_a_thing_and_a_shared_passive_subject_tell_the_victim():
    text = ("SAR Adult W\n\nAdult W was a woman aged 61 with motor neurone disease who was financially abused "
            "and then killed by her carer. The carer was convicted of murder. Adult social care had not "
            "reviewed her care for two years.")
    case = _case(text, "Adult W", "sar")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")


def test_a_suicide_after_bullying_told_once_is_included():
    text = ("Serious case review: Child M\n\nChild M, a 14-year-old girl, took her own life in 2019 after months "
            "of bullying by pupils at her school. The school did not follow its anti-bullying policy.")
    case = _case(text, "Child M", "scr")
    assert (case.screening.decision, case.screening.reason) == ("include", "suicide_peer_violence")


def test_an_anti_bullying_policy_tells_no_bullying():
    text = ("Serious case review: Child M\n\nChild M, a 15-year-old boy, took his own life in 2019 after his "
            "father died. The school's anti-bullying policy was reviewed after his death.")
    case = _case(text, "Child M", "scr")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "suicide_no_peer_violence")


def test_a_killing_whose_sufferer_the_parser_missed_names_the_review_s_victim():
    text = ("DHR executive summary: Hope\n\nHope was killed by her son, Anwar, in 2021. She was in her early "
            "sixties. Anwar had a long history of drug misuse.")
    case = _case(text, "Hope", "dhr")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")


def test_a_killing_then_the_killer_s_suicide_is_a_homicide():
    text = ("Domestic Homicide Review: Mrs Iley\n\nIn 2022 Mr Iley, 84, smothered his wife, Mrs Iley, 82, at their "
            "home and then took his own life. Mrs Iley had dementia and Mr Iley was her carer.")
    case = _case(text, "Mrs Iley", "dhr")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")
    assert case.incident_type == "homicide_suicide"


def test_a_name_after_an_opening_year_is_the_subject():
    text = ("Summary of a review\n\nIn 2021 Elin, 40, was shot by her estranged husband, Garmon, who then shot "
            "himself. Elin had obtained a non-molestation order. Garmon held a shotgun licence.")
    case = _case(text, "", "other")
    assert case.screening.decision == "include"
    assert [(p.role, p.name) for p in case.people] == [("victim", "Elin"), ("perpetrator", "Garmon")]


def test_a_stabbing_the_victim_survived_is_an_assault_not_a_homicide():
    text = ("Rapid Review Summary: Child RT\n\nIn May 2024 Child RT, a 14-year-old girl, was stabbed in the leg "
            "outside a shop in Wenlow. She was treated in hospital and has since recovered. The girl who stabbed "
            "her, Child PB, was 15 and was arrested that night. Children's services had known both girls for a year.")
    case = _case(text, "Child RT", "cspr")
    assert (case.screening.decision, case.screening.reason) == ("include", "physical_assault")


def test_a_killing_outweighs_the_earlier_assaults_the_review_tells():
    text = ("Domestic Homicide Review: Ossian\n\nOssian, 40, died from stab wounds at his partner's house in 2023. "
            "His partner, Wren, was convicted of his murder. In 2021 Wren told police that Ossian had hit her; he "
            "was arrested for assault and released. In 2022 Wren was cautioned for assaulting a neighbour. Ossian "
            "later told his sister that Wren had punched him. In June 2023 Wren stabbed Ossian in the kitchen.")
    case = _case(text, "Ossian", "dhr")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")


def test_a_conviction_for_wilful_neglect_is_no_assault():
    text = ("Serious Case Review: Child E\n\nChild E died in 2015, aged five, from starvation. In 2016 her father "
            "and his partner were convicted of child cruelty (wilful neglect) and of causing or allowing her death. "
            "Her school had recorded that she was often hungry, and her weight had fallen from the 50th centile.")
    case = _case(text, "Child E", "scr")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "extreme_neglect")


def test_a_person_s_fall_is_poor_care_but_a_number_that_fell_is_not():
    from reviewsynth.coding.incident import _thing_fell
    from reviewsynth.coding.reader import ReviewDoc

    def fell(text: str) -> bool:
        rd = ReviewDoc.read(ExtractedDocument.from_pages("x.txt", "0" * 64, "txt", [text]))
        return _thing_fell(rd, min(i for i in (rd.low.find("fell"), rd.low.find("had fallen")) if i >= 0))

    assert fell("Her attendance fell sharply in the spring term.")
    assert fell("The two brothers fell out over a debt.")
    assert not fell("Mr Dunne fell in the lounge of the care home at night.")
    assert not fell("She fell twice in the week before her death.")


def test_an_attack_whose_victim_dies_of_it_in_a_later_sentence_is_a_homicide():
    text = ("Independent investigation: Mr G\n\nIn June 2021 Mr G attacked a man he had never met, Mr Ilbert, "
            "outside a shop in Tarrow. Mr Ilbert was 58. He died of his injuries two days later. Mr G had been "
            "under the community mental health team since 2019.")
    case = _plain(text, "Mr G", "iir")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")


def test_a_later_death_from_another_cause_leaves_the_assault():
    text = ("Safeguarding Adults Review: Mrs Lusk\n\nIn 2020 Mrs Lusk was pushed by another resident of her care "
            "home and bruised her arm. She died of cancer the following spring. Staff had not recorded the push.")
    case = _plain(text, "Mrs Lusk", "sar")
    assert case.screening.reason != "homicide"


def test_a_relative_clause_names_the_carer_s_relation_and_not_his_gender():
    # "who was her mother's boyfriend": a parent's partner, and the possessive is not his gender.
    text = ("Child Safeguarding Practice Review: Lark\n\nLark, aged 3, died in 2023 from head injuries. "
            "Ferris, who was her mother's boyfriend and had moved in that spring, was later found guilty "
            "of her murder. Nursery staff had seen bruising on Lark's arm.")
    case = _case(text, "Lark", "cspr")
    assert case.screening.decision == "include"
    assert case.relationship.type == "parent_to_child"
    ferris = next(p for p in case.people if p.role == "perpetrator")
    assert ferris.gender == "male"
