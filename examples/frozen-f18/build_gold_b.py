"""Build gold_b.json for frozen-f18, part b (documents f18_07 to f18_12), from the hand coding below.

FROZEN held-out batch: written without running the engine; never tune on it.
Run from anywhere: python3 examples/frozen-f18/build_gold_b.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
The .txt documents are read with wrapped=True (whitespace collapsed). Quotes from f18_07's Table 1 lie
inside one cell of one line.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py, shared by every batch
from goldlib import Doc, Person, case, loc, mk, rc, stats, tech, wp, write  # noqa: E402,F401

CORPUS = os.path.join(HERE, "corpus")
cases, docs = [], []
MULTI = "Multiple agencies"


def D(name):
    d = Doc(CORPUS, name, wrapped=name.endswith(".txt"))
    docs.append(d)
    return d


# ---------------------------------------------------------------- f18_07
d = D("f18_07_cspr_ozzie_fractures_overview_agency_table.txt")
HV = "Wrexcote Community Health Services NHS Trust (health visiting)"
POL = "Wrexcote Police"
EH = "Wrexcote Children's Services (early help)"
v = Person(d, "v1", "victim", name="Ozzie", age=0, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="The hospital recorded his ethnicity as Mixed White and Black Caribbean.",
           living="family_home")
v.char("parent_mental_health", "In the weeks after the birth Shona became low in mood and tearful.",
       "she scored in the range that the health visiting service's own guidance says should lead to a discussion with the GP about postnatal depression")
v.char("domestic_violence_child", "Ryder had pushed her against the wall during an argument about money",
       "Ozzie was in his cot in the same room.")
v.char("household_substance_misuse", "He smoked cannabis most days, and had done since he was in care.",
       "smoked more cannabis")
v.svc("other", "prior", "A community midwife made three postnatal home visits and examined Ozzie at each one.",
      detail="Community midwifery (postnatal visits)")
v.svc("health_visitor", "prior", "The health visitor made the new birth visit on day twelve.",
      "Ozzie was seen at a baby clinic by the health visitor in September 2023")
v.svc("gp", "prior", "Ozzie was registered with the practice from birth and had his eight-week check and immunisations there.",
      "The GP noticed a bruise about the size of a thumbprint on Ozzie's left cheek.")
v.svc("early_help", "prior", "An early help family worker visited the flat twice in September 2023.")
v.svc("acute_health", "after", "Shona took Ozzie to the emergency department at Ottermead General Hospital",
      "The skeletal survey was completed the following morning.")
v.svc("csc_cin_cp", "after", "a child protection investigation under section 47 was started jointly by Children's Services and the police")
v.svc("police", "after", "a child protection investigation under section 47 was started jointly by Children's Services and the police")
v.svc("csc_looked_after", "after", "Ozzie was discharged from hospital to foster carers on 25 November 2023.",
      "looked after by foster carers under an interim care order")
p = Person(d, "p1", "perpetrator", name="Ryder", age=20, gender="male", ethnicity="white_british",
           ethnicity_detail="Both parents describe themselves as White British", living="family_home")
p.char("domestic_violence_child", "His father was repeatedly violent towards his mother and the police were called to the family home many times during his childhood.")
p.char("looked_after", "When Ryder was fourteen he was accommodated by the neighbouring authority",
       "He moved into a flat in Wrexcote at eighteen as a care leaver")
p.char("offending", "At seventeen he received a youth caution for criminal damage")
p.char("history_of_violence", "Ryder had pushed her against the wall during an argument about money")
p.char("mental_health_current", "He had been seen by his GP in 2021 and again in early 2023 for anxiety and poor sleep")
p.char("medication", "which he told the GP he took \"on and off\"")
p.char("substance_misuse", "He smoked cannabis most days, and had done since he was in care.")
p.char("non_engagement", "he attended two sessions in 2021 and then stopped going")
p.char("unemployment", "In September 2023 Ryder lost his job at the warehouse")
p.char("financial_issues", "The rent fell behind and in October 2023 Sedgecombe Homes served a notice of seeking possession.")
p.svc("csc_looked_after", "prior", "was allocated a personal adviser from the neighbouring authority's leaving care service",
      "Ryder had a personal adviser as a care leaver throughout the review period.")
p.svc("youth_offending", "prior", "he was referred to the youth offending service, which worked with him for three months")
p.svc("substance_misuse_services", "prior", "His personal adviser had twice arranged an appointment with the young people's drug and alcohol service; he attended two sessions in 2021")
p.svc("gp", "prior", "Ryder was seen at the practice for anxiety in January 2023.")
p.svc("police", "prior", "Officers attended the flat after a 999 call on 19 August 2023 about an argument between Ryder and Shona.")
p.svc("housing", "prior", "The housing association's income officer spoke to Ryder by phone about the arrears")
p.svc("police", "after", "was arrested on the day the skeletal survey results were known")
p.svc("prison", "after", "was sentenced to six years' imprisonment")
cases.append(case(
    d, title="Ozzie", review_type="scr", area="Wrexcote", published="2025-03", incident_year=2023,
    role="overview_report", decision="include", reason="physical_assault",
    screening_quotes=["he pleaded guilty at the Crown Court to two counts of inflicting grievous bodily harm on Ozzie",
                      "Ozzie survived."],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Baby of eight months with a fractured femur, healing rib fractures and a metaphyseal fracture inflicted by his 20-year-old father; he survived.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Father", [
        rc(d, "physical_abuse", "two counts of inflicting grievous bodily harm on Ozzie"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "X-rays showed a fresh fracture of the left femur.",
                "three healing fractures of the ribs on his right side")],
    locations=[loc(d, "home", "Ryder said Ozzie had rolled off the sofa while he was making a bottle.")],
    escalation_summary="A rough-handling episode and threat seen by the midwife at nine days, a bruise at four months, a domestic assault on the mother with the baby in the room in August, then job loss, rent arrears and possession proceedings, heavier cannabis use and long periods alone with the baby before the femur fracture in November.",
    markers=[mk(d, "adverse_life_event", "In September 2023 Ryder lost his job at the warehouse after a disagreement with a supervisor."),
             mk(d, "stress_debt_housing", "Sedgecombe Homes served a notice of seeking possession"),
             mk(d, "threats_property_damage", "had then punched the bedroom door"),
             mk(d, "alcohol_drugs_before", "Ryder later told the police that he had smoked cannabis that evening.")],
    problems=[
        ("The health visitor never met Ryder in seven contacts; the service's standard to see and record fathers was not met.",
         HV, "Invisible fathers",
         "in seven contacts the health visitor never met Ryder"),
        ("No agency put together what each knew about Ryder's history, anger, cannabis use and violence.",
         MULTI, "Invisible fathers",
         "Nobody assembled these pieces"),
        ("The personal adviser did not consider sharing that Ryder, known for anger, was about to become a father; not raised in supervision.",
         "Neighbouring authority leaving care service", "Care leavers who become parents",
         "The personal adviser did not make that consideration, and her manager did not ask about it at supervision."),
        ("The GP accepted the explanation for a bruise on a four-month-old and did not follow the bruising protocol.",
         "Yewtree Lane Surgery", "Bruising in non-mobile babies",
         "He did not examine the rest of Ozzie's body, and he did not follow the Partnership's protocol on bruising"),
        ("GP knowledge of the bruising protocol is patchy; no training since 2021 and no prompt on the clinical system.",
         "Primary care (GP practices, Integrated Care Board)", "Training",
         "There had been no GP safeguarding training session on the protocol since 2021"),
        ("The midwife recorded rough handling in softened terms, omitted the threat, did not consult the safeguarding midwife and handed over 'no concerns'.",
         "Ottermead Maternity Unit (community midwifery)", "Sharing low-level concerns",
         "She did not raise it with a safeguarding midwife."),
        ("The postnatal handover form had only a yes/no safeguarding box and the two services used separate records.",
         "Ottermead Maternity Unit and health visiting", "Handover and records",
         "the handover form offered only a yes/no box for safeguarding"),
        ("A raised maternal mood score was not referred to the GP or perinatal mental health services.",
         HV, "Parental mental health",
         "No referral was made and the score was not passed to the GP."),
        ("The planned mood follow-up did not happen, at a time of very high caseloads.",
         HV, "Caseloads",
         "the follow-up contact planned for four weeks later did not happen"),
        ("In the autumn the health visitor did not ask who cared for Ozzie during the day or how the family was managing.",
         HV, "Professional curiosity",
         "she did not ask who was looking after him during the day or how the family was managing"),
        ("The DASH assessment was done within earshot of the alleged perpetrator.",
         POL, "Risk assessment",
         "The DASH assessment was completed where the alleged perpetrator could hear the victim's answers"),
        ("Officers did not check police systems for Ryder's caution and family history.",
         POL, "Background checks",
         "the officers did not check the national police systems"),
        ("The no-arrest decision was not reviewed by a supervisor.",
         POL, "Arrest decisions",
         "The arrest decision was not reviewed by a supervisor."),
        ("The MASH screened the notification on police information only, without asking health services.",
         "Wrexcote Children's Services (MASH)", "Screening of police notifications",
         "The MASH did not ask the health visiting service or the GP what they knew"),
        ("The early help worker did not ask Shona about the incident alone, did not see Ryder alone or ask health about Ozzie.",
         EH, "Domestic abuse in early help",
         "The family worker did not ask Shona about the August incident in Ryder's absence"),
        ("The early help case was closed without manager oversight and without telling the health visitor.",
         EH, "Case closure",
         "The closure was not discussed with a manager, and the health visitor was not told"),
        ("The landlord's contact with an aggressive Ryder was not linked to any agency because it did not know a child lived there.",
         "Sedgecombe Homes", "Housing and safeguarding",
         "The housing association's call with Ryder was not linked to any other agency because the landlord did not know there was a child in the home."),
    ]))

# ---------------------------------------------------------------- f18_08
d = D("f18_08_dhr_vaughan_council_page_female_perpetrator.html")
v = Person(d, "v1", "victim", name="Vaughan", age=44, gender="male", ethnicity="white_british",
           ethnicity_detail="Vaughan was White British.", living="family_home")
v.char("alcohol_misuse", "Vaughan drank heavily, most evenings")
v.char("offending", "had been convicted of assaulting a former partner in 2009")
v.char("history_of_violence", "had been convicted of assaulting a former partner in 2009",
       "He assaulted her many times")
v.svc("police", "prior", "He had been arrested in 2019 after the wrist injury but was released without charge")
p = Person(d, "p1", "perpetrator", name="Yolanda", age=41, gender="female", ethnicity="black_caribbean",
           ethnicity_detail="Yolanda describes herself as Black British of Caribbean heritage.", living="family_home")
p.char("domestic_abuse", "He controlled the household's money and took Yolanda's wages, checked her phone, and stopped her seeing friends.",
       "He assaulted her many times, including an incident in 2019 in which he broke her wrist.",
       subtypes=["financial", "coercive_control", "physical"])
p.char("mental_health_current", "Her GP saw her four times about low mood and sleeplessness in 2021 and 2022")
p.svc("domestic_abuse_services", "prior",
      "Yolanda was referred to the Northwold Domestic Abuse Service in 2019 and was supported by an Independent Domestic Violence Advisor (IDVA).",
      "In 2019 she spent six weeks at Pennyroyal House refuge with her daughter")
p.svc("marac", "prior", "MARAC discussed her case twice, in 2019 and in 2021.")
p.svc("gp", "prior", "Her GP saw her four times about low mood and sleeplessness in 2021 and 2022")
p.svc("police", "prior", "When Yolanda withdrew her statement in 2019")
p.svc("police", "after", "Yolanda told the police that he had his hands around her throat when she picked up the knife.")
p.svc("prison", "after", "she was sentenced to seven years' imprisonment")
cases.append(case(
    d, title="Vaughan", review_type="dhr", area="Northwold", published="2024-05", incident_year=2022,
    role="other", decision="include", reason="homicide",
    screening_quotes=["He was stabbed with a kitchen knife by Yolanda, his partner of twelve years, who was 41."],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Man of 44 stabbed at home by his partner of twelve years, whom he had abused for most of the relationship; she was convicted of manslaughter.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Partners of twelve years living together; he was the abuser for most of the relationship.", [
        rc(d, "domestic_abuse", "for most of the relationship Vaughan had been the one who was abusive"),
        rc(d, "physical_abuse", "He assaulted her many times"),
        rc(d, "coercive_control", "checked her phone, and stopped her seeing friends"),
        rc(d, "financial_abuse", "He controlled the household's money and took Yolanda's wages"),
    ]),
    weapons=[wp(d, "knife", "He was stabbed with a kitchen knife")],
    locations=[loc(d, "home", "died at his home in Northwold")],
    escalation_summary="Years of his physical, financial and controlling abuse (a broken wrist in 2019, two MARACs, a refuge stay and a return home); on the night he died he came home drunk, they argued and he had his hands round her throat when she picked up the knife.",
    markers=[mk(d, "alcohol_drugs_before", "the couple had argued after he came home drunk"),
             mk(d, "threats_property_damage", "the couple had argued after he came home drunk")],
    problems=[
        ("No agency checked that the 2021 MARAC actions were done; the housing referral was never made.",
         "Northwold MARAC", "MARAC action tracking",
         "no agency checked that they were carried out, and the housing referral was never made"),
        ("The police did not consider prosecuting without her statement despite medical evidence.",
         "Northwold police", "Evidence-led prosecution",
         "the police did not look at whether the case could go ahead without her"),
        ("Her move from the refuge had no housing and school plan and the refuge lost contact.",
         "Pennyroyal House refuge", "Move-on from refuge",
         "Yolanda's move from the refuge was not supported by a plan for housing and school"),
        ("The GP saw her four times for low mood without asking about her relationship.",
         "GP", "Routine enquiry",
         "without asking about her relationship"),
        ("No agency treated Vaughan as a perpetrator; his drinking and conviction were never brought together.",
         MULTI, "Perpetrator management",
         "No agency treated Vaughan as a perpetrator whose behaviour needed to be managed"),
    ]))

# ---------------------------------------------------------------- f18_09
d = D("f18_09_sar_philomena_care_home_resident_assault.txt")
HOME = "Yarrowby House (Nettlebank Care Ltd)"
LA = "Vennbury Council adult social care"
v = Person(d, "v1", "victim", name="Philomena", age=89, gender="female", ethnicity="white_irish",
           ethnicity_detail="She was White Irish; born in Ireland", living="residential")
v.char("chronic_illness", "Philomena had heart failure and macular degeneration")
v.char("disability", "registered as severely sight impaired, and she walked with a frame")
v.char("abuse_neglect_adult", "He was holding her by the wrist and she was calling out.",
       "She had a bruise on her forearm the next day.", subtypes=["physical"])
v.svc("private_sector", "prior", "a residential care home in Vennbury run by Nettlebank Care Ltd",
      detail="Care home (Nettlebank Care Ltd)")
v.svc("gp", "prior", "Her GP was at Stonecrop Medical Practice, which provided a weekly round at the home.")
v.svc("adult_social_care", "prior", "The local authority's safeguarding team screened the concern on 21 February.")
v.svc("ambulance", "after", "An ambulance from Western Vales Ambulance Service took her to Vennbury General Hospital")
v.svc("acute_health", "after", "She had surgery to repair the hip two days later.")
p = Person(d, "p1", "perpetrator", name="Mr Thorrold", age=81, gender="male", living="residential")
p.char("other", "He was diagnosed with vascular dementia in 2019.", detail="Dementia (vascular dementia)")
p.char("history_of_violence", "he hit another resident in a corridor and pushed a care worker to the floor",
       "Mr Thorrold slapped a care worker who was helping him to undress.")
p.svc("mh_community", "prior", "He was known to the older people's community mental health team")
p.svc("gp", "prior", "the GP, at the weekly round, reviewed Mr Thorrold's medication")
p.svc("adult_social_care", "prior", "A social worker from Vennbury Council's adult social care team found him a place at Yarrowby House")
p.svc("private_sector", "prior", "he moved into a care home in a neighbouring town, Ravenspool",
      "where he moved on 12 January 2023", detail="Care homes (Ravenspool; Yarrowby House)")
p.svc("police", "after", "The police attended the home on 3 March and spoke to Mr Thorrold, with his son present, the following day.")
p.svc("mh_inpatient", "after", "He was moved to a specialist dementia nursing unit on 6 March 2023 under the Mental Health Act 1983 for assessment")
cases.append(case(
    d, title="Philomena", review_type="sar", area="Vennbury", published="2024-10", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["the fracture was caused when she was pushed by another resident",
                      "The Board regards what happened as a homicide for the purposes of learning"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Woman of 89 in a care home pulled from her bed and pushed by a fellow resident with vascular dementia; she broke her hip and died nine days later. No prosecution.",
    reference_individual="victim", people=[v, p],
    relationship=("housemate", "Fellow residents of Yarrowby House care home", [
        rc(d, "physical_abuse", "Philomena said he had pulled her out of bed and pushed her.",
           "He was holding her by the wrist and she was calling out."),
    ]),
    weapons=[wp(d, "non_accidental_injury", "Philomena said he had pulled her out of bed and pushed her.")],
    locations=[loc(d, "residential_setting", "She found Philomena on the floor by her bed",
                   "assaulted in her bedroom by another resident of the home")],
    escalation_summary="Moved to the home seven weeks before after assaults at his previous home; slapped a carer in his first week, held Philomena by the wrist at night on 14 February; his antipsychotic was halved two days later and the hourly checks lapsed, then he pulled her from bed and pushed her on 3 March.",
    markers=[mk(d, "stopped_medication", "reduced his antipsychotic to half the previous dose"),
             mk(d, "missing_moving", "where he moved on 12 January 2023, seven weeks before Philomena was assaulted")],
    problems=[
        ("The reason his previous placement ended was not part of the pre-admission assessment and the placement process did not require it.",
         f"{LA}; {HOME}", "Information at transfer",
         "The reason Mr Thorrold's previous placement ended was not part of his pre-admission assessment, and the placement process did not require it."),
        ("The home did not update his care plan or risk assessment after he slapped a care worker, nor refer him to the mental health team.",
         HOME, "Risk to others",
         "His care plan and risk assessment were not updated, and no referral was made to the community mental health team."),
        ("The safeguarding concern was raised five days after the incident instead of within one working day.",
         HOME, "Timeliness of concerns",
         "The safeguarding concern about the incident of 14 February 2023 was raised five days late."),
        ("The local authority closed the concern at screening without enquiries and without checking the protective measure.",
         LA, "Section 42 screening",
         "closed the concern without making enquiries under section 42 of the Care Act 2014"),
        ("Philomena, who had capacity, was never asked what she wanted.",
         LA, "Making safeguarding personal",
         "Philomena was never asked what she wanted, although she had capacity and had clear views"),
        ("The hourly night checks were recorded on only five of eleven nights because night staffing was insufficient.",
         HOME, "Night staffing",
         "The hourly night checks were not carried out reliably because night staffing was not enough to do them"),
        ("The manager did not check whether the night checks were happening.",
         HOME, "Management oversight",
         "the manager did not check whether they were happening"),
        ("The night staffing review promised after the 2022 CQC inspection had not been done.",
         HOME, "Night staffing",
         "That review had not taken place by March 2023."),
        ("A pressure mat was discussed but never fitted.",
         HOME, "Protective measures",
         "A pressure mat that would have sounded an alarm when Mr Thorrold got out of bed had been discussed but was never fitted."),
        ("The antipsychotic was reduced without the GP knowing of the recent incidents and without a monitoring plan.",
         "Stonecrop Medical Practice", "Medication changes in dementia",
         "Mr Thorrold's antipsychotic was reduced without the GP knowing of the recent incidents and without a monitoring plan agreed with the home."),
        ("The home did not tell the GP about the January slap or the February incident.",
         HOME, "Information sharing",
         "The home did not tell the GP about the slapping incident in January."),
        ("The GP and the home had no shared record of behaviour incidents at the weekly round.",
         "Stonecrop Medical Practice; " + HOME, "Information sharing",
         "the GP and the home had no shared way of recording behaviour incidents at the weekly round"),
        ("The referral to the community mental health team was put on the routine list and not triaged.",
         "Older people's community mental health team", "Triage",
         "The urgent referral to the community mental health team was not triaged."),
        ("Philomena's request for a lock or a room move was refused with no alternative offered.",
         HOME, "Voice of the adult",
         "Philomena's request for a lock or a room move was refused without any other way of making her feel safe being offered."),
    ]))

# ---------------------------------------------------------------- f18_10
d = D("f18_10_iir_the_patient_first_episode_psychosis_summary.txt")
TRUST = "Tollbridge Partnership NHS Foundation Trust (EIP service)"
p = Person(d, "p1", "perpetrator", name=None, age=21, gender="male", ethnicity="asian_pakistani",
           ethnicity_detail="The patient is a British Pakistani man.", living="family_home")
p.char("mental_health_current", "The assessing clinician recorded a first episode of psychosis, with persecutory beliefs and hearing voices")
p.char("substance_misuse", "by 2023 he was smoking it every day, often strong varieties", "noted daily cannabis use")
p.char("medication", "he had stopped taking his medication because it made him put on weight")
p.char("non_engagement", "From late July the patient did not attend three booked appointments.")
p.char("unemployment", "he lost his place in the spring of 2023 after repeated absences, and from then he was not working")
p.svc("gp", "prior", "The GP made an urgent referral to Early Intervention in Psychosis (EIP), a Trust service.")
p.svc("mh_iapt_early_intervention", "prior", "The EIP assessed him at home within ten days")
p.svc("mh_other", "prior", "The Trust's crisis and home treatment team then saw him every day for two weeks.",
      detail="Crisis resolution and home treatment team")
p.svc("police", "prior", "Ullesby Police carried out a welfare check at the family home")
p.svc("police", "after", "He was arrested at the flat by Ullesby Police.")
p.svc("mh_inpatient", "after", "He was made subject to a restricted hospital order and remains in a secure hospital.")
v = Person(d, "v1", "victim", name="Petroc", age=22, gender="male", living="alone")
cases.append(case(
    d, title=None, review_type="iir", area="Ullesby", published="2025-06", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Some time after midnight the patient stabbed Petroc several times with a knife he had taken from the kitchen.",
                      "Petroc died at the scene."],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Young man of 21 with first-episode psychosis and daily cannabis use, off medication and out of contact with the early intervention service, fatally stabbed his friend of 22 at the friend's flat.",
    reference_individual="perpetrator", people=[p, v],
    relationship=("friend_acquaintance", "Friends since secondary school", []),
    weapons=[wp(d, "knife", "stabbed Petroc several times with a knife he had taken from the kitchen")],
    locations=[loc(d, "home", "went to the flat in Ullesby where his friend Petroc lived")],
    escalation_summary="First-episode psychosis from April 2023 with daily strong cannabis; he stopped his medication in July, missed appointments from late July while his care coordinators changed, his mother reported relapse and a fixed false belief about Petroc in late August, police did a welfare check on 4 September, and he stabbed Petroc after an evening smoking cannabis together.",
    markers=[mk(d, "stopped_medication", "he had stopped taking his medication because it made him put on weight"),
             mk(d, "disengaged_services", "From late July the patient did not attend three booked appointments."),
             mk(d, "alcohol_drugs_before", "They spent the evening together and both smoked cannabis.")],
    problems=[
        ("Three care coordinators in three months with no handover; nobody who had met him held his care in the final weeks.",
         TRUST, "Continuity of care",
         "No handover meeting took place at either change."),
        ("The requested medical review after he stopped medication did not happen and his risk assessment was not revisited.",
         TRUST, "Medication and risk review",
         "When the patient stopped his medication in July 2023 the requested medical review did not happen, and his risk assessment was not revisited."),
        ("Non-attendance was handled by letter with no home visit, contrary to an assertive early intervention approach.",
         TRUST, "Disengagement",
         "Nobody visited him at home."),
        ("His daily cannabis use was never planned for and dual diagnosis support was not offered.",
         TRUST, "Dual diagnosis",
         "He was not offered the Trust's dual diagnosis support"),
        ("His mother's calls, including his false belief about Petroc, were not treated as risk information and no one called her back.",
         TRUST, "Listening to families",
         "His mother's calls, including the report that he held a specific false belief about Petroc, were not treated as information about risk."),
        ("His mother was never offered a carer's assessment.",
         TRUST, "Carers",
         "She was never offered a carer's assessment."),
        ("The GP was not told that he had stopped his medication or stopped attending.",
         TRUST, "Information sharing with primary care",
         "The GP was not told that he had stopped his medication or that he had stopped attending."),
        ("The police welfare check was not shared with the mental health service and police systems were not checked.",
         "Ullesby Police", "Information sharing",
         "The police welfare check on 4 September was not shared with the mental health service."),
    ]))

# ---------------------------------------------------------------- f18_11
d = D("f18_11_dhr_nerys_suicide_coercive_control_exec_summary.txt")
v = Person(d, "v1", "victim", name="Nerys", age=38, gender="female", ethnicity="white_british",
           ethnicity_detail="Nerys was a White Welsh woman", living="family_home")
v.char("domestic_abuse", "Ulric decided where she could go and who she could see, took control of her wages, and belittled her in front of the children and her friends.",
       "Ulric had taken out loans and a car finance agreement in her name",
       subtypes=["coercive_control", "financial", "emotional"])
v.char("mental_health_current", "Nerys was treated by her GP for depression from 2019.")
v.char("self_harm", "Nerys overdosed on her prescribed tablets in October 2022")
v.char("financial_issues", "Nerys was in serious debt")
v.char("unemployment", "After she stopped work")
v.svc("gp", "prior", "Nerys was treated by her GP for depression from 2019.",
      "Nerys told her GP in 2020")
v.svc("police", "prior", "Penmorrow Police received nine reports from Nerys between September 2021 and February 2023.")
v.svc("domestic_abuse_services", "prior", "Nerys was referred by the police to Rushlight Domestic Abuse Service in November 2021")
v.svc("mh_iapt_early_intervention", "prior", "Nerys was referred to Willowmere Talking Therapies by her GP in 2022.")
v.svc("ambulance", "prior", "an ambulance took her to the emergency department")
v.svc("acute_health", "prior", "an ambulance took her to the emergency department")
v.svc("mh_other", "prior", "a liaison psychiatrist assessed her", detail="Liaison psychiatry")
p = Person(d, "p1", "perpetrator", name="Ulric", age=42, gender="male")
p.char("offending", "In January 2023 he was convicted of breaching a non-molestation order and was fined.")
p.svc("police", "prior", "In January 2023 he was convicted of breaching a non-molestation order and was fined.")
p.svc("police", "after", "Ulric was spoken to by the police after Nerys's death but was not arrested.")
cases.append(case(
    d, title="Nerys", review_type="dhr", area="Penmorrow", published="2025-02", incident_year=2023,
    role="executive_summary", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["At the inquest the coroner recorded a conclusion of suicide."],
    category=None, incident_type="suicide", fatal=True,
    description="Woman of 38 took her own life after years of coercive control, economic abuse and post-separation stalking by her former partner.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Together nine years, two children; separated in the summer of 2021", [
        rc(d, "coercive_control", "Ulric decided where she could go and who she could see"),
        rc(d, "financial_abuse", "took control of her wages",
           "Ulric had taken out loans and a car finance agreement in her name"),
        rc(d, "emotional_abuse", "belittled her in front of the children and her friends"),
        rc(d, "stalking", "He turned up outside her house and at the school gates"),
        rc(d, "domestic_abuse", "the abuse continued in other forms"),
        rc(d, "strain_separation", "She had separated from her former partner"),
    ]),
    problems=[
        ("The police did not recognise stalking or link the nine reports, so the risk stayed medium.",
         "Penmorrow Police", "Stalking not recognised",
         "The police did not recognise the pattern of Ulric's behaviour as stalking and did not link the nine reports."),
        ("A MARAC referral was never made.",
         "Penmorrow Police", "MARAC referral",
         "the opportunity of a MARAC referral was missed"),
        ("Time-limited support ended while the abuse went on.",
         "Rushlight Domestic Abuse Service", "Time-limited support",
         "The time-limited model at Rushlight meant that Nerys's support ended while the abuse was still going on"),
        ("Her second referral was not prioritised despite her hopelessness.",
         "Rushlight Domestic Abuse Service", "Prioritising referrals",
         "her second referral was not prioritised"),
        ("Talking therapies did not ask about domestic abuse.",
         "Willowmere Talking Therapies", "Routine enquiry",
         "Willowmere Talking Therapies offered a standard low-intensity intervention without asking about domestic abuse."),
        ("She was discharged after missed appointments without considering why.",
         "Willowmere Talking Therapies", "Discharge after non-attendance",
         "Her discharge after missed appointments did not take into account why she might not be able to attend."),
        ("After the overdose neither the emergency department nor liaison psychiatry asked about domestic abuse.",
         "Penmorrow University Hospitals NHS Trust", "Routine enquiry",
         "neither the emergency department nor the liaison psychiatry team asked Nerys about domestic abuse"),
        ("The discharge letter left out that she named her ex-partner's messages as the reason for the overdose.",
         "Penmorrow University Hospitals NHS Trust", "Information sharing",
         "the discharge letter sent to the GP left out that she had named her ex-partner's messages as the reason for the overdose"),
        ("The children's assessment did not consider Ulric's use of contact to continue the abuse.",
         "Penmorrow Council children's services", "Post-separation abuse",
         "did not consider how Ulric was using contact to continue his abuse"),
        ("No agency brought together her mental health, debts and abuse; they were treated as separate problems.",
         MULTI, "Joined-up working",
         "No agency brought together what it knew about her mental health, her debts and the abuse she was experiencing."),
    ]))

# ---------------------------------------------------------------- f18_12
d = D("f18_12_cspr_percy_methadone_rapid_review_summary.txt")
REC = "Ravelscombe Recovery Service"
v = Person(d, "v1", "victim", name="Percy", age=3, gender="male", living="family_home")
v.char("household_substance_misuse", "Wade had been dependent on heroin for several years.")
v.char("parent_mental_health", "Her GP had treated her for anxiety.")
v.char("child_in_need_protection", "Percy was supported by children's social care under a child in need plan")
v.svc("health_visitor", "prior", "He had been seen by the health visiting service for his developmental reviews")
v.svc("csc_cin_cp", "prior", "Percy was supported by children's social care under a child in need plan")
v.svc("other", "prior", "had just started at Sandmartin Nursery for two days a week", detail="Nursery (early years setting)")
cases.append(case(
    d, title="Percy", review_type="scr", area="Ravelscombe", published="2024-12", incident_year=2024,
    role="executive_summary", decision="exclude", reason="death_not_caused_by_maltreatment",
    screening_quotes=["It was an accidental poisoning that resulted from unsafe storage of medication by a parent",
                      "The rapid review found that Percy's death was not caused by deliberate harm."],
    category=None, incident_type=None, fatal=True,
    description="Boy of three died after drinking his father's take-home methadone left on a kitchen worktop.",
    reference_individual="victim", people=[v],
    problems=[
        ("Weekly take-home doses were agreed without a home visit or a check on safe storage; no lockable box was given.",
         REC, "Safe storage of medication",
         "The recovery service moved Wade to weekly take-home doses without a home visit"),
        ("After a positive heroin test the risk to Percy was not reviewed and children's social care was not told.",
         REC, "Parents in drug treatment",
         "it did not review the risk to Percy or tell children's social care"),
        ("The child in need plan was closed on the father's own account without asking the recovery service.",
         "Ravelscombe children's social care", "Case closure",
         "Children's social care closed the child in need plan on the strength of Wade's own account that he was stable, without any information being sought from the recovery service."),
        ("The health visiting service was not told of the plan's closure and did not know the father was in treatment.",
         MULTI, "Information sharing",
         "The health visiting service was not told when the child in need plan closed"),
        ("The two-year review was held at a clinic, so the home was not seen.",
         "Health visiting service", "Seeing the home",
         "so the health visitor did not see the home"),
        ("The nursery did not share its concern about the father appearing intoxicated.",
         "Sandmartin Nursery", "Early years referrals",
         "The nursery's concern in May 2024 was not shared"),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold_b.json"))
