"""Build gold.json for frozen-f7 from the hand coding below.

Run from anywhere: python3 examples/frozen-f7/build_gold.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py, shared by every batch
from goldlib import Doc, Person, case, loc, mk, rc, stats, tech, wp, write  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
cases, docs = [], []


def D(name, wrapped=False):
    d = Doc(CORPUS, name, wrapped=wrapped)
    docs.append(d)
    return d


# ---------------------------------------------------------------- f7_01
d = D("f7_01_dhr_marisa_slides.txt")
v = Person(d, "v1", "victim", name="Marisa", age=34, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("domestic_abuse", "he had \"grabbed her by the throat\" during an argument",
       "he checked her phone and told her what to wear",
       subtypes=["physical", "coercive_control"])
v.char("mental_health_current", "Marisa sees GP for poor sleep and anxiety")
v.svc("police", "prior", "Police: harassment report, DASH completed, graded standard risk")
v.svc("gp", "prior", "GP: Marisa sees GP for poor sleep and anxiety")
v.svc("marac", "prior", "MARAC: case heard; actions for police and IDVA")
v.svc("domestic_abuse_services", "prior", "IDVA: four contacts; safety plan; non-molestation order discussed")
p = Person(d, "p1", "perpetrator", name="Warren", age=37, gender="male", living="family_home")
p.char("offending", "Warren had a conviction from 2015 for assaulting a man outside a pub.")
p.char("history_of_violence", "Warren had a conviction from 2015 for assaulting a man outside a pub.")
p.char("alcohol_misuse", "he was drinking \"most nights\" since the break-up")
p.char("mental_health_current", "Warren sees his GP about low mood and drinking")
p.svc("probation", "prior", "He served a community order with the Probation Service at that time.")
p.svc("gp", "prior", "Warren sees his GP about low mood and drinking")
p.svc("police", "after", "Warren was arrested at the scene")
p.svc("prison", "after", "received a life sentence with a minimum term of 22 years")
cases.append(case(
    d, title="Marisa", review_type="dhr", area="Fallowby", published="2024-09", incident_year=2022,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["Marisa was 34 when she was killed by her former partner, Warren, in March 2022",
                      "He was convicted of murder at Fallowby Crown Court"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 34 stabbed at her home by her former partner, 37, seven months after she ended the relationship and after months of stalking.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Former partner of about eleven years, never married; she ended the relationship in August 2021.", [
        rc(d, "stalking", "The panel was clear: the pattern (fixation, turning up, monitoring) was stalking."),
        rc(d, "coercive_control", "he checked her phone and told her what to wear"),
        rc(d, "physical_abuse", "he had \"grabbed her by the throat\" during an argument"),
        rc(d, "domestic_abuse", "Friends describe jealousy \"from the start\"; he checked her phone and told her what to wear"),
        rc(d, "strain_separation", "Marisa ended the relationship in August 2021"),
    ]),
    weapons=[wp(d, "knife", "He stabbed Marisa in the kitchen")],
    locations=[loc(d, "home", "Warren let himself into the house with a key he had kept")],
    technology=[tech(d, "tracking", "Marisa found a tracking device taped under her car in November 2021"),
                tech(d, "mobile_phone", "More than 600 text messages and calls in the first month alone")],
    escalation_summary="Separation in August 2021 followed by stalking (messages, turning up, a tracking device); two police reports, MARAC in January 2022; he kept a key and had been drinking all night.",
    markers=[mk(d, "separation", "Marisa ended the relationship in August 2021 and Warren moved out of the family home"),
             mk(d, "alcohol_drugs_before", "Warren had been drinking heavily through the night")],
    problems=[
        ("The October 2021 report was recorded as harassment, not stalking; the stalking screening questions were not used.",
         "Fallowby Police", "Stalking not recognised",
         "The October 2021 report was recorded as harassment, not stalking"),
        ("The tracking device was recorded as a separate suspicious item and not linked to the ex-partner.",
         "Fallowby Police", "Stalking not recognised",
         "The tracking device was treated as a separate \"suspicious item\" and not linked to the ex-partner"),
        ("The first DASH was graded standard despite a disclosed strangulation.",
         "Fallowby Police", "Risk assessment and strangulation",
         "Standard risk in October 2021 despite a previous strangulation disclosed to the officer"),
        ("MARAC knew he might still have a key and set no action to change the locks.",
         "Fallowby MARAC", "MARAC action planning",
         "The MARAC noted Warren \"may still have a key\" and did not set an action to change the locks"),
        ("The sanctuary scheme referral was discussed but never made.",
         "Fallowby MARAC", "MARAC action planning",
         "The sanctuary scheme referral was discussed but never made"),
        ("No MARAC action checked the perpetrator's own contact with services.",
         "Fallowby MARAC", "Perpetrator checks",
         "No action was given to check Warren's own contact with services"),
        ("The GP did not ask directly about domestic abuse when she mentioned stress with her ex.",
         "GP practice", "Routine enquiry",
         "The GP did not ask Marisa directly about domestic abuse"),
        ("The GP practice was not invited to MARAC and did not know of it.",
         "GP practice / MARAC", "GP involvement in MARAC",
         "The GP practice did not know about the MARAC (the GP was not invited)"),
        ("The practice had no process for a man disclosing drinking and low mood after a break-up.",
         "GP practice", "Perpetrator health contacts",
         "the practice had no process for perpetrator disclosures"),
    ]))

# ---------------------------------------------------------------- f7_02
d = D("f7_02_dhr_maudie_footnotes.txt")
v = Person(d, "v1", "victim", name="Maudie", age=81, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("chronic_illness", "She had chronic obstructive pulmonary disease and arthritis in both knees")
v.char("disability", "used a wheeled walking frame indoors")
v.char("social_isolation", "She rarely left the house after the first Covid-19 lockdown and her daughter described her as \"lonely but proud\".")
v.char("domestic_abuse", "Agencies did not recognise that Maudie was experiencing domestic abuse.",
       "Maudie's savings of about £9,000 had been withdrawn over eighteen months",
       subtypes=["financial"])
v.svc("gp", "prior", "The GP saw Maudie eleven times in the two years before her death")
v.svc("adult_social_care", "prior", "A Care Act assessment was carried out by adult social care in April 2022")
v.svc("ambulance", "prior", "The ambulance service had attended in March 2022 when Maudie fell at home")
v.svc("housing", "prior", "Brackenholt Homes, Maudie's landlord, carried out a gas safety visit in August 2022.")
p = Person(d, "p1", "perpetrator", name="Owain", age=23, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
p.char("substance_misuse", "he had smoked cannabis every day since he was 14 and that he had begun using ketamine in 2021")
p.char("unemployment", "He had not worked since 2019 and received Universal Credit.")
p.char("caring_responsibilities", "Owain described himself to his GP as his grandmother's carer")
p.char("non_engagement", "attended three key work sessions and was discharged in October 2021 after missing appointments")
p.char("offending", "he was found with a small amount of cannabis (he received a community resolution)")
p.char("parent_mental_health", "Owain's mother has a long history of alcohol dependence and depression.")
p.char("household_substance_misuse", "Owain's mother has a long history of alcohol dependence and depression.")
p.svc("gp", "prior", "In 2021 the GP recorded \"low mood, likely linked to drug use\"")
p.svc("substance_misuse_services", "prior", "He had been known to Brackenholt Drug and Alcohol Partnership since June 2021, attended three key work sessions")
p.svc("police", "prior", "a stop and search in 2020", "Officers attended, spoke to Owain at the door")
p.svc("jobcentre", "prior", "He had not worked since 2019 and received Universal Credit.")
p.svc("police", "after", "He told police that his grandmother had refused to give him her bank card")
p.svc("prison", "after", "the sentence was nine years' imprisonment")
cases.append(case(
    d, title="Maudie", review_type="dhr", area="Brackenholt", published="2024-06", incident_year=2022,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Her grandson, referred to in this report as Owain, was charged with her murder.",
                      "He was later convicted of manslaughter"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 81 died of head injuries at home after her grandson, 23, her informal carer who had been taking her savings for drugs, shoved her.",
    reference_individual=None, people=[v, p],
    relationship=("other_family", "Grandson, living with her since he was 15; her informal carer.", [
        rc(d, "carer", "The assessment recorded Owain as her informal carer."),
        rc(d, "financial_abuse", "Owain used much of this money to buy ketamine and cannabis"),
        rc(d, "domestic_abuse", "Agencies did not recognise that Maudie was experiencing domestic abuse."),
    ]),
    weapons=[wp(d, "non_accidental_injury", "The post-mortem found injuries that were not consistent with a single fall.")],
    locations=[loc(d, "home", "Maudie died from head injuries in her home.")],
    escalation_summary="Eighteen months of financial abuse by her grandson and carer; nightly shouting in autumn 2022; a police call closed as verbal only; he had taken ketamine and alcohol on the night.",
    markers=[mk(d, "alcohol_drugs_before", "On the night of her death Owain had taken ketamine and had been drinking."),
             mk(d, "threats_property_damage", "she heard \"shouting most nights\"")],
    problems=[
        ("Agencies did not recognise domestic abuse or see her dependence on him for care and money, and his drug use, as risks.",
         "Multiple agencies", "Abuse by family carers not recognised",
         "Agencies did not recognise that Maudie was experiencing domestic abuse."),
        ("Officers in September 2022 did not insist on seeing her, did not treat the call as family domestic abuse and completed no DASH.",
         "Brackenholt Police", "Seeing the adult at risk",
         "did not insist on seeing Maudie and did not recognise the call as a possible domestic abuse incident between family members"),
        ("The Care Act assessment relied on the grandson's account, did not see her alone and did not explore her money.",
         "Brackenholt Council adult social care", "Seeing the adult alone; financial abuse",
         "The Care Act assessment relied on Owain's account of the care he gave and did not speak to Maudie alone."),
        ("The planned six-month review did not take place because of a backlog.",
         "Brackenholt Council adult social care", "Reviews and capacity",
         "The planned six-month review did not take place because of a backlog in the adult social care review team."),
        ("The housing officer made no safeguarding referral after the engineer's report.",
         "Brackenholt Homes", "Safeguarding referrals by housing",
         "The housing officer did not make a safeguarding referral after the engineer's report."),
        ("The drug and alcohol service closed his case without asking who he lived with or who depended on him.",
         "Brackenholt Drug and Alcohol Partnership", "Caring responsibilities of service users",
         "closed Owain's case without considering who he lived with and whether anyone depended on him"),
        ("The GP practice let the grandson answer for her and did not offer her time alone.",
         "GP practice", "Seeing the patient alone",
         "The GP practice allowed Owain to answer for his grandmother in consultations and did not offer her time alone."),
    ]))

# ---------------------------------------------------------------- f7_03
d = D("f7_03_dhr_terence_long.txt")
v = Person(d, "v1", "victim", name="Terence", age=61, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("alcohol_misuse", "which his consultant linked to his drinking",
       "he drank \"about a bottle of whisky over two days\"")
v.char("chronic_illness", "Terence had type 2 diabetes and, after an admission in 2021, chronic pancreatitis")
v.char("offending", "had been convicted in 1998 of assaulting her")
v.char("history_of_violence", "he had been violent to her mother, Terence's first wife, and had been convicted in 1998 of assaulting her")
v.char("non_engagement", "He did not attend again and was discharged in May 2021")
v.svc("gp", "prior", "saw his GP, Dr Ottilie Faraday, at the same practice about his diabetes every six months")
v.svc("acute_health", "prior", "In February 2021 Terence was admitted to Gildersham General Hospital for a week with acute pancreatitis")
v.svc("substance_misuse_services", "prior", "he attended one assessment with a recovery worker, Ms Carys Bellweather, in March 2021")
v.svc("police", "prior", "Terence was arrested for assault occasioning actual bodily harm and was interviewed")
p = Person(d, "p1", "perpetrator", name="Lorna", age=54, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
p.char("domestic_abuse", "Terence decided who Lorna saw, checked her phone",
       "made comments about her weight and her clothes",
       "He took control of the household money after Lorna left work",
       "Lorna told the chair that Terence first hit her in 2008",
       subtypes=["coercive_control", "emotional", "financial", "physical"])
p.char("domestic_violence_child", "Lorna grew up in a household where her father was violent to her mother")
p.char("mental_health_current", "diagnosed moderate depression and prescribed an antidepressant")
p.char("self_harm", "In November 2019 Lorna took an overdose of her antidepressants and paracetamol")
p.char("alcohol_misuse", "was by then drinking wine most evenings \"to get through it\"",
       "she asked for help with her drinking once, in March 2023")
p.char("unemployment", "Lorna was a school administrator until 2020, when she left her job")
p.svc("gp", "prior", "she saw her GP, Dr Rosalind Achterberg, at the Larchmere Road Surgery")
p.svc("mh_iapt_early_intervention", "prior", "she attended six sessions of guided self-help in 2016")
p.svc("police", "prior", "In May 2017 police were called by Lorna to the house",
      "Officers attended, saw scratches on his cheek, and arrested Lorna")
p.svc("ambulance", "prior", "was taken by ambulance to the emergency department at Gildersham General Hospital")
p.svc("acute_health", "prior", "was taken by ambulance to the emergency department at Gildersham General Hospital")
p.svc("mh_other", "prior", "where she was assessed by the liaison psychiatry team")
p.svc("domestic_abuse_services", "prior", "an IDVA, Ms Joanne Fairbairn, made three attempts to call Lorna")
p.svc("police", "after", "Lorna was arrested at the house and was remanded in custody.")
p.svc("prison", "after", "she was sentenced to six years' imprisonment")
p.svc("probation", "after", "The probation officer who prepared the pre-sentence report")
p.svc("mh_other", "after", "The prison's mental health in-reach team has supported Lorna since her remand")
cases.append(case(
    d, title="Terence", review_type="dhr", area="Gildersham", published="2025-04", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["was convicted of his manslaughter at Gildersham Crown Court in February 2024",
                      "Lorna picked up a kitchen knife from the draining board and stabbed him once in the chest."],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Man of 61 stabbed at home by his wife, 54, whom he had abused for years, while he was assaulting her; she was convicted of manslaughter.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married in 2006, together since 2003, living together; he abused her throughout.", [
        rc(d, "domestic_abuse", "she had suffered many years of violence and control at Terence's hands"),
        rc(d, "physical_abuse", "Lorna told the chair that Terence first hit her in 2008"),
        rc(d, "coercive_control", "Terence decided who Lorna saw, checked her phone"),
        rc(d, "emotional_abuse", "made comments about her weight and her clothes"),
        rc(d, "financial_abuse", "He took control of the household money after Lorna left work"),
    ]),
    weapons=[wp(d, "knife", "Lorna picked up a kitchen knife from the draining board and stabbed him once in the chest.")],
    locations=[loc(d, "home", "when he died at his home in Gildersham")],
    escalation_summary="Years of violence and control by him; police contacts in 2017, 2021 and 2022 (when she was arrested); her mother died fifteen days before; on the night he was drunk, tore up her mother's papers and held her by the throat.",
    markers=[mk(d, "alcohol_drugs_before", "Terence's blood alcohol level was more than three times the legal driving limit"),
             mk(d, "adverse_life_event", "died on 18 June 2023, fifteen days before Terence's death"),
             mk(d, "threats_property_damage", "Terence tore up some of the papers")],
    problems=[
        ("The GP did not ask about domestic abuse after the 2016 disclosure or at any later consultation, even after a police notification.",
         "Larchmere Road Surgery", "Routine enquiry; older victims",
         "did not ask Lorna about domestic abuse when she disclosed her husband's temper in 2016"),
        ("In 2017 officers recorded an assault with injury as a verbal argument and did not complete the DASH.",
         "Gildersham Police", "Crime recording and risk assessment",
         "Police officers in 2017 recorded an assault that caused injury as a verbal argument and did not complete a risk assessment."),
        ("In 2021 a supervisor overrode a DASH score above the MARAC threshold; no MARAC referral and no evidence-led prosecution.",
         "Gildersham Police", "Risk assessment and MARAC referral",
         "a DASH score above the MARAC threshold was overridden by a supervisor without a clear reason"),
        ("In 2022 officers did not identify the primary aggressor, arrested the victim of abuse and flagged her as the perpetrator.",
         "Gildersham Police", "Primary aggressor",
         "officers did not identify the primary aggressor and arrested the victim of abuse"),
        ("The emergency department and liaison psychiatry made no routine enquiry and did not explore the home situation after the overdose and bruising.",
         "Gildersham General Hospital NHS Trust", "Routine enquiry in hospital",
         "did not make routine enquiry or explore the home situation after an overdose and unexplained bruising"),
        ("The recovery service left the domestic abuse questions blank at his assessment and shared nothing with the GP.",
         "Greyhallow Recovery", "Domestic abuse in substance misuse services",
         "The recovery service left its domestic abuse questions blank at Terence's assessment"),
        ("The IDVA service closed the case after calls to a number the perpetrator answered, trying no other route.",
         "Gildersham Women's Centre IDVA service", "Case closure",
         "The IDVA service closed the case after calls to a number answered by the perpetrator"),
        ("Her depression, overdose and drinking were seen as her own problems, not as signs of abuse.",
         "Multiple agencies", "Victim's difficulties seen in isolation",
         "Lorna's depression, overdose and drinking were seen as her own problems rather than as possible signs of abuse"),
        ("Talking Therapies discharged her after two missed appointments without asking why.",
         "Gildersham Talking Therapies", "Discharge for non-attendance",
         "Talking Therapies discharged Lorna in 2019 after two missed appointments without asking her why she had not attended."),
    ]))

# ---------------------------------------------------------------- f7_04 (hard-wrapped numbered columns)
d = D("f7_04_sar_philippa_numbered.txt", wrapped=True)
v = Person(d, "v1", "victim", name="Philippa", age=67, gender="female", living="supported")
v.char("learning_disability", "Philippa has type 2 diabetes and a mild learning disability.")
v.char("chronic_illness", "Philippa has type 2 diabetes")
v.char("abuse_neglect_adult", "on several occasions he demanded money from her",
       "Mr H had said he would \"smash her face in\" if she told anyone",
       subtypes=["financial", "emotional"])
v.svc("adult_social_care", "prior", "Her care and support were arranged by adult social care under a Care Act assessment completed in 2016")
v.svc("other", "prior", "The community learning disability team had seen Philippa in 2022", detail="Community learning disability team")
v.svc("gp", "prior", "Her GP saw her regularly for diabetic checks.")
v.svc("housing", "prior", "Philippa told a support worker in November 2022")
v.svc("police", "prior", "Philippa's niece telephoned Copperwick Police on the non-emergency number")
v.svc("ambulance", "after", "The night concierge called an ambulance.")
v.svc("acute_health", "after", "Philippa was taken to Copperwick Royal Infirmary and had surgery two days later.")
v.svc("police", "after", "took a statement from Philippa in hospital with an intermediary")
v.svc("adult_social_care", "after", "After the assault a section 42 enquiry was opened by adult social care.")
v.svc("other", "after", "Philippa was supported by an advocate during the enquiry", detail="Advocacy")
p = Person(d, "p1", "perpetrator", name="Mr H", age=58, gender="male", living="supported")
p.char("mental_health_current", "Mr H has a diagnosis of paranoid schizophrenia")
p.char("offending", "He had a conviction in 2009 for wounding a man with a bottle")
p.char("history_of_violence", "in 2019 he assaulted a member of staff at a previous placement")
p.char("alcohol_misuse", "the community mental health team recorded alcohol misuse as a risk factor in every care plan from 2018")
p.char("medication", "Mr H missed his depot injections in January and February 2023.")
p.svc("mh_community", "prior", "the community mental health team recorded alcohol misuse as a risk factor",
      "given by a community psychiatric nurse")
p.svc("adult_social_care", "prior", "The referral from adult social care to Lanternbrook Housing Association described Mr H")
p.svc("housing", "prior", "He moved to Lantern Court in September 2022")
p.svc("police", "prior", "for which he received a caution")
p.svc("police", "after", "arrested Mr H")
p.svc("mh_inpatient", "after", "the court made a hospital order under section 37 of the Mental Health Act 1983")
cases.append(case(
    d, title="Philippa", review_type="sar", area="Copperwick", published="2025-01", incident_year=2023,
    role="overview_report", decision="include", reason="physical_assault",
    screening_quotes=["Philippa was attacked by a fellow tenant, Mr H, in the communal lounge",
                      "Philippa suffered a fractured cheekbone"],
    category="adult_peer_violence", incident_type="non_fatal_injury", fatal=False,
    description="Woman of 67 with a learning disability beaten with a walking stick by a fellow tenant, 58, in the lounge of their supported housing scheme; she survived.",
    reference_individual="victim", people=[v, p],
    relationship=("housemate", "Fellow tenant of the same supported housing scheme (own flats, shared lounge).", [
        rc(d, "financial_abuse", "on several occasions he demanded money from her"),
        rc(d, "emotional_abuse", "Mr H had said he would \"smash her face in\" if she told anyone"),
    ]),
    weapons=[wp(d, "blunt_object", "Mr H struck her repeatedly with his walking stick.")],
    locations=[loc(d, "residential_setting", "in the communal lounge of Lantern Court, a supported housing scheme")],
    escalation_summary="Months of taking her food and money and a threat to 'smash her face in'; missed depot injections, daily drinking and property damage in the weeks before; drinking on the afternoon of the assault.",
    markers=[mk(d, "stopped_medication", "Mr H missed his depot injections in January and February 2023."),
             mk(d, "alcohol_drugs_before", "On 9 March 2023 Mr H had been drinking in the afternoon."),
             mk(d, "threats_property_damage", "had broken the glass in the door to the laundry")],
    problems=[
        ("The adult social care referral to the housing provider left out his history of violence and alcohol misuse.",
         "Copperwick Council adult social care", "Risk information on referral",
         "The adult social care referral to the housing provider left out his history of violence and his alcohol misuse."),
        ("The provider accepted him without asking for a risk assessment.",
         "Lanternbrook Housing Association", "Risk information on referral",
         "The provider accepted him without asking for a risk assessment."),
        ("Her reports of threats and money being taken were logged as a tenant dispute; no safeguarding referral, contrary to policy.",
         "Lanternbrook Housing Association", "Safeguarding concerns logged as disputes",
         "The support worker logged them as a dispute between tenants."),
        ("The call handler did not recognise financial abuse of an adult at risk, made no record and did not pass it to the safeguarding hub.",
         "Copperwick Police", "Call handling for adults at risk",
         "the police response to the niece's call in December 2022 was inadequate"),
        ("Two missed depot injections were not escalated to the care coordinator as the procedure required.",
         "Elmscarth and Copperwick Mental Health NHS Foundation Trust", "Missed depot medication",
         "the missed depot injections were not escalated"),
        ("The request to review his placement after property damage and nightly shouting was not prioritised; no risk triage.",
         "Copperwick Council adult social care", "Waiting lists and risk triage",
         "the request to review Mr H's placement in February 2023 was not prioritised"),
        ("Her own care and support had not been reviewed for four years.",
         "Copperwick Council adult social care", "Care Act reviews",
         "Philippa's own care was not reviewed for four years."),
    ]))

# ---------------------------------------------------------------- f7_05
d = D("f7_05_sar_alwyn_easyread.txt")
v = Person(d, "v1", "victim", name="Alwyn", age=74, gender="male", living="alone")
v.char("chronic_illness", "Alwyn had a lung illness called COPD.")
v.svc("gp", "prior", "His doctor (GP).")
v.svc("private_sector", "prior", "The oxygen company, who brought the oxygen machine to his home.",
      "Carers from a home care agency, who came every morning.")
v.svc("acute_health", "prior", "The hospital breathing team.")
v.svc("adult_social_care", "prior", "A social worker from the council.")
cases.append(case(
    d, title="Alwyn", review_type="sar", area="Dunmarrow", published=None, incident_year=2024,
    role="briefing", decision="exclude", reason="poor_care_management",
    screening_quotes=["The fire started when Alwyn smoked while he was using his oxygen.",
                      "Nobody hurt Alwyn on purpose."],
    category=None, incident_type=None, fatal=True,
    description="Man of 74 with COPD died in a fire at his flat when he smoked while using home oxygen; no one harmed him.",
    reference_individual="victim", people=[v],
    problems=[
        ("The oxygen company knew he smoked and did not tell the fire service, so no home safety visit took place.",
         "Oxygen supplier", "Fire risk referrals",
         "The oxygen company knew Alwyn smoked. They did not tell the fire service"),
        ("Carers recorded burn marks on his chair and carpet but told no one.",
         "Home care agency", "Escalating concerns",
         "They wrote this down but did not tell anyone."),
        ("The social worker did not ask about smoking when checking his care plan.",
         "Dunmarrow adult social care", "Care plan reviews",
         "The social worker did not ask Alwyn about smoking when she checked his care plan."),
        ("No one talked the risk through with him in a way he understood.",
         "Multiple agencies", "Risk conversations",
         "Nobody sat down with Alwyn to talk about the risk in a way he understood."),
        ("Services did not share what they knew.",
         "Multiple agencies", "Information sharing",
         "Services did not share what they knew with each other."),
    ]))

# ---------------------------------------------------------------- f7_06
d = D("f7_06_cspr_baby_l_chronology.txt")
v = Person(d, "v1", "victim", name="Baby L", age=0, gender="male", ethnicity="white_british",
           ethnicity_detail="The family's ethnicity was recorded by health services as White British.",
           living="family_home")
v.char("abuse_neglect_child", "the injuries were caused by shaking on at least two occasions",
       "two healing rib fractures", subtypes=["physical"])
v.char("parent_mental_health", "Ms S scores high on postnatal depression screen",
       "Ms S reviewed for postnatal depression; sertraline restarted.")
v.svc("health_visitor", "prior", "New birth visit. Mr R present and described as \"very hands-on\".")
v.svc("gp", "prior", "Baby L's 6-week check: normal.")
v.svc("acute_health", "prior", "Baby L brought by Ms S with \"bruise on cheek\"")
v.svc("ambulance", "after", "Mr R calls 999: baby \"floppy\".")
v.svc("acute_health", "after", "Baby L admitted to paediatric intensive care.")
v.svc("csc_cin_cp", "after", "Strategy meeting; section 47 enquiry")
v.svc("csc_looked_after", "after", "Baby L placed with foster carers under an interim care order.")
p = Person(d, "p1", "perpetrator", name="Mr R", age=26, gender="male", living="family_home")
p.char("offending", "Mr R convicted of assaulting a former partner; community order.")
p.char("history_of_violence", "Mr R convicted of assaulting a former partner")
p.svc("police", "prior", "Mr R convicted of assaulting a former partner; community order.",
      "Mr R stopped in car; cannabis found; given a warning.")
p.svc("probation", "prior", "Mr R supervised on a community order; completed a programme for men who use abuse.")
p.svc("police", "after", "Strategy meeting; section 47 enquiry; Mr R arrested.")
p.svc("prison", "after", "Mr R charged; remanded in custody.")
cases.append(case(
    d, title="Baby L", review_type="scr", area="Elmscarth", published="2025-03", incident_year=2023,
    role="overview_report", decision="include", reason="physical_assault",
    screening_quotes=["Medical opinion is that the injuries were caused by shaking on at least two occasions.",
                      "was charged with grievous bodily harm with intent"],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Boy of 11 weeks with brain injuries and rib fractures from shaking by his mother's partner, 26; he survived with lasting disabilities.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Mother's partner (not the father), living in the household.", [
        rc(d, "physical_abuse", "the injuries were caused by shaking on at least two occasions"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "the injuries were caused by shaking on at least two occasions")],
    escalation_summary="A domestic incident in pregnancy with a partner convicted of abusing a former partner; an unexplained facial bruise at 8 weeks not followed up; admission with head injuries at 11 weeks.",
    markers=[mk(d, "threats_property_damage", "Neighbour reports shouting and a woman crying at the flat.")],
    problems=[
        ("The emergency department did not follow its protocol for bruising in a non-mobile baby and accepted the partner's explanation.",
         "Elmscarth Hospitals NHS Trust emergency department", "Bruising in non-mobile infants",
         "The emergency department did not follow its own protocol for bruising in a non-mobile baby."),
        ("Midwife and health visitor did not find out about or assess the man in the household or record his details.",
         "Midwifery and health visiting", "The invisible man",
         "Health professionals did not find out about or assess the man living in the household."),
        ("Officers in March 2023 did not check the partner's history or notify children's social care or midwifery of a domestic incident in pregnancy.",
         "Elmscarth Police", "Domestic abuse in pregnancy",
         "Police officers who attended in March 2023 did not check the partner's history"),
        ("Health professionals did not share information about the mother's mental health or the ED attendance.",
         "GP, midwifery, health visiting, emergency department", "Information sharing in health",
         "Information was not shared between health professionals"),
        ("The midwife did not repeat the domestic abuse enquiry when the mother was alone.",
         "Elmscarth Hospitals NHS Trust midwifery", "Routine enquiry",
         "The midwife did not ask again when Ms S was alone at later appointments."),
        ("Probation closed the case without sharing any ongoing risk information.",
         "Probation Service", "Risk information after supervision",
         "Probation closed the case as \"completed\"; no ongoing risk information shared."),
    ]))

# ---------------------------------------------------------------- f7_07
d = D("f7_07_cspr_child_m_national.txt")
v = Person(d, "v1", "victim", name="Child M", age=13, gender="female", living="family_home")
v.char("abuse_neglect_child", "he then sexually abused her in his car and in a storeroom at the leisure centre",
       subtypes=["sexual"])
v.char("grooming", "He told her she was \"more grown up than the others\".")
v.char("parental_separation", "Child M's parents separated in 2019.")
v.char("self_harm", "she had cuts on her forearm during a PE lesson")
v.char("mental_health_current", "was seen by the child and adolescent mental health service for anxiety and self-harm")
v.svc("school", "prior", "The school's designated safeguarding lead spoke to her mother")
v.svc("counselling", "prior", "The school referred Child M to its counselling service",
      "She disclosed to the counsellor at her third session.")
v.svc("csc_cin_cp", "after", "Child M was supported by a child in need plan")
v.svc("camhs", "after", "was seen by the child and adolescent mental health service for anxiety and self-harm")
v.svc("police", "after", "A strategy meeting was held and police began an investigation.")
p = Person(d, "p1", "perpetrator", name="Mr V", age=44, gender="male")
p.svc("police", "after", "Mr V was arrested and his phone was seized.")
p.svc("prison", "after", "he was sentenced to nine years' imprisonment")
cases.append(case(
    d, title="Child M", review_type="scr", area="Ickenwold", published="2023", incident_year=2021,
    role="other", decision="include", reason="sexual_abuse",
    screening_quotes=["her swimming coach had been sexually abusing her for about a year",
                      "He was later convicted of sexual activity with a child"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Girl of 13 groomed online and sexually abused for about a year by her swimming coach, 44, at the leisure centre and in his car.",
    reference_individual="victim", people=[v, p],
    relationship=("other", "Her swimming coach since she was nine; a position of trust.", [
        rc(d, "sexual_abuse", "he then sexually abused her in his car and in a storeroom at the leisure centre"),
    ]),
    locations=[loc(d, "other", "in a storeroom at the leisure centre", detail="Leisure centre storeroom and the coach's car")],
    technology=[tech(d, "social_media", "Mr V messaged Child M privately on a social media messaging app"),
                tech(d, "online_images", "He asked her to send photographs of herself and later sent her sexual images.")],
    escalation_summary="Private messages from late 2020, requests for photographs and sexual images, then sexual abuse during 2021; an earlier complaint about his messages to another swimmer was handled inside the club.",
    problems=[
        ("The club's welfare officer did not pass a 2020 complaint about his late-night private messages to the LADO.",
         "Swimming club welfare officer", "Concerns handled inside the club",
         "The complaint was not passed to the local authority designated officer (LADO)"),
        ("The leisure centre let coaches use storerooms alone with children and its contract said nothing about safeguarding.",
         "Ickenwold Leisure Centre", "Shared premises",
         "The leisure centre allowed coaches to use storerooms and the poolside office alone with children"),
        ("The school attributed her changed behaviour to the separation and did not ask her directly despite visible self-harm.",
         "School", "Changes in the child explained away",
         "The school put the changes in Child M's behaviour down to her parents' separation and did not ask her directly"),
        ("No one checked on her during a seven-week wait for school counselling.",
         "School counselling service", "Waiting lists",
         "no one checked on Child M while she waited"),
    ]))

# ---------------------------------------------------------------- f7_08
d = D("f7_08_cpr_child_e_bilingual.txt")
v = Person(d, "v1", "victim", name="Child E", age=0, gender="male", living="family_home")
v.char("parent_mental_health", "she was diagnosed with postnatal depression by her GP")
v.char("household_substance_misuse", "he smoked cannabis \"to relax\" most evenings")
v.svc("health_visitor", "prior", "The health visitor made a new birth visit when Child E was 12 days old")
v.svc("gp", "prior", "Child E was seen by the GP at his six-week check")
cases.append(case(
    d, title="Child E", review_type="scr", area="Bro Melyndir", published="2024-05", incident_year=2022,
    role="executive_summary", decision="exclude", reason="death_not_caused_by_maltreatment",
    screening_quotes=["The review found no evidence that Child E was deliberately harmed by anyone.",
                      "He had been asleep on a sofa with his father."],
    category=None, incident_type=None, fatal=True,
    description="Boy of seven weeks died suddenly and unexpectedly while asleep on a sofa with his father, who had been drinking and using cannabis; no one harmed him deliberately.",
    reference_individual="victim", people=[v],
    problems=[
        ("Safe sleep advice was given to the mother only; no one spoke to the father, who settled the baby at night.",
         "Melyndir University Health Board", "Fathers and safe sleep",
         "safe sleep advice was given to the mother only"),
        ("The health visitor did not explore the father's cannabis use or the added risk of sleeping with a baby after alcohol or drugs.",
         "Health visiting", "Substance use and safe sleep",
         "the health visitor did not explore the father's cannabis use"),
        ("The midwife's early help referral was lost and the health board had no way to know it had not arrived.",
         "Melyndir University Health Board midwifery / early help", "Referral systems",
         "the midwife's referral to early help was lost"),
        ("The health visitor did not follow up the comment that the baby slept on his father.",
         "Health visiting", "Following up safe sleep risks",
         "the health visitor did not follow up the mother's comment that Child E slept on his father"),
        ("No service offered the mother information or support in Welsh, her first language.",
         "Multiple agencies", "Language",
         "no service offered the mother information or support in Welsh, her first language."),
    ]))

# ---------------------------------------------------------------- f7_09 (HTML newsletter)
d = D("f7_09_iir_mr_a_newsletter.html")
v = Person(d, "v1", "victim", name="Mr Y", age=71, gender="male")
p = Person(d, "p1", "perpetrator", name="Mr A", age=39, gender="male", ethnicity="black_african",
           ethnicity_detail="Black British man of Ghanaian heritage", living="alone")
p.char("mental_health_current", "had a diagnosis of paranoid schizophrenia")
p.char("medication", "Over the following months Mr A stopped taking his antipsychotic medication.")
p.svc("mh_community", "prior", "had been under the care of the Kestleigh North community mental health team for six years")
p.svc("gp", "prior", "In February 2021 he was discharged to his GP's care",
      "the GP practice recorded it but did not refer him back to mental health services")
p.svc("police", "prior", "complained to the police that he was being poisoned")
p.svc("housing", "prior", "He wrote to the housing association twice asking to be moved")
p.svc("police", "after", "Mr A was arrested nearby.")
p.svc("mh_inpatient", "after", "He is now in a secure hospital.")
cases.append(case(
    d, title="Mr A", review_type="iir", area=None, published="2024-11", incident_year=2021,
    role="other", decision="include", reason="homicide",
    screening_quotes=["before he killed his neighbour, Mr Y, in June 2021",
                      "Mr A went to Mr Y's flat and stabbed him with a kitchen knife."],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 39 with paranoid schizophrenia, off medication since discharge to his GP, stabbed his upstairs neighbour, 71, in the neighbour's flat.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("neighbour", "Upstairs neighbour, the object of his delusion that he was being poisoned.", []),
    weapons=[wp(d, "knife", "Mr A went to Mr Y's flat and stabbed him with a kitchen knife.")],
    locations=[loc(d, "home", "Mr A went to Mr Y's flat and stabbed him with a kitchen knife.")],
    escalation_summary="Discharged from the community team in February 2021; stopped medication; delusions that the neighbour was gassing him, voiced to the housing association and the police.",
    markers=[mk(d, "stopped_medication", "Over the following months Mr A stopped taking his antipsychotic medication.")],
    problems=[
        ("The discharge was not planned with the GP and the letter gave no early warning signs or what to do if they returned.",
         "Kestleigh and Lindquay Partnership NHS Foundation Trust", "Discharge planning",
         "The discharge from the community team was not planned with Mr A's GP."),
        ("His documented relapse signature was left out of the discharge summary.",
         "Kestleigh and Lindquay Partnership NHS Foundation Trust", "Relapse signature",
         "it was not included in the discharge summary"),
        ("The GP practice recorded the police report of his poisoning complaint but did not refer him back.",
         "GP practice", "Re-referral after discharge",
         "the GP practice recorded it but did not refer him back to mental health services"),
        ("The housing association did not share its concerns about his letters because staff did not know whom to contact.",
         "Housing association", "Information sharing by housing",
         "The housing association received two letters from Mr A and did not share its concerns with the GP or the Trust"),
    ]))

# ---------------------------------------------------------------- f7_10
d = D("f7_10_iir_mr_k_tor.txt")
v = Person(d, "v1", "victim", name="Mr L", age=20, gender="male", living="family_home")
v.char("offending", "Mr L had been known briefly to the youth offending team at 15 for a cannabis offence.")
v.svc("youth_offending", "prior", "Mr L had been known briefly to the youth offending team at 15 for a cannabis offence.")
p = Person(d, "p1", "perpetrator", name="Mr K", age=22, gender="male", ethnicity="mixed_white_black_african",
           ethnicity_detail="Mixed White and Black African", living="alone")
p.char("looked_after", "He came into care when he was eight",
       "lived in two foster placements and then a children's home until he was 18")
p.char("abuse_neglect_child", "after neglect and domestic abuse in his family home", subtypes=["neglect"])
p.char("domestic_violence_child", "after neglect and domestic abuse in his family home")
p.char("offending", "Mr K was known to the Marrowdale youth offending team from the age of 15 after a robbery, and later for possession of a bladed article.")
p.char("carrying_weapons", "he carried a knife \"for protection\"")
p.char("victim_of_crime", "because he had been robbed")
p.char("substance_misuse", "by 2021 was smoking \"skunk\" every day")
p.char("mental_health_current", "He was diagnosed with a first episode of psychosis and prescribed aripiprazole.")
p.char("medication", "he had stopped taking his medication because it made him \"feel flat\"")
p.char("non_engagement", "discharged after a period of non-engagement", "From April 2022 Mr K missed five appointments.")
p.char("unemployment", "He was unemployed and in rent arrears.")
p.char("financial_issues", "He was unemployed and in rent arrears.")
p.svc("mh_iapt_early_intervention", "prior", "under the care of the early intervention in psychosis service (EIP)")
p.svc("gp", "prior", "Mr K was referred to EIP by his GP")
p.svc("youth_offending", "prior", "Mr K was known to the Marrowdale youth offending team from the age of 15")
p.svc("csc_looked_after", "prior", "lived in two foster placements and then a children's home until he was 18")
p.svc("police", "after", "Mr K was arrested at his flat later that night")
p.svc("prison", "after", "He received a life sentence, with a minimum of 17 years to serve.")
cases.append(case(
    d, title="Mr K", review_type="iir", area="Marrowdale", published="2024-12", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Mr K, then aged 22, stabbed his friend Mr L, aged 20",
                      "In June 2023 Mr K was convicted of murder."],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 22, a care leaver recently discharged from early intervention in psychosis, stabbed his friend, 20, in a park after an argument about money.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("friend_acquaintance", "Friends since school.", [
        rc(d, "other", "they had argued that evening about money Mr K said he was owed", detail="Dispute over money owed"),
    ]),
    weapons=[wp(d, "knife", "with the knife still in his jacket")],
    locations=[loc(d, "street_public", "in Kilnbrook Fields park, Marrowdale")],
    escalation_summary="Missed appointments from April 2022, medication stopped, discharge from EIP in July 2022; daily cannabis, rent arrears, habitual knife carrying; an argument about money on the evening.",
    markers=[mk(d, "disengaged_services", "From April 2022 Mr K missed five appointments."),
             mk(d, "stopped_medication", "he had stopped taking his medication because it made him \"feel flat\""),
             mk(d, "carrying_weapons", "he carried a knife \"for protection\""),
             mk(d, "threats_property_damage", "they had argued that evening about money Mr K said he was owed"),
             mk(d, "stress_debt_housing", "Mr K's rent arrears, which were high by the summer of 2022")],
    problems=[
        ("Risk assessments rated his risk to others low and never recorded the knife carrying written in the notes.",
         "Marrowdale and Fennick NHS Foundation Trust EIP", "Risk assessment",
         "None recorded that he carried a knife"),
        ("His youth offending and care history were known but not considered in any risk formulation.",
         "Marrowdale and Fennick NHS Foundation Trust EIP", "Risk formulation",
         "neither was considered in any risk formulation"),
        ("The offer of drug service referral was not revisited as his cannabis use increased.",
         "Marrowdale and Fennick NHS Foundation Trust EIP", "Substance misuse",
         "EIP did not revisit it as his use increased in 2022"),
        ("EIP did not consider whether his cannabis use and debts might bring him into conflict with others.",
         "Marrowdale and Fennick NHS Foundation Trust EIP", "Risk to others",
         "EIP did not consider whether Mr K's cannabis use and his debts might bring him into conflict with others."),
        ("The housing link worker recorded that he had stopped medication but did not tell the care coordinator.",
         "Marrowdale and Fennick NHS Foundation Trust housing link worker", "Stopped medication",
         "The housing link worker recorded this but did not tell the care coordinator."),
        ("He was discharged for non-engagement without the required multidisciplinary discussion and GP contact.",
         "Marrowdale and Fennick NHS Foundation Trust EIP", "Discharge for non-engagement",
         "The discharge did not follow the policy's requirement to hold a multidisciplinary discussion"),
        ("The discharge letter did not tell the GP he had stopped medication or carried a knife.",
         "Marrowdale and Fennick NHS Foundation Trust EIP", "Discharge communication",
         "The GP was sent a discharge letter that did not say that Mr K had stopped his medication or that he carried a knife."),
        ("The Trust had no contact with the housing association about his rent arrears.",
         "Marrowdale and Fennick NHS Foundation Trust", "Liaison with housing",
         "The Trust's records show no contact with the housing association about Mr K's rent arrears"),
    ]))

# ---------------------------------------------------------------- f7_11 (not a review)
d = D("f7_11_csp_minutes_ardlow.txt")
cases.append(case(
    d, title=None, review_type="other", area="Ardlow", published="2024-06", incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Minutes of the Partnership Board meeting",
                      "4. Domestic Homicide Reviews: update"],
    category=None, incident_type=None, fatal=None,
    description="Minutes of a community safety partnership board meeting with an update on its domestic homicide reviews; not a review.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f7_12 (HTML, definition lists)
d = D("f7_12_sar_elowen_glossary.html")
v = Person(d, "v1", "victim", name="Elowen", age=19, gender="female", living="supported")
v.char("looked_after", "Elowen had been in the care of Jessamy Vale Council from the age of 13 and was a care leaver.")
v.char("mental_health_current", "Elowen had a diagnosis of emotionally unstable personality disorder")
v.char("self_harm", "a long history of self-harm, including cutting and two overdoses in 2022")
v.char("missing_episodes", "Elowen was reported missing by Copse House staff four times in 2023.")
v.char("household_substance_misuse", "Elowen's mother had a history of drug use; this was the reason Elowen came into care.")
v.svc("csc_looked_after", "prior", "She had a personal adviser from the council's leaving care team.")
v.svc("voluntary_sector", "prior", "a supported accommodation project run by Greenlantern Youth Housing, a charity")
v.svc("mh_other", "prior", "Elowen was seen by the crisis team after both overdoses in 2022")
v.svc("acute_health", "prior", "Elowen attended the emergency department at Jessamy Vale General Hospital seven times")
v.svc("police", "prior", "Elowen was reported missing by Copse House staff four times in 2023.")
v.svc("gp", "prior", "Her GP prescribed an antidepressant and reviewed it every three months.")
v.svc("camhs", "prior", "When Elowen turned 18 her child and adolescent mental health care ended")
cases.append(case(
    d, title="Elowen", review_type="sar", area="Jessamy Vale", published="2025-02", incident_year=2023,
    role="briefing", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["The coroner concluded that her death was suicide.",
                      "It found no evidence of this."],
    category=None, incident_type="suicide", fatal=True,
    description="Care leaver of 19 with a personality disorder and long history of self-harm took her own life in supported accommodation; no bullying, exploitation or harm by others was found.",
    reference_individual="victim", people=[v],
    problems=[
        ("The move from children's to adult mental health services was not planned; she waited ten months with no one responsible for her care.",
         "Mental health services (CAMHS to adult)", "Transition",
         "The move from children's services to adult services was not planned."),
        ("Seven emergency department attendances were each treated as single events; no one looked at the pattern.",
         "Jessamy Vale General Hospital emergency department", "Repeat self-harm attendances",
         "The seven emergency department attendances were not brought together."),
        ("Missing episodes were treated as a housing issue and no return interviews were offered because she was over 18.",
         "Multiple agencies", "Missing adults",
         "The missing episodes were treated as a housing issue."),
        ("Copse House had no safety plan for her although its own policy required one.",
         "Greenlantern Youth Housing (Copse House)", "Safety planning",
         "Copse House staff did not have a safety plan for Elowen"),
        ("The personal adviser and the crisis team did not share information; the adviser learned of the second overdose a month later.",
         "Leaving care team and crisis team", "Information sharing",
         "The personal adviser and the crisis team did not share information"),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
