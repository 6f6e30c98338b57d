"""Build gold_a.json for frozen-f20, part a (documents f20_01 to f20_06), from the hand coding below.

FROZEN held-out batch: written without running the engine; never to be tuned on, opened or read by developers.
Run from anywhere: python3 examples/frozen-f20/build_gold_a.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
The .txt and .md documents are read with wrapped=True (whitespace collapsed); every prose paragraph is one line,
and f20_02's key-episode table is a pipe table whose quotes lie inside one cell.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py
from goldlib import Doc, Person, case, loc, mk, rc, stats, tech, wp, write  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
cases, docs = [], []
MULTI = "Multiple agencies"


def D(name):
    d = Doc(CORPUS, name, wrapped=not name.endswith(".html"))
    docs.append(d)
    return d


# ---------------------------------------------------------------- f20_01 Mabyn (DHR executive summary)
d = D("f20_01_dhr_mabyn_exec_summary_stalking.txt")
POL, HDAS, GP, EMP = "Hollinsford Police", "Hollinsford Domestic Abuse Service (HDAS)", "Ardley Green Practice", "Kittering Foods"
v = Person(d, "v1", "victim", name="Mabyn", age=34, gender="female", ethnicity="white_british",
           ethnicity_detail="British national; described herself to her GP as White British", living="alone")
v.char("domestic_abuse", "Ludovic began to decide who Mabyn could see, took her car keys when she planned to visit friends",
       "would \"go through her phone every night\"", subtypes=["coercive_control"])
v.char("mental_health_current", "Mabyn saw her GP at Ardley Green Practice about poor sleep and panic attacks",
       "The GP prescribed sertraline")
v.svc("police", "prior", "On 14 July 2023 Mabyn reported the messages and the visits to Hollinsford Police.",
      "On 9 August Mabyn called the police")
v.svc("domestic_abuse_services", "prior", "An Independent Domestic Violence Advisor (IDVA) spoke to Mabyn on 21 July",
      "On 13 August Mabyn told the IDVA that she thought he had a key to the house.")
v.svc("gp", "prior", "On 3 August Mabyn saw her GP at Ardley Green Practice about poor sleep and panic attacks.")
v.svc("private_sector", "prior", "At the end of July Mabyn spoke to her line manager at Kittering Foods, who arranged for her to park in the secure yard")
p = Person(d, "p1", "perpetrator", name="Ludovic", age=37, gender="male", ethnicity="not_reported",
           ethnicity_detail="French national, in England since 2014; no agency recorded his ethnicity",
           living="shared_private")
p.char("unemployment", "Ludovic had worked as a delivery driver but had been out of work since the spring of 2022.")
p.char("migration_status", "he holds settled status under the EU Settlement Scheme")
p.svc("police", "prior", "on 17 July issued Ludovic with a police harassment warning")
p.svc("police", "after", "Ludovic was arrested at the scene.")
p.svc("prison", "after", "the judge imposed a life sentence and set 22 years as the minimum he must serve")
cases.append(case(
    d, title="Mabyn", review_type="dhr", area="Hollinsford", published="2025-02", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["He attacked her with a knife.", "In March 2024 he admitted murder"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 34 stabbed at home by her former partner six weeks after she ended their four-year relationship, after post-separation stalking, a police harassment warning and IDVA involvement.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Together from 2019, living together from 2020, no children; she ended the relationship on 2 July 2023.", [
        rc(d, "stalking", "amount to a fixated and obsessive pattern of stalking",
           "waited outside the house in the early morning"),
        rc(d, "coercive_control", "Ludovic began to decide who Mabyn could see",
           "the history of controlling behaviour that Mabyn's family later described"),
        rc(d, "strain_separation", "She had ended the relationship six weeks earlier."),
    ]),
    weapons=[wp(d, "knife", "He attacked her with a knife.")],
    locations=[loc(d, "home", "She was killed at her home in Hollinsford")],
    technology=[tech(d, "mobile_phone", "Ludovic sent her dozens of messages a day"),
                tech(d, "social_media", "had contacted her through a new social media account")],
    escalation_summary="Growing control over the last year (who she saw, car keys, checking her phone); she ended the relationship on 2 July 2023; daily messages, loitering at her home and workplace, a harassment warning on 17 July, a note on her car and a new social media account in August, and he let himself into the house with a key and stabbed her on 15 August.",
    markers=[mk(d, "separation", "On 2 July 2023 Mabyn told Ludovic the relationship was over and asked him to leave.")],
    problems=[
        ("Police treated post-separation stalking as harassment.", POL, "Stalking not recognised",
         "Hollinsford Police treated the behaviour after separation as harassment."),
        ("The report was not referred to the stalking advocate and no stalking screening tool was used.", POL,
         "Stalking not recognised",
         "The report was not referred to the force's stalking advocate and no stalking screening tool was used."),
        ("The harassment warning was issued without follow-up.", POL, "Response to stalking",
         "The harassment warning was issued without any follow-up to check whether it had worked."),
        ("Both DASH assessments lacked the history of control and did not ask about the key.", f"{POL}; {HDAS}",
         "Risk assessment",
         "Both DASH assessments were completed without the officers or the IDVA having the history of controlling behaviour"),
        ("The second report did not prompt a review of the risk grading.", POL, "Risk assessment",
         "The second report on 9 August did not prompt a review of the risk grading."),
        ("The IDVA did not consider a professional-judgement MARAC referral.", HDAS, "MARAC referral",
         "did not consider referral on professional judgement"),
        ("The IDVA said she would chase the police but there is no record she did.", HDAS, "Follow-up of actions",
         "The IDVA advised her to change the locks and said she would chase the police, but the case notes do not show that she did."),
        ("IDVA caseload of 104 affected capacity to chase actions.", HDAS, "IDVA capacity",
         "The IDVA was carrying 104 cases at the time"),
        ("The GP did not ask whether she was safe or had been harmed.", GP, "Routine enquiry",
         "did not ask whether she felt safe or whether the former partner had harmed her"),
        ("The employer did not record the workplace visits as a safeguarding or security matter.", EMP,
         "Workplace response",
         "No one at the depot recorded the visits as a safeguarding or security matter, and the site security team was not told."),
        ("The employer had no domestic abuse policy and its steps were not shared for safety planning.", EMP,
         "Workplace policy",
         "Kittering Foods had no domestic abuse policy for staff"),
    ]))

# ---------------------------------------------------------------- f20_02 Jethro (CSPR overview)
d = D("f20_02_cspr_jethro_overview_county_lines.txt")
POL, CSC, SCH = "Ledgerton Police", "Ledgerton Children's Social Care", "Finchmere Academy"
v = Person(d, "v1", "victim", name="Jethro", age=16, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="Black Caribbean heritage on his mother's side and White British on his father's; recorded by the school as Mixed White and Black Caribbean",
           living="family_home")
v.char("parental_separation", "His parents separated when he was seven and his father moved away")
v.char("absent_parents", "contact with his father was irregular and stopped altogether when Jethro was twelve")
v.char("send", "he was assessed as having difficulties with attention and with processing spoken language, and he received SEN support")
v.char("educational_exclusion", "Jethro is given a fixed-term exclusion of five days from Finchmere Academy",
       "Jethro is permanently excluded from Finchmere Academy")
v.char("missing_episodes", "Jethro went missing on at least twelve occasions between March 2021 and January 2023.")
v.char("criminal_exploitation", "in which Jethro had been made to sell drugs",
       "he was being groomed, exploited and threatened by adults")
v.char("grooming", "he was being groomed, exploited and threatened by adults")
v.char("drug_dealing", "Arrested in a flat belonging to a vulnerable adult with 22 wraps of crack cocaine",
       "in which Jethro had been made to sell drugs")
v.char("carrying_weapons", "he carried the knife \"for protection\"")
v.char("offending", "Jethro is convicted of possession of a knife in a public place and receives a referral order.")
v.char("history_of_violence", "after a fight in which another pupil is punched repeatedly",
       "The permanent exclusion in June 2021 followed a serious assault on another pupil.")
v.char("victim_of_crime", "Jethro is robbed of a package of drugs")
v.char("financial_issues", "he owed money to \"the people from the city\"",
       "he had been told he owed \"a couple of grand\"")
v.char("low_income", "She has spoken openly about the family's money worries")
v.char("child_in_need_protection", "Jethro is made subject to a child protection plan",
       "case stepped down to child in need")
v.char("mental_health_current", "Jethro was referred to CAMHS in November 2021 for low mood and poor sleep.")
v.char("non_engagement", "He attended one appointment and was then discharged after two missed appointments")
v.svc("school", "prior", "The school's designated safeguarding lead recorded in October 2020",
      "At the Kilnworth Centre, Jethro attended for mornings only.")
v.svc("police", "prior", "Ledgerton Police responded promptly to the reports made by his mother.",
      "Arrested in a flat belonging to a vulnerable adult with 22 wraps of crack cocaine")
v.svc("csc_cin_cp", "prior", "Children's Social Care were first involved in April 2021",
      "Jethro is made subject to a child protection plan")
v.svc("youth_offending", "prior", "Ledgerton Youth Justice Service worked with Jethro from June 2022 on a referral order")
v.svc("camhs", "prior", "Jethro was referred to CAMHS in November 2021 for low mood and poor sleep.")
v.svc("acute_health", "prior", "When Jethro attended the emergency department at Ledgerton General Hospital in January 2023")
v.svc("voluntary_sector", "prior", "Return home interviews were commissioned from a voluntary organisation, Elmcrest Young People's Project.")
v.svc("other", "prior", "The school nursing team, which saw Jethro twice in 2021", detail="School nursing team")
v.svc("other", "prior", "Children's Social Care made the NRM referral in January 2022", detail="National Referral Mechanism")
p = Person(d, "p1", "perpetrator", name="Halvard", age=19, gender="male")
p.char("offending", "He had a number of convictions as a juvenile")
p.char("carrying_weapons", "possession of a bladed article at 15")
p.char("history_of_violence", "robbery at 16")
p.char("drug_dealing", "convicted of possession with intent to supply Class A drugs",
       "he was a senior member of the group running the Gully line")
p.char("gang_affiliation", "he was a senior member of the group running the Gully line")
p.char("criminal_exploitation", "Halvard was himself a victim of criminal exploitation as a child")
p.char("looked_after", "He had been a looked after child for two years in his mid-teens")
p.svc("youth_offending", "prior", "he had been supervised by the youth justice service in that city")
p.svc("csc_looked_after", "prior", "He had been a looked after child for two years in his mid-teens")
p.svc("prison", "prior", "had spent time in a young offender institution at 17")
p.svc("police", "prior", "was well known to the police and youth justice services in the city where he lived")
p.svc("police", "after", "was charged with Jethro's murder")
p.svc("prison", "after", "the life sentence carries a minimum tariff of 21 years")
cases.append(case(
    d, title="Jethro", review_type="scr", area="Ledgerton", published="2024-11", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Jethro was stabbed in an alleyway", "a Crown Court jury convicted Halvard of murder"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Boy of 16, criminally exploited by a county line, fatally stabbed by a 19-year-old who helped run the line, after a drug debt; missing episodes, exclusion, a late NRM referral and a child protection plan stepped down.",
    reference_individual="victim", people=[v, p],
    relationship=("other", "County line: Halvard helped run the line Jethro was made to sell for; Jethro was thought to owe him money.", [
        rc(d, "other", "in which Jethro had been made to sell drugs",
           "identified by Ledgerton Police as the person to whom Jethro was thought to owe money",
           detail="Criminal exploitation and drug debt within a county line"),
    ]),
    weapons=[wp(d, "knife", "Jethro was stabbed in an alleyway")],
    locations=[loc(d, "street_public", "in an alleyway close to a row of shops in the north of the town")],
    escalation_summary="Drawn into a county line from late 2020; exclusions, twelve missing episodes, an arrest with crack cocaine, a knife conviction; the child protection plan ended in September 2022; robbed of a package in November 2022 and left owing money; a four-day missing episode with a cut hand days before he was stabbed.",
    markers=[mk(d, "missing_moving", "Missing for four days; returns with a cut to his hand and will not say what happened."),
             mk(d, "carrying_weapons", "he carried the knife \"for protection\" because he had been threatened"),
             mk(d, "stress_debt_housing", "he owed money to \"the people from the city\"")],
    problems=[
        ("The DSL's observation of older lads at the gate was not passed to police; no contextual referral.", SCH,
         "Contextual safeguarding", "It was not passed to the police, and no contextual safeguarding referral was made."),
        ("The fixed-term exclusion was handled as behaviour only.", SCH, "Exclusion and exploitation",
         "nobody asked where the cannabis came from or whether the exclusion would leave Jethro unsupervised during the school day"),
        ("The permanent exclusion did not consider SEN support and the social worker was not told.", SCH,
         "Exclusion and exploitation",
         "His SEN support plan was not considered by the panel of governors, and the social worker was not told the exclusion hearing was taking place."),
        ("A part-time timetable stayed unreviewed for fourteen months.", "Kilnworth Centre; local authority",
         "Part-time timetables", "The part-time timetable, however, was never reviewed and remained in place for fourteen months"),
        ("Repeated missing episodes were graded low or no apparent risk.", POL, "Missing episodes",
         "officers risk-assessed the episodes as \"low\" or \"no apparent risk\""),
        ("Return home interview information did not reach the police missing person coordinator.",
         "Elmcrest Young People's Project; Children's Social Care", "Information sharing",
         "Information from them was shared with the social worker but not with the police missing person coordinator"),
        ("The child protection plan targeted Jethro and his mother, not the exploiters or places.", CSC,
         "Extra-familial harm", "The plan had few actions directed at the people exploiting Jethro or at the places where he was at risk"),
        ("No contextual safeguarding meeting despite a protocol.", CSC, "Contextual safeguarding",
         "there was no contextual safeguarding meeting about the group of young people he was associated with"),
        ("Police intelligence about continuing association was not brought to the review conference.", f"{POL}; {CSC}",
         "Step-down decisions", "that information was not brought to the review conference"),
        ("Police as first responder did not make an NRM referral at arrest.", POL, "National Referral Mechanism",
         "should have referred him to the National Referral Mechanism at that point. They did not."),
        ("The NRM referral was eleven weeks late and brief.", CSC, "National Referral Mechanism",
         "The referral form was brief and did not include the police intelligence about the line."),
        ("No support followed the NRM referral.", MULTI, "National Referral Mechanism",
         "No support was put in place as a result of the referral."),
        ("The youth justice worker's email about the debt was not acted on for nine days; no strategy discussion.", CSC,
         "Response to debt", "The email was not acted on for nine days"),
        ("CAMHS discharged after missed appointments without telling the social worker.", "Ledgerton CAMHS",
         "Discharge after missed appointments", "the discharge letter went to the GP but was not copied to the social worker"),
        ("The emergency department did not consider a knife injury or inform police.", "Ledgerton General Hospital",
         "Professional curiosity", "No one considered whether the injury was from a knife, and the police were not informed."),
        ("Intelligence about Halvard was not shared and no disruption was taken.", POL, "Disrupting exploiters",
         "There is no record that this intelligence was shared with Children's Social Care, or that any disruption activity was taken against Halvard in Ledgerton."),
        ("The exploitation panel gave only monitoring actions and did not map peers or addresses.",
         "Ledgerton exploitation panel", "Multi-agency panels",
         "the panel did not map the group of young people around him or the addresses where he was found"),
        ("The exploitation screening tool made no difference to services.", MULTI, "Risk tools",
         "Nobody at the learning events could say what difference the score had made to the services he received"),
        ("Four social workers in under two years, changes at points of risk.", CSC, "Workforce turnover",
         "Jethro had four social workers in under two years, and two of the changes came at points of heightened risk."),
        ("No process for asking the other force to act on Ledgerton intelligence.", POL, "Cross-border working",
         "there was no agreed process for asking that force to act on intelligence generated in Ledgerton"),
        ("Records used the language of choice about Jethro.", MULTI, "Victim-blaming language",
         "The language of \"choice\" recurred in records across agencies"),
    ]))

# ---------------------------------------------------------------- f20_03 Mr Farlane (SAR web summary)
d = D("f20_03_sar_mr_farlane_neighbour_web_summary.html")
GH, ASB = "Greystead Homes", "Blackwarren Council antisocial behaviour team"
v = Person(d, "v1", "victim", name="Mr Farlane", age=76, gender="male", living="alone")
v.char("chronic_illness", "He had chronic obstructive pulmonary disease and used a walking frame.")
v.char("disability", "used a walking frame", "against an older, disabled man")
v.char("social_isolation", "he had become increasingly lonely and anxious in the last two years of his life and rarely went out")
v.svc("housing", "prior", "Mr Farlane made 23 complaints to Greystead Homes")
v.svc("police", "prior", "reported Mr Hexley to the police on seven occasions")
v.svc("other", "prior", "The case was referred to the Blackwarren Council antisocial behaviour team in 2022",
      detail="Council antisocial behaviour team")
p = Person(d, "p1", "perpetrator", name="Mr Hexley", age=51, gender="male")
p.char("alcohol_misuse", "Mr Hexley had a history of alcohol misuse")
p.char("offending", "had previous convictions for criminal damage and common assault")
p.char("history_of_violence", "had previous convictions for criminal damage and common assault")
p.char("other", "Greystead Homes knew he had been evicted from an earlier tenancy because of antisocial behaviour.",
       detail="Antisocial behaviour (eviction from an earlier tenancy)")
p.char("non_engagement", "offered mediation twice; Mr Hexley did not take part")
p.svc("housing", "prior", "offered mediation twice; Mr Hexley did not take part")
p.svc("other", "prior", "which issued Mr Hexley with a community protection warning", detail="Council antisocial behaviour team")
p.svc("police", "prior", "The police attended several of the incidents and gave Mr Hexley words of advice.")
p.svc("prison", "after", "sentenced to nine years' imprisonment")
cases.append(case(
    d, title="Mr Farlane", review_type="sar", area="Blackwarren", published="2025-06", incident_year=2023,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["Mr Farlane was assaulted in the shared hallway of his building by Mr Hexley",
                      "Mr Hexley was convicted of manslaughter in 2024"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 76 with COPD, living alone in a housing association flat, assaulted in the shared hallway by his upstairs neighbour of 51 after a two-year dispute; died of a head injury four days later.",
    reference_individual="victim", people=[v, p],
    relationship=("neighbour", "Upstairs neighbour in the same Greystead Homes building; dispute from 2021 over noise and rubbish.", [
        rc(d, "emotional_abuse", "He described being shouted at, having his door kicked, and being told he would \"end up in a box\"."),
        rc(d, "physical_abuse", "Mr Hexley had pushed him against the wall by the letterboxes"),
    ]),
    locations=[loc(d, "home", "in the shared hallway of his building")],
    escalation_summary="A dispute over noise and rubbish from 2021: 23 complaints to the landlord, seven police reports, shouting, door kicking, a threat that he would 'end up in a box', a push in the hallway; a community protection warning in 2022 was breached in early 2023 without further action; the fatal assault in October 2023.",
    markers=[mk(d, "threats_property_damage", "having his door kicked, and being told he would \"end up in a box\"")],
    problems=[
        ("Incidents were dealt with separately and the pattern not recognised.", MULTI, "Single-incident responses",
         "Agencies dealt with each incident separately."),
        ("Mr Farlane was never considered an adult at risk; no safeguarding concern raised.", MULTI,
         "Adult safeguarding in antisocial behaviour", "Mr Farlane was never considered as an adult at risk."),
        ("Police recorded the push as a neighbour dispute and did not investigate it as assault.", "Police",
         "Crime recording", "The police recorded the push in the hallway as a \"neighbour dispute\" and did not investigate it as an assault."),
        ("The case was not taken to the community multi-agency risk panel.", MULTI, "Multi-agency risk panel",
         "The case was not taken to the community multi-agency risk panel"),
        ("Greystead Homes did not use injunctions or a management move.", GH, "Use of housing powers",
         "Greystead Homes did not use the tools it had, such as an injunction or a management move for Mr Farlane"),
        ("Staff came to see him as a persistent complainant.", GH, "Attitudes to complainants",
         "staff came to see Mr Farlane as a \"persistent complainant\""),
        ("The community protection warning breach was not followed by a notice.", ASB, "Enforcement",
         "The community protection warning was not followed by a notice when Mr Hexley breached it in early 2023."),
    ]))

# ---------------------------------------------------------------- f20_04 Ms K (NHS independent investigation summary)
d = D("f20_04_iir_ms_k_depot_summary.md")
TR, SURG = "Carrickmere and Dunmoor NHS Foundation Trust", "Ibsley Road Surgery"
v = Person(d, "v1", "victim", name="Mr K", age=72, gender="male", living="family_home")
v.char("caring_responsibilities", "Mr K was never offered a carer's assessment")
p = Person(d, "p1", "perpetrator", name="Ms K", age=41, gender="female", living="family_home")
p.char("mental_health_current", "She had been diagnosed with paranoid schizophrenia at the age of 23")
p.char("mental_health_past", "Ms K had four previous admissions to psychiatric hospital")
p.char("medication", "she had decided to stop the depot", "pharmacy records later showed she did not")
p.char("substance_misuse", "She was also known to smoke cannabis at times of stress.")
p.char("history_of_violence", "in 2016 she threw a mug at her mother")
p.char("unemployment", "She had not worked since her twenties")
p.char("financial_issues", "after losing her own tenancy because of rent arrears")
p.char("non_engagement", "Ms K missed her depot injection on 6 January 2022 and again two weeks later.",
       "Ms K did not answer the door.")
p.svc("mh_community", "prior", "had been cared for by the community mental health team (CMHT) of the Trust for most of her adult life",
      "The new care coordinator visited on 1 February.")
p.svc("mh_inpatient", "prior", "Ms K had four previous admissions to psychiatric hospital")
p.svc("gp", "prior", "On 28 March Ms K saw a GP at Ibsley Road Surgery about a rash.")
p.svc("mh_inpatient", "after", "She remains in a secure hospital.")
cases.append(case(
    d, title="Ms K", review_type="iir", area="Carrickmere", published="2025-05", incident_year=2022,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["before she killed her father, Mr K, at his home in Carrickmere on 9 April 2022",
                      "a jury found that she did the act of killing her father"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 41 with paranoid schizophrenia killed her father of 72 with a knife in his kitchen, weeks after stopping her depot antipsychotic during a gap in care coordination; he had twice reported her relapse signs.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("child_to_parent", "Daughter living with her widowed father since autumn 2021.", [
        rc(d, "carer", "Mr K was never offered a carer's assessment"),
    ]),
    weapons=[wp(d, "knife", "with a kitchen knife")],
    locations=[loc(d, "home", "in the kitchen of his house")],
    escalation_summary="Lost her tenancy and moved in with her father in autumn 2021; her care coordinator left in November; she missed depots from January 2022 and stopped them, never collecting oral medication; her father reported her known relapse signs (not sleeping, refusing food, poisoning beliefs) in February and March; a visit found no answer; she killed him on 9 April.",
    markers=[mk(d, "stopped_medication", "she had decided to stop the depot"),
             mk(d, "disengaged_services", "Ms K did not answer the door."),
             mk(d, "stress_debt_housing", "after losing her own tenancy because of rent arrears")],
    problems=[
        ("A ten-week gap without a care coordinator; the duty system could not hold the case.", TR,
         "Continuity of care", "The ten-week gap without a care coordinator"),
        ("Adherence to oral medication was never checked.", TR, "Medication adherence",
         "No one checked whether Ms K collected the prescription"),
        ("The switch from depot to oral medication was agreed without review or risk discussion.", TR,
         "Medication changes",
         "The change was agreed without a review meeting, without a discussion of the risk and without any plan to check adherence."),
        ("The father's calls describing relapse signs did not lead to urgent assessment.", TR, "Carer concerns",
         "these calls should have led to an urgent assessment"),
        ("Mr K was never offered a carer's assessment and his vulnerability not considered.", TR, "Carers",
         "his own vulnerability as an older man living with a relapsing daughter was not considered"),
        ("The risk assessment was out of date and omitted the 2016 violence.", TR, "Risk assessment",
         "Ms K's risk assessment had last been updated in 2020"),
        ("The 2016 incident was not recorded as violence.", TR, "Risk assessment",
         "It did not record the 2016 incident with her mother as violence."),
        ("The GP was not told she had stopped her depot.", TR, "Communication with primary care",
         "The GP was not told that Ms K had stopped her depot"),
        ("The GP did not tell the CMHT she said she was on no medication.", SURG, "Communication with secondary care",
         "the GP did not tell the CMHT that Ms K said she was taking no medication"),
    ]))

# ---------------------------------------------------------------- f20_05 Kenelm (SAR, accident: exclude)
d = D("f20_05_sar_kenelm_brain_injury_fall.txt")
v = Person(d, "v1", "victim", name="Kenelm", age=52, gender="male", living="supported")
v.char("disability", "left him with an acquired brain injury",
       "The injury affected his balance, his short-term memory and his ability to plan.")
v.char("chronic_illness", "He also had epilepsy, which was not fully controlled.")
v.char("alcohol_misuse", "He drank heavily for some years after the accident")
v.svc("adult_social_care", "prior", "commissioned by Moorcliffe Council adult social care",
      "The occupational therapist from adult social care recommended a stairlift")
v.svc("other", "prior", "He received twelve hours a week of support", detail="Supported-living provider (Eskmere Supported Living)")
v.svc("acute_health", "prior", "He attended the emergency department at Moorcliffe General Hospital three times")
v.svc("ambulance", "prior", "paramedics from the ambulance service were called by support staff")
v.svc("gp", "prior", "His GP referred him to the community falls service in June 2022.")
v.svc("other", "prior", "Kenelm was assessed, given exercises and advised to use the handrail", detail="Community falls service")
v.svc("housing", "prior", "Kenelm was placed on the housing register")
cases.append(case(
    d, title="Kenelm", review_type="sar", area="Moorcliffe", published="2025-03", incident_year=2023,
    role="executive_summary", decision="exclude", reason="poor_care_management",
    screening_quotes=["nine days after falling down the internal staircase",
                      "No one harmed Kenelm, and this review is about how his care and support needs were managed.",
                      "the inquest concluded that his death was an accident"],
    category=None, incident_type=None, fatal=True,
    description="Man of 52 with an acquired brain injury and epilepsy died after a fall down the stairs of his supported-living flat, after eleven earlier falls and an unfulfilled recommendation for a stairlift or ground-floor move.",
    reference_individual="victim", people=[v],
    problems=[
        ("Each fall was treated separately; no one reviewed the pattern.", MULTI, "Falls",
         "Each fall was treated as a separate event."),
        ("The falls assessment had no home visit and did not know about the stairs.", "Community falls service",
         "Falls assessment", "the assessment did not include a home visit and the falls service did not know about the staircase"),
        ("Support plans assumed he could make his own decisions without considering executive functioning.",
         "Eskmere Supported Living; Moorcliffe Council adult social care", "Acquired brain injury",
         "Support plans described him as \"able to make his own decisions\" without considering"),
        ("No mental capacity assessment about staying in the flat or managing the stairs.", MULTI, "Mental capacity",
         "No mental capacity assessment was carried out"),
        ("The stairlift or move was not followed up; no one chased the landlord's consent.", MULTI, "Adaptations",
         "no one took responsibility for chasing the landlord's consent"),
        ("Hospital discharge after the fracture had no referral to falls service or social worker.",
         "Moorcliffe General Hospital", "Hospital discharge",
         "The hospital discharged Kenelm after the fractured wrist without a referral back to the falls service or to his social worker."),
        ("The epilepsy nurse was not told about the falls.", MULTI, "Information sharing",
         "The epilepsy nurse was not told about the falls"),
    ]))

# ---------------------------------------------------------------- f20_06 Child F (CSPR executive summary)
d = D("f20_06_cspr_child_f_exec_summary_two_carers.txt")
SCH, SURG, ED, CSC = "Bexwell Primary School", "Lanyon Surgery", "Maplestow General Hospital", "Maplestow Children's Social Care"
v = Person(d, "v1", "victim", name="Child F", age=6, gender="male", living="family_home",
           ethnicity_detail="The family's ethnicity was not recorded consistently by agencies; the review does not state it.")
v.char("abuse_neglect_child", "he also had older fractures to two ribs, bruises of different ages on his back and legs, and a burn on his hand",
       "He was underweight, had untreated tooth decay",
       subtypes=["physical", "neglect"])
v.char("absent_parents", "Child F's own father had not been in contact since he was a baby.")
v.char("parent_mental_health", "Child F's mother had been treated for depression after the birth of her second child.")
v.char("financial_issues", "the family had rent arrears")
v.char("looked_after", "now lives with foster carers")
v.svc("school", "prior", "Child F started at Bexwell Primary School in Reception in 2021.")
v.svc("gp", "prior", "Child F was seen at Lanyon Surgery four times in 2022")
v.svc("acute_health", "prior", "In August 2022 Child F was brought to the emergency department with a burn to his hand")
v.svc("acute_health", "after", "Child F was taken to the emergency department at Maplestow General Hospital with a broken arm")
v.svc("police", "after", "The school made an immediate referral and called the police")
v.svc("csc_looked_after", "after", "now lives with foster carers")
m = Person(d, "p1", "perpetrator", name="Mother", age_band="adult_unknown", gender="female", living="family_home")
m.char("mental_health_past", "Child F's mother had been treated for depression after the birth of her second child.")
m.svc("prison", "after", "His mother received a sentence of four years")
g = Person(d, "p2", "perpetrator", name="Mr Gilroy", age_band="adult_unknown", gender="male", living="family_home")
g.char("unemployment", "Mr Gilroy had worked as a scaffolder but lost his job in 2022")
g.char("offending", "Mr Gilroy had a conviction from 2015 for assaulting a former partner")
g.char("history_of_violence", "Mr Gilroy had a conviction from 2015 for assaulting a former partner")
g.svc("prison", "after", "Mr Gilroy one of seven years")
cases.append(case(
    d, title="Child F", review_type="scr", area="Maplestow", published="2025-01", incident_year=2023,
    role="executive_summary", decision="include", reason="physical_assault",
    screening_quotes=["Mr Gilroy was also convicted of inflicting grievous bodily harm",
                      "convicted of causing or allowing serious physical harm to a child and of child cruelty"],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Boy of 6 found with a broken arm, old rib fractures, bruises, a burn and serious neglect; his mother and her husband were convicted; school, GP and emergency department contacts had not led to referral.",
    reference_individual="victim", people=[v, m, g],
    relationship=("parent_to_child", "Mother and her husband (not Child F's father), both living with him.", [
        rc(d, "physical_abuse", "\"Daddy G twisted it\"", "convicted of causing or allowing serious physical harm to a child"),
        rc(d, "neglect", "Neglect was visible for more than a year"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "Child F was taken to the emergency department at Maplestow General Hospital with a broken arm",
                "older fractures to two ribs")],
    escalation_summary="Poor attendance, hunger and unwashed clothes from 2021; bruises explained as a trampoline fall and a burn explained as a hot pan in 2022; weight falling below the 9th centile; a neighbour's report of a man shouting and a child screaming closed in December 2022; in March 2023 he told his teacher his stepfather twisted his arm.",
    markers=[mk(d, "adverse_life_event", "lost his job in 2022"),
             mk(d, "stress_debt_housing", "the family had rent arrears")],
    problems=[
        ("The DSL accepted the trampoline explanation for bruises and made no referral.", SCH, "Professional curiosity",
         "accepted the explanation, and made no referral to Children's Social Care"),
        ("Practical help in school substituted for referring the neglect.", SCH, "Neglect",
         "feeding and clothing him became a substitute for referring the neglect"),
        ("No GP clinician looked at the pattern of attendances or his weight.", SURG, "Primary care oversight",
         "The GP records do not show that any clinician looked at the pattern of attendances or asked about his weight"),
        ("Missed immunisations were not followed up.", SURG, "Missed appointments",
         "Two appointments for immunisations were missed and not followed up."),
        ("The emergency department checklist left blank whether the explanation fitted the burn.", ED,
         "Injury assessment", "the question about whether the explanation fitted the injury was left blank"),
        ("The school nurse did not follow up the emergency department notification.", "School nursing service",
         "Follow-up of notifications", "the school nurse, who did not follow it up before the school holidays ended"),
        ("The neighbour's referral was closed without agency checks.", CSC, "Front door decisions",
         "No checks were made with the school or the GP."),
        ("No one spoke to Child F alone or put the injuries together.", MULTI, "Voice of the child",
         "No one spoke to Child F alone about how he had been hurt, and no one put the injuries together."),
        ("No agency knew Mr Gilroy or recorded who lived in the home.", MULTI, "Invisible men",
         "None of the agencies knew Mr Gilroy's name or recorded who else lived in the home, and no one asked."),
    ]))

stats(cases, docs)
write(cases, os.path.join(HERE, "gold_a.json"))
