"""Build gold.json for batch-f11 from the hand coding below.

Run from anywhere: python3 examples/batch-f11/build_gold.py
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


# ---------------------------------------------------------------- f11_01
d = D("f11_01_dhr_caspian_overview_chronology.txt")
v = Person(d, "v1", "victim", name="Caspian", age=37, gender="male", ethnicity="mixed_white_asian",
           ethnicity_detail="described himself as mixed White and Asian", living="family_home")
v.char("domestic_abuse", "Marisol has thrown a glass at him and he has a cut to his head",
       "Marisol has smashed his phone and taken his bank card",
       "Marisol phoned him many times whenever he was out",
       "Marisol has a knife and is threatening to kill herself and him",
       subtypes=["physical", "financial", "coercive_control", "emotional"])
v.char("alcohol_misuse", "Caspian drank heavily at times.", "around 40 units a week, mostly after late shifts")
v.char("mental_health_current", "He was treated with citalopram for low mood from 2021.")
v.char("social_isolation", "by the end of 2022 Caspian had stopped coming to family birthdays")
v.svc("gp", "prior", "Caspian seen for poor sleep; alcohol use recorded at 40 units a week.",
      "Caspian tells the GP he is \"walking on eggshells at home\".")
v.svc("police", "prior", "Caspian calls 999 to say Marisol has thrown a glass at him",
      "Caspian reports that Marisol has smashed his phone and taken his bank card.")
v.svc("acute_health", "prior", "Caspian attends with a deep wound across his palm")
v.svc("domestic_abuse_services", "prior", "Caspian rings the helpline and asks about \"services for blokes\".")
p = Person(d, "p1", "perpetrator", name="Marisol", age=34, gender="female", ethnicity="white_other",
           ethnicity_detail="recorded by the police as White Other; born in Portugal", living="family_home")
p.char("abuse_neglect_child", "she was beaten by her stepfather as a child", subtypes=["physical"])
p.char("domestic_abuse", "she was a victim of serious domestic abuse by her daughter's father, including an assault in which her arm was broken",
       subtypes=["physical"])
p.char("mental_health_current", "Marisol was diagnosed by the talking therapies service with post-traumatic stress disorder in 2020",
       "she was also treated for depression")
p.char("alcohol_misuse", "by 2022 she was drinking most nights")
p.char("history_of_violence", "Marisol has thrown a glass at him and he has a cut to his head")
p.char("migration_status", "Marisol was born in Portugal and came to England at the age of nineteen.")
p.svc("mh_iapt_early_intervention", "prior", "Marisol assessed after a GP referral; PTSD from the previous relationship diagnosed",
      "Marisol re-referred by her GP for low mood and drinking.")
p.svc("gp", "prior", "Marisol seen about sleep.")
p.svc("police", "prior", "DASH completed with Marisol as victim: medium risk.")
p.svc("marac", "prior", "That case was heard at MARAC in 2019")
p.svc("domestic_abuse_services", "prior", "IDVA contacts Marisol")
p.svc("housing", "prior", "the housing officer wrote a standard letter to Marisol as the tenant")
p.svc("police", "after", "was charged with murder")
p.svc("prison", "after", "She was sentenced to eight years' imprisonment.")
cases.append(case(
    d, title="Caspian", review_type="dhr", area="Brinklemoor", published="2025-03", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Marisol stabbed him once in the chest",
                      "convicted her of manslaughter by reason of loss of control"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Man of 37 stabbed in the chest at home by his partner of four years, herself a survivor of childhood and domestic abuse, after three years in which agencies saw only her as the victim.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Partners from 2019, living together in her housing association flat with her daughter from spring 2020; not married.", [
        rc(d, "domestic_abuse", "Caspian was being hurt, controlled and threatened"),
        rc(d, "physical_abuse", "Marisol has thrown a glass at him and he has a cut to his head"),
        rc(d, "financial_abuse", "Marisol has smashed his phone and taken his bank card"),
        rc(d, "coercive_control", "Marisol phoned him many times whenever he was out"),
        rc(d, "emotional_abuse", "Marisol has a knife and is threatening to kill herself and him"),
    ]),
    weapons=[wp(d, "knife", "Marisol stabbed him once in the chest")],
    locations=[loc(d, "home", "in the kitchen of the flat they shared")],
    technology=[tech(d, "mobile_phone", "Marisol phoned him many times whenever he was out")],
    escalation_summary="A glass thrown in 2021, a hand wound explained as a work injury, a smashed phone and taken bank card in 2022, then a threat with a knife to kill herself and him in December 2022, two months before the stabbing.",
    markers=[mk(d, "threats_property_damage", "Marisol has a knife and is threatening to kill herself and him",
                "Marisol has smashed his phone")],
    problems=[
        ("The November 2020 argument was recorded without a DASH with each adult separately.",
         "Brinklemoor Police", "Risk assessment",
         "DASH should have been completed with each of them separately."),
        ("Officers did not assess the primary aggressor although Caspian had the injury and made the call.",
         "Brinklemoor Police", "Primary aggressor assessment",
         "officers did not assess who was the primary aggressor in February 2021"),
        ("The phone damage and taken bank card were dealt with as property crime, not domestic abuse against him.",
         "Brinklemoor Police", "Economic abuse not recognised",
         "The report was dealt with as a property crime and the domestic abuse link was not made."),
        ("The June 2022 DASH was done by telephone with Marisol in the room.",
         "Brinklemoor Police", "Risk assessment",
         "The DASH was done by telephone, with Marisol in the room."),
        ("The December 2022 knife threat was not graded high risk or referred to MARAC.",
         "Brinklemoor Police", "Risk grading and MARAC",
         "A threat to kill with a weapon warranted grading as high risk and referral to MARAC."),
        ("A refused DASH was graded standard instead of on the officer's judgement.",
         "Brinklemoor Police", "Refused risk assessments",
         "A refused DASH should be graded on the officer's judgement."),
        ("No mental health referral was made for Marisol although she had spoken of killing herself.",
         "Brinklemoor Police", "Mental health referral",
         "No referral was made to mental health services for Marisol either"),
        ("The threat was not recorded as a threat to kill nor shared with her GP or mental health services.",
         "Brinklemoor Police", "Information sharing",
         "The incident was not recorded as a threat to kill and was not shared with her GP or with mental health services."),
        ("The surgery was never notified of any of the police incidents.",
         "Brinklemoor Police", "Notifications to primary care",
         "no notification was sent to the practice after any of them"),
        ("His GP did not explore his remark about walking on eggshells at home.",
         "Brennock Road Surgery", "Routine enquiry with men",
         "The GP increased his antidepressant and did not ask what he meant."),
        ("Her GP did not ask about her increased drinking.",
         "Brennock Road Surgery", "Alcohol",
         "The GP did not ask about her drinking in any detail in January 2023"),
        ("The talking therapies re-referral screening did not ask about anger, risk to others or her household.",
         "Gorsebury and Ickerton NHS Foundation Trust (talking therapies)", "Risk screening",
         "The screening did not ask about anger, about risk to others or about who she lived with."),
        ("Emergency department staff accepted his account of a work injury and did not ask about home.",
         "Gorsebury and Ickerton NHS Foundation Trust (emergency department)", "Routine enquiry",
         "Neither member of staff asked about home."),
        ("The child's single assessment never contacted Caspian, an adult in the household.",
         "Brinklemoor Children's Services", "Assessment of all adults",
         "Caspian was at work on both visits and was never contacted, although he was an adult in the household."),
        ("The IDVA did not discuss or share Marisol's remark that she was the one who hurt people.",
         "Harthaven Domestic Abuse Service", "Information sharing",
         "It was not discussed with a manager, and it was not shared with the police."),
        ("His helpline call was signposted away without taking details, checking safety or offering local outreach.",
         "Harthaven Domestic Abuse Service", "Male victims",
         "Nobody took his name, asked whether he was safe or offered the service's own outreach, which was open to men."),
        ("No agency ever treated him as a possible victim of domestic abuse.",
         "Multiple agencies", "Male victims not recognised",
         "at no point did any agency treat Caspian as a possible victim of domestic abuse"),
        ("Agencies held onto a single picture of Marisol as a victim and never considered the risk she posed.",
         "Multiple agencies", "Victim and perpetrator",
         "The panel found no sign that anyone considered she could be both."),
        ("Alcohol was treated as background to arguments rather than as a risk factor.",
         "Multiple agencies", "Alcohol and risk",
         "each agency treated it as the background to arguments rather than as a risk factor for serious harm"),
    ]))

# ---------------------------------------------------------------- f11_02
d = D("f11_02_sar_mr_j_self_neglect_numbered.txt")
v = Person(d, "v1", "victim", name="Mr J", age=83, gender="male", living="alone")
v.char("chronic_illness", "He had type 2 diabetes, heart failure and osteoarthritis in both knees.",
       "He had venous ulcers on his lower legs from 2022.")
v.char("disability", "He used a walking frame indoors.")
v.char("other", "By 2023 the rooms downstairs were filled with newspapers, bags and boxes to a height of over a metre",
       detail="Hoarding")
v.char("social_isolation", "after that \"he just closed the door\"")
v.char("non_engagement", "Mr J declined a care assessment and said he did not want home care.",
       "the nurses' visits were refused or not answered on eleven occasions",
       "Mr J refused the package on the ward")
v.svc("other", "prior", "a district nurse began to visit Mr J weekly to dress his leg ulcers", detail="District nursing")
v.svc("adult_social_care", "prior", "A social worker visited once.")
v.svc("other", "prior", "the fire and rescue service visited to check fire safety", detail="Fire and rescue service")
v.svc("acute_health", "prior", "Mr J was admitted to Dunhallow Infirmary after a fall.")
v.svc("voluntary_sector", "prior", "a volunteer from the Dunhallow Friendship Link befriending scheme visited fortnightly")
v.svc("gp", "prior", "Mr J's GP practice saw him at home twice in 2023 for diabetes reviews.")
cases.append(case(
    d, title="Mr J", review_type="sar", area="Dunhallow", published="2024-09", incident_year=2024,
    role="executive_summary", decision="exclude", reason="self_neglect",
    screening_quotes=["The concern raised was one of self-neglect.",
                      "No other person was thought to have caused him harm"],
    category=None, incident_type=None, fatal=True,
    description="Man of 83 living alone in a cold, hoarded house, who refused care and nursing visits, found on the floor and died of pneumonia with hypothermia and malnutrition.",
    reference_individual="victim", people=[v],
    problems=[
        ("His capacity was assumed and never assessed as his conditions worsened.",
         "Multiple agencies", "Mental capacity",
         "his capacity was assumed and never assessed"),
        ("No one considered whether he could carry out his decisions (executive capacity).",
         "Multiple agencies", "Executive capacity",
         "No one considered whether he could carry out the decisions he said he had made"),
        ("'Has capacity' was used as a reason to close or step back.",
         "Multiple agencies", "Capacity used to close cases",
         "were used in several records as a reason to close or step back"),
        ("The self-neglect concern was closed after one visit, without speaking to the nurses or calling a meeting.",
         "Dunhallow Council adult social care", "Safeguarding enquiry",
         "The social worker who visited in June 2022 did not return, did not speak to the district nurses who had raised the concern and did not consider a self-neglect meeting under the Board's procedure."),
        ("The fire service's very-high-risk referral was filed as information only.",
         "Dunhallow Council adult social care", "Referrals on closed cases",
         "Their referral was filed as information only because his case was closed."),
        ("Nobody at the front door checked whether the referral showed new or greater risk.",
         "Dunhallow Council adult social care", "Screening",
         "no one in the adult social care front door looked at whether the referral described new or greater risk"),
        ("The ward did not tell the community services of his refusal of the care package.",
         "Dunhallow Infirmary", "Discharge",
         "the ward did not tell the community services that were already involved"),
        ("The district nurses discharged him after repeated non-access without a safeguarding concern or meeting.",
         "District nursing team", "Non-access and escalation",
         "No safeguarding concern was raised and no multi-agency meeting was called."),
        ("The befriending scheme had no safeguarding policy or contact for volunteers.",
         "Dunhallow Friendship Link", "Voluntary sector safeguarding",
         "The befriending scheme had no safeguarding policy for volunteers and no named person to contact."),
        ("There was never a meeting, shared plan or lead professional.",
         "Multiple agencies", "Multi-agency working",
         "There was never a meeting, a shared plan or a lead professional."),
    ]))

# ---------------------------------------------------------------- f11_03
d = D("f11_03_cspr_baby_ferne_exec_summary.txt")
v = Person(d, "v1", "victim", name="Baby Ferne", age=0, gender="female", ethnicity="white_british",
           ethnicity_detail="The family's heritage is White British.", living="family_home")
v.char("abuse_neglect_child", "fractures to six ribs at different stages of healing",
       "The consultant paediatrician concluded that the injuries were non-accidental.", subtypes=["physical"])
v.char("parent_mental_health", "Tamsin scored highly on the screening questions for postnatal depression")
v.char("absent_parents", "Ferne's father played no part in her life.")
v.svc("health_visitor", "prior", "The new birth visit was done by the health visitor",
      "The health visitor's five-month contact took place by telephone")
v.svc("gp", "prior", "Tamsin took her to the GP because of a bruise on her cheek")
v.svc("acute_health", "after", "She spent eleven days in hospital")
p = Person(d, "p1", "perpetrator", name="Mr W", age=27, gender="male")
p.char("offending", "Mr W was convicted of common assault against an ex-girlfriend")
p.char("history_of_violence", "Mr W was convicted of common assault against an ex-girlfriend",
       "a restraining order that ended in 2023")
p.char("substance_misuse", "he used cannabis daily")
p.char("unemployment", "He was not working.")
p.svc("probation", "prior", "He told the probation service in 2022 that he used cannabis daily.")
p.svc("police", "prior", "Police records also showed two callouts to his former partner's address")
p.svc("prison", "after", "was sent to prison for six years")
cases.append(case(
    d, title="Baby Ferne", review_type="scr", area="Hollinshaw", published="2025-06", incident_year=2024,
    role="executive_summary", decision="include", reason="physical_assault",
    screening_quotes=["The consultant paediatrician concluded that the injuries were non-accidental.",
                      "He pleaded guilty to inflicting grievous bodily harm"],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Girl of seven months with rib and thigh fractures inflicted by her mother's new partner, who had a conviction for violence against a former partner; she survived.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Mother's partner (not the father), living in the household from when she was about two months old.", [
        rc(d, "physical_abuse", "he had squeezed Ferne and \"yanked her leg\""),
    ]),
    weapons=[wp(d, "non_accidental_injury", "the injuries were non-accidental")],
    escalation_summary="A bruise to the cheek at four months, explained as a rattle injury, three months before the fractures were found.",
    problems=[
        ("The GP accepted the explanation for a bruise on a non-mobile baby and did not follow the bruising protocol.",
         "GP practice", "Bruising in non-mobile babies",
         "The GP accepted the mother's explanation and did not follow the protocol."),
        ("The health visitor did not ask who the new partner was or about his history.",
         "Health visiting service", "Unknown men in the household",
         "Neither the health visitor nor the personal adviser asked who Mr W was"),
        ("The leaving care personal adviser met him but did not ask about him or share his details.",
         "Leaving care service", "Unknown men in the household",
         "She did not ask about him or share his details with anyone."),
        ("The family stayed on the universal pathway and got a telephone contact despite the postnatal depression.",
         "Health visiting service", "Telephone contacts",
         "Ferne's family should not have been on the universal pathway once the postnatal depression was known."),
        ("The former partner's call about risk to a baby was logged and not followed up.",
         "Police", "Intelligence about risk to children",
         "The information was logged and nothing further was done."),
        ("The GP, health visitor and personal adviser held parts of the picture and never spoke.",
         "Multiple agencies", "Information sharing",
         "No two of them spoke."),
    ]))

# ---------------------------------------------------------------- f11_04
d = D("f11_04_cspr_child_hb_rapid_review_letter.txt")
v = Person(d, "v1", "victim", name="Child HB", age=12, gender="female", living="family_home")
v.char("abuse_neglect_child", "described repeated sexual abuse in her bedroom, including rape", subtypes=["sexual"])
v.char("mental_health_current", "She was referred to CAMHS in March 2024 by the GP with low mood")
v.svc("school", "prior", "Her primary school referred her to the school nursing service in 2023")
v.svc("other", "prior", "The school nurse saw her once and gave advice on sleep routines.", detail="School nurse")
v.svc("gp", "prior", "Her GP saw her three times in 2023 and 2024 for abdominal pain")
v.svc("police", "after", "Child HB was interviewed by a specialist officer")
v.svc("other", "after", "She has been examined at the paediatric sexual assault referral service.",
      detail="Paediatric sexual assault referral service")
v.svc("csc_cin_cp", "after", "Child HB is on a child protection plan")
v.svc("other", "after", "is seeing a children's independent sexual violence adviser", detail="ChISVA")
p = Person(d, "p1", "perpetrator", name="Mr G", age=41, gender="male", living="family_home")
p.char("history_of_violence", "after an argument in which Mr G had pushed her")
p.svc("police", "prior", "He had been investigated in 2015 in another area after a complaint by a girl of 14")
p.svc("police", "after", "was arrested on 22 October")
p.svc("prison", "after", "He has been remanded in custody.")
cases.append(case(
    d, title="Child HB", review_type="scr", area="Elderhythe", published="2024-11", incident_year=2024,
    role="other", decision="include", reason="sexual_abuse",
    screening_quotes=["described repeated sexual abuse in her bedroom, including rape",
                      "has been charged with offences of rape of a child under 13"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Girl of 12 sexually abused and raped by her stepfather at home from the age of ten, disclosed to her form tutor.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Stepfather living in the family home.", [
        rc(d, "sexual_abuse", "described repeated sexual abuse in her bedroom, including rape"),
    ]),
    locations=[loc(d, "home", "repeated sexual abuse in her bedroom")],
    escalation_summary="Abuse at night over two years, with returning bedwetting, tiredness, abdominal pain, a urinary infection and fear of bedtime seen by different professionals.",
    problems=[
        ("Signs of possible sexual abuse were seen by different professionals and never put together.",
         "Multiple agencies", "Recognising signs of sexual abuse",
         "No one put them together or asked the child directly whether anything was worrying her at home."),
        ("The school nurse saw her only with her mother present.",
         "School nursing service", "Seeing the child alone",
         "The school nurse did not see Child HB alone."),
        ("CAMHS declined the referral on the letter alone without contact.",
         "CAMHS", "Referral screening",
         "The CAMHS referral was declined on the information in the letter without any contact with the child or family."),
        ("The CAMHS refusal was not sent to the school.",
         "CAMHS", "Information sharing",
         "The refusal letter went to the GP but not to the school."),
        ("The domestic abuse notification was filed and not linked with later concerns.",
         "Primary school", "Domestic abuse notifications",
         "The 2022 domestic abuse notification to the primary school was filed and was not linked with the later concerns"),
        ("The school did not tell the school nurse or GP of the notification.",
         "Primary school", "Information sharing",
         "The school did not tell the school nurse or the GP of it."),
        ("A closed investigation into him elsewhere was not visible to local police.",
         "Elderhythe Police", "Police intelligence across areas",
         "The earlier allegation against Mr G in another area was not visible to local officers."),
        ("She was never asked about her life at home.",
         "Multiple agencies", "Voice of the child",
         "none of the records show that Child HB was asked what her life at home was like"),
    ]))

# ---------------------------------------------------------------- f11_05
d = D("f11_05_iir_mr_dacre_stranger_investigation.txt")
v = Person(d, "v1", "victim", name="Ms T", age=61, gender="female", ethnicity="white_irish",
           ethnicity_detail="Her family describe their heritage as White Irish.")
p = Person(d, "p1", "perpetrator", name="Mr Dacre", age=29, gender="male", ethnicity="black_african",
           ethnicity_detail="Black British man whose parents came to England from Ghana", living="family_home")
p.char("mental_health_current", "his diagnosis was revised to paranoid schizophrenia",
       "diagnosis was first-episode psychosis")
p.char("substance_misuse", "by his twenties was using strong cannabis every day")
p.char("offending", "He had one conviction, for possession of an offensive weapon in 2020")
p.char("carrying_weapons", "a police officer found a knife in his bag", "had taken a kitchen knife into his bedroom")
p.char("medication", "He took his tablets for some months at a time and then stopped")
p.char("unemployment", "He was unemployed from 2019")
p.char("parental_separation", "His parents separated when he was eight.")
p.char("non_engagement", "his engagement was uneven")
p.svc("gp", "prior", "his mother took him to the GP")
p.svc("mh_iapt_early_intervention", "prior", "He was seen by the early intervention in psychosis team")
p.svc("mh_inpatient", "prior", "he was admitted informally to the Trust's acute ward, Kittoe Ward, for three weeks",
      "He was admitted to Kittoe Ward under section 2 of the Mental Health Act.")
p.svc("mh_community", "prior", "he was transferred from early intervention to the community mental health team")
p.svc("mh_other", "prior", "The crisis team assessed him at home.", detail="Crisis team")
p.svc("police", "prior", "a police officer found a knife in his bag")
p.svc("police", "after", "He told the police that he had seen her")
p.svc("mh_inpatient", "after", "he remains in a medium secure unit")
cases.append(case(
    d, title="Mr Dacre", review_type="iir", area="Gorsebury", published="2025-01", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["stabbed her repeatedly with a knife",
                      "Mr Dacre pleaded guilty to manslaughter on the grounds of diminished responsibility"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Woman of 61 stabbed at a bus stop by a stranger with paranoid schizophrenia, five weeks after his discharge from detention and a week after a missed depot.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("stranger", "They had never met.", []),
    weapons=[wp(d, "knife", "stabbed her repeatedly with a knife")],
    locations=[loc(d, "street_public", "waiting at a bus stop on Gorsebury High Street")],
    escalation_summary="Discharge from a section 2 detention on 10 April 2023, a missed depot on 8 May, renewed cannabis use and his mother's call on 12 May that he was relapsing.",
    markers=[mk(d, "discharged_or_absconded", "was discharged on 10 April 2023"),
             mk(d, "stopped_medication", "He did not attend on 8 May."),
             mk(d, "carrying_weapons", "a knife he had carried from his mother's kitchen")],
    problems=[
        ("The discharge risk assessment drew on the current admission only and underestimated his risk to others.",
         "Gorsebury and Ickerton Mental Health NHS Foundation Trust", "Risk assessment at discharge",
         "We found that the risk of harm to others was underestimated."),
        ("The reasons for not applying for section 3 were not recorded.",
         "Gorsebury and Ickerton Mental Health NHS Foundation Trust", "Recording detention decisions",
         "There is no record of why the responsible clinician decided against an application under section 3"),
        ("A community treatment order was not considered.",
         "Gorsebury and Ickerton Mental Health NHS Foundation Trust", "Community treatment orders",
         "A community treatment order was not considered."),
        ("His mother, his carer, was not invited to the discharge meeting.",
         "Gorsebury and Ickerton Mental Health NHS Foundation Trust", "Family involvement",
         "His mother was not invited to the discharge meeting."),
        ("Her call warning of relapse was treated as routine.",
         "Gorsebury and Ickerton Mental Health NHS Foundation Trust", "Family as early warning",
         "Her call on 12 May was treated as a routine concern rather than as an early warning sign"),
        ("The missed depot after a recent discharge was not escalated.",
         "Gorsebury and Ickerton Mental Health NHS Foundation Trust", "Missed depot",
         "The clinic did not treat it as urgent and the care coordinator's absence meant it sat unseen."),
        ("His cannabis use was never addressed with a dual diagnosis referral.",
         "Gorsebury and Ickerton Mental Health NHS Foundation Trust", "Dual diagnosis",
         "He was never referred to the Trust's dual diagnosis worker or to the drug and alcohol service."),
        ("Three care coordinators in a year left no clinician who knew him.",
         "Gorsebury and Ickerton Mental Health NHS Foundation Trust", "Continuity of care",
         "Three changes of care coordinator in a year meant that no clinician knew him well."),
        ("The internal investigation missed the discharge decision and risk history and its action plan was not shared with the family.",
         "Gorsebury and Ickerton Mental Health NHS Foundation Trust", "Internal investigation",
         "It did not look at the discharge decision or at risk history, and its action plan was not shared with Ms T's family."),
    ]))

# ---------------------------------------------------------------- f11_06
d = D("f11_06_dhr_hester_council_web.html")
v = Person(d, "v1", "victim", name="Hester", age=81, gender="female", ethnicity="white_british",
           ethnicity_detail="Both were White British.", living="family_home")
v.char("other", "Hester was diagnosed with Alzheimer's disease in 2020.", detail="Dementia")
v.char("disability", "She was also registered blind.")
v.svc("gp", "prior", "Hester had an annual dementia review.")
v.svc("mh_other", "prior", "The memory assessment service diagnosed Hester and reviewed her twice.",
      detail="Memory assessment service")
v.svc("adult_social_care", "prior", "Jessamy adult social care assessed Hester's needs in 2022")
v.svc("private_sector", "prior", "through Bramblegate Care, a private agency")
v.svc("voluntary_sector", "prior", "Hester went to a day centre run by a local charity two days a week")
p = Person(d, "p1", "perpetrator", name="Thaddeus", age=84, gender="male", ethnicity="white_british",
           ethnicity_detail="Both were White British.", living="family_home")
p.char("caring_responsibilities", "Thaddeus was her full-time carer.")
p.char("chronic_illness", "He had prostate cancer, which was being monitored, and arthritis in his hands.")
p.char("mental_health_current", "His GP had treated him for depression since the autumn of 2022.")
p.svc("gp", "prior", "Thaddeus saw the GP four times between October 2022 and February 2023 about low mood and poor sleep.")
p.svc("adult_social_care", "prior", "Thaddeus had a carer's assessment in April 2022.")
cases.append(case(
    d, title="Hester and Thaddeus", review_type="dhr", area="Jessamy", published="2025-02", incident_year=2023,
    role="other", decision="include", reason="homicide",
    screening_quotes=["Thaddeus had smothered Hester with a pillow while she slept and had then taken an overdose of his own prescribed tablets.",
                      "The review treats her death as a homicide"],
    category="intimate_partner_violence", incident_type="homicide_suicide", fatal=True,
    description="Woman of 81 with Alzheimer's disease smothered at home by her husband and sole carer, 84, who then took his own life.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married for 58 years; he was her full-time carer.", [
        rc(d, "carer", "Thaddeus was her full-time carer."),
    ]),
    weapons=[wp(d, "strangulation", "Thaddeus had smothered Hester with a pillow")],
    locations=[loc(d, "home", "were found dead in their bungalow")],
    escalation_summary="Loss of the day centre respite in December 2022, his depression from autumn 2022, talk in January 2023 of residential care for her, and his remark to a care worker in February 2023.",
    markers=[mk(d, "adverse_life_event", "A social worker told Thaddeus in January 2023 that Hester might soon need residential care.")],
    problems=[
        ("The carer's assessment was never reviewed as her needs grew.",
         "Jessamy adult social care", "Carer's assessment",
         "The carer's assessment in April 2022 was never reviewed"),
        ("Lost respite was not replaced when the day centre closed.",
         "Jessamy adult social care", "Respite",
         "no one from adult social care contacted Thaddeus to replace the two days of respite he had lost"),
        ("His GP did not link his depression to caring or ask about suicide or harming others.",
         "Dellow Lane Medical Centre", "Older carers' mental health",
         "did not connect his low mood with his caring role, and did not ask him about thoughts of suicide or of harming anyone else"),
        ("The care agency did not pass on his remark about them both going together.",
         "Bramblegate Care", "Reporting worrying remarks",
         "The care worker wrote this in the daily log but the agency did not tell adult social care or the GP."),
        ("The conversation about residential care was not followed up.",
         "Jessamy adult social care", "Impact of care decisions on carer",
         "this conversation was not followed up and that no one thought about how he might react"),
        ("There was no joined-up GP review of the couple's needs.",
         "Dellow Lane Medical Centre", "Joined-up review",
         "there was no joined-up review of the couple's needs together"),
    ]))

# ---------------------------------------------------------------- f11_07
d = D("f11_07_dhr_ottoline_thematic_cases.txt")
v = Person(d, "v1", "victim", name="Ottoline", age=84, gender="female", ethnicity="white_british",
           ethnicity_detail="She was White British.", living="family_home")
v.char("disability", "Ottoline was profoundly deaf in one ear and used a hearing aid in the other.")
v.char("chronic_illness", "She had heart failure and walked with a stick.")
v.char("abuse_neglect_adult", "daily cash withdrawals at machines in the town centre, late at night",
       subtypes=["financial"])
v.svc("private_sector", "prior", "In July the bank called her.")
v.svc("adult_social_care", "prior", "A social worker telephoned Ottoline.")
v.svc("gp", "prior", "Ottoline saw her GP about a bruise on her forearm and a cut to her shin.")
v.svc("police", "prior", "The officers spoke to Ottoline in the hall with Oswin next to her.")
p = Person(d, "p1", "perpetrator", name="Oswin", age=22, gender="male", living="family_home")
p.char("household_substance_misuse", "He had grown up partly in Ottoline's care after his mother's own drug use.")
p.char("educational_exclusion", "He had been expelled from school at 14.")
p.char("offending", "He had a history of offending from his teens")
p.char("history_of_violence", "a conviction in 2021 for assaulting his mother")
p.char("homelessness", "was sleeping on friends' sofas")
p.char("unemployment", "He was not working.")
p.char("substance_misuse", "he was using cocaine heavily")
p.char("financial_issues", "owed money to people who were supplying him")
p.svc("probation", "prior", "supervision by the Probation Service")
p.svc("substance_misuse_services", "prior", "Oswin attended the drug and alcohol service, Pellbridge Recovery, for an assessment.")
p.svc("police", "prior", "Oswin answered the door and said his grandmother had had a bad dream.")
p.svc("prison", "after", "Oswin was convicted of murder in 2024 and sentenced to life imprisonment")
cases.append(case(
    d, title="Ottoline", review_type="other", area="Cordwell Vale", published="2025-04", incident_year=2023,
    role="other", decision="include", reason="homicide",
    screening_quotes=["Oswin beat Ottoline with a heavy iron doorstop in her kitchen",
                      "Oswin was convicted of murder in 2024"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 84 beaten to death at home with a doorstop by her grandson of 22, who had moved in, taken control of her money and owed drug debts.",
    reference_individual="victim", people=[v, p],
    relationship=("other_family", "Grandson, partly brought up by her, living in her spare room from April 2023.", [
        rc(d, "financial_abuse", "daily cash withdrawals at machines in the town centre, late at night"),
    ]),
    weapons=[wp(d, "blunt_object", "a heavy iron doorstop")],
    locations=[loc(d, "home", "in her kitchen")],
    escalation_summary="Her grandson moved in after eviction, took over her bank card, a night of shouting and banging in September, drug debts, and her refusal of her new PIN on the night.",
    markers=[mk(d, "alcohol_drugs_before", "He had taken cocaine that evening."),
             mk(d, "stress_debt_housing", "was under pressure to pay back a debt"),
             mk(d, "threats_property_damage", "she could hear shouting and banging from the bungalow")],
    problems=[
        ("The financial abuse concern was closed after a phone call in which the suspected abuser spoke for her.",
         "Cordwell Vale adult social care", "Seeing the person alone",
         "She should have been seen alone and face to face, with her hearing needs met."),
        ("Capacity was treated as the end of the enquiry; pressure or fear was not explored.",
         "Cordwell Vale adult social care", "Capacity and coercion",
         "Whether she was being pressured or frightened was not explored."),
        ("The GP did not ask how she was hurt or whether anyone at home was hurting her.",
         "GP practice", "Routine enquiry with older people",
         "The GP did not ask Ottoline how she had been hurt"),
        ("The police did not recognise the September incident as possible domestic abuse or speak to her alone.",
         "Police", "Domestic abuse of older people",
         "The police did not recognise the September incident as possible domestic abuse."),
        ("The drug and alcohol service did not consider the risk he posed to his grandmother.",
         "Pellbridge Recovery", "Risk to household members",
         "Pellbridge Recovery did not think about the risk that Oswin's debts and drug use posed"),
        ("No agency saw grandson-grandmother abuse as domestic abuse.",
         "Multiple agencies", "Familial abuse not recognised",
         "No agency thought of the relationship between a grandson and his grandmother as one in which domestic abuse could happen."),
    ]))

# ---------------------------------------------------------------- f11_08
d = D("f11_08_sar_gethin_easy_read.txt")
v = Person(d, "v1", "victim", name="Gethin", age=31, gender="male")
v.char("learning_disability", "He has a learning disability.")
v.char("other", "He is autistic.", detail="Autism")
v.char("abuse_neglect_adult", "They made him get money out for them.", "They kicked him and hit him.",
       subtypes=["financial", "physical"])
v.svc("other", "prior", "Staff from a support service called Linnet Support come to help him.", detail="Support service (Linnet Support)")
v.svc("adult_social_care", "prior", "They sent him a letter.")
v.svc("police", "prior", "The police came to the flat once because a neighbour heard shouting.")
v.svc("acute_health", "after", "He had to stay in hospital for 8 days.")
v.svc("police", "after", "The police officer who talked to Gethin after he was hurt used easy words.")
p = Person(d, "p1", "perpetrator", name="Two men he met at a bus station", age_band="adult_unknown", gender="male")
p.svc("police", "prior", "The police spoke to the men and not to Gethin.")
p.svc("police", "after", "The 2 men were arrested by the police.")
p.svc("prison", "after", "They both went to prison.")
cases.append(case(
    d, title="Gethin", review_type="sar", area="Haskett", published="2024-12", incident_year=2024,
    role="briefing", decision="include", reason="physical_assault",
    screening_quotes=["In January 2024 the men beat Gethin up in his flat.", "His jaw was broken."],
    category="adult_peer_violence", incident_type="non_fatal_injury", fatal=False,
    description="Man of 31 with a learning disability and autism, exploited for money by two men who said they were his friends, beaten in his flat and left with a broken jaw.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "Two men he met at a bus station who said they were his friends (mate crime).", [
        rc(d, "financial_abuse", "They made him get money out for them."),
        rc(d, "physical_abuse", "They kicked him and hit him."),
        rc(d, "other", "The men said they were his friends.", detail="Mate crime"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "They kicked him and hit him.")],
    locations=[loc(d, "home", "the men beat Gethin up in his flat")],
    escalation_summary="Two men befriended him in 2023, came to his flat often, took his food and bank card and made him withdraw money before the assault.",
    problems=[
        ("Support workers saw the men in his flat and did not tell their manager.",
         "Linnet Support", "Escalation",
         "They did not tell their manager."),
        ("His money ran out every week and nobody asked why.",
         "Linnet Support", "Financial abuse",
         "Nobody asked why."),
        ("The council did not visit after his mother's concern.",
         "Council adult social care", "Response to concerns",
         "The council did not visit Gethin."),
        ("The council's letter was not in easy read.",
         "Council adult social care", "Accessible communication",
         "The letter was not in easy read."),
        ("Police spoke to the men, not to him.",
         "Police", "Speaking to the person alone",
         "The police spoke to the men and not to Gethin."),
        ("Police did not tell the council.",
         "Police", "Information sharing",
         "They did not tell the council."),
        ("Nobody helped him understand friendship or say no.",
         "Multiple agencies", "Support to recognise exploitation",
         "Nobody talked to Gethin about what a real friend is."),
        ("Services did not talk to each other.",
         "Multiple agencies", "Multi-agency working",
         "The different services did not talk to each other."),
    ]))

# ---------------------------------------------------------------- f11_09
d = D("f11_09_sab_ashlingford_annual_report.txt")
cases.append(case(
    d, title=None, review_type="other", area="Ashlingford", published=None, incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Annual Report 2024 to 2025",
                      "The Care Act 2014 requires every Board to publish a report each year"],
    category=None, incident_type=None, fatal=None,
    description="Safeguarding Adults Board annual report with activity figures and a table of reviews commissioned and published; it describes no case.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f11_10
d = D("f11_10_cspr_subject_suicide_qa.txt")
v = Person(d, "v1", "victim", name="the subject", age=17, gender="male", ethnicity="mixed_white_black_african",
           ethnicity_detail="His family describe themselves as mixed White and Black African.", living="family_home")
v.char("self_harm", "from early 2023 he cut his arms", "after taking an overdose of paracetamol")
v.char("mental_health_current", "his mood had been low since his father died")
v.char("parental_separation", "His parents separated when he was twelve")
v.char("other", "his father died suddenly of a heart attack in 2022", detail="Bereavement (death of his father)")
v.svc("gp", "prior", "His GP practice saw him five times in 2023 and 2024")
v.svc("camhs", "prior", "CAMHS accepted the second referral in November 2023 and offered an assessment")
v.svc("school", "prior", "The sixth form college knew about his father's death and his low mood.")
v.svc("counselling", "prior", "He had three meetings with the college counsellor.")
v.svc("acute_health", "prior", "He went to the emergency department in April 2024 after taking an overdose of paracetamol.")
v.svc("mh_other", "prior", "He was seen by the hospital's liaison psychiatry team", detail="Liaison psychiatry")
cases.append(case(
    d, title="the subject", review_type="scr", area="Ferncastle", published="2025-05", incident_year=2024,
    role="other", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["The coroner has since concluded that he took his own life.",
                      "There was no evidence from his family, his friends, the college or his phone that he was bullied or harmed by anyone."],
    category=None, incident_type="suicide", fatal=True,
    description="Young man of 17, bereaved of his father and self-harming, took his own life three months after an overdose while waiting for CAMHS therapy; no bullying or peer harm.",
    reference_individual="victim", people=[v],
    problems=[
        ("CAMHS did not make the agreed contact within a week of the overdose.",
         "CAMHS", "Follow-up after self-harm",
         "CAMHS did not make contact within the week that had been agreed."),
        ("Nobody at CAMHS reviewed his risk while he waited, despite the GP's letter.",
         "CAMHS", "Waiting list risk review",
         "nobody at CAMHS reviewed his risk"),
        ("The hospital did not tell the college of the overdose.",
         "Hospital", "Information sharing with education",
         "The hospital did not tell the college and the family did not know that they could."),
        ("Each GP appointment was with a different GP and the pattern of self-harm was missed.",
         "GP practice", "Continuity of care",
         "Each appointment was with a different GP and no one looked at the pattern."),
        ("His mother was given no safety plan or out-of-hours advice.",
         "Multiple agencies", "Safety planning with parents",
         "His mother was not given a safety plan or told what to do if she was worried out of hours."),
        ("Bereavement support was not offered after his father's death.",
         "Sixth form college", "Bereavement support",
         "Bereavement support was not offered to him after his father's death, although the college knew of it."),
    ]))

# ---------------------------------------------------------------- f11_11
d = D("f11_11_sar_adult_j_hostel_passive.txt")
v = Person(d, "v1", "victim", name="Adult J", age=48, gender="male", living="residential")
v.char("alcohol_misuse", "he drank heavily")
v.char("chronic_illness", "He was diagnosed with alcohol-related liver disease in 2021")
v.char("disability", "He walked with difficulty because of nerve damage in his feet.")
v.char("mental_health_current", "He was prescribed antidepressants by the health centre for depression.")
v.char("homelessness", "He was recorded as sleeping rough on several occasions between 2019 and 2022.")
v.char("unemployment", "lost his job and later his tenancy")
v.char("abuse_neglect_adult", "Adult L had taken his bank card and had told him to \"pay rent\" every week",
       subtypes=["financial"])
v.svc("housing", "prior", "He was placed at Fieldfare House by housing options in August 2022")
v.svc("other", "prior", "An incident form was completed, and Adult J was advised to cancel his card.",
      detail="Homeless hostel staff (Wayhaven Trust)")
v.svc("substance_misuse_services", "prior", "He was seen by a Lanternway worker in the hostel every fortnight.")
v.svc("gp", "prior", "Adult J was seen at the health centre with a black eye and bruised ribs.")
p = Person(d, "p1", "perpetrator", name="Adult L", age=39, gender="male", living="residential")
p.char("offending", "including convictions for robbery and wounding")
p.char("history_of_violence", "including convictions for robbery and wounding")
p.char("mental_health_current", "He had been diagnosed with an emotionally unstable personality disorder while in prison")
p.char("substance_misuse", "was known to use crack cocaine")
p.svc("prison", "prior", "He left prison on licence in late November 2023")
p.svc("probation", "prior", "He was supervised by the Probation Service")
p.svc("mappa", "prior", "was managed at level 1 under MAPPA")
p.svc("housing", "prior", "was placed at Fieldfare House by housing options the following week")
p.svc("police", "prior", "The police were called and Adult L was given a warning.")
p.svc("police", "after", "Adult L, aged 39, was arrested at the hostel.")
p.svc("prison", "after", "sentenced to life imprisonment, with a minimum term of 20 years")
cases.append(case(
    d, title="Adult J", review_type="sar", area="Larkspire", published="2025-03", incident_year=2024,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["He was hit about the head many times with a fire extinguisher taken from the wall.",
                      "He was convicted of murder in January 2025"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 48 with alcohol dependence and liver disease, resident in a homeless hostel, beaten to death with a fire extinguisher by a fellow resident on licence who had been taking his money.",
    reference_individual="victim", people=[v, p],
    relationship=("housemate", "Fellow residents of Fieldfare House hostel from December 2023.", [
        rc(d, "financial_abuse", "Adult L had taken his bank card and had told him to \"pay rent\" every week"),
    ]),
    weapons=[wp(d, "blunt_object", "with a fire extinguisher taken from the wall")],
    locations=[loc(d, "residential_setting", "assaulted in a first-floor corridor of the hostel")],
    escalation_summary="Taking money from residents, demands on Adult J for weekly 'rent', a black eye in March, Adult J's fear and request to move in April, a fight in May, then drink and crack cocaine on the night.",
    markers=[mk(d, "alcohol_drugs_before", "he had been drinking and had used crack cocaine"),
             mk(d, "threats_property_damage", "a fight between Adult L and another resident was broken up by staff")],
    problems=[
        ("The exploitation was treated as a dispute between residents and no safeguarding concern was raised.",
         "Wayhaven Trust (Fieldfare House)", "Abuse between residents",
         "No safeguarding concern was raised with adult social care."),
        ("The bank card report was not passed to the police or probation.",
         "Wayhaven Trust (Fieldfare House)", "Information sharing",
         "The incident was not reported to the police and was not shared with probation."),
        ("Probation did not share his risk assessment with the hostel at placement.",
         "Probation Service", "Risk information at placement",
         "the details of his risk assessment were not shared with the Wayhaven Trust at placement"),
        ("No one assessed whether a general hostel could manage his risk.",
         "Larkspire Council housing options", "Placement decisions",
         "no assessment was made of whether the hostel could manage his risk alongside residents with care and support needs"),
        ("His injury was not linked to the earlier report, since the health centre was not told of it.",
         "Multiple agencies", "Linking warning signs",
         "Adult J's injury in March was not linked to the earlier report about his bank card"),
        ("His fear was passed on only by word of mouth and not recorded.",
         "Lanternway; Wayhaven Trust", "Recording disclosures",
         "was passed on only by word of mouth and was not written into the hostel's records"),
        ("The case review discussed the perpetrator but not Adult J's fear; no plan for him.",
         "Wayhaven Trust (Fieldfare House)", "Risk management for victims",
         "Adult J's fear of him was not discussed."),
        ("The transfer request was not marked or prioritised as a safety move.",
         "Larkspire Council housing options", "Safety transfers",
         "It was not marked as a safety move."),
        ("After the May fight the licence and MAPPA level were not reviewed.",
         "Probation Service", "Licence and MAPPA review",
         "The licence was not reviewed, and MAPPA level was not reconsidered."),
        ("His care and support needs were never assessed under the Care Act.",
         "Larkspire Council adult social care", "Care Act assessment",
         "Adult J's care and support needs had never been assessed by adult social care."),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
