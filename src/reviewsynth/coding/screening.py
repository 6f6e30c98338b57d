"""Screening corrections that need the cast: a homicide followed by the perpetrator's
suicide is a deliberate homicide (include), and a child killed within the family is
fatal abuse (method.md section 2)."""

from __future__ import annotations

import re

from reviewsynth.coding import incident as inc
from reviewsynth.coding.cast import Cast
from reviewsynth.coding.lexicon import PhraseMatcher, load_lexicon
from reviewsynth.coding.reader import ASPIRATION_SECTIONS, ReviewDoc, table_rows_below
from reviewsynth.coding.roles import REFLEXIVE, HarmEvent
from reviewsynth.schema import Evidence

_ATTEMPT = re.compile(r"\b(?:tried|try|trying|attempt\w*|threat\w*|thought\w*|thinking|would|might|could|wanted|planned|intended|talked|spoke|said|feared|risk|overdose)\b", re.I)
_KILLED = re.compile(r"\b(?:killed|murdered|strangled|stabbed|shot|suffocated|smothered|unlawfully killed)\b", re.I)


def perpetrator_suicide(rd: ReviewDoc, cast: Cast) -> Evidence | None:
    """The sentence saying the perpetrator took their own life after killing the victim."""
    if not cast.perpetrators or not cast.victims:
        return None
    cues = [re.compile(c, re.I) for c in load_lexicon("screening")["perpetrator_suicide"]]
    perp_names = re.compile(r"\b(?:" + "|".join(re.escape(a) for p in cast.perpetrators for a in p.aliases) + r")\b")
    for i, sent in enumerate(rd.sentences):
        if rd.section_kind(sent.start) in ASPIRATION_SECTIONS:
            continue
        hit = next((m for c in cues for m in c.finditer(sent.text)), None)
        if hit is None:
            continue
        before = sent.text[:hit.start()]
        # "She was killed by her father (F) ... F then took his own life.": the killing is
        # told in the sentence before, the suicide opens with the perpetrator and "then".
        if i > 0 and re.match(r"\W*(?:" + perp_names.pattern + r")\s+(?:then|later|subsequently)\b", sent.text):
            before = rd.sentences[i - 1].text + " " + before
        # "Mr K took his own life in prison in May 2022": the perpetrator, as the sentence's
        # subject, died by suicide (not tried, threatened or thought of it).
        if re.match(r"\W*(?:" + perp_names.pattern + r")\b", sent.text) and not _ATTEMPT.search(before) \
                and rd.section_kind(sent.start) not in ("background",):
            return rd.evidence(sent)
        # "Dennis had strangled Margaret and then taken his own life", "homicide-suicide"
        if re.search(r"homicide|murder", hit.group(0), re.I) or (perp_names.search(before) and _KILLED.search(before)):
            return rd.evidence(sent)
    return None


def not_a_review(rd: ReviewDoc, cast: Cast) -> Evidence | None:
    """Evidence (the document's opening sentence) when the document describes no case: an
    annual report, a policy or procedure, a page listing reviews. Whatever its shape, a text
    that tells of a particular person harmed or dead, and of a response to it, is a review
    document to screen (method.md section 2: missing an eligible review is the worst error)."""
    event = case_event(rd, cast)
    if event is not None and _RESPONSE.search(rd.text) and not _listing_only(rd, cast):
        return None
    first = next((s for s in rd.sentences if s.text.strip()), None)
    return rd.evidence(first) if first is not None else None


def _listing_only(rd: ReviewDoc, cast: Cast) -> bool:
    """The document lists several reviews (distinct review references) and tells none of their
    victims at length: its harms are the listed reviews' cases, not one of its own."""
    listing = load_lexicon("screening")["review_listing"]
    patterns = [listing["reference"], *([listing["named_entry"]] if listing.get("named_entry") else [])]
    refs = {re.sub(r"\s", "", m.group(0)).upper() for p in patterns for m in re.finditer(p, rd.text)}
    if len(refs) < listing["min_entries"] and len(_table_listed_reviews(rd)) < listing["min_entries"]:
        return False
    aliases = [a for m in cast.victims for a in m.aliases if len(a) > 2 and a[:1].isupper()]
    if not aliases:
        return True
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, aliases)) + r")\b")
    told = sum(1 for s in rd.sentences if named.search(s.text))
    return told < listing["focal_sentences"]


_LISTING_HEADER = re.compile(r"^\s*\|?\s*(?:reviews?|case|case name|name|reference|subject)\s*\|", re.I)


def _table_listed_reviews(rd: ReviewDoc) -> set[str]:
    """The first cells of a table whose first column is headed "Review", "Case" or "Name"
    ("| Review | Type of concern | Status |"): the reviews an annual report or a page lists."""
    lines = rd.text.splitlines()
    found: set[str] = set()
    for i, line in enumerate(lines):
        if not _LISTING_HEADER.match(line):
            continue
        for k in table_rows_below(lines, i, 59):
            first = lines[k].strip().strip("|").split("|")[0].strip()
            if first and not set(first) <= set("-: "):
                found.add(first)
    return found


def case_event(rd: ReviewDoc, cast: Cast) -> HarmEvent | None:
    """The first asserted harm or death that befell a particular person: a name, a singular
    pronoun, or a noun with a possessor or an age ("her partner", "a 53 year old man"); or
    anyone, where the review names its victim ("Infant B ... they had experienced injuries")."""
    aliases = [a for m in cast.victims for a in m.aliases if len(a) > 1]
    victim_named = re.compile(r"\b(?:" + "|".join(map(re.escape, aliases)) + r")\b") if aliases else None
    for e in rd.events:
        # A made-up case illustrating a procedure is no case of the document's own.
        if not e.asserted or rd.section_kind(rd.sentences[e.sentence].start) == "illustration":
            continue
        if e.patient is None:
            # "The coroner recorded an accidental death, and ... Child P ...": a death told
            # beside the review's named subject is theirs.
            # "Grace was killed by her son": a killing whose sufferer the parser missed (a name
            # tagged as a common noun) in a sentence that names the review's victim.
            # "Leo's mother's partner was convicted of causing grievous bodily harm": a harm
            # whose sufferer goes unsaid, by a particular doer, beside the review's named victim.
            told = victim_named is not None and victim_named.search(rd.sentences[e.sentence].text)
            doer = e.agent is not None and e.agent.specific and not e.agent.pronoun
            if told and (e.kind == "death" or (e.kind in ("kill", "injure", "sexual") and doer)):
                return e
            continue
        if e.kind == "suicide" and e.patient.pronoun in REFLEXIVE:
            continue
        if e.patient.specific or (victim_named and e.patient.pronoun):
            return e
    return None


# The response a review is about: an agency, a service or the review itself.
_RESPONSE = re.compile(r"\b(?:review|reviews|agenc(?:y|ies)|police|services?|professionals?|safeguarding|social work|"
                       r"GP|hospital|school|partnership|practitioners?|investigation|trust|council|board|"
                       r"doctors?|nurses?|paramedics?|health visitors?|midwi(?:fe|ves)|social workers?|teachers?|clinicians?|"
                       r"overview report|executive summary|learning brief(?:ing)?|(?-i:DHR|SAR|SCR|CSPR|LCSPR|IIR|DARDR)s?)\b", re.I)


_NOT_SELF = re.compile(r"\s+(?:himself|herself|themselves|itself)\b", re.I)


def stated_killing(rd: ReviewDoc, cast: Cast) -> Evidence | None:
    """A sentence stating that someone in the cast was killed ("Corin killed Nadia in a car
    park"): one such statement is enough to include a review, since missing an eligible
    review is the worst screening error."""
    aliases = [a for m in (*cast.victims, *cast.perpetrators) for a in m.aliases if len(a) > 1]
    if not aliases:
        return None
    names = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)) + r")\b")
    for sent in rd.sentences:
        if rd.section_kind(sent.start) in ASPIRATION_SECTIONS:
            continue
        for m in _KILLED.finditer(sent.text):
            if _NOT_SELF.match(sent.text, m.end()) or re.search(r"\b(?:had|if|would|could|might)\s+(?:\w+\s+)?$", sent.text[:m.start()]):
                continue
            if names.search(sent.text):
                return rd.evidence(sent)
    return None


_EVENT_REASONS = {"kill": "homicide", "sexual": "sexual_abuse", "injure": "physical_assault"}


def _event_votes(rd: ReviewDoc) -> dict[str, list[tuple[Evidence, int]]]:
    """Screening votes from the grammar: each asserted harm done to a particular person, by
    kind, with its sentence and weight in phrase hits: two, or one for an injury no one is
    said to have inflicted ("he suffered a back injury in 2019" may be an accident)."""
    votes: dict[str, list[tuple[Evidence, int]]] = {}
    neglect = set(load_lexicon("screening")["neglect_harms"])
    for e in rd.events:
        reason = _EVENT_REASONS.get(e.kind)
        if reason is None or not e.asserted or (e.kind == "injure" and e.trigger.lower() in neglect):
            continue
        if not (e.convicted or any(p is not None and (p.specific or p.pronoun) for p in (e.patient, e.agent))):
            continue
        weight = 1 if e.kind == "injure" and e.agent is None and not e.convicted else 2
        if e.kind == "injure" and (_died_of_it(rd, e) or _died_next(rd, e)):
            reason, weight = "homicide", 2
        votes.setdefault(reason, []).append((rd.evidence(rd.sentences[e.sentence]), weight))
    return votes


_DIED = re.compile(r"\b(?:died|pronounced dead|did not survive)\b", re.I)
_OTHER_CAUSE = re.compile(r"\b(?:unrelated|natural causes|not related to|not caused by|cancer|stroke|illness|"
                          r"heart (?:attack|failure|disease)|overdose|years? later)\b", re.I)


def _died_next(rd: ReviewDoc, event: HarmEvent) -> bool:
    """A death told within the next two sentences of the one harmed, by a pronoun or by the
    same words ("Mr D attacked a woman, Mrs Y ... She died of her injuries the next day"):
    the assault was a killing. A named other cause ("died of cancer") is not."""
    if event.agent is None or event.patient is None:
        return False
    for e in rd.events:
        if e.kind != "death" or not e.asserted or e.patient is None or not 0 < e.sentence - event.sentence <= 2:
            continue
        # "he was struck on the stairs ... Mr O died the next day": a pronoun harmed, then a name
        same = e.patient.pronoun or event.patient.pronoun or e.patient.text == event.patient.text
        if same and not _OTHER_CAUSE.search(rd.sentences[e.sentence].text):
            return True
    return False


def _died_of_it(rd: ReviewDoc, event: HarmEvent) -> bool:
    """The injury's own sentence goes on to the death ("was struck with a bar and died in
    hospital four days later"): the assault was a killing."""
    sent = rd.sentences[event.sentence]
    rest = rd.text[event.end:sent.end]
    return bool(_DIED.search(rest)) and not _OTHER_CAUSE.search(sent.text)


def screen(rd: ReviewDoc, cast: Cast, review_type: str | None = None, child_victim: bool = False
           ) -> tuple[str, str, list[Evidence]]:
    """inc.screen, then: a stated homicide-suicide is included as a homicide; a document
    that is not a review report is excluded whatever it mentions."""
    not_review = not_a_review(rd, cast)
    if not_review is not None:
        return "exclude", "not_a_review", [not_review]
    decision, reason, evidence = inc.screen(rd, _event_votes(rd), child_victim)
    if decision == "exclude" and reason == "not_a_review":  # a review with no vote either way
        killing = stated_killing(rd, cast)
        if killing is not None:
            return "include", "homicide", [killing]
        event = case_event(rd, cast)
        if event is not None and review_type == "iir" and cast.perpetrators:
            # A mental health homicide investigation is into a patient who killed: the deaths
            # it names are the homicide.
            return "include", "homicide", [rd.evidence(rd.sentences[event.sentence])]
        if event is not None:  # a stated death with no cause the lexicons know
            decision, reason, evidence = "exclude", "poor_care_management", [rd.evidence(rd.sentences[event.sentence])]
    if decision == "exclude" and reason == "suicide_no_peer_violence":
        ev = perpetrator_suicide(rd, cast)
        if ev is not None:
            return "include", "homicide", [ev]
    if decision == "exclude" and reason in ("not_a_review", "suicide_no_peer_violence", "poor_care_management"):
        peers = peer_violence_before_suicide(rd, cast)
        if peers is not None:
            return "include", "suicide_peer_violence", peers
    return decision, reason, evidence


def peer_violence_before_suicide(rd: ReviewDoc, cast: Cast) -> list[Evidence] | None:
    """(the suicide, the peers' victimisation) when the review tells its subject's suicide or
    attempt (a grammar event: "she took an overdose", "he took his own life") and, outside
    its recommendations, peers bullying, taunting, harassing or shaming them."""
    suicide = next((e for e in rd.events if e.kind == "suicide" and e.asserted and e.patient is not None
                    and rd.section_kind(e.start) not in ASPIRATION_SECTIONS), None)
    if suicide is None or not cast.victims:
        return None
    lex = load_lexicon("screening")
    # One told bullying is enough beside a told suicide ("took her own life after months of
    # bullying by pupils"); a policy against it ("anti-bullying") tells none.
    matcher = PhraseMatcher({"peers": [*lex["peer_victimisation"], *lex["include"]["suicide_peer_violence"]]})
    for hit in matcher.find(rd.text, normalised=rd.low):
        sent = rd.sentence_at(hit.start)
        if rd.section_kind(hit.start) in ASPIRATION_SECTIONS or rd.modifiers(sent, hit.start, hit.end) & {"negated", "hypothetical"}:
            continue
        if rd.text[max(0, hit.start - 5):hit.start].lower().endswith(("anti-", "anti ")) or sent.text.rstrip().endswith("?"):
            continue  # a policy against it, or a question ("Was he bullied?"), tells none
        return [rd.evidence(rd.sentences[suicide.sentence]), rd.evidence(sent)]
    return None


# A deliberate killing with these is a homicide even of a child by a parent ("strangled her
# while she was asleep"); fatal abuse is death from inflicted injuries or maltreatment.
DELIBERATE_WEAPONS = frozenset({"knife", "gun", "strangulation", "axe", "fire", "poisoning_overdose", "hanging", "suffocation", "drowning"})


def fatal_abuse_reason(reason: str, fatal: bool | None, child_victim: bool, rel_type: str,
                       weapons: list[str] | None = None, incident_type: str | None = None) -> str:
    """A child killed by a parent or carer through abuse: fatal abuse rather than homicide; a
    deliberate killing (a weapon, or followed by the parent's suicide) stays homicide, and so
    does a killing by a sibling or a wider relative, who is no carer of the child."""
    if incident_type == "homicide_suicide":
        return "homicide"  # a killing followed by the killer's suicide is a deliberate homicide
    if weapons and weapons[0] in DELIBERATE_WEAPONS:
        return reason
    if reason == "homicide" and fatal and child_victim and rel_type == "parent_to_child":
        return "fatal_abuse"
    return reason

