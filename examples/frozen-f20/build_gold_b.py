"""Build gold_b.json for frozen-f20, part b (documents f20_07 to f20_12), from the hand coding below.

FROZEN held-out batch: written without running the engine; never to be tuned on, opened or read by developers.
Run from anywhere: python3 examples/frozen-f20/build_gold_b.py
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
MULTI = "Multiple agencies"


def D(name):
    d = Doc(CORPUS, name, wrapped=name.endswith(".txt"))
    docs.append(d)
    return d


# ---------------------------------------------------------------- f20_07
d = D("f20_07_dhr_winifred_learning_brief_dementia.txt")
v = Person(d, "v1", "victim", name="Winifred", age=74, gender="female", ethnicity="white_british",
           ethnicity_detail="Both were White British.", living="family_home")
v.char("caring_responsibilities", "Winifred looked after him at home with help from a home care agency.",
       "Nobody asked Winifred how she was coping as a carer.")
v.char("chronic_illness", "Winifred had rheumatoid arthritis")
v.char("social_isolation", "She rarely left the house in the last year because she would not leave Osric alone",
       "she had given up the church choir and her friendships")
v.char("domestic_abuse", "Twice he pushed her over.", "Winifred said Osric had \"got hold of her\" when he was confused",
       subtypes=["physical"])
v.svc("gp", "prior", "Both Winifred and Osric were registered with Thornleigh Surgery.",
      "Winifred saw her GP in January 2024 and said she was exhausted and not sleeping.")
p = Person(d, "p1", "perpetrator", name="Osric", age=79, gender="male", ethnicity="white_british",
           ethnicity_detail="Both were White British.", living="family_home")
p.char("other", "Osric had been diagnosed with Alzheimer's disease in 2021", detail="Dementia (Alzheimer's disease)")
p.svc("gp", "prior", "Both Winifred and Osric were registered with Thornleigh Surgery.")
p.svc("mh_other", "prior", "Osric was seen by the Ravensford Memory Assessment Service",
      detail="Ravensford Memory Assessment Service")
p.svc("adult_social_care", "prior", "the package was arranged by Ravensford Council adult social care after a needs assessment")
p.svc("private_sector", "prior", "Wynn Homecare visited twice a day from October 2023 to help Osric wash and dress",
      detail="Home care agency (Wynn Homecare)")
p.svc("police", "after", "Osric was charged with murder.")
p.svc("mh_inpatient", "after", "he now lives in a secure dementia unit")
cases.append(case(
    d, title="Winifred", review_type="dhr", area="Ravensford", published="2025-09", incident_year=2024,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["Osric struck Winifred repeatedly with a walking stick in their bedroom.",
                      "Winifred died of head injuries two days later in hospital."],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 74, her husband's carer, beaten with a walking stick by her husband of 79 who had Alzheimer's disease; found unfit to plead, he did the act and was given a hospital order.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married for more than fifty years; living together; she was his carer.", [
        rc(d, "carer", "Winifred looked after him at home with help from a home care agency."),
        rc(d, "physical_abuse", "Twice he pushed her over."),
        rc(d, "domestic_abuse", "Domestic abuse in older age was not recognised."),
    ]),
    weapons=[wp(d, "blunt_object", "struck Winifred repeatedly with a walking stick")],
    locations=[loc(d, "home", "in their bedroom")],
    escalation_summary="From mid-2023 his dementia brought suspicion, accusations of theft and evening agitation; he pushed her over twice and gripped her (a bruise seen by a carer); she told the memory service of his aggression; in March 2024 he beat her with a walking stick at night.",
    markers=[mk(d, "threats_property_damage", "accused Winifred of stealing from him, and was often agitated in the evening")],
    problems=[
        ("No carer's assessment was offered to her; the assessment was about his personal care only.",
         "Ravensford Council adult social care", "Carers' assessments",
         "No carer's assessment was offered to Winifred, although she was entitled to one."),
        ("The care worker who saw the bruise wrote it in the home log only; it did not reach the agency's office or the council.",
         "Wynn Homecare", "Information sharing",
         "it was not passed to the agency's office or to the council"),
        ("The agency's policy did not treat harm to a family carer by the person cared for as safeguarding.",
         "Wynn Homecare", "Safeguarding policy",
         "The agency's policy did not treat harm to a family carer by the person receiving care as a safeguarding matter."),
        ("The memory service treated the reported aggression as symptoms only: no risk assessment, no thought of the risk to her, no safeguarding referral.",
         "Ravensford Memory Assessment Service", "Aggression in dementia seen as symptoms only",
         "No risk assessment was carried out, the risk to Winifred was not considered, and no referral was made to adult safeguarding."),
        ("The GP did not ask about her home life or his behaviour, although the memory service letter was on file.",
         "Thornleigh Surgery", "Carer strain; joining up records",
         "the GP did not ask about her home life or about Osric's behaviour"),
        ("Practitioners did not think of domestic abuse where the person causing harm had dementia.",
         MULTI, "Domestic abuse in older age not recognised",
         "they did not think of \"domestic abuse\" when the person causing harm had dementia"),
    ]))

# ---------------------------------------------------------------- f20_08
d = D("f20_08_scr_tegan_overview_intrafamilial_csa.txt")
CSC = "Yewbank Borough Council Children's Social Care"
HOSP = "Yewbank General Hospital NHS Trust"
v = Person(d, "v1", "victim", name="Tegan", age=14, gender="female", ethnicity="white_british",
           ethnicity_detail="Tegan is a White British girl.", living="family_home")
v.char("abuse_neglect_child", "Mr W began to abuse Tegan sexually in the summer of 2014",
       subtypes=["sexual"])
v.char("grooming", "He gave her money and presents and told her that what happened was \"their secret\".",
       "used it to send her messages and to ask her for images of herself")
v.char("self_harm", "her head of year noticed cuts on Tegan's forearm",
       "having taken twelve paracetamol tablets")
v.char("mental_health_current", "recorded low mood and self-harm and referred her to Child and Adolescent Mental Health Services")
v.char("absent_parents", "Her father left the family when she was six; he lives abroad and has had no contact since.")
v.char("parental_separation", "Her father left the family when she was six")
v.char("parent_mental_health", "Tegan's mother has a long history of depression")
v.char("child_in_need_protection", "She has a child in need plan.")
v.svc("school", "prior", "In the final year at Wrayholt Primary School (2014/15) Tegan's class teacher noted",
      "In June 2017 her head of year noticed cuts on Tegan's forearm")
v.svc("other", "prior", "In her first term she was seen by the school nurse", detail="School nursing")
v.svc("gp", "prior", "Tegan was taken to Pemberley Road Medical Centre by her uncle in November 2015",
      "In July 2017 Tegan was seen by a GP")
v.svc("csc_cin_cp", "prior", "The call was taken by the duty team in the Children's Social Care front door service.",
      detail="Contact in May 2016 closed with no further action")
v.svc("camhs", "prior", "CAMHS offered Tegan an appointment in January 2018.")
v.svc("acute_health", "prior", "Tegan attended the emergency department of Yewbank General Hospital",
      "She was admitted overnight to the paediatric ward.")
v.svc("csc_cin_cp", "after", "The school referred to Children's Social Care and the police within the hour.",
      "She has a child in need plan.")
v.svc("police", "after", "Tegan gave a video-recorded interview to specially trained officers")
v.svc("other", "after", "Tegan was examined two days later at Wrayholt House",
      detail="Sexual assault referral centre (paediatric examination)")
v.svc("other", "after", "helped by a specialist children's ISVA (independent sexual violence adviser)",
      detail="Independent sexual violence adviser (ISVA)")
v.svc("camhs", "after", "helped by a specialist children's ISVA (independent sexual violence adviser) and by CAMHS")
p = Person(d, "p1", "perpetrator", name="Mr W", age=31, gender="male", living="family_home")
p.char("unemployment", "He was unemployed for most of the review period.")
p.char("offending", "He had a caution for possession of cannabis from 2009")
p.svc("police", "after", "Mr W was arrested that evening.")
p.svc("prison", "after", "sentenced to eighteen years' imprisonment")
cases.append(case(
    d, title="Tegan", review_type="scr", area="Yewbank", published="2020-02", incident_year=None,
    role="overview_report", decision="include", reason="sexual_abuse",
    screening_quotes=["who was sexually abused by her maternal uncle over a period of about four years",
                      "Mr W, was later convicted of a number of serious sexual offences against her."],
    category="child_sexual_abuse", incident_type="sexual_abuse", fatal=False,
    description="Girl sexually abused from the age of ten by her maternal uncle, who lived in the family home and cared for her at night, until at 14 she told a teacher; he was sentenced to eighteen years.",
    reference_individual="victim", people=[v, p],
    relationship=("other_family", "Maternal uncle living in the family home and looking after the children on the nights the mother worked.", [
        rc(d, "sexual_abuse", "who was sexually abused by her maternal uncle over a period of about four years"),
        rc(d, "carer", "looked after the children on the nights his sister worked"),
    ]),
    locations=[loc(d, "home", "The abuse took place at home")],
    technology=[tech(d, "mobile_phone", "used it to send her messages and to ask her for images of herself")],
    escalation_summary="Abuse began a few months after the uncle moved in (2014) and grew more serious; he groomed her with a phone, gifts and secrecy; her tiredness, stomach pains, falling attendance, self-harm (2017) and overdose (October 2017) were each seen alone; she told a teacher in March 2018.",
    problems=[
        ("Professionals saw each sign alone and none asked whether sexual abuse might explain them.",
         MULTI, "Recognising intra-familial sexual abuse",
         "none of them asked whether sexual abuse might be the explanation"),
        ("The May 2016 contact was closed without an assessment, without seeing Tegan and without speaking to other agencies.",
         CSC, "Response to contacts from the public",
         "Children's Social Care closed the May 2016 contact without an assessment, without seeing Tegan and without speaking to other agencies."),
        ("The claim that the caller had a grievance was accepted without being tested; the mother's dependence on her brother was not considered.",
         CSC, "Reliance on the parent's account",
         "The explanation that the caller had a grievance was accepted without being tested."),
        ("The contact was recorded under the mother's name, so it could not be linked to later concerns.",
         CSC, "Recording",
         "the contact was recorded under Tegan's mother's name and not under Tegan's or Mr W's"),
        ("Tegan was not seen alone by health professionals when she came with her uncle, even after an overdose, contrary to hospital guidance.",
         HOSP, "Seeing the child alone",
         "Tegan was not seen alone by health professionals when she attended with her uncle, including after an overdose, contrary to the hospital's own guidance."),
        ("CAMHS closed the referral without speaking to Tegan, and its counselling advice did not reach the school.",
         "CAMHS (single point of access)", "Declined referrals",
         "the referral was closed without anyone speaking to Tegan, and the advice that she should be offered school counselling was not passed to the school"),
        ("The school's behaviour policy did not prompt staff to consider harm behind a pattern of poor behaviour.",
         "Sedgebrook Academy", "Behaviour seen, not the child",
         "the policy did not prompt staff to consider whether a pattern of poor behaviour might indicate harm"),
        ("There was no multi-agency discussion after the overdose, and the liaison assessment did not explore home.",
         HOSP, "Response to self-harm and overdose",
         "After the overdose in October 2017, there was no multi-agency discussion."),
        ("The hospital did not tell the school about the overdose.",
         HOSP, "Information sharing",
         "There was no multi-agency response to the overdose, and the school was never told of it by the hospital."),
        ("The Board's training did not cover intra-familial child sexual abuse.",
         "Yewbank Local Safeguarding Children Board", "Training",
         "The Board's training programme for 2015 to 2018 did not include a course on intra-familial child sexual abuse."),
        ("The non-abusing mother was offered no support of her own for several months after the disclosure.",
         MULTI, "Support for the non-abusing parent",
         "Tegan's mother was not offered any support of her own for several months."),
    ]))

# ---------------------------------------------------------------- f20_09
d = D("f20_09_thematic_syv_selwyn_case_summary.md")
v = Person(d, "v1", "victim", name="Selwyn", age=22, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="He was of Black Caribbean heritage", living="family_home")
v.char("educational_exclusion", "was permanently excluded in Year 10 after a fight with another pupil")
v.char("offending", "At 16 he received a youth referral order for possession of cannabis")
v.char("witnessing_violence", "he had witnessed a stabbing near his home the previous year")
v.svc("school", "prior", "He completed his education at the Southmere Pupil Referral Unit")
v.svc("youth_offending", "prior", "was supervised by the Southmere Youth Justice Service for six months")
p = Person(d, "p1", "perpetrator", name="Mr Y", age=24, gender="male")
p.char("offending", "His record included robbery and carrying an offensive weapon")
p.char("carrying_weapons", "carrying an offensive weapon")
p.svc("prison", "prior", "had been released on licence from prison eight weeks earlier")
p.svc("probation", "prior", "The Probation Service was supervising him.")
p.svc("prison", "after", "he must serve at least 34 years of a life sentence")
cases.append(case(
    d, title="Selwyn", review_type="other", area="Southmere", published="2025-06", incident_year=2022,
    role="other", decision="include", reason="homicide",
    screening_quotes=["was 22 when he was shot dead outside a nightclub on Tarnwick Street",
                      "A jury convicted him of murder in 2023"],
    category="youth_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 22 shot dead outside a nightclub by a stranger of 24, recently released on licence, after an argument over a spilt drink.",
    reference_individual="victim", people=[v, p],
    relationship=("stranger", "No link between them; an argument between the stranger and the victim's friend.", []),
    weapons=[wp(d, "gun", "returned a few minutes later with a handgun, and fired three shots")],
    locations=[loc(d, "street_public", "shot dead outside a nightclub on Tarnwick Street")],
    escalation_summary="At closing time a stranger argued with the victim's friend over a spilt drink; the victim tried to calm it; the man, drinking heavily and eight weeks out of prison on licence, left, came back with a handgun and fired three shots.",
    markers=[mk(d, "alcohol_drugs_before", "He had been drinking heavily that evening."),
             mk(d, "released_from_custody", "had been released on licence from prison eight weeks earlier"),
             mk(d, "threats_property_damage", "became involved in an argument with one of Selwyn's friends over a spilt drink"),
             mk(d, "carrying_weapons", "returned a few minutes later with a handgun")],
    problems=[
        ("His exclusion at 15 was not followed by an assessment of his needs, though the school file recorded that he had witnessed a stabbing.",
         "Secondary school (not named)", "Exclusion without assessment",
         "Selwyn's exclusion at 15 was not followed by any assessment of his needs"),
        ("The licence exclusion zone did not cover Southmere and his release was not shared with Southmere Police.",
         "Probation Service", "Information on people released on licence",
         "the Probation Service did not share his release with Southmere Police"),
        ("Door staff did not report the argument to the police when he left, against venue policy.",
         "Nightclub door staff", "Night-time economy",
         "Door staff at the venue did not report the argument to the police when Mr Y left"),
        ("The broken entrance CCTV was reported to the licensing authority, which did not follow it up.",
         "Licensing authority", "Night-time economy",
         "the licensing authority had been told but had not followed it up"),
    ]))

# ---------------------------------------------------------------- f20_10
d = D("f20_10_dhr_rhona_council_web_summary.html")
PROB = "Probation Service"
v = Person(d, "v1", "victim", name="Rhona", age=45, gender="female", ethnicity="white_british",
           ethnicity_detail="Rhona, Roderick and their mother are White British.", living="family_home")
v.char("learning_disability", "Rhona had a mild learning disability")
v.char("mental_health_current", "Her GP had treated her for anxiety.")
v.char("domestic_abuse", "including an assault on Rhona in 2019", subtypes=["physical"])
v.svc("gp", "prior", "Her GP had treated her for anxiety.")
p = Person(d, "p1", "perpetrator", name="Roderick", age=49, gender="male", ethnicity="white_british",
           ethnicity_detail="Rhona, Roderick and their mother are White British.", living="family_home")
p.char("alcohol_misuse", "Roderick had a long history of alcohol dependency")
p.char("offending", "a string of convictions for criminal damage and assault")
p.char("history_of_violence", "including an assault on Rhona in 2019")
p.char("homelessness", "On release he had nowhere to go", "closed Roderick's homelessness application")
p.char("non_engagement", "missed three appointments and was discharged")
p.svc("prison", "prior", "He had been released from prison in the summer of 2022")
p.svc("probation", "prior", "was being supervised by the Probation Service")
p.svc("housing", "prior", "Ullswick Borough Council housing options team closed Roderick's homelessness application")
p.svc("substance_misuse_services", "prior", "Roderick was referred to the Nettlewold Drug and Alcohol Service")
p.svc("prison", "after", "was sentenced to twelve years in prison")
cases.append(case(
    d, title="Rhona", review_type="dhr", area="Ullswick", published="2025-04", incident_year=2022,
    role="briefing", decision="include", reason="homicide",
    screening_quotes=["She was killed by her older brother, Roderick, who was 49.",
                      "Roderick stabbed Rhona with a kitchen knife"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman of 45 with a mild learning disability stabbed by her brother of 49, placed at their mother's home on release from prison; he was drinking and pleaded guilty to manslaughter.",
    reference_individual=None, people=[v, p],
    relationship=("sibling", "Older brother; both living with their mother in her council house.", [
        rc(d, "physical_abuse", "including an assault on Rhona in 2019"),
        rc(d, "domestic_abuse", "Abuse by an adult son or brother was not recognised by agencies as domestic abuse."),
    ]),
    weapons=[wp(d, "knife", "Roderick stabbed Rhona with a kitchen knife")],
    locations=[loc(d, "home", "in the family home's kitchen")],
    escalation_summary="He had assaulted her in 2019; released from prison in summer 2022 with nowhere to go, he was placed at his mother's house where Rhona lived; he dropped out of alcohol treatment; in November, after drinking all day, he stabbed her in a row.",
    markers=[mk(d, "alcohol_drugs_before", "He had been drinking all day."),
             mk(d, "released_from_custody", "He had been released from prison in the summer of 2022"),
             mk(d, "disengaged_services", "missed three appointments and was discharged"),
             mk(d, "threats_property_damage", "in the middle of a row")],
    problems=[
        ("Probation agreed his release address without checking whether anyone there was at risk.",
         PROB, "Release addresses",
         "The Probation Service agreed to Roderick's release address without checking whether anyone living there was at risk from him."),
        ("His 2019 assault on his sister was on record but not taken into account.",
         PROB, "Use of known history",
         "The 2019 assault on his sister was on his record but was not taken into account."),
        ("Housing closed his homelessness application when he moved in, without considering the risk to the household.",
         "Ullswick Borough Council housing options team", "Housing and risk",
         "closed Roderick's homelessness application when he moved to his mother's house, and did not consider the risk to the people already living there"),
        ("Nobody asked Rhona or her mother whether they wanted him to live with them.",
         MULTI, "Voice of the family",
         "Nobody asked Rhona or her mother whether they wanted Roderick to live with them."),
        ("The alcohol service discharged him after missed appointments without telling probation.",
         "Nettlewold Drug and Alcohol Service", "Information sharing",
         "missed three appointments and was discharged. Probation was not told."),
        ("Abuse by an adult brother was not recognised as domestic abuse.",
         MULTI, "Adult family domestic abuse not recognised",
         "Abuse by an adult son or brother was not recognised by agencies as domestic abuse."),
    ]))

# ---------------------------------------------------------------- f20_11
d = D("f20_11_cspr_zachary_suicide_no_abuse.txt")
CAMHS = "Wetherden and Quaymoor NHS Foundation Trust (CAMHS)"
v = Person(d, "v1", "victim", name="Zachary", age=15, gender="male", ethnicity="mixed_white_asian",
           ethnicity_detail="His family are of mixed White and Asian heritage; his father's parents came to England from India.",
           living="family_home")
v.char("mental_health_current", "Zachary was diagnosed with depression.")
v.char("self_harm", "he had been cutting his arms", "Zachary took an overdose of his medication at home")
v.char("other", "Zachary was diagnosed with autism at the age of nine.", detail="Autism")
v.char("send", "He found changes of routine difficult and had some support at school through an education, health and care plan.")
v.svc("gp", "prior", "His GP at Pennywort Lane Surgery saw him in January 2022")
v.svc("camhs", "prior", "CAMHS accepted the referral", "He continued to see his CAMHS therapist every two weeks.")
v.svc("school", "prior", "During that time the school's wellbeing mentor met him weekly.")
v.svc("acute_health", "prior", "He was taken to the emergency department at Quaymoor General Hospital")
v.svc("youth_service", "prior", "He started going to the Quaymoor Youth Hub art group on Thursday evenings")
cases.append(case(
    d, title="Zachary", review_type="scr", area="Wetherden", published="2024-03", incident_year=2023,
    role="overview_report", decision="exclude", reason="suicide_no_peer_violence",
    screening_quotes=["The coroner's conclusion was suicide.",
                      "His parents were clear that Zachary had not been bullied",
                      "found no evidence of bullying, threats, exploitation or harm from anyone online or offline",
                      "no violence towards Zachary by any person"],
    category=None, incident_type="suicide", fatal=True,
    description="Autistic boy of 15 with depression died by suicide after his support was reduced before the summer holiday; no bullying, abuse or violence by anyone.",
    reference_individual="victim", people=[v],
    locations=[loc(d, "street_public", "He was found in woodland near his home")],
    problems=[
        ("The 31-week wait for a CAMHS assessment was too long for a child low in mood for months.",
         CAMHS, "Waiting times",
         "The 31-week wait for a CAMHS assessment was too long"),
        ("The safety plan after the overdose was not shared with the school.",
         CAMHS, "Sharing safety plans",
         "was not shared with the school, so school staff did not know what warning signs to look for"),
        ("Sessions were reduced without considering the summer holiday or his friend's planned move.",
         CAMHS, "Ending or reducing support",
         "did not take account of the coming summer holiday"),
        ("Professionals did not consider how his autism affected the way he showed distress.",
         MULTI, "Autism and suicide risk",
         "Professionals did not consider how Zachary's autism might affect the way he showed or described his distress."),
    ]))

# ---------------------------------------------------------------- f20_12
d = D("f20_12_vru_needs_assessment_chapter4.txt")
cases.append(case(
    d, title=None, review_type="other", area="Yarnley", published="2025-01", incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Strategic Needs Assessment 2024/25",
                      "It does not describe individual cases."],
    category=None, incident_type=None, fatal=None,
    description="Chapter of a Violence Reduction Unit strategic needs assessment: aggregate homicide and knife-injury figures by year, age, ward and relationship; it describes no case.",
    reference_individual=None, people=[]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold_b.json"))
