"""Build gold_a.json for frozen-f18, part a (documents f18_01 to f18_06), from the hand coding below.

FROZEN held-out batch: written without running the engine; never tune on it, open it or read it.

Run from anywhere: python3 examples/frozen-f18/build_gold_a.py
Every quote is checked against its document (see ../goldlib.py); a missing quote stops the build.
The .txt documents are read with wrapped=True (whitespace collapsed). Every prose paragraph is one line;
f18_04's care chronology is a pipe table and each quote from it lies inside one cell.
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


# ---------------------------------------------------------------- f18_01
d = D("f18_01_dhr_bronwen_alwyn_carer_overview.txt")
GP = "Kilnbrook Surgery"
MAS = "Ellerdean Partnership NHS Foundation Trust (Calderby Memory Assessment Service)"
ASC = "Calderby Council Adult Social Care"
HUB = "Calderby Carers' Hub"
v = Person(d, "v1", "victim", name="Bronwen", age=65, gender="female", ethnicity="white_british",
           ethnicity_detail="White Welsh", living="family_home")
v.char("other", "In 2022 Bronwen was diagnosed with Alzheimer's disease.",
       "led to a diagnosis of Alzheimer's disease", detail="Dementia (Alzheimer's disease)")
v.char("chronic_illness", "Bronwen had osteoporosis")
v.char("domestic_abuse", "during the final months of her life Bronwen was subject to physical harm by her husband",
       "saw bruises on both of her forearms, like fingermarks", subtypes=["physical"])
v.svc("gp", "prior", "Alwyn made an appointment for Bronwen at Kilnbrook Surgery",
      "Bronwen's annual dementia review was carried out by the GP by telephone")
v.svc("mh_other", "prior", "Bronwen and Alwyn attended the memory service together.",
      "Bronwen was seen at the memory service for a review.", detail="Memory assessment service")
v.svc("adult_social_care", "prior", "She completed a needs assessment for Bronwen, who was found eligible for support")
v.svc("voluntary_sector", "prior", "Bronwen began attending Larchfield Day Centre on Tuesdays and Thursdays.")
v.svc("ambulance", "prior", "Bronwen was brought to the emergency department at Calderby General Hospital by ambulance")
v.svc("acute_health", "prior", "Bronwen was brought to the emergency department at Calderby General Hospital")
v.svc("police", "prior", "Officers found Bronwen about half a mile from her home",
      "completed a vulnerable adult report")
p = Person(d, "p1", "perpetrator", name="Alwyn", age=68, gender="male", ethnicity="white_british",
           ethnicity_detail="White Welsh", living="family_home")
p.char("caring_responsibilities", "Every agency knew that Alwyn was Bronwen's carer.",
       "will be the main carer")
p.char("chronic_illness", "Alwyn had type 2 diabetes, managed with tablets, and he had long-standing back pain.")
p.char("mental_health_current", "Alwyn attended Kilnbrook Surgery with low mood and poor sleep.",
       "The GP treated these as signs of depression in Alwyn, which they were.")
p.char("social_isolation", "His children said he had become lonely.",
       "his withdrawal from the choir and walking group")
p.char("non_engagement", "A support worker left two voicemail messages. Alwyn did not call back.",
       "He did not bring her back in January.")
p.svc("gp", "prior", "Alwyn saw his GP for a diabetes review.",
      "Alwyn attended Kilnbrook Surgery with low mood and poor sleep.",
      "Alwyn saw the GP and asked about care homes")
p.svc("voluntary_sector", "prior", "completed Alwyn's carer's assessment by telephone")
p.svc("adult_social_care", "prior", "Alwyn contacted Calderby Council Adult Social Care himself",
      "Alwyn telephoned adult social care and asked about respite.")
cases.append(case(
    d, title="Bronwen and Alwyn", review_type="dhr", area="Calderby", published="2026-01", incident_year=2024,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["The police investigation concluded that Alwyn had held a pillow over Bronwen's face as she slept, and that he then ended his own life."],
    category="intimate_partner_violence", incident_type="homicide_suicide", fatal=True,
    description="Woman of 65 with Alzheimer's disease smothered in her bed by her husband of 41 years and sole carer, who then took his own life.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married 41 years; he was her carer after her dementia diagnosis in 2022.", [
        rc(d, "carer", "Every agency knew that Alwyn was Bronwen's carer."),
        rc(d, "physical_abuse", "during the final months of her life Bronwen was subject to physical harm by her husband",
           "He holds me too tight when I want to go out."),
        rc(d, "domestic_abuse", "they are exactly the circumstances in which agencies should have been thinking about domestic abuse"),
    ]),
    weapons=[wp(d, "strangulation", "Bronwen died of asphyxia", "held a pillow over Bronwen's face as she slept")],
    locations=[loc(d, "home", "He found his mother dead in her bed")],
    escalation_summary="Her dementia progressed to night-time wandering; he became depressed, isolated and exhausted, said they would both be better off out of it, held her arms hard enough to bruise, stopped her day centre place, stopped answering the carers' service, asked about care homes and respite without a response, and believed she would be put in a home.",
    markers=[mk(d, "disengaged_services", "He did not bring her back in January.",
                "closed to active follow-up"),
             mk(d, "concealment_stigma", "His children said he was a proud man who saw asking for help as failing.")],
    problems=[
        ("The memory nurse gave information about the Carers' Hub but made no referral and did not check later.",
         MAS, "Carer support at diagnosis",
         "the nurse did not make a referral or check later whether Alwyn had made contact"),
        ("The GP dementia review was done by telephone with the husband alone; Bronwen was not spoken to.",
         GP, "Voice of the person with dementia",
         "The GP dementia review in May 2023 was conducted by telephone with Alwyn alone."),
        ("Delyth's call about her exhausted father led to no action beyond one phone call.",
         GP, "Listening to family",
         "Alwyn said that his daughter \"fusses\" and that he was managing. No action was recorded."),
        ("No carer code was added to either record, so carer health checks were never prompted.",
         GP, "Carer identification",
         "Kilnbrook Surgery did not add a carer code to either record"),
        ("The carer's assessment came 20 months after diagnosis, by telephone, and did not explore his low wellbeing score.",
         HUB, "Carer's assessment",
         "The carer's assessment was carried out 20 months after Bronwen's diagnosis and by telephone."),
        ("The support plan did nothing about the two problems Alwyn named.",
         HUB, "Carer's assessment",
         "the plan that followed did nothing to address the two problems he named"),
        ("The Hub closed the case to active follow-up when Alwyn did not return calls after his daughter's concern.",
         HUB, "Closure for non-response",
         "The panel considers that a carer who stops answering may be a carer in crisis, and that closure on that basis was wrong."),
        ("No professional ever tried to find out Bronwen's own views about her care, husband or future.",
         MULTI, "Voice of the person with dementia",
         "no one made any attempt to find out what Bronwen herself thought about her care, her husband or her future"),
        ("The day centre accepted the husband's explanation of fingermark bruising and raised no safeguarding concern, against its own policy.",
         "Larchfield Day Centre", "Safeguarding referral",
         "The deputy manager accepted this explanation and took no further action. No safeguarding concern was raised."),
        ("The GP treated Alwyn's depression without asking about caring or the risk to Bronwen.",
         GP, "Risk to the cared-for person",
         "The GP did not ask about Bronwen, about the pressure of caring, or whether he had ever felt like harming her."),
        ("No one considered that 'both better off' might include the person he cared for.",
         MULTI, "Homicide-suicide warning signs",
         "No one considered that a carer who says \"we would both be better off\" may be thinking about the person he cares for as well as himself."),
        ("The GP passed on no information and made no referral when Alwyn asked about care homes.",
         GP, "Responding to carer crisis",
         "There is no record that the GP contacted adult social care, re-referred Bronwen to the memory service, or asked about the risk to either of them."),
        ("The police report and the day centre letter were filed as information only against an absent worker; no one contacted the couple.",
         ASC, "Case allocation",
         "The case was not reallocated and no one contacted the couple."),
        ("Vacancies, agency staff and a failing reallocation system affected adult social care's response.",
         ASC, "Workforce capacity",
         "the system for reallocating the cases of absent workers was not working"),
        ("The hospital did not consider a safeguarding or carer referral after a night-time fall of a confused older woman.",
         "Calderby General Hospital", "Safeguarding in the emergency department",
         "the hospital did not consider whether a confused older woman brought in at night after a fall"),
        ("No agency shared information about the couple in a way that built up a picture.",
         MULTI, "Information sharing",
         "No agency shared information with any other about the couple in a way that built up a picture."),
        ("The respite request went onto a waiting list and was never looked at; no screening for urgency for carer calls.",
         ASC, "Carer requests for help",
         "It went onto a waiting list and was not looked at."),
    ]))

# ---------------------------------------------------------------- f18_02
d = D("f18_02_cspr_freya_teen_relationship_exec_summary.txt")
POL = "Kelderdale Police"
SCH = "Meadowgate Academy"
YJS = "Eddisford Youth Justice Service"
CSC = "Eddisford Children's Social Care"
v = Person(d, "v1", "victim", name="Freya", age=14, gender="female", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="White and Black Caribbean heritage", living="family_home")
v.char("mental_health_current", "From the age of 12 Freya had struggled with anxiety.")
v.char("self_harm", "she told a teacher that she had been cutting her arms")
v.char("missing_episodes", "Freya went missing overnight twice in April and May 2023")
v.char("non_engagement", "after which she was discharged because she had stopped attending",
       "Return home interviews were offered but not taken up")
v.char("domestic_abuse", "made her share her location on her phone, went through her messages and told her who she could and could not see",
       "Several friends described him pushing and slapping her",
       "The abuse Freya suffered was not recognised as domestic abuse.",
       subtypes=["coercive_control", "physical"])
v.svc("school", "prior", "Meadowgate Academy knew Freya well.")
v.svc("camhs", "prior", "the school referred her to CAMHS",
      "CAMHS saw Freya in 2022 for anxiety and self-harm.")
v.svc("police", "prior", "Kelderdale Police responded to both missing episodes.")
v.svc("csc_cin_cp", "prior", "A social worker completed a short assessment, visited Freya at home with her mother")
p = Person(d, "p1", "perpetrator", name="Young Person M", age=17, gender="male", living="family_home")
p.char("domestic_violence_child", "As a young child he had seen his father repeatedly assault his mother")
p.char("child_in_need_protection", "Children's Social Care had worked with the family under a child protection plan when he was six")
p.char("household_member_prison", "His father left the family home after being sent to prison in 2014.")
p.char("educational_exclusion", "Young Person M was permanently excluded from secondary school")
p.char("carrying_weapons", "after bringing a knife onto the school site",
       "possession of a bladed article in a public place")
p.char("substance_misuse", "He had been using cannabis daily since he was 14.")
p.char("offending", "he was given a referral order by the youth court for possession of a bladed article",
       "He had an earlier caution for assault")
p.char("history_of_violence", "He had an earlier caution for assault, in 2021, after hitting a boy at a bus stop.")
p.svc("csc_cin_cp", "prior", "Children's Social Care had worked with the family under a child protection plan when he was six")
p.svc("school", "prior", "he was placed at a pupil referral unit")
p.svc("youth_offending", "prior", "he was supervised by the Eddisford Youth Justice Service from then until Freya's death",
      "The Youth Justice Service case manager saw Young Person M weekly.")
p.svc("police", "prior", "He had an earlier caution for assault")
p.svc("police", "after", "Young Person M was arrested the same evening.")
p.svc("prison", "after", "He was given detention at His Majesty's pleasure")
cases.append(case(
    d, title="Freya", review_type="scr", area="Eddisford", published="2025-06", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["After an argument he stabbed her once in the chest.",
                      "was later convicted of her murder"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Girl of 14 stabbed in a park by her 17-year-old former boyfriend days after she ended a controlling and violent relationship.",
    reference_individual="victim", people=[v, p],
    relationship=("ex_partner", "Relationship from summer 2022 (she 13, he 16); she ended it in early August 2023.", [
        rc(d, "coercive_control", "made her share her location on her phone, went through her messages and told her who she could and could not see"),
        rc(d, "physical_abuse", "Several friends described him pushing and slapping her",
           "one saw him grab her by the neck outside a takeaway"),
        rc(d, "domestic_abuse", "The abuse Freya suffered was not recognised as domestic abuse."),
        rc(d, "strain_separation", "Freya told Young Person M by message that the relationship was over."),
    ]),
    weapons=[wp(d, "knife", "he stabbed her once in the chest")],
    locations=[loc(d, "street_public", "near a play area in Castlemill Park")],
    technology=[tech(d, "social_media", "he sent her more than 300 messages on a messaging app"),
                tech(d, "tracking", "made her share her location on her phone")],
    escalation_summary="Possessive control from the start (location sharing, checking messages), pushing, slapping and a grab to the neck in March 2023, two missing episodes found at his family's address, then after she ended it more than 300 messages threatening suicide and that she would regret it, before he waited for her in the park.",
    markers=[mk(d, "separation", "Freya told Young Person M by message that the relationship was over."),
             mk(d, "threats_property_damage", "some saying that she would \"regret it\""),
             mk(d, "carrying_weapons", "possession of a bladed article in a public place")],
    problems=[
        ("Three agencies saw signs of a controlling, violent relationship and treated it as friendship trouble or teenage drama.",
         MULTI, "Teenage relationship abuse not recognised",
         "Each saw the behaviour as a friendship problem, \"teenage drama\" or a passing row."),
        ("Practitioners were unsure whether domestic abuse applied under 16; local guidance covered only 16 and over.",
         "Eddisford Safeguarding Children Partnership", "Guidance and age thresholds",
         "the local domestic abuse guidance only covered those aged 16 and over"),
        ("The school's safeguarding lead did not check who the boyfriend was.",
         SCH, "Professional curiosity",
         "No one checked who he was."),
        ("No agency asked another what it knew, so the two young people were never connected.",
         MULTI, "Information sharing",
         "Because no agency asked the other what it knew"),
        ("The missing episodes were not treated as a warning sign; return home interviews were not followed up.",
         MULTI, "Missing episodes",
         "Return home interviews were offered but not taken up, and no one followed this up."),
        ("The missing and exploitation panel did not consider risk from a boyfriend.",
         "Eddisford Safeguarding Children Partnership", "Exploitation panel remit",
         "that panel did not at the time consider cases where the risk came from a boyfriend rather than from a group"),
        ("The CSC assessment relied on Freya and her mother, ignored the neck mark and was closed without a multi-agency discussion.",
         CSC, "Assessment",
         "relied on what Freya and her mother said and did not consider the mark on her neck"),
        ("The assessment described Young Person M as a friend and did not record his age.",
         CSC, "Assessment",
         "The assessment described Young Person M as \"a friend\" and did not record his age."),
        ("CAMHS did not ask about relationships or whether self-harm could be linked to harm from others.",
         "Eddisford CAMHS", "Relationships in assessment",
         "CAMHS did not explore Freya's relationships or consider whether her self-harm could be linked to harm from others."),
        ("CAMHS discharged her after missed appointments without contacting the referring school.",
         "Eddisford CAMHS", "Discharge after non-attendance",
         "Discharge after missed appointments happened without contact with the school, which was the referrer."),
        ("The case manager did not ask about the girlfriend or share his disclosure that he had 'lost it' with her.",
         YJS, "Responding to disclosures",
         "The case manager noted this but did not ask how old his girlfriend was"),
        ("The youth justice risk assessment focused on knives in public and ignored risk to a partner; not updated after the disclosure.",
         YJS, "Risk to partners",
         "did not consider the risk he might pose to a partner"),
    ]))

# ---------------------------------------------------------------- f18_03
d = D("f18_03_sar_emrys_cuckooing_learning_brief.html")
LH = "Lanfield Homes"
v = Person(d, "v1", "victim", name="Emrys", age=33, gender="male", living="alone")
v.char("other", "Emrys was diagnosed with autism as a teenager.", detail="Autism")
v.char("mental_health_current", "Emrys had anxiety, for which his GP prescribed medication.")
v.char("unemployment", "He had not worked since a supermarket job ended in 2020")
v.char("social_isolation", "before 2023 he \"mainly talked to people online\"",
       "He has no contact with his mother's side of the family")
v.char("victim_of_crime", "In 2021 he was robbed of his phone and bank card outside a cash machine")
v.char("criminal_exploitation", "used the flat to store and sell drugs")
v.char("abuse_neglect_adult", "They took his bank card, withdrew his benefits as soon as they were paid",
       "They punched and kicked him repeatedly and hit him with a chair leg.",
       "they told him he would be stabbed if he told anyone",
       subtypes=["financial", "physical", "coercive_control"])
v.svc("housing", "prior", "He has lived alone in a one-bedroom flat rented from Lanfield Homes since 2019",
      "A neighbourhood officer from Lanfield Homes visited twice.")
v.svc("police", "prior", "he reported this to the police",
      "a police community support officer visited after a neighbour reported drug dealing from the flat")
v.svc("adult_social_care", "prior", "In 2022 Emrys asked for support from adult social care.")
v.svc("voluntary_sector", "prior", "Bridgeway Autism Support, a local charity, which gave him a weekly drop-in session")
v.svc("gp", "prior", "Emrys saw his GP twice in this period.")
v.svc("ambulance", "after", "a neighbour found him in the stairwell and called an ambulance")
v.svc("acute_health", "after", "He spent five weeks in hospital, including ten days in intensive care")
v.svc("adult_social_care", "after", "adult social care found Emrys a new home and support through a specialist autism provider")
v.svc("police", "after", "The police investigation was thorough and both men were convicted.")
p1 = Person(d, "p1", "perpetrator", name="Man J", age=26, gender="male", living="shared_private")
p1.char("offending", "Man J had previous convictions for supplying class A drugs and for assault.")
p1.char("drug_dealing", "Man J had previous convictions for supplying class A drugs")
p1.char("history_of_violence", "previous convictions for supplying class A drugs and for assault")
p1.char("substance_misuse", "Both men used crack cocaine.")
p1.svc("prison", "after", "Man J was sentenced to 11 years in prison")
p2 = Person(d, "p2", "perpetrator", name="Man K", age=23, gender="male", living="shared_private")
p2.char("drug_dealing", "Man K was known to the police as part of a group selling drugs in the Glenmarsh area")
p2.char("offending", "had been released from a young offender institution in 2023")
p2.char("substance_misuse", "Both men used crack cocaine.")
p2.svc("prison", "prior", "had been released from a young offender institution in 2023")
p2.svc("prison", "after", "Man K to nine years")
cases.append(case(
    d, title="Emrys", review_type="sar", area="Glenmarsh", published="2024-11", incident_year=2024,
    role="briefing", decision="include", reason="physical_assault",
    screening_quotes=["He had been beaten over several hours inside his own flat by two men who had been living there for about two months.",
                      "he suffered serious harm through abuse"],
    category="adult_peer_violence", incident_type="non_fatal_injury", fatal=False,
    description="Autistic man of 33 living alone whose flat was taken over by two drug dealers (cuckooing), who took his benefits and beat him, leaving him with a lasting brain injury.",
    reference_individual="victim", people=[v, p1, p2],
    relationship=("friend_acquaintance", "Man J befriended him at a bus station; both men moved into his flat within a week (cuckooing).", [
        rc(d, "financial_abuse", "They took his bank card, withdrew his benefits as soon as they were paid"),
        rc(d, "physical_abuse", "They punched and kicked him repeatedly and hit him with a chair leg."),
        rc(d, "coercive_control", "they told him he would be stabbed if he told anyone"),
        rc(d, "other", "It was not identified as a possible case of cuckooing", detail="Cuckooing"),
    ]),
    weapons=[wp(d, "blunt_object", "hit him with a chair leg")],
    locations=[loc(d, "home", "inside his own flat")],
    escalation_summary="Befriended by Man J in November 2023, his flat was taken over within a week; his benefits were taken, drugs were sold from the flat, he slept on the kitchen floor under threat of being stabbed, had a bruised eye in January, and was beaten for hours in February after being accused of taking their money.",
    markers=[mk(d, "threats_property_damage", "they told him he would be stabbed if he told anyone",
                "accused Emrys of taking money from them")],
    problems=[
        ("The landlord saw the complaints as anti-social behaviour by Emrys, not exploitation.",
         LH, "Recognising cuckooing",
         "The landlord saw the complaints as anti-social behaviour by Emrys, not as a sign that he might be being exploited in his own home."),
        ("The housing officer spoke to Emrys in front of the man later convicted and did not try to see him alone.",
         LH, "Seeing the person alone",
         "The housing officer spoke to Emrys in front of the man who was later convicted of harming him, and did not try to see him alone."),
        ("Police did not link the drug reports to the tenant or consider a vulnerable resident.",
         "Police", "Recognising cuckooing",
         "The police did not link the reports of drug dealing to the tenant, and did not consider whether a vulnerable person lived at the address."),
        ("The GP made no safeguarding referral for an unexplained eye injury and weight loss.",
         "GP", "Safeguarding referral",
         "The GP did not make a safeguarding referral when an autistic man living alone came in with an unexplained eye injury and weight loss."),
        ("The 2022 eligibility assessment ignored vulnerability to exploitation.",
         "Glenmarsh adult social care", "Eligibility and exploitation",
         "Adult social care's 2022 assessment looked at Emrys's ability to carry out daily tasks and not at his vulnerability to exploitation"),
        ("There was no local process to share concerns about suspected cuckooing.",
         MULTI, "Multi-agency process",
         "There was no local process for agencies to share concerns about suspected cuckooing of an address."),
    ]))

# ---------------------------------------------------------------- f18_04
d = D("f18_04_iir_ms_h_bipolar_care_table_extract.txt")
TR = "Inchmere Healthcare NHS Foundation Trust"
GPH = "Harbourne Road Practice"
p = Person(d, "p1", "perpetrator", name="Ms H", age=38, gender="female", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="mixed White and Black Caribbean heritage", living="family_home")
p.char("mental_health_current", "Ms H had been diagnosed with bipolar affective disorder at the age of 22.",
       "during a period of severe mania with psychotic features")
p.char("medication", "Mrs G telephoned to say her daughter had stopped her lithium three weeks before",
       "Blood level on 20 Sep was below the therapeutic range.")
p.char("substance_misuse", "Ms H had used cannabis regularly since her twenties")
p.char("non_engagement", "Ms H did not attend the medical review.", "Ms H refused to come downstairs.")
p.svc("mh_community", "prior", "Routine review with care coordinator.", "Care coordinator visited.")
p.svc("gp", "prior", "Lithium blood level within range. Repeat prescription issued for three months.")
p.svc("police", "prior", "Officers took Ms H to a place of safety under section 136.")
p.svc("mh_inpatient", "prior", "Ms H detained on Alder Ward for assessment (Mental Health Act, section 2) with a manic relapse.")
p.svc("mh_other", "prior", "Seven home visits. Ms H said she was taking her lithium.", detail="Home treatment team")
p.svc("police", "after", "was arrested at the house")
p.svc("mh_inpatient", "after", "she remains detained in a secure hospital")
v = Person(d, "v1", "victim", name="Mrs G", age=66, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("caring_responsibilities", "her mother supported her with her medication, her appointments and her money",
       "although she was Ms H's main support")
v.svc("gp", "prior", "Mrs G attended her own appointment and told the GP she was exhausted and frightened.")
v.svc("police", "prior", "Mrs G told officers she was \"frightened of what she might do next\".")
cases.append(case(
    d, title="Ms H", review_type="iir", area="Inchmere", published="2025-03", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Ms H stabbed her mother several times with a kitchen knife during a period of severe mania with psychotic features."],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 38 with bipolar disorder who had stopped her lithium stabbed her mother, with whom she lived, during a manic relapse six weeks after discharge from hospital.",
    reference_individual="perpetrator", people=[p, v],
    relationship=("child_to_parent", "Daughter living with her mother since 2020; the mother was her main support.", [
        rc(d, "carer", "her mother supported her with her medication, her appointments and her money"),
    ]),
    weapons=[wp(d, "knife", "with a kitchen knife")],
    locations=[loc(d, "home", "at the house they shared in Inchmere")],
    escalation_summary="She stopped lithium in summer 2022 with no care coordinator, became manic, damaged her mother's car and was detained in August; discharged in September with a low lithium level, she used cannabis, withdrew and believed her mother was poisoning her food, while her mother's warnings went unanswered.",
    markers=[mk(d, "stopped_medication", "Mrs G telephoned to say her daughter had stopped her lithium three weeks before"),
             mk(d, "discharged_or_absconded", "Ms H discharged home after 25 days."),
             mk(d, "disengaged_services", "Ms H did not attend the medical review.", "Ms H refused to come downstairs."),
             mk(d, "threats_property_damage", "threw a plant pot through the window of her mother's car")],
    problems=[
        ("No relapse signature or crisis plan was set out after 2019, although the pattern was recorded.",
         TR, "Relapse planning",
         "the Trust's care plans for Ms H did not include a relapse signature or a crisis plan after 2019"),
        ("Ms H was held on a duty list for nine weeks without a care coordinator; duty workers responded to each call in isolation.",
         TR, "Care coordination",
         "the duty workers did not have time to review the history of the patients on the list and responded to each call in isolation"),
        ("Mrs G's call about stopped lithium was logged but the medical team was not told.",
         TR, "Acting on carer information",
         "The call was logged but the medical team was not told."),
        ("No home visit after the missed medical review.",
         TR, "Non-attendance",
         "No home visit."),
        ("Mrs G's concerns were recorded but not acted on; staff accepted Ms H's account over her mother's.",
         TR, "The voice of the carer",
         "her concerns were repeatedly recorded but not acted on, and that in each case staff accepted Ms H's own account over her mother's"),
        ("Mrs G was not involved in discharge planning and never offered a carer's assessment.",
         TR, "Carer involvement",
         "Mrs G was not involved in discharge planning and no carer's assessment was offered."),
        ("The risk assessment was not updated after the car damage or the poisoning belief.",
         TR, "Risk to others",
         "It was not updated after the August 2022 incident in which she damaged her mother's car"),
        ("The low lithium level and the mother's doubts were not passed to the CMHT at transfer.",
         TR, "Transfer of care",
         "This was not passed to the CMHT at the point of transfer."),
        ("A gap of over two weeks between home treatment and first CMHT contact.",
         TR, "Transfer of care",
         "A gap of over two weeks after home treatment ended."),
        ("The GP practice did not follow up the missed lithium test beyond two text reminders.",
         GPH, "Lithium monitoring",
         "The GP practice did not follow up the missed lithium test in June 2022 beyond two text reminders."),
        ("The GP did not contact the mental health team or consider a safeguarding referral when Mrs G said she was frightened.",
         GPH, "Information sharing",
         "the GP did not contact the mental health team or consider a safeguarding referral for Mrs G"),
        ("Cannabis use was recorded but never addressed or referred.",
         TR, "Dual diagnosis",
         "she was never referred to substance misuse services"),
    ]))

# ---------------------------------------------------------------- f18_05
d = D("f18_05_csp_hollinbrook_annual_report_dhr_paragraph.txt")
cases.append(case(
    d, title=None, review_type="other", area="Hollinbrook", published="2025-09", incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["ANNUAL REPORT 2024/25",
                      "this report does not give any information that might identify the people concerned"],
    category=None, incident_type=None, fatal=None,
    description="Community Safety Partnership annual report: crime figures, priorities, and a paragraph on three newly commissioned DHRs with aggregate figures; it describes no case.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f18_06
d = D("f18_06_dhr_emlyn_christening_exec_summary.txt")
POL = "Kitterick Police"
PRB = "Probation Service"
v = Person(d, "v1", "victim", name="Emlyn", age=61, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="alone")
v.char("chronic_illness", "He had a heart condition, for which he took medication")
v.char("victim_of_crime", "Jarrod had sent him a series of threatening text messages")
v.svc("police", "prior", "Emlyn went to Fenwold police station and reported that Jarrod had sent him a series of threatening text messages")
p = Person(d, "p1", "perpetrator", name="Jarrod", age=34, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
p.char("offending", "He had convictions for violence going back to his teens")
p.char("history_of_violence", "He had convictions for violence going back to his teens, including an assault on a previous partner in 2021",
       "Jarrod had been controlling and at times violent towards her")
p.char("alcohol_misuse", "Jarrod drank heavily, particularly at weekends")
p.char("non_engagement", "He missed five of sixteen sessions.")
p.svc("probation", "prior", "He was supervised by the Probation Service from October 2021 until his order ended in October 2023")
p.svc("substance_misuse_services", "prior", "Jarrod attended the Fenwold Recovery Service for the alcohol treatment requirement")
p.svc("police", "prior", "Officers attended, completed a domestic abuse risk assessment, graded the risk as standard, and arrested Jarrod.",
      "spoke to Jarrod by telephone and gave him words of advice")
p.svc("police", "after", "Jarrod was charged with murder.")
p.svc("prison", "after", "he received a prison sentence of eight years")
cases.append(case(
    d, title="Emlyn", review_type="dhr", area="Fenwold", published="2025-04", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["In the club car park Jarrod punched Emlyn in the face.",
                      "convicted of manslaughter"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 61 punched and kicked in the head outside his grandson's christening party by his daughter's partner after he told him to leave her alone; he died two days later.",
    reference_individual=None, people=[v, p],
    relationship=("other_family", "His daughter's cohabiting partner of nine years (a relative under the DHR definition).", [
        rc(d, "emotional_abuse", "Jarrod had sent him a series of threatening text messages"),
        rc(d, "strain_separation", "Emlyn and Jarrod had not spoken since February."),
    ]),
    weapons=[wp(d, "non_accidental_injury", "Jarrod punched Emlyn in the face",
                "Jarrod kicked him in the head at least twice")],
    locations=[loc(d, "street_public", "In the club car park")],
    technology=[tech(d, "mobile_phone", "a series of threatening text messages")],
    escalation_summary="A history of violence including to a former partner and to his daughter; threatening texts to Emlyn in February 2023 after Emlyn urged his daughter to leave, months of silence between the two men, then heavy drinking at the christening and a confrontation when Emlyn told him to leave Leanne alone.",
    markers=[mk(d, "alcohol_drugs_before", "During the evening Jarrod drank a large amount of lager and spirits."),
             mk(d, "threats_property_damage", "One message said that Emlyn would \"end up in a box\".",
                "Emlyn saw Jarrod shouting at Leanne near the bar")],
    problems=[
        ("Probation accepted Jarrod's address without a home visit or police checks, against policy.",
         PRB, "Address checks and home visits",
         "His probation officer accepted the address he gave. No home visit was made and no check was made with the police"),
        ("Probation never knew he lived with a partner and two children; risk assessed to 'any future partner'.",
         PRB, "Risk assessment",
         "The risk assessment therefore identified a risk to \"any future partner\" when there was a current partner in the home."),
        ("The alcohol treatment requirement was recorded as completed despite many missed sessions, with no review.",
         PRB, "Enforcement of requirements",
         "recorded the alcohol treatment requirement as completed when Jarrod had missed almost a third of his sessions"),
        ("Police did not tell probation about the September 2022 incident; no routine notification process existed.",
         POL, "Information sharing with probation",
         "the police did not share the September 2022 incident with the Probation Service"),
        ("The threats to Emlyn were treated as a dispute between two men, not domestic abuse.",
         POL, "Recognising family abuse",
         "treated the threats to Emlyn as a dispute between two men rather than as domestic abuse within a family"),
        ("The officer did not check Jarrod's history or link the earlier incident; no risk assessment, no support for Emlyn.",
         POL, "Risk assessment",
         "No risk assessment was completed, and Emlyn was not offered any support or safety advice."),
        ("Neither agency considered the risk Jarrod posed to Leanne's wider family.",
         "Kitterick Police; Probation Service", "Risk to wider family",
         "the risk Jarrod posed to other members of Leanne's family was not considered by anyone"),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold_a.json"))
