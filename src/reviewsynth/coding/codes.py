"""Characteristics, services and risk/protective factors per person.

Candidates come from one Aho-Corasick pass per lexicon; each candidate is then read closely:
section (recommendations are not facts), ConText modifiers (negated, hypothetical,
uncertain, historical), and who experienced it (cast resolution).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from reviewsynth.coding.cast import Cast, MentionFinder
from reviewsynth.coding.lexicon import Hit, PhraseMatcher, load_lexicon, longest_only, word_regex
from reviewsynth.coding.reader import ASPIRATION_SECTIONS, ReviewDoc
from reviewsynth.schema import Evidence

DISQUALIFYING = {"negated", "hypothetical", "uncertain"}


@dataclass
class Finding:
    """Mentions supporting one code for one person."""

    code: str
    evidence: list[Evidence] = field(default_factory=list)
    subtypes: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)

    @property
    def confidence(self) -> float:
        return round(min(0.95, 0.55 + 0.1 * (len(self.sentences) - 1)), 2)

    def add(self, rd: ReviewDoc, index: int, subtypes: set[str] | None = None) -> None:
        if index not in self.sentences:
            self.sentences.add(index)
            self.evidence.append(rd.evidence(rd.sentences[index]))
        self.subtypes |= subtypes or set()


PersonFindings = dict[str, dict[str, Finding]]  # person_id -> code -> Finding


class CharacteristicReader:
    def __init__(self) -> None:
        lex = load_lexicon("characteristics")["codes"]
        self.spec = lex
        self.matcher = PhraseMatcher({c: s.get("phrases", []) for c, s in lex.items()})
        self.near = {c: (word_regex(s["require_near"]) if s.get("require_near") else None,
                         word_regex(s["forbid_near"]) if s.get("forbid_near") else None) for c, s in lex.items()}
        self.subtype_of = {c: {p.lower(): st for st, ps in (s.get("subtypes") or {}).items() for p in ps} for c, s in lex.items()}

    def read(self, rd: ReviewDoc, cast: Cast, mf: MentionFinder, ages: dict[str, int | None]) -> PersonFindings:
        out: PersonFindings = defaultdict(dict)
        hits = longest_only(self.matcher.find(rd.text, normalised=rd.low))
        for h in hits:
            self._read_hit(rd, cast, mf, ages, h, out)
        return out

    def _read_hit(self, rd: ReviewDoc, cast: Cast, mf: MentionFinder, ages: dict[str, int | None], h: Hit, out: PersonFindings) -> None:
        spec = self.spec[h.key]
        idx = rd.sentence_index(h.start)
        sent = rd.sentences[idx]
        if rd.section_kind(h.start) in ASPIRATION_SECTIONS:
            return
        need, forbid = self.near[h.key]
        if need and not need.search(sent.text):
            return
        if forbid and forbid.search(sent.text):
            return
        mods = rd.modifiers(sent, h.start, h.end)
        if mods & DISQUALIFYING:
            return
        who = mf.experiencer(idx, h.start, h.end, prefer_object=bool(spec.get("object")))
        code = h.key
        if who and (who.startswith("kin:") or (cast.get(who) and cast.get(who).role == "other")):
            # About someone else: a parent's problem becomes the child's parental code.
            kin, owner = _kin_of(cast, who)
            if kin in set(load_lexicon("people")["parent_words"]) and spec.get("parent_code") and owner:
                out[owner].setdefault(spec["parent_code"], Finding(spec["parent_code"])).add(rd, idx)
            return
        if who is None or not who.startswith(("v", "p")):
            return
        age = ages.get(who)
        if spec.get("max_age") is not None and (age is None or age > spec["max_age"]):
            if not re.search(r"\b(?:as a child|in childhood|as a teenager|when (?:he|she) was (?:a child|young|\d))", sent.text, re.I):
                return
        if spec.get("min_age") is not None and age is not None and age < spec["min_age"]:
            return
        if "historical" in mods and spec.get("historical_code"):
            code = spec["historical_code"]
        subtype = self.subtype_of[h.key].get(h.phrase)
        out[who].setdefault(code, Finding(code)).add(rd, idx, {subtype} if subtype else None)
        if spec.get("perpetrator_code"):
            subject = mf.experiencer(idx, h.start, h.start)
            if subject and subject != who and subject.startswith("p"):
                pc = spec["perpetrator_code"]
                out.setdefault("_perpetration", {}).setdefault(subject + ":" + pc, Finding(pc)).add(rd, idx)


def _kin_of(cast: Cast, who: str) -> tuple[str | None, str | None]:
    if who.startswith("kin:"):
        _, kin, owner = who.split(":", 2)
        return kin, owner
    m = cast.get(who)
    return (m.kin, m.kin_of) if m else (None, None)


class ServiceReader:
    """Services involved with each person before the incident, and emergency/justice after."""

    def __init__(self) -> None:
        lex = load_lexicon("services")
        self.spec = lex["codes"]
        self.matcher = PhraseMatcher({c: s.get("phrases", []) for c, s in self.spec.items()})
        self.near = {c: (word_regex(s["require_near"]) if s.get("require_near") else None,
                         word_regex(s["forbid_near"]) if s.get("forbid_near") else None) for c, s in self.spec.items()}
        self.after = {role: {svc: [re.compile(p, re.I) for p in pats] for svc, pats in by.items()}
                      for role, by in lex["after"].items()}

    def read(self, rd: ReviewDoc, cast: Cast, mf: MentionFinder) -> dict[tuple[str, str, str], Finding]:
        """(person_id, service, timing) -> Finding."""
        out: dict[tuple[str, str, str], Finding] = {}
        self._after(rd, cast, out)
        for h in longest_only(self.matcher.find(rd.text, normalised=rd.low)):
            self._prior_hit(rd, mf, h, out)
        return out

    def _after(self, rd: ReviewDoc, cast: Cast, out: dict[tuple[str, str, str], Finding]) -> None:
        # The incident is told in the cover/introduction (and again in conclusions); the
        # first telling is the one about the aftermath.
        for role, by in self.after.items():
            members = cast.victims if role == "victim" else cast.perpetrators
            if not members:
                continue
            pid = members[0].person_id
            for svc, pats in by.items():
                for i, sent in enumerate(rd.sentences):
                    if rd.section_kind(sent.start) not in ("cover", "introduction"):
                        continue
                    if any(p.search(sent.text) for p in pats):
                        if rd.rules.categories(sent.text, 0, 0) & {"hypothetical"} and "if" in sent.text.lower().split():
                            continue
                        out.setdefault((pid, svc, "after"), Finding(svc)).add(rd, i)
                        break

    def _prior_hit(self, rd: ReviewDoc, mf: MentionFinder, h: Hit, out: dict[tuple[str, str, str], Finding]) -> None:
        kind = rd.section_kind(h.start)
        if kind in ASPIRATION_SECTIONS or kind in ("cover", "introduction", "conclusions"):
            return
        idx = rd.sentence_index(h.start)
        sent = rd.sentences[idx]
        need, forbid = self.near[h.key]
        if need and not need.search(sent.text):
            return
        if forbid and forbid.search(sent.text):
            return
        if rd.modifiers(sent, h.start, h.end) & DISQUALIFYING:
            return
        people = _service_users(rd, mf, idx, h)
        if h.key == "prison" and not re.search(r"\b(?:previous|previously|released|served|had been in|earlier|prior)\b", sent.text, re.I):
            return  # a sentence passed for the homicide is custody after, not before
        if not people and kind == "chronology":
            # A chronology entry continues the previous entry's person.
            for back in range(idx - 1, max(-1, idx - 3), -1):
                people = {m.person_id for m in mf.mentions(back) if m.person_id[:1] in "vp"}
                if people:
                    break
        for pid in people:
            out.setdefault((pid, h.key, "prior"), Finding(h.key)).add(rd, idx)


def _service_users(rd: ReviewDoc, mf: MentionFinder, idx: int, h: Hit) -> set[str]:
    """The principals a service mention is about: the nearest mention, plus any coordinated
    with it ("the GP practices of Leah and Ryan"); other principals in the sentence are not."""
    ms = mf.mentions(idx)
    if not ms:
        return set()
    nearest = min(ms, key=lambda m: (m.start - h.end) if m.start >= h.end else (h.start - m.end) + 0.5)
    users = {nearest.person_id} if nearest.person_id[:1] in "vp" else set()
    for m in ms:
        if m is nearest or m.person_id[:1] not in "vp":
            continue
        gap = rd.text[min(m.end, nearest.end):max(m.start, nearest.start)]
        if re.fullmatch(r"(?:['’]s)?\s*(?:,|and|or|&)\s*", gap):
            users.add(m.person_id)
    return users


class ContextReader:
    """Risk factors per context (typed) and protective factors, per person."""

    def __init__(self) -> None:
        lex = load_lexicon("living")["contexts"]
        self.risk = lex["risk"]
        self.protective = lex["protective"]
        self.risk_matcher = PhraseMatcher({str(i): r["phrases"] for i, r in enumerate(self.risk)})
        self.prot_matcher = PhraseMatcher({str(i): r["phrases"] for i, r in enumerate(self.protective)})

    def read(self, rd: ReviewDoc, mf: MentionFinder) -> tuple[dict, dict]:
        risks: dict[tuple[str, str, str], tuple[str, Finding]] = {}
        prots: dict[tuple[str, str], tuple[str, Finding]] = {}
        for h in self.risk_matcher.find(rd.text, normalised=rd.low):
            rule = self.risk[int(h.key)]
            pid, idx = self._who(rd, mf, h)
            if pid:
                key = (pid, rule["context"], rule["type"])
                detail = rd.text[h.start:h.end]
                risks.setdefault(key, (detail, Finding(rule["type"])))[1].add(rd, idx)
        for h in self.prot_matcher.find(rd.text, normalised=rd.low):
            rule = self.protective[int(h.key)]
            pid, idx = self._who(rd, mf, h)
            if pid:
                key2 = (pid, rule["context"])
                prots.setdefault(key2, (rd.text[h.start:h.end], Finding("protective")))[1].add(rd, idx)
        return risks, prots

    def _who(self, rd: ReviewDoc, mf: MentionFinder, h: Hit) -> tuple[str | None, int]:
        idx = rd.sentence_index(h.start)
        sent = rd.sentences[idx]
        if rd.section_kind(h.start) in ASPIRATION_SECTIONS:
            return None, idx
        if rd.modifiers(sent, h.start, h.end) & DISQUALIFYING:
            return None, idx
        principals = [m.person_id for m in mf.mentions(idx) if m.person_id[:1] in "vp"]
        return (principals[0] if principals else None), idx
