"""The cast of characters: victims, perpetrators and everyone else, with every alias.

Built before any code is read, so each mention ("Anjali", "Mr S", "her", "the victim")
resolves to a person, and sentences about other people ("his mother's depression") are
kept apart from the victim's and perpetrator's own characteristics.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from reviewsynth.coding.lexicon import load_lexicon, word_regex
from reviewsynth.coding.reader import ReviewDoc

_TITLED = r"(?:Child|Adult|Baby|Young Person|Mr|Mrs|Ms|Miss|Dr|Person|Subject|Patient|Service User)\s+[A-Z]{1,3}\d?"
_NAME = re.compile(r"\b(" + _TITLED + r")\b|(?<![\w'])([A-Z][a-z]{2,14})(?![\w-])")
_ALIAS = re.compile(
    r"(?:referred to(?: here| in this report| in the report| throughout)?(?: as)?|known as|called|refers to \w+ as)\s+['‘\"“]?(" + _TITLED + r"|[A-Z][a-z]{2,14})",
)
_QUOTED = re.compile(r"['‘\"“]((?:" + _TITLED + r")|[A-Z][a-z]{2,14})['’\"”]")


@dataclass
class CastMember:
    person_id: str  # v1, p1, o1 ...
    role: str  # victim | perpetrator | other
    name: str
    aliases: set[str] = field(default_factory=set)
    gender: str = "not_reported"
    kin: str | None = None  # for others: mother, father, ... of `kin_of`
    kin_of: str | None = None


@dataclass
class Mention:
    start: int
    end: int
    person_id: str  # a cast member id; "x" for an unnamed other person


@dataclass
class Cast:
    members: list[CastMember]

    def get(self, person_id: str) -> CastMember | None:
        return next((m for m in self.members if m.person_id == person_id), None)

    @property
    def victims(self) -> list[CastMember]:
        return [m for m in self.members if m.role == "victim"]

    @property
    def perpetrators(self) -> list[CastMember]:
        return [m for m in self.members if m.role == "perpetrator"]

    @property
    def principals(self) -> list[CastMember]:
        return [m for m in self.members if m.role in ("victim", "perpetrator")]


def _name_counts(rd: ReviewDoc, not_names: set[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for m in _NAME.finditer(rd.text):
        name = m.group(1) or m.group(2)
        name = " ".join(name.split())
        if name.lower() in not_names:
            continue
        # A capitalised word at a sentence start could be any word: count it only if it is
        # followed by a name-like continuation ('s, a verb, a comma).
        counts[name] += 1
    return counts


def _is_name(rd: ReviewDoc, name: str, count: int) -> bool:
    if re.match(_TITLED + "$", name):
        return count >= 2
    if count < 3:
        return False
    # A name is used mid-sentence and with verbs or possessives, not only as a heading word.
    # Words inside multi-word proper nouns ("Stanmere Medical Centre") are not people.
    inside = len(re.findall(r"\b" + re.escape(name) + r"\s+[A-Z]|[A-Z][a-z]+\s+" + re.escape(name) + r"\b", rd.text))
    if inside > 0.3 * count:
        return False
    pat = re.compile(r"(?<=[a-z,] )" + re.escape(name) + r"\b|\b" + re.escape(name) + r"(?:'s|’s| was| had| said| told| and| is| did| went| lived)\b")
    return len(pat.findall(rd.text)) >= 2


def _role_scores(rd: ReviewDoc, names: list[str], lex: dict) -> dict[str, tuple[int, int]]:
    scores: dict[str, tuple[int, int]] = {}
    for name in names:
        esc = re.escape(name).replace(r"\ ", r"\s+")
        v = sum(len(re.findall(c.replace("{name}", "['‘]?" + esc + "['’]?"), rd.text, re.I if False else 0)) for c in lex["victim_cues"])
        p = sum(len(re.findall(c.replace("{name}", "['‘]?" + esc + "['’]?"), rd.text)) for c in lex["perpetrator_cues"])
        scores[name] = (v, p)
    return scores


def _gender(rd: ReviewDoc, aliases: set[str], lex: dict) -> str:
    male = set(lex["male_words"])
    female = set(lex["female_words"])
    m = f = 0
    for alias in aliases:
        first = alias.split()[0].lower()
        if first == "mr":
            m += 5
        elif first in ("mrs", "ms", "miss"):
            f += 5
        pat = re.compile(r"\b" + re.escape(alias) + r"\b[’']?s?\W{0,3}((?:\s*\S+){0,12})")
        for hit in pat.finditer(rd.text):
            # Stop at the next capitalised word: a pronoun after another name is theirs.
            window = re.split(r"\s[A-Z][a-z]", " " + hit.group(1))[0]
            for w in re.findall(r"[a-z\-]+", window.lower())[:12]:
                if w in male:
                    m += 1
                    break
                if w in female:
                    f += 1
                    break
        # "her estranged husband, Tomas": a relation noun right before the name
        for hit in re.finditer(r"\b(husband|wife|son|daughter|father|mother|brother|sister|boyfriend|girlfriend)\W{1,3}(?:referred to (?:here |in this report )?as\s+)?" + re.escape(alias) + r"\b", rd.text):
            if hit.group(1) in male:
                m += 3
            else:
                f += 3
        # "a 28-year-old woman", "a boy of three" right after the name
        for hit in re.finditer(re.escape(alias) + r"\W{0,3}\s+(?:was|is|,)\s+(?:an?\s+)?(?:\S+\s+){0,3}?(man|woman|boy|girl|gentleman|lady|son|daughter|father|mother)\b", rd.text):
            if hit.group(1) in male:
                m += 3
            else:
                f += 3
    if m == f:
        return "not_reported"
    return "male" if m > f else "female"


def build_cast(rd: ReviewDoc, title: str | None = None) -> Cast:
    """Find the people of the review, their roles, aliases and gender."""
    lex = load_lexicon("people")
    not_names = set(lex["not_names"])
    counts = _name_counts(rd, not_names)
    quoted = {m.group(1) for m in _QUOTED.finditer(rd.text)}
    aliases_found = [(m.group(1), m.start()) for m in _ALIAS.finditer(rd.text)]
    names = [n for n, c in counts.items() if _is_name(rd, n, c) or (n in quoted and c >= 2)]
    if title:
        t = title.strip("'‘’\" ")
        if t and t not in names and t.lower() not in not_names:
            names.append(t)
    scores = _role_scores(rd, names, lex)
    # The review's title names its subject: a victim in DHR/SCR/SAR, often the perpetrator in IIRs.
    victim = max(names, key=lambda n: (scores[n][0] - scores[n][1], counts[n]), default=None)
    if victim and scores[victim][0] <= scores[victim][1]:
        victim = None
    perp = max((n for n in names if n != victim), key=lambda n: (scores[n][1] - scores[n][0], counts[n]), default=None)
    if perp and scores[perp][1] <= scores[perp][0]:
        perp = None
    members: list[CastMember] = []
    if victim:
        members.append(CastMember("v1", "victim", victim, {victim}))
    if perp:
        members.append(CastMember("p1", "perpetrator", perp, {perp}))
    _attach_aliases(rd, members, aliases_found)
    others = [n for n in names if n not in {a for m in members for a in m.aliases}]
    for i, name in enumerate(others, start=1):
        members.append(CastMember(f"o{i}", "other", name, {name}))
    for m in members:
        m.gender = _gender(rd, m.aliases, lex)
    _attach_kin(rd, members)
    return Cast(members)


def _attach_aliases(rd: ReviewDoc, members: list[CastMember], aliases_found: list[tuple[str, int]]) -> None:
    """'In places this report refers to Vikram as Mr S' -> Mr S is Vikram."""
    for alias, pos in aliases_found:
        window = rd.text[max(0, pos - 120):pos + 40]
        for m in members:
            if alias in m.aliases:
                continue
            if re.search(r"refers to " + re.escape(m.name) + r" as", window):
                m.aliases.add(alias)


def _attach_kin(rd: ReviewDoc, members: list[CastMember]) -> None:
    """'his mother, referred to as Ms M' / 'Leah's mother, Ms C' -> Ms M is the mother of v1."""
    principals = [m for m in members if m.role in ("victim", "perpetrator")]
    kin_words = load_lexicon("people")["kin_words"]
    kin_re = "|".join(sorted(map(re.escape, kin_words), key=len, reverse=True))
    for other in (m for m in members if m.role == "other"):
        esc = re.escape(other.name)
        for p in principals:
            owner = "(?:" + "|".join(re.escape(a) for a in p.aliases) + r")['’]s"
            pron = "his" if p.gender == "male" else "her"
            pat = re.compile(
                r"(?:" + owner + r"|\b" + pron + r")\s+(?:\w+\s+)?(" + kin_re + r")\W{1,3}(?:\s*referred to(?: here| in this report)?(?: as)?\s+)?" + esc + r"\b"
            )
            hit = pat.search(rd.text)
            if hit:
                other.kin, other.kin_of = hit.group(1).lower(), p.person_id
                break


_PRONOUNS = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_MALE_PRON = {"he", "him", "his", "himself"}


class MentionFinder:
    """Resolve the people mentioned in a sentence, pronouns to the nearest compatible person."""

    def __init__(self, rd: ReviewDoc, cast: Cast) -> None:
        self.rd = rd
        self.cast = cast
        alias_map: dict[str, str] = {}
        for m in cast.members:
            for a in m.aliases:
                alias_map[a] = m.person_id
        self._alias_map = alias_map
        self._alias_re = re.compile(r"\b(" + "|".join(sorted(map(re.escape, alias_map), key=len, reverse=True)) + r")\b") if alias_map else None
        kin = load_lexicon("people")["kin_words"]
        self._kin_re = word_regex(kin)
        self._role_re = re.compile(r"\b(the victim|the deceased|the perpetrator|the defendant|the accused|the offender|the patient|the child|the baby|the young person|the subject)\b", re.I)
        self._cache: dict[int, list[Mention]] = {}

    def _role_noun(self, noun: str) -> str | None:
        noun = noun.lower()
        if noun in ("the victim", "the deceased") and self.cast.victims:
            return self.cast.victims[0].person_id
        if noun in ("the perpetrator", "the defendant", "the accused", "the offender") and self.cast.perpetrators:
            return self.cast.perpetrators[0].person_id
        if noun in ("the child", "the baby", "the young person") and self.cast.victims:
            return self.cast.victims[0].person_id
        if noun == "the patient" and self.cast.perpetrators:
            return self.cast.perpetrators[0].person_id
        return None

    def mentions(self, index: int) -> list[Mention]:
        """Mentions in sentence `index`, each resolved to a person id ('x' for unnamed others)."""
        if index in self._cache:
            return self._cache[index]
        sent = self.rd.sentences[index]
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        if self._alias_re:
            for m in self._alias_re.finditer(sent.text):
                pid = self._alias_map[m.group(1)]
                s, e = sent.start + m.start(), sent.start + m.end()
                # "Anjali's mother": the mention is the mother, not Anjali.
                tail = sent.text[m.end():m.end() + 30]
                kin = re.match(r"['’]s\s+(?:\w+\s+)?(" + self._kin_re.pattern + r")", tail, re.I)
                if kin and pid != "x":
                    found.append(Mention(s, sent.start + m.end() + kin.end(), self._kin_member(pid, kin.group(1))))
                else:
                    found.append(Mention(s, e, pid))
                taken.append((s, e))
        for m in self._role_re.finditer(sent.text):
            pid = self._role_noun(m.group(1))
            if pid:
                found.append(Mention(sent.start + m.start(), sent.start + m.end(), pid))
        for m in re.finditer(r"\b(his|her|their)\s+(?:\w+\s+)?(" + self._kin_re.pattern + r")", sent.text, re.I):
            s = sent.start + m.start()
            owner = self._pronoun_owner(index, s, m.group(1).lower())
            found.append(Mention(s, sent.start + m.end(), self._kin_member(owner, m.group(2)) if owner else "x"))
            taken.append((s, sent.start + m.start(1) + len(m.group(1))))
        for m in _PRONOUNS.finditer(sent.text):
            s = sent.start + m.start()
            if any(a <= s < b for a, b in taken):
                continue
            pid = self._pronoun_owner(index, s, m.group(1).lower())
            if pid:
                found.append(Mention(s, sent.start + m.end(), pid))
        found.sort(key=lambda x: x.start)
        self._cache[index] = found
        return found

    def _kin_member(self, owner: str | None, kin: str) -> str:
        """The cast id of owner's kin when known (e.g. Ms M, Child T's mother), else 'x'."""
        for m in self.cast.members:
            if m.kin and m.kin_of == owner and m.kin == kin.lower():
                return m.person_id
        if owner:
            return f"kin:{kin.lower()}:{owner}"
        return "x"

    def _pronoun_owner(self, index: int, offset: int, pronoun: str) -> str | None:
        """Nearest preceding cast member of the pronoun's gender, this or earlier sentences."""
        gender = "male" if pronoun in _MALE_PRON else "female" if pronoun in ("she", "her", "hers", "herself") else None
        i = index
        limit = offset
        while i >= 0 and index - i <= 3:
            sent = self.rd.sentences[i]
            best = None
            if self._alias_re:
                for m in self._alias_re.finditer(sent.text, 0, limit - sent.start):
                    member = self.cast.get(self._alias_map[m.group(1)])
                    if member and (gender is None or member.gender in (gender, "not_reported")):
                        best = member.person_id
            if best:
                return best
            i -= 1
            if i >= 0:
                limit = self.rd.sentences[i].end
        candidates = [m for m in self.cast.principals if m.gender == gender]
        return candidates[0].person_id if len(candidates) == 1 else None

    def experiencer(self, index: int, start: int, end: int, prefer_object: bool = False) -> str | None:
        """Who a phrase at [start, end) in sentence `index` is about."""
        ms = self.mentions(index)
        before = [m for m in ms if m.end <= start]
        after = [m for m in ms if m.start >= end]
        if prefer_object and after and after[0].start - end < 40:
            return after[0].person_id
        if before:
            return before[-1].person_id
        if after:
            return after[0].person_id
        # A sentence naming nobody continues the previous one ("The officer recorded a crime").
        if index > 0 and self.rd.section_kind(self.rd.sentences[index].start) == self.rd.section_kind(self.rd.sentences[index - 1].start):
            prev = self.mentions(index - 1)
            if prev:
                return prev[0].person_id
        return None
