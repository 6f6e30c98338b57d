"""Build gold.json for frozen-f5 from the hand coding below.

FROZEN batch: this file holds the answers. Do not read it before scoring a finished change.

Run from anywhere: python3 examples/frozen-f5/build_gold.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py, shared by every batch
from goldlib import Doc, Person, case, loc, mk, rc, stats, tech, wp, write  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
cases, docs = [], []


def D(name):
    d = Doc(CORPUS, name, wrapped=True)  # whitespace collapsed: f5_02 is hard-wrapped like a scan
    docs.append(d)
    return d


# ---------------------------------------------------------------- f5_01 (web page, male victim)
d = D("f5_01_dhr_gareth_web.html")
v = Person(d, "v1", "victim", name="Gareth", age=47, gender="male", ethnicity="white_british",
           ethnicity_detail="White Welsh", living="family_home")
v.char("disability", "He had used a wheelchair since a spinal injury at work in 2016")
v.char("unemployment", "had not worked since")
v.char("domestic_abuse", "Gareth experienced physical abuse, emotional abuse and financial abuse from Leanne",
       subtypes=["physical", "emotional", "financial"])
v.svc("police", "prior", "Brindlecote Police attended the flat twice, in February and March 2022")
v.svc("gp", "prior", "Gareth's GP practice saw him in January 2022 with a burn to the back of his hand.")
v.svc("adult_social_care", "prior", "Adult social care reviewed his care and support plan in 2021")
p = Person(d, "p1", "perpetrator", name="Leanne", age=39, gender="female", living="family_home")
p.char("alcohol_misuse", "She drank heavily")
p.char("offending", "in 2018 she had been convicted of assaulting a previous partner")
p.char("history_of_violence", "in 2018 she had been convicted of assaulting a previous partner")
p.char("caring_responsibilities", "From 2020 Leanne was his main carer and was paid a carer's allowance.")
p.svc("police", "prior", "Brindlecote Police attended the flat twice, in February and March 2022")
p.svc("gp", "prior", "Leanne was referred by her GP to the Crestmoor Recovery Service for her drinking in 2021.")
p.svc("substance_misuse_services", "prior", "She attended a first appointment.")
p.svc("adult_social_care", "prior", "completed a carer's assessment with Leanne")
p.svc("prison", "after", "received a life sentence with a minimum term of 16 years")
cases.append(case(
    d, title="Gareth", review_type="dhr", area="Brindlecote", published="2023-11", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Gareth died in April 2022 of one knife wound to his chest",
                      "Leanne was convicted of his murder at Fairlow Crown Court in January 2023"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Disabled man of 47 stabbed with a kitchen knife at home by his partner, who was his paid carer and had abused him physically, emotionally and financially.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Partners of about three years living together; she was his main, paid carer.", [
        rc(d, "carer", "From 2020 Leanne was his main carer"),
        rc(d, "domestic_abuse", "Gareth experienced physical abuse, emotional abuse and financial abuse from Leanne"),
        rc(d, "physical_abuse", "Gareth experienced physical abuse, emotional abuse and financial abuse from Leanne"),
        rc(d, "emotional_abuse", "Gareth experienced physical abuse, emotional abuse and financial abuse from Leanne"),
        rc(d, "financial_abuse", "She took control of his benefits and his bank card"),
    ]),
    weapons=[wp(d, "knife", "inflicted with a kitchen knife")],
    locations=[loc(d, "home", "at the flat he shared with his partner")],
    escalation_summary="Abuse over at least the last year of his life; police were called to the flat twice in the two months before his death.",
    problems=[
        ("Officers recorded Gareth as the suspect because he was shouting and did not speak to him away from Leanne.",
         "Brindlecote Police", "Primary aggressor; male victims",
         "When officers attended in February 2022 they recorded Gareth as the suspect because he was the one shouting"),
        ("No DASH was completed with Gareth after either attendance, so MARAC was never considered.",
         "Brindlecote Police", "Risk assessment",
         "No domestic abuse risk assessment (DASH) was completed with Gareth after either police attendance"),
        ("The GP practice recorded the burn as an accident without asking how it happened.",
         "GP practice", "Routine enquiry about injuries",
         "The GP practice recorded the burn to Gareth's hand as an accident without asking how it had happened or who was present."),
        ("The carer's assessment was done with Gareth present and he was never asked alone if he felt safe.",
         "Brindlecote adult social care", "Seeing the cared-for person alone",
         "Adult social care completed Leanne's carer's assessment with Gareth sitting in the same room"),
        ("No agency considered that a disabled man could be abused by the person who cared for him.",
         "Multiple agencies", "Male and disabled victims; abuse by carers",
         "None of the agencies that had contact with Gareth considered that a disabled man could be a victim of domestic abuse from the person who cared for him."),
    ]))

# ---------------------------------------------------------------- f5_02 (scanned overview, homicide-suicide)
d = D("f5_02_dhr_celia_desmond_scan.txt")
v = Person(d, "v1", "victim", name="Celia", age=68, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("chronic_illness", "Celia was diagnosed with Parkinson's disease in 2017.")
v.char("disability", "By 2021 she needed help with dressing, bathing and getting in and out of bed")
v.char("domestic_abuse", "Harriet's account describes control of money, restriction of Celia's friendships",
       "experienced physical abuse, including the incident in the 1990s that Harriet described.",
       subtypes=["coercive_control", "financial", "physical"])
v.svc("gp", "prior", "Practice nurse sees Celia for blood pressure")
v.svc("acute_health", "prior", "She was seen every six months by a Parkinson's nurse specialist from Hallowfield University Hospitals.",
      "Admitted with fractured wrist.")
v.svc("ambulance", "prior", "Called after Celia falls at home.")
v.svc("adult_social_care", "prior", "The social worker visited on 19 July and spoke to Celia with Desmond present throughout.")
v.svc("police", "prior", "Officers spoke to Celia and Desmond together in the living room.")
p = Person(d, "p1", "perpetrator", name="Desmond", age=71, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
p.char("chronic_illness", "Desmond was given a diagnosis of prostate cancer, which his consultant described as slow-growing and to be managed by monitoring")
p.char("mental_health_current", "Desmond sees GP with low mood and poor sleep",
       "Desmond's low mood in 2022 was treated in primary care.")
p.char("caring_responsibilities", "Desmond provided all of her care")
p.char("non_engagement", "Desmond does not attend review appointment.", "declined a carer's assessment for himself")
p.svc("gp", "prior", "Desmond sees GP with low mood and poor sleep")
p.svc("acute_health", "prior", "Urology clinic: Desmond told of his diagnosis.")
p.svc("police", "prior", "Shotgun certificate renewed.", "Officers spoke to Celia and Desmond together in the living room.")
cases.append(case(
    d, title="Celia and Desmond", review_type="dhr", area="Aldercombe", published="2023-09", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Desmond shot Celia with his shotgun in the kitchen of their bungalow and then turned the gun on himself.",
                      "concluded in March 2023 that Celia was unlawfully killed"],
    category="intimate_partner_violence", incident_type="homicide_suicide", fatal=True,
    description="Woman of 68 with Parkinson's disease shot at home by her husband and sole carer, 71, who then shot himself; decades of coercive control known only to the family.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married since 1976; he was her sole carer.", [
        rc(d, "carer", "Desmond provided all of her care"),
        rc(d, "domestic_abuse", "Harriet's account describes control of money, restriction of Celia's friendships"),
        rc(d, "coercive_control", "He decided how money was spent, checked the receipts after her mother went shopping"),
        rc(d, "financial_abuse", "He decided how money was spent, checked the receipts after her mother went shopping"),
        rc(d, "physical_abuse", "after her father pushed her against the kitchen door"),
        rc(d, "emotional_abuse", "he had said \"there is only one way this ends\""),
    ]),
    weapons=[wp(d, "gun", "Desmond shot Celia with his shotgun")],
    locations=[loc(d, "home", "in the kitchen of their bungalow")],
    escalation_summary="His cancer diagnosis in January 2022 and the demands of caring made him more volatile; low mood in May, a thrown plate and a threat in August, a police call-out in September.",
    markers=[mk(d, "adverse_life_event", "In January 2022 Desmond was given a diagnosis of prostate cancer",
                "Harriet said the diagnosis \"changed him\""),
             mk(d, "threats_property_damage", "thrown a plate across the kitchen",
                "he had said \"there is only one way this ends\""),
             mk(d, "concealment_stigma", "he had not told his GP how much he was struggling because he did not want \"anyone in the village\" to know"),
             mk(d, "disengaged_services", "Desmond does not attend review appointment.")],
    problems=[
        ("The practice nurse did not explore Celia's comment about Desmond's anger and the restriction on ringing her sister, and did not tell the GP.",
         "Lowmarsh Surgery (practice nurse)", "Disclosure not explored; carer strain framing",
         "Finding 1. The practice nurse did not explore Celia's comment of 21 June 2022"),
        ("No firearms marker was placed after the 2019 renewal, so the antidepressant prescription prompted no contact with firearms licensing.",
         "Lowmarsh Surgery", "Firearms and health information",
         "Finding 2. Lowmarsh Surgery did not place a firearms marker on Desmond's record after the 2019 renewal"),
        ("The July 2022 assessment was done without seeing Celia alone, and Desmond's refusal of care and a carer's assessment was accepted without exploration.",
         "Aldercombe County Council Adult Social Care", "Seeing the adult alone",
         "Finding 3. The adult social care assessment in July 2022 was completed without Celia being seen alone"),
        ("The contact centre logged Harriet's call about a threat and violence as information only and did not pass it on.",
         "Aldercombe County Council Adult Social Care (contact centre)", "Information about closed cases",
         "Finding 4. The adult social care contact centre logged Harriet's call of 24 August 2022 as \"information only\""),
        ("Officers completed the DASH with Desmond present, did not check the firearms database and did not inform firearms licensing.",
         "Aldercombe Police", "Risk assessment; firearms",
         "Finding 5. Officers completed the DASH risk assessment with Desmond in the room and did not check the firearms database"),
        ("Across agencies carer strain was taken as the explanation and domestic abuse in an older couple was not considered.",
         "Multiple agencies", "Domestic abuse of older people hidden by caring",
         "Finding 6. Across agencies, the strain of caring was treated as the explanation for what professionals saw"),
        ("Desmond's missed GP review in June 2022 was not followed up.",
         "Lowmarsh Surgery", "Was not brought / missed appointments",
         "Finding 7. Desmond's missed GP review in June 2022 was not followed up."),
    ]))

# ---------------------------------------------------------------- f5_03 (SAR, cuckooing, non-fatal)
d = D("f5_03_sar_kenneth_sections.txt")
v = Person(d, "v1", "victim", name="Kenneth", age=58, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="alone")
v.char("learning_disability", "He has a moderate learning disability and epilepsy.")
v.char("chronic_illness", "He has a moderate learning disability and epilepsy.")
v.char("social_isolation", "After his mother's death Kenneth was lonely.")
v.char("criminal_exploitation", "Kenneth was exploited in his own home: his flat was taken over and used as a base for dealing drugs")
v.char("abuse_neglect_adult", "He was also financially abused.",
       "From the autumn of 2021 Kenneth's benefits were being withdrawn from his account on the day they were paid.",
       subtypes=["financial"])
v.svc("adult_social_care", "prior", "He received four hours of support a week from an adult social care-funded support worker",
      "The duty worker called Kenneth")
v.svc("other", "prior", "went to the Ellerdine Day Centre three days a week", detail="Day centre")
v.svc("housing", "prior", "Housing Services treated the complaints as anti-social behaviour by Kenneth.")
v.svc("police", "prior", "Kenneth was spoken to as a witness.")
v.svc("gp", "prior", "Kenneth's GP reviewed his epilepsy medication in 2022")
v.svc("ambulance", "after", "Kenneth was taken by ambulance to Caverleigh Royal Infirmary.")
v.svc("acute_health", "after", "He spent three weeks in Caverleigh Royal Infirmary.")
v.svc("adult_social_care", "after", "adult social care carried out a section 42 enquiry and arranged an independent advocate")
p = Person(d, "p1", "perpetrator", name="Mr J", age=29, gender="male")
p.char("drug_dealing", "possession of Class A drugs with intent to supply")
p.char("offending", "Mr J was managed by the Probation Service on licence following a sentence for robbery.")
p.char("history_of_violence", "Mr J's history of violence")
p.svc("probation", "prior", "Mr J was managed by the Probation Service on licence following a sentence for robbery.")
p.svc("prison", "prior", "who had been released from prison on licence a few months earlier")
p.svc("police", "prior", "Mr J and two other men were arrested.")
p.svc("police", "after", "Mr J was arrested two days after the assault and remanded in custody.")
p.svc("prison", "after", "was sentenced to eleven years' imprisonment")
cases.append(case(
    d, title="Kenneth", review_type="sar", area="Caverleigh", published="2024-03", incident_year=2022,
    role="overview_report", decision="include", reason="physical_assault",
    screening_quotes=["was seriously assaulted in his own flat in November 2022 by a man who had been using the flat to store and sell drugs",
                      "He was convicted of causing grievous bodily harm with intent"],
    category="adult_peer_violence", incident_type="non_fatal_injury", fatal=False,
    description="Man of 58 with a learning disability, whose flat had been taken over for drug dealing, beaten with a table leg by the man using it when he asked him to leave.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "A younger man Kenneth regarded as a friend, who stayed at and dealt drugs from his flat.", [
        rc(d, "financial_abuse", "He told the day centre he had \"lent\" his bank card to Mr J."),
        rc(d, "other", "his flat was taken over and used as a base for dealing drugs, a practice often called cuckooing",
           detail="Cuckooing"),
    ]),
    weapons=[wp(d, "blunt_object", "having been beaten with a table leg")],
    locations=[loc(d, "home", "seriously assaulted in his own flat")],
    escalation_summary="From 2021 his flat was taken over for drug dealing and his benefits taken; after a police warrant in May 2022 Mr J kept using the flat, and assaulted him when asked to leave.",
    problems=[
        ("The October 2021 concern was closed after one phone call with Mr J present, without a face-to-face enquiry or a capacity assessment.",
         "Caverleigh City Council Adult Social Care", "Exploitation concerns closed by telephone",
         "Adult social care closed the October 2021 safeguarding concern after a single telephone call made while the person causing concern was present"),
        ("No capacity assessment about letting Mr J use his bank card.",
         "Caverleigh City Council Adult Social Care", "Mental capacity",
         "No assessment of Kenneth's mental capacity was made about the decision to let Mr J use his bank card"),
        ("Housing treated Kenneth as the perpetrator of anti-social behaviour, threatened his tenancy and made no safeguarding referral.",
         "Caverleigh City Council Housing Services", "Victim seen as the cause",
         "Housing Services treated Kenneth as the perpetrator of anti-social behaviour and threatened his tenancy, without recognising that he was being exploited."),
        ("Police recorded Kenneth as a drug user and made no referral after the warrant.",
         "Caverleigh Police", "Victim seen as offender",
         "Caverleigh Police recorded Kenneth as a drug user and did not refer him to adult social care after the May 2022 warrant."),
        ("The protection visit was arranged when Kenneth was out and not rearranged.",
         "Caverleigh Police", "Follow-through",
         "The visit was arranged for a date when Kenneth was at the day centre, and it was not rearranged."),
        ("Probation did not act on information that Mr J was staying with a vulnerable adult.",
         "Probation Service", "Risk to people at the address",
         "The Probation Service did not act on information that Mr J was staying at the home of a vulnerable adult."),
        ("The exploitation protocol was not used; cuckooing was seen as a problem for young people.",
         "Multiple agencies", "Multi-agency working; age assumptions",
         "Agencies did not use the multi-agency exploitation protocol, partly because cuckooing was seen as an issue for young people."),
    ]))

# ---------------------------------------------------------------- f5_04 (learning brief, "the young person, D")
d = D("f5_04_cspr_young_person_d_brief.txt")
v = Person(d, "v1", "victim", name="D", age=16, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="mixed White and Black Caribbean", living="family_home")
v.char("household_member_prison", "His father was in prison for most of D's childhood.")
v.char("absent_parents", "His father was in prison for most of D's childhood.")
v.char("send", "He had speech and language needs that were identified in primary school.")
v.char("educational_exclusion", "He was permanently excluded from Birchcombe Academy in Year 10")
v.char("missing_episodes", "After his fifteenth birthday he was reported missing eleven times")
v.char("victim_of_crime", "older boys held a knife to him and took his phone and trainers")
v.char("carrying_weapons", "he was found by police with a kitchen knife in his bag")
v.char("offending", "The youth offending service supervised a referral order after the knife offence.")
v.char("criminal_exploitation", "recorded concerns that D was being used by older men to carry drugs")
v.char("child_in_need_protection", "He was subject to a Child in Need plan from March 2022.")
v.svc("school", "prior", "He was permanently excluded from Birchcombe Academy in Year 10 and then attended the Lindmoor Learning Centre, a pupil referral unit.")
v.svc("csc_cin_cp", "prior", "Children's social care held a Child in Need plan and a social worker visited regularly.")
v.svc("youth_offending", "prior", "The youth offending service supervised a referral order after the knife offence.")
v.svc("youth_service", "prior", "A detached youth worker from the Dunstowe Youth Service knew D well")
v.svc("police", "prior", "The police recorded five missing episodes and carried out two stop-and-searches.")
p = Person(d, "p1", "perpetrator", name=None, age=17, gender="male")
p.svc("youth_offending", "prior", "The young person who killed D was also known to the youth offending service.")
p.svc("prison", "after", "sentenced to detention for life, with a minimum term of fourteen years")
cases.append(case(
    d, title="The young person, D", review_type="scr", area="Dunstowe", published="2024-02", incident_year=2022,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["the young person, D, was stabbed in a park", "A 17-year-old boy was convicted of his murder in 2023"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Boy of 16, excluded from school and criminally exploited, stabbed in a park by a 17-year-old from a rival group after months of threats on social media.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "Met about a year earlier at the alternative provision both attended; in rival groups.", [
        rc(d, "other", "The fight followed months of insults and threats posted on social media between two groups of young people.",
           detail="Threats between rival groups on social media"),
    ]),
    weapons=[wp(d, "knife", "was stabbed in a park")],
    locations=[loc(d, "street_public", "was stabbed in a park")],
    technology=[tech(d, "social_media", "months of insults and threats posted on social media")],
    escalation_summary="Exclusion, missing episodes, a robbery at knifepoint, carrying a knife and exploitation concerns, then months of threats on social media between two groups.",
    markers=[mk(d, "threats_property_damage", "months of insults and threats posted on social media"),
             mk(d, "missing_moving", "After his fifteenth birthday he was reported missing eleven times"),
             mk(d, "carrying_weapons", "he was found by police with a kitchen knife in his bag")],
    problems=[
        ("The exclusion was decided without assessing his speech and language needs and without telling children's social care.",
         "Birchcombe Academy", "Exclusion and additional needs",
         "The decision to exclude D permanently was made without his speech and language needs being assessed"),
        ("Return home interviews were not offered after six of eleven missing episodes.",
         None, "Missing episodes",
         "Return home interviews were not offered after six of the eleven missing episodes"),
        ("The NRM referral came four months after exploitation concerns were first recorded.",
         "Youth offending service", "Criminal exploitation",
         "D was not referred to the National Referral Mechanism until four months after the youth offending service first recorded concerns about criminal exploitation."),
        ("The Child in Need plan looked only at D and his mother, not at the places and peer group where the risk was.",
         "Children's social care", "Contextual safeguarding",
         "It did not assess the risks in the park and the streets where D spent his time, or the group he was in conflict with."),
        ("Police treated the knife as an offence only and made no safeguarding referral.",
         "Police", "Criminal-justice lens",
         "When D was found with a knife, the police dealt with it as an offence only and did not make a safeguarding referral"),
        ("The youth offending service and children's social care held separate meetings and did not share the reported social media threats.",
         "Youth offending service; children's social care", "Information sharing",
         "The youth offending service and children's social care held separate meetings and did not share the social media threats"),
    ]))

# ---------------------------------------------------------------- f5_05 (table-heavy CSPR page)
d = D("f5_05_cspr_baby_alfie_tables.html")
v = Person(d, "v1", "victim", name="Baby Alfie", age=0, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("abuse_neglect_child", "Doctors concluded that he had been shaken on more than one occasion.", subtypes=["physical"])
v.char("witnessing_violence", "Alfie was living in a household where domestic abuse was taking place")
v.char("household_substance_misuse", "where cannabis was used daily")
v.svc("acute_health", "prior", "Antenatal care, birth and postnatal ward care of Mother and Alfie.")
v.svc("health_visitor", "prior", "The health visitor carried out a new birth visit for Alfie at 12 days")
v.svc("gp", "prior", "Alfie's 8-week check")
v.svc("ambulance", "after", "was taken to hospital by ambulance")
v.svc("acute_health", "after", "Alfie was treated in the paediatric intensive care unit for nine days.")
v.svc("csc_cin_cp", "after", "Alfie was made subject to a child protection plan")
v.svc("csc_looked_after", "after", "was placed with foster carers on discharge from hospital")
p = Person(d, "p1", "perpetrator", name="Father", age=22, gender="male", ethnicity="white_other",
           ethnicity_detail="White Romanian", living="family_home")
p.char("migration_status", "Father moved to the UK from Romania in 2018.")
p.char("other", "He was diagnosed with ADHD as a child but was not receiving treatment.", detail="ADHD")
p.char("substance_misuse", "He smoked cannabis every day, including in the flat.")
p.char("offending", "He had a caution for common assault on a man in 2020.")
p.char("history_of_violence", "He had a caution for common assault on a man in 2020.",
       "police were called after he pushed Mother against a wall when she was 30 weeks pregnant")
p.svc("police", "prior", "Officers attended the domestic incident and arrested Father")
p.svc("gp", "prior", "Father consulted the GP in May 2023 about stress and poor sleep.")
p.svc("police", "after", "Father was arrested on 18 June 2023.")
p.svc("prison", "after", "Father was sentenced to seven years' imprisonment.")
cases.append(case(
    d, title="Baby Alfie", review_type="scr", area="Elderwick", published="2024-10", incident_year=2023,
    role="overview_report", decision="include", reason="physical_assault",
    screening_quotes=["Doctors concluded that he had been shaken on more than one occasion.",
                      "His father was convicted in 2024 of causing grievous bodily harm to Alfie."],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Eleven-week-old boy with brain and eye bleeds and a healing collarbone fracture after being shaken by his father, who had abused the mother during pregnancy.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Father, living in the household.", [
        rc(d, "physical_abuse", "he had been shaken on more than one occasion", "a healing fracture of the collarbone"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "Doctors concluded that he had been shaken on more than one occasion.")],
    escalation_summary="Domestic abuse of the mother in pregnancy; the father's stress and complaints about the baby's crying three weeks before the injuries.",
    markers=[mk(d, "threats_property_damage", "police were called after he pushed Mother against a wall")],
    problems=[
        ("Police did not identify the unborn baby, so nothing reached maternity services or children's social care.",
         "Elderwick Police", "Unborn children and domestic abuse",
         "The police did not identify the unborn baby as a child affected by the domestic incident"),
        ("The personal adviser knew of the domestic abuse in pregnancy but did not share it or refer.",
         "Elderwick Council leaving care team", "Information sharing",
         "The personal adviser knew about the domestic abuse during pregnancy but did not share it with the midwife or refer to children's social care"),
        ("Maternity staff never asked the mother about domestic abuse on her own and did not follow it up.",
         "Elderwick Hospitals NHS Trust (maternity)", "Routine enquiry",
         "Maternity staff did not find a way to ask Mother about domestic abuse on her own"),
        ("The health visitor did not speak with Father and the crying advice was not given to him.",
         "Greywater Community Health NHS Trust (health visiting)", "Invisible fathers",
         "the health visitor did not speak with Father, and the advice about crying was not given to him"),
        ("The GP did not explore Father's comments about the crying as a possible risk to the baby.",
         "Juniper Lane Medical Practice", "Invisible fathers; infant crying",
         "The GP did not explore Father's comments about the crying as a possible risk to a young baby."),
    ]))

# ---------------------------------------------------------------- f5_06 (first-person reviewer, CSA)
d = D("f5_06_cspr_imogen_reviewer.txt")
v = Person(d, "v1", "victim", name="Imogen", age=13, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("abuse_neglect_child", "Imogen was sexually abused by her uncle", subtypes=["sexual"])
v.char("grooming", "Her uncle bought her presents, gave her a mobile phone that her mother did not know about")
v.char("self_harm", "a friend reported that she was cutting her arms")
v.char("parental_separation", "Her parents separated when she was six")
v.char("absent_parents", "her father now lives abroad; she has not seen him since")
v.char("parent_mental_health", "Her mother has had periods of depression since Imogen's brother was born")
v.svc("school", "prior", "Her head of year recorded these changes as \"hormonal\" and \"friendship issues\".")
v.svc("other", "prior", "the school nurse saw Imogen after a friend reported that she was cutting her arms",
      detail="School nursing service")
v.svc("gp", "prior", "Imogen was taken to the GP three times in 2022 with stomach pains and trouble sleeping.")
v.svc("police", "after", "Imogen was interviewed by a specially trained officer")
v.svc("csc_cin_cp", "after", "The strategy discussion was held the same afternoon")
v.svc("other", "after", "was seen at the Foxhallam sexual assault referral centre within two days, where she was offered an ISVA",
      detail="Sexual assault referral centre and ISVA")
v.svc("camhs", "after", "After the disclosure CAMHS accepted a new referral and she has been seen weekly since.")
p = Person(d, "p1", "perpetrator", name=None, age=41, gender="male")
p.svc("police", "prior", "The police were informed and the cousin was interviewed")
p.svc("police", "after", "Her uncle was arrested the same day.")
p.svc("prison", "after", "was sentenced to fourteen years' imprisonment")
cases.append(case(
    d, title="Imogen", review_type="scr", area="Foxhallam", published="2024-06", incident_year=2023,
    role="overview_report", decision="include", reason="sexual_abuse",
    screening_quotes=["Imogen was sexually abused by her uncle, her mother's older brother",
                      "he was convicted of a series of sexual offences against a child"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Girl sexually abused from 11 to 13 by her maternal uncle during weekend stays at his house, after an earlier allegation against him by a cousin had not been shared.",
    reference_individual="victim", people=[v, p],
    relationship=("other_family", "Her mother's older brother; she stayed at his house most weekends.", [
        rc(d, "sexual_abuse", "Imogen was sexually abused by her uncle"),
        rc(d, "emotional_abuse", "He warned her that telling anyone would cost her mother her job and the family their home."),
    ]),
    locations=[loc(d, "home", "Imogen stayed at his house most weekends")],
    technology=[tech(d, "mobile_phone", "gave her a mobile phone that her mother did not know about, and sent her messages late at night")],
    problems=[
        ("The 2016 allegation by her cousin was closed without a referral to children's social care or asking which children he saw.",
         "Foxhallam Police", "Allegations that do not proceed",
         "No referral went from the police to children's social care, and no one asked which other children the uncle had regular contact with."),
        ("School explained her withdrawal and falling attendance as hormonal and never asked her about home or weekends.",
         "Kellbrook Community School", "Behaviour change explained away",
         "Nobody at school asked Imogen whether anything was happening at home or at weekends."),
        ("CAMHS declined the self-harm referral without speaking to Imogen or the school nurse.",
         "Foxhallam CAMHS", "Self-harm thresholds",
         "CAMHS did not speak to Imogen or to the school nurse before making that decision"),
        ("The GP did not consider harm and never saw Imogen without her mother.",
         "GP practice", "Seeing the child alone",
         "The possibility that Imogen was being harmed was not considered"),
        ("The school did not ask who had given Imogen the secret phone.",
         "Kellbrook Community School", "Grooming signs",
         "The school did not ask who had given Imogen the phone."),
    ]))

# ---------------------------------------------------------------- f5_07 (IIR as questions and answers)
d = D("f5_07_iir_mr_rj_faq.txt")
v = Person(d, "v1", "victim", name="Mr AJ", age=35, gender="male", ethnicity="asian_bangladeshi",
           ethnicity_detail="Bangladeshi heritage", living="family_home")
p = Person(d, "p1", "perpetrator", name="Mr RJ", age=29, gender="male", ethnicity="asian_bangladeshi",
           ethnicity_detail="Bangladeshi heritage", living="family_home")
p.char("mental_health_current", "was diagnosed with paranoid schizophrenia")
p.char("substance_misuse", "Mr RJ had used cannabis heavily since he was 17.")
p.char("medication", "Mr RJ stopped taking his medication because of weight gain")
p.char("non_engagement", "In May and June 2023 he did not turn up to three appointments with his care coordinator.")
p.svc("gp", "prior", "His GP referred him to the early intervention in psychosis service run by the Trust")
p.svc("mh_iapt_early_intervention", "prior", "His GP referred him to the early intervention in psychosis service run by the Trust",
      "remained under the early intervention service, with a care coordinator")
p.svc("mh_inpatient", "prior", "he was admitted to an inpatient ward under section 2 of the Mental Health Act for five weeks")
p.svc("mh_other", "prior", "The Trust's crisis team assessed Mr RJ by telephone on 2 August 2023", detail="Crisis team")
p.svc("police", "after", "Mr RJ was arrested at the house by Gorsethwaite Police.")
p.svc("mh_inpatient", "after", "The court imposed a hospital order with restrictions, and he is now detained in a secure hospital.")
cases.append(case(
    d, title="Mr RJ", review_type="iir", area="Gorsethwaite", published="2024-05", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["In August 2023 Mr RJ, who was then 29, killed his older brother, Mr AJ",
                      "Mr RJ pleaded guilty to manslaughter on the grounds of diminished responsibility"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 29 with paranoid schizophrenia, off medication and discharged from early intervention, stabbed his 35-year-old brother at the family home.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("sibling", "Brothers living with their parents in the family home.", [
        rc(d, "emotional_abuse", "he had threatened Mr AJ with a knife a week earlier"),
    ]),
    weapons=[wp(d, "knife", "Mr RJ stabbed Mr AJ several times with a kitchen knife.")],
    locations=[loc(d, "home", "at the family home in Gorsethwaite")],
    escalation_summary="He stopped his medication from April 2023, missed appointments, was discharged to his GP in June, and in July accused his brother and threatened him with a knife.",
    markers=[mk(d, "stopped_medication", "Mr RJ stopped taking his medication because of weight gain"),
             mk(d, "disengaged_services", "In May and June 2023 he did not turn up to three appointments with his care coordinator."),
             mk(d, "threats_property_damage", "he had threatened Mr AJ with a knife a week earlier")],
    problems=[
        ("He was discharged from early intervention to his GP after missed appointments without contacting the family or a discharge meeting.",
         "Kelderby and Gorsethwaite Mental Health NHS Foundation Trust", "Discharge for non-attendance",
         "The Trust discharged Mr RJ from the early intervention service to his GP in June 2023, after he missed three appointments, without contacting his family"),
        ("The reported knife threat led to no update of the risk assessment and no visit.",
         "Kelderby and Gorsethwaite Mental Health NHS Foundation Trust", "Risk assessment; listening to families",
         "the duty worker recorded the call but did not update Mr RJ's risk assessment or arrange for him to be seen"),
        ("The family were never offered a carer's assessment.",
         "Kelderby and Gorsethwaite Mental Health NHS Foundation Trust", "Carers",
         "Mr RJ's family were never offered a carer's assessment"),
        ("No interpreter was used with his mother.",
         "Kelderby and Gorsethwaite Mental Health NHS Foundation Trust", "Interpreters",
         "No interpreter was used in any of the Trust's conversations with her"),
        ("The crisis team assessed him by telephone, speaking only to him.",
         "Kelderby and Gorsethwaite Mental Health NHS Foundation Trust (crisis team)", "Remote assessment",
         "The Trust's crisis team assessed Mr RJ by telephone on 2 August 2023, speaking only to Mr RJ"),
    ]))

# ---------------------------------------------------------------- f5_08 (IIR news release, stranger)
d = D("f5_08_iir_mr_kb_statement.txt")
v = Person(d, "v1", "victim", name="Mrs Elspeth Dorrity", age=72, gender="female")
p = Person(d, "p1", "perpetrator", name="Mr KB", age=41, gender="male", living="temporary")
p.char("mental_health_current", "with a relapse of schizoaffective disorder")
p.char("medication", "after stopping his medication")
p.char("homelessness", "He had been evicted from his flat while he was in hospital")
p.char("alcohol_misuse", "Mr KB's heavy drinking had been recorded on every admission")
p.char("history_of_violence", "including a conviction in 2015 for assaulting a stranger in the street while he was unwell")
p.char("offending", "including a conviction in 2015 for assaulting a stranger in the street while he was unwell")
p.svc("mh_inpatient", "prior", "Mr KB had been admitted to the ward informally in September 2022")
p.svc("housing", "prior", "a bed and breakfast placement arranged by the council's homelessness team")
p.svc("mh_community", "prior", "Mr KB's community psychiatric nurse had worked hard to keep in contact with him over several years")
p.svc("mh_inpatient", "after", "He is detained in a secure hospital.")
cases.append(case(
    d, title="Mr KB", review_type="iir", area="Haddonmere", published="2024-09", incident_year=2022,
    role="other", decision="include", reason="homicide",
    screening_quotes=["a man who killed a 72-year-old woman in Haddonmere",
                      "he was found guilty of manslaughter on the grounds of diminished responsibility"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Woman of 72 killed with a hammer on a riverside footpath by a stranger with schizoaffective disorder discharged homeless from a mental health ward six days earlier.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("stranger", "She did not know him.", []),
    weapons=[wp(d, "blunt_object", "was attacked with a hammer")],
    locations=[loc(d, "street_public", "on the riverside footpath near Haddonmere Park")],
    escalation_summary="Relapse after stopping medication, an informal admission, eviction while on the ward, discharge to a bed and breakfast and a missed follow-up visit.",
    markers=[mk(d, "discharged_or_absconded", "He had been discharged from an acute mental health ward at Haddonmere General Hospital six days before the attack."),
             mk(d, "stopped_medication", "after stopping his medication"),
             mk(d, "stress_debt_housing", "He had been evicted from his flat while he was in hospital")],
    problems=[
        ("He was discharged before the ward had confirmed where he would live.",
         "Haddonmere Healthcare NHS Foundation Trust (ward)", "Unsafe discharge; housing",
         "He was discharged after eleven days, before the ward had confirmed where he would be living."),
        ("The ward did not tell the crisis team he had no settled address, so the 48-hour follow-up did not happen.",
         "Haddonmere Healthcare NHS Foundation Trust", "Follow-up after discharge",
         "The ward did not tell the crisis resolution and home treatment team that Mr KB had no settled address"),
        ("The discharge plan did not mention alcohol.",
         "Haddonmere Healthcare NHS Foundation Trust (ward)", "Dual diagnosis",
         "his discharge plan did not mention alcohol or the risk that he would drink when he left the ward"),
        ("The risk assessment left out his history of violence, which had not been carried forward.",
         "Haddonmere Healthcare NHS Foundation Trust (ward)", "Risk history",
         "The ward's risk assessment did not include his history of violence"),
        ("His sister's concerns and offer of a place to stay were not taken up.",
         "Haddonmere Healthcare NHS Foundation Trust (ward)", "Involving families",
         "Staff did not involve Mr KB's sister, who had told the ward that she was worried about his discharge"),
    ]))

# ---------------------------------------------------------------- f5_09 (exclude: suicide after domestic abuse)
d = D("f5_09_dhr_adele_exec.txt")
v = Person(d, "v1", "victim", name="Adele", age=44, gender="female", living="family_home")
v.char("domestic_abuse", "he checked her phone, told her what to wear, and made her account for every hour she spent away from home",
       "After the separation Nathan sent Adele hundreds of messages, turned up outside her workplace",
       subtypes=["coercive_control", "emotional"])
v.char("mental_health_current", "Adele had been treated for depression and anxiety since 2020.")
v.char("self_harm", "In 2021 she took an overdose of her prescribed medication")
v.char("non_engagement", "after she missed two sessions in a row")
v.svc("police", "prior", "Adele called the police after Nathan was waiting at her front door.")
v.svc("gp", "prior", "The GP practice reviewed Adele's depression regularly")
v.svc("acute_health", "prior", "was treated at Jessingham General Hospital")
v.svc("mh_iapt_early_intervention", "prior", "the GP referred Adele to the Jessingham Talking Therapies service. She attended four sessions.")
v.svc("domestic_abuse_services", "prior", "The IDVA service supported Adele for three months in 2022")
v.svc("housing", "prior", "Adele applied to Jessingham Borough Council to move")
p = Person(d, "p1", "perpetrator", name="Nathan", age_band="not_reported", gender="male")
p.char("offending", "In 2022 he was cautioned for harassment.")
p.svc("police", "prior", "In 2022 he was cautioned for harassment.")
cases.append(case(
    d, title="Adele", review_type="dhr", area="Jessingham", published="2024-08", incident_year=2023,
    role="executive_summary", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["Adele took her own life at her home in February 2023.",
                      "The coroner concluded that Adele died by suicide."],
    category=None, incident_type="suicide", fatal=True,
    description="Woman of 44 took her own life after years of coercive control and stalking by her former partner; a DHR was held, but there was no bullying or peer violence element.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Former partner of six years; separated in early 2021.", [
        rc(d, "domestic_abuse", "Adele had experienced domestic abuse from her former partner, Nathan"),
        rc(d, "coercive_control", "he checked her phone, told her what to wear, and made her account for every hour she spent away from home"),
        rc(d, "stalking", "After the separation Nathan sent Adele hundreds of messages, turned up outside her workplace"),
        rc(d, "strain_separation", "separated in early 2021, when Adele asked him to leave"),
    ]),
    problems=[
        ("A DASH with fifteen yes answers was graded medium, no MARAC referral was made and the grading was not reviewed.",
         "Jessingham Police", "Risk grading; MARAC",
         "The risk was graded as medium rather than high, and no referral to MARAC was made."),
        ("Nine reports were handled as separate incidents and not recognised as stalking.",
         "Jessingham Police", "Stalking",
         "They were dealt with as separate incidents and were not recognised as a pattern of stalking."),
        ("The GP did not ask about the continuing harassment or link the abuse with her mental health.",
         "GP practice", "Domestic abuse and mental health",
         "The GP knew from Adele that she had left an abusive relationship but did not ask about the continuing harassment"),
        ("Talking Therapies discharged her after two missed sessions without contacting her or the GP.",
         "Jessingham Talking Therapies", "Discharge for non-attendance",
         "The service discharged her after she missed two sessions in a row, without contacting her or telling the GP."),
        ("Her transfer application was given no priority without considering the harassment.",
         "Jessingham Borough Council Housing", "Housing and domestic abuse",
         "The assessing officer did not consider the harassment or ask for information from the police or the IDVA."),
    ]))

# ---------------------------------------------------------------- f5_10 (exclude: self-neglect)
d = D("f5_10_sar_jasper_7min.txt")
v = Person(d, "v1", "victim", name="Jasper", age_band="adult_unknown", gender="male", living="alone")
v.char("chronic_illness", "He lived with type 2 diabetes and ulcers on both legs")
v.char("alcohol_misuse", "he drank most days")
v.char("social_isolation", "After his wife died in 2014 he withdrew from his friends.")
v.char("other", "The house was filled to the ceiling with newspapers, tools and timber", detail="Hoarding")
v.char("non_engagement", "Jasper was offered a referral to the local alcohol service twice and said no both times.",
       "after Jasper refused them entry three times")
v.svc("gp", "prior", "His GP practice, which managed his diabetes.")
v.svc("other", "prior", "District nurses from Kilnsworth Community Health, who dressed his leg ulcers at home during 2022.",
      detail="District nursing")
v.svc("adult_social_care", "prior", "Adult social care closed both referrals after Jasper said he did not want help.")
v.svc("other", "prior", "Kilnsworth Fire and Rescue Service, whose crew checked the house for fire risks in 2022.",
      detail="Fire and rescue service")
v.svc("other", "prior", "Environmental health, after neighbours complained about rats in 2021.", detail="Environmental health")
cases.append(case(
    d, title="Jasper", review_type="sar", area="Kilnsworth", published="2024-03", incident_year=2023,
    role="briefing", decision="exclude", reason="self_neglect",
    screening_quotes=["The coroner recorded that Jasper's death was the result of self-neglect.",
                      "Nothing suggested that another person had hurt Jasper or taken advantage of him"],
    category=None, incident_type=None, fatal=True,
    description="Man in his seventies who lived alone and hoarded died of hypothermia at home after refusing help; self-neglect, no abuse.",
    reference_individual="victim", people=[v],
    problems=[
        ("District nurses closed the case after being refused entry, telling the GP by letter, with no safeguarding concern.",
         "Kilnsworth Community Health (district nursing)", "No access",
         "The case was closed and the GP was told by letter, but nobody raised a safeguarding concern."),
        ("Adult social care closed both referrals without a capacity assessment, the second without a visit.",
         "Adult social care", "Mental capacity; closing on refusal",
         "Nobody assessed whether he had the capacity to decide about his living conditions"),
        ("The fire service's very high risk rating led to no shared plan between agencies.",
         "Multiple agencies", "Multi-agency planning",
         "there was no shared plan between agencies"),
        ("The self-neglect and hoarding protocol was not used and no multi-agency meeting was held.",
         "Multiple agencies", "Self-neglect protocol",
         "No agency used the self-neglect and hoarding protocol issued by the Board"),
        ("Agencies relied on his right to make unwise decisions without testing whether he could weigh the risks.",
         "Multiple agencies", "Unwise decisions and capacity",
         "Agencies relied on Jasper's right to make unwise decisions without testing whether he could weigh up the risks to his health."),
    ]))

# ---------------------------------------------------------------- f5_11 (exclude: extreme neglect, thematic SAR)
d = D("f5_11_sar_thematic_lyndhallow.txt")
v = Person(d, "v1", "victim", name="Margery", age=86, gender="female", living="family_home")
v.char("other", "Margery was diagnosed with Alzheimer's disease in 2018", detail="Alzheimer's disease")
v.char("disability", "by 2021 she could no longer walk without help")
v.svc("acute_health", "prior", "Margery was admitted to Lyndhallow District Hospital after a fall.")
v.svc("adult_social_care", "prior", "a package of care: two visits a day from a home care agency, arranged by adult social care")
v.svc("private_sector", "prior", "two visits a day from a home care agency", detail="Home care agency")
v.svc("gp", "prior", "The GP practice carried out Margery's annual dementia reviews in 2021 and 2022 by telephone with her son.")
v.svc("other", "prior", "District nurses from Lyndhallow Community Services began to visit in May 2022", detail="District nursing")
v.svc("mh_other", "prior", "diagnosed with Alzheimer's disease in 2018 at the memory assessment service",
      detail="Memory assessment service")
cases.append(case(
    d, title="Margery", review_type="sar", area="Lyndhallow", published="2023-12", incident_year=2022,
    role="overview_report", decision="exclude", reason="extreme_neglect",
    screening_quotes=["The cause of death was sepsis from infected pressure ulcers, with malnutrition contributing.",
                      "Margery was severely underweight, dehydrated and had several deep pressure ulcers"],
    category=None, incident_type=None, fatal=True,
    description="Woman of 86 with Alzheimer's disease, cared for at home by her son after he cancelled her care, died of sepsis from untreated pressure ulcers and malnutrition.",
    reference_individual="victim", people=[v],
    problems=[
        ("The care package was cancelled at the son's request without a review, a visit or Margery's own wishes.",
         "Adult social care", "Relatives speaking for the adult",
         "Adult social care accepted the cancellation of Margery's care package without a review of her needs"),
        ("Dementia reviews were done by telephone with her son, so the GP did not see her decline.",
         "GP practice", "Seeing the person",
         "Margery's dementia reviews were carried out by telephone with her son, so the GP did not see her decline."),
        ("District nurses closed the case on no access instead of raising a safeguarding concern.",
         "Lyndhallow Community Services (district nursing)", "No access",
         "The district nursing team closed the case when it could not get access"),
        ("No carer's assessment was offered to her son although the GP knew he was struggling.",
         "Multiple agencies", "Support for carers",
         "No agency offered Margery's son a carer's assessment, although the GP knew he was struggling."),
        ("Agencies never shared what each knew.",
         "Multiple agencies", "Information sharing",
         "There was no point at which the agencies involved shared what each of them knew."),
    ]))

# ---------------------------------------------------------------- f5_12 (exclude: not a review)
d = D("f5_12_dhr_chair_notice_ivelthorpe.txt")
cases.append(case(
    d, title=None, review_type="dhr", area="Ivelthorpe", published=None, incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["This notice is not a review and contains no findings.",
                      "invites quotations from suitably experienced independent chairs"],
    category=None, incident_type=None, fatal=None,
    description="Request for quotations for an independent chair of a Domestic Homicide Review; it describes the commission, not a review.",
    reference_individual=None, people=[]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
