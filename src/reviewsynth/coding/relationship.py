"""Relationship type between victim and perpetrator, read from kin links first.

A review states the relationship in a few recurring shapes: "killed by her son, who is
called Marcus", "Ellie's step-father, referred to as Mr R", "her estranged husband, Tomas",
"George ... and his daughter Karen". Each gives what the perpetrator is to the victim, which
maps to a type directly. Only when no link is stated do peer words decide (stranger, friend,
rival group); family and partner types are never guessed from a stray kin word.
"""

from __future__ import annotations

import re
from collections import Counter

from reviewsynth.coding.cast import IN_THE_TEXT, Cast, CastMember, MentionFinder, role_tests
from reviewsynth.coding.codes import DISQUALIFYING, Finding
from reviewsynth.coding.lexicon import Hit, PhraseMatcher, load_lexicon, longest_only
from reviewsynth.coding.reader import (
    ASPIRATION_SECTIONS,
    ReviewDoc,
    incident_date,
    parse_date,
    phase,
)
from reviewsynth.coding.roles import HarmEvent, kin_statements, roles_lexicon, stated_link
from reviewsynth.schema import Evidence

# How long the two had been together, between the relation noun and the name ("his wife of
# fifty years, Delphine", "her partner of some months, Mr K").
_DURATION = r"(?:\s+of\s+(?:[\w-]+\s+){0,2}(?:years?|months?|decades?|weeks?))?"
_LINK = _DURATION + r"(?:\s*,\s*|\s+|\s*\(\s*)(?:(?:who is |who was |is |was |now )?(?:referred to|called|known)" + IN_THE_TEXT + r"(?: as)?\s+)?['‘\"“]?"
_VERBS = r"(?:killed|murdered|stabbed|strangled|shot|attacked|assaulted|abused|beaten|harmed|hurt)"


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _aliases(member: CastMember) -> str:
    return "(?:" + _alt(member.aliases) + ")"


def _pronoun(member: CastMember) -> str | None:
    return {"male": "his", "female": "her"}.get(member.gender)


class _Links:
    def __init__(self) -> None:
        lex = load_lexicon("relationship")
        self.nouns: dict[str, str] = lex["perpetrator_is"]
        self.sep = lex["separated_modifiers"]
        self.parent_partner = set(lex["parent_partner_nouns"])
        self.noun_re = "(" + _alt(self.nouns) + ")"
        self.mod_re = r"(?:(" + _alt(self.sep) + r")[\s-]+|(?:adult|elder|older|younger|eldest|youngest|only|teenage|new|then|long-term|\d+-year-old)\s+)?"


def _type_for(links: _Links, noun: str, modifier: str | None) -> str:
    kind = links.nouns[noun.lower()]
    if kind == "intimate_partner" and modifier:
        return "ex_partner"
    return kind


# What a parent's relative is to the child: a parent's partner is in a parent's place, a
# parent's sibling or parent is wider family, a parent's other child a sibling.
_OF_A_PARENT = {"intimate_partner": "parent_to_child", "ex_partner": "parent_to_child", "sibling": "other_family",
                "parent_to_child": "other_family", "child_to_parent": "sibling"}


def _relative_of_a_relative(relative: str, kind: str) -> str:
    """What X's `kind` relative is to someone whose `relative` X is: a parent's partner is in a
    parent's place, a partner's child is a stepchild; a partner's parent or sibling, a child's
    child or partner, a sibling's partner are wider family."""
    if relative == "parent_to_child":
        return _OF_A_PARENT.get(kind, "other_family")
    if relative in ("intimate_partner", "ex_partner") and kind == "child_to_parent":
        return "child_to_parent"
    return "other_family"


def copular_kin(rd: ReviewDoc, mf: MentionFinder, victim: CastMember, perp: CastMember) -> list[tuple[str, int]]:
    """(type, offset) for "He became her boyfriend", "She was his carer's daughter": one
    principal, by name or pronoun, said to be (or become) the other's relative, read through
    the mention finder so that pronouns count."""
    links = _Links()
    found: list[tuple[str, int]] = []
    verb = re.compile(r"\s+(?:was|is|became|had become|had been|has been|has become)\s+$")
    for i, sent in enumerate(rd.sentences):
        if not re.search(r"\b(?:was|is|became|become|been)\s+(?:his|her|\w+['’]s)\s", sent.text):
            continue
        ms = mf.mentions(i)
        for a, b in zip(ms, ms[1:], strict=False):
            if not b.person_id.startswith("kin:") or not verb.search(rd.text[a.end:b.start]) or _claimed(rd.text[sent.start:a.start], a.start - sent.start):
                continue
            _, noun, owner = b.person_id.split(":", 2)
            words = rd.text[b.start:b.end].lower().split()
            noun = next((w for w in reversed(words) if w in links.nouns), noun)
            if noun not in links.nouns:
                continue
            mod = words[1] if len(words) > 2 and words[1] in links.sep else None
            if a.person_id == perp.person_id and owner == victim.person_id:
                found.append((_type_for(links, noun, mod), a.start))
            elif a.person_id == victim.person_id and owner == perp.person_id:
                found.append((_invert(_type_for(links, noun, mod)), a.start))
    return found


def _invert(kind: str) -> str:
    """The victim is the perpetrator's X: what the perpetrator is to the victim."""
    return {"child_to_parent": "parent_to_child", "parent_to_child": "child_to_parent"}.get(kind, kind)


def kin_links(rd: ReviewDoc, victim: CastMember, perp: CastMember, child_victim: bool) -> list[tuple[str, int]]:
    """(type, offset) for each stated kin link between the two, in text order."""
    links = _Links()
    v, p = _aliases(victim), _aliases(perp)
    vpron = _pronoun(victim)
    other_pron = {"his": "her", "her": "his"}.get(vpron or "")
    owner = r"(?:" + v + r"['’]s" + (r"|\b[" + vpron[0].upper() + vpron[0] + "]" + vpron[1:] if vpron else "") + r")"
    found: list[tuple[str, int]] = []
    # "Ellie's step-father, referred to as Mr R", "her estranged husband, Tomas"
    for m in re.finditer(owner + r"\s+" + links.mod_re + links.noun_re + r"(?=" + _LINK + p + r"\b)", rd.text):
        found.append((_type_for(links, m.group(2), m.group(1)), m.start()))
    # "Her mother's younger brother, referred to here as Shaun": the kin of a parent.
    for m in re.finditer(owner + r"\s+(?:(?:step-?)?(?:mother|father|mum|dad|parent))['’]s\s+" + links.mod_re + links.noun_re + r"(?=" + _LINK + p + r"\b)", rd.text):
        kind = _OF_A_PARENT.get(links.nouns[m.group(2).lower()])
        if kind:
            found.append((kind, m.start()))
    # "Mr D was Child T's stepfather", "Karen, his daughter"; a "who is who" row or list item,
    # "Aaron | Roisin's husband, perpetrator", "- Liam: the perpetrator, Zara's ex-boyfriend"
    row = r"[ \t]*(?:[:|–]|\s-\s)[ \t]*(?:(?:the|a)\s+(?:victim|perpetrator)\s*[,;]?\s*)?"
    for m in re.finditer(r"\b" + p + r"(?:(?:,|\s+(?:was|is|had been))\s+|" + row + r")" + owner + r"\s+" + links.mod_re + links.noun_re + r"\b", rd.text):
        found.append((_type_for(links, m.group(2), m.group(1)), m.start()))
    # "Grace was killed by her son" (the victim named just before)
    for m in re.finditer(r"\b" + v + r"\W{0,3}\s+(?:\w+\s+){0,3}?(?:was|had been)\s+(?:\w+\s+)?" + _VERBS + r"\s+by\s+(?:his|her|their)\s+" + links.mod_re + links.noun_re + r"\b", rd.text):
        found.append((_type_for(links, m.group(2), m.group(1)), m.start()))
    # "Tom posed to his father, Mr V": the victim is the perpetrator's X; a possessive before a
    # relation apposed to the victim's name is not the victim's own ("his husband, Lucan"),
    # whatever the two genders.
    ppron = _pronoun(perp)
    pown = r"(?:" + p + r"['’]s" + (r"|\b[" + ppron[0].upper() + ppron[0] + "]" + ppron[1:] if ppron else "") + r")"
    for m in re.finditer(pown + r"\s+" + links.mod_re + links.noun_re + r"(?=" + _LINK + v + r"\b)", rd.text):
        found.append((_invert(_type_for(links, m.group(2), m.group(1))), m.start()))
    # "her partner, Mr P" where "her" cannot be the (male) child victim: a parent's partner.
    if child_victim and other_pron:
        for m in re.finditer(r"\b(?:[" + other_pron[0].upper() + other_pron[0] + "]" + other_pron[1:] + r")\s+" + links.mod_re + r"(" + _alt(links.parent_partner) + r")(?=" + _LINK + p + r"\b)", rd.text):
            found.append(("parent_to_child", m.start()))
    found += _couple_links(rd, v, p, _shared_title_pair(victim, perp))
    return sorted(found, key=lambda x: x[1])


_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"


def _shared_title_pair(victim: CastMember, perp: CastMember) -> str | None:
    """"Mr and Mrs T", "Mr and Mr Osei": two titled principals of one surname named as a pair."""
    def surnames(m: CastMember) -> set[str]:
        return {a.split()[-1] for a in m.aliases if re.match(_TITLES + r"\s+\S", a)}
    shared = surnames(victim) & surnames(perp)
    if not shared:
        return None
    return r"\b" + _TITLES + r"\s+and\s+" + _TITLES + r"\s+(?:" + _alt(shared) + r")\b"


def _couple_links(rd: ReviewDoc, v: str, p: str, titled_pair: str | None = None) -> list[tuple[str, int]]:
    """"Hester and Thaddeus had been married for 58 years", "Mr K and Ms L were a couple",
    "Mr and Mrs T had been married": the two named together as the subject of what they were
    to each other."""
    found: list[tuple[str, int]] = []
    pair = r"\b(?:" + v + r")\s+and\s+(?:" + p + r")\b|\b(?:" + p + r")\s+and\s+(?:" + v + r")\b"
    if titled_pair:
        pair += "|" + titled_pair
    verb = r"\s+(?:had\s+been|have\s+been|were|had|are)\s+(?:(?:both|long|already|recently|later)\s+)?"
    lex = load_lexicon("relationship")
    for kind, words in lex.get("couple_predicates", {}).items():
        said = re.compile(r"(?:" + pair + r")" + verb + r"(?:" + _alt(words) + r")\b")
        found += [(kind, m.start()) for m in said.finditer(rd.text)]
    for kind, words in lex.get("couple_verbs", {}).items():
        said = re.compile(r"(?:" + pair + r")\s+(?:(?:later|then|eventually|first)\s+)?(?:" + _alt(words) + r")\b")
        found += [(kind, m.start()) for m in said.finditer(rd.text)]
    return found + _couple_ended(rd, found, lex.get("couple_ended", []))


def _couple_ended(rd: ReviewDoc, found: list[tuple[str, int]], patterns: list[str]) -> list[tuple[str, int]]:
    """"A and B married in 2015; the marriage ended in 2021": the rest of a couple link's own
    sentence says the two had parted, an ex-partner link."""
    ended = re.compile("|".join(patterns), re.I) if patterns else None
    if ended is None:
        return []
    out = []
    for kind, at in found:
        sent = rd.sentence_at(at)
        if kind == "intimate_partner" and ended.search(rd.text, at, sent.end):
            out.append(("ex_partner", at))
    return out


class _PeerWords:
    """The peer lexicon: per type, its words and patterns as one pattern; the types that need
    both principals in the sentence; the group phrases that name both ("the two men")."""

    def __init__(self) -> None:
        lex = load_lexicon("relationship")
        patterns = lex["peer_patterns"]
        self.kinds = {k: re.compile(r"\b(?:" + "|".join([_alt(v), *patterns.get(k, [])]) + r")\b", re.I)
                      for k, v in lex["peer_types"].items()}
        self.need_both = set(lex["peer_need_both"])
        self.both = re.compile(r"\b(?:" + "|".join(lex["both_principals"]) + r")\b", re.I)


def _quoted(text: str, offset: int) -> bool:
    """The word at `offset` stands inside double quotation marks: someone's own word ("meeting
    a friend", an "online boyfriend"), not the review's statement of the relationship."""
    before = text[:offset]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


_CLAIM = re.compile(r"\b(?:told|tell|tells|said|says|say|claimed|claims|insisted|stated|maintained|presented himself|presented herself)\b(?:(?![.;:]).)*?\bthat\s+(?:(?![.;:]).)*$", re.I)


def _claimed(text: str, offset: int) -> bool:
    """The word at `offset` is in what someone told or claimed ("He told the agency that he
    was her friend"): a principal's own account, not the review's statement."""
    return bool(_CLAIM.search(text[max(0, offset - 120):offset]))


# "Ms O stabbed Mr T. They did not know each other.": "they" after a sentence naming both is both.
_THEY = re.compile(r"\W*(?:They|The two|The pair)\b")


def _who(mf: MentionFinder, index: int) -> set[str]:
    """The people a sentence mentions ("P's extended family" names P as the kin phrase's owner)."""
    return {m.person_id.split(":", 2)[2] if m.person_id.startswith("kin:") else m.person_id for m in mf.mentions(index)}


_RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.I)


def _reciprocal(text: str, named: set[str]) -> bool:
    """"The two boys had known each other for a year", after or beside a sentence naming one
    of the principals: a reciprocal opened by a plural subject is the two principals'."""
    return bool(named) and bool(_THEY.match(text)) and bool(_RECIPROCAL.search(text))


def peer_type(rd: ReviewDoc, mf: MentionFinder, victim: CastMember, perp: CastMember | None) -> tuple[str | None, int | None]:
    """Votes of peer words in sentences naming the victim or the perpetrator (the victim
    alone where the review names no perpetrator); a sentence naming both weighs three."""
    words = _PeerWords()
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    ids = {victim.person_id} | ({perp.person_id} if perp is not None else set())
    for i, sent in enumerate(rd.sentences):
        if rd.section_kind(sent.start) in ASPIRATION_SECTIONS:
            continue
        who = _who(mf, i)
        both = perp is not None and (ids <= who or bool(words.both.search(sent.text))
                                     or (i > 0 and bool(_THEY.match(sent.text)) and ids <= _who(mf, i - 1))
                                     or _reciprocal(sent.text, ids & (who | (_who(mf, i - 1) if i > 0 else set()))))
        for kind, pat in words.kinds.items():
            # Rival-group words describe the incident even where the sentence names nobody.
            if not (ids & who or both) and kind != "unknown_peer" or (kind in words.need_both and not both):
                continue
            for m in pat.finditer(sent.text):
                if _quoted(sent.text, m.start()) or _claimed(sent.text, m.start()) or _someone_else(kind, sent.text, m.start()):
                    continue
                if rd.modifiers(sent, sent.start + m.start(), sent.start + m.end()) & {"hypothetical"}:
                    continue
                votes[kind] += 3 if both else 1
                first.setdefault(kind, sent.start + m.start())
    if not votes:
        return None, None
    # A rival group's member is an unknown peer even though he "did not know" the victim.
    if votes["unknown_peer"] and votes["stranger"]:
        votes["unknown_peer"] += votes["stranger"]
    # Fellow residents know each other: living in one place is the more particular tie.
    if votes["housemate"] and votes["friend_acquaintance"]:
        votes["housemate"] += votes["friend_acquaintance"]
    kind = votes.most_common(1)[0][0]
    return kind, first[kind]


_INDEFINITE = re.compile(r"\b(?:[Aa]|[Aa]nother|[Oo]ne)\s+$")
_SAID_TO_BE = re.compile(r"\b(?:was|were|is|are|as|became|become)\s+(?:[Aa]|[Aa]nother|[Oo]ne)\s+$")


def _someone_else(kind: str, text: str, at: int) -> bool:
    """"A neighbour called an ambulance", "told a friend": an indefinite neighbour or friend
    is a further person, not what the two were to each other ("he was a neighbour" is)."""
    before = text[max(0, at - 20):at]
    return kind in ("neighbour", "friend_acquaintance") and bool(_INDEFINITE.search(before)) and not _SAID_TO_BE.search(before)


def separated(rd: ReviewDoc) -> bool:
    """Partners who had separated before the incident: the relationship is an ex-partner one."""
    pat = re.compile(r"\b(?:after|since|following) (?:the|their) separation\b|\b(?:had )?(?:separated|split up)\b(?!\s+(?:the|them)\b)(?!\s+from\s+(?:her|his|their)\s+(?:children|child|son|daughter|family|baby)\b)|\bended the relationship\b|\brelationship (?:was over|had ended|ended)\b|\bleft (?:him|her) in\b|\bestranged\b", re.I)
    return len(pat.findall(rd.text)) >= 2


def _named_by_kin(rd: ReviewDoc, victim: CastMember, perp: CastMember) -> tuple[str, Evidence] | None:
    """A principal the review names only by kin ("her husband", "his 49 year old partner",
    "Child A's father") is that kin of the other: a review calls a perpetrator "her son" after
    the victim it is about."""
    links = _Links()
    for member, other, invert in ((perp, victim, False), (victim, perp, True)):
        owners = ["his", "her", "their", *(re.escape(a) + r"['’]s" for a in other.aliases if len(a) > 1)]
        phrase = re.compile(r"(?:the\s+)?(?:" + "|".join(owners) + r")\s+" + links.mod_re + r"(?:[\w-]+\s+){0,3}?" + links.noun_re + r"$", re.I)
        said, m = next(((a, phrase.match(a)) for a in (member.name, *sorted(member.aliases)) if phrase.match(a)),
                       (member.name, None))
        if m is None:
            continue
        kind = _type_for(links, m.group(2), m.group(1))
        kind = _invert(kind) if invert else kind
        where = rd.text.find(said)
        evidence = rd.evidence(rd.sentence_at(where)) if where >= 0 else None
        if evidence is not None:
            return _partners_apart(rd, kind, bool(m.group(1))), evidence
    return None


def _named_as_kin(rd: ReviewDoc, victim: CastMember, perp: CastMember) -> tuple[str, Evidence] | None:
    """A perpetrator the review names by a bare relation noun ("Father", "Stepmother"): a
    review names the family by their relation to the person it is about, the victim."""
    links = _Links()
    if any(n.lower() in links.nouns for n in (victim.name, *victim.aliases)):
        return None  # "Mother" and "Father" both named so: relations to someone else, the child
    for name in sorted({perp.name, *perp.aliases}):
        # "Father", or "the daughter" for a perpetrator the review leaves unnamed
        noun = re.sub(r"^the\s+", "", name.lower()) if name.lower().startswith("the ") and _unnamed(perp) else name.lower()
        if not (name[:1].isupper() or noun != name.lower()) or noun not in links.nouns:
            continue
        where = re.search(r"\b" + re.escape(name) + r"\b", rd.text)
        if where is not None:
            return _partners_apart(rd, links.nouns[noun], False), rd.evidence(rd.sentence_at(where.start()))
    return None


def _named_as_parent_relative(rd: ReviewDoc, perp: CastMember) -> tuple[str, Evidence] | None:
    """A perpetrator named by relation to the victim's parent ("Mother's partner", "his
    mother's boyfriend") is in a parent's place or wider family, whatever else is said."""
    links = _Links()
    for name in sorted({perp.name, *perp.aliases}):
        kind = _parent_relative(links, name)
        where = re.search(r"\b" + re.escape(name) + r"\b", rd.text, re.I) if kind else None
        if kind and where is not None:
            return kind, rd.evidence(rd.sentence_at(where.start()))
    return None


def _parent_relative_antecedent(rd: ReviewDoc, perp: CastMember) -> tuple[str, Evidence] | None:
    """"... his mother's partner left him alone ... The partner was convicted": a perpetrator
    the review calls only "the <relative>" takes the relation of the one relative of a parent
    that the review names by that noun."""
    if not _unnamed(perp):
        return None
    nouns = {a.split()[-1].lower() for a in {perp.name, *perp.aliases} if a.lower().startswith("the ")}
    links = _Links()
    found: dict[str, int] = {}
    for noun in nouns:
        said = re.finditer(r"\b(?:his|her|their|[A-Z][\w-]*['’]s)\s+([\w-]+)['’]s\s+" + re.escape(noun) + r"\b", rd.text, re.I)
        for m in said:
            kind = _parent_relative(links, f"{m.group(1)}'s {noun}")
            if kind:
                found.setdefault(kind, m.start())
    if len(found) != 1:
        return None
    kind, at = found.popitem()
    return kind, rd.evidence(rd.sentence_at(at))


def _parent_relative(links: _Links, name: str) -> str | None:
    """What a person named as a relative of a parent ("Mother's partner", "the father's
    brother") is to the child, or None for any other name."""
    # "Mother's partner", "the father's brother", "Leo's mother's partner" (the child named)
    m = re.fullmatch(r"(?:(?:his|her|their|the)\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?([\w-]+)['’]s\s+([\w-]+)", name, re.I)
    if m is None or links.nouns.get(m.group(1).lower()) != "parent_to_child":
        return None
    relative = links.nouns.get(m.group(2).lower())
    return _OF_A_PARENT.get(relative) if relative else None


_ANTECEDENT_SENTENCES = 2


def _pronoun_kin(rd: ReviewDoc, cast: Cast) -> tuple[str, Evidence] | None:
    """"Susan's son became unwell. He assaulted Susan": a harm whose doer is only a pronoun
    is done by the nearest kin of the victim just before it ("Susan's son", "her husband")
    whose relation noun has the pronoun's gender."""
    victim, perp = cast.victims[0], cast.perpetrators[0]
    if not _unnamed(perp):
        return None  # a named perpetrator's pronoun is his own, not the relative's before it
    names_victim, _ = role_tests(cast.members, strict=True)
    links = _Links()
    genders = roles_lexicon().kin_nouns
    owner = r"(?:\b(?:" + _alt(a for a in victim.aliases if len(a) > 1) + r")['’]s|\b[Hh](?:is|er))" if any(len(a) > 1 for a in victim.aliases) else r"\b[Hh](?:is|er)"
    kin = re.compile(owner + r"\s+" + links.mod_re + links.noun_re + r"\b")
    for e in sorted(rd.events, key=lambda e: (e.kind != "kill", e.sentence)):
        if not e.asserted or e.agent is None or e.agent.pronoun not in ("he", "she"):
            continue
        if not (names_victim(e.patient) if e.patient is not None else _names_after(rd, e, victim)):
            continue
        gender = "male" if e.agent.pronoun == "he" else "female"
        for i in range(e.sentence - 1, max(-1, e.sentence - 1 - _ANTECEDENT_SENTENCES), -1):
            said = [m for m in kin.finditer(rd.sentences[i].text) if genders.get(m.group(2).lower()) == gender]
            if said:
                m = said[-1]
                kind = _type_for(links, m.group(2), m.group(1))
                return _partners_apart(rd, kind, bool(m.group(1))), rd.evidence(rd.sentences[i])
    return None


_PRONOUNS = {"he", "she", "him", "her", "they", "them"}


def _unnamed(member: CastMember) -> bool:
    """A principal the review gives no name: only pronouns or a role phrase ("the perpetrator")."""
    return all(a.lower() in _PRONOUNS or a.lower().startswith("the ") for a in {member.name, *member.aliases})


def _names_after(rd: ReviewDoc, event: HarmEvent, member: CastMember) -> bool:
    """The harm word is followed in its sentence by the member's name (an object the parse missed)."""
    rest = rd.text[event.end:rd.sentences[event.sentence].end]
    return any(re.match(r"\s+(?:\w+\s+)?" + re.escape(a) + r"\b", rest) for a in member.aliases if len(a) > 1)


def _partners_apart(rd: ReviewDoc, kind: str, said_separated: bool) -> str:
    """Partners the phrase ("her former partner") or the report says had separated are ex-partners."""
    return "ex_partner" if kind == "intimate_partner" and (said_separated or separated(rd)) else kind


def _stated_in_harm(rd: ReviewDoc, cast: Cast) -> tuple[str, Evidence] | None:
    """The relationship a harm event states by kin: "was killed by her partner" (the
    perpetrator is the victim's partner), "he killed his mother" (the victim is his mother)."""
    link = stated_link(rd.events, *role_tests(cast.members), *role_tests(cast.members, strict=True))
    if link is None:
        return None
    noun, side, was_separated, event = link
    links = _Links()
    kind = links.nouns.get(noun)
    if kind is None:
        return None
    kin_phrase = event.agent if side == "perpetrator" else event.patient
    kin_owner = (kin_phrase.owner if kin_phrase is not None else None) or ""
    relative = links.nouns.get(kin_owner.lower())
    if relative is not None:  # "her husband's brother": a relative's relative
        kind = _relative_of_a_relative(relative, kind)
        return (_invert(kind) if side == "victim" else kind), rd.evidence(rd.sentences[event.sentence])
    if side == "victim":
        kind = _invert(kind)
    return _partners_apart(rd, kind, was_separated), rd.evidence(rd.sentences[event.sentence])


_KIN_SENTENCES = 20


def _stated_kin(rd: ReviewDoc, cast: Cast) -> tuple[str, Evidence] | None:
    """The relationship a sentence states between the two by kin, whatever its verb: "Mr P
    killed Mrs H ... the two victims, who were his mother and her friend", "Harry had been in
    an intimate relationship with Karen". Parses at most _KIN_SENTENCES sentences naming
    one of them beside a kin word."""
    victim, perp = cast.victims[0], cast.perpetrators[0]
    links = _Links()
    kin = re.compile(r"\b(?:" + _alt(links.nouns) + r"|relationship)\b", re.I)
    names = {a for m in (victim, perp) for a in m.aliases if len(a) > 1}
    if not names:
        return None
    named = re.compile(r"\b(?:" + _alt(names) + r")\b")
    chosen = [i for i, s in enumerate(rd.sentences) if kin.search(s.text) and named.search(s.text)
              and rd.section_kind(s.start) not in ASPIRATION_SECTIONS][:_KIN_SENTENCES]
    for i, doc in rd.parsed(chosen).items():
        for k in kin_statements(doc, i):
            kind = links.nouns.get(k.noun)
            if kind is None:
                continue
            # A pronoun owner beside one principal is the other ("she ended her relationship
            # with Bram" in a review about Bram's victim).
            pronoun = k.owner in ("he", "she")
            if _is(k.person, perp) and (_is(k.owner, victim) or pronoun):
                pass
            elif _is(k.person, victim, role_noun=True) and (_is(k.owner, perp) or pronoun):
                kind = _invert(kind)
            else:
                continue
            return _partners_apart(rd, kind, k.separated), rd.evidence(rd.sentences[k.sentence])
    return None


def _is(said: str, member: CastMember, role_noun: bool = False) -> bool:
    """A name or phrase a sentence gives is this principal (a role noun: "the two victims")."""
    return said in member.aliases or said == member.name or (role_noun and "victim" in said.lower())


def relationship_type(rd: ReviewDoc, cast: Cast, mf: MentionFinder, child_victim: bool) -> tuple[str, Evidence | None] | None:
    """The relationship type from kin links or peer words; None when neither says."""
    if not cast.victims:
        return None
    if not cast.perpetrators:
        # Unnamed or grouped perpetrators ("a group of pupils"): only peer words can say.
        peer_kind, peer_offset = peer_type(rd, mf, cast.victims[0], None)
        return (peer_kind, rd.evidence(rd.sentence_at(peer_offset))) if peer_kind and peer_offset is not None else None
    victim, perp = cast.victims[0], cast.perpetrators[0]
    named = _named_as_parent_relative(rd, perp) or (_parent_relative_antecedent(rd, perp) if child_victim else None)
    if named is not None:  # "his mother's boyfriend": no kin word beside it says otherwise
        return named
    links = [(k, o) for k, o in kin_links(rd, victim, perp, child_victim) + copular_kin(rd, mf, victim, perp)
             if rd.section_kind(o) not in ASPIRATION_SECTIONS]
    if links:
        kinds = Counter(k for k, _ in links)
        kind = kinds.most_common(1)[0][0]
        if kind in ("intimate_partner", "ex_partner"):
            kind = "ex_partner" if kinds["ex_partner"] or separated(rd) else "intimate_partner"
        # Partners the report says had separated are ex-partners even where only "partner"
        # links them: the evidence is then the partner link's sentence.
        offset = next(o for k, o in links if k == kind or (kind == "ex_partner" and k == "intimate_partner"))
        return kind, rd.evidence(rd.sentence_at(offset))
    stated = (_stated_in_harm(rd, cast) or _stated_kin(rd, cast) or _named_by_kin(rd, victim, perp)
              or _named_as_kin(rd, victim, perp) or _pronoun_kin(rd, cast))
    if stated is not None:
        return stated
    peer_kind, peer_offset = peer_type(rd, mf, victim, perp)
    if peer_kind is None or peer_offset is None:
        return None
    return peer_kind, rd.evidence(rd.sentence_at(peer_offset))


# -- relationship characteristics: the history between THIS victim and perpetrator --------

PARTNER_OR_FAMILY = {"intimate_partner", "ex_partner", "parent_to_child", "child_to_parent", "sibling", "other_family"}
_SETUP_SECTIONS = {"terms_of_reference", "methodology"}
# Codes that the lone word of a person-free sentence can carry in a domestic relationship
# ("Abuse of a parent by an adult child was not recognised as domestic abuse").
_AMBIENT_CODES = {"domestic_abuse"}
# Codes an abuse word gives from the index killing's own sentence: none of the history ones.
_HISTORY_CODES = {"physical_abuse", "emotional_abuse", "coercive_control", "financial_abuse", "stalking", "sexual_abuse"}


class _RelLexicon:
    def __init__(self) -> None:
        lex = load_lexicon("relationship")
        self.matcher = PhraseMatcher(lex["characteristics"])
        self.patterns = {k: re.compile("|".join(v), re.I) for k, v in lex["characteristic_patterns"].items() if v}
        self.killing = re.compile("|".join(lex["index_killing"]), re.I)
        self.formal_carer = re.compile(r"\b(?:" + _alt(lex["formal_carer"]) + r")\b", re.I)
        self.carer_nouns = {n.lower() for n in lex["carer_nouns"]}
        self.ambient_min_parent_child = int(lex["ambient_min_parent_child"])
        self.victim_only = [re.compile(p, re.I) for p in lex["victim_only_patterns"]]
        self.experienced = re.compile("|".join(lex["victim_experience_verbs"]), re.I)
        self.listed = [re.compile(p, re.I) for p in lex["victim_listed_kinds"]]
        self.kind_codes: dict[str, str] = lex["kind_codes"]
        self.no_victim_only = set(lex["no_victim_only"])
        self.victim_kin: dict[str, set[str]] = {k: set(v) for k, v in lex["victim_kin"].items()}
        self.perp_kin: dict[str, set[str]] = {k: set(v) for k, v in lex["perpetrator_kin"].items()}


def _roles_in(ids: set[str], victim: str, perp: str, rel_type: str, lex: _RelLexicon) -> tuple[bool, bool]:
    """Whether the sentence's mentions include the victim and the perpetrator, reading kin
    phrases through the relationship ("her mother" said of the daughter who killed her)."""
    has_v, has_p = victim in ids, perp in ids
    for pid in ids:
        if not pid.startswith("kin:"):
            continue
        _, kin, owner = pid.split(":", 2)
        if owner == perp and kin in lex.victim_kin.get(rel_type, set()):
            has_v = True
        if owner == victim and kin in lex.perp_kin.get(rel_type, set()):
            has_p = True
    return has_v, has_p


def characteristics(rd: ReviewDoc, cast: Cast, mf: MentionFinder, rel_type: str) -> dict[str, Finding]:
    """Relationship characteristics (carer, abuse kinds, coercive control, strain, stalking)
    between the first victim and perpetrator, read from the whole history: a code needs a
    sentence naming both (kin phrases included), or for domestic abuse in a family or partner
    relationship a sentence about either or about the case, and never the index killing's
    own sentence for the abuse kinds."""
    out: dict[str, Finding] = {}
    if not cast.victims or not cast.perpetrators:
        return out
    lex = _RelLexicon()
    victim, perp = cast.victims[0].person_id, cast.perpetrators[0].person_id
    domestic = rel_type in PARTNER_OR_FAMILY
    ambient: dict[str, Finding] = {}
    for h in longest_only(lex.matcher.find(rd.text, normalised=rd.low) + _pattern_hits(rd, lex)):
        kind = rd.section_kind(h.start)
        if kind in ASPIRATION_SECTIONS or kind in _SETUP_SECTIONS:
            continue
        idx = rd.sentence_index(h.start)
        sent = rd.sentences[idx]
        if rd.modifiers(sent, h.start, h.end) & DISQUALIFYING:
            continue
        if h.key in _HISTORY_CODES and (lex.killing.search(sent.text) or _on_or_after_incident(rd, idx)):
            continue
        if h.key == "carer" and (not domestic or lex.formal_carer.search(sent.text)):
            continue
        if h.key == "strain_separation" and not domestic:
            continue
        if _in_a_title(rd.text, h.start, h.end):
            continue
        ids = {m.person_id for m in mf.mentions(idx)}
        has_v, has_p = _roles_in(ids, victim, perp, rel_type, lex)
        if has_v and has_p:
            out.setdefault(h.key, Finding(h.key)).add(rd, idx)
        elif h.key in _AMBIENT_CODES and domestic and not has_v and not (ids - {perp} - {i for i in ids if i.startswith("kin:")}):
            ambient.setdefault(h.key, Finding(h.key)).add(rd, idx)
        elif h.key == "carer" and (has_v or has_p) and h.phrase.lower() in lex.carer_nouns:
            # One named as the other's carer ("the CMHT saw Krystyna as a carer").
            out.setdefault(h.key, Finding(h.key)).add(rd, idx)
    if rel_type and rel_type not in lex.no_victim_only:
        _victim_alone(rd, mf, lex, victim, perp, out)
    need = lex.ambient_min_parent_child if rel_type == "parent_to_child" else 1
    for key, f in ambient.items():
        if key not in out and len(f.sentences) >= need:
            out[key] = f
    return out


def _pattern_hits(rd: ReviewDoc, lex: _RelLexicon) -> list[Hit]:
    """Hits of the characteristics' patterns (kinds of wording: "controlled Liam's money",
    "demands for money"), read like phrase hits."""
    hits = [Hit(code, m.group(0).lower(), m.start(), m.end()) for code, pat in lex.patterns.items() for m in pat.finditer(rd.text)]
    return sorted(hits, key=lambda h: (h.start, -h.end))


def _on_or_after_incident(rd: ReviewDoc, idx: int) -> bool:
    """A chronology row on or after the incident, or a sentence dated the incident's day:
    what happens there is the incident, not the relationship's history."""
    if phase(rd, idx) == "after":
        return True
    when = incident_date(rd)
    said = parse_date(rd.sentences[idx].text)
    return when is not None and said is not None and when[2] is not None and said == when


def _victim_alone(rd: ReviewDoc, mf: MentionFinder, lex: _RelLexicon, victim: str, perp: str, out: dict[str, Finding]) -> None:
    """"Colin was the victim of financial abuse", "Ana was subjected to coercive control and
    stalking": the victim named alone as abused (each kind listed after an experience verb),
    nobody else of the cast in the sentence, in a relationship where the perpetrator is known."""
    for idx, sent in enumerate(rd.sentences):
        if rd.section_kind(sent.start) in ASPIRATION_SECTIONS | _SETUP_SECTIONS:
            continue
        verb = lex.experienced.search(sent.text)
        listed = list(lex.listed) if verb else []
        for pat in [*lex.victim_only, *listed]:
            for m in pat.finditer(sent.text, verb.end() if verb and pat in listed else 0):
                ids = {x.person_id for x in mf.mentions(idx)}
                if victim not in ids or ids - {victim, perp}:
                    continue
                if rd.modifiers(sent, sent.start + m.start(), sent.start + m.end()) & DISQUALIFYING:
                    continue
                code = lex.kind_codes.get(m.group("kind").lower())
                if code and not lex.killing.search(sent.text):
                    out.setdefault(code, Finding(code)).add(rd, idx)


def _in_a_title(text: str, start: int, end: int) -> bool:
    """A phrase inside a capitalised name: "the Domestic Violence, Crime and Victims Act 2004"."""
    return text[start:start + 1].isupper() and bool(re.match(r"[\w ,]{0,40}\b(?:Act|Order|Regulations|Service|Team|Unit|Forum|Programme)\b", text[end:end + 45]))
