"""Build gold.json for batch-f10 from the hand coding below.

Run from anywhere: python3 examples/batch-f10/build_gold.py
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


# ---------------------------------------------------------------- f10_01
d = D("f10_01_dhr_bryony_overview_contacts.txt")
v = Person(d, "v1", "victim", name="Bryony", age=41, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("domestic_abuse", "Bryony called 999 saying Silas had \"had his hands round my neck\" and had smashed her phone.",
       "by 2021 he checked her phone every evening",
       "Bryony's pay went into an account he controlled",
       "if I can't have you nobody will",
       subtypes=["physical", "coercive_control", "financial", "emotional"])
v.char("mental_health_current", "Bryony had been treated by her GP for anxiety since 2021 and was prescribed sertraline.")
v.char("social_isolation", "over the years Bryony had stopped seeing friends")
v.svc("police", "prior", "Officers attended; both adults said it was \"just an argument\".",
      "Bryony called 999 saying Silas had \"had his hands round my neck\"",
      "Bryony reported messages from Silas")
v.svc("gp", "prior", "Bryony saw her GP seven times about anxiety and sleep.")
v.svc("domestic_abuse_services", "prior", "IDVA spoke to Bryony; DASH 16 ticks, high risk.")
v.svc("marac", "prior", "Heard once, May 2023")
v.svc("housing", "prior", "Bryony asked for her locks to be changed because Silas still had a key.")
p = Person(d, "p1", "perpetrator", name="Silas", age=44, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
p.char("alcohol_misuse", "Silas drank heavily.", "he was drinking \"at least a bottle of vodka over a weekend")
p.char("offending", "Silas had two previous convictions: drink driving in 2015")
p.char("history_of_violence", "assault occasioning actual bodily harm on a man outside a pub in Marlinford")
p.char("unemployment", "He had worked as a scaffolder until he lost his job in the summer of 2022")
p.char("financial_issues", "He had debts, including rent arrears from an earlier tenancy")
p.char("non_engagement", "Silas attended one assessment, then missed two appointments and was discharged back to his GP.",
       "declined a referral to talking therapy")
p.svc("gp", "prior", "Silas saw his GP for poor sleep and said he was drinking more since losing his job.")
p.svc("substance_misuse_services", "prior", "Silas attended one assessment, then missed two appointments")
p.svc("police", "prior", "Arrested March 2023, released under investigation")
p.svc("jobcentre", "prior", "Universal Credit claim from August 2022; work coach appointments")
p.svc("probation", "prior", "for which he received a 12-month community order supervised by the Probation Service")
p.svc("police", "after", "Silas, who was 44, was arrested the next morning.")
p.svc("prison", "after", "He is serving a life sentence")
cases.append(case(
    d, title="Bryony", review_type="dhr", area="Mardlestow", published="2025-06", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["strangled her in her bedroom",
                      "in April 2024 he was found guilty of murder"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 41 strangled at home by her former partner of eleven years, who let himself in with a key he had kept, six months after she told him to leave.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Former partner of about eleven years, never married, father of her younger child; she told him to leave in March 2023.", [
        rc(d, "domestic_abuse", "Bryony called 999 saying Silas had \"had his hands round my neck\""),
        rc(d, "physical_abuse", "had his hands round my neck"),
        rc(d, "coercive_control", "by 2021 he checked her phone every evening"),
        rc(d, "financial_abuse", "Bryony's pay went into an account he controlled"),
        rc(d, "emotional_abuse", "if I can't have you nobody will"),
        rc(d, "strain_separation", "Bryony told him to leave and he went to stay at his mother's flat"),
        rc(d, "stalking", "The pattern of following and turning up was not recognised as stalking."),
    ]),
    weapons=[wp(d, "strangulation", "strangled her in her bedroom")],
    locations=[loc(d, "home", "Bryony was killed at her home on 9 September 2023")],
    technology=[tech(d, "tracking", "a location-sharing app had been installed on Bryony's phone"),
                tech(d, "mobile_phone", "Bryony reported messages from Silas")],
    escalation_summary="Non-fatal strangulation and a smashed phone in March 2023, separation, refused lock change, following her to her workplace, phone tracking and a threat to kill in August 2023.",
    markers=[mk(d, "separation", "Bryony told him to leave and he went to stay at his mother's flat"),
             mk(d, "threats_property_damage", "if I can't have you nobody will", "had smashed her phone")],
    problems=[
        ("The June 2022 DASH was done within earshot of the perpetrator; she was not spoken to alone.",
         "Mardlestow Police", "Risk assessment",
         "Bryony was not spoken to away from the house or from Silas."),
        ("A disclosure of non-fatal strangulation was graded medium risk and not referred to MARAC.",
         "Mardlestow Police", "Risk assessment (strangulation)",
         "The disclosure of non-fatal strangulation should on its own have led to a high risk grading and a MARAC referral."),
        ("The strangulation offence under the Domestic Abuse Act 2021 was not considered.",
         "Mardlestow Police", "Criminal justice response",
         "Strangulation is a criminal offence in its own right under the Domestic Abuse Act 2021, and that was not considered either."),
        ("He was released under investigation without bail conditions although he held a key.",
         "Mardlestow Police", "Bail and release under investigation",
         "No bail conditions were sought although he held a key to the house."),
        ("The case was closed when she withdrew support without considering an evidence-led prosecution.",
         "Mardlestow Police", "Evidence-led prosecution",
         "an evidence-led prosecution was not considered"),
        ("MARAC agreed no action about the perpetrator.",
         "MARAC", "Perpetrator actions at MARAC",
         "No action was agreed in relation to Silas."),
        ("His previous violence was not known to MARAC because the police did not research his history.",
         "Mardlestow Police", "MARAC research",
         "the police representative did not research his history before the meeting"),
        ("The MARAC housing action reached the safeguarding lead but not the officer dealing with the lock request.",
         "Pelverton Homes", "Passing on MARAC actions",
         "it reached Pelverton Homes' safeguarding lead but was never passed to the officer dealing with the repair request"),
        ("The lock change request was treated as a repair and refused; contact staff were not trained to ask why.",
         "Pelverton Homes", "Housing response to domestic abuse",
         "Pelverton Homes treated the request for new locks as a repair."),
        ("Repeated appearances at her workplace were logged as separate welfare concerns; stalking was not recognised.",
         "Mardlestow Police", "Stalking not recognised",
         "The police logged each report at the school as a separate welfare concern"),
        ("The threatening messages in August were not linked to earlier incidents and no new DASH was done.",
         "Mardlestow Police", "Risk assessment",
         "No new DASH was completed."),
        ("The IDVA service closed a high-risk case without a manager's risk review or telling MARAC.",
         "Moorlight Domestic Abuse Service (IDVA)", "Case closure",
         "A high-risk case was closed without a review of the risk and without telling MARAC."),
        ("The MARAC notification was scanned without an alert, so the GP did not know of it.",
         "Thurlbeck Road Surgery", "MARAC information in GP records",
         "no alert was added"),
        ("No GP asked her about abuse at home although she twice described stress at home.",
         "Thurlbeck Road Surgery", "Routine enquiry",
         "No GP asked Bryony about abuse at home"),
        ("His GP knew of heavy drinking and conflict with his partner but did not ask about children or anyone frightened of him.",
         "Vossbury Medical Practice", "Perpetrator risk in primary care",
         "The GP did not ask whether there were children in the house or whether anyone was frightened of him."),
        ("The drug and alcohol service recorded his comments about the relationship but did not share them, and discharged him after missed appointments.",
         "Stannerley Recovery", "Information sharing; discharge",
         "Stannerley Recovery recorded his comments about his relationship at assessment but did not share them"),
        ("Professionals saw the separation as reducing the risk rather than increasing it.",
         "Multiple agencies", "Separation and risk",
         "Every agency that knew of the separation in March 2023 saw it as a sign that Bryony was safer."),
    ]))

# ---------------------------------------------------------------- f10_02
d = D("f10_02_sar_norbert_exec_numbered.txt")
v = Person(d, "v1", "victim", name="Norbert", age=56, gender="male", ethnicity="white_british",
           ethnicity_detail="family describe their heritage as White British", living="alone")
v.char("learning_disability", "and a mild learning disability.")
v.char("chronic_illness", "Norbert had epilepsy, largely controlled by his tablets")
v.char("abuse_neglect_adult", "Norbert's benefits were taken from him on the day they were paid",
       "on at least two occasions, hit", subtypes=["financial", "physical"])
v.char("criminal_exploitation", "the flat was being used by Person X to sell crack cocaine and heroin")
v.char("unemployment", "He had no paid work and received benefits.")
v.svc("adult_social_care", "prior", "Skelderby Council's adult social care learning disability team, which had assessed his needs after his mother's death",
      "Adult social care triaged the concern by telephoning Norbert")
v.svc("voluntary_sector", "prior", "Parvell Care, a not-for-profit provider commissioned to give him three hours a week of floating support")
v.svc("gp", "prior", "to his GP, for epilepsy reviews")
v.svc("housing", "prior", "It responded by sending Norbert two warning letters about breaches of his tenancy.")
v.svc("police", "prior", "Two police community support officers visited.")
v.svc("ambulance", "prior", "Norbert was taken by ambulance to the emergency department with a broken wrist.")
v.svc("acute_health", "prior", "Norbert was taken by ambulance to the emergency department with a broken wrist.",
      "He was treated and discharged the same evening.")
p1 = Person(d, "p1", "perpetrator", name="Person X", age=34, gender="male")
p1.char("offending", "Person X had a long history of offending, mainly for the supply of class A drugs")
p1.char("history_of_violence", "a conviction for wounding in 2016")
p1.char("drug_dealing", "the flat was being used by Person X to sell crack cocaine and heroin")
p1.svc("prison", "prior", "He had left prison on licence in June 2023.")
p1.svc("probation", "prior", "Person X was supervised by the Probation Service while on licence.")
p1.svc("prison", "after", "was convicted of murder and sentenced to life imprisonment")
p2 = Person(d, "p2", "perpetrator", name="Person Y", age=29, gender="female", living="homeless")
p2.char("homelessness", "Person Y was homeless, moving between friends' sofas")
p2.char("substance_misuse", "was dependent on heroin")
p2.svc("prison", "after", "was found guilty of manslaughter and received a nine-year sentence")
cases.append(case(
    d, title="Norbert", review_type="sar", area="Skelderby", published="2025-01", incident_year=2024,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["He had been kicked repeatedly in the head.",
                      "was convicted of murder and sentenced to life imprisonment"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 56 with a learning disability, living alone, whose flat was taken over for drug dealing, kicked to death in the stairwell of his block by one of the two acquaintances exploiting him.",
    reference_individual="victim", people=[v, p1, p2],
    relationship=("friend_acquaintance", "Acquaintances he called his friends, met at a market cafe, who took over his flat (cuckooing) from summer 2023.", [
        rc(d, "financial_abuse", "Norbert's benefits were taken from him on the day they were paid"),
        rc(d, "physical_abuse", "on at least two occasions, hit"),
        rc(d, "other", "the flat was being used by Person X to sell crack cocaine and heroin", detail="Cuckooing (criminal exploitation)"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "He had been kicked repeatedly in the head.")],
    locations=[loc(d, "home", "Person X attacked Norbert on the stairs outside his flat")],
    escalation_summary="Acquaintances moved into his flat in summer 2023, took his benefits and bank card, hit him and used the flat to deal drugs; he was attacked after telling a neighbour he wanted them to go.",
    problems=[
        ("His case was closed to the learning disability team after a telephone review, soon after he lost his mother and began living alone.",
         "Skelderby Council adult social care", "Case closure; loss of carer",
         "The case was closed to the learning disability team in March 2022 after a review that took place by telephone."),
        ("The 2021 assessment did not say who would provide the prompting he needed.",
         "Skelderby Council adult social care", "Assessment after loss of carer",
         "did not say who would prompt him"),
        ("The support provider's safeguarding concern was screened out by telephone; nobody visited.",
         "Skelderby Council adult social care", "Safeguarding triage",
         "Nobody visited him."),
        ("Capacity was assumed rather than assessed; executive capacity was not considered.",
         "Skelderby Council adult social care", "Mental capacity",
         "Capacity was assumed rather than assessed"),
        ("PCSOs accepted his account given in front of the perpetrator and ran no checks on him.",
         "Skelderby Police", "Checks on suspected exploiters",
         "They did not run checks on Person X"),
        ("The police made no referral to adult social care after the report of his flat being taken over.",
         "Skelderby Police", "Safeguarding referral",
         "did not make a referral to adult social care"),
        ("Housing responded to neighbours' complaints with tenancy warning letters to him.",
         "Skelderby Council housing", "Nuisance seen instead of exploitation",
         "It responded by sending Norbert two warning letters about breaches of his tenancy."),
        ("The housing officer did not visit and the council's cuckooing guidance was not used.",
         "Skelderby Council housing", "Cuckooing guidance",
         "the council's own guidance on cuckooing, which would have prompted a multi-agency meeting, was not used"),
        ("The emergency department accepted the explanation of a fall during a seizure without question.",
         "Skelderby General Hospital emergency department", "Unexplained injuries",
         "the explanation of a fall during a seizure was accepted without question"),
        ("He was not spoken to without the perpetrator present despite a learning disability flag.",
         "Skelderby General Hospital emergency department", "Seeing patients alone",
         "Norbert was not asked anything without Person Y present."),
        ("No safeguarding referral was made from the emergency department.",
         "Skelderby General Hospital emergency department", "Safeguarding referral",
         "No safeguarding referral was made."),
        ("Probation did not follow up his client's unverified stay with a man with learning problems.",
         "Probation Service", "Licence address",
         "the matter was not followed up"),
        ("Probation neither enforced the residence condition nor told the police of the risk to the friend.",
         "Probation Service", "Information sharing about risk to others",
         "a conversation with the police about the risk to the friend"),
        ("Five agencies each held part of the picture and no multi-agency meeting was ever called.",
         "Multiple agencies", "Multi-agency working",
         "No meeting was ever called, and no agency had the whole picture."),
        ("Without a shared cuckooing protocol, each agency saw it as another's matter.",
         "Multiple agencies", "No shared protocol",
         "the lack of a shared protocol meant that in practice it was nobody's matter"),
    ]))

# ---------------------------------------------------------------- f10_03
# Boxed text: the quotes are kept inside one box line, never across the "|" borders.
d = D("f10_03_cspr_child_u_learning_brief_boxes.txt")
v = Person(d, "v1", "victim", name="Child U", age=0, gender="male", living="family_home")
v.char("abuse_neglect_child", "found healing fractures of three ribs",
       "Jory later admitted shaking Child U when he would not stop crying.", subtypes=["physical"])
v.char("parent_mental_health", "At the six-week check Keziah told the health visitor she felt \"low and")
v.svc("health_visitor", "prior", "The health visiting service: new birth visit at 11 days and a six-week check")
v.svc("gp", "prior", "The GP practice: eight-week immunisations",
      "the practice nurse who gave Child U his immunisations noticed a small bruise")
v.svc("acute_health", "prior", "Child U was taken to the urgent care centre with a swelling on the side of his head")
v.svc("ambulance", "after", "Quorley Royal Infirmary by ambulance, floppy and barely responsive.")
v.svc("acute_health", "after", "He spent three weeks in paediatric")
v.svc("csc_looked_after", "after", "Since leaving hospital Child U has lived with foster carers.")
p = Person(d, "p1", "perpetrator", name="Jory", age=22, gender="male", living="family_home")
p.char("looked_after", "Jory had himself spent two years in foster care when he was nine and ten.")
p.char("substance_misuse", "he smoked cannabis \"every day, to keep calm\"")
p.char("offending", "At 17 he had been cautioned by police for having cannabis.")
p.char("unemployment", "He was not working.")
p.char("history_of_violence", "Keziah said Jory had pushed her against a wall")
p.svc("police", "prior", "Jory was given words of advice.")
p.svc("prison", "after", "seven years' imprisonment.")
cases.append(case(
    d, title="Child U", review_type="scr", area="Quorley", published="2025-02", incident_year=2023,
    role="briefing", decision="include", reason="physical_assault",
    screening_quotes=["Jory later admitted shaking Child U when he would not stop crying.",
                      "convicted of causing grievous bodily harm with intent and sentenced to"],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Baby boy of four months left with a lasting brain injury and rib fractures after being shaken more than once by his father, 22, after an earlier bruise and head swelling were accepted as accidental.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Father, living with the baby and his mother; cared for him alone most afternoons.", [
        rc(d, "physical_abuse", "Jory later admitted shaking Child U when he would not stop crying."),
    ]),
    weapons=[wp(d, "non_accidental_injury", "shaken on more than one occasion.")],
    escalation_summary="A bruise on his ear at eight weeks and a head swelling at ten weeks, each explained as accidental, before the shaking injuries at four months.",
    problems=[
        ("The practice nurse did not follow the bruising protocol for a non-mobile baby and did not know it applied to her.",
         "GP practice (practice nurse)", "Bruising in non-mobile babies",
         "This was not done. The nurse did not know the protocol"),
        ("The urgent care centre did not look at the GP or child health record, so the earlier bruise was unknown.",
         "Quorley Urgent Care Centre", "Checking records",
         "At the urgent care centre, nobody looked at Child U's GP record or the"),
        ("An implausible explanation (a ten-week-old rolling off a sofa) was accepted without questions.",
         "Quorley Urgent Care Centre", "Implausible explanations",
         "who saw him accepted the explanation without asking how he came to be on"),
        ("No skeletal survey or safeguarding referral was considered.",
         "Quorley Urgent Care Centre", "Safeguarding referral",
         "No skeletal survey or safeguarding referral"),
        ("No health professional met the father before the injuries.",
         "Health visiting service", "Invisible fathers",
         "No health professional met Jory at any point before the injuries."),
        ("Nobody asked who else cared for the baby though the father cared for him alone most afternoons.",
         "Multiple agencies", "Who else cares for the baby",
         "Nobody asked who else looked"),
        ("The father's history was known in pieces to different agencies and considered by none.",
         "Multiple agencies", "Information sharing about fathers",
         "different agencies and considered by none of them."),
        ("The pre-birth referral described only the mother and did not mention the police call-out.",
         "Leaving care service", "Pre-birth referral",
         "referral did not mention the police call-out"),
        ("Children's social care decided it had no role without asking the police about either parent.",
         "Quorley children's social care", "Pre-birth screening",
         "did not ask the police whether they held anything about either parent."),
        ("The police notification of the incident in pregnancy went to a general inbox and never reached the named midwife.",
         "Midwifery service", "Domestic abuse notifications",
         "midwifery service's general inbox and never reached the named midwife."),
        ("The planned review of the mother's low mood did not happen because the case was not handed over during leave.",
         "Health visiting service", "Perinatal mental health follow-up",
         "The review visit did not happen because the health visitor went on leave"),
    ]))

# ---------------------------------------------------------------- f10_04
d = D("f10_04_iir_mr_y_care_treatment.txt")
v = Person(d, "v1", "victim", name="Mr Z", age=45, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="mixed White and Black Caribbean", living="family_home")
v.char("caring_responsibilities", "Mr Z was his brother's main carer.",
       "Mr Z moved back into the family house to look after both him and Mr Y")
v.char("domestic_abuse", "Mr Y had punched Mr Z in the face during an argument about money", subtypes=["physical"])
v.svc("police", "prior", "Mr Z declined to make a complaint and told officers his brother was")
v.svc("adult_social_care", "prior", "Mr Z had a carer's assessment with Nunsfell Council adult social care")
v.svc("gp", "prior", "Mr Z also saw his own GP on 1 March, for poor sleep.")
p = Person(d, "p1", "perpetrator", name="Mr Y", age=38, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="mixed White and Black Caribbean", living="family_home")
p.char("mental_health_current", "He was diagnosed with paranoid schizophrenia.")
p.char("alcohol_misuse", "Mr Y drank heavily from his early twenties")
p.char("history_of_violence", "During the 2019 admission he punched a nurse.",
       "Mr Y had punched Mr Z in the face during an argument about money")
p.char("offending", "He was charged with assault and received a conditional discharge.")
p.char("medication", "both times after stopping his medication", "his brother was not taking his tablets")
p.char("unemployment", "He has not worked since.")
p.char("parental_separation", "His parents separated when he was 15")
p.char("non_engagement", "twice offered a referral to the drug and alcohol service, which he declined")
p.svc("mh_iapt_early_intervention", "prior", "Mr Y was first seen by the Trust's early intervention service in 2012")
p.svc("mh_community", "prior", "discharged to the Maundry Street community mental health team (CMHT) in 2015")
p.svc("mh_inpatient", "prior", "Mr Y was detained under section 2 following a Mental Health Act assessment and taken to the Rookhaven Unit.")
p.svc("mh_other", "prior", "Mr Y was discharged to the Trust's home treatment team (CRHT).")
p.svc("gp", "prior", "after his father took him to the GP because he had stopped sleeping")
p.svc("police", "prior", "a neighbour rang the police about the family house, where Mr Y had punched Mr Z")
p.svc("police", "after", "was arrested when police arrived")
p.svc("mh_inpatient", "after", "the judge imposed a hospital order under section 37 of the Mental Health Act 1983",
      "He remains in a medium secure hospital.")
cases.append(case(
    d, title="Mr Y", review_type="iir", area="Nunsfell", published="2025-10", incident_year=2024,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Mr Y stabbed his older brother, Mr Z",
                      "Mr Y pleaded guilty to manslaughter by reason of diminished responsibility"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 38 with paranoid schizophrenia stabbed his brother and main carer, 45, at their family home 33 days after discharge from an inpatient ward, having stopped his tablets and resumed heavy drinking.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("sibling", "Brothers sharing their late father's house; the older brother was the younger's main carer.", [
        rc(d, "carer", "Mr Z was his brother's main carer."),
        rc(d, "physical_abuse", "Mr Y had punched Mr Z in the face during an argument about money"),
        rc(d, "domestic_abuse", "Mr Y had punched Mr Z in the face during an argument about money"),
    ]),
    weapons=[wp(d, "knife", "Mr Y stabbed his older brother")],
    locations=[loc(d, "home", "in the kitchen of the house they shared in Nunsfell")],
    escalation_summary="Father's death in November 2023, admission for a psychotic relapse with delusions of poisoning, discharge without a care coordinator, stopped tablets, nightly drinking and the delusion naming his brother.",
    markers=[mk(d, "discharged_or_absconded", "Mr Y had been discharged from the Trust's Rookhaven Unit, an acute inpatient ward, 33 days before the homicide."),
             mk(d, "stopped_medication", "his brother was not taking his tablets"),
             mk(d, "alcohol_drugs_before", "Mr Y had been drinking rum since the afternoon."),
             mk(d, "adverse_life_event", "Their father died in November 2023.")],
    problems=[
        ("The 2021 assault on his brother was never added to the risk assessment, which kept recording no violence towards family.",
         "Nunsfell Partnership NHS Foundation Trust (CMHT)", "Risk assessment",
         "The Trust's risk assessment of Mr Y was not updated after the 2021 assault on his brother"),
        ("The switch from depot to tablets had no adherence plan except relying on family members.",
         "Nunsfell Partnership NHS Foundation Trust (CMHT)", "Medication adherence",
         "was made without any plan to check adherence other than relying on family members"),
        ("After discharge nobody asked whether he was taking his medication.",
         "Nunsfell Partnership NHS Foundation Trust", "Medication adherence after discharge",
         "After discharge in February 2024 nobody asked whether Mr Y was taking his medication."),
        ("His heavy drinking was treated as a lifestyle matter and never in his care plan.",
         "Nunsfell Partnership NHS Foundation Trust (CMHT)", "Dual diagnosis",
         "His care plan said nothing about alcohol."),
        ("His brother, who would live with him, was not involved in discharge planning.",
         "Rookhaven Unit (inpatient)", "Carers in discharge planning",
         "Mr Z was not involved in planning his brother's discharge"),
        ("The CRHT discharged him to a team with no worker allocated to him.",
         "Crisis resolution and home treatment team", "Transfer of care",
         "The CRHT discharged Mr Y to a team that had no one allocated to him."),
        ("The CMHT did not reallocate the case during the care coordinator's sick leave; one phone call in 33 days.",
         "Maundry Street CMHT", "Unallocated cases",
         "The CMHT had not reallocated the case; it sat on the team's duty list."),
        ("The crisis line did not treat the carer's report of relapse as a crisis and did not consult a clinician.",
         "Trust crisis line", "Responding to carers' concerns",
         "The call handler did not consult a clinician"),
        ("The email about the call was not read for days and then filed without action.",
         "Maundry Street CMHT", "Duty inbox",
         "It was not read until 4 March, and then it was filed."),
        ("The Trust did not offer the carer its own assessment or a named contact.",
         "Nunsfell Partnership NHS Foundation Trust", "Carers",
         "it never offered him a carer's assessment of its own"),
        ("The council's carer's assessment never reached the care coordinator or the Trust record.",
         "Nunsfell Partnership NHS Foundation Trust (CMHT)", "Information sharing with adult social care",
         "His care coordinator did not see the carer's assessment and no copy was put on the Trust's record."),
        ("The Trust's internal investigation did not look at the 2021 incident or the risk assessment.",
         "Nunsfell Partnership NHS Foundation Trust", "Serious incident investigation",
         "It did not look at the 2021 incident or the risk assessment."),
    ]))

# ---------------------------------------------------------------- f10_05
d = D("f10_05_dhr_marigold_council_web.html")
v = Person(d, "v1", "victim", name="Marigold", age=52, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("domestic_abuse", "their mother had been abused by her husband for many years",
       "which friends their mother could see, what she wore, how much she could spend",
       "Marigold had no bank card of her own.",
       "He called her \"useless\" and \"mental\" in front of the family",
       subtypes=["coercive_control", "financial", "emotional"])
v.char("mental_health_current", "Her GP had been treating Marigold for depression since 2018.")
v.char("self_harm", "In October 2022 she took an overdose of her tablets")
v.svc("gp", "prior", "Marigold saw her GP eleven times about low mood between 2018 and 2023")
v.svc("mh_iapt_early_intervention", "prior", "She was referred to the NHS talking therapies service in 2021, attended two sessions")
v.svc("police", "prior", "Police attended the house once, in June 2021, after a neighbour heard shouting.")
v.svc("acute_health", "prior", "Marigold was seen in the emergency department and discharged home the next morning")
p = Person(d, "p1", "perpetrator", name="Mr M", age=58, gender="male", living="family_home")
p.char("chronic_illness", "apart from his own GP for a heart condition")
p.svc("gp", "prior", "apart from his own GP for a heart condition")
p.svc("police", "prior", "The officers who attended in 2021 spoke to Marigold and Mr M together in the living room.")
p.svc("police", "after", "the police investigated whether her husband had committed an offence of controlling or coercive behaviour")
cases.append(case(
    d, title="Marigold", review_type="dhr", area="Wrenholt", published="2024-08", incident_year=2023,
    role="other", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["Marigold was 52 when she took her own life at her home.",
                      "An inquest concluded that she died by suicide."],
    category=None, incident_type="suicide", fatal=True,
    description="Woman of 52 with depression took her own life at home after years of coercive and financial control by her husband; a DHR, but a suicide with no peer-violence element.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Husband of 29 years, living together.", [
        rc(d, "domestic_abuse", "their mother had been abused by her husband for many years"),
        rc(d, "coercive_control", "which friends their mother could see, what she wore, how much she could spend"),
        rc(d, "financial_abuse", "Marigold had no bank card of her own."),
        rc(d, "emotional_abuse", "He called her \"useless\" and \"mental\" in front of the family"),
    ]),
    problems=[
        ("Professionals she told about low mood never asked about her relationship or safety at home.",
         "Multiple agencies", "Routine enquiry",
         "none of them asked her about her relationship or whether she felt safe at home"),
        ("The GP never made routine enquiry about domestic abuse at depression reviews.",
         "GP practice", "Routine enquiry in depression reviews",
         "routine enquiry about domestic abuse was never made"),
        ("The practice did not notice that her husband attended most of her appointments.",
         "GP practice", "Partner present at appointments",
         "the practice did not notice that Mr M attended most of her appointments with her"),
        ("Talking therapies discharged her by letter after one missed session without phoning.",
         "NHS talking therapies service", "Discharge for non-attendance",
         "The talking therapies service discharged Marigold after one missed session by letter"),
        ("Police spoke to the couple together and left the risk assessment mostly unanswered.",
         "Police", "Seeing victims alone; DASH",
         "The officers who attended in 2021 spoke to Marigold and Mr M together in the living room."),
        ("The incident was recorded as a verbal argument with no offences.",
         "Police", "Coercive control not recognised",
         "the incident was recorded as \"verbal argument, no offences\""),
        ("After the overdose she was discharged without a psychosocial assessment and nobody asked why.",
         "Wrenholt General Hospital", "Psychosocial assessment after self-harm",
         "After the overdose Marigold did not receive a psychosocial assessment before she was discharged"),
        ("No agency linked her depression and self-harm to her marriage.",
         "Multiple agencies", "Domestic abuse behind low mood",
         "No agency linked her depression and self-harm to what was happening in her marriage."),
    ]))

# ---------------------------------------------------------------- f10_06
# Thematic review: only the focal case (Rafe, section 3) is coded; Children K, P, W, E, F, J and the
# cross-case themes in section 4 are distractors.
d = D("f10_06_cspr_rafe_thematic_focal.txt")
v = Person(d, "v1", "victim", name="Rafe", age=17, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="Black British of Caribbean heritage", living="family_home")
v.char("send", "Rafe had speech and language difficulties identified in primary school")
v.char("household_member_prison", "His older brother was serving a prison sentence from 2021")
v.char("educational_exclusion", "Rafe was permanently excluded for having a kitchen knife in his bag at school.")
v.char("carrying_weapons", "he carried it \"for protection\"")
v.char("victim_of_crime", "after being robbed of his bike and phone by a group of older youths in Zandle Park")
v.char("missing_episodes", "Rafe went missing from home overnight nine times")
v.char("criminal_exploitation", "he was referred through the National Referral Mechanism because he might be a victim of criminal exploitation")
v.char("offending", "Rafe received a referral order from the youth court in early 2023 for possession of cannabis with intent to supply")
v.char("drug_dealing", "police found him in a flat in another county with a quantity of heroin")
v.char("child_in_need_protection", "He was also subject to a child in need plan from March 2022")
v.svc("school", "prior", "In Year 10 at Upperfold Academy Rafe was permanently excluded",
      "He was then placed in an alternative provision")
v.svc("police", "prior", "police found him in a flat in another county with a quantity of heroin")
v.svc("youth_offending", "prior", "was supervised by Ulverdene Youth Justice Service")
v.svc("csc_cin_cp", "prior", "He was also subject to a child in need plan from March 2022")
v.svc("youth_service", "prior", "a detached youth worker from the Tenterby Youth Trust, whom he trusted")
p = Person(d, "p1", "perpetrator", name="Young Person T", age=18, gender="male")
p.char("offending", "Young Person T had previous convictions for robbery and possession of a bladed article")
p.char("carrying_weapons", "possession of a bladed article")
p.char("gang_affiliation", "was described by the police as linked to one of the groups in the north of the borough")
p.svc("youth_offending", "prior", "had been known to the youth justice service in 2021")
p.svc("prison", "after", "He must serve at least 21 years of a life sentence.")
cases.append(case(
    d, title="Rafe", review_type="scr", area="Ulverdene", published="2024-09", incident_year=2023,
    role="other", decision="include", reason="homicide",
    screening_quotes=["Rafe was stabbed once in the chest in Zandle Park and died at the scene",
                      "was found guilty of murdering him"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Boy of 17, excluded and criminally exploited, stabbed in a park by an 18-year-old he had known since Year 7 after a dispute over money and threats on Snapchat.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "Known to each other since Year 7 at the same academy; fell out over money.", [
        rc(d, "other", "they had fallen out over money T said he was owed", detail="Dispute over money; threats on social media"),
    ]),
    weapons=[wp(d, "knife", "Rafe was stabbed once in the chest")],
    locations=[loc(d, "street_public", "in Zandle Park and died at the scene")],
    technology=[tech(d, "social_media", "T had posted threats against Rafe on Snapchat")],
    escalation_summary="Robbery, knife-carrying and exclusion, repeated missing episodes and county lines exploitation, then a money dispute with threats and a knife picture on Snapchat in the fortnight before.",
    markers=[mk(d, "threats_property_damage", "T had posted threats against Rafe on Snapchat"),
             mk(d, "carrying_weapons", "including a picture of a knife"),
             mk(d, "missing_moving", "Rafe went missing from home overnight nine times")],
    problems=[
        ("He was excluded for carrying a knife without a multi-agency meeting about his own safety.",
         "Upperfold Academy", "Exclusion",
         "The exclusion from Upperfold Academy was made without a multi-agency meeting"),
        ("Nobody asked why he had started carrying a knife, and the robbery he described was never reported.",
         "Upperfold Academy", "Curiosity about knife-carrying",
         "the robbery he described was never reported to the police"),
        ("Return home interviews were offered after only three of nine missing episodes.",
         "Return home interview service", "Missing episodes",
         "Return home interviews were offered after only three of the nine missing episodes"),
        ("What the return home interviews found was not passed to the youth justice worker or social worker.",
         "Return home interview service", "Information sharing",
         "The information gathered was not passed to the youth justice worker or to the social worker."),
        ("Agencies left the NRM to run its course; nobody was told what it meant for their work.",
         "Multiple agencies", "National Referral Mechanism",
         "No one was told what the referral meant for their own work with Rafe."),
        ("His exploitation was not raised in court and he was sentenced as a dealer rather than a trafficked child.",
         "Youth court process", "Exploitation seen as offending",
         "his exploitation was not raised in his defence"),
        ("The child in need plan was reviewed three times without change.",
         "Ulverdene children's social care", "Drift in child in need planning",
         "The child in need plan was reviewed three times but did not change."),
        ("Case closure at 18 was planned and transition planning to adult services did not begin.",
         "Ulverdene children's social care", "Transition to adulthood",
         "transition planning to adult services did not begin"),
        ("The youth justice worker did not share the threat with police or the social worker; no safety plan was made.",
         "Ulverdene Youth Justice Service", "Sharing information about threats",
         "did not share the information with the police or the social worker, and no safety plan was made"),
        ("His mother's requests to move off the estate were handled as ordinary transfers with no link to the risk.",
         "Housing association", "Housing and extra-familial risk",
         "Each request was treated as a transfer application with no priority"),
    ]))

# ---------------------------------------------------------------- f10_07
d = D("f10_07_cspr_sonny_seven_minute.txt")
v = Person(d, "v1", "victim", name="Sonny", age=13, gender="male", living="family_home")
v.char("send", "He is autistic and has an education, health and care plan.")
v.char("bullying", "he was bullied in Years 7 and 8")
v.char("social_isolation", "had few friends his own age")
v.char("mental_health_current", "Sonny was assessed in 2022 for anxiety")
v.char("grooming", "Mr V sent Sonny gifts of game credit, asked him to keep their friendship secret")
v.char("abuse_neglect_child", "sexually abused him in his car", subtypes=["sexual"])
v.svc("school", "prior", "Sonny's secondary school: SEN support and his EHC plan")
v.svc("camhs", "prior", "Sonny was assessed in 2022 for anxiety and placed on the waiting list for therapy.")
v.svc("gp", "prior", "His GP: saw him twice for poor sleep.")
v.svc("police", "after", "Sonny was interviewed by a specially trained officer")
v.svc("csc_cin_cp", "after", "The police and children's social care held a strategy discussion the same evening.")
v.svc("other", "after", "supported by a children's independent sexual violence adviser since",
      detail="Children's independent sexual violence adviser")
p = Person(d, "p1", "perpetrator", name="Mr V", age=26, gender="male")
p.svc("police", "after", "Mr V was arrested")
p.svc("prison", "after", "was sentenced to 11 years")
cases.append(case(
    d, title="Sonny", review_type="scr", area="Vexley", published="2024-11", incident_year=2023,
    role="briefing", decision="include", reason="sexual_abuse",
    screening_quotes=["Mr V met Sonny twice near a leisure centre and sexually abused him in his car",
                      "pleaded guilty to sexual offences against Sonny"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Autistic boy of 13 groomed for five months through an online game's chat by a man of 26 posing as 16, who obtained sexual images and then sexually abused him twice in his car.",
    reference_individual="victim", people=[v, p],
    relationship=("other", "Man he met through an online game's chat, who said he was 16.", [
        rc(d, "sexual_abuse", "sexually abused him in his car"),
        rc(d, "other", "asked him to keep their friendship secret", detail="Online grooming"),
    ]),
    locations=[loc(d, "other", "sexually abused him in his car", detail="Perpetrator's car")],
    technology=[tech(d, "social_media", "Through the game's chat he met a man who said he was 16."),
                tech(d, "online_images", "persuaded him to send sexual images of himself")],
    escalation_summary="Five months of online contact through a game: gifts of credit, secrecy, requests for images, then two meetings.",
    problems=[
        ("The mother's concern about online gifts was answered with a leaflet and not passed to the DSL or recorded.",
         "Secondary school", "Passing on concerns",
         "Nobody told the designated safeguarding lead, and nothing was written down."),
        ("Online safety lessons were not adapted for him despite his EHC plan.",
         "Secondary school", "Online safety for autistic children",
         "were not adapted for Sonny"),
        ("The police waited four months to allocate the report about the account.",
         "Vexley Police", "Online abuse referrals",
         "The police report about the account waited four months to be allocated."),
        ("The referral was graded low priority because no child had been identified.",
         "Vexley Police", "Prioritising online abuse referrals",
         "the referral had been graded as low priority because no child had been identified"),
        ("CAMHS did not review risk during 14 months on the waiting list.",
         "CAMHS", "Waiting lists",
         "nobody from CAMHS reviewed the risk or asked how he was spending his time"),
        ("Nobody asked him who his online friends were.",
         "Multiple agencies", "Voice of the child",
         "Nobody at any point asked Sonny himself who his online friends were."),
    ]))

# ---------------------------------------------------------------- f10_08
d = D("f10_08_cspr_nell_rapid_review_letter.txt")
v = Person(d, "v1", "victim", name="Nell", age=15, gender="female", living="family_home")
v.char("self_harm", "Nell has self-harmed by cutting since she was 13")
v.char("mental_health_current", "has been treated for anxiety by CAMHS since 2023")
v.char("bullying", "a group of pupils in Nell's year at her secondary school began to exclude and taunt her")
v.svc("school", "prior", "Nell told her head of year about the group chat in November 2023")
v.svc("camhs", "prior", "Nell's CAMHS clinician saw her twice in February 2024.")
v.svc("police", "prior", "The image was reported to the police by Nell's mother.")
v.svc("other", "prior", "the school nurse who saw Nell in December 2023", detail="School nurse")
v.svc("ambulance", "after", "Her stepfather found her in the early hours and called an ambulance.")
v.svc("acute_health", "after", "treated in the paediatric high dependency unit at Yarrowbeck Hospital for four days")
v.svc("camhs", "after", "She remains under the care of CAMHS.")
p1 = Person(d, "p1", "perpetrator", name="Pupil B", age=15, gender="male")
p1.svc("school", "prior", "he was given a two-day internal exclusion")
p1.svc("police", "prior", "Officers spoke to Pupil B with his parents")
p2 = Person(d, "p2", "perpetrator", name="Group of pupils in her year", age_band="child_unknown")
p2.svc("school", "prior", "The school spoke to the pupils involved")
cases.append(case(
    d, title="Child Nell", review_type="scr", area="Yarrowbeck", published="2024-04", incident_year=2024,
    role="other", decision="include", reason="suicide_peer_violence",
    screening_quotes=["she took a large overdose of paracetamol and her mother's prescribed medication",
                      "the main reason for the overdose was what had been happening to her at school and online"],
    category="youth_peer_violence", incident_type="suicide", fatal=False,
    description="Girl of 15 survived a large overdose after months of bullying by pupils in her year, in person and online, and the sharing of an intimate image by a boy in her year.",
    reference_individual="victim", people=[v, p1, p2],
    relationship=("friend_acquaintance", "Pupils in the same year at her secondary school; Pupil B had been a friend.", [
        rc(d, "emotional_abuse", "told her to kill herself"),
        rc(d, "other", "shared an intimate image of Nell", detail="Non-consensual sharing of an intimate image"),
    ]),
    weapons=[wp(d, "poisoning_overdose", "she took a large overdose of paracetamol")],
    locations=[loc(d, "home", "medication in her bedroom")],
    technology=[tech(d, "social_media", "in the group chat and on a second social media platform"),
                tech(d, "online_images", "shared an intimate image of Nell")],
    escalation_summary="Exclusion and taunting from October 2023, a group chat sent to her in screenshots, the sharing of her intimate image in January 2024 and messages telling her to kill herself.",
    problems=[
        ("The school recorded the online bullying as a friendship fallout against its own policy, so no support plan was made.",
         "Secondary school", "Recording bullying",
         "Describing the group's behaviour as a friendship fallout meant that no support plan was made"),
        ("The sharing of her image was treated as one pupil's misbehaviour, not a safeguarding concern about her.",
         "Secondary school", "Image sharing as safeguarding",
         "The sharing of the image was treated by the school as misbehaviour by one pupil rather than as a safeguarding concern about Nell."),
        ("No referral to children's social care was made and the DSL was not told.",
         "Secondary school", "Safeguarding referral",
         "Nobody referred Nell to children's social care, and the designated safeguarding lead was not told."),
        ("Police did not consider her vulnerability or tell the school the outcome.",
         "Police", "Peer image sharing",
         "the police did not consider Nell's vulnerability or share the outcome with the school"),
        ("CAMHS did not ask about bullying or online abuse despite her self-harm.",
         "CAMHS", "Assessment of self-harm",
         "CAMHS did not ask about bullying or online abuse"),
        ("Her safety plan was not shared with her mother or the school.",
         "CAMHS", "Safety planning",
         "A safety plan was agreed with Nell but not shared with her mother or with the school."),
        ("Each agency held part of the picture and no meeting was held.",
         "Multiple agencies", "Multi-agency working",
         "No agency had the full picture."),
    ]))

# ---------------------------------------------------------------- f10_09
d = D("f10_09_csp_dhr_chair_tender.txt")
cases.append(case(
    d, title=None, review_type="other", area="Treverrow", published="2025-03", incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Invitation to quote: Independent Chair and Author, Domestic Homicide Review (DHR) 2025/01",
                      "It is not itself a review and contains no findings."],
    category=None, incident_type=None, fatal=None,
    description="Community Safety Partnership invitation to quote for an independent chair of a domestic homicide review; no case details, not a review.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f10_10
d = D("f10_10_sar_lowenna_practitioner_event.txt")
v = Person(d, "v1", "victim", name="Lowenna", age=79, gender="female", living="family_home")
v.char("chronic_illness", "She had Parkinson's disease, diagnosed in 2015")
v.char("other", "in 2022 she was also diagnosed with dementia", detail="Dementia")
v.char("disability", "By 2023 she could walk only a few steps with help")
v.char("abuse_neglect_adult", "Her death was the result of care needs that went unmet for many months.",
       subtypes=["neglect"])
v.svc("acute_health", "prior", "She spent three weeks at Ormskeld Royal Hospital.")
v.svc("adult_social_care", "prior", "a package was arranged by Ormskeld Council adult social care")
v.svc("private_sector", "prior", "delivered by Ruthersby Homecare")
v.svc("other", "prior", "District nurses had been visiting weekly since the discharge", detail="District nursing")
v.svc("gp", "prior", "Lowenna's GP last saw her in January 2024, at a medication review held at home.")
cases.append(case(
    d, title="Lowenna", review_type="sar", area="Ormskeld", published="2025-07", incident_year=2024,
    role="overview_report", decision="exclude", reason="extreme_neglect",
    screening_quotes=["She died of sepsis arising from the ulcers.",
                      "The review found no evidence that anyone intended to harm Lowenna."],
    category=None, incident_type=None, fatal=True,
    description="Woman of 79 with Parkinson's disease and dementia, cared for only by her son after he cancelled her care package and district nurse visits, died of sepsis from pressure ulcers with severe dehydration.",
    reference_individual="victim", people=[v],
    problems=[
        ("Adult social care accepted the son's cancellation of the care package by phone without speaking to her or visiting.",
         "Ormskeld Council adult social care", "Care package cancellation",
         "Adult social care accepted Eryl's decision to stop the care package by telephone"),
        ("Her capacity to decide about the care package was not considered despite known dementia.",
         "Ormskeld Council adult social care", "Mental capacity",
         "without considering whether she had the capacity to make that decision herself"),
        ("Nobody asked whether her son could meet needs assessed as needing two carers four times a day.",
         "Ormskeld Council adult social care", "Carer's ability",
         "Nobody asked whether Eryl could meet needs"),
        ("Her son was never offered a carer's assessment.",
         "Multiple agencies", "Carer's assessment",
         "Eryl was never offered a carer's assessment"),
        ("The hospital discharge coordinator recorded the son as a supportive main carer after one conversation.",
         "Ormskeld Royal Hospital", "Discharge planning",
         "she had recorded him as \"son, main carer, supportive\" after one conversation on the ward"),
        ("Each missed district nurse visit was treated separately, contrary to the team's policy.",
         "District nursing team", "Missed visits",
         "each missed visit was treated separately"),
        ("Nine missed visits were never escalated to a manager or adult social care.",
         "District nursing team", "Escalation",
         "Nine missed visits over eight months were never escalated to a manager or to adult social care."),
        ("The cancellation and the missed visits were not communicated to the GP.",
         "Multiple agencies", "Information sharing with primary care",
         "because neither was communicated to it"),
        ("The GP practice did not follow up unanswered dementia review invitations.",
         "GP practice", "Follow-up of non-response",
         "it also did not follow up when Lowenna did not respond to two invitations for a dementia review"),
        ("The practice kept issuing repeat prescriptions for a housebound patient unseen for eleven months.",
         "GP practice", "Repeat prescribing",
         "it continued to issue repeat prescriptions for a housebound patient with dementia"),
        ("No agency put the pieces together and there was no route to do so.",
         "Multiple agencies", "Multi-agency escalation",
         "No one agency put these together, and there was no route for them to do so."),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
