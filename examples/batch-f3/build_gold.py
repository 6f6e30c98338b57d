"""Build gold.json for batch-f3 from the hand coding below.

Run from anywhere: python3 examples/batch-f3/build_gold.py
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
    d = Doc(CORPUS, name)
    docs.append(d)
    return d


# ---------------------------------------------------------------- f3_01
d = D("f3_01_dhr_amira_web.txt")
v = Person(d, "v1", "victim", name="Amira", age_band="adult_unknown", gender="female",
           ethnicity="asian_pakistani", ethnicity_detail="British Pakistani", living="family_home")
v.char("domestic_abuse", "Amira experienced coercive and controlling behaviour throughout the relationship, including monitoring of her phone and restrictions on when she could see her family",
       subtypes=["coercive_control"])
v.svc("police", "prior", "Kettlemere Police were called to Amira's home three times in 2021.")
v.svc("health_visitor", "prior", "Amira told a health visitor that her partner was \"very jealous\" and checked her phone.")
p = Person(d, "p1", "perpetrator", name=None, age_band="adult_unknown", gender="male")
p.char("mental_health_current", "Her former partner had been seen by his GP for anxiety on several occasions in 2020 and 2021.")
p.svc("gp", "prior", "Her former partner had been seen by his GP for anxiety on several occasions in 2020 and 2021.")
p.svc("police", "prior", "In April he was arrested for criminal damage to her car; he was released without charge.")
p.svc("prison", "after", "He was convicted of her murder in September 2022 and is serving a life sentence.")
cases.append(case(
    d, title="Amira", review_type="dhr", area="Kettlemere", published="2024-02", incident_year=2021,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Amira was killed at her home by her former partner.",
                      "He was convicted of her murder in September 2022"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman strangled at her home by her former partner four months after she ended the relationship; he had stalked her after the separation.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Former partner of five years; separated four months before her death when she asked him to leave.", [
        rc(d, "coercive_control", "Amira experienced coercive and controlling behaviour throughout the relationship"),
        rc(d, "domestic_abuse", "Amira experienced coercive and controlling behaviour throughout the relationship"),
        rc(d, "stalking", "after the separation this became stalking"),
        rc(d, "strain_separation", "had separated four months before her death, when Amira asked him to leave"),
    ]),
    weapons=[wp(d, "strangulation", "strangled her while the children were asleep upstairs")],
    locations=[loc(d, "home", "Amira was killed at her home by her former partner.")],
    technology=[tech(d, "mobile_phone", "her former partner had been sending her dozens of messages a day")],
    escalation_summary="Separation four months before; after it he sent dozens of messages a day, waited outside her workplace and damaged her car.",
    markers=[mk(d, "separation", "had separated four months before her death, when Amira asked him to leave"),
             mk(d, "threats_property_damage", "he was arrested for criminal damage to her car")],
    problems=[
        ("The September 2021 police risk assessment ignored the separation, the stalking and his waiting outside her workplace.",
         "Kettlemere Police", "Risk assessment",
         "The police risk assessment in September 2021 did not take account of the recent separation, the stalking behaviour or the fact that he had been waiting outside her workplace"),
        ("No referral to the domestic abuse service after any of three police call-outs, although she asked for support.",
         "Kettlemere Police", "Referral to specialist services",
         "No referral was made to the local domestic abuse service after any of the three police call-outs"),
        ("The health visitor did not ask directly about domestic abuse or record the disclosure as a safeguarding concern.",
         "Health visiting service", "Routine enquiry",
         "The health visitor did not ask Amira directly about domestic abuse"),
        ("The GP never asked him about his relationship or anger when he consulted about anxiety.",
         "GP practice", "Routine enquiry (perpetrator)",
         "When he saw his GP about anxiety, he was never asked about his relationship or about anger."),
        ("Police call-outs were not shared with the health visiting service.",
         "Kettlemere Police; health visiting service", "Information sharing",
         "Information about the police call-outs was not shared with the health visiting service"),
    ]))

# ---------------------------------------------------------------- f3_02
d = D("f3_02_cspr_baby_r_7min.txt")
v = Person(d, "v1", "victim", name="Baby R", age=0, gender="female",
           ethnicity="mixed_white_black_african", ethnicity_detail="mixed White and Black African heritage",
           living="family_home")
v.char("abuse_neglect_child", "the rib fractures were of different ages, so Baby R had been injured on more than one occasion",
       subtypes=["physical"])
v.char("parent_mental_health", "Her mother was treated by the GP for postnatal depression")
v.char("household_substance_misuse", "she smoked cannabis most evenings")
v.char("absent_parents", "Baby R's father had no contact with her after the pregnancy.")
v.svc("acute_health", "prior", "At four months Baby R was taken to the emergency department with a bruise on her ear.")
v.svc("health_visitor", "prior", "The health visitor saw Baby R and her mother at the four-month review at home")
v.svc("acute_health", "after", "Baby R's treatment for her skull fracture on the paediatric ward was excellent.")
v.svc("csc_looked_after", "after", "Children's social care placed Baby R with experienced foster carers on her discharge from hospital")
p = Person(d, "p1", "perpetrator", name=None, age=26, gender="male", living="family_home")
p.char("offending", "In 2018 he was convicted of assaulting a woman he had been in a relationship with")
p.char("history_of_violence", "In 2018 he was convicted of assaulting a woman he had been in a relationship with")
p.char("unemployment", "He had lost his job as a delivery driver three weeks before the injuries")
p.svc("probation", "prior", "he completed a community order under the supervision of the probation service")
p.svc("police", "prior", "The police held information about his conviction for violence against a previous partner")
p.svc("police", "after", "Mother's partner was charged with causing grievous bodily harm with intent.")
p.svc("prison", "after", "sentenced to nine years' imprisonment")
cases.append(case(
    d, title="Baby R", review_type="scr", area="Calderwyn", published="2023-06", incident_year=2021,
    role="briefing", decision="include", reason="physical_assault",
    screening_quotes=["was found to have a fractured skull, two fractured ribs and bruising to her back",
                      "Mother's partner was charged with causing grievous bodily harm with intent."],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Seven-month-old girl with a fractured skull and rib fractures of different ages inflicted by her mother's partner, who had a conviction for assaulting a previous partner.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Mother's partner (not her father), living in the household from August 2021 and caring for her while her mother worked.", [
        rc(d, "physical_abuse", "the rib fractures were of different ages, so Baby R had been injured on more than one occasion"),
        rc(d, "carer", "was at home caring for Baby R while her mother worked evening shifts"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "was found to have a fractured skull, two fractured ribs and bruising to her back")],
    escalation_summary="He lost his job three weeks before the injuries and was caring for her alone in the evenings.",
    markers=[mk(d, "adverse_life_event", "He had lost his job as a delivery driver three weeks before the injuries")],
    problems=[
        ("The emergency department did not follow the bruising protocol for a non-mobile baby: no paediatric review, no referral to children's social care.",
         "Calderwyn General Hospital (emergency department)", "Bruising in non-mobile babies",
         "The emergency department did not use the partnership's non-mobile baby bruising protocol"),
        ("The discharge letter about the bruise was not sent to the GP or health visitor.",
         "Calderwyn General Hospital (emergency department)", "Information sharing",
         "The discharge letter from the emergency department was not sent to the GP or the health visitor"),
        ("The health visitor did not ask who lived in the home or who cared for the baby; the partner was not recorded.",
         "Health visiting service", "The unseen man",
         "The health visitor did not ask who else lived in the home or who looked after Baby R"),
        ("No agency knew the partner had moved in and no check of his violent history was made.",
         "Multiple agencies", "The unseen man",
         "no agency knew he had moved in and no check was made"),
        ("The GP knew of the mother's depression and cannabis use but did not share it with the health visitor.",
         "GP practice", "Information sharing; parental capacity",
         "Mother's depression and cannabis use were known to the GP but were not shared with the health visitor"),
    ]))

# ---------------------------------------------------------------- f3_03
d = D("f3_03_sar_bernadette_exec.txt")
v = Person(d, "v1", "victim", name="Bernadette", age=52, gender="female", ethnicity="white_irish",
           ethnicity_detail="White Irish", living="supported")
v.char("disability", "She has lived with the effects of an acquired brain injury since a road traffic collision in 2009, which affects her memory, her judgement and her balance.")
v.char("migration_status", "moved to Ossingham from Dublin as a young woman")
v.char("abuse_neglect_adult", "Mr Quinn had been shouting at Bernadette in the corridor and had told her he would \"sort her out\"",
       subtypes=["emotional"])
v.svc("voluntary_sector", "prior", "Tillwell Housing Support provided six hours of support a week")
v.svc("adult_social_care", "prior", "Her social worker reviewed the placement each year")
v.svc("police", "prior", "On the second occasion Bernadette spoke to an officer")
v.svc("gp", "prior", "the GP practices of both tenants")
v.svc("ambulance", "after", "stayed with her until the ambulance arrived")
v.svc("acute_health", "after", "She spent five weeks in hospital, including a period in the neurosurgical unit")
v.svc("adult_social_care", "after", "Her social worker visited her in hospital within two days and arranged an independent advocate.")
p = Person(d, "p1", "perpetrator", name="Mr Quinn", age=34, gender="male", living="supported")
p.char("mental_health_current", "Mr Quinn has a diagnosis of emotionally unstable personality disorder")
p.char("alcohol_misuse", "He also drank heavily.")
p.char("non_engagement", "He was referred to the alcohol service in 2021 but did not attend any appointment.")
p.char("history_of_violence", "he had been evicted from two tenancies after assaults on neighbours")
p.char("offending", "he had convictions for assault")
p.svc("mh_community", "prior", "was under the care of the community mental health team, with a care coordinator")
p.svc("housing", "prior", "Mr Quinn was placed in the scheme by the council's commissioning team")
p.svc("police", "prior", "once when Mr Quinn threatened a support worker with a chair")
p.svc("gp", "prior", "the GP practices of both tenants")
p.svc("police", "after", "Mr Quinn was arrested that evening.")
p.svc("prison", "after", "was sentenced in 2023 to six years' imprisonment")
cases.append(case(
    d, title="Bernadette", review_type="sar", area="Ossingham", published="2024-03", incident_year=2022,
    role="executive_summary", decision="include", reason="physical_assault",
    screening_quotes=["Bernadette was punched and kicked repeatedly by another tenant of the scheme",
                      "He pleaded guilty to causing grievous bodily harm with intent"],
    category="adult_peer_violence", incident_type="non_fatal_injury", fatal=False,
    description="Woman of 52 with an acquired brain injury seriously assaulted by a fellow tenant of her supported living scheme who had a history of violence.",
    reference_individual="victim", people=[v, p],
    relationship=("housemate", "Fellow tenants of the same supported living scheme.", [
        rc(d, "emotional_abuse", "had told her he would \"sort her out\""),
    ]),
    weapons=[wp(d, "non_accidental_injury", "Bernadette was punched and kicked repeatedly by another tenant of the scheme")],
    locations=[loc(d, "residential_setting", "in the communal kitchen", "at the supported living scheme where she lived")],
    escalation_summary="Threats to her and to staff in the spring of 2022, the bank card incident in May, and heavy drinking on the afternoon of the assault.",
    markers=[mk(d, "alcohol_drugs_before", "Mr Quinn had been drinking heavily that afternoon, according to staff"),
             mk(d, "threats_property_damage", "told her he would \"sort her out\"", "threatened a support worker with a chair")],
    problems=[
        ("Three safeguarding concerns were screened out without a section 42 enquiry; her brain injury's effect on self-protection was not considered.",
         "Ossingham Council adult social care", "Safeguarding thresholds; acquired brain injury",
         "All three safeguarding concerns raised by Tillwell Housing Support were screened out by the adult social care safeguarding team without a section 42 enquiry"),
        ("He was placed in the scheme without a risk assessment of the other tenants.",
         "Ossingham Council housing and commissioning", "Placement decisions",
         "Mr Quinn was placed in the scheme by the council's commissioning team without a risk assessment of the other tenants"),
        ("Housing knew of his violence to neighbours but did not pass it to the provider.",
         "Ossingham Council housing and commissioning", "Information sharing",
         "His history of violence to neighbours was known to housing but was not passed on to the provider."),
        ("The community mental health team did not share its risk history with the provider.",
         "Hartmoor Partnership NHS Foundation Trust", "Information sharing",
         "The community mental health team did not share its risk history for Mr Quinn with Tillwell Housing Support"),
        ("Police did not record the bank card incident as a crime or possible financial abuse, and made no referral.",
         "Ossingham Police", "Financial abuse not recognised",
         "Officers did not record the bank card incident as a crime or as possible financial abuse of an adult at risk"),
        ("No staff on site in the evenings or at night; requests for funding were not agreed.",
         "Ossingham Council commissioning; Tillwell Housing Support", "Staffing and resources",
         "The scheme had no staff on site in the evenings or at night"),
    ]))

# ---------------------------------------------------------------- f3_04
d = D("f3_04_dhr_winnie_overview.txt")
v = Person(d, "v1", "victim", name="Winnie", age=81, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("chronic_illness", "She had chronic obstructive pulmonary disease (COPD) and heart failure")
v.char("disability", "from 2020 she walked with a frame")
v.char("social_isolation", "After Ronald's death in 2016 Winnie became more isolated.")
v.char("domestic_abuse", "Winnie experienced financial abuse, physical abuse and emotional abuse from her grandson",
       "he took over her bank card and her mobile phone, answered her calls, and stopped the befriending calls",
       subtypes=["financial", "physical", "emotional", "coercive_control"])
v.svc("gp", "prior", "Winnie's annual COPD review by telephone.")
v.svc("ambulance", "prior", "Crew attend, find a skin tear to her forearm, and convey her to hospital.")
v.svc("acute_health", "prior", "Winnie admitted with a chest infection following the fall.")
v.svc("adult_social_care", "prior", "Care needs assessment completed by telephone.")
v.svc("other", "prior", "District nurses begin visiting Winnie weekly to dress a leg ulcer.", detail="District nursing")
v.svc("voluntary_sector", "prior", "Volunteer begins weekly telephone calls to Winnie.")
v.svc("private_sector", "prior", "Bank branch contacts Adult Social Care: large withdrawals from Winnie's account", detail="Northway Bank")
v.svc("police", "prior", "Officers see Winnie briefly in the living room with Kyle present.")
p = Person(d, "p1", "perpetrator", name="Kyle", age=23, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
p.char("abuse_neglect_child", "He was made the subject of a child protection plan for neglect in 2006.", subtypes=["neglect"])
p.char("child_in_need_protection", "He was made the subject of a child protection plan for neglect in 2006.")
p.char("looked_after", "Kyle was looked after by the local authority from the age of nine until he was sixteen, in two foster placements.")
p.char("household_substance_misuse", "Kyle grew up with his mother's alcohol dependency and her depression.")
p.char("parent_mental_health", "Kyle grew up with his mother's alcohol dependency and her depression.")
p.char("absent_parents", "Kyle's father has never been part of his life and is not named.")
p.char("homelessness", "Kyle had periods of rough sleeping and sofa surfing in 2019")
p.char("unemployment", "Kyle had not worked since 2019.")
p.char("offending", "He had a conviction for shoplifting in 2019, for which he received a conditional discharge.")
p.char("alcohol_misuse", "he drank heavily at weekends")
p.char("financial_issues", "by 2021 he owed money to several payday lenders")
p.char("other", "he gambled online \"all the time\"", detail="Gambling")
p.char("mental_health_current", "the GP referred Kyle to Dunmarsh Talking Therapies for low mood and anxiety")
p.char("non_engagement", "He attended one assessment appointment and did not respond to further offers")
p.char("caring_responsibilities", "From November 2020 every agency involved treated Kyle as Winnie's carer.")
p.svc("school", "prior", "referrals from his primary school about neglect from 2005")
p.svc("csc_cin_cp", "prior", "He was made the subject of a child protection plan for neglect in 2006.")
p.svc("csc_looked_after", "prior", "His leaving care personal adviser kept in touch with him until his twenty-first birthday in 2019.")
p.svc("police", "prior", "Kyle arrested for shoplifting from a supermarket.")
p.svc("gp", "prior", "Kyle sees the GP about low mood, poor sleep and money worries.")
p.svc("mh_iapt_early_intervention", "prior", "He attended one assessment appointment")
p.svc("police", "after", "was arrested at the bungalow by Dunmarsh Police")
p.svc("prison", "after", "He was sentenced to life imprisonment with a minimum term of seventeen years.")
cases.append(case(
    d, title="Winnie", review_type="dhr", area="Dunmarsh", published="2023-10", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["The person who killed her was Kyle, her grandson",
                      "Kyle was convicted of Winnie's murder at Dunmarsh Crown Court"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 81 killed at her bungalow with a glass doorstop by her 23-year-old grandson, who lived with her as her recorded carer and abused her financially, physically and emotionally.",
    reference_individual=None, people=[v, p],
    relationship=("other_family", "Her grandson, who lived with her from January 2020 and was recorded as her carer.", [
        rc(d, "carer", "Kyle asks the practice to record him as Winnie's carer"),
        rc(d, "domestic_abuse", "The panel is clear that what Winnie experienced from Kyle was domestic abuse."),
        rc(d, "financial_abuse", "Winnie experienced financial abuse, physical abuse and emotional abuse from her grandson"),
        rc(d, "physical_abuse", "she had seen him grab Winnie by the arms and push her down into her chair"),
        rc(d, "emotional_abuse", "she had heard Kyle shouting at his grandmother"),
        rc(d, "coercive_control", "he took over her bank card and her mobile phone, answered her calls, and stopped the befriending calls"),
    ]),
    weapons=[wp(d, "blunt_object", "she was struck repeatedly on the head with a heavy glass doorstop")],
    locations=[loc(d, "home", "in the living room of her bungalow")],
    escalation_summary="Debts and a debt collector's letter, a smashed door in late February, the end of his relationship on 9 March and heavy drinking on the evening of the homicide.",
    markers=[mk(d, "threats_property_damage", "Kyle smashed the glass panel of the kitchen door during an argument about money"),
             mk(d, "adverse_life_event", "Kyle's girlfriend ended their relationship."),
             mk(d, "alcohol_drugs_before", "On the night of Winnie's death he had been drinking in a pub for several hours before he returned home."),
             mk(d, "stress_debt_housing", "Kyle also received a letter from a debt collection agency in the first week of March warning of court action over his debts.")],
    problems=[
        ("The GP practice recorded the grandson as carer at his request without asking Winnie alone.",
         "Rookhollow Medical Practice", "Carers not assessed",
         "The GP practice recorded Kyle as Winnie's carer on his say-so and never asked Winnie, alone, whether she wanted him in that role."),
        ("The care needs assessment was done by telephone with the grandson present; her views were not recorded; no carer's assessment.",
         "Dunmarsh Council Adult Social Care", "Voice of the adult; carer's assessment",
         "The adult social care assessment in January 2021 was completed by telephone with Kyle present"),
        ("District nurses accepted explanations for repeated bruising and made no safeguarding referral.",
         "Dunmarsh Community Health Services (district nursing)", "Unexplained injuries in older people",
         "District nurses saw bruising on Winnie's arms and wrist on three occasions but accepted the explanations offered and made no safeguarding referral."),
        ("Bruising was not shared between district nursing and the GP.",
         "District nursing; GP practice", "Information sharing",
         "Information about the bruising was not shared between the district nursing service and the GP practice"),
        ("The bank's safeguarding concern was closed without a section 42 enquiry or speaking to Winnie.",
         "Dunmarsh Council Adult Social Care", "Financial abuse; safeguarding thresholds",
         "The safeguarding concern from the bank was closed without a section 42 enquiry and without anyone speaking to Winnie."),
        ("Police at the welfare check did not see her alone, did not consider domestic abuse, did no risk assessment and made no referral.",
         "Dunmarsh Police", "Domestic abuse by relatives not recognised",
         "the visit was not considered as a possible domestic abuse incident, no risk assessment was completed and no referral was made to adult social care"),
        ("Abuse of an older person by a grandchild carer was not recognised as domestic abuse by any agency.",
         "Multiple agencies", "Adult family domestic abuse not recognised",
         "abuse of an older person by an adult grandchild who was also her carer was not recognised as domestic abuse"),
    ]))

# ---------------------------------------------------------------- f3_05
d = D("f3_05_iir_mr_v.html")
v = Person(d, "v1", "victim", name="Ms W", age=41, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("domestic_abuse", "Mr V had shoved her into the kitchen door frame when she tried to take his car keys", subtypes=["physical"])
v.char("caring_responsibilities", "Ms W was, in practice, Mr V's carer.")
v.char("mental_health_past", "Ms W's GP saw her regularly for back pain and for low mood in 2020.")
v.svc("gp", "prior", "Ms W's GP saw her regularly for back pain and for low mood in 2020.")
p = Person(d, "p1", "perpetrator", name="Mr V", age=38, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="Black British Caribbean", living="family_home")
p.char("mental_health_current", "Mr V was diagnosed with paranoid schizophrenia in 2009")
p.char("medication", "each following a period when he had stopped his antipsychotic medication",
       "Mr V refuses his depot injection")
p.char("substance_misuse", "Mr V used cannabis regularly from his teens.")
p.char("unemployment", "had since been unemployed")
p.char("non_engagement", "Mr V does not attend his depot clinic.")
p.svc("mh_community", "prior", "Mr V had been managed on CPA by the Trust's community mental health team (CMHT) since 2013")
p.svc("mh_inpatient", "prior", "Assessed and admitted to Larkspur Ward under section 2, later converted to section 3.")
p.svc("police", "prior", "Mr V taken by Wyvern Police to the place of safety under section 136")
p.svc("gp", "prior", "the GP records of both Mr V and Ms W")
p.svc("police", "after", "Mr V was arrested at the flat by Wyvern Police the same evening.")
p.svc("prison", "after", "He was remanded in custody to HMP Calderbridge")
p.svc("mh_inpatient", "after", "later transferred to a medium secure unit under the Mental Health Act")
cases.append(case(
    d, title="Mr V", review_type="iir", area="Wyvernham", published="2024-05", incident_year=2021,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["before he killed Ms W, his partner, at their flat in Wyvernham on 18 October 2021",
                      "his plea of guilty to manslaughter by reason of diminished responsibility was accepted"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 41 stabbed at their flat by her partner, a man with paranoid schizophrenia discharged from hospital 19 days before, who had stopped his medication; she was his unassessed carer.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("intimate_partner", "Partners of six years, living together, not married; she was in practice his carer.", [
        rc(d, "carer", "She was recorded on the Trust's system as his \"nearest relative and carer\"."),
        rc(d, "physical_abuse", "Mr V had shoved her into the kitchen door frame when she tried to take his car keys"),
        rc(d, "domestic_abuse", "Mr V had shoved her into the kitchen door frame when she tried to take his car keys"),
    ]),
    weapons=[wp(d, "knife", "Ms W died from stab wounds.")],
    locations=[loc(d, "home", "before he killed Ms W, his partner, at their flat in Wyvernham on 18 October 2021")],
    escalation_summary="Discharged from an acute ward on 29 September 2021; missed follow-up and depot; on 14 October he broke a mirror and refused his tablets.",
    markers=[mk(d, "discharged_or_absconded", "Discharged from Larkspur Ward to the care of the CMHT."),
             mk(d, "stopped_medication", "will not take his tablets"),
             mk(d, "disengaged_services", "Mr V does not attend his depot clinic."),
             mk(d, "threats_property_damage", "Mr V has broken the bathroom mirror")],
    problems=[
        ("The 2017 push was never carried into the risk assessment; the risk to Ms W was never assessed.",
         "Wyvern Valley Mental Health NHS Foundation Trust", "Risk assessment; risk to family and carers",
         "The record that Mr V had pushed Ms W in 2017 was never carried into his risk assessment"),
        ("Depot refusal was not escalated to the consultant and no medical review took place.",
         "Wyvern Valley Mental Health NHS Foundation Trust (CMHT)", "Medication non-adherence",
         "When Mr V refused his depot in March 2021 the care coordinator did not escalate this to the consultant"),
        ("Ms W was not involved in discharge planning and her views were not sought.",
         "Wyvern Valley Mental Health NHS Foundation Trust", "Carer involvement",
         "Ms W was not involved in discharge planning in September 2021 and her views were not sought"),
        ("The seven-day follow-up did not take place; no system to reallocate visits.",
         "Wyvern Valley Mental Health NHS Foundation Trust (CMHT)", "Post-discharge follow-up",
         "The seven-day follow-up after discharge did not take place"),
        ("The crisis line gave telephone advice only despite reported property damage, medication refusal and recent discharge.",
         "Wyvern Valley Mental Health NHS Foundation Trust (crisis line)", "Crisis response",
         "The crisis line's response to Ms W's call on 14 October did not include a face-to-face assessment"),
        ("Ms W was never offered a carer's assessment.",
         "Wyvern Valley Mental Health NHS Foundation Trust", "Carer's assessment",
         "Ms W was never offered a carer's assessment or any support in her own right."),
    ]))

# ---------------------------------------------------------------- f3_06
d = D("f3_06_cspr_child_j_brief.txt")
v = Person(d, "v1", "victim", name="Child J", age=13, gender="female", living="family_home")
v.char("send", "She has a diagnosis of autism and an Education, Health and Care Plan")
v.char("bullying", "She had been bullied at primary school")
v.char("grooming", "sent her gifts of game credit and asked her to keep their friendship secret")
v.char("missing_episodes", "In February 2023 Child J went missing overnight.")
v.char("mental_health_current", "CAMHS saw Child J twice in 2022 for anxiety")
v.svc("school", "prior", "Staff at the school noticed in December 2022 that Child J talked about an \"online boyfriend\"")
v.svc("police", "prior", "She was found by police the next morning")
v.svc("camhs", "prior", "CAMHS saw Child J twice in 2022 for anxiety")
v.svc("police", "after", "Child J and her mother were supported by the police child abuse investigation team")
v.svc("other", "after", "a children's independent sexual violence adviser from the Sallowby sexual assault referral centre",
      detail="Sexual assault referral centre (ChISVA)")
p = Person(d, "p1", "perpetrator", name=None, age=31, gender="male")
p.char("offending", "He had a previous conviction from 2015 for possessing indecent images of children")
p.svc("police", "prior", "The police offender manager did not carry out an unannounced home visit")
p.svc("mappa", "prior", "was a registered sex offender managed by the police under MAPPA")
p.svc("police", "after", "He was arrested")
p.svc("prison", "after", "was sentenced to eleven years' imprisonment")
cases.append(case(
    d, title="Child J", review_type="scr", area="Sallowby", published="2023-11", incident_year=2023,
    role="briefing", decision="include", reason="sexual_abuse",
    screening_quotes=["he met her in a park near her home and sexually assaulted her",
                      "pleaded guilty to offences including sexual activity with a child"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Autistic girl of 13 groomed online by a 31-year-old registered sex offender posing as a teenager, who obtained indecent images and then sexually assaulted her in a park.",
    reference_individual="victim", people=[v, p],
    relationship=("stranger", "A man she met online who posed as a 16-year-old; no offline connection before he met her.", [
        rc(d, "sexual_abuse", "he persuaded her to send him indecent images of herself"),
    ]),
    locations=[loc(d, "street_public", "he met her in a park near her home and sexually assaulted her")],
    technology=[tech(d, "social_media", "Child J was contacted on a gaming platform by a man who said he was 16. He moved the conversation to a messaging app"),
                tech(d, "online_images", "he persuaded her to send him indecent images of herself")],
    escalation_summary="Months of online grooming with gifts and secrecy, indecent images, a missing episode in February 2023, then a meeting in March.",
    markers=[mk(d, "missing_moving", "In February 2023 Child J went missing overnight.")],
    problems=[
        ("School staff did not pass the 'online boyfriend' concern to the designated safeguarding lead.",
         "School", "Online grooming not recognised",
         "this was not passed to the designated safeguarding lead"),
        ("No return home interview after the missing episode; nobody asked who the friend was.",
         "Police", "Missing episodes",
         "The police did not offer Child J a return home interview after she went missing"),
        ("The offender manager did not make the required unannounced visits or device checks.",
         "Police (offender management / MAPPA)", "Management of sex offenders",
         "The police offender manager did not carry out an unannounced home visit or check the man's devices"),
        ("CAMHS closed her case without telling the school or her mother.",
         "CAMHS", "Case closure and information sharing",
         "then closed her case without telling the school or discussing it with her mother"),
        ("Professionals did not consider how autism affected her understanding of online risk.",
         "Multiple agencies", "Disability and online risk",
         "Professionals did not think about how Child J's autism might affect her understanding of online risk and of secrecy."),
    ]))

# ---------------------------------------------------------------- f3_07
d = D("f3_07_thematic_apv_askerby.txt")
v = Person(d, "v1", "victim", name="Grace", age=44, gender="female", ethnicity="black_african",
           ethnicity_detail="Black African heritage, born in Nigeria", living="family_home")
v.char("domestic_abuse", "Daniel became increasingly violent towards his mother. He punched holes in doors, smashed her phone when she tried to call for help, and demanded money from her for cannabis.",
       "he had beaten her many times while the children were in the house",
       subtypes=["physical", "financial", "emotional"])
v.char("mental_health_current", "Grace has been treated by her GP for depression since 2019.")
v.char("migration_status", "she came to the UK to study in 2001")
v.svc("police", "prior", "Grace called Askerby Police four times between September 2021 and November 2022.")
v.svc("early_help", "prior", "The family support worker met Grace at home six times")
v.svc("gp", "prior", "Grace has been treated by her GP for depression since 2019.")
v.svc("domestic_abuse_services", "prior", "In October 2022 Grace contacted Askerby Domestic Abuse Service for advice.")
v.svc("acute_health", "after", "Grace was treated at Askerby General Hospital and needed surgery on the tendons of her hand.")
p = Person(d, "p1", "perpetrator", name="Daniel", age=17, gender="male", living="family_home")
p.char("other", "Daniel was diagnosed with ADHD at the age of nine.", detail="ADHD")
p.char("educational_exclusion", "He was permanently excluded from his secondary school in Year 9 after assaulting another pupil")
p.char("history_of_violence", "He was permanently excluded from his secondary school in Year 9 after assaulting another pupil",
       "an assault on another young person in the town centre")
p.char("substance_misuse", "He smoked cannabis daily from the age of fourteen.")
p.char("offending", "first for criminal damage and then for an assault on another young person in the town centre, for which he received a referral order")
p.char("domestic_violence_child", "Daniel, then six, had often tried to stand between them",
       "Daniel's own experience of domestic abuse as a young child")
p.char("witnessing_violence", "he had beaten her many times while the children were in the house")
p.char("household_member_prison", "Daniel's father was sent to prison in 2012 for an assault on Grace")
p.char("parental_separation", "Grace separated from Daniel's father in 2012")
p.char("parent_mental_health", "Grace has been treated by her GP for depression since 2019.")
p.char("medication", "he stopped taking the medication in 2022")
p.svc("school", "prior", "he then attended a pupil referral unit, where staff described him as bright but easily provoked")
p.svc("youth_offending", "prior", "From the age of fifteen Daniel was known to the youth justice service")
p.svc("camhs", "prior", "He was seen by CAMHS in 2020 and 2021 for his ADHD medication")
p.svc("police", "prior", "On each occasion officers recorded the incident as \"domestic - non-crime\" or \"no further action\" because Grace did not want her son arrested.")
p.svc("police", "after", "Daniel was arrested at the house.")
p.svc("prison", "after", "which he is serving at a young offender institution")
cases.append(case(
    d, title="Family 1 (Grace and Daniel)", review_type="other", area="Askerby", published="2024-01", incident_year=2023,
    role="overview_report", decision="include", reason="physical_assault",
    screening_quotes=["Grace was stabbed in the arm and the hand by Daniel with a kitchen knife",
                      "Daniel was charged with wounding with intent."],
    category="adult_family_violence", incident_type="non_fatal_injury", fatal=False,
    description="Mother of 44 stabbed in the arm and hand with a kitchen knife by her 17-year-old son after two years of violence and demands for money at home.",
    reference_individual="victim", people=[v, p],
    relationship=("child_to_parent", "Her seventeen-year-old son, living with her.", [
        rc(d, "domestic_abuse", "Daniel became increasingly violent towards his mother."),
        rc(d, "physical_abuse", "Daniel became increasingly violent towards his mother."),
        rc(d, "financial_abuse", "demanded money from her for cannabis"),
    ]),
    weapons=[wp(d, "knife", "Grace was stabbed in the arm and the hand by Daniel with a kitchen knife")],
    locations=[loc(d, "home", "Daniel was arrested at the house.")],
    escalation_summary="Violence and property damage from 2021; in the weeks before the assault he stopped attending college and stayed out overnight.",
    markers=[mk(d, "threats_property_damage", "He punched holes in doors, smashed her phone when she tried to call for help"),
             mk(d, "missing_moving", "was staying out overnight with older friends")],
    problems=[
        ("Police treated each call as a separate incident, did not recognise APV and never completed a risk assessment.",
         "Askerby Police", "Adolescent to parent violence not recognised",
         "In Family 1, the police treated each call from Grace as a separate incident."),
        ("Information about violence at home was not shared between police, early help and youth justice.",
         "Askerby Police; early help; youth justice service", "Information sharing",
         "information about the violence at home was not shared between the police, the early help service and the youth justice service"),
        ("The early help plan did not mention the violence and early help did not know of the police call-outs.",
         "Askerby Council early help service", "Early help assessment",
         "The early help plan did not mention the violence towards Grace"),
        ("The domestic abuse service's eligibility criteria excluded a mother abused by her son.",
         "Askerby Domestic Abuse Service", "Eligibility criteria",
         "the domestic abuse service's eligibility criteria excluded Grace because her abuser was her son"),
        ("The youth justice assessment did not consider violence at home or the risk to his mother and sister.",
         "Youth justice service", "Assessment of risk at home",
         "the youth justice service's assessment did not consider violence at home or the risk to Grace and her daughter"),
        ("His childhood experience of domestic abuse was never considered by agencies working with him as a teenager.",
         "Multiple agencies", "Early trauma not assessed",
         "Daniel's own experience of domestic abuse as a young child was known to children's social care in 2012 but was never considered"),
    ]))

# ---------------------------------------------------------------- f3_08
d = D("f3_08_iir_mr_n_summary.txt")
v = Person(d, "v1", "victim", name="E", age=62, gender="male", ethnicity="black_african",
           ethnicity_detail="Black African heritage", living="alone")
v.char("disability", "He was partially sighted and lived alone.")
v.svc("housing", "prior", "E also complained to housing, in November 2019")
v.svc("police", "prior", "In January 2020 E reported to Lorrington Police")
p = Person(d, "p1", "perpetrator", name="Mr N", age=45, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="alone")
p.char("mental_health_current", "he was diagnosed with delusional disorder")
p.char("medication", "Mr N stopped collecting his prescriptions in February 2020.")
p.char("social_isolation", "He lived alone and had little contact with his family.")
p.char("non_engagement", "did not want to stay in contact with the team")
p.svc("mh_community", "prior", "He was treated by the Trust's community mental health team with antipsychotic medication")
p.svc("housing", "prior", "He made two complaints about E to Lorrington Council's housing department")
p.svc("gp", "prior", "the community mental health team discharged Mr N to the care of his GP")
p.svc("police", "prior", "An officer spoke to Mr N, who said there had been \"a misunderstanding\".")
p.svc("police", "after", "Mr N was arrested nearby.")
p.svc("mh_inpatient", "after", "He remains in a secure hospital.")
cases.append(case(
    d, title="Mr N", review_type="iir", area="Lorrington", published="2023-08", incident_year=2020,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["was attacked by Mr N in the car park outside the building",
                      "E was struck several times with a metal bar and died in hospital four days later."],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 62 killed with a metal bar in the car park of their block by his neighbour, who had delusional disorder focused on him and had stopped his medication.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("neighbour", "E lived in the flat below Mr N in the same council block.", [
        rc(d, "other", "threatened to \"finish him\"", detail="Neighbour dispute with threats"),
    ]),
    weapons=[wp(d, "blunt_object", "E was struck several times with a metal bar")],
    locations=[loc(d, "street_public", "in the car park outside the building")],
    escalation_summary="Delusions focused on E from 2019; threats in late 2019 and January 2020; discharged to GP, stopped collecting prescriptions in February 2020 and had no service contact in lockdown.",
    markers=[mk(d, "stopped_medication", "Mr N stopped collecting his prescriptions in February 2020."),
             mk(d, "disengaged_services", "During the first national lockdown he had no contact with any service."),
             mk(d, "threats_property_damage", "Mr N had banged on his door late at night and threatened him")],
    problems=[
        ("Discharged to the GP without a relapse prevention plan or telling the GP that delusions focused on a neighbour.",
         "Lorrington and Dale Mental Health NHS Trust (CMHT)", "Discharge planning",
         "The community mental health team discharged Mr N without a relapse prevention plan"),
        ("Housing did not share the neighbour complaints with mental health services or police.",
         "Lorrington Council housing department", "Information sharing; neighbour disputes",
         "Lorrington Council's housing department did not share the neighbour complaints with the mental health team or the police"),
        ("The officer dealing with the threats did not check systems, assess vulnerability or consider a mental health referral.",
         "Lorrington Police", "Police response to threats",
         "did not check police systems for previous contact, did not complete a vulnerability assessment and did not consider a referral to mental health services"),
        ("The GP practice had no system to notice he had stopped collecting antipsychotic prescriptions.",
         "GP practice", "Repeat prescription monitoring",
         "The GP practice had no system to notice that a patient on long-term antipsychotic medication had stopped collecting his prescriptions."),
        ("The pre-discharge risk assessment relied on his self-report; no one spoke to family, neighbours or housing.",
         "Lorrington and Dale Mental Health NHS Trust", "Risk assessment",
         "The Trust's risk assessment before discharge relied on what Mr N told staff"),
    ]))

# ---------------------------------------------------------------- f3_09 (exclude)
d = D("f3_09_sar_mr_h_web.txt")
v = Person(d, "v1", "victim", name="Mr H", age=73, gender="male", living="alone")
v.char("chronic_illness", "He had severe chronic obstructive pulmonary disease and used home oxygen")
v.char("social_isolation", "after that he saw few people apart from his son")
v.char("non_engagement", "Mr H declined a referral to the stop smoking service on three occasions")
v.svc("gp", "prior", "His GP, who prescribed the home oxygen and reviewed his COPD every six months.")
v.svc("private_sector", "prior", "The home oxygen service, provided by a private company under contract to the NHS",
      detail="Home oxygen company; home care agency")
v.svc("adult_social_care", "prior", "Adult social care, which arranged a morning care call from a home care agency in 2022")
v.svc("acute_health", "prior", "after a hospital admission")
v.svc("other", "prior", "Pellingford Fire and Rescue Service, whose crew called in 2021 to check his smoke alarms",
      detail="Fire and rescue service")
cases.append(case(
    d, title="Mr H", review_type="sar", area="Pellingford", published="2024-04", incident_year=2023,
    role="overview_report", decision="exclude", reason="poor_care_management",
    screening_quotes=["the most likely cause was a cigarette igniting oxygen tubing",
                      "The fire was not started deliberately, and there was no suggestion that anyone else was involved."],
    category=None, incident_type=None, fatal=True,
    description="Man of 73 with COPD on home oxygen died in an accidental fire at home caused by smoking; no one else was involved.",
    reference_individual="victim", people=[v],
    problems=[
        ("The oxygen company recorded smoking with oxygen twice but told neither the GP nor the fire service.",
         "Home oxygen company", "Fire risk with home oxygen",
         "The home oxygen company recorded twice in 2022 that Mr H was smoking while using oxygen, but did not tell the GP or the fire service"),
        ("No further fire safety visit after oxygen was installed, because the fire service was not told.",
         "Pellingford Fire and Rescue Service", "Fire risk with home oxygen",
         "no further visit was arranged when the oxygen was installed because the fire service was not told"),
        ("The care plan had no fire risk assessment and care workers did not report burn marks.",
         "Adult social care; home care agency", "Care planning",
         "Adult social care's care plan did not include a fire risk assessment, and the care workers who saw the burn marks on his chair did not report them."),
        ("Nobody explored his understanding of the risk or assessed his capacity.",
         "Multiple agencies", "Mental capacity",
         "Nobody explored with Mr H what he understood about the specific risk of smoking with oxygen"),
    ]))

# ---------------------------------------------------------------- f3_10 (exclude)
d = D("f3_10_cspr_child_s_summary.txt")
v = Person(d, "v1", "victim", name="Child S", age=15, gender="male", living="family_home")
v.char("substance_misuse", "From the age of thirteen Child S used cannabis with friends")
v.char("send", "an Education, Health and Care Plan for social, emotional and mental health needs")
v.char("other", "He had a diagnosis of ADHD", detail="ADHD")
v.char("parental_separation", "his parents had separated when he was eight")
v.char("non_engagement", "He did not attend the two appointments he was offered")
v.svc("school", "prior", "In March 2022 the school referred Child S to the young people's substance misuse service.")
v.svc("counselling", "prior", "he told his school counsellor that he had taken ecstasy at a festival")
v.svc("early_help", "prior", "The family received early help support in 2021")
v.svc("camhs", "prior", "Child S was seen by CAMHS for the review of his ADHD medication every six months.")
cases.append(case(
    d, title="Child S", review_type="scr", area="Hollinsey", published="2023-09", incident_year=2022,
    role="executive_summary", decision="exclude", reason="risk_taking_no_peer_violence",
    screening_quotes=["There is no evidence that Child S was exploited, coerced or bullied.",
                      "The cause of death was MDMA toxicity."],
    category=None, incident_type=None, fatal=True,
    description="Boy of 15 died of MDMA toxicity after taking tablets at a party; no exploitation, coercion or bullying.",
    reference_individual="victim", people=[v],
    problems=[
        ("The substance misuse service closed the referral after non-attendance without telling the school or his father.",
         "Young people's substance misuse service", "Was not brought / non-attendance",
         "the service closed the referral without telling the school or his father"),
        ("The early help plan was closed as goals achieved without discussing his cannabis use with him.",
         "Early help", "Voice of the child",
         "The early help plan was closed in December 2021 as \"goals achieved\", although Child S's cannabis use had not been discussed with him."),
        ("His drug use was known to school but not to CAMHS; the interaction with his medication was not discussed.",
         "School; CAMHS", "Information sharing",
         "His drug use was recorded by the school but was not known to CAMHS"),
    ]))

# ---------------------------------------------------------------- f3_11 (exclude, not a review)
d = D("f3_11_newsletter_marlstead.html")
cases.append(case(
    d, title=None, review_type="other", area="Marlstead", published="2024", incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["The newsletter of the Marlstead Safeguarding Partnership - Issue 14, Spring 2024",
                      "We will not repeat the details of the case here."],
    category=None, incident_type=None, fatal=None,
    description="Partnership newsletter: review updates without case details, practice messages, training dates; no case is described.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f3_12 (exclude)
d = D("f3_12_dhr_mrs_f_summary.txt")
v = Person(d, "v1", "victim", name="Mrs F", age=57, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("alcohol_misuse", "was dependent on alcohol for at least the last ten years of her life")
v.char("mental_health_current", "She had been treated for depression by her GP since 2012.")
v.char("domestic_abuse", "Mr F controlled all of the household money, gave Mrs F a small weekly allowance, and decided who could visit",
       "had pushed her down the stairs in 2015",
       subtypes=["financial", "coercive_control", "emotional", "physical"])
v.char("social_isolation", "her drinking, her health and her isolation were closely bound up with that abuse")
v.char("non_engagement", "she attended four appointments before stopping", "declined further support")
v.svc("gp", "prior", "She had been treated for depression by her GP since 2012.")
v.svc("acute_health", "prior", "Mrs F was admitted to Corvedon Royal Infirmary five times between 2018 and 2021")
v.svc("substance_misuse_services", "prior", "she was referred to the Corvedon community alcohol service, where she attended four appointments")
v.svc("domestic_abuse_services", "prior", "She spoke to the IDVA once on the telephone and declined further support")
v.svc("police", "prior", "Officers found Mrs F intoxicated and upset, with a cut to her lip.")
p = Person(d, "p1", "perpetrator", name="Mr F", age=60, gender="male", living="family_home")
p.svc("police", "prior", "Mr F said she had been drinking all day.")
cases.append(case(
    d, title="Mrs F", review_type="dhr", area="Corvedon", published="2023-12", incident_year=2021,
    role="executive_summary", decision="exclude", reason="death_not_caused_by_maltreatment",
    screening_quotes=["Mrs F died from liver failure caused by long-term alcohol use",
                      "Mrs F's death was not caused by any act of Mr F"],
    category=None, incident_type=None, fatal=True,
    description="Woman of 57 died of alcohol-related liver failure after years of domestic abuse by her husband; the death was not caused by the abuse.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Husband; together for more than thirty years.", [
        rc(d, "domestic_abuse", "a long period in which Mrs F experienced domestic abuse"),
        rc(d, "financial_abuse", "Mr F controlled all of the household money, gave Mrs F a small weekly allowance"),
        rc(d, "coercive_control", "decided who could visit"),
        rc(d, "emotional_abuse", "called her names, mocked her drinking in front of others"),
        rc(d, "physical_abuse", "had pushed her down the stairs in 2015"),
    ]),
    problems=[
        ("The GP never asked about domestic abuse despite hospital letters recording bruising.",
         "GP practice", "Routine enquiry",
         "never asked her about domestic abuse, even after the hospital discharge letters recorded bruising"),
        ("The hospital made no safeguarding referral when bruising was recorded, assuming falls while intoxicated.",
         "Corvedon Royal Infirmary", "Assumptions about alcohol and injury",
         "Corvedon Royal Infirmary did not make a safeguarding referral on either of the two admissions when bruising was recorded"),
        ("The alcohol service closed the case without contact and its assessment did not ask about her relationship.",
         "Corvedon community alcohol service", "Domestic abuse in substance misuse services",
         "The community alcohol service closed Mrs F's case after she stopped attending, without contacting her or her GP"),
        ("The DASH was completed while she was intoxicated and never revisited.",
         "Police", "Risk assessment with intoxicated victims",
         "The police DASH risk assessment in August 2021 was completed while Mrs F was too intoxicated to take part"),
        ("The IDVA service closed the case after one call with no further attempt.",
         "IDVA service", "Persistence of contact",
         "The IDVA service closed the case after one telephone call and made no further attempt to contact her."),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
