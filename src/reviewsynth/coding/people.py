"""Demographics per cast member: age (stated, from DOB, from "in his forties", "13 weeks old"),
gender, ethnicity (census group plus the report's own words), living arrangement."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reviewsynth.coding.cast import CastMember, MentionFinder
from reviewsynth.coding.lexicon import Hit, PhraseMatcher, load_lexicon, word_regex
from reviewsynth.coding.reader import Date, ReviewDoc, incident_date, parse_date, profile_fields
from reviewsynth.schema import Evidence

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {k: v for k, v in NUMBER_WORDS.items() if v < 10}
DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
           "seventies": 70, "eighties": 80, "nineties": 90, "teens": 13}
# "thirty-four", "sixty one", "twenty": tens with an optional unit, then the words to twenty.
_NUM = (r"(\d{1,3}|(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(_UNITS) + r")\b)?|"
        + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")")
_CHILD_NOUNS = r"(?:boy|girl|child|baby|toddler|infant|son|daughter)"
# "13 weeks old", "a 4-month-old baby", "aged four months", "a boy of 22 months": a baby or
# toddler (age 0 under a year).
_BABY = re.compile(r"(?:\baged\s+" + _NUM + r"[\s-]+(days?|weeks?|months?)\b|(?<!years and )(?<!year and )\b" + _NUM + r"[\s-]+(days?|weeks?|months?)[\s-]+old"
                   r"|\b" + _CHILD_NOUNS + r" of " + _NUM + r"[\s-]+(days?|weeks?|months?)\b)", re.I)
# "was 37" (or "was in fact 26", "was then 15") needs what ends the statement: punctuation, "when", "at the time", or the end of a
# line (a bullet point or a slide's line: "- Corin was 37").
_YEARS = re.compile(
    r"(?:" + _NUM + r"[\s-]+years?[\s-]+old|aged\s+" + _NUM + r"\b|" + _NUM + r"[\s-]year[\s-]old"
    r"|" + _NUM + r"[\s-]+years?\s+of\s+age\b|" + _NUM + r"-and-a-half[\s-]+years?[\s-]+old"
    r"|" + _NUM + r"[\s-]+years?\s+and\s+(?:[\w-]+\s+){1,2}months?[\s-]+old"
    r"|\b(?:was|is|turned|had turned)\s+(?:(?:in fact|actually|really|by then|then|only|just|still|already)\s+)?" + _NUM + r"(?:\s+years)?(?:\s+at the time|\s+when|\s+six weeks| years|\.|,|;|\s+and\b|[ \t]*(?:\n|$))"
    r"|\b(?:had\s+(?:just\s+)?)?turned\s+" + _NUM + r"\b(?![\s-]+(?:days?|weeks?|months?|per\s?cent|%))|\bat the age of\s+" + _NUM + r"\b|\bthen,?\s+(?:aged\s+)?" + _NUM + r"(?=\s*[,)]|\s+years|\s+at\b)"
    r"|\(" + _NUM + r"\)|\(\s*age:?\s+" + _NUM + r"\s*\)|(?:boy|girl|child|baby|toddler|man|woman) of " + _NUM + r"\b(?![\s-]+(?:days?|weeks?|months?)\b))",
    re.I,
)
_DECADE = re.compile(r"in (?:his|her|their) (early|mid|late)?[\s-]*(" + "|".join(DECADES) + r"|[1-9]0['’]?s)\b", re.I)
_DOB = re.compile(r"(?:\bborn (?:in|on)|\bdate of birth:?|\bDOB:?)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\s+|\d{1,2}[/.]\d{1,2}[/.])?((?:19|20)\d{2})\b", re.I)


def to_int(token: str) -> int:
    token = token.lower()
    parts = re.split(r"[\s-]+", token)
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return NUMBER_WORDS[token] if token in NUMBER_WORDS else int(token)


def parse_age(text: str) -> int | None:
    """A whole-years age stated in `text`: '28-year-old', 'aged 17', '13 weeks old' -> 0."""
    if _BABY.search(text):
        m = _BABY.search(text)
        assert m is not None
        number, unit = [g for g in m.groups() if g]
        n, unit = to_int(number), unit.lower()
        if unit.startswith("month") and n >= 12:
            return n // 12
        return 0
    m = _YEARS.search(text)
    if m:
        token = next(g for g in m.groups() if g)
        age = to_int(token)
        return age if 0 <= age <= 110 else None
    return None


def parse_decade(text: str) -> int | None:
    """A representative age for 'in her late fifties' (band only: the exact age stays null)."""
    m = _DECADE.search(text)
    if not m:
        return None
    word = m.group(2).lower()
    base = DECADES[word] if word in DECADES else int(word[0]) * 10  # "in his 40s"
    return base + {"early": 2, "mid": 5, "late": 8}.get((m.group(1) or "").lower(), 5)


def decade_band(text: str) -> str | None:
    """The band of 'in her late sixties' (66-69: 65_74) where the whole range lies in one
    band; a range that straddles two ('in his forties', 40-49) is adult_unknown (child_unknown
    under 18)."""
    m = _DECADE.search(text)
    if not m:
        return None
    word = m.group(2).lower()
    base = DECADES[word] if word in DECADES else int(word[0]) * 10
    low, high = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get((m.group(1) or "").lower(), (0, 9))
    if word == "teens":
        low, high = {"early": (13, 15), "mid": (14, 16), "late": (17, 19)}.get((m.group(1) or "").lower(), (13, 19))
    else:
        low, high = base + low, base + high
    if age_band(low) == age_band(high):
        return age_band(low)
    return "adult_unknown" if low >= 18 else "child_unknown" if high < 18 else "not_reported"


def age_from_birth_year(birth_year: int, incident_year: int) -> int:
    """Age at the incident when only years are known (the birthday may not have passed)."""
    return incident_year - birth_year


def age_band(age: int | None, child: bool | None = None) -> str:
    if age is None:
        if child is True:
            return "child_unknown"
        if child is False:
            return "adult_unknown"
        return "not_reported"
    bounds = [(0, "under_1"), (1, "1_2"), (3, "3_5"), (6, "6_7"), (8, "8_9"), (10, "10_11"),
              (12, "12_13"), (14, "14_15"), (16, "16_17"), (18, "18_24"), (25, "25_34"),
              (35, "44"), (45, "45_54"), (55, "55_64"), (65, "65_74"), (75, "75_84"), (85, "85_plus")]
    band = "not_reported"
    for low, name in bounds:
        if age >= low:
            band = name
    return "35_44" if band == "44" else band


@dataclass
class Demographics:
    age: int | None = None
    age_band: str = "not_reported"
    age_evidence: Evidence | None = None
    ethnicity: str = "not_reported"
    ethnicity_detail: str | None = None
    ethnicity_evidence: Evidence | None = None
    living: str = "not_reported"
    living_evidence: Evidence | None = None


def _person_sentences(rd: ReviewDoc, mf: MentionFinder, member: CastMember) -> list[int]:
    """Indexes of sentences that mention the member by name or pronoun."""
    out = []
    for i, _ in enumerate(rd.sentences):
        if any(m.person_id == member.person_id for m in mf.mentions(i)):
            out.append(i)
    return out


# "an 18-year-old, referred to in this review as Young Person A": the age comes first.
# "a man aged 34 who is referred to in this report as Mr Quinn": or "aged" before the number;
# "a girl of 12, called Tilly in this review": or a person noun "of" the number.
_AGE_BEFORE_ALIAS = re.compile(
    r"\b(?:" + _NUM + r"[\s-]+years?[\s-]+old(?:\s+[a-z]+)?|aged\s+" + _NUM + r"|" + _CHILD_NOUNS[:-1] + r"|man|woman|youth|teenager|young person) of " + _NUM + r")"
    r",?\s+(?:who is\s+|who was\s+|now\s+)?(?:(?:referred to|called|known)(?:\s+[\w ]{0,25}?)?\s+as|called|named)\s+['‘\"“]?$"
    # "15-year-old Child X was stabbed": an age adjective right before the name, no article
    r"|(?:^|(?<=[.;:!?]\s)|(?<=\n))\s*(?:the\s+)?(\d{1,2})-year-old\s+$",
    re.I,
)


# An age told of a past time: "until he was eighteen", "since the age of 14", "taken into
# care at the age of nine", "diagnosed with ADHD at the age of eight" ("by a boy of 17" is an agent).
_PAST_AGE = re.compile(
    r"\b(?:until|since|from|by(?!\s+(?:a|an|another)\s)|before|after|till|between|when|as|once|diagnosed|taken into care|came to|moved|grew up|started|began|first|left school|excluded)\b[^.;,]{0,30}$",
    re.I,
)
# Words that tie a sentence to the incident: an age there is the age at the incident.
_INCIDENT_TIME = re.compile(
    r"\b(?:died|dies|death|killed|murdered|murder|stabbed|strangled|attacked|assaulted|injured|arrested|charged|convicted|"
    r"sentenced|at the time|time of (?:the|her|his|their)|incident|homicide|manslaughter)\b",
    re.I,
)
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_SINCE = re.compile(r"\bsince\s+$", re.I)


@dataclass
class _AgeCandidate:
    score: int
    index: int
    age: int | None
    decade: int | None
    decade_at: int = 0  # where the decade phrase stands in its sentence


def _age_score(rd: ReviewDoc, idx: int, number_at: int, incident_year: int | None) -> int:
    """How surely an age at `number_at` is the age at the incident (explicit, near an
    incident word, not told of a past time, not in a sentence dated another year)."""
    sent = rd.sentences[idx]
    score = 2
    lead = rd.text[max(sent.start, number_at - 60):number_at]
    if _PAST_AGE.search(lead):
        score -= 3
    if _INCIDENT_TIME.search(sent.text):
        score += 2
    # "since 2014" runs on to the incident: it dates no earlier time.
    years = [int(m.group(1)) for m in _YEAR.finditer(sent.text) if not _SINCE.search(sent.text, max(0, m.start() - 7), m.start())]
    if incident_year and years and all(abs(y - incident_year) > 1 for y in years):
        score -= 2
    return score


# "was attacked by a fellow lodger, a woman aged 41": an age after a passive agent is the
# agent's; "a man aged 34 who is referred to as Mr Q": an age before an alias is the alias's.
_AGENT_BEFORE = re.compile(r"\bby\s+(?!the age\b)(?:a|an|the|his|her|their|another|other)\b[^.;]*$", re.I)
_ALIAS_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:referred to|known|called)(?:\s+[\w ]{0,25}?)?\s+as\b", re.I)


_FRONTED_AGE = re.compile(r"\b(?:when|while|by the time|at the time)\s+(?P<pron>he|she)\s+was\s+"
                          r"(?P<age>(?:aged\s+)?[\w-]+(?:[\s-]+[\w-]+){0,3}?[\s-]+old|aged\s+[\w-]+(?:\s+(?:days?|weeks?|months?))?)\s*,\s*$", re.I)


def _agrees(pronoun: str, member: CastMember) -> bool:
    gender = "male" if pronoun.lower() == "he" else "female"
    return member.gender in (gender, "not_reported")


# "a man who said he was 16": an age someone claimed, not the age.
_CLAIMED_AGE = re.compile(r"\b(?:said|says|claimed|claiming|pretended|pretending|lied|told(?: \w+){1,3}?)(?:\s+that)?\s+(?:he|she|they)\s+$", re.I)


_AGED_APPOSITION = re.compile(r"\s*,\s*(?:his|her|their|the|a|an)\s+(\d{1,2})[\s-]+years?[\s-]+old\b")
_APPOSITION_AFTER = re.compile(r"\s*,\s*(?:his|her|their|the|a|an|[A-Z][a-z]+['’]s)\s[^,.;:()]{1,60}?,(?=\s*(?:was|is|had been|aged)\b)")


# "killed her four-month-old son", "Ms N's 30-year-old husband": an age between a possessive
# and a person noun is that person's.
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|[A-Z][\w-]*['’]s)\s+$")


@lru_cache(maxsize=1)
def _person_noun_after() -> re.Pattern[str]:
    lex = load_lexicon("people")
    nouns = [*lex["kin_words"], *lex["male_words"], *lex["female_words"], "boy", "girl", "toddler", "infant"]
    return re.compile(r"^[\s-]*" + word_regex(nouns).pattern, re.I)


def _someone_else_s(before: str, after: str) -> bool:
    """The age found in a person's window belongs to another phrase of the sentence."""
    return bool(_AGENT_BEFORE.search(before) or _ALIAS_AFTER.match(after)
                or (_POSSESSIVE_BEFORE.search(before) and _person_noun_after().match(after)))


def _age_candidates(rd: ReviewDoc, mf: MentionFinder, idx: int, member: CastMember, incident_year: int | None) -> list[_AgeCandidate]:
    """Ages stated next to mentions of the member in sentence idx, each scored."""
    sent = rd.sentences[idx]
    ms = mf.mentions(idx)
    out: list[_AgeCandidate] = []
    for k, m in enumerate(ms):
        if m.person_id != member.person_id:
            continue
        lead_start = max(sent.start, m.start - 90)
        before = _AGE_BEFORE_ALIAS.search(rd.text[lead_start:m.start])
        if before:
            # Scored where the number stands: the alias's own "known as" is no past-time "as".
            number = next(k for k in (1, 2, 3, 4) if before.group(k))
            at = lead_start + before.start(number)
            out.append(_AgeCandidate(_age_score(rd, idx, at, incident_year) + 1, idx, to_int(before.group(number)), None))
            continue
        # "(aged 9 weeks) Child A was taken to hospital": an age in brackets right before the name.
        paren = re.search(r"\(\s*(aged\s[^()]{1,20}|[^()]{1,20}\sold)\s*\)\s*$", rd.text[lead_start:m.start])
        age_before = parse_age(paren.group(1)) if paren else None
        if age_before is not None:
            out.append(_AgeCandidate(_age_score(rd, idx, m.start, incident_year), idx, age_before, None))
            continue
        # "When he was four months old, Child U was taken to hospital": an age in a clause
        # put before the name, told of a pronoun that looks ahead to it.
        fronted = _FRONTED_AGE.search(rd.text[max(sent.start, m.start - 80):m.start])
        fronted_age = parse_age(fronted.group("age")) if fronted and _agrees(fronted.group("pron"), member) else None
        if fronted_age is not None:
            out.append(_AgeCandidate(_age_score(rd, idx, m.start, incident_year), idx, fronted_age, None))
            continue
        # "Mr N, 32, was arrested", "Mr S, then 48, was": the age in commas right after the name;
        # "the perpetrator, her 55-year-old husband,": an age in an apposed phrase.
        apposed = re.match(r"[’']?\s*,\s*(?:(?:then|now|aged)\s+)?(\d{1,2})\s*(?:[,;)]|\.(?!\d))", rd.text[m.end:m.end + 16]) \
            or _AGED_APPOSITION.match(rd.text, m.end, m.end + 40)
        if apposed:
            out.append(_AgeCandidate(_age_score(rd, idx, m.end, incident_year), idx, int(apposed.group(1)), None))
            continue
        # The window runs to the next mention of someone else: "Adult D was a man in his late
        # sixties" tells his age past his own pronoun.
        # An apposition after the name is still the name's subject phrase: "Oswin, her
        # grandson, was 22" tells Oswin's age past the mention of "her".
        app = _APPOSITION_AFTER.match(rd.text, m.end)
        past = app.end() if app else m.end
        stop = next((n.start for n in ms[k + 1:] if n.person_id != member.person_id and n.start >= past), sent.end)
        start, end = m.start, min(stop, m.end + 90)
        window = rd.text[start:end]
        hit = _BABY.search(window) or _YEARS.search(window)
        if hit and (_someone_else_s(window[:hit.start()], window[hit.end():])
                    or _CLAIMED_AGE.search(rd.text, max(sent.start, start + hit.start() - 50), start + hit.start())):
            hit = None
        if hit:
            age = parse_age(window[hit.start():])
            if age is not None:
                out.append(_AgeCandidate(_age_score(rd, idx, start + hit.start(), incident_year), idx, age, None))
                continue
        dec = _DECADE.search(window)
        if dec:
            out.append(_AgeCandidate(_age_score(rd, idx, start + dec.start(), incident_year) - 1, idx, None, parse_decade(window),
                                     start + dec.start() - sent.start))
    return out


def demographics(rd: ReviewDoc, mf: MentionFinder, member: CastMember, incident_year: int | None) -> Demographics:
    d = Demographics()
    idxs = _person_sentences(rd, mf, member)
    candidates = [c for i in idxs if rd.section_kind(rd.sentences[i].start) not in ("recommendations", "lessons")
                  for c in _age_candidates(rd, mf, i, member, incident_year)]
    if _table_demographics(rd, member, d) or _profile_age(rd, member, d):
        candidates = []
    # The surest statement wins, the earliest among equals; ages told of a past time never do.
    best = max(candidates, key=lambda c: (c.score, -c.index), default=None)
    if best is not None and best.age is None and best.decade is not None:
        # "a man in his fifties" ... "aged 53": the exact age refines the decade.
        decade = best.decade // 10
        best = next((c for c in sorted(candidates, key=lambda c: (-c.score, c.index))
                     if c.age is not None and c.score > 0 and c.age // 10 == decade), best)
    if best is not None and best.score > 0:
        d.age = best.age
        d.age_band = age_band(best.age) if best.age is not None else (
            decade_band(rd.sentences[best.index].text[best.decade_at:]) or age_band(best.decade))
        d.age_evidence = rd.evidence(rd.sentences[best.index])
    if d.age is None and d.age_band == "not_reported" and incident_year:
        dob = _birth_age(rd, mf, member, idxs, incident_year)
        if dob is not None:
            d.age, i = dob
            d.age_band, d.age_evidence = age_band(d.age), rd.evidence(rd.sentences[i])
    if d.age is None and d.age_band == "not_reported" and member.stated_age is not None:
        d.age, index = member.stated_age  # "the death of a 53 year old man" for "the man"
        d.age_band, d.age_evidence = age_band(d.age), rd.evidence(rd.sentences[index])
    if d.age is None and d.age_band == "not_reported":
        told = _adult_told(rd, mf, member, idxs)
        if told is not None:
            d.age_band, d.age_evidence = "adult_unknown", rd.evidence(rd.sentences[told])
    if d.ethnicity == "not_reported":
        _ethnicity(rd, mf, member, idxs, d)
    # "Home is with his mother": a sentence naming only the member's relative tells of them too.
    kin_of = f":{member.person_id}"
    _living(rd, mf, member, sorted(set(idxs) | {i for i in range(len(rd.sentences))
                                                if any(m.person_id.startswith("kin:") and m.person_id.endswith(kin_of) for m in mf.mentions(i))}),
            d, incident_year)
    return d


def _birth_age(rd: ReviewDoc, mf: MentionFinder, member: CastMember, idxs: list[int],
               incident_year: int) -> tuple[int, int] | None:
    """The age at the incident from the member's own date of birth: the one told after their
    name, before anyone else's ("Ola (date of birth 3 May 1990) was killed by Ben (born
    1988)"), else the one of a sentence naming no one else. A full date of birth and a dated
    incident give the exact age; a birth year alone, the difference of the years."""
    for i in idxs:
        sent, ms = rd.sentences[i], mf.mentions(i)
        spans = [(m.end, next((n.start for n in ms[k + 1:] if n.person_id != member.person_id), sent.end))
                 for k, m in enumerate(ms) if m.person_id == member.person_id]
        if all(m.person_id == member.person_id for m in ms):
            spans.append((sent.start, sent.end))
        for start, stop in spans:
            m = _DOB.search(rd.text, start, min(stop, start + 80))
            if m:
                return _age_at(parse_date(m.group(0)), int(m.group(1)), incident_date(rd), incident_year), i
    return None


def _age_at(born: Date | None, birth_year: int, incident: Date | None, incident_year: int) -> int:
    age = age_from_birth_year(birth_year, incident_year)
    if born is None or incident is None or born[0] != birth_year or incident[0] != incident_year:
        return age
    if incident[1] == born[1] and None in (incident[2], born[2]):
        return age  # the same month, a day not told: the years' difference
    if (incident[1], incident[2] or 0) < (born[1], born[2] or 0):
        age -= 1  # the birthday had not yet come that year
    return age


def _adult_told(rd: ReviewDoc, mf: MentionFinder, member: CastMember, idxs: list[int]) -> int | None:
    """The sentence saying a person of untold age is an adult: an adult noun they are said to
    be ("Amira was a British Pakistani woman", "a man called RS", "Mr F, a widower"), or, for a
    perpetrator, an adult court's sentence ("he is serving a life sentence")."""
    lex = load_lexicon("people")
    nouns = "|".join(sorted(map(re.escape, lex["adult_words"]), key=len, reverse=True))
    names = "|".join(sorted(map(re.escape, member.aliases), key=len, reverse=True))
    said = re.compile(
        r"\b(?:" + names + r")(?:\s*,\s*|\s+(?:was|is)\s+)an?\s+(?:[\w-]+\s+){0,3}?(?:" + nouns + r")\b"
        r"|\b(?:" + nouns + r")\s*,?\s+(?:who is\s+|now\s+)?(?:called|known as|referred to(?:\s+[\w ]{0,25}?)?\s+as)\s+['‘\"“]?(?:"
        + names + r")\b")
    court = re.compile("|".join(lex["adult_sentences"]), re.I)
    if member.group and idxs and re.search(r"\b(?:men|women|males|females|adults)$", member.name, re.I):
        return idxs[0]  # "Three women": a grouped record of adults
    for i in idxs:
        sent = rd.sentences[i]
        if rd.section_kind(sent.start) in ("recommendations", "lessons"):
            continue
        if said.search(sent.text):
            return i
        if member.role != "perpetrator":
            continue
        ms = mf.mentions(i)
        for hit in court.finditer(sent.text):
            start, end = sent.start + hit.start(), sent.start + hit.end()
            if rd.modifiers(sent, start, end) & {"negated", "hypothetical"}:
                continue
            # "He was convicted of her murder and is serving a life sentence": the sentence's
            # subject, named first, is the one sentenced even where the victim is named nearer.
            if mf.experiencer(i, start, end) == member.person_id or (ms and ms[0].person_id == member.person_id):
                return i
    return None


def _table_demographics(rd: ReviewDoc, member: CastMember, d: Demographics) -> bool:
    """Age and ethnicity from the member's row of a "who is who" table ("Odile | Victim |
    44 | White British"); True when the row gave the age."""
    row = member.table_row
    if row is None:
        return False
    evidence = rd.doc.evidence(row.start, row.end)
    table: dict[str, str] = load_lexicon("people")["ethnicity"]
    got_age = False
    for header, cell in row.cells.items():
        if re.search(r"\bage\b", header) and re.fullmatch(r"\d{1,3}", cell.strip()):
            d.age, d.age_band, d.age_evidence = int(cell), age_band(int(cell)), evidence
            got_age = True
        elif re.search(r"ethnic", header):
            keys = [k for k in sorted(table, key=len, reverse=True) if re.search(r"\b" + re.escape(k) + r"\b", cell.lower())]
            if keys:
                d.ethnicity, d.ethnicity_detail, d.ethnicity_evidence = table[keys[0]], cell.strip(), evidence
    return got_age


def _profile_age(rd: ReviewDoc, member: CastMember, d: Demographics) -> bool:
    """Age from the member's "Age: 15" profile line; True when it gave one."""
    said = profile_fields(rd, member.aliases).get("age")
    age = parse_age("aged " + said[0]) if said else None
    if said is None or age is None:
        return False
    d.age, d.age_band, d.age_evidence = age, age_band(age), rd.doc.evidence(said[1], said[2])
    return True


def _ethnicity(rd: ReviewDoc, mf: MentionFinder, member: CastMember, idxs: list[int], d: Demographics) -> None:
    lex = load_lexicon("people")
    table: dict[str, str] = lex["ethnicity"]
    cue = re.compile(r"\b(?:" + "|".join(map(re.escape, lex["ethnicity_cues"])) + r")\b", re.I)
    phrase_re = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b", re.I)
    for i in idxs:
        sent = rd.sentences[i]
        if not cue.search(sent.text):
            continue
        mine = []
        for m in phrase_re.finditer(sent.text):
            s = sent.start + m.start()
            if mf.experiencer(i, s, s + len(m.group(0))) == member.person_id:
                mine.append(m)
        if not mine:
            continue
        # "a Black British woman of Caribbean heritage": the specific group wins over the
        # broad one, and the detail keeps the report's whole wording.
        specific = [m for m in mine if table[m.group(1).lower()] not in _BROAD_GROUPS]
        best = (specific or mine)[0]
        last = mine[-1] if mine[-1].start() - mine[0].end() < 40 else best
        d.ethnicity = table[best.group(1).lower()]
        detail = _detail(sent.text, min(mine[0].start(), best.start()), max(last.end(), best.end()))
        d.ethnicity_detail = detail[:1].upper() + detail[1:]
        d.ethnicity_evidence = rd.evidence(sent)
        return


# Groups a report often gives before the specific one ("Black British ... of Somali heritage").
_BROAD_GROUPS = {"black_other", "asian_other", "white_other", "mixed_other", "other"}


def _detail(text: str, a: int, b: int) -> str:
    """The report's own words: the capitalised run around the match plus 'heritage' etc.,
    and a leading "mixed" ("of mixed White and Black Caribbean heritage")."""
    lead = re.search(r"\b([Mm]ixed|[Dd]ual)\s+$", text[:a])
    if lead:
        a = lead.start(1)
    while a > 0 and (text[a - 1].isalpha() or text[a - 1] in " ,") and re.match(r"[A-Z]", text[max(0, text.rfind(" ", 0, a - 1) + 1)]):
        new_a = text.rfind(" ", 0, a - 1) + 1
        if new_a >= a:
            break
        a = new_a
    m = re.match(r"(?:[ ,]+(?:and\s+)?[A-Z][\w-]*)*(?:\s+(?:heritage|origin|descent|national|background))?", text[b:])
    if m:
        b += m.end()
    return text[a:b].strip(" ,")


@lru_cache(maxsize=1)
def _living_rules() -> tuple[PhraseMatcher, dict[str, re.Pattern[str]]]:
    """The living lexicon's phrases and patterns, compiled once per process (every member and
    the shared-homes pass read them)."""
    lex = load_lexicon("living")
    patterns = {k: re.compile("|".join(v), re.I) for k, v in (lex.get("patterns") or {}).items() if v}
    return PhraseMatcher(lex["codes"]), patterns


def _living_generic() -> set[str]:
    return set(load_lexicon("living")["generic"])


def _living_hits(rd: ReviewDoc, start: int, end: int) -> list[Hit]:
    """Living-arrangement phrases and patterns in text[start:end]."""
    matcher, patterns = _living_rules()
    return matcher.find(rd.text, start, end, rd.low) + [
        Hit(k, m.group(0).lower(), m.start(), m.end()) for k, rx in patterns.items() for m in rx.finditer(rd.text, start, end)]


def _living(rd: ReviewDoc, mf: MentionFinder, member: CastMember, idxs: list[int], d: Demographics,
            incident_year: int | None = None) -> None:
    """The arrangement at the time of the incident: each statement scored like an age (near
    the incident, not told of the past or of after the incident); custody or hospital only
    when tied to the incident; a specific arrangement beats a generic "lived with"."""
    lex = load_lexicon("living")
    cues = {k: re.compile("|".join(lex[k]), re.I) for k in ("past_cues", "after_cues", "incident_cues", "custody_needs")}
    generic = _living_generic()
    best: tuple[float, int, str] | None = None
    for i in idxs:
        sent = rd.sentences[i]
        if rd.section_kind(sent.start) in ("recommendations", "lessons", "terms_of_reference"):
            continue
        hits = _living_hits(rd, sent.start, sent.end)
        # "a hostel for homeless women": the homeless word tells whom the place is for.
        hits = [h for h in hits if not (h.key == "homeless" and _FOR_WHOM.search(rd.text, max(sent.start, h.start - 24), h.start))]
        # "he lived with his brother in a shared house": the place after the member's own
        # "lived with" is the member's, though the relative is named nearer.
        own = [h for h in hits if h.key == "family_home" and _LIVED_WITH_RE.match(h.phrase)
               and mf.experiencer(i, h.start, h.end) == member.person_id]
        keys = {h.key for h in hits if h.phrase.lower() not in generic and h.key not in ("family_home", "alone")}
        for h in hits:
            if rd.modifiers(sent, h.start, h.end) & {"negated", "hypothetical"}:
                continue
            if h.key == "custody_or_hospital" and not cues["custody_needs"].search(sent.text):
                continue
            if mf.experiencer(i, h.start, h.end) != member.person_id and not any(
                    o.end <= h.start and _IN_A.match(rd.text, o.end, h.start) for o in own) and not (
                    # "Home is with her mother": with no subject before it, the possessor is the member.
                    h.key == "family_home" and not any(m.end <= h.start for m in mf.mentions(i))
                    and any((m.person_id == member.person_id or m.person_id.endswith(":" + member.person_id))
                            and h.start <= m.start < h.end for m in mf.mentions(i))):
                continue
            score = 2.0 + len(h.phrase) / 100
            if cues["past_cues"].search(sent.text):
                score -= 3
            if cues["after_cues"].search(sent.text):
                score -= 4
            if cues["incident_cues"].search(sent.text):
                score += 1
            # "since 2019" dates the start of an arrangement that still held.
            # "moved in with him in 2017": the year dates the start of the arrangement.
            years = [int(m.group(1)) for m in _YEAR.finditer(sent.text) if not _SINCE.search(sent.text, max(0, m.start() - 30), m.start())]
            if incident_year and years and all(abs(y - incident_year) > 1 for y in years) and not _MOVED_IN.match(h.phrase):
                score -= 2
            # "lived with his brother in a shared house": the household words lose to the
            # kind of home the same sentence names.
            if h.phrase.lower() in generic or (h.key == "family_home" and keys - {"family_home"}):
                score -= 1
            # The surest statement wins; among equals the earliest (the introduction's account).
            if best is None or score > best[0]:
                best = (score, i, h.key)
    together = _lived_with_relative(rd, mf, member, idxs)
    if together is not None and (best is None or best[0] < 1.5):
        best = (1.5, together, "family_home")
    if best and best[0] > 0:
        d.living = best[2]
        d.living_evidence = rd.evidence(rd.sentences[best[1]])


_MOVED_IN_WITH = re.compile(r"\bmoved (?:back )?in(?:to)? (?P<obj>with (?:him|her)\b|(?!the\b|their\b|his\b|her\b)[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s (?!own\b)(?:[\w-]+ ){0,3}?(?:home|flat|house|bungalow|property|maisonette)\b)")
_MOVED_IN = re.compile(r"moved (?:back )?in(?:to)? \S", re.I)
_IN_A = re.compile(r"[^.;]{0,60}?\b(?:in|at|to) (?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
_LIVED_WITH_RE = re.compile(r"(?:lived|lives|living|was living|had been living|stayed|stays|staying)\b.*\bwith\b", re.I)
_FOR_WHOM = re.compile(r"\bfor (?:the )?(?:young |single |vulnerable )?$", re.I)
_SINCE = re.compile(r"\bsince (?:(?:early|late|mid|the (?:start|end|spring|summer|autumn|winter) of) )?(?:[A-Z][a-z]+ )?(?:\d{1,2} [A-Z][a-z]+ )?$")
_LIVED_WITH = r"\b(?:lived|lives|living|was living|had been living|stayed|stays) (?:together )?with\s+(?:(?:his|her|their|the)\s+)?"


def _lived_with_relative(rd: ReviewDoc, mf: MentionFinder, member: CastMember, idxs: list[int]) -> int | None:
    """A sentence saying the member lived with a named relative or the other principal ("She
    lived with Marcus", "lived with M and Sibling 1"): the family home, unless told of the past."""
    others = [m for m in mf.cast.members if m.person_id != member.person_id and not m.place
              and (m.role != "other" or m.kin)]
    aliases = sorted({a for m in others for a in m.aliases}, key=len, reverse=True)
    if not aliases:
        return None
    pat = re.compile(_LIVED_WITH + r"(?:" + "|".join(map(re.escape, aliases)) + r")\b")
    past = re.compile("|".join(load_lexicon("living")["past_cues"] + load_lexicon("living")["after_cues"]), re.I)
    for i in idxs:
        sent = rd.sentences[i]
        hit = pat.search(sent.text)
        if hit and not past.search(sent.text) and mf.experiencer(i, sent.start + hit.start(), sent.start + hit.end()) == member.person_id:
            return i
    return None


_SHARED_KINDS = {"family_home", "supported", "shared_private", "residential", "temporary"}
# "Both were ... living together", "All three men were living at a shelter", "a married
# couple who lived together": a group subject names every principal.
_GROUP_HOME = re.compile(
    r"^(?:[\d.]+\s+)?(?:both(?: of them)?|the couple|the pair|the two (?:men|women|of them)|all (?:two|three|four|five|\d) (?:men|women|people|residents|of them))\b"
    r"[^.;]{0,80}?\b(?:lived|living|resided|residing|shared)\b"
    r"|\b(?:a|the) (?:married |elderly |older |young )?couple,? who (?:had )?(?:lived|were living|had been living)\b",
    re.I,
)
# "the flat they shared", "at their home", "the couple's bungalow": the principals the
# sentence names lived together.
_SHARED_PLACE = re.compile(
    r"\bthe (?:flat|house|home|bungalow|property|maisonette|address|caravan) (?:that )?(?:they|he|she) (?:had )?shared\b"
    r"|\bthe couple[’']s (?:home|flat|house|bungalow|property|maisonette)\b"
    r"|\b(?:at|in) their (?:own |shared )?(?:flat|house|home|bungalow|maisonette|caravan|living room|kitchen|bedroom)\b",
    re.I,
)
_THEY_OPEN = re.compile(r"\s*(?:[\d.]+\s+)?they\b", re.I)
_WITH = re.compile(r"\b(?:lived|lives|living|shared|sharing|moved (?:back )?in)\b[^.;]{0,60}?\bwith\s+", re.I)
_KIN_HEAD = {"mother", "father", "mum", "dad", "stepfather", "stepmother", "partner", "grandmother", "grandfather",
             "brother", "sister", "son", "daughter", "uncle", "aunt", "cousin", "grandson", "granddaughter", "husband", "wife"}


# "The three-year-old was ...", "the 17-year-old boy, who": a definite noun phrase of an age
# that stands for a person (news-style summaries name the subject this way).
_AGE_WORDS = r"(" + _NUM + r"(?:-and-a-half)?[\s-]+(?:years?|months?|weeks?)[\s-]+old)"
_NOMINAL_AGE = re.compile(
    r"\bthe\s+" + _AGE_WORDS +
    r"(?:\s+(?:boy|girl|child|baby|toddler|infant|man|woman|teenager|youth|young person))?"
    r"(?=\s*[,;:)]|\.(?!\d)|\s+(?:was|had|is|who|were|did|died|suffered|lived|attended|became|went|would|could)\b)", re.I)
# "killed her four-month-old son": an age before a possessed kin noun, that relative's.
_POSSESSED_AGE = re.compile(r"\b(?:his|her|their|[A-Z][\w-]*['’]s)\s+" + _AGE_WORDS + r"\s+(?P<noun>son|daughter|baby|boy|girl|child)\b", re.I)
_CHILD_NAME = re.compile(r"(?:Child|Baby|Infant)\b")
_NOUN_GENDER = {"son": "male", "boy": "male", "daughter": "female", "girl": "female"}


def nominal_ages(rd: ReviewDoc, principals: list[CastMember], demo: dict[str, Demographics]) -> None:
    """"The two-and-a-half-year-old ... had a heart condition", "killed her four-month-old son":
    an age phrase standing for a person is the one principal whose age the review tells no
    other way, when its age fits them (a child's name or band takes a child's age, an adult
    band an adult's; a possessed kin noun also its gender)."""
    def fits(m: CastMember, age: int, told: bool, noun: str | None = None) -> bool:
        """The age agrees with what is known of them: told, that they are a child or an adult."""
        band = demo[m.person_id].age_band
        if noun in _NOUN_GENDER and m.gender not in (_NOUN_GENDER[noun], "not_reported"):
            return False
        child = bool(_CHILD_NAME.match(m.name)) or band == "child_unknown"
        if child or band == "adult_unknown":
            return child == (age < 18)
        return not told

    ageless = [m for m in principals if m.person_id in demo and demo[m.person_id].age is None
               and demo[m.person_id].age_band in ("not_reported", "child_unknown", "adult_unknown")]
    for sent in rd.sentences if ageless else []:
        definite, possessed = _NOMINAL_AGE.search(sent.text), _POSSESSED_AGE.search(sent.text)
        said = definite or possessed
        age = parse_age(said.group(1)) if said else None
        if said is None or age is None:
            continue
        noun = said.group("noun").lower() if said is possessed else None
        fitting = [m for m in ageless if fits(m, age, True, noun)]
        if not fitting and said is definite:
            fitting = [m for m in ageless if fits(m, age, False)]
        if len(fitting) == 1:
            d = demo[fitting[0].person_id]
            d.age, d.age_band, d.age_evidence = age, age_band(age), rd.evidence(sent)
            return


_PAIRED_AGES = re.compile(r"\baged\s+(\d{1,2})\s+and\s+(\d{1,2})\b")


def paired_ages(rd: ReviewDoc, principals: list[CastMember], demo: dict[str, Demographics]) -> None:
    """"Two young men, aged 18 and 19 (Youth A and Youth B)", "Ann and Bo, aged 30 and 41
    respectively": two ages for two principals named together, in their order."""
    for sent in rd.sentences:
        ages = _PAIRED_AGES.search(sent.text)
        if ages is None:
            continue
        named = sorted(((m.start(), member) for member in principals for alias in member.aliases if len(alias) > 1
                        for m in re.finditer(r"\b" + re.escape(alias) + r"\b", sent.text)), key=lambda x: x[0])
        pair = next(((a, b) for (sa, a), (sb, b) in zip(named, named[1:], strict=False)
                     if a is not b and re.fullmatch(r"\s+and\s+", sent.text[sa + len(_said(sent.text, sa, a)):sb])), None)
        if pair is None:
            continue
        for member, age in zip(pair, (int(ages.group(1)), int(ages.group(2))), strict=True):
            d = demo.get(member.person_id)
            if d is not None and d.age is None:
                d.age, d.age_band, d.age_evidence = age, age_band(age), rd.evidence(sent)


def _said(text: str, at: int, member: CastMember) -> str:
    """The member's alias that the text holds at `at` (the longest)."""
    return max((a for a in member.aliases if text.startswith(a, at)), key=len, default="")


def shared_homes(rd: ReviewDoc, mf: MentionFinder, demo: dict[str, Demographics]) -> None:
    """Principals who lived together share an arrangement, read once per sentence: a group
    subject ("Both had been living together at ..."), a shared place ("the flat they
    shared"), and one principal living with another ("Child M lived with his mother and
    father", "another tenant of the scheme, ... Mr Q") who has an arrangement of their own.
    Only an unknown arrangement is filled."""
    principals = [m for m in mf.cast.principals if m.person_id in demo]
    if len(principals) < 2:
        return
    lex = load_lexicon("living")
    generic = _living_generic()
    past = re.compile("|".join(lex["past_cues"] + lex["after_cues"]), re.I)
    by_id = {m.person_id: m for m in principals}
    aliases = {m.person_id: sorted({a for a in m.aliases} | {a.lower() for a in m.aliases if a.split()[0].lower() in _KIN_HEAD},
                                   key=len, reverse=True) for m in principals}
    alias_re = {pid: re.compile(r"(?:[\w'’-]+\s+){0,4}?(?:" + "|".join(map(re.escape, al)) + r")\b") for pid, al in aliases.items() if al}
    tenant = re.compile(r"\banother (?:tenant|resident)\b", re.I)
    victims = [m for m in principals if m.role == "victim"]
    perps = [m for m in principals if m.role == "perpetrator"]
    pair = {victims[0].person_id, perps[0].person_id} if victims and perps else set()

    def fill(pid: str, kind: str, sent) -> None:
        d = demo[pid]
        if d.living == "not_reported":
            d.living, d.living_evidence = kind, rd.evidence(sent)

    def specific(sent) -> str | None:
        hits = [h for h in _living_hits(rd, sent.start, sent.end)
                if h.key in _SHARED_KINDS and h.phrase.lower() not in generic and h.key != "family_home"
                and not rd.modifiers(sent, h.start, h.end) & {"negated", "hypothetical"}]
        return max(hits, key=lambda h: len(h.phrase)).key if hits else None

    for i, sent in enumerate(rd.sentences):
        if rd.section_kind(sent.start) in ("recommendations", "lessons", "terms_of_reference"):
            continue
        text = sent.text
        group, place = _GROUP_HOME.search(text), _SHARED_PLACE.search(text)
        withs = list(_WITH.finditer(text))
        # "Tom moved in with her", "Mr A moved into Ms B's bedsit": the one moved in with
        # shares the home too, and no longer lives alone.
        for mv in _MOVED_IN_WITH.finditer(text):
            clause = text[:mv.end()] + text[mv.end():].split(",")[0]
            if past.search(clause):
                continue
            doer = mf.experiencer(i, sent.start + mv.start(), sent.start + mv.start() + 5)
            host = next((m.person_id for m in mf.mentions(i) if sent.start + mv.start("obj") <= m.start < sent.start + mv.end()
                         and m.person_id != doer), None)
            if doer not in by_id or host not in by_id:
                continue
            fill(doer, "family_home", sent)
            if demo[host].living == "alone":
                demo[host].living = "not_reported"
            fill(host, "family_home", sent)
        if not (group or place or withs or tenant.search(text)) or past.search(text):
            continue
        ms = [m for m in mf.mentions(i) if m.person_id in by_id]
        if group:
            kind = specific(sent) or "family_home"
            for m in principals:
                fill(m.person_id, kind, sent)
            continue
        if place and not ms and pair and _THEY_OPEN.match(text):
            # "They had long lived together in their own cottage": a sentence about the two of them.
            for pid in pair:
                fill(pid, specific(sent) or "family_home", sent)
            continue
        if place and ms:
            kind = specific(sent) or "family_home"
            named = {m.person_id for m in ms}
            if pair and not re.search(r"\b(?:he|she) (?:had )?shared\b", place.group(0), re.I) and pair & named:
                named |= pair
            for pid in named:
                fill(pid, kind, sent)
            continue
        # One principal living with another who has an arrangement: the other shares it.
        for w in withs:
            doer = mf.experiencer(i, sent.start + w.start(), sent.start + w.end())
            rest = text[w.end():]
            for pid, rx in alias_re.items():
                if pid == doer or doer not in by_id:
                    continue
                near = next((m for m in ms if m.person_id == pid and 0 <= m.start - (sent.start + w.end()) < 40), None)
                if near is None and not rx.match(rest):
                    continue
                a, b = demo[doer], demo[pid]
                if a.living in _SHARED_KINDS and b.living == "not_reported":
                    fill(pid, a.living, sent)
                elif b.living in _SHARED_KINDS and a.living == "not_reported":
                    fill(doer, b.living, sent)
        if tenant.search(text):
            t = tenant.search(text)
            assert t is not None
            after = text[t.end():t.end() + 100]
            for pid in alias_re:
                if re.search(r"\b(?:" + "|".join(map(re.escape, aliases[pid])) + r")\b", after):
                    others = [d for q, d in demo.items() if q != pid and d.living in _SHARED_KINDS]
                    if others:
                        fill(pid, others[0].living, sent)


_CHILD_BANDS = {"under_1", "1_2", "3_5", "6_11", "12_13", "14_15", "16_17", "child_unknown"}


def shared_ethnicity(rd: ReviewDoc, mf: MentionFinder, demo: dict[str, Demographics]) -> None:
    """An ethnicity said of a group subject: "Both were of Welsh heritage" (the victim and the
    perpetrator), "The family is Roma" (a child victim), "Her family identify as
    ..." (the person the possessive names). Only an unknown ethnicity is
    filled, from the first such sentence."""
    lex = load_lexicon("people")
    groups: dict[str, list[str]] = lex.get("ethnicity_groups") or {}
    if not groups:
        return
    table: dict[str, str] = lex["ethnicity"]
    cue = re.compile(r"\b(?:" + "|".join(map(re.escape, lex["ethnicity_cues"])) + r")\b", re.I)
    phrase_re = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b", re.I)
    rules = {kind: re.compile("|".join(alts), re.I) for kind, alts in groups.items() if alts}
    principals = [m for m in mf.cast.principals if m.person_id in demo]
    victims = [m for m in principals if m.role == "victim"]
    perps = [m for m in principals if m.role == "perpetrator"]

    def child(m: CastMember) -> bool:
        d = demo[m.person_id]
        return (d.age is not None and d.age < 18) or d.age_band in _CHILD_BANDS or bool(_CHILD_NAME.match(m.name))

    for i, sent in enumerate(rd.sentences):
        if rd.section_kind(sent.start) in ("recommendations", "lessons", "terms_of_reference") or not cue.search(sent.text):
            continue
        for kind, rx in rules.items():
            said = rx.search(sent.text) if kind == "owner_family" else rx.match(sent.text)
            if said is None:
                continue
            found = [m for m in phrase_re.finditer(sent.text, said.end()) if m.start() - said.end() < 80]
            if not found:
                continue
            if kind == "pair":
                who = [victims[0].person_id, perps[0].person_id] if victims and perps else []
            elif kind == "family":
                who = [m.person_id for m in victims if child(m)]
            else:
                at = sent.start + said.start()
                owners = [m.person_id.split(":", 2)[2] for m in mf.mentions(i)
                          if m.person_id.startswith("kin:family:") and at <= m.start < sent.start + said.end()]
                who = [o for o in owners if o in demo][:1]
            specific = [m for m in found if table[m.group(1).lower()] not in _BROAD_GROUPS]
            best = (specific or found)[0]
            detail = _detail(sent.text, found[0].start(), best.end())
            for pid in who:
                d = demo[pid]
                if d.ethnicity == "not_reported":
                    d.ethnicity, d.ethnicity_evidence = table[best.group(1).lower()], rd.evidence(sent)
                    d.ethnicity_detail = detail[:1].upper() + detail[1:]
