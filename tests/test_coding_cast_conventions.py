"""People named by pseudonym conventions: bare letters, glossaries, tables, numbered codes."""

from reviewsynth.coding.cast import MentionFinder, build_cast
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.coding.screening import fatal_abuse_reason, perpetrator_suicide
from reviewsynth.documents import ExtractedDocument


def _read(text: str) -> ReviewDoc:
    doc = ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False)
    return ReviewDoc.read(doc)


def _role(cast, role):
    return next(m for m in cast.members if m.role == role)


def test_service_user_letter_and_titled_victim():
    rd = _read(
        "An independent investigation into the care and treatment of a mental health service user (Service user Z).\n\n"
        "On 3 June 2020 Service user Z (Z), then aged 24, stabbed his neighbour, Mr Q, outside a shop. Mr Q was 51. "
        "Z was arrested at his flat. Z had stopped his medication in April. The family of Mr Q asked us to record his kindness. "
        "Z's mother said Z was frightened."
    )
    cast = build_cast(rd, "Service user Z", "iir")
    perp, victim = _role(cast, "perpetrator"), _role(cast, "victim")
    assert perp.aliases == {"Service user Z", "Z"} and perp.name == "Service user Z"
    assert victim.name == "Mr Q"
    mf = MentionFinder(rd, cast)
    idx = next(i for i, s in enumerate(rd.sentences) if s.text.startswith("Z had stopped"))
    assert perp.person_id in {m.person_id for m in mf.mentions(idx)}


def test_glossary_letters_are_parents_and_labels_are_not_people():
    rd = _read(
        "Glossary\n\nGP - General Practitioner. M - the mother of Child T. F - the father of Child T.\n\n"
        "Part F: the events\n\nF.1 Child T was seven when she died. F had strangled Child T at his flat and later hanged himself. "
        "M raised the alarm. M told the police that F had threatened her. F was a lorry driver.\n\n"
        "F.2 Child T lived with M."
    )
    cast = build_cast(rd, "Child T", "scr")
    perp = _role(cast, "perpetrator")
    assert perp.name == "F" and perp.gender == "male"
    mother = next(m for m in cast.members if "M" in m.aliases)
    assert (mother.role, mother.kin, mother.kin_of, mother.gender) == ("other", "mother", "v1", "female")
    mf = MentionFinder(rd, cast)
    heading = next(i for i, s in enumerate(rd.sentences) if "Part F" in s.text)
    assert perp.person_id not in {m.person_id for m in mf.mentions(heading)}
    assert perpetrator_suicide(rd, cast) is not None


def test_suicide_told_in_the_next_sentence():
    rd = _read(
        "Child T was killed by her father (F) at his flat. F then took his own life. "
        "F had lost his job. F was convicted of assault in 2012. M - the mother of Child T. Child T died on 2 May 2019."
    )
    cast = build_cast(rd, "Child T", "scr")
    assert perpetrator_suicide(rd, cast) is not None


def test_child_letter_used_alone_and_numbered_codes():
    rd = _read(
        "This review concerns a 14-year-old boy, referred to as Child V, who was stabbed in May 2022. "
        "A 16-year-old, Young Person 2, was convicted of wounding. Young Person 2 was sentenced to four years. "
        "V was excluded from school in 2021. V's mother asked for help. Plan V was never written. The school told V that he could return."
    )
    cast = build_cast(rd, "Child V", "scr")
    assert _role(cast, "victim").aliases == {"Child V", "V"}
    assert _role(cast, "perpetrator").name == "Young Person 2"


def test_pseudonym_table_names_people_used_once():
    rd = _read(
        "Relationship | Pseudonym | Age\nVictim | Odile | 44\nPerpetrator, husband | Bram | 47\nDaughter of the victim | Lise | 19\n\n"
        "Odile died in March 2021. Bram was convicted of her murder. Lise gave evidence."
    )
    cast = build_cast(rd, None, "dhr")
    assert _role(cast, "victim").name == "Odile"
    assert _role(cast, "perpetrator").name == "Bram"
    assert any(m.name == "Lise" and m.role == "other" for m in cast.members)


def test_the_subject_is_the_reviews_subject():
    rd = _read(
        "This review concerns Adult C, who was killed by a man he did not know in 2021. Adult C was 62. "
        "The subject had lived alone for ten years. Adult C was known to services."
    )
    cast = build_cast(rd, "Adult C", "sar")
    mf = MentionFinder(rd, cast)
    idx = next(i for i, s in enumerate(rd.sentences) if s.text.startswith("The subject"))
    assert cast.subject == "v1"
    assert "v1" in {m.person_id for m in mf.mentions(idx)}


def test_a_deliberate_killing_of_a_child_is_homicide_not_fatal_abuse():
    assert fatal_abuse_reason("homicide", True, True, "parent_to_child", ["strangulation"]) == "homicide"
    assert fatal_abuse_reason("homicide", True, True, "parent_to_child", [], "homicide_suicide") == "homicide"
    assert fatal_abuse_reason("homicide", True, True, "parent_to_child", ["non_accidental_injury"]) == "fatal_abuse"


def test_a_place_name_is_never_a_pronouns_person():
    rd = _read(
        "Adult R, called Rhodri in this report, died on 2 May 2022 at a supported housing scheme in Carrow. "
        "He was 34 years old. He was killed by Adult K. Rhodri moved to Carrow in 2020. "
        "Rhodri went to Carrow police station. Rhodri liked Carrow market. Adult K was convicted of murder."
    )
    cast = build_cast(rd, "Adult R", "sar")
    carrow = next(m for m in cast.members if m.name == "Carrow")
    assert carrow.place
    mf = MentionFinder(rd, cast)
    idx = next(i for i, s in enumerate(rd.sentences) if s.text.startswith("He was 34"))
    assert [m.person_id for m in mf.mentions(idx)] == ["v1"]


def test_glossary_letters_for_roles():
    rd = _read(
        "Key to names\n\nV - the victim. P - the perpetrator. GP - general practitioner.\n\n"
        "In 2021 V was found injured at home and died later. P was arrested. V had told a friend that P frightened her. "
        "P's brother said P had been drinking."
    )
    cast = build_cast(rd, None, "dhr")
    assert _role(cast, "victim").name == "V"
    assert _role(cast, "perpetrator").name == "P"


def test_every_victim_gets_a_person():
    rd = _read(
        "This review concerns the deaths of Child D and Child E, who were killed by Mr R in 2021. "
        "Child D was stabbed at home. Child E was stabbed in the garden. Mr R was convicted of murder. "
        "The death of Child E was reported by a neighbour. Mr R was sentenced to life imprisonment."
    )
    cast = build_cast(rd, "Child D", "scr")
    assert {m.name for m in cast.members if m.role == "victim"} == {"Child D", "Child E"}
    assert [m.name for m in cast.members if m.role == "perpetrator"] == ["Mr R"]


def test_letter_labels_and_headings_are_not_the_person():
    rd = _read(
        "Child Safeguarding Practice Review: Child B\n\n"
        "B. Background\n\n"
        "Child B was stabbed by Young Person C in 2022. Young Person C was convicted of wounding. "
        "B was excluded from school. B's mother asked for help. Recommendation B was agreed. The school told B that he could return."
    )
    cast = build_cast(rd, "Child B", "scr")
    mf = MentionFinder(rd, cast)
    victim = _role(cast, "victim")
    assert "B" in victim.aliases
    heading = next(i for i, s in enumerate(rd.sentences) if s.text.strip().startswith("B. Background"))
    assert victim.person_id not in {m.person_id for m in mf.mentions(heading)}
    rec = next(i for i, s in enumerate(rd.sentences) if "Recommendation B" in s.text)
    assert victim.person_id not in {m.person_id for m in mf.mentions(rec)}


def test_the_subject_killed_is_the_victim():
    rd = _read(
        "Domestic Homicide Review\n\nThe Subject was killed by her husband, Mr T, in 2021. Mr T was convicted of murder. "
        "The Subject had told her GP she was afraid. The subject's sister said she was isolated."
    )
    cast = build_cast(rd, None, "dhr")
    mf = MentionFinder(rd, cast)
    assert _role(cast, "victim").name == "The Subject"
    idx = next(i for i, s in enumerate(rd.sentences) if "told her GP" in s.text)
    assert "v1" in {m.person_id for m in mf.mentions(idx)}


def test_perpetrators_later_suicide_but_not_an_attempt():
    later = _read(
        "Odile was killed by Mr K in March 2021. Mr K was charged with murder and remanded. "
        "Mr K took his own life in prison in May 2021. Odile had told her GP she was afraid of Mr K. Odile said she was isolated."
    )
    assert perpetrator_suicide(later, build_cast(later, None, "dhr")) is not None
    attempt = _read(
        "Odile was killed by Mr K in March 2021. Mr K was convicted of murder and sentenced. "
        "Mr K had tried to take his own life in 2019. Odile had told her GP she was afraid of Mr K. Odile said she was isolated."
    )
    assert perpetrator_suicide(attempt, build_cast(attempt, None, "dhr")) is None
