"""Build gold_a.json for batch-f19, part a (documents f19_01-f19_06), from the hand coding below.

Run from anywhere: python3 examples/batch-f19/build_gold_a.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
.txt and .md documents are read with wrapped=True (whitespace collapsed); every prose paragraph is one line,
and quotes from f19_02's pipe chronology lie inside one cell.
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


# ---------------------------------------------------------------- f19_01
d = D("f19_01_cspr_kairo_seven_minute_briefing.md")
v = Person(d, "v1", "victim", name="Kairo", age=15, gender="male", ethnicity="black_other",
           ethnicity_detail="He is described in records as Black British.", living="family_home")
v.char("educational_exclusion", "Kairo was permanently excluded from Dunsmere Academy in February 2024")
v.char("carrying_weapons", "after bringing a kitchen knife into school in his bag",
       "he was arrested for possession of a bladed article")
v.char("offending", "he was arrested for possession of a bladed article and received a youth conditional caution")
v.char("mental_health_current", "His GP referred him to CAMHS in March 2024 for low mood and poor sleep.")
v.svc("school", "prior", "Kairo was permanently excluded from Dunsmere Academy in February 2024",
      "After the exclusion he attended the Bramhurst Pupil Referral Unit")
v.svc("police", "prior", "he was arrested for possession of a bladed article")
v.svc("youth_offending", "prior", "The Bramhurst Youth Justice Service worked with him from May 2024.")
v.svc("gp", "prior", "His GP referred him to CAMHS in March 2024")
v.svc("camhs", "prior", "CAMHS triaged the referral as routine.")
pa = Person(d, "p1", "perpetrator", name="Young Person A", age=17)
pa.svc("police", "after", "were arrested within days")
pb = Person(d, "p2", "perpetrator", name="Young Person B", age=18)
pb.svc("police", "after", "were arrested within days")
cases.append(case(
    d, title="Kairo", review_type="scr", area="Bramhurst", published="2025-06", incident_year=2024,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["He was stabbed in Gallowfield Park",
                      "Young Person B was convicted of murder and Young Person A of manslaughter"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Boy of 15 stabbed in a park by two older teenagers after an online dispute; excluded from school, with the youth justice service and on a CAMHS waiting list.",
    reference_individual="victim", people=[v, pa, pb],
    relationship=("not_clear", "Online dispute with Young Person A over a girl they both knew; whether they knew each other otherwise is not stated.", [
        rc(d, "other", "Kairo and Young Person A exchanged insults about a girl they both knew",
           "He was threatened several times in voice notes.", detail="Online dispute and threats"),
    ]),
    weapons=[wp(d, "knife", "He was stabbed in Gallowfield Park")],
    locations=[loc(d, "street_public", "He was stabbed in Gallowfield Park, a short walk from his home")],
    technology=[tech(d, "social_media", "A dispute began on a messaging app in July 2024",
                     "He was threatened several times in voice notes."),
                tech(d, "online_images", "Videos mocking Kairo were shared in a group chat.")],
    escalation_summary="Excluded after bringing a knife to school, arrested for carrying a bladed article, on a CAMHS waiting list; an online dispute from July 2024 with mocking videos and threats in voice notes, reported by his mother but not shared; stabbed in August.",
    markers=[mk(d, "carrying_weapons", "after bringing a kitchen knife into school in his bag",
                "he was arrested for possession of a bladed article"),
             mk(d, "threats_property_damage", "He was threatened several times in voice notes.")],
    problems=[
        ("No risk assessment of his safety outside school was done at the point of exclusion.",
         "Dunsmere Academy and the local authority", "Exclusion and risk",
         "no risk assessment was completed by the school or the local authority at the point of exclusion"),
        ("The youth justice worker recorded the mother's report of threats but did not share it or review the risk assessment.",
         "Bramhurst Youth Justice Service", "Sharing new risk",
         "did not share it with the police or with the PRU, and the risk assessment was not reviewed"),
        ("CAMHS had no contact with the child or his mother while he waited.",
         "CAMHS", "Waiting lists",
         "There was no contact with Kairo or his mother while he waited"),
        ("CAMHS did not know about the exclusion or the arrest.",
         "CAMHS", "Information sharing",
         "the service did not know about the exclusion or the arrest"),
        ("Knife carrying was treated as behaviour to be managed, not as a sign of harm.",
         MULTI, "Criminal-justice lens on adolescent safeguarding",
         "The knife in school and the possession offence were treated as behaviour to be managed."),
        ("No agency asked why he carried a knife or referred him to children's social care for an extra-familial harm assessment.",
         MULTI, "Extra-familial harm",
         "None of the agencies asked whether Kairo was carrying a knife because he was frightened, or made a referral to children's social care"),
    ]))

# ---------------------------------------------------------------- f19_02
d = D("f19_02_dhr_dorian_overview_male_partner.txt")
POL = "Framlingdon Police"
v = Person(d, "v1", "victim", name="Dorian", age=46, gender="male", ethnicity="white_british",
           ethnicity_detail="He was White British.", living="family_home")
v.char("lgbtqi", "Dorian had been open about being gay since his late teens.")
v.char("chronic_illness", "Dorian had a long-standing back condition for which he saw his GP regularly and took prescribed pain relief.")
v.char("mental_health_past", "He had also been treated for depression in 2020, after his mother's death.")
v.char("unemployment", "From then until his death he was out of work")
v.char("financial_issues", "Dorian calls about rent arrears of eight weeks")
v.char("domestic_abuse", "He told officers that Halwyn had pushed him into a wardrobe",
       "Halwyn controlled the household money after Dorian lost his café job",
       "Halwyn was the first partner who \"kept him on a short lead\"",
       subtypes=["physical", "financial", "coercive_control"])
v.svc("police", "prior", "In November 2020 officers found Dorian with a cut lip.",
      "Dorian had a swollen eye. He told officers that Halwyn had pushed him into a wardrobe")
v.svc("other", "prior", "In March 2022 Dorian attended Mardlow Sexual Health Service for a routine screen.",
      detail="Sexual health clinic (Mardlow Sexual Health Service)")
v.svc("acute_health", "prior", "Dorian attended the emergency department at Framlingdon General Hospital with a fractured finger.")
v.svc("gp", "prior", "Dorian seen after his mother's death; diagnosed with depression and prescribed sertraline.")
v.svc("housing", "prior", "Housing Services spoke to Dorian in November 2022 about rent arrears.")
p = Person(d, "p1", "perpetrator", name="Halwyn", age=41, gender="male", ethnicity="white_british",
           ethnicity_detail="Born in Wales; agencies recorded his ethnicity as White British.", living="family_home")
p.char("alcohol_misuse", "Halwyn drank heavily.", "His GP records show alcohol use recorded at more than 60 units a week from 2020")
p.char("offending", "Halwyn had one previous conviction, in 2016, for a public order offence after a fight outside a bar.")
p.char("history_of_violence", "a public order offence after a fight outside a bar",
       "there had been \"arguments that got physical\"")
p.char("non_engagement", "attended four sessions before dropping out", "Halwyn did not self-refer.")
p.svc("gp", "prior", "In October 2022 Halwyn saw his GP and asked for help to stop drinking.",
      "GP records 60+ units weekly and gives brief advice.")
p.svc("substance_misuse_services", "prior", "In 2021 he was referred to Hythwick Recovery and attended four sessions before dropping out.")
p.svc("police", "prior", "Halwyn was arrested for assault and released under investigation the next morning.")
p.svc("police", "after", "Halwyn was arrested at the scene.")
p.svc("prison", "after", "given a life sentence, of which he must serve at least sixteen years")
cases.append(case(
    d, title="Dorian", review_type="dhr", area="Framlingdon", published="2025-04", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Halwyn was convicted of murder at Framlingdon Crown Court",
                      "he had struck Dorian repeatedly with a cast-iron frying pan"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Man of 46 beaten to death with a frying pan by his male partner, a heavy drinker, after three police call-outs and a disclosure at a sexual health clinic.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Male partners living together in Dorian's council flat since March 2019; not married or in a civil partnership.", [
        rc(d, "physical_abuse", "He told officers that Halwyn had pushed him into a wardrobe"),
        rc(d, "financial_abuse", "Halwyn controlled the household money after Dorian lost his café job"),
        rc(d, "coercive_control", "Halwyn was the first partner who \"kept him on a short lead\"",
           "that Halwyn often answered his phone"),
        rc(d, "domestic_abuse", "Dorian's injuries and the neighbours' reports were not consistently recognised as domestic abuse"),
        rc(d, "strain_separation", "he was \"thinking of asking Halwyn to go\""),
    ]),
    weapons=[wp(d, "blunt_object", "he had struck Dorian repeatedly with a cast-iron frying pan")],
    locations=[loc(d, "home", "He was killed at the flat he shared with Halwyn")],
    escalation_summary="Controlling behaviour from about 2020; call-outs with a cut lip (2020), a broken television (2021) and a swollen eye (2022), a fractured finger explained as an accident and a disclosure at a sexual health clinic; Dorian spoke of asking Halwyn to leave at Christmas 2022; Halwyn drank all day before the killing.",
    markers=[mk(d, "alcohol_drugs_before", "Halwyn had been drinking from late morning.",
                "He had been drinking heavily through that day."),
             mk(d, "separation", "he was \"thinking of asking Halwyn to go\""),
             mk(d, "threats_property_damage", "found a broken television"),
             mk(d, "stress_debt_housing", "Dorian calls about rent arrears of eight weeks")],
    problems=[
        ("Officers recorded the August 2021 incident between two men as an argument between flatmates; no DASH and no link to earlier calls.",
         POL, "Same-sex domestic abuse not recognised",
         "Framlingdon Police did not recognise the August 2021 incident as domestic abuse because officers assumed two men living together were flatmates"),
        ("Officers did not ask whether the men were in a relationship.",
         POL, "Same-sex domestic abuse not recognised",
         "the officers did not ask whether the men were in a relationship"),
        ("The supervisor who closed the log did not challenge the assumption.",
         POL, "Supervision",
         "it was not challenged by the supervisor who closed the log"),
        ("Officers did not speak to Dorian away from Halwyn, contrary to guidance.",
         POL, "Speaking to the victim alone",
         "Officers did not speak to Dorian away from Halwyn in November 2020 or August 2021, contrary to force guidance."),
        ("The September 2022 risk assessment ignored previous call-outs and underestimated the risk.",
         POL, "Risk assessment",
         "The panel found that the officer did not review the previous incidents before grading the risk."),
        ("The investigation was closed without considering an evidence-led prosecution.",
         POL, "Evidence-led prosecution",
         "the investigation was closed without considering whether an evidence-led prosecution was possible"),
        ("The referral to the domestic abuse service went to an inactive address and was never followed up.",
         POL, "Referral pathways",
         "The police referral to the domestic abuse service was sent to an inactive address and was never followed up."),
        ("The sexual health clinic did not offer a DASH or safety plan after a disclosure of physical abuse.",
         "Mardlow Sexual Health Service", "Response to disclosure",
         "the clinic's domestic abuse procedure requires a DASH to be offered where a disclosure of physical abuse is made, and that did not happen"),
        ("Dorian was not asked for consent to tell his GP, and no safety plan was discussed.",
         "Mardlow Sexual Health Service", "Consent to share",
         "Dorian was not asked whether he would agree to his GP being told, and no safety plan was discussed"),
        ("No GP asked Halwyn about his relationship or the effect of his drinking on anyone at home.",
         "Belcote Surgery", "Alcohol and risk to others",
         "No GP asked Halwyn about his relationship or whether his drinking affected anyone at home"),
        ("The alcohol service left the domestic abuse question blank and did not consider risk to a partner.",
         "Hythwick Recovery", "Alcohol and risk to others",
         "Its assessment form has a question about domestic abuse, but the question was left blank."),
        ("The emergency department did not ask about the fractured finger; routine enquiry excluded him.",
         "Framlingdon General Hospital", "Routine enquiry",
         "The emergency department did not ask Dorian about the cause of his fractured finger beyond recording what he said."),
        ("Housing did not explore his remark that his money was not in his hands.",
         "Framlingdon Borough Council Housing Services", "Financial control",
         "This was not explored. The panel considers this was a missed opportunity to ask about financial control."),
        ("No local service advertised support for men abused by male partners; the charity's materials referred only to women.",
         "Ashlenby Domestic Abuse Service", "Services for male victims",
         "Ashlenby Domestic Abuse Service's leaflets and website referred only to women"),
        ("No agency brought together the pattern of injuries, call-outs and financial control.",
         MULTI, "Information sharing",
         "No agency pieced together the pattern of injuries, call-outs and financial control"),
    ]))

# ---------------------------------------------------------------- f19_03
d = D("f19_03_sar_idwal_mate_crime_exec_summary.txt")
v = Person(d, "v1", "victim", name="Idwal", age=52, gender="male", ethnicity="white_british",
           ethnicity_detail="Idwal was White British", living="alone")
v.char("learning_disability", "He had a moderate learning disability")
v.char("chronic_illness", "epilepsy, which was well controlled with medication")
v.char("social_isolation", "he was lonely after his mother died",
       "Idwal's loneliness was well known to professionals")
v.char("abuse_neglect_adult", "more than £4,800 was withdrawn from Idwal's bank account",
       "a man was shouting at Idwal in the stairwell and had pushed him", subtypes=["financial", "physical"])
v.svc("adult_social_care", "prior", "he moved into his own flat with support from adult social care",
      "passed to Idwal's allocated worker for a review of his care plan")
v.svc("other", "prior", "He received six hours a week of support from a provider, Barrowcliff Support",
      detail="Support provider (Barrowcliff Support)")
v.svc("other", "prior", "He went to a day centre twice a week.", detail="Day centre")
v.svc("housing", "prior", "A housing officer visited and was told by Mr Ewart that he was Idwal's carer.")
v.svc("police", "prior", "Officers attended, spoke to both men in the flat")
v.svc("gp", "prior", "his GP records show no seizures in 2022 or 2023")
p = Person(d, "p1", "perpetrator", name="Mr Ewart", age=38, gender="male", living="shared_private")
p.char("alcohol_misuse", "a drop-in for people in recovery from alcohol misuse")
p.char("offending", "Mr Ewart had been convicted before, of theft and of assault")
p.char("history_of_violence", "of theft and of assault")
p.svc("other", "prior", "where Mr Ewart was attending a drop-in for people in recovery from alcohol misuse",
      detail="Day centre recovery drop-in")
p.svc("prison", "after", "He was sentenced to eleven years.")
cases.append(case(
    d, title="Idwal", review_type="sar", area="Kettlewyn", published="2024-09", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["injuries to the head and chest consistent with a sustained assault",
                      "was convicted of manslaughter in February 2024"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 52 with a learning disability killed by an acquaintance who moved in as a lodger and took his money (mate crime).",
    reference_individual="victim", people=[v, p],
    relationship=("housemate", "Acquaintance met at a day centre who moved in as a self-described lodger.", [
        rc(d, "financial_abuse", "more than £4,800 was withdrawn from Idwal's bank account",
           "Mr Ewart used Idwal's bank card and made Idwal give him his PIN"),
        rc(d, "physical_abuse", "a man was shouting at Idwal in the stairwell and had pushed him"),
        rc(d, "other", "This was a case of what is often called \"mate crime\"", detail="Mate crime"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "injuries to the head and chest consistent with a sustained assault")],
    locations=[loc(d, "home", "Idwal was found dead in the flat by a support worker")],
    escalation_summary="Befriended at a day centre in autumn 2022; the man moved in, took over his bank card and benefits; empty cupboards and meter, a bruise explained as a seizure, neighbours' complaints of shouting, a push in the stairwell reported to police; the safeguarding notification was screened out and he was killed in May 2023.",
    markers=[mk(d, "threats_property_damage", "complaints from neighbours about shouting and loud music from the flat late at night",
                "a man was shouting at Idwal in the stairwell")],
    problems=[
        ("The support provider accepted the seizure explanation for the bruise without checking.",
         "Barrowcliff Support", "Explaining away injuries",
         "The support provider accepted the explanation of a seizure without checking Idwal's seizure record or considering other causes."),
        ("Signs of financial abuse were recorded as budgeting difficulty; no safeguarding concern was raised.",
         "Barrowcliff Support", "Financial abuse not recognised",
         "Barrowcliff Support did not raise a safeguarding concern about money until after Idwal's death."),
        ("The landlord treated the unauthorised occupant as a tenancy matter and did not consider risk.",
         "Kettlewyn Homes", "Housing and safeguarding",
         "The housing officer did not consider whether Idwal was at risk."),
        ("Police took Idwal's word while Mr Ewart was present and did not check the database.",
         "Kettlewyn Police", "Vulnerability not identified",
         "Officers attending in April 2023 took Idwal's word that he was fine while Mr Ewart was in the room."),
        ("Officers did not know of his learning disability and raised no safeguarding concern.",
         "Kettlewyn Police", "Vulnerability not identified",
         "The officers did not know Idwal had a learning disability and raised no safeguarding concern."),
        ("The police notification was delayed a week in reaching the team.",
         "Kettlewyn Police and adult social care", "Referral pathways",
         "it was not received by the team until a week after that"),
        ("Adult social care screened out the concern, opened no section 42 enquiry and did not visit.",
         "Adult social care", "Safeguarding screening",
         "Adult social care did not treat the police notification as a safeguarding concern"),
        ("His capacity about who lived with him and his money was never assessed.",
         MULTI, "Mental capacity",
         "Idwal's capacity to make decisions about who lived with him and about his money was never assessed"),
        ("No agency put the signs together and asked whether he was being abused.",
         MULTI, "Joining up concerns",
         "nobody put those signs together and asked whether Idwal was being abused"),
    ]))

# ---------------------------------------------------------------- f19_04
d = D("f19_04_thematic_mental_health_family_homicide_moira.md")
TRUST = "Lindmarsh mental health services"
v = Person(d, "v1", "victim", name="Moira", age=48, gender="female", ethnicity="white_british",
           ethnicity_detail="She was White British", living="family_home")
v.char("caring_responsibilities", "she had supported her son through five years of illness")
v.char("domestic_abuse", "he pushed Moira down the stairs", subtypes=["physical"])
p = Person(d, "p1", "perpetrator", name="Jago", age=24, gender="male", ethnicity="white_british",
           ethnicity_detail="Jago's ethnicity was recorded as White British", living="family_home")
p.char("mental_health_current", "He had been diagnosed with paranoid schizophrenia at 19")
p.char("medication", "had stopped taking his tablets",
       "Each admission followed a period when he stopped taking his antipsychotic medication")
p.char("substance_misuse", "He also began using cannabis daily")
p.char("history_of_violence", "During the 2021 relapse he pushed Moira down the stairs.")
p.char("non_engagement", "missed three outpatient appointments")
p.svc("mh_community", "prior", "under the care of the Lindmarsh North Community Mental Health Team for most of the five years since")
p.svc("mh_inpatient", "prior", "two admissions to a psychiatric ward, in 2018 and 2021, under the Mental Health Act")
p.svc("mh_other", "prior", "The crisis team spoke to Jago on the phone.",
      detail="Crisis Resolution and Home Treatment Team")
p.svc("mh_inpatient", "after", "Jago remains in a secure hospital")
cases.append(case(
    d, title="Case summary 2: Moira and Jago", review_type="other", area="Lindmarsh", published="2025-03",
    incident_year=2022, role="other", decision="include", reason="homicide",
    screening_quotes=["Moira was 48 when she was killed by her son, Jago",
                      "Jago attacked his mother with a knife in the kitchen"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 48 stabbed at home by her son of 24 during a psychotic relapse after he stopped his medication.",
    reference_individual="victim", people=[v, p],
    relationship=("child_to_parent", "Adult son living with his mother all his life.", [
        rc(d, "physical_abuse", "During the 2021 relapse he pushed Moira down the stairs."),
        rc(d, "carer", "she had supported her son through five years of illness"),
    ]),
    weapons=[wp(d, "knife", "Jago attacked his mother with a knife in the kitchen")],
    locations=[loc(d, "home", "in the house they shared in Lindmarsh")],
    escalation_summary="Switched from depot to tablets in early 2022; care coordinator post vacant for four months; missed appointments and daily cannabis; in September 2022 his mother told the crisis team he had stopped his tablets, was not sleeping and called her an impostor; no visit; he killed her nine days later.",
    markers=[mk(d, "stopped_medication", "had stopped taking his tablets"),
             mk(d, "disengaged_services", "missed three outpatient appointments")],
    problems=[
        ("The crisis team did not read the history before deciding not to visit.",
         "Lindmarsh Crisis Resolution and Home Treatment Team", "Use of history in crisis assessment",
         "The crisis team did not read the history before deciding not to visit"),
        ("The crisis team relied on a telephone conversation with Jago alone.",
         "Lindmarsh Crisis Resolution and Home Treatment Team", "Listening to families",
         "relied on a telephone conversation with Jago alone"),
        ("The mother was never offered a carer's assessment.",
         TRUST, "Carers not recognised",
         "Moira had never been offered a carer's assessment"),
        ("When she rang for help she was treated as a caller, not as someone at risk.",
         "Lindmarsh Crisis Resolution and Home Treatment Team", "Risk to family carers",
         "she was treated as a caller, not as someone who was herself at risk"),
        ("With no care coordinator for four months no one monitored his medication or reviewed risk after the cannabis report.",
         "Lindmarsh North Community Mental Health Team", "Care coordination",
         "no one was monitoring whether Jago was taking his medication"),
        ("The team had no system to reallocate a departing coordinator's cases quickly.",
         "Lindmarsh North Community Mental Health Team", "Care coordination",
         "The team had no system to reallocate the cases of a departing coordinator quickly."),
        ("The earlier push was not recorded as domestic abuse; no risk assessment or referral was made.",
         "Lindmarsh North Community Mental Health Team", "Adult family domestic abuse not recognised",
         "The earlier push down the stairs was not recorded as domestic abuse, and no risk assessment or referral was made."),
    ]))

# ---------------------------------------------------------------- f19_05
d = D("f19_05_sar_edna_self_neglect_learning_brief.html")
v = Person(d, "v1", "victim", name="Edna", age=83, gender="female", living="alone")
v.char("other", "Over many years Edna's house had filled with newspapers, boxes, clothes and bags.",
       detail="Hoarding")
v.char("chronic_illness", "Her GP at Alderwyke Surgery saw her for her arthritis")
v.char("non_engagement", "She declined a referral to adult social care.",
       "Edna refused help with clearing the house")
v.svc("gp", "prior", "Her GP at Alderwyke Surgery saw her for her arthritis")
v.svc("other", "prior", "Cobbleton Fire and Rescue Service visited in 2022 to check fire safety",
      detail="Fire and rescue service")
v.svc("adult_social_care", "prior", "Adult social care visited twice in 2022.")
v.svc("other", "prior", "Environmental health received a neighbour's complaint about rats in 2023 and sent letters",
      detail="Environmental health")
cases.append(case(
    d, title="Edna", review_type="sar", area="Cobbleton", published="2025-01", incident_year=2023,
    role="briefing", decision="exclude", reason="self_neglect",
    screening_quotes=["The coroner recorded a conclusion of natural causes contributed to by self-neglect.",
                      "the review found no evidence of abuse by another person"],
    category=None, incident_type=None, fatal=True,
    description="Woman of 83 who lived alone in a hoarded house without heating died of hypothermia and pneumonia; self-neglect, no abuse by anyone.",
    reference_individual="victim", people=[v],
    problems=[
        ("Capacity assessment looked at one decision and not at whether she could carry out decisions on heating and food.",
         "Cobbleton Council Adult Social Care", "Mental capacity and executive function",
         "Assessment of capacity focused on a single decision, whether to accept a clear-out"),
        ("The case was closed when she refused help, with no plan to keep in touch.",
         "Cobbleton Council Adult Social Care", "Case closure after refusal",
         "When Edna refused help, adult social care closed the case. There was no plan to stay in touch with her or return at a later date."),
        ("No multi-agency risk meeting was called although the fire service referral met the criteria.",
         MULTI, "Self-neglect procedure not used",
         "A multi-agency risk meeting under the Board's self-neglect procedure was never called"),
        ("No one asked about her life; hoarding was treated as a housing problem.",
         MULTI, "Professional curiosity",
         "her hoarding was treated as a housing problem rather than something with a history"),
    ]))

# ---------------------------------------------------------------- f19_06
d = D("f19_06_iir_mr_gannick_questions_and_answers.txt")
FT = "Alwick Valley NHS Foundation Trust forensic community team"
p = Person(d, "p1", "perpetrator", name="Mr Gannick", age=34, gender="male", living="alone")
p.char("mental_health_current", "He was first diagnosed with paranoid schizophrenia in 2014")
p.char("substance_misuse", "heavy use of cannabis and, at times, amphetamines")
p.char("history_of_violence", "He had a history of violence when unwell, including an assault on a stranger at a bus stop in 2017")
p.char("offending", "for which he received a prison sentence of fourteen months")
p.char("parental_separation", "his parents separated when he was eight")
p.char("absent_parents", "he had little contact with his father after that")
p.char("unemployment", "He had been unemployed since then.")
p.char("non_engagement", "Mr Gannick missed an outpatient appointment with his consultant on 16 February 2022.",
       "had stopped answering the door")
p.svc("prison", "prior", "After his release from prison in 2018")
p.svc("probation", "prior", "he was supervised by the Probation Service on licence")
p.svc("mh_community", "prior", "was taken on by the forensic community mental health team of Alwick Valley NHS Foundation Trust")
p.svc("police", "prior", "British Transport Police spoke to Mr Gannick at Cresswick station")
p.svc("police", "after", "was arrested at the station")
p.svc("mh_inpatient", "after", "He is detained in a secure hospital.")
v = Person(d, "v1", "victim", name="Mr Ilbert", age=61, gender="male")
cases.append(case(
    d, title="Mr Gannick", review_type="iir", area=None, published="2025-02", incident_year=2022,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Mr Gannick pushed Mr Ilbert from the platform at Cresswick railway station into the path of an approaching train",
                      "Mr Ilbert, who was 61, died at the scene."],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 61 pushed under a train by a stranger with paranoid schizophrenia under a forensic community team, after a missed appointment and a change from depot to tablets.",
    reference_individual="perpetrator", people=[p, v],
    relationship=("stranger", "The two men did not know each other.", []),
    weapons=[wp(d, "other", "pushed Mr Ilbert from the platform at Cresswick railway station into the path of an approaching train",
                detail="Pushed in front of a train")],
    locations=[loc(d, "street_public", "Cresswick railway station")],
    escalation_summary="Stable on a depot for three years; care coordinator on sick leave from autumn 2021; switched to tablets in December 2021 with no relapse plan; brother reported paranoia about trains in January 2022; missed appointment in February handled by letter; shouting at passengers at the station two days before.",
    markers=[mk(d, "disengaged_services", "Mr Gannick missed an outpatient appointment with his consultant on 16 February 2022."),
             mk(d, "threats_property_damage", "a member of staff reported him shouting at passengers")],
    problems=[
        ("The switch from depot to oral medication had no relapse plan or adherence check.",
         FT, "Medication change and relapse planning",
         "The switch from depot to oral medication was made without a relapse plan or any agreement about how adherence would be checked."),
        ("The care coordinator's absence was not covered; no named worker for five months.",
         FT, "Care coordination",
         "The absence of the care coordinator was not covered: Mr Gannick had no named worker for five months."),
        ("The brother's concerns were recorded but not acted on; the visit was never made.",
         FT, "Listening to families",
         "The brother's concerns were recorded but not acted on. The planned visit was never made and the family were not contacted again."),
        ("The missed appointment was handled by letter only, contrary to Trust policy.",
         FT, "Missed appointments",
         "The missed appointment in February 2022 was handled by letter only, contrary to the Trust's own policy for patients under forensic community care."),
        ("The missed appointment was not discussed at the team meeting.",
         FT, "Missed appointments",
         "the missed appointment was not discussed at the team's weekly meeting"),
        ("The risk assessment was out of date and did not reflect the medication change.",
         FT, "Risk assessment",
         "The risk assessment was out of date and did not reflect the change in medication."),
        ("British Transport Police did not share their concern with the mental health team; no arrangement existed.",
         "British Transport Police", "Information sharing",
         "The information was not shared with the mental health team."),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold_a.json"))
