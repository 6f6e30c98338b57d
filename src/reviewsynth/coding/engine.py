"""`code_case`: read one review and fill the whole stage 1 Case, every code with evidence."""

from __future__ import annotations

import re
import typing
from typing import Literal

from reviewsynth.codebook import load_codebook
from reviewsynth.coding import incident as inc
from reviewsynth.coding import relationship, screening
from reviewsynth.coding.cast import Cast, CastMember, MentionFinder, build_cast
from reviewsynth.coding.codes import CharacteristicReader, ContextReader, Finding, ServiceReader
from reviewsynth.coding.lexicon import load_lexicon
from reviewsynth.coding.people import Demographics, demographics
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.config import ProjectConfig
from reviewsynth.grouping.model import CaseGroup
from reviewsynth.schema import (
    AbusiveBehaviour,
    Case,
    Code,
    Escalation,
    Evidence,
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
_CHILD_NAME = re.compile(r"(?:Child|Baby|Pupil|Student|Young Person|Boy|Girl)\b")


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


def _fatal(rd: ReviewDoc) -> bool | None:
    head = rd.text[: min(len(rd.text), 6000)].lower()
    if re.search(r"\b(died|death|killed|murder|homicide|pronounced dead|fatal)\b", head):
        return True
    return None


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


def _description(case_cat: str | None, victim: Person | None, perp: Person | None, rel: str, weapons: list[str],
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


def code_case(group: CaseGroup, config: ProjectConfig | None = None) -> Case:
    """Screen, categorise and code one case from its used document."""
    doc = group.main
    meta = group.meta
    rd = ReviewDoc.read(doc)
    rtype = meta.review_type
    if rtype in (None, "", "other") and not meta.evidence.get("review_type"):
        rtype, _ = inc.review_type(rd)
    case = Case(case_id=group.case_id, title=meta.title, review_type=rtype, area=meta.area,
                published=meta.published, incident_year=meta.incident_year,
                documents=[g.ref() for g in group.documents])
    cast = build_cast(rd, meta.title, rtype)
    mf = MentionFinder(rd, cast)
    incident_year = meta.incident_year or _incident_year(rd)
    demo = {m.person_id: demographics(rd, mf, m, incident_year) for m in cast.principals}
    _shared_home(rd, cast, demo)
    victim_age = demo["v1"].age if "v1" in demo else None
    rd.notes["child_victim"] = (victim_age is not None and victim_age < 18) or (
        victim_age is None and cast.victims and bool(re.match(r"(Child|Baby)\b", cast.victims[0].name))) or None
    decision, reason, sevidence = screening.screen(rd, cast, rtype)
    fatal = _fatal(rd)
    case.fatal = fatal
    if not _in_scope(group, config):
        decision, reason = "exclude", "out_of_scope"
        sevidence = [v for v in meta.evidence.values()][:1] or sevidence
    # screen() and the out-of-scope branch give only 'include' or 'exclude'.
    case.screening = Screening(decision=typing.cast(Literal["include", "exclude"], decision), reason=reason,
                               evidence=sevidence)
    if decision == "exclude":
        case.description = _excluded_description(rd, reason)
        if reason not in _NO_CASE:
            # An excluded review still tells who the person was: their characteristics are
            # kept for the screening record; services and contexts are coded for included
            # cases only (the method's data extraction).
            case.people = _ordered(_code_people(rd, cast, mf, demo, extraction=False).people)
        return case
    _fill_included(case, rd, cast, mf, demo, reason, fatal)
    return case


# Exclusions that leave no person to code: the text describes no case, or is out of scope.
_NO_CASE = {"not_a_review", "out_of_scope"}


def _ordered(people: dict[str, Person]) -> list[Person]:
    return [people[k] for k in sorted(people, key=lambda k: (k[0] != "v", k))]


_SHARED_HOMES = {"family_home", "supported", "shared_private", "residential", "temporary"}


def _shared_home(rd: ReviewDoc, cast: Cast, demo: dict[str, Demographics]) -> None:
    """Victim and perpetrator who lived together ("the flat she shared with Ewa", "She lived
    with Marcus", "another tenant of the scheme") share the arrangement one of them has."""
    if not cast.victims or not cast.perpetrators:
        return
    pair = [cast.victims[0], cast.perpetrators[0]]
    for a, b in (pair, pair[::-1]):
        da, db = demo.get(a.person_id), demo.get(b.person_id)
        if da is None or db is None or da.living not in _SHARED_HOMES or db.living != "not_reported":
            continue
        names = "|".join(re.escape(x) for x in sorted(b.aliases, key=len, reverse=True))
        together = re.compile(r"\b(?:lived|lives|living|shared|sharing)\b[^.]{0,40}\b(?:with|by)\s+(?:" + names + r")\b|\banother (?:tenant|resident)\b[^.]{0,30}\b(?:" + names + r")\b")
        for sent in rd.sentences:
            if together.search(sent.text):
                db.living, db.living_evidence = da.living, rd.evidence(sent)
                break


def _incident_year(rd: ReviewDoc) -> int | None:
    m = re.search(r"(?:killed|died|death|homicide|murder)[^.]{0,80}?\b(20\d\d|19\d\d)\b", rd.text[:8000])
    return int(m.group(1)) if m else None


def _excluded_description(rd: ReviewDoc, reason: str) -> str:
    return load_codebook().exclude_reasons.label(reason) + "."


def _person(member: CastMember, d: Demographics) -> Person:
    # Only principals (victims, perpetrators) become people; a cast member's role is a plain str.
    return Person(person_id=member.person_id, role=typing.cast(Role, member.role), name=member.name, age=d.age,
                  age_band=d.age_band, gender=member.gender, ethnicity=d.ethnicity,
                  ethnicity_detail=d.ethnicity_detail if d.ethnicity != "not_reported" else None,
                  living_arrangement=d.living)


class CodedPeople(typing.NamedTuple):
    people: dict[str, Person]
    rel_type: str  # the relationship type the characteristics were read with
    rel_evidence: Evidence | None
    characteristics: dict  # CharacteristicReader.read: person id -> code -> Finding


def _code_people(rd: ReviewDoc, cast: Cast, mf: MentionFinder, demo: dict[str, Demographics],
                 extraction: bool = True) -> CodedPeople:
    """The principals with their characteristics, services, risk and protective factors."""
    people = {m.person_id: _person(m, demo[m.person_id]) for m in cast.principals}
    ages = {pid: p.age for pid, p in people.items()}
    for pid, p in people.items():
        if p.age is None and p.age_band in ("not_reported", "adult_unknown", "child_unknown"):
            # Coded names for children ("Child K", "Pupil B", "Young Person C") say child.
            member = cast.get(pid)
            names = member.aliases if member else {p.name or ""}
            child = any(_CHILD_NAME.match(n) for n in names) or (pid == "v1" and rd.notes.get("child_victim"))
            if child:
                p.age_band = "child_unknown"
    chars = _reader("chars", CharacteristicReader).read(rd, cast, mf, ages)
    rel_type, rel_ev = _relationship_type(rd, cast, mf)
    domestic = rel_type in inc.PARTNER_TYPES | inc.FAMILY_TYPES
    perpetration = chars.pop("_perpetration", {})
    for pid, codes in chars.items():
        if pid not in people:
            continue
        for code, f in codes.items():
            if code in ("abuse_neglect_adult", "domestic_abuse") and people[pid].role == "victim" and not domestic:
                continue
            people[pid].characteristics.append(_code(f))
    if domestic:
        for key, f in perpetration.items():
            pid = key.split(":")[0]
            if pid in people and not any(c.code == f.code for c in people[pid].characteristics):
                people[pid].characteristics.append(_code(f))
    if not extraction:
        return CodedPeople(people, rel_type, rel_ev, chars)
    found = _reader("services", ServiceReader).read(rd, cast, mf, ages)
    for (pid, svc, timing), f in found.items():
        if pid in people:
            people[pid].services.append(Service(service=svc, timing=timing, evidence=f.evidence[:3]))
    risks, prots = _reader("contexts", ContextReader).read(rd, mf)
    for (pid, context, rtype), (detail, f) in risks.items():
        if pid in people:
            people[pid].risk_factors.append(RiskFactor(context=context, type=rtype, detail=detail, evidence=f.evidence[:2]))
    for (pid, context), (detail, f) in prots.items():
        if pid in people:
            people[pid].protective_factors.append(ProtectiveFactor(context=context, detail=detail, evidence=f.evidence[:2]))
    return CodedPeople(people, rel_type, rel_ev, chars)


def _fill_included(case: Case, rd: ReviewDoc, cast: Cast, mf: MentionFinder, demo: dict[str, Demographics], reason: str, fatal: bool | None) -> None:
    people, rel_type, rel_ev, chars = _code_people(rd, cast, mf, demo)
    rel_chars = relationship.characteristics(rd, cast, mf, rel_type)
    case.people = _ordered(people)
    victim = people.get("v1")
    perp = people.get("p1")
    case.incident_type = _incident_type(rd, cast, fatal, reason)
    weapons = inc.incident_codes(rd, "weapons")
    locations = inc.incident_codes(rd, "locations")
    if case.screening is not None:
        case.screening.reason = screening.fatal_abuse_reason(reason, fatal, bool(rd.notes.get("child_victim")), rel_type,
                                                             [k for k, _ in weapons], case.incident_type)
    case.category = inc.category(rel_type, victim.age if victim else None,
                                 True if victim and victim.age_band == "child_unknown" else None,
                                 case.incident_type, case.review_type)
    case.relationship = Relationship(type=rel_type, detail=rel_ev.quote if rel_ev else None,
                                     characteristics=[_code(f) for f in rel_chars.values()])
    behaviours = _abusive_behaviours(rel_chars, weapons, fatal)
    seen = {(b.phase, b.type) for b in behaviours}
    for phase, typ, f in inc.abusive_behaviours(cast, chars, weapons, case.incident_type):
        if (phase, typ) not in seen:  # the victim's abuse history and the incident itself
            seen.add((phase, typ))
            behaviours.append(AbusiveBehaviour(phase=phase, type=typ, evidence=f.evidence[:2]))
    case.incident = Incident(weapons=[_code(f) for _, f in weapons], locations=[_code(f) for _, f in locations],
                             technology=[_code(f) for _, f in inc.technology(rd, cast, mf)],
                             abusive_behaviours=behaviours)
    markers = inc.escalation_markers(rd, cast, mf)
    case.escalation = Escalation(summary=_escalation_summary(markers), markers=[_code(f) for f in markers.values()])
    reference_by_type: dict[str, Literal["victim", "perpetrator", "both"]] = {
        "iir": "perpetrator", "scr": "victim", "sar": "victim", "dhr": "both"}
    case.reference_individual = reference_by_type.get(case.review_type, "victim")
    case.non_reference_information = _non_reference(rd, mf, cast, case.reference_individual)
    case.description = _description(case.category, victim, perp, rel_type, [k for k, _ in weapons], fatal, case.incident_type)
    _interventions(case, rd, rel_type)


def _relationship_type(rd: ReviewDoc, cast: Cast, mf: MentionFinder) -> tuple[str, Evidence | None]:
    """Stated kin links and peer words first; the older phrase vote only as a last resort,
    and never for a family or partner type that no link states."""
    found = relationship.relationship_type(rd, cast, mf, bool(rd.notes.get("child_victim")))
    if found:
        return found
    rel_type, _, rel_ev = inc.relationship_type(rd, cast, mf)
    if rel_type in inc.FAMILY_TYPES | inc.PARTNER_TYPES:
        return "not_clear", None
    return rel_type, rel_ev


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
    return "very_little" if ratio < 0.1 else "little" if ratio < 0.45 else "some"


def _interventions(case: Case, rd: ReviewDoc, rel_type: str) -> None:
    """Intervention at each level and how much the report says there (method.md 4.7-4.8).
    Individual: services before the incident. Home: a child victim's home services or family
    work stated; otherwise none where home was where the harm happened. School: a child's
    school. Peer group and neighbourhood: none stated where the risk was there, unless work
    there is stated."""
    lex = load_lexicon("sections")
    victim = next((p for p in case.people if p.role == "victim"), None)
    child = victim is not None and ((victim.age is not None and victim.age < 18) or victim.age_band == "child_unknown")
    prior = {s.service for p in case.people for s in p.services if s.timing == "prior"}
    victim_prior = {s.service for s in (victim.services if victim else []) if s.timing == "prior"}
    work = {level: _stated_work(rd, phrases) for level, phrases in lex["level_work"].items()}
    contexts = {rf.context for p in case.people for rf in p.risk_factors}
    at_home = rel_type in inc.FAMILY_TYPES | inc.PARTNER_TYPES | {"housemate"}
    levels: dict[str, tuple[bool | None, str | None]] = {
        "individual": (True, "Services worked with the individual before the incident") if prior else (None, None),
        "home": (True, work["home"] or "Children's services worked with the family") if work["home"] or (child and victim_prior & set(lex["home_services"]))
        else (False, "No work with the household is recorded") if at_home or case.review_type == "scr" else (None, None),
        "school": (True, "The school worked with the child") if child and "school" in victim_prior else (None, None),
        "peer_group": (True, work["peer_group"]) if work["peer_group"] else (True, "The school acted on the peers involved") if case.incident_type == "suicide" and "school" in prior
        else (False, "No work with the peer group is recorded") if case.category == "youth_peer_violence" else (None, None),
        "neighbourhood": (True, work["neighbourhood"]) if work["neighbourhood"]
        else (False, "No work in the neighbourhood is recorded") if "neighbourhood" in contexts else (None, None),
    }
    case.interventions = [Intervention(level=k, intervened=v, detail=d) for k, (v, d) in levels.items()]
    shares = _level_shares(rd, lex["level_words"])
    cut = lex["level_shares"]
    home = "high" if at_home or (child and shares["home"] >= cut["home_child_high"]) or {"home", "family"} & contexts else "medium"
    case.information_levels = {
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
