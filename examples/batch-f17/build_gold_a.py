"""Build gold_a.json for batch-f17, part a (documents f17_01 to f17_06), from the hand coding below.

Run from anywhere: python3 examples/batch-f17/build_gold_a.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
The .txt documents are read with wrapped=True (whitespace collapsed). Every prose paragraph is one line;
quotes from f17_01's pipe-table chronology lie inside one cell of one row.
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


# ---------------------------------------------------------------- f17_01
d = D("f17_01_dhr_dunstan_overview_son_schizophrenia.txt")
TRUST = "Dallowmere and Ebbfield NHS Foundation Trust"
CMHT = "Dallowmere and Ebbfield NHS Foundation Trust (Fenwold North CMHT)"
POL = "Fenwold Police"
GP = "Hazelgrove Surgery"
v = Person(d, "v1", "victim", name="Dunstan", age=78, gender="male", ethnicity="white_british",
           ethnicity_detail="a White British man", living="family_home")
v.char("chronic_illness", "Dunstan had chronic obstructive pulmonary disease (COPD), diagnosed in 2014",
       "from 2021, home oxygen at night")
v.char("disability", "He also had osteoarthritis in both knees and walked with a stick.",
       "Dunstan's age, breathlessness and limited mobility made him more vulnerable")
v.char("caring_responsibilities", "From September 2022 Dunstan was, in practice, caring for his son",
       "Dunstan looked after her at home for several years")
v.char("domestic_abuse", "Dunstan experienced domestic abuse from his son.",
       "In December 2022 he reported that his son had thrown a mug at his head.",
       "Elwyn shouted at his father most days, called him a poisoner",
       "Elwyn helped himself to money from their father's savings tin and made him hand over cash every week",
       subtypes=["physical", "emotional", "financial"])
v.char("social_isolation", "apart from the daily bus to the care home he hardly left the house")
v.char("non_engagement", "offers a referral to the carers' centre, which he declines",
       "He says things are \"fine now\" and declines an assessment.")
v.svc("gp", "prior", "Dunstan reviewed for COPD; GP notes he is \"worn out\" caring for his wife",
      "Dunstan's COPD review by practice nurse.")
v.svc("acute_health", "prior", "Dunstan admitted for five days with an infective exacerbation of COPD.",
      "Dunstan admitted with a chest infection; home oxygen at night arranged on discharge.")
v.svc("police", "prior", "Dunstan calls 101 at 23.10 to say his son is shouting at him")
v.svc("adult_social_care", "prior", "Duty worker phones Dunstan.",
      "Adult Social Care received the police notification on 10 December 2022.")
v.svc("ambulance", "prior", "999 call from Dunstan, short of breath. Crew notes a bruise on his cheek")
p = Person(d, "p1", "perpetrator", name="Elwyn", age=44, gender="male", ethnicity="white_british",
           ethnicity_detail="He is White British.", living="family_home")
p.char("mental_health_current", "was diagnosed with paranoid schizophrenia",
       "he was acutely psychotic at the time")
p.char("medication", "Repeat prescription for aripiprazole not collected.",
       "detected cannabis but no antipsychotic medication",
       "no one in the Trust knew that Elwyn had not collected his tablets since November")
p.char("substance_misuse", "Elwyn used cannabis from his late teens.",
       "Mental health records describe his use as daily at times")
p.char("history_of_violence", "after he assaulted a nurse on the ward who he believed was putting poison in his tea",
       "on two earlier occasions acted violently towards someone he believed was harming him")
p.char("offending", "He was cautioned for the assault.",
       "A conviction for criminal damage followed in 2017")
p.char("unemployment", "He had not worked since 2010 and received benefits.")
p.char("financial_issues", "Notice seeking possession served on Elwyn for rent arrears of more than £2,000")
p.char("non_engagement", "Elwyn misses two appointments.",
       "Duty worker calls Elwyn, who says he is fine and refuses a visit.",
       "Two letters sent; no response.")
p.svc("mh_community", "prior", "Elwyn's CPA review. Mental state stable on depot.",
      "with a named care coordinator in the Fenwold North Community Mental Health Team (CMHT)")
p.svc("mh_inpatient", "prior", "He was admitted to hospital informally and was diagnosed with paranoid schizophrenia.",
      "In 2016 he spent eleven weeks in hospital on a section 3 detention")
p.svc("mh_other", "prior", "Carys calls the crisis line saying she is frightened for her father.",
      detail="Crisis Resolution and Home Treatment Team (triage of the sister's call)")
p.svc("gp", "prior", "Elwyn registers his new address at his father's house.",
      "Both men were registered at Hazelgrove Surgery.")
p.svc("housing", "prior", "Notice seeking possession served on Elwyn for rent arrears",
      "Possession order granted.")
p.svc("police", "prior", "Neighbour at Elwyn's flat reports being threatened on the stairs. Elwyn is spoken to")
p.svc("substance_misuse_services", "prior", "Referral from the CMHT for cannabis use.")
p.svc("police", "after", "Elwyn arrested at the scene.")
p.svc("mh_inpatient", "after", "he is now held at the Bramling Unit, a medium secure service")
cases.append(case(
    d, title="Dunstan", review_type="dhr", area="Fenwold", published="2024-09", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Dunstan had died from compression of the neck",
                      "the Crown accepted Elwyn's plea to manslaughter (diminished responsibility)"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 78 with COPD strangled at home by his son of 44, who had paranoid schizophrenia, had stopped his antipsychotic medication and had moved in after eviction; manslaughter (diminished responsibility), restricted hospital order.",
    reference_individual=None, people=[v, p],
    relationship=("child_to_parent", "Adult son living with his widowed father from September 2022, after his eviction.", [
        rc(d, "carer", "From September 2022 Dunstan was, in practice, caring for his son"),
        rc(d, "domestic_abuse", "Dunstan experienced domestic abuse from his son."),
        rc(d, "physical_abuse", "has \"thrown a mug at my head\"",
           "on one occasion locked him out of the house in the cold"),
        rc(d, "emotional_abuse", "Elwyn shouted at his father most days, called him a poisoner"),
        rc(d, "financial_abuse", "Elwyn helped himself to money from their father's savings tin"),
    ]),
    weapons=[wp(d, "strangulation", "Dunstan had died from compression of the neck")],
    locations=[loc(d, "home", "found Dunstan, who was 78 years old, on the floor of his bedroom")],
    escalation_summary="A fourteen-year paranoid schizophrenia with relapses after stopping medication; switched from depot to tablets in 2021, stepped down from CPA in 2022, evicted and moved in with his frail father in September 2022, stopped collecting his prescriptions in November, threw a mug at his father's head in December, accused him of poisoning his food, disengaged from the CMHT and used cannabis; his sister's warnings in January and February 2023 went unanswered.",
    markers=[mk(d, "stopped_medication", "Repeat prescription for aripiprazole not collected.",
                "detected cannabis but no antipsychotic medication"),
             mk(d, "disengaged_services", "Elwyn misses two appointments.",
                "Duty worker calls Elwyn, who says he is fine and refuses a visit."),
             mk(d, "stress_debt_housing", "after he was evicted from his flat for rent arrears and complaints about noise",
                "Possession order granted."),
             mk(d, "threats_property_damage", "Neighbour at Elwyn's flat reports being threatened on the stairs.",
                "is accusing their father of putting something in his food"),
             mk(d, "alcohol_drugs_before", "Toxicology tests on samples taken from Elwyn after his arrest detected cannabis")],
    problems=[
        ("The documented relapse signature was not carried into the risk assessment when depot was changed to oral medication.",
         TRUST, "Risk history",
         "It was not carried forward into the risk assessment completed at the time of the move from depot to oral medication in August 2021."),
        ("The plan of weekly contact after the medication change was not carried out or monitored.",
         CMHT, "Monitoring after medication change",
         "the plan was not monitored by anyone after the care coordinator's sick leave began in September 2021"),
        ("The CPA step-down had no risk review and no carer involvement, against Trust policy.",
         CMHT, "Care programme approach step-down",
         "The Trust's own policy requires a review of risk history before a step-down and the involvement of carers. Neither happened."),
        ("Step-downs were used to reduce caseloads during staff vacancies.",
         CMHT, "Staffing and caseloads",
         "the team was carrying eleven vacancies at the time and that step-downs were being used to reduce caseloads"),
        ("The lead professional after step-down had no relapse-prevention training.",
         CMHT, "Skills of the lead professional",
         "a support worker with no training in relapse prevention"),
        ("Missed appointments were met with a voicemail and a letter and not seen as a warning sign.",
         CMHT, "Disengagement as a warning sign",
         "no one considered that missed appointments, in a man whose relapses always followed non-adherence, were themselves a warning sign"),
        ("Nobody asked about the father or the risk to him when Elwyn moved in.",
         CMHT, "Think family",
         "no one asked how his father was, whether his father knew about his illness"),
        ("The duty worker spoke only to Elwyn, closed the sister's concern and did not call her back or consider the Mental Health Act.",
         CMHT, "Responding to family concerns",
         "Carys was not called back and no consideration was given to the Mental Health Act"),
        ("The crisis team passed the sister's call to the CMHT by email to a shared inbox unread for a week.",
         "Dallowmere and Ebbfield NHS Foundation Trust (Crisis Resolution and Home Treatment Team)", "Crisis triage and shared inboxes",
         "The referral was sent by email to a shared inbox that was not checked for a week."),
        ("The surgery did not link the two records or identify Dunstan as a carer, and did not explore the 'bad patch'.",
         GP, "Carer identification",
         "did not identify Dunstan as a carer for a son with a severe mental illness"),
        ("The pharmacy's call about the uncollected antipsychotic was not acted on and the CMHT was not told.",
         GP, "Uncollected prescriptions",
         "The call was logged but nobody acted on it, and the CMHT was not told."),
        ("The officer at the neighbour threats did not check the police national computer and shared nothing with mental health services.",
         POL, "Checking history",
         "The attending officer did not check the police national computer"),
        ("The December 2022 assault was recorded as a concern for welfare, not domestic abuse; no DASH and no crime recorded.",
         POL, "Domestic abuse by adult children not recognised",
         "It was not identified as domestic abuse, no DASH risk assessment was completed, and no crime was recorded."),
        ("Police domestic abuse training dealt almost only with intimate partners.",
         POL, "Training",
         "the force's domestic abuse training at that time was almost entirely about intimate partners"),
        ("Adult Social Care did not explore the incident, speak to Dunstan alone, consider a section 42 enquiry or offer a carer's assessment.",
         "Fenwold Council Adult Social Care", "Safeguarding response",
         "No Care Act section 42 enquiry was considered and no carer's assessment was offered."),
        ("Ledgerwood Homes did not tell the CMHT before seeking possession, against its policy.",
         "Ledgerwood Homes", "Housing and mental health",
         "but it did not contact the CMHT at any point"),
        ("The hospital did not ask whether Dunstan felt safe at home or record who he lived with.",
         "Fenwold General Hospital", "Routine enquiry",
         "No question was asked about whether he felt safe at home."),
        ("The ambulance crew did not speak to Dunstan alone about an unexplained bruise or make a safeguarding referral.",
         "Midcombe Ambulance Service", "Unexplained injuries",
         "They did not speak to Dunstan on his own and did not make a safeguarding referral."),
        ("The drug service relied on letters and did not tell the referrer of the discharge.",
         "Fenwold Recovery Partnership", "Engagement",
         "the service did not tell the referrer that Elwyn had been discharged"),
        ("No agency recognised Dunstan as a carer or offered a carer's assessment.",
         MULTI, "Carers of people with severe mental illness",
         "No agency identified him as a carer"),
        ("No agency recognised the son's behaviour as domestic abuse.",
         MULTI, "Domestic abuse by adult children not recognised",
         "None of these things were recognised by any agency as domestic abuse."),
        ("Information held by several agencies was never brought together.",
         MULTI, "Information sharing",
         "Information held by the surgery, the CMHT, the police, housing and the ambulance service was never brought together."),
        ("The Trust had no clear way of hearing relatives who were not recorded as carers.",
         TRUST, "Family voice",
         "the Trust did not have a clear way of hearing and responding to concerns raised by relatives who were not formally recorded as carers"),
        ("The move into the father's home was not co-ordinated and triggered no review of care.",
         MULTI, "Unplanned move",
         "The move was the result of an eviction that nobody co-ordinated with mental health services."),
    ]))

# ---------------------------------------------------------------- f17_02
d = D("f17_02_sar_ms_e_exec_summary_brother_assaults.txt")
ASC = "Glenmarsh Council Adult Social Care"
HOSP = "Glenmarsh General Hospital"
v = Person(d, "v1", "victim", name="Ms E", age=56, gender="female", ethnicity="white_british",
           ethnicity_detail="She is of White British heritage.", living="family_home")
v.char("learning_disability", "She has a moderate learning disability and epilepsy.")
v.char("chronic_illness", "She has a moderate learning disability and epilepsy.")
v.char("domestic_abuse", "the domestic abuse that Ms E was experiencing was not recognised as such",
       "her brother \"hits me when he's drinking\"",
       "there were indications of financial abuse that were not explored",
       subtypes=["physical", "financial"])
v.char("other", "following the death of their mother, with whom Ms E had previously lived",
       detail="Bereavement (her mother died in 2019)")
v.svc("acute_health", "prior", "Ms E was seen at Glenmarsh General Hospital's emergency department on five occasions with injuries.")
v.svc("adult_social_care", "prior", "Two safeguarding concerns were raised by Heatherbank Day Opportunities with Adult Social Care")
v.svc("other", "prior", "Ms E attended Heatherbank Day Opportunities three days a week for many years.",
      detail="Day service (Heatherbank Day Opportunities)")
v.svc("gp", "prior", "her seizures, which were recorded by her GP as infrequent and well controlled")
v.svc("other", "prior", "the Community Learning Disability Team had closed Ms E's case in 2020, after her annual health check",
      detail="Community Learning Disability Team")
v.svc("police", "after", "a neighbour heard screaming and called the police")
v.svc("ambulance", "after", "Ms E was brought to the emergency department by ambulance")
v.svc("acute_health", "after", "She was admitted for nine days.")
v.svc("other", "after", "Following her discharge, Ms E moved into supported living, where she remains.",
      detail="Supported living")
p = Person(d, "p1", "perpetrator", name="Mr E", age=61, gender="male", living="family_home")
p.char("alcohol_misuse", "Mr E was known to misuse alcohol.")
p.char("offending", "He had convictions for offences of violence against a former partner dating from the 2000s.")
p.char("history_of_violence", "He had convictions for offences of violence against a former partner dating from the 2000s.")
p.char("unemployment", "He was not in work.")
p.char("caring_responsibilities", "After her mother's death these tasks were taken over by Mr E, who was registered as her appointee for benefits in 2020.")
p.svc("police", "after", "Mr E was arrested at the flat and charged.")
p.svc("prison", "after", "received six years' imprisonment")
cases.append(case(
    d, title="Ms E", review_type="sar", area="Glenmarsh", published="2025-03", incident_year=2023,
    role="executive_summary", decision="include", reason="physical_assault",
    screening_quotes=["she experienced serious and repeated physical harm in her own home",
                      "He later admitted grievous bodily harm with intent, together with two further assaults"],
    category="adult_family_violence", incident_type="non_fatal_injury", fatal=False,
    description="Woman of 56 with a moderate learning disability and epilepsy repeatedly assaulted over two years by her brother of 61, her appointee, who had moved into her flat; five hospital attendances explained as falls or seizures, then a fractured eye socket in August 2023; he was imprisoned.",
    reference_individual="victim", people=[v, p],
    relationship=("sibling", "Her older brother, who moved into her council flat in 2019 and became her benefits appointee.", [
        rc(d, "physical_abuse", "her brother \"hits me when he's drinking\""),
        rc(d, "domestic_abuse", "the domestic abuse that Ms E was experiencing was not recognised as such"),
        rc(d, "financial_abuse", "there were indications of financial abuse that were not explored"),
        rc(d, "carer", "After her mother's death these tasks were taken over by Mr E"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "She had a fractured eye socket, a head injury and multiple bruises of different ages.")],
    locations=[loc(d, "home", "she experienced serious and repeated physical harm in her own home",
                   "Mr E was arrested at the flat and charged.")],
    escalation_summary="After their mother's death her brother moved in and took over her money; injuries explained as falls or seizures from 2021, two closed safeguarding concerns, falling day-centre attendance in 2023, then a severe assault in August 2023.",
    markers=[],
    problems=[
        ("Explanations of injuries were accepted from the person harming her; she was not seen alone.",
         HOSP, "Seeing the adult alone",
         "On three of the five hospital attendances, Ms E was not seen on her own, and no question about her safety at home was recorded."),
        ("Epilepsy was used to explain injuries that did not fit a seizure, without medical opinion.",
         MULTI, "Professional curiosity",
         "No medical opinion was sought as to whether the injuries were consistent with her seizures"),
        ("The two safeguarding concerns were closed after one call with Mr E, without her account or a capacity assessment.",
         ASC, "Section 42 enquiries",
         "the two safeguarding concerns raised by the day centre were not progressed to enquiry"),
        ("The day centre was not told the outcome of its concerns.",
         ASC, "Feedback to referrers",
         "The day centre was not informed of the outcome."),
        ("Mr E's appointeeship was not reviewed despite signs of financial abuse.",
         MULTI, "Appointeeship and financial abuse",
         "Mr E's role as appointee was not reviewed"),
        ("Domestic abuse by a family member was not recognised; no DASH or MARAC referral.",
         MULTI, "Domestic abuse of adults with care and support needs",
         "No DASH risk assessment was completed and no referral to MARAC was made at any point before August 2023."),
        ("The learning disability team closed her case and did not reassess after the household changed.",
         "Glenmarsh Community Learning Disability Team", "Reassessment after change",
         "the change in her household following her mother's death was not considered as a reason for reassessment"),
        ("Information was not shared between the hospital, the GP practice and Adult Social Care.",
         MULTI, "Information sharing",
         "information was not shared between the hospital, the GP practice and Adult Social Care"),
        ("Reduced day-centre attendance was not seen as a possible sign of harm.",
         MULTI, "Changes in attendance",
         "Ms E's reduced attendance at the day centre was not treated as a possible sign of harm"),
    ]))

# ---------------------------------------------------------------- f17_03
d = D("f17_03_cspr_child_lb_seven_minute_briefing.html")
v = Person(d, "v1", "victim", name="Child LB", age=16, gender="male", ethnicity="black_african",
           ethnicity_detail="Child LB is a Black British African boy of Somali heritage.", living="family_home")
v.char("criminal_exploitation", "He was found twice in Fenmouth, a coastal town about forty miles away, in a flat used to sell drugs.",
       "Police intelligence linked him to the line from the summer of 2023.")
v.char("drug_dealing", "he was arrested for possession of crack cocaine with intent to supply and had £600 in cash")
v.char("offending", "he was arrested for possession of crack cocaine with intent to supply",
       "the charge was not reviewed in the light of exploitation")
v.char("missing_episodes", "From early 2023 Child LB began to go missing from home, sometimes for several days.")
v.char("educational_exclusion", "he was suspended for five days",
       "the academy put him on a reduced timetable of two hours a day")
v.char("carrying_weapons", "a teacher found a kitchen knife in his bag, which he said he carried \"for protection\"")
v.char("send", "He has dyslexia. At primary school an education, health and care plan was in place")
v.char("parental_separation", "His father left the family when he was six and has had little contact since.")
v.char("absent_parents", "His father left the family when he was six and has had little contact since.")
v.svc("school", "prior", "it lapsed when he moved to Dovecote Academy",
      "the academy put him on a reduced timetable of two hours a day")
v.svc("youth_offending", "prior", "His youth justice worker built a trusting relationship with Child LB and his mother")
v.svc("police", "prior", "he was arrested for possession of crack cocaine with intent to supply")
v.svc("other", "prior", "Return home interviews were offered promptly after each episode and three were completed.",
      detail="Return home interviews")
v.svc("other", "prior", "A multi-agency child exploitation meeting was held in January 2024",
      detail="Multi-agency child exploitation meeting")
v.svc("ambulance", "after", "He was taken to hospital by ambulance")
v.svc("acute_health", "after", "had emergency surgery and survived")
pA = Person(d, "p1", "perpetrator", name="Youth A", age=18, gender="male")
pA.char("drug_dealing", "Youth A and Youth B were known to police as running a drug line between Harbeck and Fenmouth.")
pA.svc("police", "prior", "Youth A and Youth B were known to police as running a drug line")
pA.svc("prison", "after", "are serving sentences in a young offender institution")
pB = Person(d, "p2", "perpetrator", name="Youth B", age=19, gender="male")
pB.char("drug_dealing", "Youth A and Youth B were known to police as running a drug line between Harbeck and Fenmouth.")
pB.svc("police", "prior", "Youth A and Youth B were known to police as running a drug line")
pB.svc("prison", "after", "are serving sentences in a young offender institution")
CSP = "Multiple agencies (Harbeck)"
cases.append(case(
    d, title="Child LB", review_type="scr", area="Harbeck", published="2025-01", incident_year=2024,
    role="briefing", decision="include", reason="physical_assault",
    screening_quotes=["Child LB, a boy aged 16, was stabbed in an alleyway",
                      "were later convicted of wounding with intent"],
    category="youth_peer_violence", incident_type="non_fatal_injury", fatal=False,
    description="Boy of 16, criminally exploited on a county line while on a reduced school timetable, stabbed in a town-centre alleyway by the two older youths (18 and 19) who ran the line, after a lost package left him in debt; he survived.",
    reference_individual="victim", people=[v, pA, pB],
    relationship=("friend_acquaintance", "He knew them from the estate; they ran the drug line he was exploited on.", [
        rc(d, "other", "Child LB knew them from the estate and had been given a phone and trainers by Youth A.",
           detail="Criminal exploitation (county line)"),
    ]),
    weapons=[wp(d, "knife", "Child LB, a boy aged 16, was stabbed in an alleyway")],
    locations=[loc(d, "street_public", "in an alleyway near a row of shops in Harbeck town centre")],
    escalation_summary="A knife found in his school bag, a suspension and a reduced timetable with poor attendance; repeated missing episodes to a drug-supply flat in another town, an arrest with crack cocaine and a debt to 'the olders'; threats after a lost package, then the stabbing.",
    markers=[mk(d, "missing_moving", "From early 2023 Child LB began to go missing from home, sometimes for several days."),
             mk(d, "carrying_weapons", "a teacher found a kitchen knife in his bag"),
             mk(d, "escalating_offending", "he was arrested for possession of crack cocaine with intent to supply"),
             mk(d, "stress_debt_housing", "\"the olders\" said he now had a debt to work off"),
             mk(d, "threats_property_damage", "he had been threatened because a package had been lost")],
    problems=[
        ("His arrest was treated as a criminal matter; the NRM referral came four months later and the charge was not reviewed.",
         "Harbeck Police", "Criminal justice lens",
         "Child LB's arrest in Fenmouth was treated first as a criminal matter."),
        ("Return home interview information about the olders and the debt was not passed on.",
         MULTI, "Information sharing",
         "Information from return home interviews about the olders and the debt was not passed to the police or to the exploitation team."),
        ("The knife incident led to a suspension without a strategy discussion or a social care referral.",
         "Dovecote Academy", "Weapons in school",
         "The knife incident at school was dealt with by a suspension, without a strategy discussion or a referral to children's social care."),
        ("Nobody checked his special educational needs or whereabouts while he was on a reduced timetable.",
         "Dovecote Academy", "Reduced timetables and SEND",
         "nobody checked whether his special educational needs were being met"),
        ("The exploitation meeting agreed no safety plan and graded him medium risk despite the threats.",
         MULTI, "Risk grading",
         "it did not agree a safety plan; Child LB was graded \"medium risk\" despite the threats reported by his mother"),
        ("The April 2024 threats were emailed to police and not followed up.",
         MULTI, "Responding to threats",
         "The threats reported in April 2024 were passed to police by email and not followed up before the stabbing."),
    ]))

# ---------------------------------------------------------------- f17_04
d = D("f17_04_iir_mr_edevane_exec_summary_graded_findings.txt")
TR = "Ingleford and Marsh Valley NHS Foundation Trust"
v = Person(d, "v1", "victim", name="Ms Aldermoor", age=48, gender="female")
p = Person(d, "p1", "perpetrator", name="Mr Edevane", age=29, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="The service user describes himself as Black British of Caribbean heritage.", living="alone")
p.char("mental_health_current", "He was diagnosed with first-episode psychosis",
       "he was found talking to himself and responding to voices")
p.char("medication", "In the weeks after discharge the service user stopped taking his medication.")
p.char("substance_misuse", "He used cannabis heavily and continued to do so throughout his care.")
p.char("unemployment", "had been unemployed since 2020")
p.char("non_engagement", "He missed his seven-day follow-up appointment", "Two further appointments were missed.")
p.char("carrying_weapons", "a neighbour had seen him in the car park holding a knife")
p.svc("gp", "prior", "he was referred by his GP to the Trust's Early Intervention in Psychosis (EIP) service")
p.svc("mh_iapt_early_intervention", "prior", "The Early Intervention in Psychosis service provided good care to the service user between 2019 and 2021.")
p.svc("mh_community", "prior", "he was transferred from the EIP service to the Ingleford Community Mental Health Team")
p.svc("mh_inpatient", "prior", "the service user was admitted to Kingfisher Ward, an acute adult inpatient ward",
      "He had one earlier admission, informally, in 2020.")
p.svc("police", "after", "The service user was arrested about an hour later")
p.svc("mh_inpatient", "after", "He remains at Marsh Valley Secure Services.")
cases.append(case(
    d, title="Mr Edevane", review_type="iir", area="Ingleford", published="2024-10", incident_year=2022,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["stabbed her several times with a knife he had taken from his flat",
                      "Ms Aldermoor died at the scene"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 29 with psychosis, three weeks after discharge from detention and off his medication, stabbed to death a woman of 48, a stranger eating her lunch on a park bench, acting on command hallucinations; manslaughter (diminished responsibility), restricted hospital order.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("stranger", "They had never met.", []),
    weapons=[wp(d, "knife", "stabbed her several times with a knife he had taken from his flat")],
    locations=[loc(d, "street_public", "on a bench beside the bandstand in Hollinbrook Park")],
    escalation_summary="Detained in May 2022 with command hallucinations about harming strangers he saw as 'watchers'; discharged in June without an allocated care coordinator; stopped his medication, missed follow-up, was seen holding a knife; his mother's call was not returned before he killed a stranger.",
    markers=[mk(d, "discharged_or_absconded", "He was discharged on 22 June 2022, three weeks before the incident"),
             mk(d, "stopped_medication", "In the weeks after discharge the service user stopped taking his medication."),
             mk(d, "disengaged_services", "He missed his seven-day follow-up appointment", "Two further appointments were missed."),
             mk(d, "carrying_weapons", "a neighbour had seen him in the car park holding a knife")],
    problems=[
        ("His mother was not told of the transfer from EIP to the CMHT.",
         TR, "Transitions and family",
         "the service user's mother was not told of the change"),
        ("The inpatient risk assessment underweighted command hallucinations about harming strangers; discharge recorded no risk to others.",
         TR + " (inpatient)", "Risk assessment",
         "The inpatient risk assessment did not give enough weight to the command hallucinations the service user described on the ward"),
        ("The discharge care plan did not address a return of voices if he stopped medication.",
         TR + " (inpatient)", "Discharge planning",
         "The discharge care plan did not address the possibility that the voices would return if he stopped his medication."),
        ("Discharge was not co-ordinated with the CMHT; no care coordinator was allocated because of vacancies.",
         TR, "Discharge and staffing",
         "No care coordinator had been allocated at the time of discharge because of staff vacancies."),
        ("Seven-day follow-up was by phone on day nine by a worker without the risk information.",
         TR + " (CMHT)", "Post-discharge follow-up",
         "The seven-day follow-up was made by telephone on day nine"),
        ("The CMHT did not respond urgently to missed appointments or the mother's call about a knife.",
         TR + " (CMHT)", "Responding to family concerns",
         "The CMHT did not respond to the service user's missed appointments or to his mother's call of 8 July 2022 with the urgency that the information required."),
        ("No dual diagnosis assessment or drug service referral was offered.",
         TR, "Dual diagnosis",
         "he was never offered a dual diagnosis assessment or a referral to drug services"),
        ("His mother had no carer's assessment and her knowledge of warning signs was not recorded.",
         TR, "Carers",
         "The service user's mother was not offered a carer's assessment"),
        ("His ethnicity and his own understanding of his illness were not considered in care planning.",
         TR, "Race equality",
         "There is no record that the service user's ethnicity, or his own understanding of his illness and his experience of services, was considered in his care planning."),
    ]))

# ---------------------------------------------------------------- f17_05
d = D("f17_05_council_dhr_publications_page.html")
cases.append(case(
    d, title=None, review_type="other", area="Duntisford", published=None, incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Domestic Homicide Reviews: published reports",
                      "Reports are published once the Home Office Quality Assurance Panel has approved them"],
    category=None, incident_type=None, fatal=None,
    description="Council web page listing five published Domestic Homicide Reviews with one-line blurbs and PDF links; it describes no case itself.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f17_06
d = D("f17_06_thematic_cce_moorcastle_child_d_case.txt")
v = Person(d, "v1", "victim", name="Child D", age=15, gender="female", ethnicity="white_british",
           ethnicity_detail="Child D is a White British girl.", living="family_home")
v.char("criminal_exploitation", "On one occasion she was made to carry a package to an address in Moorcastle, which she later understood contained drugs.",
       "supported by a specialist exploitation worker from the Lantern Project")
v.char("grooming", "Child D was 15 and was being groomed",
       "Over several months Adult H sent Child D gifts, topped up her phone and told her that he loved her")
v.char("abuse_neglect_child", "There she was sexually assaulted by Adult H", subtypes=["sexual"])
v.char("missing_episodes", "Between January and March 2023 Child D went missing from home nine times.")
v.char("self_harm", "after a period of self-harm and low school attendance")
v.char("child_in_need_protection", "she became a child in need with a plan",
       "She was placed on a child protection plan for a short period.")
v.char("parental_separation", "Her parents separated when she was nine")
v.char("absent_parents", "her father lives in another part of the country and she sees him rarely")
v.char("parent_mental_health", "Her mother has had periods of depression.")
v.char("non_engagement", "attended four appointments before being discharged for non-attendance")
v.svc("csc_cin_cp", "prior", "Child D had been known to children's social care since the age of 13")
v.svc("camhs", "prior", "She was referred to Moorcastle CAMHS in 2022 and attended four appointments")
v.svc("school", "prior", "When Child D's school heard from a friend in December 2022 that she had \"an older boyfriend\"")
v.svc("police", "prior", "Child D's missing episodes were recorded by police as low risk on each of the first five occasions")
v.svc("police", "after", "Police found Child D in the Fellsgarth flat in March 2023")
v.svc("other", "after", "Child D was seen at the sexual assault referral centre", detail="Sexual assault referral centre")
v.svc("voluntary_sector", "after", "supported by a specialist exploitation worker from the Lantern Project, a local charity")
v.svc("csc_cin_cp", "after", "She was placed on a child protection plan for a short period.")
p = Person(d, "p1", "perpetrator", name="Adult H", age=34, gender="male")
p.char("offending", "He was found to have a previous conviction, from 2016, for possession of indecent images of children")
p.svc("probation", "prior", "he was being supervised by the Probation Service")
p.svc("police", "after", "Adult H was arrested.")
p.svc("prison", "after", "he was sentenced to sixteen years' imprisonment")
p2 = Person(d, "p2", "perpetrator", name="Two other men", age_band="adult_unknown", gender="male")
cases.append(case(
    d, title="Child D", review_type="other", area="Moorcastle", published="2025-05", incident_year=2023,
    role="other", decision="include", reason="sexual_abuse",
    screening_quotes=["There she was sexually assaulted by Adult H",
                      "he was convicted of the rape of a child"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Thematic review of child exploitation across fourteen cases with one case summary: a 15-year-old girl groomed online by a man of 34 posing as 19, coerced with her own images, repeatedly taken to a flat and sexually assaulted by him and other men, and made to carry drugs; he was imprisoned for sixteen years.",
    reference_individual="victim", people=[v, p, p2],
    relationship=("other", "Adult man who groomed her through a social media app, claiming to be 19.", [
        rc(d, "sexual_abuse", "There she was sexually assaulted by Adult H"),
        rc(d, "coercive_control", "then threatened to share them if she did not meet him"),
    ]),
    locations=[loc(d, "other", "taken to a flat in Fellsgarth, a neighbouring town", detail="A flat in a neighbouring town")],
    technology=[tech(d, "social_media", "Child D began talking to a man through a social media app"),
                tech(d, "online_images", "He asked her to send him sexual images, which she did, and then threatened to share them")],
    escalation_summary="Online contact from autumn 2022 by a man claiming to be 19; gifts, phone top-ups and flattery, requests for images and threats to share them; nine missing episodes from January 2023 in which she was taken to a flat and sexually assaulted; found by police in March 2023.",
    markers=[mk(d, "missing_moving", "Between January and March 2023 Child D went missing from home nine times.")],
    problems=[
        ("The school recorded the 'older boyfriend' but did not tell the DSL or ask his age.",
         "Child D's school", "Older boyfriends",
         "The age of the \"boyfriend\" was never asked."),
        ("Police graded her first five missing episodes low risk and no strategy discussion was held until the seventh.",
         "Moorcastle Police", "Missing episodes",
         "no strategy discussion was held until her seventh episode"),
        ("Social work records described her as choosing to meet an adult, obscuring that she was a victim of child sexual abuse.",
         "Moorcastle children's social care", "Language and adultification",
         "the language obscured the fact that she was a victim of child sexual abuse"),
        ("Probation did not share that Adult H was using social media in breach of his order.",
         "Probation Service", "Offender management information sharing",
         "but this was not shared with the police public protection unit before March 2023"),
        ("CAMHS discharged her for non-attendance without speaking to her social worker.",
         "Moorcastle CAMHS", "Discharge for non-attendance",
         "CAMHS discharged Child D for non-attendance without speaking to her social worker, at a time when she was at high risk."),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold_a.json"))
