"""Build gold.json for batch-f13 from the hand coding below.

Run from anywhere: python3 examples/batch-f13/build_gold.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
The .txt documents are read with wrapped=True (whitespace collapsed; a quote may cross a line break).
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
    d = Doc(CORPUS, name, wrapped=name.endswith(".txt"))
    docs.append(d)
    return d


# ---------------------------------------------------------------- f13_01
d = D("f13_01_dhr_bernard_overview_agency_sections.txt")
v = Person(d, "v1", "victim", name="Bernard", age=68, gender="male", living="family_home")
v.char("chronic_illness", "He had type 2 diabetes and, from 2022, angina")
v.char("disability", "he had lost most of the hearing in his left ear")
v.char("social_isolation", "After Elspeth died, Bernard rarely saw friends and stopped going to the social club.")
v.char("caring_responsibilities", "Bernard was the only person who looked after Declan, managed his money, and rang services when his son became unwell.")
v.char("domestic_abuse", "Police called by Bernard, who says Declan pushed him into the kitchen worktop after he refused to give him £40.",
       "Declan had taken money from his father \"for as long as anyone could remember\"",
       "his son \"takes my pension card\"", subtypes=["physical", "financial"])
v.char("other", "His wife Elspeth died of cancer in 2019.", detail="Bereavement (death of his wife)")
v.svc("gp", "prior", "Bernard sees his GP at Ludgrove Surgery about chest pain.",
      "Bernard tells the practice nurse at his diabetes review")
v.svc("police", "prior", "Police called by Bernard, who says Declan pushed him into the kitchen worktop")
v.svc("adult_social_care", "prior", "Aldwythe Council adult social care receives a police notification about Bernard.")
v.svc("ambulance", "prior", "East Aldwythe Ambulance Service attend Bernard after a fall in the bathroom.")
p = Person(d, "p1", "perpetrator", name="Declan", age=34, gender="male", living="family_home")
p.char("mental_health_current", "Declan was diagnosed with paranoid schizophrenia at 23.",
       "Declan is \"talking to the television and not eating\"")
p.char("substance_misuse", "He used cannabis daily from his teens and, later, crack cocaine.")
p.char("offending", "He had convictions for shoplifting, criminal damage and one assault on a stranger in 2017")
p.char("history_of_violence", "one assault on a stranger in 2017", "Declan has put his fist through a door.")
p.char("unemployment", "He had not worked since his twenties.")
p.char("medication", "Declan says he has stopped his depot injection")
p.char("financial_issues", "after his tenancy ended with rent arrears")
p.char("non_engagement", "Declan is discharged from the community mental health team after missing three appointments.",
       "First appointment offered. Declan does not attend.")
p.svc("mh_community", "prior", "Declan's community psychiatric nurse (CPN) visits the bungalow.",
      "Declan is discharged from the community mental health team after missing three appointments.")
p.svc("mh_other", "prior", "The crisis team sees Declan at home", detail="Crisis team")
p.svc("substance_misuse_services", "prior", "Declan assessed by Cuthbert Street Recovery.")
p.svc("probation", "prior", "Declan was supervised from May 2023.")
p.svc("police", "prior", "Declan is arrested and released with no further action")
p.svc("gp", "prior", "His GP re-refers Declan to the community mental health team")
p.svc("police", "after", "Declan was arrested at the scene.")
p.svc("mh_inpatient", "after", "he was made subject to hospital and restriction orders under the Mental Health Act 1983")
cases.append(case(
    d, title="Bernard", review_type="dhr", area="Aldwythe", published="2025-09", incident_year=2024,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Declan struck his father several times with a claw hammer",
                      "he admitted manslaughter by reason of diminished responsibility"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 68 killed with a hammer at home by his adult son, who had paranoid schizophrenia, used crack cocaine and had taken his money for years.",
    reference_individual=None, people=[v, p],
    relationship=("child_to_parent", "Adult son living in his widowed father's bungalow from 2020; the father was in effect his carer.", [
        rc(d, "physical_abuse", "Declan pushed him into the kitchen worktop"),
        rc(d, "financial_abuse", "Declan had taken money from his father", "his son \"takes my pension card\""),
        rc(d, "carer", "Bernard was the only person who looked after Declan"),
    ]),
    weapons=[wp(d, "blunt_object", "with a claw hammer")],
    locations=[loc(d, "home", "in the hallway of the bungalow they shared")],
    escalation_summary="A punched door in 2021, a push over money in 2022, taking his pension card, paranoid beliefs about his father from 2023, missed appointments and a crisis-team discharge weeks before the killing, with crack cocaine used that night.",
    markers=[mk(d, "threats_property_damage", "Declan has put his fist through a door."),
             mk(d, "disengaged_services", "First appointment offered. Declan does not attend.",
                "after two phone calls go unanswered"),
             mk(d, "alcohol_drugs_before", "He said he had used crack cocaine on the night of his father's death.")],
    problems=[
        ("The 2021 call was not recognised as domestic abuse and no risk assessment was done.",
         "Aldwythe Police", "Adult family abuse not recognised",
         "the incident between an adult son and his father was not recognised as domestic abuse, and so no risk assessment was carried out"),
        ("The 2022 DASH left out his diagnosis, stopping medication and previous violence.",
         "Aldwythe Police", "Risk assessment",
         "the officer did not record that Declan had a diagnosis of schizophrenia"),
        ("The case was closed on withdrawal without considering an evidence-led prosecution.",
         "Aldwythe Police", "Victimless prosecution",
         "the case was closed without considering whether it could go ahead without his support"),
        ("Bernard's remarks about home were not followed up.",
         "Ludgrove Surgery", "Professional curiosity",
         "contain two remarks about home that were not followed up"),
        ("The pension card remark was treated as a money matter, not possible financial abuse.",
         "Ludgrove Surgery", "Financial abuse not recognised",
         "did not consider that Bernard might be a victim of financial abuse by his son"),
        ("Bernard was not identified as Declan's carer or put on the carers' register.",
         "Ludgrove Surgery", "Carer identification",
         "No one at the practice asked whether Bernard was Declan's carer"),
        ("Discharge for non-attendance took no account of his history of relapse.",
         "Dunmarle and Copsey NHS Foundation Trust", "Discharge for non-attendance",
         "took no account of his history of stopping medication and becoming unwell"),
        ("Triage of the re-referral did not look at earlier records and graded it routine.",
         "Dunmarle and Copsey NHS Foundation Trust", "Triage",
         "the triage did not look at the earlier records, and the referral was graded routine"),
        ("The crisis team did not assess the risk his delusions posed to his father.",
         "Dunmarle and Copsey NHS Foundation Trust (crisis team)", "Risk to others",
         "the risk this posed to Bernard was not assessed"),
        ("The crisis team did not speak to Bernard alone.",
         "Dunmarle and Copsey NHS Foundation Trust (crisis team)", "Speaking to carers alone",
         "Bernard is not spoken to alone."),
        ("Bernard was never offered a carer's assessment or asked about his safety by the trust.",
         "Dunmarle and Copsey NHS Foundation Trust", "Carer's assessment",
         "Bernard was never offered a carer's assessment by the trust, and he was never asked about his own safety."),
        ("Trust records listed Bernard as next of kin, not carer, so carer support was never triggered.",
         "Dunmarle and Copsey NHS Foundation Trust", "Recording carers",
         "The mental health trust's records listed Bernard as \"next of kin\", not as a carer"),
        ("Adult social care accepted his word by phone instead of considering a section 42 enquiry or a visit.",
         "Aldwythe Council adult social care", "Safeguarding enquiry",
         "a safeguarding enquiry under section 42 of the Care Act 2014 should have been considered, or at least a visit"),
        ("The probation assessment did not ask who else lived at the address.",
         "Probation Service", "Household checks",
         "did not ask who else lived there"),
        ("The probation officer did not share Declan's belief that his father was poisoning him.",
         "Probation Service", "Information sharing",
         "did not share this with the mental health trust or the police"),
        ("The ambulance crew saw an unexplained bruise and a broken lock and made no safeguarding referral.",
         "East Aldwythe Ambulance Service", "Safeguarding referral",
         "and did not make a safeguarding referral"),
        ("No agency framed the son's behaviour as domestic abuse, so the domestic abuse tools were never used.",
         MULTI, "Adult family abuse not recognised",
         "Nobody framed it as domestic abuse, and so the tools that exist for domestic abuse were never used."),
        ("No agency offered Bernard a carer's assessment or support in his own right.",
         MULTI, "Carers",
         "No agency offered him a carer's assessment or support in his own right."),
        ("Information was held in separate records and not shared between mental health, probation and police.",
         MULTI, "Information sharing",
         "information was held in separate records and was not shared between mental health, probation and the police"),
        ("The routine grading and crisis-team discharge did not match the risk.",
         "Dunmarle and Copsey NHS Foundation Trust", "Response not matching risk",
         "The routine grading and the discharge from the crisis team after two unanswered calls did not reflect this."),
        ("Professionals spoke mainly to Declan and rarely heard Bernard himself.",
         MULTI, "Voice of the victim",
         "In every contact where both men were present, professionals spoke mainly to Declan"),
    ]))

# ---------------------------------------------------------------- f13_02
d = D("f13_02_sar_cerys_cuckooing_exec_summary.txt")
v = Person(d, "v1", "victim", name="Cerys", age=42, gender="female", living="alone")
v.char("learning_disability", "She had a mild learning disability")
v.char("chronic_illness", "She had a mild learning disability and epilepsy.", "She took medication for epilepsy.")
v.char("abuse_neglect_adult", "Jasper \"looks after my money now\"", "Cerys's bedroom door had been taken off",
       subtypes=["financial"])
v.char("criminal_exploitation", "The signs of cuckooing were seen but not named.")
v.svc("other", "prior", "She had ten hours a week of support from a commissioned provider, Ellerdyke Support",
      detail="Commissioned support provider (Ellerdyke Support)")
v.svc("other", "prior", "went to the Fairlop Centre, a day service, twice a week", detail="Day service (Fairlop Centre)")
v.svc("housing", "prior", "Carrowmore Housing treated the complaints as antisocial behaviour by Cerys as the tenant and sent her two warning letters.")
v.svc("adult_social_care", "prior", "Ellerdyke Support made a safeguarding concern to Brackenholt Council adult social care in May 2023.")
v.svc("other", "prior", "Cerys had been known to the Brackenholt Community Learning Disability Team since she was a young adult.",
      detail="Community learning disability team")
p = Person(d, "p1", "perpetrator", name="Jasper", age=31, gender="male")
p.char("substance_misuse", "He had a long history of drug use")
p.char("offending", "a string of convictions for possession of drugs with intent to supply and for violence")
p.char("history_of_violence", "including an assault on a former girlfriend")
p.char("drug_dealing", "He was known to the police as a member of a group supplying crack cocaine in the Garrowfield area.",
       "The intelligence that Jasper was dealing drugs")
p.char("homelessness", "he had been evicted from a hostel and was sleeping on friends' floors")
p.svc("police", "prior", "officers spoke to Jasper at the door")
p.svc("police", "after", "He left and was arrested two days later.")
cases.append(case(
    d, title="Cerys", review_type="sar", area="Brackenholt", published="2025-06", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Jasper strangled Cerys in the flat", "He was convicted of her murder in April 2024."],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Woman of 42 with a learning disability strangled in her flat by a drug-dealing acquaintance who had taken over her home (cuckooing).",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "A man she had known for about five months who had been staying in her flat and using it (cuckooing).", [
        rc(d, "financial_abuse", "Jasper \"looks after my money now\""),
        rc(d, "other", "The signs of cuckooing were seen but not named.", detail="Cuckooing"),
    ]),
    weapons=[wp(d, "strangulation", "Jasper strangled Cerys")],
    locations=[loc(d, "home", "in the flat")],
    escalation_summary="From March 2023 he stayed in her flat, other men called at all hours, her bedroom door was removed, he took control of her money and she stopped attending her day service, before he strangled her after an argument about money.",
    markers=[mk(d, "threats_property_damage", "after an argument about money")],
    problems=[
        ("Housing treated cuckooing signs as antisocial behaviour by Cerys as the tenant.",
         "Carrowmore Housing Association", "Cuckooing not recognised",
         "Carrowmore Housing treated the complaints as antisocial behaviour by Cerys as the tenant"),
        ("The housing officer did not visit.",
         "Carrowmore Housing Association", "Home visits",
         "No home visit was made by the housing officer"),
        ("Warning letters were not in a format Cerys could read.",
         "Carrowmore Housing Association", "Accessible information",
         "the letters were not in a format Cerys could read"),
        ("The safeguarding concern was screened out on the basis that she chose her visitors.",
         "Brackenholt Council adult social care", "Safeguarding screening",
         "The concern was screened out by the adult social care front door"),
        ("Her capacity to decide who lived in her home, under coercion, was never assessed.",
         "Brackenholt Council adult social care", "Mental capacity and coercion",
         "Her capacity to make decisions about who lived in her home, under pressure from Jasper, was never assessed."),
        ("The day centre made no safeguarding referral and did not tell her social worker.",
         "Fairlop Centre", "Safeguarding referral",
         "Staff did not make a safeguarding referral and did not share this with her social worker."),
        ("Officers spoke to Jasper at the door and did not see Cerys.",
         "Brackenholt Police", "Seeing the adult at risk",
         "officers spoke to Jasper at the door and did not see Cerys"),
        ("Drug-dealing intelligence on Jasper was not linked to her address.",
         "Brackenholt Police", "Intelligence",
         "The intelligence that Jasper was dealing drugs was not linked to the address"),
        ("No vulnerability referral was made for Cerys.",
         "Brackenholt Police", "Vulnerability referral",
         "no vulnerability referral was made for Cerys"),
        ("No agency called a multi-agency meeting although four held part of the concern.",
         MULTI, "Multi-agency working",
         "no agency called a multi-agency meeting despite four agencies holding part of the concern"),
    ]))

# ---------------------------------------------------------------- f13_03
d = D("f13_03_cspr_child_ac_seven_minute_briefing.txt")
v = Person(d, "v1", "victim", name="Child AC", age=16, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="a 16-year-old boy of Black Caribbean heritage", living="family_home")
v.char("educational_exclusion", "Child AC was permanently excluded from Beaulah Park Academy in Year 10")
v.char("carrying_weapons", "after bringing a knife into school; he said he carried it because he had been threatened")
v.char("missing_episodes", "He had been reported missing by his mother four times in 2023.")
v.char("offending", "He was seen by the youth offending service after a robbery in 2022 and was under a referral order.")
v.char("criminal_exploitation", "Police intelligence linked him to older young men selling drugs",
       "a National Referral Mechanism referral was made in May 2023")
v.char("drug_dealing", "he was found with cash and drugs in another county")
v.svc("school", "prior", "Child AC was permanently excluded from Beaulah Park Academy in Year 10",
      "He then attended the Fellowmere pupil referral unit, part time.")
v.svc("youth_offending", "prior", "He was seen by the youth offending service after a robbery in 2022")
v.svc("police", "prior", "Police intelligence linked him to older young men selling drugs")
p = Person(d, "p1", "perpetrator", name="Child BL", age=15, gender="male")
p.char("child_in_need_protection", "Child BL was known to Fellowmere Children's Services as a child in need")
p.char("domestic_violence_child", "because of domestic abuse between his parents")
p.char("send", "He had an EHC plan because of speech and language needs.")
p.char("victim_of_crime", "He had been robbed at knifepoint in the summer of 2023")
p.svc("csc_cin_cp", "prior", "Child BL was known to Fellowmere Children's Services as a child in need")
p.svc("youth_service", "prior", "had told his youth worker")
p.svc("police", "prior", "Child BL's robbery at knifepoint was recorded by police as a crime against him")
p.svc("prison", "after", "sentenced to be detained at His Majesty's pleasure")
cases.append(case(
    d, title="Child AC", review_type="scr", area="Fellowmere", published="2025-03", incident_year=2023,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["he was stabbed in the thigh and chest in a park near his home by another teenager, Child BL, aged 15",
                      "Child BL was convicted of murder"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Boy of 16, excluded and criminally exploited, stabbed to death in a park by a 15-year-old who had himself been robbed at knifepoint.",
    reference_individual="victim", people=[v, p],
    relationship=("not_clear", "Two teenagers; the briefing does not say how they knew each other.", []),
    weapons=[wp(d, "knife", "he was stabbed in the thigh and chest")],
    locations=[loc(d, "street_public", "in a park near his home")],
    escalation_summary=None, markers=[],
    problems=[
        ("Child AC was treated as an offender; no strategy meeting considered him a victim of exploitation.",
         MULTI, "Exploitation seen through a criminal-justice lens",
         "no strategy meeting was held to consider him as a victim of exploitation"),
        ("The NRM referral waited five months with no local plan meanwhile.",
         MULTI, "National Referral Mechanism",
         "The NRM referral in May 2023 sat without a decision for five months, and no local plan was made while it waited."),
        ("The school excluded him without a multi-agency meeting, at the point of greatest risk.",
         "Beaulah Park Academy", "Exclusion",
         "No multi-agency meeting was held by the school before it excluded him."),
        ("Return home interviews were late or not done (one of four).",
         None, "Return home interviews",
         "Return home interviews after his missing episodes were offered late or not at all: only one of four was done."),
        ("After Child BL was robbed at knifepoint nobody asked whether he now carried a knife.",
         MULTI, "Victims who may arm themselves",
         "nobody asked whether he had started to carry a knife himself"),
        ("The youth worker did not pass Child BL's remark to his social worker.",
         "Youth service", "Information sharing",
         "His youth worker did not share his remark with his social worker."),
    ]))

# ---------------------------------------------------------------- f13_04
d = D("f13_04_dhr_imelda_council_news.html")
v = Person(d, "v1", "victim", name="Imelda", age=39, gender="female")
v.char("mental_health_current", "Imelda had told her GP in 2021 that she felt anxious and was not sleeping, and she was prescribed sertraline.")
v.char("domestic_abuse", "he was parked outside her house at night and sending her dozens of messages a day",
       subtypes=["coercive_control", "emotional"])
v.svc("gp", "prior", "Imelda had told her GP in 2021 that she felt anxious")
v.svc("police", "prior", "she rang the police twice to report that he was parked outside her house at night")
v.svc("domestic_abuse_services", "prior", "She was referred to Glaskett Domestic Abuse Outreach, whose worker spoke with her once by telephone.")
p = Person(d, "p1", "perpetrator", name="Kenton", age=44, gender="male")
p.char("offending", "Kenton had a conviction for assaulting a previous partner in 2012.")
p.char("history_of_violence", "Kenton had a conviction for assaulting a previous partner in 2012.")
p.char("alcohol_misuse", "He had been drinking heavily since losing his job as a delivery driver in 2022")
p.char("unemployment", "since losing his job as a delivery driver in 2022")
p.char("mental_health_current", "he had seen his GP about low mood and anger")
p.svc("gp", "prior", "he had seen his GP about low mood and anger")
p.svc("prison", "after", "sentenced to life imprisonment with a minimum term of 24 years")
cases.append(case(
    d, title="Imelda", review_type="dhr", area="Glaskett", published="2025-01", incident_year=2023,
    role="other", decision="include", reason="homicide",
    screening_quotes=["Imelda was stabbed at her home in Glaskett by Kenton, aged 44",
                      "Kenton was found guilty of her murder"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 39 stabbed at home by her former partner eleven weeks after she ended the relationship, following stalking after separation.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Relationship of six years ended by her eleven weeks before the killing; she asked him to leave.", [
        rc(d, "stalking", "The stalking was not recognised as stalking"),
        rc(d, "strain_separation", "eleven weeks after she had ended their relationship of six years and asked him to leave"),
    ]),
    weapons=[wp(d, "knife", "Imelda was stabbed at her home")],
    locations=[loc(d, "home", "Imelda was stabbed at her home in Glaskett")],
    technology=[tech(d, "mobile_phone", "sending her dozens of messages a day")],
    escalation_summary="After she ended the relationship in January 2023 he parked outside her house at night and sent dozens of messages a day; eleven weeks after the separation he stabbed her.",
    markers=[mk(d, "separation", "eleven weeks after she had ended their relationship of six years and asked him to leave")],
    problems=[
        ("Police did not check his history, so missed his conviction for violence against a partner.",
         "Police", "Risk assessment",
         "Police officers did not check Kenton's history when they graded the risk"),
        ("The stalking was recorded as harassment and no stalking screening was used.",
         "Police", "Stalking not recognised",
         "the repeated driving past her house and the messages were recorded as harassment, and no stalking risk screening was used"),
        ("The case was not referred to MARAC although it met the threshold on professional judgement.",
         None, "MARAC referral",
         "The case was not referred to MARAC, although the panel found the risk met the threshold on professional judgement."),
        ("The outreach service closed the case after two unanswered calls without checking with police.",
         "Glaskett Domestic Abuse Outreach", "Case closure",
         "The outreach service closed the case after two unanswered calls, without checking with the police whether anything had changed."),
        ("His GP did not explore his relationship, his anger or his risk to others.",
         "Kenton's GP", "Perpetrator risk in primary care",
         "Kenton's GP asked nothing about his relationship or the anger he described"),
        ("The school did not share that Imelda was frightened of Kenton.",
         "The children's school", "Information sharing",
         "The children's school knew from Imelda that she was frightened of Kenton but did not share this with children's services or the police."),
    ]))

# ---------------------------------------------------------------- f13_05
d = D("f13_05_iir_mr_beddow_findings_table.txt")
p = Person(d, "p1", "perpetrator", name="Mr Beddow", age=29, gender="male", ethnicity="white_british",
           ethnicity_detail="Mr Beddow is a White British man.", living="alone")
p.char("mental_health_current", "He has a diagnosis of schizoaffective disorder.")
p.char("substance_misuse", "He used cannabis most days")
p.char("alcohol_misuse", "drank heavily at weekends")
p.char("offending", "He had been cautioned in 2019 for threatening a shop worker with a screwdriver.")
p.char("history_of_violence", "threatening a shop worker with a screwdriver")
p.char("medication", "In April he stopped taking his medication")
p.svc("mh_iapt_early_intervention", "prior", "He was first seen by early intervention in psychosis services at 21")
p.svc("mh_community", "prior", "At the time Mr Beddow was under the care of the Haddow community mental health team")
p.svc("mh_inpatient", "prior", "he was admitted informally to Juniper Ward")
p.svc("police", "prior", "He had been cautioned in 2019")
p.svc("mh_inpatient", "after", "was detained in a secure hospital under sections 37 and 41 of the Mental Health Act 1983")
v = Person(d, "v1", "victim", name="Ms Corrie", age=52, gender="female")
v.svc("housing", "prior", "She had complained to the council's housing department and to the police")
v.svc("police", "prior", "She had complained to the council's housing department and to the police")
cases.append(case(
    d, title="Mr Beddow", review_type="iir", area="Haddow", published="2024-10", incident_year=2022,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Mr Beddow, a 29-year-old man, killed Ms Corrie, aged 52",
                      "He struck her repeatedly with a metal bar on the stairwell between their flats."],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Woman of 52 beaten to death on the stairwell by her upstairs neighbour, a man with schizoaffective disorder discharged from a ward nineteen days earlier.",
    reference_individual="perpetrator", people=[p, v],
    relationship=("neighbour", "She lived in the flat below his; months of dispute about noise.", [
        rc(d, "other", "The two had been in dispute about noise for several months.", detail="Neighbour dispute about noise"),
    ]),
    weapons=[wp(d, "blunt_object", "struck her repeatedly with a metal bar")],
    locations=[loc(d, "home", "on the stairwell between their flats")],
    escalation_summary="Delusions about the woman downstairs from February 2022, stopping medication in April, admission, discharge on 1 July, one follow-up contact and an unanswered visit before the killing 19 days after discharge; she had complained of banging and shouting.",
    markers=[mk(d, "discharged_or_absconded", "He left an inpatient ward nineteen days before the homicide.",
                "He was discharged on 1 July 2022."),
             mk(d, "threats_property_damage", "Mr Beddow banging on her ceiling and shouting at her through the floor"),
             mk(d, "disengaged_services", "He did not answer the door on 15 July.")],
    problems=[
        ("He was discharged without a follow-up visit booked within 72 hours.",
         "Ferrand and Hobley NHS Foundation Trust (inpatient ward)", "Discharge planning",
         "He was discharged from the ward without a follow-up visit"),
        ("The discharge plan did not mention the dispute with his neighbour.",
         "Ferrand and Hobley NHS Foundation Trust (inpatient ward)", "Discharge planning",
         "booked within 72 hours, and the discharge plan did not mention"),
        ("The risk assessment was copied forward and missed that his delusions centred on Ms Corrie.",
         "Ferrand and Hobley NHS Foundation Trust (community team)", "Risk assessment",
         "The risk assessment was copied forward from 2020 and did not"),
        ("His mother's warnings were not recorded as risk information.",
         "Ferrand and Hobley NHS Foundation Trust", "Family involvement",
         "His mother's warnings were not recorded as risk information and"),
        ("His mother was not invited to the discharge meeting.",
         "Ferrand and Hobley NHS Foundation Trust", "Family involvement",
         "nobody invited her to the meeting before his discharge."),
        ("No plan was made to check he was taking his medication, despite past non-adherence after discharge.",
         "Ferrand and Hobley NHS Foundation Trust (community team)", "Medication",
         "but no plan was made to check he was taking it."),
        ("Housing and police held Ms Corrie's complaints and neither told the mental health team.",
         "Haddow City Council housing; Haddow Police", "Information sharing",
         "neither told the mental health team."),
        ("His cannabis use was noted but he was never referred for joint dual-diagnosis work.",
         "Ferrand and Hobley NHS Foundation Trust; Garside Lane Drug Service", "Dual diagnosis",
         "referred for joint work between the two services."),
    ]))

# ---------------------------------------------------------------- f13_06
d = D("f13_06_dhr_hermione_homicide_suicide_panel.txt")
v = Person(d, "v1", "victim", name="Hermione", age=79, gender="female", ethnicity="white_british",
           ethnicity_detail="Both were White British.", living="family_home")
v.char("chronic_illness", "Hermione had Parkinson's disease, diagnosed in 2018")
v.char("disability", "by 2023 she needed help to wash, dress and get out of bed")
v.char("domestic_abuse", "had not allowed Hermione her own bank account",
       "shouted at her and belittled her in front of others",
       "this was a long history of coercive and controlling behaviour",
       subtypes=["coercive_control", "financial", "emotional"])
v.svc("acute_health", "prior", "Hermione was seen regularly by the Parkinson's nurse from Hillmarsh Hospitals NHS Trust")
v.svc("gp", "prior", "and by her GP at Elmwhistle Surgery")
v.svc("adult_social_care", "prior", "Ivelcombe County Council adult social care assessed her needs")
v.svc("private_sector", "prior", "arranged a care agency, Kinbrook Homecare, to visit twice a day", detail="Care agency (Kinbrook Homecare)")
p = Person(d, "p1", "perpetrator", name="Gideon", age=83, gender="male", ethnicity="white_british",
           ethnicity_detail="Both were White British.", living="family_home")
p.char("chronic_illness", "had prostate cancer in remission")
p.char("mental_health_current", "In his eighties he became increasingly anxious and low.",
       "he told his GP he was \"no use to anyone\"")
p.char("caring_responsibilities", "Gideon was her main carer.")
p.char("other", "He had a shotgun licence and kept two shotguns in a locked cabinet.", detail="Access to firearms (shotgun licence)")
p.svc("gp", "prior", "Gideon saw his GP at Elmwhistle Surgery about his mood in October 2023")
p.svc("police", "prior", "Ivelcombe Police renewed his shotgun certificate in 2021.", detail="Firearms licensing")
cases.append(case(
    d, title="Hermione and Gideon", review_type="dhr", area="Ivelcombe", published="2025-05", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["In December 2023 Gideon killed Hermione in their bedroom and then took his own life in the garage."],
    category="intimate_partner_violence", incident_type="homicide_suicide", fatal=True,
    description="Woman in her late seventies with Parkinson's disease killed at home by her husband and carer of 58 years, who then took his own life; long coercive control unknown to agencies.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married for 58 years; he was her main carer.", [
        rc(d, "coercive_control", "this was a long history of coercive and controlling behaviour"),
        rc(d, "financial_abuse", "had not allowed Hermione her own bank account"),
        rc(d, "emotional_abuse", "shouted at her and belittled her in front of others"),
        rc(d, "carer", "Gideon was her main carer."),
    ]),
    weapons=[],
    locations=[loc(d, "home", "in their bedroom")],
    escalation_summary="Lifelong control of money and belittling; her growing dependence with Parkinson's; he cancelled the care visits and in October 2023 told his GP he could not see a way through, two months before the killing.",
    markers=[mk(d, "disengaged_services", "Gideon cancelled the care visits after three weeks")],
    problems=[
        ("The GP recorded hopelessness but did not ask about suicidal thoughts or firearms despite the firearms marker.",
         "Elmwhistle Surgery", "Suicide risk and firearms",
         "did not ask about thoughts of suicide or about access to firearms"),
        ("Adult social care accepted the cancelled care package by phone without speaking to Hermione.",
         "Ivelcombe County Council adult social care", "Care package cancellation",
         "adult social care accepted this by telephone and did not speak to Hermione herself"),
        ("No agency asked Hermione alone about her relationship or safety.",
         MULTI, "Seeing the victim alone",
         "no agency asked Hermione, on her own, about her relationship or her safety"),
        ("Gideon's needs as an elderly carer were never assessed.",
         MULTI, "Carer's assessment",
         "No carer's assessment was offered."),
        ("Firearms licensing sought nothing from the GP at renewal beyond the standard form.",
         "Ivelcombe Police (firearms licensing)", "Firearms licensing",
         "the police firearms licensing process did not seek information from the GP at renewal beyond the standard medical form"),
        ("The GP did not tell police when his mood deteriorated.",
         "Elmwhistle Surgery", "Firearms licensing",
         "the GP did not tell the police when Gideon's mood deteriorated"),
        ("Agencies did not consider domestic abuse in a long marriage between older people.",
         MULTI, "Domestic abuse in older people",
         "did not consider that domestic abuse could be present in a long marriage between older people"),
    ]))

# ---------------------------------------------------------------- f13_07
d = D("f13_07_sar_maud_pressure_ulcers_care_home.txt")
v = Person(d, "v1", "victim", name="Maud", age=91, gender="female", living="residential")
v.char("other", "Maud had vascular dementia", detail="Vascular dementia")
v.char("disability", "She was unable to move herself in bed and needed help with eating and drinking.")
v.char("abuse_neglect_adult", "The coroner recorded that neglect had contributed to her death.", subtypes=["neglect"])
v.svc("other", "prior", "had lived at Kestrow House for two years", detail="Nursing home (Kestrow House)")
v.svc("other", "prior", "a district nurse assessed a grade 2 pressure ulcer on Maud's sacrum", detail="District nursing")
cases.append(case(
    d, title="Maud", review_type="sar", area="Gadsworth", published="2025-02", incident_year=2023,
    role="briefing", decision="exclude", reason="poor_care_management",
    screening_quotes=["The medical cause of death was sepsis arising from infected pressure ulcers",
                      "There is no suggestion that anyone intended to harm Maud."],
    category=None, incident_type=None, fatal=True,
    description="Woman of 91 with dementia who died of sepsis from pressure ulcers and dehydration after poor care in a nursing home; no violence.",
    reference_individual="victim", people=[v],
    problems=[
        ("The home did not follow the repositioning plan and kept incomplete records.",
         "Kestrow House", "Pressure care",
         "Kestrow House did not follow the district nurse's repositioning plan, and its records were incomplete."),
        ("Weight loss was recorded but no dietitian referral followed.",
         "Kestrow House", "Nutrition",
         "Weight loss was recorded but not acted upon."),
        ("Fluid charts were not totalled daily.",
         "Kestrow House", "Hydration",
         "Fluid charts were not totalled at the end of each day."),
        ("The home raised no safeguarding concern when the ulcer reached grade 4.",
         "Kestrow House", "Safeguarding concern",
         "The home did not raise a safeguarding concern when the ulcer deteriorated to grade 4"),
        ("District nurses did not revisit for five weeks and did not escalate.",
         "District nursing team", "Wound care oversight",
         "The district nursing team did not revisit for five weeks after the first assessment, and did not escalate when the wound worsened."),
        ("The quality monitoring visit did not look at residents with known pressure damage.",
         "Gadsworth County Council quality monitoring team", "Provider monitoring",
         "The council's quality monitoring visit did not look at residents with known pressure damage"),
        ("Monitoring concerns were not shared with the CQC or ICB.",
         "Gadsworth County Council quality monitoring team", "Information sharing",
         "did not share its concerns with the Care Quality Commission or the Integrated Care Board"),
        ("Her nephew was not told that the ulcer had worsened.",
         None, "Family communication",
         "Maud's nephew was not told that her ulcer had become worse until she was admitted to hospital."),
    ]))

# ---------------------------------------------------------------- f13_08
d = D("f13_08_cspr_child_dm_learning_brief.html")
v = Person(d, "v1", "victim", name="Child DM", age=14, gender="female", living="family_home")
v.char("other", "Her father collapsed and died from a heart attack in January 2023.", detail="Bereavement (death of her father)")
v.char("mental_health_current", "The GP noted low mood following her father's death and referred her to CAMHS.",
       "She told the school counsellor in September 2023 that she \"didn't see the point of anything\".")
v.char("caring_responsibilities", "took on much of the care of her brother, who is autistic",
       "Child DM's role as a young carer was recognised")
v.svc("gp", "prior", "In April 2023 Child DM saw the GP with her mother about poor sleep and headaches.")
v.svc("camhs", "prior", "The referral was screened in May 2023 and placed on the waiting list for an assessment.")
v.svc("school", "prior", "Child DM was described by teachers at Cobblestone Lane School as bright, kind and well liked.")
v.svc("counselling", "prior", "The counsellor arranged weekly sessions.")
v.svc("other", "prior", "The school referred her in June 2023. The service sent a letter inviting her to a group",
      detail="Young carers service")
cases.append(case(
    d, title="Child DM", review_type="scr", area="Midhollow", published="2024-08", incident_year=2023,
    role="briefing", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["who took her own life at home in November 2023",
                      "found no evidence of bullying or of any conflict with other young people"],
    category=None, incident_type="suicide", fatal=True,
    description="Girl of 14 who took her own life after her father's death, while waiting for CAMHS; no bullying or peer violence.",
    reference_individual="victim", people=[v],
    problems=[
        ("CAMHS did not review the waiting referral or check on the family.",
         "Midhollow CAMHS", "Waiting lists",
         "CAMHS did not review the referral while Child DM waited, and nobody contacted the family to check whether her mood had become worse."),
        ("The counsellor did not ask directly about suicide or tell CAMHS or the GP.",
         "Cobblestone Lane School (counsellor)", "Asking about suicide",
         "the counsellor did not ask directly about suicidal thoughts and did not tell CAMHS or her GP"),
        ("The school treated falling attendance separately from bereavement and low mood.",
         "Cobblestone Lane School", "Attendance",
         "The school did not link her falling attendance to her bereavement and low mood"),
        ("The young carers service closed the referral after one letter.",
         "Midhollow Young Carers", "Young carers",
         "the young carers service closed the referral after one letter, without any follow-up"),
        ("No specialist bereavement support was offered.",
         MULTI, "Bereavement support",
         "No one offered specialist bereavement support to Child DM or her family."),
    ]))

# ---------------------------------------------------------------- f13_09
d = D("f13_09_csp_dhr_commissioning_procedure.txt")
cases.append(case(
    d, title=None, review_type="other", area="Lindwick", published="2025-03", incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Procedure for commissioning Domestic Homicide Reviews",
                      "It does not describe a real case."],
    category=None, incident_type=None, fatal=None,
    description="Community Safety Partnership procedure for deciding on and commissioning DHRs, with a fictional worked timetable; it describes no case.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f13_10
d = D("f13_10_cspr_cosmo_toddler_qa.txt")
v = Person(d, "v1", "victim", name="Cosmo", age=2, gender="male", living="family_home")
v.char("abuse_neglect_child", "Doctors found older fractures to his ribs, of different ages.",
       "recorded a bruise on his cheek", subtypes=["physical"])
v.char("absent_parents", "Cosmo's father had no contact with him.")
v.svc("health_visitor", "prior", "The health visitor saw Cosmo at his one-year review and found him well.")
v.svc("other", "prior", "Cosmo's nursery, Copperbeech Day Nursery, recorded a bruise on his cheek.", detail="Nursery (Copperbeech Day Nursery)")
v.svc("acute_health", "prior", "Cosmo attended Flaxholme General Hospital's emergency department with a swollen wrist.")
p = Person(d, "p1", "perpetrator", name="Mr C", age=27, gender="male", living="family_home")
p.char("offending", "He had convictions for violence")
p.char("history_of_violence", "including an assault on a former partner in front of her child")
p.char("substance_misuse", "He used cocaine.")
p.svc("police", "prior", "he was known to Flaxholme Police and the Probation Service")
p.svc("probation", "prior", "he was known to Flaxholme Police and the Probation Service",
      "The Probation Service knew Mr C had a new partner with young children")
p.svc("prison", "prior", "He had finished a prison sentence in 2021.")
p.svc("prison", "after", "Mr C was convicted of Cosmo's murder and sentenced to life imprisonment.")
p2 = Person(d, "p2", "perpetrator", name="Ffion", age=23, gender="female", living="family_home")
p2.char("looked_after", "She had been in care herself as a teenager")
p2.char("mental_health_past", "had experienced postnatal depression after her second child")
p2.char("financial_issues", "she was struggling with money and had used a food bank")
p2.svc("health_visitor", "prior", "She had told her health visitor she was struggling with money")
p2.svc("food_bank", "prior", "had used a food bank")
p2.svc("prison", "after", "Ffion was convicted of causing or allowing the death of a child and sentenced to three years.")
cases.append(case(
    d, title="Cosmo", review_type="scr", area="Flaxholme", published="2024-11", incident_year=2023,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["Mr C was convicted of Cosmo's murder", "Cosmo had a serious head injury and bruising to his abdomen, back and ears."],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Boy of two killed at home by his mother's new partner, a man with convictions for violence whom no agency knew had moved in; earlier bruising and rib fractures.",
    reference_individual="victim", people=[v, p, p2],
    relationship=("parent_to_child", "Mr C was his mother's partner, living in the household from autumn 2022; the mother was convicted of causing or allowing the death.", [
        rc(d, "physical_abuse", "Doctors found older fractures to his ribs, of different ages.",
           "Two weeks later staff noted a bruise on his ear."),
    ]),
    weapons=[wp(d, "non_accidental_injury", "Cosmo had a serious head injury and bruising to his abdomen, back and ears.")],
    locations=[loc(d, "home", "an ambulance was called to the house by Mr C")],
    escalation_summary="A violent man moved in during autumn 2022; bruises to the cheek and ear at nursery in December, a swollen wrist in January, then a fatal head injury in February 2023, with older rib fractures found.",
    markers=[],
    problems=[
        ("Two reports of bruising in a two-year-old did not lead to a referral, a strategy discussion or a child protection medical.",
         "Copperbeech Day Nursery; Flaxholme Children's Services", "Bruising in young children",
         "The nursery's two reports of bruising should have led to a referral, a strategy discussion and a child protection medical."),
        ("Children's Services gave telephone advice to monitor and did not open a contact record.",
         "Flaxholme Children's Services", "Front door response",
         "Children's Services gave advice on the phone and did not open a contact record."),
        ("Health visitor, nursery and hospital did not ask about new adults in the home.",
         "Health visiting service; Copperbeech Day Nursery; Flaxholme General Hospital", "The unseen man",
         "The health visitor, nursery and hospital all missed chances to ask about new adults in the home."),
        ("The two-year review was closed without escalation when the family stopped responding.",
         "Health visiting service", "Non-response",
         "the health visiting service closed the two-year review without escalating"),
        ("The emergency department did not check the CP information system or consider the injury with his age.",
         "Flaxholme General Hospital emergency department", "Injuries in young children",
         "The emergency department did not check the child protection information system and did not consider the wrist injury together with Cosmo's age."),
        ("Probation knew of a new partner with young children and made no check with children's services.",
         "Probation Service", "Child safeguarding checks",
         "did not carry out a check with children's services"),
    ]))

# ---------------------------------------------------------------- f13_11
d = D("f13_11_thematic_self_neglect_hamish_lodger.txt")
v = Person(d, "v1", "victim", name="Hamish", age=66, gender="male", living="shared_private")
v.char("chronic_illness", "He had a below-knee amputation from diabetes")
v.char("disability", "used a wheelchair indoors")
v.char("other", "He neglected his diabetes care and his house had no working heating.", detail="Self-neglect")
v.char("abuse_neglect_adult", "Jolyon \"borrows my bank card for the shopping\"", subtypes=["financial"])
v.svc("other", "prior", "Hamish's district nurses noticed that his home was in a worse state", detail="District nursing")
v.svc("gp", "prior", "his GP recorded bruising to his arms")
v.svc("adult_social_care", "prior", "closing a referral in October 2022 because he \"declined support\"")
p = Person(d, "p1", "perpetrator", name="Jolyon", age=38, gender="male", living="shared_private")
p.char("substance_misuse", "Jolyon had a history of drug use")
p.char("offending", "had served prison sentences for burglary and robbery")
p.char("drug_dealing", "was using and dealing drugs there")
p.svc("prison", "prior", "had served prison sentences for burglary and robbery")
p.svc("police", "prior", "Farrowby Police had intelligence that Jolyon was living at the address")
p.svc("prison", "after", "Jolyon was convicted of manslaughter and sentenced to eleven years.")
cases.append(case(
    d, title="Thematic Review: Self-neglect and hidden harm (Hamish)", review_type="other", area="Farrowby",
    published="2024-07", incident_year=2023,
    role="other", decision="include", reason="homicide",
    screening_quotes=["In January 2023 Jolyon assaulted Hamish in the living room, punching and kicking him. Hamish died of his injuries."],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Disabled man of 66, known for self-neglect, beaten to death at home by his lodger, who had been using his bank card.",
    reference_individual="victim", people=[v, p],
    relationship=("housemate", "Lodger renting a room in his house from spring 2022.", [
        rc(d, "financial_abuse", "Jolyon \"borrows my bank card for the shopping\""),
    ]),
    weapons=[wp(d, "non_accidental_injury", "punching and kicking him")],
    locations=[loc(d, "home", "in the living room")],
    escalation_summary="After the lodger moved in the home deteriorated, he was often without food, the lodger used his bank card, and unexplained bruising was seen four months before the fatal assault.",
    markers=[],
    problems=[
        ("District nurses recorded the bank card remark but raised no safeguarding concern.",
         "District nursing service", "Financial abuse not recognised",
         "the district nursing service recorded the remark about the bank card but did not raise a safeguarding concern"),
        ("The GP accepted the explanation for bruising without seeing him alone or asking about the lodger.",
         "GP", "Unexplained injuries",
         "the GP accepted the explanation for the bruising without asking to examine Hamish alone or asking about the lodger"),
        ("Adult social care saw only self-neglect and closed the referral without considering exploitation.",
         "Farrowby adult social care", "Self-neglect masking abuse",
         "adult social care saw Hamish only through the lens of self-neglect"),
        ("Police did not share intelligence about the lodger with adult social care.",
         "Farrowby Police", "Information sharing",
         "but this was never passed to adult social care"),
    ]))

# ---------------------------------------------------------------- f13_12
d = D("f13_12_dhr_calla_female_partner_table_genogram.txt")
v = Person(d, "v1", "victim", name="Calla", age=27, gender="female", living="family_home")
v.char("lgbtqi", "Both identified as lesbian.", "her mother had found it hard to accept that she was gay")
v.char("mental_health_current", "Calla had been treated for anxiety since her teens and had taken sertraline on and off.")
v.char("domestic_abuse", "Greer began to monitor Calla's phone and her location using a tracking app",
       "Greer had thrown a mug at her", subtypes=["coercive_control", "physical"])
v.char("other", "her father died when Calla was twelve", detail="Bereavement (father died in her childhood)")
v.svc("gp", "prior", "Anxiety reviews; in April 2023 disclosed \"arguments at home\"")
v.svc("police", "prior", "Neighbour reported shouting; Calla said nothing had happened")
v.svc("mh_iapt_early_intervention", "prior", "Self-referred; placed on waiting list; one telephone triage")
v.svc("acute_health", "prior", "Attended with a cut to her forehead; said she fell")
p = Person(d, "p1", "perpetrator", name="Greer", age=33, gender="female", living="family_home")
p.char("lgbtqi", "Both identified as lesbian.")
p.char("alcohol_misuse", "Greer drank heavily")
p.char("substance_misuse", "used cocaine at weekends")
p.char("household_substance_misuse", "Her father, Kester, has a long history of alcohol dependency")
p.char("domestic_violence_child", "Greer grew up watching him hit her mother")
p.char("parental_separation", "Greer's mother left when Greer was fourteen.")
p.char("history_of_violence", "once pushed her down some steps")
p.char("offending", "Caution for affray outside a nightclub")
p.char("unemployment", "until she lost her job in early 2023")
p.char("mental_health_current", "Seen for low mood after losing her job")
p.svc("gp", "prior", "Seen for low mood after losing her job")
p.svc("police", "prior", "Spoken to at the flat; not arrested", "Caution for affray outside a nightclub")
p.svc("jobcentre", "prior", "Claimed Universal Credit")
p.svc("prison", "after", "received a life sentence with a minimum term of 17 years")
cases.append(case(
    d, title="Calla", review_type="dhr", area="Cobbleford", published="2025-04", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Calla was 27 when she was killed by her partner, Greer, aged 33",
                      "Greer stabbed her in the neck during an argument after a night out."],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 27 stabbed in the neck at home by her female partner after months of phone and location monitoring and violence that agencies did not recognise as domestic abuse.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Same-sex couple together two years, living together eighteen months; no children.", [
        rc(d, "coercive_control", "Greer began to monitor Calla's phone and her location using a tracking app, and to stop her seeing her friends from work"),
        rc(d, "physical_abuse", "Greer had thrown a mug at her"),
    ]),
    weapons=[wp(d, "knife", "Greer stabbed her in the neck")],
    locations=[loc(d, "home", "in the flat they shared in Cobbleford")],
    technology=[tech(d, "tracking", "her location using a tracking app")],
    escalation_summary="From late 2022 monitoring of her phone and location and isolation from friends; Greer lost her job early in 2023; a mug thrown in March, police called in April, a head wound in May, then the fatal stabbing in June.",
    markers=[],
    problems=[
        ("Officers did not treat the call as possible domestic abuse.",
         "Cobbleford Police", "Same-sex domestic abuse not recognised",
         "did not treat the call as a possible domestic abuse incident"),
        ("No DASH and the women were not spoken to separately.",
         "Cobbleford Police", "Risk assessment",
         "They did not complete a DASH risk assessment or speak to each woman separately."),
        ("Assumptions about same-sex relationships shaped the response.",
         "Cobbleford Police", "Assumptions about same-sex relationships",
         "assumptions about same-sex relationships played a part"),
        ("The GP did not ask whether she was safe or use routine enquiry.",
         "Hazelcote Lane Medical Practice", "Routine enquiry",
         "the GP did not ask whether she was safe, and did not use routine enquiry about domestic abuse"),
        ("The ED screening question was not asked because Greer was present throughout.",
         "Ambermere Hospitals NHS Trust (emergency department)", "Routine enquiry",
         "the domestic abuse screening question was not asked because Greer was present throughout"),
        ("Talking therapies triage asked about risk to self but not risk from others.",
         "Ambermere Talking Therapies", "Risk screening",
         "The telephone triage asked about risk to self but not about risk from others."),
        ("Greer's GP did not ask about her drinking.",
         "Hazelcote Lane Medical Practice", "Alcohol",
         "Greer's GP did not ask about her drinking when she was seen for low mood."),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
