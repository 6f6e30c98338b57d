"""Build gold.json for batch-f6 from the hand coding below.

Run from anywhere: python3 examples/batch-f6/build_gold.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # examples/goldlib.py, shared by every batch
from goldlib import Doc, Person, case, loc, mk, rc, stats, tech, wp, write  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
cases, docs = [], []


def D(name):
    d = Doc(CORPUS, name)
    docs.append(d)
    return d


# ---------------------------------------------------------------- f6_01
d = D("f6_01_dhr_halina_overview.txt")
v = Person(d, "v1", "victim", name="Halina", age=38, gender="female", ethnicity="white_other",
           ethnicity_detail="White Polish", living="family_home")
v.char("migration_status", "Halina was born in Poland in 1984", "Halina followed her in 2009")
v.char("english_additional_language", "English was her second language")
v.char("domestic_abuse", "Radek had pushed her against the wall and put his hands around her neck",
       "Radek's abuse of Halina included control of her phone, her movements and her money",
       "Radek took Halina's bank card, gave her cash for food and checked the receipts",
       subtypes=["physical", "coercive_control", "financial", "emotional"])
v.char("mental_health_current", "The GP prescribed sertraline for Halina's anxiety in January 2022.")
v.svc("police", "prior", "Halina called the police herself at 11pm")
v.svc("gp", "prior", "Halina saw her GP four times about anxiety and poor sleep.")
v.svc("marac", "prior", "The case was heard at MARAC.")
v.svc("domestic_abuse_services", "prior", "The IDVA made two calls to the mobile number in the police referral.")
v.svc("housing", "prior", "Sorrelby Homes wrote to both joint tenants about rent arrears")
p = Person(d, "p1", "perpetrator", name="Radek", age=41, gender="male", ethnicity="not_reported",
           ethnicity_detail="born in Poland", living="family_home")
p.char("migration_status", "Radek was born in Poland in 1981 and came to England in 2008.")
p.char("domestic_violence_child", "his own father had been violent to his mother throughout his childhood")
p.char("alcohol_misuse", "He said he was drinking \"most days\".", "Radek's alcohol use was well known.")
p.char("mental_health_current", "The GP noted depression, prescribed an antidepressant")
p.char("unemployment", "From then until the homicide he was unemployed and claimed Universal Credit.")
p.char("offending", "He was convicted, fined and disqualified from driving for fourteen months.")
p.char("financial_issues", "rent arrears of more than £1,900")
p.char("non_engagement", "He attended an assessment and one key work session, and then stopped attending.")
p.svc("police", "prior", "Radek was arrested the next day, interviewed and released with no further action",
      "Officers arrested Radek for assault by beating.")
p.svc("gp", "prior", "Radek saw the GP about low mood after losing his job.")
p.svc("substance_misuse_services", "prior", "Radek referred himself to Sorrelby Recovery Service.")
p.svc("housing", "prior", "A housing officer visited in February 2023 and spoke to Radek")
p.svc("jobcentre", "prior", "Jobcentre Plus saw Radek regularly.")
p.svc("prison", "after", "sentenced to life imprisonment with a minimum term of twenty-one years")
cases.append(case(
    d, title="Halina", review_type="dhr", area="Sorrelby", published="2024-11", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["found Halina on the kitchen floor of the family's house in Sorrelby with multiple stab wounds",
                      "In October 2023 he was convicted at Sorrelby Crown Court"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Polish-born woman of 38 stabbed to death at home by her husband the day after she told him she was leaving; known domestic abuse, strangulation and heavy drinking.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Husband; married in 2011, living together; she had told him the evening before that she was leaving.", [
        rc(d, "domestic_abuse", "Oskar and Zofia lived with domestic abuse for at least four years."),
        rc(d, "physical_abuse", "Radek had pushed her against the wall and put his hands around her neck"),
        rc(d, "coercive_control", "Radek's abuse of Halina included control of her phone, her movements and her money"),
        rc(d, "financial_abuse", "Radek took Halina's bank card, gave her cash for food and checked the receipts"),
        rc(d, "emotional_abuse", "threatened to \"finish\" her if she ever left him"),
        rc(d, "strain_separation", "Halina said that Radek had moved out to stay with a friend."),
    ]),
    weapons=[wp(d, "knife", "with multiple stab wounds")],
    locations=[loc(d, "home", "on the kitchen floor of the family's house")],
    technology=[tech(d, "tracking", "had installed an application that shared her location with him")],
    escalation_summary="Job loss and daily drinking from mid-2022, strangulation in 2020 and threats in 2022, rent arrears, and her telling him she was leaving on the evening before the homicide while he was very drunk.",
    markers=[mk(d, "separation", "Halina told Radek that she was leaving him and taking the children to her sister's."),
             mk(d, "alcohol_drugs_before", "He is very drunk."),
             mk(d, "adverse_life_event", "Radek was dismissed from his job at the warehouse"),
             mk(d, "threats_property_damage", "Radek had thrown a chair"),
             mk(d, "stress_debt_housing", "rent arrears of more than £1,900")],
    problems=[
        ("Officers in 2019 accepted her explanation with the perpetrator behind her and did not speak to her alone.",
         "Sorrelby Police", "Seeing the victim alone",
         "They did not separate the couple or speak to Halina where Radek could not hear."),
        ("In 2020 the risk was graded medium despite strangulation; no MARAC referral and the supervisor did not correct it.",
         "Sorrelby Police", "Risk assessment and strangulation",
         "Police officers in 2020 graded the risk as medium despite a disclosure of strangulation, and no MARAC referral was made."),
        ("No DVPN or evidence-led prosecution was considered when she withdrew support in 2022.",
         "Sorrelby Police", "Victim withdrawal",
         "Police did not consider a Domestic Violence Protection Notice or an evidence-led prosecution in 2022"),
        ("The call handler did not check the MARAC address marker in January 2023.",
         "Sorrelby Police", "Address markers",
         "the call handler who dealt with the neighbour's complaint did not check the address marker added after MARAC"),
        ("The GP made no routine enquiry and did not see her alone when she attended with an injury and her husband answered.",
         "Rookery Lane Medical Practice", "Routine enquiry; seeing the patient alone",
         "The GP practice did not make a routine enquiry about domestic abuse and did not see Halina alone"),
        ("The GP did not ask about the relationship or children when the husband disclosed daily drinking, depression and job loss.",
         "Rookery Lane Medical Practice", "Perpetrator health contacts",
         "the GP did not ask about his relationship or whether there were children in the home"),
        ("MARAC did not include the GP or ask about services working with the perpetrator.",
         "Sorrelby MARAC", "MARAC membership and research",
         "MARAC did not include the GP practice or ask about services working with the perpetrator"),
        ("The IDVA closed the case after one call to a phone the perpetrator monitored.",
         "Sorrelby Domestic Abuse Service", "Case closure and caseloads",
         "The IDVA service ended its involvement after a single call, made to a phone the perpetrator monitored"),
        ("The recovery service left its domestic abuse questions blank and closed his case without telling anyone.",
         "Sorrelby Recovery Service", "Domestic abuse in substance misuse services",
         "Sorrelby Recovery Service did not complete the domestic abuse section of its assessment and closed Radek's case without informing anyone."),
        ("The housing officer spoke only to the perpetrator about arrears and did not know of the police marker.",
         "Sorrelby Homes", "Housing and domestic abuse",
         "The housing officer spoke only to the perpetrator about the arrears and did not know of the police marker on the address."),
        ("No agency offered help in her first language or linked her with a Polish-speaking organisation.",
         "Multiple agencies", "Language and culture",
         "No agency offered Halina help in her first language or linked her with a Polish-speaking community organisation."),
        ("The second children's social care assessment spoke to both parents together and accepted the one-off account without the MARAC information.",
         "Sorrelby Council children's social care", "Children living with domestic abuse",
         "The social worker did not speak to Halina alone, did not seek the MARAC information"),
    ]))

# ---------------------------------------------------------------- f6_02
d = D("f6_02_dhr_errol_statement.txt")
v = Person(d, "v1", "victim", name="Errol", age=52, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="Black Caribbean heritage", living="family_home")
v.char("chronic_illness", "He had type 2 diabetes")
v.char("domestic_abuse", "Clifton had taken money from his wallet and had threatened to \"do him in\"",
       subtypes=["financial", "emotional"])
v.svc("gp", "prior", "regular checks at his GP surgery",
      "Errol had told his GP in October 2022 that he was \"worried about his brother staying\"")
v.svc("police", "prior", "Errol had called the police in March 2021")
p = Person(d, "p1", "perpetrator", name="Clifton", age=47, gender="male", living="family_home")
p.char("offending", "Clifton had served a prison sentence for robbery.")
p.char("homelessness", "he had been sleeping rough before he went to prison")
p.char("substance_misuse", "Clifton used cannabis daily")
p.char("financial_issues", "he was \"stressed\" about money")
p.svc("prison", "prior", "Clifton had served a prison sentence for robbery.")
p.svc("probation", "prior", "the Probation Service approved the address without speaking to Errol")
p.svc("housing", "prior", "Pendlecote Council's housing options team, which Clifton approached from prison")
p.svc("mh_other", "prior", "The prison mental health in-reach team had assessed him in 2021 and found no mental disorder.")
p.svc("prison", "after", "He was sentenced to life imprisonment and will serve a minimum of eighteen years.")
cases.append(case(
    d, title="Errol", review_type="dhr", area="Pendlecote", published="2025-05", incident_year=2022,
    role="other", decision="include", reason="homicide",
    screening_quotes=["who was killed by his younger brother at the flat they shared",
                      "was convicted of murder at Pendlecote Crown Court in July 2023"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 52 killed with a hammer by his younger brother, 47, at the flat they shared, nineteen days after the brother's release from prison to that address.",
    reference_individual=None, people=[v, p],
    relationship=("sibling", "Younger brother, living with him after release from prison on licence.", [
        rc(d, "financial_abuse", "Clifton had taken money from his wallet"),
        rc(d, "emotional_abuse", "had threatened to \"do him in\""),
        rc(d, "domestic_abuse", "did not recognise this as a domestic abuse incident, because the two men were brothers"),
    ]),
    weapons=[wp(d, "blunt_object", "He had struck Errol repeatedly with a hammer.")],
    locations=[loc(d, "home", "at the flat they shared")],
    escalation_summary="Earlier theft and threats in 2021; release from prison on licence to his brother's flat nineteen days before the killing.",
    markers=[mk(d, "released_from_custody", "The killing took place nineteen days after Clifton's release from prison.")],
    problems=[
        ("Probation approved the release address without speaking to the householder or checking previous incidents.",
         "Probation Service", "Release address checks",
         "the Probation Service approved the address without speaking to Errol and without checking whether there had been any previous incidents between the brothers"),
        ("Police in 2021 did not recognise abuse between brothers as domestic abuse; no risk assessment, recorded as theft.",
         "Pendlecote Police", "Adult sibling abuse not recognised",
         "the police officers who attended in 2021 did not recognise this as a domestic abuse incident"),
        ("Housing options did not complete a homelessness assessment before release.",
         "Pendlecote Council housing options", "Homelessness on release from prison",
         "did not complete a homelessness assessment before his release"),
        ("The GP did not ask why he was worried about his brother staying.",
         "GP practice", "Professional curiosity",
         "the GP did not ask why he was worried"),
    ]))

# ---------------------------------------------------------------- f6_03
d = D("f6_03_dhr_callum_faq.txt")
v = Person(d, "v1", "victim", name="Callum", age=56, gender="male", living="family_home")
v.char("lgbtqi", "He was a gay man")
v.char("chronic_illness", "He had been living with HIV since 2003")
v.char("domestic_abuse", "Callum had experienced coercive and controlling behaviour from Piers for several years",
       "Piers managed their joint account and Callum's earnings",
       "Friends described Piers belittling Callum in front of them",
       "they had seen bruises on his arms on at least two occasions",
       subtypes=["coercive_control", "financial", "emotional", "physical"])
v.char("social_isolation", "by 2021 Callum had stopped seeing almost everyone he had been close to")
v.svc("gp", "prior", "his GP practice, Wickenden Road Surgery;")
v.svc("other", "prior", "the sexual health clinic at Tamberley General Hospital;", detail="Sexual health clinic")
v.svc("police", "prior", "Tamberley Police, once, after the neighbour's call in 2021;")
v.svc("voluntary_sector", "prior", "Prideline Tamberley, an LGBT+ helpline and advice service, which Callum telephoned once in January 2022.")
p = Person(d, "p1", "perpetrator", name="Piers", age=49, gender="male", living="family_home")
p.char("lgbtqi", "A previous male partner had reported Piers to the police in 2014")
p.char("history_of_violence", "saying that Piers had pushed him down the stairs")
p.char("substance_misuse", "Piers used cocaine most weekends")
p.svc("police", "prior", "A previous male partner had reported Piers to the police in 2014")
p.svc("gp", "prior", "had seen a doctor only once in the review period, for a sports injury")
p.svc("police", "after", "He was arrested at the house")
p.svc("prison", "after", "sentenced to fourteen years' imprisonment")
cases.append(case(
    d, title="Callum", review_type="dhr", area="Tamberley", published="2024-09", incident_year=2022,
    role="other", decision="include", reason="homicide",
    screening_quotes=["Callum was killed by his partner of nine years",
                      "he pleaded guilty to manslaughter"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Gay man of 56 strangled at home by his male partner of nine years after years of coercive control not recognised by agencies.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Partner of nine years; same-sex couple living together.", [
        rc(d, "coercive_control", "Callum had experienced coercive and controlling behaviour from Piers for several years"),
        rc(d, "financial_abuse", "Piers managed their joint account and Callum's earnings, and Callum had to ask him for money."),
        rc(d, "emotional_abuse", "Friends described Piers belittling Callum in front of them"),
        rc(d, "physical_abuse", "they had seen bruises on his arms on at least two occasions"),
        rc(d, "domestic_abuse", "Yes. The review found that Callum had experienced coercive and controlling behaviour"),
    ]),
    weapons=[wp(d, "strangulation", "Piers strangled Callum in the bedroom")],
    locations=[loc(d, "home", "in the bedroom of the house they shared in Tamberley")],
    escalation_summary="Years of coercive control, financial control and isolation, with bruising and a police call in 2021 and a helpline call in January 2022.",
    problems=[
        ("Police in 2021 spoke to the men together, recorded an argument between flatmates, did not ask about the relationship; no DASH and the 2014 report not found.",
         "Tamberley Police", "Same-sex relationships not recognised",
         "the officers spoke to the two men together and recorded the incident as \"a verbal argument between flatmates\""),
        ("Officers did not see him alone despite a red mark on his neck.",
         "Tamberley Police", "Seeing the victim alone",
         "The officers did not see Callum on his own"),
        ("The clinic's safe-at-home question was not recorded at two appointments.",
         "Sexual health clinic, Tamberley General Hospital", "Routine enquiry",
         "In two appointments in 2021 the answer was not recorded."),
        ("The helpline adviser gave a national number but did not refer to the IDVA or call back; volunteers untrained.",
         "Prideline Tamberley", "Response to disclosure",
         "The adviser gave him the number of a national helpline but did not offer to refer him to the local IDVA service or to call him back."),
        ("The GP never made a routine enquiry and the practice's policy referred only to women.",
         "Wickenden Road Surgery", "Routine enquiry; policy",
         "The GP practice had not made a routine enquiry about domestic abuse with Callum at any point"),
        ("Professionals across agencies did not consider domestic abuse in same-sex relationships.",
         "Multiple agencies", "Same-sex relationships not recognised",
         "professionals did not consider that domestic abuse happens in same-sex relationships"),
    ]))

# ---------------------------------------------------------------- f6_04
d = D("f6_04_sar_dougie_lives.txt")
v = Person(d, "v1", "victim", name="Dougie", age=47, gender="male", living="alone")
v.char("learning_disability", "He had a mild learning disability and epilepsy")
v.char("chronic_illness", "He had a mild learning disability and epilepsy, which was mostly controlled by medication.")
v.char("social_isolation", "\"lonely in a way I had never seen him\"")
v.char("abuse_neglect_adult", "Over the following months Dougie's money began to disappear.",
       "Dwayne had \"slapped him for being cheeky\"",
       subtypes=["financial", "physical"])
v.svc("adult_social_care", "prior", "this support was arranged by Ravensmere Council adult social care after a Care Act assessment",
      "the duty social worker phoned Dougie")
v.svc("voluntary_sector", "prior", "He had a support worker from Ravensmere Community Support, a local charity")
v.svc("gp", "prior", "He saw his GP at least once a year for his learning disability annual health check and his epilepsy review.")
v.svc("police", "prior", "A police community support officer visited, spoke to Dougie at the door")
v.svc("housing", "prior", "the housing officer from Ravensmere Council had received a complaint about noise and visitors and had sent Dougie a warning letter about his tenancy")
v.svc("other", "prior", "a day service, where he loved the woodwork room", detail="Day service")
p1 = Person(d, "p1", "perpetrator", name="Dwayne", age=24, gender="male")
p1.char("drug_dealing", "Dwayne was using the flat to sell crack cocaine and heroin.")
p1.char("offending", "Dwayne had convictions for drug supply")
p1.char("substance_misuse", "He used cannabis daily.")
p1.svc("prison", "prior", "had been released from prison on licence in 2022")
p1.svc("probation", "prior", "supervised by the Probation Service")
p1.svc("police", "prior", "which held intelligence that Dwayne was supplying drugs on the estate")
p1.svc("prison", "after", "Dwayne was convicted of his murder and sentenced to life imprisonment.")
p2 = Person(d, "p2", "perpetrator", name="Kelly", age=31)
p2.char("substance_misuse", "Kelly used both drugs heavily")
p2.char("homelessness", "Kelly had been homeless for long periods")
p2.svc("substance_misuse_services", "prior", "Kelly was well known to drug treatment services and had been in and out of treatment for many years")
p2.svc("prison", "after", "Kelly was convicted of manslaughter and sentenced to nine years.")
cases.append(case(
    d, title="Dougie", review_type="sar", area="Ravensmere", published="2025-03", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["He was kicked and stamped on and died of his injuries.",
                      "Dwayne was convicted of his murder"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 47 with a learning disability, whose flat was taken over for drug dealing (cuckooing), kicked and stamped to death there by the two people who exploited him.",
    reference_individual="victim", people=[v, p1, p2],
    relationship=("friend_acquaintance", "Two people he met at a bus stop in 2022 who befriended him and took over his flat.", [
        rc(d, "financial_abuse", "Over the following months Dougie's money began to disappear."),
        rc(d, "physical_abuse", "Dwayne had \"slapped him for being cheeky\""),
        rc(d, "coercive_control", "Dougie's home was taken over so that others could use it to deal drugs"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "He was kicked and stamped on and died of his injuries.")],
    locations=[loc(d, "home", "That night he was assaulted in his flat.")],
    escalation_summary="Cuckooing from autumn 2022: money taken, drug dealing from the flat, bruises and a slap; killed the night he told them to leave.",
    markers=[mk(d, "threats_property_damage", "Dwayne had \"slapped him for being cheeky\"")],
    problems=[
        ("The support charity recorded the missing bank card and unpaid gas bill but did not raise a concern for three months; the manager did not review notes.",
         "Ravensmere Community Support", "Delay in raising concerns",
         "did not raise a safeguarding concern until April, three months later"),
        ("The PCSO accepted a doorstep account, did not know of his learning disability or check police systems; no flag or referral.",
         "Ravensmere Police neighbourhood team", "Cuckooing not recognised",
         "The officer did not know that Dougie had a learning disability and did not check police systems"),
        ("Cuckooing was not recognised by any agency.",
         "Multiple agencies", "Cuckooing not recognised",
         "It was not recognised as such by any agency until after he died."),
        ("The safeguarding concern was closed on assumed capacity without a capacity assessment or section 42 enquiry.",
         "Ravensmere Council adult social care", "Mental capacity used to close concerns",
         "The review found that no mental capacity assessment had been carried out."),
        ("No multi-agency meeting was held; the housing warning letter was sent without checking vulnerability.",
         "Multiple agencies; Ravensmere Council housing", "Information sharing",
         "There was no multi-agency meeting about Dougie at any point."),
        ("The housing warning letter threatened his tenancy without checking whether he was vulnerable.",
         "Ravensmere Council housing", "Tenancy enforcement against victims",
         "was sent without anyone checking whether he was vulnerable"),
        ("Professionals heard his disclosures but did not act; the GP did not follow up his remark about being scared.",
         "GP practice; multiple agencies", "Hearing the adult",
         "The GP did not follow up the remark about being scared or ask whether Dougie was safe at home."),
    ]))

# ---------------------------------------------------------------- f6_05
d = D("f6_05_cspr_child_rb_rapid.txt")
v = Person(d, "v1", "victim", name="Child RB", age=16, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="mixed White British and Black Caribbean heritage", living="family_home")
v.char("household_member_prison", "His father has been in prison since RB was eight")
v.char("absent_parents", "RB has not seen him since then")
v.char("educational_exclusion", "RB was permanently excluded from Skelderton Academy in Year 10")
v.char("carrying_weapons", "after he brought a knife into school")
v.char("child_in_need_protection", "RB was open to children's social care on a child in need plan from June 2023.")
v.char("missing_episodes", "He was reported missing by his mother four times between August and December 2023")
v.char("criminal_exploitation", "RB was recognised as a potential victim of criminal exploitation")
v.char("offending", "he received an out-of-court disposal for possession of a knife in March 2023")
v.char("gang_affiliation", "Police intelligence linked both boys to rival groups involved in supplying drugs")
v.char("drug_dealing", "was arrested for possession with intent to", "rival groups involved in supplying drugs")
v.svc("school", "prior", "RB was permanently excluded from Skelderton Academy in Year 10",
      "he attended Tolvane House, the local pupil referral unit, for three hours a day")
v.svc("csc_cin_cp", "prior", "RB was open to children's social care on a child in need plan from June 2023.")
v.svc("police", "prior", "In November 2023 the police made a referral to the National Referral Mechanism",
      "was arrested for possession with intent to")
v.svc("youth_offending", "prior", "RB was known to the Skelderton Youth Justice Service")
v.svc("gp", "prior", "RB had been referred by his GP to CAMHS in December 2022")
v.svc("ambulance", "after", "The paramedics and the trauma team saved RB's life.")
v.svc("acute_health", "after", "underwent emergency surgery at the major trauma centre")
v.svc("csc_cin_cp", "after", "Children's social care held a strategy meeting while he was still in hospital")
p = Person(d, "p1", "perpetrator", name="YP2", age=17, gender="male")
p.char("offending", "he was serving a referral order for robbery")
p.char("carrying_weapons", "He had been found carrying a knife on two previous occasions.")
p.char("gang_affiliation", "Police intelligence linked both boys to rival groups involved in supplying drugs")
p.char("drug_dealing", "rival groups involved in supplying drugs")
p.svc("youth_offending", "prior", "YP2 was also known to the Youth Justice Service")
p.svc("police", "after", "was arrested two days later, charged with wounding with intent")
p.svc("prison", "after", "remanded to youth detention accommodation")
cases.append(case(
    d, title="Child RB", review_type="scr", area="Skelderton", published="2024-07", incident_year=2024,
    role="executive_summary", decision="include", reason="physical_assault",
    screening_quotes=["was stabbed three times in the back and leg",
                      "charged with wounding with intent"],
    category="youth_peer_violence", incident_type="non_fatal_injury", fatal=False,
    description="Boy of 16, excluded from school and recognised as a potential victim of criminal exploitation, stabbed and seriously injured in a park by a 17-year-old from a rival group.",
    reference_individual="victim", people=[v, p],
    relationship=("unknown_peer", "The boys did not know each other; police linked them to rival groups supplying drugs.", [
        rc(d, "other", "members of YP2's group threatened RB by name", detail="Online threats from the rival group"),
    ]),
    weapons=[wp(d, "knife", "was stabbed three times in the back and leg")],
    locations=[loc(d, "street_public", "in Wrenlow Fields, a park in Skelderton")],
    technology=[tech(d, "social_media", "videos were posted on a social media platform in which members of YP2's group threatened RB by name")],
    escalation_summary="Exclusion in March 2023, missing episodes with cash and drugs in late 2023, rival-group intelligence, and online threats naming him in the week before the stabbing.",
    markers=[mk(d, "missing_moving", "He was reported missing by his mother four times between August and December 2023"),
             mk(d, "threats_property_damage", "videos were posted on a social media platform in which members of YP2's group threatened RB by name"),
             mk(d, "carrying_weapons", "He had been found carrying a knife on two previous occasions.")],
    problems=[
        ("The academy excluded him without a multi-agency meeting and did not pass on that he said he had been threatened.",
         "Skelderton Academy", "School exclusion",
         "The academy did not hold a multi-agency meeting"),
        ("Return home interviews offered after only one of four missing episodes, eleven days late.",
         "Children's social care (return home interviews)", "Missing episodes",
         "Return home interviews were offered after only"),
        ("He was treated as a suspect rather than an exploited child; the NRM referral was delayed a month.",
         "Skelderton Police", "Exploited children treated as offenders",
         "RB was treated as a suspect rather than as a"),
        ("The child in need plan did not address risks outside the home; Youth Justice not invited to meetings.",
         "Children's social care", "Extra-familial harm",
         "risks outside the home. The Youth Justice"),
        ("Police intelligence on the rival-group threat was not shared with children's social care or youth justice.",
         "Skelderton Police", "Information sharing",
         "This intelligence was not shared with children's"),
        ("His mother's call about online threats was logged but not passed to the safeguarding team or social worker.",
         "Skelderton Police", "Online threats",
         "but was not passed to the safeguarding team or"),
        ("No plan or contextual safeguarding approach for the park.",
         "Safeguarding partners", "Contextual safeguarding",
         "There was no plan to make the park safer, and"),
        ("He waited more than fourteen months for an ADHD assessment and was never assessed.",
         "CAMHS", "Waiting times",
         "Long waiting times meant that a possible"),
    ]))

# ---------------------------------------------------------------- f6_06
d = D("f6_06_cspr_thematic_tilly.txt")
v = Person(d, "v1", "victim", name="Tilly", age=12, gender="female", living="family_home")
v.char("abuse_neglect_child", "her uncle had been sexually abusing her for more than a year", subtypes=["sexual"])
v.char("grooming", "Tilly described Shaun giving her presents, letting her stay up late and telling her that they had \"a special secret\".")
v.char("self_harm", "In 2023 Tilly began to cut her arms.")
v.char("mental_health_current", "the GP referred Tilly to CAMHS for low mood and self-harm")
v.char("parental_separation", "Her parents separated when she was five.")
v.svc("school", "prior", "Her Year 7 tutor noticed the marks in PE in June 2023 and passed this to the school's designated safeguarding lead.")
v.svc("counselling", "prior", "offered Tilly sessions with a school counsellor, which she attended for six weeks")
v.svc("gp", "prior", "the GP referred Tilly to CAMHS for low mood and self-harm")
v.svc("camhs", "prior", "she was seen twice by a CAMHS practitioner in November and December 2023")
v.svc("other", "prior", "Tilly told the school nurse, during a drop-in session", detail="School nursing")
v.svc("police", "after", "Tilly was interviewed by specially trained police officers")
v.svc("other", "after", "seen at the paediatric sexual abuse clinic", detail="Paediatric sexual abuse clinic")
v.svc("csc_cin_cp", "after", "are supported under a child protection plan")
p = Person(d, "p1", "perpetrator", name="Shaun", age=29, gender="male", living="family_home")
p.char("sexualised_behaviour", "Shaun completed a programme for young people with harmful sexual behaviour")
p.char("unemployment", "He was unemployed and had nowhere settled to live.")
p.char("homelessness", "He was unemployed and had nowhere settled to live.")
p.svc("police", "prior", "he was investigated by police after a younger cousin said he had touched her",
      "Shaun had damaged her car during an argument")
p.svc("other", "prior", "a programme for young people with harmful sexual behaviour, run by children's social care",
      detail="Harmful sexual behaviour programme (children's social care)")
p.svc("gp", "prior", "Shaun was registered with the same practice")
p.svc("police", "after", "Shaun was arrested the following morning.")
p.svc("prison", "after", "sentenced to fourteen years' imprisonment")
cases.append(case(
    d, title="Tilly", review_type="scr", area="Whinbury", published="2024-10", incident_year=2024,
    role="overview_report", decision="include", reason="sexual_abuse",
    screening_quotes=["her uncle had been sexually abusing her for more than a year",
                      "Shaun was charged with the rape of a child under 13"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Girl of 12 sexually abused at home for more than a year by her maternal uncle, 29, who stayed with the family and had a known history of harmful sexual behaviour as a teenager.",
    reference_individual="victim", people=[v, p],
    relationship=("other_family", "Her mother's younger brother, who stayed at the family home most weeks from 2019.", [
        rc(d, "sexual_abuse", "The sexual abuse took place at the family home, at night"),
    ]),
    locations=[loc(d, "home", "The sexual abuse took place at the family home, at night")],
    technology=[tech(d, "social_media", "he messaged her on a messaging app on a phone he had bought for her")],
    escalation_summary="Gifts, secrets and messages on a phone he bought her from late 2022; self-harm from 2023; disclosure to the school nurse in January 2024.",
    problems=[
        ("The 2019 school referral about the uncle moving in was closed; his historic harmful sexual behaviour records were not searchable.",
         "Whinbury children's social care (front door)", "Risk from adults joining a household",
         "The referral was screened by the front door team and closed with no further action"),
        ("Police attending in 2021 did not check his history of concern about children or ask who lived in the house.",
         "Police", "Checks at domestic incidents",
         "officers did not check whether he had any history of concern about children"),
        ("The school treated self-harm as a well-being issue and did not explore what was happening at home.",
         "Secondary school", "Self-harm as a sign of abuse",
         "No one at school explored with Tilly whether something was happening at home or who was living there."),
        ("CAMHS did not ask about adults in the household or secrets, and saw her with her mother present.",
         "CAMHS", "Self-harm assessment",
         "did not ask about adults in the household or about secrets"),
        ("The GP did not connect the mother's remark with the letter about the uncle's programme; records not linked.",
         "GP practice", "Linking family records",
         "The GP did not connect the two records."),
    ]))

# ---------------------------------------------------------------- f6_07
d = D("f6_07_iir_mr_u_tables.html")
v = Person(d, "v1", "victim", name="Rohan", age=9, gender="male", living="family_home")
v.char("parental_separation", "Mr U and Mrs U separated in 2021 and Rohan lived with his mother.")
v.char("parent_mental_health", "when he was first diagnosed with paranoid schizophrenia")
p = Person(d, "p1", "perpetrator", name="Mr U", age=38, gender="male", ethnicity="asian_indian",
           ethnicity_detail="British Indian", living="alone")
p.char("mental_health_current", "when he was first diagnosed with paranoid schizophrenia")
p.char("substance_misuse", "He has used cannabis since his late teens")
p.char("unemployment", "He has not worked since.")
p.char("medication", "GP notes that Mr U has not collected his repeat prescription for two months.")
p.char("non_engagement", "Two outpatient appointments not attended.")
p.svc("mh_community", "prior", "care coordinator CC1 visits monthly")
p.svc("mh_inpatient", "prior", "He is admitted to Sandpiper Ward under section 2.")
p.svc("mh_other", "prior", "Home treatment team visits.")
p.svc("police", "prior", "Police detain Mr U under section 136")
p.svc("gp", "prior", "GP writes to the community mental health team.")
p.svc("other", "prior", "under a child arrangements order made by the family court in 2022", detail="Family court (child arrangements order)")
p.svc("mh_inpatient", "after", "is detained in a medium secure unit")
cases.append(case(
    d, title="Mr U", review_type="iir", area="Yarrowgate", published="2025-02", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Mr U killed his nine-year-old son",
                      "Mr U pleaded guilty to manslaughter on the grounds of diminished responsibility"],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Man of 38 with paranoid schizophrenia, discharged from an inpatient ward 36 days earlier, stabbed his nine-year-old son during a contact weekend at his flat.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("parent_to_child", "Father; separated from the boy's mother, with contact every other weekend under a court order.", []),
    weapons=[wp(d, "knife", "Mr U stabbed Rohan with a kitchen knife.")],
    locations=[loc(d, "home", "at Mr U's flat in Yarrowgate during a weekend contact visit")],
    escalation_summary="Switch from depot to oral medication, no care coordinator from March 2023, uncollected prescriptions, delusional beliefs about his son reported by the mother, admission and discharge 36 days before, and missed appointments.",
    markers=[mk(d, "discharged_or_absconded", "He had been discharged from an acute inpatient ward 36 days before the homicide."),
             mk(d, "stopped_medication", "GP notes that Mr U has not collected his repeat prescription for two months."),
             mk(d, "disengaged_services", "Two outpatient appointments not attended.")],
    problems=[
        ("No care coordinator allocated for more than five months, including after admission.",
         "Yarrowgate and Nunsworth Mental Health NHS Trust (CMHT)", "Unallocated patients",
         "The community mental health team did not allocate a care coordinator for more than five months"),
        ("No means of checking adherence after the switch to oral medication.",
         "Yarrowgate and Nunsworth Mental Health NHS Trust (CMHT)", "Medication monitoring",
         "the team did not put in place any means of checking that Mr U was taking his tablets"),
        ("The risk assessment did not consider the risk to his son; inpatient staff did not ask about children.",
         "Yarrowgate and Nunsworth Mental Health NHS Trust", "Risk to children",
         "Mr U's risk assessment was silent about any danger to his son"),
        ("The duty worker did not escalate the mother's call about his delusional beliefs or arrange a visit.",
         "Yarrowgate and Nunsworth Mental Health NHS Trust (CMHT duty)", "Listening to families",
         "did not escalate it to a clinician or arrange a visit"),
        ("No referral to children's social care although his beliefs concerned his son.",
         "Yarrowgate and Nunsworth Mental Health NHS Trust", "Safeguarding children",
         "Staff did not make a referral to children's social care"),
        ("Discharge planning did not involve the mother or consider supervised contact.",
         "Yarrowgate and Nunsworth Mental Health NHS Trust (inpatient)", "Discharge planning",
         "The discharge planning meeting did not involve Mrs U"),
        ("Home treatment closed after one visit, relying on his own account.",
         "Yarrowgate and Nunsworth Mental Health NHS Trust (home treatment team)", "Discharge follow-up",
         "The home treatment team closed Mr U's episode after one visit"),
        ("The Trust did not respond to the GP's letter about uncollected prescriptions.",
         "Yarrowgate and Nunsworth Mental Health NHS Trust", "Primary-secondary care communication",
         "The Trust did not respond to the GP's letter of April 2023"),
        ("No referral to substance misuse services on discharge.",
         "Yarrowgate and Nunsworth Mental Health NHS Trust (inpatient)", "Dual diagnosis",
         "there was no referral to substance misuse services on discharge"),
    ]))

# ---------------------------------------------------------------- f6_08
d = D("f6_08_iir_ms_o_brief.txt")
v = Person(d, "v1", "victim", name="Mr Teague", age_band="adult_unknown", gender="male")
p = Person(d, "p1", "perpetrator", name="Ms O", age=31, gender="female", living="residential")
p.char("mental_health_current", "Ms O was diagnosed with schizoaffective disorder in 2016.")
p.char("homelessness", "She had been living in a hostel for homeless women since 2021")
p.char("domestic_abuse", "She had herself experienced domestic abuse from a former partner over several years.",
       "after leaving a violent relationship", subtypes=["physical"])
p.char("alcohol_misuse", "She drank heavily, often starting in the morning")
p.char("self_harm", "had a history of cutting and overdoses, the most recent in 2020")
p.char("carrying_weapons", "she carried a kitchen knife in her bag \"for protection\"")
p.char("non_engagement", "Ms O was referred twice but did not attend an appointment.",
       "after she missed three appointments")
p.svc("mh_community", "prior", "Vantridge community mental health team: care coordination from 2016 to February 2022.")
p.svc("voluntary_sector", "prior", "The hostel (Wayfarer House, run by a housing charity).")
p.svc("gp", "prior", "The GP saw Ms O promptly after discharge and restarted her medication.")
p.svc("police", "prior", "The day before the homicide she was arrested for shoplifting, held in police custody for eleven hours")
p.svc("mh_other", "prior", "seen by the liaison and diversion team")
p.svc("police", "after", "Ms O was arrested nearby, still holding the knife.")
p.svc("prison", "after", "She was remanded to prison")
p.svc("mh_inpatient", "after", "transferred to a medium secure hospital under the Mental Health Act")
cases.append(case(
    d, title="Ms O", review_type="iir", area="Vantridge", published="2024-06", incident_year=2022,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["Ms O, who was 31, stabbed a man in his sixties, Mr Teague, at the main bus station in Vantridge",
                      "found guilty of manslaughter on the grounds of diminished responsibility"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Woman of 31 with schizoaffective disorder, recently discharged from the community mental health team and released from police custody, stabbed a man in his sixties she did not know at a bus station.",
    reference_individual="perpetrator", people=[v, p],
    relationship=("stranger", "They did not know each other.", []),
    weapons=[wp(d, "knife", "still holding the knife")],
    locations=[loc(d, "street_public", "at the main bus station in Vantridge")],
    escalation_summary="Discharged from the CMHT for non-attendance in February 2022, carrying a knife for protection, heavy drinking, and released from police custody the day before the homicide.",
    markers=[mk(d, "released_from_custody", "The day before the homicide she was arrested for shoplifting, held in police custody for eleven hours"),
             mk(d, "carrying_weapons", "she carried a kitchen knife in her bag \"for protection\""),
             mk(d, "disengaged_services", "after she missed three appointments")],
    problems=[
        ("Discharged from the CMHT for missed appointments without trying to see her at the hostel or speaking to staff.",
         "Vantridge Community Health and Wellbeing NHS Trust (CMHT)", "Discharge for non-attendance",
         "The team did not try to see her at the hostel, and did not speak to hostel staff, before discharging her."),
        ("The discharge letter did not mention the knife or overdoses.",
         "Vantridge Community Health and Wellbeing NHS Trust (CMHT)", "Risk information to primary care",
         "The discharge letter to the GP did not mention the knife or her history of overdoses"),
        ("The knife report was not added to the risk assessment and no plan was made.",
         "Vantridge Community Health and Wellbeing NHS Trust (CMHT)", "Weapons and risk assessment",
         "was not added to her risk assessment, and no plan was made to remove the knife or report it"),
        ("Liaison and diversion relied on her own account without CMHT records; no follow-up.",
         "Liaison and diversion service", "Access to records",
         "relied on Ms O's own account that she was \"fine\" and \"seeing her team\". No follow-up was arranged."),
        ("Missed appointments treated as choice rather than a sign of deterioration; no trauma-informed approach.",
         "Vantridge Community Health and Wellbeing NHS Trust (CMHT)", "Trauma-informed engagement",
         "Her missed appointments were treated as a choice not to engage"),
    ]))

# ---------------------------------------------------------------- f6_09
d = D("f6_09_sar_mr_ivor_web.html")
v = Person(d, "v1", "victim", name="Mr Ivor", age=79, gender="male", living="alone")
v.char("chronic_illness", "He had chronic obstructive pulmonary disease")
v.char("alcohol_misuse", "He drank most days, usually whisky")
v.char("other", "over the last ten years the collecting had filled his flat", detail="Hoarding")
v.char("non_engagement", "Mr Ivor repeatedly refused offers of help")
v.char("social_isolation", "He never married and had no close family")
v.svc("gp", "prior", "His GP practice, which saw him for COPD reviews")
v.svc("adult_social_care", "prior", "Wexholme Council adult social care, which completed two Care Act assessments, in 2021 and 2023.")
v.svc("housing", "prior", "Wexholme Homes, his landlord, which carried out annual gas safety checks and tenancy visits.")
v.svc("other", "prior", "Wexholme Fire and Rescue Service, which carried out a home fire safety visit in 2022.", detail="Fire and rescue service")
v.svc("ambulance", "prior", "The ambulance service and Wexholme General Hospital, after a fall in March 2023")
v.svc("acute_health", "prior", "when he spent nine days on a medical ward")
cases.append(case(
    d, title="Mr Ivor", review_type="sar", area="Wexholme", published="2024-11", incident_year=2024,
    role="overview_report", decision="exclude", reason="self_neglect",
    screening_quotes=["he died as a result of self-neglect",
                      "Police enquiries established that no other person played any part in his death."],
    category=None, incident_type=None, fatal=True,
    description="Man of 79 living alone with COPD and hoarding died of hypothermia and pneumonia in an unheated flat after refusing help; self-neglect.",
    reference_individual="victim", people=[v],
    problems=[
        ("Each professional accepted his refusals and closed their involvement.",
         "Multiple agencies", "Refusal of care",
         "Each time, the professional concerned accepted his refusal and closed their involvement."),
        ("No mental capacity assessment about refusing care and heating repairs; capacity assumed.",
         "Wexholme Council adult social care", "Mental capacity",
         "Adult social care did not carry out a mental capacity assessment"),
        ("The landlord did not tell adult social care or the GP he was going into winter without heating.",
         "Wexholme Homes", "Information sharing",
         "did not tell adult social care or his GP that Mr Ivor was going into winter without heating"),
        ("The fire service referral was logged as information only and not linked to his case.",
         "Wexholme Council adult social care", "Referral handling",
         "The referral was logged as \"information only\" and was not linked to his open case."),
        ("No multi-agency meeting under the self-neglect protocol.",
         "Multiple agencies", "Self-neglect protocol",
         "No agency called a multi-agency meeting under the Board's self-neglect and hoarding protocol"),
        ("Hospital discharge went ahead without a home visit.",
         "Wexholme General Hospital", "Hospital discharge",
         "Hospital discharge in March 2023 went ahead without a home visit"),
    ]))

# ---------------------------------------------------------------- f6_10
d = D("f6_10_sar_desmond_7min.txt")
v = Person(d, "v1", "victim", name="Desmond", age=58, gender="male", living="residential")
v.char("learning_disability", "He had Down's syndrome and a moderate learning disability")
v.char("other", "in 2022 he was diagnosed with dementia", detail="Dementia")
v.char("other", "Desmond developed dysphagia (difficulty swallowing)", detail="Dysphagia")
v.svc("private_sector", "prior", "a residential care home for adults with learning disabilities run by a private provider")
v.svc("other", "prior", "a speech and language therapist from the community learning disability team assessed him",
      detail="Community learning disability team (speech and language therapy)")
v.svc("acute_health", "prior", "In September 2023 Desmond had been admitted to hospital with a chest infection")
v.svc("gp", "prior", "the letter went to his GP and not to the home")
v.svc("adult_social_care", "prior", "Ormsgate Council, which funded Desmond's placement, carried out its annual review by telephone in October 2023.")
cases.append(case(
    d, title="Desmond", review_type="sar", area="Ormsgate", published="2025-04", incident_year=2023,
    role="briefing", decision="exclude", reason="poor_care_management",
    screening_quotes=["died four days later of aspiration pneumonia",
                      "There was no suggestion that anyone intended to harm Desmond."],
    category=None, incident_type=None, fatal=True,
    description="Man of 58 with Down's syndrome, dementia and dysphagia choked in his care home on food that his eating plan ruled out and died of aspiration pneumonia; poor management of care needs.",
    reference_individual="victim", people=[v],
    problems=[
        ("The agency worker had not been shown the eating and drinking plan; the induction did not cover it.",
         "Millrace Court (care home provider)", "Agency staff induction",
         "The agency worker had not been shown Desmond's eating and drinking plan."),
        ("The daily care plan still said normal diet and had not been updated.",
         "Millrace Court (care home provider)", "Care planning",
         "had not been updated after the August 2023 assessment"),
        ("The home was short-staffed on the evening he choked.",
         "Millrace Court (care home provider)", "Staffing",
         "The home was short-staffed on the evening Desmond choked"),
        ("The hospital discharge letter went to the GP not the home; no swallowing review arranged.",
         "Ormsgate Royal Hospital; GP", "Hospital discharge communication",
         "the letter went to his GP and not to the home, and no review was arranged"),
        ("The commissioner's annual review by telephone did not ask about the admission or swallowing.",
         "Ormsgate Council (commissioning)", "Placement reviews",
         "The reviewer did not ask about his recent admission or his swallowing."),
    ]))

# ---------------------------------------------------------------- f6_11
d = D("f6_11_cspr_jesse_exec.txt")
v = Person(d, "v1", "victim", name="Jesse", age=11, gender="male", living="family_home")
v.char("chronic_illness", "Jesse had type 1 diabetes, diagnosed when he was six.")
v.char("parent_mental_health", "His mother had experienced depression for many years")
v.char("child_in_need_protection", "Jesse was made subject to a child in need plan in December 2022")
v.char("abuse_neglect_child", "his medical needs were not met at home", subtypes=["neglect"])
v.svc("acute_health", "prior", "He was under the paediatric diabetes team at Quellmoor District Hospital",
      "He was admitted to hospital with diabetic ketoacidosis in March 2021 and again in November 2022.")
v.svc("csc_cin_cp", "prior", "Jesse was made subject to a child in need plan in December 2022")
v.svc("school", "prior", "the school noticed that Jesse was losing weight")
v.svc("gp", "prior", "repeat prescriptions for insulin were not collected for the last seven weeks of Jesse's life")
cases.append(case(
    d, title="Jesse", review_type="scr", area="Quellmoor", published="2025-01", incident_year=2023,
    role="executive_summary", decision="exclude", reason="extreme_neglect",
    screening_quotes=["died in May 2023, aged 11, from diabetic ketoacidosis",
                      "he had not received insulin for several days before his death",
                      "It followed a long period in which his medical needs were not met at home"],
    category=None, incident_type=None, fatal=True,
    description="Boy of 11 with type 1 diabetes died of diabetic ketoacidosis after not receiving insulin; failure to meet medical needs.",
    reference_individual="victim", people=[v],
    problems=[
        ("Missed clinic appointments were recorded as did not attend and he was discharged, without seeing repeated non-attendance as a safeguarding concern.",
         "Quellmoor District Hospital paediatric diabetes team", "Was not brought",
         "The team did not consider that an eight-year-old child cannot take himself to clinic"),
        ("The child in need plan was closed on one attendance and the mother's account, without checking with the diabetes team.",
         "Children's social care", "Closure of child in need plans",
         "The social worker did not check with the diabetes team"),
        ("The school saw signs of high blood sugar but told only the mother.",
         "School", "Escalation of health concerns",
         "They told Jesse's mother but did not inform the diabetes team, the school nurse or children's social care."),
        ("The GP practice did not notice insulin was not being collected.",
         "GP practice", "Uncollected prescriptions",
         "The practice had no system for flagging uncollected prescriptions for children with long-term conditions."),
        ("The effect of the mother's depression on her care of him was not assessed; the GP was not asked to contribute.",
         "Multiple agencies", "Parental mental health",
         "no professional considered how it affected her ability to manage Jesse's insulin"),
    ]))

# ---------------------------------------------------------------- f6_12
d = D("f6_12_dhr_odette_first_person.txt")
v = Person(d, "v1", "victim", name="Odette", age=44, gender="female", living="family_home")
v.char("domestic_abuse", "Odette experienced coercive and controlling behaviour, and economic abuse, from her husband over many years.",
       "He told her she was stupid and that no one else would have her.",
       subtypes=["coercive_control", "financial", "emotional"])
v.char("mental_health_current", "Odette was seen by her GP on many occasions from 2018 for depression and anxiety.")
v.char("self_harm", "In February 2021 Odette took an overdose of her tablets.")
v.char("social_isolation", "Her depression, her isolation and the overdose in 2021")
v.svc("gp", "prior", "Odette was seen by her GP on many occasions from 2018 for depression and anxiety.")
v.svc("mh_iapt_early_intervention", "prior", "referred to Ulvercote Talking Therapies twice, in 2019 and 2021",
      "Ulvercote Talking Therapies discharged Odette in both 2019 and 2021 after she missed two appointments.")
v.svc("acute_health", "prior", "Graham drove her to the emergency department at Ulvercote Infirmary.")
v.svc("mh_other", "prior", "She was seen by the liaison psychiatry team and then followed up at home by the crisis resolution and home treatment team for two weeks.")
v.svc("police", "prior", "She was found by officers at a railway station four hours later and taken home.")
v.svc("domestic_abuse_services", "prior", "Odette telephoned Ulvercote Women's Aid and spoke to an adviser for twenty minutes.")
p = Person(d, "p1", "perpetrator", name="Graham", age=47, gender="male", living="family_home")
cases.append(case(
    d, title="Odette", review_type="dhr", area="Ulvercote", published="2025-03", incident_year=2023,
    role="overview_report", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["The coroner concluded that she took her own life.",
                      "there is no sign that another person was physically involved in her death."],
    category=None, incident_type="suicide", fatal=True,
    description="Woman of 44 took her own life after years of coercive control and economic abuse by her husband; a DHR was held, but the death was a suicide with no peer-violence element.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Husband; married in 2004, living together.", [
        rc(d, "coercive_control", "Graham took control of Odette's life piece by piece"),
        rc(d, "financial_abuse", "He held all the money, gave her an allowance, and checked the receipts."),
        rc(d, "emotional_abuse", "He told her she was stupid and that no one else would have her."),
        rc(d, "domestic_abuse", "domestic abuse appears to have been part of the context of her life"),
    ]),
    problems=[
        ("The liaison psychiatry assessment after the overdose was done with her husband present; she was not seen alone or asked about the relationship.",
         "Ulvercote Infirmary liaison psychiatry", "Seeing the patient alone",
         "Odette was not seen alone at any point, and no one asked her about her relationship."),
        ("The crisis team never saw her on her own although the husband answered for her.",
         "Crisis resolution and home treatment team", "Seeing the patient alone",
         "The team did not arrange to see Odette on her own."),
        ("Talking Therapies discharged her twice after missed appointments without trying another contact route.",
         "Ulvercote Talking Therapies", "Discharge for non-attendance",
         "The service did not try to contact Odette by any other route before discharging her."),
        ("The GP never asked about domestic abuse across more than twenty consultations and did not explore her remark.",
         "GP practice", "Routine enquiry",
         "The GP practice did not ask Odette about domestic abuse in any of her consultations"),
        ("Police returned her to her husband without asking why she had left; recorded only as missing, no DASH.",
         "Ulvercote Police", "Missing episodes and domestic abuse",
         "the officers returned her to her husband without asking her why she had left or whether she wanted to go home"),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
