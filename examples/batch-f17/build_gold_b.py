"""Build gold_b.json for batch-f17, part b (documents f17_07 to f17_12), from the hand coding below.

Run from anywhere: python3 examples/batch-f17/build_gold_b.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
The .txt documents are read with wrapped=True (whitespace collapsed). f17_07's agency table is a pipe table, one
row per line; its quotes lie inside one cell. HTML quotes each lie inside one block element.
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


# ---------------------------------------------------------------- f17_07 Nasreen (DHR executive summary)
d = D("f17_07_dhr_nasreen_exec_summary_interpreter.txt")
POL = "Rimbleton Police"
HOSP = "Rimbleton and Ormstead Hospitals NHS Trust"
v = Person(d, "v1", "victim", name="Nasreen", age=34, gender="female", ethnicity="asian_pakistani",
           ethnicity_detail="Pakistani heritage (born and brought up in Pakistan)", living="family_home")
v.char("migration_status", "joined him in Rimbleton on a spouse visa in August 2017",
       "At the time of her death her immigration status was uncertain and she had no recourse to public funds.")
v.char("english_additional_language", "Nasreen spoke Urdu and Punjabi. She had little spoken English when she arrived")
v.char("domestic_abuse", "Nasreen experienced domestic abuse from her husband and from other members of his family over several years.",
       "It included physical violence, control of her money and her contact with her family, isolation, and threats linked to her immigration status.",
       subtypes=["physical", "financial", "coercive_control", "emotional"])
v.char("social_isolation", "control of her money and her contact with her family, isolation",
       "she was frustrated that she was never allowed to attend classes")
v.char("mental_health_current", "In 2019 a GP recorded \"low mood, family stress\"")
v.svc("gp", "prior", "Nasreen registered with Truscott Street Surgery in September 2017.",
      "GP to Nasreen, Zahid and his mother; Nasreen's appointments 2017-2024")
v.svc("acute_health", "prior", "Maternity care for Nasreen in 2018 and 2020; emergency department attendance by Nasreen in 2022",
      "In November 2022 Nasreen attended the emergency department with a cut to her forearm.")
v.svc("health_visitor", "prior", "Health visitors saw Nasreen at home after both births.")
v.svc("police", "prior", "Officers attended, separated the couple and used a telephone interpreting service to speak to Nasreen.")
v.svc("domestic_abuse_services", "prior", "In February 2023 Nasreen telephoned Rimbleton Safe Space.")
v.svc("immigration", "prior", "Her first visa was extended in 2020.",
      "The Home Office was asked for information about Nasreen's visa and responded in writing.")
p = Person(d, "p1", "perpetrator", name="Zahid", age=39, gender="male", ethnicity="asian_pakistani",
           ethnicity_detail="Pakistani heritage (born in Rimbleton; his parents came from Pakistan)", living="family_home")
p.svc("gp", "prior", "GP to Nasreen, Zahid and his mother")
p.svc("police", "prior", "Officers spoke to Zahid at the door and to his mother.")
p.svc("police", "after", "Zahid was arrested at the address.")
p.svc("prison", "after", "the judge imposed a life sentence", "Zahid received a letter in prison")
cases.append(case(
    d, title="Nasreen", review_type="dhr", area="Rimbleton", published="2025-10", incident_year=2024,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Zahid, who was 39, stabbed her several times in the bedroom they shared.",
                      "a jury convicted him of her murder"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 34 of Pakistani heritage, on a spouse visa, stabbed at home by her husband after years of abuse by him and his family, in a household where relatives interpreted for her.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married in Pakistan in 2016 (arranged marriage); living with his mother, brother and the couple's two children.", [
        rc(d, "domestic_abuse", "Nasreen experienced domestic abuse from her husband"),
        rc(d, "coercive_control", "amounted to coercive and controlling behaviour"),
        rc(d, "physical_abuse", "Zahid had pushed Nasreen down the stairs during an argument"),
        rc(d, "financial_abuse", "Her child benefit was paid into an account controlled by Zahid."),
        rc(d, "emotional_abuse", "Zahid and his mother often reminded Nasreen that she would be \"sent back\" without them and would lose her children."),
        rc(d, "strain_separation", "Zahid had said he would divorce her, keep the children"),
    ]),
    weapons=[wp(d, "knife", "stabbed her several times")],
    locations=[loc(d, "home", "She was killed at the family home in Rimbleton", "in the bedroom they shared")],
    escalation_summary="Years of control of her money, phone and contact with her family, threats about her visa, two police call-outs (2021, 2023, the second after she was pushed down the stairs) and an injury at the emergency department; weeks before her death he threatened divorce, removal of the children and deportation, and he had been drinking on the night of an argument about her visiting her family.",
    markers=[mk(d, "threats_property_damage", "Zahid had said he would divorce her, keep the children and \"make sure the Home Office takes you\""),
             mk(d, "alcohol_drugs_before", "Zahid had been drinking, which his family said was unusual.")],
    problems=[
        ("Health agencies accepted family members as interpreters against their own policies.",
         "Truscott Street Surgery; " + HOSP, "Interpreting",
         "The surgery, the maternity service and the emergency department each accepted a family member as interpreter, even though their own policies say that family members should not interpret in clinical consultations."),
        ("No one asked Nasreen herself whether she wanted a professional interpreter.",
         HOSP + " (maternity)", "Interpreting",
         "The review found no evidence that anyone asked Nasreen herself whether she wanted a professional interpreter."),
        ("Routine antenatal enquiry about domestic abuse was never made because she was never seen alone.",
         HOSP + " (maternity)", "Routine enquiry",
         "The routine enquiry about domestic abuse was not asked at any antenatal appointment because she was never seen without a family member present."),
        ("The health visitor did not return with an interpreter and did not pass the concern to the GP.",
         "Rimbleton Health Visiting Service", "Professional curiosity",
         "The health visitor did not return when a professional interpreter could be present, and the concern was not passed to the GP."),
        ("In July 2021 officers did not speak to Nasreen and the response did not meet the force's policy.",
         POL, "Police response to domestic abuse",
         "The police response in July 2021 did not meet the force's domestic abuse policy."),
        ("No DASH risk assessment or referral after the 2021 call-out.",
         POL, "Risk assessment",
         "There was no DASH risk assessment and no onward referral."),
        ("The emergency department did not ask about an unexplained injury when a relative accompanied her.",
         HOSP + " (emergency department)", "Routine enquiry",
         "The emergency department did not apply its routine enquiry to a woman with an unexplained injury who was accompanied by a relative."),
        ("The domestic abuse service had no telephone interpreting at the time of her call.",
         "Rimbleton Safe Space", "Interpreting",
         "The call handler spoke English and there was no telephone interpreting available at that hour"),
        ("The 2023 DASH assessment relied on answers given where she could not speak freely and ignored earlier reports.",
         POL, "Risk assessment",
         "The August 2023 DASH assessment relied on Nasreen's answers in circumstances where she could not speak freely, and the officers did not take into account the report from Waqar's wife or the earlier call-out."),
        ("Nasreen was never seen alone by any professional.",
         MULTI, "Seeing the victim alone",
         "Nasreen was never seen alone by any professional."),
        ("No agency considered abuse from the extended family.",
         MULTI, "Extended family abuse",
         "No agency considered that abuse could come from the extended family as well as from the husband."),
        ("No professional knew that her visa had not been renewed.",
         MULTI, "Immigration status",
         "no professional knew that her visa had not been renewed"),
    ]))

# ---------------------------------------------------------------- f17_08 Mr TN (SAR full report)
d = D("f17_08_sar_mr_tn_hostel_money_dispute.txt")
HOST = "Selcombe Housing Trust (Quarry Lane House)"
PROB = "Probation Service"
ASC = "Westerholt Council Adult Social Care"
WGH = "Westerholt General Hospital NHS Trust"
v = Person(d, "v1", "victim", name="Mr TN", age=52, gender="male", ethnicity="white_british",
           ethnicity_detail="Mr TN was a White British man", living="residential")
v.char("homelessness", "a man of 52 who had been homeless for most of his adult life",
       "Since then he had slept rough, stayed with friends, or lived in hostels.")
v.char("alcohol_misuse", "By 2022 Mr TN was dependent on alcohol, drinking strong cider from early morning.")
v.char("chronic_illness", "He had alcohol-related seizures, and his GP records note liver disease diagnosed in 2019.")
v.char("disability", "had poor mobility after a badly healed fracture of his left ankle")
v.char("domestic_violence_child", "their father drank heavily and was violent to their mother")
v.char("household_substance_misuse", "their father drank heavily")
v.char("offending", "Mr TN had a number of convictions for shoplifting and being drunk and disorderly")
v.char("victim_of_crime", "He had been the victim of theft and assault on the streets several times",
       "in 2021 he was robbed of his phone and bank card by two men he had been drinking with")
v.char("abuse_neglect_adult", "The repeated taking of Mr TN's money on benefit days was financial abuse, and from August onwards it was accompanied by physical violence and threats.",
       subtypes=["financial", "physical"])
v.char("non_engagement", "He rarely attended GP appointments",
       "He missed both of the appointments that followed")
v.char("other", "his repeated self-neglect", "a pattern of injury and self-neglect", detail="Self-neglect")
v.char("other", "His drinking increased after the death of his partner in 2004", detail="Bereavement (partner died in 2004)")
v.svc("voluntary_sector", "prior", "The Rowanlea Trust outreach team saw him most weeks.")
v.svc("ambulance", "prior", "outreach workers called an ambulance when they found him unresponsive",
      "The ambulance service confirmed that it attended Mr TN four times in the period")
v.svc("adult_social_care", "prior", "In May 2022 the outreach team referred Mr TN to Westerholt Council Adult Social Care",
      "The referral was screened by the duty team")
v.svc("substance_misuse_services", "prior", "He attended one assessment in August 2022 and was offered a community detoxification, which he accepted.")
v.svc("acute_health", "prior", "Between January 2022 and April 2023 Mr TN attended the emergency department eleven times.",
      "On 24 August Mr TN attended the emergency department with a cut to his head.")
v.svc("housing", "prior", "Mr TN moved into Quarry Lane House on 12 April 2023.")
v.svc("gp", "prior", "Mr TN registered with Underhill Road Medical Practice in May 2023",
      "He was seen once by a GP in June 2023")
p = Person(d, "p1", "perpetrator", name="Mr VR", age=38, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="Mr VR was of mixed White and Black Caribbean heritage", living="residential")
p.char("looked_after", "He spent several years of his childhood in foster care.")
p.char("offending", "his record included assault, robbery and possession of a bladed article")
p.char("history_of_violence", "his record included assault, robbery and possession of a bladed article",
       "posing a high risk of serious harm to the public")
p.char("alcohol_misuse", "He was dependent on alcohol")
p.char("substance_misuse", "used crack cocaine")
p.char("mental_health_current", "had been diagnosed with antisocial personality disorder in prison in 2017")
p.char("homelessness", "a 40-bed hostel for single homeless adults")
p.char("carrying_weapons", "found him in possession of a kitchen knife")
p.char("non_engagement", "He had been referred to Waymark Recovery by his probation officer in June 2023 but did not attend.")
p.svc("prison", "prior", "He was released from prison on licence in March 2023")
p.svc("probation", "prior", "He remained under probation supervision until his arrest.")
p.svc("housing", "prior", "was placed by the Probation Service at Quarry Lane House in May 2023")
p.svc("police", "prior", "He was arrested, interviewed and released under investigation the same day.")
p.svc("police", "after", "Mr VR was arrested in the hostel car park.")
p.svc("prison", "after", "he received a life sentence", "Mr VR was written to in prison through his solicitor.")
cases.append(case(
    d, title="Mr TN", review_type="sar", area="Westerholt", published="2025-06", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["In October 2023 he died from stab wounds in his room at Quarry Lane House",
                      "A jury found Mr VR guilty of murder in May 2024"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Homeless man of 52 with alcohol dependency stabbed in his hostel room by another resident, on licence, after months of money being taken from him on benefit days.",
    reference_individual="victim", people=[v, p],
    relationship=("housemate", "Fellow residents of Quarry Lane House hostel, known to each other for about five months and drinking together.", [
        rc(d, "financial_abuse", "The repeated taking of Mr TN's money on benefit days was financial abuse"),
        rc(d, "physical_abuse", "from August onwards it was accompanied by physical violence and threats"),
        rc(d, "other", "the killing followed a dispute over money that Mr VR owed Mr TN", detail="Dispute over money"),
    ]),
    weapons=[wp(d, "knife", "found Mr TN in his room with stab wounds")],
    locations=[loc(d, "residential_setting", "in his room at Quarry Lane House, a 40-bed hostel for single homeless adults")],
    escalation_summary="A loan not repaid in June, then money taken on benefit days from August, a swollen eye and a head wound he attributed to a resident, a threat to \"do\" him in late September, and a kitchen knife found on the perpetrator in early October; the killing followed an argument about money on a payment day, after heavy drinking and crack cocaine.",
    markers=[mk(d, "threats_property_damage", "Mr VR had threatened to \"do\" Mr TN if he did not get his money",
                "Residents said Mr VR was shouting about money."),
             mk(d, "carrying_weapons", "found him in possession of a kitchen knife"),
             mk(d, "released_from_custody", "He was arrested, interviewed and released under investigation the same day."),
             mk(d, "alcohol_drugs_before", "He had been drinking heavily and had used crack cocaine that evening.")],
    problems=[
        ("The hostel received only a one-line description of the risk Mr VR posed.",
         PROB, "Sharing risk information with hostels",
         "The Probation Service held a detailed risk assessment that identified people who owed him money as those most at risk, but the hostel received only a one-line description."),
        ("The hostel did not tell probation about the cash-machine incident, the threat or the injury.",
         HOST, "Information sharing",
         "The hostel did not tell the Probation Service about the incident at the cash machine, the threat reported on 28 September or the visible injury"),
        ("The probation officer did not ask for detail about the money issues at the hostel visit.",
         PROB, "Professional curiosity",
         "No detail was given and the probation officer did not ask."),
        ("Probation did not tell the hostel about the knife found on Mr VR.",
         PROB, "Information sharing",
         "The Probation Service, in turn, did not tell the hostel about the knife found on 2 October."),
        ("The threat of 28 September was not reported to the police or probation.",
         HOST, "Information sharing",
         "Neither the police nor the Probation Service heard about the threat."),
        ("The taking of his money was managed as a dispute between residents, not as abuse; no safeguarding concern.",
         HOST, "Recognising financial abuse",
         "treated it as a dispute between residents to be managed under the behaviour policy, not as abuse of an adult at risk"),
        ("The 2022 referral was closed on the mistaken view that alcohol-related needs are not care and support needs.",
         ASC, "Care Act and alcohol dependency",
         "The decision in May 2022 that his needs arose from alcohol \"rather than\" care needs misunderstood the Care Act."),
        ("The capacity judgement was made without meeting him and not recorded as an assessment.",
         ASC, "Mental capacity",
         "The capacity judgement in May 2022 was made without meeting Mr TN and was not recorded as a formal assessment."),
        ("The outreach team was not told the outcome of its referral for six weeks.",
         ASC, "Feedback to referrers",
         "The outreach team was not told the outcome for six weeks."),
        ("The drug and alcohol service's non-attendance policy did not fit people with chaotic lives.",
         "Waymark Recovery", "Engagement policies",
         "the policy did not take account of people whose chaotic lives make attendance at fixed appointments unrealistic"),
        ("The hospital had no system to flag homeless frequent attenders.",
         WGH, "Frequent attenders",
         "The hospital had no system for flagging frequent attenders who were homeless"),
        ("The alcohol liaison service did not work at nights or weekends, when he attended.",
         WGH, "Resources",
         "the alcohol liaison nurse service did not work at weekends or at night, when most of his attendances happened"),
        ("His disclosure of an assault at the emergency department was recorded but not acted on.",
         WGH, "Responding to disclosure",
         "the disclosure was recorded but not acted on"),
        ("The outreach team did not follow up its email when no multi-agency meeting followed.",
         "Rowanlea Trust (street outreach)", "Escalation",
         "the team did not follow up its email of 14 September when no multi-agency meeting followed"),
        ("There was no multi-agency forum for adults at risk below the section 42 threshold.",
         "Westerholt Safeguarding Adults Board", "Multi-agency risk management",
         "Westerholt had no multi-agency forum for discussing adults at risk who did not meet the threshold for a section 42 enquiry."),
        ("No agency called a professionals meeting.",
         MULTI, "Multi-agency working",
         "Nobody called a professionals meeting, although any agency could have done so."),
        ("The GP practice filed the discharge summary recording the assault without a clinician reading it.",
         "Underhill Road Medical Practice", "Handling discharge summaries",
         "the summary was filed without being read by a clinician"),
    ]))

# ---------------------------------------------------------------- f17_09 Child OY (SCR overview extract, 2012)
d = D("f17_09_scr_child_oy_lscb_2012_genogram_list.txt")
CC = "Tansy Road Children's Centre"
GP = "Sycamore Vale Surgery"
HV = "Northwade Community Health Services (health visiting)"
CSC = "Northwade Children's Social Care"
v = Person(d, "v1", "victim", name="Child OY", age=1, gender="male", ethnicity="white_british",
           ethnicity_detail="Child OY: male, born March 2010, White British", living="family_home")
v.char("parent_mental_health", "Depression was first recorded in November 2010 and she was prescribed an antidepressant.",
       "Mother told the health visitor that she was \"feeling low\" and had been prescribed antidepressants by the GP.")
v.char("parental_separation", "Separated from Mother before Child OY was born; had no contact with him after June 2010.")
v.char("abuse_neglect_child", "bruising to the scalp, back and upper arms of different ages",
       "noticed bruising to both of Child OY's upper arms when he was aged 20 months",
       subtypes=["physical"])
v.svc("health_visitor", "prior", "Child OY was 12 days old when the health visitor made the new birth visit")
v.svc("gp", "prior", "He was seen seven times in the review period",
      "Mother brought him to the surgery with a bruise on his forehead and a swollen lip.")
v.svc("early_help", "prior", "Mother and Child OY attended a stay-and-play group at Tansy Road Children's Centre from February 2011.")
v.svc("police", "prior", "In December 2011 police were called by a neighbour to a disturbance at the family's flat.")
p = Person(d, "p1", "perpetrator", name="Mr SW", age=27, gender="male", ethnicity="white_british",
           ethnicity_detail="Mr SW: mother's partner, aged 27, White British", living="family_home")
p.char("offending", "Mr SW had previous convictions for assault occasioning actual bodily harm (2006) and affray (2009).")
p.char("history_of_violence", "Mr SW had previous convictions for assault occasioning actual bodily harm (2006) and affray (2009).",
       "who alleged that he had pushed her child against a wall",
       "her new partner was \"a bit handy with his fists\"")
p.svc("police", "prior", "In 2008 he was the subject of a domestic abuse report by a former partner in another force area",
      "Officers spoke to Mother and Mr SW")
p.svc("police", "after", "His mother's partner, Mr SW, was charged with murder.")
p.svc("prison", "after", "he was convicted at Crown Court and sentenced to life imprisonment")
cases.append(case(
    d, title="Child OY", review_type="scr", area="Northwade", published="2012-11", incident_year=2012,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["concluded that the head injury was non-accidental",
                      "His mother's partner, Mr SW, was charged with murder.",
                      "he was convicted at Crown Court and sentenced to life imprisonment"],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Boy of 22 months killed by a non-accidental head injury inflicted by his mother's partner, after bruising seen by a children's centre and a GP was not referred.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Mother's partner, living in the household from October 2011; not the child's father.", [
        rc(d, "physical_abuse", "bruising to the scalp, back and upper arms of different ages"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "concluded that the head injury was non-accidental")],
    locations=[loc(d, "home", "an ambulance brought Child OY from the family's flat to the emergency department")],
    escalation_summary="Mr SW moved in in October 2011; arm bruising was seen at the children's centre in November, the mother said he was \"handy with his fists\" in December, police attended a disturbance at the flat that month, and a forehead bruise and swollen lip were seen by a locum GP in January 2012, weeks before the fatal head injury.",
    markers=[mk(d, "threats_property_damage", "police were called by a neighbour to a disturbance at the family's flat")],
    problems=[
        ("No agency enquired about the man in the household.",
         MULTI, "The unseen adult",
         "the absence of any enquiry about the man in the household was the most significant weakness in this case"),
        ("The children's centre did not refer the arm bruising or tell the health visitor.",
         CC, "Response to bruising",
         "Nobody referred to Children's Social Care, and the health visitor did not hear about it."),
        ("The mother's comment about her partner's violence was not recorded on file or passed on.",
         CC, "Recording and sharing",
         "The comment was written in the centre's daily diary but was not recorded on the family's file or passed on."),
        ("The locum GP did no body check and did not test the explanation against the child's development.",
         GP, "Response to bruising",
         "No body check was carried out, the child's development and mobility were not recorded, and there was no consideration of whether the injury was consistent with the explanation."),
        ("The GP did not discuss the injury with the health visitor or refer to Children's Social Care.",
         GP, "Referral",
         "The GP did not discuss the child with the health visitor or make a referral to Children's Social Care."),
        ("Professionals thought the bruising procedures did not apply to a toddler.",
         MULTI, "Response to bruising",
         "professionals in this case appear to have thought that they did not apply to a toddler"),
        ("The LSCB bruising procedures were unclear.",
         "Northwade Local Safeguarding Children Board", "Procedures",
         "the procedures themselves were unclear"),
        ("The mother's explanations were accepted without checking.",
         MULTI, "Professional curiosity",
         "Explanations given by Mother were accepted in each case without checking them against the child's development or asking anyone else."),
        ("No early help assessment (CAF) was considered.",
         MULTI, "Early help",
         "no early help assessment (then called a Common Assessment Framework) was ever considered"),
        ("Information did not pass between the GP, the health visitor and the children's centre.",
         MULTI, "Information sharing",
         "Information did not pass between the GP, the health visitor and the children's centre"),
        ("The health visiting transfer record omitted the known concerns.",
         HV, "Case transfer",
         "The transfer record did not mention Mother's low mood or the half-sister's move to her grandparents."),
        ("The missed 18-month review was not followed up.",
         HV, "Missed contacts",
         "No further action was taken and the review was not completed."),
        ("Health visitor caseloads were very high.",
         HV, "Resources",
         "caseloads in the team at the time averaged more than 600 children per health visitor"),
        ("Children's Social Care did not consider Child OY when the half-sister's grandmother called.",
         CSC, "Siblings",
         "Child OY's welfare was not considered."),
        ("Officers in December 2011 did not see the child, ask about Mr SW or check other force systems.",
         "Northwade Police", "Police response",
         "did not see Child OY, did not ask about Mr SW's relationship to the child, and did not check police systems beyond Northwade"),
        ("Children's Social Care screened the domestic incident report without linking it to the earlier call.",
         CSC, "Linking information",
         "Children's Social Care screened the domestic incident report without linking it to the earlier call about the half-sister."),
    ]))

# ---------------------------------------------------------------- f17_10 Ruairi (DHR learning brief, HTML)
d = D("f17_10_dhr_ruairi_learning_brief_stalking.html")
POL = "Quillbridge Police"
v = Person(d, "v1", "victim", name="Ruairi", age_band="adult_unknown", gender="male")
v.char("lgbtqi", "Ruairi and Pascoe, both gay men", "he had not told his family he was gay until he was in his thirties")
v.char("mental_health_current", "Ruairi saw his GP twice about anxiety and poor sleep after the relationship ended.")
v.svc("police", "prior", "Ruairi reported Pascoe's behaviour three times between May and August 2023.")
v.svc("gp", "prior", "Ruairi saw his GP twice about anxiety and poor sleep after the relationship ended.")
p = Person(d, "p1", "perpetrator", name="Pascoe", age=38, gender="male")
p.char("lgbtqi", "Ruairi and Pascoe, both gay men")
p.char("mental_health_past", "Pascoe had been seen by his own GP for depression in 2022.")
p.svc("gp", "prior", "Pascoe had been seen by his own GP for depression in 2022.")
p.svc("police", "prior", "Pascoe was given a verbal warning by telephone")
p.svc("prison", "after", "was sentenced to life imprisonment")
cases.append(case(
    d, title="Ruairi", review_type="dhr", area="Quillbridge", published="2025-04", incident_year=2023,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["attacked him with a knife. Ruairi died at the scene.",
                      "Pascoe, who was 38, pleaded guilty to murder"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Man in his forties stabbed at his flat by his former male partner after five months of stalking following their separation.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Same-sex couple together six years, living together four; Ruairi ended the relationship in spring 2023.", [
        rc(d, "stalking", "Over the following five months Pascoe sent Ruairi hundreds of messages, waited outside his workplace, turned up at his home at night"),
        rc(d, "strain_separation", "Ruairi ended the relationship in the spring of 2023 and Pascoe moved out."),
    ]),
    weapons=[wp(d, "knife", "attacked him with a knife")],
    locations=[loc(d, "home", "Pascoe entered Ruairi's flat using a key he had kept")],
    technology=[tech(d, "mobile_phone", "Pascoe sent Ruairi hundreds of messages"),
                tech(d, "tracking", "He used a shared online account to see where Ruairi had been.")],
    escalation_summary="Separation in spring 2023, then five months of stalking (messages, waiting at his work, night visits, contacting friends and employer, tracking through a shared account) reported three times to the police before the perpetrator let himself in with a kept key and killed him.",
    markers=[mk(d, "separation", "Ruairi ended the relationship in the spring of 2023 and Pascoe moved out.")],
    problems=[
        ("Early reports were recorded as harassment, with a telephone warning; stalking questions were not asked.",
         POL, "Stalking not recognised",
         "The first two reports to the police were recorded as harassment, and Pascoe was given a verbal warning by telephone. The stalking screening questions were not asked."),
        ("Reports were treated as separate incidents, not as a pattern.",
         POL, "Stalking not recognised",
         "Officers saw each report as a separate incident and did not look at the pattern of fixated, obsessive and repeated behaviour."),
        ("The stalking advocacy referral came only after the third report.",
         POL, "Referral",
         "The referral to the stalking advocacy service was made only after the third report"),
        ("A call handler minimised the situation as a falling-out between two men.",
         POL, "Assumptions about same-sex relationships",
         "a call handler described the situation as \"a falling-out between two blokes\""),
        ("The DASH assessment gave little weight to separation and stalking.",
         POL, "Risk assessment",
         "the officer gave little weight to the separation and the stalking because neither man was seen as the more vulnerable one"),
        ("The GP did not ask about domestic abuse.",
         "Ulverby Lane Surgery", "Routine enquiry with men",
         "Ruairi told his GP that his ex-partner \"won't leave me alone\", but the GP did not ask about domestic abuse."),
    ]))

# ---------------------------------------------------------------- f17_11 Ms N (IIR reported as a news item, HTML)
d = D("f17_11_iir_ms_n_news_postnatal_psychosis.html")
TRUST = "Northmoor Partnership NHS Foundation Trust (perinatal mental health team)"
v = Person(d, "v1", "victim", name="Baby O", age=0, gender="male", living="family_home")
v.char("parent_mental_health", "Ms N, who was 29, had a history of bipolar disorder",
       "did not recognise the signs of postpartum psychosis, which is a psychiatric emergency")
p = Person(d, "p1", "perpetrator", name="Ms N", age=29, gender="female", living="family_home")
p.char("mental_health_past", "had a history of bipolar disorder and had been well for several years before her pregnancy")
p.char("mental_health_current", "did not recognise the signs of postpartum psychosis, which is a psychiatric emergency",
       "was talking about \"voices\" and believed the baby had been swapped")
p.char("medication", "She stopped her mood-stabilising medication when she found out she was pregnant, on the advice of her GP.")
p.svc("mh_other", "prior", "After the birth she was seen at home by the Trust's perinatal mental health team and by a health visitor.")
p.svc("health_visitor", "prior", "After the birth she was seen at home by the Trust's perinatal mental health team and by a health visitor.")
p.svc("gp", "prior", "She stopped her mood-stabilising medication when she found out she was pregnant, on the advice of her GP.")
p.svc("police", "after", "Ms N was arrested")
p.svc("mh_inpatient", "after", "was later detained under the Mental Health Act in a secure hospital",
      "the court made a hospital order")
cases.append(case(
    d, title="Ms N", review_type="iir", area="Varnley", published="2025-03", incident_year=2023,
    role="other", decision="include", reason="homicide",
    screening_quotes=["a Varnley mother who killed her four-month-old son while severely unwell",
                      "In 2024 she admitted infanticide"],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Mother of 29 with postpartum psychosis and a history of bipolar disorder killed her four-month-old son at home; she was detained under the Mental Health Act and admitted infanticide.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("parent_to_child", "Mother", []),
    weapons=[wp(d, "non_accidental_injury", "Baby O was found with fatal injuries at the family home.")],
    locations=[loc(d, "home", "Baby O was found with fatal injuries at the family home.")],
    escalation_summary="Mood stabiliser stopped in pregnancy; after the birth, sleeplessness, voices and the belief that the baby had been swapped were reported twice by her husband in the final week, recorded as parental anxiety, and the home visit was put back three days.",
    markers=[mk(d, "stopped_medication", "She stopped her mood-stabilising medication when she found out she was pregnant")],
    problems=[
        ("The husband's calls were recorded as parental anxiety.",
         TRUST, "Recognising psychosis",
         "the calls were recorded as \"parental anxiety\""),
        ("A planned home visit was delayed three days because of staff sickness.",
         TRUST, "Resources",
         "a planned home visit was put back by three days because of staff sickness"),
        ("The team did not recognise postpartum psychosis.",
         TRUST, "Recognising psychosis",
         "did not recognise the signs of postpartum psychosis, which is a psychiatric emergency"),
        ("No urgent crisis referral or mother and baby unit admission was considered.",
         TRUST, "Escalation",
         "no one considered an urgent referral to the crisis team or admission to a mother and baby unit"),
        ("The health visitor was not told of her bipolar disorder.",
         MULTI, "Information sharing",
         "the health visitor had not been told about Ms N's history of bipolar disorder"),
        ("The GP and the perinatal team did not share a care plan.",
         "GP; " + TRUST, "Care planning",
         "the GP and the perinatal team did not share a care plan"),
    ]))

# ---------------------------------------------------------------- f17_12 Mrs Ottley (SAR, fire and hoarding: excluded)
d = D("f17_12_sar_mrs_ottley_fire_hoarding.txt")
ASC = "Yarrowfield Council Adult Social Care"
v = Person(d, "v1", "victim", name="Mrs Ottley", age_band="adult_unknown", gender="female", ethnicity="white_british",
           ethnicity_detail="Mrs Ottley, who was White British", living="alone")
v.char("chronic_illness", "She had COPD (chronic obstructive pulmonary disease) and had been on home oxygen since 2022.")
v.char("mental_health_past", "After her husband died she was treated by her GP for depression")
v.char("social_isolation", "She had stopped going out except to the corner shop, and neighbours said she had few visitors.")
v.char("non_engagement", "Mrs Ottley cancelled the visits, saying she could manage.",
       "offered a referral to a hoarding support group, which she refused")
v.char("other", "Mrs Ottley's self-neglect and hoarding were known to at least six agencies",
       "she slept in an armchair surrounded by stored newspapers, clothing and boxes", detail="Hoarding")
v.svc("acute_health", "prior", "In March 2022 Mrs Ottley was admitted to hospital with a chest infection.")
v.svc("adult_social_care", "prior", "She was discharged home after nine days with a package of home care and home oxygen.",
      "Adult Social Care contacted Mrs Ottley by telephone.")
v.svc("other", "prior", "Yarrowfield Fire and Rescue Service carried out a home fire safety visit",
      detail="Fire and rescue service (home fire safety visit)")
v.svc("housing", "prior", "Tolhurst Homes, her landlord, carried out an annual gas safety check in October 2022 and another in October 2023.")
v.svc("other", "prior", "District nurses from Yarrowfield Community Health visited from early 2023 to dress leg ulcers.",
      detail="District nursing")
v.svc("gp", "prior", "Mrs Ottley saw her GP at Windle Street Surgery four times in 2023")
cases.append(case(
    d, title="Mrs Ottley", review_type="sar", area="Yarrowfield", published="2025-02", incident_year=2023,
    role="overview_report", decision="exclude", reason="self_neglect",
    screening_quotes=["The fire began accidentally in the living room",
                      "There is no suggestion that anyone harmed Mrs Ottley",
                      "she had experienced self-neglect over a long period"],
    category=None, incident_type=None, fatal=True,
    description="Woman in her seventies who self-neglected and hoarded died in an accidental fire at home, probably from a dropped cigarette; no violence.",
    reference_individual="victim", people=[v],
    problems=[
        ("No agency brought the others together; no multi-agency plan.",
         MULTI, "Multi-agency working",
         "No agency brought the others together, and there was no multi-agency plan."),
        ("Adult Social Care closed contact twice after a phone call, without a visit or capacity assessment.",
         ASC, "Mental capacity",
         "Adult Social Care twice closed contact after a telephone call, without visiting and without a recorded capacity assessment."),
        ("The capacity statement did not address her understanding of the fire risk.",
         ASC, "Mental capacity",
         "The statement that she \"has capacity\" was not based on an assessment of her ability to understand and weigh up the risk of fire"),
        ("The district nurses' safeguarding concern was not treated as one.",
         ASC, "Self-neglect and section 42",
         "The district nurses' safeguarding concern was not treated as a safeguarding concern."),
        ("The nurses were not told the outcome of their concern.",
         ASC, "Feedback to referrers",
         "The nurses were not told the outcome."),
        ("The fire service's high-risk assessment was not followed up.",
         "Yarrowfield Fire and Rescue Service", "Fire risk",
         "The fire service's high-risk assessment was not followed up by the fire service or by anyone else."),
        ("The landlord treated the clutter as a tenancy matter only.",
         "Tolhurst Homes", "Housing response to hoarding",
         "Tolhurst Homes dealt with the clutter as a tenancy matter and did not consider whether Mrs Ottley needed support."),
        ("Professionals accepted her refusals at face value.",
         MULTI, "Self-neglect practice",
         "Professionals accepted Mrs Ottley's refusals at face value."),
        ("Her son was not involved.",
         MULTI, "Involving family",
         "Her son was not involved, even though he was willing to help and spoke to her every week."),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold_b.json"))
