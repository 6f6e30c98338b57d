"""Screening, the incident (type, weapons, locations), relationship, category, escalation."""

from __future__ import annotations

import re
from collections import Counter

from reviewsynth.coding.cast import Cast, MentionFinder
from reviewsynth.coding.codes import DISQUALIFYING, Finding
from reviewsynth.coding.lexicon import PhraseMatcher, load_lexicon, longest_only, word_regex
from reviewsynth.coding.reader import ASPIRATION_SECTIONS, ReviewDoc, incident_date, phase
from reviewsynth.coding.roles import roles_lexicon
from reviewsynth.schema import Evidence
from reviewsynth.text import Span

FAMILY_TYPES = {"parent_to_child", "child_to_parent", "sibling", "other_family"}
PARTNER_TYPES = {"intimate_partner", "ex_partner"}


def _positive_hits(rd: ReviewDoc, matcher: PhraseMatcher, sections_ok=None) -> list:
    out = []
    for h in longest_only(matcher.find(rd.text, normalised=rd.low)):
        kind = rd.section_kind(h.start)
        if kind in ASPIRATION_SECTIONS or (sections_ok and kind not in sections_ok):
            continue
        sent = rd.sentence_at(h.start)
        out.append((h, sent, rd.modifiers(sent, h.start, h.end)))
    return out


def review_type(rd: ReviewDoc) -> tuple[str, Evidence | None]:
    """Review type from the cover and introduction when grouping did not say."""
    types = load_lexicon("screening")["review_types"]
    m = PhraseMatcher(types)
    head_end = next((s.end for s in rd.sections if s.kind == "introduction"), min(len(rd.text), 4000))
    hits = [h for h in m.find(rd.text, 0, head_end, rd.low) if not (h.phrase in ("scr", "sar", "dhr") and False)]
    if not hits:
        return "other", None
    key = Counter(h.key for h in hits).most_common(1)[0][0]
    first = next(h for h in hits if h.key == key)
    return key, rd.evidence(rd.sentence_at(first.start))


def screen(rd: ReviewDoc, event_votes: dict[str, list[tuple[Evidence, int]]] | None = None,
           child_victim: bool = False) -> tuple[str, str, list[Evidence]]:
    """(decision, reason, evidence) per method.md section 2; `event_votes` are the harm
    events the grammar states, by reason, each worth two phrase hits."""
    lex = load_lexicon("screening")
    inc = _positive_hits(rd, PhraseMatcher(lex["include"]))
    exc = _positive_hits(rd, PhraseMatcher(lex["exclude"]))
    no_intent = _positive_hits(rd, PhraseMatcher({"no_intent": lex["no_intent"]}))
    review_names = re.compile(r"homicide review|case review|homicide reviews", re.I)
    include_votes: Counter[str] = Counter()
    include_ev: dict[str, Evidence] = {}
    for h, sent, mods in inc:
        if mods & DISQUALIFYING or review_names.match(rd.text, h.start):
            continue
        include_votes[h.key] += 1
        include_ev.setdefault(h.key, rd.evidence(sent))
    exclude_votes: Counter[str] = Counter()
    exclude_ev: dict[str, Evidence] = {}
    for h, sent, mods in exc:
        if mods & {"negated", "hypothetical"} or _thing_fell(rd, h.start):
            continue
        exclude_votes[h.key] += 1
        exclude_ev.setdefault(h.key, rd.evidence(sent))
    for key, sent in _stated_denials(rd, lex["exclude_denials"]):
        exclude_votes[key] += 2  # a denial that names the reason outweighs a stray word
        exclude_ev.setdefault(key, rd.evidence(sent))
    _weigh_deaths(rd, include_votes, include_ev)  # before the grammar's votes: their killings are told
    for key, evs in (event_votes or {}).items():
        include_votes[key] += sum(weight for _, weight in evs)
        include_ev.setdefault(key, evs[0][0])
    no_intent_ev = [rd.evidence(sent) for _, sent, _ in no_intent]
    strong = include_votes["homicide"] + include_votes["fatal_abuse"] + include_votes["sexual_abuse"]
    if no_intent_ev and strong < 3:
        reason = max(exclude_votes, key=lambda k: exclude_votes[k], default="poor_care_management")
        return "exclude", reason, [*([exclude_ev[reason]] if reason in exclude_ev else []), no_intent_ev[0]]
    if sum(include_votes.values()) >= 2:
        order = ["homicide", "fatal_abuse", "sexual_abuse", "suicide_peer_violence", "physical_assault"]
        reason = max(order, key=lambda k: (include_votes[k] * (3 if k == "homicide" else 1), -order.index(k)))
        if reason == "physical_assault" and include_votes["homicide"] >= 2 and _killing_told(rd):
            reason = "homicide"  # the earlier assaults a review tells are the killing's history
        if include_votes["fatal_abuse"] and child_victim:
            reason = "fatal_abuse"
        elif reason == "physical_assault" and include_votes["sexual_abuse"]:
            reason = "sexual_abuse"  # the more specific harm when both are told
        return "include", reason, [include_ev[reason]]
    if exclude_votes:
        reason = _fatal_neglect(rd, exclude_votes, exclude_votes.most_common(1)[0][0])
        return "exclude", reason, [exclude_ev.get(reason) or exclude_ev["neglect"]]
    return "exclude", "not_a_review", []


_FALL_IDIOMS = frozenset({"out", "ill", "asleep", "pregnant", "behind", "silent", "apart", "short", "through"})


def _thing_fell(rd: ReviewDoc, offset: int) -> bool:
    """A fall word whose subject is a thing, not a person, or an idiom ("her weight had fallen from the
    50th centile", "attendance fell at"): no fall of the person, so no poor-care vote."""
    if not rd.low.startswith(("fell", "fall", "had fallen"), offset):
        return False
    i = rd.sentence_index(offset)
    sent = rd.sentences[i]
    doc = rd.parsed([i])[i]
    lex = roles_lexicon()
    for tok in doc:
        if sent.start + tok.idx >= offset and tok.lemma_.lower() == "fall" and tok.pos_ in ("VERB", "AUX"):
            if any(c.lower_ in _FALL_IDIOMS for c in tok.children if c.dep_ in ("prt", "acomp", "advmod", "oprd")):
                return True  # "the boys fell out", "she fell ill", "he fell asleep", "fell behind"
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() not in lex.person_nouns \
                and subj.lemma_.lower() not in lex.kin_nouns
    return False


def _killing_told(rd: ReviewDoc) -> bool:
    """The review states a killing as fact ("Jodie stabbed Imran", "was convicted of murder")."""
    return any(e.asserted and e.kind == "kill" for e in rd.events)


def _weigh_deaths(rd: ReviewDoc, votes: Counter[str], evidence: dict[str, Evidence]) -> None:
    """A stabbing or a strangling told where nobody dies ("was stabbed twice ... has since
    recovered") is an assault, not a homicide: with no death or killing stated as fact, the
    homicide phrases count for physical assault."""
    if not votes["homicide"] or any(e.asserted and e.kind in ("death", "kill") for e in rd.events):
        return
    votes["physical_assault"] += votes.pop("homicide")
    if "homicide" in evidence:
        evidence.setdefault("physical_assault", evidence.pop("homicide"))


def _fatal_neglect(rd: ReviewDoc, votes: Counter[str], reason: str) -> str:
    """"Neglect" is the non-fatal reason: neglect told beside the person's death is poor
    care where care words were counted too, else extreme neglect (method.md section 2)."""
    if reason != "neglect" or not any(e.asserted and e.kind == "death" for e in rd.events):
        return reason
    return "poor_care_management" if votes["poor_care_management"] else "extreme_neglect"


def _stated_denials(rd: ReviewDoc, denials: dict[str, list[str]]) -> list[tuple[str, Span]]:
    """(reason, sentence) for each sentence outside recommendations and lessons that states an
    exclusion reason as a denial ("her death was not caused by any act of Mr F")."""
    pats = {k: re.compile("|".join(v), re.I) for k, v in denials.items() if v}
    out: list[tuple[str, Span]] = []
    for sent in rd.sentences:
        if rd.section_kind(sent.start) in ASPIRATION_SECTIONS:
            continue
        out.extend((key, sent) for key, pat in pats.items() if pat.search(sent.text))
    return out


def incident_codes(rd: ReviewDoc, kind: str, child_victim: bool = False) -> list[tuple[str, Finding]]:
    """Weapons or locations: phrases in sentences that tell the index incident.

    A sentence tells the incident when it (or its neighbour) has an incident cue and it is
    not about another time: no other year than the incident's, not historical, and not the
    place of death ("died in hospital") for locations. Mentions in the cover and introduction
    weigh more; locations keep the single best place.
    """
    lex = load_lexicon("incident")
    cue = word_regex(lex["incident_cues"])
    not_here = re.compile("|".join(lex["not_the_incident"][kind]), re.I)
    # "not_the_incident" patterns veto only these keys (a hospital named as the place of death)
    matcher = PhraseMatcher(lex[kind])
    inc = incident_date(rd)
    child = child_victim
    self_harm = _self_harm_pattern(lex) if kind == "weapons" and _killed_by_another(rd) else None
    found: dict[str, Finding] = {}
    score: Counter[str] = Counter()
    for h, sent, mods in _positive_hits(rd, matcher):
        if mods & {"negated", "hypothetical", "historical", "uncertain"}:
            continue
        idx = rd.sentence_index(h.start)
        if not _tells_incident(rd, idx, cue) or (h.key in lex["not_the_incident"]["keys"] and not_here.search(sent.text)):
            continue
        if kind == "locations" and re.search(lex["left_behind"], rd.text[max(sent.start, h.start - 25):h.start], re.I):
            continue  # "left the house and ...": a place left is not where it happened
        if kind == "locations" and h.key == "street_public" and _home_address(rd, matcher, sent, h):
            continue  # "her flat in Hollybank Road": the road is the address of a home
        if _other_year(sent.text, inc):
            continue
        if kind == "weapons" and h.key == "non_accidental_injury" and not child:
            continue  # inflicted injuries are a child's; an adult's weapon is named
        if self_harm is not None and _in_self_harm_clause(sent.text, h.start - sent.start, self_harm):
            continue  # the perpetrator's overdose or hanging after a homicide: no weapon used on the victim
        sec = rd.section_kind(h.start)
        score[h.key] += 3 if sec in ("cover", "introduction") else 2 if phase(rd, idx) == "after" else 1
        found.setdefault(h.key, Finding(h.key)).add(rd, idx)
    if not score:
        return []
    top = max(score.values())
    keep = [k for k in score if score[k] >= max(1, top / 3)]
    if kind == "weapons" and "non_accidental_injury" in keep and len(keep) > 1:
        keep.remove("non_accidental_injury")
    if kind == "locations" and len(keep) > 1:
        keep = [max(keep, key=lambda k: score[k])]
    return [(k, found[k]) for k in sorted(keep, key=lambda k: -score[k])]


_DEAD_WORDS = re.compile(r"\b(?:died|dead|death)\b", re.I)
_SUICIDE_WORDS = re.compile(r"(?<!homicide-)(?<!homicide )(?<!murder-)(?<!murder )\bsuicide\b|\bown life\b|\bhanged (?:himself|herself)\b", re.I)


def _killed_by_another(rd: ReviewDoc) -> bool:
    """The review tells a killing of one person by another: then a means of self-harm it tells
    (an overdose, a hanging) is the perpetrator's own, not a weapon used on the victim. In a
    review of a suicide the means of self-harm is the death itself, and stays."""
    # An injury is a killing only of someone the review tells died: a bullied child "punched
    # by Pupil A" who later took his own life died by the hanging the review tells.
    return any(e.kind in ("kill", "injure") and e.asserted and e.agent is not None and e.patient is not None
               and e.patient.text.lower() not in ("himself", "herself", "themselves")
               and (e.kind == "kill" or any(_told_dead(rd, n) for n in (e.patient.name, e.patient.appos) if n))
               for e in rd.events)


def _told_dead(rd: ReviewDoc, name: str) -> bool:
    """Some sentence naming the person tells their death, and none tells it as a suicide."""
    named = [s.text for s in rd.sentences if re.search(r"\b" + re.escape(name) + r"\b", s.text)]
    return any(_DEAD_WORDS.search(t) for t in named) and not any(_SUICIDE_WORDS.search(t) for t in named)


def _self_harm_pattern(lex: dict) -> re.Pattern[str] | None:
    words = lex.get("self_harm") or []
    return re.compile("|".join(words), re.I) if words else None


_CLAUSE_BREAK = re.compile(r"[;:]|,?\s+(?:and then|then|before|after which|and later|later)\s+|,\s+and\s+", re.I)


def _in_self_harm_clause(sentence: str, offset: int, self_harm: re.Pattern[str]) -> bool:
    """The clause holding the weapon word tells someone harming themselves ("and then took an
    overdose of his medication"); "he strangled her and then hanged himself" keeps strangulation."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= offset:
            start = m.end()
        elif m.start() >= offset:
            end = m.start()
            break
    return bool(self_harm.search(sentence, start, end))


# Abuse subtypes of the victim's characteristics that are abusive behaviour types.
_BEHAVIOUR_TYPES = ("physical", "sexual", "emotional", "financial", "coercive_control")
_ABUSE_CODES = ("abuse_neglect_adult", "abuse_neglect_child", "domestic_abuse")


def abusive_behaviours(cast: Cast, characteristics: dict, weapons: list[tuple[str, Finding]],
                       incident_type: str | None) -> list[tuple[str, str, Finding]]:
    """(phase, type, finding) of abusive behaviour: before the incident from the victim's
    abuse characteristics and their subtypes; during it, physical when a weapon or method
    was coded, sexual for a sexual-abuse incident. `characteristics` is what
    CharacteristicReader.read returned (person id -> code -> Finding)."""
    out: dict[tuple[str, str], Finding] = {}
    for victim in cast.victims:
        for code in _ABUSE_CODES:
            f = (characteristics.get(victim.person_id) or {}).get(code)
            if f is None:
                continue
            for subtype in sorted(f.subtypes & set(_BEHAVIOUR_TYPES)):
                out.setdefault(("prior", subtype), f)
    if weapons:
        out.setdefault(("during", "physical"), weapons[0][1])
    if incident_type == "sexual_abuse":
        prior_sexual = out.get(("prior", "sexual"))
        if prior_sexual is not None:
            out.setdefault(("during", "sexual"), prior_sexual)
    return [(phase, typ, f) for (phase, typ), f in out.items()]


def technology(rd: ReviewDoc, cast: Cast, mf: MentionFinder) -> list[tuple[str, Finding]]:
    """Technology used in the abuse: a lexicon phrase in a sentence that names a principal
    and an abusive act, outside recommendations, not negated or hypothetical."""
    lex = load_lexicon("technology")
    cues = word_regex(lex["abuse_cues"])
    principals = {m.person_id for m in cast.principals}
    found: dict[str, Finding] = {}
    for h, sent, mods in _positive_hits(rd, PhraseMatcher(lex["codes"])):
        if mods & DISQUALIFYING or not cues.search(sent.text):
            continue
        idx = rd.sentence_index(h.start)
        if not principals & {m.person_id for m in mf.mentions(idx)}:
            continue
        found.setdefault(h.key, Finding(h.key)).add(rd, idx)
    return list(found.items())


def _home_address(rd: ReviewDoc, matcher: PhraseMatcher, sent, h) -> bool:
    """A named road just after a home ("her flat in Hollybank Road", "his house on Mill Lane")."""
    if not rd.text[h.start:h.start + 1].isupper():
        return False
    homes = [x for x in matcher.find(rd.text, sent.start, h.start, rd.low) if x.key == "home"]
    return any(re.fullmatch(r"\s+(?:in|on|at|off)\s+(?:[A-Z][\w'-]*\s+){1,3}", rd.text[x.end:h.start]) for x in homes)


def _tells_incident(rd: ReviewDoc, idx: int, cue: re.Pattern[str]) -> bool:
    """The sentence, or the one before or after it in the same section, has an incident cue."""
    kind = rd.section_kind(rd.sentences[idx].start)
    for i in (idx, idx - 1, idx + 1):
        if 0 <= i < len(rd.sentences) and rd.section_kind(rd.sentences[i].start) == kind and cue.search(rd.sentences[i].text):
            return True
    return False


def _other_year(text: str, inc: tuple[int, int, int | None] | None) -> bool:
    """A sentence dated to another year than the incident's is about something else."""
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)}
    return bool(inc and years and inc[0] not in years)


def relationship_type(rd: ReviewDoc, cast: Cast, mf: MentionFinder, child_victim: bool = False
                      ) -> tuple[str, str | None, Evidence | None]:
    """Relationship of perpetrator to victim: kin words next to the perpetrator, else votes."""
    lex = load_lexicon("relationship")["types"]
    if not cast.victims or not cast.perpetrators:
        return "not_clear", None, None
    v, p = cast.victims[0], cast.perpetrators[0]
    matcher = PhraseMatcher(lex)
    votes: Counter[str] = Counter()
    ev: dict[str, Evidence] = {}
    detail: dict[str, str] = {}
    for i, sent in enumerate(rd.sentences):
        if rd.section_kind(sent.start) in ASPIRATION_SECTIONS:
            continue
        ids = {m.person_id for m in mf.mentions(i)}
        if p.person_id not in ids:
            continue
        for h in longest_only(matcher.find(rd.text, sent.start, sent.end, rd.low)):
            mods = rd.modifiers(sent, h.start, h.end)
            if mods & {"hypothetical"} or (mods & {"negated"} and h.key != "stranger"):
                continue
            key = _owner_adjusted(mf, i, h, child_victim)
            if key is None:
                continue
            w = 3 if v.person_id in ids or re.search(r"\b(?:his|her)\b", rd.text[max(sent.start, h.start - 4):h.start]) else 1
            votes[key] += w
            ev.setdefault(key, rd.evidence(sent))
            detail.setdefault(key, sent.text)
    if not votes:
        return "not_clear", None, None
    if votes["ex_partner"] and votes["intimate_partner"]:
        votes["ex_partner"] += votes["intimate_partner"]
    best = votes.most_common(1)[0][0]
    return best, None, ev[best]


def _owner_adjusted(mf: MentionFinder, idx: int, h, child_victim: bool) -> str | None:
    """'her partner' where her = the victim's mother means a parent's partner (parent_to_child)."""
    if h.key in ("intimate_partner",):
        owner = mf.experiencer(idx, h.start, h.start)
        if owner and owner.startswith("o"):
            return "parent_to_child" if child_victim else None
        if owner and owner.startswith("kin:"):
            return "parent_to_child" if child_victim else None
    return h.key


def relationship_characteristics(rd: ReviewDoc, cast: Cast, mf: MentionFinder) -> dict[str, Finding]:
    lex = load_lexicon("relationship")["characteristics"]
    matcher = PhraseMatcher(lex)
    out: dict[str, Finding] = {}
    if not cast.victims or not cast.perpetrators:
        return out
    v, p = cast.victims[0].person_id, cast.perpetrators[0].person_id
    for h, _sent, mods in _positive_hits(rd, matcher):
        if mods & DISQUALIFYING:
            continue
        idx = rd.sentence_index(h.start)
        ids = {m.person_id for m in mf.mentions(idx)}
        if not (v in ids and p in ids):
            continue
        out.setdefault(h.key, Finding(h.key)).add(rd, idx)
    return {k: f for k, f in out.items() if len(f.sentences) >= (1 if k not in ("strain_separation", "emotional_abuse") else 1)}


def escalation_markers(rd: ReviewDoc, cast: Cast, mf: MentionFinder) -> dict[str, Finding]:
    """Markers of escalation shortly before the incident: a principal in the sentence, not
    negated or hypothetical, not dated two or more years before, not the incident itself."""
    data = load_lexicon("escalation")
    lex = data["codes"]
    matcher = PhraseMatcher(lex)
    forbid = {k: re.compile("|".join(v), re.I) for k, v in (data.get("forbid_near") or {}).items()}
    incident_itself = re.compile("|".join(data["incident_itself"]), re.I)
    out: dict[str, Finding] = {}
    principals = {m.person_id for m in cast.principals}
    inc = incident_date(rd)
    for h, sent, mods in _positive_hits(rd, matcher, {"chronology", "background", "introduction", "analysis", "findings",
                                                      "conclusions", "family_involvement"}):
        if mods & DISQUALIFYING:
            continue
        idx = rd.sentence_index(h.start)
        if not principals & {m.person_id for m in mf.mentions(idx)}:
            continue
        if (h.key in forbid and forbid[h.key].search(sent.text)) or incident_itself.search(sent.text):
            continue
        if inc and (latest := _latest_year(sent.text)) is not None and inc[0] - latest >= data["within_years"]:
            continue  # long before: history, not escalation
        out.setdefault(h.key, Finding(h.key)).add(rd, idx)
    return out


def _latest_year(text: str) -> int | None:
    years = [int(y) for y in re.findall(r"(?<!since )\b((?:19|20)\d\d)\b", text)]
    return max(years) if years else None


def category(rel_type: str, victim_age: int | None, victim_child: bool | None, incident_type: str | None, review_type: str) -> str:
    """Method section 3: relationship first, then age; child sexual abuse is its own category."""
    # A child safeguarding review is about a child unless the victim's age says otherwise.
    child = victim_child if victim_child is not None else (
        victim_age < 18 if victim_age is not None else review_type == "scr")
    if incident_type == "sexual_abuse" and child:
        return "child_sexual_abuse"
    if incident_type == "suicide":  # an included suicide is one after bullying or peer violence
        return "youth_peer_violence"
    if rel_type in PARTNER_TYPES:
        return "intimate_partner_violence"
    if rel_type in FAMILY_TYPES:
        return "within_family_violence_children" if child else "adult_family_violence"
    if victim_age is not None and victim_age >= 26:
        return "adult_peer_violence"
    if victim_age is not None and 10 <= victim_age <= 25:
        return "youth_peer_violence"
    if child or review_type == "scr":
        return "within_family_violence_children"
    if review_type == "dhr":
        return "intimate_partner_violence"
    return "adult_peer_violence"
