"""Build gold.json for frozen-f4 (FROZEN held-out batch: never tune on it).

Run from anywhere: python3 examples/frozen-f4/build_gold.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import HERE, Doc, Person, case, code, loc, mk, rc, stats, tech, wp, write  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
cases, docs = [], []


def D(name):
    d = Doc(CORPUS, name)
    docs.append(d)
    return d


# ---------------------------------------------------------------- f4_01
d = D("f4_01_dhr_ivy_exec.txt")
v = Person(d, "v1", "victim", name="Ivy", age=79, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("other", "Ivy was diagnosed with Alzheimer's disease in 2019.", detail="Dementia")
v.svc("mh_other", "prior", "Ivy was assessed by the memory assessment service and diagnosed with Alzheimer's disease",
      detail="Memory assessment service")
v.svc("adult_social_care", "prior", "adult social care completed a needs assessment for Ivy")
v.svc("other", "prior", "She attended the Crossways Day Centre two days a week", detail="Day centre")
v.svc("gp", "prior", "the couple's GP practice")
p = Person(d, "p1", "perpetrator", name="Laurence", age=82, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
p.char("caring_responsibilities", "Laurence was his wife's sole carer.")
p.char("chronic_illness", "In 2021 he was diagnosed with prostate cancer")
p.char("mental_health_current", "He had been prescribed an antidepressant by his GP in January 2022 after telling the GP that he felt \"low and worn out\".")
p.svc("gp", "prior", "In January 2022 Laurence told his GP that he was not sleeping")
p.svc("police", "prior", "In 2020 Quenby Police renewed Laurence's shotgun certificate.")
p.svc("acute_health", "prior", "His oncology nurse recorded that he was worried")
cases.append(case(
    d, title="Ivy and Laurence", review_type="dhr", area="Quenby", published="2023-11", incident_year=2022,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Laurence shot Ivy while she slept and then shot himself",
                      "The coroner's inquests recorded that Ivy was unlawfully killed"],
    category="intimate_partner_violence", incident_type="homicide_suicide", fatal=True,
    description="Woman of 79 with Alzheimer's disease shot at home by her husband of 58 years and sole carer, who then shot himself; no history of domestic abuse.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married for fifty-eight years; he was her sole carer.", [
        rc(d, "carer", "Laurence was his wife's sole carer."),
    ]),
    weapons=[wp(d, "gun", "She died from a gunshot wound", "Laurence then took his own life with the same shotgun.")],
    locations=[loc(d, "home", "at the home she shared with her husband, Laurence")],
    escalation_summary="Cancelled care package in December 2021, low mood disclosed in January 2022, news in March 2022 that his cancer had spread.",
    markers=[mk(d, "adverse_life_event", "in March 2022 he was told by his oncologist that the cancer had spread to his bones"),
             mk(d, "disengaged_services", "In December 2021 he cancelled the morning calls")],
    problems=[
        ("Firearms licensing did not take account of his caring for a person with dementia.",
         "Quenby Police (firearms licensing)", "Firearms licensing",
         "The firearms licensing process did not take account of the fact that Laurence was caring for a person with dementia"),
        ("The GP practice did not tell the police about Ivy's dementia at the certificate renewal.",
         "GP practice", "Firearms licensing; information sharing",
         "the GP practice did not tell the police about Ivy's diagnosis when asked about the renewal"),
        ("The GP did not ask about firearms, assess suicide risk or consider the risk to Ivy after his disclosure of low mood.",
         "GP practice", "Suicide risk and access to means",
         "the GP did not ask about his access to a shotgun, did not carry out a suicide risk assessment, and did not consider the risk to Ivy"),
        ("No carer's assessment, and no follow-up when the care package was cancelled.",
         "Quenby Council adult social care", "Carers not assessed",
         "Adult social care did not offer Laurence a carer's assessment in 2021, and did not follow up when he cancelled his wife's care package."),
        ("The oncology service did not share his worries about his wife's future care.",
         "Quenby Hospitals NHS Foundation Trust (oncology)", "Information sharing",
         "The oncology service did not share Laurence's worries about the future care of his wife with the GP or with adult social care"),
        ("No agency had an overview of the couple as a household.",
         "Multiple agencies", "Think family",
         "No agency had an overview of the couple as a household."),
    ]))

# ---------------------------------------------------------------- f4_02
d = D("f4_02_cspr_kai_overview.txt")
v = Person(d, "v1", "victim", name="Kai", age=2, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("abuse_neglect_child", "It also found a healing fracture of his left forearm",
       "Kai made the subject of a child protection plan under the category of neglect.",
       subtypes=["physical", "neglect"])
v.char("child_in_need_protection", "Kai made the subject of a child protection plan under the category of neglect.",
       "Kai stepped down to a child in need plan.")
v.char("parent_mental_health", "Mother was treated by her GP for postnatal depression from January 2020")
v.char("household_substance_misuse", "she started drinking heavily again in the summer of 2021, often with Mr D")
v.char("absent_parents", "Kai had no contact with his father.")
v.char("domestic_violence_child", "he lived in a small flat with his mother and a man who was violent to her")
v.svc("health_visitor", "prior", "New birth visit by the health visitor at 12 days.")
v.svc("csc_cin_cp", "prior", "Kai made the subject of a child protection plan under the category of neglect.",
      "Kai stepped down to a child in need plan.")
v.svc("other", "prior", "Kai starts at Farrowdale Rise Nursery, three days a week", detail="Nursery")
v.svc("acute_health", "prior", "Kai brought by Mother with a bump to his forehead")
p1 = Person(d, "p1", "perpetrator", name="Mr D", age=27, gender="male", ethnicity="white_other",
            ethnicity_detail="White Romanian heritage", living="family_home")
p1.char("migration_status", "came to the UK with his family when he was ten")
p1.char("offending", "He has convictions for possession of cocaine with intent to supply (2017) and for assault by beating of a former partner (2019).")
p1.char("drug_dealing", "possession of cocaine with intent to supply")
p1.char("history_of_violence", "assault by beating of a former partner (2019)")
p1.char("unemployment", "He was unemployed.")
p1.svc("prison", "prior", "He was released from prison in 2020")
p1.svc("probation", "prior", "was on licence, supervised by the Probation Service, until December 2021")
p1.svc("police", "prior", "Mr D arrested, later released with no further action.")
p1.svc("police", "after", "Mr D arrested the same evening.")
p1.svc("prison", "after", "sentenced to life imprisonment with a minimum term of twenty years")
p2 = Person(d, "p2", "perpetrator", name="Mother", age=22, gender="female", ethnicity="white_british",
            ethnicity_detail="White British", living="family_home")
p2.char("looked_after", "Mother was looked after by Farrowdale Council from the age of twelve, in foster care")
p2.char("abuse_neglect_child", "because of neglect and her own mother's alcohol dependency", subtypes=["neglect"])
p2.char("household_substance_misuse", "because of neglect and her own mother's alcohol dependency")
p2.char("parent_mental_health", "Mother's own mother has had long-standing problems with depression and alcohol")
p2.char("mental_health_current", "Mother was treated by her GP for postnatal depression from January 2020")
p2.char("medication", "she stopped taking it when she began working shifts")
p2.char("alcohol_misuse", "she started drinking heavily again in the summer of 2021")
p2.char("domestic_abuse", "He slapped and pushed her, checked her phone, and took most of her wages.",
        subtypes=["physical", "coercive_control", "financial"])
p2.svc("acute_health", "prior", "Mother books late, at twenty weeks.")
p2.svc("csc_looked_after", "prior", "She left care at eighteen and was supported by a leaving care personal adviser until she was twenty-one.")
p2.svc("gp", "prior", "Mother diagnosed with postnatal depression. Antidepressant prescribed.")
p2.svc("substance_misuse_services", "prior", "The plan required her to work with the young people's drug and alcohol service, which she did for six months.")
p2.svc("police", "prior", "Mother has a red mark on her cheek and says Mr D slapped her.")
p2.svc("housing", "prior", "Notice of seeking possession served for rent arrears.")
p2.svc("police", "after", "Mother arrested the following day.")
p2.svc("prison", "after", "She was sentenced to three years' imprisonment.")
cases.append(case(
    d, title="Kai", review_type="scr", area="Farrowdale", published="2024-03", incident_year=2021,
    role="overview_report", decision="include", reason="fatal_abuse",
    screening_quotes=["Mr D was convicted of Kai's murder",
                      "It also found a healing fracture of his left forearm, estimated to be between three and six weeks old, and bruises of different ages"],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Boy of 31 months killed by blows to the abdomen from his mother's partner after earlier injuries; his mother was convicted of causing or allowing his death.",
    reference_individual="victim", people=[v, p1, p2],
    relationship=("parent_to_child", "Mother's partner (not his father), living in the household from June 2021 and caring for him alone; Mother convicted of causing or allowing the death.", [
        rc(d, "physical_abuse", "Kai had already been injured at least twice."),
        rc(d, "neglect", "Kai made the subject of a child protection plan under the category of neglect."),
        rc(d, "carer", "he was looking after Kai on his own for long periods"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "a severe blow, or blows, to the abdomen")],
    locations=[loc(d, "home", "Kai collapses at home.")],
    escalation_summary="Mr D moved in and was violent to Mother from spring 2021; injuries in July to September; eviction notice and a hole punched in the wall in September.",
    markers=[mk(d, "stress_debt_housing", "Notice of seeking possession served for rent arrears."),
             mk(d, "threats_property_damage", "Mr D punched a hole in the bedroom wall during an argument about money")],
    problems=[
        ("The child protection plan was ended without assessing the new adult in the household or seeking police information; no professional ever met Mr D.",
         "Farrowdale Council children's social care", "The unseen man; step-down decisions",
         "Children's social care ended the child protection plan in May 2021 without assessing the new adult in Kai's household"),
        ("The police domestic abuse notification was three weeks late and did not say Kai had been on a plan.",
         "Farrowdale Police", "Domestic abuse notifications",
         "The police notification of the domestic abuse incident on 19 April 2021 reached children's social care three weeks late"),
        ("The DASH wrongly recorded no previous violence, so the risk was graded too low.",
         "Farrowdale Police", "Risk assessment",
         "The DASH risk assessment on 19 April 2021 wrongly recorded that Mr D had no previous violence against others"),
        ("Probation made no safeguarding check when he moved into a household with a young child.",
         "The Probation Service", "Management of perpetrators",
         "The Probation Service did not carry out a safeguarding check with children's social care when Mr D moved into a household with a young child"),
        ("The emergency department did not check the child protection information system.",
         "Farrowdale General Hospital (emergency department)", "Injuries to young children",
         "The emergency department did not check whether Kai was known to children's social care"),
        ("The nursery recorded two injuries on body maps but did not share them or refer.",
         "Farrowdale Rise Nursery", "Injuries to young children; information sharing",
         "The nursery recorded two injuries on body maps in August and September 2021 but did not share them"),
        ("Health visiting closed him after two missed reviews without telling the social worker.",
         "Farrowdale Community Health Services (health visiting)", "Was not brought",
         "The health visiting service closed Kai to the universal service after he was twice not brought to his two-year review, and did not tell the social worker."),
        ("The child in need plan did not address Mother's mental health or drinking; the GP was not told of the plan.",
         "Farrowdale Council children's social care", "Parental capacity",
         "The child in need plan did not address Mother's mental health or her use of alcohol"),
    ]))

# ---------------------------------------------------------------- f4_03
d = D("f4_03_sar_mr_a_web.html")
v = Person(d, "v1", "victim", name="Mr A", age=84, gender="male", living="residential")
v.char("other", "He had vascular dementia", detail="Dementia")
v.char("disability", "used a wheelchair after a stroke")
v.svc("private_sector", "prior", "Brookmead House, a nursing home in Tillingmere run by Quillfield Care Ltd",
      detail="Nursing home (Quillfield Care Ltd)")
v.svc("adult_social_care", "prior", "Mr A's social worker had reviewed his placement in 2021")
p = Person(d, "p1", "perpetrator", name="Mr B", age_band="85_plus", gender="male", living="residential")
p.char("other", "also has dementia", detail="Dementia")
p.char("history_of_violence", "had a history of aggression towards other residents and staff")
p.svc("private_sector", "prior", "Brookmead House recorded three incidents of Mr B hitting or pushing other residents",
      detail="Nursing home (Quillfield Care Ltd)")
p.svc("mh_community", "prior", "The community mental health team for older people reviewed Mr B's medication in December 2021")
p.svc("police", "after", "Tillingmere Police investigated Mr A's death")
cases.append(case(
    d, title="Mr A", review_type="sar", area="Tillingmere", published="2023-07", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Mr A was pushed out of his wheelchair by another resident, Mr B, in the lounge of the home.",
                      "he died as a result of abuse by another adult"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 84 with dementia died of a brain bleed after a fellow nursing-home resident with dementia and a history of aggression pushed him out of his wheelchair; no charges.",
    reference_individual="victim", people=[v, p],
    relationship=("housemate", "Fellow residents of the same nursing home.", []),
    weapons=[wp(d, "non_accidental_injury", "Mr A was pushed out of his wheelchair by another resident")],
    locations=[loc(d, "residential_setting", "in the lounge of the home")],
    escalation_summary="Three recorded incidents of Mr B hitting or pushing residents in the four months before.",
    markers=[mk(d, "threats_property_damage", "three incidents of Mr B hitting or pushing other residents in the four months before Mr A's death")],
    problems=[
        ("The home did not update Mr B's care plan or risk assessment after three incidents.",
         "Brookmead House (Quillfield Care Ltd)", "Resident-on-resident harm",
         "did not update Mr B's care plan or risk assessment after any of them"),
        ("None of the earlier incidents was reported as a safeguarding concern.",
         "Brookmead House (Quillfield Care Ltd)", "Safeguarding referrals",
         "None of the three earlier incidents was reported to the local authority as a safeguarding concern"),
        ("The home did not put in place the recommended one-to-one support, and the mental health team did not check.",
         "Brookmead House; community mental health team for older people", "Follow-through of clinical advice",
         "The home did not put this in place, and the team did not check whether its advice had been followed."),
        ("The local authority quality visit did not look at incident records.",
         "Tillingmere Council quality assurance team", "Contract monitoring",
         "did not look at incident records, so it did not learn about the earlier incidents"),
        ("Staffing in the lounge was below the home's assessed safe level.",
         "Brookmead House (Quillfield Care Ltd)", "Staffing",
         "below the staffing level the home had assessed as safe"),
    ]))

# ---------------------------------------------------------------- f4_04
d = D("f4_04_iir_mr_j_exec.txt")
v = Person(d, "v1", "victim", name="Mr G", age=47, gender="male", ethnicity="not_reported",
           ethnicity_detail="Lithuanian national", living="alone")
v.char("migration_status", "had moved to the UK in 2014")
v.char("substance_misuse", "the two men sometimes smoked cannabis together")
v.svc("voluntary_sector", "prior", "He had attended the drop-in centre since 2019.")
p = Person(d, "p1", "perpetrator", name="Mr J", age=31, gender="male", ethnicity="asian_bangladeshi",
           ethnicity_detail="British Bangladeshi", living="custody_or_hospital")
p.char("mental_health_current", "was diagnosed with paranoid schizophrenia in 2017")
p.char("substance_misuse", "Mr J used cannabis from his teens and, from 2019, synthetic cannabinoids")
p.char("offending", "Mr J had a conviction for assault occasioning actual bodily harm in 2018")
p.char("history_of_violence", "he punched a stranger in the street while unwell", "on 12 May he threatened a nurse")
p.char("medication", "Mr J often stopped taking his medication when he felt well",
       "Mr J refused his oral antipsychotic medication")
p.svc("mh_iapt_early_intervention", "prior", "He was first seen by the Trust's early intervention in psychosis service in 2016")
p.svc("mh_community", "prior", "he was cared for by a community mental health team, with a care coordinator")
p.svc("mh_inpatient", "prior", "he was detained under section 3 of the Mental Health Act")
p.svc("substance_misuse_services", "prior", "attended the drug service intermittently in 2019 and 2020")
p.svc("police", "prior", "police found him in a distressed state on a railway bridge")
p.svc("voluntary_sector", "prior", "The drop-in centre had good relationships with both Mr J and Mr G.")
p.svc("police", "after", "Mr J was arrested the next day")
p.svc("mh_inpatient", "after", "is detained in a high secure hospital")
cases.append(case(
    d, title="Mr J", review_type="iir", area="Yarrowby", published="2024-01", incident_year=2021,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Mr G, a 47-year-old man, was stabbed several times at his flat in Yarrowby",
                      "Mr J was found guilty of manslaughter on the grounds of diminished responsibility"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 47 stabbed at his flat by an acquaintance from a drop-in centre, a detained patient with schizophrenia who had failed to return from unescorted leave.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("friend_acquaintance", "Acquaintances of about a year who met at a mental health drop-in centre.", []),
    weapons=[wp(d, "knife", "was stabbed several times")],
    locations=[loc(d, "home", "was stabbed several times at his flat in Yarrowby")],
    escalation_summary="Refused medication on 2 and 3 June, told his sister Mr G owed him, leave increased on 4 June, absconded and used synthetic cannabinoids on 5 June.",
    markers=[mk(d, "discharged_or_absconded", "He had been granted six hours of unescorted leave on the morning of 5 June and did not return to the ward."),
             mk(d, "stopped_medication", "Mr J refused his oral antipsychotic medication"),
             mk(d, "alcohol_drugs_before", "Mr J had used synthetic cannabinoids on 5 June"),
             mk(d, "threats_property_damage", "he was going to \"get what's mine\"")],
    problems=[
        ("Leave was increased without an updated risk assessment, ignoring two days of medication refusal.",
         "Yarrowby and Eastgate NHS Foundation Trust (Heron Ward)", "Leave decisions and risk assessment",
         "The decision to increase Mr J's leave on 4 June was made without an updated risk assessment"),
        ("The sister's report of a threat to a named person did not reach the consultant or ward round.",
         "Yarrowby and Eastgate NHS Foundation Trust (Heron Ward)", "Listening to families",
         "The information from Mr J's sister was not passed to the consultant or the ward round"),
        ("The leave plan did not address the risk of drug use on leave.",
         "Yarrowby and Eastgate NHS Foundation Trust", "Dual diagnosis",
         "the leave plan did not address the risk that he would use drugs while on leave"),
        ("The ward took more than four hours to report him absent without leave.",
         "Yarrowby and Eastgate NHS Foundation Trust (Heron Ward)", "Absent without leave procedures",
         "the ward took more than four hours to report him to the police, contrary to the Trust's policy"),
        ("The community team was not involved in leave planning.",
         "Yarrowby and Eastgate NHS Foundation Trust (CMHT)", "Inpatient-community liaison",
         "The community mental health team was not involved in the leave planning"),
        ("The internal investigation did not interview the family and missed the sister's call.",
         "Yarrowby and Eastgate NHS Foundation Trust", "Family involvement in investigations",
         "The Trust's internal investigation did not interview Mr J's family"),
    ]))

# ---------------------------------------------------------------- f4_05
d = D("f4_05_cspr_child_f_7min.txt")
v = Person(d, "v1", "victim", name="Child F", age=14, gender="female", living="family_home")
v.char("absent_parents", "Her mother died when she was six and her father lives abroad and has not been in contact for several years.")
v.char("bullying", "In March 2022 she told her head of year that she was being bullied online")
v.char("self_harm", "Child F had self-harmed by cutting since Year 8.", "Three weeks later Child F took an overdose of paracetamol.")
v.char("mental_health_current", "She was seen by CAMHS for anxiety and low mood in the autumn of 2021.")
v.svc("school", "prior", "she told her head of year that she was being bullied online")
v.svc("police", "prior", "her grandmother reported the messages to the police in April")
v.svc("camhs", "prior", "She was seen by CAMHS for anxiety and low mood in the autumn of 2021.")
v.svc("acute_health", "after", "Child F needed surgery for a fractured cheekbone.")
v.svc("police", "after", "Thrushcombe Police investigated the assault.")
v.svc("camhs", "after", "After the overdose, Child F was seen by the CAMHS crisis team")
p = Person(d, "p1", "perpetrator", name=None, age_band="14_15", gender="female")
p.char("educational_exclusion", "which excluded two of them for a fixed period")
p.svc("police", "after", "Two of the girls received youth conditional cautions")
p.svc("youth_offending", "after", "was referred to the youth justice service")
cases.append(case(
    d, title="Child F", review_type="scr", area="Thrushcombe", published="2024-01", incident_year=2022,
    role="briefing", decision="include", reason="physical_assault",
    screening_quotes=["Child F was attacked in a park by three girls from a neighbouring school",
                      "was charged with causing grievous bodily harm"],
    category="youth_peer_violence", incident_type="non_fatal_injury", fatal=False,
    description="Girl of 14 beaten in a park by three girls aged 14 and 15 after months of online bullying; the attack was filmed and shared, and she later took an overdose.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "Former primary-school friends (two of the three) from a neighbouring school.", [
        rc(d, "emotional_abuse", "she was the target of abusive messages in a group chat"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "She was punched, kicked and had her hair pulled")],
    locations=[loc(d, "street_public", "Child F was attacked in a park")],
    technology=[tech(d, "social_media", "abusive messages in a group chat", "shared in a group chat and on social media"),
                tech(d, "online_images", "shared in a group chat and on social media, where it was viewed several thousand times"),
                tech(d, "cctv", "The attack was filmed on a mobile phone by one of the group")],
    escalation_summary="Online abuse and threats to 'batter' her from early 2022, reported to school in March and police in April, before the May assault.",
    markers=[mk(d, "threats_property_damage", "threats to \"batter\" her")],
    problems=[
        ("The school treated online bullying as a friendship fallout and used mediation instead of its procedures.",
         "School", "Online bullying",
         "The school treated the messages as a \"friendship fallout\" and arranged a mediation meeting"),
        ("Police took eleven days to visit after the messages were reported and did not contact either school.",
         "Thrushcombe Police", "Police response to online threats",
         "The police did not visit Child F or her grandmother for eleven days after the messages were reported"),
        ("CAMHS discharged her after one missed appointment without telling GP or school.",
         "CAMHS", "Was not brought / case closure",
         "CAMHS discharged Child F in January 2022 after she missed one appointment"),
        ("The hospital did not tell school or GP about the assault.",
         "Hospital", "Information sharing",
         "The hospital that treated Child F's facial injuries did not tell her school or her GP about the assault"),
        ("No agency helped her to have the video removed or asked how she felt about it.",
         "Multiple agencies", "Online images",
         "No one asked Child F how she felt about the video still circulating, and no agency helped her to have it removed."),
    ]))

# ---------------------------------------------------------------- f4_06
d = D("f4_06_sar_rosa_brief.txt")
v = Person(d, "v1", "victim", name="Rosa", age=38, gender="female", ethnicity="not_reported",
           ethnicity_detail="Portuguese", living="family_home")
v.char("migration_status", "Rosa is a Portuguese woman who moved to the UK in 2012.")
v.char("english_additional_language", "She speaks some English but prefers to speak Portuguese")
v.char("chronic_illness", "She has multiple sclerosis, diagnosed in 2015")
v.char("disability", "has used a wheelchair since 2019")
v.char("domestic_abuse", "her husband had hurt her many times, that he kept her bank card and her phone, and that he sometimes hid her medication",
       subtypes=["physical", "financial", "coercive_control"])
v.svc("gp", "prior", "Her GP practice, which she visited with her husband every few months.")
v.svc("acute_health", "prior", "The MS specialist nurse at Marchbank Hospital, who saw her twice a year.")
v.svc("adult_social_care", "prior", "which assessed her needs in 2020 and arranged direct payments")
v.svc("ambulance", "after", "before he called an ambulance")
v.svc("acute_health", "after", "The nurse on the orthopaedic ward spoke to Rosa in Portuguese")
v.svc("police", "after", "The police investigation was thorough")
v.svc("domestic_abuse_services", "after", "Rosa was supported by an IDVA")
v.svc("adult_social_care", "after", "adult social care arranged a package of care")
v.svc("housing", "after", "The council's housing team found her an adapted flat")
p = Person(d, "p1", "perpetrator", name=None, age=41, gender="male", living="family_home")
p.char("caring_responsibilities", "Her husband, who was forty-one, was her only carer.")
p.svc("adult_social_care", "prior", "which completed a carer's assessment for her husband in 2021")
p.svc("police", "after", "Her husband was arrested.")
p.svc("prison", "after", "was sentenced to five years' imprisonment")
cases.append(case(
    d, title="Rosa", review_type="sar", area="Marchbank", published="2023-10", incident_year=2022,
    role="briefing", decision="include", reason="physical_assault",
    screening_quotes=["Rosa was tipped out of her wheelchair by her husband during an argument",
                      "He was convicted in 2023 of causing grievous bodily harm and of controlling or coercive behaviour"],
    category="intimate_partner_violence", incident_type="non_fatal_injury", fatal=False,
    description="Woman of 38 with multiple sclerosis tipped out of her wheelchair by her husband and sole carer, fracturing her hip, after years of physical, financial and controlling abuse.",
    reference_individual="victim", people=[v, p],
    relationship=("intimate_partner", "Husband and her only carer.", [
        rc(d, "carer", "Her husband, who was forty-one, was her only carer."),
        rc(d, "domestic_abuse", "her husband had hurt her many times"),
        rc(d, "physical_abuse", "her husband had hurt her many times"),
        rc(d, "financial_abuse", "he kept her bank card and her phone"),
        rc(d, "coercive_control", "controlling or coercive behaviour"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "Rosa was tipped out of her wheelchair by her husband during an argument")],
    problems=[
        ("Her husband attended every appointment and no professional saw her alone.",
         "GP practice; adult social care; MS nursing service", "Seeing the adult alone",
         "Her husband was present at every appointment, and no professional ever saw Rosa on her own."),
        ("Her husband interpreted; no professional interpreter was booked.",
         "GP practice; adult social care", "Interpreters",
         "Her husband acted as her interpreter at the GP practice and at adult social care. No professional interpreter was booked."),
        ("The GP accepted the husband's explanation of bruising and did not ask Rosa.",
         "GP practice", "Unexplained injuries",
         "the GP saw bruising on Rosa's arms and accepted her husband's explanation"),
        ("The MS nurse did not explore why medication was not collected.",
         "Marchbank Hospital (MS specialist nurse)", "Professional curiosity",
         "The MS nurse noticed in 2022 that Rosa's medication was not being collected regularly, but did not explore why."),
        ("Direct payments went to the husband's account and were never reviewed.",
         "Adult social care", "Financial abuse; direct payments",
         "Adult social care paid the direct payments into her husband's bank account and did not review how they were being used"),
        ("The carer's assessment recorded exhaustion and frustration but no support or risk consideration followed.",
         "Adult social care", "Carer stress and risk",
         "no support was arranged and the risk this might pose to Rosa was not considered"),
    ]))

# ---------------------------------------------------------------- f4_07
d = D("f4_07_thematic_infants_ravenshale.html")
v = Person(d, "v1", "victim", name="Baby C", age=0, gender="female", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="mixed White and Black Caribbean heritage", living="family_home")
v.char("parent_mental_health", "Baby C's mother had anxiety, for which she was seeing her GP.")
v.svc("acute_health", "prior", "her parents took her to the emergency department at Ravenshale General Hospital")
v.svc("health_visitor", "prior", "The health visitor saw Baby C at home at ten days and at six weeks")
p = Person(d, "p1", "perpetrator", name=None, age=20, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="Black Caribbean heritage", living="family_home")
p.char("looked_after", "he had been in foster care from the age of eight after physical abuse by his stepfather")
p.char("abuse_neglect_child", "he had been in foster care from the age of eight after physical abuse by his stepfather",
       subtypes=["physical"])
p.char("unemployment", "He was unemployed.")
p.svc("csc_looked_after", "prior", "he had a leaving care personal adviser until a few months before Baby C was born")
p.svc("police", "after", "Her father told the police that she would not stop crying")
p.svc("prison", "after", "was sentenced to seven years' imprisonment in a young offender institution")
cases.append(case(
    d, title="Baby C", review_type="other", area="Ravenshale", published="2023-11", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Section 5 describes in detail the one case in which a baby died as a result of inflicted injury, referred to as Baby C",
                      "He pleaded guilty to manslaughter in 2023"],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Girl of ten weeks died from injuries caused by violent shaking by her 20-year-old father, a care leaver, after persistent crying.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Her father, living with her.", []),
    weapons=[wp(d, "non_accidental_injury", "which doctors said had been caused by violent shaking")],
    locations=[loc(d, "home", "Baby C's mother was not at home at the time")],
    problems=[
        ("The emergency department did not give advice on coping with crying.",
         "Ravenshale General Hospital (emergency department)", "Coping with crying",
         "The emergency department did not give Baby C's parents the partnership's advice on coping with crying"),
        ("The health visitor never arranged to see the father.",
         "Health visiting service", "Invisible fathers",
         "on both occasions her father was out, and the health visitor did not arrange to see him"),
        ("Midwifery noted he was a care leaver but did not ask about his history, support or stress.",
         "Midwifery", "Invisible fathers",
         "Midwifery records noted that Baby C's father was a care leaver but did not ask about his history"),
        ("The leaving care service closed his case before the birth and told no one.",
         "Leaving care service", "Care leavers as parents",
         "The leaving care service closed Baby C's father's case shortly before her birth and did not tell midwifery or health visiting"),
    ]))

# ---------------------------------------------------------------- f4_08
d = D("f4_08_iir_ms_c_report.txt")
v = Person(d, "v1", "victim", name=None, age=71, gender="male", ethnicity="white_british",
           ethnicity_detail="White British", living="family_home")
v.char("chronic_illness", "who had Parkinson's disease")
v.char("caring_responsibilities", "He was, in practice, Ms C's main carer after his wife's death")
v.svc("gp", "prior", "Ms C's father had told his own GP in December 2021")
p = Person(d, "p1", "perpetrator", name="Ms C", age=36, gender="female", ethnicity="mixed_white_asian",
           ethnicity_detail="Mixed White and Asian", living="family_home")
p.char("mental_health_current", "Ms C was diagnosed with bipolar affective disorder in 2008.")
p.char("medication", "he has found her lithium tablets in the bin")
p.svc("mh_inpatient", "prior", "most recently for eight weeks in 2019 under section 3 of the Mental Health Act")
p.svc("mh_other", "prior", "CRHT home visits, daily at first and then three times a week.",
      detail="Crisis resolution and home treatment team")
p.svc("mh_community", "prior", "Ms C discharged from CRHT back to the care of the CMHT.")
p.svc("gp", "prior", "Ms C seen by the GP.")
p.svc("police", "after", "Ms C was arrested at the scene.")
p.svc("mh_inpatient", "after", "She is detained in a secure hospital under a hospital order with restrictions.")
cases.append(case(
    d, title="Ms C", review_type="iir", area="Wyncastle", published="2024-06", incident_year=2022,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["She told officers that she had set the fire",
                      "she pleaded guilty to manslaughter on the grounds of diminished responsibility and to arson with intent to endanger life"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 71 with Parkinson's disease died of smoke inhalation after his daughter, who had bipolar disorder and had stopped her lithium, set fire to their home.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("child_to_parent", "Her father, with whom she lived; he was her main carer.", [
        rc(d, "carer", "He was, in practice, Ms C's main carer after his wife's death"),
    ]),
    weapons=[wp(d, "fire", "she had set the fire")],
    locations=[loc(d, "home", "Fire at the family home.")],
    escalation_summary="Mother's sudden death in November 2021, relapse, lithium found in the bin, a threat to burn the house on 13 January, discharge from home treatment on 20 January and no contact after.",
    markers=[mk(d, "adverse_life_event", "Her mother died suddenly in November 2021."),
             mk(d, "stopped_medication", "he has found her lithium tablets in the bin"),
             mk(d, "threats_property_damage", "the only way to stop it would be to burn the place down")],
    problems=[
        ("The threat to burn the house was not treated as a risk to others, not discussed with the consultant, and not shared with the fire service.",
         "Wyncastle Health and Care NHS Trust (CRHT)", "Risk assessment; fire-setting threats",
         "The threat on 13 January to \"burn the place down\" was not treated as a risk to others"),
        ("The father's fear and the medication in the bin were recorded but not acted on or considered at discharge.",
         "Wyncastle Health and Care NHS Trust (CRHT)", "Listening to carers",
         "was recorded but was not acted on, and it was not considered at the decision to discharge"),
        ("She was discharged from home treatment without involving her father.",
         "Wyncastle Health and Care NHS Trust (CRHT)", "Carer involvement in discharge",
         "The CRHT discharged Ms C without involving her father"),
        ("Lithium shared care broke down: no blood test after July 2021 and no adherence check.",
         "GP practice; Wyncastle Health and Care NHS Trust", "Medication monitoring",
         "The shared care arrangement for lithium broke down."),
        ("No cover when the care coordinator was off sick; no contact for ten days before the fire.",
         "Wyncastle Health and Care NHS Trust (CMHT)", "Caseload cover",
         "When her care coordinator went on sick leave no cover was arranged"),
        ("Her father was never offered a carer's assessment.",
         "Wyncastle Health and Care NHS Trust; Wyncastle Council", "Carer's assessment",
         "Ms C's father was never offered a carer's assessment, either by the Trust or by the local authority."),
    ]))

# ---------------------------------------------------------------- f4_09 (exclude)
d = D("f4_09_sar_mrs_o_qa.txt")
v = Person(d, "v1", "victim", name="Mrs O", age=91, gender="female", living="family_home")
v.char("chronic_illness", "Mrs O had type 2 diabetes")
v.char("other", "Alzheimer's disease", detail="Dementia")
v.char("disability", "she was unable to get out of bed without help")
v.char("abuse_neglect_adult", "The coroner found that neglect contributed to her death.", subtypes=["neglect"])
v.svc("gp", "prior", "The GP practice had not seen Mrs O face to face for eighteen months; all her reviews were by telephone with her daughter.")
v.svc("other", "prior", "the district nursing service, which visited from February 2021", detail="District nursing")
v.svc("adult_social_care", "prior", "adult social care, which assessed her in 2020 and offered a package of home care")
cases.append(case(
    d, title="Mrs O", review_type="sar", area="Brackwater", published="2023-09", incident_year=2021,
    role="briefing", decision="exclude", reason="extreme_neglect",
    screening_quotes=["severely underweight and dehydrated, with deep pressure ulcers",
                      "The coroner found that neglect contributed to her death."],
    category=None, incident_type=None, fatal=True,
    description="Woman of 91 with dementia, cared for by her daughter, died of sepsis from pressure ulcers with malnutrition and dehydration; neglect contributed.",
    reference_individual="victim", people=[v],
    problems=[
        ("The GP practice had not seen her face to face for eighteen months.",
         "GP practice", "Seeing the person",
         "The GP practice had not seen Mrs O face to face for eighteen months"),
        ("District nursing discharged her after cancelled visits without telling the GP or referring.",
         "District nursing service", "Cancelled visits",
         "the district nursing service then discharged Mrs O without telling the GP or making a safeguarding referral"),
        ("Adult social care closed the case when the daughter declined care, without speaking to Mrs O or considering capacity.",
         "Adult social care", "Mental capacity; voice of the adult",
         "Adult social care closed her case in 2020 after her daughter declined the package of care, without speaking to Mrs O"),
        ("The daughter was never offered a carer's assessment.",
         "Adult social care; GP practice", "Carers not assessed",
         "The daughter was never offered a carer's assessment"),
    ]))

# ---------------------------------------------------------------- f4_10 (exclude)
d = D("f4_10_cspr_baby_n_web.txt")
v = Person(d, "v1", "victim", name="Baby N", age=0, gender="male", living="family_home")
v.char("child_in_need_protection", "Baby N was included in the child in need plan from birth.")
v.char("parent_mental_health", "His mother had postnatal depression after the birth of her second daughter and again after Baby N was born")
v.svc("health_visitor", "prior", "Baby N was seen by the health visitor at the new birth visit and at six weeks.")
v.svc("csc_cin_cp", "prior", "a social worker had visited the family every four weeks under the child in need plan")
v.svc("gp", "prior", "The GP practice, which saw Baby N for his eight-week check and his first immunisations.")
cases.append(case(
    d, title="Baby N", review_type="scr", area="Coldmoor", published="2024-02", incident_year=2022,
    role="overview_report", decision="exclude", reason="death_not_caused_by_maltreatment",
    screening_quotes=["in keeping with sudden unexpected death in infancy in an unsafe sleeping environment",
                      "The review found no evidence that Baby N had been deliberately harmed by anyone."],
    category=None, incident_type=None, fatal=True,
    description="Boy of eleven weeks died while asleep on his father's chest on a sofa after his father had been drinking; sudden unexpected death in infancy, no injuries.",
    reference_individual="victim", people=[v],
    problems=[
        ("Safer sleep advice was never given to the father.",
         "Health visiting service", "Invisible fathers; safer sleep",
         "his father was not there and was never given the advice himself"),
        ("The child in need plan did not consider where the baby slept.",
         "Children's social care", "Safer sleep in child in need plans",
         "did not consider where Baby N slept or whether the family had a safe place for him to sleep"),
        ("The social worker saw the broken cot but did not record it as a risk or tell the health visitor.",
         "Children's social care", "Professional curiosity",
         "which the social worker saw in August 2022 but did not record as a risk or discuss with the health visitor"),
        ("The GP did not share the mother's depression with the health visitor or social worker.",
         "GP practice", "Information sharing",
         "Information about the mother's depression was not shared by the GP with the health visitor or the social worker."),
    ]))

# ---------------------------------------------------------------- f4_11 (exclude, not a review)
d = D("f4_11_dhr_faq_wrexby.txt")
cases.append(case(
    d, title=None, review_type="other", area="Wrexby", published="2024-06", incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["This page explains what a Domestic Homicide Review is, when one is held in Wrexby, and how families can take part.",
                      "For example, a review might be held where a woman has been killed by her former partner"],
    category=None, incident_type=None, fatal=None,
    description="Council FAQ page on Domestic Homicide Reviews with hypothetical examples; no case is described.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f4_12 (exclude)
d = D("f4_12_dhr_ms_t_summary.txt")
v = Person(d, "v1", "victim", name="Ms T", age=34, gender="female", ethnicity="white_british",
           ethnicity_detail="White British", living="temporary")
v.char("domestic_abuse", "Mr R controlled where she went and who she saw, took her wages",
       "From 2020 he was physically violent towards her.",
       subtypes=["coercive_control", "financial", "physical"])
v.char("mental_health_current", "Ms T had been treated by her GP for depression and anxiety since 2020, and in 2021 she was diagnosed with post-traumatic stress disorder.")
v.char("self_harm", "She took an overdose of her antidepressant tablets in September 2021")
v.svc("gp", "prior", "She disclosed to her GP in 2021")
v.svc("acute_health", "prior", "was treated at Medlar Vale Hospital")
v.svc("police", "prior", "a passer-by called the police")
v.svc("marac", "prior", "Ms T was heard at MARAC in February 2022.")
v.svc("domestic_abuse_services", "prior", "She was supported by an IDVA and moved into refuge accommodation")
v.svc("housing", "prior", "a temporary flat arranged by the council's housing options team")
p = Person(d, "p1", "perpetrator", name="Mr R", age=38, gender="male", ethnicity="white_british",
           ethnicity_detail="White British")
p.char("offending", "Mr R had a conviction from 2012 for assaulting a former partner.")
p.char("history_of_violence", "Mr R had a conviction from 2012 for assaulting a former partner.")
p.svc("police", "prior", "He was arrested and released on bail with a condition not to contact her.")
p.svc("prison", "after", "was sentenced to three years' imprisonment")
cases.append(case(
    d, title="Ms T", review_type="dhr", area="Medlar Vale", published="2024-04", incident_year=2022,
    role="executive_summary", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["Ms T, who took her own life at her temporary flat in Medlar Vale in March 2022",
                      "Ms T's death was not a homicide."],
    category=None, incident_type="suicide", fatal=True,
    description="Woman of 34 took her own life six weeks after leaving her abusive partner; domestic abuse-related suicide, no peer violence.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Partner of seven years; she left him six weeks before her death after a serious assault.", [
        rc(d, "domestic_abuse", "how agencies had responded to the domestic abuse Ms T experienced"),
        rc(d, "coercive_control", "Mr R controlled where she went and who she saw"),
        rc(d, "financial_abuse", "took her wages"),
        rc(d, "physical_abuse", "From 2020 he was physically violent towards her."),
        rc(d, "strain_separation", "Six weeks before her death Ms T had left her partner of seven years"),
    ]),
    problems=[
        ("The GP did not assess suicide risk or link the abuse with her depression.",
         "GP practice", "Suicide risk in domestic abuse",
         "did not carry out a suicide risk assessment or consider the link between the abuse and her depression"),
        ("The hospital did not ask about domestic abuse after the overdose although the partner answered for her.",
         "Medlar Vale Hospital", "Routine enquiry",
         "did not ask her about domestic abuse, although Mr R was with her throughout her stay and answered questions for her"),
        ("The MARAC action plan had no action on her mental health or self-harm risk.",
         "MARAC", "Suicide risk in domestic abuse",
         "did not include any action about Ms T's mental health or the risk that she might harm herself"),
        ("Support fell to one call a week after the move from refuge and no safety plan review took place.",
         "Refuge / IDVA service; housing options", "Transitions in support",
         "her support dropped from daily contact to one call a week, and no one reviewed her safety plan or her risk of suicide"),
        ("Messages from his friends were not investigated as possible bail breaches because the report was not passed to police.",
         "Police; IDVA service", "Information sharing; bail conditions",
         "The police did not investigate the messages from Mr R's friends as a possible breach of his bail conditions"),
        ("Talking therapies put her on a 14-week wait without checking her risk.",
         "Talking therapies service", "Waiting lists and risk",
         "The talking therapies service placed Ms T on a waiting list of fourteen weeks without checking her current risk"),
    ]))

write(cases, os.path.join(HERE, "gold.json"))
stats(cases, docs)
