"""Characteristics, services and risk/protective factors per person.

Candidates come from one Aho-Corasick pass per lexicon; each candidate is then read closely:
section (recommendations are not facts), ConText modifiers (negated, hypothetical,
uncertain, historical), and who experienced it (cast resolution).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from reviewsynth.codebook import load_codebook
from reviewsynth.coding.cast import Cast, Mention, MentionFinder
from reviewsynth.coding.lexicon import (
    Hit,
    PhraseMatcher,
    load_lexicon,
    longest_only,
    outermost,
    word_regex,
)
from reviewsynth.coding.reader import (
    ASPIRATION_SECTIONS,
    ReviewDoc,
    incident_date,
    parse_date,
    phase,
    row_of,
    row_starts,
)
from reviewsynth.schema import Evidence
from reviewsynth.text import Span

DISQUALIFYING = {"negated", "hypothetical", "uncertain"}


@dataclass
class Finding:
    """Mentions supporting one code for one person."""

    code: str
    evidence: list[Evidence] = field(default_factory=list)
    subtypes: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)
    detail: str | None = None  # what an `other` code stands for (the phrase that found it)

    @property
    def confidence(self) -> float:
        return round(min(0.95, 0.55 + 0.1 * (len(self.sentences) - 1)), 2)

    def add(self, rd: ReviewDoc, index: int, subtypes: set[str] | None = None) -> None:
        if index not in self.sentences:
            self.sentences.add(index)
            self.evidence.append(rd.evidence(rd.sentences[index]))
        self.subtypes |= subtypes or set()


PersonFindings = dict[str, dict[str, Finding]]  # person_id -> code -> Finding


def _forbidden(spec: dict) -> re.Pattern[str] | None:
    """The words and kinds of wording that keep a code from a sentence, as one expression."""
    alternatives = ([word_regex(spec["forbid_near"]).pattern] if spec.get("forbid_near") else []) + list(spec.get("forbid_patterns") or [])
    return re.compile("|".join(alternatives), re.I) if alternatives else None


class CharacteristicReader:
    """Person characteristics: lexicon candidates read for section, modifiers, time and person."""

    def __init__(self) -> None:
        data = load_lexicon("characteristics")
        lex = data["codes"]
        self.spec = lex
        self.matcher = PhraseMatcher({c: s.get("phrases", []) for c, s in lex.items()})
        # A class of wording too varied for a phrase list ("panic disorder", "a chronic
        # lung disease"): regular expressions, matched case-insensitively.
        self.patterns = {c: re.compile("|".join(s["patterns"]), re.I) for c, s in lex.items() if s.get("patterns")}
        self.detail_patterns = {c: {d: re.compile("|".join(ps), re.I) for d, ps in s["detail_patterns"].items()}
                                for c, s in lex.items() if s.get("detail_patterns")}
        self.near = {c: (word_regex(s["require_near"]) if s.get("require_near") else None, _forbidden(s)) for c, s in lex.items()}
        self.subtype_of = {c: {p.lower(): st for st, ps in (s.get("subtypes") or {}).items() for p in ps} for c, s in lex.items()}
        self.chronic = {c: word_regex(s["chronic"]) if s.get("chronic") else None for c, s in lex.items()}
        self.episode = {c: re.compile("|".join(s["episode_cues"]), re.I) if s.get("episode_cues") else None for c, s in lex.items()}
        self.aftermath_codes = set(data["aftermath"]["codes"])
        self.index_offence = re.compile("|".join(data["aftermath"]["index_offence"]), re.I)
        self.outcome_codes = set(data["aftermath"].get("outcome_codes") or [])
        self.outcome = re.compile("|".join(data["aftermath"].get("outcome_cues") or ["(?!)"]), re.I)
        self.prior_cue = re.compile("|".join(data["aftermath"]["prior_cues"]), re.I)
        self.passive = re.compile("|".join(data["object_reading"]["passive_before"]), re.I)
        self.third_party = word_regex(data["third_parties"])
        self.object_gap = re.compile(data["object_reading"]["object_gap"], re.I)
        self.asked_about = re.compile("|".join(data["asked_about"]), re.I) if data.get("asked_about") else None
        self.adult_unless = {c: word_regex(s["adult_unless"]) if s.get("adult_unless") else None for c, s in lex.items()}
        self.adult_phrases = {c: {p.lower() for p in s.get("adult_phrases") or []} for c, s in lex.items()}
        self.finding_heading = re.compile(data["finding_heading"], re.I) if data.get("finding_heading") else None
        self.kin_events = {k: (e, re.compile("|".join(e["patterns"]), re.I)) for k, e in (data.get("kin_events") or {}).items()}
        self.childhood = re.compile("|".join(data.get("childhood_cues") or [_CHILDHOOD]), re.I)
        self.household_kin = {w.lower() for w in data.get("household_kin") or []}
        services = load_lexicon("services")["codes"]
        # Agency names ("the Domestic Abuse Advocacy Service") are not characteristics.
        self.service_names = PhraseMatcher({"service": [p for s in services.values() for p in s.get("phrases", []) if " " in p]})

    def read(self, rd: ReviewDoc, cast: Cast, mf: MentionFinder, ages: dict[str, int | None],
             child_victim: bool = False) -> PersonFindings:
        out: PersonFindings = defaultdict(dict)
        names = sorted((x.start, x.end) for x in self.service_names.find(rd.text, normalised=rd.low))
        name_starts = [a for a, _ in names]
        found = self.matcher.find(rd.text, normalised=rd.low)
        found += [Hit(code, m.group(0).lower(), m.start(), m.end()) for code, pat in self.patterns.items() for m in pat.finditer(rd.text)]
        found += [Hit(code, m.group(0).lower(), m.start(), m.end()) for code, by in self.detail_patterns.items()
                  for pat in by.values() for m in pat.finditer(rd.text)]
        hits = longest_only(found)
        # The sentences whose doer the parse tells, parsed together (one batch, not one by one).
        rd.parsed(sorted({i for h in hits if self.spec[h.key].get("doer")
                          for i in [rd.sentence_index(h.start)] if _names_doer(mf, i, self.spec[h.key])}))
        for h in hits:
            if _inside_longer(names, name_starts, h):
                continue
            self._read_hit(rd, cast, mf, ages, h, out, child_victim)
        for event, rx in self.kin_events.values():
            for m in rx.finditer(rd.text):
                self._kin_event(rd, mf, event, m.start(), m.end(), out)
        return out

    def _readable(self, rd: ReviewDoc, idx: int, start: int, end: int) -> bool:
        """A finding the review states: not in recommendations, lessons or methodology, not a
        question, a finding's heading, negated, uncertain or hypothetical."""
        sent = rd.sentences[idx]
        if rd.section_kind(start) in ASPIRATION_SECTIONS | {"methodology"}:
            return False
        if sent.text.rstrip(" \"'’”)").endswith("?"):
            return False  # a question the review asks ("Did agencies recognise that he was exploited?")
        if self.finding_heading is not None and self.finding_heading.match(sent.text):
            return False  # "Finding 2: The risk of exploitation was not recognised": a theme
        return not rd.modifiers(sent, start, end) & DISQUALIFYING

    @staticmethod
    def _told_earlier(rd: ReviewDoc, idx: int, event: dict) -> bool:
        text = rd.sentences[idx].text
        return _years_before(rd, text) > 0 or any(re.search(p, text, re.I) for p in event.get("earlier_cues") or [])

    def _kin_event(self, rd: ReviewDoc, mf: MentionFinder, event: dict, start: int, end: int, out: PersonFindings) -> None:
        """A relative named in the match ("her father died when she was nine") whose owner is
        a principal: the owner's code. Never when the relative is a principal themselves (the
        victim's death) or the sentence tells the incident or its aftermath."""
        idx = rd.sentence_index(start)
        if not self._readable(rd, idx, start, end) or self._aftermath(rd, idx):
            return
        inside = [m for m in mf.mentions(idx) if m.start < end and m.end > start]
        if not inside:
            return
        who = inside[0].person_id
        if who == "x":
            owner = _unresolved_kin(rd, mf, idx, Hit(event["code"], "", inside[0].end, end))[0]  # "Her father died ..."
        elif who.startswith("kin:") or ((member := mf.cast.get(who)) is not None and member.role == "other"):
            owner = _kin_of(mf.cast, who)[1]
        else:
            return  # a principal's own death
        if owner and owner[:1] == "p" and not self._told_earlier(rd, idx, event):
            return  # perhaps the death of the one they killed, told from their side
        if owner and owner[:1] in "vp":
            finding = out[owner].setdefault(event["code"], Finding(event["code"]))
            finding.add(rd, idx)
            finding.detail = finding.detail or event["detail"]

    def _read_hit(self, rd: ReviewDoc, cast: Cast, mf: MentionFinder, ages: dict[str, int | None], h: Hit,
                  out: PersonFindings, child_victim: bool) -> None:
        spec = self.spec[h.key]
        idx = rd.sentence_index(h.start)
        sent = rd.sentences[idx]
        if not self._readable(rd, idx, h.start, h.end):
            return
        if _HEADING.match(sent.text) and not mf.mentions(idx):
            return  # a heading ("7.17 Economic abuse.") names a theme, not a person's trait
        need, forbid = self.near[h.key]
        if need and not need.search(sent.text):
            return
        if forbid and forbid.search(sent.text):
            return
        mods = rd.modifiers(sent, h.start, h.end)
        if self.asked_about and self.asked_about.search(rd.text, max(sent.start, h.start - 60), h.start):
            return  # the topic of a question ("asked the mother about domestic abuse")
        if h.key in self.aftermath_codes and self._aftermath(rd, idx):
            return  # the index offence, arrest, trial or sentence: not a characteristic before it
        if h.key in self.outcome_codes and (_dated_after(rd, idx) or (
                self.outcome.search(sent.text) and not self.prior_cue.search(sent.text))):
            return  # "has been charged with ...", "In November 2024 he admitted ...": the outcome
        who = self._experiencer(rd, mf, idx, h, spec)
        if who == "x" and (spec.get("parent_code") or spec.get("kin_owner")):
            owner, kin = _unresolved_kin(rd, mf, idx, h)
            if owner and spec.get("kin_owner"):  # "His parents separated ...": the owner's own code
                if self._household_code_fits(spec, kin, owner, ages, sent.text, child_victim):
                    out[owner].setdefault(h.key, Finding(h.key)).add(rd, idx)
            elif owner and kin in set(load_lexicon("people")["parent_words"]):
                out[owner].setdefault(spec["parent_code"], Finding(spec["parent_code"])).add(rd, idx)
            return
        code = h.key
        if who and (who.startswith("kin:") or ((who_member := cast.get(who)) and who_member.role == "other")):
            # About someone else: a parent's problem becomes the child's parental code; a
            # household code ("his parents separated") is the owner's own.
            kin, owner = _kin_of(cast, who)
            if spec.get("kin_owner") and owner and owner[:1] in "vp":
                if self._household_code_fits(spec, kin, owner, ages, sent.text, child_victim):
                    out[owner].setdefault(h.key, Finding(h.key)).add(rd, idx)
                return
            if kin in set(load_lexicon("people")["parent_words"]) and spec.get("parent_code") and owner:
                out[owner].setdefault(spec["parent_code"], Finding(spec["parent_code"])).add(rd, idx)
            return
        if who is None or not who.startswith(("v", "p")):
            return
        if spec.get("childhood_code") and self.childhood.search(sent.text):
            code = spec["childhood_code"]  # "he had grown up with domestic abuse": a child's exposure
            spec = self.spec[code]
        if not self._age_fits(spec, _age_then(rd, ages.get(who), sent.text), who, sent.text, child_victim):
            return
        if spec.get("roles") and (member := cast.get(who)) is not None and member.role not in spec["roles"]:
            return
        if spec.get("recent_years") and _years_before(rd, sent.text) >= spec["recent_years"]:
            return  # a state long before the incident ("made redundant in 1994")
        below = spec.get("parent_below_age")
        if below is not None and (age := ages.get(who)) is not None and age < below and spec.get("parent_code"):
            code = spec["parent_code"]  # a baby's "depression" or "drinking" is a parent's
        elif spec.get("historical_code") and self._is_past(rd, h, sent, mods):
            code = spec["historical_code"]
        unless = self.adult_unless[h.key]
        if h.phrase in self.adult_phrases[h.key] and _adult(ages.get(who), child_victim) and not (
                unless is not None and unless.search(sent.text)):
            code = spec["adult_code"]  # "he is autistic", said of a man of 40: `other`, not SEND
        subtype = self.subtype_of[h.key].get(h.phrase)
        finding = out[who].setdefault(code, Finding(code))
        finding.add(rd, idx, {subtype} if subtype else None)
        if code == "other" and finding.detail is None:
            told = next((d for d, rx in self.detail_patterns.get(h.key, {}).items() if rx.fullmatch(h.phrase)), None)
            finding.detail = told or h.phrase[:1].upper() + h.phrase[1:]

    def _household_code_fits(self, spec: dict, kin: str | None, owner: str, ages: dict[str, int | None],
                             sentence: str, child_victim: bool) -> bool:
        """A relative's household code is the owner's own when the relative is of the owner's
        household of origin (a parent or sibling, not a partner or a child) and the owner is
        of the code's age, or the sentence tells the owner's childhood."""
        if kin and self.household_kin and kin.lower() not in self.household_kin:
            return False  # "Mr W's former partner ... domestic abuse": not his childhood home
        return self._age_fits(spec, ages.get(owner), owner, sentence, child_victim)

    def _age_fits(self, spec: dict, age: int | None, who: str, sentence: str, child_victim: bool) -> bool:
        if spec.get("min_age") is not None and spec["min_age"] >= 16 and age is None and who.startswith("v") and child_victim:
            return False  # an adult's code for the child victim of a children's review
        if spec.get("max_age") is not None and (age is None or age > spec["max_age"]):
            if age is None and who.startswith("v") and child_victim:
                return True
            if not self.childhood.search(sentence):
                return False
        return not (spec.get("min_age") is not None and age is not None and age < spec["min_age"])

    def _aftermath(self, rd: ReviewDoc, idx: int) -> bool:
        """A sentence about the incident's aftermath: a chronology row after it, a sentence
        dated only after its year, or one telling the index offence with no earlier time."""
        text = rd.sentences[idx].text
        if phase(rd, idx) == "after" or _years_before(rd, text) < 0:
            return True
        told = bool(self.index_offence.search(text)) or idx in rd.index_harm_sentences
        return told and not self.prior_cue.search(text)

    def _is_past(self, rd: ReviewDoc, h: Hit, sent: Span, mods: set[str]) -> bool:
        """Past, not current: an episode the review tells as ended ("an episode of", "for
        several months", "after the birth of"), or a state dated years before the incident or
        told as history, unless it runs on to the incident ("treated since 2018", "a long
        history of recurrent depression"). A long-term illness is current whenever it began,
        and the past tense alone ("had seen his GP about low mood") says nothing of the end."""
        chronic = self.chronic[h.key]
        if chronic and chronic.search(sent.text):
            return False
        spec = self.spec[h.key]
        if any(re.search(p, sent.text, re.I) for p in spec.get("recurring_cues") or []):
            return False  # "in 2020 and again in 2022": it came back
        episode = self.episode[h.key]
        if episode is not None and episode.search(sent.text):
            return True
        if any(re.search(p, sent.text, re.I) for p in spec.get("continuing_cues") or []):
            return False
        if _years_before(rd, sent.text) >= spec.get("past_after_years", 3):
            return True
        told_before = rd.text[sent.start:h.start]  # "a history of ... low mood", not "low mood and a history of self-harm"
        return any(re.search(p, told_before, re.I) for p in spec.get("history_cues") or [])

    def _experiencer(self, rd: ReviewDoc, mf: MentionFinder, idx: int, h: Hit, spec: dict) -> str | None:
        if spec.get("subject"):
            return _subject_of(rd, mf, idx, h)
        if spec.get("doer"):
            doer = _doer(rd, mf, idx, h, spec)
            if doer is not None:
                return doer or None
        if not spec.get("object"):
            if spec.get("kin_owner"):  # "Child K's father was sent to prison": the relative who opens it
                inside = [m for m in mf.mentions(idx) if h.start <= m.start < m.end <= h.end]
                opening = [m for m in inside if not rd.text[h.start:m.start].strip()]
                kin = [m for m in inside if m.person_id.startswith("kin:")  # named by whose: "Daniel's father"
                       and re.search(r"\w['’]s\s", rd.text[m.start:m.end])]
                if opening or kin:  # "... separated from Daniel's father": the father named in it
                    return (opening or kin)[0].person_id
            if self._third_party_between(rd, mf, idx, h):
                return None
            # a condition told in plain words with no one named around it: the one named inside
            # ("the rooms of his flat were full of ...")
            named = [m.person_id for m in mf.mentions(idx) if h.start <= m.start < m.end <= h.end] \
                if h.key in self.detail_patterns else []
            return mf.experiencer(idx, h.start, h.end) or _pronoun_antecedent(rd, mf, idx) or (named[0] if named else None)
        return self._object_of(rd, mf, idx, h)

    def _third_party_between(self, rd: ReviewDoc, mf: MentionFinder, idx: int, h: Hit) -> bool:
        """Someone outside the cast is the nearer subject ("Neighbours complained of ... drug
        use"; "two men who had been using it to sell drugs"): the code is not a principal's."""
        sent = rd.sentences[idx]
        before = [m for m in mf.mentions(idx) if m.end <= h.start]
        start = before[-1].end if before else sent.start
        return bool(self.third_party.search(rd.text, start, h.start))

    def _object_of(self, rd: ReviewDoc, mf: MentionFinder, idx: int, h: Hit) -> str | None:
        """Who undergoes an act: a person named inside the phrase ("pushed her") or right
        after it ("abuse towards Leah"); for a verb with no object, the subject of a passive
        ("was bullied"); for a noun, its subject unless that subject owns the act ("Mr D's
        history of domestic abuse") or the object is someone outside the cast ("punched a nurse")."""
        sent = rd.sentences[idx]
        ms = mf.mentions(idx)
        before = [m for m in ms if m.end <= h.start]
        owners = [m for m in before if not re.match(r"['’]s\b", rd.text[m.end:m.end + 3])]
        subject = owners[-1].person_id if owners else None  # "Child T's forehead": no subject
        across = [m for m in ms if h.start < m.start < h.end < m.end]
        if across:
            return across[-1].person_id  # "hit her mother": the act fell on the mother, not on "her"
        inside = [m for m in ms if h.start <= m.start and m.end <= h.end]
        if inside:
            return _not_the_subject(rd, mf, inside[-1], subject)
        after = [m for m in ms if m.start >= h.end]
        if after and self.object_gap.fullmatch(rd.text[h.end:after[0].start]):
            return _not_the_subject(rd, mf, after[0], subject)
        head = rd.text[sent.start:h.start]
        if re.search(r"\b(?:a|an|another|other|two|three|several)\s+\w+", rd.text[h.end:min(sent.end, h.end + 14)]) and re.match(r"\s+(?:a|an|another|other|two|three|several)\b", rd.text[h.end:]):
            return None  # "punched a nurse": the act fell on someone outside the cast
        verb = h.phrase.split()[-1].endswith("ed") and not h.phrase.startswith(("was ", "were ", "been "))
        if verb and not self.passive.search(head[-80:]):
            return None
        before = [m for m in ms if m.end <= h.start]
        if before and re.fullmatch(r"['’]s\s+(?:\w+\s+){0,2}", rd.text[before[-1].end:h.start]) and not verb:
            return None  # "Mr D's history of domestic abuse": his own acts
        if before:
            # "what Ann experienced from Ed was domestic abuse", "she was hurt by her husband
            # and afraid of him ... this was domestic abuse": the one it came from is its doer;
            # the one who underwent it is named before them
            undergoer = [m for m in before if not _AGENT_BEFORE.search(rd.text, max(sent.start, m.start - 24), m.start)]
            if undergoer and undergoer[-1] is not before[-1] and undergoer[-1].person_id[:1] in "vp" \
                    and undergoer[-1].person_id != before[-1].person_id:
                return undergoer[-1].person_id
            return before[-1].person_id
        # No subject: a sentence naming nobody continues the one before; a name after the
        # phrase that is not its object ("the bullying ... Pupil A") is not who underwent it.
        return None if after else mf.experiencer(idx, h.start, h.end)


# words right before a mention that make it the source of an act, not the one who underwent it
_AGENT_BEFORE = re.compile(r"\b(?:by|from|(?:frightened|afraid|scared|fearful|terrified) of)\s+$", re.I)


def _names_doer(mf: MentionFinder, idx: int, spec: dict) -> bool:
    """Whether the sentence names a principal of a role the code is read for (the parse can
    then tell whether they did the act)."""
    initials = "".join(r[0] for r in spec.get("roles") or ("victim", "perpetrator"))
    return any(m.person_id[:1] in initials for m in mf.mentions(idx))


def _doer(rd: ReviewDoc, mf: MentionFinder, idx: int, h: Hit, spec: dict) -> str | None:
    """Who did an act, from the parse: the person named in the subject of the verb the phrase
    hangs on ("Mr G had pushed her": Mr G), "" when that subject names no principal ("They
    kicked him", of a group outside the cast), None with no subject in the parse."""
    sent = rd.sentences[idx]
    if not _names_doer(mf, idx, spec):
        return None  # no principal who could be the doer named here: no parse needed
    span = _subject_span(rd.parsed([idx])[idx], h.start - sent.start, passive_agent=False)
    if span is None:
        return None
    a, b = sent.start + span[0], sent.start + span[1]
    if a <= h.start < b:
        return None  # the phrase is the subject itself ("An assault on a neighbour led to ...")
    named = [m.person_id for m in mf.mentions(idx) if a <= m.start and m.end <= b]
    principals = [pid for pid in named if pid[:1] in "vp"]
    return principals[-1] if principals else ""


def _adult(age: int | None, child_victim: bool) -> bool:
    """Of age, or of unknown age outside a children's review."""
    return age >= 18 if age is not None else not child_victim


_CHILDHOOD = r"\b(?:as a child|in childhood|as a teenager|when (?:he|she) was (?:a child|young|\d))"

_LEADING_PRONOUN = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(He|His)|(She|Her))\b")


def _pronoun_antecedent(rd: ReviewDoc, mf: MentionFinder, idx: int) -> str | None:
    """A sentence opening with a pronoun that the mention finder left unresolved, after
    sentences naming nobody ("Adult K ... In 2019 a psychiatrist in prison diagnosed a
    personality disorder. He had a history of self-harm."): the principal of that gender last
    named within three sentences of the same section."""
    m = _LEADING_PRONOUN.match(rd.sentences[idx].text)
    if not m:
        return None
    gender = "male" if m.group(1) else "female"
    kind = rd.section_kind(rd.sentences[idx].start)
    for i in range(idx - 1, max(-1, idx - 4), -1):
        if rd.section_kind(rd.sentences[i].start) != kind:
            return None
        named = [x.person_id for x in mf.mentions(i) if x.person_id[:1] in "vp"]
        fits = [pid for pid in named
                if (named_member.gender if (named_member := mf.cast.get(pid)) else None) in (gender, "not_reported")]
        if named:
            return fits[-1] if fits and len(set(named)) == 1 else None
    return None


def _unresolved_kin(rd: ReviewDoc, mf: MentionFinder, idx: int, h: Hit) -> tuple[str | None, str | None]:
    """An opening "His father ..." whose owner the mention finder left unresolved: the owner
    from the sentences before (see `_pronoun_antecedent`) and the kin word."""
    before = [m for m in mf.mentions(idx) if m.end <= h.start and m.person_id == "x"]
    if not before:
        return None, None
    km = re.match(r"(?i)(?:his|her)\s+(?:\w+\s+)?(\w+)$", rd.text[before[-1].start:before[-1].end])
    if not km:
        return None, None
    return _pronoun_antecedent(rd, mf, idx), km.group(1).lower()


def _inside_longer(spans: list[tuple[int, int]], starts: list[int], h: Hit) -> bool:
    """h lies inside a longer span (spans sorted by start; names are short, so look back a few)."""
    k = bisect.bisect_right(starts, h.start)
    for a, b in spans[max(0, k - 8):k]:
        if a <= h.start and h.end <= b and (b - a) > (h.end - h.start):
            return True
    return False


def _not_the_subject(rd: ReviewDoc, mf: MentionFinder, obj: Mention, subject: str | None) -> str:
    """An object pronoun is never its own clause's subject ("Mr K bought him presents": him
    is not Mr K; that would be 'himself'): take the one other principal it can be."""
    word = rd.text[obj.start:obj.end].lower()
    after = rd.text[obj.end:obj.end + 12]
    # A possessive right after the act's verb ("took his bank card") is the one it was done
    # to as well: taking one's own card is no abuse ("bruising to his ribs" is not an act).
    taken = word == "his" and re.search(r"\b(?:\w+ed|took|stole|kept)\s+$", rd.text[max(0, obj.start - 20):obj.start], re.I)
    object_form = word == "him" or bool(taken) or (word == "her" and re.match(r"\s*(?:[.,;:]|$|(?:to|into|against|at|in|on|from|with|and|by|out|up|down|over|when|if|that|because)\b)", after))
    if obj.person_id != subject or not object_form:
        return obj.person_id
    gender = "male" if word in ("he", "him", "his") else "female" if word in ("she", "her", "hers") else None
    others = [m.person_id for m in mf.cast.principals if m.person_id != subject and (gender is None or m.gender in (gender, "not_reported"))]
    return others[0] if len(others) == 1 else obj.person_id


def _subject_of(rd: ReviewDoc, mf: MentionFinder, idx: int, h: Hit) -> str | None:
    """The person a role noun describes is the subject, not a possessor beside the noun
    ("Grace was Marcus's main carer": Grace)."""
    before = [m for m in mf.mentions(idx) if m.end <= h.start]
    while before and (re.fullmatch(r"['’]s\s+(?:\w+\s+)?", rd.text[before[-1].end:h.start]) or (
            re.fullmatch(r"(?i)his|her|their", rd.text[before[-1].start:before[-1].end])
            and re.fullmatch(r"\s+(?:[\w-]+\s+)?", rd.text[before[-1].end:h.start]))):
        before = before[:-1]  # "Marcus's main carer", "her main carer": the one cared for
    if before:
        return before[-1].person_id  # the nearest ("Karen as his carer"), not the first named
    return mf.experiencer(idx, h.start, h.end)


def _years_before(rd: ReviewDoc, text: str) -> int:
    """How many years before the incident the latest year in text is (0 when undated or
    unknown; negative when after the incident)."""
    inc = incident_date(rd)
    # "since 2015" runs up to the incident; "the Mental Health Act 1983" is a name, not a date
    years = [int(y) for y in re.findall(r"(?<!since )(?<!Act )(?<!Act, )\b((?:19|20)\d\d)\b", text)]
    if not inc or not years:
        return 0
    return inc[0] - max(years)


def _dated_before(rd: ReviewDoc, idx: int) -> bool:
    """The sentence gives a date in a month before the incident's ("In May 2021 ...")."""
    inc = incident_date(rd)
    when = parse_date(rd.sentences[idx].text)
    return bool(inc and when and when[:2] < inc[:2])


def _age_then(rd: ReviewDoc, age: int | None, text: str) -> int | None:
    """The person's age in the year the sentence is dated ("made the subject of a child
    protection plan in 2006", said of a man of 30 in 2023: 13), else their age."""
    years = _years_before(rd, text)
    return age - years if age is not None and 0 < years <= age else age


def _dated_after(rd: ReviewDoc, idx: int) -> bool:
    """The sentence's first date is in a month after the incident's."""
    inc = incident_date(rd)
    when = parse_date(rd.sentences[idx].text)
    return bool(inc and when and inc[1] and when[1] and when[:2] > inc[:2])


def _kin_of(cast: Cast, who: str) -> tuple[str | None, str | None]:
    if who.startswith("kin:"):
        _, kin, owner = who.split(":", 2)
        return kin, owner
    m = cast.get(who)
    return (m.kin, m.kin_of) if m else (None, None)


class ServiceReader:
    """Services involved with each person before the incident, and emergency/justice after.

    Before: an agency named with a principal in the methodology, background, chronology or
    analysis, not negated, hypothetical or in a "had no record of contact" list. After: the
    chronology rows dated on or after the incident, and the data's `after` patterns in
    sentences that tell the incident and its aftermath.
    """

    def __init__(self) -> None:
        lex = load_lexicon("services")
        self.spec = lex["codes"]
        self.matcher = PhraseMatcher({c: s.get("phrases", []) + s.get("bare_heads", []) for c, s in self.spec.items()})
        self.bare = {c: {w.lower() for w in s.get("bare_heads") or []} for c, s in self.spec.items()}
        self.patterns = {c: re.compile("|".join(s["patterns"]), re.I) for c, s in self.spec.items() if s.get("patterns")}
        self.near = {c: (word_regex(s["require_near"]) if s.get("require_near") else None, _forbidden(s)) for c, s in self.spec.items()}
        self.after = {role: {svc: [re.compile(p, re.I) for p in pats] for svc, pats in by.items()}
                      for role, by in lex["after"].items()}
        self.after_ok = {k: set(v) for k, v in lex["after_in_chronology"].items()}
        self.outcomes = {svc: [re.compile(p, re.I) for p in pats] for svc, pats in (lex.get("outcomes") or {}).items()}
        self.victim_outcomes = {svc: [re.compile(p, re.I) for p in pats] for svc, pats in (lex.get("victim_outcomes") or {}).items()}
        self._fatal = False
        self.no_contact = re.compile("|".join(lex["no_contact"]), re.I)
        self.childhood = re.compile("|".join(lex["childhood"]), re.I)
        self.incident_talk = re.compile("|".join(lex["incident_talk"]), re.I)
        self.aftermath = re.compile("|".join(lex["aftermath"]), re.I)
        self.declined = re.compile("|".join(lex["declined"]), re.I)
        self.review_process = re.compile("|".join(lex["review_process"]), re.I)
        self.named_only = re.compile("|".join(lex.get("named_only") or ["(?!)"]), re.I)
        self.adult_phrases = {c: {p.lower() for p in s.get("adult_phrases") or []} for c, s in self.spec.items()}
        self._children_service: set[str] = set()
        self.adult_forbid = {c: word_regex(s["adult_forbid_near"]) for c, s in self.spec.items() if s.get("adult_forbid_near")}
        self.not_before = {c: word_regex(s["not_before"]) for c, s in self.spec.items() if s.get("not_before")}
        self.yields = {c: set(s.get("yields_to") or []) for c, s in self.spec.items()}
        self.need_context = {c: {w.lower() for w in s.get("need_context") or []} for c, s in self.spec.items()}
        self.not_agencies = PhraseMatcher({"name": lex.get("not_agencies") or []})
        self.emergency = set(lex.get("emergency_response") or [])
        self.not_contacted = {w.lower() for w in lex.get("not_contacted") or []}
        self.group_words = {w.lower() for w in lex.get("child_group_words") or []}
        self.failed = {w.lower() for w in lex.get("not_known") or []}
        self.living_after = re.compile("|".join(lex["recovery"]), re.I) if lex.get("recovery") else None

    def _yields(self, rd: ReviewDoc, sent: Span, h: Hit) -> bool:
        """A generic service ("psychiatrist") gives way to a specific one named in the same
        sentence ("the CMHT's consultant psychiatrist")."""
        if not self.yields[h.key]:
            return False
        keys = {x.key for x in self._find(rd, sent.start, sent.end)}
        return bool(keys & self.yields[h.key])

    def _find(self, rd: ReviewDoc, start: int, end: int) -> list[Hit]:
        """Agency names in text[start:end]: the phrases, and the patterns for kinds of name."""
        found = self.matcher.find(rd.text, start, end, rd.low)
        return found + [Hit(c, m.group(0).lower(), m.start(), m.end()) for c, rx in self.patterns.items()
                        for m in rx.finditer(rd.text, start, end)]

    def read(self, rd: ReviewDoc, cast: Cast, mf: MentionFinder, ages: dict[str, int | None],
             child_victim: bool = False) -> dict[tuple[str, str, str], Finding]:
        """(person_id, service, timing) -> Finding; `ages` are the principals' ages as the
        case's demographics read them."""
        out: dict[tuple[str, str, str], Finding] = {}
        fatal = _is_fatal(rd)
        self._fatal = fatal
        self._after(rd, cast, mf, out, fatal)
        names = sorted((x.start, x.end) for x in self.not_agencies.find(rd.text, normalised=rd.low))
        name_starts = [a for a, _ in names]
        hits = outermost(self._find(rd, 0, len(rd.text)))
        # a children's service named by its own name somewhere: its generic staff are its own
        # ("children's social care", "a child protection plan"; not a strategy meeting, which
        # adults' safeguarding holds too)
        self._children_service = {h.key for h in hits if h.key in self.adult_forbid
                                  and re.search(r"\bchild", h.phrase)}
        for h in hits:
            if not _inside_longer(names, name_starts, h):  # "the Safeguarding Adults Review"
                self._hit(rd, cast, mf, ages, fatal, h, out, child_victim)
        return out

    def _named_only(self, sent: Span, h: Hit) -> bool:
        """The service is named as something handed over or turned down, not met ("gave him
        a leaflet for the recovery service"), or its name describes another thing ("her
        housing association flat")."""
        a, b = h.start - sent.start, h.end - sent.start
        rx = self.not_before.get(h.key)
        if rx is not None and rx.match(sent.text[b:].lstrip()) and re.match(r"\s", sent.text[b:b + 1]):
            return True
        return self.named_only.search(sent.text[:a] + "<service>" + sent.text[b:]) is not None

    def _near_fits(self, sent: Span, h: Hit) -> bool:
        """The sentence has the service's required words and none of its forbidden ones; a
        phrase of `need_context` finds them only outside itself."""
        need, forbid = self.near[h.key]
        if forbid and forbid.search(sent.text):
            return False
        if need is None:
            return True
        text = sent.text
        if h.phrase in self.need_context[h.key]:
            a, b = h.start - sent.start, h.end - sent.start
            text = text[:a] + " " * (b - a) + text[b:]
        return need.search(text) is not None

    def _after(self, rd: ReviewDoc, cast: Cast, mf: MentionFinder, out: dict[tuple[str, str, str], Finding],
               fatal: bool = False) -> None:
        # The first sentence telling the incident or its aftermath that shows the service
        # acting for this person: the emergency response for a victim, arrest, custody or
        # a hospital order for a perpetrator.
        for role, by in self.after.items():
            members = cast.victims if role == "victim" else cast.perpetrators
            if not members:
                continue
            ids = {m.person_id for m in members}
            others = {m.person_id for m in cast.principals} - ids
            dead = {m.person_id for m in cast.victims} if role == "perpetrator" and fatal else set()
            extra: dict[str, list[re.Pattern[str]]] = {} if role == "perpetrator" or fatal else {svc: [] for svc in self.victim_outcomes if svc not in by}
            for svc, pats in {**by, **extra}.items():
                outcomes = self.outcomes.get(svc, []) if role == "perpetrator" else self.victim_outcomes.get(svc, []) if not fatal else []
                for i, sent in enumerate(rd.sentences):
                    if not any(p.search(sent.text) for p in pats) or not self._near_incident(rd, i):
                        if not (any(p.search(sent.text) for p in outcomes) and self._not_earlier(rd, i)):
                            continue
                    if rd.rules.categories(sent.text, 0, 0) & {"hypothetical"} and re.search(r"\bif\b", sent.text, re.I):
                        continue
                    if self.review_process.search(sent.text):
                        continue  # "we spoke with a paramedic": a party to the review, not the response
                    # "convicted of his murder": the one killed is named, not the one sentenced;
                    # a pronoun is not the dead victim ("He was sentenced to life imprisonment")
                    named = {m.person_id for m in mf.mentions(i) if not _OWNS_THE_DEATH.match(rd.text, m.end)
                             and not (m.person_id in dead and _PRONOUN.fullmatch(rd.text[m.start:m.end]))}
                    if named & others and not named & ids:
                        continue  # about the other party ("he was transferred to a secure hospital")
                    who = sorted(named & ids) or [members[0].person_id]
                    for pid in who:
                        out.setdefault((pid, svc, "after"), Finding(svc)).add(rd, i)
                    break

    def _not_earlier(self, rd: ReviewDoc, idx: int) -> bool:
        """The sentence is not about a time before the incident: not in an aspiration section
        or a row dated before it, not dated to an earlier year, no "previously" or "had been"."""
        text = rd.sentences[idx].text
        if rd.section_kind(rd.sentences[idx].start) in ASPIRATION_SECTIONS or phase(rd, idx) == "before":
            return False
        if re.search(r"\b(?:before|previous|previously|earlier|prior|released|already|had been|history)\b", text, re.I):
            return False
        # the verdict for the index offence comes after it, whatever year the review dates it to
        return _years_before(rd, text) <= 0 or _INDEX_VERDICT.search(text) is not None

    def _undated_response(self, rd: ReviewDoc, idx: int) -> bool:
        """An emergency service told with no time before the incident: it came to the
        incident. Where the incident's date is unknown, only a sentence with no date at all."""
        known = incident_date(rd) is not None or parse_date(rd.sentences[idx].text) is None
        return known and self._not_earlier(rd, idx) and not _dated_before(rd, idx)

    def _aftermath_sentence(self, text: str, service: str) -> bool:
        """Police work after the incident shows anywhere in the sentence ("the police
        investigation after his death"); another service only when the sentence opens with
        it ("After the incident the family were moved ...", not "... until after his death")."""
        m = self.aftermath.search(text)
        lead = re.match(r"\s*[\d.]*\s*", text)
        assert lead is not None  # every part is optional: it matches any text
        return m is not None and (service == "police" or m.start() <= len(lead.group()) + 2)

    def _acting_after(self, rd: ReviewDoc, idx: int, service: str) -> bool:
        """The sentence shows the service responding to the incident (an `after` pattern in
        a sentence near the incident's telling)."""
        text = rd.sentences[idx].text
        outcomes = self.outcomes.get(service, []) + (self.victim_outcomes.get(service, []) if not self._fatal else [])
        if any(p.search(text) for p in outcomes) and self._not_earlier(rd, idx):
            return True  # "Police arrested Mr K within 24 hours", a living victim "now lives with foster carers"
        if not any(p.search(text) for by in self.after.values() for p in by.get(service, [])):
            return False
        return self._near_incident(rd, idx)

    def _near_incident(self, rd: ReviewDoc, idx: int) -> bool:
        """The sentence tells the incident, or follows one of the four before it in its section
        that does ("He was stabbed in the thigh. A passer-by called 999. He was taken by
        ambulance to the major trauma centre."), and is not about an earlier time."""
        if self._tells_incident(rd, idx):
            return True
        text = rd.sentences[idx].text
        if re.search(r"\b(?:before|previously|earlier|released)\b", text, re.I) or _years_before(rd, text) > 0:
            return False  # "released from HMP ... six weeks before her death": before it
        kind = rd.section_kind(rd.sentences[idx].start)
        if kind in ASPIRATION_SECTIONS or (kind == "chronology" and row_of(rd, idx) is not None):
            return False  # a chronology's rows are dated by their phase; its prose ("What happened") is told in order
        return any(i >= 0 and rd.section_kind(rd.sentences[i].start) == kind and self._tells_incident(rd, i)
                   for i in range(idx - 1, idx - 5, -1))

    def _tells_incident(self, rd: ReviewDoc, index: int) -> bool:
        sent = rd.sentences[index]
        kind = rd.section_kind(sent.start)
        if kind in ASPIRATION_SECTIONS:
            return False
        if phase(rd, index) == "after":
            return True
        if kind in ("cover", "introduction"):  # unless dated to an earlier year ("in prison in 2014") with no incident word
            return bool(self.incident_talk.search(sent.text)) or _years_before(rd, sent.text) <= 0
        # elsewhere: incident words, and not dated to an earlier year ("his mother died in 2015")
        # a chronology's own rows are dated by their phase; its prose ("What happened") tells
        # the incident and its aftermath like any other section
        told = kind != "chronology" or row_of(rd, index) is None
        return told and bool(self.incident_talk.search(sent.text)) and _years_before(rd, sent.text) <= 0

    def _hit(self, rd: ReviewDoc, cast: Cast, mf: MentionFinder, ages: dict[str, int | None], fatal: bool,
             h: Hit, out: dict[tuple[str, str, str], Finding], child_victim: bool) -> None:
        kind = rd.section_kind(h.start)
        if kind in ASPIRATION_SECTIONS or kind in ("conclusions",):
            return
        idx = rd.sentence_index(h.start)
        sent = rd.sentences[idx]
        if not self._near_fits(sent, h):
            return
        if h.phrase in self.bare[h.key] and _qualified(rd, idx, h):
            return  # "the liaison officer", "the council's officers": another agency's staff
        if self.no_contact.search(sent.text) or rd.modifiers(sent, h.start, h.end) & DISQUALIFYING:
            return
        if self.not_contacted and _negated_contact(rd, idx, h, self.not_contacted):
            return  # "children's services were not contacted", "nobody told the GP"
        if self.failed and _failed_subject(rd, idx, h, self.failed):
            return  # "the IDVA did not know whether he was there": what it missed, no contact told
        if self.review_process.search(sent.text):
            return  # "NHS England commissioned this investigation": a party to the review
        if self.declined.search(sent.text[h.end - sent.start:]) or self._yields(rd, sent, h):
            return
        if self._named_only(sent, h) or sent.text.rstrip(" |").endswith("?"):
            return  # "a leaflet for the drug service", "Was she referred to MARAC?": no contact
        timing = "after" if phase(rd, idx) == "after" or self._aftermath_sentence(sent.text, h.key) else "prior"
        if timing == "prior" and h.key in self.emergency and self._undated_response(rd, idx):
            timing = "after"  # "stayed with her until the ambulance arrived": the incident's response
        if timing == "prior" and self._acting_after(rd, idx, h.key):
            return  # the emergency response to the incident ("taken by ambulance to"), found by _after
        dated_earlier = _years_before(rd, sent.text) > 0 and not any(p.search(sent.text) for p in self.outcomes.get("prison", []))
        if h.key == "prison" and timing == "prior" and not dated_earlier and not re.search(
                r"\b(?:previous|previously|released|served|had been in|earlier|prior|left|out of|on licence|on license|licence conditions|had finished|had completed)\b", sent.text, re.I):
            return  # a sentence passed for the homicide is custody after, not before (unless dated earlier)
        users = self._users(rd, mf, idx, h)
        if not users and child_victim and self.group_words:
            users = _group_users(rd, cast, mf, idx, h, ages, self.group_words)
        # a living victim's care once out of hospital ("helped her after she left hospital")
        recovering = not fatal and self.living_after is not None and self.living_after.search(sent.text) is not None
        for pid in users:
            member = cast.get(pid)
            if member is None:
                continue
            when = "after" if recovering and member.role == "victim" else timing
            service = self._service_for(h, pid, ages, sent.text, child_victim)
            if not self._fits(pid, member.role, service, when, ages, fatal, sent.text,
                              child_victim, _years_before(rd, sent.text)):
                continue
            out.setdefault((pid, service, when), Finding(service)).add(rd, idx)

    def _service_for(self, h: Hit, pid: str, ages: dict[str, int | None], sentence: str, child_victim: bool) -> str:
        """The service a name stands for with this person: a children's service's generic
        staff ("a social worker") met by an adult outside a children's review, where the
        children's service is never named as such, are the adults' counterpart, unless the
        sentence tells of children or the adult's own childhood."""
        spec = self.spec[h.key]
        age = ages.get(pid)
        if (spec.get("adult_service") and h.phrase in self.adult_phrases[h.key]
                and h.key not in self._children_service and not child_victim and (age is None or age > (spec.get("max_age") or 17))
                and not self.childhood.search(sentence)
                and not (h.key in self.adult_forbid and self.adult_forbid[h.key].search(sentence))):
            return str(spec["adult_service"])
        return h.key

    def _users(self, rd: ReviewDoc, mf: MentionFinder, idx: int, h: Hit) -> set[str]:
        people = _service_users(rd, mf, idx, h)
        if people:
            return people
        on_behalf = _relative_on_behalf(rd, mf, idx, h)
        if on_behalf is not None:
            return on_behalf
        row = row_of(rd, idx) if rd.section_kind(h.start) == "chronology" else None
        if row is None:
            # A sentence naming nobody continues the one before ("Police attended twice."),
            # in a chronology's prose as anywhere else.
            if idx > 0 and rd.section_kind(h.start) != "methodology" and not _same_clause_blocked(rd, idx):
                prev = [m.person_id for m in mf.mentions(idx - 1) if m.person_id[:1] in "vp"]
                return {prev[0]} if prev and len(set(prev)) == 1 else set()
            return set()
        # A chronology row's agency column names nobody: the row's person is in its text,
        # which may follow (a header line) or precede (a continuation line).
        for i in range(row, min(len(rd.sentences), row + 8)):
            if i > row and i in row_starts(rd):
                break
            named = [m.person_id for m in mf.mentions(i) if not _PRONOUN.fullmatch(rd.text[m.start:m.end])]
            principals = [pid for pid in named if pid[:1] in "vp"]
            if principals:
                return {principals[0]}
            if named:
                return set()  # the row is about someone else ("M rang the IDVA")
        return set()

    def _fits(self, pid: str, role: str, service: str, timing: str, ages: dict[str, int | None], fatal: bool,
              sentence: str, child_victim: bool | None = None, years_before: int = 0) -> bool:
        if role not in ("victim", "perpetrator"):
            return False
        if timing == "after":
            key = "perpetrator" if role == "perpetrator" else "victim_fatal" if fatal else "victim"
            return service in self.after_ok[key]
        max_age = self.spec[service].get("max_age")
        age = ages.get(pid)
        if max_age is None or (self.spec[service].get("childhood_ok") and self.childhood.search(sentence)):
            return True
        if age is None:  # unknown age: a children's service fits only the child of a children's review
            return role == "victim" and bool(child_victim)
        # for an adult it is about their children, or never, unless dated to their own
        # childhood ("a child protection plan in 2006" for a man of 30 in 2022)
        return age <= max_age or (years_before > 0 and age - years_before < max_age)


# A numbered heading line: a paragraph number and a few words, no sentence.
_HEADING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+(?!(?:He|She|They|It|We|I|His|Her|Their)\b)"
                      r"(?![^.]*\b(?:was|were|is|are|had|has|did|became)\b)[A-Z][\w'’-]*(?:\s+(?![\w'’-]+ed\b)[\w'’-]+){0,3}\.?\s*$")
_PRONOUN = re.compile(r"(?i)he|him|his|himself|she|her|hers|herself|they|them|their")


# A numbered paragraph, a list item, a heading, or a labelled finding or lesson ("Finding 4:").
_FRESH_START = re.compile(r"\s*(?:\d+\.\d+|[•\-–*]|[eo]\s|[A-Z][A-Za-z ]{0,40}$"
                          r"|(?i:(?:key )?(?:finding|learning|lesson|theme|recommendation|learning point)s?\s*\d+\s*[:.–-]))")


def _same_clause_blocked(rd: ReviewDoc, idx: int) -> bool:
    """A numbered paragraph, a heading or a labelled finding starts afresh: no carrying a person over it."""
    return _FRESH_START.match(rd.sentences[idx].text) is not None


def _qualified(rd: ReviewDoc, idx: int, h: Hit) -> bool:
    """A head noun qualified by a noun or a possessor in the parse ("the liaison officer",
    "the council's officers", "an officer of the housing team"); with no parse, qualified."""
    sent = rd.sentences[idx]
    doc = rd.parsed([idx])[idx]
    token = next((t for t in doc if t.idx == h.start - sent.start), None)
    if token is None:
        return True
    for child in token.children:
        if child.dep_ in ("compound", "poss", "nmod") and child.pos_ in ("NOUN", "PROPN"):
            return True
        if child.dep_ == "prep" and child.text.lower() == "of" and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.text.lower() not in ("police",)
                for g in child.children):
            return True
    return False


def _failed_subject(rd: ReviewDoc, idx: int, h: Hit, verbs: set[str]) -> bool:
    """The service (or its assessment, its record) is the subject of a negated verb of knowing
    or passing on ("the IDVA did not know whether he was there", "the team's assessment did
    not consider the risk to her"): the sentence tells what it missed, not whom it met."""
    sent = rd.sentences[idx]
    if not _NEGATION.search(sent.text):
        return False
    doc = rd.parsed([idx])[idx]
    offset = h.end - 1 - sent.start
    token = next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)
    if token is None:
        return False
    while token.dep_ in ("conj", "compound", "poss") and token.head != token:
        token = token.head  # "the police and the GP", "the service's assessment"
    verb = token.head
    return token.dep_ == "nsubj" and verb.lemma_.lower() in verbs and any(c.dep_ == "neg" for c in verb.children)


def _group_users(rd: ReviewDoc, cast: Cast, mf: MentionFinder, idx: int, h: Hit, ages: dict[str, int | None],
                 words: set[str]) -> set[str]:
    """In a children's review, a sentence naming no principal whose subject, object or
    possessor is the children as a group ("the family received early help", "the schools
    the children attended"): the child victims."""
    if any(m.person_id[:1] in "vp" for m in mf.mentions(idx)):
        return set()
    sent = rd.sentences[idx]
    doc = rd.parsed([idx])[idx]
    offset = h.end - 1 - sent.start
    svc = next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)
    if svc is None:
        return set()
    while svc.dep_ in ("compound", "amod", "nmod", "conj") and svc.head != svc:
        svc = svc.head  # "early help involvement", "the police and early help"
    verb = svc.head.head if svc.dep_ == "pobj" else svc.head
    for t in doc:
        if t.lower_ not in words or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        # the group and the service hang on one verb ("the family received early help"), the
        # group is the service's possessor, or its relative clause's subject ("the schools the
        # children attended")
        head = t.head.head if t.dep_ == "pobj" else t.head
        if (t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and head == verb) or (t.dep_ == "poss" and t.head == svc) \
                or (t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "relcl" and t.head.head == svc):
            return {m.person_id for m in cast.victims if (ages.get(m.person_id) or 0) <= 17}
    return set()


# A negation word the parse's "neg" or a "no"/"nobody" subject would show: a cheap test first.
_NEGATION = re.compile(r"\b(?:not|never|no|nobody|none|nor|neither|cannot)\b|n['’]t\b", re.I)


def _negated_contact(rd: ReviewDoc, idx: int, h: Hit, verbs: set[str]) -> bool:
    """The service is the passive subject or the object of a verb of contact negated in the parse
    ("the probation service was not asked", "did not inform the GP", "nobody told the
    police"): the sentence tells a contact that did not happen."""
    sent = rd.sentences[idx]
    if not _NEGATION.search(sent.text):
        return False  # every reading below needs a negation: most sentences are never parsed
    doc = rd.parsed([idx])[idx]
    offset = h.end - 1 - sent.start  # the head of a multi-word name is its last word
    token = next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)
    if token is None:
        return False
    while token.dep_ == "conj" and token.head != token:  # "the police and children's services"
        token = token.head
    verb = None
    if token.dep_ in ("nsubjpass", "dobj", "dative"):  # a service not contacting someone still knew them
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent", "dative"):
        verb = token.head.head
    if verb is not None and token.dep_ == "pobj" and verb.lower_ in ("held", "kept", "recorded") and verb.dep_ == "acl":
        # "information held by the police about him was not shared": what it held, not a contact
        holder = verb.head
        return holder.dep_ in _SUBJECTS and any(c.dep_ == "neg" for c in holder.head.children)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb
    while head.dep_ == "conj" and head.head != head and not any(c.dep_ in _SUBJECTS for c in head.children):
        head = head.head  # "no agency offered her help or linked her with ...": the first verb's subject
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and subject is not token and (
        subject.lower_ in ("nobody", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children))


def _is_fatal(rd: ReviewDoc) -> bool:
    head = rd.low[: min(len(rd.low), 6000)]
    return re.search(r"\b(?:died|death|killed|murder|homicide|pronounced dead|fatal|fatally)\b", head) is not None


_ON_BEHALF = re.compile(r"\s+(?:rang|called|phoned|telephoned|contacted|emailed|wrote to|went to|visited|asked)\s+(?:the\s+|his\s+|her\s+)?$", re.I)


def _relative_on_behalf(rd: ReviewDoc, mf: MentionFinder, idx: int, h: Hit) -> set[str] | None:
    """A principal's relative as the subject contacting the service ("X's mother rang the
    CRHTT", "reported to the police by her mother"): the contact is about the principal. None when the sentence is not like that;
    an empty set when a relative is the subject of something else (their own service)."""
    before = [m for m in mf.mentions(idx) if m.end <= h.start]
    after = [m for m in mf.mentions(idx) if m.start >= h.end]
    if not before and after and after[0].person_id.startswith("kin:") and re.fullmatch(r"\s+by\s+", rd.text[h.end:after[0].start]):
        owner = after[0].person_id.rsplit(":", 1)[-1]  # "reported to the police by Nell's mother"
        return {owner} if owner[:1] in "vp" else set()
    if not before or not before[-1].person_id.startswith("kin:"):
        return None
    last = before[-1]
    if not _ON_BEHALF.fullmatch(rd.text[last.end:h.start]):
        return set()  # "his mother's GP", "her mother saw the GP": the relative's own service
    owner = last.person_id.rsplit(":", 1)[-1]
    return {owner} if owner[:1] in "vp" else set()


def _service_users(rd: ReviewDoc, mf: MentionFinder, idx: int, h: Hit) -> set[str]:
    """The principals a service mention is about: the nearest mention, plus any coordinated
    with it ("the GP practices of Leah and Ryan"); other principals in the sentence are not."""
    sent = rd.sentences[idx]
    # In a list ("X, Mr N's landlord; the ambulance service") a name belongs to its own item.
    lo = max([sent.start] + [sent.start + m.end() for m in re.finditer(r";|•|\s[eo]\s", sent.text[:h.start - sent.start])])
    nxt = re.search(r";|•|\s[eo]\s", sent.text[h.end - sent.start:])
    hi = h.end + nxt.start() if nxt else sent.end
    ms = [m for m in mf.mentions(idx) if lo <= m.start and m.end <= hi]
    # "a spouse visa sponsored by Anjali": a name after the agency introduced by "by" is an
    # agent of the service, not its user, when someone else is named.
    users_only = [m for m in ms if not (m.start > h.end and re.search(r"\bby\s+$", rd.text[max(lo, m.start - 4):m.start]))]
    ms = users_only or ms
    if not ms:
        return set()
    nearest = min(ms, key=lambda m: (m.start - h.end) if m.start >= h.end else (h.start - m.end) + 0.5)
    if len({m.person_id for m in ms if m.person_id[:1] in "vp"}) > 1:
        # Two principals: the one the service's own verb has as subject ("Nell told officers
        # that Tobias had hit her", "she was seen by the liaison team after he left").
        # A possessor of the service's own name is its user, whoever the verb's subject is
        # ("he told her care agency", "she rang Kit's care coordinator").
        owner = _possessor(rd, idx, h, ms)
        nearest = owner or _verb_subject(rd, idx, h, ms) or nearest
    users = {nearest.person_id} if nearest.person_id[:1] in "vp" else set()
    for m in ms:
        if m is nearest or m.person_id[:1] not in "vp":
            continue
        gap = rd.text[min(m.end, nearest.end):max(m.start, nearest.start)]
        if re.fullmatch(r"(?:['’]s)?\s*(?:and|or|&)\s*", gap) or (
                re.fullmatch(r"(?:['’]s)?\s*,\s*", gap) and _conjoined(rd, idx, m, nearest)):
            users.add(m.person_id)
    return users


def _conjoined(rd: ReviewDoc, idx: int, a: Mention, b: Mention) -> bool:
    """Two mentions split by a comma are coordinated in the parse ("Leah, Ryan and the GP"),
    not a clause's end and the next clause's subject ("after she left Ryan, she rang ...")."""
    sent = rd.sentences[idx]
    doc = rd.parsed([idx])[idx]

    def token(m: Mention) -> Any:
        last = m.end - 1 - sent.start
        return next((t for t in doc if t.idx <= last < t.idx + len(t.text)), None)

    x, y = token(a), token(b)
    if x is None or y is None:
        return False
    return (x.head == y and x.dep_ in ("conj", "appos")) or (y.head == x and y.dep_ in ("conj", "appos")) or (
        x.head == y.head and x.dep_ == y.dep_ == "conj")


def _possessor(rd: ReviewDoc, idx: int, h: Hit, ms: list[Mention]) -> Mention | None:
    """The principal's mention that the parse makes the possessor of the service's name
    ("her GP", "Kit's care coordinator")."""
    sent = rd.sentences[idx]
    doc = rd.parsed([idx])[idx]
    for m in ms:
        if m.end > h.end or m.person_id[:1] not in "vp":
            continue
        token = next((t for t in doc if t.idx == m.start - sent.start), None)
        while token is not None and token.dep_ != "poss" and token.head != token and token.head.idx + sent.start < h.end:
            token = token.head  # the last word of a name ("Mr Kit's")
        if token is not None and token.dep_ == "poss" and h.start <= token.head.idx + sent.start < h.end:
            return m
    return None


def _verb_subject(rd: ReviewDoc, idx: int, h: Hit, ms: list[Mention]) -> Mention | None:
    """The principal's mention that is the subject of the verb the service name hangs on
    (its object, or the object of its preposition); a passive's agent is the service itself."""
    sent = rd.sentences[idx]
    doc = rd.parsed([idx])[idx]
    offset = h.end - 1 - sent.start  # the head of a multi-word name is its last word
    token = next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)
    if token is None:
        return None
    head = token.head
    if head.pos_ == "ADP" and head.head != head:
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head == token:
        return None
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subject is None:  # a misparse ("In 2020 Nell told"): the principal just before the verb
        verb_at = sent.start + head.idx
        before = [m for m in ms if m.end <= verb_at and m.person_id[:1] in "vp"
                  and re.fullmatch(r"[\s\w,]{0,3}", rd.text[m.end:verb_at])]
        return before[-1] if before else None
    a, b = sent.start + subject.left_edge.idx, sent.start + subject.idx + len(subject.text)
    if a <= h.start < b:
        return None
    return next((m for m in ms if a <= m.start and m.end <= b and m.person_id[:1] in "vp"), None)


_INDEX_VERDICT = re.compile(r"\b(?:convicted of|pleaded guilty to|found guilty of|admitted)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                            r"(?:murder|manslaughter)\b", re.I)

_OWNS_THE_DEATH = re.compile(r"['’]?s?\s+(?:murder|manslaughter|death|killing|homicide)\b", re.I)

_SUBJECTS = ("nsubj", "nsubjpass")


def _described_noun(doc: object, offset: int) -> str | None:
    """For an adjective at `offset`: the noun it describes ("a supportive mother"), or ""
    when it is a complement ("was described as supportive"); None for any other word."""
    token = next((t for t in doc if t.idx >= offset), None)  # type: ignore[attr-defined]
    if token is None or token.pos_ != "ADJ":
        return None
    return token.head.text if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN") else ""


def _object_described(doc: object, offset: int) -> tuple[int, int] | None:
    """"described him as supportive": the object of the verb a complement adjective belongs to."""
    token = next((t for t in doc if t.idx >= offset), None)  # type: ignore[attr-defined]
    verb = token.head.head if token is not None and token.head.dep_ == "prep" else (token.head if token else None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    return (obj.left_edge.idx, obj.idx + len(obj.text)) if obj is not None else None


def _subject_span(doc: object, offset: int, passive_agent: bool = True) -> tuple[int, int] | None:
    """Offsets (in the sentence) of the doer of the verb at `offset`, from the parse: up
    from an auxiliary or a noun to its verb; the agent of a passive ("was supported by her
    mother", unless `passive_agent` is false: "was described by the school as supportive"),
    else its subject, across a conjoined or complement verb."""
    token = next((t for t in doc if t.idx >= offset), None)  # type: ignore[attr-defined]
    for _ in range(6):
        if token is None or (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass")):
            break
        token = None if token.head == token else token.head
    agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                 None) if token is not None and passive_agent else None
    if agent is not None:  # "was supported by her own mother": the mother
        return agent.left_edge.idx, agent.idx + len(agent.text)
    for _ in range(4):
        if token is None:
            return None
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject.left_edge.idx, subject.idx + len(subject.text)
        if token.dep_ == "relcl":  # "a neighbour who held a key": the neighbour
            return token.head.left_edge.idx, token.head.idx + len(token.head.text)
        token = token.head if token.dep_ in ("conj", "xcomp", "advcl") and token.head != token else None
    return None


class ContextReader:
    """Risk factors per context (typed) and protective factors, per person.

    Most risks are a person's characteristics seen in their setting (her partner's abuse is a
    risk at home, exclusion a risk at school), so they are read from the characteristics this
    document was coded with, keeping their evidence; phrases add what no characteristic
    carries (gender norms, the workplace, the neighbourhood).
    """

    def __init__(self) -> None:
        lex = load_lexicon("risk_factors")
        self.mapping: dict[str, dict[str, list[str]]] = lex["from_characteristics"]
        self.unless = {code: re.compile(rx, re.I) for code, rx in (lex.get("unless") or {}).items()}
        self.risk = lex["phrases"]
        protective = load_lexicon("protective")
        self.protective = protective["rules"]
        self.discovery = [re.compile(p, re.I) for p in protective.get("discovery") or []]
        self.discovery_next = [re.compile(p, re.I) for p in protective.get("discovery_next") or []]
        self.risk_matcher = PhraseMatcher({str(i): r.get("phrases") or [] for i, r in enumerate(self.risk)})
        self.risk_patterns = {str(i): re.compile("|".join(r["patterns"]), re.I) for i, r in enumerate(self.risk) if r.get("patterns")}
        self.prot_phrases = PhraseMatcher({str(i): r.get("phrases") or [] for i, r in enumerate(self.protective)})
        self.prot_support = PhraseMatcher({str(i): r["support"] for i, r in enumerate(self.protective)})
        self.prot_relations = PhraseMatcher({str(i): r.get("relations") or [] for i, r in enumerate(self.protective)})
        self.prot_who = [word_regex(r["who"]) for r in self.protective]

    def read(self, rd: ReviewDoc, mf: MentionFinder, characteristics: PersonFindings) -> tuple[dict, dict]:
        """Risk and protective factors; the characteristics read for each person are risk
        factors in their context too."""
        risks: dict[tuple[str, str, str], tuple[str, Finding]] = {}
        prots: dict[tuple[str, str], tuple[str, Finding]] = {}
        self._from_characteristics(rd, mf, characteristics, risks)
        risk_hits = self.risk_matcher.find(rd.text, normalised=rd.low)
        risk_hits += [Hit(k, m.group(0).lower(), m.start(), m.end()) for k, rx in self.risk_patterns.items() for m in rx.finditer(rd.text)]
        for h in risk_hits:
            rule = self.risk[int(h.key)]
            if rule.get("recent_years") and _years_before(rd, rd.sentences[rd.sentence_index(h.start)].text) >= rule["recent_years"]:
                continue  # long before the incident
            pid, idx = self._who(rd, mf, h, rule.get("role"))
            if pid:
                key = (pid, rule["context"], rule["type"])
                risks.setdefault(key, (rule["detail"], Finding(rule["type"])))[1].add(rd, idx)
        found = [(h, None) for h in self.prot_phrases.find(rd.text, normalised=rd.low)]
        for h, who in found + self._supporters(rd, mf):
            rule = self.protective[int(h.key)]
            pid, idx = self._supported(rd, mf, h)
            if pid and not self._tells_discovery(rd, idx):
                detail = rule["detail"].replace("{who}", who or rule["label"])
                prots.setdefault((pid, rule["context"]), (detail, Finding("protective")))[1].add(rd, idx)
        return risks, prots

    def _supporters(self, rd: ReviewDoc, mf: MentionFinder) -> list[tuple[Hit, str | None]]:
        """(hit, supporter as named) for each supportive act done by a supporter of the rule's
        kind, and each bond or engagement with one named in this or the previous sentence."""
        out: list[tuple[Hit, str | None]] = []
        for h in self.prot_relations.find(rd.text, normalised=rd.low):
            idx = rd.sentence_index(h.start)
            who_re = self.prot_who[int(h.key)]
            near = rd.sentences[idx].text + " " + (rd.sentences[idx - 1].text if idx > 0 else "")
            if who := who_re.search(near):
                out.append((h, who.group(0).lower()))
            elif kin := next((k for m in mf.mentions(idx) if (k := _kin_of(mf.cast, m.person_id)[0])
                              and who_re.search(k)), None):
                out.append((h, kin))  # "She had asked for help", said of Kai's mother by name
        for h in self.prot_support.find(rd.text, normalised=rd.low):
            if acting := self._acting_supporter(rd, mf, h):
                out.append((h, acting))
        return out

    def _acting_supporter(self, rd: ReviewDoc, mf: MentionFinder, h: Hit) -> str | None:
        """The supporter who does a supportive act: the subject of its verb, a word of the
        rule's `who` or a principal's relative. A principal doing it ("she looked after her
        brother") is caring for someone, not protected by them; without a parse, a supporter
        named in this or the previous sentence."""
        idx = rd.sentence_index(h.start)
        sent = rd.sentences[idx]
        who_re = self.prot_who[int(h.key)]
        doc = rd.parsed([idx])[idx]
        described = _described_noun(doc, h.start - sent.start)
        if described and (who := who_re.search(described)):
            return who.group(0).lower()  # "a supportive mother"
        subject = (_object_described(doc, h.start - sent.start) if described == "" else None) or \
            _subject_span(doc, h.start - sent.start, passive_agent=described is None)
        if subject is None:  # no parse of it: the words before the act in its sentence
            subject = (0, h.start - sent.start)
        a, b = sent.start + subject[0], sent.start + subject[1]
        if who := who_re.search(rd.text, a, b):
            return who.group(0).lower()
        named = [m.person_id for m in mf.mentions(idx) if a <= m.start < b]
        if any(pid[:1] in "vp" for pid in named):
            return None  # a principal does it: they care for someone, no one protects them
        for pid in named:  # a relative named by name or alias ("Meera gave her a place to stay")
            kin = _kin_of(mf.cast, pid)[0]
            if kin and who_re.search(kin):
                return kin
        if _PRONOUN.fullmatch(rd.text[a:b]) and idx > 0 and (who := who_re.search(rd.sentences[idx - 1].text)):
            return who.group(0).lower()  # "She phoned him every week": the supporter named before
        return None

    def _tells_discovery(self, rd: ReviewDoc, idx: int) -> bool:
        """The sentence tells the death or the incident, or the next one of its paragraph tells
        the death's discovery: whoever "raised the alarm" then did not protect."""
        if phase(rd, idx) == "after":
            return True
        if any(p.search(rd.sentences[idx].text) for p in self.discovery):
            return True
        nxt = idx + 1
        return nxt < len(rd.sentences) and "\n" not in rd.text[rd.sentences[idx].end:rd.sentences[nxt].start] \
            and any(p.search(rd.sentences[nxt].text) for p in self.discovery_next)

    @staticmethod
    def _readable(rd: ReviewDoc, h: Hit, idx: int) -> bool:
        """A factor is read only where the review states it: not in recommendations, lessons
        or methodology, and not negated, uncertain or hypothetical."""
        if rd.section_kind(h.start) in ASPIRATION_SECTIONS | {"methodology"}:
            return False
        return not rd.modifiers(rd.sentences[idx], h.start, h.end) & DISQUALIFYING

    def _supported(self, rd: ReviewDoc, mf: MentionFinder, h: Hit) -> tuple[str | None, int]:
        """The principal a supporter stands by: the owner of a relative named in the sentence
        (or the one before), else the principal named, else none."""
        idx = rd.sentence_index(h.start)
        if not self._readable(rd, h, idx):
            return None, idx
        for i in (idx, idx - 1):
            if i < 0:
                continue
            for m in mf.mentions(i):
                kin, owner = _kin_of(mf.cast, m.person_id) if (m.person_id.startswith("kin:") or (
                    (mention_member := mf.cast.get(m.person_id)) and mention_member.role == "other")) else (None, None)
                if owner and owner[:1] in "vp":
                    return owner, idx
        for i in (idx, idx - 1):  # "The form tutor listened ...": the principal named just before
            principals = sorted({m.person_id for m in mf.mentions(i) if m.person_id[:1] in "vp"}) if i >= 0 else []
            if principals:
                return principals[-1], idx  # the victim ('v') first
        return None, idx

    def _from_characteristics(self, rd: ReviewDoc, mf: MentionFinder, coded: PersonFindings, risks: dict) -> None:
        cast = mf.cast
        labels = load_codebook()["characteristics"]
        for pid, codes in coded.items():
            member = cast.get(pid) if not pid.startswith("_") else None
            if member is None:
                continue
            mapping = self.mapping.get(member.role, {})
            for code, finding in codes.items():
                if code not in mapping:
                    continue
                ctx, typ, *need = mapping[code]
                quotes = " ".join(e.quote for e in finding.evidence)
                if (need and not re.search(need[0], quotes, re.I)) or (code in self.unless and self.unless[code].search(quotes)):
                    continue
                key = (pid, ctx, typ)
                if key not in risks:
                    risks[key] = (labels.label(code), finding)

    def _who(self, rd: ReviewDoc, mf: MentionFinder, h: Hit, role: str | None = None) -> tuple[str | None, int]:
        idx = rd.sentence_index(h.start)
        if not self._readable(rd, h, idx):
            return None, idx
        if role:  # the risk is always this role's (the victim's workplace)
            members = mf.cast.victims if role == "victim" else mf.cast.perpetrators
            return (members[0].person_id if members else None), idx
        who = mf.experiencer(idx, h.start, h.end)
        if who and who[:1] in "vp":
            return who, idx
        if who:  # a relative ("she was told 'boys will be boys'", said of Jamie's mother): their child's
            _, owner = _kin_of(mf.cast, who)
            if owner and owner[:1] in "vp":
                return owner, idx
        principals = [m.person_id for m in mf.mentions(idx) if m.person_id[:1] in "vp"]
        return (principals[0] if principals else None), idx


