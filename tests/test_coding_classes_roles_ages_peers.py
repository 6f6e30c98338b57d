"""Classes of wording: a passive conjunct's shared subject undergoes it; an age someone claimed
is not their age; places conjoined or apposed are places; two ages for two names together;
a gendered group noun gives its bracketed names a gender; where two knew each other from; one
more resident; other people's friends; officers separating a couple; a relative's death."""

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument


def _case(text: str, title: str, review_type: str):
    doc = ExtractedDocument.from_pages("r.txt", "3" * 64, "text", [text], numbered=False)
    meta = CaseMeta(title=title, review_type=review_type, published="2024", incident_year=2023)
    return code_case(CaseGroup("c", [GroupedDocument(doc, "overview_report", True)], meta))


def _people(case):
    return [(p.role, p.name, p.gender, p.age) for p in case.people]


GROOMED = """Case summary: Child T

Child T is a girl who lived with her grandmother in Pellow. In 2022 Child T began messaging a man on a gaming site. He told her he was 17. He was in fact 41. The review calls him Adult W.
Adult W sent Child T presents and said that he loved her. Child T was 14 and was being groomed. She was sexually assaulted by Adult W at a flat in Corran. Adult W was arrested in 2024. He was convicted of rape.
"""


def test_the_shared_subject_of_a_passive_conjunct_is_its_sufferer_and_a_claimed_age_is_not_the_age():
    people = _people(_case(GROOMED, "Child T", "cspr"))
    assert people[0][:2] == ("victim", "Child T")
    assert ("perpetrator", "Adult W", "male", 41) in people


TWO_YOUTHS = """Local Child Safeguarding Practice Review: Child QX

In March 2024 Child QX, a boy aged 15, was stabbed near a bus station in Tarrow. Two young men, aged 19 and 20 (Youth P and Youth R), were convicted of wounding with intent.
Youth P and Youth R sold drugs between Tarrow and Wexcombe. Child QX knew them from his old school. He was found twice in Wexcombe, a seaside town some miles away. Child QX's arrest in Wexcombe was treated as a criminal matter.
"""


def test_two_ages_for_two_bracketed_names_a_group_noun_s_gender_and_places_are_no_one():
    case = _case(TWO_YOUTHS, "Child QX", "cspr")
    people = _people(case)
    assert ("perpetrator", "Youth P", "male", 19) in people and ("perpetrator", "Youth R", "male", 20) in people
    assert not any(p[1] == "Wexcombe" for p in people)
    assert case.relationship.type == "friend_acquaintance"


HOSTEL = """Safeguarding Adults Review: Mr OW

Mr OW, a man of 47, died from head injuries at Sallow House, a hostel for homeless adults. Another resident, Mr ZK, aged 33, was convicted of his manslaughter.
The two men had known each other for about three months. Mr OW had stayed with friends before he moved to the hostel. His friends at the day centre spoke to the review. Mr OW told staff that Mr ZK took his money.
"""


def test_one_more_resident_outweighs_other_people_s_friends():
    assert _case(HOSTEL, "Mr OW", "sar").relationship.type == "housemate"


COUPLE = """Domestic Homicide Review: Sunniva

Sunniva, aged 31, was killed by her husband Torvald in 2023. In 2022 police attended an argument, separated the couple and spoke to Sunniva alone. She feared being separated from her children if she left. Torvald was convicted of murder.
"""


def test_officers_separating_a_couple_is_no_separation_of_the_couple():
    assert _case(COUPLE, "Sunniva", "dhr").relationship.type == "intimate_partner"


ASSAULTS = """Safeguarding Adults Review: Ms Y

Ms Y is a woman of 50 with a learning disability. Her brother, Mr Y, moved into her flat following the death of their father in 2020.
Ms Y attended hospital four times with bruises. In 2023 she was admitted with a fractured arm after Mr Y assaulted her. Mr Y admitted grievous bodily harm and was imprisoned.
"""


def test_a_relative_s_death_is_not_the_review_s_harm():
    case = _case(ASSAULTS, "Ms Y", "sar")
    assert (case.screening.decision, case.fatal, case.incident_type) == ("include", False, "non_fatal_injury")


def test_a_relative_s_death_told_with_a_possessive_is_not_the_review_s_harm():
    text = ASSAULTS.replace("following the death of their father in 2020", "in 2020. After her father's death he managed her money")
    case = _case(text, "Ms Y", "sar")
    assert (case.fatal, case.incident_type) == (False, "non_fatal_injury")


LINKS_PAGE = """Safeguarding Adults Reviews | Brackwater Council

Safeguarding Adults Reviews: published reports

The Brackwater Safeguarding Adults Board commissions a review when an adult dies or is seriously harmed and abuse or neglect is suspected.

SAR Wilfred – overview report (PDF, 800KB). Published May 2025. A man in his eighties who died after a fall at home.
SAR Yanna – executive summary (PDF, 300KB). Published January 2025. Learning about self-neglect and hoarding.
SAR Mr Ulverson – learning brief (PDF, 200KB). Published June 2024. Looks at the care of a man assaulted by his son.
SAR Tansy and Ross – overview report (PDF, 1.1MB). Published March 2024. Two deaths in one supported living service.
"""


def test_a_page_of_links_to_named_reviews_tells_no_case():
    case = _case(LINKS_PAGE, "Safeguarding Adults Reviews", "sar")
    assert (case.screening.decision, case.screening.reason) == ("exclude", "not_a_review")


def _mentions(text: str):
    from reviewsynth.coding.cast import MentionFinder, build_cast
    from reviewsynth.coding.reader import ReviewDoc
    rd = ReviewDoc.read(ExtractedDocument.from_pages("m.txt", "4" * 64, "text", [text], numbered=False))
    mf = MentionFinder(rd, build_cast(rd, None, "dhr"))
    return [[(m.person_id, rd.text[m.start:m.end]) for m in mf.mentions(i)] for i in range(len(rd.sentences))]


def test_a_possessive_after_a_role_noun_is_that_principal_s():
    said = _mentions("Domestic Homicide Review\n\nMarit, 52, was killed by Osric in 2021. Osric was convicted of murder. "
                     "The victim had told her GP about the abuse.")
    assert said[-1] == [("v1", "The victim"), ("v1", "her")]


def test_a_kin_complement_s_owner_is_not_the_one_it_is_said_of():
    said = _mentions("Domestic Homicide Review\n\nMarit, 52, was killed by Osric in 2021. Osric had been her partner for "
                     "nine years. Osric was convicted of murder.")
    assert ("kin:partner:v1", "her partner") in said[2]


def test_an_apposed_relation_s_possessive_is_the_other_person_s():
    text = ("Domestic Homicide Review: GH\n\nGH, a 63-year-old man, was killed by JK, his wife, in 2021. JK was "
            "convicted of manslaughter. GH had told his GP he felt low.\n")
    assert _people(_case(text, "GH", "dhr")) == [("victim", "GH", "male", 63), ("perpetrator", "JK", "female", None)]


def test_another_teenager_he_knew_is_an_acquaintance():
    text = ("Serious Case Review: Child Z\n\nChild Z, a 16-year-old boy, was stabbed in 2022 by another teenager he "
            "knew from college. The 17-year-old was convicted of murder.\n")
    assert _case(text, "Child Z", "scr").relationship.type == "friend_acquaintance"


STRUCK = """Safeguarding Adults Review: Mrs Wendle

Mrs Wendle, aged 88, lived at Copse End Nursing Home. In May 2023 another resident, Mr Yarrow, who had dementia, struck her with a walking frame in the dining room. She fell and broke her hip. She was taken to hospital and died nine days later.
Mr Yarrow was not charged because he lacked capacity. Staff had not reported his earlier aggression.
"""


def test_a_blow_a_person_died_of_is_a_killing_and_dying_shares_a_passive_subject():
    case = _case(STRUCK, "Mrs Wendle", "sar")
    assert (case.screening.decision, case.screening.reason) == ("include", "homicide")
    assert case.category == "adult_peer_violence"
