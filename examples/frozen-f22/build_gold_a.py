"""Build gold_a.json for frozen-f22, part a (documents f22_01-f22_06), from the hand coding below.

Run from anywhere: python3 examples/frozen-f22/build_gold_a.py
Every quote is checked against its document (see ../goldlib.py); a missing quote stops the build.
.txt and .md documents are read with wrapped=True (whitespace collapsed): f22_01 is hard-wrapped at 85 columns,
so its quotes may cross line breaks but never a page footer or running header; every other prose paragraph is one
line. HTML quotes lie inside one block element (p, li, td, caption).
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


# ---------------------------------------------------------------- f22_01
d = D("f22_01_dhr_marjorie_dementia_overview_wrapped.txt")
GP = "Bracknoll Surgery (GP practice)"
MEM = "Elmcaster Memory Assessment Service (Kelmscar Healthcare NHS Foundation Trust)"
POL = "Hollinmoor Constabulary"
ASC = "Elmcaster County Council Adult Social Care"
AMB = "Carrowdale Ambulance Service NHS Trust"
v = Person(d, "v1", "victim", name="Marjorie", age=81, gender="female", ethnicity="white_british",
           ethnicity_detail="Both were White British", living="family_home")
v.char("chronic_illness", "Marjorie had osteoarthritis in both knees and walked with a stick outdoors.")
v.char("disability", "she was registered as sight impaired in 2021")
v.char("caring_responsibilities", "Marjorie was Gilbert's main carer.",
       "she managed his tablets, helped him to wash and dress")
v.char("domestic_abuse", "Gilbert had \"grabbed hold of me in the night because he thought I was someone else\"",
       "amounted to domestic abuse within that definition, whatever their cause", subtypes=["physical"])
v.char("social_isolation", "the loss of her sister in January 2023 increased her isolation",
       "she rarely left the village except for hospital appointments")
v.svc("gp", "prior", "the practice nurse saw Marjorie for a blood pressure check")
v.svc("acute_health", "prior", "She attended the eye clinic at Elmcaster Royal Infirmary every three months for injections.")
v.svc("police", "prior", "Marjorie told the officers that her husband had dementia")
v.svc("adult_social_care", "prior", "A standard letter was sent to Marjorie offering a carer's assessment.")
p = Person(d, "p1", "perpetrator", name="Gilbert", age=84, gender="male", ethnicity="white_british",
           ethnicity_detail="Both were White British", living="family_home")
p.char("other", "He had been diagnosed with Alzheimer's disease seven months earlier.",
       "diagnosed mild cognitive impairment in December 2021 and Alzheimer's disease in August 2022",
       detail="Dementia")
p.svc("gp", "prior", "his GP referred him to the memory service")
p.svc("mh_other", "prior", "The memory service is provided by Kelmscar Healthcare NHS Foundation Trust.",
      "diagnosed mild cognitive impairment in December 2021 and Alzheimer's disease in August 2022",
      detail="Memory assessment service")
p.svc("police", "prior", "Gilbert was in his pyjamas and was confused")
p.svc("ambulance", "prior", "A crew attended, found no injury and helped him back to bed.")
p.svc("police", "after", "Gilbert was arrested at the scene.")
p.svc("mh_inpatient", "after", "He is detained in a secure hospital.")
cases.append(case(
    d, title="Marjorie", review_type="dhr", area="Elmcaster", published="2024-11", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Gilbert struck his wife several times with a cast-iron doorstop",
                      "Marjorie died as a result of violence by a person to whom she was married"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 81, her husband's carer, killed at home with a doorstop by her husband of 84 who had Alzheimer's disease.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married for 58 years and living together; she was his main carer.", [
        rc(d, "carer", "Marjorie was Gilbert's main carer."),
        rc(d, "physical_abuse", "the grabbing in November 2022, the bruising in March 2023"),
        rc(d, "domestic_abuse", "amounted to domestic abuse within that definition, whatever their cause"),
    ]),
    weapons=[wp(d, "blunt_object", "Gilbert struck his wife several times with a cast-iron doorstop")],
    locations=[loc(d, "home", "in the sitting room of their home")],
    escalation_summary="Alzheimer's diagnosed August 2022; in November 2022 he grabbed her wrist believing she was someone else; police called to shouting in January 2023; her sister and daily support died that month; in February she reported he was much worse at night, did not know her and told her to get out of his house; facial bruise recorded by an ambulance crew eleven days before he killed her.",
    markers=[mk(d, "adverse_life_event", "After her sister's death she had nobody in the house with her during the day"),
             mk(d, "threats_property_damage", "had told her to \"get out of my house\"")],
    problems=[
        ("The practice nurse did not ask about domestic abuse or whether Marjorie felt safe when she saw the bruise, and did not tell the GP.",
         GP, "Routine enquiry about domestic abuse",
         "The nurse did not ask about domestic abuse, did not ask whether Marjorie felt safe, and did not tell the GP."),
        ("The information was recorded only in Marjorie's notes and not linked to Gilbert's record.",
         GP, "Linking carer and patient records",
         "The information was recorded in Marjorie's notes only and was not linked to Gilbert's record"),
        ("The memory service risk assessment considered only risks to Gilbert, not to others, and was never updated.",
         MEM, "Risk to carers not assessed",
         "did not consider any risk that he might pose to others. It was not updated after that date."),
        ("When Marjorie reported deterioration, the dementia nurse did not update the risk assessment, consult the consultant or ask whether she was safe.",
         MEM, "Escalation of deterioration",
         "The nurse did not update the risk assessment, did not discuss the call with the consultant, and did not ask Marjorie whether she was safe."),
        ("The daughter's voicemail about her mother was not returned.",
         MEM, "Listening to families", "The call was not returned."),
        ("No system covered messages while a nurse was on leave; caseload above the service's limit.",
         MEM, "Workload and cover",
         "there was no system for covering messages when a nurse was on leave"),
        ("Police did not treat the January incident as domestic or complete a DASH risk assessment.",
         POL, "Domestic abuse not recognised in dementia",
         "They did not treat it as a domestic incident and did not complete a domestic abuse risk assessment (DASH)."),
        ("Officers spoke to Marjorie with Gilbert in the doorway and did not arrange to see her alone.",
         POL, "Speaking to victims alone",
         "They spoke to Marjorie in the kitchen with Gilbert in the doorway, and did not arrange to speak to her alone later."),
        ("Adult social care screened the police notice as information only and did not follow up the unanswered carer's assessment letter.",
         ASC, "Front-door screening",
         "She did not reply, and nobody followed it up."),
        ("The screening worker contacted no other agency, did not read the police narrative and did not consider a section 42 concern.",
         ASC, "Front-door screening",
         "the worker did not contact the memory service or the GP, did not look at the police narrative, and did not consider whether the notice raised a safeguarding concern about Marjorie"),
        ("A carer's assessment was never completed by any agency.",
         MULTI, "Carers not assessed", "Marjorie's needs as a carer were never assessed by any agency."),
        ("The ambulance crew recorded an unexplained facial bruise and did not raise a safeguarding concern.",
         AMB, "Safeguarding referral",
         "The crew did not raise a safeguarding concern about Marjorie."),
        ("The trust's referral pathway did not prompt crews to consider the caller.",
         AMB, "Safeguarding referral",
         "The trust's safeguarding referral pathway did not at that time prompt crews to consider the person who called."),
        ("Every agency saw the harm only as a symptom of dementia and none considered that Marjorie was at risk.",
         MULTI, "Domestic abuse not recognised in dementia",
         "No agency considered that Marjorie might be at risk from her husband."),
        ("There was no forum to bring together the information held by five agencies.",
         MULTI, "Joining up information",
         "There was no forum in which the separate pieces of information held by five agencies could have been brought together."),
    ]))

# ---------------------------------------------------------------- f22_02
d = D("f22_02_sar_bram_cuckooing_thematic_case_summary.md")
v = Person(d, "v1", "victim", name="Bram", age=34, gender="male", ethnicity="white_british",
           ethnicity_detail="He was White British.", living="alone")
v.char("learning_disability", "He had a mild learning disability, diagnosed at school")
v.char("unemployment", "which he lost in 2022 when the store closed")
v.char("criminal_exploitation", "The signs of cuckooing were seen by the housing provider",
       "Within a few weeks they were staying at his flat most nights.")
v.char("abuse_neglect_adult", "Bram's bank card was missing and that his benefits were being withdrawn within a day of being paid",
       subtypes=["financial"])
v.svc("adult_social_care", "prior", "Bram was known to Mardenhall adult social care")
v.svc("other", "prior", "The support was provided by Copperwick Support Services.",
      detail="Tenancy and money support provider (Copperwick Support Services)")
v.svc("housing", "prior", "Blackmoss Housing wrote to Bram twice about antisocial behaviour")
v.svc("police", "prior", "Bram was treated as a suspect, interviewed without an appropriate adult")
v.svc("gp", "prior", "In August 2023 Bram went to his GP with a cut to his head")
pk = Person(d, "p1", "perpetrator", name="Mr K", age_band="adult_unknown", gender="male", living="shared_private")
pk.char("drug_dealing", "arrested Mr K for possession with intent to supply",
        "Both had previous convictions for drug supply")
pk.char("offending", "Both had previous convictions for drug supply")
pk.char("substance_misuse", "both were described at trial as regular users of crack cocaine")
pk.svc("police", "prior", "arrested Mr K for possession with intent to supply")
pk.svc("prison", "after", "Mr K was convicted of murder and sentenced to life imprisonment")
pl = Person(d, "p2", "perpetrator", name="Ms L", age_band="adult_unknown", gender="female", living="shared_private")
pl.char("drug_dealing", "Both had previous convictions for drug supply")
pl.char("offending", "Both had previous convictions for drug supply")
pl.char("substance_misuse", "both were described at trial as regular users of crack cocaine")
pl.svc("prison", "after", "Ms L was convicted of manslaughter and sentenced to nine years")
cases.append(case(
    d, title="Case summary 2 of 3: Bram", review_type="sar", area="Mardenhall", published="2025-06",
    incident_year=2023, role="other", decision="include", reason="homicide",
    screening_quotes=["he was assaulted in his flat by Mr K and Ms L over several hours",
                      "Mr K was convicted of murder and sentenced to life imprisonment"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 34 with a learning disability beaten to death in his flat by a man and a woman who had taken it over to sell drugs (cuckooing).",
    reference_individual="victim", people=[v, pk, pl],
    relationship=("friend_acquaintance", "Met in the town centre weeks before; they took over his flat as a base for drug dealing.", [
        rc(d, "financial_abuse", "Bram's bank card was missing and that his benefits were being withdrawn within a day of being paid"),
        rc(d, "other", "Within a few weeks they were staying at his flat most nights.",
           "The signs of cuckooing were seen by the housing provider", detail="Cuckooing (home taken over for drug dealing)"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "he was assaulted in his flat by Mr K and Ms L over several hours")],
    locations=[loc(d, "home", "he was assaulted in his flat")],
    escalation_summary="Support cut from six to two hours a week in early 2023; in spring a man and a woman moved into his flat; neighbours reported visitors and him sleeping in the stairwell; his bank card was taken; police found drugs in July and released Mr K, who returned; a head injury in August; he was killed after asking them to leave in September 2023.",
    problems=[
        ("The housing provider treated the neighbours' reports as antisocial behaviour by Bram and sent enforcement letters that did not mention exploitation.",
         "Blackmoss Housing", "Enforcement instead of safeguarding",
         "Blackmoss Housing treated the neighbours' reports as antisocial behaviour by Bram and used enforcement letters, not a safeguarding response."),
        ("The support worker recorded the missing card and withdrawals but no safeguarding concern was raised.",
         "Copperwick Support Services", "Financial abuse not reported",
         "The support provider recorded the missing bank card and the withdrawals but did not report them as possible financial abuse."),
        ("Adult social care reduced his support without speaking to his sister or asking who else was in his life.",
         "Mardenhall adult social care", "Reducing support",
         "Adult social care reduced Bram's support in early 2023 without speaking to his sister or considering who else was in his life."),
        ("Police treated Bram as a suspect and interviewed him without an appropriate adult although his learning disability was known.",
         "Mardenhall police", "Victims seen as suspects",
         "Police treated Bram as a suspect rather than a possible victim, and he was interviewed without an appropriate adult"),
        ("Officers noted possible cuckooing but made no safeguarding referral.",
         "Mardenhall police", "Safeguarding referral",
         "Officers submitted an intelligence report noting \"possible cuckooing\", but no safeguarding referral for Bram was made."),
        ("The GP dressed a head wound without asking how he fell or who lived with him.",
         "Cinderfold Medical Practice (GP)", "Professional curiosity",
         "The GP dressed the wound and did not ask how he had fallen or who lived with him."),
        ("No agency raised a section 42 safeguarding concern despite the signs of cuckooing.",
         MULTI, "Safeguarding referral",
         "no agency raised a safeguarding concern under section 42 of the Care Act"),
        ("There was no multi-agency meeting at any point.",
         MULTI, "Joining up information", "There was no multi-agency meeting at any point."),
    ]))

# ---------------------------------------------------------------- f22_03
d = D("f22_03_cspr_baby_c_parents_carers_leaflet.html")
v = Person(d, "v1", "victim", name="Baby C", age=0, gender="male", living="family_home")
v.char("parent_mental_health", "After he was born she had postnatal depression")
v.char("absent_parents", "Baby C's dad had not been in touch since before he was born.")
v.svc("gp", "prior", "his mum took him to the GP because he had a small bruise on his ear")
v.svc("health_visitor", "prior", "The health visitor visited the flat twice.")
v.svc("acute_health", "prior", "his mum took him to the children's emergency department at Lanthorne General Hospital because he was being sick")
p = Person(d, "p1", "perpetrator", name="Mr D", age_band="adult_unknown", gender="male", living="family_home")
p.char("offending", "Mr D had been convicted in 2021 of assaulting a former girlfriend")
p.char("history_of_violence", "Mr D had been convicted in 2021 of assaulting a former girlfriend")
p.svc("probation", "prior", "was being supervised by the Probation Service")
p.svc("police", "after", "The police investigated.")
p.svc("prison", "after", "he was sent to prison for life")
cases.append(case(
    d, title="Baby C", review_type="scr", area="Lanthorne", published="2025-05", incident_year=2023,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["Doctors found that he had serious injuries to his head",
                      "a court found Mr D guilty of murder"],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Boy of four months killed by head injuries inflicted by his mother's partner, who had a conviction for assaulting a former girlfriend.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "The mother's new partner, living in the household and often left to care for the baby.", [
        rc(d, "physical_abuse", "some old broken ribs that had started to heal"),
        rc(d, "carer", "Mr D often looked after Baby C"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "serious injuries to his head")],
    escalation_summary="Mother's new partner, on probation for assaulting a former girlfriend, moved in when the baby was two months old and often looked after him; an ear bruise at ten weeks was not referred; he was killed at four months while alone with the partner, with older rib fractures.",
    problems=[
        ("The GP did not follow the guidance that any bruise on a non-mobile baby must be checked by a paediatrician and referred to children's social care.",
         "GP practice", "Bruising in non-mobile babies",
         "did not follow the local guidance that says any bruise on a baby who cannot yet roll over must be checked by a children's doctor and reported to children's social care"),
        ("The health visitor did not ask who lived in the home or cared for the baby, so did not know of the new partner.",
         "Health visiting service", "Men in the household unseen",
         "She did not ask who else lived there or who looked after Baby C, so she did not know that Mr D had moved in."),
        ("The probation officer did not tell children's social care that he had moved in with a baby or check the baby's safety.",
         "Probation Service", "Information sharing",
         "The probation officer did not tell children's social care, and did not check whether the baby was safe."),
        ("Nobody brought together what the GP, health visitor and Probation Service each knew.",
         MULTI, "Joining up information",
         "nobody brought together what the GP, the health visitor and the Probation Service each knew"),
    ]))

# ---------------------------------------------------------------- f22_04
d = D("f22_04_iir_mr_j_serious_incident_investigation_tables.html")
CMHT = "Ferncross Community Mental Health Team"
WARD = "Bellgrave Ward (Hawkmere Partnership NHS Foundation Trust)"
p = Person(d, "p1", "perpetrator", name="Mr J", age=39, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="Ethnicity recorded as Black British Caribbean.", living="family_home")
p.char("mental_health_current", "Paranoid schizophrenia (first episode 2009)")
p.char("substance_misuse", "Mr J used cannabis most days from his late teens.")
p.char("medication", "her son has not taken his tablets since coming home",
       "each after he stopped taking antipsychotic medication")
p.char("unemployment", "He had not worked since 2010.")
p.char("history_of_violence", "Mr J pushed his mother against a wall in the hallway")
p.char("non_engagement", "declines a visit")
p.svc("mh_iapt_early_intervention", "prior", "Mr J was first seen by the Trust's Early Intervention in Psychosis team in 2009")
p.svc("mh_community", "prior", "Since then he had been under the Ferncross CMHT")
p.svc("mh_inpatient", "prior", "Admitted under section 2 of the Mental Health Act.")
p.svc("gp", "prior", "The discharge summary reached the GP at Heronmoor Health Centre within 24 hours.")
p.svc("police", "prior", "Police were called; Mrs J did not want to make a statement")
p.svc("police", "after", "Mr J was arrested on 22 April 2024")
p.svc("mh_inpatient", "after", "He is now detained in a medium secure unit under a hospital order with restrictions.")
v = Person(d, "v1", "victim", name="Mrs J", age=67, gender="female", living="family_home")
v.char("caring_responsibilities", "she was his main carer")
v.char("domestic_abuse", "Mr J pushed his mother against a wall in the hallway", subtypes=["physical"])
v.svc("police", "prior", "Police were called; Mrs J did not want to make a statement")
cases.append(case(
    d, title="Mr J", review_type="iir", area=None, published="2024-10", incident_year=2024,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Mr J attacked his mother with a kitchen knife.",
                      "later admitted manslaughter by reason of diminished responsibility"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 67 stabbed at home by her son of 39 with paranoid schizophrenia, 19 days after his discharge from hospital, having stopped his medication.",
    reference_individual="perpetrator", people=[p, v],
    relationship=("child_to_parent", "Adult son who had lived with his mother all his adult life; she was his main carer.", [
        rc(d, "carer", "she was his main carer"),
        rc(d, "physical_abuse", "Mr J pushed his mother against a wall in the hallway"),
    ]),
    weapons=[wp(d, "knife", "Mr J attacked his mother with a kitchen knife.")],
    locations=[loc(d, "home", "The home address Mr J shared with his mother")],
    escalation_summary="Relapse after stopping medication led to detention in March 2024; discharged on 3 April without his mother's involvement and with a risk assessment that had lost the 2017 assault on her; telephone-only follow-up; on 12 April she reported he had stopped his tablets and she was frightened; the call was not passed on for four days and he declined a visit; he killed her on 22 April with cannabis in his blood.",
    markers=[mk(d, "discharged_or_absconded", "discharged from Bellgrave Ward (acute adult inpatient) on 3 April 2024, 19 days before the incident"),
             mk(d, "stopped_medication", "her son has not taken his tablets since coming home"),
             mk(d, "disengaged_services", "declines a visit"),
             mk(d, "alcohol_drugs_before", "A blood sample taken after his arrest showed recent cannabis use.")],
    problems=[
        ("The discharge risk assessment omitted the 2017 assault on his mother and rated risk to others as low.",
         WARD, "Risk assessment",
         "The risk assessment completed on discharge did not include the 2017 assault on Mrs J, and it rated the risk to others as low."),
        ("His mother, main carer living with him, was not involved in discharge planning or asked if she felt safe.",
         WARD, "Carer involvement in discharge",
         "was not involved in planning his discharge and was not asked whether she felt safe to have him home"),
        ("No carer's assessment was offered to his mother in fifteen years.",
         "Hawkmere Partnership NHS Foundation Trust", "Carers not assessed",
         "No carer's assessment was ever offered to Mrs J in fifteen years of her son's care."),
        ("The 72-hour follow-up was by telephone, contrary to policy, with no contact with his mother.",
         CMHT, "Post-discharge follow-up",
         "The 72-hour follow-up was carried out by telephone, contrary to Trust policy, and did not include any contact with Mrs J."),
        ("The duty worker did not pass on the mother's call for four days; the response was a phone call to Mr J alone and no urgent review.",
         CMHT, "Response to family concern",
         "The duty worker did not pass on Mrs J's call of 12 April for four days"),
        ("Caseload above standard and no cover for planned visits during sickness.",
         CMHT, "Workload and staffing",
         "The care coordinator's caseload was above the Trust standard, and there was no system for covering planned visits during sickness."),
        ("Cannabis use on the ward was recorded but not referred to the dual diagnosis worker, with no plan after discharge.",
         WARD, "Dual diagnosis",
         "he was not referred to the dual diagnosis worker and there was no plan to address it after discharge"),
    ]))

# ---------------------------------------------------------------- f22_05
d = D("f22_05_dhr_kirsty_stalking_csp_press_release.txt")
POL = "Dellacourt Police"
v = Person(d, "v1", "victim", name="Kirsty", age=34, gender="female", living="family_home")
v.char("domestic_abuse", "Adam checked her phone, told her which friends she could see and kept track of where she was",
       subtypes=["coercive_control"])
v.svc("police", "prior", "Kirsty reported Adam's behaviour to Dellacourt Police on six occasions")
v.svc("domestic_abuse_services", "prior", "She was referred to the Independent Domestic Violence Advisor (IDVA) service at Juniperwell Domestic Abuse Support")
v.svc("marac", "prior", "her case was heard at the Multi-Agency Risk Assessment Conference (MARAC) in December 2022")
p = Person(d, "p1", "perpetrator", name="Adam", age=37, gender="male")
p.char("offending", "Adam had a previous conviction, from 2016, for harassing an earlier partner.")
p.svc("police", "prior", "Officers spoke to him twice in 2022 and gave him words of advice.")
p.svc("police", "after", "Adam was arrested nearby the same morning.")
p.svc("prison", "after", "given a life sentence; he must serve at least 24 years")
cases.append(case(
    d, title="Kirsty", review_type="dhr", area="Dellacourt", published="2025-06", incident_year=2023,
    role="other", decision="include", reason="homicide",
    screening_quotes=["Kirsty, who was 34, was stabbed by Adam, 37", "He was convicted of her murder"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 34 stalked for eight months after leaving her controlling ex-partner, then stabbed by him outside her workplace.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Four-year relationship ended by her in May 2022.", [
        rc(d, "coercive_control", "Adam checked her phone, told her which friends she could see and kept track of where she was"),
        rc(d, "stalking", "The stalking began within days of the separation."),
        rc(d, "strain_separation", "Kirsty ended the relationship in May 2022"),
    ]),
    weapons=[wp(d, "knife", "was stabbed by Adam")],
    locations=[loc(d, "street_public", "outside the dental practice in Dellacourt town centre")],
    technology=[tech(d, "tracking", "a GPS tracking device hidden under her car"),
                tech(d, "mobile_phone", "Adam sent Kirsty hundreds of messages", "in one message threatened to kill her")],
    escalation_summary="Controlling relationship ended by her in May 2022; stalking began within days: hundreds of messages, visits to her home and work, a threat to kill and a GPS tracker on her car; six police reports and a MARAC in December 2022; she was stabbed outside her workplace in February 2023.",
    markers=[mk(d, "separation", "Kirsty ended the relationship in May 2022"),
             mk(d, "threats_property_damage", "in one message threatened to kill her")],
    problems=[
        ("Police treated each report as a separate harassment incident and did not recognise the pattern as stalking.",
         POL, "Stalking not recognised",
         "Dellacourt Police treated each of Kirsty's reports as a separate incident of harassment and did not recognise the pattern of behaviour as stalking."),
        ("Officers did not seize or investigate the tracking device.",
         POL, "Evidence gathering",
         "Officers did not seize the tracking device or investigate who had fitted it"),
        ("No Stalking Protection Order was considered and his harassment conviction was not taken into account in the risk assessment.",
         POL, "Management of perpetrators",
         "A Stalking Protection Order was not considered, and Adam's previous conviction for harassment was not taken into account when the risk was assessed."),
        ("MARAC actions were not all completed and the case was not brought back after further reports.",
         "MARAC", "Weaknesses in MARAC",
         "The actions agreed at MARAC in December 2022 were not all completed, and the case was not brought back to MARAC"),
        ("The IDVA service closed her case when she changed number without checking the risk had reduced.",
         "Juniperwell Domestic Abuse Support (IDVA service)", "Case closure",
         "The IDVA service closed Kirsty's case when she changed her phone number and did not check whether the risk to her had reduced."),
    ]))

# ---------------------------------------------------------------- f22_06
d = D("f22_06_lscp_aldermoss_annual_report_extract_no_case.md")
cases.append(case(
    d, title="Aldermoss Safeguarding Children Partnership Annual Report 2023-24 (extract)", review_type="other",
    area="Aldermoss", published="2024-09", incident_year=None, role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Annual Report 2023-24 (extract)",
                      "We do not publish details of reviews that are still in progress."],
    category=None, incident_type=None, fatal=None,
    description="Extract of a children's safeguarding partnership annual report: review activity, themes and statistics; no individual case.",
    reference_individual=None, people=[]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold_a.json"))
