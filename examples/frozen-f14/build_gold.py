"""Build gold.json for frozen-f14 from the hand coding below.

Run from anywhere: python3 examples/frozen-f14/build_gold.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
The .txt documents are read with wrapped=True (whitespace collapsed; a quote may cross a line break).
This batch is frozen: it is scored once and never tuned on.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py, shared by every batch
from goldlib import Doc, Person, case, loc, mk, rc, stats, tech, wp, write  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
cases, docs = [], []


def D(name):
    d = Doc(CORPUS, name, wrapped=name.endswith(".txt"))
    docs.append(d)
    return d


# ---------------------------------------------------------------- f14_01
d = D("f14_01_dhr_rosamund_overview.txt")
v = Person(d, "v1", "victim", name="Rosamund", age=78, gender="female", ethnicity="white_british",
           ethnicity_detail="She was White British.", living="family_home")
v.char("chronic_illness", "Rosamund developed arthritis in her hips and later heart failure")
v.char("disability", "from 2021 she used a wheeled walker outside the house")
v.char("domestic_abuse", "Tobiah had taken £600 from Rosamund's bank account without asking",
       "Domestic abuse by a grandson was not recognised as domestic abuse.",
       subtypes=["financial"])
v.svc("gp", "prior", "Rosamund was seen regularly for her heart condition and her arthritis, mostly by the practice nurse",
      "In June 2023 Rosamund saw her GP about poor sleep.")
v.svc("police", "prior", "Police were called to Rosamund's bungalow twice.",
      "An officer visited the next day. Rosamund said she had given him the money")
v.svc("adult_social_care", "prior", "an occupational therapist arranged grab rails and a perching stool",
      "A social worker visited in May.")
v.svc("housing", "prior", "Rosamund's bungalow was rented from Norringvale Council.",
      "The housing officer visited for a tenancy check in February 2023")
p = Person(d, "p1", "perpetrator", name="Tobiah", age=22, gender="male", ethnicity="white_british",
           ethnicity_detail="Tobiah was White British.", living="family_home")
p.char("educational_exclusion", "after two fixed-term exclusions in Year 10")
p.char("unemployment", "he had not worked for over two years and was receiving Universal Credit")
p.char("offending", "a conviction for criminal damage in 2021",
       "He had cautions for possession of cannabis at 17 and 18")
p.char("substance_misuse", "heavy cannabis use", "smoking cannabis in his room")
p.char("mental_health_current", "possible paranoid ideas in the context of cannabis use",
       "twice for anxiety")
p.char("history_of_violence", "two incidents in which he was reported to have pushed his mother during arguments in 2021")
p.char("household_substance_misuse",
       "Olwen had a long history of alcohol dependence and spent much of Tobiah's childhood in and out of treatment.")
p.char("parental_separation", "Tobiah's father, who left the family when Tobiah was five")
p.char("homelessness", "He slept on friends' sofas for a few weeks")
p.char("medication", "He stopped taking the sertraline after a few weeks")
p.char("non_engagement", "He was offered a place on a group course and did not attend.")
p.char("financial_issues", "his benefit payments were being reduced because of an overpayment")
p.svc("gp", "prior", "In January 2020 he was prescribed sertraline and referred to the local mental health trust.")
p.svc("mh_other", "prior", "Tobiah was assessed by the single point of access team",
      detail="Single point of access team (mental health trust)")
p.svc("acute_health", "prior", "Tobiah was taken by the police to the emergency department at Quaystone General Hospital")
p.svc("mh_other", "prior", "He was seen by the liaison mental health team", detail="Liaison mental health team")
p.svc("police", "prior", "Tobiah was known to the police for the earlier criminal damage")
p.svc("probation", "prior", "The Probation Service supervised Tobiah's community order")
p.svc("substance_misuse_services", "prior", "referred him to a drug service, which he attended twice")
p.svc("police", "after", "was arrested at the scene")
p.svc("prison", "after", "He was sentenced to life imprisonment")
cases.append(case(
    d, title="Rosamund", review_type="dhr", area="Norringvale", published="2025-02", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Tobiah struck Rosamund repeatedly with a walking stick and then with a heavy ornament in the living room.",
                      "Tobiah was convicted of murder at the Crown Court"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 78 beaten to death at her bungalow by her grandson, 22, who lived with her and had untreated paranoia and heavy cannabis use.",
    reference_individual=None, people=[v, p],
    relationship=("other_family", "Grandson living in her spare room for about eighteen months before the homicide.", [
        rc(d, "domestic_abuse", "Domestic abuse by a grandson was not recognised as domestic abuse."),
        rc(d, "financial_abuse", "Tobiah had taken £600 from Rosamund's bank account without asking"),
    ]),
    weapons=[wp(d, "blunt_object", "struck Rosamund repeatedly with a walking stick and then with a heavy ornament")],
    locations=[loc(d, "home", "at her bungalow in the west of the borough")],
    escalation_summary="A broken door panel in December 2022, growing paranoia and a plate thrown in spring 2023, money taken from her account in July 2023, then in the final week his mother refused to have him back and his benefits were cut.",
    markers=[mk(d, "threats_property_damage", "thrown a plate at the wall",
                "Officers found a broken glass panel in the kitchen door."),
             mk(d, "stress_debt_housing", "his benefit payments were being reduced because of an overpayment",
                "Tobiah had been told by his mother that he could not come back to her flat")],
    problems=[
        ("After the forearm bruise the nurse made no routine enquiry about how she was managing at home.",
         "Nuthatch Lane Surgery", "Routine enquiry",
         "there was no routine enquiry about how she was managing at home"),
        ("The bruising was not discussed with the GP.",
         "Nuthatch Lane Surgery", "Escalation within the practice",
         "the bruising was not discussed with the GP"),
        ("The GP did not ask what she meant by her grandson being 'not right' or whether she felt safe.",
         "Nuthatch Lane Surgery", "Asking directly about safety",
         "they did not ask what she meant by \"not right\" or whether she felt safe"),
        ("The liaison nurse recorded his address as his mother's flat, where he no longer lived.",
         "Rudderwick and Pimlow NHS Foundation Trust (liaison mental health team)", "Recording address",
         "recorded his address as his mother's flat, where he no longer lived"),
        ("The CMHT discharged him without phoning, checking his address with the GP or telling the GP.",
         "Rudderwick and Pimlow NHS Foundation Trust (community mental health team)", "Discharge after non-attendance",
         "no one telephoned him, checked his address with the GP, or told the GP that he had been discharged without being seen"),
        ("A non-attendance policy meant for people who chose not to come was applied to someone who probably never got the letters.",
         "Rudderwick and Pimlow NHS Foundation Trust", "Non-attendance policy",
         "was applied to someone who had probably never received the letters"),
        ("The crisis assessment did not ask who he lived with or consider risk to anyone at home.",
         "Rudderwick and Pimlow NHS Foundation Trust", "Risk to others in the household",
         "did not ask about who he lived with or who cared for him, and did not consider whether anyone at home might be at risk"),
        ("The December 2022 DASH was done with Rosamund while Tobiah was in the next room.",
         "Norringvale Constabulary", "Risk assessment",
         "A DASH risk assessment was completed with Rosamund while Tobiah was in the next room"),
        ("Adult social care was not told of the December 2022 call-out.",
         "Norringvale Constabulary", "Referral to adult social care",
         "Adult social care was not told."),
        ("In July 2023 the officer did not consider whether she was an adult at risk or check the earlier call.",
         "Norringvale Constabulary", "Adults at risk",
         "the officer did not consider whether Rosamund was an adult at risk, did not check the earlier call to the address"),
        ("The officer did not complete a DASH or share the report of financial abuse.",
         "Norringvale Constabulary", "Risk assessment and information sharing",
         "did not complete a DASH or share the information with any other agency"),
        ("His violence to his mother was not linked to calls at his grandmother's address because of how addresses were recorded.",
         "Norringvale Constabulary", "Linking records",
         "None of this history was linked to the calls at his grandmother's address because the address was recorded differently on the police system."),
        ("The social worker did not try to see Rosamund alone, speak to her sister or consider whether Tobiah was her carer.",
         "Norringvale Council adult social care", "Seeing the adult alone",
         "no attempt was made to see Rosamund on her own, to speak to the sister who had raised the concern, or to consider whether Tobiah was acting as her carer"),
        ("Probation did not treat his move to his grandmother's as a change of circumstance needing a fresh risk assessment.",
         "Probation Service", "Change of address and risk",
         "the move was not treated as a change of circumstance that called for a fresh look at risk"),
        ("His domestic abuse of his mother was not recorded in his risk assessment.",
         "Probation Service", "Risk assessment",
         "the domestic abuse towards his mother was not recorded as part of his risk assessment"),
        ("Abuse of an older woman by her grandson was not recognised as domestic abuse.",
         "Multiple agencies", "Domestic abuse by adult family members",
         "Domestic abuse by a grandson was not recognised as domestic abuse."),
        ("No one asked her alone or tested her statements that she was fine.",
         "Multiple agencies", "Professional curiosity",
         "It does find that no one asked her alone, no one asked what would happen if she said otherwise"),
        ("Information held by each agency was not joined up.",
         "Multiple agencies", "Information sharing",
         "Information was not joined up."),
    ]))

# ---------------------------------------------------------------- f14_02
d = D("f14_02_sar_mr_yelland_learning_brief.html")
v = Person(d, "v1", "victim", name="Mr Yelland", age_band="65_74", gender="male", ethnicity="white_british",
           ethnicity_detail="He was White British", living="alone")
v.char("chronic_illness", "He had multiple sclerosis")
v.char("disability", "used a wheelchair", "His speech had become slurred")
v.char("abuse_neglect_adult", "his son noticed cash withdrawals he did not recognise",
       "Mr Yelland said he had been \"handled roughly\"",
       subtypes=["financial", "physical"])
v.svc("private_sector", "prior", "He received four care calls a day from Tansywell Care Ltd")
v.svc("adult_social_care", "prior", "arranged and paid for by Pellowmarsh Council adult social care",
      "Adult social care screened the district nurse's concern")
v.svc("other", "prior", "A district nurse visited weekly for a pressure area check", detail="District nursing")
v.svc("gp", "prior", "he saw his GP at the Osgood Lane Medical Practice",
      "In December 2022 he told his GP he \"dreaded the mornings\".")
p = Person(d, "p1", "perpetrator", name="Vashti", age=34, gender="female")
p.svc("prison", "after", "was jailed for nine years")
cases.append(case(
    d, title="Mr Yelland", review_type="sar", area="Pellowmarsh", published="2024-10", incident_year=2023,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["pushed him from his wheelchair and struck him during a morning call",
                      "She was later convicted of manslaughter and of theft from him"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man in his late sixties with multiple sclerosis who died of a head injury after his paid home carer pushed him from his wheelchair and struck him; she had also stolen from him.",
    reference_individual="victim", people=[v, p],
    relationship=("other", "Paid home carer from an agency, covering most of his calls from mid-2022.", [
        rc(d, "carer", "his paid carer"),
        rc(d, "financial_abuse", "his son noticed cash withdrawals he did not recognise"),
        rc(d, "physical_abuse", "Mr Yelland said he had been \"handled roughly\""),
    ]),
    weapons=[wp(d, "non_accidental_injury", "pushed him from his wheelchair and struck him")],
    locations=[loc(d, "home", "during a morning call")],
    escalation_summary="Unexplained cash withdrawals in September 2022, bruises to both upper arms in November 2022 and his remark to the GP in December that he dreaded the mornings, before the fatal assault in January 2023.",
    markers=[],
    problems=[
        ("The agency treated the money concern as staff conduct and raised no safeguarding concern.",
         "Tansywell Care Ltd", "Provider safeguarding",
         "dealt with the money concern as a staff conduct matter and did not raise a safeguarding concern or tell the council"),
        ("The agency did not take up the carer's second reference or explore a gap in her employment.",
         "Tansywell Care Ltd", "Safer recruitment",
         "The agency had not taken up Vashti's second reference, and the gap in her employment history was not explored."),
        ("Adult social care sent the nurse's concern back to the provider to investigate itself.",
         "Pellowmarsh Council adult social care", "Independence of enquiries",
         "sent it to the agency to investigate itself"),
        ("The enquiry was given to the manager who had already spoken to the carer about the money.",
         "Pellowmarsh Council adult social care; Tansywell Care Ltd", "Conflict of interest",
         "The person asked to look into it was the manager who had already spoken to Vashti about the money."),
        ("No one spoke to him alone about the bruising; his speech difficulty was used as a reason not to.",
         "Multiple agencies", "Hearing the person",
         "No one spoke to Mr Yelland on his own about the bruising, and his speech difficulty was used as a reason not to."),
        ("The GP did not explore his dread of the mornings or link it to the open safeguarding concern.",
         "Osgood Lane Medical Practice", "Professional curiosity",
         "The GP did not ask what he meant about dreading the mornings and did not link it with the safeguarding concern already open."),
        ("No one agency held the whole picture.",
         "Multiple agencies", "Information sharing",
         "Nobody had the whole picture: the son, the nurse, the GP and the agency each held one piece."),
    ]))

# ---------------------------------------------------------------- f14_03
d = D("f14_03_scr_baby_zinnia_exec_summary.txt")
v = Person(d, "v1", "victim", name="Zinnia", age=0, gender="female", living="family_home")
v.char("abuse_neglect_child", "x-rays showed fractures to three ribs that were several weeks old",
       "he had shaken her on at least two occasions", subtypes=["physical"])
v.char("parent_mental_health", "She had a history of anxiety and had been treated for depression in her mid-teens.")
v.svc("health_visitor", "prior", "The health visitor's new birth visit took place when Zinnia was eleven days old")
v.svc("gp", "prior", "Romilly took her to the GP because she had a small bruise on her cheek.")
p = Person(d, "p1", "perpetrator", name="Roscoe", age=24, gender="male", ethnicity="white_british",
           ethnicity_detail="Both parents are White British.", living="family_home")
p.char("history_of_violence", "He had a caution for common assault on a former girlfriend in 2015")
p.char("offending", "He had a caution for common assault on a former girlfriend in 2015")
p.char("substance_misuse", "He smoked cannabis daily.")
p.char("unemployment", "was out of work for most of Romilly's pregnancy")
p.svc("police", "prior", "the police had been called to the couple's flat once in April 2017 when neighbours heard shouting")
p.svc("prison", "after", "He received a sentence of ten years and six months.")
cases.append(case(
    d, title="Baby Zinnia", review_type="scr", area="Quennock", published="2019-06", incident_year=2017,
    role="executive_summary", decision="include", reason="fatal_abuse",
    screening_quotes=["he pleaded guilty to her manslaughter and admitted that he had shaken her on at least two occasions",
                      "She had bleeding around the brain and in both eyes"],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Baby girl of three months who died of head injuries after being shaken by her father, with older rib fractures; a bruise at seven weeks was not referred.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Birth father, living with the baby and her mother.", [
        rc(d, "physical_abuse", "he had shaken her on at least two occasions"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "he had shaken her on at least two occasions")],
    locations=[loc(d, "home", "her father called an ambulance to the family flat")],
    escalation_summary="A police call-out for shouting in pregnancy, the father's remark at six weeks that he was at the end of his rope, a facial bruise at seven weeks (rib fractures dated to about then), then the fatal shaking at about fourteen weeks.",
    markers=[],
    problems=[
        ("Domestic abuse was asked about only with the father present and not again when the mother came alone.",
         "Midwifery services", "Routine enquiry about domestic abuse",
         "She was not asked again when she attended alone at 28 weeks."),
        ("The personal adviser did not pass on the police call-out to midwifery or children's social care.",
         "Quennock leaving care team", "Information sharing",
         "did not pass it on to midwifery or children's social care"),
        ("The health visitor did not ask how the father coped with the crying or whether he might hurt her.",
         "Health visiting service", "Assessing fathers",
         "She did not ask how Roscoe coped when Zinnia cried or whether he had ever felt he might hurt her."),
        ("The GP accepted the explanation of a bruise on a non-mobile baby and did not follow the practice's bruising protocol.",
         "GP practice", "Bruising in non-mobile babies",
         "The GP accepted the explanation given and did not follow the practice's own bruising protocol."),
        ("No professional recorded anything about the father's history, drug use or coping.",
         "Multiple agencies", "Fathers not assessed",
         "No professional recorded anything about his history, his drug use or his own account of how he managed."),
        ("The pre-birth referral was closed after one call with the mother, with no police check or midwifery contact.",
         "Quennock children's social care", "Pre-birth referrals",
         "The decision relied on a telephone call with Romilly alone, with no check with the police about Roscoe's previous caution and no contact with midwifery."),
        ("The leaving care service did not consider the expected baby.",
         "Quennock leaving care team", "Care leavers who become parents",
         "the baby she was expecting was not considered"),
        ("The young mother was not referred to the intensive health visiting service she was eligible for.",
         "Multiple agencies", "Support for young parents",
         "Romilly met the criteria for the local intensive health visiting service for young parents. No referral was made."),
    ]))

# ---------------------------------------------------------------- f14_04
d = D("f14_04_iir_mr_x_stranger_psychosis.txt")
v = Person(d, "v1", "victim", name="Mr Quenby", age=56, gender="male")
p = Person(d, "p1", "perpetrator", name="Mr X", age=31, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="Mr X is of Black Caribbean heritage.", living="shared_private")
p.char("mental_health_current", "diagnosed with a first presentation of psychotic illness")
p.char("mental_health_past", "left in his second year after a period of low mood")
p.char("substance_misuse", "He told the care coordinator he smoked cannabis \"to get to sleep\".")
p.char("medication", "he had probably not taken aripiprazole since early January",
       "she thought he had stopped taking his tablets")
p.char("unemployment", "had been unemployed since")
p.char("parental_separation", "His father left when he was a baby.")
p.svc("gp", "prior", "Mr X's GP sent a referral to the trust's early intervention team for psychosis")
p.svc("mh_iapt_early_intervention", "prior", "He was assessed within two weeks, diagnosed with a first presentation of psychotic illness",
      "he was seen by a care coordinator, a mental health nurse, roughly every two weeks")
p.svc("acute_health", "prior", "Mr X went to the emergency department at Stonecrop Infirmary")
p.svc("mh_other", "prior", "He was assessed by the psychiatric liaison team.", detail="Psychiatric liaison team")
p.svc("police", "after", "Mr X was arrested nearby later the same day.")
p.svc("mh_inpatient", "after", "He is now held in a medium secure unit under a hospital order")
cases.append(case(
    d, title="Mr X", review_type="iir", area="Sedgewell", published="2025-03", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Mr X, a man of 31, killed Mr Quenby, aged 56",
                      "He admitted manslaughter on the grounds of diminished responsibility"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 56 walking his dog killed with a hammer on a canal towpath by a stranger, 31, with a first episode of psychosis who had probably stopped his medication.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("stranger", "The two men had never met.", []),
    weapons=[wp(d, "blunt_object", "attacked him with a claw hammer he had bought that morning")],
    locations=[loc(d, "street_public", "on the towpath of the canal in Sedgewell")],
    escalation_summary="Loss of his care coordinator in December 2021, a move out of his mother's home and stopping his antipsychotic in January 2022, an emergency department attendance a week before saying he was being followed, and buying a hammer on the morning of the killing.",
    markers=[mk(d, "stopped_medication", "he had probably not taken aripiprazole since early January"),
             mk(d, "carrying_weapons", "a claw hammer he had bought that morning")],
    problems=[
        ("His case was left without a care coordinator for four months, not reallocated or escalated.",
         "Sedgewell and Stonecrop NHS Foundation Trust (early intervention team)", "Continuity of care",
         "did not reallocate his case or escalate the risk of holding it unallocated"),
        ("The risk assessment was not updated after the move, his mother's call or the ED attendance.",
         "Sedgewell and Stonecrop NHS Foundation Trust (early intervention team)", "Risk assessment",
         "The risk assessment was not updated after his move, after his mother's call, or after the emergency department attendance."),
        ("The duty worker relied on his own account without the history or his mother's information.",
         "Sedgewell and Stonecrop NHS Foundation Trust (early intervention team)", "Risk assessment",
         "The duty worker on 15 March relied on Mr X's own account without reference to the history or to what his mother had said."),
        ("Medication adherence was never checked after December 2021.",
         "Sedgewell and Stonecrop NHS Foundation Trust (early intervention team)", "Medication monitoring",
         "Mr X's medication adherence was never checked after December 2021."),
        ("His mother's call about stopped medication was never returned by a clinician.",
         "Sedgewell and Stonecrop NHS Foundation Trust (early intervention team)", "Family information",
         "No clinician returned it."),
        ("His mother was never invited to a meeting or given a contact number; the carers' policy was not followed.",
         "Sedgewell and Stonecrop NHS Foundation Trust", "Family involvement",
         "she was never invited to a meeting or given a contact number"),
        ("The liaison team's referral went to a general inbox and was not opened for nine days.",
         "Sedgewell and Stonecrop NHS Foundation Trust (psychiatric liaison team)", "Referral handling",
         "was sent by email to a general inbox and was not opened until 11 April"),
        ("Neither team monitored the seven-day review target.",
         "Sedgewell and Stonecrop NHS Foundation Trust (liaison and early intervention teams)", "Tracking referrals",
         "The seven-day target was not monitored by either team."),
        ("Cannabis use was never treated as a factor in relapse or risk.",
         "Sedgewell and Stonecrop NHS Foundation Trust (early intervention team)", "Dual diagnosis",
         "was never treated as a factor in his relapse or in his risk"),
        ("He was not referred to substance misuse services.",
         "Sedgewell and Stonecrop NHS Foundation Trust (early intervention team)", "Dual diagnosis",
         "He was not referred to substance misuse services."),
        ("The internal investigation did not speak to his mother or the victim's family.",
         "Sedgewell and Stonecrop NHS Foundation Trust", "Internal investigation",
         "It did not speak to Mr X's mother or to Mr Quenby's family."),
    ]))

# ---------------------------------------------------------------- f14_05
d = D("f14_05_dhr_stellan_council_web.html")
v = Person(d, "v1", "victim", name="Stellan", age=44, gender="male", ethnicity="not_reported",
           ethnicity_detail="Swedish by birth", living="family_home")
v.char("domestic_abuse", "She checked Stellan's phone, stopped him seeing his friends",
       "She hit him on several occasions, and once scalded his arm with a kettle of boiling water",
       "told him that no one would believe a man who said he was being abused",
       subtypes=["coercive_control", "physical", "emotional"])
v.char("migration_status", "He was Swedish by birth and had lived in England since his twenties")
v.svc("gp", "prior", "Attended in March 2022 with a burn to his forearm, which he said happened while cooking.")
v.svc("police", "prior", "Called by a neighbour in June 2022 after hearing screaming; Stellan said nothing had happened.")
v.svc("domestic_abuse_services", "prior", "Stellan called the helpline in August 2022 and was given a leaflet about support for men.")
p = Person(d, "p1", "perpetrator", name="Yelena", age=39, gender="female", living="family_home")
p.char("alcohol_misuse", "Attended two appointments in 2021 for help with her drinking",
       "She had been drinking heavily throughout the evening.")
p.char("mental_health_current", "Seen for anxiety and prescribed an antidepressant.")
p.char("non_engagement", "then stopped going")
p.char("history_of_violence", "She hit him on several occasions")
p.svc("gp", "prior", "Seen for anxiety and prescribed an antidepressant.")
p.svc("police", "prior", "Spoken to at the address; the officers recorded a verbal argument.")
p.svc("substance_misuse_services", "prior", "Attended two appointments in 2021 for help with her drinking")
p.svc("prison", "after", "is serving a life sentence")
cases.append(case(
    d, title="Stellan", review_type="dhr", area="Umberlow", published=None, incident_year=2022,
    role="other", decision="include", reason="homicide",
    screening_quotes=["Yelena stabbed Stellan in the neck with a kitchen knife",
                      "Yelena was found guilty of his murder in 2023"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Man of 44 stabbed in the neck at home by his female partner of three years after eighteen months of controlling and violent abuse, as he planned to end the relationship.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Together three years, living in his rented house; not said to be married.", [
        rc(d, "domestic_abuse", "the abuse Stellan suffered"),
        rc(d, "coercive_control", "She checked Stellan's phone, stopped him seeing his friends"),
        rc(d, "physical_abuse", "She hit him on several occasions, and once scalded his arm with a kettle of boiling water"),
        rc(d, "emotional_abuse", "told him that no one would believe a man who said he was being abused"),
        rc(d, "strain_separation", "he was planning to end the relationship and ask her to move out"),
    ]),
    weapons=[wp(d, "knife", "stabbed Stellan in the neck with a kitchen knife")],
    locations=[loc(d, "home", "killed at his home in Umberlow")],
    technology=[tech(d, "mobile_phone", "She checked Stellan's phone")],
    escalation_summary="Eighteen months of growing control, isolation and assaults including a scald, a police call in June 2022, his helpline call in August, then his plan to end the relationship weeks before she stabbed him after a night's heavy drinking.",
    markers=[mk(d, "separation", "he was planning to end the relationship and ask her to move out"),
             mk(d, "alcohol_drugs_before", "She had been drinking heavily throughout the evening.")],
    problems=[
        ("The GP did not ask how the burn happened or whether he was safe at home.",
         "Pascoe Road Surgery", "Routine enquiry with men",
         "The GP did not ask Stellan how the burn happened or whether he was safe at home"),
        ("Officers spoke to the couple together and did not complete a risk assessment.",
         "Umberlow Police", "Risk assessment",
         "spoke to Stellan and Yelena together and did not complete a risk assessment"),
        ("Officers did not consider that the man could be the victim.",
         "Umberlow Police", "Male victims",
         "They did not consider that the man could be the victim."),
        ("The helpline did not risk-assess him or offer the local outreach service open to men.",
         "Wickerby Domestic Abuse Service", "Male victims",
         "The helpline worker did not carry out a risk assessment with Stellan or offer him an appointment with the local outreach service"),
        ("The alcohol service closed her case after non-attendance without telling her GP.",
         "Umberlow alcohol service", "Discharge after non-attendance",
         "The alcohol service closed Yelena's case after she stopped attending, without telling her GP."),
        ("Some professionals shared the idea that men are not victims of domestic abuse, which hid his abuse.",
         "Multiple agencies", "Gender assumptions",
         "the abuse Stellan suffered was hidden in part by the idea, shared by some professionals and by Stellan himself, that men are not victims of domestic abuse"),
    ]))

# ---------------------------------------------------------------- f14_06
d = D("f14_06_sar_adult_vn_fire_hoarding.txt")
v = Person(d, "v1", "victim", name="Adult VN", age=69, gender="male", living="alone")
v.char("chronic_illness", "He had chronic obstructive pulmonary disease")
v.char("disability", "He walked with a stick and had had several falls.")
v.char("other", "From about 2018 the house filled up with newspapers, magazines, carrier bags and broken electrical goods.",
       detail="Hoarding")
v.char("social_isolation", "Adult VN's long history of hoarding and his isolation were never explored.")
v.char("non_engagement", "closed the case because he refused support",
       "Adult VN did not see himself as needing help.")
v.svc("adult_social_care", "prior", "After the first two, a social worker visited")
v.svc("gp", "prior", "His GP practice, the Yasmin Road Health Centre, saw him at home for annual reviews of his lung disease.")
v.svc("other", "prior", "A specialist respiratory nurse from Vinterham Community Health Services visited him in 2021",
      detail="Community respiratory nursing")
v.svc("other", "prior", "Vinterham Fire and Rescue Service visited in June 2021 to check the house for fire safety",
      detail="Fire and rescue service")
v.svc("private_sector", "prior", "The oxygen supply company visited every three months.")
cases.append(case(
    d, title="Adult VN", review_type="sar", area="Vinterham", published="2024-04", incident_year=2023,
    role="overview_report", decision="exclude", reason="self_neglect",
    screening_quotes=["The concern was self-neglect, including hoarding.",
                      "found nothing to suggest that another person had a part in it"],
    category=None, incident_type=None, fatal=True,
    description="Man of 69 with lung disease on home oxygen, living alone in a hoarded house, who died in a fire most probably started by his cigarette.",
    reference_individual="victim", people=[v],
    problems=[
        ("Capacity was treated as a yes/no question about refusing help, not about understanding and acting on the fire risk.",
         "Vinterham Council adult social care", "Mental capacity",
         "No one looked at whether he understood the fire risk of smoking near oxygen surrounded by paper, or whether he could act on what he understood."),
        ("The fire service's concern was not looked at on its merits; the six-month rule was used to take no action.",
         "Vinterham Council adult social care", "Repeat safeguarding concerns",
         "The six-month rule was applied as a reason for no action."),
        ("The professionals never met together.",
         "Multiple agencies", "Multi-agency working",
         "At no point did the professionals meet together."),
        ("The self-neglect and hoarding protocol was not used, and several professionals did not know of it.",
         "Multiple agencies", "Use of the self-neglect protocol",
         "none of the professionals involved used it, and several told the review they did not know it existed"),
        ("Continued oxygen for a heavy smoker was not reviewed after the engineer's report.",
         "Vinterham Community Health Services (respiratory service)", "Oxygen and fire risk",
         "was not reviewed by the respiratory service after the engineer's report"),
        ("The GP noted the hoarding at each review but raised no further concern and spoke to no other agency.",
         "Yasmin Road Health Centre", "Escalating concerns",
         "did not raise a further concern after 2019 or speak to other agencies"),
        ("His history of hoarding and isolation was never explored.",
         "Multiple agencies", "Understanding the person",
         "Adult VN's long history of hoarding and his isolation were never explored."),
    ]))

# ---------------------------------------------------------------- f14_07
d = D("f14_07_csp_wrenlough_annual_report.txt")
cases.append(case(
    d, title=None, review_type="other", area="Wrenlough", published=None, incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Annual Report, April 2023 to March 2024",
                      "At 31 March 2024 the Partnership had four Domestic Homicide Reviews open."],
    category=None, incident_type=None, fatal=None,
    description="Community Safety Partnership annual report with crime figures, priorities and a count of open Domestic Homicide Reviews; it describes no case.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f14_08
d = D("f14_08_cspr_child_rx_county_lines.txt")
v = Person(d, "v1", "victim", name="Child RX", age=15, gender="male", ethnicity="black_african",
           ethnicity_detail="Black British of Somali heritage", living="family_home")
v.char("criminal_exploitation", "he was at risk of criminal exploitation",
       "Child RX was a child being exploited by adults and older teenagers.")
v.char("drug_dealing", "drugs that Child RX had been made to carry for a line run from Zennerby",
       "Arrested for possession with intent to supply")
v.char("missing_episodes", "Child RX went missing from home on at least nine occasions")
v.char("carrying_weapons", "being found with a knife in his bag")
v.char("educational_exclusion", "permanently excluded in February 2024 after a fight",
       "He was excluded for five days in November 2023")
v.char("send", "He was identified in Year 7 as having dyslexia")
v.char("parental_separation", "His father returned to Somalia when Child RX was eight and had not had contact since.")
v.char("english_additional_language", "The family spoke Somali at home")
v.char("child_in_need_protection", "Child RX made subject of a child in need plan.")
v.char("offending", "Arrested for possession with intent to supply",
       "out-of-court disposal for an earlier assault on another boy")
v.char("history_of_violence", "an earlier assault on another boy")
v.svc("school", "prior", "Head of year records that Child RX has new expensive trainers and two phones.",
      "He then attended the Ruddock Street Pupil Referral Unit.")
v.svc("police", "prior", "Child RX reported missing by mother; returns next day.",
      "Arrested for possession with intent to supply; released under investigation.")
v.svc("csc_cin_cp", "prior", "Child RX made subject of a child in need plan.")
v.svc("youth_offending", "prior", "Assessed following out-of-court disposal for an earlier assault on another boy; youth worker allocated.")
p1 = Person(d, "p1", "perpetrator", name="Yannick", age=19, gender="male")
p1.char("offending", "He had convictions for robbery and possession of a knife")
p1.char("history_of_violence", "He had convictions for robbery")
p1.char("carrying_weapons", "possession of a knife")
p1.char("gang_affiliation", "He was known to the police as a member of a local group linked to drug supply.")
p1.char("drug_dealing", "a member of a local group linked to drug supply")
p1.char("looked_after", "had been looked after for two years as a teenager")
p1.svc("prison", "prior", "on licence from a young offender institution at the time of the attack")
p1.svc("police", "prior", "He was known to the police as a member of a local group linked to drug supply.")
p1.svc("csc_looked_after", "prior", "had been looked after for two years as a teenager")
p2 = Person(d, "p2", "perpetrator", name="two younger boys", age_band="16_17", gender="male")
p2.svc("youth_offending", "prior", "The two younger boys were both known to the Youth Justice Service")
p2.svc("school", "prior", "one of them had been at the pupil referral unit with Child RX")
cases.append(case(
    d, title="Child RX", review_type="scr", area="Yarrowdene", published="2025-09", incident_year=2024,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["He was stabbed several times and died at the scene.",
                      "Three young people were convicted of his murder in 2025."],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Boy of 15, criminally exploited in a county line, stabbed to death on a footpath by a group of three young people aged 16 to 19 over a supposed drug debt.",
    reference_individual="victim", people=[v, p1, p2],
    relationship=("friend_acquaintance", "Known to him by sight from the area; one had been at the same pupil referral unit; the group said he owed them over lost drugs.", [
        rc(d, "other", "Intelligence received that Child RX \"owes\" a local group money and has been threatened.",
           detail="Drug debt"),
    ]),
    weapons=[wp(d, "knife", "He was stabbed several times")],
    locations=[loc(d, "street_public", "on a footpath behind a parade of shops")],
    escalation_summary="Signs of exploitation from September 2023, a knife in school, arrest in a trap house in Zennerby, permanent exclusion, repeated missing episodes and an injury, then police intelligence in June 2024 that he owed money and had been threatened, days before he was killed.",
    markers=[mk(d, "threats_property_damage", "Intelligence received that Child RX \"owes\" a local group money and has been threatened."),
             mk(d, "missing_moving", "Child RX went missing from home on at least nine occasions"),
             mk(d, "carrying_weapons", "being found with a knife in his bag"),
             mk(d, "stress_debt_housing", "he was thought by the group to have lost a package")],
    problems=[
        ("The police did not use the NRM decision when considering whether to charge him, and the investigation was left hanging over him.",
         "Zennerby Police", "Exploited children treated as offenders",
         "the police did not use the National Referral Mechanism decision when considering whether to charge him"),
        ("The strategy discussion did not consider significant harm from outside the family; he stayed on a child in need plan.",
         "Yarrowdene Children's Services", "Extra-familial harm",
         "the strategy discussion in January 2024 did not consider whether he was suffering significant harm from outside the family"),
        ("The plan focused on his mother's supervision, not on those exploiting him.",
         "Yarrowdene Children's Services", "Planning for exploitation",
         "the plan focused on his mother's supervision rather than on the people exploiting him"),
        ("Only two return home interviews took place, neither with a worker he knew.",
         None, "Return home interviews",
         "only two took place, and neither was with a worker he knew"),
        ("What the return home interviews found was not shared with the school or youth justice worker.",
         None, "Information sharing",
         "The information from them was not shared with the school or the youth justice worker."),
        ("The academy excluded him, knowing he was exploited, without calling professionals together.",
         "Thornquist Academy", "Exclusion of exploited children",
         "excluded him without first calling the other professionals together, although it knew he was being exploited"),
        ("The part-time timetable at the pupil referral unit left him free every afternoon.",
         "Ruddock Street Pupil Referral Unit", "Part-time timetables",
         "The part-time timetable at the pupil referral unit left him with every afternoon free."),
        ("The child in need plan was not updated at the May review.",
         "Yarrowdene Children's Services", "Review of plans",
         "Social worker changes. Plan not updated."),
        ("The June intelligence about threats was filed and not seen by the new social worker until after his death.",
         "Yarrowdene Children's Services", "Handling of intelligence",
         "it was placed on file and the new social worker did not see it until after Child RX had died"),
        ("Assessments did not consider his identity as a young Black boy and how professionals saw him.",
         "Multiple agencies", "Race and adultification",
         "assessments did not consider how being a young Black boy affected the way professionals saw him"),
    ]))

# ---------------------------------------------------------------- f14_09
d = D("f14_09_dhr_ursula_passive.txt")
v = Person(d, "v1", "victim", name="Ursula", age_band="adult_unknown", gender="female", ethnicity="white_british",
           ethnicity_detail="Both Ursula and Philomena were recorded as White British.", living="family_home")
v.char("chronic_illness", "she had type 2 diabetes")
v.char("caring_responsibilities", "who was regarded by services as her main carer")
v.char("domestic_abuse", "a cup had been thrown at her", "Ursula was found with a cut to her lip.",
       subtypes=["physical"])
v.svc("mh_other", "prior", "a call was made to the trust's crisis line by Ursula", detail="Mental health crisis line")
v.svc("police", "prior", "Ursula was found with a cut to her lip.")
v.svc("gp", "prior", "Ursula was seen by her GP at Quillery Road Medical Practice in September 2023 for a diabetes review.")
p = Person(d, "p1", "perpetrator", name="Philomena", age=43, gender="female", ethnicity="white_british",
           ethnicity_detail="Both Ursula and Philomena were recorded as White British.", living="family_home")
p.char("mental_health_current", "Philomena had been diagnosed with paranoid schizophrenia in her twenties.",
       "Philomena was hearing voices telling her that her mother had been replaced by an impostor")
p.char("unemployment", "Philomena had not worked since 2004.")
p.char("medication", "it was noted by the care coordinator that two depot injections had been missed")
p.char("history_of_violence", "a cup had been thrown at her")
p.svc("mh_community", "prior", "Philomena was seen by the community mental health team of Oriel Vale NHS Foundation Trust")
p.svc("mh_inpatient", "prior", "She had been admitted to hospital under the Mental Health Act on four occasions, the last in 2019.")
p.svc("police", "prior", "Philomena was described by officers as \"agitated and talking to herself\"")
p.svc("police", "after", "was arrested at the address on the same day")
p.svc("mh_inpatient", "after", "she remains in a secure hospital")
cases.append(case(
    d, title="Ursula", review_type="dhr", area="Orvelston", published="2025-07", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Ursula was strangled by Philomena in the kitchen of their home.",
                      "a verdict of not guilty by reason of insanity was returned"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman in her seventies strangled at home by her daughter, 43, who had paranoid schizophrenia, had missed depot injections and believed her mother was an impostor.",
    reference_individual=None, people=[v, p],
    relationship=("child_to_parent", "Adult daughter living with her mother, who was treated by services as her main carer.", [
        rc(d, "carer", "who was regarded by services as her main carer"),
        rc(d, "physical_abuse", "a cup had been thrown at her"),
        rc(d, "domestic_abuse", "The August 2023 incident was not recognised by the police as domestic abuse."),
    ]),
    weapons=[wp(d, "strangulation", "Ursula was strangled by Philomena")],
    locations=[loc(d, "home", "in the kitchen of their home")],
    escalation_summary="Missed depot injections in spring 2023, a crisis line call in July in which her mother reported command hallucinations about her and a thrown cup, an injury to her mother in August, then the strangling in October.",
    markers=[mk(d, "stopped_medication", "two depot injections had been missed"),
             mk(d, "threats_property_damage", "a cup had been thrown at her")],
    problems=[
        ("The crisis line call was treated as a message, not a safeguarding concern.",
         "Oriel Vale NHS Foundation Trust (crisis line)", "Safeguarding response",
         "The crisis line call was treated as a message for the care coordinator rather than as a safeguarding concern."),
        ("The risk from Philomena to her mother was not recognised despite command hallucinations about her.",
         "Oriel Vale NHS Foundation Trust (community mental health team)", "Risk to family members",
         "the risk posed by Philomena to her mother was not recognised by the community mental health team"),
        ("At the follow-up visit Ursula was not spoken to.",
         "Oriel Vale NHS Foundation Trust (community mental health team)", "Hearing carers",
         "Ursula was not spoken to."),
        ("Ursula was never offered a carer's assessment or asked her views; the carers' policy was not followed.",
         "Oriel Vale NHS Foundation Trust", "Carers",
         "she was never offered a carer's assessment, and her views were not sought"),
        ("The consultant was not told of the missed depot injections.",
         "Oriel Vale NHS Foundation Trust (community mental health team)", "Medication non-adherence",
         "The consultant psychiatrist was not informed of the missed depot injections"),
        ("The history of non-adherence before relapse was not taken into account.",
         "Oriel Vale NHS Foundation Trust (community mental health team)", "Risk assessment",
         "this history was not taken into account"),
        ("Police did not recognise the August incident as domestic abuse and did not complete a DASH.",
         "Police", "Adult family violence",
         "The August 2023 incident was not recognised by the police as domestic abuse."),
        ("Neither the police nor the trust referred Ursula to adult social care.",
         "Police; Oriel Vale NHS Foundation Trust", "Referral to adult social care",
         "Adult social care was not contacted by either the police or the trust"),
        ("The triage car referral was not linked with the crisis line call.",
         "Oriel Vale NHS Foundation Trust", "Linking records",
         "was not linked with the July crisis line call"),
        ("The GP practice made no routine enquiry about domestic abuse.",
         "Quillery Road Medical Practice", "Routine enquiry",
         "no routine enquiry about domestic abuse was made by the GP practice"),
    ]))

# ---------------------------------------------------------------- f14_10
d = D("f14_10_cspr_rapid_review_neglect_letter.txt")
v1 = Person(d, "v1", "victim", name="Child OZ", age=2, gender="female", living="family_home")
v1.char("abuse_neglect_child", "both children were dirty and in soiled clothing",
        "Child OZ was admitted to hospital with severe nappy rash, dehydration and weight below the second centile.",
        subtypes=["neglect"])
v1.char("parent_mental_health", "The GP practice had seen the mother for low mood in 2024 and prescribed an antidepressant.")
v1.svc("health_visitor", "prior", "The family was known to the health visiting service.")
v1.svc("acute_health", "after", "Child OZ was admitted to hospital")
v1.svc("csc_looked_after", "after", "The children are now with their maternal grandmother under an interim care order.")
v2 = Person(d, "v2", "victim", name="Child PZ", age=4, gender="male", living="family_home")
v2.char("abuse_neglect_child", "both children were dirty and in soiled clothing",
        "Child PZ had untreated dental decay and head lice.", subtypes=["neglect"])
v2.char("parent_mental_health", "The GP practice had seen the mother for low mood in 2024 and prescribed an antidepressant.")
v2.svc("other", "prior", "Child PZ attended a nursery three mornings a week until November 2024", detail="Nursery")
v2.svc("health_visitor", "prior", "The family was known to the health visiting service.")
v2.svc("csc_looked_after", "after", "The children are now with their maternal grandmother under an interim care order.")
p = Person(d, "p1", "perpetrator", name="the children's mother", age=23, gender="female", living="family_home")
p.char("abuse_neglect_child", "had been on a child protection plan for neglect at the age of nine", subtypes=["neglect"])
p.char("child_in_need_protection", "had been on a child protection plan for neglect at the age of nine")
p.char("mental_health_current", "The GP practice had seen the mother for low mood in 2024 and prescribed an antidepressant.")
p.svc("gp", "prior", "The GP practice had seen the mother for low mood in 2024")
p.svc("police", "prior", "a contact from the police in September 2024 after the mother was found drunk in the town centre")
p.svc("csc_cin_cp", "prior", "had been on a child protection plan for neglect at the age of nine")
p.svc("police", "after", "She has since been charged with child cruelty by neglect.")
cases.append(case(
    d, title="Child OZ and Child PZ", review_type="scr", area="Tewinsby", published="2025-03", incident_year=2025,
    role="other", decision="exclude", reason="neglect",
    screening_quotes=["The children have been seriously harmed, and neglect is known.",
                      "Neither child had any injury suggesting physical abuse, and there is no suggestion of sexual abuse."],
    category=None, incident_type=None, fatal=False,
    description="Girl of two and boy of four found alone in a cold flat with little food, dirty and unwell; serious neglect by their mother, no local review commissioned.",
    reference_individual="victim", people=[v1, v2, p],
    relationship=("parent_to_child", "Mother of both children.", [
        rc(d, "neglect", "She has since been charged with child cruelty by neglect."),
    ]),
    problems=[
        ("Health visiting closed Child OZ to the universal service after missed reviews without checks or considering neglect.",
         "Health visiting service", "Missed health reviews",
         "without checking with the nursery or the GP, and without considering whether the missed contacts were a sign of neglect"),
        ("The nursery did not follow up stopped attendance or share it.",
         "Nursery", "Non-attendance in early years",
         "The nursery did not follow up Child PZ's stopped attendance"),
        ("The no-further-action decision was made without checking the mother's history or seeing the children.",
         "Tewinsby Children's Services", "Front door decisions",
         "without a check of the mother's own history with children's services, and without seeing the children"),
        ("The GP practice did not consider the effect of the mother's low mood and drinking on the children.",
         "GP practice", "Think family",
         "The GP practice did not consider the impact of the mother's low mood and drinking on the care of her children."),
        ("The practice did not record that she had two young children at home.",
         "GP practice", "Recording children in the household",
         "The practice did not record that she had two young children at home."),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
