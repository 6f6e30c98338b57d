"""Build gold_b.json for batch-f19, part b (documents f19_07-f19_12), from the hand coding below.

Run from anywhere: python3 examples/batch-f19/build_gold_b.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
The .txt and .md documents are read with wrapped=True (whitespace collapsed); every prose paragraph
is one line, so each quote lies inside one paragraph. Markdown quotes avoid the ** and > markup.
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


# ---------------------------------------------------------------- f19_07
d = D("f19_07_cspr_poppy_agency_sections_strategy_discussion.txt")
MASH = "Nettlebrook Council Children's Services (MASH)"
POL = "Nettlebrook Constabulary"
HV = "Nettlebrook Community Health NHS Trust (health visiting)"
NUR = "Pippin Tree Nursery"
v = Person(d, "v1", "victim", name="Poppy", age=2, gender="female", ethnicity="white_british",
           ethnicity_detail="Poppy was a White British girl.", living="family_home")
v.char("abuse_neglect_child", "the fatal injuries had been deliberately inflicted within a few hours of her collapse",
       "bruising of different ages to her back, arms and ears", subtypes=["physical"])
v.char("witnessing_violence", "Rhian told officers that Poppy had been in the room and had been crying.",
       "The presence and distress of a two-year-old during an assault on her mother")
v.char("parent_mental_health", "Since her mid-teens Rhian had seen her GP for anxiety and depression.")
v.char("absent_parents", "Poppy's father left the household when she was three months old and played no part in her life after that.")
v.svc("other", "prior", "Poppy started at Pippin Tree Nursery in September 2023.", detail="Nursery (early years setting)")
v.svc("health_visitor", "prior", "The health visiting service saw Poppy at all of the mandated contacts up to her two-year review")
v.svc("gp", "prior", "Poppy was registered at Rowanfield Surgery and was seen there for routine immunisations")
v.svc("acute_health", "prior", "Poppy was taken to the emergency department once during the review period, on 29 December 2023, with a burn to the back of her hand.")
v.svc("csc_cin_cp", "prior", "The nursery's referral on 7 February 2024 was handled by a qualified social worker.",
      "the threshold for a strategy discussion under section 47 of the Children Act 1989 was met")
p = Person(d, "p1", "perpetrator", name="Travis", age=29, gender="male", living="family_home")
p.char("offending", "He had convictions for burglary, for possessing cannabis with intent to supply")
p.char("history_of_violence", "in 2021, for assaulting a previous partner")
p.char("drug_dealing", "possessing cannabis with intent to supply")
p.char("substance_misuse", "He had been smoking cannabis daily since his early teens")
p.char("unemployment", "he was unemployed for all of the period under review")
p.char("financial_issues", "a lot of debt")
p.char("non_engagement", "He did not complete the programme.",
       "he did not attend the domestic abuse programme after the first three sessions")
p.svc("probation", "prior", "The Probation Service supervised Travis from 2021 to June 2023.")
p.svc("police", "prior", "Travis was arrested two days later, interviewed and released under investigation.")
p.svc("prison", "after", "the judge imposed a life sentence")
cases.append(case(
    d, title="Poppy", review_type="scr", area="Nettlebrook", published="2025-06", incident_year=2024,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Travis, who was her mother's boyfriend and had been living in the flat for about four months, was charged with her murder.",
                      "a jury at Nettlebrook Crown Court found him guilty"],
    category="within_family_violence_children", incident_type="homicide", fatal=True,
    description="Girl of two killed by her mother's boyfriend, who cared for her while her mother worked, after two police domestic abuse notifications were closed and an agreed strategy discussion was never held.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Mother's boyfriend, living in the household from November 2023 and left to care for her while the mother worked.", [
        rc(d, "physical_abuse", "the fatal injuries had been deliberately inflicted within a few hours of her collapse"),
        rc(d, "carer", "Travis was looking after Poppy while Rhian was at work"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "a severe head injury, a tear to her liver")],
    locations=[loc(d, "home", "She was taken from her home to Nettlebrook General Hospital")],
    escalation_summary="Travis moved in in November 2023; in December he smashed Rhian's phone and pushed her, then held her by the hair in front of Poppy; from January Poppy had repeated bruises at nursery and grew quieter; a strategy discussion agreed in February was cancelled and not rebooked, her nursery attendance fell away, and she was fatally injured in March while in his sole care.",
    markers=[mk(d, "threats_property_damage", "Travis had thrown Rhian's phone against the wall",
                "an escalation from a smashed phone to restraint")],
    problems=[
        ("MASH screening closed two domestic abuse notifications by letter without checking the suspect's history.",
         MASH, "Checking the adult who poses the risk",
         "The social work assistant did not search Travis's name"),
        ("Two notifications in a month with escalating abuse should have taken the case above closure by letter.",
         MASH, "Thresholds for domestic abuse notifications",
         "should in themselves have taken the case above the threshold for closure by letter"),
        ("The police notification left out the suspect's conviction for assaulting a partner.",
         POL, "Information in notifications",
         "This was written in the body of the incident log but was not included in the notification sent to the MASH"),
        ("The second DASH was graded standard despite answers showing escalation, and the supervisor did not upgrade it or record why.",
         POL, "Risk assessment",
         "The supervisor who reviewed the second assessment did not upgrade it, and did not record why."),
        ("The full statement describing the child's distress was not sent to the MASH.",
         POL, "Information sharing",
         "That statement was not sent to the MASH."),
        ("Police did not ask what had happened to the cancelled strategy discussion or open an enquiry of their own.",
         POL, "Strategy discussions",
         "the police did not record the nursery's referral as a crime or begin any enquiry of their own"),
        ("The child's presence and distress during the assaults were not seen as harm to her.",
         MULTI, "Children living with domestic abuse",
         "The presence and distress of a two-year-old during an assault on her mother was not seen as harm to Poppy in its own right."),
        ("The health visitor did not name or check the new man in the household or ask the mother alone about her safety.",
         HV, "New adults in the household",
         "The health visitor did not ask his name, did not ask whether he lived there"),
        ("Domestic abuse notifications were filed without being read, under an unrecorded workaround.",
         HV, "Reading notifications",
         "filed on Poppy's health record without being read by a health visitor"),
        ("The invitation to the strategy discussion went to an unmonitored inbox and was not answered.",
         HV, "Strategy discussions",
         "The email went to the same generic inbox and no reply was sent."),
        ("No universal service identified, named or checked the new adult male.",
         MULTI, "New adults in the household",
         "A new adult male in a household with a young child was not identified, named or checked by any of the universal services that met him"),
        ("The covering deputy did not review the existing-injury file, so the bruises were not read together.",
         NUR, "Recording and reviewing injuries",
         "the deputy who covered for her did not look back at the existing-injury file"),
        ("The nursery did not follow up its referral when it heard nothing back.",
         NUR, "Escalation",
         "The nursery did not follow up when it heard nothing back."),
        ("The nursery did not follow its own attendance policy as the absences mounted.",
         NUR, "Attendance",
         "this did not happen, because the absences were recorded as"),
        ("Nursery staff did not know of the Partnership's escalation procedure.",
         NUR, "Escalation procedure",
         "did not use the Partnership's escalation procedure, which staff said they had not heard of"),
        ("The GP did not ask about the household or whether the mother felt safe at home.",
         "Rowanfield Surgery", "Routine enquiry",
         "The GP did not ask who shared the household or whether Rhian felt safe at home"),
        ("An agreed strategy discussion was cancelled by a new social worker without a manager's knowledge and not rebooked.",
         MASH, "Strategy discussions",
         "She did not tell the team manager and did not speak to Rhian."),
        ("The case management system did not flag an agreed but unheld strategy discussion.",
         MASH, "Management oversight",
         "The case management system did not flag that a strategy discussion had been agreed but not held"),
        ("Probation did not pass on that the man was forming a relationship with a mother of a young child.",
         "Probation Service", "Information sharing at the end of an order",
         "took no further action because the order was ending"),
        ("The emergency department did not check a burn to a two-year-old brought by the mother's partner.",
         "Nettlebrook General Hospital", "Injuries in young children",
         "the nurse did not think the guidance applied, and no check was made with Children's Services"),
        ("Workarounds produced by staff shortages were never sanctioned or reviewed.",
         MULTI, "Workforce pressure",
         "the workarounds were never sanctioned and never reviewed"),
    ]))

# ---------------------------------------------------------------- f19_08
d = D("f19_08_dhr_winifred_council_press_release.html")
v = Person(d, "v1", "victim", name="Winifred", age=86, gender="female", living="family_home")
v.char("domestic_abuse", "Ronan took control of his grandmother's bank card and withdrew most of her state pension each month.",
       subtypes=["financial"])
v.char("disability", "She used a walking frame after a hip replacement")
v.svc("private_sector", "prior", "staff at Winifred's bank, Ravensgate Bank, saw repeated cash withdrawals at the maximum daily limit")
v.svc("other", "prior", "a home carer reported her worries about money to the care agency in 2022", detail="Home care agency")
v.svc("adult_social_care", "prior", "the agency passed them to Tidewell adult social care")
v.svc("gp", "prior", "her GP at Palmer Street Surgery recorded that she had lost weight")
p = Person(d, "p1", "perpetrator", name="Ronan", age=31, gender="male", living="family_home")
p.char("unemployment", "He moved in with her in 2021 after losing his job and his flat.")
p.char("alcohol_misuse", "Ronan's own drinking and gambling debts")
p.char("financial_issues", "Ronan's own drinking and gambling debts")
p.svc("prison", "after", "was jailed for fourteen years")
cases.append(case(
    d, title="Winifred", review_type="dhr", area="Tidewell", published="2025-10", incident_year=2023,
    role="other", decision="include", reason="homicide",
    screening_quotes=["killed in her own home by her grandson",
                      "In November 2023 he was convicted of her manslaughter"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 86 struck with a walking stick by the grandson who lived with her and had been taking her pension; convicted of manslaughter.",
    reference_individual=None, people=[v, p],
    relationship=("other_family", "Grandson living with his grandmother since 2021.", [
        rc(d, "financial_abuse", "withdrew most of her state pension each month"),
        rc(d, "physical_abuse", "he struck Winifred repeatedly with a walking stick"),
        rc(d, "domestic_abuse", "agencies did not recognise a grandson taking an older woman's money as domestic abuse"),
    ]),
    weapons=[wp(d, "blunt_object", "he struck Winifred repeatedly with a walking stick")],
    locations=[loc(d, "home", "killed in her own home by her grandson")],
    escalation_summary="For almost two years the grandson controlled her bank card and took most of her pension while she went without food; in April 2023, during an argument about money, he struck her repeatedly with a walking stick.",
    markers=[mk(d, "threats_property_damage", "during an argument about money"),
             mk(d, "stress_debt_housing", "Ronan's own drinking and gambling debts")],
    problems=[
        ("The bank saw repeated maximum withdrawals and a change of statement address but did not contact her or raise a concern.",
         "Ravensgate Bank", "Financial abuse",
         "but did not contact her or raise a concern"),
        ("Adult social care closed the enquiry on a phone call in which the grandson answered for her.",
         "Tidewell adult social care", "Hearing the adult",
         "the enquiry was closed on the strength of one telephone call in which Ronan answered for his grandmother"),
        ("She was never seen alone by a social worker or asked whether she wanted help with her money.",
         "Tidewell adult social care", "Seeing the adult alone",
         "Winifred was never seen on her own by a social worker"),
        ("The GP accepted the grandson's explanation for weight loss and a bruise and did not ask her directly.",
         "Palmer Street Surgery", "Professional curiosity",
         "but accepted Ronan's explanation and did not ask Winifred directly"),
        ("Agencies did not recognise a grandson taking an older woman's money as domestic abuse.",
         "Multiple agencies", "Financial abuse as domestic abuse",
         "agencies did not recognise a grandson taking an older woman's money as domestic abuse"),
    ]))

# ---------------------------------------------------------------- f19_09
d = D("f19_09_scr_nia_cse_learning_brief.md")
POLV = "Vellmouth Police"
v = Person(d, "v1", "victim", name="Nia", age=13, gender="female", ethnicity="white_british",
           ethnicity_detail="Nia is a White British girl", living="family_home")
v.char("criminal_exploitation", "Nia was sexually exploited by a number of adult men in Vellmouth")
v.char("abuse_neglect_child", "she had been raped", "Several of the men passed her between them.", subtypes=["sexual"])
v.char("grooming", "gave her vodka, cannabis, a mobile phone and lifts, and then demanded sex in return")
v.char("missing_episodes", "she was reported missing from home on fourteen occasions")
v.char("parental_separation", "Her parents separated when she was six.")
v.char("child_in_need_protection", "agreed a child protection plan with sexual abuse as the category of harm")
v.char("victim_of_crime", "Five men were later convicted of offences including rape of a child under 16")
v.char("non_engagement", "she declined the first eight")
v.svc("police", "prior", "recorded each missing episode and returned Nia home")
v.svc("school", "prior", "made two referrals to children's social care about her attendance and the cars")
v.svc("other", "prior", "She attended the Vellmouth Sexual Health Service three times for emergency contraception",
      detail="Sexual health service")
v.svc("csc_cin_cp", "prior", "The second led to a child and family assessment",
      "agreed a child protection plan with sexual abuse as the category of harm")
v.svc("youth_service", "prior", "she disclosed to a youth worker from Skylark Young People's Service that she had been raped")
p = Person(d, "p1", "perpetrator", name="Five convicted men (grouped)", age_band="adult_unknown", gender="male")
p.svc("prison", "after", "received sentences of between six and eighteen years")
cases.append(case(
    d, title="Nia", review_type="scr", area="Vellmouth", published="2019-09", incident_year=2017,
    role="briefing", decision="include", reason="sexual_abuse",
    screening_quotes=["Nia was sexually exploited by a number of adult men in Vellmouth",
                      "Five men were later convicted of offences including rape of a child under 16 and sexual activity with a child"],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Girl of 13 sexually exploited over ten months by several adult men who gave her alcohol, drugs and gifts; five men convicted after she disclosed rape to a youth worker.",
    reference_individual="victim", people=[v, p],
    relationship=("other", "Adult men unrelated to her who groomed and exploited her.", [
        rc(d, "sexual_abuse", "demanded sex in return"),
    ]),
    locations=[loc(d, "other", "a flat above a takeaway in the town centre", detail="Flat above a takeaway")],
    escalation_summary="At 13 she was seen getting into cars outside school and began going missing, fourteen times in ten months; men gave her vodka, cannabis, a phone and lifts and then demanded sex, and passed her between them, until she disclosed rape to a youth worker in January 2018.",
    markers=[mk(d, "missing_moving", "she was reported missing from home on fourteen occasions")],
    problems=[
        ("Officers who found her with an adult man treated it as a missing episode only and did not arrest him.",
         POLV, "Pursuing perpetrators",
         "they treated it as a missing episode only and did not arrest him"),
        ("The assessment closed the case as a teenager making poor choices.",
         "Vellmouth children's social care", "Language of choice",
         "concluded she was \"a teenager making poor choices\" and closed the case with advice to her mother"),
        ("The sexual health service recorded her as 16 at her first visit.",
         "Vellmouth Sexual Health Service", "Age and consent",
         "completed its risk screening tool at her first visit but recorded her as 16"),
        ("Records described her as the problem; the language of choice hid that adults were abusing a child who could not consent.",
         MULTI, "Language of choice",
         "The language of choice hid the fact that a 13-year-old cannot consent and that adults were abusing her."),
        ("Missing episodes were recorded one by one and not put together with the other signs.",
         MULTI, "Missing episodes",
         "Fourteen episodes were recorded one by one."),
        ("Police had one man's name in October and did not investigate until after her disclosure; disruption tools were not used.",
         POLV, "Pursuing perpetrators",
         "Police had the name of one man in October 2017 and did not investigate him until after her disclosure three months later."),
        ("Disruption tools such as abduction notices were not used.",
         POLV, "Disruption",
         "Disruption tools such as abduction notices were not used."),
        ("The assessment did not speak to her alone or ask the school what it had seen.",
         "Vellmouth children's social care", "Speaking to the child",
         "the assessment that followed did not speak to Nia on her own and did not ask the school what it had seen"),
    ]))

# ---------------------------------------------------------------- f19_10
d = D("f19_10_cspr_ruby_rapid_review_online_bullying.txt")
COL = "Orrin Vale Sixth Form College"
v = Person(d, "v1", "victim", name="Ruby", age=17, gender="female", ethnicity="white_british",
           ethnicity_detail="She was a White British young woman", living="family_home")
v.char("bullying", "Ruby was subjected to a sustained campaign of online bullying by a group of around six students from her year at the college")
v.char("lgbtqi", "after she told two close friends that she was gay")
v.char("self_harm", "She said that she had been cutting her arms \"a few times\" since December.")
v.char("mental_health_current", "Ruby saw a GP in January 2024 with low mood and poor sleep.")
v.char("victim_of_crime", "closed the report as a malicious communications matter")
v.svc("school", "prior", "Ruby's personal tutor was told about the photograph by another student in November 2023.")
v.svc("gp", "prior", "Ruby saw a GP in January 2024 with low mood and poor sleep.")
v.svc("camhs", "prior", "The referral was screened in February 2024 and put on the waiting list for a first assessment")
v.svc("police", "prior", "Ruby's mother reported the edited photograph to the police in March 2024.")
p = Person(d, "p1", "perpetrator", name="Group of students in her year (grouped)", age_band="16_17")
p.svc("police", "after", "Police have investigated the messages.")
cases.append(case(
    d, title="Ruby", review_type="scr", area="Yelverdon", published="2024-08", incident_year=2024,
    role="executive_summary", decision="include", reason="suicide_peer_violence",
    screening_quotes=["Ruby took her own life at the family home in May 2024",
                      "Ruby was subjected to a sustained campaign of online bullying by a group of around six students from her year at the college"],
    category="youth_peer_violence", incident_type="suicide", fatal=True,
    description="Girl of 17 took her own life after seven months of online bullying, including a sexualised edited image, by students in her college year after she was outed as gay.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "Students in her year group at sixth form college.", [
        rc(d, "emotional_abuse", "Messages told her that everyone hated her and, in the weeks before her death, that she should kill herself."),
        rc(d, "other", "An edited photograph of Ruby was shared across at least three platforms with sexual comments.",
           detail="Sharing of a sexualised edited image"),
    ]),
    locations=[loc(d, "home", "Ruby took her own life at the family home")],
    technology=[tech(d, "social_media", "She was removed from a class group chat and a second group was set up to mock her."),
                tech(d, "online_images", "An edited photograph of Ruby was shared across at least three platforms with sexual comments.")],
    escalation_summary="Outed as gay in October 2023, she was excluded from and mocked in group chats, an edited sexualised image was shared, and messages in her last weeks told her to kill herself; she began self-harming, her attendance fell, and a CAMHS referral waited on a routine list.",
    markers=[mk(d, "self_harm_overdose", "she had been cutting her arms"),
             mk(d, "concealment_stigma", "Ruby \"kept saying it would blow over and begged me not to make it worse\"")],
    problems=[
        ("The tutor recorded the image-sharing as a friendship issue and did not tell the designated safeguarding lead.",
         COL, "Peer-on-peer abuse",
         "The tutor recorded it as a \"friendship issue\" and did not pass it to the designated safeguarding lead."),
        ("The college did not check whether the students had deleted the group.",
         COL, "Follow-up",
         "No checks were made on whether they had done so."),
        ("The college treated the image-sharing and months of messages as a falling-out, not peer-on-peer abuse.",
         COL, "Peer-on-peer abuse",
         "The college did not treat the sharing of a sexualised image of a student, and the months of messages that followed, as peer-on-peer abuse."),
        ("The GP's CAMHS referral did not mention the bullying Ruby had described.",
         "Teasel Lane Surgery", "Referral content",
         "did not mention the bullying, which Ruby had talked about in the consultation"),
        ("Information about the bullying was not passed between agencies.",
         MULTI, "Information sharing",
         "Information about the bullying was not passed between agencies."),
        ("CAMHS put a self-harming young person who was the target of daily abuse on a routine waiting list; its screening did not ask about bullying or online harm.",
         "Yelverdon CAMHS", "Screening and waiting lists",
         "The service's screening tool at that time did not ask about bullying or about online harm."),
        ("Police closed the report without speaking to Ruby and did not refer to children's social care.",
         "Yelverdon Police", "Child victims",
         "The report was closed without Ruby being seen."),
        ("No professional asked Ruby about her online life in detail.",
         MULTI, "Online harm",
         "No professional asked Ruby about her online life in any detail."),
        ("No one asked her about her sexuality or whether she had support, though it was why she was targeted.",
         MULTI, "Sexuality",
         "None of the agency records show that anyone asked her about this or about whether she had support."),
    ]))

# ---------------------------------------------------------------- f19_11
d = D("f19_11_cspr_baby_teddy_co_sleeping_sudi.md")
HVQ = "Quaymoor Community Health Trust (health visiting)"
v = Person(d, "v1", "victim", name="Teddy", age=0, gender="male", ethnicity="white_british",
           ethnicity_detail="The family are White British.", living="family_home")
v.char("parent_mental_health", "Orla had experienced postnatal depression after the birth of her first child and was prescribed an antidepressant again when Teddy was six weeks old.")
v.char("other", "Teddy was born at 36 weeks", detail="Born prematurely (36 weeks)")
v.svc("acute_health", "prior", "spent five days on the neonatal unit at Quaymoor District Hospital")
v.svc("other", "prior", "gave Orla the standard safer sleep leaflet before discharge", detail="Midwifery service")
v.svc("health_visitor", "prior", "saw the family at the new birth visit when Teddy was twelve days old")
v.svc("gp", "prior", "at Ottersby Health Centre carried out his six-to-eight-week check")
cases.append(case(
    d, title="Baby Teddy", review_type="scr", area="Quaymoor", published="2025-04", incident_year=2024,
    role="overview_report", decision="exclude", reason="death_not_caused_by_maltreatment",
    screening_quotes=["The post-mortem examination found no injuries, no fractures and no sign of any illness.",
                      "The police concluded that no one had intended Teddy any harm and took no further action.",
                      "This review does not find that anyone harmed Teddy."],
    category=None, incident_type=None, fatal=True,
    description="Baby of ten weeks died while asleep on a sofa with his father, who had been drinking; no injuries and no one harmed him; the review is about safer sleep advice.",
    reference_individual="victim", people=[v],
    problems=[
        ("Safer sleep advice was given to the mother but not to the father, who cared for the baby that night.",
         MULTI, "Safer sleep advice to fathers",
         "Safer sleep advice was given to Teddy's mother but not to his father"),
        ("The health visitor did not ask about sofa sleeping or who did the night feeds.",
         HVQ, "Safer sleep assessment",
         "The health visitor did not ask whether either parent ever slept with the baby on a sofa or chair, and did not ask who did the night feeds."),
        ("The checklist did not explore both parents' alcohol use or sleeping on a sofa after drinking.",
         HVQ, "Safer sleep checklist",
         "The safer sleep checklist did not explore alcohol use by both parents"),
        ("The alcohol question was answered by whichever parent was present; fathers were rarely asked directly.",
         MULTI, "Asking about alcohol",
         "the checklist question about alcohol is answered by whichever parent is in the room"),
        ("The advice was not repeated at the six-week contact when routines and the mother's mental health had changed.",
         HVQ, "Repeating advice",
         "The advice was not repeated at the six-week contact"),
        ("His prematurity was not linked to the safer sleep advice.",
         MULTI, "Prematurity",
         "was not linked to the safer sleep advice the family received"),
    ]))

# ---------------------------------------------------------------- f19_12
d = D("f19_12_sab_sedgewater_review_referral_policy.html")
cases.append(case(
    d, title=None, review_type="other", area="Sedgewater", published="2024-01", incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Sedgewater Safeguarding Adults Board: Learning and Review Policy",
                      "The policy does not describe any individual case."],
    category=None, incident_type=None, fatal=None,
    description="A Safeguarding Adults Board's learning and review policy: SAR criteria, how referrals are made and decided, timescales and family involvement; it describes no case.",
    reference_individual=None, people=[]))

if __name__ == "__main__":
    stats(cases, docs)  # fails, writing nothing, if any quote is missing
    write(cases, os.path.join(HERE, "gold_b.json"))
