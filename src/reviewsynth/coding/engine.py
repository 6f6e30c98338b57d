"""`code_case`: read one review and fill the whole stage 1 Case, every code with evidence."""

from __future__ import annotations

import re
import typing
from functools import lru_cache
from typing import Literal

from reviewsynth.codebook import load_codebook
from reviewsynth.coding import incident as inc
from reviewsynth.coding import relationship, screening
from reviewsynth.coding.cast import Cast, CastMember, MentionFinder, build_cast
from reviewsynth.coding.codes import CharacteristicReader, ContextReader, Finding, ServiceReader
from reviewsynth.coding.components import CaseReading, check_pipeline, component, run_pipeline
from reviewsynth.coding.lexicon import load_lexicon, word_regex
from reviewsynth.coding.people import (
    Demographics,
    demographics,
    nominal_ages,
    paired_ages,
    shared_ethnicity,
    shared_homes,
)
from reviewsynth.coding.reader import ReviewDoc, incident_date
from reviewsynth.config import ProjectConfig
from reviewsynth.grouping.model import CaseGroup
from reviewsynth.schema import (
    AbusiveBehaviour,
    Case,
    Code,
    Escalation,
    Incident,
    Intervention,
    Person,
    ProtectiveFactor,
    Relationship,
    RiskFactor,
    Role,
    Screening,
    Service,
)

_READERS: dict[str, object] = {}
# A coded name for a child, the whole name ("Child K", "Pupil B"; not "Child K's father").
_CHILD_NAME = re.compile(r"(?:Child|Baby|Infant|Pupil|Student|Young Person|Boy|Girl)\s+[A-Z][\w-]*")
_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\S")


def _reader(name: str, factory):
    # Lexicons compile once per process; a 60-page report then costs one pass per lexicon.
    if name not in _READERS:
        _READERS[name] = factory()
    return _READERS[name]


def _in_scope(group: CaseGroup, config: ProjectConfig | None) -> bool:
    if config is None:
        return True
    meta = group.meta
    if config.areas and meta.area:
        wanted = [a.lower() for a in config.areas]
        if not any(w in meta.area.lower() or meta.area.lower() in w for w in wanted):
            return False
    if meta.published:
        if config.published_from and meta.published[: len(config.published_from)] < config.published_from:
            return False
        if config.published_to and meta.published[: len(config.published_to)] > config.published_to:
            return False
    return True


def _code(f: Finding, detail: str | None = None) -> Code:
    return Code(code=f.code, detail=detail, subtypes=sorted(f.subtypes), evidence=f.evidence[:3],
                status="suggested", confidence=f.confidence)


_DEATH_WORD = re.compile(r"\b(?:died|death|killed|murder|homicide|(?:pronounced|found|was) dead|fatal)\b", re.I)
# A death word that tells no death: a review's name, a denial, a death from another cause.
_NO_DEATH = re.compile(r"\bhomicide reviews?\b", re.I)
_DENIED = re.compile(r"\b(?:no one|nobody|did not|didn't|never|not)\s+(?:\w+\s+)?$", re.I)
_OTHER_CAUSE = re.compile(r"\b(?:unrelated|natural causes|not related to|not caused by)\b", re.I)
_HEAD_CHARS = 6000


def _fatal(rd: ReviewDoc, decision: str, reason: str) -> bool | None:
    """True when the opening pages tell a death; False for an included review that tells
    none (its harm was not fatal); None for a text that tells no case."""
    if reason == "not_a_review":
        return None
    if reason in ("homicide", "fatal_abuse"):  # the screen read a killing
        return True
    for m in _DEATH_WORD.finditer(rd.text, 0, min(len(rd.text), _HEAD_CHARS)):
        sent = rd.sentence_at(m.start())
        if _NO_DEATH.match(rd.text, m.start()) or _DENIED.search(rd.text, sent.start, m.start()):
            continue
        if _OTHER_CAUSE.search(sent.text) or _relative_s_death(rd.text, m.start(), m.end()):
            continue
        return True
    return False if decision == "include" else None


@lru_cache(maxsize=1)
def _kin_nouns() -> str:
    return word_regex([w for w in load_lexicon("people")["kin_words"] if w != "family"]).pattern


def _relative_s_death(text: str, start: int, end: int) -> bool:
    """"following the death of their mother", "after his father died": a relative's death, not
    the harm the review is about."""
    kin = _kin_nouns()
    after = re.match(r"\s+of\s+(?:(?:his|her|their|the|[A-Z][\w-]*['’]s)\s+)?(?:late\s+)?(?:" + kin + r")", text[end:end + 60], re.I)
    before = re.search(r"\b(?:his|her|their|[A-Z][\w-]*['’]s)\s+(?:" + kin + r")(?:['’]s)?\s+(?:had\s+)?$", text[max(0, start - 40):start], re.I)
    return bool(after or before)


def _incident_type(rd: ReviewDoc, cast: Cast, fatal: bool | None, reason: str) -> str | None:
    if reason == "suicide_peer_violence":
        return "suicide"
    if screening.perpetrator_suicide(rd, cast) is not None:
        return "homicide_suicide"
    if reason == "sexual_abuse" and not fatal:
        return "sexual_abuse"
    if fatal:
        return "homicide"
    return "non_fatal_injury"


def _noun(p: Person | None) -> tuple[str, str]:
    """("a 34-year-old man", "his") for a person; age and gender only as the review states them."""
    if p is None:
        return "a person", "their"
    child = (p.age is not None and p.age < 18) or p.age_band == "child_unknown"
    noun = {"female": "girl" if child else "woman", "male": "boy" if child else "man"}.get(p.gender, "child" if child else "person")
    if p.age == 0:
        noun = "baby " + noun if noun in ("boy", "girl") else "baby"
        phrase = "a " + noun
    elif p.age is not None:
        phrase = f"a {p.age}-year-old {noun}"
    else:
        phrase = ("an " if noun[0] in "aeiou" else "a ") + noun
    return phrase, {"female": "her", "male": "his"}.get(p.gender, "their")


_REL_WORDS = {"ex_partner": "former partner", "intimate_partner": "partner", "sibling": "sibling",
              "other_family": "relative", "friend_acquaintance": "friend or acquaintance", "housemate": "housemate",
              "neighbour": "neighbour", "unknown_peer": "peer"}
_WEAPON_WORDS = {"knife": "with a knife", "gun": "with a gun", "blunt_object": "with a blunt object", "axe": "with an axe",
                 "strangulation": "by strangulation", "non_accidental_injury": "through inflicted injuries", "fire": "by fire",
                 "poisoning_overdose": "by poisoning", "fall_from_height": "in a fall from height"}


def _description(victim: Person | None, perp: Person | None, rel: str, weapons: list[str],
                 fatal: bool | None, incident_type: str | None = None) -> str | None:
    """One plain sentence: who was harmed, how, by whom, and what followed."""
    if victim is None:
        return None
    who, poss = _noun(victim)
    if rel == "parent_to_child" and perp is not None:
        by = f"by {poss} {'father' if perp.gender == 'male' else 'mother' if perp.gender == 'female' else 'parent or carer'}"
    elif rel == "child_to_parent" and perp is not None:
        by = f"by {poss} {'son' if perp.gender == 'male' else 'daughter' if perp.gender == 'female' else 'child'}"
    elif rel == "stranger":
        by = "by a stranger"
    elif rel in _REL_WORDS:
        by = f"by {poss} {_REL_WORDS[rel]}"
    elif perp is not None:
        by = "by " + _noun(perp)[0]
    else:
        by = ""
    # The killing's means first: an overdose or hanging in the list is often the perpetrator's suicide.
    how = next((_WEAPON_WORDS[w] for w in sorted(weapons, key=lambda w: w == "poisoning_overdose") if w in _WEAPON_WORDS), "")
    if incident_type == "suicide":
        text = f"{who[0].upper()}{who[1:]} took {poss} own life after violence or bullying by peers"
    else:
        verb = {"sexual_abuse": "was sexually abused", "non_fatal_injury": "was seriously harmed"}.get(incident_type or "", "was killed" if fatal else "was harmed")
        text = " ".join(x for x in (f"{who[0].upper()}{who[1:]}", verb, by, how) if x)
    if incident_type == "homicide_suicide":
        text += f"; the perpetrator then took {_noun(perp)[1]} own life"
    return text + "."


# -- the components, in pipeline order ------------------------------------------------------
# Each reads the case reading and assigns the slots it declares (components.py).

@component("review_type", assigns=("review_type",))
def read_review_type(r: CaseReading) -> None:
    rtype = r.group.meta.review_type
    if rtype in (None, "", "other") and not r.group.meta.evidence.get("review_type"):
        rtype, _ = inc.review_type(r.doc)
    r.review_type = rtype


@component("cast", needs=("review_type",), assigns=("cast", "mentions"))
def read_cast(r: CaseReading) -> None:
    r.cast = build_cast(r.doc, r.group.meta.title, r.review_type)
    r.mentions = MentionFinder(r.doc, r.cast)


@component("demographics", needs=("cast", "mentions"), assigns=("incident_year", "demographics", "child_victim"))
def read_demographics(r: CaseReading) -> None:
    cast, mf = r.the_cast()
    r.incident_year = r.group.meta.incident_year or _incident_year(r.doc)
    r.demographics = {m.person_id: demographics(r.doc, mf, m, r.incident_year) for m in cast.principals}
    paired_ages(r.doc, cast.principals, r.demographics)
    nominal_ages(r.doc, cast.principals, r.demographics)
    shared_homes(r.doc, mf, r.demographics)
    shared_ethnicity(r.doc, mf, r.demographics)
    victim_age = r.demographics["v1"].age if "v1" in r.demographics else None
    r.child_victim = (victim_age is not None and victim_age < 18) or (
        victim_age is None and bool(cast.victims) and bool(re.match(r"(Child|Baby)\b", cast.victims[0].name)))


@component("screening", needs=("cast", "review_type", "child_victim"), assigns=("screening", "fatal"))
def read_screening(r: CaseReading) -> None:
    cast, _ = r.the_cast()
    decision, reason, evidence = screening.screen(r.doc, cast, r.review_type, r.child_victim)
    r.fatal = _fatal(r.doc, decision, reason)
    if not _in_scope(r.group, r.config):
        decision, reason = "exclude", "out_of_scope"
        evidence = [v for v in r.group.meta.evidence.values()][:1] or evidence
    # screen() and the out-of-scope branch give only 'include' or 'exclude'.
    r.screening = Screening(decision=typing.cast(Literal["include", "exclude"], decision), reason=reason,
                            evidence=evidence)


@component("relationship_type", needs=("cast", "mentions", "child_victim"),
           assigns=("relationship_type", "relationship_evidence"), applies="with_people")
def read_relationship_type(r: CaseReading) -> None:
    """Stated kin links and peer words first; the older phrase vote only as a last resort,
    and never for a family or partner type that no link states."""
    cast, mf = r.the_cast()
    found = relationship.relationship_type(r.doc, cast, mf, r.child_victim)
    if found:
        r.relationship_type, r.relationship_evidence = found
        return
    rel_type, _, rel_ev = inc.relationship_type(r.doc, cast, mf, r.child_victim)
    if rel_type in inc.FAMILY_TYPES | inc.PARTNER_TYPES:
        rel_type, rel_ev = "not_clear", None
    r.relationship_type, r.relationship_evidence = rel_type, rel_ev


@component("people", needs=("cast", "demographics", "child_victim"), assigns=("people",), applies="with_people")
def read_people(r: CaseReading) -> None:
    """The principals (victims, perpetrators) with their demographics. When no age is told,
    a coded name for a child ("Child K", "Pupil B") says child, and a title or an adult noun
    says adult."""
    cast, _ = r.the_cast()
    r.people = {m.person_id: _person(m, r.demographics[m.person_id]) for m in cast.principals}
    for pid, p in r.people.items():
        if p.age is not None or p.age_band not in ("not_reported", "adult_unknown", "child_unknown"):
            continue
        member = cast.get(pid)
        names = member.aliases if member else {p.name or ""}
        # A children's review (SCR, CSPR) is about children: its victims are children.
        child_review = p.role == "victim" and r.review_type == "scr"
        if any(_CHILD_NAME.fullmatch(n) for n in names) or (pid == "v1" and r.child_victim) or child_review:
            p.age_band = "child_unknown"
        elif p.age_band == "not_reported" and (any(_names_adult(n) for n in names) or _has_spouse(cast, pid)):
            p.age_band = "adult_unknown"  # a title, an adult noun ("her husband", "the man"), a spouse


@component("characteristics", needs=("people", "mentions", "review_type", "relationship_type", "child_victim"),
           assigns=("characteristics", "characteristics_read"), applies="with_people")
def read_characteristics(r: CaseReading) -> None:
    """Each principal's characteristics. Abuse of a victim is coded only in a domestic case,
    and for the one who experienced it, never for the abuser (the method's practice)."""
    cast, mf = r.the_cast()
    found = _reader("chars", CharacteristicReader).read(r.doc, cast, mf, _ages(r), r.child_victim)
    domestic = r.relationship_type in inc.PARTNER_TYPES | inc.FAMILY_TYPES
    ages = _ages(r)
    coded: dict[str, list[Code]] = {pid: [] for pid in r.people}
    for pid, codes in found.items():
        if pid not in r.people:
            continue
        victim = r.people[pid].role == "victim"
        at_home = victim and domestic and not r.child_victim
        if at_home:
            _abuse_at_home_is_domestic(codes, ages.get(pid))
        for code, f in codes.items():
            if victim and not domestic and (code == "domestic_abuse" or (
                    code == "abuse_neglect_adult" and r.review_type != "sar")):
                continue  # abuse outside the home is a safeguarding adults matter, or not coded
            if code == "abuse_neglect_adult" and at_home and "domestic_abuse" in codes:
                continue  # told as the domestic abuse it is: its acts are that code's subtypes
            if code == "abuse_neglect_adult" and not victim and not _undergone(f):
                continue  # a perpetrator's own acts ("he pushed her"), not abuse done to them
            if code == "domestic_abuse" and at_home and "abuse_neglect_adult" in codes:
                f = Finding(f.code, f.evidence, f.subtypes | codes["abuse_neglect_adult"].subtypes, f.sentences)
            coded[pid].append(_code(f, f.detail))
    r.characteristics, r.characteristics_read = coded, found


# A sentence telling that its subject underwent what follows ("she experienced physical abuse
# from her former husband", "was subjected to", "had been a victim of").
_UNDERGONE = re.compile(r"\b(?:experienc(?:ed|es|ing)|suffer(?:ed|s|ing)|endur(?:ed|es|ing)|subjected to|"
                        r"(?:a )?victim of|survivor of|disclosed (?:being|that (?:he|she) (?:was|had been)))\b", re.I)


def _undergone(f: Finding) -> bool:
    """Abuse a perpetrator underwent as an adult is told as such ("had experienced ... from a
    former partner"); without those words a perpetrator's abuse is an act they did."""
    return any(_UNDERGONE.search(e.quote) for e in f.evidence)


def _abuse_at_home_is_domestic(codes: dict[str, Finding], age: int | None) -> None:
    """A victim abused by a partner or relative ("he controlled her money", "pushed her") has
    experienced domestic abuse, whatever words the review uses for the acts (16 and over, the
    statutory definition)."""
    abuse = codes.get("abuse_neglect_adult")
    if abuse is not None and "domestic_abuse" not in codes and (age is None or age >= 16):
        codes["domestic_abuse"] = Finding("domestic_abuse", list(abuse.evidence), set(), set(abuse.sentences))


@component("services", needs=("people", "mentions", "child_victim", "review_type"), assigns=("services",),
           applies="included")
def read_services(r: CaseReading) -> None:
    cast, mf = r.the_cast()
    # A children's review (SCR, CSPR) is about children: a victim of unknown age is one.
    child = r.child_victim or r.review_type == "scr"
    found = _reader("services", ServiceReader).read(r.doc, cast, mf, _ages(r), child)
    r.services = {pid: [] for pid in r.people}
    for (pid, svc, timing), f in found.items():
        if pid not in r.people:
            continue
        r.services[pid].append(Service(service=svc, timing=timing, evidence=f.evidence[:3]))


@component("contexts", needs=("people", "mentions", "characteristics_read"),
           assigns=("risk_factors", "protective_factors"), applies="included")
def read_contexts(r: CaseReading) -> None:
    _, mf = r.the_cast()
    risks, prots = _reader("contexts", ContextReader).read(r.doc, mf, r.characteristics_read)
    r.risk_factors = {pid: [] for pid in r.people}
    r.protective_factors = {pid: [] for pid in r.people}
    for (pid, context, rtype), (detail, f) in risks.items():
        if pid in r.people:
            r.risk_factors[pid].append(RiskFactor(context=context, type=rtype, detail=detail, evidence=f.evidence[:2]))
    for (pid, context), (detail, f) in prots.items():
        if pid in r.people:
            r.protective_factors[pid].append(ProtectiveFactor(context=context, detail=detail, evidence=f.evidence[:2]))


@component("relationship", needs=("mentions", "relationship_type", "relationship_evidence"),
           assigns=("relationship", "relationship_findings"), applies="included")
def read_relationship(r: CaseReading) -> None:
    cast, mf = r.the_cast()
    r.relationship_findings = relationship.characteristics(r.doc, cast, mf, r.relationship_type)
    ev = r.relationship_evidence
    r.relationship = Relationship(type=r.relationship_type, detail=ev.quote if ev else None,
                                  characteristics=[_code(f) for f in r.relationship_findings.values()])


@component("incident", needs=("screening", "fatal", "cast", "child_victim", "relationship_type",
                              "relationship_findings", "characteristics_read"),
           assigns=("incident_type", "incident", "included_reason"), applies="included")
def read_incident(r: CaseReading) -> None:
    """What happened: its type, weapons, locations, technology and abusive behaviours; and the
    screening reason made precise (a child's death by abuse is fatal abuse)."""
    cast, mf = r.the_cast()
    assert r.screening is not None  # "included" components run after screening
    r.incident_type = _incident_type(r.doc, cast, r.fatal, r.screening.reason)
    weapons = inc.incident_codes(r.doc, "weapons", r.child_victim)
    locations = inc.incident_codes(r.doc, "locations", r.child_victim)
    r.included_reason = screening.fatal_abuse_reason(r.screening.reason, r.fatal, r.child_victim, r.relationship_type,
                                                     [k for k, _ in weapons], r.incident_type)
    behaviours = _abusive_behaviours(r.relationship_findings, weapons, r.fatal)
    seen = {(b.phase, b.type) for b in behaviours}
    for phase, typ, f in inc.abusive_behaviours(cast, r.characteristics_read, weapons, r.incident_type):
        if (phase, typ) not in seen:  # the victim's abuse history and the incident itself
            seen.add((phase, typ))
            behaviours.append(AbusiveBehaviour(phase=phase, type=typ, evidence=f.evidence[:2]))
    r.incident = Incident(weapons=[_code(f) for _, f in weapons], locations=[_code(f) for _, f in locations],
                          technology=[_code(f) for _, f in inc.technology(r.doc, cast, mf)],
                          abusive_behaviours=behaviours)


@component("category", needs=("people", "relationship_type", "incident_type", "review_type"),
           assigns=("category",), applies="included")
def read_category(r: CaseReading) -> None:
    victim = r.people.get("v1")
    r.category = inc.category(r.relationship_type, victim.age if victim else None,
                              True if victim and victim.age_band == "child_unknown" else None,
                              r.incident_type, r.review_type or "other")


@component("escalation", needs=("cast", "mentions"), assigns=("escalation",), applies="included")
def read_escalation(r: CaseReading) -> None:
    cast, mf = r.the_cast()
    markers = inc.escalation_markers(r.doc, cast, mf)
    r.escalation = Escalation(summary=_escalation_summary(markers), markers=[_code(f) for f in markers.values()])


# Whose review it is, by review type (method.md: a DHR reviews both people).
_REFERENCE_BY_TYPE: dict[str, Literal["victim", "perpetrator", "both"]] = {
    "iir": "perpetrator", "scr": "victim", "sar": "victim", "dhr": "both"}


@component("reference", needs=("review_type", "cast", "mentions"),
           assigns=("reference_individual", "non_reference_information"), applies="included")
def read_reference(r: CaseReading) -> None:
    cast, mf = r.the_cast()
    r.reference_individual = _REFERENCE_BY_TYPE.get(r.review_type or "", "victim")
    r.non_reference_information = _non_reference(r.doc, mf, cast, r.reference_individual)


@component("description", needs=("screening", "people", "relationship_type", "incident", "incident_type", "fatal"),
           assigns=("description",))
def read_description(r: CaseReading) -> None:
    assert r.screening is not None
    if not r.included:
        r.description = load_codebook().exclude_reasons.label(r.screening.reason) + "."
        return
    r.description = _description(r.people.get("v1"), r.people.get("p1"), r.relationship_type,
                                 [c.code for c in r.incident.weapons], r.fatal, r.incident_type)


@component("interventions", needs=("people", "services", "risk_factors", "relationship_type", "review_type",
                                   "incident_type", "category"),
           assigns=("interventions", "information_levels"), applies="included")
def read_interventions(r: CaseReading) -> None:
    r.interventions, r.information_levels = _interventions(r)


DEFAULT_PIPELINE = ("review_type", "cast", "demographics", "screening", "relationship_type", "people",
                    "characteristics", "services", "contexts", "relationship", "incident", "category",
                    "escalation", "reference", "description", "interventions")


def code_case(group: CaseGroup, config: ProjectConfig | None = None,
              pipeline: tuple[str, ...] = DEFAULT_PIPELINE) -> Case:
    """Screen, categorise and code one case from its used document: the pipeline's components
    in order over one reading of the document, then one step from the reading to a Case."""
    reading = CaseReading(group=group, config=config, doc=ReviewDoc.read(group.main))
    return to_case(run_pipeline(reading, check_pipeline(pipeline)))


def to_case(r: CaseReading) -> Case:
    """The Case a reading tells: included cases carry every field of the template; an excluded
    review that names people keeps them and their characteristics for the screening record."""
    meta = r.group.meta
    assert r.screening is not None, "the screening component assigns screening"
    screened = r.screening.model_copy(update={"reason": r.included_reason or r.screening.reason})
    case = Case(case_id=r.group.case_id, title=meta.title, review_type=r.review_type or "other", area=meta.area,
                published=meta.published, incident_year=r.incident_year,
                documents=[g.ref() for g in r.group.documents], fatal=r.fatal, screening=screened,
                description=r.description)
    if r.names_people:
        case.people = _ordered(_with_codes(r))
    if r.included:
        case.incident_type, case.category = r.incident_type, r.category
        case.relationship, case.incident, case.escalation = r.relationship, r.incident, r.escalation
        case.reference_individual = r.reference_individual
        case.non_reference_information = r.non_reference_information
        case.interventions, case.information_levels = r.interventions, r.information_levels
    return case


def _with_codes(r: CaseReading) -> dict[str, Person]:
    """Each person with the codes the components read for them."""
    out = {}
    for pid, p in r.people.items():
        out[pid] = p.model_copy(update={
            "characteristics": r.characteristics.get(pid, []), "services": r.services.get(pid, []),
            "risk_factors": r.risk_factors.get(pid, []), "protective_factors": r.protective_factors.get(pid, [])})
    return out


_SPOUSES = frozenset({"husband", "wife", "ex-husband", "ex-wife", "widow", "widower"})


def _has_spouse(cast, pid: str) -> bool:
    """Another principal is this one's husband or wife ("strangled by her husband"): a
    married person is an adult."""
    return any(m.kin in _SPOUSES and m.kin_of == pid for m in cast.principals)


def _names_adult(alias: str) -> bool:
    """A title before a name ("Mrs J"), an adult head noun ("her husband", "Child A's
    father", "an elderly man"), or an adult word before the head of a phrase that owns no one
    ("a female adult victim", "two elderly residents", "Patient Q", "Adult R"); in "Mrs H's
    son" only the head, the son, counts."""
    owned = bool(re.search(r"['’]s\b", alias))
    if not owned and _TITLED.match(alias):
        return True
    words = re.findall(r"[\w'’-]+", alias.lower())
    if not owned and any(w in _adult_words() for w in words[:-1]):
        return True
    return bool(words) and words[-1] in _adult_words()


@lru_cache(maxsize=1)
def _adult_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon("people")["adult_words"])


def _ages(r: CaseReading) -> dict[str, int | None]:
    return {pid: p.age for pid, p in r.people.items()}


def _ordered(people: dict[str, Person]) -> list[Person]:
    return [people[k] for k in sorted(people, key=lambda k: (k[0] != "v", k))]


def _incident_year(rd: ReviewDoc) -> int | None:
    """A year told just after a death word in the opening pages, else the year of the
    incident date the reader finds (the dates near incident words, or of the sentences that
    tell a harm to someone)."""
    m = re.search(r"(?:killed|died|death|homicide|murder)[^.]{0,80}?\b(20\d\d|19\d\d)\b", rd.text[:8000])
    if m:
        return int(m.group(1))
    when = incident_date(rd)
    return when[0] if when else None


def _person(member: CastMember, d: Demographics) -> Person:
    # Only principals (victims, perpetrators) become people; a cast member's role is a plain str.
    return Person(person_id=member.person_id, role=typing.cast(Role, member.role), name=member.name, age=d.age,
                  age_band=d.age_band, gender=member.gender, ethnicity=d.ethnicity,
                  ethnicity_detail=d.ethnicity_detail if d.ethnicity != "not_reported" else None,
                  living_arrangement=d.living)


def _abusive_behaviours(rel_chars: dict[str, Finding], weapons: list, fatal: bool | None) -> list[AbusiveBehaviour]:
    mapping = {"physical_abuse": "physical", "emotional_abuse": "emotional", "financial_abuse": "financial",
               "coercive_control": "coercive_control", "sexual_abuse": "sexual"}
    out = [AbusiveBehaviour(phase="prior", type=t, evidence=rel_chars[k].evidence[:2]) for k, t in mapping.items() if k in rel_chars]
    if weapons:
        out.append(AbusiveBehaviour(phase="during", type="physical", evidence=weapons[0][1].evidence[:1]))
    return out


def _escalation_summary(markers: dict[str, Finding]) -> str | None:
    if not markers:
        return None
    labels = load_codebook()["escalation_markers"]
    return "; ".join(labels.label(k) for k in markers) + "."


def _non_reference(rd: ReviewDoc, mf: MentionFinder, cast: Cast, ref: str | None) -> str | None:
    if ref == "both":
        return "not_applicable"
    other = cast.perpetrators if ref == "victim" else cast.victims
    if not other:
        return "none"
    if re.search(r"(?:says|say|said|contains?) very little about", rd.text, re.I):
        return "very_little"
    counts = {"v": 0, "p": 0}
    for i in range(len(rd.sentences)):
        for m in {x.person_id[:1] for x in mf.mentions(i)} & {"v", "p"}:
            counts[m] += 1
    own = counts["v" if ref == "victim" else "p"] or 1
    ratio = counts["p" if ref == "victim" else "v"] / own
    # The other person in under one sentence in five of the reference one's: very little.
    return "very_little" if ratio < 0.2 else "little" if ratio < 0.45 else "some"


def _interventions(r: CaseReading) -> tuple[list[Intervention], dict[str, str]]:
    """Intervention at each level and how much the report says there (method.md 4.7-4.8).
    Individual: services before the incident. Home: a child victim's home services or family
    work stated; otherwise none where home was where the harm happened. School: a child's
    school. Peer group and neighbourhood: none stated where the risk was there, unless work
    there is stated."""
    lex = load_lexicon("sections")
    victim_id = next((pid for pid in sorted(r.people) if r.people[pid].role == "victim"), None)
    victim = r.people.get(victim_id) if victim_id else None
    child = victim is not None and ((victim.age is not None and victim.age < 18) or victim.age_band == "child_unknown")
    prior = {s.service for found in r.services.values() for s in found if s.timing == "prior"}
    victim_prior = {s.service for s in r.services.get(victim_id or "", []) if s.timing == "prior"}
    work = {level: _stated_work(r.doc, phrases) for level, phrases in lex["level_work"].items()}
    contexts = {rf.context for found in r.risk_factors.values() for rf in found}
    at_home = r.relationship_type in inc.FAMILY_TYPES | inc.PARTNER_TYPES | {"housemate"}
    levels: dict[str, tuple[bool | None, str | None]] = {
        "individual": (True, "Services worked with the individual before the incident") if prior else (None, None),
        "home": (True, work["home"] or "Children's services worked with the family") if work["home"] or (child and victim_prior & set(lex["home_services"]))
        else (False, "No work with the household is recorded") if at_home or r.review_type == "scr" else (None, None),
        "school": (True, "The school worked with the child") if child and "school" in victim_prior else (None, None),
        "peer_group": (True, work["peer_group"]) if work["peer_group"] else (True, "The school acted on the peers involved") if r.incident_type == "suicide" and "school" in prior
        else (False, "No work with the peer group is recorded") if r.category == "youth_peer_violence" else (None, None),
        "neighbourhood": (True, work["neighbourhood"]) if work["neighbourhood"]
        else (False, "No work in the neighbourhood is recorded") if "neighbourhood" in contexts else (None, None),
    }
    interventions = [Intervention(level=k, intervened=v, detail=d) for k, (v, d) in levels.items()]
    return interventions, _information_levels(r.doc, lex, child, at_home, contexts)


def _information_levels(rd: ReviewDoc, lex: dict, child: bool, at_home: bool, contexts: set[str]) -> dict[str, str]:
    """How much the report says about each level: the share of its sentences naming it."""
    shares = _level_shares(rd, lex["level_words"])
    cut = lex["level_shares"]
    home = "high" if at_home or (child and shares["home"] >= cut["home_child_high"]) or {"home", "family"} & contexts else "medium"
    return {
        "individual": "high",
        "home": home,
        "peer_group": "medium" if shares["peer_group"] >= cut["peer_group"]["medium"] or "peer_group" in contexts else "low",
        "school": "high" if shares["school"] >= cut["school"]["high"] else "medium" if shares["school"] >= cut["school"]["medium"] or "school" in contexts else "low",
        "neighbourhood": "medium" if "neighbourhood" in contexts else "low",
    }


def _stated_work(rd: ReviewDoc, phrases: list[str]) -> str | None:
    """The first sentence stating work of this kind (not negated, not a recommendation)."""
    from reviewsynth.coding.lexicon import PhraseMatcher
    from reviewsynth.coding.reader import ASPIRATION_SECTIONS

    for h in PhraseMatcher({"w": phrases}).find(rd.text, normalised=rd.low):
        if rd.section_kind(h.start) in ASPIRATION_SECTIONS:
            continue
        sent = rd.sentence_at(h.start)
        if rd.modifiers(sent, h.start, h.end) & {"negated", "hypothetical", "uncertain"}:
            continue
        return sent.text.strip()[:200]
    return None


def _level_shares(rd: ReviewDoc, words: dict[str, list[str]]) -> dict[str, float]:
    """Per cent of the report's sentences that name each level."""
    n = max(1, len(rd.sentences))
    pats = {k: re.compile(r"\b(?:" + "|".join(map(re.escape, v)) + r")\b", re.I) for k, v in words.items()}
    return {k: 100 * sum(1 for s in rd.sentences if p.search(s.text)) / n for k, p in pats.items()}
