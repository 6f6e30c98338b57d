"""Classes of characteristics wording on small fictional reviews: an adult's childhood exposure
to violence between the parents; a partner's or child's household code is not the owner's; a
label an agency did not give is no one's abuse; money taken told in plain words; a state that
came back is current; a possessive before a role noun names the one cared for; losing a job in
any tense and other senses of "work"; struggling with money; cutting someone off; a minor
infection; drug and alcohol use named together."""

import pytest

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

REPORT = """Domestic Homicide Review
Overview Report into the death of 'Odile'
Published: May 2024

1. Introduction
1.1 This review examines the contact agencies had with Odile, a 52-year-old woman, and her husband, Anselm, aged 55, before Odile was killed at their home on 9 February 2023.
1.2 Anselm killed Odile with a hammer.
3. Background
3.1 Anselm once told a hostel worker that his stepfather had been violent towards his mother throughout his childhood.
3.2 Anselm grew up watching his father beat his mother.
3.3 No doctor at the practice was aware that Anselm had grown up with domestic abuse.
3.4 Odile's first husband, Laszlo, had a history of domestic abuse.
3.5 No professional looked at the relationship between a man and his sister as one where domestic abuse could happen.
3.6 Anselm took her debit card and transferred sums from Odile's savings account to his own.
3.7 Odile saw her GP about low mood in 2020 and again in 2022, taking citalopram for a few months each time.
3.8 Anselm was her only carer after her hip operation.
3.9 Anselm had no paid work since losing his job at a bakery in 2021.
3.10 Odile told the nurse she was struggling with money.
3.11 The radiators in the flat had not worked since the autumn of 2021.
3.12 Odile was not working on the day she died.
3.13 Anselm was cutting Odile off from her sisters.
3.14 Odile had a chest infection in 2022.
3.15 Anselm had a long record of falls, drug and alcohol use.
"""


@pytest.fixture(scope="module")
def odile():
    doc = ExtractedDocument.from_pages("odile.txt", "o" * 64, "text", [REPORT], numbered=False)
    group = CaseGroup("odile", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="odile", review_type="dhr", published="2024-05", incident_year=2023))
    case = code_case(group)
    v, p = case.victims()[0], case.perpetrators()[0]
    return {c.code: c for c in v.characteristics}, {c.code: c for c in p.characteristics}


def _quotes(found, code):
    return " ".join(e.quote for e in found[code].evidence) if code in found else ""


def test_an_adults_childhood_exposure_to_violence_between_the_parents(odile):
    _, p = odile
    quotes = _quotes(p, "domestic_violence_child")
    assert "throughout his childhood" in quotes
    assert "beat his mother" in quotes
    assert "grown up with domestic abuse" in quotes
    assert "grown up with" not in _quotes(p, "domestic_abuse")


def test_a_partners_or_an_unrecognised_label_is_not_a_household_code(odile):
    v, p = odile
    assert "domestic_violence_child" not in v  # her first husband's abuse is not her childhood home
    assert "as one where" not in _quotes(p, "domestic_violence_child") + _quotes(p, "domestic_abuse")


def test_money_taken_in_plain_words(odile):
    v, _ = odile
    abuse = _quotes(v, "domestic_abuse") + _quotes(v, "abuse_neglect_adult")
    assert "debit card" in abuse


def test_a_state_that_came_back_is_current(odile):
    v, _ = odile
    assert "mental_health_current" in v and "mental_health_past" not in v


def test_a_possessive_before_a_role_noun_names_the_one_cared_for(odile):
    v, p = odile
    assert "caring_responsibilities" in p and "caring_responsibilities" not in v


def test_losing_a_job_and_other_senses_of_work(odile):
    v, p = odile
    assert "unemployment" in p
    assert "unemployment" not in v


def test_struggling_with_money(odile):
    v, _ = odile
    assert "financial_issues" in v


def test_cutting_off_and_a_minor_infection_are_not_coded(odile):
    v, p = odile
    assert "self_harm" not in v and "self_harm" not in p
    assert "acute_illness" not in v


def test_drug_and_alcohol_use_named_together(odile):
    _, p = odile
    assert {"substance_misuse", "alcohol_misuse"} <= set(p)


CHILD_REPORT = """Serious Case Review
Child W
Published: May 2024

1. Introduction
1.1 This review concerns Child W, a 16-year-old boy who was stabbed and killed near a canal in June 2023 by Tobin, aged 19.
3. Background
3.1 Child W's father was sent to prison in 2017 for a robbery.
3.2 Tobin's elder brother, who had shared a room with him, has been in prison since 2020.
3.3 Tobin had no settled address and slept at the flats of friends.
3.4 Tobin's girlfriend was in prison for theft.
"""


@pytest.fixture(scope="module")
def child_w():
    doc = ExtractedDocument.from_pages("childw.txt", "w" * 64, "text", [CHILD_REPORT], numbered=False)
    group = CaseGroup("childw", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="childw", review_type="scr", published="2024-05", incident_year=2023))
    case = code_case(group)
    v, p = case.victims()[0], case.perpetrators()[0]
    return {c.code: c for c in v.characteristics}, {c.code: c for c in p.characteristics}


def test_a_parent_or_sibling_in_prison_however_told(child_w):
    v, p = child_w
    assert "household_member_prison" in v
    quotes = _quotes(p, "household_member_prison")
    assert "elder brother" in quotes and "girlfriend" not in quotes


def test_no_settled_address_is_homelessness(child_w):
    _, p = child_w
    assert "homelessness" in p


BABY_REPORT = """Child Safeguarding Practice Review
Baby R
Published: May 2024

1. Introduction
1.1 This review concerns Baby R, a four-month-old girl who died in hospital in March 2023 from head injuries inflicted by her father, Mr T, aged 30.
3. Background
3.1 Baby R lived with her mother, Ms N, and Mr T.
3.2 When Baby R was five weeks old she was diagnosed with postnatal depression and prescribed sertraline.
"""


def test_a_babys_depression_is_a_parents():
    doc = ExtractedDocument.from_pages("babyr.txt", "b" * 64, "text", [BABY_REPORT], numbered=False)
    group = CaseGroup("babyr", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="babyr", review_type="cspr", published="2024-05", incident_year=2023))
    v = code_case(group).victims()[0]
    codes = {c.code for c in v.characteristics}
    assert "parent_mental_health" in codes
    assert not codes & {"mental_health_current", "mental_health_past"}


SON_REPORT = """Domestic Homicide Review
Overview Report into the death of 'Wanda'
Published: May 2024

1. Introduction
1.1 This review examines the contact agencies had with Wanda, a 71-year-old woman, and her son, Ivo, aged 40, before Wanda was killed at her home on 4 March 2023.
1.2 Ivo killed Wanda with a knife.
9. Conclusions
9.1 The panel is in no doubt that the threats Wanda suffered from Ivo were domestic abuse.
9.2 In her last year Wanda was hurt by her son and was afraid of him, and the panel regards this as coercive control.
"""


def test_the_one_an_act_came_from_is_not_who_underwent_it():
    doc = ExtractedDocument.from_pages("wanda.txt", "n" * 64, "text", [SON_REPORT], numbered=False)
    group = CaseGroup("wanda", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="wanda", review_type="dhr", published="2024-05", incident_year=2023))
    case = code_case(group)
    v, p = case.victims()[0], case.perpetrators()[0]
    assert "domestic_abuse" in {c.code for c in v.characteristics}
    assert "domestic_abuse" not in {c.code for c in p.characteristics}


CHARGE_REPORT = """Child Safeguarding Practice Review
Child E
Published: May 2024

1. Introduction
1.1 This review concerns Child E, a 12-year-old girl who was sexually abused by Mr Q, aged 50, a neighbour, in February 2023.
3. Background
3.1 Mr Q was arrested on 3 March and has been charged with sexual assault of a child under 13.
3.2 In September 2023 he admitted the offences and a nine-year prison sentence followed.
3.3 Mr Q had a conviction for burglary from 2009.
"""


def test_the_charge_and_sentence_for_the_incident_are_not_offending():
    doc = ExtractedDocument.from_pages("childe.txt", "e" * 64, "text", [CHARGE_REPORT], numbered=False)
    group = CaseGroup("childe", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="childe", review_type="cspr", published="2024-05", incident_year=2023))
    p = code_case(group).perpetrators()[0]
    offending = next(c for c in p.characteristics if c.code == "offending")
    quotes = " ".join(e.quote for e in offending.evidence)
    assert "burglary" in quotes
    assert "charged" not in quotes and "admitted" not in quotes


MOTHER_REPORT = """Domestic Homicide Review
Overview Report into the death of 'Greta'
Published: May 2024

1. Introduction
1.1 This review examines the contact agencies had with Greta, a 61-year-old woman, and her son, Lorcan, aged 30, before Greta was killed at her home on 4 March 2023.
1.2 Lorcan killed Greta with a knife.
3. Background
3.1 Greta separated from Lorcan's father in 2001.
3.2 Welsh was Greta's first language.
3.3 In 2020 Lorcan was found with cash and bags of heroin in a car.
3.4 In 2019 Lorcan was treated in hospital for a stab wound to his arm.
"""

DISCLOSURE_REPORT = """Child Safeguarding Practice Review
Child F
Published: May 2024

1. Introduction
1.1 This review concerns Child F, a 12-year-old girl who was sexually abused by Mr Q, aged 50, a neighbour, in February 2023.
3. Background
3.1 Child F told her teacher, and a strategy discussion was held that afternoon.
"""


def _people(name, text, rtype):
    doc = ExtractedDocument.from_pages(f"{name}.txt", name[0] * 64, "text", [text], numbered=False)
    group = CaseGroup(name, [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title=name, review_type=rtype, published="2024-05", incident_year=2023))
    case = code_case(group)
    return ({c.code for c in case.victims()[0].characteristics},
            {c.code for c in case.perpetrators()[0].characteristics})


def test_a_parent_separating_from_the_other_a_first_language_cash_and_drugs_a_stab_wound():
    v, p = _people("greta", MOTHER_REPORT, "dhr")
    assert "parental_separation" in p and "parental_separation" not in v
    assert "english_additional_language" in v
    assert {"drug_dealing", "victim_of_crime"} <= p


def test_a_strategy_discussion_held_that_afternoon_is_the_response_to_the_incident():
    v, _ = _people("fchild", DISCLOSURE_REPORT, "cspr")
    assert "child_in_need_protection" not in v


PELL_REPORT = """Safeguarding Adults Review
Mr Pell
Published: May 2024

1. Introduction
1.1 This review concerns Mr Pell, a 74-year-old man who was killed at his flat in June 2023 by Mr Orme, a 35-year-old man who had been staying with him.
3. Background
3.1 By 2022 the rooms of Mr Pell's flat were filled with magazines, bags and boxes.
3.2 Mr Pell was partially sighted.
3.3 Mr Orme drank most evenings, usually cider.
"""


def test_hoarding_sight_loss_and_drinking_by_frequency_in_plain_words():
    doc = ExtractedDocument.from_pages("pell.txt", "q" * 64, "text", [PELL_REPORT], numbered=False)
    group = CaseGroup("pell", [GroupedDocument(doc, "overview_report", True)],
                      CaseMeta(title="pell", review_type="sar", published="2024-05", incident_year=2023))
    case = code_case(group)
    v, p = case.victims()[0], case.perpetrators()[0]
    found = {c.code: c for c in v.characteristics}
    assert found["other"].detail == "Hoarding"
    assert "disability" in found
    assert "alcohol_misuse" in {c.code for c in p.characteristics}


INES_REPORT = """Domestic Homicide Review
Overview Report into the death of 'Ines'
Published: May 2024

1. Introduction
1.1 This review examines the contact agencies had with Ines, a 28-year-old woman, and her partner, Ravi, aged 31, before Ines was killed at their home on 4 March 2023.
1.2 Ravi killed Ines with a knife.
3. Background
3.1 In 2004 Ravi was placed on a child protection plan because of neglect.
3.2 By 2022 Ines barely came out and had stopped going to family gatherings.
3.3 Ines told a teacher in 2009 that her uncle had been sexually abusing her.
"""


def test_a_childhood_told_by_its_year_isolation_and_abuse_in_the_progressive():
    v, p = _people("ines", INES_REPORT, "dhr")
    assert {"child_in_need_protection", "abuse_neglect_child"} <= p
    assert {"social_isolation", "abuse_neglect_child"} <= v


ASKED_REPORT = """Domestic Homicide Review
Overview Report into the death of 'Pia'
Published: May 2024

1. Introduction
1.1 This review examines the contact agencies had with Pia, a 58-year-old woman, and her husband, Emil, aged 60, before Pia was killed at their home on 4 March 2023.
1.2 Emil killed Pia with a knife.
3. Background
3.1 No practitioner asked about Emil's sleep, health or stress.
3.2 The adult social care record for Pia was closed as "carer stress; no further action".
"""


def test_a_topic_at_the_end_of_a_list_asked_about_and_carer_stress_are_not_mental_illness():
    v, p = _people("pia", ASKED_REPORT, "dhr")
    assert not {"mental_health_current", "mental_health_past"} & (v | p)
