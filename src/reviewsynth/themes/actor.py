"""Whose failing a sentence states, read from its grammar (the document model's spaCy parse).

The failing's own predicate decides, never the first name in the sentence: the verb a cue
belongs to ("did not ask", "no referral was made", "failed to refer"), and its subject, or
the agent of a passive ("was not referred by the health visitor"). A conjoined verb shares
its subject ("did not contact the police or check MARAC records"), a verb after "failed to"
takes the subject of "failed". The subject is then read by its head word:

- an agency or a professional ("The GP", "Staff in the emergency department"): the agency's;
- nobody, or a practice act with "no" ("Nobody spoke to the children", "No referral was
  made", "There was no risk assessment", "He had no care coordinator"): services' failing;
- a passive whose subject is a person or a practice act ("Mr P was not seen", "her call was
  not returned"): services' failing (someone did not see him, did not return it), unless the
  verb tells no act of practice ("he was not injured");
- the review itself ("The review was not delayed", "We did not speak to ..."): a method
  statement, no failing;
- a person as the subject of an active verb ("She did not tell anyone"): not a practice failing.

`read_actor` answers None when the parse cannot tell; the caller then falls back to its
word-order reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from reviewsynth.coding.roles import roles_lexicon

Kind = Literal["agency", "service", "person", "pronoun", "review", "none"]
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_SHARES_SUBJECT = ("conj", "xcomp")  # "did not call or visit", "failed to refer"
_THIRD_PERSON = frozenset("he him his she her hers himself herself".split())
_GROUP_PRONOUNS = frozenset("they them it this that these those which who".split())
_NONE_WORDS = frozenset("nobody noone none anyone anybody nothing".split())
_NO = frozenset(("no", "neither"))
_HAPPEN = frozenset(("happen", "occur", "follow"))  # "none of it happened" (and "neither took place")
# Words that end an organisation's name ("Beacon Centre", "Stenbury Police").
ORG_SUFFIXES = frozenset(
    "Team Service Services Trust Support Centre Council Police Practice Surgery School Academy "
    "Homes Housing Hospital Unit Clinic Board Partnership Project Association Society Charity Aid "
    "Group Hub Authority Constabulary Ward Recovery Advocacy Foundation Network Alliance".split())


@dataclass(frozen=True)
class Actor:
    """The actor of a failing: what kind it is, and its words' offsets in the sentence."""

    kind: Kind
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class ActorWords:
    """What names whom (from `problem_cues.yaml` `ownership`)."""

    review: re.Pattern[str]
    professional: re.Pattern[str]
    person: re.Pattern[str]
    practice: re.Pattern[str]
    not_acts: frozenset[str]  # verb lemmas that tell no act of practice when negated
    organisation_heads: frozenset[str] = frozenset()  # "the community team": a service
    assumptions: frozenset[str] = frozenset()  # "thought she would not understand": the thinker's failing


@lru_cache(maxsize=1)
def harm_lemmas() -> frozenset[str]:
    """Harm verbs of the role reader: "he was not injured" tells no act of practice."""
    return frozenset(w for words in roles_lexicon().harm_verbs.values() for w in words)


def read_actor(doc: Any, delta: int, cue: int, words: ActorWords, is_agency: Any,
               orgs: frozenset[str] = frozenset()) -> Actor | None:
    """The actor of the failing whose cue starts at `cue` (an offset in the sentence that
    begins at character `delta` of the parsed text); None when the parse cannot tell."""
    token = next((t for t in doc if t.idx >= delta + cue), None)
    if token is None or token.idx > delta + cue + 40:
        return None
    if token.lemma_ == "difficulty":  # "professionals' difficulties in recognising grooming"
        return _difficulty_reading(token, words, is_agency, delta)
    predicate = _predicate(token)
    if _identity(predicate, words):
        return Actor("none")  # "staff who were not social workers": what someone is, not did
    possession = _lacks_practice(predicate, words)
    evidence = _no_evidence_of(predicate)
    if evidence is not None:  # "the review found no evidence that the GP considered it"
        return _evidence_reading(evidence, words, is_agency)
    shown = _not_shown(predicate, words, is_agency)
    if shown is not None:  # "the records do not show that anyone asked": what they would have shown
        return _shown_reading(shown, words, is_agency)
    subject, passive = _subject(predicate, words)
    if subject is None and _bare_gerund(predicate) and _is_act(predicate, words):
        return Actor("service")  # a list item "not recognising the parents' concerns": by nobody named
    if subject is None:
        # "The disclosure ... was logged but not shared with the police": a passive whose
        # subject the parse lost is still something services did not do.
        return Actor("service") if possession or (_elided_passive(predicate) and _is_act(predicate, words)) \
            else None
    actor = _classify(subject, passive, predicate, words, is_agency, orgs, delta)
    if possession and actor.kind in ("person", "none", "pronoun"):
        return Actor("service")  # "Mr K had no allocated care coordinator"
    if actor.kind in ("none", "pronoun") and (_should_have_led(predicate) or _went_undone(predicate)
                                             or _out_of_sight(predicate, words, is_agency)):
        return Actor("service")  # "The disclosure should on its own have led to a referral"
    if actor.kind in ("person", "none", "pronoun") and _owed_placement(predicate, words):
        return Actor("service")  # "The family should not have been on the universal pathway"
    if actor.kind in ("person", "none") and (assumer := _assumer(predicate, words, is_agency)) is not None:
        return Actor("agency", assumer.left_edge.idx - delta, assumer.idx + len(assumer.text) - delta)
    return actor


# Verbs of what an event should have set off ("should have led to", "should have prompted").
_SET_OFF = frozenset("lead prompt trigger result bring cause mean spark".split())


def _should_have_led(predicate: Any) -> bool:
    """'X should have led to (prompted, triggered) Y': what practice should have made of an
    event or a finding; its subject names the event, not whoever was to act."""
    auxes = {c.lower_ for c in predicate.children if c.dep_ == "aux"}
    return predicate.lemma_ in _SET_OFF and bool(auxes & {"should", "ought"}) and "have" in auxes


def _owed_placement(predicate: Any, words: ActorWords) -> bool:
    """'X should (not) have been on (in, under) a plan, a pathway, a list': where practice
    ought or ought not to have placed someone; the person is its subject, practice its act."""
    auxes = {c.lower_ for c in predicate.children if c.dep_ == "aux"}
    if predicate.lemma_ != "be" or not auxes & {"should", "ought"} or "have" not in auxes:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in", "under", "off") and any(
        g.dep_ == "pobj" and words.practice.search(_head_phrase(g)) for g in c.children)
        for c in predicate.children)


# Adjectives of what a professional could or could not see ("was not visible to local officers").
_IN_SIGHT = frozenset(("visible", "available", "accessible"))


def _out_of_sight(predicate: Any, words: ActorWords, is_agency: Any) -> bool:
    """'The earlier allegation was not visible (available) to officers', 'his drug use was
    not known to CAMHS': what was known somewhere did not reach those who needed it, a gap
    in how services hold information (a person "not known to services" is the caller's none)."""
    if not any(c.dep_ == "neg" for c in predicate.children):
        return False
    if predicate.lemma_ == "know" and any(c.dep_ == "auxpass" for c in predicate.children):
        subject, _passive = _subject(predicate, words)
        if subject is None or subject.lower_ in _THIRD_PERSON or subject.pos_ in ("PROPN", "PRON") \
                or words.person.search(subject.text):
            return False  # "He was not known to mental health services": who he was, not what was held
        # "to CAMHS" may be parsed as a prepositional phrase or, wrongly, as a complement
        named = [g for c in predicate.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj"] + [c for c in predicate.children if c.dep_ == "xcomp"]
        # "not known to any agency": what no service held is no gap between services
        return any((words.professional.search(_head_phrase(g)) or is_agency(_head_phrase(g))
                    or g.lower_ in words.organisation_heads)
                   and not any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in g.children) for g in named)
    if predicate.lemma_ != "be":
        return False
    for adj in (c for c in predicate.children if c.dep_ == "acomp" and c.lower_ in _IN_SIGHT):
        for prep in (c for c in adj.children if c.dep_ == "prep" and c.lower_ == "to"):
            if any(g.dep_ == "pobj" and (words.professional.search(_head_phrase(g)) or is_agency(_head_phrase(g)))
                   for g in prep.children):
                return True
    return False


def _went_undone(predicate: Any) -> bool:
    """'X went (remained) unrecorded, unchallenged, unexplored': nobody did it to X."""
    return predicate.lemma_ in ("go", "remain", "stay") and any(
        c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_.startswith("un") and c.lower_.endswith(("ed", "ised", "ized"))
        for c in predicate.children)


def _assumer(predicate: Any, words: ActorWords, is_agency: Any) -> Any | None:
    """The professional or agency whose assumption a negated clause tells ("The social worker
    thought that Mr A would not understand", "Staff assumed he did not need help")."""
    head = predicate.head
    if predicate.dep_ != "ccomp" or head == predicate or head.lemma_ not in words.assumptions:
        return None
    thinker = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if thinker is None:
        return None
    phrase = _head_phrase(thinker)
    known = is_agency(phrase) or words.professional.search(phrase)
    return thinker if known and not words.review.search(phrase) else None


def _predicate(token: Any) -> Any:
    """The verb a cue word belongs to: up from an auxiliary, a negation or a noun phrase."""
    t = token
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "neg"):
            return t
        if t.head == t:
            return t
        t = t.head
    return t


# What a "by" phrase names when it tells the means or time of an act, not its agent ("by
# telephone", "by the time of his death").
_MEANS = frozenset("telephone phone letter email e-mail post text video call time".split())


def _subject(predicate: Any, words: ActorWords | None = None) -> tuple[Any | None, bool]:
    """(subject token, passive) of a predicate: its agent first, then its subject, then the
    subject of the verb it is conjoined with or complements; a relative clause's head noun."""
    passive = _elided_passive(predicate) or any(c.dep_ == "nsubjpass" for c in predicate.children)
    agent = next((c for c in predicate.children if c.dep_ == "agent"), None)
    if agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lemma_.lower() not in _MEANS:  # "done by telephone": how, not who
            return pobj, False
    verb = predicate
    for _ in range(4):
        if verb != predicate and (main := _reporting_subject(verb, predicate, words)) is not None:
            return main, passive
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            if subject.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                return verb.head, passive
            if verb != predicate and verb.dep_ == "advcl":
                # "Police treated it as X once Ewan withdrew it, and did not share it": a verb
                # joined to a subordinate clause most often continues the main one.
                main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                return (main or subject), passive
            return subject, passive
        if verb.dep_ == "relcl":
            return verb.head, passive
        # "Adult social care saw him only as ..., closing the referral without asking": a
        # participle clause without a subject of its own continues the main clause's
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
        if (verb.dep_ not in _SHARES_SUBJECT and not participle) or verb.head == verb:
            break
        verb = verb.head
    return None, passive


def _reporting_subject(verb: Any, predicate: Any, words: ActorWords | None) -> Any | None:
    """The subject of the main clause, where the parser has joined a failing to the clause
    it reports ("Officers noted that he seemed unwell but did not ask for an assessment":
    'did not ask' hangs from 'seemed'): a 'did not' conjoined to a reported clause that has
    no 'did' of its own continues the one who noted, knew or recorded it."""
    if verb.dep_ != "ccomp" or verb.head == verb or not _has_do(predicate) or _has_do(verb):
        return None
    main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or main.lower_ in ("we", "i") or (words is not None and words.review.search(_head_phrase(main))):
        return None  # "The review found that the school recorded it but did not ...": the school's
    return main


def _has_do(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children)


def _identity(predicate: Any, words: ActorWords) -> bool:
    """A negated 'be' with a noun complement that names no act of practice ("were not social
    workers", "was not a relative"); "was not adequate" or "was not a proportionate
    response" still judge practice."""
    if predicate.lemma_ != "be" or any(c.dep_ == "acomp" for c in predicate.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("should", "ought") for c in predicate.children):
        return False  # "the case should have been a priority": what practice should have made of it
    attr = next((c for c in predicate.children if c.dep_ == "attr"), None)
    return attr is not None and attr.pos_ in ("NOUN", "PROPN") and not _has_no(attr) \
        and not words.practice.search(_head_phrase(attr))


def _lacks_practice(predicate: Any, words: ActorWords) -> bool:
    """'had no care coordinator', 'was given no plan', 'left him without a named worker': an
    absence of practice, whoever had it or whatever caused it."""
    if predicate.lemma_ == "leave":
        return any(c.dep_ == "prep" and c.lower_ == "without" and any(
            g.dep_ == "pobj" and (words.practice.search(_head_phrase(g)) or words.professional.search(_head_phrase(g)))
            for g in c.children)
            for c in predicate.children)
    if predicate.lemma_ not in ("have", "receive", "get", "give", "offer"):
        return False
    # "did not receive a psychosocial assessment", "did not have a care coordinator": the same want
    negated = predicate.lemma_ in ("have", "receive", "get") and any(c.dep_ == "neg" for c in predicate.children)
    return any(c.dep_ in ("dobj", "attr") and (_has_no(c) or negated) and words.practice.search(_head_phrase(c))
               for c in predicate.children)


def _bare_gerund(predicate: Any) -> bool:
    """A negated gerund with no subject or auxiliary of its own, as list items state what was
    not done ("not recognising ...", "not sharing the plan with ...")."""
    deps = {c.dep_ for c in predicate.children}
    # what was not done is said: "not recognising the concerns", "not asking about the threats";
    # "not going back to him" tells no act of practice.
    done_to = deps & {"dobj", "ccomp"} or any(c.dep_ == "prep" and c.lower_ == "about" for c in predicate.children)
    return predicate.tag_ == "VBG" and "neg" in deps and not deps & {"aux", "auxpass", *SUBJECTS} \
        and predicate.dep_ not in ("csubj", "pcomp", "xcomp") and bool(done_to)


def _difficulty_reading(noun: Any, words: ActorWords, is_agency: Any, delta: int) -> Actor:
    """Whose difficulty in doing something: a professional's or an agency's is its failing,
    a person's ("her difficulty in engaging") is none; nobody's named is services'."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.head != noun:  # "he had difficulty in understanding English"
        owner = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if owner is None:
        return Actor("service")
    phrase = _head_phrase(owner)
    span = (owner.left_edge.idx - delta, owner.idx + len(owner.text) - delta)
    if is_agency(phrase) or words.professional.search(phrase):
        return Actor("agency", *span)
    return Actor("person", *span)


def _elided_passive(predicate: Any) -> bool:
    """A passive verb, or a verb conjoined with one that shares its auxiliary ("was logged but
    not shared"): the verb's own object is then what was (not) done."""
    verb = predicate
    for _ in range(3):
        if any(c.dep_ == "auxpass" for c in verb.children):
            return True
        own = {c.dep_ for c in verb.children}
        # "was discharged but not given a plan" shares "was"; "was seen and refused help" does not.
        if verb.dep_ != "conj" or verb.head == verb or "aux" in own or ("dobj" in own and "neg" not in own):
            return False
        verb = verb.head
    return False


def _of_phrase(token: Any) -> Any | None:
    """The noun of a token's 'of' phrase ("none of the agencies": agencies)."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


_NO_ONE = re.compile(r"no\s*-\s*one\b", re.I)


def _no_one(token: Any) -> bool:
    """'No-one', which the tokenizer splits ('No', '-', 'one') so either part may be the subject."""
    start = token.idx - 3 if token.lower_ == "one" else token.idx
    return token.lower_ in ("no", "one") and bool(_NO_ONE.match(token.doc.text, max(start, 0)))


def _has_no(token: Any) -> bool:
    """'no agency', 'neither service', 'not one professional'."""
    return any((c.dep_ == "det" and c.lower_ in _NO)
               or (c.dep_ == "nummod" and c.lower_ == "one" and any(g.dep_ == "neg" for g in c.children))
               for c in token.children)


def _head_phrase(token: Any) -> str:
    """The words up to and including a noun: its determiners, possessors and compounds."""
    left = token.left_edge.i
    return token.doc[left:token.i + 1].text


def _classify(subject: Any, passive: bool, predicate: Any, words: ActorWords, is_agency: Any,
              orgs: frozenset[str], delta: int) -> Actor:
    last = _last_conjunct(subject)  # "Neither the midwife nor the health visitor": both act
    span = (subject.left_edge.idx - delta, last.idx + len(last.text) - delta)
    if subject.dep_ == "expl":
        return _existential(predicate, words, is_agency)
    if subject.dep_.startswith("csubj"):
        return Actor("none")  # "what is clear now was not clear at the time"
    head = _head_phrase(subject)
    low = subject.lower_
    if low in ("none", "neither") and (group := _of_phrase(subject)) is not None:
        # "None of the practitioners asked": services'; "neither of her parents told": theirs
        group_words = _head_phrase(group)
        if group.lower_ in ("them", "these", "those"):
            return Actor("pronoun", *span)  # "considered by none of them": whom the sentence before names
        of_services = bool(is_agency(group_words) or words.professional.search(group_words)
                           or words.practice.search(group_words)
                           or group.lower_ in words.organisation_heads)
        return Actor("service", *span) if of_services else Actor("person", *span)
    if low in ("neither", "none") and (predicate.lemma_ in _HAPPEN or (predicate.lemma_ == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in predicate.children))):
        return Actor("service", *span)  # "Neither took place": what should have followed did not
    if low == "neither" and not passive:
        return Actor("pronoun", *span)  # "neither told the team": the two the sentence before names
    if low in _NONE_WORDS or (low == "one" and _has_no(subject)) or _no_one(subject):
        return Actor("service", *span)
    if words.review.search(head) or low in ("we", "i", "us"):
        return Actor("review", *span)
    whole = subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text
    if _has_no(subject) and (is_agency(whole) or words.professional.search(whole)
                             or subject.lower_ in words.organisation_heads):
        return Actor("service", *span)  # "No agency assessed him", "neither service asked"
    if passive and not _is_act(predicate, words):
        return Actor("none", *span)  # "The outreach service was not known to her": her state, no act
    if is_agency(head) or words.professional.search(head) or _organisation(subject, head, orgs) or (
            subject.lower_ in words.organisation_heads and subject.pos_ in ("NOUN", "PROPN")):
        return Actor("agency", *span)
    acted_on = passive and _is_act(predicate, words)
    if low == "it" and predicate.lemma_ == "be" and any(c.dep_ == "acomp" for c in predicate.children):
        return Actor("service", *span)  # "It was unclear who was responsible for ..."
    if low in _GROUP_PRONOUNS:
        return Actor("service", *span) if acted_on else Actor("pronoun", *span)
    named = subject.pos_ == "PROPN" and not is_agency(whole) and not words.practice.search(head)
    if low in _THIRD_PERSON or named or words.person.search(subject.text):
        return Actor("service", *span) if acted_on else Actor("person", *span)
    owner = _act_owner(subject)
    if words.practice.search(head) and owner is not None and is_agency(owner.text):
        # "The discharge from Heron Ward was not planned", "the response of the CRHTT": the act
        # of the agency its phrase names (not of one named in passing: "information held in
        # police records").
        return Actor("agency", owner.start_char - delta, owner.end_char - delta)
    if words.practice.search(head) or passive:
        return Actor("service", *span) if _is_act(predicate, words) else Actor("none", *span)
    return Actor("none", *span)


def _last_conjunct(noun: Any) -> Any:
    """The last noun joined to a subject by "and", "or" or "nor" ("the GP and the health visitor")."""
    for _ in range(6):
        conj = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
        if conj is None:
            return noun
        noun = conj
    return noun


def _act_owner(noun: Any) -> Any | None:
    """The words that say whose act a noun is: its possessor and compounds ("the Trust's
    assessment", "the police risk assessment"), or its "of", "from" or "by" phrase."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return noun.doc[pobj.left_edge.i:pobj.i + 1]
    return noun.doc[noun.left_edge.i:noun.i + 1]


def _organisation(subject: Any, head: str, orgs: frozenset[str]) -> bool:
    """A name the document gives an organisation ("Brightway", "the Beacon Centre"), or an
    acronym ("RDAS"): people are named by names, titles and initials, not acronyms."""
    if subject.pos_ != "PROPN":
        return False
    text = subject.text
    return (any(w in orgs for w in head.split()) or (len(text) >= 3 and text.isalpha() and text.isupper())
            or (text in ORG_SUFFIXES and head[:1].isupper()))


# Verbs of judging: passive with a complement ("was not felt to meet the threshold") they tell
# what practitioners decided; "was not expected to survive" tells nothing of practice.
_JUDGING = frozenset("feel think consider judge deem believe assess see view regard".split())


def _is_act(predicate: Any, words: ActorWords) -> bool:
    """The predicate tells an act of practice: not a harm, a state or the person's own act
    ("was not taken up"), nor a judgement about someone ("was not thought to be connected")."""
    lemma = predicate.lemma_.lower()
    particle = next((c.lower_ for c in predicate.children if c.dep_ == "prt"), None)
    complements = [c for c in predicate.children if c.dep_ == "xcomp"]
    if any(c.lemma_ == "be" or any(g.lemma_ == "be" for g in c.children) for c in complements):
        return False
    if complements and lemma in _JUDGING and any(c.dep_ == "auxpass" for c in predicate.children):
        # "were not felt to meet the threshold", "was not thought to need a plan": a
        # judgement practitioners made about what to do, whatever its verb.
        return True
    return not (lemma in words.not_acts | harm_lemmas() or (particle and f"{lemma} {particle}" in words.not_acts))


_EVIDENCE_NOUNS = frozenset(("evidence", "record", "indication", "sign", "suggestion", "information", "nothing"))
_KNOWING_NOUNS = frozenset(("information", "knowledge", "understanding", "exploration", "enquiry"))


def _existential(predicate: Any, words: ActorWords, is_agency: Any) -> Actor:
    """'There was no X': services' failing when X is an act of practice; 'there was no
    evidence that anyone asked' is read from what the evidence would have shown."""
    noun = next((c for c in predicate.children if c.dep_ in ("attr", "nsubj", "dobj")), None)
    if noun is None:
        return Actor("none")
    if noun.lemma_ in _KNOWING_NOUNS and any(c.dep_ == "amod" and c.lower_ == "little" for c in noun.children):
        return Actor("service")  # "There was little information about the father": what services knew
    if noun.lemma_ in _EVIDENCE_NOUNS:
        return _evidence_reading(noun, words, is_agency)
    return Actor("service") if words.practice.search(_head_phrase(noun)) else Actor("none")


def _no_evidence_of(predicate: Any) -> Any | None:
    """'found no evidence that ...', 'saw no record of ...': the evidence noun, if any."""
    if predicate.lemma_ not in ("find", "see", "identify", "have", "locate"):
        return None
    return next((c for c in predicate.children if c.dep_ == "dobj" and c.lemma_ in _EVIDENCE_NOUNS
                 and _has_no(c)), None)


# Verbs by which a record tells what was done ("the notes do not show that she was asked").
_SHOWING = frozenset("show indicate suggest confirm demonstrate".split())


def _not_shown(predicate: Any, words: ActorWords, is_agency: Any) -> Any | None:
    """The clause a record does not show: 'the records do not show that anyone asked',
    'nothing in the notes suggests that the risk was reviewed', 'none of the records show
    that she was asked'; None for any other predicate, and where a professional or an agency
    is the subject ("the officer did not confirm that ..." is the officer's own act)."""
    if predicate.lemma_ not in _SHOWING:
        return None
    shown = next((c for c in predicate.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (words.professional.search(_head_phrase(subject)) or is_agency(_head_phrase(subject))):
        return None
    negated = any(c.dep_ == "neg" for c in predicate.children) or (
        subject is not None and (subject.lower_ in _NONE_WORDS or _has_no(subject)))
    return shown if negated else None


def _shown_reading(clause: Any, words: ActorWords, is_agency: Any) -> Actor:
    """What a record would have shown: services' failing when it is an act of practice by
    someone (a professional, anyone, a passive act), not a fact about a person."""
    subject, passive = _subject(clause, words)
    head = _head_phrase(subject) if subject is not None else ""
    if subject is not None and (subject.lower_ in _NONE_WORDS or words.professional.search(head)
                                or is_agency(head)):
        return Actor("service")
    return Actor("service") if passive and _is_act(clause, words) else Actor("none")


def _evidence_reading(noun: Any, words: ActorWords, is_agency: Any) -> Actor:
    """No evidence that (or of) something was done: services' failing when what it would
    have shown is an act of practice by someone, not a fact about a person."""
    inner = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp")), None)
    if inner is not None and inner.lemma_ in _SHOWING:  # "nothing in the records to show that ..."
        inner = next((c for c in inner.children if c.dep_ == "ccomp"), inner)
    if inner is None:  # "no record of why the decision was taken": the question it leaves open
        inner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")), None)
    if inner is not None:
        return _shown_reading(inner, words, is_agency)
    of = next((g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
    return Actor("service") if of is not None and words.practice.search(_head_phrase(of)) else Actor("none")
