"""Build gold.json for batch-f8 from the hand coding below.

Run from anywhere: python3 examples/batch-f8/build_gold.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
The .txt documents are hard-wrapped, so they are read with wrapped=True (a quote may cross a line break).
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


# ---------------------------------------------------------------- f8_01
d = D("f8_01_dhr_maeve_slides.txt")
v = Person(d, "v1", "victim", name="Maeve", age=34, gender="female", ethnicity="white_irish",
           ethnicity_detail="White Irish", living="family_home")
v.char("migration_status", "A White Irish woman who moved to Ravelstoke from Ireland as a teenager")
v.char("domestic_abuse", "Corin \"always had to know where she was\"",
       "Friends described him going through her phone and checking her bank app.",
       "63 text messages in one night",
       subtypes=["coercive_control", "emotional"])
v.svc("police", "prior", "Maeve reports to police. DASH - medium risk",
      "Maeve reported three breaches in April")
v.svc("gp", "prior", "Maeve tells her GP she is \"not sleeping, frightened he'll turn up\"")
v.svc("domestic_abuse_services", "prior", "The IDVA service received a referral in December 2022")
p = Person(d, "p1", "perpetrator", name="Corin", age=37, gender="male", living="shared_private")
p.char("history_of_violence", "Two previous partners had reported him to police for assault (2012, 2016)")
p.char("offending", "one led to a conviction for assault occasioning actual bodily harm")
p.char("alcohol_misuse", "Drank heavily, especially at weekends")
p.char("mental_health_current", "Saw his GP for back pain and low mood")
p.svc("police", "prior", "Corin breaks the back door glass. Arrested, then bailed on condition that he kept away from her")
p.svc("substance_misuse_services", "prior", "referred to Ravelstoke Alcohol Support in 2021 and attended twice")
p.svc("gp", "prior", "Saw his GP for back pain and low mood")
p.svc("probation", "prior", "The 2016 conviction resulted in a community order supervised by probation.")
p.svc("police", "after", "He was arrested at the scene.")
p.svc("prison", "after", "received a life sentence with a minimum term of 22 years")
cases.append(case(
    d, title="Maeve", review_type="dhr", area="Ravelstoke", published="2025-02", incident_year=2023,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["Maeve was 34 when she was killed by her former partner, Corin, in May 2023",
                      "Corin was convicted of Maeve's murder at Ravelstoke Crown Court in January 2024"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 34 stabbed at home by her former partner six months after she ended the relationship, after stalking, messages and bail breaches.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Former partner of about seven years, not married; she ended the relationship in November 2022 and he moved out.", [
        rc(d, "coercive_control", "Corin \"always had to know where she was\""),
        rc(d, "stalking", "The stalking pattern (messages, waiting outside work, breaking bail) was not put together"),
        rc(d, "strain_separation", "until Maeve ended the relationship in November 2022"),
        rc(d, "domestic_abuse", "Maeve reports to police. DASH - medium risk"),
    ]),
    weapons=[wp(d, "knife", "He stabbed Maeve in the hallway")],
    locations=[loc(d, "home", "Maeve is killed at her home")],
    technology=[tech(d, "mobile_phone", "63 text messages in one night")],
    escalation_summary="Separation in November 2022, then mass messaging, waiting outside her work, breaking her back door and repeated bail breaches; he had been drinking all afternoon before the homicide.",
    markers=[mk(d, "separation", "until Maeve ended the relationship in November 2022"),
             mk(d, "alcohol_drugs_before", "He had spent most of the afternoon at a pub, drinking"),
             mk(d, "threats_property_damage", "Corin breaks the back door glass")],
    problems=[
        ("Police risk-assessed each report on its own and did not put the stalking pattern together.",
         "Ravelstoke Police", "Risk assessment of patterns",
         "Each police report was risk-assessed on its own"),
        ("No stalking screening was used and the case never went to MARAC.",
         "Ravelstoke Police", "Stalking; MARAC referral",
         "No stalking risk screening was used, and the case never went to MARAC"),
        ("The December DASH should have been high risk given his history with two previous partners; officers did not look at it.",
         "Ravelstoke Police", "Perpetrator history in risk assessment",
         "The review says in terms that the December DASH should have been high risk"),
        ("Reported bail breaches were logged without action and he was not re-arrested.",
         "Ravelstoke Police", "Bail breaches",
         "Two were logged without action"),
        ("The IDVA service closed the case after 14 days as unable to engage, after three unanswered calls and a letter.",
         "Ravelstoke Domestic Abuse Partnership (IDVA service)", "Case closure",
         "The case was closed after 14 days as \"unable to engage\""),
        ("The GP asked no questions about the relationship when she said she was frightened.",
         "GP practice", "Routine enquiry",
         "The GP did not ask Maeve any questions about the relationship when she said she was frightened"),
        ("The alcohol service knew of the separation but did not ask about children or risk.",
         "Ravelstoke Alcohol Support", "Perpetrator risk in substance misuse services",
         "The alcohol service knew Corin had separated from his partner but did not ask about children or risk"),
        ("The GP and the alcohol service did not share what they knew.",
         "Multiple agencies", "Information sharing",
         "Neither agency shared what it knew"),
    ]))

# ---------------------------------------------------------------- f8_02
d = D("f8_02_dhr_nuala_numbered.txt")
v = Person(d, "v1", "victim", name="Nuala", age=67, gender="female", ethnicity="not_reported",
           ethnicity_detail="born in Ireland", living="family_home")
v.char("migration_status", "Nuala was born in Ireland and came to England in 1974")
v.char("chronic_illness", "She lived with type 2 diabetes and with arthritis in her knees")
v.char("domestic_abuse", "Nuala was being abused by her nephew in the months before her death.",
       "his taking of her money",
       "on each occasion accompanied by a young man who stood close to her and spoke for her",
       "Nuala was also frightened of him",
       subtypes=["financial", "coercive_control", "emotional", "physical"])
v.char("caring_responsibilities", "In practice Nuala took on much of his day to day care",
       "Nuala had become, in effect, his carer")
v.char("social_isolation", "by the spring of 2022 she had stopped going and \"hardly came out of the house\"")
v.svc("gp", "prior", "Bronagh, the practice nurse, recorded this at Nuala's diabetes review.",
      "On 3 May 2022 Nuala attended her diabetes review with Bronagh.")
v.svc("adult_social_care", "prior", "Rowena, a social worker, visited Nuala on 2 February 2022 to make enquiries")
v.svc("police", "prior", "An officer visited, spoke to Nuala at the door")
v.svc("housing", "prior", "Siobhan, the tenancy officer, visited after a neighbour complained about noise.")
v.svc("voluntary_sector", "prior", "Nuala went to a lunch club twice a week at the Sallowmere Irish Centre, a community charity")
p = Person(d, "p1", "perpetrator", name="Ferghal", age=29, gender="male", living="family_home")
p.char("mental_health_current", "was diagnosed with a first episode of psychosis",
       "he was experiencing a relapse of a psychotic illness")
p.char("substance_misuse", "He began using cannabis heavily in his late teens")
p.char("domestic_violence_child", "their mother's new partner during their childhood had been violent to Dymphna and that Ferghal, as a boy, \"saw all of it\"")
p.char("parental_separation", "His parents split up when he was six; from then on he did not see his father.")
p.char("medication", "Ferghal missed his depot injections in August, September")
p.char("non_engagement", "attended one assessment, and did not go back.",
       "a letter stating that he had \"disengaged\"")
p.char("homelessness", "as a single man without a priority need he was unlikely to be offered accommodation")
p.char("financial_issues", "From late 2021 Ferghal's benefit payments were reduced.")
p.char("unemployment", "Jobcentre Plus records show that he missed two appointments with his work coach")
p.svc("mh_inpatient", "prior", "He spent five weeks on Ward 4 at Westerfold Hospital")
p.svc("mh_iapt_early_intervention", "prior", "was seen regularly by Tiernan and the EIP team")
p.svc("substance_misuse_services", "prior", "He was referred to Sallowmere Drug and Alcohol Service in February 2020, attended one assessment")
p.svc("housing", "prior", "He approached the council's housing options team")
p.svc("jobcentre", "prior", "a sanction was applied in December 2021")
p.svc("police", "prior", "Ferghal was arrested for criminal damage")
p.svc("gp", "prior", "On 24 May 2022 Ferghal saw a GP about poor sleep.")
p.svc("police", "after", "He was arrested at the bungalow by police officers called by Wilf.")
p.svc("mh_inpatient", "after", "He was made subject to a hospital order with a restriction order")
cases.append(case(
    d, title="Nuala", review_type="dhr", area="Sallowmere", published="2024-05", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Nuala was attacked by her nephew, Ferghal, in the kitchen of her bungalow",
                      "plea of guilty to manslaughter on the grounds of diminished responsibility"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 67 killed with a doorstop at her bungalow by her nephew, 29, who lived with her and was relapsing into psychosis after stopping his depot; financial abuse not recognised.",
    reference_individual=None, people=[v, p],
    relationship=("other_family", "Nephew (her sister's son), living in her spare room since April 2021; she had become his informal carer.", [
        rc(d, "domestic_abuse", "are all part of a pattern of domestic abuse"),
        rc(d, "financial_abuse", "Nuala had withdrawn £2,400 in cash over three weeks"),
        rc(d, "coercive_control", "on each occasion accompanied by a young man who stood close to her and spoke for her"),
        rc(d, "physical_abuse", "the damage to her home, and the bruise in May 2022"),
        rc(d, "emotional_abuse", "Nuala was also frightened of him"),
        rc(d, "carer", "Nuala had become, in effect, his carer"),
    ]),
    weapons=[wp(d, "blunt_object", "He struck her several times with a cast-iron doorstop.")],
    locations=[loc(d, "home", "in the kitchen of her bungalow")],
    escalation_summary="Missed depot injections and discharge from the EIP team in late 2021, a benefit sanction, taking her money, breaking her kitchen door in March 2022, untreated relapse in May and persecutory beliefs about her in the last week.",
    markers=[mk(d, "stopped_medication", "Ferghal missed his depot injections in August, September"),
             mk(d, "disengaged_services", "a letter stating that he had \"disengaged\""),
             mk(d, "stress_debt_housing", "a sanction was applied in December 2021"),
             mk(d, "threats_property_damage", "Ferghal had broken the glass in the kitchen door."),
             mk(d, "alcohol_drugs_before", "showed recent cannabis use")],
    problems=[
        ("No agency recognised abuse of an older woman by her adult nephew as domestic abuse; each saw a single incident.",
         "Multiple agencies", "Domestic abuse of older people not recognised",
         "No agency recognised this as domestic abuse."),
        ("The section 42 enquiry was done with the suspected abuser present and she was never seen alone.",
         "Sallowmere Council adult social care", "Seeing the adult alone",
         "Nuala was not seen on her own at any point."),
        ("The enquiry did not consider duress or coercion and was closed without contacting the bank, GP or family.",
         "Sallowmere Council adult social care", "Coercion and capacity",
         "The enquiry did not consider whether Nuala was under duress or being coerced"),
        ("Officers in March 2022 did not recognise the incident as domestic abuse and completed no DASH.",
         "Sallowmere Police", "Adult family abuse not recognised",
         "did not recognise the incident as domestic abuse because they understood \"domestic\" to mean partners"),
        ("Police made no referral to adult social care after the March incident.",
         "Sallowmere Police", "Safeguarding referral",
         "nobody referred the matter to adult social care"),
        ("The April welfare check was done at the door with the nephew in the house, without knowledge of the March incident.",
         "Sallowmere Police", "Welfare checks",
         "The welfare check in April 2022 was carried out at the door, with Ferghal in the house"),
        ("The EIP team discharged him after three missed depots without a home visit, contacting his mother or a risk review, against its policy.",
         "Early Intervention in Psychosis team (mental health trust)", "Discharge for non-attendance",
         "without contacting his mother whose address they held, and without a risk review"),
        ("Her caring role was never recognised and she was not offered a carer's assessment.",
         "Early Intervention in Psychosis team (mental health trust)", "Carers",
         "Nobody offered her a carer's assessment"),
        ("The GP practice filed the EIP discharge letter without reading it.",
         "Scarrowfield Medical Centre", "Discharge letters",
         "It was filed without being read."),
        ("The GP missed signs of relapse in May 2022, did not check the record or consider re-referral, and did not ask where he lived.",
         "Scarrowfield Medical Centre", "Recognising relapse",
         "did not consider re-referral to mental health services"),
        ("The practice nurse accepted her explanation of a bruise without asking whether she felt safe.",
         "Scarrowfield Medical Centre", "Routine enquiry with older patients",
         "She accepted Nuala's explanation without asking whether she felt safe at home."),
        ("The tenancy officer treated the nephew's presence only as a tenancy breach.",
         "Sallowmere Council housing", "Housing and domestic abuse",
         "The tenancy officer's visit treated Ferghal's presence as a tenancy matter."),
        ("The benefit sanction ignored the note of his psychotic illness and the earlier easement.",
         "Jobcentre Plus", "Sanctions and mental illness",
         "The sanction decision in December 2021 did not take account of the note"),
        ("Information held by different agencies about the household was never brought together.",
         "Multiple agencies", "Information sharing",
         "Information held by different agencies about the same household was never brought together."),
    ]))

# ---------------------------------------------------------------- f8_03
d = D("f8_03_sar_tegwen_bilingual.txt")
v = Person(d, "v1", "victim", name="Tegwen", age=61, gender="female", living="shared_private")
v.char("chronic_illness", "She had multiple sclerosis, diagnosed in her thirties")
v.char("disability", "had used a wheelchair since 2018")
v.char("english_additional_language", "Welsh was her first language")
v.char("abuse_neglect_adult", "her bank card was kept in Dilwyn's jacket",
       "One carer saw a bruise on Tegwen's upper arm in June.",
       subtypes=["financial", "physical"])
v.svc("private_sector", "prior", "a domiciliary care agency commissioned by Pontgwyran County Council")
v.svc("adult_social_care", "prior", "The council agreed this change at a telephone review in March 2023.")
v.svc("other", "prior", "District nurses visited her weekly for a pressure sore", detail="District nursing")
v.svc("gp", "prior", "She saw her GP regularly")
v.svc("other", "prior", "a specialist MS nurse at Tregarnedd Hospital", detail="Specialist MS nurse")
v.svc("police", "prior", "Officers from Rhosgwyran Police attended, spoke to both of them in the living room")
v.svc("housing", "prior", "Tegwen's housing association knew that a man had moved in")
p = Person(d, "p1", "perpetrator", name="Dilwyn", age=44, gender="male", living="shared_private")
p.char("offending", "He had a long history of offending, mostly burglary and theft")
p.char("substance_misuse", "He had used amphetamine for many years.")
p.char("homelessness", "He had no fixed address and had been staying on friends' sofas.")
p.svc("prison", "prior", "had served several prison sentences", "He was released from prison in December 2022")
p.svc("probation", "prior", "was supervised on licence by the Probation Service")
p.svc("police", "after", "He was arrested two days later.")
cases.append(case(
    d, title="Tegwen", review_type="sar", area="Rhosgwyran", published="2024-11", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["died in August 2023 from head injuries inflicted by a man who had been living in her home as a lodger",
                      "was convicted of her murder at Pontgwyran Crown Court in May 2024"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Woman of 61 with multiple sclerosis, a wheelchair user with a care package, died of head injuries inflicted by her lodger, 44, who had taken over her evening care and her money.",
    reference_individual="victim", people=[v, p],
    relationship=("housemate", "Lodger in her spare room from February 2023, met online; the review found no intimate relationship.", [
        rc(d, "financial_abuse", "her bank card was kept in Dilwyn's jacket"),
        rc(d, "physical_abuse", "One carer saw a bruise on Tegwen's upper arm in June."),
        rc(d, "carer", "Dilwyn was doing the evening care"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "from head injuries inflicted by a man")],
    locations=[loc(d, "home", "found Tegwen on the floor of her bedroom")],
    technology=[tech(d, "social_media", "He met Tegwen through an online forum for people with MS")],
    escalation_summary="A man recently released from prison moved in as a lodger, had her care reduced, took control of her bank card; bruising in June and a shouted argument over her belongings in July 2023.",
    markers=[mk(d, "threats_property_damage", "after hearing Tegwen shouting \"leave it, it's mine\"")],
    problems=[
        ("The care agency did not act on its carers' repeated concerns and made no adult at risk report.",
         "Domiciliary care agency", "Escalating front-line concerns",
         "the agency had no system for putting concerns together, and no adult at risk report was made"),
        ("The council cut her care at a telephone review that relied on the lodger, without seeing her alone or in Welsh.",
         "Pontgwyran County Council adult social care", "Reviews of care",
         "The council's telephone review relied on what Dilwyn said, did not ask who he was"),
        ("The housing association knew a man had moved in but told no one.",
         "Housing association", "Information sharing",
         "updated its records but did not tell anyone"),
        ("Probation accepted his address without a home visit or asking whether anyone there was at risk.",
         "Probation Service", "Address checks",
         "The Probation Service accepted Dilwyn's address as \"staying with a friend\" without carrying out a home visit or address check"),
        ("Police did not see her alone, made no vulnerable adult report and did not check his record.",
         "Rhosgwyran Police", "Adults at risk",
         "The officers in July 2023 did not see her on her own, did not complete a report about a vulnerable adult"),
        ("Agencies did not make the active offer of Welsh-language services.",
         "Multiple agencies", "Language",
         "agencies did not make the \"active offer\" of Welsh-language services to her"),
    ]))

# ---------------------------------------------------------------- f8_04
d = D("f8_04_cspr_jaylen_national.txt")
v = Person(d, "v1", "victim", name="Jaylen", age=15, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="Black British boy of Caribbean heritage", living="family_home")
v.char("send", "Jaylen was diagnosed with ADHD at nine and had an education, health and care plan.")
v.char("parent_mental_health", "His mother had experienced depression since the birth of his sister")
v.char("household_member_prison", "His older brother, who had lived in the family home until 2021, was in prison throughout the period reviewed.")
v.char("educational_exclusion", "Jaylen was permanently excluded from Wistonbury Road Academy in February 2022")
v.char("child_in_need_protection", "the social worker who was then working with the family under a child in need plan")
v.char("missing_episodes", "Jaylen went missing overnight on four occasions")
v.char("criminal_exploitation", "A referral was made to the National Referral Mechanism on the basis that he was being criminally exploited")
v.char("victim_of_crime", "robbed Jaylen of his phone")
v.char("carrying_weapons", "police stopped and searched him and found a kitchen knife in his bag")
v.char("offending", "He received a youth caution")
v.svc("school", "prior", "Jaylen was permanently excluded from Wistonbury Road Academy",
      "started at the Tennerby pupil referral unit in April")
v.svc("camhs", "prior", "He was seen by CAMHS for medication reviews until he was thirteen.")
v.svc("csc_cin_cp", "prior", "the social worker who was then working with the family under a child in need plan")
v.svc("police", "prior", "He reported it to the police with his mother.",
      "police stopped and searched him")
v.svc("youth_offending", "prior", "the youth offending team completed an assessment")
p = Person(d, "p1", "perpetrator", name="Youth B", age=17, gender="male", living="residential")
p.char("looked_after", "Youth B was a looked after child living in a children's home in Tennerby.")
p.char("offending", "for possession of a bladed article and for supplying class A drugs")
p.char("carrying_weapons", "for possession of a bladed article")
p.char("drug_dealing", "supplying class A drugs")
p.char("gang_affiliation", "an active member of a local gang involved in county lines")
p.char("missing_episodes", "He had gone missing from the children's home more than thirty times in the year before the homicide.")
p.svc("csc_looked_after", "prior", "Youth B was a looked after child living in a children's home in Tennerby.")
p.svc("youth_offending", "prior", "He had been known to the youth offending team since he was 14")
p.svc("police", "prior", "the police described him as an active member of a local gang")
p.svc("school", "prior", "where Youth B had briefly been on roll")
p.svc("prison", "after", "was sentenced to be detained for life with a minimum term of fifteen years")
cases.append(case(
    d, title="Jaylen", review_type="scr", area="Tennerby", published="2024-06", incident_year=2022,
    role="other", decision="include", reason="homicide",
    screening_quotes=["He was 15 when he was stabbed in a park near his home",
                      "Youth B was convicted of murder in 2023"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Boy of 15, excluded, criminally exploited and earlier robbed at knifepoint, stabbed to death in a park by a looked-after 17-year-old after online threats of payback.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "Knew each other a little from the pupil referral unit; a fight there preceded online threats.", [
        rc(d, "other", "threatened \"payback\" for a fight between the two boys at the pupil referral unit",
           detail="Online threats after a fight"),
    ]),
    weapons=[wp(d, "knife", "when he was stabbed in a park near his home")],
    locations=[loc(d, "street_public", "in a park near his home")],
    technology=[tech(d, "social_media", "videos posted on a social media platform by friends of Youth B mocked Jaylen")],
    escalation_summary="Permanent exclusion, missing episodes and criminal exploitation in 2022, a knifepoint robbery and knife carrying, then a fight at the pupil referral unit and online threats of payback days before the stabbing.",
    markers=[mk(d, "threats_property_damage", "threatened \"payback\" for a fight between the two boys"),
             mk(d, "carrying_weapons", "found a kitchen knife in his bag"),
             mk(d, "missing_moving", "Jaylen went missing overnight on four occasions")],
    problems=[
        ("The academy excluded him permanently without a multi-agency meeting or telling his social worker.",
         "Wistonbury Road Academy", "Exclusion of a child in need",
         "the academy excluded him without holding a multi-agency meeting"),
        ("The child in need plan was closed because he was 'now in education' though he attended less than half his timetable.",
         "Tennerby children's social care", "Closing plans",
         "That plan was closed in May 2022 on the basis that Jaylen was \"now in education\""),
        ("The positive NRM decision was not shared in Tennerby and no plan followed.",
         "Multiple agencies", "National Referral Mechanism",
         "no one in Tennerby was told of that decision and no plan was made as a result of it"),
        ("Police investigated the robbery but did not consider his continuing risk of harm.",
         "Police", "Victim treated only as offender",
         "did not consider whether Jaylen remained at risk of further harm"),
        ("The youth offending team's assessment did not mention the robbery.",
         "Youth offending team", "Assessment",
         "the youth offending team's assessment did not mention the robbery at all"),
        ("A mistaken gang link in police intelligence was never corrected and shaped how professionals saw him.",
         "Police", "Intelligence records",
         "the record was never corrected and that it shaped how some professionals saw him"),
        ("The pupil referral unit passed his mother's concern about the videos to its DSL but did not share it with police or children's social care.",
         "Tennerby pupil referral unit", "Online threats",
         "not shared with police or children's social care before Jaylen was killed"),
    ]))

# ---------------------------------------------------------------- f8_05
d = D("f8_05_cspr_child_v_minutes.txt")
v = Person(d, "v1", "victim", name="Child V", age=13, gender="female")
v.char("abuse_neglect_child", "her football coach, Mr K, had been sexually abusing her for about eighteen months",
       subtypes=["sexual"])
v.char("grooming", "He had built up a close relationship with Child V and her family, giving her lifts home from training in his car")
v.svc("school", "prior", "Child V's school noticed over the autumn of 2022 that she had become withdrawn")
v.svc("gp", "prior", "Child V saw her GP twice in early 2023")
v.svc("csc_cin_cp", "after", "a section 47 enquiry was started")
v.svc("other", "after", "she was seen at the Zelbury sexual assault referral centre",
      detail="Sexual assault referral centre")
p = Person(d, "p1", "perpetrator", name="Mr K", age=52, gender="male")
p.svc("police", "after", "Police arrested Mr K within 24 hours.")
p.svc("prison", "after", "was sentenced to nine years' imprisonment")
cases.append(case(
    d, title="Child V", review_type="scr", area="Parrowdene", published="2024-12", incident_year=2023,
    role="other", decision="include", reason="sexual_abuse",
    screening_quotes=["her football coach, Mr K, had been sexually abusing her for about eighteen months",
                      "Mr K was convicted of sexual activity with a child"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Girl of 13 sexually abused for about eighteen months by her volunteer football coach, 52, who groomed her and her family and sought images by messaging app.",
    reference_individual="victim", people=[v, p],
    relationship=("other", "Volunteer football coach at her club (extra-familial); close to the family, gave her lifts.", [
        rc(d, "sexual_abuse", "had been sexually abusing her for about eighteen months"),
    ]),
    locations=[loc(d, "other", "Most of the abuse took place in his car.", detail="His car")],
    technology=[tech(d, "social_media", "sending her messages on a messaging app"),
                tech(d, "online_images", "He asked her to send him images of herself.")],
    escalation_summary="Grooming through lifts and messages that became sexual, requests for images; an earlier complaint about his late-night messages to another child was handled informally.",
    problems=[
        ("The club's welfare officer dealt informally with a 2021 complaint about his messages to another child and did not refer to the LADO.",
         "Trennick Juniors FC", "LADO referral",
         "The concern was not referred to the Local Authority Designated Officer (LADO)"),
        ("The school treated her withdrawal as pastoral and did not consider harm outside school or ask her parents.",
         "Child V's school", "Professional curiosity",
         "The review found the school did not consider whether something might be happening to her outside school."),
        ("The GP did not ask about her emotional wellbeing when she presented with stomach pains and poor sleep.",
         "GP practice", "Professional curiosity",
         "The GP did not ask about her emotional wellbeing"),
    ]))

# ---------------------------------------------------------------- f8_06
d = D("f8_06_sar_lavinia_easy_read.txt")
v = Person(d, "v1", "victim", name="Lavinia", age=29, gender="female", living="not_reported")
v.char("learning_disability", "She has a learning disability.")
v.char("domestic_abuse", "He took her money.", "He told her she could not see her friends.",
       "He shouted at her.", "Sometimes Lavinia had bruises.",
       subtypes=["financial", "coercive_control", "emotional", "physical"])
v.svc("private_sector", "prior", "Support workers from Sunbridge Support help her every day.",
      "Sunbridge Support is a company that the council pays.")
v.svc("adult_social_care", "prior", "Lavinia's social worker knew she had a boyfriend.")
v.svc("police", "prior", "In December 2022 Lavinia rang the police.")
v.svc("ambulance", "after", "A neighbour called an ambulance.")
v.svc("acute_health", "after", "Lavinia had an operation in hospital.")
v.svc("adult_social_care", "after", "The hospital told the safeguarding team the same day.")
v.svc("domestic_abuse_services", "after", "A special worker called an IDVA helped Lavinia after she left hospital.")
p = Person(d, "p1", "perpetrator", name="Reuben", age=31, gender="male")
p.char("history_of_violence", "Reuben had hurt a girlfriend before.")
p.svc("police", "prior", "The police knew about this.")
p.svc("police", "after", "The police arrested Reuben.")
p.svc("prison", "after", "In the end he went to prison for 4 years.")
cases.append(case(
    d, title="Lavinia", review_type="sar", area="Pellingfold", published="2024-07", incident_year=2023,
    role="briefing", decision="include", reason="physical_assault",
    screening_quotes=["One night in March 2023 Reuben hit Lavinia very hard.", "Her jaw was broken."],
    category="intimate_partner_violence", incident_type="non_fatal_injury", fatal=False,
    description="Woman of 29 with a learning disability, supported daily in her own flat, whose jaw was broken by her boyfriend, 31, after months of financial and controlling abuse.",
    reference_individual="victim", people=[v, p],
    relationship=("intimate_partner", "Boyfriend from 2022, met at a disco; often stayed at her flat.", [
        rc(d, "domestic_abuse", "Reuben was not kind to Lavinia."),
        rc(d, "financial_abuse", "He took her money."),
        rc(d, "coercive_control", "He told her she could not see her friends."),
        rc(d, "emotional_abuse", "He shouted at her."),
        rc(d, "physical_abuse", "Sometimes Lavinia had bruises."),
    ]),
    weapons=[wp(d, "non_accidental_injury", "Reuben hit Lavinia very hard.")],
    escalation_summary="Taking her money, isolating her from friends, shouting and repeated bruising, and a police call in December 2022 when he would not leave her flat.",
    problems=[
        ("Support workers recorded bruises many times but did not tell the safeguarding team.",
         "Sunbridge Support", "Reporting concerns",
         "But they did not tell the council's safeguarding team."),
        ("The social worker did not talk to her alone about her boyfriend.",
         "Pellingfold adult social care", "Seeing the adult alone",
         "The social worker did not talk to Lavinia on her own about him."),
        ("The social worker assumed she would not understand questions about relationships.",
         "Pellingfold adult social care", "Assumptions about learning disability",
         "The social worker thought Lavinia would not understand questions about relationships."),
        ("Officers did not check his known history of hurting a girlfriend.",
         "Police", "Perpetrator history",
         "But the officers did not check."),
        ("Police did not tell her social worker about the call-out.",
         "Police", "Information sharing",
         "They did not tell Lavinia's social worker they had been."),
        ("No agency made a safety plan.",
         "Multiple agencies", "Safety planning",
         "Nobody made a plan to keep Lavinia safe."),
    ]))

# ---------------------------------------------------------------- f8_07
d = D("f8_07_iir_mr_s_chronology.txt")
v = Person(d, "v1", "victim", name="Mr T", age=71, gender="male")
v.svc("police", "prior", "Mr T calls police: Mr S has been banging on his door")
v.svc("housing", "prior", "Mr T tells the tenancy officer he is frightened and asks to be moved.")
p = Person(d, "p1", "perpetrator", name="Mr S", age=48, gender="male", ethnicity="black_african",
           ethnicity_detail="Black British man of African heritage", living="alone")
p.char("mental_health_current", "He has a diagnosis of paranoid schizophrenia")
p.char("substance_misuse", "He used cannabis occasionally")
p.char("offending", "He had one previous conviction, in 2010, for affray.")
p.char("history_of_violence", "Mr S convicted of affray after a fight outside a shop while unwell.")
p.char("medication", "Mr S misses his depot.", "has stopped his depot")
p.char("non_engagement", "Mr S refuses to let her in.")
p.svc("mh_community", "prior", "treated by the Trust's Quenbridge North community mental health team (CMHT)")
p.svc("mh_inpatient", "prior", "Four further admissions, each after Mr S stopped taking oral medication")
p.svc("mh_other", "prior", "The crisis team assessed Mr S by telephone only", detail=None)
p.svc("housing", "prior", "Mr S rings the housing office", "Mr S moves into his flat from a supported housing scheme.")
p.svc("police", "prior", "Mr S arrested for a public order offence and released under investigation the same evening.")
p.svc("police", "after", "Mr S is arrested in his flat.")
p.svc("mh_inpatient", "after", "made subject to a hospital order with restrictions")
cases.append(case(
    d, title="Mr S", review_type="iir", area="Quenbridge", published="2025-04", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["On 22 October 2022 Mr S killed his neighbour, Mr T",
                      "Mr S stabbed Mr T with a kitchen knife."],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 71 stabbed in the shared hallway of their block by his neighbour, 48, who had paranoid schizophrenia, had stopped his depot and held persecutory beliefs about him.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("neighbour", "Neighbours in flats opposite each other since March 2021; noise complaints, then persecutory beliefs and threats.", [
        rc(d, "other", "Mr S has been banging on his door and shouted \"I'll cut you\"", detail="Threats to the neighbour"),
    ]),
    weapons=[wp(d, "knife", "Mr S stabbed Mr T with a kitchen knife.")],
    locations=[loc(d, "home", "in the shared hallway of the block of flats")],
    escalation_summary="Persecutory beliefs about his neighbour from January 2022, a gap in care coordination, three missed depots from July, his sister's warning in August, threats at the neighbour's door in September and refusal of a visit.",
    markers=[mk(d, "stopped_medication", "has stopped his depot"),
             mk(d, "disengaged_services", "Mr S refuses to let her in."),
             mk(d, "threats_property_damage", "shouted \"I'll cut you\"")],
    problems=[
        ("The housing association did not share his call about the neighbour 'spying' with the CMHT despite consent.",
         "Zelbury Homes", "Information sharing",
         "The housing association did not share this call with the CMHT"),
        ("No care coordinator was allocated for eleven weeks.",
         "Quenbridge and Stavewick Mental Health NHS Foundation Trust", "Care coordination",
         "No one was allocated as care coordinator for eleven weeks"),
        ("The clinic nurse noted he was guarded and preoccupied but did not tell the duty worker.",
         "Quenbridge and Stavewick Mental Health NHS Foundation Trust", "Sharing observations",
         "did not pass this to the duty worker"),
        ("The new care coordinator noted his distrust of the neighbour but did not explore it.",
         "Quenbridge and Stavewick Mental Health NHS Foundation Trust", "Risk exploration",
         "She noted this but did not explore it."),
        ("Missed depots were not escalated and the risk assessment was not reviewed, contrary to the depot policy.",
         "Quenbridge and Stavewick Mental Health NHS Foundation Trust", "Depot policy",
         "The missed depot was not escalated to the consultant and the risk assessment was not reviewed"),
        ("The crisis team assessed him by telephone only and did not consider the risk to the named neighbour.",
         "Crisis team", "Crisis assessment",
         "The crisis team assessed Mr S by telephone only"),
        ("Police did not seek a mental health assessment in custody or inform the Trust.",
         "Quenbridge Police", "Custody and mental health",
         "did not ask for a mental health assessment in custody and did not inform the Trust"),
        ("The tenancy officer did not share the neighbour's fear with anyone.",
         "Zelbury Homes", "Information sharing",
         "did not share Mr T's fear with anyone"),
        ("No Mental Health Act assessment was considered when he refused the visit.",
         "Quenbridge and Stavewick Mental Health NHS Foundation Trust", "Mental Health Act assessment",
         "No Mental Health Act assessment was considered."),
        ("His sister raised the alarm and was not listened to or involved in care planning.",
         "Quenbridge and Stavewick Mental Health NHS Foundation Trust", "Involving families",
         "Mr S's sister raised the alarm clearly and was not listened to."),
        ("Information held by housing and police never reached the Trust.",
         "Multiple agencies", "Information sharing",
         "Information that would have changed the picture was held by the housing association and the police but never reached the Trust."),
    ]))

# ---------------------------------------------------------------- f8_08
d = D("f8_08_cspr_child_o_footnotes.txt")
v = Person(d, "v1", "victim", name="Child O", age=0, gender="female", living="family_home")
v.char("abuse_neglect_child", "He told the court he had shaken her because she would not stop crying.",
       subtypes=["physical"])
v.char("parent_mental_health", "she was diagnosed with postnatal depression")
v.svc("health_visitor", "prior", "The health visitor saw the family for the new birth visit when Child O was eleven days old")
v.svc("acute_health", "prior", "Child O was taken to the emergency department by her mother with a small bruise on her left ear.")
v.svc("gp", "prior", "The GP saw Child O for her eight-week check and immunisations")
v.svc("acute_health", "after", "she was admitted to Ruddlecombe Children's Hospital in April 2023")
p = Person(d, "p1", "perpetrator", name="Mr O", age=23, gender="male", living="family_home")
p.char("offending", "Mr O had a conviction in 2020 for assaulting a former girlfriend")
p.char("history_of_violence", "Mr O had a conviction in 2020 for assaulting a former girlfriend")
p.char("unemployment", "He had been unemployed since leaving college.")
p.char("substance_misuse", "he used cannabis \"to calm down\"")
p.svc("police", "prior", "police were called in October 2022 after he pushed her against a wall")
p.svc("probation", "prior", "had completed a community order supervised by the Probation Service in 2021")
p.svc("prison", "after", "was sentenced to eight years' imprisonment")
cases.append(case(
    d, title="Child O", review_type="scr", area="Ruddlecombe", published="2025-02", incident_year=2023,
    role="executive_summary", decision="include", reason="physical_assault",
    screening_quotes=["Doctors concluded that her injuries had been caused deliberately.",
                      "he pleaded guilty to causing grievous bodily harm with intent"],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Baby girl of 14 weeks with a skull fracture and rib fractures after being shaken by her father, 23, who had a conviction for violence to a former partner; an earlier bruise was not referred.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Father, living with the baby and her mother.", [
        rc(d, "physical_abuse", "He told the court he had shaken her because she would not stop crying."),
    ]),
    weapons=[wp(d, "non_accidental_injury", "with a fractured skull and fractures to three ribs")],
    escalation_summary="Domestic abuse of the mother in pregnancy (October 2022), postnatal depression, and a bruise on the baby's ear at eight weeks explained as a car seat strap.",
    markers=[mk(d, "threats_property_damage", "police were called in October 2022 after he pushed her against a wall")],
    problems=[
        ("The emergency department did not follow the bruising protocol for a non-mobile baby; no paediatric review or referral.",
         "Emergency department, Ruddlecombe", "Bruising in non-mobile babies",
         "The bruising protocol was not followed by the emergency department"),
        ("Neither midwife nor health visitor asked about the father and no agency checked his history.",
         "Midwifery and health visiting", "Invisible fathers",
         "Neither the midwife nor the health visitor asked about him, and no agency checked his history."),
        ("Children's social care screened the domestic abuse notification as information only and did not share it with midwifery.",
         "Ruddlecombe children's social care", "Domestic abuse notifications in pregnancy",
         "It was not shared with the midwifery service."),
        ("The midwife did not repeat routine enquiry after booking.",
         "Midwifery", "Routine enquiry",
         "the midwife did not repeat routine enquiry after booking"),
        ("The leaving care service made no pre-birth referral and the personal adviser did not ask about the partner's conviction.",
         "Leaving care service", "Pre-birth referral",
         "The leaving care service did not make a pre-birth referral"),
    ]))

# ---------------------------------------------------------------- f8_09
d = D("f8_09_sar_mr_ambrose_newsletter.html")
v = Person(d, "v1", "victim", name="Mr Ambrose", age=72, gender="male", living="alone")
v.char("chronic_illness", "Mr Ambrose had chronic obstructive pulmonary disease and heart failure.")
v.char("disability", "He walked with a frame and rarely left his flat.")
v.svc("private_sector", "prior", "Carers from a private home care agency visited three times a day",
      "His home oxygen was supplied by a contracted oxygen company")
v.svc("other", "prior", "District nurses visited weekly for leg ulcers.", detail="District nursing")
v.svc("gp", "prior", "after his GP and the respiratory team arranged it in 2022")
cases.append(case(
    d, title="Mr Ambrose", review_type="sar", area="Thrallby", published="2025-03", incident_year=2023,
    role="other", decision="exclude", reason="poor_care_management",
    screening_quotes=["The coroner concluded that Mr Ambrose's death was accidental.",
                      "no evidence that he was being abused or neglected by another person"],
    category=None, incident_type=None, fatal=True,
    description="Man of 72 with COPD on home oxygen, living alone, died of burns when his clothing caught fire while he smoked; fire risk not managed by any agency.",
    reference_individual="victim", people=[v],
    problems=[
        ("The oxygen supplier recorded smoking twice but made no fire service referral, as its contract required.",
         "Oxygen supplier", "Fire risk referral",
         "the company did not make a referral to the fire service for a home fire safety visit"),
        ("Care agency staff did not know paraffin-based creams increase fire risk; no fire risk assessment.",
         "Home care agency", "Emollient fire risk",
         "The home care agency's staff did not know that paraffin-based creams soak into clothing and bedding"),
        ("District nurses assumed the oxygen supplier was managing the fire risk.",
         "District nursing", "Assumptions between agencies",
         "assumed that the oxygen supplier was managing the fire risk"),
        ("No multi-agency meeting was held although each agency held part of the risk.",
         "Multiple agencies", "Multi-agency working",
         "no multi-agency meeting was ever held"),
    ]))

# ---------------------------------------------------------------- f8_10
d = D("f8_10_csp_annual_report.txt")
cases.append(case(
    d, title=None, review_type="other", area="Wyndlemarsh", published=None, incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["WYNDLEMARSH COMMUNITY SAFETY PARTNERSHIP ANNUAL REPORT 2023/24",
                      "The table below shows every review that was open at any point in the year."],
    category=None, incident_type=None, fatal=None,
    description="Community Safety Partnership annual report listing its domestic homicide reviews by pseudonym and status; not a review.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f8_11
d = D("f8_11_cspr_baby_ines_long_paras.txt")
v = Person(d, "v1", "victim", name="Ines", age=0, gender="female", living="family_home")
v.char("parent_mental_health", "Sabina has spoken openly to me about the anxiety she has lived with since her teens")
v.char("household_substance_misuse", "her parents' use of alcohol had been a concern before her birth")
v.svc("other", "prior", "The community midwife saw the family three times at the new flat in the first ten days",
      detail="Community midwife")
v.svc("health_visitor", "prior", "The health visitor carried out the new birth visit at twelve days.")
v.svc("gp", "prior", "The GP practice saw Ines once, for a minor rash at four weeks")
cases.append(case(
    d, title="Baby Ines", review_type="scr", area="Yelverstone", published="2024-09", incident_year=2024,
    role="overview_report", decision="exclude", reason="death_not_caused_by_maltreatment",
    screening_quotes=["Ines died of sudden unexpected death in infancy, in an unsafe sleeping environment, with no third party responsible",
                      "nothing in this review suggests that either of them harmed Ines or meant her any harm"],
    category=None, incident_type=None, fatal=True,
    description="Baby girl of seven weeks died of sudden unexpected death in infancy while asleep on a sofa with her exhausted father after a night feed; no third party responsible.",
    reference_individual="victim", people=[v],
    problems=[
        ("The closure of the sister's child in need plan was not communicated to health services.",
         "Yelverstone children's social care", "Information sharing with health",
         "the closure of Marged's child in need plan was not communicated to health services"),
        ("Asked about a pre-birth assessment, children's social care answered from the closed file, not the family's current circumstances.",
         "Yelverstone children's social care", "Pre-birth assessment",
         "children's social care answered the question on the basis of the file rather than the family's current circumstances"),
        ("The health visitor did not carry out a safer sleep assessment of night-time arrangements at the new birth visit.",
         "Health visiting service", "Safer sleep assessment",
         "the health visitor did not carry out a safer sleep assessment of the night-time arrangements at the new birth visit"),
        ("Safer sleep advice was given to the mother and never to the father who did the night care.",
         "Multiple agencies", "Safer sleep advice to fathers",
         "the safer sleep advice was given to Sabina and not to Tobias"),
    ]))

# ---------------------------------------------------------------- f8_12
d = D("f8_12_cspr_noel_web.html")
v = Person(d, "v1", "victim", name="Noel", age=16, gender="male", living="family_home")
v.char("mental_health_current", "From the age of 14 Noel had anxiety and low mood")
v.char("substance_misuse", "He had started using cannabis at weekends in Year 10",
       "told his school counsellor that he had tried \"pills\" at two parties")
v.svc("school", "prior", "Noel's secondary school, including its counsellor and its designated safeguarding lead")
v.svc("camhs", "prior", "he was seen by the child and adolescent mental health service (CAMHS) for a course of cognitive behavioural therapy in 2022")
v.svc("gp", "prior", "Noel's GP practice, which referred him to CAMHS in 2021")
v.svc("substance_misuse_services", "prior", "Pathway, the Varrowdale young people's drug and alcohol service, which saw Noel twice in spring 2023")
cases.append(case(
    d, title="Noel", review_type="scr", area="Varrowdale", published="2024-10", incident_year=2023,
    role="overview_report", decision="exclude", reason="risk_taking_no_peer_violence",
    screening_quotes=["The review found no evidence that Noel was pressured into taking drugs, bullied or exploited, and nothing to suggest that anyone intended him harm.",
                      "He had taken MDMA and alcohol at a party"],
    category=None, incident_type=None, fatal=True,
    description="Boy of 16 with anxiety died after taking MDMA and alcohol he had bought himself at a party; no pressure, bullying or exploitation.",
    reference_individual="victim", people=[v],
    problems=[
        ("The school kept his use of pills confidential at his request, did not tell his parents and did not weigh the risk to his life.",
         "Noel's secondary school", "Confidentiality and risk",
         "the school did not weigh the risk to Noel's life against his wish for confidentiality"),
        ("CAMHS discharged him without asking about drug or alcohol use though the referral mentioned cannabis.",
         "CAMHS", "Substance use in mental health assessment",
         "CAMHS discharged Noel in December 2022 without asking about drug or alcohol use"),
        ("The drug and alcohol service closed his case after two sessions without telling the school or GP.",
         "Pathway (Varrowdale young people's drug and alcohol service)", "Case closure",
         "Pathway closed Noel's case after two sessions when he did not attend a third, and did not tell the school or his GP"),
        ("Nobody gave him or his parents harm reduction information about MDMA.",
         "Multiple agencies", "Harm reduction",
         "Nobody gave Noel, or his parents, harm reduction information about MDMA"),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
