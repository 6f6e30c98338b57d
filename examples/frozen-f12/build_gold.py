"""Build gold.json for frozen-f12 from the hand coding below.

FROZEN batch: never tuned on; scored once, at first sight.
Run from anywhere: python3 examples/frozen-f12/build_gold.py
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


def D(name):
    d = Doc(CORPUS, name, wrapped=name.endswith(".txt"))
    docs.append(d)
    return d


# ---------------------------------------------------------------- f12_01 DHR, male same-sex couple
d = D("f12_01_dhr_emrys_overview_chronology.txt")
v = Person(d, "v1", "victim", name="Emrys", age=31, gender="male", ethnicity="white_british",
           ethnicity_detail="White Welsh", living="family_home")
v.char("lgbtqi", "Emrys was a gay man")
v.char("chronic_illness", "He had type 1 diabetes, diagnosed in childhood")
v.char("mental_health_current", "Emrys sees his GP about low mood and poor sleep. Declan is in the room. GP prescribes sertraline.")
v.char("social_isolation", "for several years he had little contact with anyone from home apart from her",
       "Emrys was isolated from his family")
v.char("domestic_abuse", "Declan had punched him in the face and thrown his insulin pens into the bin",
       "Declan would ring the restaurant several times during a shift to check Emrys was there",
       subtypes=["physical", "coercive_control"])
v.svc("police", "prior", "Emrys calls 999 saying Declan has hit him and thrown his insulin pens in the bin.",
      "The police had three contacts with the couple.")
v.svc("gp", "prior", "Emrys saw his GP four times in the period.")
v.svc("acute_health", "prior", "Emrys attended the emergency department with a deep laceration to his palm",
      "reviewed at the diabetes clinic at Dunmorrow Royal Infirmary")
v.svc("other", "prior", "In February 2023 Emrys said that Declan \"gets jealous\"", detail="Sexual health service")
v.svc("domestic_abuse_services", "prior", "Emrys completed the web form in September 2023. An advocate rang him the next day")
v.svc("housing", "prior", "Emrys rang the housing officer to ask whether he could take the tenancy into his sole name")
p = Person(d, "p1", "perpetrator", name="Declan", age=39, gender="male", ethnicity="white_irish",
           ethnicity_detail="White Irish", living="family_home")
p.char("migration_status", "Declan was born in Ireland and moved to England with his mother at the age of nine.")
p.char("abuse_neglect_child", "his stepfather had beaten him \"most weeks\" throughout his childhood", subtypes=["physical"])
p.char("domestic_violence_child", "his mother had also been hit")
p.char("alcohol_misuse", "Declan had misused alcohol since his teens")
p.char("substance_misuse", "had used cocaine regularly since about 2018")
p.char("mental_health_current", "He had been diagnosed by his GP with depression in 2019")
p.char("medication", "was prescribed antidepressants, which he took intermittently")
p.char("offending", "In 2017 Declan was convicted of assault occasioning actual bodily harm against his previous partner")
p.char("history_of_violence", "In 2017 Declan was convicted of assault occasioning actual bodily harm against his previous partner")
p.char("unemployment", "In the period under review he was mostly out of work and claimed Universal Credit.")
p.char("non_engagement", "After three missed appointments he was discharged",
       "He attended only four of the perpetrator programme sessions.")
p.char("lgbtqi", "a relationship between two men")
p.svc("gp", "prior", "Declan tells his GP he is \"drinking too much\" and arguing with his partner.")
p.svc("substance_misuse_services", "prior", "Declan was assessed in January 2022.")
p.svc("police", "prior", "Declan is arrested and released under investigation.")
p.svc("probation", "prior", "The Probation Service supervised Declan in 2017 and 2018.")
p.svc("police", "after", "Declan was found in the bathroom with minor self-inflicted cuts to his wrists and was arrested.")
p.svc("prison", "after", "sentenced to life imprisonment with a minimum term of 19 years",
      "Declan was written to at HMP Ambery")
cases.append(case(
    d, title="Emrys", review_type="dhr", area="Caverleigh", published="2025-03", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["found Emrys with stab wounds to his chest and neck",
                      "Declan was convicted of murder"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Gay man of 31 stabbed at the flat he shared with his partner of three years, who had a conviction for assaulting a previous partner.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Partners of a little over three years, living together on a joint tenancy since spring 2021.", [
        rc(d, "domestic_abuse", "Emrys calls 999 saying Declan has hit him"),
        rc(d, "physical_abuse", "Declan had punched him in the face"),
        rc(d, "coercive_control", "thrown his insulin pens into the bin",
           "Declan would ring the restaurant several times during a shift to check Emrys was there"),
        rc(d, "strain_separation", "Emrys had begun to talk about leaving, had asked to move"),
    ]),
    weapons=[wp(d, "knife", "found Emrys with stab wounds to his chest and neck")],
    locations=[loc(d, "home", "before Emrys was killed at their flat in Caverleigh")],
    escalation_summary="Fights in 2022, a punch and destroyed insulin pens in April 2023, a withdrawn complaint, requests to move and talk of leaving, and the partner's distress at losing him in the last weeks.",
    markers=[mk(d, "separation", "Emrys had begun to talk about leaving, had asked to move")],
    problems=[
        ("No DASH at the June 2022 domestic incident; treated as a fight between two men.",
         "Caverleigh Constabulary", "Same-sex domestic abuse not recognised", "did not complete a DASH risk assessment"),
        ("Officers did not establish the primary aggressor.",
         "Caverleigh Constabulary", "Counter-allegations", "The officers also did not try to establish which of the two men was the primary aggressor."),
        ("Interference with diabetes medication was not weighted in the DASH.",
         "Caverleigh Constabulary", "Risk assessment", "the officer did not give weight to the deliberate interference with Emrys's diabetes medication"),
        ("The perpetrator's history was not checked, so the previous conviction was not used in the grading.",
         "Caverleigh Constabulary", "Risk assessment (history)", "The officer again did not check Declan's history"),
        ("Released under investigation without bail conditions, back to the shared flat.",
         "Caverleigh Constabulary", "Bail", "No bail conditions were imposed and he returned to the flat the same evening."),
        ("No evidence-led prosecution considered after withdrawal.",
         "Caverleigh Constabulary", "Evidence-led prosecution", "There is no record that an evidence-led prosecution was considered"),
        ("Referred to a generic victim service, not the commissioned LGBT+ service.",
         "Caverleigh Constabulary", "Specialist referral", "The officer referred Emrys to the force's generic victim support provider rather than to Halcyon Voices"),
        ("The victim was never seen alone or asked about his relationship by his GP.",
         "Juniper Medical Centre", "Routine enquiry", "On no occasion was Emrys seen alone"),
        ("The perpetrator's GP assessed his suicide risk but not his risk to his partner.",
         "Foxglove Lane Surgery", "Perpetrator risk", "did not consider whether Declan posed a risk to his partner"),
        ("No routine enquiry in the emergency department about a hand injury.",
         "Dunmorrow Royal Infirmary", "Routine enquiry", "He was not asked about domestic abuse."),
        ("A disclosure at the sexual health clinic led to no DASH, referral or follow-up.",
         "Caverleigh Sexual Health Service", "Response to disclosure", "No DASH was completed, no referral was made and there was no follow-up."),
        ("The recovery service did not explore or share the disclosure of conflict at home.",
         "Caverleigh Recovery Hub", "Information sharing", "This was recorded but not explored, and it was not shared with the GP or anyone else."),
        ("The recovery service did not follow its procedure for disengagement where there is risk to others.",
         "Caverleigh Recovery Hub", "Discharge after disengagement", "The service did not use its own procedure for following up people who disengage"),
        ("The housing officer did not ask why he wanted to move.",
         "Greyholt Homes", "Housing response to domestic abuse", "The housing officer did not ask why he wanted to move."),
        ("No safe contact plan was agreed by the specialist service.",
         "Halcyon Voices", "Safe contact", "there was no agreement with Emrys about a safe time or method of contact"),
        ("The earlier community order lapsed without breach after few programme sessions.",
         "Probation Service", "Perpetrator programme enforcement", "The order was allowed to expire without breach proceedings"),
        ("Professionals did not see domestic abuse in a relationship between two men.",
         "Multiple agencies", "Same-sex domestic abuse not recognised", "professionals did not see the signs of domestic abuse in a relationship between two men"),
    ]))

# ---------------------------------------------------------------- f12_02 DHR, son kills father
d = D("f12_02_dhr_mr_r_exec_initials.txt")
v = Person(d, "v1", "victim", name="Mr R", age=79, gender="male", ethnicity="asian_pakistani",
           ethnicity_detail="British Pakistani", living="family_home")
v.char("migration_status", "Mr R was born in Pakistan and came to England in 1971.")
v.char("english_additional_language", "Mr R spoke Punjabi and some Urdu")
v.char("chronic_illness", "Mr R had type 2 diabetes and heart failure")
v.char("disability", "walked only with a frame")
v.char("domestic_abuse", "money was going missing from her father's account, that S had taken his bank card",
       "S shouted at her and threatened her father",
       "The abuse of Mr R, which was mainly financial and emotional", subtypes=["financial", "emotional"])
v.svc("adult_social_care", "prior", "Mr R was assessed by adult social care for a package of care.",
      "A social worker telephoned the house, spoke to S, and then spoke to Mr R with S translating.")
v.svc("acute_health", "prior", "Mr R was admitted to Hathersedge General Hospital")
v.svc("other", "prior", "district nurses visited 38 times", detail="District nursing")
v.svc("gp", "prior", "because the same practice looked after both men")
v.svc("police", "prior", "Officers attended and spoke to both men in the hallway.")
p = Person(d, "p1", "perpetrator", name="S", age=44, gender="male", ethnicity="asian_pakistani",
           ethnicity_detail="British Pakistani", living="family_home")
p.char("unemployment", "S had been unemployed since losing his job as a taxi driver in 2018")
p.char("offending", "following a drink-driving conviction")
p.char("alcohol_misuse", "He had a long history of drinking heavily")
p.char("substance_misuse", "had also used cocaine")
p.char("financial_issues", "He had debts of several thousand pounds")
p.char("mental_health_current", "He was treated by his GP for depression from 2021.")
p.char("caring_responsibilities", "S was his father's only carer for more than two years.")
p.char("non_engagement", "He attended two sessions and then stopped.")
p.svc("gp", "prior", "In March 2021 S saw his GP")
p.svc("substance_misuse_services", "prior", "He was referred to the Community Drug and Alcohol Team. He attended two sessions")
p.svc("police", "prior", "Officers attended and spoke to both men in the hallway.")
p.svc("jobcentre", "prior", "S had a Universal Credit sanction after failing to attend a work coach appointment")
p.svc("police", "after", "S was charged with murder")
p.svc("prison", "after", "was sentenced to eleven years' imprisonment")
cases.append(case(
    d, title="Mr R", review_type="dhr", area="Hathersedge", published="2024-11", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["he had been struck at least six times with a heavy object",
                      "convicted of manslaughter by reason of loss of control"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Frail man of 79 who spoke little English killed with a hammer at home by his son and sole carer, who drank heavily, used cocaine and was in debt.",
    reference_individual=None, people=[v, p],
    relationship=("child_to_parent", "Adult son and sole informal carer; lived together since the mother's death in 2019.", [
        rc(d, "carer", "S was his father's only carer for more than two years."),
        rc(d, "financial_abuse", "S had taken his bank card"),
        rc(d, "emotional_abuse", "S shouted at her and threatened her father"),
        rc(d, "domestic_abuse", "The abuse of Mr R, which was mainly financial and emotional"),
    ]),
    weapons=[wp(d, "blunt_object", "A claw hammer was later recovered from the garden shed.")],
    locations=[loc(d, "home", "He was declared dead at the house.")],
    escalation_summary="Taking of his father's bank card and benefits, threats in front of the daughter, a benefit sanction and mounting debts, and the son's complaint that his father would not give him money.",
    markers=[mk(d, "stress_debt_housing", "he was \"drowning\" in debt"),
             mk(d, "threats_property_damage", "S shouted at her and threatened her father")],
    problems=[
        ("No agency recognised the abuse as domestic abuse.", "Multiple agencies", "Adult family abuse not recognised",
         "No agency identified what was happening in the home as domestic abuse."),
        ("Police did not see a father and adult son as a domestic relationship.", "Hathersedge Police", "Adult family abuse not recognised",
         "did not see an older father and grown-up son as a domestic relationship"),
        ("The victim was never spoken to alone.", "Multiple agencies", "Voice of the adult",
         "Mr R was never spoken to alone by any professional in the period under review"),
        ("No professional interpreter was used; the alleged abuser translated.", "Adult social care; hospital; district nursing", "Interpreting",
         "no professional interpreter was used by adult social care, the hospital or the district nursing service"),
        ("The safeguarding concern was closed after a phone call, without a visit or checks.", "Adult social care", "Safeguarding enquiry",
         "did not visit, did not see Mr R's bank statements"),
        ("Closing after one phone call breached the council's procedures.", "Adult social care", "Safeguarding enquiry",
         "the decision to close the concern after one telephone call did not follow its own procedures"),
        ("Grip-pattern bruising accepted as a fall; no body map or referral.", "Hathersedge Teaching Hospitals NHS Trust", "Unexplained injuries",
         "No body map was completed and no safeguarding referral was made."),
        ("No carer's assessment for the son.", "Adult social care", "Carers",
         "No carer's assessment was offered to S."),
        ("Professionals who knew of his drinking did not ask how he coped with caring.", "Multiple agencies", "Carers",
         "professionals who knew how much he was drinking did not ask how he was coping with caring"),
        ("The GP's knowledge of both men was not brought together.", "Saffron Street Medical Practice", "Information held separately",
         "these facts were never brought together and no one asked whether Mr R was safe"),
        ("Cultural assumptions that the family would look after their own.", "Multiple agencies", "Cultural assumptions",
         "in that community families look after their own"),
        ("No DASH and no referral after the August 2022 call.", "Hathersedge Police", "Risk assessment",
         "No DASH risk assessment was done, and adult social care was not informed."),
        ("Police did not share the incident with adult social care or the GP.", "Hathersedge Police", "Information sharing",
         "After the August 2022 incident, the police did not tell adult social care or the GP."),
    ]))

# ---------------------------------------------------------------- f12_03 DHR web page, suicide after abuse (excluded)
d = D("f12_03_dhr_ilinca_council_web.html")
v = Person(d, "v1", "victim", name="Ilinca", age=26, gender="female", ethnicity="white_other",
           ethnicity_detail="White Romanian", living="shared_private")
v.char("migration_status", "moved to England in 2019 to work")
v.char("english_additional_language", "She spoke some English but was most comfortable in Romanian.")
v.char("domestic_abuse", "he took her bank card, kept her wages, read her messages and stopped her going out without him",
       "Sorin had \"held her too hard\"", subtypes=["financial", "coercive_control", "physical"])
v.char("mental_health_current", "she was not sleeping and \"felt nothing\". She was prescribed an antidepressant.")
v.char("self_harm", "after taking an overdose of paracetamol")
v.char("social_isolation", "her language and her isolation made it harder for her to seek help")
v.svc("gp", "prior", "In March 2022 Ilinca told her GP at Morwenna Road Surgery")
v.svc("ambulance", "prior", "Ilinca was taken by ambulance to Brennock General Hospital")
v.svc("acute_health", "prior", "Ilinca was taken by ambulance to Brennock General Hospital after taking an overdose of paracetamol. She was treated")
v.svc("mh_other", "prior", "seen by the hospital's mental health liaison team, who referred her to the crisis team",
      "The crisis team phoned Ilinca twice in English.")
v.svc("police", "prior", "police officers attended the shared house")
v.svc("housing", "prior", "Ilinca's landlord, a private letting agent, received a complaint", detail="Private letting agent")
p = Person(d, "p1", "perpetrator", name="Sorin", age=31, gender="male", ethnicity="not_reported",
           ethnicity_detail="from Romania", living="shared_private")
p.svc("police", "prior", "Sorin said they had been arguing about money.")
p.svc("police", "after", "The police investigated Sorin's conduct after Ilinca's death.")
cases.append(case(
    d, title="Ilinca", review_type="dhr", area="Brennock", published="2025-05", incident_year=2023,
    role="other", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["Ilinca took her own life at the room she rented in Brennock."],
    category=None, incident_type="suicide", fatal=True,
    description="Romanian woman of 26 who took her own life after coercive and financial control by the boyfriend she lived with.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Boyfriend who moved into her rented room in 2021.", [
        rc(d, "domestic_abuse", "Ilinca had been in an abusive relationship with her boyfriend"),
        rc(d, "coercive_control", "read her messages and stopped her going out without him"),
        rc(d, "financial_abuse", "he took her bank card, kept her wages"),
        rc(d, "physical_abuse", "Sorin had \"held her too hard\""),
    ]),
    locations=[loc(d, "home", "Ilinca took her own life at the room she rented in Brennock.")],
    problems=[
        ("Never seen alone after the partner moved in.", "Multiple agencies", "Seeing the victim alone",
         "Ilinca was never seen alone by any professional after Sorin moved in with her"),
        ("GP made no enquiry about domestic abuse.", "Morwenna Road Surgery", "Routine enquiry",
         "The GP made no enquiry about domestic abuse when Ilinca described symptoms of depression"),
        ("Hospital let the partner speak for her; no interpreter; no question about the relationship.", "Brennock General Hospital", "Interpreting; routine enquiry",
         "staff allowed Sorin to speak for Ilinca and did not arrange an interpreter or ask about her relationship"),
        ("The overdose was not seen as a possible sign of domestic abuse.", "Brennock General Hospital", "Suicide and domestic abuse",
         "The overdose was not seen as a possible sign of domestic abuse."),
        ("Crisis team called in English and closed after one missed call.", "Crisis team", "Language; discharge",
         "The crisis team made its calls in English and closed the referral after one missed call"),
        ("DASH done in the partner's presence without an interpreter.", "Police", "Risk assessment",
         "The police completed the DASH with Sorin in the room and did not use an interpreter."),
        ("No referral to a domestic abuse service; not shared with the GP.", "Police", "Referral and information sharing",
         "No referral was made to a domestic abuse service, and the incident was not shared with the GP."),
        ("Nobody asked about money, so financial control was unknown.", "Multiple agencies", "Economic abuse",
         "No agency knew about the financial control, because no one asked Ilinca about money"),
        ("Coercive control was not recognised.", "Multiple agencies", "Coercive control",
         "agencies did not recognise the coercive and controlling behaviour in Ilinca's relationship"),
    ]))

# ---------------------------------------------------------------- f12_04 SAR, care home resident killed by fellow resident
d = D("f12_04_sar_mrs_e_care_home_tables.txt")
v = Person(d, "v1", "victim", name="Mrs E", age=86, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="residential")
v.char("other", "Mrs E was diagnosed with Alzheimer's disease in 2020.", detail="Dementia (Alzheimer's disease)")
v.char("disability", "She was also severely hard of hearing and wore two hearing aids")
v.char("chronic_illness", "and she had osteoporosis")
v.char("abuse_neglect_adult", "Mr G grabbed Mrs E's arm; skin tear",
       "Mr G pushed Mrs E in the corridor; she stumbled but did not fall", subtypes=["physical"])
v.svc("private_sector", "prior", "She moved into Lantern Court Care Home, a 48-bed home run by Aspern Healthcare Ltd",
      "when her son could no longer manage her care with a home care agency")
v.svc("adult_social_care", "prior", "The local authority funded her placement.",
      "Mrs E's annual review had been completed in June 2023")
v.svc("gp", "prior", "the GP was told about the injury but not how it had been caused")
p = Person(d, "p1", "perpetrator", name="Mr G", age=79, gender="male", living="residential")
p.char("other", "He was diagnosed with vascular dementia in 2021.", detail="Dementia (vascular)")
p.char("chronic_illness", "Vascular dementia; type 2 diabetes")
p.char("history_of_violence", "he had pushed her against a kitchen cupboard",
       "recorded as having hit a healthcare assistant and pushed another patient")
p.svc("gp", "prior", "His wife reported to their GP")
p.svc("mh_community", "prior", "The GP referred him to the Older People's Community Mental Health Team",
      "A nurse visited on 12 December 2023")
p.svc("acute_health", "prior", "Mr G was admitted to Glaisdon General Hospital with a chest infection.")
p.svc("private_sector", "prior", "was discharged to Lantern Court Care Home on 6 October 2023")
p.svc("adult_social_care", "prior", "Glaisdon Council's adult social care department had placed both residents.")
p.svc("police", "after", "Officers spoke to staff and viewed CCTV from the corridor.")
p.svc("mh_inpatient", "after", "was admitted under the Mental Health Act to an older people's assessment ward")
cases.append(case(
    d, title="Mrs E", review_type="sar", area="Glaisdon", published="2024-09", incident_year=2024,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["three days after she was pushed to the floor by another resident of the care home where she lived",
                      "Mr G, who had been pacing, pushed her with both hands."],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Woman of 86 with Alzheimer's disease who died after a fellow care home resident with vascular dementia and a known pattern of aggression pushed her over.",
    reference_individual="victim", people=[v, p],
    relationship=("housemate", "Fellow residents of the same first-floor dementia unit of a care home.", [
        rc(d, "physical_abuse", "Mr G grabbed Mrs E's arm; skin tear",
           "Mr G pushed Mrs E in the corridor; she stumbled but did not fall"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "pushed her with both hands. She fell backwards and struck her head on a handrail.")],
    locations=[loc(d, "residential_setting", "another resident of the care home where she lived")],
    technology=[tech(d, "cctv", "viewed CCTV from the corridor")],
    escalation_summary="Eleven recorded incidents in twelve weeks, three of them against Mrs E, mostly in the corridor in the early evening, with CMHT advice on medication and one-to-one support not acted on.",
    markers=[mk(d, "threats_property_damage", "Mr G found in Mrs E's room, shouting at her to \"get out of my house\"")],
    problems=[
        ("The hospital discharge summary left out his aggression on the ward.", "Glaisdon General Hospital", "Information at discharge",
         "It did not mention the incidents on the ward."),
        ("The home accepted him without a face-to-face assessment.", "Lantern Court Care Home (Aspern Healthcare Ltd)", "Pre-admission assessment",
         "The care home did not visit Mr G in hospital before accepting him."),
        ("His care plan was not updated after any incident.", "Lantern Court Care Home (Aspern Healthcare Ltd)", "Risk assessment",
         "Mr G's care plan was not updated after any of the incidents in Table 2."),
        ("The behaviour chart was not analysed.", "Lantern Court Care Home (Aspern Healthcare Ltd)", "Use of behaviour charts",
         "Nobody analysed the chart"),
        ("The GP was told of the skin tear but not its cause.", "Lantern Court Care Home (Aspern Healthcare Ltd)", "Information sharing",
         "the GP was told about the injury but not how it had been caused"),
        ("Mrs E's care plan did not record the risk from Mr G.", "Lantern Court Care Home (Aspern Healthcare Ltd)", "Risk assessment",
         "Mrs E's own care plan was not updated to record the risk from Mr G."),
        ("No incident was raised as a safeguarding concern.", "Lantern Court Care Home (Aspern Healthcare Ltd)", "Resident-on-resident harm not seen as abuse",
         "None of these incidents was raised as a safeguarding concern with the local authority before 8 January 2024."),
        ("Incidents were not notified to the regulator.", "Lantern Court Care Home (Aspern Healthcare Ltd)", "Notifications",
         "Only incident 11 was notified to the Care Quality Commission."),
        ("Safeguarding training did not cover harm between residents.", "Aspern Healthcare Ltd", "Training",
         "the home's safeguarding training did not cover resident-on-resident harm"),
        ("The GP did not act on the CMHT letter.", "GP practice", "Follow-up of recommendations",
         "The GP practice received the letter but did not act on it before 8 January."),
        ("The home did not seek one-to-one funding or chase the GP.", "Lantern Court Care Home (Aspern Healthcare Ltd)", "Follow-up of recommendations",
         "The home did not request additional funding for one-to-one support and did not chase the GP."),
        ("The CMHT closed after one visit.", "Older People's CMHT (Wychbourne Partnership NHS Foundation Trust)", "Follow-up of recommendations",
         "The CMHT closed the referral after the single visit"),
        ("The six-week placement review was missed.", "Glaisdon Council adult social care", "Placement reviews",
         "A six-week review of Mr G's placement was due in mid-November 2023 but did not take place"),
        ("Her family were not told of the earlier incidents.", "Lantern Court Care Home (Aspern Healthcare Ltd)", "Family involvement",
         "Mrs E's son was not told about incidents 4, 5 or 9."),
    ]))

# ---------------------------------------------------------------- f12_05 SAR, sexual abuse by a support worker (non-fatal)
d = D("f12_05_sar_adult_d_exec_passive.txt")
v = Person(d, "v1", "victim", name="Adult D", age=33, gender="female", ethnicity="black_caribbean",
           ethnicity_detail="Black British Caribbean", living="supported")
v.char("learning_disability", "She has a moderate learning disability and is autistic.")
v.char("other", "She has a moderate learning disability and is autistic.", detail="Autism")
v.char("chronic_illness", "She has epilepsy, which is controlled with medication.")
v.char("abuse_neglect_adult", "Adult D had been sexually abused over a period of several months by a paid support worker",
       subtypes=["sexual"])
v.char("self_harm", "to be hitting her head")
v.svc("voluntary_sector", "prior", "run by Caspian Support, a registered charity commissioned by Ludcombe Council")
v.svc("other", "prior", "She attended the Tolland Day Opportunities service three days a week.", detail="Day service")
v.svc("adult_social_care", "prior", "Her care was funded by the council and reviewed by the community learning disability team.",
      "The community learning disability team's annual review in May 2023")
v.svc("gp", "prior", "A referral was made by her GP to the community learning disability team's psychiatrist")
v.svc("adult_social_care", "after", "A strategy meeting was held by the local authority in January 2024.")
v.svc("police", "after", "Her police interview was postponed twice")
v.svc("other", "after", "Adult D was examined at a sexual assault referral centre", detail="Sexual assault referral centre")
v.svc("other", "after", "was supported by an independent sexual violence adviser", detail="Independent sexual violence adviser")
p = Person(d, "p1", "perpetrator", name="Staff Member 1", age=41, gender="male")
p.svc("police", "prior", "The allegation had been investigated by the police in 2021")
p.svc("police", "after", "Staff Member 1 was suspended and later arrested.")
p.svc("prison", "after", "was sentenced to seven years' imprisonment")
cases.append(case(
    d, title="Adult D", review_type="sar", area="Ludcombe", published="2025-06", incident_year=2023,
    role="executive_summary", decision="include", reason="sexual_abuse",
    screening_quotes=["Adult D had been sexually abused over a period of several months by a paid support worker",
                      "four counts of sexual activity by a care worker with a person with a mental disorder"],
    category="adult_peer_violence", incident_type="sexual_abuse", fatal=False,
    description="Autistic woman of 33 with a learning disability sexually abused for months by a night support worker at her supported living house.",
    reference_individual="victim", people=[v, p],
    relationship=("other", "Paid support worker at her supported living house, mostly on lone night shifts.", [
        rc(d, "carer", "a paid support worker at the supported living service where she lived"),
        rc(d, "sexual_abuse", "Adult D had been sexually abused over a period of several months"),
    ]),
    locations=[loc(d, "residential_setting", "a paid support worker at the supported living service where she lived")],
    problems=[
        ("Appointed without a reference from his last care employer.", "Caspian Support", "Safe recruitment",
         "Staff Member 1 was appointed without a satisfactory reference from his most recent care employer."),
        ("The previous employer did not refer him to the DBS.", "Previous care home employer", "Barring referral",
         "The care home that dismissed him also failed in its duty to refer him to the Disclosure and Barring Service."),
        ("Behaviour changes attributed to autism and medication.", "Caspian Support; day service; GP", "Diagnostic overshadowing",
         "These changes were attributed to her autism and to a change of medication."),
        ("The possibility of abuse was not considered by the GP or the learning disability team.", "GP; community learning disability team", "Diagnostic overshadowing",
         "The possibility of abuse was not raised in the GP records or in the team's assessment."),
        ("The night-time pattern in the records was not noticed.", "Caspian Support", "Recognising patterns",
         "The night-time pattern was visible in the records but was not noticed."),
        ("A resident's report was logged as a friendship issue and not passed on.", "Tolland Day Opportunities", "Listening to people with learning disabilities",
         "This was recorded by a day worker as a \"friendship issue\" and was not passed on."),
        ("A staff observation at 3am was not reported to a manager.", "Caspian Support", "Reporting concerns",
         "It was recorded on a handover sheet but was not reported to a manager."),
        ("The whistleblowing procedure was not used.", "Caspian Support", "Whistleblowing",
         "Caspian Support's whistleblowing procedure was not used."),
        ("No managers' night spot checks of lone workers.", "Caspian Support", "Supervision of lone night working",
         "No spot checks were made at night by managers during the period under review"),
        ("Nine days' delay in raising a safeguarding concern after disclosure.", "Tolland Day Opportunities", "Delay in safeguarding concern",
         "A safeguarding concern was not made to the local authority until nine days later"),
        ("Her communication book and passport were not used after disclosure.", "Ludcombe Police; safeguarding team", "Communication needs",
         "Adult D's communication book and her communication passport were not used by the police or by the safeguarding team"),
        ("Her interview was delayed for lack of an intermediary.", "Ludcombe Police", "Registered intermediaries",
         "her interview was delayed by seven weeks"),
        ("Her annual review was done with the abuser present and without seeing her alone.", "Community learning disability team", "Care reviews",
         "Adult D was not seen alone and her views were taken from staff."),
    ]))

# ---------------------------------------------------------------- f12_06 CSPR, baby killed by mother's partner
d = D("f12_06_cspr_ezra_overview_chronology.txt")
v = Person(d, "v1", "victim", name="Ezra", age=0, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="mixed White and Black Caribbean", living="family_home")
v.char("abuse_neglect_child", "healing fractures to three ribs",
       "consistent with his having been shaken and gripped with force on more than one occasion", subtypes=["physical"])
v.char("parent_mental_health", "was treated for postnatal depression from when Ezra was about eight weeks old")
v.char("absent_parents", "Ezra's father had no contact with him")
v.svc("health_visitor", "prior", "Ezra, four months, seen at a baby clinic with a small bruise on his cheek.",
      "New birth visit. Good bonding observed.")
v.svc("csc_cin_cp", "prior", "Children's social care screens the notification. Decision: assessment.")
p = Person(d, "p1", "perpetrator", name="Mr T", age=27, gender="male")
p.char("offending", "convictions for possession of cannabis, theft and, in 2020, assault on a former partner")
p.char("history_of_violence", "in 2020, assault on a former partner", "because of domestic abuse by Mr T")
p.svc("probation", "prior", "The Probation Service was supervising Mr T on licence for a drugs offence.")
p.svc("police", "after", "Mr T was charged with Ezra's murder.")
p.svc("prison", "after", "was sentenced to fourteen years' imprisonment")
cases.append(case(
    d, title="Ezra", review_type="scr", area="Fernhallow", published="2025-02", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["found guilty of manslaughter and of causing grievous bodily harm with intent",
                      "consistent with his having been shaken and gripped with force on more than one occasion"],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Baby boy of seven months shaken and fatally injured by his mother's new partner, who had a history of domestic abuse and was not known to the baby's professionals.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Mother's partner (not the father), staying at the flat most nights from January 2023.", [
        rc(d, "physical_abuse", "consistent with his having been shaken and gripped with force on more than one occasion"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "consistent with his having been shaken")],
    escalation_summary="A bruise at four months, a domestic incident in February 2023 with an assessment closed after 19 days, and rib fractures weeks before the fatal injuries.",
    problems=[
        ("The bruising protocol was not followed for a non-mobile baby.", "Fernhallow Community Health Services (health visiting)", "Bruising in non-mobile babies",
         "accepted Kayleigh's explanation and did not follow the protocol"),
        ("The health visitor's manager was not told of the bruise.", "Fernhallow Community Health Services (health visiting)", "Supervision",
         "The health visitor's manager was not told about the bruise."),
        ("The police notification left out his child's protection plan.", "Fernhallow Police", "Linked records",
         "the notification did not say that Mr T's own child had been on a child protection plan"),
        ("The assessment made no checks with police or probation and did not see Mr T.", "Fernhallow Council children's social care", "Assessment quality",
         "The social worker did not carry out any checks with the police or probation, did not see Mr T"),
        ("The assessment was closed too early on the mother's word.", "Fernhallow Council children's social care", "Assessment quality",
         "The assessment was closed after 19 days"),
        ("Records were searched only under the mother's and baby's names.", "Fernhallow Council children's social care", "Record checks",
         "the social worker searched only under Ezra's and Kayleigh's names"),
        ("Mr T was not seen by any professional.", "Multiple agencies", "Unseen men",
         "Mr T was not seen by any professional involved with Ezra."),
        ("The new boyfriend's name was not recorded.", "Fernhallow Community Health Services (health visiting)", "Unseen men",
         "The health visitor recorded a \"new boyfriend\" but not his name."),
        ("The personal adviser accepted the explanation for a man's clothing.", "Leaving care service", "Professional curiosity",
         "The personal adviser saw a man's clothing in March 2023 and accepted Kayleigh's explanation."),
        ("Nobody asked who else was caring for the baby.", "Midwifery; GP; health visiting", "Unseen men",
         "The midwife, GP and health visitor did not ask who else was caring for Ezra."),
        ("Probation made no safeguarding check after a new relationship with a parent.", "Probation Service", "Perpetrator management",
         "The probation officer recorded this but did not carry out a domestic abuse or safeguarding check"),
        ("Leaving care work did not include the baby.", "Leaving care service", "Care leavers as parents",
         "its work focused on her tenancy and benefits and did not include Ezra"),
        ("The mother's vulnerability and the baby's needs were never brought together.", "Multiple agencies", "Care leavers as parents",
         "No agency brought together what was known about Kayleigh's vulnerability and Ezra's needs."),
        ("No pre-birth referral.", "Fernhallow Teaching Hospitals (midwifery)", "Pre-birth assessment",
         "The midwife did not make a pre-birth referral."),
    ]))

# ---------------------------------------------------------------- f12_07 CSPR, youth homicide; perpetrator also exploited
d = D("f12_07_cspr_kobi_questions_answers.txt")
v = Person(d, "v1", "victim", name="Kobi", age=16, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("parental_separation", "His father left the family when Kobi was six and had not been in contact since.")
v.char("send", "Kobi's ADHD was diagnosed when he was nine, and he had held an EHC plan since Year 5.")
v.char("educational_exclusion", "Kobi was permanently excluded from Corrisdale High School in Year 10")
v.char("carrying_weapons", "after bringing a lock knife into school", "found with a kitchen knife")
v.char("missing_episodes", "His mother reported him missing on nine occasions")
v.char("offending", "Kobi was arrested in October 2022 for possession of cannabis with intent to supply")
v.char("drug_dealing", "Kobi was arrested in October 2022 for possession of cannabis with intent to supply")
v.char("child_in_need_protection", "led to Kobi becoming a child in need in December 2022")
v.svc("school", "prior", "Kobi was permanently excluded from Corrisdale High School",
      "He was placed at the Ossian Learning Centre")
v.svc("police", "prior", "Kobi was arrested in October 2022", "Kobi was stopped and searched and found with a kitchen knife.")
v.svc("youth_offending", "prior", "His youth justice worker completed an assessment")
v.svc("csc_cin_cp", "prior", "led to Kobi becoming a child in need in December 2022")
p = Person(d, "p1", "perpetrator", name="Young Person J", age=17, gender="male", ethnicity="black_african",
           ethnicity_detail="Black British Somali", living="foster_care")
p.char("migration_status", "He came to the UK with his mother and older brother at the age of four.")
p.char("domestic_violence_child", "His mother had been seriously abused by his father in Somalia and in the UK, and J witnessed much of this as a young child")
p.char("looked_after", "J was accommodated by the local authority under section 20 of the Children Act 1989 with foster carers")
p.char("missing_episodes", "after episodes of him going missing for days at a time")
p.char("criminal_exploitation", "in a flat with adults and with class A drugs",
       "a positive \"reasonable grounds\" decision was made in May 2022")
p.char("drug_dealing", "J was first found in another county in March 2022, aged 15, in a flat with adults and with class A drugs")
p.char("victim_of_crime", "J was stabbed in the leg in Idlemoor")
p.char("carrying_weapons", "she had found a large knife in his bedroom")
p.char("educational_exclusion", "Both boys had been out of mainstream school since the age of 14.")
p.svc("csc_looked_after", "prior", "J was accommodated by the local authority under section 20 of the Children Act 1989 with foster carers",
      "He had three changes of social worker in twelve months")
p.svc("police", "prior", "He told the police that he did not know who had attacked him")
p.svc("acute_health", "prior", "was treated at Idlemoor General Hospital")
p.svc("youth_offending", "prior", "He was seen by youth justice twice a week")
p.svc("school", "prior", "The boys had attended the same alternative provision, the Ossian Learning Centre")
p.svc("prison", "after", "sentenced to detention at His Majesty's pleasure")
cases.append(case(
    d, title="Kobi and Young Person J", review_type="scr", area="Idlemoor", published="2025-01", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["after he was stabbed in an underpass", "was convicted of his murder in May 2024"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Boy of 16 stabbed in an underpass by a former friend of 17, himself criminally exploited and stabbed, after threats on social media.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "Former friends from alternative provision who fell out in early 2023 over money linked to drug supply.", [
        rc(d, "other", "In the weeks before his death Kobi and J exchanged threats on social media", detail="Money dispute and threats on social media"),
    ]),
    weapons=[wp(d, "knife", "after he was stabbed in an underpass")],
    locations=[loc(d, "street_public", "stabbed in an underpass near the Wychbourne Road retail park")],
    technology=[tech(d, "social_media", "videos posted to Snapchat in which each displayed a knife")],
    escalation_summary="Exclusion, missing episodes and drug supply; a falling-out over money, knife videos and threats on Snapchat, a knife found on the victim and in the perpetrator's bedroom in the last weeks.",
    markers=[mk(d, "threats_property_damage", "J was \"saying he'll do me\""),
             mk(d, "carrying_weapons", "Kobi was stopped and searched and found with a kitchen knife.",
                "she had found a large knife in his bedroom"),
             mk(d, "missing_moving", "His mother reported him missing on nine occasions")],
    problems=[
        ("The plan focused on offending and attendance.", "Children's social care; youth justice", "Criminal-justice lens",
         "the plan for Kobi focused on his offending and on his school attendance"),
        ("No assessment of places, peers or money.", "Children's social care", "Extra-familial harm",
         "There was no assessment of the places he went to"),
        ("Return home interviews were not followed up.", "Children's social care", "Missing episodes",
         "but were not followed up"),
        ("The NRM referral for Kobi was never made.", "Children's social care", "National Referral Mechanism",
         "A referral to the National Referral Mechanism was discussed at a child in need meeting in February 2023 but was never made."),
        ("No contextual safeguarding meeting about the area.", "Children's social care", "Contextual safeguarding",
         "No contextual safeguarding meeting was held about the Gadderby area"),
        ("His reason for carrying a knife was not shared or explored.", "Corrisdale High School", "Weapons in school",
         "This was recorded in the exclusion paperwork but was not shared with the police as intelligence"),
        ("No safety plan after exclusion.", "Corrisdale High School", "Exclusion",
         "no safety plan was made for Kobi when he was out of school"),
        ("The knife stop was not shared with the social worker for three weeks.", "Idlemoor Police", "Police notifications",
         "This was not shared with his social worker for three weeks"),
        ("No conclusive NRM decision in 15 months.", "National Referral Mechanism", "National Referral Mechanism",
         "had still not been made at the time of Kobi's death"),
        ("J was discharged from hospital after a stabbing without seeing the navigator.", "Idlemoor General Hospital", "Youth violence in hospital",
         "J was discharged without being seen"),
        ("J's exploitation met mainly a criminal justice response.", "Multiple agencies", "Criminal-justice lens",
         "the professional response to him remained mainly a criminal justice response"),
        ("No plan to disrupt his exploiters.", "Multiple agencies", "Disruption",
         "No one had a clear plan for disrupting the adults who were exploiting him."),
        ("The threat to Kobi was not passed to the police or J's team.", "Youth justice; children's social care", "Information sharing",
         "Neither the youth justice worker nor the social worker informed the police or J's team."),
        ("The knife found at the foster home was logged as found property.", "Idlemoor Police", "Intelligence",
         "The police recorded the report as \"found property\" and did not link it to J."),
        ("The risk between the boys was never assessed.", "Multiple agencies", "Information sharing",
         "the risk that one boy posed to the other was never assessed"),
        ("His EHC plan was not reviewed after exclusion.", "Local authority SEND", "SEND",
         "Kobi's EHC plan was not reviewed after his exclusion."),
        ("J's frequent changes of worker and placement.", "Children's social care", "Stability",
         "Frequent changes of worker and placement for J weakened the relationships that might have protected him."),
        ("Parents' requests for help were not given weight.", "Multiple agencies", "Working with parents",
         "Parents' requests for help were not given the weight they deserved"),
        ("No interpreter for J's mother.", "Children's social care", "Interpreting",
         "She was not offered an interpreter at the child in need meetings about J"),
    ]))

# ---------------------------------------------------------------- f12_08 IIR, neighbour killed
d = D("f12_08_iir_mr_k_independent_investigation.txt")
v = Person(d, "v1", "victim", name="Mr L", age=63, gender="male", living="alone")
v.svc("housing", "prior", "Mr L complained twice to Kilvercote Council's housing department")
v.svc("police", "prior", "Mr L reported to Kilvercote Police that Mr K had threatened")
p = Person(d, "p1", "perpetrator", name="Mr K", age=36, gender="male", ethnicity="asian_indian",
           ethnicity_detail="of Indian heritage", living="alone")
p.char("mental_health_current", "A diagnosis of paranoid schizophrenia was made in 2011")
p.char("substance_misuse", "He had used cannabis heavily since his teens.")
p.char("offending", "Mr K had a conviction from 2016 for assaulting a neighbour")
p.char("history_of_violence", "Mr K had a conviction from 2016 for assaulting a neighbour")
p.char("unemployment", "had not been in paid work since")
p.char("medication", "he stopped his medication \"as soon as I got home\"")
p.svc("mh_community", "prior", "Mr K was under the care of the Kilvercote North community mental health team (CMHT)")
p.svc("mh_inpatient", "prior", "He was admitted to Barnaby Ward at Kilvercote Hospital.")
p.svc("mh_other", "prior", "The home treatment team saw Mr K three times.")
p.svc("police", "prior", "An officer attended, spoke to Mr K through his door")
p.svc("housing", "prior", "The housing officer visited Mr K")
p.svc("police", "after", "Mr K was arrested nearby shortly afterwards.")
p.svc("mh_inpatient", "after", "He is detained at a medium secure unit.")
cases.append(case(
    d, title="Mr K", review_type="iir", area="Kilvercote", published="2025-03", incident_year=2022,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["was stabbed several times in the communal hallway",
                      "he pleaded guilty to manslaughter on the grounds of diminished responsibility"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 63 stabbed in the hallway of his block by the neighbour above, a man with paranoid schizophrenia discharged from hospital 24 days earlier who believed he was being poisoned.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("neighbour", "Neighbours in the same block; Mr L lived in the flat below.", [
        rc(d, "other", "Mr K banging on his door and accusing him of \"putting gas through the vents\"", detail="Harassment and threats driven by delusions"),
    ]),
    weapons=[wp(d, "knife", "was stabbed several times")],
    locations=[loc(d, "home", "in the communal hallway of the block of flats where both men lived")],
    escalation_summary="Switch from depot to oral medication, rising cannabis use, complaints and a threat to the neighbour, admission, discharge to the same flat, stopped medication within days.",
    markers=[mk(d, "discharged_or_absconded", "The homicide took place 24 days after Mr K's discharge from hospital."),
             mk(d, "stopped_medication", "he stopped his medication \"as soon as I got home\""),
             mk(d, "threats_property_damage", "Mr K had threatened to \"sort him out\"")],
    problems=[
        ("Nobody held an overview of his care during the vacancy.", "Kilvercote and Elverthorpe NHS Foundation Trust (CMHT)", "Continuity of care",
         "nobody held an overview of his care"),
        ("Depot changed to oral medication without a relapse plan.", "Trust (CMHT)", "Medication changes",
         "was made by a duty worker and a doctor who did not know him well, without a relapse plan"),
        ("No plan to check he was taking oral medication.", "Trust (CMHT)", "Medication changes",
         "No plan was made to check whether he was taking it."),
        ("The housing officer's letter was filed unread.", "Trust (CMHT)", "Information sharing",
         "was filed without being read"),
        ("Police made no referral to the Trust after the threat.", "Kilvercote Police", "Information sharing",
         "The officer recorded a mental health concern but did not make a referral to the Trust."),
        ("The mother's concerns about the neighbour were not passed to the ward.", "Trust (CMHT)", "Information sharing",
         "The CMHT did not pass his mother's concerns about the neighbour to the ward."),
        ("Information about the dispute was never brought together.", "Multiple agencies", "Information sharing",
         "It was not brought together at any point."),
        ("The discharge risk assessment ignored his history.", "Trust (inpatient)", "Risk assessment",
         "The risk assessment at discharge relied on Mr K's presentation on the ward and did not draw on his history."),
        ("The historical risk section was copied and not updated.", "Trust (inpatient)", "Risk assessment",
         "the relevant section had been copied from an earlier assessment and not updated"),
        ("Discharge to the flat above the focus of his delusions was not questioned.", "Trust (inpatient)", "Discharge planning",
         "A discharge to the same flat, immediately below the man who was the focus of his delusions, was not questioned."),
        ("No section 117 aftercare plan was written.", "Trust (inpatient)", "Discharge planning",
         "Section 117 aftercare was recorded but the aftercare plan was not written."),
        ("His mother was not involved in discharge planning.", "Trust (inpatient)", "Family involvement",
         "She was not involved in the discharge planning and her earlier warning was not taken into account."),
        ("No face-to-face follow-up within 72 hours.", "Trust (CMHT)", "Follow-up after discharge",
         "did not meet the Trust's standard of a face-to-face contact within 72 hours"),
        ("No visit or call to his mother when he did not answer.", "Trust (CMHT)", "Follow-up after discharge",
         "When Mr K did not answer, no one contacted his mother or visited."),
        ("No dual diagnosis plan or referral to drug services.", "Trust", "Dual diagnosis",
         "He was never referred to the local drug and alcohol service, and there was no dual diagnosis plan."),
    ]))

# ---------------------------------------------------------------- f12_09 CSPR seven-minute briefing, intra-familial child sexual abuse
d = D("f12_09_cspr_child_l_seven_minute.txt")
v = Person(d, "v1", "victim", name="Child L", age=12, gender="female", ethnicity="asian_chinese",
           ethnicity_detail="of Chinese heritage", living="family_home")
v.char("abuse_neglect_child", "had been sexually abusing her since she was nine", subtypes=["sexual"])
v.char("self_harm", "she was found to be cutting her arms")
v.svc("school", "prior", "The friend's mother told the school.", "The designated safeguarding lead telephoned Child L's home")
v.svc("gp", "prior", "Child L saw her GP five times with stomach pains")
v.svc("other", "prior", "the school nurse referred Child L to CAMHS", detail="School nurse")
v.svc("police", "after", "Children's social care and the police held a strategy discussion within hours")
v.svc("csc_cin_cp", "after", "Children's social care and the police held a strategy discussion within hours")
v.svc("other", "after", "She now has a children's independent sexual violence adviser", detail="Children's independent sexual violence adviser")
p = Person(d, "p1", "perpetrator", name="Mr W", age=46, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
p.svc("police", "prior", "Mr W was investigated by police after indecent images of children were found")
p.svc("police", "after", "He was charged with rape of a child under 13")
p.svc("prison", "after", "was sentenced to 16 years in prison")
cases.append(case(
    d, title="Child L", review_type="scr", area="Jessington", published="2025-04", incident_year=None,
    role="briefing", decision="include", reason="sexual_abuse",
    screening_quotes=["her stepfather, Mr W, had been sexually abusing her since she was nine"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Girl of 12 sexually abused by her stepfather from the age of nine, after two earlier partial disclosures and signs that were not put together.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Stepfather, living in the family home since 2019.", [
        rc(d, "sexual_abuse", "had been sexually abusing her since she was nine"),
    ]),
    locations=[loc(d, "home", "comes in my room at night")],
    problems=[
        ("The school rang home and spoke to the stepfather.", "Primary school", "Responding to disclosure",
         "The 2021 disclosure was handled by calling the home."),
        ("No referral to children's social care after the 2021 disclosure.", "Primary school", "Responding to disclosure",
         "No referral to children's social care was made."),
        ("Police information about him was not shared when he joined a household with children.", "Police", "Information sharing",
         "The police information about Mr W was not shared when he joined a household with children"),
        ("Repeated urinary and abdominal symptoms were not considered as a sign of abuse.", "GP", "Physical signs",
         "Repeated urinary symptoms and abdominal pain in a child were not considered as a possible sign of sexual abuse"),
        ("She was never seen alone by the GP.", "GP", "Seeing the child alone",
         "Child L was never seen on her own by the GP"),
        ("The CAMHS referral was screened on severity alone.", "CAMHS", "Thresholds",
         "The CAMHS referral was screened on the severity of the self-harm alone."),
        ("The rejected referral was not passed to the school's safeguarding lead.", "CAMHS", "Closing referrals",
         "the rejected referral was not passed to the school's safeguarding lead"),
        ("No interpreter for the mother.", "School; GP", "Interpreting",
         "Child L's mother spoke limited English and was not offered an interpreter by the school or the GP"),
    ]))

# ---------------------------------------------------------------- f12_10 SAR, house fire (excluded: poor care management)
d = D("f12_10_sar_gerald_house_fire_summary.txt")
v = Person(d, "v1", "victim", name="Gerald", age=72, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="alone")
v.char("chronic_illness", "Gerald had chronic obstructive pulmonary disease (COPD)")
v.char("disability", "he could walk only short distances with a stick")
v.char("alcohol_misuse", "Gerald drank most days.", "about four cans of strong lager a day")
v.char("other", "Gerald had hoarded for many years.", detail="Hoarding")
v.char("victim_of_crime", "In 2019 Gerald was assaulted in the street by a neighbour, who was convicted.")
v.char("social_isolation", "had few friends left in the area")
v.svc("gp", "prior", "his GP practice, which prescribed his medication and his oxygen")
v.svc("other", "prior", "the community respiratory team at Lanthorne Community Health Services", detail="Community respiratory team")
v.svc("private_sector", "prior", "the home oxygen supplier, Harlowe Medical Gases Ltd",
      "a home care agency, Fennimore Homecare, which visited once a day")
v.svc("other", "prior", "Lanthorne Fire and Rescue Service, whose crew made a home fire safety visit in May 2022", detail="Fire and rescue service")
v.svc("adult_social_care", "prior", "Lanthorne City Council adult social care, which assessed Gerald in September 2022")
v.svc("other", "prior", "environmental health wrote to Gerald about the garden", detail="Environmental health")
cases.append(case(
    d, title="Gerald", review_type="sar", area="Lanthorne", published="2024-07", incident_year=2023,
    role="executive_summary", decision="exclude", reason="poor_care_management",
    screening_quotes=["where he had been smoking while using his home oxygen",
                      "At the inquest the coroner concluded that his death was an accident."],
    category=None, incident_type=None, fatal=True,
    description="Man of 72 with COPD on home oxygen who hoarded and smoked, killed in an accidental fire at home after every agency knew the risk and none managed it.",
    reference_individual="victim", people=[v],
    problems=[
        ("No multi-agency meeting and no lead agency for a known fire risk.", "Multiple agencies", "Ownership of shared risk",
         "no one called a multi-agency meeting and no single agency took the lead"),
        ("The home oxygen risk assessment was not repeated.", "Community respiratory team", "Home oxygen and smoking",
         "it was not repeated in 2022 or 2023"),
        ("His capacity to weigh the specific risk was not assessed.", "Multiple agencies", "Mental capacity",
         "no one assessed whether he understood and could weigh up the specific risk"),
        ("Executive dysfunction was not considered.", "Multiple agencies", "Mental capacity",
         "the possibility of executive dysfunction, given his hoarding and his drinking, was not considered"),
        ("The hoarding protocol was not used.", "Multiple agencies", "Hoarding",
         "The protocol was not used."),
        ("Adult social care closed the case after setting up care.", "Lanthorne City Council adult social care", "Case closure",
         "closed the case to the social worker after setting up care"),
        ("The care agency did not pass on carers' reports.", "Fennimore Homecare", "Escalation by providers",
         "The agency did not pass these reports to adult social care or to the fire service."),
        ("The care agency's staff were not told of the very high fire risk rating.", "Multiple agencies", "Information sharing",
         "Its staff had not been told of the fire service's \"very high\" risk rating."),
        ("The follow-up fire safety visit was not rearranged.", "Lanthorne Fire and Rescue Service", "Fire safety follow-up",
         "was cancelled because Gerald said he was unwell, and it was not rearranged"),
        ("No referral for a suppression system.", "Lanthorne Fire and Rescue Service", "Fire safety follow-up",
         "No referral for a suppression system was made."),
        ("Environmental health made no safeguarding referral.", "Lanthorne City Council environmental health", "Working in isolation",
         "did not make a safeguarding referral or tell adult social care"),
    ]))

stats(cases, docs)
write(cases, os.path.join(HERE, "gold.json"))
