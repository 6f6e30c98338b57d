"""Build gold.json for frozen-f9 from the hand coding below.

Run from anywhere: python3 examples/frozen-f9/build_gold.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
The .txt documents are read with wrapped=True (whitespace collapsed, so a quote may cross a line break).
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


# ---------------------------------------------------------------- f9_01
d = D("f9_01_dhr_rosalind_agency.txt")
v = Person(d, "v1", "victim", name="Rosalind", age=41, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("domestic_abuse", "Friends described how Anselm controlled the household money.",
       "He read her messages",
       "What he did was make her smaller, year by year.",
       subtypes=["coercive_control", "financial", "emotional"])
v.char("mental_health_current", "From 2021 Rosalind had anxiety and periods of low mood")
v.char("caring_responsibilities", "Rosalind visited her every day and did her shopping and medication")
v.svc("gp", "prior", "Rosalind sees GP for anxiety and poor sleep; sertraline prescribed",
      "In February 2023 Rosalind attended the practice nurse with a deep cut across her palm")
v.svc("police", "prior", "The officers spoke to Rosalind in the kitchen")
v.svc("mh_iapt_early_intervention", "prior",
      "Rosalind self-referred in April 2022 and was offered six sessions of guided self-help for anxiety by telephone")
v.svc("domestic_abuse_services", "prior", "In October 2022 Rosalind rang the BDAS advice line from her work phone.")
p = Person(d, "p1", "perpetrator", name="Anselm", age=46, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
p.char("alcohol_misuse", "By 2022 Anselm was drinking heavily most evenings.")
p.char("financial_issues", "The failure of the business left the family with debts of about £38,000")
p.char("unemployment", "From then until the homicide he did not work.")
p.char("offending", "in January 2023 magistrates fined him and disqualified him from driving for eighteen months")
p.svc("police", "prior", "Anselm answered the door and said that they had argued about money",
      "In December 2022 Anselm was stopped and breathalysed")
p.svc("gp", "prior", "When Anselm saw a GP in July 2022 he talked about stress, debts and poor sleep")
p.svc("police", "after", "He was arrested at the address.")
p.svc("prison", "after", "The judge passed a life sentence with a minimum term of nineteen years.")
cases.append(case(
    d, title="Rosalind", review_type="dhr", area="Brackenholt", published="2025-01", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Anselm strangled her in the bedroom of their home in Brackenholt",
                      "Anselm was convicted of Rosalind's murder"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 41 strangled at home by her husband, 46, days after telling him she would leave, after years of coercive and financial control, phone tracking and his heavy drinking and debts.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married in 2009 after meeting in 2006; two children; she had told him she was leaving the weekend before.", [
        rc(d, "coercive_control", "He read her messages and, from 2021, had put a location-sharing application on her phone"),
        rc(d, "financial_abuse", "Friends described how Anselm controlled the household money."),
        rc(d, "emotional_abuse", "Dad shouted at Mum every night after the business went"),
        rc(d, "domestic_abuse", "The abuse Rosalind experienced was mostly not physical"),
        rc(d, "strain_separation", "In February 2023 Rosalind told Imogen and Bea that she had decided to leave."),
    ]),
    weapons=[wp(d, "strangulation", "Anselm strangled her in the bedroom")],
    locations=[loc(d, "home", "in the bedroom of their home in Brackenholt")],
    technology=[tech(d, "tracking", "had put a location-sharing application on her phone which he checked whenever she was out"),
                tech(d, "mobile_phone", "he'd ring her six times")],
    escalation_summary="Years of financial control and monitoring; after his business failed in 2022, heavy drinking, debts and mortgage arrears, nightly shouting and a broken phone; she decided to leave in February 2023 and told him the weekend before he killed her, after a day's drinking.",
    markers=[mk(d, "separation", "She told Anselm of her decision on the weekend before she died."),
             mk(d, "alcohol_drugs_before", "On the day of the homicide he had been drinking from early afternoon"),
             mk(d, "stress_debt_housing", "including arrears on the mortgage"),
             mk(d, "threats_property_damage", "he once threw her phone against the kitchen wall and broke it")],
    problems=[
        ("Officers in September 2021 did not separate the couple for long enough for her to answer freely.",
         "Brackenholt Police", "Speaking to the victim alone",
         "the officers did not separate the couple for long enough to allow Rosalind to answer freely"),
        ("DASH answers on control and jealousy marked 'not known' were not followed up.",
         "Brackenholt Police", "Risk assessment of controlling behaviour",
         "The DASH questions about controlling behaviour and jealousy were marked \"not known\", which in the panel's view should itself have prompted further questions"),
        ("Officers did not record the children in the house and no notification was made to children's social care or schools.",
         "Brackenholt Police", "Children in domestic abuse incidents",
         "The attending officers did not record that there were two children in the house"),
        ("The GP made no enquiry about the 'tension at home' or whether she felt safe.",
         "Aldermoss Surgery", "Routine enquiry",
         "No enquiry was made about what the tension at home was, or whether she felt safe."),
        ("Routine enquiry about domestic abuse was not embedded at the practice and training was out of date.",
         "Aldermoss Surgery", "Training",
         "routine enquiry about domestic abuse had not been embedded at the surgery"),
        ("The GP used no alcohol screening and offered no referral when he disclosed drinking more.",
         "Aldermoss Surgery", "Alcohol screening of perpetrator",
         "No alcohol use screening tool was used, and no referral to an alcohol service was offered."),
        ("Nobody linked the husband's drinking and debts with the wife's anxiety though both were patients.",
         "Aldermoss Surgery", "Linking partners' records",
         "nobody connected the husband's drinking and financial stress with the wife's anxiety"),
        ("The practice nurse accepted her explanation of the cut hand without further questions.",
         "Aldermoss Surgery", "Professional curiosity about injuries",
         "The nurse recorded the explanation and did not ask any further questions."),
        ("Her description of money control and needing permission was not recognised as coercive control or taken to supervision.",
         "Brackenholt Talking Therapies", "Coercive control not recognised",
         "The comments about money and permission were not recognised as possible coercive control"),
        ("A newly qualified practitioner had no supervision between sessions.",
         "Brackenholt Talking Therapies", "Supervision",
         "had no supervision between sessions three and six"),
        ("The service's risk screen had no question about domestic abuse.",
         "Brackenholt Talking Therapies", "Risk screening",
         "The service's risk screen asked about self-harm and suicide but had no question about domestic abuse."),
        ("BDAS closed the case after two unanswered calls, with a closure policy that ignored why a controlled person might not answer.",
         "Brackenholt Domestic Abuse Service", "Case closure",
         "the closure policy did not take account of the reasons why a person living with a controlling partner might not pick up the phone"),
        ("No safe time or safe number was agreed in the first call.",
         "Brackenholt Domestic Abuse Service", "Safe contact",
         "no safe time or safe number was agreed during the first call"),
        ("Agencies were alert mainly to physical violence and read her disclosures as marital unhappiness.",
         "Multiple agencies", "Non-physical abuse not recognised",
         "agencies were alert mainly to physical violence"),
        ("Each agency held a fragment and none spoke to another.",
         "Multiple agencies", "Information sharing",
         "none of them spoke to another"),
        ("No professional ever asked Anselm about his behaviour towards his wife.",
         "Multiple agencies", "Perpetrator not engaged",
         "Anselm was never asked by any professional about his behaviour towards his wife."),
    ]))

# ---------------------------------------------------------------- f9_02
d = D("f9_02_sar_lewin_thematic.txt")
v = Person(d, "v1", "victim", name="Lewin", age=21, gender="male", ethnicity="white_british",
           ethnicity_detail="young White British man", living="supported")
v.char("learning_disability", "A mild learning disability had been identified in primary school")
v.char("other", "was diagnosed as autistic at the age of eleven", detail="Autism")
v.char("looked_after", "he came into the council's care when he was seven and lived with the same foster family")
v.char("abuse_neglect_child", "Because of neglect at home he came into the council's care", subtypes=["neglect"])
v.char("parental_separation", "His birth father left when he was a baby.")
v.char("criminal_exploitation", "Lewin's home had been taken over by people supplying drugs")
v.char("abuse_neglect_adult", "his friends were taking his money, hitting him and using his home for crime",
       subtypes=["financial", "physical"])
v.char("victim_of_crime", "The police recorded a robbery")
v.svc("adult_social_care", "prior", "He received a care package from Cindleford Council adult social care",
      "Lewin's mum rang the adult social care duty team")
v.svc("housing", "prior", "a block of supported housing run by Inchmarrow Housing Association, with a support worker visiting three times a week",
      "The housing officer wrote to Lewin reminding him of the tenancy conditions")
v.svc("csc_looked_after", "prior", "His leaving care personal adviser visited him monthly until March 2022")
v.svc("voluntary_sector", "prior", "He went to a day centre for young adults with learning disabilities run by a local charity, Glinsford Futures")
v.svc("police", "prior", "Lewin went to the police station in Cindleford town centre")
v.svc("gp", "prior", "The GP practice had seen Lewin twice in the review period")
p1 = Person(d, "p1", "perpetrator", name="Mr D", age=23, gender="male")
p1.char("offending", "Mr D had convictions for possession with intent to supply class A drugs and for assault")
p1.char("history_of_violence", "Mr D had convictions for possession with intent to supply class A drugs and for assault")
p1.char("drug_dealing", "He was known to police as someone who supplied crack cocaine and heroin in Cindleford.")
p1.svc("prison", "prior", "had served a prison sentence")
p1.svc("probation", "prior", "he was on licence to the Probation Service at the time")
p1.svc("police", "prior", "He was known to police as someone who supplied crack cocaine and heroin")
p1.svc("police", "after", "The two men, referred to here as Mr D and Mr E, were charged with murder.")
p1.svc("prison", "after", "Mr D was sentenced to twelve years' imprisonment")
p2 = Person(d, "p2", "perpetrator", name="Mr E", age=19, gender="male")
p2.char("drug_dealing", "both men were involved in supplying drugs from Lewin's flat")
p2.svc("police", "after", "The two men, referred to here as Mr D and Mr E, were charged with murder.")
p2.svc("prison", "after", "Mr E to nine years' detention in a young offender institution")
cases.append(case(
    d, title="Lewin", review_type="sar", area="Cindleford", published="2024-07", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["He had been beaten by two young men who had been using the flat for some weeks.",
                      "convicted both of manslaughter"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Autistic man of 21 with a learning disability, a care leaver in supported housing, beaten to death in his flat by two young men (23 and 19) who had taken it over to supply drugs (cuckooing).",
    reference_individual="victim", people=[v, p1, p2],
    relationship=("friend_acquaintance", "Young men he called his 'new mates' who used his flat to supply drugs (cuckooing).", [
        rc(d, "financial_abuse", "had been emptied of the small amount he kept for spending"),
        rc(d, "physical_abuse", "that he had a black eye"),
        rc(d, "coercive_control", "he was \"not allowed\" to come to her house for Sunday lunch any more"),
        rc(d, "other", "people were \"taking over\" Lewin's flat", detail="Cuckooing / exploitation"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "He had been beaten by two young men")],
    locations=[loc(d, "home", "found unconscious in the kitchen of his flat in Cindleford")],
    escalation_summary="New 'friends' stayed over from spring 2022, visitors at all hours, money taken, he stopped going to the day centre, a phone robbery, a black eye and being kept from his family; staff were refused entry in September and he was beaten in October.",
    markers=[mk(d, "disengaged_services", "In late June Lewin missed two sessions at Glinsford Futures and then stopped attending.")],
    problems=[
        ("No agency recognised that his home had been taken over by drug suppliers, though together they held every sign.",
         "Multiple agencies", "Cuckooing not recognised",
         "None of the agencies recognised, until after his death, that Lewin's home had been taken over by people supplying drugs"),
        ("Front-line housing and adult social care staff did not associate cuckooing with a young man with a learning disability.",
         "Multiple agencies", "Cuckooing of young adults with learning disabilities",
         "front-line staff in housing and adult social care did not associate it with a young man with a learning disability"),
        ("The safeguarding concern was closed on an assumption of capacity, without assessment and without seeing him.",
         "Cindleford Council adult social care", "Capacity assumed",
         "relied on an assumption that Lewin had capacity to decide who he spent time with, without any assessment"),
        ("The duty social worker did not see him in person, ask about the black eye or speak to his support workers.",
         "Cindleford Council adult social care", "Seeing the adult",
         "The duty social worker did not see Lewin face to face, did not ask about the black eye"),
        ("His mother was not told what had been decided about her concern.",
         "Cindleford Council adult social care", "Feedback to referrer",
         "did not tell his mum what had been decided"),
        ("The threshold decision was not reviewed by a manager.",
         "Cindleford Council adult social care", "Management oversight",
         "The threshold decision was not reviewed by a manager."),
        ("No agency brought the others together; there was no lead professional.",
         "Multiple agencies", "Multi-agency coordination",
         "there was no point at which any of them brought the others together"),
        ("A multi-agency risk management meeting was never considered.",
         "Multiple agencies", "Below-threshold risk management",
         "A multi-agency risk management meeting, which the Board's own procedures allow for adults who are at risk but do not meet the section 42 threshold, was never considered."),
        ("The housing officer did not know he had a learning disability; it was not on the system.",
         "Inchmarrow Housing Association", "Recording vulnerability",
         "The housing officer who wrote the tenancy warning letter did not know that Lewin had a learning disability"),
        ("Housing staff refused entry to his flat made no referral to police or adult social care.",
         "Inchmarrow Housing Association", "Escalation when refused entry",
         "There was no referral to the police or to adult social care."),
        ("The officer taking the robbery report did not ask how he knew the boy.",
         "Police", "Investigation of crime against an adult at risk",
         "The officer who took the report did not ask how Lewin knew the boy or where he lived."),
        ("No vulnerability assessment was completed though he mentioned his learning disability.",
         "Police", "Vulnerability assessment",
         "did not complete a vulnerability assessment"),
        ("Police made no referral to adult social care after the robbery.",
         "Police", "Safeguarding referral",
         "Adult social care was not told."),
        ("The intelligence linking his address to a drugs address was not linked to the robbery or shared.",
         "Police", "Intelligence sharing",
         "It was not linked to the robbery report or shared with adult social care."),
        ("Leaving care support after the move did not replace what his foster family had provided.",
         "Cindleford Council leaving care service", "Transition to adulthood",
         "the support that followed did not replace what his foster family had provided"),
        ("His mother's calls to services were not returned.",
         "Multiple agencies", "Listening to family",
         "was not called back by two of them"),
        ("His learning disability and autism were treated as file facts, not as shaping his understanding.",
         "Multiple agencies", "Disability discounted",
         "they were treated as facts on a file rather than as things that shaped how he understood what was happening to him"),
    ]))

# ---------------------------------------------------------------- f9_03
d = D("f9_03_cspr_otis_chronology.txt")
v = Person(d, "v1", "victim", name="Otis", age=0, gender="male", ethnicity="white_british",
           ethnicity_detail="White British boy", living="family_home")
v.char("abuse_neglect_child", "Doctors concluded that the injuries had been caused deliberately, on more than one occasion.",
       subtypes=["physical"])
v.char("parent_mental_health", "was diagnosed by her GP with postnatal depression")
v.char("child_in_need_protection", "Outcome: child in need plan from birth")
v.char("witnessing_violence", "Mr G had pushed her against the wall while she was holding Otis")
v.char("household_substance_misuse", "he often smoked it in the flat while Otis was there")
v.char("parental_separation", "His birth father and Kayleigh had separated before Otis was born.")
v.svc("health_visitor", "prior", "New birth visit by health visitor at eleven days.",
      "Eight-week check at clinic. Otis gaining weight.")
v.svc("csc_cin_cp", "prior", "Child in need visit.")
v.svc("acute_health", "prior", "Otis, aged ten weeks, brought by Kayleigh and Mr G with a bruise to the left cheek.")
v.svc("acute_health", "after", "Otis was transferred to the paediatric intensive care unit, where he spent nine days.")
v.svc("csc_looked_after", "after", "he was placed with foster carers under an interim care order")
p = Person(d, "p1", "perpetrator", name="Mr G", age=26, gender="male", living="family_home")
p.char("offending", "He had convictions for assault and criminal damage")
p.char("history_of_violence", "in 2022 he was convicted of assaulting a former partner")
p.char("substance_misuse", "He smoked cannabis every day")
p.svc("probation", "prior", "He was being supervised by the Probation Service at the time of the events under review.")
p.svc("police", "prior", "Mr G's history of violence against a partner was known to the police and probation")
p.svc("prison", "after", "was sentenced to ten years' imprisonment")
cases.append(case(
    d, title="Baby Otis", review_type="scr", area="Dunmarrow", published="2024-04", incident_year=2023,
    role="overview_report", decision="include", reason="physical_assault",
    screening_quotes=["pleaded guilty to causing grievous bodily harm with intent to Otis",
                      "Doctors concluded that the injuries had been caused deliberately, on more than one occasion."],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Baby boy of four months on a child in need plan found with a skull fracture and rib fractures of different ages inflicted by his mother's partner, 26, who had a conviction for assaulting a former partner; an earlier facial bruise was not referred.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Mother's partner (not his father), staying at the flat most nights from February 2023.", [
        rc(d, "physical_abuse", "fractures to four ribs which were at different stages of healing"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "Doctors concluded that the injuries had been caused deliberately")],
    escalation_summary="A man with a conviction for partner assault moved into the flat in February 2023 unseen by professionals; a domestic incident in March (he pushed the mother while she held the baby), a facial bruise at ten weeks in April, then skull and rib fractures in May.",
    markers=[mk(d, "threats_property_damage", "Mr G had pushed her against the wall while she was holding Otis")],
    problems=[
        ("The social worker saw a man's coat and boots and did not ask who the 'friend' was.",
         "Dunmarrow children's social care", "Unseen man",
         "The social worker did not ask who the friend was or record a name."),
        ("The GP treating the mother's postnatal depression did not ask about the baby's care or the household.",
         "GP practice", "Think family",
         "The GP did not ask about the baby's care or who else was in the home."),
        ("The police notification took eleven days to reach children's social care.",
         "Police", "Notification delay",
         "The notification reached children's social care eleven days after the incident."),
        ("The health visitor did not ask who else lived in the household at the eight-week check.",
         "Health visiting service", "Household composition",
         "At the eight-week check the health visitor never asked about other members of the household"),
        ("The emergency department did not follow the bruising protocol for a non-mobile baby.",
         "Jennerby Royal Infirmary emergency department", "Bruising in non-mobile babies",
         "bruising protocol for immobile babies was not followed"),
        ("The locum doctor had not been told about the protocol at induction.",
         "Jennerby Royal Infirmary emergency department", "Induction of locum staff",
         "the doctor was a locum who had not been told about the protocol during their induction"),
        ("The department did not check the flag showing he had a child in need plan.",
         "Jennerby Royal Infirmary emergency department", "Checking child protection information",
         "The emergency department did not check whether Otis was known to children's social care"),
        ("The discharge letter went to a wrong GP practice, so no summary reached the health visitor or GP.",
         "Jennerby Royal Infirmary emergency department", "Discharge communication",
         "the discharge letter was sent to a previous GP practice recorded in error"),
        ("Police checks were made on the address, not his name, so his history of partner violence was not seen.",
         "Police", "Pre-attendance checks",
         "because the search was carried out on the address and not on his name"),
        ("Children's social care accepted the mother's account by telephone, with no checks, no visit and no management discussion.",
         "Dunmarrow children's social care", "Response to new information",
         "No checks were made with the police or the Probation Service about Mr G, no home visit was made, and the case was not discussed with a manager."),
        ("No child in need review was held and the plan was not updated for the change in household.",
         "Dunmarrow children's social care", "Drift in child in need plan",
         "No child in need review meeting was held between February and May 2023."),
        ("Probation did not check the address he gave.",
         "Probation Service", "Address checks",
         "He told his probation practitioner that he lived with his mother, and the practitioner did not check this."),
        ("Probation never asked about a new relationship or contact with children, against its policy.",
         "Probation Service", "New relationships of domestic abuse perpetrators",
         "Mr G was not asked about a new relationship at any of his four appointments"),
        ("He had not started the required programme because of a waiting list.",
         "Probation Service", "Programme availability",
         "The programme he was required to attend had a waiting list, and he had not started it by May 2023."),
        ("The leaving care adviser did not share the new boyfriend's name with the baby's social worker.",
         "Leaving care service", "Information sharing",
         "The adviser did not share this with Otis's social worker"),
        ("Signs of a man's presence were seen and not explored by professionals.",
         "Multiple agencies", "Unseen man",
         "Signs that a man was present were seen and not explored"),
    ]))

# ---------------------------------------------------------------- f9_04
d = D("f9_04_dhr_imelda_natural_causes.txt")
v = Person(d, "v1", "victim", name="Imelda", age=58, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("domestic_abuse", "in 2021 he was convicted of assaulting Imelda",
       "he controlled the money from her benefits", "he called her names \"all day long\"",
       subtypes=["physical", "financial", "emotional"])
v.char("chronic_illness", "Imelda had chronic obstructive pulmonary disease and ischaemic heart disease")
v.char("disability", "Imelda was an older woman with a disability arising from her lung disease")
v.char("mental_health_current", "Her GP had treated her for depression for many years.")
v.char("alcohol_misuse", "She drank heavily, mostly cider")
v.char("social_isolation", "her friends had \"drifted away because he made it so hard to visit\"",
       "In the last months of her life Imelda seldom left the house.")
v.char("non_engagement", "she attended one assessment in 2020 and did not attend after that")
v.svc("police", "prior", "Police attended the address nine times between 2019 and 2022.")
v.svc("marac", "prior", "Imelda's case was heard at MARAC in May 2021 and in February 2022.")
v.svc("domestic_abuse_services", "prior", "In 2021 the IDVA spoke to Imelda twice by telephone and completed a safety plan.")
v.svc("gp", "prior", "Imelda saw the GP or the practice nurse about every three weeks")
v.svc("substance_misuse_services", "prior", "Imelda was referred by her GP in 2020 and again after the MARAC in 2021")
v.svc("acute_health", "prior", "Imelda was admitted four times with exacerbations of her lung disease.")
v.svc("ambulance", "prior", "the ambulance service attended Imelda five times")
p = Person(d, "p1", "perpetrator", name="Cormac", age=61, gender="male", living="family_home")
p.char("alcohol_misuse", "He was alcohol dependent.")
p.char("unemployment", "had been unemployed since 2019")
p.char("offending", "He had a conviction from 2004 for assaulting a previous partner")
p.char("history_of_violence", "He had a conviction from 2004 for assaulting a previous partner",
       "in 2021 he was convicted of assaulting Imelda")
p.svc("police", "prior", "Cormac was arrested, charged and convicted.")
p.svc("probation", "prior", "Cormac was supervised on a community order from July 2021 to July 2023.")
p.svc("substance_misuse_services", "prior", "Cormac was referred by the Probation Service and attended for a period in 2021 to 2022.")
p.svc("gp", "prior", "Cormac was also a patient and saw the GP about his drinking and about back pain.")
p.svc("police", "after", "Cormac was arrested on suspicion of her murder")
cases.append(case(
    d, title="Imelda", review_type="dhr", area="Elverscombe", published="2024-09", incident_year=2023,
    role="overview_report", decision="exclude", reason="death_not_caused_by_maltreatment",
    screening_quotes=["The pathologist found that Imelda had died from a cardiac arrhythmia caused by long-standing heart disease",
                      "Imelda was not killed. Her death was not caused by violence",
                      "the coroner recorded a conclusion of natural causes"],
    category=None, incident_type=None, fatal=True,
    description="Woman of 58 with COPD, heart disease and alcohol misuse, a long-standing victim of domestic abuse heard twice at MARAC, died of a cardiac arrhythmia; natural causes, not caused by violence; the review continued for learning on the abuse response.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Partners since 2012, living together in her council house since 2013.", [
        rc(d, "domestic_abuse", "Imelda had a history of domestic abuse from Cormac"),
        rc(d, "physical_abuse", "Cormac had pushed her mother down the stairs in 2015"),
        rc(d, "financial_abuse", "he controlled the money from her benefits"),
        rc(d, "emotional_abuse", "he called her names \"all day long\""),
        rc(d, "coercive_control", "Cormac was \"always in the room\""),
        rc(d, "carer", "Her physical dependency on the person who abused her was a reason she stayed"),
    ]),
    problems=[
        ("The 2021 MARAC actions were not followed through.",
         "MARAC", "MARAC action follow-up",
         "The MARAC actions were not followed through."),
        ("The MARAC had no system for checking completion of actions.",
         "MARAC", "MARAC action follow-up",
         "the MARAC had no system for checking whether actions had been completed"),
        ("The 2022 MARAC actions were vague and not checked.",
         "MARAC", "Specific actions",
         "The 2022 MARAC's actions were vague (\"consider a review\") and again were not checked."),
        ("The alcohol service home visit agreed at MARAC did not take place.",
         "Elverscombe Recovery Service", "MARAC actions",
         "The home visit agreed at MARAC did not take place."),
        ("The MARAC flag was put on her GP record but not on his.",
         "Kilnmoor Medical Practice", "Flagging perpetrator records",
         "It was not added to Cormac's record."),
        ("Agencies saw her as a drinker first and a victim second.",
         "Multiple agencies", "Alcohol obscuring victimisation",
         "Imelda was seen as a drinker first and a victim second."),
        ("Nobody asked whether her drinking was a way of coping with the abuse.",
         "Multiple agencies", "Alcohol and abuse",
         "Nobody appears to have asked whether her drinking was, in part, a way of coping with the abuse."),
        ("Bruising on hospital admissions was recorded without explanation or question.",
         "Ickenby District Hospital", "Unexplained injuries in adults",
         "bruising was recorded without any explanation and without any question about how it had happened"),
        ("Falls attended by ambulance crews were not considered as possible assaults and not referred.",
         "Ambulance service", "Falls as cover for assault",
         "The falls attended by the ambulance service were not considered as possible cover for assaults, and no referral was made."),
        ("Clinicians did not look at or understand the MARAC flag on her record.",
         "Kilnmoor Medical Practice", "Use of MARAC flags",
         "the clinicians who saw her for her breathing did not look at it or did not know what it meant"),
        ("No one offered a Care Act assessment to reduce her dependency on the abuser.",
         "Multiple agencies", "Dependency on abuser",
         "Nobody offered her a care needs assessment under the Care Act 2014"),
        ("The IDVA service closed her case after three unanswered calls.",
         "Elverscombe IDVA Service", "Case closure",
         "The IDVA service closed Imelda's case in 2022 after three unanswered calls."),
        ("The IDVA service did not tell the GP or MARAC it had closed the case.",
         "Elverscombe IDVA Service", "Communication of closure",
         "did not tell the GP or the MARAC that the case had been closed"),
        ("Probation accepted his account and did not speak to her, contrary to policy.",
         "Probation Service", "Victim contact",
         "did not speak to Imelda, although the probation domestic abuse policy expects contact with the victim"),
        ("The partner liaison service had no capacity to contact partners.",
         "Probation Service", "Partner liaison capacity",
         "it had no capacity to offer contact to partners at that time"),
        ("Her age and ill health led professionals to read injuries and isolation as illness, not abuse.",
         "Multiple agencies", "Older victims",
         "Her age and her ill health appear to have led professionals to see her injuries and her isolation as part of her illness rather than as possible signs of abuse."),
    ]))

# ---------------------------------------------------------------- f9_05
d = D("f9_05_iir_mr_h_care_treatment.txt")
v = Person(d, "v1", "victim", name="Mr J", age=68, gender="male", ethnicity="white_british",
           ethnicity_detail="White British man", living="alone")
v.svc("housing", "prior", "Mr J telephoned Hartlefold Homes to complain")
v.svc("police", "prior", "Mr J rang the police after Mr H kicked his door")
p = Person(d, "p1", "perpetrator", name="Mr H", age=34, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="mixed White and Black Caribbean heritage", living="alone")
p.char("mental_health_current", "He had a diagnosis of paranoid schizophrenia")
p.char("substance_misuse", "he began to use cannabis heavily")
p.char("medication", "he had stopped taking his antipsychotic medication",
       "he had stopped taking his tablets because they made him")
p.char("offending", "In 2017 he was convicted of assault after punching a stranger in a supermarket")
p.char("history_of_violence", "In 2017 he was convicted of assault after punching a stranger in a supermarket",
       "he assaulted a nurse on the ward")
p.char("parental_separation", "His father, from whom his mother separated when he was eight, had little contact with him.")
p.char("unemployment", "He was not in work")
p.char("non_engagement", "He did not answer the door.", "he had not opened the letter offering an appointment")
p.svc("mh_iapt_early_intervention", "prior", "He was first seen by the Trust's early intervention service at the age of 25")
p.svc("mh_inpatient", "prior", "was admitted informally to Emberlee Ward, an acute adult ward, and then detained under section 2")
p.svc("mh_community", "prior", "The Trust's community mental health team supported him")
p.svc("gp", "prior", "The GP issued repeat prescriptions.")
p.svc("police", "prior", "Officers attended and spoke to both men.")
p.svc("housing", "prior", "a one-bedroom council flat in Gorsebury, let by Hartlefold Homes",
      "wrote to Mr H about his behaviour")
p.svc("police", "after", "Mr H was arrested the same afternoon in a nearby park.")
p.svc("mh_inpatient", "after", "He was made subject to a hospital order under section 37 of the Mental Health Act",
      "remains in a medium secure hospital")
cases.append(case(
    d, title="Mr H", review_type="iir", area="Fenwardine and Gorsebury", published="2024-08", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Mr H struck Mr J repeatedly with a hammer. Mr J died at the scene.",
                      "pleaded guilty to manslaughter on the grounds of diminished responsibility"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 34 with paranoid schizophrenia, discharged from an acute ward six weeks before, off medication and using cannabis, killed his 68-year-old neighbour with a hammer in their block's entrance hall after weeks of delusion-driven threats.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("neighbour", "Neighbour in the ground-floor flat opposite; the focus of Mr H's delusional belief that he was pumping gas through his letterbox.", [
        rc(d, "other", "had shouted through the letterbox that he knew \"what you're doing with the gas\"",
           detail="Threats and harassment driven by delusional beliefs"),
    ]),
    weapons=[wp(d, "blunt_object", "Mr H struck Mr J repeatedly with a hammer.")],
    locations=[loc(d, "home", "in the shared entrance hall of the low-rise block of flats in Gorsebury where both men lived")],
    escalation_summary="Relapse and admission in July 2022 with a delusion about his neighbour and a conditional threat; discharged in October without a care coordinator, telephone follow-up only, stopped tablets and heavy cannabis use, night-time door banging, letterbox threats and a kicked door, his mother's warning not passed on.",
    markers=[mk(d, "discharged_or_absconded", "Mr H had been discharged from an inpatient ward of the Trust six weeks before the homicide."),
             mk(d, "stopped_medication", "he had stopped taking his tablets because they made him"),
             mk(d, "disengaged_services", "He did not answer the door."),
             mk(d, "threats_property_damage", "Mr H kicked his door and left a dent in it"),
             mk(d, "alcohol_drugs_before", "showed that Mr H had used cannabis recently")],
    problems=[
        ("The risk to Mr J was in the Trust's records but never written down as a risk.",
         "Fenwardine and Gorsebury Partnership NHS Foundation Trust", "Risk to named others",
         "the risk Mr H posed to Mr J was identifiable from the Trust's own records, but was never written down as a risk"),
        ("Nobody on the ward connected the neighbour in his delusions with the man opposite him.",
         "Fenwardine and Gorsebury Partnership NHS Foundation Trust (inpatient ward)", "Risk formulation",
         "Nobody on the ward connected the neighbour in Mr H's delusions with the man who lived opposite him"),
        ("The 'specific risks to identified others' section was left blank on the discharge risk assessment.",
         "Fenwardine and Gorsebury Partnership NHS Foundation Trust (inpatient ward)", "Discharge risk assessment",
         "That section was left blank on the discharge risk assessment."),
        ("The discharge plan was made without a care coordinator, his mother, or thought for his return near Mr J.",
         "Fenwardine and Gorsebury Partnership NHS Foundation Trust", "Discharge planning",
         "the plan was made without a care coordinator in place, without the involvement of his mother"),
        ("The seven-day follow-up was by telephone, contrary to the Trust's policy.",
         "Fenwardine and Gorsebury Partnership NHS Foundation Trust", "Post-discharge follow-up",
         "The seven-day follow-up was not carried out face to face, contrary to the Trust's policy."),
        ("He had no care coordinator for seven months.",
         "Fenwardine and Gorsebury Partnership NHS Foundation Trust (community mental health team)", "Care coordination",
         "For seven months in 2022 Mr H had no care coordinator."),
        ("His mother was not invited to the ward review or told of the discharge plan.",
         "Fenwardine and Gorsebury Partnership NHS Foundation Trust", "Family involvement",
         "She was not invited to the ward review, was not told of the discharge plan"),
        ("His mother's warning call in November was not passed on.",
         "Fenwardine and Gorsebury Partnership NHS Foundation Trust (community mental health team)", "Messages from families",
         "her call on 8 November was not passed on"),
        ("Police did not contact the Trust about the door incident though he said he was under mental health services.",
         "Police", "Information sharing",
         "The officers did not contact the Trust, although Mr H had told them he was under mental health services"),
        ("The housing company did not tell the Trust about the complaint.",
         "Hartlefold Homes", "Information sharing",
         "did not inform the Trust, although the housing file contained a note that Mr H had mental health support"),
        ("There was no interim plan for his cannabis use while he waited for the dual diagnosis service.",
         "Fenwardine and Gorsebury Partnership NHS Foundation Trust", "Dual diagnosis",
         "There was no interim plan to manage Mr H's cannabis use while he waited for the dual diagnosis service."),
        ("The discharge summary to the GP did not mention any risk to others.",
         "Fenwardine and Gorsebury Partnership NHS Foundation Trust", "Discharge communication",
         "which listed Mr H's medication but did not mention any risk to others"),
    ]))

# ---------------------------------------------------------------- f9_06
d = D("f9_06_dhr_eustace_numbered.txt")
v = Person(d, "v1", "victim", name="Eustace", age=79, gender="male", ethnicity="white_british",
           ethnicity_detail="White British man", living="family_home")
v.char("chronic_illness", "Eustace had heart failure, which left him breathless and tired")
v.char("disability", "He walked with a frame.")
v.char("other", "he was diagnosed with early Alzheimer's disease", detail="Dementia (Alzheimer's disease)")
v.char("domestic_abuse", "about £41,000 was withdrawn in cash from Eustace's accounts using his card",
       "calling him \"useless\" and \"a burden\"", "\"pushed him a few times\"",
       subtypes=["financial", "emotional", "physical"])
v.char("social_isolation", "After Philippa moved in, his friends found it harder to see him.")
v.svc("gp", "prior", "which saw Eustace regularly for his heart failure")
v.svc("mh_other", "prior", "after an assessment at the memory assessment service of the local mental health trust")
v.svc("other", "prior", "whose district nurses visited Eustace fortnightly from 2022", detail="Community nursing (district nurses)")
v.svc("adult_social_care", "prior", "Adult social care assessed Eustace's needs in May 2021",
      "The safeguarding concern was screened by the adult social care duty team")
v.svc("police", "prior", "Officers carried out a welfare check.")
v.svc("ambulance", "prior", "In January 2023 Eustace was taken to Kelderby General Hospital by ambulance")
v.svc("acute_health", "prior", "He was discharged after two days.")
v.svc("voluntary_sector", "prior", "a Wednesday lunch club at the church hall run by a local charity, Dovecroft Companions")
p = Person(d, "p1", "perpetrator", name="Philippa", age=48, gender="female", living="family_home")
p.char("domestic_abuse", "Her husband was violent and controlling towards her", subtypes=["physical", "coercive_control"])
p.char("mental_health_current", "Philippa had been treated for depression since her early thirties.")
p.char("alcohol_misuse", "By the time she moved back to Harrowvane she was drinking heavily.")
p.char("unemployment", "She had not worked since 2019.")
p.char("caring_responsibilities", "she applied for and was awarded Carer's Allowance as her father's carer")
p.char("non_engagement", "Philippa was discharged in September 2022 after missing three appointments.")
p.svc("police", "prior", "in 2019 she reported him to the police in another area after he assaulted her")
p.svc("domestic_abuse_services", "prior", "She was supported by an IDVA service there")
p.svc("gp", "prior", "Philippa for depression and, from 2021, for alcohol dependence")
p.svc("substance_misuse_services", "prior", "Philippa was referred by her GP in July 2021 and attended eleven sessions over fourteen months.")
p.svc("police", "after", "Philippa was arrested the following day")
p.svc("prison", "after", "sentenced to eight years' imprisonment")
cases.append(case(
    d, title="Eustace", review_type="dhr", area="Harrowvane", published="2024-07", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["she had struck her father on the head with a heavy glass ashtray",
                      "she was convicted of manslaughter"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 79 with heart failure and early dementia died of head injuries after his alcohol-dependent daughter, 48, his live-in carer, struck him with a glass ashtray in an argument about money; long financial and emotional abuse unrecognised.",
    reference_individual=None, people=[v, p],
    relationship=("child_to_parent", "Daughter who moved into his house in 2020 after her divorce and became his carer.", [
        rc(d, "carer", "she applied for and was awarded Carer's Allowance as her father's carer"),
        rc(d, "financial_abuse", "she had taken her father's money to buy alcohol"),
        rc(d, "emotional_abuse", "calling him \"useless\" and \"a burden\""),
        rc(d, "physical_abuse", "\"pushed him a few times\""),
        rc(d, "coercive_control", "Philippa told her he \"didn't want visitors\""),
        rc(d, "domestic_abuse", "the abuse of an elderly father by his daughter was domestic abuse"),
    ]),
    weapons=[wp(d, "blunt_object", "struck her father on the head with a heavy glass ashtray")],
    locations=[loc(d, "home", "lying in the kitchen of his house in Harrowvane")],
    escalation_summary="Daughter moved in after her divorce in 2020; her drinking rose from 2021 with cash taken from his account, isolation from friends, shouting and pushing, bruising in 2022 and a head cut in January 2023; she left alcohol treatment in September 2022; an argument about money preceded the assault.",
    markers=[mk(d, "threats_property_damage", "during an argument about money"),
             mk(d, "disengaged_services", "Philippa was discharged in September 2022 after missing three appointments.")],
    problems=[
        ("The 2021 care needs assessment did not speak to him alone.",
         "Harrowvane Council adult social care", "Seeing the adult alone",
         "It did not speak to Eustace alone."),
        ("The assessment did not ask about the daughter's own health despite the GP's warning.",
         "Harrowvane Council adult social care", "Carer's own needs",
         "It did not ask anything about Philippa's own health"),
        ("It accepted without question that the daughter could meet all his needs.",
         "Harrowvane Council adult social care", "Assumptions about family carers",
         "It accepted without question that a daughter who had recently moved in was able to meet all the needs"),
        ("The carer's assessment offer was not followed up.",
         "Harrowvane Council adult social care", "Carer's assessment",
         "the offer was not followed up when she did not respond"),
        ("The 2022 safeguarding concern was closed without a section 42 enquiry after one phone call.",
         "Harrowvane Council adult social care", "Safeguarding screening",
         "No section 42 enquiry was made, and the concern was closed."),
        ("The duty worker did not visit, see him alone, speak to the nurse or consider his dementia.",
         "Harrowvane Council adult social care", "Safeguarding screening",
         "The duty worker did not visit, did not speak to Eustace alone, did not speak to the district nurse, and did not consider whether his dementia affected his ability to protect himself."),
        ("The district nurse was not told the outcome and did not ask.",
         "Multiple agencies", "Feedback on safeguarding concerns",
         "The district nurse was not told of the outcome and did not ask."),
        ("Officers spoke to him at the door with his daughter beside him.",
         "Harrowvane Police", "Seeing the adult alone",
         "They spoke to Eustace at the front door with Philippa standing beside him"),
        ("No DASH was done because the concern was not recognised as domestic abuse.",
         "Harrowvane Police", "Adult family abuse not recognised",
         "No DASH risk assessment was completed, because the incident was not recognised as domestic abuse."),
        ("Police made no referral to adult social care.",
         "Harrowvane Police", "Safeguarding referral",
         "Nor did they refer him to adult social care."),
        ("The son who raised the concern was not told the outcome.",
         "Harrowvane Police", "Feedback to family",
         "Laurence was not told the outcome."),
        ("No GP connected the daughter's alcohol dependence with the father's dementia and bruising.",
         "Foxcarr Road Surgery", "Linking carer and patient records",
         "No clinician connected the two records."),
        ("The GP did not ask about the bruising or see him alone at the medication review.",
         "Foxcarr Road Surgery", "Seeing the patient alone",
         "The GP did not ask about the bruising recorded by the district nurse, and did not see Eustace on his own."),
        ("The memory service did not check whether the daughter could support him or refer to adult social care.",
         "Memory assessment service (mental health trust)", "Carer suitability",
         "The service did not itself check whether Philippa was able to support her father, and did not refer to adult social care."),
        ("The drug and alcohol service did not ask whether anyone depended on her; the caring question was left blank.",
         "Harrowvane Drug and Alcohol Service", "Caring responsibilities of service users",
         "no one asked whether anyone depended on her"),
        ("The hospital raised no safeguarding concern after the January 2023 head injury.",
         "Kelderby General Hospital", "Unexplained injuries",
         "No safeguarding concern was raised."),
        ("The ambulance crew did not pass on that the carer smelt strongly of alcohol.",
         "Ambulance service", "Handover of information",
         "this information was not passed to the hospital"),
        ("The assumption that a family carer is protective went unchallenged.",
         "Multiple agencies", "Assumptions about family carers",
         "The assumption that a family carer is a protective factor went unchallenged."),
        ("He was never seen alone by any professional after his daughter moved in.",
         "Multiple agencies", "Seeing the adult alone",
         "Eustace was never seen alone by any professional once his daughter moved in."),
        ("The daughter's own abuse history, depression and drinking were never considered against her caring role.",
         "Multiple agencies", "Carer's vulnerabilities",
         "never considered in relation to her role as a carer"),
        ("A gendered picture of who abuses and who cares shaped the response.",
         "Multiple agencies", "Gender assumptions",
         "a gendered picture of who abuses, and of who cares, shaped the response"),
    ]))

# ---------------------------------------------------------------- f9_07
d = D("f9_07_cspr_child_l_web.html")
v = Person(d, "v1", "victim", name="Child L", age=14, gender="female", ethnicity="mixed_white_black_african",
           ethnicity_detail="mixed White and Black African heritage", living="foster_care")
v.char("abuse_neglect_child", "Child L was sexually abused on many occasions by a man of 31",
       "She had a child protection plan because of neglect from the age of nine",
       subtypes=["sexual", "neglect"])
v.char("grooming", "He bought her phone credit, vapes and clothes, and sent taxis to bring her to his flat")
v.char("criminal_exploitation", "shows that the risk of sexual exploitation was not at the front of professionals' minds")
v.char("missing_episodes", "She went missing eleven times between September 2022 and February 2023.")
v.char("looked_after", "came into care at eleven")
v.char("parental_separation", "Child L's parents separated when she was four.")
v.char("household_substance_misuse", "She lived with her mother, who drank heavily")
v.char("domestic_violence_child", "one of whom was violent to her mother in front of her")
v.char("child_in_need_protection", "She had a child protection plan because of neglect from the age of nine")
v.char("mental_health_current", "Child L had low mood")
v.char("self_harm", "had cut her arms at times since she was twelve")
v.char("educational_exclusion", "She received two fixed-term exclusions in the autumn of 2022")
v.svc("csc_looked_after", "prior", "Social worker completes a child exploitation screening tool. Score: medium.",
      "when Child L moved to her current foster placement")
v.svc("police", "prior", "Each time her foster carers reported her missing to the police.")
v.svc("school", "prior", "The school put Child L on a reduced timetable after her second exclusion.")
v.svc("camhs", "prior", "She was referred to the child and adolescent mental health service (CAMHS) in 2021 and was seen for a course of therapy")
v.svc("voluntary_sector", "prior", "Return home interviews were offered for only four of the eleven episodes")
v.svc("other", "prior", "School nurse refers Child L back to CAMHS.", detail="School nursing")
v.svc("police", "after", "she gave a video-recorded interview to specially trained police officers")
v.svc("other", "after", "Child L was seen at the Kestingham sexual assault referral centre", detail="Sexual assault referral centre")
v.svc("csc_cin_cp", "after", "A strategy meeting and a section 47 enquiry took place.")
v.svc("camhs", "after", "she has been seen weekly by a psychologist since March 2023")
v.svc("csc_looked_after", "after", "She remains with the same foster carers")
p = Person(d, "p1", "perpetrator", name="Adult M", age=31, gender="male", ethnicity="white_british",
           ethnicity_detail="White British man", living="alone")
p.char("offending", "In 2016 he was convicted of possessing indecent images of children")
p.svc("mappa", "prior", "managed by the police offender management unit under MAPPA at category 1, level 1")
p.svc("police", "prior", "Offender manager makes a routine home visit to Adult M.")
p.svc("police", "after", "Adult M was arrested the next day.")
p.svc("prison", "after", "he was sentenced to fourteen years' imprisonment")
cases.append(case(
    d, title="Child L", review_type="scr", area="Kestingham", published="2024-11", incident_year=2023,
    role="overview_report", decision="include", reason="sexual_abuse",
    screening_quotes=["Child L was sexually abused on many occasions by a man of 31",
                      "he was convicted of multiple offences of sexual activity with a child"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Looked-after girl of 14 groomed through a messaging app by a registered sex offender, 31, who posed as 19 and sexually abused her over five months while she repeatedly went missing.",
    reference_individual="victim", people=[v, p],
    relationship=("other", "Adult man who contacted her through a social media app, posing as a 19-year-old student (extra-familial).", [
        rc(d, "sexual_abuse", "Child L was sexually abused on many occasions by a man of 31"),
    ]),
    locations=[loc(d, "home", "sent taxis to bring her to his flat, where most of the abuse took place")],
    technology=[tech(d, "social_media", "He had made contact with her through a social media app"),
                tech(d, "online_images", "Foster carer finds sexual messages and images on Child L's phone.")],
    escalation_summary="Online contact in summer 2022 by a man posing as 19, gifts, secrecy and taxis; from September eleven missing episodes, new clothes, self-harm, exclusions and a reduced timetable; a sighting of his car was not acted on until the carer found messages in February 2023.",
    markers=[mk(d, "missing_moving", "She went missing eleven times between September 2022 and February 2023.")],
    problems=[
        ("Police used the language of choice and did not see the risk of sexual exploitation in her missing episodes.",
         "Police", "Missing children and exploitation",
         "The language of choice, used about a fourteen-year-old girl in care who was coming home in new clothes, shows that the risk of sexual exploitation was not at the front of professionals' minds."),
        ("Return home interviews were offered for only four of eleven episodes, and late.",
         "Multiple agencies", "Return home interviews",
         "Return home interviews were offered for only four of the eleven episodes, and each was offered a week or more after Child L came home."),
        ("Notifications of missing episodes reached the return interview service late and in batches.",
         "Multiple agencies", "Missing notifications",
         "it received notifications late, in batches, from the police and the council"),
        ("Nobody monitored whether return interviews took place.",
         "Multiple agencies", "Monitoring",
         "Nobody had been monitoring whether the interviews took place."),
        ("No agency put the missing episodes, gifts, car and self-harm together.",
         "Multiple agencies", "Joining up indicators",
         "No agency put the missing episodes together with the new clothes, the vapes, the car and the self-harm."),
        ("The car registration from the foster carer was not passed to police for seven weeks.",
         "Kestingham Council children's social care", "Acting on carers' information",
         "the registration number was not passed to the police for seven weeks"),
        ("The carer's email was not read by the social worker who took over the case.",
         "Kestingham Council children's social care", "Case transfer",
         "the email was not read by the social worker who took over"),
        ("She had four social workers in twelve months.",
         "Kestingham Council children's social care", "Worker turnover",
         "Child L had four social workers in the twelve months under review."),
        ("Intelligence that a registered sex offender owned the car was not passed to his offender manager or to children's social care.",
         "Police", "Intelligence sharing",
         "It was not passed to the offender manager responsible for Adult M, and it was not shared with children's social care."),
        ("The exploitation panel agreed to monitor and no strategy discussion was held.",
         "Exploitation panel (multi-agency)", "Escalation to strategy discussion",
         "The exploitation panel agreed to \"monitor\", and there was no strategy discussion"),
        ("Nobody at the panel asked police to check the car.",
         "Exploitation panel (multi-agency)", "Professional curiosity",
         "Nobody at the panel asked for the police to check the car."),
        ("The school did not tell her social worker of the reduced timetable for three weeks or consult her carers.",
         "Child L's secondary school", "Reduced timetables",
         "The school did not tell her social worker for three weeks, and the decision was not discussed with her foster carers in advance."),
        ("The DSL knew of the missing episodes but did not link them with sending her home at lunchtime.",
         "Child L's secondary school", "Designated safeguarding lead",
         "The designated safeguarding lead was aware of the missing episodes but did not link them with the decision to send her home at lunchtime."),
        ("CAMHS offered only clinic appointments.",
         "CAMHS", "Accessibility",
         "CAMHS accepted the school nurse's referral but offered only clinic appointments."),
        ("CAMHS discharged a self-harming looked-after child after missed appointments without telling her social worker or carers, against its policy.",
         "CAMHS", "Was not brought",
         "without contact with her social worker or foster carers, was not in line with the service's own policy on children who were not brought to appointments"),
        ("The offender manager's visit did not examine his devices.",
         "Police offender management unit", "Management of registered sex offenders",
         "The visit did not include an examination of his phone or computer, although the offender manager had the power to request one."),
        ("The language used about her minimised the abuse.",
         "Multiple agencies", "Language",
         "The language used about Child L minimised the abuse she was experiencing."),
        ("Her identity needs were not explored with her.",
         "Kestingham Council children's social care", "Identity",
         "The review found no record that her identity needs had been explored with her in the year under review"),
        ("The foster carers were not invited to the exploitation panel and did not know it had discussed her.",
         "Multiple agencies", "Involving carers",
         "They were not invited to the exploitation panel and did not know it had discussed Child L."),
    ]))

# ---------------------------------------------------------------- f9_08
d = D("f9_08_sar_hester_practice_episodes.txt")
v = Person(d, "v1", "victim", name="Hester", age=86, gender="female", ethnicity="white_other",
           ethnicity_detail="White Polish", living="residential")
v.char("chronic_illness", "Hester had Parkinson's disease, diagnosed in 2014")
v.char("other", "vascular dementia, diagnosed in 2019", detail="Dementia (vascular)")
v.char("disability", "she could no longer walk safely without the help of one person and a walking frame")
v.char("migration_status", "Hester was born in Poland and came to England in 1958")
v.char("english_additional_language", "Hester lost much of her English and spoke mainly Polish")
v.svc("private_sector", "prior", "a nursing home in Ivelstone owned by a private company, Jorrick Care Limited")
v.svc("gp", "prior", "The GP who visited the home weekly saw Hester twice in January 2023 after falls.")
v.svc("adult_social_care", "prior", "Ivelstone Council reviewed Hester's placement in November 2022")
v.svc("acute_health", "prior", "she moved into Larkhollow House after a hospital admission for a chest infection")
cases.append(case(
    d, title="Hester", review_type="sar", area="Ivelstone", published="2024-03", incident_year=2023,
    role="overview_report", decision="exclude", reason="poor_care_management",
    screening_quotes=["sustained in an accidental fall",
                      "This review has found nothing to suggest that Hester was assaulted or that her fall was the result of any deliberate act.",
                      "It was not caused by violence or by any deliberate act."],
    category=None, incident_type=None, fatal=True,
    description="Woman of 86 with Parkinson's disease and dementia in a nursing home died of pneumonia after surgery for a hip broken in her seventh fall in three months; falls risk not managed; no violence.",
    reference_individual="victim", people=[v],
    problems=[
        ("The falls risk assessment was reviewed once and not after the four later falls, against the home's policy.",
         "Larkhollow House (Jorrick Care Limited)", "Post-fall review",
         "the falls risk assessment was reviewed once, in January 2023, and not after any of the four falls that followed"),
        ("The care plan was not changed during the period of repeated falls.",
         "Larkhollow House (Jorrick Care Limited)", "Care planning",
         "The care plan was not changed at all during the period."),
        ("The care plan did not record that she spoke mainly Polish or how to communicate with her.",
         "Larkhollow House (Jorrick Care Limited)", "Language and communication",
         "It did not say that she spoke mainly Polish or how staff should communicate with her at night."),
        ("The broken sensor mat was not replaced in five weeks and no interim measure was put in place.",
         "Larkhollow House (Jorrick Care Limited)", "Equipment",
         "Nobody put in place another way of knowing when Hester got out of bed"),
        ("The hourly night checks in her care plan were not carried out.",
         "Larkhollow House (Jorrick Care Limited)", "Night checks",
         "The hourly checks required by her care plan had not been carried out."),
        ("Her walking frame was moved and not put back.",
         "Larkhollow House (Jorrick Care Limited)", "Falls prevention",
         "The frame had been moved during the evening so that a carer could reach the wardrobe, and it had not been put back."),
        ("The visiting GP did not review her medication or link the falls to the sedating medicine.",
         "Ickenby Lane Surgery", "Medication and falls",
         "On neither occasion was her medication reviewed, and the falls were not linked with the sedating medicine."),
        ("The structured medication review due in January did not take place.",
         "Ickenby Lane Surgery", "Structured medication review",
         "a structured medication review, which was due in January, did not take place"),
        ("The home's referral to the falls service did not give the number of falls.",
         "Larkhollow House (Jorrick Care Limited)", "Referral quality",
         "because it did not mention that Hester had fallen five times in two months"),
        ("The falls service did not contact the home for the missing information.",
         "Community falls prevention service", "Triage",
         "the service did not contact the home to ask for it"),
        ("None of the falls was reported to the council as a safeguarding concern.",
         "Larkhollow House (Jorrick Care Limited)", "Safeguarding reporting",
         "None of the seven falls was reported to the council as a safeguarding concern."),
        ("The council's placement review was by phone and did not involve her, her daughter or the falls log.",
         "Ivelstone Council adult social care", "Placement reviews",
         "The reviewing officer did not speak to Hester or to Margit, and did not look at the falls log."),
        ("Her daughter's complaint was not answered in writing or logged.",
         "Larkhollow House (Jorrick Care Limited)", "Complaints",
         "She did not receive a written response, and the complaint was not logged."),
        ("Care staff regarded falls as part of the job, not as safeguarding matters.",
         "Larkhollow House (Jorrick Care Limited)", "Understanding neglect",
         "care staff said that they regarded falls as \"part of the job\" in a nursing home"),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
