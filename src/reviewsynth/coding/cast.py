"""The cast of characters: victims, perpetrators and everyone else, with every alias.

Built before any code is read, so each mention ("Anjali", "Mr S", "her", "the victim")
resolves to a person, and sentences about other people ("his mother's depression") are
kept apart from the victim's and perpetrator's own characteristics.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reviewsynth.coding.lexicon import load_lexicon, word_regex
from reviewsynth.coding.reader import ReviewDoc, profile_fields, table_rows_below
from reviewsynth.coding.roles import (
    HarmEvent,
    Participant,
    bound_genders,
    clause_subject,
    owner_gender,
    participant,
    role_votes,
    roles_lexicon,
    stated_age,
    unnamed_others,
    unnamed_principal,
)


def _titled_pattern() -> str:
    prefixes = sorted(load_lexicon("people")["titled_prefixes"], key=len, reverse=True)
    # "Child AX", "Adult R2", and numbered ones: "Young Person 1", "Sibling 2".
    return r"(?:" + "|".join(p.replace(" ", r"\s+") for p in prefixes) + r")\s+(?:[A-Z]{1,3}\d?|\d{1,2})(?![\w])"


# Where a review says it names someone: "referred to here / in this review / in the
# summary / throughout the report as ...".
IN_THE_TEXT = (r"(?:\s+(?:here|throughout(?:\s+(?:this|the)\s+(?:report|review|summary|document))?"
               r"|in\s+(?:this|the)\s+(?:overview\s+|executive\s+)?(?:report|review|summary|document|briefing|brief)))?")
_TITLED = _titled_pattern()
_TITLED_RE = re.compile(_TITLED)
# A coded subject whose pseudonym may be given later ("Child E", "Adult C", "Young Person A").
_CODED = re.compile(r"\b(?:Child|Adult|Baby|Young Person|Youth|Pupil|Student|Person|Subject|Patient|Service [Uu]ser|Individual|Resident)\s+(?:[A-Z]{1,3}\d?|\d{1,2})\b")
_NAME = re.compile(r"\b(" + _TITLED + r")\b|(?<![\w'])([A-Z][a-z]{2,14})(?![\w-])")
_ALIAS = re.compile(
    r"(?:referred to" + IN_THE_TEXT + r"(?: as)?|known as|called|calls (?:him|her|them)|refers to \w+ as)\s+['‘\"“]?(" + _TITLED + r"|[A-Z][a-z]{2,14})",
)
_QUOTED = re.compile(r"['‘\"“]((?:" + _TITLED + r")|[A-Z][a-z]{2,14})['’\"”]")
_NAME_OR = r"(" + _TITLED + r"|[A-Z][a-z]{2,14})"
# "referred to as Jason or Mr R", "Jason (Mr R)", "Adult C ('Colin')": two names, one person.
_PAIR_PATTERNS = [
    re.compile(r"(?:referred to|known)" + IN_THE_TEXT + r" as\s+['‘\"“]?" + _NAME_OR + r"['’\"”]?\s+or\s+['‘\"“]?" + _NAME_OR),
    re.compile(r"\b" + _NAME_OR + r"\s+\(['‘\"“]?" + _NAME_OR + r"['’\"”]?\)"),
]


@dataclass
class TableRow:
    """One row of a "who is who" table: its cells by lower-case header, and its span."""

    cells: dict[str, str]
    start: int
    end: int


@dataclass
class CastMember:
    person_id: str  # v1, p1, o1 ...
    role: str  # victim | perpetrator | other
    name: str
    aliases: set[str] = field(default_factory=set)
    gender: str = "not_reported"
    kin: str | None = None  # for others: mother, father, ... of `kin_of`
    kin_of: str | None = None
    place: bool = False  # a place name the counts took for a person ("in Pontywern")
    table_row: TableRow | None = None  # the person's row in a "who is who" table
    stated_age: tuple[int, int] | None = None  # (age, sentence) a harm event's phrase gives an unnamed principal
    group: bool = False  # a grouped record ("Three women"): never the antecedent of "he" or "she"


@dataclass
class Mention:
    start: int
    end: int
    person_id: str  # a cast member id; "x" for an unnamed other person


@dataclass
class Cast:
    members: list[CastMember]
    subject: str | None = None  # the person "the subject" means: the review's own subject

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


# --- many names, one pass ------------------------------------------------------------------
#
# A review can name forty people; a pattern compiled and run once per name rescans the whole
# text forty times. Instead all names go into one alternation and each match says, by the
# text it matched, whose it is. Per name the results stay those of its own regex: two names
# can match at one place ("referred to as Pupil A and Pupil B", "by Mr S" and "by S") and a
# match for one can overlap a match for another, so every place where any name matches is
# visited and every name matching there is found; then each name keeps its own
# non-overlapping matches, as `findall` with its own regex would.

_WHO = "cast_name"  # the group that holds the name in a template's compiled form


def _spelling(name: str, spaced: bool) -> str:
    """A name as a regex; `spaced`: any run of white space between its words."""
    return re.escape(name).replace(r"\ ", r"\s+") if spaced else re.escape(name)


@lru_cache(maxsize=256)
def _with_names(template: str, names: tuple[str, ...], spaced: bool, flags: int) -> re.Pattern[str]:
    """`template` with its "{name}" as an alternation of `names`, and "{initial}" (if any)
    as the letters they begin with, for a character class."""
    # A lookahead on the first letters skips most places before trying every alternative;
    # at the very start of a template that begins with its name, it makes the search fast.
    initial = "".join(sorted({r"\s" if spaced and n[0] == " " else re.escape(n[0]) for n in names}))
    who = f"(?=[{initial}])(?P<{_WHO}>" + "|".join(_spelling(n, spaced) for n in names) + ")"
    return re.compile(template.replace("{initial}", initial).replace("{name}", who), flags)


@lru_cache(maxsize=4096)
def _spells(name: str, spaced: bool, flags: int) -> re.Pattern[str]:
    return re.compile(_spelling(name, spaced), flags)


def _name_key(name: str, spaced: bool) -> str:
    """What a name and the texts it matches share: the text itself, or its words."""
    return _norm(name) if spaced else name


def _prefix_partners(names: list[str], spaced: bool) -> dict[str, set[str]]:
    """Names one of which begins like the other ("Jo" and "Jo Smith"): the only names that
    can start at the place another starts."""
    by_key: dict[str, set[str]] = {}
    for n in names:
        by_key.setdefault(_name_key(n, spaced), set()).add(n)
    partners: dict[str, set[str]] = {n: set() for n in names}
    for n in names:
        key = _name_key(n, spaced)
        for other in (o for i in range(1, len(key) + 1) for o in by_key.get(key[:i], ())):
            if other != n:
                partners[n].add(other)
                partners[other].add(n)
    return partners


def _matches_by_name(text: str, template: str, names: list[str], *, spaced: bool = False,
                     flags: int = 0, fixed: bool = False) -> dict[str, dict[int, re.Match[str]]]:
    """For every name, each place where `template` with that name matches, and the match
    (the same as that name's own regex gives at that place: alternatives are tried in order,
    so the first success for a name is its own first success).

    `fixed`: the template lets a name begin at one place only for a given start, so names
    matching together there begin alike. Otherwise (the name after a variable phrase) the
    names not yet found are tried again at the same place."""
    places: dict[str, dict[int, re.Match[str]]] = {n: {} for n in names}
    names = list(dict.fromkeys(names))
    if not names:
        return places
    by_key: dict[str, list[str]] = {}
    for n in names:
        by_key.setdefault(_name_key(n, spaced), []).append(n)
    partners = _prefix_partners(names, spaced) if fixed and not flags else None
    every, pos = _with_names(template, tuple(names), spaced, flags), 0
    while (m := every.search(text, pos)) is not None:
        start, found = m.start(), set()
        while m is not None:
            said = m.group(_WHO)
            # Every name that spells the matched text (case or spacing can make several).
            spelt = [n for n in (names if flags else by_key.get(_name_key(said, spaced), [])) if n not in found
                     and (n == said if not (spaced or flags) else _spells(n, spaced, flags).fullmatch(said))]
            for n in spelt:
                places[n][start] = m
            found.update(spelt)
            rest = names if partners is None else sorted({p for n in found for p in partners[n]})
            left = tuple(n for n in rest if n not in found)
            m = _with_names(template, left, spaced, flags).match(text, start) if left else None
        pos = start + 1
    return places


def _findall(places: dict[int, re.Match[str]]) -> list[re.Match[str]]:
    """The matches `finditer` would give: from the left, each after the previous one's end
    (never empty: each holds a name)."""
    out: list[re.Match[str]] = []
    for start in sorted(places):
        if not out or start >= out[-1].end():
            out.append(places[start])
    return out


def _count_by_name(text: str, branches: list[str], names: list[str], **kw: Any) -> dict[str, int]:
    """len(re.findall(b1|b2|..., text)) for each name, each branch holding one "{name}"."""
    per_branch = [_matches_by_name(text, b, names, **kw) for b in branches]
    # At one place the first branch that matches is the alternation's match.
    return {n: len(_findall({k: v for b in reversed(per_branch) for k, v in b[n].items()})) for n in names}


def _look_like_names(rd: ReviewDoc, counts: Counter[str]) -> set[str]:
    """The counted words that are people's names."""
    out = {n for n, c in counts.items() if re.match(_TITLED + "$", n) and c >= 2}
    words = [n for n, c in counts.items() if not re.match(_TITLED + "$", n) and c >= 3]
    # A name is used mid-sentence and with verbs or possessives, not only as a heading word.
    # Words inside multi-word proper nouns ("Stanmere Medical Centre") are not people.
    # Each branch puts a name at one place (fixed): where it starts, or after the word and
    # the spaces before it, unless a name itself starts with a space.
    fixed = not any(n[:1].isspace() for n in words)
    inside = _count_by_name(rd.text, [r"(?=[{initial}])\b{name}\s+[A-Z]", r"[A-Z][a-z]+\s+{name}\b"], words, fixed=fixed)
    verbs = _count_by_name(rd.text, [r"(?=[{initial}])(?<=[a-z,] ){name}\b", r"(?=[{initial}])\b{name}(?:'s|’s| was| had| said| told| and| is| did| went| lived)\b"], words, fixed=True)
    return out | {n for n in words if inside[n] <= 0.3 * counts[n] and verbs[n] >= 2} | _stated_persons(rd, counts)


def _stated_persons(rd: ReviewDoc, counts: Counter[str]) -> set[str]:
    """Names the language says are a person's however seldom used ("Ines (not her real
    name)", "Albie was a 58-year-old man", "Dana, 36,"): people.yaml person_statements."""
    names = [n for n in counts if not n[:1].isspace()]
    found = _count_by_name(rd.text, load_lexicon("people")["person_statements"], names, fixed=True)
    return {n for n, c in found.items() if c}


def _place_names(rd: ReviewDoc, names: list[str], counts: Counter[str]) -> set[str]:
    """Places, not people: names used mostly after a place preposition ("in Pontywern", "to
    Pontywern police station") or before a place noun ("the Fenwick estate"). Kept in the
    cast (their sentences are not the victim's) but never a pronoun's antecedent."""
    # After the preposition and its spaces a name begins at one place (fixed), unless it
    # starts with a space itself.
    fixed = not any(n[:1].isspace() for n in names)
    after = _count_by_name(rd.text, [r"\b(?:in|at|to|from|near|around|across|of|the)\s+{name}\b"], names, fixed=fixed)
    before = _count_by_name(rd.text, [r"(?=[{initial}])\b{name}\s+(?:" + _PLACE_NOUNS + r")\b"], names, flags=re.I, fixed=True)
    return {n for n in names if counts.get(n, 0) > 0 and after[n] + before[n] > 0.5 * counts.get(n, 0)}


# Prepositions that take only places ("in", "from"); "to" and "of" take people too.
_PLACE_PREPOSITIONS = "in|at|from|near|around|across|within|outside"
_PLACE_NOUNS = (r"estate|area|road|street|police|town|village|station|ward|park|safeguarding|council|borough|county|city|district|partnership"
                r"|children['’]?s?|young|camhs|nhs|hospital|infirmary|school|college|academy|housing|health|mental|adults?|social|carers"
                r"|clinical|integrated|community|trust|surgery|medical")


def _is_place_name(rd: ReviewDoc, name: str) -> bool:
    """A bare name used mostly before an agency or place noun ("Midhollow Safeguarding
    Children Partnership") or after a place preposition: a place, whoever's title it is."""
    if re.match(_TITLED + "$", name) or _CODED.fullmatch(name):
        return False
    uses = len(re.findall(r"\b" + re.escape(name) + r"\b", rd.text))
    placed = len(re.findall(r"\b(?:" + _PLACE_PREPOSITIONS + r")\s+" + re.escape(name) + r"\b", rd.text))
    placed += len(re.findall(r"\b" + re.escape(name) + r"\s+(?:" + _PLACE_NOUNS + r")\b", rd.text, re.I))
    return uses > 0 and placed > 0.5 * uses


def _only_places(rd: ReviewDoc, names: list[str], counts: Counter[str]) -> set[str]:
    """Names used only as places ("convicted in Poland", "from Karsby"): never a victim or a
    perpetrator, whatever cue they sit in. Stricter than _place_names: "to" and "of" take
    people too ("spoke to Ann", "the death of Ann"), so only place prepositions count."""
    bare = [n for n in names if not re.match(_TITLED + "$", n) and not _CODED.fullmatch(n)]
    if not bare:
        return set()
    used = _count_by_name(rd.text, [r"\b{name}\b"], bare, fixed=True)
    # "between Harbeck and Fenmouth": a place conjoined after a place preposition's object;
    # "Fenmouth, a coastal town": a place apposition.
    placed = _count_by_name(rd.text, [r"\b(?:" + _PLACE_PREPOSITIONS + r")\s+{name}\b",
                                      r"\b(?:" + _PLACE_PREPOSITIONS + r")\s+[A-Z][a-z]+\s+and\s+{name}\b"], bare, fixed=False)
    named_place = _count_by_name(rd.text, [r"\b{name},\s+an?\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|borough|county|district|suburb|estate)\b"],
                                 bare, fixed=True)
    return {n for n in bare if used[n] > 0 and (placed[n] >= used[n] or named_place[n] > 0)}


# "Odile, 44, was killed": an apposed age between the name and its verb.
_NAME_SLOT = r"['‘]?{name}['’]?(?:,\s*(?:aged\s+)?\d{1,3}\s*,)?"


def _cue_regexes(cues: list[str], name: str) -> list[re.Pattern[str]]:
    return [re.compile(c.replace("{name}", _NAME_SLOT.replace("{name}", _spelling(name, True)))) for c in cues]


def _cue_counts(text: str, cue: str, names: list[str]) -> dict[str, int]:
    if cue.count("{name}") != 1:  # no name, or two (one person twice): one regex per name
        return {n: len(_cue_regexes([cue], n)[0].findall(text)) for n in names}
    if not cue.startswith(r"\b{name}"):
        return _count_by_name(text, [cue.replace("{name}", _NAME_SLOT)], names, spaced=True)
    # Most cues begin with the name: saying so up front lets the search skip most places.
    # The name begins right after the optional quote, so names matching together at one
    # place begin alike (fixed), unless a name itself begins with a quote.
    fixed = not any(n.startswith(("'", "‘")) for n in names)
    return _count_by_name(text, [r"(?=['‘{initial}])" + cue.replace("{name}", _NAME_SLOT)], names, spaced=True, fixed=fixed)


def _role_scores(rd: ReviewDoc, names: list[str], lex: dict) -> dict[str, tuple[int, int]]:
    v = [_cue_counts(rd.text, c, names) for c in lex["victim_cues"]]
    p = [_cue_counts(rd.text, c, names) for c in lex["perpetrator_cues"]]
    return {n: (sum(c[n] for c in v), sum(c[n] for c in p)) for n in names}


_MALE_SUBJECT = {"he", "his", "himself"}
_FEMALE_SUBJECT = {"she", "herself", "hers"}
@lru_cache(maxsize=1)
def _gendered_kin() -> dict[str, str]:
    """The roles lexicon's kin nouns that state a gender ("grandson": male), longest first."""
    kin = {k: g for k, g in roles_lexicon().kin_nouns.items() if g in ("male", "female")}
    return dict(sorted(kin.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def _relation_before() -> str:
    """"her estranged husband, Tomas", "his grandson, Kester": a gendered kin noun right
    before the name (or "... referred to as" it), never before the name's possessive."""
    nouns = "|".join(map(re.escape, _gendered_kin()))
    return (r"\b(?P<rel>" + nouns + r")(?:\s+of\s+(?:[\w-]+\s+){0,2}(?:years?|months?|decades?|weeks?))?\W{1,3}(?:(?:who is |now )?(?:referred to|called|known)" + IN_THE_TEXT
            + r"(?: as)?\s+)?{name}\b(?![’']s\b)")


@lru_cache(maxsize=1)
def _relation_in_row() -> str:
    """A "who is who" row or list item: "Aaron | Roisin's husband, perpetrator", "- Liam: Zara's
    ex-boyfriend and the perpetrator": the gendered kin noun after the name and a cell mark is theirs."""
    nouns = "|".join(map(re.escape, _gendered_kin()))
    return (r"(?m)^[ \t|•*·\-]*{name}[ \t]*(?:[:|–]|\s-\s)[ \t]*(?:(?:the|a)\s+(?:victim|perpetrator)\s*[,;]?\s*)?"
            r"(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s|[Hh]is|[Hh]er)\s+(?:[\w]+\s+)?(?:ex-|former\s+|estranged\s+)?"
            r"(?P<rel>" + nouns + r")\b")
# "A woman, Person Y, aged 29, was found guilty": a person noun in apposition before the name.
_NOUN_APPOSED = r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?P<noun>man|woman|boy|girl|gentleman|lady),\s+{name}\b"
_NOUN_BEFORE = (r"\b(?P<noun>man|woman|boy|girl|men|women|boys|girls|gentleman|lady)\b,?[^.]{0,60}?\b(?:referred to|known|called)(?: [\w ]{0,20}?)? as\s+['‘\"“]?"
                r"(?:[^.]{0,25}?\band\s+)?{name}\b")


@dataclass
class _GenderEvidence:
    """What the text says of one name's gender: points each way, and the pronouns opening
    the sentence after it with the text in between (whether that names someone else
    depends on whose alias it is)."""

    male: int = 0
    female: int = 0
    next_pronouns: list[tuple[str, str]] = field(default_factory=list)


def _sentence_before(text: str, offset: int) -> str:
    """The text of offset's sentence before it (at most 200 characters back)."""
    lead = text[max(0, offset - 200):offset]
    cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "), lead.rfind("\n"))
    return lead[cut + 1:] if cut >= 0 else lead


# A name right after a past or present participle is its object ("had strangled Ffion").
_VERB_BEFORE = re.compile(r"\b[a-z]{3,}(?:ed|ing)\s+$")
# A name governed by a preposition that ends a fronted clause is no subject: in "after she
# separated from Kenton, she rang the police" the pronoun after the comma is the subject's,
# and in "he lived with Kasia and his father" the conjunct's possessive is too.
# A time adverbial opening a sentence before its subject ("In the summer of 2021 ", "Two
# weeks later, ", "On 3 May "); capitalised words in it are months only.
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_FRONTED_TIME = (r"(?:(?:(?:In|On|At|After|Before|By|During|Over|Within|From|Until|Since|Throughout|Later|Earlier|Early"
                 r"|Late|Soon|Shortly|Some|A|One|Two|Three|Four|Five|Six|That|This|Last|Next)\b"
                 r"(?:[ \t]+(?!(?:he|she|him|her|his|they|them)\b)(?:[a-z0-9]+|" + _MONTH_NAMES + r")){0,6}),?[ \t]+)?")
_AFTER_PREPOSITION = re.compile(r"\b(?:from|with|by|to|of|at|against|about|for|on|towards)\s+$", re.I)


_APPOSED_RELATION = re.compile(r"\s*,\s*(?:his|her|their)\s+(?:[\w-]+\s+)?" + word_regex(load_lexicon("people")["kin_words"]).pattern, re.I)


def _gender_evidence(rd: ReviewDoc, aliases: list[str], lex: dict) -> dict[str, _GenderEvidence]:
    male = set(lex["male_words"])
    aliases = list(dict.fromkeys(aliases))
    ev = {a: _GenderEvidence() for a in aliases}

    def hits(template: str, fixed: bool) -> Iterator[tuple[_GenderEvidence, re.Match[str]]]:
        found = _matches_by_name(rd.text, template, aliases, fixed=fixed)
        return ((ev[a], hit) for a in aliases for hit in _findall(found[a]))

    for a in aliases:
        first = a.split()[0].lower()
        if first == "mr":
            ev[a].male += 5
        elif first in ("mrs", "ms", "miss"):
            ev[a].female += 5
    # A title before a name the cast holds bare ("The victim, Mr Pike, was 58": "Pike").
    # Not a surname the cast also holds titled ("Ms Arden", "Mr Arden"): the titles say whose.
    titled = {a.split(" ", 1)[1] for a in aliases if a.split(" ", 1)[0] in ("Mr", "Mrs", "Ms", "Miss") and " " in a}
    for e, hit in hits(r"\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+(?=[{initial}]){name}\b(?![’']s\b)", fixed=False):
        if rd.text[hit.start("title"):hit.end()].split()[-1] in titled:
            continue
        if hit.group("title") == "Mr":
            e.male += 5
        else:
            e.female += 5
    kin = set(lex["kin_words"])
    named = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)) + r")\b") if aliases else None

    def object_of_another(hit: re.Match[str], lead: str, pronoun: str) -> bool:
        """"Rowan was killed by Tierney, weeks after she ...", "she ended her relationship with
        Bram, with whom she had a son": a name governed by a verb or a preposition after another
        person, named or the same pronoun, in its sentence; a subject pronoun after it more
        likely continues that sentence's subject."""
        governed = _VERB_BEFORE.search(rd.text, max(0, hit.start() - 16), hit.start()) or \
            _AFTER_PREPOSITION.search(rd.text, max(0, hit.start() - 12), hit.start())
        if not governed:
            return False
        if re.search(r"\b" + pronoun + r"\b", lead, re.I):
            return True
        return bool(named and any(m.group(0) != hit.group(0) for m in named.finditer(lead)))

    def relative_of(hit: re.Match[str], rest: str) -> bool:
        """"Susan's son ... he": after a possessive kin noun the pronoun is the relative's."""
        return rd.text.startswith(("'s", "’s"), hit.end()) and (rest.split() or [""])[0].lower().strip(",.;") in kin

    for e, hit in hits(r"(?=[{initial}])\b{name}\b(?=[’']?s?\W{0,3}(?P<after>(?:\s*\S+){0,12}))", fixed=True):
        # Stop at the next capitalised word: a pronoun after another name is theirs.
        # Object pronouns ("Jason pushed her") name someone else, so only subject and
        # possessive pronouns count ("her" is both, so it is left out).
        if relative_of(hit, hit.group("after")) or (
                _AFTER_PREPOSITION.search(rd.text, max(0, hit.start() - 12), hit.start())
                and re.match(r"\s*(?:,\s*(?:he|she)|and (?:his|her))\b", rd.text[hit.end():hit.end() + 9], re.I)):
            continue
        # "CD, his wife,": the possessive of an apposed relation noun is the other person's.
        if _APPOSED_RELATION.match(rd.text, hit.end()):
            continue
        # (and at the sentence's end: a pronoun there opens the next, read below)
        window = re.split(r"\s[A-Z][a-z]|[.!?]\s", " " + hit.group("after"))[0]
        # A reflexive binds its clause's subject: after an object ("Dai had strangled Ffion
        # before hanging himself") it is not the object's.
        object_before = _VERB_BEFORE.search(rd.text, max(0, hit.start() - 16), hit.start())
        # So does a possessive after an object whose clause a pronoun of that gender opened:
        # "He strangled Nia at his flat" tells nothing of Nia.
        raw_lead = _sentence_before(rd.text, hit.start())
        lead = raw_lead.lower()
        for w in re.findall(r"[a-z\-]+", window.lower())[:12]:
            if w in ("he", "she") and object_of_another(hit, raw_lead, w):
                break
            if object_before and (w in ("himself", "herself") or (w == "his" and re.search(r"\bhe\b", lead))
                                  or (w == "her" and re.search(r"\bshe\b", lead))):
                continue
            if w in _MALE_SUBJECT:
                e.male += 1
                break
            if w in _FEMALE_SUBJECT:
                e.female += 1
                break
    # "her estranged husband, Tomas": a relation noun right before the name. Not before
    # the name's possessive: in "his father, Krystyna's former husband" the father is
    # another person, Krystyna's husband, and says nothing of Krystyna's gender.
    for e, hit in (*hits(_relation_before(), fixed=False), *hits(_relation_in_row(), fixed=False)):
        if _gendered_kin()[hit.group("rel")] == "male":
            e.male += 3
        else:
            e.female += 3
    # "the boys involved are referred to as Pupil A and Pupil B", "a 15-year-old boy,
    # referred to in this report as Child J"
    for template in (_NOUN_BEFORE, _NOUN_APPOSED):
        for e, hit in hits(template, fixed=False):
            if hit.group("noun").lower() in ("man", "boy", "men", "boys", "gentleman"):
                e.male += 3
            else:
                e.female += 3
    # "Young Person A had been supervised ... He had been stopped": the next sentence's
    # subject pronoun, when no other person is named in between, nor before the name in its
    # own sentence: a pronoun opening a sentence continues the one before's first-named
    # person, its topic ("Tamsin was killed by her partner, Drew. She had…" is Tamsin's).
    # Not the pronoun that opened the clause the name is the object of: "He strangled Nia at
    # his flat. He was convicted" is his ("He hit Nia. She rang the police" is hers).
    # After a fronted time adverbial too ("Corra was 36. In the summer of 2021 she ...").
    for e, hit in hits(r"(?=[{initial}])\b{name}\b(?P<between>[^.!?]{0,200}[.!?]\s+" + _FRONTED_TIME + r")(?P<pron>[Hh]e|[Ss]he)\s", fixed=True):
        pron = hit.group("pron").capitalize()
        object_before = _VERB_BEFORE.search(rd.text, max(0, hit.start() - 16), hit.start())
        if object_before and re.search(r"\b" + pron.lower() + r"\b", _sentence_before(rd.text, hit.start()).lower()):
            continue
        if not relative_of(hit, hit.group("between").lstrip("'’s")):
            e.next_pronouns.append((_sentence_before(rd.text, hit.start()) + hit.group("between"), pron))
    # "Child C ... had a termination of pregnancy", "Ayla gave birth": only a woman or girl
    # (no other name in between: "Child C was referred to Dr Owen and became pregnant" is hers,
    # but the words up to another name are another person's)
    for e, _hit in hits(r"(?=[{initial}])\b{name}\b(?:(?!\b[A-Z][a-z])[^.;?!]){0,90}?\b(?:(?:was|became|had been|is|fell) pregnant"
                       r"|gave birth|(?:termination of|terminated) (?:a |the |her )?pregnancy|had a miscarriage|miscarried)\b",
                       fixed=True):
        e.female += 3
    # "a 28-year-old woman", "a boy of three" right after the name; not a noun another person
    # owns ("Garrick, who was her mother's boyfriend": the mother is someone else)
    for e, hit in hits(r"(?=[{initial}])\b{name}(?:,|\s+(?:was|is))\s+(?:an?\s+)?(?:(?!(?:his|her|their)\b)[\w-]+\s+){0,4}?"
                       r"(?P<noun>man|woman|boy|girl|gentleman|lady|son|daughter|father|mother)\b(?!['’]s)", fixed=True):
        if hit.group("noun") in male:
            e.male += 3
        else:
            e.female += 3
    return ev


def _gender(evidence: dict[str, _GenderEvidence], aliases: set[str], others: re.Pattern[str] | None = None) -> str:
    """A person's gender from the evidence for each of their aliases; `others` matches the
    names of everyone else, whose mention between a name and a pronoun makes it theirs."""
    m = f = 0
    for alias in aliases:
        e = evidence[alias]
        m, f = m + e.male, f + e.female
        for between, pron in e.next_pronouns:
            if others is None or not others.search(between):
                if pron == "He":
                    m += 1
                else:
                    f += 1
    if m == f:
        return "not_reported"
    return "male" if m > f else "female"


def _norm(name: str) -> str:
    return " ".join(name.split())


def _compatible(a: str, b: str) -> bool:
    """Two names can be one person unless their titles say different genders."""
    ta, tb = a.split()[0].lower(), b.split()[0].lower()
    female = {"mrs", "ms", "miss"}
    return not ((ta == "mr" and tb in female) or (tb == "mr" and ta in female))



# --- names by convention: bare letters, glossaries and pseudonym tables -------------------


def _bare_re(body: str, lex: dict) -> str:
    """`body` (a letter) as a word, never a label ("Part F", "F.1", "M&S", "B-road")."""
    # Nor the letter of a coded name ("Child S", "Mr S"): that is the whole name's.
    words = set(lex["letter_not_after"]) | {p.split()[-1] for p in lex["titled_prefixes"]}
    behind = "".join(f"(?<!{w} )" for w in sorted(words))
    # Nor a heading's numbering ("B. Background", "F) Findings") at the end of its line.
    heading = r"|[.)]\s+[A-Z][a-z]+(?:\s+[a-z]+){0,4}\s*(?:\n|$)"
    return r"(?<![\w.\-/&])" + behind + body + r"(?![\w&]|[.\-–/]\d|\.[A-Z]" + heading + ")"


def _letter_re(letter: str, lex: dict) -> str:
    """A bare capital letter as a word, never a label ("Part F", "F.1", "M&S", "B-road")."""
    return _bare_re(re.escape(letter), lex)


def _letters_used(text: str, body: str, lex: dict) -> list[str]:
    """The letters `body` matches where they are used like a person's name ("W was", "X's",
    "told M"), once per use."""
    verbs = "|".join(map(re.escape, lex["letter_name_verbs"]))
    base = _bare_re("(" + body + ")", lex)
    after = re.findall(base + r"(?=['’]s\b|\s+(?:" + verbs + r")\b)", text)
    before = re.findall(r"\b(?:told|saw|with|by|asked|visited|met|contacted|and|that|when|for|to)\s+" + base + r"(?=[\s,.;])", text)
    return after + before


# Every letter the cast asks about: a table's or glossary's ("M", "AB", "F2"), a coded name's.
_LETTER_FORM = r"[A-Z]{1,3}\d?"


@lru_cache(maxsize=4)
def _all_letter_uses(text: str, verbs: tuple[str, ...], not_after: tuple[str, ...], prefixes: tuple[str, ...]) -> Counter[str]:
    lex = {"letter_name_verbs": verbs, "letter_not_after": not_after, "titled_prefixes": prefixes}
    return Counter(_letters_used(text, _LETTER_FORM, lex))


def _letter_uses(text: str, letter: str, lex: dict) -> int:
    """How often a bare letter is used like a person's name ("W was", "X's", "told M")."""
    if not re.fullmatch(_LETTER_FORM, letter):
        return len(_letters_used(text, re.escape(letter), lex))
    # All letters are counted in one pass, once per text: a letter must be a whole word
    # (nothing word-like on either side), so at each place at most one letter matches.
    key = (tuple(lex["letter_name_verbs"]), tuple(lex["letter_not_after"]), tuple(lex["titled_prefixes"]))
    return _all_letter_uses(text, *key)[letter]


_CODE = re.compile(r"(?<![\w.&/-])([A-Z]{2,3})(?![\w&/-])")
_PERSON_BEFORE = re.compile(r"\b(?:against|by|told|called|named|visited|arrested)\s+$")
_DETERMINED = re.compile(r"\b(?:the|a|an|this|that|these|their|his|her|its|our|local)\s+$", re.I)


def _letter_codes(text: str, lex: dict) -> list[str]:
    """Two- or three-letter codes used as a person's name ("XX was diagnosed", "RS was
    arrested"): a subject of a person's verb at least twice, never after a determiner
    (which an organisation's acronym takes: "the GP", "the NHS", "a MARAC")."""
    verbs = re.compile(r"\s+(?:" + "|".join(map(re.escape, lex["letter_name_verbs"])) + r")\b|['’]s\b")
    uses: Counter[str] = Counter()
    determined: set[str] = set()
    for m in _CODE.finditer(text):
        code = m.group(1)
        if _DETERMINED.search(text, max(0, m.start() - 12), m.start()):
            determined.add(code)
        elif verbs.match(text, m.end()) or _PERSON_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            uses[code] += 1
    return [c for c, n in uses.items() if n >= 2 and c not in determined]


def _bare_letter_pairs(rd: ReviewDoc, names: list[str], lex: dict) -> list[tuple[str, str]]:
    """"Service user X ... X was arrested", "Child W ... W chose his own letter": a coded
    name's letter used on its own is the same person (titles like Mr/Mrs keep their title)."""
    by_letter: dict[str, list[str]] = {}
    for name in names:
        m = _CODED.fullmatch(name)
        if m and not re.match(r"(?:Mr|Mrs|Ms|Miss|Dr)\b", name):
            by_letter.setdefault(name.split()[-1], []).append(name)
    pairs = []
    for letter, owners in by_letter.items():
        if len(owners) != 1 or letter in ("A", "I") or not letter.isalpha():
            continue
        if _letter_uses(rd.text, letter, lex) >= 2:
            pairs.append((owners[0], letter))
    return pairs


def _name_form() -> str:
    return r"(" + _TITLED + r"|[A-Z][a-z]{2,14})"


def glossary_letters(rd: ReviewDoc, lex: dict) -> dict[str, tuple[str, str]]:
    """Letters a glossary or key defines as a relative: "M - the mother of Child S",
    "F: father of Child S", "M | Mother of Child S" -> {"M": ("mother", "Child S")}."""
    kin = "|".join(sorted(map(re.escape, lex["kin_words"]), key=len, reverse=True))
    pat = re.compile(
        r"(?:^|(?<=[.;:]\s)|(?<=\|\s))([A-Z]{1,2}\d?)\s*(?:[-–—:=|]|\bis\b)\s*(?:the\s+)?"
        r"(?:(?:birth|biological|maternal|paternal)\s+)?(" + kin + r")\s+(?:of|to)\s+" + _name_form(),
        re.M | re.I,
    )
    out: dict[str, tuple[str, str]] = {}
    for m in pat.finditer(rd.text):
        letter = m.group(1)
        if letter.isupper() and letter not in ("A", "I"):
            out.setdefault(letter, (m.group(2).lower(), _norm(m.group(3))))
    # "V - the victim", "P: perpetrator", "S - subject of the review": a letter for a role.
    roles = "|".join(map(re.escape, sorted(lex["table_victim_words"] + lex["table_perpetrator_words"], key=len, reverse=True)))
    role_pat = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\|\s))([A-Z]{1,2}\d?)\s*[-–—:=|]\s*(?:the\s+)?(" + roles + r")\b", re.M | re.I)
    for m in role_pat.finditer(rd.text):
        letter = m.group(1)
        if letter.isupper() and letter not in ("A", "I"):
            out.setdefault(letter, (m.group(2).lower(), ""))
    # "killed by her father (F)", "Child S's mother (M)": a letter defined in passing.
    inline = re.compile(r"(?:\b(?:his|her|their)|" + _name_form() + r"['’]s)\s+(?:\w+\s+)?(" + kin + r")\s*\(([A-Z]{1,2})\)")
    for m in inline.finditer(rd.text):
        letter = m.group(3)
        if letter not in ("A", "I"):
            out.setdefault(letter, (m.group(2).lower(), _norm(m.group(1) or "")))
    return out


def pseudonym_rows(rd: ReviewDoc, lex: dict) -> dict[str, TableRow]:
    """Rows of a "who is who" table ("Relationship | Pseudonym | Age | Ethnicity"), by name."""
    headers = [h.lower() for h in lex["pseudonym_table_headers"]]
    lines = rd.text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    out: dict[str, TableRow] = {}
    for i, line in enumerate(lines):
        if "|" not in line:
            continue
        head = [c.strip().lower() for c in line.split("|")]
        col = next((j for j, c in enumerate(head) if any(h in c for h in headers)), None)
        # A plain "Name" column counts when another column says who the person is.
        if col is None and any(re.search(r"relationship|relation|role", c) for c in head):
            col = next((j for j, c in enumerate(head) if c in ("name", "person")), None)
        if col is None:
            continue
        for k in table_rows_below(lines, i, 79):
            parts = [c.strip() for c in lines[k].split("|")]
            if len(parts) != len(head):
                continue
            name = _norm(parts[col].strip("'‘’\"“”"))
            if re.fullmatch(_TITLED + r"|(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14})?|[A-Z]{1,2}", name):
                body = lines[k].rstrip("\r\n")
                out[name] = TableRow(dict(zip(head, parts, strict=True)), offsets[k], offsets[k] + len(body))
    return out


def pseudonym_table(rd: ReviewDoc, lex: dict) -> dict[str, str]:
    """Rows of a "who is who" table: pseudonym -> the row's other cells (its role or kin)."""
    return {name: " ".join(v for v in row.cells.values() if v != name) for name, row in pseudonym_rows(rd, lex).items()}


def _table_role(cell_text: str, lex: dict) -> str | None:
    low = cell_text.lower()
    if any(re.search(r"\b" + re.escape(w) + r"\b", low) for w in lex["table_perpetrator_words"]):
        return "perpetrator"
    if any(re.search(r"\b" + re.escape(w) + r"\b", low) for w in lex["table_victim_words"]):
        if not re.search(r"\b(?:of|to)\s+the\s+(?:victim|deceased|subject)\b", low):
            return "victim"
    return None


def alias_groups(rd: ReviewDoc, names: list[str], lex: dict, pairs: list[tuple[str, str]] | None = None) -> list[set[str]]:
    """Cluster names that the report says are one person ("Child E ... chose the name Ellie")."""
    parent = {n: n for n in names}
    members = {n: {n} for n in names}  # root -> the names joined under it

    def find(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    def union(a: str, b: str) -> None:
        # Titles are compared across the whole groups: "Ms Arden" and "Mr Arden" both meet
        # the bare "Arden", and must not become one person through it.
        if a not in parent or b not in parent:
            return
        ra, rb = find(a), find(b)
        if ra != rb and all(_compatible(x, y) for x in members[ra] for y in members[rb]):
            parent[ra] = rb
            members[rb] |= members.pop(ra)

    for pat in _PAIR_PATTERNS:
        for m in pat.finditer(rd.text):
            union(_norm(m.group(1)), _norm(m.group(2)))
    for a, b in pairs or []:
        union(a, b)
    # A titled form of a name the review also uses bare ("Child Nell" and "Nell").
    for n in names:
        for prefix in lex["titled_prefixes"]:
            if n.startswith(prefix + " ") and n[len(prefix) + 1:] in parent:
                union(n, n[len(prefix) + 1:])
    for cue in lex["pseudonym_intros"]:
        for m in re.finditer(cue.replace("{name}", r"([A-Z][a-z]{2,14})"), rd.text):
            pseudonym = m.group(1)
            if pseudonym not in parent:
                continue
            # The coded name it stands for comes just before, in the same paragraph.
            back = rd.text[max(0, m.start() - 250):m.start()]
            back = back[back.rfind("\n\n") + 1:]
            coded = [_norm(c.group(0)) for c in _CODED.finditer(back)]
            if coded:
                union(coded[-1], pseudonym)
    groups: dict[str, set[str]] = {}
    for n in names:
        groups.setdefault(find(n), set()).add(n)
    return list(groups.values())


def _title_key(title: str | None) -> str:
    return _norm(title.strip("'‘’\" ")) if title else ""


_SUBJECT_PRONOUNS = frozenset({"he", "she"})


def _pronoun_sufferer_votes(rd: ReviewDoc, names: list[str], counts: Counter[str],
                            person: set[str] | None = None) -> dict[str, int]:
    """"Mr T was a 79-year-old man ... He was found dead at home": a death or harm whose
    sufferer is only a subject pronoun is the one named person who opens the sentence before
    it (the subject a new sentence's pronoun most often continues). None when two names open
    it. The pronoun's gender is not compared with the name's: the gender vote comes later."""
    votes: dict[str, int] = {}
    people = _names_pattern([n for n in names if person is None or n in person])
    for e in rd.events:
        p = e.patient
        if e.asserted and p is not None and not p.name and (p.pronoun or "").lower() in _OBJECT_PRONOUNS:
            other = _object_antecedent(rd, e, people)
            if other is not None and counts.get(other, 0) >= 2:
                votes[other] = votes.get(other, 0) + _VICTIM_VOTE.get(e.kind, 0)
            continue
        if not (e.asserted and p is not None and not p.name and (p.pronoun or "").lower() in _SUBJECT_PRONOUNS):
            continue
        # "Mr P was 76 when he died after being punched": a pronoun after the name its own
        # sentence opens with is that name's; else the one the sentence before opens with.
        own = _opening_name(rd, e.sentence, names)
        agent = e.agent.name if e.agent is not None else None
        opener = own if own is not None and own != agent and p.start > rd.sentences[e.sentence].start + len(own) \
            else _opening_name(rd, e.sentence - 1, names)
        if opener is None or counts.get(opener, 0) < 2:
            continue
        votes[opener] = votes.get(opener, 0) + _VICTIM_VOTE.get(e.kind, 0)
    return {n: v for n, v in votes.items() if v}


_OBJECT_PRONOUNS = frozenset({"him", "her"})


def _names_pattern(names: list[str], after: str = "") -> re.Pattern[str] | None:
    """Any of the names as a whole word, longest first (case kept: names are capitalised);
    `after` is a lookahead the match must pass. None for no names."""
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b" + after)


def _object_antecedent(rd: ReviewDoc, e: HarmEvent, named: re.Pattern[str] | None) -> str | None:
    """"Mr V met Sonny twice and abused him": an object pronoun is never its own clause's
    subject (it would be "himself"), so it stands for the last other name before it, in its
    sentence or, failing that, the two before; the subject may be named or not ("her uncle",
    "they"), but not "he" or "she", whom the names before may stand for."""
    # The doer may be unnamed ("her uncle had been abusing her"): the pronoun is still not
    # theirs. Not a pronoun doer, whom the names before may stand for ("he had shaken her").
    singular_doer = (e.agent.pronoun or "").lower() in ("he", "she") if e.agent is not None else False
    if e.agent is None or e.patient is None or named is None or (e.agent.name is None and singular_doer):
        return None
    agent = e.agent.name
    sent = rd.sentences[e.sentence]
    spans = [rd.text[sent.start:e.patient.start]]
    spans += [rd.sentences[i].text for i in range(e.sentence - 1, max(-1, e.sentence - 3), -1)]
    for text in spans:
        found = [m.group(0) for m in named.finditer(text) if m.group(0) != agent]
        if found:
            return found[-1]
    return None


_DOER_VOTE = {"kill": 2, "injure": 2, "sexual": 2, "accused": 1}  # below a named doer's votes
_TITLE_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}


def _pronoun_doer_votes(rd: ReviewDoc, names: list[str]) -> dict[str, int]:
    """"Child O's father, referred to here as Mr O, was 23. ... He told the court he had
    shaken her": a harm or accusation whose doer is only "he" or "she" is the one person
    named before it (in its sentence or the two before) whose title does not contradict the
    pronoun and who is not the one harmed; a name that only owns a kin word ("Child O's
    father") stands for the relative, not for itself. With two such people, none."""
    named = _names_pattern(names, after=r"(?!['’]s\b)")
    if named is None:
        return {}
    votes: dict[str, int] = {}
    for e in rd.events:
        a = e.agent
        weight = _DOER_VOTE.get(e.kind, 0)
        if not (e.asserted and weight and a is not None and not a.name and (a.pronoun or "").lower() in _SUBJECT_PRONOUNS):
            continue
        gender = "male" if (a.pronoun or "").lower() == "he" else "female"
        sufferer = e.patient.name if e.patient is not None else None
        first = max(0, e.sentence - 2)
        text = rd.text[rd.sentences[first].start:a.start]
        found = [m.group(0) for m in named.finditer(text) if m.group(0) != sufferer
                 and _TITLE_GENDER.get(_title_of(text, m), gender) == gender]
        if len(set(found)) == 1:  # two people it could stand for: the grammar cannot tell
            votes[found[-1]] = votes.get(found[-1], 0) + weight
    return votes


def _title_of(text: str, m: re.Match[str]) -> str:
    """The lower-cased title a name match carries, in it ("Mr Jago") or just before it."""
    first = m.group(0).split()[0].lower()
    if first in _TITLE_GENDER:
        return first
    before = re.search(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$", text[max(0, m.start() - 6):m.start()])
    return before.group(1).lower() if before else first


_VICTIM_VOTE = {"kill": 2, "injure": 1, "sexual": 2, "death": 1}  # below a named sufferer's votes


def _opening_name(rd: ReviewDoc, index: int, names: list[str]) -> str | None:
    """The one name the sentence at `index` opens with ("Mr T was ...", "Ann, 44, lived ...")."""
    if index < 0:
        return None
    opening_title, coordinated = _opening_patterns()
    text = opening_title.sub("", rd.sentences[index].text.lstrip(" \t\n'‘\"“"), count=1)
    found = [n for n in names if text.startswith(n) and not text[len(n):len(n) + 1].isalnum()]
    name = max(found, key=len) if found else None
    # "Orla and Tamsin shared ...": a coordinated subject is two people, so no one antecedent.
    return None if name is None or coordinated.match(text, len(name)) else name


@lru_cache(maxsize=1)
def _opening_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title opening a sentence ("Mr "), and a second name coordinated after the first
    (", Mrs B", " and Tamsin"), with the titles of the roles lexicon."""
    title = r"(?:" + "|".join(re.escape(t.capitalize()) for t in roles_lexicon().titles) + r")\.?\s+"
    return re.compile("^" + title), re.compile(r"\s*(?:,|and\b|&)\s*(?:" + title + r")?[A-Z]")


def build_cast(rd: ReviewDoc, title: str | None = None, review_type: str | None = None) -> Cast:
    """Find the people of the review, their roles, aliases and gender."""
    lex = load_lexicon("people")
    not_names = set(lex["not_names"])
    counts = _name_counts(rd, not_names)
    quoted = {m.group(1) for m in _QUOTED.finditer(rd.text)}
    aliases_found = [(m.group(1), m.start()) for m in _ALIAS.finditer(rd.text)]
    person = _look_like_names(rd, counts)
    names = [n for n, c in counts.items() if n in person or (n in quoted and c >= 2)]
    t = _title_key(title)
    if t and t not in names and t.lower() not in not_names and " and " not in t:
        names.append(t)
    # A coded pseudonym ("Child Q", "Adult D") is a person's name even when seen once.
    for coded in dict.fromkeys(_norm(c.group(0)) for c in _CODED.finditer(rd.text)):
        if coded in counts and coded not in names and coded.lower() not in not_names:
            names.append(coded)
    # A name the grammar makes a doer or sufferer of harm is a person even if seen once.
    votes = role_votes(rd.events)
    candidates = [n for n in counts if n.lower() not in not_names]
    for n, v in _pronoun_sufferer_votes(rd, candidates, counts, person).items():
        prior = votes.get(n, (0, 0))
        votes[n] = (prior[0] + v, prior[1])
    # a doer pronoun's antecedent is a person-like name the grammar has not made a sufferer
    doers = [n for n in candidates if n in person and counts[n] >= 2 and votes.get(n, (0, 0))[0] <= votes.get(n, (0, 0))[1]]
    for n, v in _pronoun_doer_votes(rd, doers).items():
        prior = votes.get(n, (0, 0))
        votes[n] = (prior[0], prior[1] + v)
    for n in votes:
        if n not in names and n.lower() not in not_names:
            names.append(n)
            counts[n] = max(counts.get(n, 0), 1)
    # Names by convention that the counts above miss: a pseudonym table's names, letters a
    # glossary defines ("M - mother of Child S") and a coded name's bare letter ("X was").
    table = pseudonym_table(rd, lex)
    glossary = glossary_letters(rd, lex)
    for n in list(table) + list(glossary):
        if n not in names and n.lower() not in not_names:
            names.append(n)
            counts[n] = max(counts.get(n, 0), _letter_uses(rd.text, n, lex) if len(n) <= 2 else 1)
    for code in _letter_codes(rd.text, lex):
        if code not in names and code.lower() not in not_names:
            names.append(code)
            counts[code] = max(counts.get(code, 0), 2)
    pairs = _bare_letter_pairs(rd, names, lex)
    for _, letter in pairs:
        counts[letter] = _letter_uses(rd.text, letter, lex)
        if letter not in names:
            names.append(letter)
    scores = _role_scores(rd, names, lex)
    for n, (v, p) in votes.items():
        if n in scores:
            scores[n] = (scores[n][0] + v, scores[n][1] + p)
    for n in _only_places(rd, names, counts):
        scores[n] = (0, 0)
    for n, (word, _) in glossary.items():
        role = _table_role(word, lex)
        v, p = scores.get(n, (0, 0))
        scores[n] = (v + 3, p) if role == "victim" else (v, p + 3) if role == "perpetrator" else (v, p)
    for n, cells in table.items():
        role = _table_role(cells, lex)
        v, p = scores.get(n, (0, 0))
        scores[n] = (v + 3, p) if role == "victim" else (v, p + 3) if role == "perpetrator" else (v, p)
    groups = alias_groups(rd, names, lex, pairs)
    group_scores: list[tuple[set[str], int, int, int]] = []
    # A title that is a place ("Midhollow" from "review | Midhollow Safeguarding ...") names no one.
    title_is_place = bool(t) and _is_place_name(rd, t)
    if title_is_place:
        scores[t] = (0, 0)
    for g in groups:
        v = sum(scores[n][0] for n in g)
        p = sum(scores[n][1] for n in g)
        # The review's title names its subject: the victim in DHR/SCR/SAR, usually the
        # perpetrator in a mental health homicide investigation.
        if t in g and not title_is_place:
            if review_type == "iir":
                p += 2
            else:
                v += 2
        group_scores.append((g, v, p, sum(counts.get(n, 0) for n in g)))
    victim = max(group_scores, key=lambda x: (x[1] - x[2], x[3]), default=None)
    if victim and victim[1] <= victim[2]:
        victim = None
    if victim is None and review_type != "iir":
        # A review named after a person is about them: the subject of a SAR, an SCR or a DHR
        # is its victim even where no harm to them is told (self-neglect, a suicide).
        titled = next((x for x in group_scores if t in x[0] and x[2] <= x[1]), None)
        victim = titled if titled is not None and not title_is_place else None
    if victim is None and review_type != "iir":
        victim = _death_subject(rd, group_scores) or _kin_of_the_doer(rd, group_scores)
    rest = [x for x in group_scores if x is not victim]
    perps = sorted((x for x in rest if x[2] > x[1]), key=lambda x: (x[2] - x[1], x[3]), reverse=True)
    # Further perpetrators ("a second man, Mr K, was convicted of manslaughter") need cues of
    # their own and none as a victim.
    perps = perps[:1] + [x for x in perps[1:] if x[1] == 0]
    # Further victims ("Child A and her brother, Child B, were killed") likewise need victim
    # cues of their own, at least two, and none as a perpetrator.
    victims = [victim] if victim else []
    victims += sorted((x for x in rest if x[1] >= 2 and x[2] == 0 and x not in perps
                       and (victim is None or _one_harm(rd, x[0], victim[0], [p[0] for p in perps]))), key=lambda x: -x[1])
    members: list[CastMember] = []
    for i, x in enumerate(victims, start=1):
        members.append(_member(f"v{i}", "victim", x[0], counts))
    for i, x in enumerate(perps, start=1):
        members.append(_member(f"p{i}", "perpetrator", x[0], counts))
    _attach_aliases(rd, members, aliases_found)
    _titled_over_shared_surname(members, counts)
    taken = {a for m in members for a in m.aliases}
    others = [x[0] for x in group_scores if not (x[0] & taken)]
    for i, g in enumerate(others, start=1):
        members.append(_member(f"o{i}", "other", g, counts))
    places = _place_names(rd, [m.name for m in members if m.role == "other" and len(m.aliases) == 1], counts)
    evidence = _gender_evidence(rd, sorted({a for m in members for a in m.aliases}), lex)
    for m in members:
        if m.role == "other" and len(m.aliases) == 1:
            m.place = m.name in places
        other_names = [n for n in names if n not in m.aliases]
        others_re = re.compile(r"\b(?:" + "|".join(map(re.escape, other_names)) + r")\b") if other_names else None
        m.gender = _gender(evidence, m.aliases, others_re)
    _add_event_members(rd, members)
    _add_role_noun_members(rd, members, lex)
    _add_convicted_groups(rd, members)
    _name_unnamed(rd, members)
    _event_genders(rd, members)
    _principal_kin(rd, members)
    _attach_kin(rd, members)
    _name_unnamed_principals(members)
    _spouse_by_title(rd, members)
    _group_noun_genders(rd, members)
    _profile_genders(rd, members)
    _glossary_kin(members, glossary)
    rows = pseudonym_rows(rd, lex) if table else {}
    for m in members:
        m.table_row = next((rows[a] for a in m.aliases if a in rows), None)
    return Cast(members, _subject(members, t, review_type))


_GROUP_NOUN = re.compile(r"\b(?:two|three|four|both|the)\s+(?:(?:young|older|adult|teenage)\s+)?(?P<noun>men|women|boys|girls|brothers|sisters)\b"
                         r"[^.()]{0,40}\(\s*(?P<names>[^()]{3,80})\)", re.I)


def _group_noun_genders(rd: ReviewDoc, members: list[CastMember]) -> None:
    """"Two young men, aged 18 and 19 (Youth A and Youth B)": the names a gendered group noun
    introduces in brackets take its gender."""
    for said in _GROUP_NOUN.finditer(rd.text):
        gender = "male" if said.group("noun").lower() in ("men", "boys", "brothers") else "female"
        names = re.split(r"\s*(?:,|\band\b)\s*", said.group("names"))
        for m in members:
            if m.gender == "not_reported" and any(n in m.aliases for n in names):
                m.gender = gender


def _profile_genders(rd: ReviewDoc, members: list[CastMember]) -> None:
    """"Gender: male" or "Sex: F" in a principal's profile lines."""
    for m in members:
        if m.role == "other" or m.gender != "not_reported":
            continue
        fields = profile_fields(rd, m.aliases)
        said = (fields.get("gender") or fields.get("sex") or ("",))[0].strip().lower()
        if said in ("male", "m", "boy", "man"):
            m.gender = "male"
        elif said in ("female", "f", "girl", "woman"):
            m.gender = "female"


def _one_harm(rd: ReviewDoc, names: set[str], victim: set[str], perps: list[set[str]]) -> bool:
    """A further victim shares the review's harm: harmed in a sentence that tells the first
    victim's harm too ("Child A and her brother were killed", "killed his mother and her
    friend"), or by one of its perpetrators. The children of other cases that a thematic
    review or a national analysis tells beside its own are harmed in harms of their own."""
    doers = set().union(*perps) if perps else set()

    def named(part: Participant | None, group: set[str]) -> bool:
        return part is not None and bool({part.name, part.appos} & group)

    victim_sentences = {e.sentence for e in rd.events if e.asserted and named(e.patient, victim)}
    return any(e.asserted and named(e.patient, names) and (e.sentence in victim_sentences or named(e.agent, doers))
               for e in rd.events)


def _death_subject(rd: ReviewDoc, group_scores: list[tuple[set[str], int, int, int]]
                   ) -> tuple[set[str], int, int, int] | None:
    """A review that names no victim is about the person whose death it tells ("At the time
    of his death, Sean was 71", "a 14 year old who took his own life"): the most-named person
    named in a sentence telling a death, never one the grammar makes a doer of harm; else
    the person its coded pseudonym names."""
    told = {e.sentence for e in rd.events if e.asserted and e.kind in ("death", "suicide")}
    texts = [rd.sentences[i].text for i in sorted(told)]
    best, best_key = None, (0, 0)
    for x in group_scores:
        if x[2] > 0:
            continue
        names = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(x[0], key=len, reverse=True))) + r")\b")
        hits = sum(1 for text in texts if names.search(text))
        if hits and (hits, x[3]) > best_key:
            best, best_key = x, (hits, x[3])
    return best or _coded_subject(group_scores)


def _kin_of_the_doer(rd: ReviewDoc, group_scores: list[tuple[set[str], int, int, int]]
                     ) -> tuple[set[str], int, int, int] | None:
    """"Ottilie's father was convicted of causing grievous bodily harm": a harm whose sufferer
    goes unsaid, done by a named person's relative, was done to that person."""
    for e in rd.events:
        if not (e.asserted and e.kind in ("kill", "injure", "sexual") and e.patient is None and e.agent is not None):
            continue
        owner = re.match(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s+\w", e.agent.text)
        found = [x for x in group_scores if owner and owner.group(1) in x[0] and x[2] == 0]
        if len(found) == 1:
            return found[0]
    return None


_ADULT_OR_CHILD_CODE = re.compile(r"(?:Adult|Child|Baby|Infant|Young Person|Subject)\s+[A-Z][A-Za-z]?")


def _coded_subject(group_scores: list[tuple[set[str], int, int, int]]) -> tuple[set[str], int, int, int] | None:
    """A review's coded pseudonym for its subject ("Adult P", "Child Q"): the most-named
    person so coded, when the review tells no death of a named person."""
    coded = [x for x in group_scores if x[2] == 0 and any(_ADULT_OR_CHILD_CODE.fullmatch(a) for a in x[0])]
    return max(coded, key=lambda x: x[3], default=None)


def _glossary_kin(members: list[CastMember], glossary: dict[str, tuple[str, str]]) -> None:
    """A glossary letter's kin ("F - the father of Child S") gives its gender, and for a
    person other than victim and perpetrator whose relative it is."""
    lex = load_lexicon("people")
    for m in members:
        for letter in m.aliases & set(glossary):
            kin, owner = glossary[letter]
            if m.gender == "not_reported":
                m.gender = "male" if kin in lex["male_words"] else "female" if kin in lex["female_words"] else m.gender
            if m.role == "other" and m.kin is None:
                principal = next((p for p in members if p.role != "other" and owner in p.aliases), None)
                if principal:
                    m.kin, m.kin_of = kin, principal.person_id


def _subject(members: list[CastMember], title: str, review_type: str | None) -> str | None:
    """"The subject" is the person the review is named after, else its reference individual."""
    for m in members:
        if title and title in m.aliases and m.role != "other":
            return m.person_id
    role = "perpetrator" if review_type == "iir" else "victim"
    return next((m.person_id for m in members if m.role == role), None)


def _member(person_id: str, role: str, aliases: set[str], counts: Counter[str]) -> CastMember:
    # A coded subject with a pseudonym goes by the pseudonym, the name the report uses most.
    # A bare letter ("X") is never the display name when its coded form ("Service user X") exists.
    name = max(aliases, key=lambda n: (len(n) > 2, counts.get(n, 0), n))
    # A bare surname goes by its titled form where the review gives one ("Mr Bram").
    titled = [a for a in aliases if a.endswith(" " + name) and a.split()[0] in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx")]
    return CastMember(person_id, role, titled[0] if len(titled) == 1 else name, set(aliases))


def _titled_over_shared_surname(members: list[CastMember], counts: Counter[str]) -> None:
    """"Ms Arden" and "Mr Arden": a bare surname that another principal's titled name also
    holds says neither alone, so the member goes by their own titled form."""
    for m in members:
        others = {a for o in members if o is not m for a in o.aliases}
        if " " in m.name or not any(a.endswith(" " + m.name) for a in others):
            continue
        titled = [a for a in m.aliases if a.endswith(" " + m.name)]
        if titled:
            m.name = max(titled, key=lambda a: (counts.get(a, 0), a))


def participant_member(part: Participant, members: list[CastMember]) -> CastMember | None:
    """The cast member a harm event's participant names, by name, apposition or phrase."""
    for m in members:
        if (part.name and part.name in m.aliases) or (part.appos and part.appos in m.aliases) or part.text == m.name:
            return m
    return None


def role_tests(members: list[CastMember], strict: bool = False):
    """is_victim / is_perp for participants: the principal it names, or (unless `strict`)
    an unknown phrase that could be them."""
    def test(role: str):
        def check(part: Participant) -> bool:
            m = participant_member(part, members)
            if m is None:
                return not strict and not part.name and not part.plural
            return m.role == role
        return check
    return test("victim"), test("perpetrator")


def _add_event_members(rd: ReviewDoc, members: list[CastMember]) -> None:
    """A victim or perpetrator the review never names gets a person from the harm event
    that tells what they did or suffered ("was stabbed by his 49 year old partner")."""
    lex = roles_lexicon()
    for role, pid in (("victim", "v1"), ("perpetrator", "p1")):
        if any(m.role == role for m in members):
            continue
        part = unnamed_principal(rd.events, role)
        if part is None:
            continue
        # "the deaths of two elderly residents": a counted group of victims is that many
        # people; a group of perpetrators stays one record (who did what is rarely told).
        count = _group_size(part.text) if role == "victim" and part.plural else 1
        parts = [part] * count + ([] if part.plural else unnamed_others(rd.events, part, role))
        for n, one in reversed(list(enumerate(parts, start=1))):
            member = CastMember(f"{pid[0]}{n}", role, one.text if one.pronoun is None else f"the {role}", {one.text})
            member.gender = one.gender if one.noun in lex.kin_nouns or one.noun in lex.person_nouns or one.pronoun else "not_reported"
            member.stated_age = stated_age(rd.events, one, role) if not one.plural else None
            members.insert(0 if role == "victim" else len([m for m in members if m.role == "victim"]), member)


_GROUP_GENDER = {"men": "male", "males": "male", "boys": "male", "women": "female", "females": "female", "girls": "female"}


def _add_convicted_groups(rd: ReviewDoc, members: list[CastMember]) -> None:
    """"Six youths were found guilty of the attack on him", "Two women were jailed
    for what they did to her": a counted group of gendered people convicted or sentenced in a
    sentence that tells the harm (a harm event or the victim named) is one grouped
    perpetrator record, beside any perpetrator the review names."""
    victims = [m for m in members if m.role == "victim"]
    if not victims:
        return
    names = {a.lower() for m in members for a in m.aliases}
    victim_re = re.compile(r"\b(?:" + "|".join(re.escape(a) for v in victims for a in v.aliases) + r")\b")
    harmed = {e.sentence for e in rd.events if e.asserted and e.kind in ("kill", "injure", "sexual") and e.patient is not None}
    for e in rd.events:
        part = e.agent
        if not (e.kind == "accused" and e.asserted and part is not None and part.plural and part.counted):
            continue
        if not re.match(r"(?:convict|sentenc|jail|imprison|found)", e.trigger.lower()):
            continue
        said = re.sub(r"^(?:\d+(?:\.\d+)*\.?|[•\-–*])\s+", "", part.text)  # not a paragraph number before it
        noun = (said.split() or [""])[-1].lower()
        if noun not in _GROUP_GENDER or said.lower() in names:
            continue
        if e.sentence not in harmed and not victim_re.search(rd.sentences[e.sentence].text):
            continue
        n = 1 + sum(m.role == "perpetrator" for m in members)
        member = CastMember(f"p{n}", "perpetrator", said, {said})
        member.gender, member.group = _GROUP_GENDER[noun], True
        at = max((i for i, m in enumerate(members) if m.role in ("victim", "perpetrator")), default=-1) + 1
        members.insert(at, member)
        names.add(said.lower())


_CALLED = r"(?:(?:who is |who was |now )?(?:referred to|called|known)" + IN_THE_TEXT + r"(?: as)?)"


def _name_unnamed(rd: ReviewDoc, members: list[CastMember]) -> None:
    """A principal first named by a phrase ("her husband, referred to in the review as Mr M")
    is the other member the phrase is said to be called: one person under the name."""
    for member in [m for m in members if m.role != "other" and len(m.aliases) == 1 and not m.name[:1].isupper()]:
        named = _named_as(rd, member.name, members) or _role_apposed(rd, member, members)
        if named is not None:
            _take_name(member, named, members)


_TITLED_PREFIX = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+"
_ROLE_WORDS = {"victim": ("victim", "deceased"), "perpetrator": ("perpetrator", "offender", "assailant")}


def _role_apposed(rd: ReviewDoc, principal: CastMember, members: list[CastMember]) -> CastMember | None:
    """"The victim, Mr Pike, was 58": the one other member a role noun of the principal's
    role is apposed to names that principal, first told by a phrase ("a fellow patient")."""
    others = {a: m for m in members if m.role == "other" and not m.place and m.kin is None for a in m.aliases}
    if not others or principal.role not in _ROLE_WORDS:
        return None
    alts = "|".join(sorted(map(re.escape, others), key=len, reverse=True))
    said = {others[m.group(1)].person_id: others[m.group(1)] for m in re.finditer(
        r"\bthe\s+(?:" + "|".join(_ROLE_WORDS[principal.role]) + r")\s*,\s*(?:" + _TITLED_PREFIX + r")?(" + alts + r")\s*,", rd.text, re.I)}
    return next(iter(said.values())) if len(said) == 1 else None


def _take_name(principal: CastMember, named: CastMember, members: list[CastMember]) -> None:
    """One person under the name: the principal takes the named record's name, aliases and
    (where untold) gender, and the named record goes."""
    members.remove(named)
    principal.name, principal.aliases = named.name, principal.aliases | named.aliases
    principal.gender = named.gender if principal.gender == "not_reported" else principal.gender


def _named_as(rd: ReviewDoc, phrase: str, members: list[CastMember]) -> CastMember | None:
    """The other cast member a phrase is said to be called ("her husband, referred to in the
    review as Mr M", "his partner (known as Dee)"): one person, first named by the phrase."""
    others = {a: m for m in members if m.role == "other" and not m.place and m.kin is None for a in m.aliases}
    if not others or not phrase:
        return None
    alts = "|".join(sorted(map(re.escape, others), key=len, reverse=True))
    said = re.search(r"\b" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?:\s*,\s*|\s*\(\s*|\s+)" + _CALLED
                     + r"\s+['‘\"“]?(" + alts + r")\b", rd.text, re.I)
    return others[said.group(1)] if said else None


_GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "both": 2, "2": 2, "3": 3, "4": 4}


def _group_size(phrase: str) -> int:
    """How many people a counted phrase names ("two elderly members", "both victims"); 1
    when it says no small number."""
    first = (phrase.split() or [""])[0].lower()
    return _GROUP_SIZES.get(first, 1)


def _event_genders(rd: ReviewDoc, members: list[CastMember]) -> None:
    """Gender the grammar states. A possessive in a harm event ("killed by her partner")
    settles the principal's gender; pronouns bound in the clauses a principal is the subject
    of ("Tina called her mother"), or a gendered apposition, settle it when they agree at
    least twice or nothing else said; a title or kin noun of the participant fills a gap."""
    # The owner of "her partner" is the victim only where the victim is named beside it.
    is_victim, is_perp = role_tests(members, strict=True)
    settled: set[str] = set()
    for role, gender in owner_gender(rd.events, is_victim, is_perp).items():
        m = next((x for x in members if x.role == role), None)
        if m is not None:
            m.gender = gender
            settled.add(m.person_id)
    _pronoun_doers(rd, members)
    _pronoun_sufferers(rd, members)
    bound, possessed = _bound_genders(rd, [m for m in members if m.role != "other"])
    for m in members:
        gender, votes = bound.get(m.person_id, ("", 0))
        if gender and m.person_id not in settled and (votes >= 2 or m.gender == "not_reported"):
            m.gender = gender
        # A possessive in the person's own clause only fills a gap ("Vikram took her phone").
        gender, _ = possessed.get(m.person_id, ("", 0))
        if gender and m.gender == "not_reported":
            m.gender = gender
    for e in rd.events:
        for part in (e.agent, e.patient):
            m = participant_member(part, members) if part is not None and not part.pronoun else None
            if m is not None and part is not None and m.gender == "not_reported" and part.gender != "not_reported":
                m.gender = part.gender
    _kin_of_the_other(rd, members)
    _partner_noun_gender(rd, members)
    _lone_subject_gender(rd, members)


def _kin_of_the_other(rd: ReviewDoc, members: list[CastMember]) -> None:
    """"Jade poisoned her husband", "Pol was stabbed by his daughter": in a harm between the
    two principals, a gendered kin noun the one names the other by gives the other's gender."""
    victims = [m for m in members if m.role == "victim"]
    perps = [m for m in members if m.role == "perpetrator"]
    if len(victims) != 1 or len(perps) != 1:
        return
    for e in rd.events:
        if not (e.asserted and e.kind in ("kill", "injure", "sexual") and e.agent and e.patient):
            continue
        for part, other_part, member, other in ((e.patient, e.agent, victims[0], perps[0]), (e.agent, e.patient, perps[0], victims[0])):
            if member.gender != "not_reported" or not part.is_kin or part.gender == "not_reported" or not part.owner:
                continue
            if participant_member(other_part, members) is other and _owns(part.owner, other):
                member.gender = part.gender


def unnamed(member: CastMember) -> bool:
    """A person the review never names, only describes ("a 17-year-old young person", "the
    perpetrator")."""
    return bool(re.match(r"(?:a|an|the|his|her|their)\b", member.name, re.I))


_HE = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)


_PRONOUNS_LOWER = {"he", "she", "they", "his", "her", "the", "a", "an", "and", "in", "at", "on"}
_PARTNER_NOUNS = ("husband", "wife", "boyfriend", "girlfriend", "fiancé", "fiancée", "fiance", "fiancee")


def _partner_noun_gender(rd: ReviewDoc, members: list[CastMember]) -> None:
    """"Imran died at his girlfriend's flat": with one victim of known gender and one
    perpetrator of none, the victim's own partner noun (by the victim's name or a pronoun of
    the victim's gender; never an ex-, former, new or previous one) names the perpetrator,
    when every such noun says one gender."""
    victims = [m for m in members if m.role == "victim"]
    perps = [m for m in members if m.role == "perpetrator"]
    if len(victims) != 1 or len(perps) != 1 or perps[0].gender != "not_reported" or victims[0].gender == "not_reported":
        return
    pronoun = "his" if victims[0].gender == "male" else "her"
    owners = [pronoun, *(re.escape(a) + "['’]s" for a in victims[0].aliases if len(a) > 2)]
    # The modifier has its own group: an owner's name may hold the same letters ("Alex's").
    said = re.finditer(r"(?<![\w-])(?:" + "|".join(owners) + r")\s+(?P<other>(?:ex|former|new|previous|late|first)\W+)?(?P<noun>"
                       + "|".join(_PARTNER_NOUNS) + r")\b", rd.text, re.I)
    perp_names = {a.lower() for a in perps[0].aliases}
    genders: set[str | None] = set()
    for m in said:
        if m.group("other"):
            continue
        named = re.match(r"\W{0,3}([A-Z][\w'-]+)", rd.text[m.end():m.end() + 30])
        if named and named.group(1).lower() not in perp_names and named.group(1).lower() not in _PRONOUNS_LOWER:
            return  # "his wife Elspeth": the noun names someone else
        genders.add(_gendered_kin().get(m.group("noun").lower()))
    if len(genders) == 1 and None not in genders:
        perps[0].gender = genders.pop() or "not_reported"


def _lone_subject_gender(rd: ReviewDoc, members: list[CastMember]) -> None:
    """A review of one unnamed person ("a 17-year-old young person ... referred to as the
    subject") tells of them in its pronouns: when they are the only principal, no one else is
    named, and one gender's pronouns outnumber the other's three to one, that is theirs."""
    principals = [m for m in members if m.role != "other"]
    if len(principals) != 1 or principals[0].gender != "not_reported" or not unnamed(principals[0]):
        return
    if any(m.role == "other" and not m.place and m.name[:1].isupper() for m in members):
        return
    he, she = len(_HE.findall(rd.text)), len(_SHE.findall(rd.text))
    if max(he, she) >= 6 and max(he, she) >= 3 * min(he, she):
        principals[0].gender = "male" if he > she else "female"


def _pronoun_doers(rd: ReviewDoc, members: list[CastMember]) -> None:
    """"Tina was killed by her partner. He was jailed for her murder.": the pronoun that
    killed or harmed the victim is the perpetrator, and gives an unknown perpetrator's gender."""
    victim = next((m for m in members if m.role == "victim"), None)
    perp = next((m for m in members if m.role == "perpetrator"), None)
    if victim is None or perp is None or perp.gender != "not_reported":
        return
    names_victim = role_tests(members, strict=True)[0]
    for e in rd.events:
        # "Leah reported that he had strangled her": any harm to the victim by a pronoun.
        if not (e.asserted and e.kind in ("kill", "injure", "sexual") and e.agent and e.agent.pronoun and e.patient):
            continue
        own = e.patient.pronoun and e.patient.gender in (victim.gender, "not_reported") and e.patient.gender != e.agent.gender
        if (names_victim(e.patient) or own) and e.agent.gender != "not_reported":
            perp.gender = e.agent.gender
            return
    # "He was arrested", "He was convicted of murder": with one perpetrator, the accused.
    if len([m for m in members if m.role == "perpetrator"]) == 1:
        perp.gender = _one_gender(e.agent for e in rd.events if e.asserted and (
            e.kind == "accused" or (e.kind == "kill" and e.convicted)) and e.agent and e.agent.pronoun)


def _pronoun_sufferers(rd: ReviewDoc, members: list[CastMember]) -> None:
    """"Her death was the result of strangulation", "she was killed": with one victim of
    unknown gender, the pronoun that died or was killed gives it."""
    victims = [m for m in members if m.role == "victim"]
    if len(victims) != 1 or victims[0].gender != "not_reported":
        return
    victims[0].gender = _one_gender(e.patient for e in rd.events if e.asserted and e.patient and e.patient.pronoun and (
        e.kind == "kill" or (e.kind == "death" and rd.section_kind(e.start) in ("cover", "introduction"))))
    perps = [m for m in members if m.role == "perpetrator"]
    if victims[0].gender == "not_reported" and len(perps) == 1:
        # "Liam broke into Zara's flat and stabbed her": the one the perpetrator harmed.
        victims[0].gender = _one_gender(e.patient for e in rd.events if e.asserted and e.kind in ("injure", "sexual")
                                        and e.patient and e.patient.pronoun and e.agent and not e.agent.pronoun
                                        and participant_member(e.agent, members) is perps[0])


def _one_gender(parts: Iterable[Participant | None]) -> str:
    """The gender every gendered pronoun among `parts` has, if they agree."""
    genders = {p.gender for p in parts if p is not None and p.gender != "not_reported"}
    return genders.pop() if len(genders) == 1 else "not_reported"


def _principal_kin(rd: ReviewDoc, members: list[CastMember]) -> None:
    """A principal named by kin to the other in a harm or arrest ("Her son, Tomasz, was
    arrested", "killed by her partner") is that kin: later mentions of "her son" or "her
    partner" then resolve to them."""
    principals = [m for m in members if m.role in ("victim", "perpetrator")]
    for e in rd.events:
        for part in (e.agent, e.patient):
            if part is None or not part.is_kin or not part.owner:
                continue
            member = participant_member(part, members)
            if member is None or member not in principals or member.kin is not None:
                continue
            owner = next((o for o in principals if o is not member and _owns(part.owner, o)), None)
            if owner is not None:
                member.kin, member.kin_of = part.noun, owner.person_id


def _owns(owner: str, member: CastMember) -> bool:
    """The possessor a phrase gives ("her", "Marta") can be this principal."""
    pronoun = {"his": "male", "her": "female"}.get(owner.lower())
    if pronoun:
        return member.gender == pronoun
    return owner in member.aliases


_BOUND_SENTENCES = 30


def _bound_genders(rd: ReviewDoc, principals: list[CastMember]
                   ) -> tuple[dict[str, tuple[str, int]], dict[str, tuple[str, int]]]:
    """The gender each principal's own clauses state, where they state only one: (gender,
    how many sentences say it), first from nouns and subject pronouns, then from possessives
    alone. Parses at most _BOUND_SENTENCES sentences that name a
    principal beside a possessive pronoun or a comma."""
    by_alias = {a: m for m in principals for a in m.aliases if len(a) > 1}
    by_alias.update({a.lower(): m for m in principals for a in m.aliases if not a[:1].isupper()})
    by_alias.update({m.name.lower(): m for m in principals if m.name.lower().startswith(("the ", "a ", "an "))})
    # The one unnamed principal of a role is also "the victim" / "the perpetrator".
    for role in ("victim", "perpetrator"):
        of_role = [m for m in principals if m.role == role]
        named = len(of_role) == 1 and any(_TITLED_RE.match(a) or (a[:1].isupper() and " " not in a) for a in of_role[0].aliases)
        if len(of_role) == 1 and not named:
            by_alias.setdefault(f"the {role}", of_role[0])
    # A bare-letter name ("M, a 17 year old young man") is matched as written, never "m".
    letters = {a: m for m in principals for a in m.aliases if len(a) == 1 and a.isupper()}
    if not by_alias and not letters:
        return {}, {}
    alts = [r"(?i:" + "|".join(map(re.escape, sorted(by_alias, key=len, reverse=True))) + r")"] if by_alias else []
    alts += [re.escape(a) for a in letters]
    names = re.compile(r"\b(?:" + "|".join(alts) + r")\b")
    by_alias.update(letters)
    cue = re.compile(r"\b(?:his|her|himself|herself)\b|,")
    chosen = [i for i, s in enumerate(rd.sentences) if names.search(s.text) and cue.search(s.text)][:_BOUND_SENTENCES]
    tally: dict[str, Counter[str]] = {}
    weak: dict[str, Counter[str]] = {}

    def is_alias(n: str) -> bool:
        return n in by_alias or n.lower() in by_alias

    for doc in rd.parsed(chosen).values():
        stated = set(bound_genders(doc, is_alias, possessives=False))
        for found, counts in ((stated, tally), (set(bound_genders(doc, is_alias)) - stated, weak)):
            for name, gender in found:
                member = by_alias.get(name) or by_alias[name.lower()]
                counts.setdefault(member.person_id, Counter())[gender] += 1
    return ({pid: (next(iter(c)), sum(c.values())) for pid, c in tally.items() if len(c) == 1},
            {pid: (next(iter(c)), sum(c.values())) for pid, c in weak.items() if len(c) == 1})


def _add_role_noun_members(rd: ReviewDoc, members: list[CastMember], lex: dict) -> None:
    """A victim or perpetrator the report names only by a role noun still gets a person:
    "Mrs W was killed by a man she did not know", "the death of a 4-month-old baby"."""
    male, female = set(lex["male_words"]), set(lex["female_words"])
    roles = {m.role for m in members}
    for role, cues in (("perpetrator", lex["perpetrator_nouns"]), ("victim", lex["victim_nouns"])):
        if role in roles:
            continue
        for cue in cues:
            hit = re.search(cue, rd.text[:20000])
            if not hit:
                continue
            phrase = _norm(hit.group("who"))
            noun = phrase.split()[-1].lower()
            pid = "p1" if role == "perpetrator" else "v1"
            member = CastMember(pid, role, phrase, {phrase})
            member.gender = "male" if noun in male else "female" if noun in female else "not_reported"
            members.insert(0 if role == "victim" else len([m for m in members if m.role == "victim"]), member)
            break


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
    others = [m for m in members if m.role == "other"]
    first: dict[str, dict[str, re.Match[str]]] = {}  # principal -> other's name -> first mention
    for p in principals:
        owner = "(?:" + "|".join(re.escape(a) for a in p.aliases) + r")['’]s"
        pron = "his" if p.gender == "male" else "her"
        template = (r"(?:" + owner + r"|\b" + pron + r")\s+(?:\w+\s+)?(?P<kin>" + kin_re
                    + r")\W{1,3}(?:\s*referred to" + IN_THE_TEXT + r"(?: as)?\s+)?{name}\b")
        found = _matches_by_name(rd.text, template, [o.name for o in others])
        first[p.person_id] = {n: places[min(places)] for n, places in found.items() if places}
    for other in others:
        whose = next((p for p in principals if other.name in first[p.person_id]), None)
        if whose is not None:
            other.kin, other.kin_of = first[whose.person_id][other.name].group("kin").lower(), whose.person_id


def _name_unnamed_principals(members: list[CastMember]) -> None:
    """A principal the harm event names only by kinship ("killed by her husband") is the
    person the review names as that relative ("her husband, referred to in the review as
    Mr M"): the two records become one, under the name."""
    for principal in [m for m in members if m.role in ("victim", "perpetrator") and len(m.aliases) == 1]:
        words = principal.name.lower().split()
        if len(words) < 2 or words[0] not in ("his", "her", "their"):
            continue
        named = [o for o in members if o.role == "other" and o.kin == words[-1] and o.kin_of not in (None, principal.person_id)]
        if len(named) != 1:
            continue
        _take_name(principal, named[0], members)


_SPOUSES = {"husband", "wife", "spouse"}
_TITLED_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+([A-Z][\w-]*)\b")


def _spouse_by_title(rd: ReviewDoc, members: list[CastMember]) -> None:
    """"Mrs T killed her husband" in a review of Mr and Mrs T: a principal named only as the
    other's spouse is the one other titled person the text names with that surname."""
    for principal in [m for m in members if m.role in ("victim", "perpetrator") and len(m.aliases) == 1]:
        words = principal.name.split()
        if len(words) != 2 or words[1].lower() not in _SPOUSES:
            continue
        owners = [m for m in members if m.role in ("victim", "perpetrator") and m is not principal and _owns(words[0], m)]
        if len(owners) != 1:
            continue
        surnames = {s.group(1) for a in owners[0].aliases if (s := _TITLED_SURNAME.fullmatch(a))}
        named = {_norm(t.group(0)) for t in _TITLED_SURNAME.finditer(rd.text) if t.group(1) in surnames} - owners[0].aliases
        others = [o for o in members if o is not principal and o.aliases & named]
        if len(named) == 1 and all(o.role == "other" for o in others):
            alias = named.pop()
            if others:
                _take_name(principal, others[0], members)
            else:
                principal.aliases.add(alias)
                principal.name = alias


_PRONOUNS = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_MALE_PRON = {"he", "him", "his", "himself"}
_FEMALE_PRON = {"she", "her", "hers", "herself"}


def _pronoun_gender(pronoun: str) -> str | None:
    """The gender a lower-case third-person pronoun states; None for "they" and the rest."""
    return "male" if pronoun in _MALE_PRON else "female" if pronoun in _FEMALE_PRON else None


def _aliases_regex(alias_map: dict[str, str]) -> re.Pattern[str]:
    """Every alias as a word; a bare-letter alias ("F") never as a label ("Part F", "F.1")."""
    lex = load_lexicon("people")
    long = [re.escape(a) for a in sorted(alias_map, key=len, reverse=True) if len(a) > 2]
    short = [_letter_re(a, lex) for a in sorted(alias_map, key=len, reverse=True) if len(a) <= 2]
    alts = [r"\b(?:" + "|".join(long) + r")\b"] if long else []
    # Every match begins with an alias's first letter: a lookahead on those lets the search
    # skip the other places before trying forty alternatives at each.
    initials = {a[:1] for a in alias_map}
    ahead = "(?=[" + "".join(sorted(map(re.escape, initials))) + "])" if "" not in initials else ""
    return re.compile(ahead + "(" + "|".join(alts + short) + ")")


# Sentences parsed per document to find whose a phrase is when a relative stands beside a principal.
_SUBJECT_PARSES = 40
# How far a chain of subject pronouns is followed back ("He ... He ... He ...").
_CHAIN_DEPTH = 12
# What may stand before a sentence's opening pronoun: a paragraph number, a bullet, "Then".
_OPENING = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+|[•\-–*]\s*)?(?:(?:then|later|there|so|but|and|however|instead|when|after|before|although|though|while|once|because|until)\s*,?\s+)?", re.I)


_KIN_NAMED = re.compile(r"(?:Mother|Father|Mum|Dad|Parent|Grandmother|Grandfather)['’]s\s+[a-z]")


_COPULA_BEFORE = re.compile(r"\s+(?:was|is|had been|has been|became|had become|remained)\s+$")


class MentionFinder:
    """Resolve the people mentioned in a sentence, pronouns to the nearest compatible person."""

    def __init__(self, rd: ReviewDoc, cast: Cast) -> None:
        self.rd = rd
        self.cast = cast
        alias_map: dict[str, str] = {}
        for m in cast.members:
            for a in m.aliases:
                alias_map[a] = m.person_id
                # "Mother's partner" opening a sentence is "her mother's partner" mid-sentence.
                if _KIN_NAMED.match(a):
                    alias_map.setdefault(a[0].lower() + a[1:], m.person_id)
        self._alias_map = alias_map
        self._alias_re = _aliases_regex(alias_map) if alias_map else None
        kin = load_lexicon("people")["kin_words"]
        self._kin_re = word_regex(kin)
        # Compiled once per finder, not looked up in re's cache for every sentence and name.
        self._possessed_kin_re = re.compile(r"['’]s\s+(?:\w+\s+)?(" + self._kin_re.pattern + r")", re.I)
        self._pronoun_kin_re = re.compile(r"\b(his|her|their)\s+(?:\w+\s+)?(" + self._kin_re.pattern + r")", re.I)
        self._role_re = re.compile(r"\b(the victim|the deceased|the perpetrator|the defendant|the accused|the offender|the patient|the service user|the child|the baby|the young person|the subject|the (?:young |older )?(?:man|woman))\b", re.I)
        self._cache: dict[int, list[Mention]] = {}
        self._subjects_parsed: set[int] = set()
        self._depth = 0

    def _role_noun(self, noun: str) -> str | None:
        noun = noun.lower()
        if noun in ("the victim", "the deceased") and self.cast.victims:
            return self.cast.victims[0].person_id
        if noun in ("the perpetrator", "the defendant", "the accused", "the offender") and self.cast.perpetrators:
            return self.cast.perpetrators[0].person_id
        if noun in ("the child", "the baby", "the young person") and self.cast.victims:
            return self.cast.victims[0].person_id
        if noun in ("the patient", "the service user") and self.cast.perpetrators:
            return self.cast.perpetrators[0].person_id
        if noun == "the subject":
            return self.cast.subject
        if noun.endswith(("man", "woman")):
            return self._unnamed_principal("female" if noun.endswith("woman") else "male")
        return None

    def _unnamed_principal(self, gender: str) -> str | None:
        """"The man was 31": the one victim or perpetrator the review never names, of the
        noun's gender, is the man or woman it goes on to tell of."""
        nameless = [m for m in (*self.cast.victims, *self.cast.perpetrators) if unnamed(m) and m.kin is None]
        found = [m for m in nameless if m.gender == gender]
        return found[0].person_id if len(found) == 1 and len(nameless) <= 2 else None

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
                kin = self._possessed_kin_re.match(tail)
                if kin and pid != "x":
                    found.append(Mention(s, sent.start + m.end() + kin.end(), self._kin_member(pid, kin.group(1))))
                else:
                    found.append(Mention(s, e, pid))
                taken.append((s, e))
        for m in self._role_re.finditer(sent.text):
            role_pid = self._role_noun(m.group(1))
            if role_pid:
                found.append(Mention(sent.start + m.start(), sent.start + m.end(), role_pid))
        for m in self._pronoun_kin_re.finditer(sent.text):
            s = sent.start + m.start()
            # A member the review names by the bare phrase ("his brother") is that phrase
            # with a modifier too ("his younger brother").
            pid = self._alias_map.get(f"{m.group(1).lower()} {m.group(2).lower()}", "") or self._kin_owned(
                index, s, m.group(1), m.group(2), exclude=self._copular_subject(found, sent.text, m.start(), sent.start))
            found.append(Mention(s, sent.start + m.end(), pid))
            taken.append((s, sent.start + m.start(1) + len(m.group(1))))
        for m in _PRONOUNS.finditer(sent.text):
            s = sent.start + m.start()
            if any(a <= s < b for a, b in taken):
                continue
            pronoun_pid = self._pronoun_owner(index, s, m.group(1).lower())
            if pronoun_pid:
                found.append(Mention(s, sent.start + m.end(), pronoun_pid))
        found.sort(key=lambda x: x.start)
        self._cache[index] = found
        return found

    def _relatives_beside_principals(self, ms: list[Mention]) -> bool:
        """A sentence naming a principal's relative beside a principal, where the nearest name
        need not be the one a phrase is about ("Child P's mother ... after his birth and was
        taking antidepressants")."""
        ids = {m.person_id for m in ms}
        relatives = any(i.startswith("kin:") or ((m := self.cast.get(i)) is not None and m.kin) for i in ids)
        return relatives and any(i[:1] in "vp" for i in ids)

    def _clause_subject(self, index: int, offset: int) -> str | None:
        """The cast id of the grammatical subject of the clause the phrase at `offset` is in;
        a possessed kin noun ("Child P's mother", "his father") is that relative. At most
        _SUBJECT_PARSES sentences are parsed per document."""
        if index not in self._subjects_parsed and len(self._subjects_parsed) >= _SUBJECT_PARSES:
            return None
        self._subjects_parsed.add(index)
        sent = self.rd.sentences[index]
        doc = self.rd.parsed([index])[index]
        token = next((t for t in doc if t.idx <= offset - sent.start < t.idx + len(t.text)), None)
        subject = clause_subject(token) if token is not None else None
        part = participant(subject, sent.start) if subject is not None else None
        if part is None:
            return None
        member = participant_member(part, self.cast.members)  # "her partner" may be the perpetrator
        if member is not None:
            return member.person_id
        if part.is_kin and part.owner and part.noun:
            owner = self._owner_id(index, part.start, part.owner)
            return self._kin_member(owner, part.noun) if owner else None
        return None

    def _owner_id(self, index: int, offset: int, owner: str) -> str | None:
        if owner.lower() in ("his", "her", "their"):
            return self._pronoun_owner(index, offset, owner.lower())
        return self._alias_map.get(owner)

    def _kin_member(self, owner: str | None, kin: str) -> str:
        """The cast id of owner's kin when known (e.g. Ms M, Child T's mother), else 'x'."""
        for m in self.cast.members:
            if m.kin and m.kin_of == owner and m.kin == kin.lower():
                return m.person_id
        if owner:
            return f"kin:{kin.lower()}:{owner}"
        return "x"

    @staticmethod
    def _copular_subject(found: list[Mention], text: str, at: int, base: int) -> str | None:
        """"Elliot had been her partner": the person a kin complement is said of, who is not
        its owner."""
        said = _COPULA_BEFORE.search(text, 0, at)
        if said is None:
            return None
        before = [m for m in found if m.end == base + said.start()]
        return before[-1].person_id if before else None

    def _kin_owned(self, index: int, offset: int, pronoun: str, kin: str, exclude: str | None = None) -> str:
        owner = self._pronoun_owner(index, offset, pronoun.lower(), exclude)
        return self._kin_member(owner, kin) if owner else self._only_kin(kin, pronoun.lower())

    def _only_kin(self, kin: str, pronoun: str) -> str:
        """The one cast member who is a `kin` of someone the pronoun agrees with, when the
        pronoun's owner is not found nearby ("his older brother" opening a paragraph of a
        review whose victim is "his brother"); else 'x'."""
        gender = _pronoun_gender(pronoun)
        found = [m for m in self.cast.members if m.kin == kin.lower() and m.kin_of
                 and (gender is None or (o := self.cast.get(m.kin_of)) is None or o.gender in (gender, "not_reported"))]
        return found[0].person_id if len(found) == 1 else "x"

    def _pronoun_owner(self, index: int, offset: int, pronoun: str, exclude: str | None = None) -> str | None:
        """Nearest preceding cast member of the pronoun's gender, this or up to three earlier
        sentences; a subject pronoun continues the subject before it (see `_continued_subject`).
        A person known to be of that gender comes before one whose gender nothing has told
        ("Tamsin was killed by her partner, Drew. She had told her GP" is Tamsin's)."""
        gender = _pronoun_gender(pronoun)
        if pronoun in ("he", "she") and self._depth < _CHAIN_DEPTH and exclude is None:
            self._depth += 1
            try:
                continued = self._continued_subject(index, offset, pronoun, gender)
            finally:
                self._depth -= 1
            if continued is not None:
                return continued
        agreeing: str | None = None
        unknown: str | None = None  # the nearest person of untold gender
        i, limit = index, offset
        while i >= 0 and index - i <= 3 and agreeing is None:
            sent = self.rd.sentences[i]
            untold = None
            for member in self._named_in(sent, limit):
                if member is None or member.place or member.group or member.person_id == exclude:
                    continue
                if gender is None or member.gender == gender:
                    agreeing = member.person_id
                elif member.gender == "not_reported" and untold is None:
                    # Of people whose gender nothing has told, the first a sentence names (its
                    # subject, or the patient of a passive) is the likelier antecedent than the
                    # nearest: "Dana was killed by Elliot after she left him".
                    untold = member.person_id
            unknown = unknown or untold
            i -= 1
            if i >= 0:
                limit = self.rd.sentences[i].end
        if agreeing or unknown:
            return agreeing or unknown
        chained = self._chained_owner(index, gender, exclude)
        if chained is not None:
            return chained
        candidates = [m for m in self.cast.principals if m.gender == gender and m.person_id != exclude and not m.group]
        return candidates[0].person_id if len(candidates) == 1 else None

    def _chained_owner(self, index: int, gender: str | None, exclude: str | None) -> str | None:
        """A paragraph about one person that runs past the sentence naming them ("Ms V was
        raised by an aunt ... She trained as a nurse ... She stopped working ... Her moods
        ... She rented a bedsit"): a pronoun with no name in reach continues the person the nearest earlier
        sentence of the same section resolved, when it resolved only one person of the
        pronoun's gender."""
        if gender is None or self._depth >= _CHAIN_DEPTH:
            return None
        section = self.rd.section_kind(self.rd.sentences[index].start)
        self._depth += 1
        try:
            for j in range(index - 1, max(-1, index - 4), -1):
                if self.rd.section_kind(self.rd.sentences[j].start) != section:
                    return None
                people = {m.person_id for m in self.mentions(j)
                          if (member := self.cast.get(m.person_id)) is not None and not member.place and not member.group}
                if not people:
                    continue
                agree = [p for p in people if p != exclude and (member := self.cast.get(p)) is not None and member.gender == gender]
                return agree[0] if len(agree) == 1 else None
        finally:
            self._depth -= 1
        return None

    def _named_in(self, sent: Any, limit: int) -> list[CastMember | None]:
        """The members a sentence names before `limit`, in order: by alias, or by a role noun
        ("The victim had told her GP": her is the victim's)."""
        found: list[tuple[int, CastMember | None]] = []
        for m in self._alias_re.finditer(sent.text, 0, limit - sent.start) if self._alias_re else ():
            found.append((m.start(), self.cast.get(self._alias_map[m.group(1)])))
        for m in self._role_re.finditer(sent.text, 0, limit - sent.start):
            pid = self._role_noun(m.group(1))
            if pid:
                found.append((m.start(), self.cast.get(pid)))
        return [member for _, member in sorted(found, key=lambda x: x[0])]

    def _continued_subject(self, index: int, offset: int, pronoun: str, gender: str | None) -> str | None:
        """A subject pronoun keeps the subject it continues, not the nearest name: "When he
        killed Mr T he was being treated" (the earlier "he" of the sentence, before the object
        named between), and a sentence opening "He ..." after "Mr S ... Mr T." (the person the
        sentence before opens with: its subject)."""
        sent = self.rd.sentences[index]
        lead = sent.text[:offset - sent.start]
        same = [m for m in re.finditer(r"\b" + pronoun + r"\b", lead, re.I)]
        if same:
            earlier = same[0]
            named = self._alias_re.search(lead, earlier.end()) if self._alias_re else None
            if named is not None:
                return self._pronoun_owner(index, sent.start + earlier.start(), pronoun)
            return None
        if not _OPENING.fullmatch(lead) or index == 0:
            return None
        prev = self.rd.sentences[index - 1]
        if self.rd.section_kind(prev.start) != self.rd.section_kind(sent.start):
            return None
        for m in self.mentions(index - 1):
            member = self.cast.get(m.person_id)
            if member is None or member.place or member.group:
                continue
            if gender is not None and member.gender not in (gender, "not_reported"):
                continue
            return m.person_id
        return None

    def experiencer(self, index: int, start: int, end: int, prefer_object: bool = False) -> str | None:
        """Who a phrase at [start, end) in sentence `index` is about."""
        ms = self.mentions(index)
        before = [m for m in ms if m.end <= start]
        after = [m for m in ms if m.start >= end]
        if prefer_object and after and after[0].start - end < 40:
            return after[0].person_id
        if not prefer_object and self._relatives_beside_principals(ms):
            subject = self._clause_subject(index, start)
            if subject is not None:
                return subject
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
