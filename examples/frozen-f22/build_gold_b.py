"""Build gold_b.json for frozen-f22, part b (documents f22_07-f22_12), from the hand coding below.

Run from anywhere: python3 examples/frozen-f22/build_gold_b.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
.txt and .md documents are read with wrapped=True (whitespace collapsed). f22_07 is hard-wrapped at 79 columns
like a PDF text layer and f22_10's bullets are wrapped at about 80 columns, so their quotes may cross line
breaks (never a page break or a table column); f22_08 (.md) and f22_12 (.txt) have one line per paragraph or bullet. HTML quotes lie inside one block element (p, li, td).
The two halves are joined into gold.json by goldlib.merge_halves (build_gold.py, written at merge).
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


# ---------------------------------------------------------------- f22_07
d = D("f22_07_apr_mr_r_son_carer_assaults_wrapped.txt")
ASC = "Tawelfryn County Council Adult Services"
POL = "Western Uplands Police"
ED = "Tawelfryn University Health Board (emergency department)"
DN = "Tawelfryn University Health Board (district nursing)"
GP = "Rhedyn Surgery"
v = Person(d, "v1", "victim", name="Mr R", age=81, gender="male", ethnicity="white_british",
           ethnicity_detail="Mr R is a White Welsh man.", living="family_home")
v.char("chronic_illness", "He was diagnosed with Parkinson's disease in 2016.")
v.char("disability", "By 2021 he walked with a frame indoors, could not manage stairs without help",
       "had some hearing loss in both ears")
v.char("english_additional_language", "He is a first-language Welsh speaker",
       "when he is tired or upset \"the English goes\"")
v.char("domestic_abuse", "who was assaulted on a number of occasions between 2021 and November 2022 by his son",
       "Mr R told the reviewer that his son \"kept the card\"",
       "The review regards this, alongside the assaults, as domestic abuse of an older person by an adult family member, and as financial abuse.",
       subtypes=["physical", "financial"])
v.char("caring_responsibilities", "had been cared for at home by Mr R until her death in 2018")
v.svc("gp", "prior", "Mr R was seen regularly for his Parkinson's disease")
v.svc("other", "prior", "District nurses visited Mr R fortnightly from late 2020 for pressure care.",
      detail="District nursing")
v.svc("acute_health", "prior", "Mr R was brought to the emergency department at Ysbyty Tawelfryn by his son with a fractured left wrist")
v.svc("police", "prior", "The officers spoke to him in the living room with his son present.")
v.svc("adult_social_care", "prior", "Mr R had been assessed by Adult Services in 2019 and was provided with a Careline pendant alarm.",
      "A social worker telephoned the home on 24 May 2022")
v.svc("voluntary_sector", "prior", "Mr R attended Seren Day Centre one day a week from 2021")
v.svc("ambulance", "after", "26.11.2022 Careline/ambulance Mr R activates his pendant alarm.")
v.svc("acute_health", "after", "Mr R's account was taken later in hospital")
v.svc("police", "after", "Mr R's account was taken later in hospital through a Welsh-speaking officer")
v.svc("other", "after", "a Welsh-speaking advocate from Nawdd Advocacy", detail="Independent advocacy")
p = Person(d, "p1", "perpetrator", name="Mr R's son", age=53, gender="male", living="family_home")
p.char("alcohol_misuse", "told his GP in 2021 that he was \"drinking more than he should\"",
       "he was drinking \"a bottle of vodka most days\"")
p.char("mental_health_current", "The son had been seen by his GP for depression since his divorce")
p.char("unemployment", "He had not worked since 2017.")
p.char("offending", "The son had one previous conviction, for drink-driving in 2012.")
p.char("caring_responsibilities", "from then on he provided almost all of his father's care")
p.char("non_engagement", "He did not attend the two appointments he was offered")
p.svc("gp", "prior", "The son saw a GP in October 2021 about low mood")
p.svc("substance_misuse_services", "prior", "The GP referred him to the Tawelfryn Community Drug and Alcohol Team",
      "The Tawelfryn Community Drug and Alcohol Team received one referral for the son")
p.svc("police", "prior", "The son was intoxicated and had broken the television.")
p.svc("adult_social_care", "prior", "In July 2022 the son rang Adult Services to ask for \"a break\".",
      "A carer's assessment was offered and a form was posted to him")
p.svc("police", "after", "The son was arrested at the address")
p.svc("prison", "after", "he was sentenced at Tawelfryn Crown Court to twenty months' imprisonment")
cases.append(case(
    d, title="Mr R", review_type="sar", area="Tawelfryn", published="2025-06", incident_year=2022,
    role="overview_report", decision="include", reason="physical_assault",
    screening_quotes=["who was assaulted on a number of occasions between 2021 and November 2022 by his son",
                      "Mr R survived.",
                      "his son punched and kicked him, and he sustained fractures to three ribs, a fractured cheekbone"],
    category="adult_family_violence", incident_type="non_fatal_injury", fatal=False,
    description="Man of 81 with Parkinson's disease repeatedly assaulted, and financially abused, by his adult son who lived with him as his carer; injuries explained as falls; survived with fractures.",
    reference_individual="victim", people=[v, p],
    relationship=("child_to_parent", "Adult son who moved back into his father's home in 2019 and became his main carer.", [
        rc(d, "carer", "by his son, who lived with him and was his main carer"),
        rc(d, "physical_abuse", "who was assaulted on a number of occasions between 2021 and November 2022 by his son"),
        rc(d, "financial_abuse", "Mr R told the reviewer that his son \"kept the card\"", "and as financial abuse"),
        rc(d, "domestic_abuse", "as domestic abuse of an older person by an adult family member"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "his son punched and kicked him")],
    locations=[loc(d, "home", "at the home they shared")],
    escalation_summary="Bruising in February 2021 and a wrist fracture in August 2021 explained as falls; the son, depressed and drinking more, did not engage with the alcohol service; police attended a drunken row in January 2022 (television broken) and the PPN was screened out; a disclosure at the day centre in May 2022 was closed after a call to the son; he asked for a break in July 2022; Mr R stopped attending the day centre in August; the son, drinking heavily, beat him in November 2022.",
    markers=[mk(d, "alcohol_drugs_before", "The son had been drinking heavily that day."),
             mk(d, "disengaged_services", "He did not attend the two appointments he was offered",
                "When Mr R stopped attending in August 2022"),
             mk(d, "threats_property_damage", "The son was intoxicated and had broken the television.")],
    problems=[
        ("The district nurse accepted the fall explanation for bruising and did not ask Mr R on his own or consider safeguarding.",
         DN, "Injuries explained as falls",
         "She did not ask Mr R how the bruises had happened when his son was out of the room, and the bruising was not considered against the Health Board's safeguarding procedures."),
        ("The emergency department did not ask Mr R how the fracture happened, see him alone or offer Welsh.",
         ED, "Injuries explained as falls",
         "Mr R was not asked how the injury had happened, was not seen on his own, and was not offered the chance to speak in Welsh."),
        ("His previous attendance was not checked and the adult safeguarding checklist was not completed.",
         ED, "Safeguarding tools not used",
         "The department's safeguarding checklist for adults was not completed."),
        ("Officers spoke to Mr R with his son present.",
         POL, "Seeing the adult alone",
         "The officers spoke to him in the living room with his son present."),
        ("Officers did not make the Active Offer of a Welsh-speaking officer although his language was recorded.",
         POL, "Welsh language",
         "The officers did not make the Active Offer of a Welsh-speaking officer"),
        ("The DASH did not record his dependency on his son for care, which would have raised the risk.",
         POL, "Risk assessment for older victims",
         "the officers did not record Mr R's dependency on his son for his care, which would have raised the level of risk"),
        ("The PPN was screened out because he had a carer, the carer being the person the police were called about; only a letter in English was sent.",
         ASC, "Carer treated as protective",
         "No contact was made with Mr R apart from a letter, in English, giving the Council's telephone number."),
        ("After the day centre disclosure the social worker spoke only to the son by phone, did not visit or contact the day centre.",
         ASC, "Seeing the adult alone",
         "The social worker did not speak to Mr R, did not visit and did not contact the day centre to ask about the disclosure."),
        ("Section 126 enquiries were not started and the case was closed.",
         ASC, "Adult at risk procedures",
         "Enquiries under section 126 of the Act were not started and the case was closed."),
        ("The son's carer's assessment was not followed up.",
         ASC, "Carers' needs",
         "it was not returned, and there was no follow-up"),
        ("The son's request for a break was not linked with the two earlier reports.",
         ASC, "Information not linked",
         "The request was not linked with the two earlier reports about his father."),
        ("The GP did not ask how the son's drinking and mood affected his caring and did not record him as a carer.",
         GP, "Carers' needs",
         "The GP did not ask the son how his drinking and his mood were affecting the care he gave his father, and the practice did not record him as a carer."),
        ("The practice did not connect the son's drinking and exhaustion with his father's safety.",
         GP, "Information not linked",
         "nobody at the practice connected the son's drinking and exhaustion with his father's safety"),
        ("The day centre did not pass on that Mr R had stopped attending.",
         "Seren Day Centre", "Information sharing",
         "this was not passed to Adult Services"),
        ("No statutory agency spoke to Mr R alone about his safety.",
         MULTI, "Seeing the adult alone",
         "No statutory agency spoke with Mr R alone about his safety at any point in the review period."),
        ("No strategy discussion between agencies was held.",
         MULTI, "Adult at risk procedures",
         "No strategy discussion between agencies was ever held."),
        ("Nobody asked who managed his money; financial abuse was not recognised.",
         MULTI, "Financial abuse not recognised",
         "Nobody asked who managed Mr R's money"),
    ]))

# ---------------------------------------------------------------- f22_08
d = D("f22_08_dhr_sorrel_exec_summary_teen_relationship.md")
COL = "Quillbrook Sixth Form College"
CSC = "Pellowmere Children's Services"
NPOL = "Northvale Constabulary"
v = Person(d, "v1", "victim", name="Sorrel", age=17, gender="female", ethnicity="white_british",
           ethnicity_detail="Sorrel was a White British young woman", living="family_home")
v.char("domestic_abuse", "Zane pushed Sorrel against a wall outside their home, leaving her with a cut lip",
       "He asked her to share her location with him on her phone at all times",
       "a young woman experiencing coercive control and physical violence from a partner",
       subtypes=["physical", "coercive_control"])
v.char("self_harm", "with low mood and self-harm (cutting her arms)")
v.char("mental_health_past", "Sorrel was referred by her GP to Northvale CAMHS with low mood and self-harm")
v.svc("gp", "prior", "Sorrel was referred by her GP to Northvale CAMHS")
v.svc("camhs", "prior", "She was seen for six sessions of cognitive behavioural therapy and discharged in early 2022")
v.svc("school", "prior", "She was studying for A levels at Quillbrook Sixth Form College",
      "In November 2022 a college tutor noticed bruising on Sorrel's wrist")
v.svc("police", "prior", "Officers completed a DASH risk assessment, which was graded medium risk.")
v.svc("csc_cin_cp", "prior", "Children's Services screened the notification and closed it with advice to her mother")
p = Person(d, "p1", "perpetrator", name="Zane", age=19, gender="male", living="alone")
p.char("offending", "At 16 he had been made subject to a referral order for an assault on another boy")
p.char("history_of_violence", "a referral order for an assault on another boy",
       "a previous girlfriend reported to Northvale Constabulary that he had grabbed her by the throat during an argument")
p.char("unemployment", "He had left school at 16 and had not found work.")
p.char("homelessness", "after a period of sofa-surfing")
p.svc("youth_offending", "prior", "had worked with Pellowmere Youth Justice Service")
p.svc("police", "prior", "a previous girlfriend reported to Northvale Constabulary that he had grabbed her by the throat")
p.svc("housing", "prior", "lived alone in a one-bedroom flat let to him by Pellowmere Housing")
p.svc("prison", "after", "sentenced to life imprisonment, to serve a minimum of nineteen years")
cases.append(case(
    d, title="Sorrel", review_type="dhr", area="Pellowmere", published="2025-05", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Zane was convicted of murder at Pellowmere Crown Court in November 2023",
                      "Sorrel died from compression of the neck"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Girl of 17 strangled in his flat by her 19-year-old ex-boyfriend two weeks after she ended a controlling and violent relationship.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Together about seven months; she ended the relationship about two weeks before he killed her.", [
        rc(d, "coercive_control", "He asked her to share her location with him on her phone at all times, and he checked who she had been talking to on social media."),
        rc(d, "physical_abuse", "Zane pushed Sorrel against a wall outside their home, leaving her with a cut lip"),
        rc(d, "domestic_abuse", "a young woman experiencing coercive control and physical violence from a partner"),
        rc(d, "strain_separation", "Sorrel told her mother in late February 2023 that she had ended the relationship."),
    ]),
    weapons=[wp(d, "strangulation", "Sorrel died from compression of the neck")],
    locations=[loc(d, "home", "when she died in her boyfriend's flat in Pellowmere")],
    technology=[tech(d, "tracking", "He asked her to share her location with him on her phone at all times"),
                tech(d, "social_media", "he checked who she had been talking to on social media"),
                tech(d, "mobile_phone", "Zane sent her more than two hundred messages")],
    escalation_summary="Controlling relationship from summer 2022 (constant messages, location sharing); bruising seen at college in November 2022 recorded as a relationship difficulty; assault with a cut lip in January 2023 graded medium risk and closed by Children's Services without perpetrator checks; she ended the relationship in late February; two weeks of messages threatening suicide and 'if I can't have you no one will'; killed at his flat on 11 March 2023.",
    markers=[mk(d, "separation", "Sorrel told her mother in late February 2023 that she had ended the relationship."),
             mk(d, "threats_property_damage", "some saying that he would kill himself and others that \"if I can't have you no one will\"")],
    problems=[
        ("The college and Children's Services did not see what was happening as domestic abuse because of her age.",
         "Quillbrook Sixth Form College and Pellowmere Children's Services", "Teenage relationship abuse not recognised",
         "Professionals at the college and in Children's Services did not see what was happening to Sorrel as domestic abuse."),
        ("The designated safeguarding lead recorded the bruising as a relationship difficulty and made no referral; the mother was not contacted.",
         COL, "Teenage relationship abuse not recognised",
         "No referral was made, and the college did not contact Sorrel's mother."),
        ("The DSL did not refer or seek advice, against the college's own policy.",
         COL, "Procedures not followed",
         "The designated safeguarding lead did not refer the bruising and the disclosure of a \"row\" to Children's Services or seek advice"),
        ("The child notification was closed without speaking to Sorrel or considering an assessment; the decision rested on her age.",
         CSC, "Threshold decisions for 16-17 year olds",
         "Children's Services did not speak to Sorrel and did not consider a child and family assessment."),
        ("Officers did not check Zane's history, so the earlier strangulation allegation did not inform the DASH grading.",
         NPOL, "Perpetrator checks",
         "The officers who attended in January 2023 did not carry out checks on Zane"),
        ("No agency referred her to the young people's IDVA service.",
         MULTI, "Specialist support for young victims",
         "No agency referred Sorrel to the young people's IDVA service"),
    ]))

# ---------------------------------------------------------------- f22_09
d = D("f22_09_learning_review_child_y_uncle_key_learning_box.html")
SCH = "Torbrae Primary School"
v = Person(d, "v1", "victim", name="Child Y", age=8, gender="female", living="family_home")
v.char("abuse_neglect_child", "Child Y is a girl who was sexually abused by her maternal uncle",
       "Child Y and her brother were on the child protection register under the category of neglect",
       subtypes=["sexual", "neglect"])
v.char("child_in_need_protection", "From 2015 to 2016 Child Y and her brother were on the child protection register under the category of neglect")
v.char("household_substance_misuse", "because of concerns about their mother's drinking and the state of the home")
v.char("parental_separation", "Her parents separated when she was five")
v.char("absent_parents", "her father has had no contact with the family since")
v.char("parent_mental_health", "the depression she experienced after the separation")
v.char("grooming", "her uncle bought her presents, gave her a mobile phone when she was ten \"so we could talk\", and told her that what happened between them was \"our secret\"")
v.char("sexualised_behaviour", "her class teacher recorded that she had drawn sexualised pictures and had used sexual language with another pupil")
v.char("self_harm", "a guidance teacher noticed cuts on Child Y's arms. The GP referred her to CAMHS for self-harm.")
v.svc("csc_cin_cp", "prior", "From 2015 to 2016 Child Y and her brother were on the child protection register under the category of neglect")
v.svc("school", "prior", "The head teacher, as Named Person, spoke to Child Y's mother",
      "at Westfauld High School, a guidance teacher noticed cuts on Child Y's arms")
v.svc("gp", "prior", "Child Y was seen by her GP four times in 2019 and 2020 with abdominal pain and problems sleeping.")
v.svc("other", "prior", "the school nurse saw her at the primary seven health review", detail="School nursing")
v.svc("camhs", "prior", "The referral was screened as routine and she was placed on a waiting list.")
v.svc("police", "after", "Child Y was interviewed using the Scottish Child Interview Model")
v.svc("csc_cin_cp", "after", "Child Y's name was placed on the child protection register following a child protection planning meeting")
v.svc("voluntary_sector", "after", "the Thistlegate Service, a voluntary organisation offering therapeutic support to children who have experienced sexual abuse")
v.svc("camhs", "after", "She was seen by CAMHS after her disclosure and continues to attend.")
p = Person(d, "p1", "perpetrator", name="Mr V", age_band="25_34", gender="male", living="not_reported")
p.char("offending", "Mr V had one previous conviction, in 2014, for a breach of the peace outside a public house.")
p.svc("police", "prior", "In 2017 Police Scotland received intelligence that an internet account linked to Mr V's address had been used to access indecent images of children.",
      "when officers visited in 2018 Mr V had changed his internet provider and no devices were seized")
p.svc("police", "after", "Mr V was arrested two days later.")
p.svc("prison", "after", "was sentenced to nine years' imprisonment")
cases.append(case(
    d, title="Child Y", review_type="scr", area="Whinmuir", published="2024-09", incident_year=None,
    role="overview_report", decision="include", reason="sexual_abuse",
    screening_quotes=["Child Y is a girl who was sexually abused by her maternal uncle, referred to in this report as Mr V, over a period of about four years.",
                      "Mr V was convicted at the High Court in 2022 of a number of sexual offences against Child Y"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Girl sexually abused from the age of eight to twelve by her maternal uncle, who often looked after her; sexualised behaviour, tiredness and self-harm not linked; disclosed to a guidance teacher.",
    reference_individual="victim", people=[v, p],
    relationship=("other_family", "Maternal uncle (her mother's younger brother) who regularly looked after her.", [
        rc(d, "sexual_abuse", "Child Y is a girl who was sexually abused by her maternal uncle"),
        rc(d, "carer", "He often looked after Child Y and her brother after school and at weekends while their mother worked shifts"),
    ]),
    locations=[loc(d, "home", "Child Y sometimes stayed overnight at his flat")],
    technology=[tech(d, "mobile_phone", "gave her a mobile phone when she was ten \"so we could talk\"")],
    escalation_summary="After the children came off the register in 2016 the uncle became a regular carer; police intelligence on indecent images (2017) not progressed for eleven months or shared; sexualised behaviour at nine logged as a behaviour incident; tiredness, withdrawal and reluctance to go home recorded separately; abdominal pain and anxiety not explored; self-harm at twelve waited on the CAMHS list; disclosed in October 2021.",
    problems=[
        ("The school treated the sexualised behaviour as a behaviour issue, discussed it only with the mother and did not share it or consider an IRD.",
         SCH, "Sexualised behaviour not recognised",
         "The 2018 concern was treated as a behaviour issue and discussed only with Child Y's mother; it was not shared with social work or the police, and an Inter-agency Referral Discussion was not considered."),
        ("Observations by different staff were never collated into a chronology, partly because of head teacher changes.",
         SCH, "Chronologies",
         "were recorded by different staff and never collated into a chronology, partly because of the changes of head teacher"),
        ("Police did not progress the intelligence for eleven months and lost the chance to examine his devices.",
         "Police Scotland", "Intelligence as child protection",
         "The delay of eleven months in progressing the 2017 intelligence meant that the opportunity to examine Mr V's devices was lost"),
        ("Police did not share the intelligence with social work or check whether he had contact with children.",
         "Police Scotland", "Information sharing",
         "No information about the 2017 intelligence was shared with social work, and no check was made on whether Mr V had contact with children."),
        ("The plan at deregistration did not consider who else would care for the children; the uncle was never assessed.",
         "Whinmuir Council Children and Families Social Work", "Adults caring for children",
         "When the children came off the register in 2016, the plan did not consider who else would be caring for them."),
        ("The GP and school nurse did not ask about home life or who looked after her.",
         "NHS Strathvane (GP and school nursing)", "Professional curiosity",
         "The GP and the school nurse did not ask about her home life or who looked after her."),
        ("CAMHS screening did not take account of earlier concerns; she waited over four months with no contact.",
         "NHS Strathvane CAMHS", "Waiting lists",
         "the screening did not take account of the school's earlier concerns, which were not included in the referral"),
    ]))

# ---------------------------------------------------------------- f22_10
d = D("f22_10_sar_mr_n_rough_sleeper_learning_brief_bullets.txt")
v = Person(d, "v1", "victim", name="Mr N", age=44, gender="male", living="homeless")
v.char("homelessness", "had slept rough in Yarnford town centre, on and off, for about six years")
v.char("alcohol_misuse", "He had a long history of alcohol dependence")
v.char("mental_health_past", "had been diagnosed with depression in his thirties")
v.char("chronic_illness", "He had epilepsy, which was poorly controlled.")
v.char("financial_issues", "Mr N was evicted from Portway House in June 2023 after rent arrears")
v.svc("voluntary_sector", "prior", "Nightlight Outreach (street outreach team): Mr N, weekly contact for years.")
v.svc("housing", "prior", "Portway House hostel: Mr N lived there for three months in 2023.",
      "Yarnford Borough Council housing options: Mr N")
v.svc("substance_misuse_services", "prior", "Unity Recovery Service: Mr N, alcohol treatment, on and off since 2019.")
v.svc("adult_social_care", "prior", "Adult social care decided it did not meet the criteria for a section 42 enquiry")
p = Person(d, "p1", "perpetrator", name="Mr P", age=38, gender="male", living="homeless")
p.char("homelessness", "a 38-year-old man who was also sleeping rough")
p.char("offending", "He had been released from prison on licence four weeks before")
p.svc("prison", "prior", "He had been released from prison on licence four weeks before")
p.svc("probation", "prior", "Probation Service: Mr P, supervision on licence.")
p.svc("housing", "prior", "Mr P (after release)")
p.svc("prison", "after", "Mr P was convicted of manslaughter and sentenced to eight years' imprisonment.")
cases.append(case(
    d, title="Mr N", review_type="sar", area="Yarnford", published="2025-02", incident_year=2023,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["Mr P was convicted of manslaughter and sentenced to eight years' imprisonment.",
                      "Mr N was punched and kicked repeatedly about the head. He died in hospital two days later."],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 44 sleeping rough punched and kicked to death in a shop doorway by another rough sleeper, recently released from prison, after an argument over a sleeping bag and money.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "Two rough sleepers who knew each other from a day centre.", []),
    weapons=[wp(d, "non_accidental_injury", "Mr N was punched and kicked repeatedly about the head.")],
    locations=[loc(d, "street_public", "in the doorway of a closed shop on Tallowgate")],
    escalation_summary="Evicted from the hostel in June 2023 without a risk assessment and back on the street; an earlier safeguarding concern screened out as lifestyle; Mr P released on licence with no address four weeks before; an argument over a sleeping bag and money that evening.",
    markers=[mk(d, "released_from_custody", "He had been released from prison on licence four weeks before"),
             mk(d, "threats_property_damage", "they had argued that evening about a sleeping bag and some money"),
             mk(d, "stress_debt_housing", "with no accommodation to go to",
                "he was back on the street within a day")],
    problems=[
        ("The hostel evicted him without a risk assessment and without telling the outreach team.",
         "Portway House", "Evictions",
         "The eviction went ahead without a risk assessment and without telling the outreach team"),
        ("Adult social care screened out the outreach team's concern as arising from lifestyle although he had care and support needs.",
         "Adult social care", "Homelessness seen as lifestyle",
         "Adult social care decided it did not meet the criteria for a section 42 enquiry because his needs \"arise from his lifestyle\"."),
        ("No one assessed his mental capacity about his alcohol use and where he lived.",
         MULTI, "Mental capacity",
         "No one had assessed Mr N's mental capacity in relation to his alcohol use and where he lived."),
        ("Probation made the housing referral only two days before release.",
         "Probation Service", "Release planning",
         "The Probation Service made a housing referral only two days before his release"),
        ("Mr P's risk of violence to other rough sleepers was not shared with outreach or the day centre.",
         "Probation Service", "Information sharing",
         "his risk of violence towards other rough sleepers was not shared with the outreach team or the day centre"),
        ("The monthly rough sleeper meeting never discussed him as at risk of harm from others.",
         MULTI, "Multi-agency meetings",
         "Mr N was never discussed as a person at risk of harm from others"),
    ]))

# ---------------------------------------------------------------- f22_11
d = D("f22_11_dhr_yasmin_honour_practitioner_table.html")
ETH = "Yasmin and her family are British Pakistani."
v = Person(d, "v1", "victim", name="Yasmin", age=23, gender="female", ethnicity="asian_pakistani",
           ethnicity_detail="British Pakistani", living="temporary")
v.char("domestic_abuse", "her father had threatened to kill her if she did not agree to the marriage",
       "her brother had hit her and taken her passport", subtypes=["physical", "emotional", "coercive_control"])
v.char("other", "the family had planned for Yasmin to marry a cousin abroad, that she had refused",
       detail="Forced marriage (threatened)")
v.char("mental_health_current", "she saw a GP in February 2022 about anxiety and poor sleep and was prescribed medication")
v.svc("police", "prior", "In March 2022 Yasmin told police that her father had threatened to kill her")
v.svc("domestic_abuse_services", "prior", "She left the family home and went to Verbena Refuge.",
      "the IDVA referred Yasmin to MARAC within a week")
v.svc("marac", "prior", "the Westbarrow MARAC, which heard her case in April 2022")
v.svc("housing", "prior", "she moved into temporary accommodation arranged by Westbarrow Council Housing Options")
v.svc("gp", "prior", "Quarrell Road Surgery, where she saw a GP in February 2022")
v.svc("other", "prior", "the Forced Marriage Unit, which gave advice to the IDVA", detail="Forced Marriage Unit")
pf = Person(d, "p1", "perpetrator", name="Mr Q", age=56, gender="male", ethnicity="asian_pakistani",
            ethnicity_detail="British Pakistani", living="family_home")
pf.svc("police", "prior", "Officers then visited the family home and spoke to her father about her allegation")
pf.svc("prison", "after", "Both men were found guilty of murder and each received a life sentence.")
pb = Person(d, "p2", "perpetrator", name="Tariq", age=27, gender="male", ethnicity="asian_pakistani",
            ethnicity_detail="British Pakistani", living="not_reported")
pb.char("offending", "Tariq had a conviction for affray in 2019.")
pb.svc("prison", "after", "Both men were found guilty of murder and each received a life sentence.")
cases.append(case(
    d, title="Yasmin", review_type="dhr", area="Westbarrow", published="2025-01", incident_year=2022,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["Yasmin was killed at her parents' home in Westbarrow by her father",
                      "Both men were found guilty of murder and each received a life sentence."],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 23 strangled at her parents' home by her father and brother in a so-called honour killing after she refused a forced marriage and left for a refuge.",
    reference_individual=None, people=[v, pf, pb],
    relationship=("parent_to_child", "Killed by her father and her brother together (the brother's relationship is sibling).", [
        rc(d, "other", "The review describes her death as a so-called \"honour\" killing.",
           "the family had planned for Yasmin to marry a cousin abroad", detail="Honour-based abuse and forced marriage"),
        rc(d, "physical_abuse", "her brother had hit her and taken her passport"),
        rc(d, "coercive_control", "her brother had hit her and taken her passport"),
        rc(d, "emotional_abuse", "her father had threatened to kill her if she did not agree to the marriage"),
        rc(d, "domestic_abuse", "Honour-based abuse is domestic abuse."),
    ]),
    weapons=[wp(d, "strangulation", "She was strangled.")],
    locations=[loc(d, "home", "Yasmin was killed at her parents' home in Westbarrow")],
    escalation_summary="Refused a planned marriage abroad; in March 2022 reported threats to kill from her father and assault and passport removal by her brother; police spoke to her father; she went to a refuge, was heard at MARAC in April and moved in May to temporary accommodation near the family; killed in June 2022 when she went home for a family meal.",
    markers=[mk(d, "missing_moving", "She left the family home and went to Verbena Refuge."),
             mk(d, "threats_property_damage", "her father had threatened to kill her if she did not agree to the marriage")],
    problems=[
        ("The officer recorded the report as a family argument and did not complete the honour-based abuse and forced marriage questions.",
         "Westbarrow Police", "Honour-based abuse not recognised",
         "did not complete the honour-based abuse and forced marriage questions in the risk assessment"),
        ("Officers visited the family home and spoke to her father about her allegation.",
         "Westbarrow Police", "Approaching the family",
         "Officers then visited the family home and spoke to her father about her allegation, which the review considers may have increased the risk to her."),
        ("Housing placed her two miles from her parents' home, contrary to the MARAC action.",
         "Westbarrow Council Housing Options", "Safe accommodation",
         "Housing Options placed her in temporary accommodation about two miles from her parents' home"),
        ("The MARAC was not told its action had not been completed.",
         "Westbarrow Council Housing Options", "MARAC actions",
         "the MARAC was not told that its action had not been completed"),
        ("The MARAC did not review the case when she left the refuge.",
         "Westbarrow MARAC", "MARAC actions",
         "The MARAC did not review Yasmin's case when she left the refuge"),
        ("The risk from her brother and wider family was not considered.",
         "Westbarrow MARAC", "Multiple perpetrators",
         "The risk from her brother and from the wider family was not considered"),
        ("The GP did not see her alone or ask about home.",
         "Quarrell Road Surgery", "Seeing the patient alone",
         "The GP did not see her alone and did not ask about her home situation."),
    ]))

# ---------------------------------------------------------------- f22_12
d = D("f22_12_dardr_mr_u_panel_decision_not_met.txt")
v = Person(d, "v1", "victim", name="Mr U", age=41, gender="male", living="alone")
v.char("substance_misuse", "He had used heroin for most of his adult life")
v.char("mental_health_past", "He had a history of depression, treated by his GP at Quillet Street Surgery.")
v.char("offending", "after a short sentence for shoplifting")
v.char("non_engagement", "He missed two keywork appointments after release")
v.svc("substance_misuse_services", "prior", "had been prescribed methadone by Scarrowby Recovery Partnership since 2020")
v.svc("gp", "prior", "Quillet Street Surgery: treatment for depression; last seen in January 2024.")
v.svc("prison", "prior", "Mr U was released from HMP Wyvernmoor on 5 July 2024")
v.svc("probation", "prior", "He was supervised by the Probation Service after release.")
v.svc("police", "prior", "arrest for shoplifting in March 2024",
      "Officers attended and spoke to Mr U and his then partner separately.")
v.svc("housing", "prior", "Riverlow Housing Association: tenancy held throughout; no concerns recorded.")
cases.append(case(
    d, title="Mr U", review_type="dhr", area="Scarrowby", published="2024-09", incident_year=2024,
    # A decision record that names one person, one death and the agencies' contact describes a case, so it is
    # screened on what happened (issue 9: not_a_review is for text that describes no case). An accidental
    # overdose with no abuse is risk-taking with no peer-violence element.
    role="other", decision="exclude", reason="risk_taking_no_peer_violence",
    screening_quotes=["all the evidence points to an accidental overdose in the weeks after release from prison",
                      "The panel therefore decided that the criteria for a Domestic Abuse Related Death Review are NOT met. No review will be carried out.",
                      "The panel found no evidence that Mr U had experienced domestic abuse from anyone"],
    category=None, incident_type=None, fatal=True,
    description="Decision not to hold a DARDR: man of 41 died of an accidental heroin and methadone overdose weeks after release from prison; no domestic abuse or third-party involvement found.",
    reference_individual=None, people=[v],
    problems=[
        ("The recovery service discharged him after two missed appointments in the high-risk period after release without trying to contact him.",
         "Scarrowby Recovery Partnership", "Discharge after missed appointments",
         "discharged Mr U from keywork after two missed appointments in the high-risk period after release, without attempting to contact him at home"),
        ("The recovery service did not tell his GP or probation of the discharge.",
         "Scarrowby Recovery Partnership", "Information sharing",
         "without telling his GP or the Probation Service"),
        ("He was not given naloxone on release from prison.",
         "HMP Wyvernmoor", "Release planning",
         "he had not been given naloxone on release from prison"),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold_b.json"))
