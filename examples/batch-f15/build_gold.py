"""Build gold.json for batch-f15 (a development batch) from the hand coding below.

Run from anywhere: python3 examples/batch-f15/build_gold.py
Every quote is checked against its document (see goldlib.py); a missing quote stops the build.
The .txt documents are read with wrapped=True (whitespace collapsed; a quote may cross a line break),
except where a quote sits in a plain-text table or a drawn box: those quotes lie inside one line.
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


# ---------------------------------------------------------------- f15_01
d = D("f15_01_dhr_greta_overview_stalking_kloe.txt")
POL = "Ashwelling Police"
v = Person(d, "v1", "victim", name="Greta", age=36, gender="female", ethnicity="white_british",
           ethnicity_detail="Greta, who was White British", living="family_home")
v.char("caring_responsibilities", "In the panel's view Greta was her mother's main informal carer",
       "was her mother's main carer")
v.char("mental_health_current", "Greta's GP records show that she was treated for anxiety and low mood in 2021 and again in 2023",
       "Greta sees a different GP with anxiety")
v.char("domestic_abuse", "Mr K took control of their money and gave Greta \"an allowance\" out of her own wages.",
       "He would check her phone and question her about who she had been speaking to.",
       "Mr K has grabbed her by the throat in the kitchen during an argument.",
       subtypes=["financial", "coercive_control", "physical"])
v.char("other", "Her father died when she was nineteen.", detail="Bereavement (father died when she was nineteen)")
v.svc("gp", "prior", "Telephone consultation. Greta reports low mood and poor sleep.",
      "Greta was seen or spoken to by four different clinicians at the practice in the review period.")
v.svc("police", "prior", "999 call from Greta at 11.40pm.",
      "Greta reports receiving more than 150 messages a day from Mr K")
v.svc("domestic_abuse_services", "prior", "Greta self-refers after Hattie gives her the number.",
      "ADAP's involvement began in June 2023 when Greta self-referred.")
v.svc("marac", "prior", "The MARAC in July 2023 heard the case on the IDVA's referral.")
v.svc("housing", "prior", "Greta contacts Housing Options asking how to have the tenancy transferred into her sole name")
p = Person(d, "p1", "perpetrator", name="Mr K", age=39, gender="male", ethnicity="white_irish",
           ethnicity_detail="He describes himself as White Irish; he was born in England to Irish parents",
           living="shared_private")
p.char("domestic_violence_child", "his father had been violent towards his mother throughout his childhood")
p.char("offending", "In 2014, in another part of the country, Mr K was convicted of harassment of a former partner.")
p.char("history_of_violence", "Mr K was convicted of harassment of a former partner",
       "has \"put his fist through a wall\"")
p.char("alcohol_misuse", "Imogen and Hattie both said that Mr K drank heavily",
       "\"a bottle of vodka most nights\"")
p.char("mental_health_current", "Mr K sees GP about low mood and drinking",
       "The GP records low mood, suicidal thoughts without a plan, and prescribes mirtazapine.")
p.char("unemployment", "Mr K has lost his job after failing a breath test at work.")
p.char("non_engagement", "Mr K does not attend his fourth session or respond to two calls.",
       "declines further sessions")
p.svc("gp", "prior", "Mr K sees GP about low mood and drinking")
p.svc("mh_iapt_early_intervention", "prior", "First of three sessions of guided self-help for Mr K.")
p.svc("acute_health", "prior", "Mr K attends the emergency department intoxicated, with a cut hand after punching a window.")
p.svc("police", "prior", "Mr K is arrested. DASH completed",
      "Mr K is arrested for harassment and released under investigation the next day")
p.svc("probation", "prior", "The Probation Service supervised him from 2014 to 2015.")
p.svc("other", "prior", "Mr K applies for a child arrangements order.", detail="Family court (child arrangements application)")
p.svc("police", "after", "He was arrested just under four hours later in a lay-by on the ring road")
p.svc("prison", "after", "He was convicted of murder and was given a life sentence")
cases.append(case(
    d, title="Greta", review_type="dhr", area="Ashwelling", published="2025-10", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["he approached her and stabbed her repeatedly",
                      "He was convicted of murder and was given a life sentence"],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Woman of 36 stabbed in her workplace car park by her former partner seven months after she ended the relationship, after months of stalking with messages, fake accounts and a tracker on her car.",
    reference_individual=None, people=[v, p],
    relationship=("ex_partner", "Together from 2015, living together from 2016, a son born 2017; she ended the relationship and he left on 31 March 2023.", [
        rc(d, "stalking", "From April 2023 until her death Mr K followed, watched and contacted Greta",
           "The pattern of behaviour after separation was unmistakably stalking."),
        rc(d, "coercive_control", "coercive and controlling behaviour (control of money, checking her phone, cutting her off from family and friends)"),
        rc(d, "physical_abuse", "Mr K has grabbed her by the throat in the kitchen during an argument."),
        rc(d, "financial_abuse", "Mr K took control of their money"),
        rc(d, "domestic_abuse", "Domestic abuse was present throughout the relationship"),
        rc(d, "strain_separation", "Greta told Mr K that the relationship was over."),
    ]),
    weapons=[wp(d, "knife", "he approached her and stabbed her repeatedly",
                "Mr K buys a set of kitchen knives at a supermarket in Ashwelling")],
    locations=[loc(d, "street_public", "in the staff car park of the Ashwelling leisure centre")],
    technology=[tech(d, "mobile_phone", "more than 150 messages a day from Mr K"),
                tech(d, "social_media", "new social media accounts she believes are his"),
                tech(d, "tracking", "a GPS tracking device under the rear bumper of her car")],
    escalation_summary="Years of control and violence, a strangulation in January 2023, separation at the end of March, then seven months of stalking (messages, fake accounts, a tracker, visits to her work and her mother's house); he lost his job in September, was released under investigation in October, threatened that she would not see Christmas and bought knives three days before killing her.",
    markers=[mk(d, "separation", "He left the family home on 31 March 2023"),
             mk(d, "threats_property_damage", "Mr K has sent a message saying \"you won't see Christmas\"",
                "a man is banging on Greta's mother's door and shouting for Greta"),
             mk(d, "adverse_life_event", "Mr K has lost his job after failing a breath test at work."),
             mk(d, "released_from_custody", "released under investigation the next day, with no bail conditions"),
             mk(d, "disengaged_services", "He says he is \"sorting things out\" and declines further sessions."),
             mk(d, "carrying_weapons", "Mr K buys a set of kitchen knives at a supermarket in Ashwelling")],
    problems=[
        ("Officers did not separate the couple before the DASH questions, against force guidance.",
         POL, "Risk assessment",
         "the officers did not separate the couple before asking the DASH questions, contrary to the force's own guidance"),
        ("The explanation of a red mark was accepted without question.",
         POL, "Professional curiosity",
         "An explanation of a red mark as a collision with a cupboard door was accepted without question."),
        ("The January 2023 incident was not recorded as strangulation and the offence was not considered.",
         POL, "Non-fatal strangulation",
         "the officer did not record the incident as strangulation or consider charging the offence"),
        ("The medium risk grading did not reflect the strangulation.",
         POL, "Risk assessment",
         "the grading of medium risk did not reflect it"),
        ("No evidence-led prosecution was considered when Greta withdrew support; bail conditions lapsed.",
         POL, "Victimless prosecution",
         "The police did not consider an evidence-led prosecution"),
        ("The April reports were recorded as malicious communications; stalking was not considered and no DASH done.",
         POL, "Stalking not recognised",
         "Stalking was not considered, no stalking screening questions were asked, and no DASH was completed"),
        ("Words of advice by phone were not a recognised stalking outcome and did nothing to stop him.",
         POL, "Response to stalking",
         "Words of advice given by telephone are not a recognised outcome for stalking and did nothing to stop him."),
        ("The tracking device was logged as found property, not linked to Mr K and not examined.",
         POL, "Stalking not recognised",
         "no one asked Greta who might have put it there, no one linked it to her earlier reports about Mr K, and the device was not sent for examination"),
        ("The MARAC marker did not alert staff when she reported at a front counter.",
         POL, "Flagging high-risk addresses",
         "The marker placed on the Kilnfold address after MARAC did not alert the call handler"),
        ("Mr K was released under investigation without bail conditions in October 2023.",
         POL, "Bail and released under investigation",
         "he was released under investigation the next day with no bail conditions"),
        ("The custody decision-maker did not know of the MARAC, the tracker or the earlier reports.",
         POL, "Information in custody decisions",
         "The custody record does not show that the decision-maker knew of the MARAC, the tracking device or the April reports."),
        ("No officer ever checked Mr K's previous convictions, including harassment of a former partner.",
         POL, "Perpetrator history",
         "At no point before Greta's death did any officer check Mr K's previous convictions on the national database."),
        ("The IDVA's email about a threat to kill went unread because there was no redirection for absent officers.",
         POL, "Systems for urgent information",
         "the force has no system for redirecting email sent to officers on leave"),
        ("The IDVA emailed but did not phone the threat to kill to the police, against ADAP's escalation policy.",
         "Ashwelling Domestic Abuse Partnership (ADAP)", "Escalating threats to kill",
         "a threat to kill should be reported to the police by phone on 101 or 999, as well as in writing. This was not done."),
        ("IDVA caseloads far above the recommended level meant actions agreed by others could not be chased.",
         "Ashwelling Domestic Abuse Partnership (ADAP); commissioners", "IDVA capacity",
         "The IDVA's caseload was, at the time, 112 cases against a recommended maximum of around 80."),
        ("The GP did not offer a call-back or ask whether Greta could speak freely with her partner present.",
         "Brackendene Surgery", "Routine enquiry in remote consultations",
         "did not suggest a call-back at another time or ask Greta whether she could speak freely"),
        ("The GP accepted a bruise explained as a fall and did not look at the police notification in the record.",
         "Brackendene Surgery", "Professional curiosity",
         "the GP accepted a bruise on the upper arm explained as a fall at work without further enquiry, and did not look back through the record"),
        ("Greta was never recorded as her mother's carer.",
         "Brackendene Surgery", "Carer identification",
         "No one at the practice recorded Greta as a carer for her mother"),
        ("Mr K's heavy drinking got only a leaflet, with no alcohol assessment or referral.",
         "Cranmoor Medical Centre", "Alcohol",
         "He was not offered an alcohol assessment or a referral to the local alcohol service."),
        ("The GP did not explore Mr K's blame of his former partner or consider the risk he posed to her.",
         "Cranmoor Medical Centre", "Perpetrator risk in primary care",
         "the GP did not ask who \"she\" was, did not ask whether he was in contact with his former partner or his son"),
        ("Practice training covered domestic abuse only from the victim's side.",
         "Cranmoor Medical Centre", "Training on perpetrators",
         "the practice's training had dealt with domestic abuse only from the point of view of the person being abused"),
        ("The talking therapies risk screen had no question about risk to a partner or children.",
         "Ashwelling Wellbeing Service", "Risk to others",
         "had no question about risk the client might pose to a partner or children"),
        ("The discharge letter did not tell the GP what Mr K had said about his anger.",
         "Ashwelling Wellbeing Service", "Information sharing",
         "his GP was not told in the discharge letter what he had said about his anger"),
        ("The November 2023 assessor discharged him without the 2022 notes.",
         "Ashwelling Wellbeing Service", "Discharge",
         "The assessor did not have the 2022 notes in front of her."),
        ("The emergency department did not ask Mr K about the argument with his ex-partner, children or police involvement.",
         "Harnwick University Hospitals NHS Trust", "Routine enquiry with possible perpetrators",
         "no one asked him about the argument, about whether there were children, or whether there was any current involvement with the police"),
        ("Housing Options did not carry out the routine domestic abuse enquiry its policy requires.",
         "Ashwelling Borough Council (Housing Options)", "Routine enquiry",
         "the adviser did not carry out the routine enquiry about domestic abuse that the Council's housing policy requires"),
        ("The sanctuary assessment was not prioritised as a MARAC case and was never done.",
         "Ashwelling Borough Council (Housing Options)", "Sanctuary scheme",
         "Greta's case was not prioritised as a MARAC case."),
        ("The MASH screened the strangulation notification as information only, without checking with the school or a manager review.",
         "Ashwelling Children's Services (MASH)", "Screening of police notifications",
         "the screening decision did not consider the seriousness of the incident or check whether the school had any concerns, and that the decision was not reviewed by a manager"),
        ("The child and family assessment relied on Greta alone and did not consider Mr K's risk through contact or the court.",
         "Ashwelling Children's Services", "Assessing the absent parent",
         "the assessment relied entirely on Greta's account, did not speak to Mr K, and did not consider the risk that Mr K might pose during contact"),
        ("The school did not seek advice or consider domestic abuse after the son's disclosure.",
         "Caddow Lane Primary School", "Children's disclosures",
         "But the school did not seek advice from Children's Services or consider whether this was a sign of domestic abuse."),
        ("MARAC set no action to manage Mr K and nobody checked his criminal history.",
         "Ashwelling MARAC", "Perpetrator management at MARAC",
         "the MARAC did not set any action for managing Mr K himself, and no agency at MARAC checked his criminal history"),
        ("Nobody checked that MARAC actions were completed; two of four were not.",
         "Ashwelling MARAC", "MARAC action tracking",
         "No agency was given the task of reviewing whether the actions had been completed, and two of the four had not been by November."),
        ("No agency except ADAP recognised stalking; each report was recorded under a lesser heading and handled alone.",
         MULTI, "Stalking not recognised",
         "stalking was not recognised by any agency except ADAP"),
        ("Health agencies that knew of Mr K's drinking and violence shared nothing and never treated him as a perpetrator.",
         MULTI, "Invisible perpetrator",
         "No agency ever looked at him as a perpetrator of domestic abuse whose risk needed to be managed."),
        ("Professionals did not consider how the father might use the son or contact to reach Greta.",
         MULTI, "Children and post-separation abuse",
         "did not consider how his father might use the son, or contact with him, to reach Greta once it had ended"),
    ]))

# ---------------------------------------------------------------- f15_02
d = D("f15_02_dhr_irene_leonard_exec_summary_we_dob.txt")
v = Person(d, "v1", "victim", name="Irene", age=83, gender="female", living="family_home")
v.char("chronic_illness", "She had osteoarthritis in both knees")
v.char("caring_responsibilities", "Irene cared for him on her own.")
v.char("domestic_abuse", "She told the paramedics that Leonard had pushed her",
       "Leonard had \"gone for her\" the night before", subtypes=["physical"])
v.svc("gp", "prior", "In May 2023 Irene went to see her own GP at the same practice about her knees.")
v.svc("voluntary_sector", "prior", "Irene went to Bluebell's carers' group four times in the summer of 2023")
v.svc("ambulance", "prior", "Irene called an ambulance after falling in the hallway.")
v.svc("acute_health", "prior", "The crew took her to the emergency department at Emberdown General Hospital")
v.svc("adult_social_care", "prior", "Adult social care spoke to Irene by telephone on 1 December 2023.")
p = Person(d, "p1", "perpetrator", name="Leonard", age=87, gender="male", living="family_home")
p.char("other", "In June 2021 he was diagnosed with Alzheimer's disease", detail="Dementia (Alzheimer's disease)")
p.char("chronic_illness", "He had atrial fibrillation and took blood-thinning medication.")
p.char("non_engagement", "Leonard refused to let the reablement workers into the house on three of the first five visits")
p.svc("gp", "prior", "Ladysmock Lane Surgery, saw him regularly for his heart condition")
p.svc("mh_other", "prior", "The memory service reviewed him by telephone every six months.", detail="Memory assessment service")
p.svc("acute_health", "prior", "On 4 January 2024 Leonard was admitted to Emberdown General Hospital with a urinary infection and delirium.")
p.svc("adult_social_care", "prior", "with a short-term reablement package from the council's reablement team")
cases.append(case(
    d, title="Irene and Leonard", review_type="dhr", area="Emberdown", published="2025-04", incident_year=2024,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["In the early hours of 17 February 2024 Leonard killed Irene in their living room and then took his own life."],
    category="intimate_partner_violence", incident_type="homicide_suicide", fatal=True,
    description="Woman of 83, sole carer for her husband with Alzheimer's disease, killed at home with his walking stick nine days after his hospital discharge; he then took his own life.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Married 61 years; she was his only carer.", [
        rc(d, "carer", "Irene cared for him on her own."),
        rc(d, "physical_abuse", "Leonard had pushed her"),
        rc(d, "domestic_abuse", "this was domestic abuse"),
    ]),
    weapons=[wp(d, "blunt_object", "struck her several times with the heavy wooden walking stick he used")],
    locations=[loc(d, "home", "in their living room")],
    escalation_summary="His dementia progressed with evening accusations that she was a stranger; he pushed her in November 2023, struck a nurse on the ward in January 2024, came home on 8 February, refused the reablement workers until the package closed, and went for her the night before she said she was at the end of her rope.",
    markers=[mk(d, "discharged_or_absconded", "He was discharged home on 8 February 2024, nine days before the deaths"),
             mk(d, "disengaged_services", "Leonard refused to let the reablement workers into the house"),
             mk(d, "threats_property_damage", "Leonard had \"gone for her\" the night before")],
    problems=[
        ("The safeguarding concern was closed after one phone call, without a visit or speaking to the paramedics.",
         "Emberdown Council adult social care", "Safeguarding enquiry",
         "adult social care closed the November 2023 safeguarding concern after a single telephone call with Irene"),
        ("His behaviour was seen only as a symptom of dementia, not as a danger to her.",
         "Emberdown Council adult social care", "Dementia and risk",
         "The closure note saw Leonard's behaviour purely as a symptom of his dementia, never as a danger to Irene."),
        ("No professional ever asked Irene alone whether she felt safe.",
         MULTI, "Seeing the victim alone",
         "no professional ever asked Irene on her own, away from Leonard, whether she felt safe"),
        ("The carer's assessment was suggested but neither GP nor adult social care referred; it was left to Irene.",
         "Ladysmock Lane Surgery; Emberdown Council adult social care", "Carer's assessment",
         "neither service made the referral itself, and each left it to Irene, who was exhausted, to pursue"),
        ("Irene was not recorded as Leonard's carer in her GP records.",
         "Ladysmock Lane Surgery", "Carer identification",
         "Irene's GP records do not record her as Leonard's carer."),
        ("The memory service did not ask about his behaviour towards Irene and kept telephone reviews as he deteriorated.",
         "Lindenmoor Partnership NHS Foundation Trust (memory service)", "Review model",
         "the memory service did not ask about changes in Leonard's behaviour towards Irene, and its reviews were not changed to face-to-face"),
        ("The discharge summary left out his assault on a member of staff and worse agitation at night.",
         "Emberdown General Hospital", "Discharge communication",
         "the ward's discharge summary did not mention that Leonard had struck a member of staff"),
        ("Irene was not asked whether she could cope or invited to discharge planning.",
         "Emberdown General Hospital", "Carer involvement in discharge",
         "Irene was not asked whether she could cope, and was not invited to a discharge planning discussion"),
        ("The reablement service closed the package without telling anyone except the GP by letter.",
         "Emberdown Council reablement service", "Closure after refused entry",
         "When the reablement service closed the package, it told no one except the GP, by letter, which arrived after the deaths."),
        ("Agencies did not consider domestic abuse by a husband with dementia; no DASH, specialist referral or MARAC.",
         MULTI, "Domestic abuse and dementia",
         "agencies did not think of domestic abuse as something that could happen when a husband with dementia harms his wife"),
    ]))

# ---------------------------------------------------------------- f15_03
d = D("f15_03_sar_fergus_mate_crime_full_report.txt")
ASC = "Harrowvale Council adult social care"
v = Person(d, "v1", "victim", name="Fergus", age=41, gender="male", ethnicity="white_british",
           ethnicity_detail="Fergus was a White Scottish man.", living="supported")
v.char("learning_disability", "He had a moderate learning disability")
v.char("chronic_illness", "He had epilepsy, which was well controlled with medication")
v.char("other", "He lived with his mother until she died of a stroke in 2020.", detail="Bereavement (death of his mother)")
v.char("social_isolation", "when he had been so lonely")
v.char("victim_of_crime", "Fergus was robbed of his bus pass and his phone by two teenagers at a bus stop")
v.char("abuse_neglect_adult", "cash withdrawals late at night and food delivery orders to addresses other than his own",
       "being dared to eat a spoonful of chilli powder while people off camera laughed and called him names",
       "showed that he was being exploited and hurt",
       subtypes=["financial", "emotional", "physical"])
v.svc("other", "prior", "Kindlewick Support provided him with fourteen hours of support each week",
      detail="Supported living provider (Kindlewick Support)")
v.svc("adult_social_care", "prior", "A social worker visited Fergus once.")
v.svc("gp", "prior", "In August 2023 Fergus's GP saw him for an epilepsy review.")
v.svc("police", "prior", "A police officer visited and watched the videos with Fergus",
      "Officers visited the next day and spoke to Fergus")
v.svc("housing", "prior", "Hollyhock Homes wrote to Fergus warning him about breaching his tenancy.")
v.svc("other", "prior", "Fergus went to the Mallowfield Centre three days a week.", detail="Day service (Mallowfield Centre)")
p1 = Person(d, "p1", "perpetrator", name="Man A", age=29, gender="male", living="homeless")
p1.char("offending", "his record included robbery and assault occasioning actual bodily harm")
p1.char("history_of_violence", "assault occasioning actual bodily harm")
p1.char("substance_misuse", "He used cocaine and drank heavily.")
p1.char("alcohol_misuse", "He used cocaine and drank heavily.")
p1.char("homelessness", "He had no settled address and was staying with different friends.")
p1.svc("prison", "prior", "He had come out of prison on licence in the summer of 2022.")
p1.svc("probation", "prior", "He was supervised by the Probation Service.")
p1.svc("prison", "after", "Man A was convicted of manslaughter in November 2024 and sentenced to nine years' imprisonment.")
p2 = Person(d, "p2", "perpetrator", name="Man B", age_band="adult_unknown", gender="male")
p2.char("drug_dealing", "He was known to Harrowvale Police as someone who sold cannabis locally.")
p2.svc("police", "prior", "He was known to Harrowvale Police as someone who sold cannabis locally.")
p2.svc("police", "after", "Man B was charged with manslaughter")
p3 = Person(d, "p3", "perpetrator", name="Woman C", age=24, gender="female")
p3.char("looked_after", "She was a care leaver who had been in foster care and then a children's home from the age of nine.")
p3.char("substance_misuse", "She used cocaine.")
p3.svc("adult_social_care", "prior", "She was herself known to adult social care as someone at risk of exploitation.")
cases.append(case(
    d, title="Fergus", review_type="sar", area="Harrowvale", published="2025-03", incident_year=2024,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Man A was later found to have punched Fergus and kicked him repeatedly in the head",
                      "Man A was convicted of manslaughter in November 2024"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 41 with a learning disability in supported living, exploited for eighteen months by people he called his best mates (mate crime), beaten and kicked to death by the canal by one of them.",
    reference_individual="victim", people=[v, p1, p2, p3],
    relationship=("friend_acquaintance", "People he had known for about eighteen months and called his best mates; they used his flat, money and food (mate crime).", [
        rc(d, "financial_abuse", "Man A had \"borrowed\" his bank card and had not given it back"),
        rc(d, "emotional_abuse", "while people off camera laughed and called him names"),
        rc(d, "other", "What happened to Fergus is often called \"mate crime\"", detail="Mate crime"),
    ]),
    weapons=[wp(d, "non_accidental_injury", "punched Fergus and kicked him repeatedly in the head")],
    locations=[loc(d, "street_public", "took Fergus with them to the canal towpath")],
    technology=[tech(d, "social_media", "a video on a social media site"),
                tech(d, "online_images", "Several similar videos were found.")],
    escalation_summary="From spring 2022 the group used his flat at night and took his money and food; humiliating videos were posted in January 2023; Man A moved in by June 2023; bruises and a burn were seen; his support hours were cut in November 2023; his door lock was broken and his bank card taken in January 2024, weeks before the fatal assault.",
    markers=[mk(d, "threats_property_damage", "found the lock on Fergus's door broken"),
             mk(d, "alcohol_drugs_before", "where they had been drinking")],
    problems=[
        ("Each agency saw the signs through its own lens and nobody named them as mate crime.",
         MULTI, "Mate crime not recognised",
         "The review found that each agency saw these signs through its own lens."),
        ("Capacity was recorded repeatedly but never assessed.",
         ASC, "Mental capacity",
         "adult social care repeatedly recorded that Fergus had capacity, but never carried out or recorded a capacity assessment"),
        ("Each enquiry closure was treated as final instead of the start of work to help him manage risk.",
         ASC, "Safeguarding enquiries",
         "each closure was treated as final, when it could have been the start of work with Fergus"),
        ("Fergus was never offered an independent advocate.",
         ASC, "Advocacy",
         "Fergus was never offered an independent advocate."),
        ("His support hours were cut after a phone review without consulting the provider.",
         ASC, "Reviews of care",
         "adult social care did not consult Kindlewick Support before reducing his hours"),
        ("The third safeguarding concern was not visited in the six weeks before his death.",
         ASC, "Timeliness",
         "the third concern was not acted on in time"),
        ("The provider did not escalate when enquiries were closed, though its policy allowed it.",
         "Kindlewick Support", "Escalation",
         "Kindlewick Support did not escalate its concerns when adult social care closed the enquiries"),
        ("No support at night left him alone when his flat was being used by others.",
         "Kindlewick Support", "Night-time support",
         "The absence of any support at night left Fergus on his own"),
        ("Police did not consider his vulnerability to coercion and accepted his wish not to complain.",
         "Harrowvale Police", "Vulnerability and coercion",
         "did not consider whether Fergus's learning disability made him vulnerable to being coerced, and accepted his wish not to complain without exploring why"),
        ("Police did not consider pursuing theft, fraud or disability hate crime without his support.",
         "Harrowvale Police", "Victimless prosecution",
         "The police did not consider whether an offence of theft, fraud or a hate crime against a disabled person could be pursued without his support."),
        ("Police shared neither report with adult social care.",
         "Harrowvale Police", "Information sharing",
         "Neither report was shared with adult social care by the police"),
        ("Intelligence about Man A living at his address and Man B dealing was not linked to Fergus.",
         "Harrowvale Police", "Intelligence",
         "this intelligence was not linked to Fergus's address or to the reports about Fergus"),
        ("The probation officer did not check the address or share the intelligence with adult social care.",
         "Probation Service", "Information sharing",
         "the probation officer did not check the address or share with adult social care what the police intelligence said"),
        ("Man A's licence condition to notify his address was not enforced.",
         "Probation Service", "Licence enforcement",
         "Man A's licence conditions, which required him to notify his address, were not enforced"),
        ("The landlord did not consider that Fergus might be the victim of the behaviour complained of.",
         "Hollyhock Homes", "Antisocial behaviour and victims",
         "Hollyhock did not consider whether Fergus was the victim rather than the cause"),
        ("The landlord did not tell the provider or adult social care about the complaints.",
         "Hollyhock Homes", "Information sharing",
         "did not tell Kindlewick Support or adult social care about the complaints"),
        ("The GP did not ask about the bruises and burn, see him alone, or raise a safeguarding concern.",
         "Gillyflower Surgery", "Unexplained injuries",
         "the GP did not ask how Fergus had come by the bruises and the burn, did not see him on his own, and did not raise a safeguarding concern"),
        ("His annual learning disability health check had not been done since 2021.",
         "Gillyflower Surgery", "Annual health checks",
         "Fergus had not had the yearly health check offered to people with a learning disability since 2021."),
        ("There was never a multi-agency meeting or a lead agency.",
         MULTI, "Multi-agency working",
         "At no point was there a multi-agency meeting about Fergus."),
    ]))

# ---------------------------------------------------------------- f15_04
d = D("f15_04_cspr_child_hm_rapid_review_summary.txt")
v = Person(d, "v1", "victim", name="Child HM", age=15, gender="male", ethnicity="mixed_white_black_caribbean",
           ethnicity_detail="Child HM is of mixed heritage (White and Black Caribbean).", living="family_home")
v.char("educational_exclusion", "Child HM was permanently excluded from Beckside Academy in November 2023")
v.char("history_of_violence", "after a fight in which another pupil was hurt")
v.char("send", "he had support from the school's special educational needs team")
v.char("missing_episodes", "Child HM was reported missing by his mother five times")
v.char("criminal_exploitation", "The police made a referral under the National Referral Mechanism")
v.char("drug_dealing", "with cash and wraps of crack cocaine")
v.char("offending", "a youth conditional caution in 2023 for holding cannabis to sell")
v.char("child_in_need_protection", "a child in need plan was put in place for Child HM in April 2024")
v.svc("school", "prior", "Child HM was permanently excluded from Beckside Academy in November 2023",
      "He attended for three hours a day, four days a week.")
v.svc("police", "prior", "The police made a referral under the National Referral Mechanism")
v.svc("csc_cin_cp", "prior", "a child in need plan was put in place for Child HM in April 2024")
v.svc("youth_offending", "prior", "The Caddenholm Youth Justice Service had also worked with him")
v.svc("other", "prior", "Return home interviews were offered to Child HM after two of his five missing episodes.",
      detail="Return home interview service")
v.svc("acute_health", "after", "He was taken to Caddenholm Royal Infirmary, where he had emergency surgery.")
p = Person(d, "p1", "perpetrator", name="Child GJ", age=16, gender="male", ethnicity="white_british",
           ethnicity_detail="Child GJ is White British.", living="residential")
p.char("looked_after", "Child GJ had been in care since he was twelve.")
p.char("carrying_weapons", "found him carrying a kitchen knife in his waistband")
p.char("financial_issues", "he owed money to \"older lads\"")
p.char("victim_of_crime", "he had been slapped and threatened")
p.svc("csc_looked_after", "prior", "He had a social worker in Brennigan and was visited every six weeks.")
p.svc("police", "prior", "Caddenholm Police stopped Child GJ in April 2024")
p.svc("police", "after", "Child GJ was arrested the same evening.")
p.svc("prison", "after", "was sentenced to four years' detention")
cases.append(case(
    d, title="Child HM", review_type="scr", area="Caddenholm", published="2024-09", incident_year=2024,
    role="executive_summary", decision="include", reason="physical_assault",
    screening_quotes=["Child HM, a 15-year-old boy, was stabbed twice, in the back and the upper arm",
                      "He has since recovered from his physical injuries."],
    category="youth_peer_violence", incident_type="non_fatal_injury", fatal=False,
    description="Boy of 15, excluded and exploited to sell drugs, stabbed and seriously injured in a park by a 16-year-old former friend, a looked after child placed out of area, after a dispute over drug money.",
    reference_individual="victim", people=[v, p],
    relationship=("friend_acquaintance", "Had been friends for about a year through the pupil referral unit.", [
        rc(d, "other", "they fell out over money owed from selling drugs", detail="Dispute over drug money"),
    ]),
    weapons=[wp(d, "knife", "was stabbed twice, in the back and the upper arm")],
    locations=[loc(d, "street_public", "on a path in Marlpit Park in Caddenholm")],
    escalation_summary="Exclusion in November 2023, part-time provision, five missing episodes from January 2024, found with crack cocaine in another town in March; the 16-year-old was found with a knife in April, said he owed money to older lads and had been threatened; the two fell out over drug money before the stabbing in June.",
    markers=[mk(d, "carrying_weapons", "found him carrying a kitchen knife in his waistband"),
             mk(d, "stress_debt_housing", "he owed money to \"older lads\""),
             mk(d, "threats_property_damage", "they fell out over money owed from selling drugs")],
    problems=[
        ("The academy excluded him permanently without a multi-agency meeting despite known missing and exploitation concerns.",
         "Beckside Academy", "Exclusion",
         "no multi-agency meeting was called by Beckside Academy before it permanently excluded Child HM"),
        ("The part-time timetable left him unsupervised for most of the week.",
         "Caddenholm Learning Centre", "Part-time provision",
         "The part-time timetable at the Learning Centre left him unsupervised for most of the school week"),
        ("No multi-agency child exploitation meeting was held after he was found in another area with drugs.",
         MULTI, "Exploitation",
         "there was no multi-agency child exploitation meeting for Child HM after the March 2024 missing episode"),
        ("The child in need plan set no actions to disrupt exploitation.",
         "Caddenholm Children's Services", "Child in need planning",
         "His child in need plan listed exploitation as a concern but set no actions to disrupt it."),
        ("Return home interviews were not offered after three of five missing episodes because of a waiting list.",
         "Return home interview service", "Return home interviews",
         "The other three were not offered, because the commissioned service had a waiting list."),
        ("The placing authority did not notify Caddenholm of the out-of-area placement.",
         "Brennigan County Council", "Out-of-area placement notification",
         "the placing authority did not notify the host authority"),
        ("Police did not share the knife find with his social worker or children's home.",
         "Caddenholm Police", "Information sharing",
         "the police did not share this with his social worker or his children's home"),
        ("Nobody considered that the boy carrying a knife was himself at risk of harm.",
         "Caddenholm Police", "Children who carry knives",
         "no one considered whether he was a child at risk of harm as well as a risk to others"),
        ("The social worker did not answer the children's home's email about threats and debts.",
         "Brennigan County Council children's services", "Responding to concerns",
         "The children's home's email to Child GJ's social worker about threats and debts was not answered."),
        ("The children's home did not follow up or tell the police.",
         "Children's home", "Escalation",
         "The home did not follow it up, and did not tell Caddenholm Police."),
    ]))

# ---------------------------------------------------------------- f15_05
d = D("f15_05_iir_mr_a_investigation_team_findings.txt")
TR = "Kelsworth and Dunmere NHS Foundation Trust (Kelsworth North CMHT)"
p = Person(d, "p1", "perpetrator", name="Mr A", age=34, gender="male", ethnicity="black_caribbean",
           ethnicity_detail="Mr A is a Black British man of Caribbean heritage.", living="family_home")
p.char("mental_health_current", "Mr A was diagnosed with paranoid schizophrenia in 2016")
p.char("substance_misuse", "used cannabis heavily", "He continued to use cannabis \"now and then\"")
p.char("medication", "Mr A missed his depot appointment on 3 November 2022.",
       "He missed it again on 1 December 2022 and did not attend after two reminder calls.")
p.char("history_of_violence", "During the 2019 admission he assaulted a member of ward staff.")
p.char("unemployment", "He had not worked since 2016.")
p.char("non_engagement", "Mr A did not answer.", "did not attend after two reminder calls")
p.char("caring_responsibilities", "because he read her post and took her shopping")
p.svc("mh_community", "prior", "He had been a patient of the Kelsworth North community mental health team (CMHT)")
p.svc("mh_inpatient", "prior", "he spent time in hospital detained under section 3 of the Mental Health Act 1983")
p.svc("police", "prior", "Kelsworth Police were called by a shopkeeper because Mr A was shouting at passers-by in the street.")
p.svc("police", "after", "Mr A was arrested at the scene by Kelsworth Police.")
p.svc("mh_inpatient", "after", "The court made a hospital order and added restrictions on his discharge")
v = Person(d, "v1", "victim", name="Mr Blane", age=67, gender="male")
cases.append(case(
    d, title="Mr A", review_type="iir", area="Kelsworth", published="2025-05", incident_year=2023,
    role="overview_report", decision="include", reason="homicide",
    screening_quotes=["Mr A struck him repeatedly on the head with a length of metal scaffold pole",
                      "Mr A pleaded guilty to manslaughter on the basis of diminished responsibility"],
    category="adult_peer_violence", incident_type="homicide", fatal=True,
    description="Man of 67 walking his dog beaten to death in the street with a scaffold pole by a stranger with paranoid schizophrenia who had missed two depot injections while his care was held by a duty system.",
    reference_individual="perpetrator", people=[p, v],
    relationship=("stranger", "Mr A did not know him.", []),
    weapons=[wp(d, "blunt_object", "a length of metal scaffold pole")],
    locations=[loc(d, "street_public", "on Lanthorn Street in Kelsworth")],
    escalation_summary="His care coordinator left in September 2022 and the case sat with duty workers; he missed depots in November and December, his mother reported his relapse signs (including beliefs about a man with a spaniel), police found him shouting at passers-by, a visit in January found him worse, and he had used cannabis before the homicide.",
    markers=[mk(d, "stopped_medication", "He missed it again on 1 December 2022 and did not attend after two reminder calls."),
             mk(d, "disengaged_services", "Mr A did not answer."),
             mk(d, "alcohol_drugs_before", "Toxicology found that Mr A had used cannabis in the hours before.")],
    problems=[
        ("He had no care coordinator for seventeen weeks while showing signs of relapse.",
         TR, "Care coordination",
         "Mr A was left without a care coordinator for seventeen weeks"),
        ("Duty workers responded to calls, did not review his care, and none looked at the crisis plan.",
         TR, "Duty system",
         "none of them looked at the crisis and contingency plan"),
        ("The missed depot injections were not escalated to a senior clinician or the psychiatrist.",
         TR, "Missed medication",
         "nobody told a senior clinician or the psychiatrist about either missed depot"),
        ("There was no plan for non-adherence despite relapse after stopping medication before.",
         TR, "Medication planning",
         "there was no plan for what to do if Mr A did not take his medication"),
        ("The risk assessment was not reviewed after the mother's call, the missed depot or the police contact.",
         TR, "Risk assessment",
         "the risk assessment was not reviewed after his mother's call, after the missed depot, or after the police contact"),
        ("Staff did not recognise that what they heard matched his documented relapse signature.",
         TR, "Relapse indicators",
         "none of the staff who had contact with him in the last three months recognised that what they were being told matched his relapse signature"),
        ("The crisis plan's instruction to see him within 48 hours was not followed.",
         TR, "Crisis and contingency planning",
         "The 2019 plan's instruction to see him within 48 hours was not followed."),
        ("His mother's call was not treated as risk information and she was not called back.",
         TR, "Family involvement",
         "the CMHT did not treat her call of 14 December 2022 as information about risk, did not call her back, and did not consider her own needs as a carer"),
        ("His mother had never been offered a carer's assessment.",
         TR, "Carer's assessment",
         "She had never been offered a carer's assessment."),
        ("His cannabis use was recorded for six years but never planned for or referred under the dual diagnosis policy.",
         TR, "Dual diagnosis",
         "Mr A's cannabis use was recorded at almost every contact for six years but was never the subject of a plan"),
        ("The duty inbox was not checked over the holidays and the police email was filed without review of risk.",
         TR, "Information from the police",
         "the CMHT duty inbox was not checked over the holiday period and that the police email was filed without anyone considering whether it changed the level of risk"),
        ("The Trust's own investigation did not consider the mother's role or the police email.",
         "Kelsworth and Dunmere NHS Foundation Trust", "Internal investigation",
         "but did not consider the role of Mr A's mother or the police email"),
    ]))

# ---------------------------------------------------------------- f15_06
d = D("f15_06_dhr_agnes_council_page.html")
v = Person(d, "v1", "victim", name="Agnes", age_band="adult_unknown", gender="female", living="family_home")
v.char("chronic_illness", "after Agnes's heart failure meant she could no longer manage the stairs")
v.char("domestic_abuse", "large sums had been moved from Agnes's account to her daughter's over eighteen months",
       subtypes=["financial"])
v.svc("gp", "prior", "Agnes was always seen by her GP practice with her daughter present")
v.svc("police", "prior", "When police were called by a neighbour in 2022 after shouting was heard")
p = Person(d, "p1", "perpetrator", name=None, age_band="adult_unknown", gender="female", living="family_home")
p.char("alcohol_misuse", "the daughter had drunk heavily for years")
p.char("mental_health_current", "her GP was treating her for depression")
p.char("caring_responsibilities", "Agnes's daughter had moved in with her in 2021 to look after her")
p.svc("gp", "prior", "her GP was treating her for depression")
p.svc("adult_social_care", "prior", "Adult social care completed a carer's assessment for the daughter")
p.svc("police", "prior", "When police were called by a neighbour in 2022 after shouting was heard")
p.svc("prison", "after", "was sentenced to eight years in prison")
cases.append(case(
    d, title="Agnes", review_type="dhr", area="Dunmallow", published="2025-02", incident_year=2023,
    role="other", decision="include", reason="homicide",
    screening_quotes=["who was killed at the home she shared with her daughter in March 2023",
                      "the daughter was convicted of manslaughter"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Woman in her 80s with heart failure killed at home by the adult daughter who had moved in as her carer, drank heavily and had moved large sums from her account.",
    reference_individual=None, people=[v, p],
    relationship=("child_to_parent", "Adult daughter who moved in with her in 2021 as her carer.", [
        rc(d, "carer", "Agnes's daughter had moved in with her in 2021 to look after her"),
        rc(d, "financial_abuse", "large sums had been moved from Agnes's account to her daughter's over eighteen months"),
    ]),
    weapons=[],
    locations=[loc(d, "home", "killed at the home she shared with her daughter")],
    escalation_summary=None, markers=[],
    problems=[
        ("Agnes was always seen with her daughter present and never asked alone about home.",
         "GP practice", "Seeing the person alone",
         "Agnes was always seen by her GP practice with her daughter present, and was never asked on her own how things were at home."),
        ("Police did not record the 2022 call as domestic abuse because it was between mother and daughter.",
         "Police", "Adult family abuse not recognised",
         "officers did not record it as a domestic abuse incident because it was between a mother and daughter"),
        ("The carer's assessment did not ask about the daughter's drinking or its effect on her caring.",
         "Adult social care", "Carer's assessment",
         "did not ask about her drinking or how it affected her ability to care"),
        ("No agency saw harm between a mother and adult daughter as domestic abuse.",
         MULTI, "Adult family abuse not recognised",
         "No agency thought of the harm between a mother and her adult daughter as domestic abuse."),
    ]))

# ---------------------------------------------------------------- f15_07
d = D("f15_07_sar_clement_self_neglect_learning_brief.html")
v = Person(d, "v1", "victim", name="Clement", age=72, gender="male", living="alone")
v.char("alcohol_misuse", "Clement drank heavily every day")
v.char("chronic_illness", "had alcohol-related liver disease",
       "He was also diabetic (type 2) and had ulcers on both legs")
v.char("disability", "he could only walk short distances with a frame")
v.char("other", "Every room was filled with bags, newspapers and boxes", detail="Hoarding")
v.char("social_isolation", "He had no contact with his family.")
v.char("non_engagement", "he did not attend four of his last six appointments", "declined an assessment")
v.svc("housing", "prior", "Brindmoor Homes, his landlord, knew about the hoarding from 2021 and wrote to him twice")
v.svc("other", "prior", "The fire and rescue service visited in 2022 for a home fire safety check",
      detail="Fire and rescue service")
v.svc("gp", "prior", "His GP practice treated his diabetes and liver disease")
v.svc("ambulance", "prior", "The ambulance service was called to him seven times in 2023 after falls.")
v.svc("adult_social_care", "prior", "Adult social care received two self-neglect concerns, in 2022 and 2023.")
cases.append(case(
    d, title="Clement", review_type="sar", area="Brindmoor", published="2024-07", incident_year=2024,
    role="briefing", decision="exclude", reason="self_neglect",
    screening_quotes=["his death followed serious self-neglect",
                      "Police found nothing to suggest any other person had a part in his death."],
    category=None, incident_type=None, fatal=True,
    description="Man of 72 living alone with heavy drinking, liver disease and hoarding, found dead of hypothermia in his flat after the heating was disconnected; self-neglect, no harm by another person.",
    reference_individual="victim", people=[v],
    problems=[
        ("Both self-neglect concerns were closed when he declined help, without assessing capacity or executive capacity.",
         "Brindmoor adult social care", "Mental capacity",
         "Adult social care closed both self-neglect concerns after Clement said he did not want help, without assessing his capacity or his ability to carry out his own decisions."),
        ("No multi-agency meeting was held under the self-neglect and hoarding procedure.",
         MULTI, "Self-neglect procedure",
         "Nobody called a multi-agency meeting using the Board's procedure on self-neglect and hoarding"),
        ("The fire service's very high risk rating was not shared.",
         "Fire and rescue service", "Information sharing",
         "The fire and rescue service's very high risk rating was not shared with the landlord or adult social care."),
        ("The ambulance service made no safeguarding referral after seven falls.",
         "Ambulance service", "Safeguarding referral",
         "The ambulance service did not make a safeguarding referral after any of the seven falls"),
        ("The GP practice discharged him from the diabetes clinic without contacting him.",
         "GP practice", "Discharge for non-attendance",
         "The GP practice discharged Clement from its diabetes clinic after missed appointments without contacting him."),
        ("The landlord's only response was letters, and the gas was capped without checking how he would heat the flat.",
         "Brindmoor Homes", "Landlord response to hoarding",
         "the gas supply was capped without checking how he would heat the flat"),
    ]))

# ---------------------------------------------------------------- f15_08
d = D("f15_08_thematic_older_people_da_cedric_box.txt")
v = Person(d, "v1", "victim", name="Cedric", age=81, gender="male", living="family_home")
v.char("chronic_illness", "arthritis in his hips and chronic kidney disease")
v.char("social_isolation", "he rarely went out")
v.char("domestic_abuse", "Over the summer Lyle began to take Cedric's bank card", subtypes=["financial"])
v.char("other", "cared for her at home until she died in 2019", detail="Bereavement (death of his wife, whom he had cared for)")
v.svc("private_sector", "prior", "the fraud team at Cedric's bank froze his card")
v.svc("police", "prior", "Officers visited. Cedric said that he had given Lyle the card")
v.svc("gp", "prior", "In August 2022 Cedric saw his GP about a cut on his forehead.")
v.svc("adult_social_care", "prior", "social worker rang Cedric, who said everything was fine.")
p = Person(d, "p1", "perpetrator", name="Lyle", age=19, gender="male", living="family_home")
p.char("substance_misuse", "Lyle used cannabis and ketamine")
p.char("unemployment", "Lyle used cannabis and ketamine and was not working.")
p.char("financial_issues", "He owed money to people who supplied him.")
p.svc("prison", "after", "A jury found Lyle guilty of murder, and he received a")
cases.append(case(
    d, title="Cedric", review_type="other", area="Bexmoor", published="2025-01", incident_year=2022,
    role="other", decision="include", reason="homicide",
    screening_quotes=["On 21 October 2022 Lyle struck Cedric several times with a frying pan in the",
                      "A jury found Lyle guilty of murder"],
    category="adult_family_violence", incident_type="homicide", fatal=True,
    description="Man of 81 beaten with a frying pan in his kitchen by his grandson of 19, who had moved in, used drugs, owed money and had taken his bank card and savings.",
    reference_individual="victim", people=[v, p],
    relationship=("other_family", "Grandson who moved into his bungalow in spring 2022.", [
        rc(d, "financial_abuse", "Over the summer Lyle began to take Cedric's bank card"),
    ]),
    weapons=[wp(d, "blunt_object", "with a frying pan")],
    locations=[loc(d, "home", "kitchen of the bungalow")],
    escalation_summary="His grandson moved in during spring 2022, took his bank card and sold his possessions; the bank froze the card in July; a cut forehead in August; shouting heard in September; he was struck with a frying pan in October after refusing money.",
    markers=[mk(d, "stress_debt_housing", "He owed money to people who supplied him."),
             mk(d, "threats_property_damage", "a neighbour heard shouting")],
    problems=[
        ("Police treated the bank's report as a family money matter, not abuse of an older person.",
         "Bexmoor Police", "Financial abuse of older people",
         "the police saw the bank's report as a family"),
        ("Police took no further action and did not tell adult social care.",
         "Bexmoor Police", "Information sharing",
         "The police took no further action and did not tell adult social care."),
        ("The GP did not ask what he meant about his grandson.",
         "GP", "Professional curiosity",
         "the GP missed the chance to ask Cedric about his"),
        ("Adult social care closed the concern after a phone call in which he could not speak freely.",
         "Bexmoor adult social care", "Seeing the person alone",
         "It found that adult social care closed the neighbour's concern after"),
        ("No agency considered the grandson's drug debts as a risk to him.",
         MULTI, "Risk from relatives' debts",
         "Lyle's drug debts as a risk to Cedric."),
        ("No DASH risk assessment was completed.",
         MULTI, "Domestic abuse tools not used",
         "In none of the three was a DASH risk assessment completed."),
    ]))

# ---------------------------------------------------------------- f15_09
d = D("f15_09_sab_larkhollow_annual_report_extract.txt")
cases.append(case(
    d, title=None, review_type="other", area="Larkhollow", published=None, incident_year=None,
    role="other", decision="exclude", reason="not_a_review",
    screening_quotes=["Annual Report 2023-24",
                      "The Board does not publish the names, or pseudonyms, of people whose reviews are still in progress."],
    category=None, incident_type=None, fatal=None,
    description="Extract from a Safeguarding Adults Board annual report: referral counts, a table of reviews by theme and status, and priorities; it describes no case.",
    reference_individual=None, people=[]))

# ---------------------------------------------------------------- f15_10
d = D("f15_10_cspr_jonah_shaken_baby_agency_table.txt")
v = Person(d, "v1", "victim", name="Jonah", age=0, gender="male", living="family_home")
v.char("abuse_neglect_child", "Doctors concluded that his injuries had been caused by violent shaking.",
       "the bruise had happened when he \"grabbed him too hard\"", subtypes=["physical"])
v.char("parent_mental_health", "the GP's diagnosis of postnatal depression")
v.svc("acute_health", "prior", "spent eight days on the neonatal unit before going home")
v.svc("health_visitor", "prior", "new birth visit at day 14 and one further home visit at four weeks")
v.svc("gp", "prior", "Jonah's six-to-eight-week check was carried out on 28 March 2024.")
v.svc("ambulance", "after", "Jonah was taken by ambulance to Kestlow Royal Hospital")
v.svc("acute_health", "after", "then transferred to Merrowfield Children's Hospital")
p = Person(d, "p1", "perpetrator", name="Lewis", age=23, gender="male", living="family_home")
p.char("looked_after", "Lewis and his three siblings were taken into care when he was eleven.")
p.char("domestic_violence_child", "\"was violent to my mum, all the time, in front of us\"")
p.char("household_member_prison", "His father served several prison sentences when Lewis was growing up")
p.char("other", "Lewis was diagnosed with ADHD at school.", detail="ADHD")
p.char("substance_misuse", "he used cannabis \"to calm down\"")
p.char("unemployment", "lost the job in December 2023")
p.char("financial_issues", "The couple were in debt and behind with their rent.")
p.char("history_of_violence", "Lewis's former partner said he had pushed her against a wall while she was holding their daughter")
p.svc("police", "prior", "Lewis was arrested; no further action was taken when she withdrew her statement.")
p.svc("csc_looked_after", "prior", "He was supported by the Kestlow leaving care service as a care leaver until he was 21.",
      "Lewis's personal adviser supported him with housing and benefits until he turned 21 in 2022.")
p.svc("gp", "prior", "He told his GP in 2023 that he used cannabis")
p.svc("prison", "after", "a seven-year prison sentence followed")
cases.append(case(
    d, title="Jonah", review_type="scr", area="Kestlow", published="2025-03", incident_year=2024,
    role="overview_report", decision="include", reason="physical_assault",
    screening_quotes=["Doctors concluded that his injuries had been caused by violent shaking.",
                      "Jonah survived. He has a lasting brain injury"],
    category="within_family_violence_children", incident_type="non_fatal_injury", fatal=False,
    description="Baby boy of ten weeks left with a lasting brain injury after being shaken by his father, a care leaver caring for him alone in the evenings, after an earlier bruise to his ear was accepted as accidental.",
    reference_individual="victim", people=[v, p],
    relationship=("parent_to_child", "Father, living with him and his mother and caring for him alone four evenings a week.", [
        rc(d, "physical_abuse", "the bruise had happened when he \"grabbed him too hard\""),
    ]),
    weapons=[wp(d, "non_accidental_injury", "caused by violent shaking")],
    locations=[loc(d, "home", "Lewis was alone with Jonah at the flat")],
    escalation_summary="The father lost his job two months before the birth and the couple fell into debt; from March he cared for the baby alone four evenings a week and was tired and could not stand the crying; a bruise to the ear at eight weeks, then shaking at ten weeks.",
    markers=[mk(d, "adverse_life_event", "lost the job in December 2023, two months before Jonah was born"),
             mk(d, "stress_debt_housing", "The couple were in debt and behind with their rent.")],
    problems=[
        ("Midwifery and health visiting asked nothing about the father beyond name and date of birth.",
         "Kestlow Maternity Unit; health visiting service", "Invisible fathers",
         "did not ask about Jonah's father at all"),
        ("Nothing linked the father's recorded history to the new pregnancy, because pre-birth checks depend on a referral.",
         "Kestlow Safeguarding Children Partnership (pre-birth procedure)", "Information about fathers",
         "the Partnership's pre-birth procedure is triggered only by a referral"),
        ("The 2021 assessment of his daughter did not speak to Lewis.",
         "Kestlow Children's Services", "Assessing fathers",
         "the 2021 assessment of Lewis's daughter did not include any conversation with Lewis himself"),
        ("The coping with crying conversation was had only with the mother.",
         "Kestlow Maternity Unit; health visiting service", "Coping with crying",
         "the coping with crying conversation was had only with Becca"),
        ("Health visiting did not offer a visit when the father could attend or ask who cared for the baby.",
         "Health visiting service", "Engaging fathers",
         "the health visiting service did not offer a visit at a time when Lewis could be there, and did not ask who looked after Jonah when Becca was at work"),
        ("The GP did not follow the bruising protocol for a non-mobile baby.",
         "Alderbrook Practice", "Bruising in non-mobile babies",
         "the GP did not follow the bruising procedure"),
        ("The practice had not been included in the Partnership's bruising protocol training.",
         "Kestlow Safeguarding Children Partnership", "Training",
         "The practice had not been included in the Partnership's training on the procedure"),
        ("Nobody asked how the mother's depression and evening work would affect who cared for the baby.",
         MULTI, "Parental mental health and care arrangements",
         "no one asked how Becca's depression and her return to evening work would affect the care of the baby"),
        ("Nobody asked about the father's stress; the GP never considered him and the baby together.",
         "Alderbrook Practice", "Father's stress",
         "nobody asked about Lewis's own health or stress"),
    ]))

# ---------------------------------------------------------------- f15_11
d = D("f15_11_dhr_imran_exec_summary_possessives.txt")
POLM = "Marsholt Police"
v = Person(d, "v1", "victim", name="Imran", age=31, gender="male", ethnicity="asian_pakistani",
           ethnicity_detail="Imran's family are of Pakistani heritage", living="family_home")
v.char("chronic_illness", "Imran had type 1 diabetes, managed with insulin.")
v.char("domestic_abuse", "Jodie had smashed Imran's phone and thrown a mug, which had cut Imran's head",
       "Officers found Imran with scratches to the face and neck", subtypes=["physical"])
v.svc("acute_health", "prior", "Imran attended the emergency department at Marsholt General Hospital")
v.svc("police", "prior", "On 27 June 2023 Imran rang 999", "Imran was arrested on suspicion of assault")
p = Person(d, "p1", "perpetrator", name="Jodie", age=28, gender="female")
p.char("mental_health_current", "Jodie had a diagnosis of emotionally unstable personality disorder")
p.char("alcohol_misuse", "Jodie drank heavily.")
p.char("offending", "In 2019 Jodie was convicted of assaulting a previous partner")
p.char("history_of_violence", "Jodie was convicted of assaulting a previous partner, a man")
p.svc("mh_other", "prior", "had been under the care of Dunnerdale Mental Health NHS Trust until 2022",
      detail="Dunnerdale Mental Health NHS Trust (team not named)")
p.svc("gp", "prior", "Jodie told a GP at Haverfield Surgery")
p.svc("police", "prior", "Jodie told officers that Imran had attacked her.")
p.svc("prison", "after", "The sentence was life imprisonment")
cases.append(case(
    d, title="Imran", review_type="dhr", area="Marsholt", published="2025-02", incident_year=2023,
    role="executive_summary", decision="include", reason="homicide",
    screening_quotes=["Jodie stabbed Imran twice with a kitchen knife", "Jodie, aged 28, was convicted of murder in May 2024."],
    category="intimate_partner_violence", incident_type="homicide", fatal=True,
    description="Man of 31 stabbed at his girlfriend's flat when he ended the relationship; earlier injuries were misread, and he was once arrested as the aggressor.",
    reference_individual=None, people=[v, p],
    relationship=("intimate_partner", "Girlfriend of about two years; not living together.", [
        rc(d, "physical_abuse", "thrown a mug, which had cut Imran's head"),
        rc(d, "domestic_abuse", "nobody would believe a bloke getting hit by his girlfriend"),
        rc(d, "strain_separation", "the relationship was \"up and down\""),
    ]),
    weapons=[wp(d, "knife", "Jodie stabbed Imran twice with a kitchen knife")],
    locations=[loc(d, "home", "at his girlfriend's flat in Marsholt")],
    escalation_summary="A deep cut in 2022 recorded as an accident, scratches in February 2023 when he was arrested as the suspect, a mug thrown in June; he told no one for shame; on the day he ended the relationship she had been drinking all afternoon and stabbed him.",
    markers=[mk(d, "separation", "Imran told Jodie that the relationship was over."),
             mk(d, "alcohol_drugs_before", "Jodie had been drinking through the afternoon."),
             mk(d, "concealment_stigma", "The family believe that shame, and worry about what relatives would think, stopped Imran from telling anyone.")],
    problems=[
        ("Officers assumed early that the man was the aggressor.",
         POLM, "Gender assumptions",
         "officers made an early assumption that the man was the aggressor"),
        ("Officers did not consider the primary aggressor, his injuries or her history of assaulting a male partner.",
         POLM, "Primary aggressor",
         "Officers did not consider who was the primary aggressor, did not take account of Imran's injuries, and did not check Jodie's history"),
        ("No DASH was completed with Imran and he was not spoken to alone.",
         POLM, "Risk assessment",
         "no DASH was completed with Imran, and Imran was not spoken to on his own"),
        ("The standard grading was made without an assessment or a look at the February incident.",
         POLM, "Risk assessment",
         "The risk grading of standard was made without an assessment and without looking at the February incident"),
        ("The domestic abuse service relied on one letter to a man it had never spoken to.",
         "Marsholt Domestic Abuse Service (MDAS)", "Contact with victims",
         "MDAS relied on one letter to a man it had never spoken to"),
        ("Its policy gave men referred as victims a letter only, less than women at the same risk.",
         "Marsholt Domestic Abuse Service (MDAS)", "Male victims",
         "The service's policy for men referred as victims was to send a letter only"),
        ("The emergency department did not ask about the deep cut; routine enquiry was for women only.",
         "Marsholt General Hospital", "Routine enquiry",
         "Marsholt General Hospital did not ask Imran about the cause of a deep cut in September 2022"),
        ("The GP did not explore Jodie's disclosure of hurting people close to her or the risk to her partner.",
         "Haverfield Surgery", "Perpetrator disclosures",
         "Jodie's disclosure to the GP about hurting people close to Jodie went unexplored"),
        ("The mental health referral did not pass on what Jodie had said.",
         "Haverfield Surgery", "Referral content",
         "The mental health referral did not pass on what Jodie had said."),
        ("Professionals did not readily see a man as a victim of domestic abuse by a woman.",
         MULTI, "Male victims",
         "the idea of a man as a victim of domestic abuse by a woman did not come easily to professionals"),
    ]))

# ---------------------------------------------------------------- f15_12
d = D("f15_12_scr_child_s_neglect_lscb_2016.txt")
CSC = "Gorsedene County Council Children's Social Care"
v = Person(d, "v1", "victim", name="Child S", age=6, gender="female", living="family_home")
v.char("abuse_neglect_child", "Her death resulted from prolonged and severe neglect of her most basic needs",
       "she often arrived without breakfast", subtypes=["neglect"])
v.char("chronic_illness", "Child S had asthma, for which she had an inhaler.")
v.char("parent_mental_health", "Her GP had treated her for depression from her late teens onwards.")
v.char("absent_parents", "Child S's father left the family when Child S was a few months old and has had no contact with her since.")
v.char("other", "she was withdrawing Child S to educate her at home", detail="Withdrawn from school for elective home education")
v.svc("school", "prior", "Child S attended the nursery class at Greenhollow Infant School from September 2012.")
v.svc("gp", "prior", "In 2013 Child S was seen twice at Candlemass Road Surgery for her asthma.")
v.svc("other", "prior", "The school nurse weighed and measured Child S in February 2014", detail="School nursing")
v.svc("other", "prior", "an Elective Home Education officer visited the flat by appointment",
      detail="Elective Home Education team")
m = Person(d, "p1", "perpetrator", name="Mother", age=27, gender="female", ethnicity="white_british",
           ethnicity_detail="She was White British.", living="family_home")
m.char("mental_health_current", "Her GP had treated her for depression from her late teens onwards.",
       "Mother was seen regularly for depression and was prescribed antidepressants.")
m.char("financial_issues", "the family were struggling with money")
m.svc("gp", "prior", "Mother was seen regularly for depression and was prescribed antidepressants.")
m.svc("housing", "prior", "a Dewberry Homes housing officer visited the flat about rent arrears")
m.svc("prison", "after", "Mother was sentenced to eight years' imprisonment")
g = Person(d, "p2", "perpetrator", name="Mr Garbutt", age=33, gender="male", living="family_home")
g.char("offending", "He had previous convictions for drink driving and for assault")
g.char("history_of_violence", "the latter from 2009 following a fight outside a public house")
g.char("alcohol_misuse", "He drank heavily")
g.char("unemployment", "had not worked since 2012")
g.svc("police", "prior", "Officers attended and spoke to Mr Garbutt at the door.")
g.svc("prison", "after", "Mr Garbutt to six years")
cases.append(case(
    d, title="Child S", review_type="scr", area="Gorsedene", published="2017-03", incident_year=2015,
    role="overview_report", decision="exclude", reason="extreme_neglect",
    screening_quotes=["The post-mortem examination found that Child S was severely malnourished and dehydrated",
                      "No fractures and no injuries from a physical assault were found.",
                      "The review has found no evidence that Child S was hit or physically assaulted."],
    category=None, incident_type=None, fatal=True,
    description="Girl of six died of starvation, dehydration and an untreated chest infection after being withdrawn from school for home education; her mother and the mother's partner were convicted of neglect offences; no assault.",
    reference_individual="victim", people=[v, m, g],
    relationship=("parent_to_child", "Mother, and the mother's partner (not the father) living in the household from early 2013.", [
        rc(d, "neglect", "Her death resulted from prolonged and severe neglect of her most basic needs"),
    ]),
    problems=[
        ("Children's Social Care did not assess the school's neglect referral.",
         CSC, "Response to neglect referrals",
         "Children's Social Care did not undertake an initial assessment of the referral"),
        ("The referral was closed on one phone call with Mother, without seeing the child, speaking to the school or checking the weights.",
         CSC, "Seeing the child",
         "the decision to close it was made on the basis of a single telephone conversation with Mother, without seeing Child S"),
        ("The school did not challenge the closure or refer for early help.",
         "Greenhollow Infant School", "Escalation",
         "the school did not challenge the closure or refer the family for early help"),
        ("School staff did not know the Board's escalation procedure.",
         "Greenhollow Infant School", "Escalation procedure",
         "staff at the school were not aware of it"),
        ("The surgery treated missed appointments as the parent's matter, not possible neglect.",
         "Candlemass Road Surgery", "Was not brought",
         "Candlemass Road Surgery treated Child S's missed appointments as a matter for the parent and not as a possible sign of neglect"),
        ("The practice had no system for children repeatedly not brought.",
         "Candlemass Road Surgery", "Was not brought",
         "The practice had no system for identifying children who were repeatedly not brought to appointments."),
        ("The school's home education notification left out its safeguarding concerns.",
         "Greenhollow Infant School", "Home education notification",
         "the school's notification to the Elective Home Education team left out the school's safeguarding concerns"),
        ("The home education team did not check with Children's Social Care before visiting.",
         "Gorsedene County Council Elective Home Education team", "Home education and safeguarding",
         "the Elective Home Education team did not check with Children's Social Care before visiting"),
        ("The officer did not see the child and recorded the provision as satisfactory.",
         "Gorsedene County Council Elective Home Education team", "Seeing the child",
         "the failure to see Child S should have been recorded as a concern and not as satisfactory"),
        ("Professionals spoke to the adults about her rather than seeing her.",
         MULTI, "Seeing the child",
         "professionals spoke to the adults about Child S rather than seeing her for themselves"),
        ("The health visitor's sighting of a thin, silent child was not acted on.",
         "Gorsedene Community Health Services NHS Trust (health visiting)", "Siblings of the child visited",
         "it was not acted on because the health visitor saw her role as being for the younger child"),
        ("Police officers did not see the children, against Constabulary guidance.",
         "Gorsedene Constabulary", "Seeing the child",
         "officers did not follow the Constabulary's guidance on attending calls involving children"),
        ("The housing officer did not recognise the bolt on the outside of a bedroom door.",
         "Dewberry Homes", "Recognising abuse",
         "The housing officer who saw the bolt on the outside of a bedroom door did not recognise its significance."),
        ("Housing officers had no safeguarding training.",
         "Dewberry Homes", "Training",
         "Dewberry Homes had not provided its housing officers with safeguarding training."),
        ("No agency considered how the mother's depression and partner's drinking affected the child's care.",
         MULTI, "Parental mental health and alcohol",
         "no agency considered how Mother's depression and Mr Garbutt's alcohol use might affect their care of Child S"),
        ("The GP did not ask about the children at Mother's appointments.",
         "Candlemass Road Surgery", "Think family",
         "the GP did not ask about the children at any of Mother's appointments"),
        ("The grandmother's call was recorded as a family dispute over contact.",
         CSC, "Listening to the wider family",
         "The call was recorded as a \"family dispute over contact\" and no further action was taken."),
        ("Children's Social Care did not check its own records when the grandmother called.",
         CSC, "Checking records",
         "Children's Social Care did not check its own records"),
    ]))

stats(cases, docs)  # fails, writing nothing, if any quote is missing
write(cases, os.path.join(HERE, "gold.json"))
