"""Find the practice problems a review itself names (method.md section 5, step 1).

The analyst does not re-judge practice, so neither does the tool. It reads the places where
a review judges practice: its analysis (however headed: "Analysis", a key line of enquiry,
"Missed opportunities", "Good practice and areas for improvement") and its findings; lessons
and conclusions only add quotes to problems found there. Each sentence that states a
failing of a service ("did not", "no referral was made", "nobody asked", "closed the case
after ..."), never a recommendation, counterfactual or praise, and never something the
victim or family did not do, is a candidate. Candidates about the same agency in one
paragraph make one problem; a finding that restates an analysis problem is added to it as
a quote, so each problem carries the review's own words wherever it states them. Every
problem records the agencies concerned, the systemic factors its paragraphs give and
verbatim evidence (whole sentences). All cue phrases live in `data/problem_cues.yaml`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.datafiles import read_data
from reviewsynth.datafiles.rules import AgenciesFile, ProblemCuesFile
from reviewsynth.documents import ExtractedDocument, Page
from reviewsynth.schema import Case, Evidence, PracticeProblem
from reviewsynth.text import Section
from reviewsynth.themes import _tables, _text
from reviewsynth.themes.actor import ORG_SUFFIXES, Actor, ActorWords, read_actor

MAX_EVIDENCE = 4  # quotes kept per problem: the stating sentences, then restatements


def _data_path(name: str) -> Path:
    return Path(str(resources.files("reviewsynth") / "data" / name))


@dataclass(frozen=True)
class Agency:
    id: str
    label: str
    patterns: tuple[re.Pattern[str], ...]


Patterns = tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Cues:
    statement_sections: tuple[str, ...]
    summary_sections: tuple[str, ...]
    problem: Patterns
    exclude: Patterns
    systemic: dict[str, tuple[str, Patterns]]  # id -> (label, patterns)
    headings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    summary_label: re.Pattern[str] | None = None
    restatement_overlap: float = 0.45
    professional: Patterns = ()
    person: Patterns = ()
    service_failing: Patterns = ()
    whoever_named: Patterns = ()
    not_names: frozenset[str] = frozenset()
    not_contributory: Patterns = ()
    words: ActorWords | None = None  # what names whom, for the grammar's reading of the actor
    leads: dict[str, re.Pattern[str]] = field(default_factory=dict)  # section kind -> opening words
    view_columns: tuple[str, ...] = ()  # table headers naming the review's view ("Our view")
    fact_columns: tuple[str, ...] = ()  # table headers naming facts ("What happened")
    excuse: Patterns = ()  # exclusions of their own item of a clause only (and what precedes them there)
    case_studies: Patterns = ()  # sub-headings of one case among several ("Case study B: ...")


def _compile_all(items: list[str] | None) -> Patterns:
    return tuple(re.compile(p, re.I) for p in items or [])


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> Cues:
    raw = read_data(path or _data_path("problem_cues.yaml"), ProblemCuesFile)  # validated
    systemic = {fid: (str(spec.get("label", fid)), _compile_all(spec.get("patterns", [])))
                for fid, spec in (raw.get("systemic_factors") or {}).items()}
    owner = raw.get("ownership") or {}
    label = raw.get("summary_label")
    return Cues(
        statement_sections=tuple(raw.get("statement_sections", ["analysis", "findings"])),
        summary_sections=tuple(raw.get("summary_sections", ["lessons", "conclusions"])),
        problem=_compile_all(raw.get("problem_patterns")),
        exclude=_compile_all(raw.get("exclude_patterns")),
        systemic=systemic,
        headings={k: tuple(v) for k, v in (raw.get("problem_headings") or {}).items()},
        summary_label=re.compile(label, re.I) if label else None,
        restatement_overlap=float(raw.get("restatement_overlap", 0.45)),
        professional=_compile_all(owner.get("professional_subject")),
        person=_compile_all(owner.get("person_subject")),
        service_failing=_compile_all(owner.get("service_failing")),
        whoever_named=_compile_all(owner.get("whoever_named")),
        not_names=frozenset(owner.get("not_names") or []),
        not_contributory=_compile_all(raw.get("not_contributory")),
        words=_actor_words(owner),
        leads={k: _alternation(v) for k, v in (raw.get("lead_sentences") or {}).items()},
        view_columns=tuple((raw.get("table_columns") or {}).get("view") or ()),
        fact_columns=tuple((raw.get("table_columns") or {}).get("facts") or ()),
        excuse=_compile_all(raw.get("excuse_patterns")),
        case_studies=_compile_all(raw.get("case_study_headings")),
    )


def _alternation(patterns: list[str] | None) -> re.Pattern[str]:
    """One case-insensitive pattern for a list (one that matches nothing when it is empty)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) if patterns else r"(?!x)x", re.I)


def _actor_words(owner: dict[str, Any]) -> ActorWords:
    return ActorWords(review=_alternation(owner.get("review_subject")),
                      professional=_alternation(owner.get("professional_subject")),
                      person=_alternation(owner.get("person_subject")),
                      practice=_alternation(owner.get("practice_nouns")),
                      not_acts=frozenset(owner.get("not_acts") or []),
                      assumptions=frozenset(owner.get("assumption_verbs") or []),
                      organisation_heads=frozenset(owner.get("organisation_heads") or []))


@lru_cache(maxsize=4)
def load_agencies(path: str | None = None) -> tuple[Agency, ...]:
    raw = read_data(path or _data_path("practice_agencies.yaml"), AgenciesFile)  # validated
    agencies = []
    for aid, spec in (raw.get("agencies") or {}).items():
        patterns = [re.compile(p, re.I) for p in spec.get("patterns", []) or []]
        patterns += [re.compile(p) for p in spec.get("case_sensitive", []) or []]
        agencies.append(Agency(str(aid), str(spec.get("label", aid)), tuple(patterns)))
    return tuple(agencies)


def agency_labels() -> dict[str, str]:
    return {a.id: a.label for a in load_agencies()}


# -- sentence-level decisions ---------------------------------------------------------------

@dataclass(frozen=True)
class AgencyMention:
    agency_id: str
    start: int  # offsets within the sentence
    end: int


_QUOTED = re.compile(r"\"[^\"\n]{1,200}\"|\u201c[^\u201d\n]{1,200}\u201d")


# Opened inside the sentence ('... said: "He ...'), not at its start: a paragraph quoted whole
# in a statement may be a spokesperson telling what the review found.
_UNCLOSED = re.compile(r"(?<=[\s(:,])[\"\u201c](?=\w)")


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of quoted words ("no one to turn to"): someone's own words, not the review's. A
    quotation opened inside the sentence and not closed there (a statement quoted over
    several sentences: 'The chair said: "He made room for him when no one else would.') runs
    to its end."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    rest = _QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)
    if opening := _UNCLOSED.search(rest):
        spans.append((opening.start(), len(sentence)))
    return spans


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def agency_mentions(sentence: str) -> list[AgencyMention]:
    """Agencies named in a sentence, in reading order, each once (the first mention); words
    quoted from someone ("friends from school") name no agency."""
    found: dict[str, AgencyMention] = {}
    quoted = quoted_spans(sentence)
    for agency in load_agencies():
        for pattern in agency.patterns:
            m = next((m for m in pattern.finditer(sentence) if not _inside(m.start(), quoted)), None)
            if m and (agency.id not in found or m.start() < found[agency.id].start):
                found[agency.id] = AgencyMention(agency.id, m.start(), m.end())
    mentions = sorted(found.values(), key=lambda a: a.start)
    # "No agency" or "agencies" alongside a named agency adds nothing.
    if len(mentions) > 1:
        mentions = [m for m in mentions if m.agency_id != "all_agencies"]
    return mentions


_NAME_WORD = re.compile(r"[A-Z][\w'\u2019&-]*$")
_STOP_WORDS = {"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "No", "By", "When",
               "In", "On", "At", "From", "For", "With", "And", "Both", "Yet", "So", "Nor", "Still", "Even",
               "Only", "But", "However", "Thus", "Therefore", "Each", "Every", "Neither", "Either"}


_POSSESSIVE = re.compile(r"['\u2019]s$")
_DOCUMENT_WORDS = re.compile(r"(?:['\u2019]s)?\s+(?:IMR|IMRs|report|record|records|chronology)$")


def agency_name(sentence: str, mention: AgencyMention) -> str:
    """The agency as the review names it: the match widened to the capitalised name around it."""
    start, end = mention.start, mention.end
    # A prefix cue to its word's end, with the service word after it ("district nursing service").
    service_tail = re.match(r"[\w-]*(?: (?:services|service|team|unit)\b)?", sentence[end:])
    assert service_tail is not None  # every part is optional: it matches any text
    end += len(service_tail.group(0))
    while True:  # widen left over capitalised words ("Stanmere" + "Medical Centre")
        m = _NAME_WORD.search(sentence[:start].rstrip())
        gap = sentence[:start][len(sentence[:start].rstrip()):]
        if not m or gap not in (" ",) or m.group(0) in _STOP_WORDS or _POSSESSIVE.search(m.group(0)):
            break  # "X's care coordinator": the coordinator, not X
        start = m.start()
    while True:  # and right over capitalised words ("Police" + "Service")
        m = re.match(r" ([A-Z][\w'\u2019&-]*)", sentence[end:])
        if not m or m.group(1) in _STOP_WORDS:
            break
        end += m.end()
    name = sentence[start:end].strip(" ,.;:")
    name = re.sub(r"['\u2019]s$", "", name)
    name = _DOCUMENT_WORDS.sub("", name)  # "Police IMR", "Trust's report": the agency itself
    return name[0].upper() + name[1:] if name else name


def systemic_factors_in(sentence: str, cues: Cues | None = None) -> list[str]:
    cues = cues or load_cues()
    return [fid for fid, (_label, patterns) in cues.systemic.items()
            if any(p.search(sentence) for p in patterns)]


# -- whose failing ----------------------------------------------------------------------

# A sentence is judged clause by clause: "The review does not criticise the GP for believing
# him, but notes that the GP did not ask ..." praises in one clause and finds fault in the next.
_CLAUSE = re.compile(r"\s*(?:;|:|,?\s+but\b|,\s+however,?|,\s+although\b|,\s+though\b)\s*", re.I)
_ORG_SUFFIXES = ORG_SUFFIXES
_ORG_RUN = re.compile(r"\b((?:[A-Z][\w'\u2019&-]+ ){1,4})(?:" + "|".join(sorted(_ORG_SUFFIXES)) + r")\b")


def organisation_words(text: str) -> frozenset[str]:
    """Words that begin organisation names in this document ("Brightway" of "Brightway
    Support", "Stenbury" of "Stenbury Police"): such a word alone names a service, not a person."""
    return frozenset(w for m in _ORG_RUN.finditer(text) for w in m.group(1).split()
                     if w not in _STOP_WORDS and not _POSSESSIVE.search(w))


def _clauses(sentence: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for m in _CLAUSE.finditer(sentence):
        spans.append((cursor, m.start()))
        cursor = m.end()
    spans.append((cursor, len(sentence)))
    return [(s, e) for s, e in spans if e > s]


# A label opening a sentence ("Analysis: ...", "What happened: ...", "F2 ..."): no part of its
# grammar, and the parser reads it as the subject.
_LABEL = re.compile(r"\W*(?:[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){0,3}?\s*[:\u2013]|"
                    r"(?:finding|lesson|learning point|issue|theme)s?\s*\d{1,2}\s*[.:\u2013]|[A-Z]{1,2}\d{1,2}\b[.:]?)\s+")


def _live_cues(sentence: str, cues: Cues) -> list[tuple[int, int, int]]:
    """(clause start, cue start, cue end) of each failing cue in a clause no exclusion covers,
    outside a label that opens the sentence ("What should have happened: ...")."""
    if any(p.search(sentence) for p in cues.exclude if p.pattern.startswith("^")) and \
            not _CLAUSE.search(sentence):
        return []
    if not any(ch.islower() for ch in sentence):
        return []  # a title in capitals ("5 LEARNING: THE MAN WHO WAS NOT SEEN"), a table's heading
    if sentence.rstrip().rstrip("\"'\u201d)").endswith("?"):
        return []  # a question ("What could have been done differently?"): a line of enquiry, not a finding
    label = _LABEL.match(sentence)
    after_label = label.end() if label and label.end() < len(sentence) else 0
    if label and _praise_label(sentence[:label.end()], cues):
        return []  # "Good practice: the IDVA saw the risk the grading had missed"
    found = []
    quoted = quoted_spans(sentence)  # a failing in someone's own words ("did not want help") is not the review's
    for cs, ce in _clauses(sentence):
        clause = sentence[cs:ce]
        if any(p.search(clause) for p in cues.exclude):
            continue
        excused = _excused_spans(clause, cues)
        for p in cues.problem:
            found += [(cs, cs + m.start(), cs + m.end()) for m in p.finditer(clause)
                      if not _inside(cs + m.start(), quoted) and cs + m.start() >= after_label
                      and not _inside(m.start(), excused)]
    return sorted(set(found), key=lambda t: t[1])


_ITEM_BREAK = re.compile(r",\s+")


def _excused_spans(clause: str, cues: Cues) -> list[tuple[int, int]]:
    """Spans of a clause an excuse covers: from the start of its comma-separated item to the
    excuse's end ("..., and the concern was not known to them because" but not what follows)."""
    spans = []
    for p in cues.excuse:
        for m in p.finditer(clause):
            item_start = max((b.end() for b in _ITEM_BREAK.finditer(clause, 0, m.start())), default=0)
            spans.append((item_start, m.end()))
    return spans


def _praise_label(label: str, cues: Cues) -> bool:
    """A label opening a sentence that names good practice ("Good practice:", "What went well -")."""
    low = " ".join(re.sub(r"[^a-z' ]", " ", label.lower()).split())
    return any(low.startswith(w) for w in cues.headings.get("good_practice", ()))


def states_problem(sentence: str, cues: Cues | None = None) -> bool:
    """True when some clause states a failing of practice and is no recommendation etc."""
    return bool(_live_cues(sentence, cues or load_cues()))


def _actors(subject: str, cues: Cues, orgs: frozenset[str]) -> list[tuple[int, str, str]]:
    """(end offset, 'agency' | 'person', words) of each actor named in a subject."""
    actors = [(m.end, "agency", subject[m.start:m.end]) for m in agency_mentions(subject)]
    actors += [(m.end(), "agency", m.group(0)) for m in cues.professional[0].finditer(subject)] \
        if cues.professional else []
    actors += [(m.end(), "person", m.group(0)) for p in cues.person for m in p.finditer(subject)]
    covered = [(s, e) for e, _k, w in actors for s in [e - len(w)]]
    # A person's initial opening the subject ("F had not been violent ..."), as reviews name people.
    if initial := re.match(r"\s*(?:(?:Child|Mr|Mrs|Ms|Adult|Service user) )?(?<![-/])[B-HJ-Z](?![-/&'\u2019]|\.\d)\b", subject):
        actors.append((initial.end(), "person", initial.group(0).strip()))
    for m in re.finditer(r"\b[A-Z][a-z]+\b", subject):
        word = m.group(0)
        if word in cues.not_names or word in _ORG_SUFFIXES or any(s <= m.start() < e for s, e in covered):
            continue
        actors.append((m.end(), "agency" if word in orgs else "person", word))
    return sorted(actors)


_SUBCLAUSE = re.compile(r"[,;:]\s+|\s+but\s+|\s+and\s+(?=(?:he|she|they|it)\b)")


def _actor(sentence: str, cue: int, cues: Cues, orgs: frozenset[str]) -> tuple[str, str] | None:
    """The actor of a failing: the first actor named in its own sub-clause ("When Tom missed
    his appointment, the CMHT left a message and took no further action": the CMHT), else
    the first named before it in the sentence ("The GP recorded it but did not ask")."""
    starts = [0] + [m.end() for m in _SUBCLAUSE.finditer(sentence, 0, cue)]
    own = _actors(sentence[starts[-1]:cue], cues, orgs)
    if own:
        return own[0][1], own[0][2]
    before = _actors(sentence[:cue], cues, orgs)
    return (before[0][1], before[0][2]) if before else None


Parsed = tuple[Any, int]  # a spaCy Doc and the offset in its text where the sentence begins
UNPARSED: Parsed = (None, 0)  # past the document's parse budget: read by word order


@dataclass(frozen=True)
class Failing:
    """A failing a sentence states: whose ('agency' or 'service'), the cue's offset, and the
    actor's words when the grammar names one (offsets in the sentence)."""

    owner: str
    cue: int
    actor: tuple[int, int] | None = None


@lru_cache(maxsize=256)
def _parse_alone(sentence: str) -> Any:
    from reviewsynth.nlp import parse

    return next(parse([sentence]))


def read_failing(sentence: str, cues: Cues | None = None, *, findings: bool = False,
                 previous: str = "", orgs: frozenset[str] = frozenset(),
                 parsed: Parsed | None = None, earlier: str = "") -> Failing | None:
    """Whose failing a sentence states, and where: an agency's when a service or professional
    is the subject (or passive agent) of the failing; services' ('service') when it is
    impersonal or passive ("no referral was made", "nobody asked"); None when it is the
    victim's or family's, the review's own method, or no failing at all. The grammar of the
    failing's own predicate decides (`themes.actor`); where the parse cannot tell, the first
    actor named in the failing's clause. An agency's failing wins over an impersonal one.
    `previous` and `earlier` are the two sentences before it, which a pronoun may refer to."""
    cues = cues or load_cues()
    live = _live_cues(sentence, cues)
    if not live:
        return None
    doc, delta = parsed if parsed is not None else (_parse_alone(sentence), 0)
    service: Failing | None = None
    for clause_start, cue, _cue_end in live:
        actor = read_actor(doc, delta, cue, cues.words, _names_agency, orgs) if cues.words and doc else None
        kind = _grammar_kind(actor, (previous, earlier), sentence, cues) if actor is not None else _word_order_kind(
            sentence, clause_start, cue, cues, findings, previous, orgs)
        if actor is not None and actor.kind == "person" and any(
                p.search(sentence[clause_start:]) for p in cues.whoever_named):
            kind = "service"  # "he fell through the gaps": services' failing, whoever is named
        if kind == "agency":
            return Failing("agency", cue, (actor.start, actor.end) if actor and actor.start >= 0 else None)
        if kind == "service" and service is None:
            service = Failing("service", cue)
    return service


def _names_agency(words: str) -> bool:
    return bool(agency_mentions(words))


def _grammar_kind(actor: Actor, context: tuple[str, str], sentence: str = "", cues: Cues | None = None) -> str | None:
    previous, earlier = context
    if actor.kind == "pronoun":
        # "They did not ...": the agency of the sentence before, or the professionals two
        # sentences back ("Support workers saw bruises. They wrote them down. But they did not
        # tell ..."); "Practitioners focused on X, and this took attention away from Y": the
        # professional earlier in the sentence.
        before = sentence[:actor.start] if actor.start > 0 else ""
        professional = cues is not None and cues.words is not None and cues.words.professional.search(before)
        personal = sentence[actor.start:actor.end].lower() in ("they", "it")  # not "this", "that"
        return "agency" if agency_mentions(previous) or agency_mentions(before) or professional or (
            personal and any(_acting_subject(s, cues) for s in (previous, earlier))) else None
    if actor.kind == "person" and _professional_pronoun(actor, previous, sentence, cues):
        return "agency"
    return actor.kind if actor.kind in ("agency", "service") else None


_SINGULAR_PRONOUN = re.compile(r"(?:he|she)$", re.I)
_NAMED_PERSON = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]\w*|[A-Z][a-z]+)\b")


def _professional_pronoun(actor: Actor, previous: str, sentence: str, cues: Cues | None) -> bool:
    """'He' or 'she' is the professional the sentence before had as its subject, told apart
    from the person they saw by naming that person ("The practice nurse saw a bruise on her
    arm. She accepted Ms D's explanation without asking ..."): someone named in the failing
    after the pronoun is not the pronoun itself."""
    if cues is None or actor.start < 0 or not _SINGULAR_PRONOUN.match(sentence[actor.start:actor.end]):
        return False
    subject = _acting_subject(previous, cues, singular=True)
    if not subject:
        return False
    after = sentence[actor.end:]
    return any(m.group(0) not in cues.not_names and m.group(0) not in ORG_SUFFIXES and not agency_mentions(m.group(0))
               for m in _NAMED_PERSON.finditer(after))


def _acting_subject(sentence: str, cues: Cues | None, singular: bool = False) -> bool:
    """The sentence's main subject is a professional or an agency ("The practice nurse saw
    ...", "Support workers saw bruises"), one, when `singular`, not several."""
    if not sentence or cues is None or cues.words is None:
        return False
    sents = list(_parse_alone(sentence).sents)
    root = sents[-1].root if sents else None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subject is None or (singular and subject.tag_ in ("NNS", "NNPS")):
        return False
    head = subject.doc[subject.left_edge.i:subject.i + 1].text
    words = cues.words
    return bool(words.professional.search(head) or agency_mentions(head)) and not (
        words.person.search(head) or words.review.search(head))


def _word_order_kind(sentence: str, clause_start: int, cue: int, cues: Cues, findings: bool,
                     previous: str, orgs: frozenset[str]) -> str | None:
    """Whose failing by word order: a passive or impersonal form is services'; else the first
    actor named in the failing's sub-clause, or before it in the sentence."""
    if any(p.search(sentence[clause_start:]) for p in cues.service_failing):
        return "service"
    actor = _actor(sentence, cue, cues, orgs)
    if actor is not None:
        kind, words = actor
        if kind == "person" and words.lower() in ("they", "their") and agency_mentions(previous):
            return "agency"
        return "agency" if kind == "agency" else None
    lead = sentence[:cue].strip().lstrip("-\u2013\u2022*\u00b7 \t")  # a bullet's mark is no word of it
    if findings or lead[:1].isupper() or not lead:
        return "service"
    return None


def owning_cue(sentence: str, cues: Cues | None = None, *, findings: bool = False,
               previous: str = "", orgs: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """(owner, cue offset) of `read_failing`."""
    failing = read_failing(sentence, cues, findings=findings, previous=previous, orgs=orgs)
    return (failing.owner, failing.cue) if failing else None


def failing_owner(sentence: str, cues: Cues | None = None, *, findings: bool = False,
                  previous: str = "", orgs: frozenset[str] = frozenset()) -> str | None:
    """'agency', 'service' or None: see `owning_cue`."""
    owned = owning_cue(sentence, cues, findings=findings, previous=previous, orgs=orgs)
    return owned[0] if owned else None


def agency_is_subject(sentence: str, cues: Cues | None = None) -> bool:
    """The failing is a service's ("The GP did not ask", "the reports were not linked"), not
    the victim's or family's ("She had not told professionals about him")."""
    return failing_owner(sentence, cues or load_cues()) is not None


# -- candidates and problems ----------------------------------------------------------------

@dataclass
class _Candidate:
    """A sentence that states a service's failing, with the agencies it concerns."""

    para: _text.Paragraph
    start: int
    end: int
    agencies: list[str]  # agency ids, the one whose failing it is first
    agency: str | None  # the agency as the review names it
    summary: bool  # a lesson, conclusion or labelled finding: restates, rarely stands alone
    labelled: bool = False  # a labelled finding ("Finding 3. ..."): one of a thematic list
    actor: bool = True  # an agency heads the failing's subject (not one named in passing)
    opens_label: bool = False  # the sentence itself opens with a label ("Finding 2: ..."): a new item
    agency_led: bool = False  # a named agency heads the sentence ("The council's assessment ... was not")
    acting: bool = False  # the grammar's actor is the failing's subject ("the social worker did not"), not a passive's agent


@dataclass
class _Problem:
    candidates: list[_Candidate]
    restatements: list[_Candidate] = field(default_factory=list)

    @property
    def agencies(self) -> list[str]:
        return list(dict.fromkeys(a for c in self.candidates for a in c.agencies))


def _attribute(text: str, para: _text.Paragraph, s: int, e: int, failing: Failing,
               orgs: frozenset[str], cues: Cues | None = None) -> tuple[list[str], str | None]:
    """Agencies a failing concerns: named as its actor (the subject or passive agent the
    grammar gives; an organisation the document names, such as a voluntary service); else
    named before the failing; else in the sentence; else in the paragraph's earlier sentences
    (nearest first); else in the sub-heading it sits under."""
    sentence = text[s:e]
    mentions = agency_mentions(sentence)
    if failing.actor is not None:
        a, b = failing.actor
        own = [m for m in mentions if a <= m.start < b]
        if own:  # "did not refer Mira to MARAC": the police's failing, not MARAC's
            return _ids_and_name(sentence, own)
        org = _organisation_name(sentence[a:b], orgs)
        if org:
            return [], org
        # "The practitioner did not know about the police involvement": a professional or a
        # team the sentence names without its agency, which the paragraph gives.
        words = cues.words if cues is not None else None
        if words is None or not words.practice.search(sentence[a:b]):
            ids, context_name = _context_agencies(text, para, s)
            named = _named_as(sentence[a:b])
            # "the team", "staff": the agency the paragraph names says more than a bare word
            return ids, context_name if context_name and named and " " not in named else named
    subject = [m for m in mentions if m.start < failing.cue]
    if not subject and (org := _organisation_name(sentence[:failing.cue], orgs)):
        return [], org
    if mentions:
        return _ids_and_name(sentence, subject or mentions)
    return _context_agencies(text, para, s)


def _context_agencies(text: str, para: _text.Paragraph, s: int) -> tuple[list[str], str | None]:
    """Agencies the paragraph's earlier sentences name (nearest first), else its sub-heading."""
    earlier = [(ps, pe) for ps, pe in para.sentences if pe <= s]
    for ps, pe in reversed(earlier):
        if found := agency_mentions(text[ps:pe]):
            return _ids_and_name(text[ps:pe], found)
    if para.subheading and (found := agency_mentions(para.subheading)):
        return _ids_and_name(para.subheading, found)
    return [], None


def _named_as(words: str) -> str | None:
    """The actor as the review names it, without its article ("the community team")."""
    words = re.sub(r"^(?:the|a|an|this|that|these|those)\s+", "", " ".join(words.split()), flags=re.I)
    return words[:1].upper() + words[1:] if words else None


def _organisation_name(words: str, orgs: frozenset[str]) -> str | None:
    """An organisation the document names ("Brightway Support"), as written in `words`."""
    if not orgs:
        return None
    org = re.search(r"\b(?:" + "|".join(map(re.escape, sorted(orgs))) + r")\b(?: [A-Z][\w'-]+)*", words)
    return org.group(0) if org else None


def _ids_and_name(sentence: str, mentions: list[AgencyMention]) -> tuple[list[str], str | None]:
    ids = [m.agency_id for m in mentions]
    return ids, agency_name(sentence, mentions[0])


MAX_PARSED = 400  # sentences parsed per document to read the actor of a failing


def _judged_paragraphs(rd: ReviewDoc, cues: Cues) -> list[_text.Paragraph]:
    """Paragraphs of the sections where the review judges practice, and of paragraphs
    elsewhere that open its findings ("The investigation found that:"), in reading order."""
    sections = [part for s in _text.review_sections(rd.text, cues.headings, rd.sections, cues.summary_label)
                for part in _judged_by_content(rd.text, s, cues)]
    judged = [s for s in sections if s.kind in cues.statement_sections + cues.summary_sections]
    paras = _text.paragraphs(rd.text, judged)
    others = [s for s in sections if s.kind in _text.LEAD_KINDS]
    paras += _text.lead_paragraphs(rd.text, others, cues.leads)
    if not any(_live_cues(rd.text[s:e], cues) for p in paras for s, e in p.sentences):
        paras = _whole_review(rd.text, sections)  # a web summary, a case study: no headings to go by
    return sorted(_with_view_cells(rd.text, paras, sections, cues), key=lambda p: p.start)


def _header_names(header: str, words: tuple[str, ...]) -> bool:
    low = " ".join(re.sub(r"[^a-z' ]", " ", header.lower()).split())
    return any(low.startswith(w) or f" {w}" in f" {low}" for w in words)


def _with_view_cells(text: str, paras: list[_text.Paragraph], sections: list[Section],
                     cues: Cues) -> list[_text.Paragraph]:
    """The paragraphs, where a table sets what happened beside the review's view of it, with
    the view cells (read as analysis, under the row's first cell) in place of its rows: the
    fact columns tell what happened, wherever the table stands."""
    if not cues.view_columns:
        return paras
    cells, rows = _tables.judging_cells(
        text, lambda h: "analysis" if _header_names(h, cues.view_columns) else None,
        lambda h: _header_names(h, cues.fact_columns))
    if not cells:
        return paras
    kept = [p for p in paras if not any(s <= p.start < e or p.start <= s < p.end for s, e in rows)]
    for cell in cells:
        section = next((s for s in sections if s.start <= cell.start < s.end), None)
        if section is None or section.kind in ("recommendations", "good_practice", "contents"):
            continue
        sentences = tuple(_text.sentence_spans(text, cell.start, cell.end))
        if sentences:
            kept.append(_text.Paragraph(Section(cell.kind, section.start, section.end, section.heading),
                                        cell.start, cell.end, sentences, cell.label, cell=True))
    return kept


# A section of facts whose sentences judge practice this densely is the review's analysis,
# whatever its heading says ("Consideration of agency involvement"): headings vary more than
# the sentences that judge.
JUDGING_DENSITY = 0.3
JUDGING_MIN = 4
_FACT_KINDS = ("chronology", "background", "introduction", "other", "family_involvement")


def _judged_by_content(text: str, section: Section, cues: Cues) -> list[Section]:
    """The section, as analysis where it judges densely; else the parts of it under their own
    sub-heading that do ("5. Each agency's contact" after a chronology, a heading the
    lexicon does not know), as analysis, and the rest as it was."""
    if section.kind not in _FACT_KINDS:
        return [section]
    paras = _text.paragraphs(text, [section])
    if _judges(text, [se for p in paras for se in p.sentences], cues):
        return [Section("analysis", section.start, section.end, section.heading)]
    out, cursor = [], section.start
    for heading, part in _subheading_parts(paras):
        if heading and _judges(text, [se for p in part for se in p.sentences], cues):
            if part[0].start > cursor:
                out.append(Section(section.kind, cursor, part[0].start, section.heading))
            out.append(Section("analysis", part[0].start, part[-1].end, heading))
            cursor = part[-1].end
    if cursor < section.end:
        out.append(Section(section.kind, cursor, section.end, section.heading))
    return out


def _judges(text: str, sentences: list[tuple[int, int]], cues: Cues) -> bool:
    failing = sum(1 for a, b in sentences
                  if read_failing(text[a:b], cues, findings=True, parsed=UNPARSED) is not None)
    return failing >= JUDGING_MIN and failing >= JUDGING_DENSITY * len(sentences)


def _subheading_parts(paras: list[_text.Paragraph]) -> list[tuple[str, list[_text.Paragraph]]]:
    """Runs of paragraphs under one sub-heading, in reading order."""
    parts: list[tuple[str, list[_text.Paragraph]]] = []
    for para in paras:
        if parts and parts[-1][0] == para.subheading:
            parts[-1][1].append(para)
        else:
            parts.append((para.subheading, [para]))
    return parts


def _whole_review(text: str, sections: list[Section]) -> list[_text.Paragraph]:
    """Every paragraph outside recommendations, method and contents, read as findings: for a
    review whose text names no place where it judges practice."""
    kept = [Section("findings", s.start, s.end, s.heading) for s in sections if s.kind not in _NOT_JUDGED]
    return _text.paragraphs(text, kept)


# Sections that never judge practice, even in a review that has no judging section.
_NOT_JUDGED = ("recommendations", "contents", "methodology", "terms_of_reference", "chronology")


def _parses(rd: ReviewDoc, paras: list[_text.Paragraph], cues: Cues) -> dict[int, Parsed]:
    """The parse of each sentence that states a failing (by its start), from the document
    model, at most MAX_PARSED per document; a sentence opening with a label is parsed
    without it."""
    wanted: dict[int, int] = {}  # sentence start -> ReviewDoc sentence index
    labelled: dict[int, int] = {}  # sentence start -> length of its label
    for para in paras:
        for s, e in para.sentences:
            if len(wanted) + len(labelled) >= MAX_PARSED or not _live_cues(rd.text[s:e], cues):
                continue
            label = _LABEL.match(rd.text, s, e)
            if label and label.end() < e:
                labelled[s] = label.end() - s
            else:
                wanted[s] = rd.sentence_index(s)
    docs = rd.parsed(list(wanted.values()))
    out = {s: (docs[i], s - rd.sentences[i].start) for s, i in wanted.items()}
    ends = {s: e for para in paras for s, e in para.sentences}
    rest = [rd.text[s + n:ends[s]] for s, n in labelled.items()]
    from reviewsynth.nlp import parse

    out.update({s: (doc, -n) for (s, n), doc in zip(labelled.items(), parse(rest), strict=True)})
    return out


def _own_case_study(text: str, paras: list[_text.Paragraph], names: tuple[str, ...],
                    cues: Cues) -> list[_text.Paragraph]:
    """The paragraphs that judge this case's practice, where a document tells several case
    studies: those of the one case study that names the case's people (each study running
    from its sub-heading to the next study or the end of its section), and those outside any
    study. A document telling one case, or naming its people in none or several, keeps all."""
    study_of: list[str | None] = []
    current: str | None = None
    for i, para in enumerate(paras):
        if i and para.section != paras[i - 1].section:
            current = None
        if any(p.match(para.subheading) for p in cues.case_studies):
            current = para.subheading
        study_of.append(current)
    studies = list(dict.fromkeys(s for s in study_of if s is not None))
    if len(studies) < 2 or not names:
        return paras
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    own = [s for s in studies if named.search(s) or any(
        named.search(text[p.start:p.end]) for p, of in zip(paras, study_of, strict=True) if of == s)]
    if len(own) != 1:
        return paras
    return [p for p, of in zip(paras, study_of, strict=True) if of is None or of == own[0]]


def _case_names(case: Case | None) -> tuple[str, ...]:
    """The names the coded case gives its people ("Jaylen", "Mr T"), not descriptions."""
    if case is None:
        return ()
    return tuple(n for p in case.people for n in [(p.name or "").strip()]
                 if len(n) > 1 and n[:1].isupper() and not re.match(r"(?:The|A|An)\b", n))


def _candidates(rd: ReviewDoc, cues: Cues, names: tuple[str, ...] = ()) -> list[_Candidate]:
    text = rd.text
    orgs = organisation_words(text)
    paras = _own_case_study(text, _judged_paragraphs(rd, cues), names, cues)
    parses = _parses(rd, paras, cues)
    out: list[_Candidate] = []
    before: list[str] = []  # the sentences before, in this section: what a pronoun refers to
    for i, para in enumerate(paras):
        if i == 0 or para.section != paras[i - 1].section:
            before = []
        if _not_contributory(text, para, cues):
            continue
        kind = para.section.kind
        found: list[tuple[int, int, Failing, bool]] = []  # each failing stated, and whether an agency is its actor
        for s, e in para.sentences:
            previous, earlier = (["", *before])[-1], (["", "", *before])[-2]
            failing = read_failing(text[s:e], cues, findings=kind != "analysis", previous=previous,
                                   orgs=orgs, parsed=parses.get(s, UNPARSED), earlier=earlier)
            before = [*before[-1:], text[s:e]]
            if failing is not None:
                found.append((s, e, failing, _named_actor(text[s:e], failing, orgs)))
        labelled = bool(cues.summary_label and cues.summary_label.search(text[para.start:para.end]))
        # A labelled finding is a summary across agencies ("Finding 2: Domestic abuse in
        # pregnancy was not recognised"), unless it judges one agency's own practice ("Finding
        # 3. The CRHTT response on 12 May was not adequate"): then it is the review's statement.
        summary = kind in cues.summary_sections or (
            kind != "analysis" and labelled
            and not any(_agency_heads_subject(text[s:e], f.cue) for s, e, f, _a in found))
        for s, e, failing, actor in found:
            agencies, name = _attribute(text, para, s, e, failing, orgs, cues)
            if kind == "analysis" and agencies[:1] == ["all_agencies"] and failing.owner == "agency":
                # "Professionals did not use these insights": the analysis summing up across
                # agencies what it has judged of each; it restates, or stands alone.
                out.append(_Candidate(para, s, e, agencies, name, True, False, actor))
                continue
            # "The policy requires ... Finding 2: the first contact ...": a label opening the sentence.
            opens = bool(cues.summary_label and cues.summary_label.search(text[s:e]))
            out.append(_Candidate(para, s, e, agencies, name, summary, labelled or opens, actor, opens,
                                  actor or _agency_heads_subject(text[s:e], failing.cue),
                                  _acting(text[s:e], failing, cues)))
    return out


def _acting(sentence: str, failing: Failing, cues: Cues) -> bool:
    """The failing's actor is its subject and someone who acts ("the social worker did not
    ..."), not a passive's agent nor a practice act ("the decision to end the plan relied on")."""
    if failing.actor is None or failing.actor[0] >= failing.cue:
        return False
    head = (sentence[failing.actor[0]:failing.actor[1]].split() or [""])[-1]
    if _AGENT_NOUN.search(head):  # "the social worker", "the consultant": a person acting
        return True
    return cues.words is None or not cues.words.practice.search(head)


_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ant)s?$", re.I)


def _named_actor(sentence: str, failing: Failing, orgs: frozenset[str]) -> bool:
    """A named agency (not 'agencies' in general, nor a professional alone) is the actor."""
    if failing.owner != "agency":
        return False
    if failing.actor is None:
        return _agency_heads_subject(sentence, failing.cue)
    a, b = failing.actor
    named = [m for m in agency_mentions(sentence[a:b]) if m.agency_id != "all_agencies"]
    return bool(named or _organisation_name(sentence[a:b], orgs))


def _not_contributory(text: str, para: _text.Paragraph, cues: Cues) -> bool:
    """The paragraph itself says what it describes did not contribute ("we do not suggest that
    the absence of it contributed to the incident"): context, not a practice problem."""
    return any(p.search(text[s:e]) for s, e in para.sentences for p in cues.not_contributory)


# Words that put an agency inside a phrase rather than at the head of the subject
# ("Information sharing between the police ...", "Exclusion from school ...").
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:between|from|of|by|to|with|for|about|in|on|at|and|or|into|across|within|than|among|through|"
    r"via|under|after|before|over|against|towards?|despite|like|as)"
    r"(?:\s+(?:the|a|an|its|their|his|her|[A-Z]\w*(?:'s|\u2019s)))*\s*$", re.I)
_LABEL_PREFIX = re.compile(r"^\W*(?:finding|lesson|learning|theme|issue)s?\s*\d*\s*[:.\u2013-]\s*", re.I)


def _agency_heads_subject(sentence: str, cue: int) -> bool:
    """A named agency (not 'agencies' in general) heads the subject of the failing."""
    label = _LABEL_PREFIX.match(sentence)
    offset = label.end() if label else 0
    for m in agency_mentions(sentence[:cue]):
        if m.agency_id == "all_agencies" or m.start < offset:
            continue
        return not _PREPOSITION_BEFORE.search(sentence[:m.start])
    return False


_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_COMMON = frozenset("""that this with from were have been which their there they what when would could
should about after before into over than then them also only other because while being does
said told make made more most very just such each these those where whom agency agencies
professional professionals service services review finding lesson""".split())


@lru_cache(maxsize=4096)
def _content(sentence: str) -> frozenset[str]:
    """Content-word stems of a sentence (first five letters: carer/carers, refer/referral).
    Cached: restatement matching compares each sentence with many others."""
    return frozenset(w[:5] for w in _WORD.findall(sentence.lower()) if w not in _COMMON)


def _overlap(a: str, b: str) -> float:
    ca, cb = _content(a), _content(b)
    return len(ca & cb) / min(len(ca), len(cb)) if ca and cb else 0.0


def _group(candidates: list[_Candidate]) -> list[_Problem]:
    """One problem per paragraph and agency; a failing naming no agency as its actor ("the
    information was in police records but was never transferred") joins the one before."""
    problems: list[_Problem] = []
    for c in candidates:
        last = problems[-1] if problems else None
        same_para = last is not None and last.candidates[-1].para == c.para and not c.opens_label
        if last is not None and same_para and (not c.agencies or not last.agencies or not c.actor
                                               or c.agencies[0] in last.agencies):
            last.candidates.append(c)
        else:
            problems.append(_Problem([c]))
    return problems


# A restatement is looked for among the problems nearest in the text, at most this many on
# each side, and among the first sentences of each problem. A review has far fewer, so
# nothing changes for one; comparing every summary with every problem of a very long
# document (a thematic review of many cases, many reports in one file) grew with the square
# of its length.
RESTATEMENT_WINDOW = 200
RESTATEMENT_SENTENCES = 50


def _restates(summary: _Candidate, problem: _Problem, text: str, threshold: float) -> float:
    """How strongly a summary sentence restates a problem (0 when agencies differ)."""
    if summary.agencies and problem.agencies and not set(summary.agencies) & set(problem.agencies):
        if "all_agencies" not in summary.agencies:
            return 0.0
    said = text[summary.start:summary.end]
    if _same_episode(summary, problem, text):
        return 1.0
    best = max(_overlap(said, text[c.start:c.end])
               for c in problem.candidates[:RESTATEMENT_SENTENCES])
    if best < threshold and _same_agency(summary, problem):
        # A finding sums up a paragraph, not only the sentence that states its failing ("The
        # GP did not act on the discharge letter" of "The discharge letter said ... It was
        # filed without being read"): the paragraph's words, where both name the agency.
        para = problem.candidates[0].para
        best = max(best, _overlap(said, text[para.start:para.end]) * PARAGRAPH_WEIGHT)
    return best if best >= threshold else 0.0


PARAGRAPH_WEIGHT = 0.8  # a paragraph shares more words with anything than a sentence does


def _same_agency(summary: _Candidate, problem: _Problem) -> bool:
    named = set(summary.agencies) - {"all_agencies"}
    return bool(named & set(problem.agencies))


_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\b")


def _same_episode(summary: _Candidate, problem: _Problem, text: str) -> bool:
    """Both name the same agency and the same day ("the CRHTT triage on 12 May" and "the
    CRHTT response on 12 May was not adequate"): one episode however differently worded."""
    shared = set(summary.agencies) & set(problem.agencies) - {"all_agencies"}
    if not shared:
        return False
    days = set(_DAY_MONTH.findall(text[summary.start:summary.end]))
    return any(days & set(_DAY_MONTH.findall(text[c.start:c.end]))
               for c in problem.candidates[:RESTATEMENT_SENTENCES])


def _agency_led(listed: list[_Candidate], text: str, cues: Cues) -> bool:
    """Most paragraphs of the findings that state a failing name the agency at fault as their
    subject, and at least two do: the review's own list of agencies' problems."""
    del text, cues  # each candidate knows whether a named agency is its actor
    paras = list(dict.fromkeys(c.para for c in listed))
    # An item led by an agency's own act ("The adult social care assessment was completed by
    # telephone, and her views were not recorded") judges that agency, whoever the failing's subject.
    led = sum(next(c for c in listed if c.para == para).agency_led for para in paras)
    return led >= 2 and led / len(paras) > 0.5


LIST_KINDS = ("findings", "lessons")  # where a review lists what it found (ties: findings)


def _assemble(doc: ExtractedDocument, candidates: list[_Candidate], cues: Cues) -> list[_Problem]:
    """Statements make problems; summaries restate them, or stand alone when they restate none.

    A review's own list is its practice problems, each item one problem, with the analysis
    paragraphs it restates as further quotes: a findings list whose items name the agency at
    fault ("Children's Social Care did not ..."), or labelled findings ("Finding 3: ...") in
    a review whose analysis states no failing. Otherwise (thematic findings, or none) the
    analysis states the problems and findings restate them.
    """
    text = doc.text
    statements = _group([c for c in candidates if not c.summary])
    summaries = [c for c in candidates if c.summary]
    analysis = [p for p in statements if p.candidates[0].para.section.kind == "analysis"]
    findings = [p for p in statements if p.candidates[0].para.section.kind != "analysis"]
    # The review's list: its findings, or its lessons where they list more (a review may head
    # what it found "Learning identified").
    by_kind = {kind: [c for c in candidates if c.para.section.kind == kind] for kind in LIST_KINDS}
    listed = max(by_kind.values(), key=lambda found: len({c.para for c in found}))
    labelled = [c for c in listed if c.labelled]
    if _agency_led(listed, text, cues):
        # A list whose items carry labels ("Finding 3. ...") holds those items only: an
        # unlabelled paragraph under it (a vignette of another family) is no item.
        problems = _group(labelled if len({c.para for c in labelled}) >= 2 else listed)
        # An analysis failing of an agency the list names nowhere, told of the agency acting
        # ("the social worker did not speak to her alone" beside a list of police and health
        # items), is a problem the list left out, not a quote.
        left = _attach(analysis, problems, text, cues)
        listed_agencies = {a for p in problems for a in p.agencies}
        problems += [p for p in left if p.candidates[0].acting and not p.candidates[0].summary
                     and p.candidates[0].agencies[:1] and p.candidates[0].agencies[0] not in listed_agencies]
    elif not analysis and len({c.para for c in labelled}) >= 2:
        problems = _group(labelled)
        _attach([f for f in findings if not f.candidates[0].labelled], problems, text, cues)
    else:
        analysis = _merge_cells(analysis, text, cues)
        problems = list(analysis)
        for f in findings:
            best = _restated(f.candidates, analysis, text, cues)
            if best is not None:  # the finding and the analysis behind it: one problem
                best.restatements[:0] = f.candidates
            else:
                problems.append(f)
    listed_ids = {id(c) for c in listed} if problems and problems[0].candidates[0] in listed else set()
    for s in summaries:
        if id(s) in listed_ids:
            continue
        best = _restated([s], problems, text, cues)
        if best is not None:
            best.restatements.append(s)
    if not problems:  # a review that states problems only in its lessons or conclusions
        problems = _group(summaries)
    return problems


_NEAREST = 200


def _cell_restated(cell: _Problem, prose: _Problem, text: str, threshold: float) -> float:
    """How strongly a prose problem states what a view cell states: sentence by sentence (a
    cell is too short to set against a whole paragraph), same agency or one naming none; or,
    more weakly, the same agency in the same month ("Mar 2020 | Surgery | ..." beside "In
    March 2020 the GP ..."): one episode told twice in other words."""
    if cell.agencies and prose.agencies and not set(cell.agencies) & set(prose.agencies):
        return 0.0
    best = max(_overlap(text[c.start:c.end], text[d.start:d.end])
               for c in cell.candidates for d in prose.candidates[:RESTATEMENT_SENTENCES])
    if best >= threshold:
        return best
    para = prose.candidates[0].para
    same_month = _months(cell.candidates[0].para.subheading) & _months(text[para.start:para.end])
    return threshold * 0.5 if same_month and _same_agency(cell.candidates[0], prose) else 0.0


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?((?:19|20)\d\d)\b"
                         r"|\b\d{1,2}/(\d{1,2})/((?:19|20)\d\d)\b", re.I)


def _months(words: str) -> set[tuple[int, str]]:
    """(month, year) of each date the words give ("Mar 2020", "12 March 2020", "12/03/2020")."""
    found = set()
    for m in _MONTH_YEAR.finditer(words):
        if m.group(1):
            found.add((_MONTH_NAMES.index(m.group(1).lower()) + 1, m.group(2)))
        elif 1 <= int(m.group(3)) <= 12:
            found.add((int(m.group(3)), m.group(4)))
    return found


def _merge_cells(analysis: list[_Problem], text: str, cues: Cues) -> list[_Problem]:
    """A table's view of an episode ("Panel comment: the GP did not ask ...") and the prose
    analysis that judges the same episode are one problem: each cell problem joins the prose
    problem that restates it most strongly, one cell to one prose problem (a paragraph on
    several episodes keeps the others apart), the cell's words first."""
    cells = [p for p in analysis if p.candidates[0].para.cell]
    prose = [p for p in analysis if not p.candidates[0].para.cell]
    if not cells or not prose:
        return analysis
    pairs = sorted(((_cell_restated(cell, pr, text, cues.restatement_overlap), i, j)
                    for i, cell in enumerate(cells) for j, pr in enumerate(prose)), reverse=True)
    taken_cells: set[int] = set()
    taken_prose: dict[int, int] = {}
    for score, i, j in pairs:
        if score <= 0:
            break
        if i in taken_cells or j in taken_prose:
            continue
        taken_cells.add(i)
        taken_prose[j] = i
    merged = {id(cells[i]): prose[j] for j, i in taken_prose.items()}
    out: list[_Problem] = []
    for p in analysis:
        if p.candidates[0].para.cell and id(p) in merged:
            pr = merged[id(p)]
            # both first sentences among the quotes: the cell's and the prose's
            out.append(_Problem(pr.candidates[:1] + p.candidates[:1] + pr.candidates[1:] + p.candidates[1:],
                                p.restatements + pr.restatements))
        elif not p.candidates[0].para.cell and any(pr is p for pr in merged.values()):
            continue
        else:
            out.append(p)
    return out


def _restated(said: list[_Candidate], problems: list[_Problem], text: str, cues: Cues) -> _Problem | None:
    """The problem the sentences `said` restate most strongly, if any."""
    # Only the problems nearest in the text: a huge page costs linearly, not problems x statements.
    if len(problems) > _NEAREST:
        problems = sorted(problems, key=lambda p: abs(p.candidates[0].start - said[0].start))[:_NEAREST]
    scored = [(max(_restates(c, p, text, cues.restatement_overlap) for c in said), p) for p in problems]
    score, best = max(scored, key=lambda sp: sp[0], default=(0.0, None))
    return best if score > 0 else None


def _attach(statements: list[_Problem], problems: list[_Problem], text: str, cues: Cues) -> list[_Problem]:
    """Each statement that restates one of the review's listed problems gives it quotes; the
    statements that restate none are returned."""
    left = []
    for st in statements:
        best = _restated(st.candidates, problems, text, cues)
        if best is not None:
            best.restatements.extend(st.candidates)
        else:
            left.append(st)
    return left


def _to_model(doc: ExtractedDocument, problem: _Problem, cues: Cues) -> PracticeProblem:
    text = doc.text
    first = problem.candidates[0]
    quotes = [(c.start, c.end) for c in problem.candidates]
    quotes += [(c.start, c.end) for c in problem.restatements if (c.start, c.end) not in quotes]
    quotes = [(_after_bullet(text, s, e), e) for s, e in quotes]
    evidence = [doc.evidence(s, e) for s, e in quotes[:MAX_EVIDENCE]]
    paragraphs = list(dict.fromkeys(c.para for c in problem.candidates + problem.restatements))
    factors: dict[str, list[Evidence]] = {}
    for para in paragraphs:
        for s, e in para.sentences:
            for fid in systemic_factors_in(text[s:e], cues):
                if len(factors.setdefault(fid, [])) < 2:
                    factors[fid].append(doc.evidence(s, e))
    agency = first.agency or next((c.agency for c in problem.candidates + problem.restatements
                                   if c.agency), None)
    agency_ids = problem.agencies or list(dict.fromkeys(
        a for c in problem.restatements for a in c.agencies))
    kind = first.para.section.kind
    return PracticeProblem(
        text=" ".join(" ".join(text[s:e].split()) for s, e in quotes[:2]),
        agency=agency, theme=None, evidence=evidence,
        problem_id=problem_key(doc.sha256, text[first.start:first.end]),
        agencies=agency_ids,
        section=kind,
        systemic_factors=[{"factor": fid, "evidence": [ev.model_dump() for ev in evs]}
                          for fid, evs in factors.items()],
        status="suggested",
        confidence=0.8 if problem.restatements or kind == "findings" else 0.6,
    )


_BULLET = re.compile(r"[\u2022\u25cf\u25aa\u2013*\-][ \t]+")


def _after_bullet(text: str, s: int, e: int) -> int:
    """A bulleted finding's quote starts at its words, not at the bullet. (The problem id
    keeps the sentence as found, so analysts' theme edits made before still apply.)"""
    m = _BULLET.match(text, s, e)
    return m.end() if m else s


def problem_key(document_sha: str, quote: str) -> str:
    """A stable id for a problem: its document and the normalised sentence that states it."""
    norm = " ".join(quote.lower().split())
    return hashlib.sha256(f"{document_sha}:{norm}".encode()).hexdigest()[:16]


def find_practice_problems(doc: ExtractedDocument | ReviewDoc, case: Case | None = None,
                           cues_path: str | None = None) -> list[PracticeProblem]:
    """The practice problems the review names, with agencies, systemic factors and quotes,
    read from the shared document model (`coding.reader.ReviewDoc`; one is read from an
    `ExtractedDocument`).

    Excluded cases get none (stage 2 applies to included reviews only). Recommendations are
    never problems; see `find_recommendations` for those.
    """
    if case is not None and case.screening is not None and not case.included:
        return []
    cues = load_cues(cues_path)
    rd = doc if isinstance(doc, ReviewDoc) else ReviewDoc.read(doc)
    reflowed = _tables.reflow_grid_tables(rd.text)
    if reflowed is not None:  # cells wrapped over lines: read each cell whole, quote the document
        return _in_grid_document(rd.doc, reflowed, cues)
    problems = _assemble(rd.doc, _candidates(rd, cues, _case_names(case)), cues)
    return _dedupe([_to_model(rd.doc, p, cues) for p in problems])


def _in_grid_document(doc: ExtractedDocument, reflowed: _tables.Reflowed, cues: Cues) -> list[PracticeProblem]:
    """Problems of a document with grid tables, read from its reflowed text, each quote the
    document's own words (the lines a wrapped cell's sentence runs over)."""
    flat = ExtractedDocument(doc.path, doc.sha256, doc.media_type, reflowed.text,
                             [Page(None, 0, len(reflowed.text))], doc.title)
    rd = ReviewDoc.read(flat)
    problems = [_to_model(flat, p, cues) for p in _assemble(flat, _candidates(rd, cues), cues)]

    def back(ev: Evidence) -> Evidence:
        if ev.start is None or ev.end is None:
            return ev
        start, end = reflowed.original_span(ev.start, ev.end)
        return doc.evidence(*_trim_span(doc.text, start, end))

    for p in problems:
        p.evidence = [back(ev) for ev in p.evidence]
        p.systemic_factors = [{**f, "evidence": [back(Evidence(**ev)).model_dump() for ev in f["evidence"]]}
                              for f in p.systemic_factors]
    return _dedupe(problems)


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _dedupe(problems: list[PracticeProblem]) -> list[PracticeProblem]:
    seen: set[str] = set()
    out = []
    for p in problems:
        key = getattr(p, "problem_id", None) or p.text
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def find_recommendations(doc: ExtractedDocument) -> list[dict[str, Any]]:
    """The review's recommendations, kept apart from problems: text, agencies and evidence."""
    cues = load_cues()
    sections = [s for s in _text.review_sections(doc.text, cues.headings) if s.kind == "recommendations"]
    out: list[dict[str, Any]] = []
    for para in _text.paragraphs(doc.text, sections):
        s, e = para.sentences[0][0], para.sentences[-1][1]
        sentence = doc.text[s:e]
        out.append({"text": " ".join(sentence.split()),
                    "agencies": [m.agency_id for m in agency_mentions(sentence)],
                    "evidence": [doc.evidence(s, e)]})
    return out
