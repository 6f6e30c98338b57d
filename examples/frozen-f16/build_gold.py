"""Build gold.json for frozen-f16 (FROZEN held-out batch) from the hand coding below.

Run from anywhere: python3 examples/frozen-f16/build_gold.py
Every quote is checked against its document (see ../goldlib.py); a missing quote stops the build.
The .txt documents are read with wrapped=True (whitespace collapsed; a quote may cross a line break).
f16_06 is hard-wrapped with running headers and page footers: no quote crosses a page break.
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


# ---------------------------------------------------------------- f16_01
d = D("f16_01_dhr_ulric_overview_report.txt")
v = Person(d, "v1", "victim", name="Ulric", age=79, gender="male", ethnicity="white_british",
           ethnicity_detail="Both Ulric and Warrick were White British.", living="family_home")
v.char("chronic_illness", "Ulric had chronic obstructive pulmonary disease (COPD)",
       "He had atrial fibrillation and took an anticoagulant")
v.char("disability", "in 2022 he was certified as sight impaired")
v.char("social_isolation", "his father \"went quiet\" and stopped going to the working men's club",
       "in the last year he kept his curtains shut")
v.char("domestic_abuse", "he had grabbed his grandfather by the arms during an argument about money",
       "there were many opportunities to recognise that Ulric was being abused, financially and physically, by his grandson",
       subtypes=["physical", "financial"])
v.char("financial_issues", "he is \"skint by the middle of the month\"",
       "asked whether Quentin could lend him two hundred pounds until his pension came in")
v.char("victim_of_crime", "two men have kicked his front door and demanded to see Warrick")
v.char("other", "She died there in January 2020.", detail="Bereavement (death of his wife)")
v.svc("gp", "prior", "Ulric has a COPD review with the practice nurse",
      "Ulric sees a GP about weight loss of six kilograms.")
v.svc("acute_health", "prior", "Ulric is admitted to Tollerdine General Hospital with a chest infection and stays five days.")
v.svc("adult_social_care", "prior", "Ulric has two weeks of reablement at home after discharge.",
      "A social worker telephones Ulric, who says the bruises are from bumping into furniture.")
v.svc("ambulance", "prior", "Crew attend Ulric after a fall in the kitchen.")
v.svc("police", "prior", "Ulric dials 999", "An officer attends and records no crime.")
v.svc("housing", "prior", "Tollerdine Homes was Ulric's landlord.")
v.svc("voluntary_sector", "prior", "Ulric came most Thursdays for about two years",
      "The Starling Friendship Club is a voluntary lunch club.")
p = Person(d, "p1", "perpetrator", name="Warrick", age=23, gender="male", ethnicity="white_british",
           ethnicity_detail="Both Ulric and Warrick were White British.", living="family_home")
p.char("substance_misuse", "By his early twenties he was using cocaine and ketamine")
p.char("financial_issues", "By 2023 he owed money to at least one group supplying drugs in the town.")
p.char("mental_health_current", "Warrick sees a GP about low mood and poor sleep. He is prescribed sertraline.")
p.char("medication", "stopped taking medication for it at 14",
       "the prescription lapsed after three months")
p.char("other", "He had an ADHD diagnosis from when he was nine", detail="ADHD")
p.char("looked_after", "When Warrick was 11 he spent eight months in foster care while his mother was in hospital")
p.char("household_substance_misuse", "Perdita was drinking heavily through much of Warrick's childhood.")
p.char("parental_separation", "His father left when he was two and has had no contact since.")
p.char("educational_exclusion", "Warrick's secondary school permanently excluded him in Year 10 after a fight")
p.char("unemployment", "had no job at any point in the period under review and claimed Universal Credit")
p.char("history_of_violence", "Warrick had shoved her into a wall in the course of a row.",
       "he had grabbed his grandfather by the arms")
p.char("offending", "He receives a community resolution.",
       "Warrick is sentenced for possession with intent to supply to a community order with a drug rehabilitation requirement.")
p.char("drug_dealing", "Warrick is arrested with 14 wraps of cocaine.",
       "he was \"working off\" a debt of about two thousand pounds by storing packages")
p.char("criminal_exploitation", "He says he was holding them for people he owed money to.",
       "he was \"working off\" a debt of about two thousand pounds by storing packages")
p.char("victim_of_crime", "Warrick attends the emergency department with a deep cut to his left hand. He says he was \"jumped\" in an alley.")
p.char("non_engagement", "Warrick is discharged after missing three appointments in a row.",
       "Warrick misses two appointments and is sent a warning letter.")
p.svc("gp", "prior", "Warrick sees a GP about low mood and poor sleep.")
p.svc("police", "prior", "Officers stop and search Warrick near the bus station",
      "Warrick is arrested with 14 wraps of cocaine.")
p.svc("substance_misuse_services", "prior", "Warrick refers himself for help with cocaine and ketamine use.",
      "Warrick re-engages.")
p.svc("other", "prior", "A worker sees Warrick in police custody.", detail="Liaison and Diversion service (police custody)")
p.svc("probation", "prior", "Warrick's first supervision appointment and assessment.")
p.svc("acute_health", "prior", "Warrick attends the emergency department with a deep cut to his left hand.")
p.svc("jobcentre", "prior", "Warrick's Universal Credit is sanctioned after a missed appointment with his work coach.")
p.svc("csc_looked_after", "prior", "When Warrick was 11 he spent eight months in foster care")
p.svc("police", "after", "Warrick was arrested that afternoon at a friend's flat")
p.svc("prison", "after", "sentenced to life imprisonment with a minimum term of 18 years")
cases.append(case(
    d, title="Ulric", review_type="dhr", area="Tollerdine", published="2025-06", incident_year=2024,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Warrick struck Ulric on the head several times with a heavy glass ashtray",
                      "Warrick was convicted of murder at Tollerdine Crown Court in November 2024"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 79 with sight loss killed at home with a glass ashtray by the grandson of 23 who lived with him, had drug debts and took his money.",
    reference_individual=None, people=[v, p],
    relationship=("other_family", "Grandson living in his widowed grandfather's bungalow from April 2021.", [
        rc(d, "domestic_abuse", "Domestic abuse of an older man by his grandson was not recognised"),
        rc(d, "financial_abuse", "Ulric was being abused, financially and physically, by his grandson"),
        rc(d, "physical_abuse", "he had grabbed his grandfather by the arms during an argument about money"),
    ]),
    weapons=[wp(d, "blunt_object", "with a heavy glass ashtray")],
    locations=[loc(d, "home", "Ulric is killed at the bungalow.")],
    escalation_summary="Warrick moved in in 2021; his cocaine debts grew; grip-mark bruises in 2022, a large cash withdrawal, men kicking the door in August 2023, weight loss, a knife wound to Warrick's hand, a benefit sanction and a missing bank card, then the killing over money after cocaine and drink.",
    markers=[mk(d, "threats_property_damage", "two men had kicked his door and shouted for Warrick",
                "he had been told that \"something would happen\" if he did not pay by the weekend"),
             mk(d, "stress_debt_housing", "he owed \"more than ever\" to the people supplying him",
                "Warrick's Universal Credit is sanctioned after a missed appointment with his work coach."),
             mk(d, "alcohol_drugs_before", "he had taken cocaine and drunk \"a few cans\" that afternoon"),
             mk(d, "disengaged_services", "Warrick misses two appointments and is sent a warning letter.")],
    problems=[
        ("Warrick's moving in was recorded in Ulric's notes but not linked to Warrick's; the household was not seen as a unit.",
         "Saltings Lane Surgery", "Household records",
         "This was recorded in Ulric's notes but not linked to Warrick's record, and no one at the practice thought of the household as a unit."),
        ("The practice nurse did not consider financial abuse or tell a GP or the safeguarding lead.",
         "Saltings Lane Surgery", "Financial abuse not recognised",
         "The review found that the nurse did not consider financial abuse, and did not tell a GP or the practice safeguarding lead."),
        ("The GP did not ask about pressure to give money, food or safety, and raised no safeguarding concern.",
         "Saltings Lane Surgery", "Professional curiosity",
         "The GP did not ask whether Ulric felt under pressure to give money, whether he had enough left to eat, or whether he felt safe at home, and no safeguarding concern was raised."),
        ("Warrick's account of his drug use was accepted and he was not referred to the drug service.",
         "Saltings Lane Surgery", "Substance misuse",
         "Warrick's answer was accepted at face value and there was no referral to the Recovery Collective."),
        ("The lapsed sertraline prescription was not followed up.",
         "Saltings Lane Surgery", "Follow-up",
         "the practice did not follow this up"),
        ("The practice accepted that Warrick 'helps' without asking what the help was.",
         "Saltings Lane Surgery", "Professional curiosity",
         "the practice accepted this description without asking what the help was"),
        ("Officers did not speak to Ulric alone or consider domestic abuse between family members.",
         "Tollerdine Police", "Adult family abuse not recognised",
         "The review found that officers did not speak to Ulric on his own and did not consider that the incident could be domestic abuse"),
        ("No DASH risk assessment was completed at the 2022 call.",
         "Tollerdine Police", "Risk assessment",
         "No DASH risk assessment was completed."),
        ("At the Banking Protocol call the officer recorded no crime without considering financial abuse and did not refer.",
         "Tollerdine Police", "Financial abuse not recognised",
         "the officer recorded the outcome as \"no crime\" without considering financial abuse by a family member"),
        ("The Banking Protocol attendance was not linked to the earlier call.",
         "Tollerdine Police", "Linking incidents",
         "the attendance was not linked to the September 2022 call"),
        ("After Warrick's arrest no one considered his exploitation or what the debt meant for the household.",
         "Tollerdine Police", "Exploitation and drug debt",
         "The police did not consider whether Warrick was himself being criminally exploited, and no one considered what the debt meant for the household at the bail address."),
        ("Warrick was bailed to his grandfather's home without asking Ulric.",
         "Tollerdine Police", "Bail address",
         "He was bailed to live at his grandfather's bungalow without anyone asking Ulric whether he agreed."),
        ("The door-kicking was not linked to drug intelligence and adult social care was not told.",
         "Tollerdine Police", "Intelligence and referral",
         "The crime report was not linked to the intelligence held about the group supplying Warrick, and adult social care was not told"),
        ("Police systems did not show the call handler previous contacts at the address.",
         "Tollerdine Police", "Systems",
         "the police systems did not show her the previous contacts at the address"),
        ("The reablement assessment did not explore what Warrick's help would be.",
         "Tollerdine Borough Council adult social care", "Assessment",
         "the assessment did not explore what Warrick's help would consist of, or whether Warrick was able and willing to give it"),
        ("The front door did not treat the grip-mark referral as a possible section 42 enquiry.",
         "Tollerdine Borough Council adult social care", "Safeguarding enquiry",
         "the front door did not treat the referral as a possible safeguarding enquiry under section 42 of the Care Act 2014"),
        ("Ulric was not seen and no checks were made with the GP or police.",
         "Tollerdine Borough Council adult social care", "Seeing the adult at risk",
         "Ulric was not seen, the GP was not contacted, and no one asked the police whether they knew the address."),
        ("The housing officer never recorded Warrick as living at the bungalow.",
         "Tollerdine Homes", "Household records",
         "The housing officer did not return to this, and Warrick was never recorded as living there."),
        ("The damaged door was not followed up with Ulric and no risk was considered.",
         "Tollerdine Homes", "Targeted damage",
         "Tollerdine Homes did not contact Ulric about the cause, and did not consider whether an older tenant living with sight loss might be at risk."),
        ("The emergency department did not consider Warrick a victim, ask about safety or share the knife injury.",
         "Pennock Vale NHS Foundation Trust (emergency department)", "Knife injuries",
         "The department did not consider whether he was a victim of crime, did not ask whether he felt safe, and did not share the attendance with the police"),
        ("After the 2022 discharge no one rang Warrick or his GP.",
         "Tollerdine Recovery Collective", "Discharge for non-attendance",
         "no one rang Warrick or his GP"),
        ("The drug service saw the debt only as a risk to Warrick, not to his grandfather, and shared nothing.",
         "Tollerdine Recovery Collective", "Risk to household members",
         "The review found that the service saw the risk only as a risk to Warrick"),
        ("The transfer note to probation did not mention the debt.",
         "Tollerdine Recovery Collective", "Information sharing",
         "The transfer note did not mention the debt."),
        ("Police and the drug service had no route to share what each knew.",
         "Tollerdine Police; Tollerdine Recovery Collective", "Information sharing",
         "Neither agency had a route for finding out."),
        ("The probation assessment did not ask whether his grandfather was at risk and no home visit was made.",
         "Probation Service", "Household checks",
         "It did not ask whether his grandfather was at risk from Warrick's offending or his associates, and no home visit was made."),
        ("The probation officer did not ask about the debt.",
         "Probation Service", "Drug debt",
         "The probation officer did not ask about the debt"),
        ("No agency thought a grandson might abuse his grandfather.",
         MULTI, "Adult family abuse not recognised",
         "The review found that agencies in Tollerdine did not think of a grandson who lived with his grandfather as someone who might abuse him"),
        ("Every professional spoke to Ulric with Warrick in the room or the house.",
         MULTI, "Seeing the victim alone",
         "every professional who spoke to Ulric about a concern did so with Warrick either in the room or in the house"),
        ("No agency recognised the pattern of financial abuse.",
         MULTI, "Financial abuse not recognised",
         "no agency recognised the pattern of financial abuse"),
        ("No agency considered the risk that drug debts posed to the household.",
         MULTI, "Drug debt and household risk",
         "no agency considered that debts owed to people supplying drugs create a risk to everyone at the debtor's address"),
        ("Information held by seven agencies was never brought together.",
         MULTI, "Information sharing",
         "information about the household was held by at least seven agencies and was never brought together"),
    ]))

# ---------------------------------------------------------------- f16_02
d = D("f16_02_sar_nerys_executive_summary.txt")
v = Person(d, "v1", "victim", name="Nerys", age=76, gender="female", ethnicity="white_british",
           ethnicity_detail="She described her ethnicity as White Welsh.", living="family_home")
v.char("chronic_illness", "In February 2019 Nerys had a stroke.", "She also had type 2 diabetes, managed with tablets.")
v.char("disability", "She used a wheelchair outside the house and a frame indoors.",
       "She needed help to wash, dress, get in and out of bed and use the toilet.",
       "with aphasia, which meant that she understood most of what was said to her but found it hard to find words")
v.char("english_additional_language", "Her first language was Welsh.")
v.char("social_isolation", "the last time she went out socially")
v.char("abuse_neglect_adult", "two of Quillan's care workers noticed bruising to both of Nerys's wrists",
       "found her in a wet pad that had not been changed overnight",
       "about £18,000 had been spent on gambling sites over two years",
       subtypes=["physical", "neglect", "financial"])
v.svc("gp", "prior", "professionals relied on Piran to speak for his mother, including at the GP surgery")
v.svc("adult_social_care", "prior", "Ruddlemere County Council adult social care assessed Nerys's needs in 2020")
v.svc("private_sector", "prior", "arranged two visits a day from a home care agency, Quillan Care Services",
      detail="Home care agency (Quillan Care Services)")
v.svc("other", "prior", "From July 2023 the district nursing team visited twice a week to treat a pressure sore on Nerys's heel.",
      detail="District nursing")
v.svc("police", "prior", "Officers from Ruddlemere Police attended.")
p = Person(d, "p1", "perpetrator", name="Piran", age=49, gender="male", living="family_home")
p.char("offending", "he lost his licence in 2018 after a conviction for drink driving")
p.char("alcohol_misuse", "He told the GP in 2022 that he was \"drinking too much again\"")
p.char("mental_health_current", "Piran had been treated by his GP for depression since 2020.")
p.char("financial_issues", "he had debts from online gambling that he \"could not see the end of\"")
p.char("other", "he had debts from online gambling", detail="Gambling (online)")
p.char("caring_responsibilities", "He was registered as her carer with her GP practice, Nettlebank Surgery, and claimed Carer's Allowance.")
p.svc("gp", "prior", "Piran had been treated by his GP for depression since 2020.")
p.svc("adult_social_care", "prior", "The same assessment offered Piran a carer's assessment.")
p.svc("voluntary_sector", "prior", "Piran went to one support group at the Ruddlemere Carers' Hub in March 2023.")
p.svc("prison", "after", "sentenced to life imprisonment with a minimum term of 14 years")
cases.append(case(
    d, title="Nerys", review_type="sar", area="Ruddlemere", published="2025-09", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Piran smothered his mother with a cushion while she sat in her chair in the living room.",
                      "Piran was convicted of murder"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 76, disabled by a stroke, smothered at home by her son and registered carer, who had gambling debts and had spent her pension.",
    reference_individual="victim", people=[v, p],
    relationship=("child_to_parent", "Adult son living with his mother from 2019 as her registered carer.", [
        rc(d, "carer", "He was registered as her carer"),
        rc(d, "financial_abuse", "about £18,000 had been spent on gambling sites over two years"),
        rc(d, "physical_abuse", "bruising to both of Nerys's wrists"),
        rc(d, "neglect", "found her in a wet pad that had not been changed overnight"),
    ]),
    weapons=[wp(d, "strangulation", "Piran smothered his mother with a cushion")],
    locations=[loc(d, "home", "while she sat in her chair in the living room")],
    escalation_summary="Gambling debts and heavy drinking from 2022; bruised wrists and neglect in January 2023; the son cancelled care visits in February; cries for help in June; then he smothered her in October 2023.",
    markers=[mk(d, "disengaged_services", "In February 2023 Piran cancelled the morning care visits"),
             mk(d, "stress_debt_housing", "the charge was \"more than we can afford\"")],
    problems=[
        ("Agencies saw Piran only as a carer and never considered that he might be harming her.",
         MULTI, "Family carers who harm",
         "did not consider that the person who cared for Nerys might also be harming her"),
        ("The care workers' report of injuries and neglect was recorded as carer stress and not passed to safeguarding.",
         "Ruddlemere County Council adult social care", "Safeguarding screening",
         "The adult social care contact centre recorded it as carer stress and did not pass it to the safeguarding team."),
        ("The cancelled care visits were agreed without a review or speaking to Nerys.",
         "Ruddlemere County Council adult social care", "Reduction in care",
         "adult social care agreed the change without a review of Nerys's needs and without speaking to her"),
        ("Nerys was never seen alone by any professional.",
         MULTI, "Seeing the adult alone",
         "Nerys was never seen on her own by any professional in the period the review looked at"),
        ("No one took account of her aphasia or offered to speak with her in Welsh.",
         MULTI, "Communication needs",
         "no one took account of her aphasia or offered to speak with her in Welsh"),
        ("Police officers did not speak to Nerys or consider her communication needs.",
         "Ruddlemere Police", "Hearing the adult",
         "The police officers who attended in June 2023 did not speak to Nerys themselves"),
        ("Police made no referral to adult social care.",
         "Ruddlemere Police", "Safeguarding referral",
         "and made no referral to adult social care"),
        ("The GP knew of Piran's debts and drinking and his control of her money but did not consider the risk to Nerys.",
         "Nettlebank Surgery", "Financial abuse not recognised",
         "did not think about what the debts might mean for Nerys"),
        ("No agency recognised the financial abuse before her death.",
         MULTI, "Financial abuse not recognised",
         "The financial abuse was not recognised by any agency until after her death."),
        ("Piran's carer's assessment was never finished.",
         "Ruddlemere County Council adult social care", "Carer's assessment",
         "Piran's carer's assessment was never finished."),
        ("His depression, drinking and debts were never considered alongside his caring role.",
         "Nettlebank Surgery", "Carer's own needs",
         "His depression, his drinking and his debts were known to his GP but were never considered alongside his caring role"),
        ("The Carers' Hub was not told of the safeguarding concern.",
         None, "Information sharing",
         "the Carers' Hub was not told that a safeguarding concern had been raised about the person he cared for"),
    ]))

# ---------------------------------------------------------------- f16_03
d = D("f16_03_iir_mr_tw_webpage.html")
p = Person(d, "p1", "perpetrator", name="Mr TW", age=31, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="He is a man of mixed White and Black Caribbean heritage", living="family_home")
p.char("mental_health_current", "Mr TW was first diagnosed with paranoid schizophrenia at the age of 22")
p.char("substance_misuse", "He used cannabis most days from his late teens")
p.char("history_of_violence", "he pushed a nurse to the floor when she tried to stop him leaving the ward")
p.char("medication", "He said that his son was not taking his tablets")
p.char("non_engagement", "had stopped answering his door to his care coordinator")
p.char("financial_issues", "he had fallen behind with his rent")
p.char("parental_separation", "His parents split up when he was fourteen and his mother moved to another city.")
p.char("parent_mental_health", "She has lived with depression for many years")
p.svc("mh_inpatient", "prior", "He was assessed and detained under section 3 and admitted to Tamarisk Ward.",
      "He had a second admission in 2019.")
p.svc("mh_community", "prior", "was supported by the Wyvernholt community mental health team")
p.svc("police", "prior", "police officers found Mr TW standing in the road outside his flat")
p.svc("police", "after", "He was arrested at the house.")
p.svc("mh_inpatient", "after", "He is detained in a secure hospital under a hospital order with restrictions.")
v = Person(d, "v1", "victim", name="Mr SW", age=63, gender="male", living="family_home")
v.char("chronic_illness", "He had a heart condition for which he took several medicines.")
v.char("caring_responsibilities", "Mr SW agreed that he could come and live with him while a new flat was found.",
       "he was about to become his son's main support")
cases.append(case(
    d, title="Mr TW", review_type="iir", area="Wyvernholt", published="2025-05", incident_year=2024,
    role="other", decision="include", reason="homicide",
    screening_quotes=["In June 2024 Mr TW killed his father, Mr SW, at the house they shared in Wyvernholt.",
                      "On 3 June 2024 Mr TW stabbed his father in the kitchen of the house."],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 63 stabbed at home by his son of 31, who had paranoid schizophrenia centred on his father and had stopped his tablets twelve days after discharge from a ward.",
    reference_individual="perpetrator", people=[p, v],
    relationship=("child_to_parent", "Son living with his father after discharge from hospital, while a new flat was found.", [
        rc(d, "carer", "he was about to become his son's main support"),
    ]),
    weapons=[wp(d, "knife", "Mr TW stabbed his father")],
    locations=[loc(d, "home", "in the kitchen of the house")],
    escalation_summary="Depot changed to tablets in late 2023; rent arrears and disengagement; admission in March 2024 with beliefs centred on his father; discharge to his father's house on 22 May; stopped tablets and sleepless within five days; the killing on 3 June.",
    markers=[mk(d, "discharged_or_absconded", "Mr TW had been discharged from one of our inpatient wards twelve days earlier."),
             mk(d, "stopped_medication", "his son was not taking his tablets")],
    problems=[
        ("The discharge risk assessment did not consider the risk to his father.",
         "Saltrigg Partnership NHS Foundation Trust (Tamarisk Ward)", "Risk to family",
         "the ward team did not consider that discharging him to his father's house placed his father at risk"),
        ("His father was not invited to discharge planning or told the signs of relapse.",
         "Saltrigg Partnership NHS Foundation Trust (Tamarisk Ward)", "Family involvement",
         "Mr SW was not invited to the discharge planning meeting and was not told what signs of relapse to look for."),
        ("His father was not offered a carer's assessment.",
         "Saltrigg Partnership NHS Foundation Trust", "Carer's assessment",
         "He was not offered a carer's assessment"),
        ("The switch from depot to tablets had no plan to check adherence.",
         "Saltrigg Partnership NHS Foundation Trust (community mental health team)", "Medication",
         "The change from a depot injection to tablets in 2023 was agreed without any plan to check that Mr TW was taking them."),
        ("The 72-hour follow-up was by telephone only and he was not seen after discharge.",
         "Saltrigg Partnership NHS Foundation Trust (community mental health team)", "Follow-up after discharge",
         "Mr TW was followed up by a telephone call only"),
        ("The father's call describing relapse was not escalated and no visit was arranged.",
         "Saltrigg Partnership NHS Foundation Trust (community mental health team)", "Response to family concerns",
         "It was not escalated to a manager or to the home treatment team, and no visit was arranged."),
        ("The message for the care coordinator was not passed on.",
         "Saltrigg Partnership NHS Foundation Trust (community mental health team)", "Response to family concerns",
         "His care coordinator was away on leave, and nobody passed the message on."),
        ("The risk assessment wrongly recorded no history of violence.",
         "Saltrigg Partnership NHS Foundation Trust", "Risk assessment",
         "The risk assessment recorded \"no history of violence\"."),
        ("He was never referred to the drug and alcohol service and there was no joint plan.",
         "Saltrigg Partnership NHS Foundation Trust", "Dual diagnosis",
         "he was never referred to the drug and alcohol service and there was no joint plan"),
    ]))

# ---------------------------------------------------------------- f16_04 (exclude)
d = D("f16_04_cspr_child_rw_seven_minute_briefing.txt")
v = Person(d, "v1", "victim", name="Child RW", age=14, gender="female", living="family_home")
v.char("self_harm", "Child RW began cutting her arms at 12.", "she took a paracetamol overdose")
v.char("mental_health_current", "because she was low and self-harming")
v.char("parental_separation", "Her parents separated in 2019")
v.char("other", "She had viewed thousands of posts about self-harm and suicide",
       detail="Exposure to harmful online content")
v.svc("school", "prior", "She was in Year 10 at Ploverfield Academy",
      "the designated safeguarding lead both kept records")
v.svc("other", "prior", "She told the school nurse in March 2022.", detail="School nursing")
v.svc("gp", "prior", "her GP referred her to Oxenmere CAMHS")
v.svc("camhs", "prior", "She was seen by the CAMHS liaison nurse and sent home with a safety plan.",
      "Her first CAMHS appointment after the overdose was three weeks later. She attended two sessions.")
v.svc("acute_health", "prior", "her mother drove her to the emergency department at Oxenmere General Hospital")
cases.append(case(
    d, title="Child RW", review_type="scr", area="Oxenmere", published="2025-04", incident_year=2024,
    role="briefing", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["The coroner's conclusion was suicide.",
                      "The police and the school found no evidence that Child RW was bullied, threatened or groomed, online or offline"],
    category=None, incident_type="suicide", fatal=True,
    description="Girl of 14 who took her own life after two years of self-harm and heavy exposure to self-harm and suicide content online; no bullying, grooming or peer violence.",
    reference_individual="victim", people=[v],
    problems=[
        ("CAMHS did not review her risk during 17 months on the waiting list or tell the family who to contact.",
         "Oxenmere CAMHS", "Waiting lists",
         "CAMHS did not review Child RW's risk during the 17 months she waited for an assessment"),
        ("Follow-up after the overdose was three weeks, against a seven-day standard.",
         "Oxenmere CAMHS", "Follow-up after self-harm",
         "After the overdose, CAMHS offered a follow-up appointment three weeks later."),
        ("Her safety plan did not mention her phone or the internet.",
         "Oxenmere CAMHS (liaison nurse)", "Online harm",
         "Her safety plan did not mention her phone or the internet."),
        ("No professional asked what she looked at online.",
         MULTI, "Online harm",
         "No professional asked Child RW what she looked at online"),
        ("The school nurse and the safeguarding lead did not share what each knew.",
         "Ploverfield Academy", "Information sharing",
         "The school nurse and the designated safeguarding lead did not share what each of them knew"),
        ("The school gave the mother a leaflet and did not pass her worry to CAMHS or the GP.",
         "Ploverfield Academy", "Responding to parents",
         "the school gave her a leaflet on parental controls and did not pass the concern to CAMHS or to the GP"),
    ]))

# ---------------------------------------------------------------- f16_05
d = D("f16_05_dhr_torin_executive_summary.txt")
v = Person(d, "v1", "victim", name="Torin", age=38, gender="male", ethnicity="white_irish",
           ethnicity_detail="he described himself as White Irish", living="alone")
v.char("lgbtqi", "He was a gay man")
v.char("chronic_illness", "Torin had been living with HIV since 2015.")
v.char("migration_status", "He was born in Ireland and moved to Veshford in 2009")
v.char("substance_misuse", "Both men took part in chemsex",
       "Torin collapsed at Valentin's flat after taking G")
v.char("mental_health_current", "Torin saw his GP at Nightingale Row Practice three times in 2022 and 2023 about anxiety and poor sleep.")
v.char("domestic_abuse", "Valentin checked Torin's phone, made him delete his dating apps and then checked that he had.",
       "He threatened to tell Torin's family and his clients that he was HIV positive",
       "One friend saw marks on Torin's neck in March 2023",
       "this was a relationship in which Torin experienced coercive control, emotional and physical abuse, and sexual abuse",
       subtypes=["coercive_control", "emotional", "physical", "sexual"])
v.svc("ambulance", "prior", "Valentin called an ambulance.")
v.svc("acute_health", "prior", "where he recovered overnight in the emergency department")
v.svc("gp", "prior", "Torin saw his GP at Nightingale Row Practice three times")
v.svc("other", "prior", "he attended the Veshford Sexual Health Service every three months",
      "Torin told a health adviser at the sexual health clinic", detail="Sexual health clinic")
v.svc("police", "prior", "Officers from Veshford Police attended.")
v.svc("domestic_abuse_services", "prior", "Torin rang the LGBT+ domestic abuse helpline run by Proud Harbour")
p = Person(d, "p1", "perpetrator", name="Valentin", age=44, gender="male",
           ethnicity_detail="He was born in Romania and had lived in the UK since 2011.")
p.char("lgbtqi", "a former partner told the police that Valentin had strangled him during sex")
p.char("migration_status", "He was born in Romania and had lived in the UK since 2011.")
p.char("substance_misuse", "saying he wanted to \"cut down on the G\"", "Both men took part in chemsex")
p.char("history_of_violence", "a former partner told the police that Valentin had strangled him during sex until he passed out")
p.char("non_engagement", "He did not attend a third appointment.")
p.svc("substance_misuse_services", "prior", "Valentin attended the chemsex clinic run by Veshford Recovery Partnership twice in 2023")
p.svc("police", "prior", "In 2019 a former partner told the police", "Officers from Veshford Police attended.")
p.svc("police", "after", "Valentin was charged with his murder.")
p.svc("prison", "after", "he was sentenced to ten years' imprisonment")
cases.append(case(
    d, title="Torin", review_type="dhr", area="Veshford", published="2025-03", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["At some point that morning Valentin strangled Torin.",
                      "convicted him of manslaughter"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Gay man of 38 strangled by his male partner during a chemsex session at the partner's flat, after a year of coercive control and abuse that agencies did not recognise.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Male couple together about twenty months from February 2022; not living together.", [
        rc(d, "coercive_control", "Valentin checked Torin's phone, made him delete his dating apps"),
        rc(d, "emotional_abuse", "He threatened to tell Torin's family and his clients that he was HIV positive"),
        rc(d, "physical_abuse", "One friend saw marks on Torin's neck in March 2023"),
        rc(d, "sexual_abuse", "this was a relationship in which Torin experienced coercive control, emotional and physical abuse, and sexual abuse"),
    ]),
    weapons=[wp(d, "strangulation", "Valentin strangled Torin")],
    locations=[loc(d, "home", "Torin and Valentin were at Valentin's flat")],
    technology=[tech(d, "social_media", "made him delete his dating apps and then checked that he had")],
    escalation_summary="Longer and more frequent chemsex sessions after they met in 2022; phone and app checking, threats to disclose his HIV status, neck marks in March 2023, non-consensual sex disclosed in May, a smashed phone and being kept in the flat in August, then strangulation during a two-day session.",
    markers=[mk(d, "alcohol_drugs_before", "Both Torin and Valentin had taken G and crystal meth."),
             mk(d, "threats_property_damage", "Valentin had smashed his mobile phone and would not let him leave the flat")],
    problems=[
        ("No agency recognised the relationship as domestic abuse.",
         MULTI, "Domestic abuse in same-sex relationships",
         "no agency recognised the relationship between Torin and Valentin as one of domestic abuse"),
        ("Officers did not record the neck marks and graded the risk standard.",
         "Veshford Police", "Non-fatal strangulation",
         "did not ask about or record the marks on Torin's neck, and the risk was graded standard as a result"),
        ("Officers did not apply the curiosity they would to a man and a woman.",
         "Veshford Police", "Assumptions about same-sex relationships",
         "did not apply the same professional curiosity they would have applied to a man and a woman"),
        ("The case was not referred to an IDVA or an LGBT+ service.",
         "Veshford Police", "Referral",
         "The case was not referred to an independent domestic violence adviser or to any LGBT+ service."),
        ("The health adviser did not explore whether the non-consensual sex was within a relationship or assess risk.",
         "Veshford Sexual Health Service", "Sexual abuse disclosure",
         "did not explore whether the non-consensual sex had happened within a relationship"),
        ("No routine enquiry about domestic abuse at any quarterly visit.",
         "Veshford Sexual Health Service", "Routine enquiry",
         "no domestic abuse routine enquiry was made at any of Torin's quarterly visits"),
        ("The emergency department treated the collapse as a recreational overdose and made no referral.",
         "Veshford General Hospital (emergency department)", "Chemsex",
         "treated Torin's collapse as a recreational overdose and did not consider chemsex, exploitation or abuse"),
        ("The chemsex clinic did not ask Valentin about his relationship or harm to others, or follow up.",
         "Veshford Recovery Partnership", "Perpetrator risk",
         "did not ask Valentin about his relationship or about harm to others, and did not follow up his missed appointment"),
        ("The GP did not explore 'partying too much' or ask about drugs or the relationship.",
         "Nightingale Row Practice", "Professional curiosity",
         "Torin's GP did not explore what \"partying too much\" meant"),
        ("Proud Harbour made only one follow-up call after the missed appointment.",
         "Proud Harbour", "Case closure",
         "Proud Harbour made one follow-up call after Torin missed his appointment."),
        ("Services lacked confidence in talking to gay and bisexual men about chemsex and same-sex abuse.",
         MULTI, "Confidence with LGBT+ clients",
         "services in Veshford lacked confidence in talking to gay and bisexual men about chemsex and about domestic abuse in same-sex relationships"),
    ]))

# ---------------------------------------------------------------- f16_06
d = D("f16_06_dhr_yolanda_overview_scanned.txt")
v = Person(d, "v1", "victim", name="Yolanda", age=47, gender="female", ethnicity="white_british",
           ethnicity_detail="She described herself as White British.", living="alone")
v.char("mental_health_current", "She was diagnosed with depression, prescribed sertraline")
v.char("social_isolation", "Yolanda was \"lonely in a way she would not admit\"")
v.svc("gp", "prior", "Yolanda saw her GP at Sallow Green Surgery about low mood and poor sleep.")
v.svc("mh_iapt_early_intervention", "prior", "She completed eight sessions of cognitive behavioural therapy")
p = Person(d, "p1", "perpetrator", name="Wendel", age=52, gender="male", living="residential")
p.char("history_of_violence", "He was convicted of assault occasioning actual bodily harm against a partner in 2009",
       "grievous bodily harm against another partner in 2016, when he broke her jaw")
p.char("offending", "In 2019 Wendel was sentenced to seven years' imprisonment for a serious assault on a man outside a pub.")
p.char("alcohol_misuse", "Wendel has drunk heavily since his teens")
p.char("non_engagement", "He attended an assessment in September 2023 and never returned.")
p.svc("prison", "prior", "In 2019 Wendel was sentenced to seven years' imprisonment")
p.svc("probation", "prior", "Wendel's probation officer saw him weekly from his release.",
      "to live at Ravelin House, an approved premises in Stavenbury run by the Probation Service")
p.svc("substance_misuse_services", "prior", "His licence required him to attend the Stavenbury Alcohol Service.")
p.svc("police", "prior", "Wendel was recorded as wanted on the police national computer")
p.svc("police", "after", "He left the flat and was arrested the next morning")
p.svc("prison", "after", "sentenced to life imprisonment with a minimum term of 22 years")
cases.append(case(
    d, title="Yolanda", review_type="dhr", area="Stavenbury", published="2025-02", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Wendel stabbed Yolanda several times with a knife from the kitchen drawer.",
                      "Wendel pleaded guilty to murder in June 2024"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Woman of 47 stabbed at her flat by a man of 52 she had met online two weeks earlier, a high-risk offender against partners who had absconded from approved premises.",
    reference_individual=None, people=[v, p],
    relationship=("friend_acquaintance", "Met through a local social media group about two weeks before; whether the relationship had become intimate is not known; he stayed at her flat on several nights.", []),
    weapons=[wp(d, "knife", "with a knife from the kitchen drawer")],
    locations=[loc(d, "home", "Yolanda and Wendel were at her flat")],
    technology=[tech(d, "social_media", "Wendel joined the social media group that Yolanda used",
                     "He sent her a private message on 2 November")],
    escalation_summary="Released on licence in August 2023; contacted her online on 2 November and met daily from 4 November; curfew breaches and absconding from approved premises from 11-14 November; recall on 16 November; after drinking, an argument about his past and the killing on 18 November.",
    markers=[mk(d, "released_from_custody", "He was released on licence on 14 August 2023"),
             mk(d, "missing_moving", "he was absent from then until his arrest"),
             mk(d, "alcohol_drugs_before", "Both had been drinking wine."),
             mk(d, "threats_property_damage", "There was an argument in the kitchen")],
    problems=[
        ("The probation officer accepted his answers and did not check who his friend was, his phone or his social media.",
         "Probation Service", "Testing licence conditions",
         "She did not ask who the mate from the gym was, did not ask to see his phone, and did not check his social media use"),
        ("The risk plan relied only on his own disclosure to identify a new partner.",
         "Probation Service", "Risk to future partners",
         "the risk management plan did not say how a new relationship would be found out if he did not disclose it"),
        ("Approved premises staff did not pass the 'lady friend' log entries to his probation officer.",
         "Probation Service (Ravelin House approved premises)", "Information sharing",
         "the approved premises did not share information that was directly relevant to the main risk in Wendel's plan"),
        ("A second warning was given instead of seeking recall.",
         "Probation Service (Ravelin House approved premises)", "Breach and recall",
         "the decision to issue a second warning rather than seek recall was not in line with the guidance"),
        ("The recall was not allocated and no enquiries were made to find him.",
         "Stavenbury Police", "Recall",
         "The police did not allocate the recall of a high-risk offender to an officer, and no enquiries were made to find him."),
        ("The call handler told her sister the disclosure scheme might not apply.",
         "Stavenbury Police", "Disclosure scheme",
         "the call handler gave Xanthe incorrect information about who the scheme could protect"),
        ("The request was graded routine because they were 'friends'.",
         "Stavenbury Police", "Disclosure scheme",
         "It was graded as routine because it said the couple were \"friends\"."),
        ("No PNC check was made when the request came in.",
         "Stavenbury Police", "Disclosure scheme",
         "No check was made of the police national computer at the point of the call"),
        ("The recall and the disclosure request were not connected.",
         "Stavenbury Police", "Linking information",
         "there was no link between the recall on 16 November and the disclosure request of 14 November"),
        ("His non-attendance at the alcohol service was not followed up.",
         "Stavenbury Alcohol Service; Probation Service", "Non-attendance",
         "the email was not followed up by either agency"),
        ("Agencies lacked a shared understanding of risk from violent men to women they meet online.",
         MULTI, "Online contact",
         "Agencies in Stavenbury do not yet have a shared understanding of the risk posed by men with a history of violence to women they meet online"),
    ]))

# ---------------------------------------------------------------- f16_07
d = D("f16_07_dhr_shabnam_learning_brief.html")
v = Person(d, "v1", "victim", name="Shabnam", age=29, gender="female", ethnicity="asian_pakistani",
           ethnicity_detail="Her family described her ethnicity as Pakistani.", living="temporary")
v.char("migration_status", "came to England in 2017 on a spouse visa to marry Usman")
v.char("english_additional_language", "her English, which she was learning, was her third language")
v.char("domestic_abuse", "Shabnam's passport was kept by her husband",
       "She was not allowed to leave the house alone or to have money of her own",
       "In fact, he had hit her.",
       "Waqar had sent her voice messages saying that she \"would pay for what she had done to this family\"",
       subtypes=["coercive_control", "financial", "physical", "emotional"])
v.svc("gp", "prior", "She attended her GP at Oriel Lane Surgery several times with headaches and poor sleep.")
v.svc("police", "prior", "Officers spoke to Shabnam at the house through her husband",
      "The police completed a DASH risk assessment")
v.svc("voluntary_sector", "prior", "her tutor at Varuna Women's Centre, where she had been allowed to attend English classes")
v.svc("housing", "prior", "placed in a refuge by Saxelholme Council's housing options team")
v.svc("marac", "prior", "referred her to MARAC")
v.svc("domestic_abuse_services", "prior", "An independent domestic violence adviser (IDVA) from the Saxelholme IDVA Service supported her")
v.svc("immigration", "prior", "she applied to the Home Office for permission to stay as a victim of domestic abuse")
p = Person(d, "p1", "perpetrator", name="Waqar", age=34, gender="male", living="family_home")
p.svc("prison", "after", "sentenced to life imprisonment with a minimum term of 25 years")
cases.append(case(
    d, title="Shabnam", review_type="dhr", area="Saxelholme", published="2024-10", incident_year=2023,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["She was killed by Waqar, her husband's older brother, who was 34.",
                      "Waqar was convicted of her murder"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 29 on a spouse visa stabbed in the street by her husband's brother after she left the extended-family home and began divorce, in a so-called honour-based killing.",
    reference_individual=None, people=[v, p],
    relationship=("other_family", "Her husband's older brother; they lived in the same extended-family household until she left in September 2022.", [
        rc(d, "emotional_abuse", "Waqar had sent her voice messages saying that she \"would pay for what she had done to this family\""),
        rc(d, "other", "did not recognise the threats as honour-based abuse", detail="So-called honour-based abuse"),
    ]),
    weapons=[wp(d, "knife", "stabbed her as she came back from the shops")],
    locations=[loc(d, "street_public", "She died in the street.")],
    technology=[tech(d, "mobile_phone", "Waqar had sent her voice messages")],
    escalation_summary="Years of control by her husband and his family; assault in August 2022; she left for a refuge in September, began divorce and the family spoke of shame; threats from her brother-in-law in February 2023; he stabbed her outside her flat in March.",
    markers=[mk(d, "separation", "That day she left the family home", "Shabnam started divorce proceedings."),
             mk(d, "threats_property_damage", "Waqar had sent her voice messages saying that she \"would pay for what she had done to this family\"")],
    problems=[
        ("Officers let her husband interpret and did not speak to her alone.",
         "Saxelholme Police", "Interpreters",
         "they allowed her husband to interpret for her"),
        ("The GP practice used her mother-in-law as interpreter and never saw her alone.",
         "Oriel Lane Surgery", "Interpreters",
         "The GP practice used Shabnam's mother-in-law as her interpreter at every appointment before she left home."),
        ("The DASH and MARAC considered only the husband, not the wider family.",
         "Saxelholme Police; MARAC", "Honour-based abuse not recognised",
         "The DASH risk assessment and the MARAC looked only at the risk from her husband."),
        ("The honour-based abuse questions were not asked.",
         "Saxelholme Police", "Honour-based abuse not recognised",
         "the honour-based abuse questions were not asked"),
        ("Housing placed her within two miles of her husband's family.",
         "Saxelholme Council housing options", "Placement",
         "Housing placed Shabnam in a refuge and then in temporary accommodation within two miles of her husband's family"),
        ("The threats were not linked to MARAC, re-referred or recognised as honour-based abuse.",
         "Saxelholme Police", "Escalation after separation",
         "officers did not link them to her MARAC case or consider re-referral, and did not recognise the threats as honour-based abuse"),
        ("The IDVA service closed her case because she was 'settled', without checking the risk.",
         "Saxelholme IDVA Service", "Case closure",
         "without checking whether the risk had changed"),
    ]))

# ---------------------------------------------------------------- f16_08
d = D("f16_08_cspr_posy_learning_brief.txt")
v = Person(d, "v1", "victim", name="Posy", age=2, gender="female", living="family_home")
v.char("abuse_neglect_child", "Doctors also found older bruising to her back and a healing burn on her right hand.",
       "noticed a bruise on Posy's forehead and a second on her left ear", subtypes=["physical"])
v.char("absent_parents", "has had no contact with Posy since she was a baby")
v.char("domestic_violence_child", "When Posy was seven months old her father assaulted her mother while Posy was in the room.")
v.char("child_in_need_protection", "Posy was a child in need from 2022 until February 2023")
v.char("parent_mental_health", "Roxanne had postnatal depression after Posy's birth")
v.svc("csc_cin_cp", "prior", "Posy was a child in need from 2022 until February 2023, when Wendlecombe Children's Services closed the case")
v.svc("health_visitor", "prior", "The health visitor carried out Posy's two-year review at home.")
v.svc("other", "prior", "staff at Rushlight Day Nursery noticed a bruise on Posy's forehead", detail="Nursery (Rushlight Day Nursery)")
v.svc("acute_health", "prior", "took Posy to the emergency department at Wendlecombe General Hospital with a burn on the palm of her right hand")
p = Person(d, "p1", "perpetrator", name="Orson", age=26, gender="male", living="family_home")
p.char("offending", "He had a conviction from 2020 for assaulting a former partner")
p.char("history_of_violence", "for assaulting a former partner")
p.char("looked_after", "Orson had grown up partly in care.")
p.char("substance_misuse", "He used cannabis daily.")
p.svc("prison", "prior", "for which he served a prison sentence")
p.svc("probation", "prior", "supervised by the Probation Service, until late September 2023")
p.svc("prison", "after", "sentenced to life imprisonment, with a minimum term of 20 years")
cases.append(case(
    d, title="Posy", review_type="scr", area="Wendlecombe", published="2025-02", incident_year=2024,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["Orson was convicted of Posy's murder in October 2024",
                      "She had a fractured skull and bleeding on the brain."],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Girl of two killed at home by her mother's boyfriend, a man convicted of violence to a partner who had moved in weeks before; earlier bruising and a burn.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Her mother's boyfriend, living in the flat from November 2023 and caring for her that evening.", [
        rc(d, "physical_abuse", "Doctors also found older bruising to her back and a healing burn on her right hand."),
    ]),
    weapons=[wp(d, "non_accidental_injury", "She had a fractured skull and bleeding on the brain.")],
    locations=[loc(d, "home", "Orson was looking after Posy")],
    escalation_summary="Her mother's new partner, with a conviction for violence to a partner, moved in in November 2023; bruises to her forehead and ear in early December, a burn to her hand later that month, and a fatal head injury in January 2024.",
    markers=[],
    problems=[
        ("The child in need plan was closed without considering a future partner.",
         "Wendlecombe Children's Services", "Case closure",
         "the closure did not consider the chance that Roxanne would form a new relationship"),
        ("The health visitor did not record the new boyfriend's name, whether he stayed or his background.",
         "Health visiting service", "The unseen man",
         "She did not note his name, did not ask whether he stayed at the flat, and did not ask about his background."),
        ("The nursery accepted the explanation for facial and ear bruising and made no referral.",
         "Rushlight Day Nursery", "Bruising in young children",
         "The nursery's safeguarding lead accepted this and did not make a referral to Children's Services."),
        ("The emergency department made no CP-IS check, did not ask who lived at home and did not tell the health visitor.",
         "Wendlecombe General Hospital (emergency department)", "Injuries in young children",
         "The department made no check on the child protection information system, did not ask who lived at home"),
        ("Probation made no safeguarding check with Children's Services about his new partner's child.",
         "Probation Service", "Child safeguarding checks",
         "She did not carry out a safeguarding check with Children's Services"),
        ("No agency found out who was living with and caring for Posy.",
         MULTI, "The unseen man",
         "The health visitor, the nursery and the hospital all had a chance to find out who was living with Posy and caring for her, and none of them did."),
        ("No agency put the injuries together.",
         MULTI, "Injuries in young children",
         "No agency put the forehead, the ear and the burn together."),
    ]))

# ---------------------------------------------------------------- f16_09 (exclude, not a review)
d = D("f16_09_csp_dhr_publications_page.html")
cases.append(case(
    d, title=None, review_type="other", area="Ulverdine", published="2025-03", incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Published reviews", "The death of a woman in 2022."],
    category=None, incident_type=None, fatal=None,
    description="Community Safety Partnership web page listing five published DHRs with one-line summaries and links; it describes no case.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f16_10 (exclude)
d = D("f16_10_sar_verena_full_report.txt")
v = Person(d, "v1", "victim", name="Verena", age=88, gender="female",
           ethnicity_detail="Verena was born in Germany in 1935 and came to England in 1958", living="residential")
v.char("other", "Verena had Alzheimer's disease, diagnosed in 2018.", detail="Dementia (Alzheimer's disease)")
v.char("chronic_illness", "Verena had osteoporosis")
v.char("disability", "She walked with a frame", "She wore hearing aids.",
       "she needed help with all personal care")
v.char("english_additional_language", "as her dementia advanced she spoke mostly German")
v.char("acute_illness", "admitted to Pennerby Royal Infirmary for six days with a urine infection and delirium")
v.char("other", "Verena fell five times at Tansy Court between January and September 2023", detail="Repeated falls")
v.char("abuse_neglect_adult", "another resident, who also has dementia, pushed Verena in the lounge",
       "Verena did experience neglect, in the sense in which the Care Act uses the word",
       subtypes=["physical", "neglect"])
v.svc("other", "prior", "She had lived at Tansy Court Nursing Home for two and a half years.",
      detail="Nursing home (Tansy Court)")
v.svc("acute_health", "prior", "In May 2023 Verena was admitted to Pennerby Royal Infirmary for six days")
v.svc("gp", "prior", "the visiting GP from Vinery Lane Surgery started Verena on a low dose of an antipsychotic medicine")
v.svc("adult_social_care", "prior", "The home raised a safeguarding concern, adult social care made enquiries")
v.svc("other", "prior", "the home referred Verena to the Pennerby Community Falls Service",
      detail="Community falls service")
cases.append(case(
    d, title="Verena", review_type="sar", area="Pennerby", published="2025-06", incident_year=2023,
    role="overview_report", decision="exclude", reason="poor_care_management",
    screening_quotes=["Verena's death was the result of poor care: a known risk of falling that was not managed",
                      "It was not the result of violence or deliberate harm by anyone."],
    category=None, incident_type=None, fatal=True,
    description="Woman of 88 with Alzheimer's disease who died of pneumonia after a hip fracture from an unwitnessed night-time fall in a nursing home, with a two-day delay in treatment; no violence.",
    reference_individual="victim", people=[v],
    problems=[
        ("The broken sensor mat was not replaced for six weeks and the plan was not changed.",
         "Tansy Court Nursing Home (Tanager Care Ltd)", "Falls care plan",
         "The sensor mat was broken for six weeks and nobody replaced it or changed the plan."),
        ("Hourly night checks were recorded but not done.",
         "Tansy Court Nursing Home (Tanager Care Ltd)", "Night checks and records",
         "the hourly night checks on Verena were not carried out between 1.10am and 5.40am on 24 October, and that the check sheet was filled in as though they had been"),
        ("She was lifted by hand without a post-fall assessment.",
         "Tansy Court Nursing Home (Tanager Care Ltd)", "Post-fall response",
         "Verena was lifted by hand without any assessment"),
        ("Her pain and refusal to move were recorded as confusion.",
         "Tansy Court Nursing Home (Tanager Care Ltd)", "Recognising pain",
         "her pain and her refusal to move over the next two days were recorded as confusion rather than recognised as signs of injury"),
        ("The German phrase card was not used to understand her.",
         "Tansy Court Nursing Home (Tanager Care Ltd)", "Communication needs",
         "the card of phrases was in her room and was not used"),
        ("The GP was not called and no ambulance requested for two days.",
         "Tansy Court Nursing Home (Tanager Care Ltd)", "Delay in treatment",
         "The GP was not called and no ambulance was requested until Sigrid insisted."),
        ("The antipsychotic was not reviewed and its falls risk not considered.",
         "Vinery Lane Surgery", "Medication review",
         "the antipsychotic started in August 2023 was not reviewed"),
        ("The falls service triage did not recognise her risk.",
         "Pennerby Community Falls Service", "Triage",
         "the service's triage criteria did not take account of repeated falls in people with osteoporosis"),
        ("Her daughter was not told of the fall.",
         "Tansy Court Nursing Home (Tanager Care Ltd)", "Family communication",
         "Sigrid was not told about the fall on 24 October."),
        ("Enhanced monitoring was lifted without checking night staffing or falls records.",
         "Pennerby Council quality assurance team", "Provider monitoring",
         "the team lifted enhanced monitoring without checking night staffing or falls records"),
    ]))

# ---------------------------------------------------------------- f16_11
d = D("f16_11_cspr_omari_press_release.html")
v = Person(d, "v1", "victim", name="Omari", age=17, gender="male", ethnicity="black_african",
           ethnicity_detail="He was of Black African heritage.", living="family_home")
v.char("educational_exclusion", "he was permanently excluded from Sandalwood Academy")
v.char("victim_of_crime", "was robbed at knifepoint")
v.char("carrying_weapons", "was later found carrying a knife himself")
v.char("offending", "He was supervised by the Ossingmere Youth Justice Service on a referral order from March 2023.")
v.char("missing_episodes", "was reported missing by his mother three times")
v.svc("school", "prior", "Sandalwood Academy excluded Omari in Year 10",
      "the move to the Nettlewood Learning Centre took seven weeks")
v.svc("youth_offending", "prior", "He was supervised by the Ossingmere Youth Justice Service on a referral order")
v.svc("police", "prior", "When Omari was caught with a knife in early 2023, the police and the Youth Justice Service treated it as an offence")
p = Person(d, "p1", "perpetrator", name=None, age_band="18_24", gender="male")
p.svc("prison", "after", "all four received custodial sentences")
cases.append(case(
    d, title="Omari", review_type="scr", area="Ossingmere", published="2025-02", incident_year=2023,
    role="other", decision="include", reason="homicide",
    screening_quotes=["Omari died on 19 August 2023 after he was attacked by four young men, aged between 18 and 21",
                      "two of the men were convicted of murder and two of manslaughter"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Boy of 17, excluded and earlier robbed at knifepoint, stabbed in the street by four young men from a neighbouring estate in a dispute between groups he did not belong to.",
    reference_individual="victim", people=[v, p],
    relationship=("unknown_peer", "Four young men from a neighbouring estate; a dispute between groups from the two areas; no evidence he belonged to either.", []),
    weapons=[wp(d, "knife", "a 17-year-old who was stabbed near a takeaway on Tannery Row")],
    locations=[loc(d, "street_public", "near a takeaway on Tannery Row")],
    escalation_summary="Permanent exclusion, robbery at knifepoint, carrying a knife and a referral order, three missing episodes, threats from older young men in June 2023 and his mother's request to move, then the fatal attack in August 2023.",
    markers=[mk(d, "threats_property_damage", "Omari had been threatened by older young men")],
    problems=[
        ("The academy excluded him without a multi-agency meeting.",
         "Sandalwood Academy", "Exclusion",
         "Sandalwood Academy excluded Omari in Year 10 without holding a multi-agency meeting first"),
        ("Seven weeks out of education between exclusion and the learning centre.",
         None, "Education",
         "the move to the Nettlewood Learning Centre took seven weeks, during which he was out of education"),
        ("Police and youth justice treated the knife as an offence without asking why he carried it.",
         "Ossingmere Police; Ossingmere Youth Justice Service", "Victims who arm themselves",
         "did not explore with him why he carried it"),
        ("Return home interviews were not offered after two of three missing episodes.",
         None, "Return home interviews",
         "Return home interviews were not offered after two of Omari's three missing episodes."),
        ("Children's services closed the threats referral within hours with no strategy discussion.",
         "Ossingmere children's services", "Extra-familial harm",
         "Children's services closed the referral within hours, recording \"no role for children's services\", and no strategy discussion was held."),
        ("Police intelligence on the rivalry and threats was not shared.",
         "Ossingmere Police", "Information sharing",
         "that was not shared with the Youth Justice Service or the learning centre"),
        ("Housing gave the transfer request low priority without checking with police or children's services.",
         "Ossingmere Borough Council housing", "Housing moves for safety",
         "The council's housing service assessed the request as low priority and did not ask the police or children's services for information."),
    ]))

# ---------------------------------------------------------------- f16_12
d = D("f16_12_dhr_adult_s_overview.txt")
v = Person(d, "v1", "victim", name="Adult S", age=41, gender="female", ethnicity="white_british",
           ethnicity_detail="Both Adult S and Adult T were White British.", living="family_home")
v.char("domestic_abuse", "Adult T took control of the family's money.",
       "He installed cameras inside the house",
       "He criticised her weight, her cooking and her friends",
       "Adult T \"had his hands round my neck\"",
       subtypes=["coercive_control", "financial", "emotional", "physical"])
v.char("mental_health_current", "Adult S saw a GP at Tillery Street Surgery about headaches and low mood.",
       "The GP prescribed an antidepressant")
v.char("social_isolation", "he discouraged her from seeing her family",
       "the family saw less and less of Adult S after Child X was born")
v.char("unemployment", "In 2019 Adult S left her job at the hospital.")
v.svc("health_visitor", "prior", "The health visitor saw Adult S and the baby at home five times in the first year.")
v.svc("other", "prior", "She told the occupational health nurse, whom she saw about exhaustion",
      detail="Employer's occupational health service")
v.svc("police", "prior", "One officer completed a DASH risk assessment with Adult S in the kitchen")
v.svc("domestic_abuse_services", "prior", "Adult S rang the Ormsleigh Domestic Abuse Service helpline")
v.svc("gp", "prior", "Adult S saw a GP at Tillery Street Surgery")
v.svc("mh_iapt_early_intervention", "prior", "The Ormsleigh Wellbeing Service offered Adult S telephone sessions of guided self-help.")
p = Person(d, "p1", "perpetrator", name="Adult T", age=45, gender="male", ethnicity="white_british",
           ethnicity_detail="Both Adult S and Adult T were White British.", living="family_home")
p.char("domestic_violence_child", "his own father had beaten his mother for as long as he could remember")
p.char("alcohol_misuse", "Adult T drank heavily at weekends")
p.char("mental_health_current", "He saw his GP about anxiety and poor sleep from 2020 and was prescribed medication for anxiety.")
p.char("financial_issues", "because of money worries in his business")
p.svc("gp", "prior", "Adult T saw a different GP at the same practice about anxiety and poor sleep.")
p.svc("police", "prior", "Adult T answered the door and said that they had argued about the children's schoolwork.")
p.svc("police", "after", "Adult T was arrested at the house.")
p.svc("prison", "after", "sentenced to life imprisonment with a minimum term of 17 years")
cases.append(case(
    d, title="Adult S", review_type="dhr", area="Ormsleigh", published="2025-01", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["In the kitchen he strangled her.", "He was convicted of murder in March 2024"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 41, a former nurse, strangled at home by her husband on the day she told him she wanted a divorce, after years of coercive control and an earlier strangulation disclosed to her GP.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married in 2008 after meeting in 2006; two children; she told him she wanted a divorce on the day he killed her.", [
        rc(d, "coercive_control", "Adult S lived with coercive control for at least eight years."),
        rc(d, "financial_abuse", "Adult S's salary was paid into an account that only he could use"),
        rc(d, "emotional_abuse", "He criticised her weight, her cooking and her friends"),
        rc(d, "physical_abuse", "Adult T \"had his hands round my neck\""),
        rc(d, "strain_separation", "Adult S told Adult T that she wanted a divorce."),
    ]),
    weapons=[wp(d, "strangulation", "In the kitchen he strangled her.")],
    locations=[loc(d, "home", "In the kitchen he strangled her.")],
    technology=[tech(d, "cctv", "He installed cameras inside the house, which he said were for security, and watched them on his phone"),
                tech(d, "tracking", "a location-sharing application on Adult S's phone")],
    escalation_summary="Control of money, cameras and location tracking from 2015; she left nursing in 2019; a police call in 2020; a strangulation disclosed to her GP in 2022; her decision to leave in February 2023 and his threat in March; he strangled her after drinking on the day she asked for a divorce.",
    markers=[mk(d, "separation", "Adult S told Adult T that she wanted a divorce."),
             mk(d, "alcohol_drugs_before", "He had been drinking since lunchtime."),
             mk(d, "threats_property_damage", "\"if you leave, you'll leave in a box\"")],
    problems=[
        ("The DASH was completed within earshot of Adult T, so the couple were not properly separated.",
         "Ormsleigh Police", "Seeing the victim alone",
         "they did not separate the couple properly, because the DASH was completed within earshot of Adult T"),
        ("Officers did not speak to the neighbour who called.",
         "Ormsleigh Police", "Investigation",
         "The officers did not speak to the neighbour who had called"),
        ("Officers did not consider coercive control.",
         "Ormsleigh Police", "Coercive control",
         "the officers did not consider coercive control"),
        ("Children's Services closed the notification on the police summary alone.",
         "Ormsleigh Children's Services", "Front door screening",
         "Children's Services closed the 2020 notification on the basis of the police summary alone"),
        ("The GP did not recognise strangulation as high risk, complete a DASH, refer to MARAC or share it.",
         "Tillery Street Surgery", "Non-fatal strangulation",
         "the GP did not recognise strangulation as a high-risk indicator, did not complete a DASH, did not refer to MARAC, and did not share the disclosure with anyone"),
        ("The GP did not consider the children.",
         "Tillery Street Surgery", "Children in the household",
         "the GP did not consider the children"),
        ("The practice could not link domestic abuse information across a couple's records.",
         "Tillery Street Surgery", "Household records",
         "the practice had no way of linking domestic abuse information across the records of a couple"),
        ("The Wellbeing Service did not check she could speak safely in telephone sessions.",
         "Ormsleigh Wellbeing Service", "Safe contact",
         "the Wellbeing Service did not check whether Adult S could speak safely during her telephone sessions"),
        ("The health visitor accepted the husband's presence as a reason not to ask about abuse.",
         "Health visiting service", "Routine enquiry",
         "this was accepted as a reason not to ask rather than as a reason to find another way to see her alone"),
        ("The school's safeguarding lead accepted the mother's reassurance and did not refer the child's disclosure.",
         "Secondary school (designated safeguarding lead)", "Children's disclosures",
         "the secondary school's designated safeguarding lead accepted Adult S's reassurance"),
        ("No agency recognised the fragments as coercive control or was told of the others.",
         MULTI, "Coercive control",
         "no agency recognised these fragments as coercive control, and that none was told about the others"),
        ("In every contact Adult T's presence shaped what she could say.",
         MULTI, "Seeing the victim alone",
         "in every professional contact the presence, or nearness, of Adult T shaped what she could say, and that no professional found a way around this"),
        ("No agency considered Adult T as a possible perpetrator.",
         MULTI, "Perpetrator not considered",
         "No agency considered him as a possible perpetrator of abuse"),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
