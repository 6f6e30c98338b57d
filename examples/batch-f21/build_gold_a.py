"""Build gold_a.json for batch-f21, part a (documents f21_01-f21_06), from the hand coding below.

Run from anywhere: python3 examples/batch-f21/build_gold_a.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
.txt and .md documents are read with wrapped=True (whitespace collapsed). f21_01 is hard-wrapped at 78 columns with
running page headers and footers; its quotes may cross line breaks but never a page break. The other .txt and .md
files have one line per paragraph (or per slide line); HTML quotes lie inside one block element.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py, shared by every batch
from goldlib import Doc, Person, case, loc, mk, rc, stats, tech, wp, write  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
cases, docs = [], []
MULTI = "Multiple agencies"


def D(name):
    d = Doc(CORPUS, name, wrapped=name.endswith((".txt", ".md")))
    docs.append(d)
    return d


# ---------------------------------------------------------------- f21_01
d = D("f21_01_cpr_child_g_concise_wales_pdf_layer.txt")
MW = "Community midwifery (Bryndelyn University Health Board)"
HV = "Health visiting (Bryndelyn University Health Board)"
v = Person(d, "v1", "victim", name="Child G", age=0, gender="male", living="family_home")
v.char("other", "G was born at 35 weeks", detail="Premature birth")
v.svc("acute_health", "prior", "spent nine days on the neonatal unit at Bryndelyn General Hospital")
v.svc("health_visitor", "prior", "At the health visitor's home visit when G was seven weeks old")
v.svc("gp", "prior", "saw G for his eight-week check and first immunisations")
v.svc("ambulance", "after", "his mother called an ambulance because he had gone floppy")
v.svc("acute_health", "after", "He was taken to Bryndelyn General Hospital and transferred the same night to the paediatric intensive care unit")
v.svc("other", "after", "is under the care of a community paediatrician", detail="Community paediatrician")
v.svc("csc_cin_cp", "after", "The paediatric registrar made a referral to Children's Services within two hours, and a strategy discussion was held the next morning.")
v.svc("police", "after", "Police and Children's Services carried out a joint investigation")
v.svc("csc_looked_after", "after", "G was placed with his maternal grandmother under an interim care order")
p = Person(d, "p1", "perpetrator", name="Father", age=22, gender="male", living="family_home")
p.char("offending", "Father had a conviction from 2022 for assaulting a former partner")
p.char("history_of_violence", "Father had a conviction from 2022 for assaulting a former partner")
p.char("substance_misuse", "his use of cannabis, which he said was daily")
p.char("unemployment", "Father lost his job at a distribution warehouse")
p.char("financial_issues", "he was \"stressed about money\" and that they were behind with the rent")
p.svc("probation", "prior", "a community order with supervision by the Probation Service",
      "He told his probation practitioner in March 2023 that his new partner was expecting a baby.")
p.svc("police", "prior", "Father was spoken to and agreed to leave the address for the night.")
p.svc("police", "after", "In interview he later admitted that he had shaken G",
      "He told the police he had smoked cannabis")
p.svc("prison", "after", "was sentenced to six years' imprisonment")
cases.append(case(
    d, title="Child G", review_type="scr", area="Bryndelyn", published="2025-02", incident_year=2023,
    role="overview_report", decision="include", reason="physical_assault",
    screening_quotes=["he later admitted that he had shaken G when he would not stop crying",
                      "pleaded guilty at Aberlleian Crown Court to causing grievous bodily harm with intent"],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Baby boy of ten weeks shaken by his father of 22, with earlier rib fractures; subdural and retinal haemorrhages, survived with developmental delay.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Father caring alone for his ten-week-old son while the mother worked.", [
        rc(d, "physical_abuse", "a skeletal survey found two healing fractures to his ribs",
           "he had shaken G when he would not stop crying"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "he had shaken G when he would not stop crying")],
    locations=[loc(d, "home", "He was at home alone with G on the evening of the collapse")],
    escalation_summary="Police call-out to an argument in pregnancy (graded standard, not shared with health); father under probation for assaulting a former partner; unexplained bruise behind the ear at seven weeks accepted; father lost his job two weeks before, rent arrears, cannabis on the evening he shook the baby.",
    markers=[mk(d, "adverse_life_event", "Two weeks before G's collapse, Father lost his job at a distribution warehouse."),
             mk(d, "stress_debt_housing", "they were behind with the rent"),
             mk(d, "alcohol_drugs_before", "He told the police he had smoked cannabis")],
    problems=[
        ("The midwife never asked Mother about domestic abuse because Father attended every antenatal appointment.",
         MW, "Routine enquiry",
         "The midwife did not ask Mother about domestic abuse at any antenatal appointment because Father was present at each one"),
        ("No opportunity to see Mother alone was created or planned, contrary to Health Board guidance.",
         MW, "Routine enquiry",
         "there is no record that an opportunity to see her alone was created or planned"),
        ("Officers graded the June 2023 incident standard without recording the pregnancy, lowering the score.",
         "Bryndelyn Police", "Risk assessment",
         "The officers recorded the risk as standard and did not note on the form that Mother was pregnant"),
        ("The Public Protection Notice was not shared with midwifery or health visiting (standard gradings were not sent to health).",
         "Bryndelyn Police", "Domestic abuse in pregnancy not shared",
         "The Public Protection Notice completed by officers was not shared with midwifery or health visiting"),
        ("The probation practitioner knew of the pregnancy but made no referral and no contact with the midwife.",
         "Probation Service", "Fathers' histories and unborn children",
         "The probation practitioner knew that Father's new partner was pregnant but did not make a referral to Children's Services or contact the midwife"),
        ("No check was made on who the new partner was.",
         "Probation Service", "Fathers' histories and unborn children",
         "no check was made to find out who the partner was"),
        ("Midwife and health visitor did not ask about Father's background, health or coping.",
         "Bryndelyn University Health Board (midwifery and health visiting)", "Invisible fathers",
         "Neither asked him, or Mother, about his background, his own health or how he coped with stress."),
        ("The health visitor accepted Father's explanation of a bruise on a non-mobile baby and did not follow the bruising protocol.",
         HV, "Bruising in non-mobile babies",
         "The health visitor accepted the explanation from Father and did not follow the regional protocol for bruising in babies who are not yet mobile"),
        ("The health visitor's supervisor was not told of the bruise.",
         HV, "Supervision",
         "Her supervisor was not told."),
        ("The health visiting record was not visible to the GP, so the bruise was unknown at the eight-week check.",
         "Celyn Medical Practice and health visiting", "Information sharing",
         "the practice was not aware of the health visitor's note, because the health visiting record was not visible to the GP"),
    ]))

# ---------------------------------------------------------------- f21_02
d = D("f21_02_dardr_marguerite_exec_summary.md")
v = Person(d, "v1", "victim", name="Marguerite", age=58, gender="female", ethnicity="white_british",
           ethnicity_detail="Marguerite was a White British woman", living="family_home")
v.char("domestic_abuse", "gave Marguerite a fixed sum each week for food, which she had to account for with receipts",
       "He checked her phone, discouraged her from seeing her sister and her friends",
       "criticised her cooking, her weight and her appearance in front of others",
       subtypes=["financial", "coercive_control", "emotional"])
v.char("chronic_illness", "Marguerite had fibromyalgia and was treated by her GP for chronic pain.")
v.char("mental_health_current", "She was first prescribed an antidepressant for depression in 2016, and her GP records show low mood through to her death.")
v.char("self_harm", "In October 2019 Marguerite took an overdose of her prescribed medication")
v.char("social_isolation", "became increasingly isolated from her friends and family")
v.svc("gp", "prior", "Marguerite saw her GP at Foxhollow Surgery about 30 times in the period")
v.svc("acute_health", "prior", "was taken by Leopold to the emergency department")
v.svc("mh_other", "prior", "She was assessed by the liaison psychiatry team", detail="Liaison psychiatry (emergency department)")
v.svc("mh_iapt_early_intervention", "prior", "Marguerite was referred to Kelderby Talking Therapies by her GP in early 2020 and attended eight telephone sessions of guided self-help.")
v.svc("police", "prior", "a neighbour rang the police after hearing Leopold shouting and Marguerite crying in the garden. Two officers attended.")
v.svc("domestic_abuse_services", "prior", "An outreach worker from Kelderby Domestic Abuse Service rang Marguerite two days later.")
p = Person(d, "p1", "perpetrator", name="Leopold", age_band="adult_unknown", gender="male", living="family_home")
p.svc("police", "prior", "The officers who attended in August 2021 spoke to Leopold and Marguerite together at first")
p.svc("police", "after", "Kelderby Police investigated Leopold for controlling or coercive behaviour and interviewed him under caution in 2023.")
cases.append(case(
    d, title="Marguerite", review_type="dhr", area="Kelderby", published="2024-11", incident_year=2022,
    role="executive_summary", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["Marguerite took her own life at her home in Kelderby in March 2022.",
                      "The panel has not found evidence that any person other than Leopold bullied, threatened or harmed Marguerite."],
    category=None, incident_type="suicide", fatal=True,
    description="Woman of 58 took her own life after years of coercive and financial control by her husband; no bullying or peer violence element.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married for 34 years, living together.", [
        rc(d, "coercive_control", "He checked her phone, discouraged her from seeing her sister and her friends",
           "\"because he would ring to ask where she was\""),
        rc(d, "financial_abuse", "gave Marguerite a fixed sum each week for food, which she had to account for with receipts"),
        rc(d, "emotional_abuse", "criticised her cooking, her weight and her appearance in front of others"),
        rc(d, "domestic_abuse", "she had experienced controlling and coercive behaviour from her husband over many years"),
    ]),
    locations=[loc(d, "home", "Marguerite took her own life at her home in Kelderby")],
    problems=[
        ("The GP practice never saw her alone after 2018; the husband's presence was recorded as support.",
         "Foxhollow Surgery", "Seeing the patient alone",
         "The GP practice did not see Marguerite on her own at any appointment after 2018."),
        ("No GP asked about her relationship or safety, even after the overdose.",
         "Foxhollow Surgery", "Routine enquiry",
         "No GP asked Marguerite about her relationship or her safety, even after the overdose"),
        ("The domestic abuse prompt on the record system was not used.",
         "Foxhollow Surgery", "Routine enquiry",
         "the practice's domestic abuse prompt on the record system was not used"),
        ("Liaison psychiatry did not explore the recorded relationship stress and accepted the husband's account.",
         "Kelderby and Westholm Hospitals NHS Trust (liaison psychiatry)", "Professional curiosity",
         "did not explore what it meant, and the team accepted Leopold's account that he was a supportive husband"),
        ("She was not seen alone for the whole of the assessment.",
         "Kelderby and Westholm Hospitals NHS Trust (liaison psychiatry)", "Seeing the patient alone",
         "Marguerite was not seen alone for the whole of the assessment."),
        ("The discharge letter to the GP did not mention the relationship as a risk.",
         "Kelderby and Westholm Hospitals NHS Trust (liaison psychiatry)", "Information sharing",
         "The discharge letter to the GP did not mention the relationship as a risk."),
        ("Talking therapies recorded a disclosure of phone and money control as low self-esteem; no risk assessment or supervision.",
         "Kelderby Talking Therapies", "Coercive control not recognised",
         "The practitioner did not recognise it as domestic abuse, did not complete a risk assessment and did not discuss it with a supervisor."),
        ("Police asked the risk assessment questions while the husband was in the next room.",
         "Kelderby Police", "Speaking to the victim alone",
         "the risk assessment questions were asked while Leopold was in the next room"),
        ("Officers did not ask about controlling behaviour or money or explore the history.",
         "Kelderby Police", "Coercive control not recognised",
         "The officers did not ask about controlling behaviour or money, and the history of the relationship was not explored."),
        ("The domestic abuse service made one call and closed the case, with no safer second attempt and no GP notification.",
         "Kelderby Domestic Abuse Service", "Engagement after police referral",
         "There was no second attempt to contact her by a safer route, and her GP was not told of the referral."),
    ]))

# ---------------------------------------------------------------- f21_03
d = D("f21_03_owhr_ellis_summary_bullets_table.html")
v = Person(d, "v1", "victim", name="Ellis", age=19, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="Ellis was of Mixed White and Black Caribbean heritage.", living="family_home")
v.char("victim_of_crime", "When he was 16 he was robbed of his phone at knifepoint near his school, and reported it to the police.")
v.char("unemployment", "He was not in education, employment or training after that.")
v.char("substance_misuse", "Friends told the police that Ellis used cannabis most days.")
v.char("other", "He was diagnosed with ADHD aged 9.", detail="ADHD")
v.svc("police", "prior", "Took his report of a knifepoint robbery in 2021; no suspect was identified.")
v.svc("gp", "prior", "His GP prescribed medication until he was 17.", "ADHD medication reviews until age 17.")
v.svc("school", "prior", "He started a motor vehicle course at Faldwick College in 2021 and left it in spring 2022.")
v.svc("jobcentre", "prior", "had appointments with a work coach at Jobcentre Plus")
p = Person(d, "p1", "perpetrator", name="Lennox", age=20, gender="male", ethnicity="white_british",
           ethnicity_detail="Lennox's ethnicity was recorded by the police as White British.")
p.char("educational_exclusion", "He was permanently excluded from secondary school in Year 10 after a fight.")
p.char("history_of_violence", "He was permanently excluded from secondary school in Year 10 after a fight.")
p.char("carrying_weapons", "he was arrested with a lock knife in a shopping centre",
       "he was convicted a second time of possessing a bladed article")
p.char("offending", "he was convicted a second time of possessing a bladed article")
p.svc("school", "prior", "He was permanently excluded from secondary school in Year 10 after a fight.")
p.svc("police", "prior", "Arrested for knife possession in 2021 and in 2023.")
p.svc("youth_offending", "prior", "He worked with Dunmarrow Youth Justice Service for nine months.")
p.svc("probation", "prior", "given a community order supervised by the Probation Service")
p.svc("police", "after", "Lennox was arrested two days later.")
p.svc("prison", "after", "given a life sentence; he must serve at least 21 years")
cases.append(case(
    d, title="Ellis", review_type="other", area="Dunmarrow", published="2025-09", incident_year=2024,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Ellis was stabbed twice in the chest on Brackenlea Road",
                      "He was convicted of murder at Dunmarrow Crown Court in February 2025"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 19 stabbed in the street after a house party by an acquaintance of 20 with two knife-possession convictions, after an argument over money.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "Knew each other through a mutual friend; argument over money at a party.", [
        rc(d, "other", "An argument started at the party over money Lennox said he was owed.", detail="Dispute over money"),
    ]),
    weapons=[wp(d, "knife", "Ellis was stabbed twice in the chest on Brackenlea Road")],
    locations=[loc(d, "street_public", "Ellis was stabbed twice in the chest on Brackenlea Road, a short distance from the house.")],
    technology=[tech(d, "social_media", "Messages were exchanged between them on a messaging app over the next hour.")],
    escalation_summary="Lennox, excluded from school, twice convicted of knife possession with a youth-to-adult transition gap and unactioned intelligence that he was carrying again; an argument over money at a party, threats, messages, heavy drinking; he waited outside and stabbed Ellis.",
    markers=[mk(d, "threats_property_damage", "Lennox threatened Ellis in front of other guests and left the party."),
             mk(d, "alcohol_drugs_before", "Lennox had drunk heavily during the evening, according to witnesses."),
             mk(d, "carrying_weapons", "he was convicted a second time of possessing a bladed article",
                "told the police that Lennox was \"carrying a blade again\"")],
    problems=[
        ("The referral order ended without the planned weapons awareness sessions.",
         "Dunmarrow Youth Justice Service", "Knife-crime interventions",
         "The referral order ended without the planned weapons awareness sessions being delivered."),
        ("The youth justice case was closed as completed because the order had run its length.",
         "Dunmarrow Youth Justice Service", "Case closure",
         "The youth justice case was closed as \"completed\" because the order had run its length."),
        ("No transition meeting took place when he turned 18.",
         "Dunmarrow Youth Justice Service and Probation Service", "Transition to adult services",
         "No transition meeting took place when Lennox turned 18"),
        ("The probation practitioner did not receive the youth justice risk assessment.",
         "Probation Service", "Transition to adult services",
         "The probation practitioner did not receive the youth justice risk assessment"),
        ("The probation assessment did not consider the two knife offences together.",
         "Probation Service", "Risk assessment",
         "It did not consider the two knife offences together."),
        ("Intelligence that he was carrying a blade was graded low priority and not acted on.",
         "Dunmarrow Police", "Intelligence",
         "The February 2024 intelligence was graded as low priority and no action was taken on it."),
        ("The intelligence was not shared with the Probation Service.",
         "Dunmarrow Police", "Information sharing",
         "The intelligence was not shared with the Probation Service, which was supervising Lennox at the time."),
        ("Ellis was not referred to victim support after the knifepoint robbery.",
         "Dunmarrow Police", "Young victims of knife crime",
         "Ellis was not referred to victim support services after the robbery."),
        ("The college withdrew him by letter without speaking to him or his mother.",
         "Faldwick College", "Disengagement from education",
         "When Ellis stopped attending his course, the college sent two letters and then withdrew him. Nobody spoke to him or his mother."),
    ]))

# ---------------------------------------------------------------- f21_04
d = D("f21_04_dhr_gilbert_scrutiny_panel_committee_paper.txt")
v = Person(d, "v1", "victim", name="Gilbert", age=81, gender="male", living="family_home")
v.char("chronic_illness", "He had a stroke in 2018 which left him with weakness on his left side")
v.char("disability", "he walked with a frame")
v.char("domestic_abuse", "Gilbert told one carer that Kieron had his bank card",
       "Kieron had shoved him during an argument about money", subtypes=["financial", "physical"])
v.svc("gp", "prior", "In August 2022 Gilbert told his GP that Kieron had shoved him")
v.svc("adult_social_care", "prior", "Gilbert received a package of care from Kestrelford Council adult social care")
v.svc("other", "prior", "with two calls a day from Beckwood Home Care to help him wash and dress",
      detail="Home care agency (Beckwood Home Care)")
v.svc("police", "prior", "Officers spoke to both men.")
p = Person(d, "p1", "perpetrator", name="Kieron", age=27, gender="male", living="family_home")
p.char("substance_misuse", "Kieron used crack cocaine and heroin from his early twenties.")
p.char("offending", "He had convictions for shoplifting and for handling stolen goods.")
p.char("mental_health_current", "He was diagnosed with depression by his GP in 2019 and was prescribed an antidepressant.")
p.char("homelessness", "Kieron was evicted from a privately rented flat and was sofa surfing for several months")
p.char("household_substance_misuse", "because of his mother's drug use")
p.char("absent_parents", "Kieron had spent long periods of his childhood living with his grandparents because of his mother's drug use")
p.char("financial_issues", "Kieron owed money to people supplying him with drugs")
p.char("non_engagement", "He did not attend further appointments and was discharged in June 2022.")
p.svc("gp", "prior", "He was diagnosed with depression by his GP in 2019")
p.svc("housing", "prior", "He made a homelessness application to the council")
p.svc("substance_misuse_services", "prior", "Kestrelford Recovery Service assessed Kieron in March 2022")
p.svc("police", "prior", "Officers spoke to both men.")
p.svc("prison", "after", "received a life sentence with a minimum term of 19 years")
cases.append(case(
    d, title="Gilbert", review_type="dhr", area="Kestrelford", published="2025-01", incident_year=2022,
    role="other", decision="include", reason="homicide",
    screening_quotes=["was killed at his home in Kestrelford by his grandson",
                      "Kieron was found guilty of murder in May 2023"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 81 with limited mobility killed with a hammer at home by his grandson of 27, a crack cocaine user who lived with him and took his money.",
    reference_individual=None, people=[v, p],
    relationship=("other_family", "Grandson who moved into his grandfather's bungalow after eviction.", [
        rc(d, "financial_abuse", "there were signs that Kieron was taking Gilbert's money"),
        rc(d, "physical_abuse", "Kieron had shoved him during an argument about money"),
        rc(d, "domestic_abuse", "the abuse Gilbert experienced was not recognised by any agency as domestic abuse"),
    ]),
    weapons=[wp(d, "blunt_object", "He attacked Gilbert with a hammer from the garden shed")],
    locations=[loc(d, "home", "was killed at his home in Kestrelford")],
    escalation_summary="Grandson moved in after eviction; pension gone, no food, bank card taken; drug debts and men at the door; a shove disclosed to the GP; shouting and a broken window reported to police; on crack cocaine, he attacked his grandfather with a hammer when refused money.",
    markers=[mk(d, "alcohol_drugs_before", "On the night of his death Kieron had been using crack cocaine."),
             mk(d, "threats_property_damage", "hearing shouting and a window breaking at the bungalow"),
             mk(d, "stress_debt_housing", "Kieron owed money to people supplying him with drugs")],
    problems=[
        ("No agency recognised abuse by a grandson as domestic abuse.",
         MULTI, "Adult family domestic abuse not recognised",
         "the abuse Gilbert experienced was not recognised by any agency as domestic abuse, because it was abuse by a grandson and not by a partner"),
        ("Home care staff recorded missing money and lack of food but raised no safeguarding concern.",
         "Beckwood Home Care", "Financial abuse not recognised",
         "recorded the missing money and the lack of food in daily notes but did not raise a safeguarding concern"),
        ("The care review was by telephone with the grandson present and did not explore the household or financial abuse.",
         "Kestrelford Council adult social care", "Care reviews",
         "was carried out by telephone with Kieron present, and it did not explore who else lived in the house or whether Gilbert was being financially abused"),
        ("The GP made no safeguarding referral after the disclosure and did not ask whether he felt safe.",
         "GP", "Response to disclosure",
         "did not make a safeguarding referral to adult social care and did not ask Gilbert whether he felt safe at home"),
        ("Police did not complete a risk assessment, not regarding grandson and grandfather as domestic abuse.",
         "Police", "Adult family domestic abuse not recognised",
         "They did not complete a domestic abuse risk assessment because they did not regard a grandson and grandfather as falling within the definition of domestic abuse."),
        ("No referral was made and his age and disability were not considered.",
         "Police", "Older victims",
         "No referral was made and the incident was not linked to Gilbert's age and disability."),
        ("The recovery service did not ask where he lived or about contact with anyone vulnerable.",
         "Kestrelford Recovery Service", "Think family",
         "did not ask where he was living or whether he had caring responsibilities or contact with anyone vulnerable"),
        ("Housing closed the homelessness application without considering whether the arrangement was safe.",
         "Kestrelford Borough Council housing service", "Housing and safeguarding",
         "closed Kieron's homelessness application when he moved in with his grandfather, without considering whether the arrangement was safe or sustainable for either man"),
        ("Assumptions about older people affected the response.",
         MULTI, "Ageism",
         "The review considered whether assumptions about older people had affected the response, and found that they had."),
    ]))

# ---------------------------------------------------------------- f21_05
d = D("f21_05_sar_kezia_learning_slides_export.txt")
FS = "Fernmoor Support Ltd"
v = Person(d, "v1", "victim", name="Kezia", age_band="adult_unknown", gender="female", living="supported")
v.char("learning_disability", "Moderate learning disability")
v.char("other", "Autistic", detail="Autism")
v.char("chronic_illness", "Has epilepsy")
v.svc("other", "prior", "Supported living with 24-hour staff support", detail="Supported living provider (Fernmoor Support Ltd)")
v.svc("other", "prior", "Kezia told a worker at Lanternmoor Day Centre", detail="Day centre (Lanternmoor Day Centre)")
v.svc("adult_social_care", "prior", "Social worker's annual review in November 2023")
v.svc("gp", "prior", "Epilepsy review at the GP in November: no change in seizures")
v.svc("police", "after", "Video-recorded interview with a registered intermediary")
v.svc("other", "after", "Kezia was examined at the Sexual Assault Referral Centre", detail="Sexual Assault Referral Centre")
v.svc("adult_social_care", "after", "Adult social care held a section 42 enquiry quickly")
v.svc("counselling", "after", "Kezia now has support from a specialist counsellor")
p = Person(d, "p1", "perpetrator", name="Mr C", age=46, gender="male")
p.svc("police", "after", "Mr C suspended, then arrested")
p.svc("prison", "after", "Sentenced to 7 years in prison")
cases.append(case(
    d, title="Kezia", review_type="sar", area="Cardenmoor", published="2025-06", incident_year=2023,
    role="briefing", decision="include", reason="sexual_abuse",
    screening_quotes=["Mr C sexually assaulted Kezia in her flat", "Mr C pleaded guilty in October 2024"],
    category="adult_peer_violence", incident_type="sexual_abuse", fatal=False,
    description="Woman in her thirties with a learning disability in supported living sexually assaulted on night shifts by a paid support worker dismissed earlier by another provider.",
    reference_individual="victim", people=[v, p],
    relationship=("other", "Paid support worker at her supported living scheme.", [
        rc(d, "carer", "Paid support worker"),
        rc(d, "sexual_abuse", "Mr C sexually assaulted Kezia in her flat"),
    ]),
    locations=[loc(d, "residential_setting", "Mr C sexually assaulted Kezia in her flat",
                   "Lives in her own flat at Lindenholme Court")],
    escalation_summary="Recruited on one personal reference after dismissal elsewhere for inappropriate touching (no barring referral); rostered alone on most night shifts; assaults over four months with threats that she would lose her flat; her distress recorded as challenging behaviour until she told a day centre worker.",
    markers=[mk(d, "threats_property_damage", "He said she would have to leave her flat if she told anyone")],
    problems=[
        ("Only one (personal) reference was taken; the previous employer was not contacted.",
         FS, "Safer recruitment",
         "His previous employer was not contacted"),
        ("The previous provider dismissed him after a complaint of inappropriate touching but did not refer him to the DBS.",
         "Brightlea Care", "Barring referrals",
         "Brightlea did not refer him to the Disclosure and Barring Service"),
        ("He was rostered alone on most night shifts.",
         FS, "Lone working",
         "Mr C was rostered alone on 14 of his 19 night shifts"),
        ("Managers did not check who worked nights with whom and made no night spot checks.",
         FS, "Management oversight",
         "Managers did not check who was working nights with whom"),
        ("Changes in her behaviour were recorded as behaviour that challenges; no safeguarding concern raised.",
         FS, "Behaviour as communication",
         "No safeguarding concern was raised"),
        ("The annual review was by phone with the manager; the social worker did not speak to her.",
         "Cardenmoor Council adult social care", "Reviews without the person",
         "Social worker did not speak to Kezia"),
        ("Her communication passport was not used.",
         "Cardenmoor Council adult social care", "Communication",
         "Kezia's communication passport was not used"),
        ("Provider did not tell the social worker about the changes in her behaviour.",
         FS, "Information sharing",
         "Changes in her behaviour were not mentioned to the social worker"),
    ]))

# ---------------------------------------------------------------- f21_06
d = D("f21_06_sar_kenneth_house_fire_overview_report.md")
v = Person(d, "v1", "victim", name="Kenneth", age=63, gender="male", ethnicity="white_british",
           ethnicity_detail="Kenneth was a White Scottish man", living="alone")
v.char("alcohol_misuse", "His GP recorded alcohol dependence from 2012",
       "his reported intake was between 80 and 120 units a week")
v.char("household_substance_misuse", "Kenneth grew up in a household where his father drank heavily")
v.char("homelessness", "for about a year in 2009 he slept rough after losing his home")
v.char("chronic_illness", "He stopped working in 2015 because of chronic obstructive pulmonary disease (COPD)")
v.char("disability", "From 2022 he walked with a stick and could not manage more than a few steps outside the flat.")
v.char("mental_health_current", "He was prescribed an antidepressant for low mood from 2021.")
v.char("social_isolation", "The panel considered that he was socially isolated and lonely.")
v.char("non_engagement", "He was offered a community detox and declined.",
       "He did not attend three follow-up appointments",
       "Kenneth said he could manage and declined a package of care")
v.svc("gp", "prior", "Dunlin Road Surgery knew Kenneth well.")
v.svc("substance_misuse_services", "prior", "Lyndhope Alcohol and Drug Service assessed Kenneth once, in May 2021.")
v.svc("acute_health", "prior", "Kenneth was admitted to Lyndhope Royal Infirmary twice in 2022 after withdrawal seizures.")
v.svc("ambulance", "prior", "Corriemuir Ambulance Service attended Kenneth three times for falls while intoxicated.")
v.svc("other", "prior", "The respiratory team recorded that Kenneth smoked", detail="Community respiratory team")
v.svc("private_sector", "prior", "Medivair Home Oxygen Ltd, the supplier contracted by the NHS to install and service oxygen equipment")
v.svc("other", "prior", "Fellmoor Fire and Rescue Service carried out a home fire safety visit in March 2023.",
      detail="Fire and rescue service")
v.svc("adult_social_care", "prior", "Lyndhope Council Adult Social Care carried out a care and support needs assessment in May 2023")
v.svc("housing", "prior", "Kenneth was a tenant of Evenmere Housing, a housing association.")
cases.append(case(
    d, title="Kenneth", review_type="sar", area="Lyndhope", published="2025-03", incident_year=2024,
    role="overview_report", decision="exclude", reason="poor_care_management",
    screening_quotes=["it was most likely caused by a lit cigarette dropped onto the chair",
                      "No other person harmed Kenneth, and this review is not about abuse by another person."],
    category=None, incident_type=None, fatal=True,
    description="Man of 63 with alcohol dependence and COPD died in a fire at his flat started by his own cigarette while using home oxygen; no one else harmed him.",
    reference_individual="victim", people=[v],
    problems=[
        ("The GP's telephone review did not ask about smoking or oxygen use.",
         "Dunlin Road Surgery", "Fire risk not assessed",
         "The GP's December 2023 review was by telephone and did not ask about smoking or oxygen use."),
        ("The GP record never brought together oxygen use, smoking and heavy drinking.",
         "Dunlin Road Surgery", "Joining up risk",
         "The practice's records did not hold a single note that Kenneth was using home oxygen while smoking and drinking heavily"),
        ("The alcohol service discharged him without telling the GP or trying to contact him.",
         "Lyndhope Alcohol and Drug Service", "Case closure after non-attendance",
         "The alcohol service discharged Kenneth without informing his GP, and no attempt was made to contact him by telephone or at home before closing the case."),
        ("No assertive outreach was offered (not commissioned).",
         "Commissioners of alcohol services", "Assertive outreach",
         "Kenneth was never offered an assertive outreach approach."),
        ("The hospital did not consider fire risk at discharge despite oxygen and smoking on the summary.",
         "Lyndhope Royal Infirmary", "Fire risk not assessed",
         "The hospital did not consider fire risk when discharging Kenneth in September 2022"),
        ("Ambulance crews raised no safeguarding concern on three call-outs and did not report the burn.",
         "Corriemuir Ambulance Service", "Safeguarding concerns not raised",
         "The ambulance crews did not raise a safeguarding concern on any of the three occasions, and the burn was not reported to the GP."),
        ("No documented fire risk assessment before oxygen was prescribed to a smoker.",
         "Lyndhope Community Respiratory Team", "Fire risk not assessed",
         "did not complete a documented fire risk assessment before oxygen was prescribed in June 2022"),
        ("The fire service referral was made nine months after oxygen was installed.",
         "Lyndhope Community Respiratory Team", "Delayed referral",
         "The team made a fire service referral, but not until March 2023, nine months after oxygen was installed."),
        ("The respiratory nurse accepted his account that he smoked only at the window.",
         "Lyndhope Community Respiratory Team", "Professional curiosity",
         "the respiratory nurse accepted Kenneth's account that he smoked only at the window"),
        ("The oxygen supplier did not report burn marks for eleven months, contrary to its procedure.",
         "Medivair Home Oxygen Ltd", "Delayed reporting of smoking near oxygen",
         "The supplier's engineer advised Kenneth but did not report the burn marks to the respiratory team or the fire service until October 2023, eleven months later."),
        ("The fire service did not share its visit outcome with the respiratory team or GP.",
         "Fellmoor Fire and Rescue Service", "Information sharing",
         "The fire service did not share the outcome of its visit with the respiratory team or the GP"),
        ("The fire service closed the case after unanswered visits without escalation or contacting the daughter.",
         "Fellmoor Fire and Rescue Service", "Case closure after non-engagement",
         "There was no escalation to other agencies, and no attempt to contact his daughter."),
        ("Adult social care's assessment did not consider fire risk or his ability to act on decisions when drinking.",
         "Lyndhope Council Adult Social Care", "Fire risk not assessed",
         "The assessment did not consider fire risk, and did not explore Kenneth's ability to act on decisions about smoking and oxygen when he had been drinking."),
        ("No formal capacity assessment about smoking with oxygen, including executive functioning.",
         "Lyndhope Council Adult Social Care", "Mental capacity and executive function",
         "there was enough evidence of repeated risky decisions to justify a formal assessment of his capacity in relation to smoking with oxygen, including his executive functioning, and that was not done"),
        ("The case was closed without discussion with other agencies or a plan to revisit.",
         "Lyndhope Council Adult Social Care", "Case closure after refusal",
         "Kenneth's case was closed without any discussion with the other agencies involved, and without a plan to revisit."),
        ("The tenancy officer saw burn marks but did not report them or raise a concern.",
         "Evenmere Housing", "Safeguarding concerns not raised",
         "The tenancy officer recorded the burn marks but did not report them to the fire service or raise a safeguarding concern."),
        ("No multi-agency risk management meeting was called although the criteria were met.",
         MULTI, "Multi-agency risk management not used",
         "No agency called a multi-agency risk management meeting, although at least five agencies knew of part of the risk"),
        ("His decisions were described as lifestyle choices without asking whether alcohol dependence affected his ability to carry them out.",
         MULTI, "Mental capacity and executive function",
         "agencies repeatedly described Kenneth as making \"lifestyle choices\" without asking whether his alcohol dependence affected his ability"),
        ("\"Not ready to change\" was used as a reason to close cases.",
         MULTI, "Case closure after refusal",
         "this phrase was used as a reason to close cases rather than as a starting point for continued contact"),
        ("No agency contacted his daughter about the fire risk.",
         MULTI, "Family involvement",
         "No agency contacted Kenneth's daughter about the fire risk"),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold_a.json"))
