"""Who did what to whom, from the grammar of the sentence.

A harm event is a harm verb or noun with its participants read from the dependency parse:
the subject of an active verb and the agent of a passive one did it ("Tomas stabbed Nadia",
"Tina was killed by her partner"); the object of an active verb, the subject of a passive
one, the "of" of a harm noun and its possessor suffered it ("the murder of Child A", "her
murder"). A participant is a name, a pronoun, or a noun phrase with its possessor, age and
apposition ("his 49 year old partner", "her fiancé, Mr K"). Nothing here depends on a name
or on word order: the same reading holds for any review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from reviewsynth.coding.lexicon import load_lexicon
from reviewsynth.datafiles.lexicons import RolesLexicon

Kind = Literal["kill", "injure", "sexual", "death", "suicide", "accused"]


@lru_cache(maxsize=1)
def roles_lexicon() -> RolesLexicon:
    return RolesLexicon.model_validate(load_lexicon("roles"))


@lru_cache(maxsize=1)
def _lemma_kinds() -> tuple[dict[str, str], dict[str, str]]:
    lex = roles_lexicon()
    verbs: dict[str, str] = {w: k for k, ws in lex.harm_verbs.items() for w in ws}
    nouns: dict[str, str] = {w: k for k, ws in lex.harm_nouns.items() for w in ws}
    return verbs, nouns


_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
REFLEXIVE = {"himself", "herself", "themselves"}
_MODALS = {"would", "could", "might", "may", "should", "must", "can", "will", "shall"}
_CONDITIONAL = {"if", "whether", "unless", "where", "when", "whenever"}
_AGE = re.compile(r"\b(\d{1,3})[\s-]*(?:year|yr)s?[\s-]*old\b|\baged\s+(\d{1,3})\b", re.I)
_VOWELS = "aeiou"


def inflections(lemma: str) -> set[str]:
    """The regular forms of an English verb or noun lemma: "stab" gives stabs, stabbed,
    stabbing; "strangle" strangled, strangling; "die" dies, died, dying; "injury" injuries.
    Forms that are not words do no harm: they only widen a cheap pre-parse test."""
    if " " in lemma:
        return {lemma}
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("ie"):
        forms |= {lemma + "d", lemma[:-2] + "ying"}
    elif lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS:
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # stab: stabbed
    return forms


_WORD = re.compile(r"[a-z]+")  # as \b sees words: "self-harm" holds "harm"


@dataclass(frozen=True)
class WordTest:
    """Whether a text holds one of some words (a set lookup per word of the text, far
    cheaper than a regular expression of a thousand alternatives) or phrases."""

    words: frozenset[str]
    phrases: re.Pattern[str] | None

    def search(self, text: str) -> bool:
        low = text.lower()
        if any(w in self.words for w in _WORD.findall(low)):
            return True
        return self.phrases is not None and self.phrases.search(low) is not None


def _word_test(words: set[str]) -> WordTest:
    single = frozenset(w.lower() for w in words if " " not in w)
    multi = sorted((w.lower() for w in words if " " in w), key=len, reverse=True)
    phrases = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in multi) + r")\b") if multi else None
    return WordTest(single, phrases)


@lru_cache(maxsize=1)
def candidate_tests() -> tuple[WordTest, WordTest]:
    """Two cheap tests on unparsed sentences, from the lexicon: the first finds the words
    that tell a harm, death, suicide or accusation with a verb or a killing noun; the second
    the other harm nouns ("violence", "abuse", "assault"), which many sentences of a review
    name in passing, so they are parsed only while the budget lasts."""
    lex = roles_lexicon()
    strong: set[str] = set()
    for lemma in [*(w for ws in lex.harm_verbs.values() for w in ws), *lex.death_verbs, *lex.suicide_verbs,
                  *lex.accusation_verbs, *lex.harm_nouns.get("kill", []), *lex.harm_nouns.get("death", []),
                  *lex.harm_nouns.get("suicide", []), *lex.suicide_objects]:
        strong |= inflections(lemma) | set(lex.irregular_forms.get(lemma, []))
    strong |= set(lex.candidate_words)
    weak: set[str] = set()
    for lemmas in [*lex.harm_nouns.values(), lex.qualified_harm_nouns]:
        for lemma in lemmas:
            weak |= inflections(lemma) | set(lex.irregular_forms.get(lemma, []))
    return _word_test(strong), _word_test(weak - strong)


@dataclass(frozen=True)
class Participant:
    """One side of a harm event, as the sentence names it."""

    start: int  # absolute character offsets of the phrase
    end: int
    text: str
    name: str | None = None  # a proper name or pseudonym ("Tina", "Child A", "Mr K")
    noun: str | None = None  # a kin or person noun ("partner", "son", "man")
    owner: str | None = None  # the noun's possessor: a name or a pronoun ("her", "Child A")
    pronoun: str | None = None  # the participant is a pronoun ("he", "her")
    gender: str = "not_reported"  # what the words themselves state
    age: int | None = None
    appos: str | None = None  # a name in apposition ("her fiancé, Mr K")
    plural: bool = False  # "adults", "they": people in general or a group
    counted: bool = False  # a plural with a number: "two elderly members of the public"

    @property
    def specific(self) -> bool:
        """Particular people: a name, a singular pronoun, a singular person or kin noun ("her
        partner", "a 53 year old man", "the victim"), or a counted group ("two men"); not
        people in general ("adults", "victims", "they")."""
        if self.plural:
            return self.counted
        if self.noun in roles_lexicon().generic_nouns and not (self.owner or self.age is not None or self.appos):
            return False  # "a person", "the individual": whoever a rule or a procedure means
        return bool(self.name or self.appos or (self.pronoun and self.gender != "not_reported") or self.noun)

    @property
    def is_kin(self) -> bool:
        return self.noun is not None and self.noun in roles_lexicon().kin_nouns


@dataclass(frozen=True)
class HarmEvent:
    kind: Kind
    sentence: int  # index into the document's sentences
    trigger: str  # the harm word as written
    agent: Participant | None  # who did it
    patient: Participant | None  # who suffered it
    asserted: bool  # not negated, not conditional or modal
    convicted: bool = False  # told as a conviction, charge or plea ("pleaded guilty to manslaughter")
    start: int = 0  # absolute offsets of the trigger word
    end: int = 0
    past: bool = True  # told in a past tense ("died", "was killed", "had been"), not "has died"


def _is_title(token: Any) -> bool:
    return token.lower_.rstrip(".") in roles_lexicon().titles


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})


def _name_of(token: Any) -> str | None:
    """A proper name with its title or coded-name prefix ("Mrs J", "Child A", "Mr P"); never
    a place or service around it ("Royal Infirmary")."""
    if not token.text[:1].isupper() or (token.pos_ != "PROPN" and not (len(token.text) <= 3 and token.text.isupper())
                                        and not _aged(token)):
        return None
    if token.dep_ == "compound" and (_is_title(token) or token.text in _prefixes()):
        return None  # "Mr" of "Mr W": the name is its head's
    if token.lower_ in _MONTHS and any(c.dep_ == "nummod" and c.like_num for c in token.children):
        return None  # "In November 2023 they ...": a date, though a month may be a name ("June, 83")
    lefts = {t.i for t in token.lefts if t.dep_ in ("compound", "nmod") and t.text[:1].isupper()}
    kept: list[Any] = []
    i = token.i - 1  # the words right before the name, as far as they run unbroken
    while i in lefts and not token.doc[i].text.endswith("."):
        t = token.doc[i]
        if not (_is_title(t) or t.text in _prefixes()):
            break
        kept.insert(0, t)
        i -= 1
    # A heading run into the sentence ("Introduction June died ...") is no part of the name.
    not_names = _not_names()
    while kept and kept[0].lower_ in not_names and not _is_title(kept[0]) and kept[0].text not in _prefixes():
        kept = kept[1:]
    name = " ".join([*(t.text for t in kept), token.text]).replace("’s", "").replace("'s", "").rstrip(".,;:")
    return name if name.lower() not in roles_lexicon().person_nouns else None


def _aged(token: Any) -> bool:
    """A capitalised word with an age in apposition ("Winifred, 83, was killed") is a name,
    whatever part of speech the tagger gave a rare name."""
    return token.text.istitle() and token.text.isalpha() and any(
        c.dep_ == "appos" and c.like_num and c.i == token.i + 2 and token.nbor(1).text == "," for c in token.children)


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """Words that open a coded name ("Child H", "Adult C", "Young Person A")."""
    return frozenset(w for p in load_lexicon("people")["titled_prefixes"] for w in p.split())


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(load_lexicon("people")["not_names"])


def _possessor(token: Any) -> Any | None:
    return next((c for c in token.children if c.dep_ == "poss"), None)


def participant(token: Any, offset: int) -> Participant | None:
    """The participant a noun-phrase head names; None for a thing ("a knife")."""
    lex = roles_lexicon()
    lower = token.lower_
    if lower in ("who", "that", "whom") and token.head.dep_ == "relcl" and token.head.head != token:
        return participant(_antecedent(token), offset)  # "Claire and Anne, siblings, who suffered ..."
    group = _partitive_group(token)
    if group is not None:  # "two young people, one of whom pleaded guilty": one of that group
        found = participant(group, offset)
        return replace(found, plural=False, counted=False) if found is not None and found.plural else None
    if token.pos_ == "PRON":
        if lower not in _PRONOUN_GENDER and lower not in ("they", "them", "their"):
            return None
        antecedent = _singular_they(token) if lower in ("they", "them", "their") else None
        if antecedent is not None:
            return participant(antecedent, offset)
        return Participant(offset + token.idx, offset + token.idx + len(token.text), token.text,
                           pronoun=lower, gender=_PRONOUN_GENDER.get(lower, "not_reported"),
                           plural=lower in ("they", "them", "their"))
    sub = list(token.subtree)
    left, right = sub[0], token
    span_text = token.doc.text[left.idx:right.idx + len(right.text)]
    age_m = _AGE.search(span_text)
    age = int(age_m.group(1) or age_m.group(2)) if age_m else None
    appos = next((c for c in token.children if c.dep_ == "appos"), None) or _stray_apposition(token)
    appos_name = _name_of(appos) if appos is not None else _called(token)
    if appos_name is None and token.dep_ == "appos":
        appos_name = _name_of(token.head)  # "Ms K, a 41-year-old woman, who was stabbed": the woman is Ms K
    name = _name_of(token)
    if name:
        gender = next((g for w in name.lower().split() for t, g in lex.titles.items() if w.rstrip(".") == t), "not_reported")
        kin_appos = appos if appos is not None and appos.lemma_.lower() in lex.kin_nouns else None
        if kin_appos is not None:  # "Dariusz, her husband,"
            owner = _possessor(kin_appos)
            return Participant(offset + left.idx, offset + right.idx + len(right.text), span_text, name=name,
                               noun=kin_appos.lemma_.lower(), owner=_owner_text(owner), gender=_gender(gender, lex.kin_nouns[kin_appos.lemma_.lower()]),
                               age=age)
        return Participant(offset + left.idx, offset + right.idx + len(right.text), span_text, name=name, gender=gender, age=age)
    lemma = token.lemma_.lower()
    noun = lemma if lemma in lex.kin_nouns or lemma in lex.person_nouns else lower if lower in lex.kin_nouns else None
    if noun is None:
        return None
    gender = lex.kin_nouns.get(noun) or lex.person_nouns.get(noun, "not_reported")
    owner = _possessor(token)
    return Participant(offset + left.idx, offset + right.idx + len(right.text), span_text, noun=noun,
                       owner=_owner_text(owner), gender=gender, age=age, appos=appos_name,
                       plural=token.tag_ in ("NNS", "NNPS"),
                       counted=_counted(token) or any(t.pos_ == "PROPN" for t in sub))


_GROUP_NOUNS = frozenset({"men", "women", "boys", "girls", "youths", "males", "females"})


def _counted(token: Any) -> bool:
    """A group the review has in view: counted ("two men"), "both men", or a definite group of
    people ("the men beat Gethin up", after "he met two men"); not people in general ("men who
    abuse")."""
    return any(c.dep_ == "nummod" or (c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both")
               or (c.dep_ == "det" and c.lower_ == "the" and token.lower_ in _GROUP_NOUNS) for c in token.children)


def _partitive_group(token: Any) -> Any | None:
    """The group "one of whom" / "one of the men" takes one person from: the noun after
    "of", or the antecedent a relative "whom" stands for."""
    if token.lower_ != "one":
        return None
    inner = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"), None)
    if inner is None:
        return None
    if inner.lower_ == "whom":
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        return clause.head if clause is not None else None
    return inner if inner.pos_ == "NOUN" and inner.tag_ == "NNS" else None


_NAMING_VERBS = ("call", "name", "know", "refer")


def _called(token: Any) -> str | None:
    """The name a noun is given in passing: "a man called RS", "her son, known as Otto". The
    parser often hangs a naming verb after a comma on the main verb, so "NOUN, referred to
    as X" right after the noun counts too."""
    verbs = [v for v in token.children if v.dep_ == "acl" and v.lemma_.lower() in _NAMING_VERBS]
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lemma_.lower() in _NAMING_VERBS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c != token for c in doc[token.i + 2].children):
        # "That man, referred to here as Dilwyn, was convicted": the parser may make the noun
        # the naming verb's own subject; the name is then read up to the next comma.
        verb = doc[token.i + 2]
        if token in verb.children:
            end = next((t.i for t in doc[verb.i:] if t.text in ",;."), len(doc))
            return next((name for t in doc[verb.i + 1:end] if (name := _name_of(t))), None)
        verbs.append(verb)
    for verb in verbs:
        for c in verb.subtree:
            name = _name_of(c) if c != verb else None
            if name:
                return name
    return None


def _singular_they(token: Any) -> Any | None:
    """"Infant B was taken to hospital where ... they had experienced serious injuries": a
    'they' whose sentence names one person before it, and no group, means that person."""
    named = [(t, name) for t in token.doc[:token.i] if (name := _name_of(t))]
    groups = [t for t in token.doc[:token.i] if t.tag_ in ("NNS", "NNPS") or t.lower_ == "and"]
    return named[-1][0] if len({name for _, name in named}) == 1 and not groups else None


def _gender(a: str, b: str) -> str:
    return a if a != "not_reported" else b


def _owner_text(token: Any | None) -> str | None:
    if token is None:
        return None
    if token.pos_ == "PRON":
        return token.lower_
    return _name_of(token) or token.text


def clause_subject(token: Any) -> Any | None:
    """The subject of the clause a token is in: up through its heads to the first verb with
    a subject; a conjoined verb shares its head's ("was diagnosed ... and was taking")."""
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX"):
            subj = _children(t, "nsubj", "nsubjpass")
            if not subj and t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
                subj = _children(t.head, "nsubj", "nsubjpass")
            if subj:
                return _antecedent(subj[0])
            if t.dep_ in ("relcl", "advcl", "ccomp"):
                return None  # a clause of its own with no subject: no answer from here
        if t.head == t:
            return None
        t = t.head
    return None


def _children(token: Any, *deps: str) -> list[Any]:
    return [c for c in token.children if c.dep_ in deps]


def _asserted(verb: Any) -> bool:
    """Not negated, not under a modal, not in a conditional or hypothetical clause, and not
    a past offence ("a conviction for assaulting a former partner", "a history of violence")."""
    lex = roles_lexicon()
    prior = set(lex.prior_offence_nouns)
    if any(t.lemma_.lower() in prior for t in list(verb.ancestors)[:3]):
        return False
    if verb.sent[-1].text == "?" or (len(verb.sent) > 1 and verb.sent[-2].text == "?"):
        return False  # a question asserts nothing: "Was he bullied, or harmed by other young people?"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.unrealised_verbs:
        return False  # "threatened to kill her", "planned to hurt him": not done
    for t in [verb, *verb.ancestors][:4]:
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) or (c.dep_ == "mark" and c.lower_ in _CONDITIONAL):
                return False
        if t.dep_ in ("advcl",) and any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in t.children):
            return False
    return True


def _subject_of_next(token: Any) -> bool:
    """The phrase's last word is followed by a verb or auxiliary: it opens a clause."""
    end = max([token.i, *(t.i for t in token.subtree)])
    doc = token.doc
    return end + 1 < len(doc) and doc[end + 1].pos_ in ("AUX", "VERB")


def _verb_events(token: Any, offset: int, index: int) -> list[HarmEvent]:
    verbs, _ = _lemma_kinds()
    lemma = token.lemma_.lower()
    lex = roles_lexicon()
    patient = None
    subj = _children(token, "nsubj")
    if not subj and token.dep_ in ("conj", "xcomp"):  # "attacked and killed her": a shared subject
        subj = _children(token.head, "nsubj")
    subjpass = _children(token, "nsubjpass")
    if subj and not subjpass and not _children(token, "nsubj") and token.dep_ == "conj" and _children(token, "auxpass"):
        # "Child D was 15 and was being groomed": the shared subject of a passive conjunct
        # undergoes it.
        subj, subjpass = [], subj
    if not subjpass and not subj and token.dep_ == "conj":  # "was abused and then killed by her carer"
        subjpass = _children(token.head, "nsubjpass")
        if subjpass and _children(token, "dobj"):  # "was found to have punched him and kicked him": active
            subj, subjpass = subjpass, []
    if not subj and not subjpass and token.dep_ == "xcomp" and _children(token.head, "auxpass"):
        # "Man A was found to have punched Fergus", "was said to have been hit": the raised
        # subject of the passive verb is the doer, or the sufferer of a passive complement.
        raised = _children(token.head, "nsubjpass")
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        # "was found beaten" (no "to"): the participle is a state the subject was found in
        active = infinitive and not _children(token, "auxpass")
        subjpass, subj = ([], raised) if active else (raised, [])
    if not subjpass and not subj:
        controller = _gerund_controller(token)
        if controller is not None:  # "he died after being punched by Mr Q"
            subjpass = [controller]
    if not subjpass and not subj:
        stranded = _stranded_subject(token)
        if stranded is not None:
            (subjpass if _children(token, "auxpass") else subj).append(stranded)
    obj = _children(token, "dobj")
    by = [p for a in _children(token, "agent") for p in _children(a, "pobj")]
    # "by her ex-boyfriend" is parsed as two objects, "ex" and "boyfriend": the person is the one that names someone.
    by = [p for p in by if participant(p, offset) is not None] or by
    # "his grandmother drowned Kai", "Kai was drowned by ...": a death verb with an object, or
    # passive, is a killing of that person; not an "object" a verb follows, the next clause's
    # subject the parser misplaced ("after their mother died Dougie was lonely").
    killed_by_dying = lemma in lex.death_verbs and bool(
        [o for o in obj if not _subject_of_next(o) and participant(o, offset) is not None and o.i > token.i]
        or (subjpass and by))  # never a "that" the parser took for an object ("that Jo died by suicide")
    if not killed_by_dying and (lemma in lex.death_verbs or any(c.dep_ == "prt" and c.lower_ == lex.death_phrasal.get(lemma) for c in token.children)):
        if not subj and token.dep_ == "xcomp":  # "Adult P was found to have passed away"
            subj = _children(token.head, "nsubj", "nsubjpass")
        if not subj and subjpass and token.dep_ == "conj" and not _children(token, "auxpass"):
            subj = subjpass  # "She was taken to hospital and died": dying is not done to her
        if subj:
            patient = participant(subj[0], offset)
        return [HarmEvent("death", index, token.text, None, patient, _asserted(token))] if patient else []
    state = next((c for c in token.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")
                  and c.lower_ in lex.found_dead.states), None)
    if lemma in lex.found_dead.verbs and state is not None:
        # "Ann was found dead"; "a neighbour found him dead" (parsed as a small clause)
        found = subjpass or obj or _children(state, "nsubj")
        patient = participant(found[0], offset) if found else None
        return [HarmEvent("death", index, token.text, None, patient, _asserted(token))] if patient else []
    if lemma == "take" and any((o.lemma_ == "life" and any(c.lower_ == "own" for c in o.children))
                               or o.lemma_.lower() in lex.suicide_objects for o in obj):
        return [HarmEvent("suicide", index, token.text, None, participant(subj[0], offset) if subj else None, _asserted(token))]
    if lemma in lex.suicide_verbs and any(o.lower_ in REFLEXIVE for o in obj):
        return [HarmEvent("suicide", index, token.text, None, participant(subj[0], offset) if subj else None, _asserted(token))]
    kind = "kill" if killed_by_dying else _qualified(token, verbs.get(lemma)) if not _self_directed(token) else None
    if kind is None and lemma in lex.accusation_verbs and (subjpass or subj):
        # "Her son, Tomasz, was arrested", "Mr K pleaded guilty": the accused, not a harm.
        return [HarmEvent("accused", index, token.text, participant((subjpass or subj)[0], offset), None, _asserted(token))]
    if kind is None:
        return []
    if any(o.lower_ in REFLEXIVE for o in obj):
        return [HarmEvent("suicide", index, token.text, None, participant(subj[0], offset) if subj else None, _asserted(token))] if kind == "kill" else []
    if kind == "injure" and _fatal(token):
        kind = "kill"
    convicted_of = _convicted_of(token) if not subj and not subjpass else None
    if convicted_of is not None:
        subj = [convicted_of]  # "T was found guilty of murdering him": T did it
    doers, sufferers = (by, subjpass) if subjpass else (subj, obj)
    asserted = _asserted(token)
    # One event per person harmed and per doer: "Tom and Jerry were stabbed", "killed his
    # mother, Mrs H, and her friend, Mr F".
    events = [HarmEvent(kind, index, token.text, agent, patient, asserted, convicted_of is not None)  # type: ignore[arg-type]
              for agent in (_each(doers[0], offset) if doers else [None])
              for patient in (_each(sufferers[0], offset) if sufferers else [None])
              if agent is not None or patient is not None]
    return events


def _stray_apposition(noun: Any) -> Any | None:
    """A name set off by commas right after a noun phrase that the parser hung on the verb
    ("attacked a man he did not know, Mr Blane, on ...": "Blane" as the verb's npadvmod) is
    the noun's apposition."""
    if noun.pos_ != "NOUN":
        return None
    end = max(t.i for t in noun.subtree) + 1
    doc = noun.doc
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    name = doc[end + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    ok = name.pos_ == "PROPN" and name.dep_ in ("npadvmod", "appos", "dep") and name.head.i == noun.head.i
    closed = name.i + 1 >= len(doc) or doc[name.i + 1].text in (",", ".", ";")
    # "killed his flatmate, Mr E, aged 30, in the flat they shared": a person noun, then a
    # name set off by commas, wherever the parser hung the name
    lex = roles_lexicon()
    person = noun.lemma_.lower() in lex.kin_nouns or noun.lemma_.lower() in lex.person_nouns
    set_off = name.pos_ == "PROPN" and name.i + 1 < len(doc) and doc[name.i + 1].text == ","
    return name if closed and (ok or (person and set_off)) else None


def _gerund_controller(verb: Any) -> Any | None:
    """The sufferer of a passive gerund that has no subject of its own ("he died after being
    punched and kicked by Mr Q", "was admitted to hospital after being stabbed"): the subject
    of the clause it modifies; its conjuncts share it."""
    gerund = verb
    while gerund.dep_ == "conj" and gerund.head is not gerund:
        gerund = gerund.head
    if gerund.dep_ not in ("pcomp", "advcl") or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in gerund.children):
        return None
    head = gerund.head.head if gerund.head.pos_ == "ADP" else gerund.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subject = _children(head, "nsubj", "nsubjpass")
    return subject[0] if subject else None


def _stranded_subject(verb: Any) -> Any | None:
    """The subject the parser hung on an opening date ("In 2021 Carys, 40, was shot": "2021
    Carys" read as one noun phrase after "In"): a name after a year, before the verb."""
    for prep in _children(verb, "prep"):
        if prep.i > verb.i:
            continue
        for obj in _children(prep, "pobj"):
            if obj.pos_ == "PROPN" and any(n.dep_ == "nummod" and n.like_num and len(n.text) == 4 for n in obj.children):
                return obj
    # "From the age of nine Jory was beaten by ...", "Over the summer Ms K was hit": an opening phrase with no comma that swallowed the name standing right
    # before the verb's auxiliary.
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxes:
        return None
    before = min(a.i for a in auxes) - 1
    if before < 1:
        return None
    name = verb.doc[before]
    if name.pos_ != "PROPN" or name.dep_ not in ("pobj", "compound", "appos", "conj", "npadvmod"):
        return None
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    opening = [p for p in _children(verb, "prep", "advmod", "npadvmod") if p.i < name.i and name in p.subtree]
    return name if opening and name.i == before else None


def _convicted_of(verb: Any) -> Any | None:
    """The one convicted or charged when a harm verb is the gerund of the charge ("was
    convicted of murdering Rafe", "was found guilty of stabbing him", "charged with
    assaulting her"): the subject of the conviction verb (through "guilty")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "with"):
        return None
    governor = verb.head.head
    if governor.lower_ == "guilty":
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX") or governor.lemma_.lower() not in roles_lexicon().conviction_verbs:
        return None
    subject = _children(governor, "nsubjpass", "nsubj")
    return subject[0] if subject else None


def _each(token: Any, offset: int) -> list[Participant | None]:
    """The participants a noun phrase names one by one (a conjunct that names no one, as a
    thing, is left out unless it is all there is)."""
    found = [participant(t, offset) for t in _coordinated(_antecedent(token))]
    people: list[Participant | None] = [p for p in found if p is not None]
    return people or found[:1]


def _antecedent(token: Any) -> Any:
    """A relative pronoun's antecedent ("siblings, who suffered"), else the token."""
    if token.lower_ in ("who", "that", "whom") and token.head.dep_ == "relcl" and token.head.head != token:
        return _person_noun_over(token.head.head) if token.lower_ != "that" else token.head.head
    return token


def _person_noun_over(noun: Any) -> Any:
    """The antecedent of "who": the noun the parser hung it on, or, when that names a thing
    ("a woman aged 62 with multiple sclerosis who was abused"), the nearest person noun or
    name above it."""
    lex = roles_lexicon()
    for t in [noun, *list(noun.ancestors)[:3]]:
        lemma = t.lemma_.lower()
        if t.pos_ == "PROPN" or lemma in lex.person_nouns or lemma in lex.kin_nouns:
            return t
    return noun


def _coordinated(token: Any) -> list[Any]:
    """The heads of a coordination, each once: "Tom and Jerry"; "his mother, Mrs H, and her
    friend" (the conjunct hangs on the apposition); a plural noun named by its names
    ("Claire and Anne, siblings") is those names."""
    plural = token.tag_ in ("NNS", "NNPS")
    named = [c for c in token.children if c.dep_ in ("nmod", "compound") and _name_of(c)]
    if plural and token.dep_ in ("conj", "appos") and _name_of(token.head):
        named = [token.head]  # "Ivy and Rose, sisters, who ...": the parser makes "sisters" a conjunct
    heads = named[:1] if plural and named else [token]
    out: list[Any] = []
    for head in heads:
        todo = [head]
        while todo and len(out) < 6:
            t = todo.pop(0)
            if plural and t != head and t.tag_ in ("NNS", "NNPS") and not _name_of(t):
                continue  # the plural noun naming the group, not one more person
            out.append(t)
            holders = [t, *(a for a in t.children if a.dep_ == "appos")]
            todo.extend(c for h in holders for c in h.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON"))
    return out


def _self_directed(token: Any) -> bool:
    """"self-harmed", "self harm", "self-injury": done to oneself, not a harm to another."""
    if token.lower_.startswith("self"):
        return True
    before = token.doc[token.i - 2:token.i] if token.i >= 2 else token.doc[:token.i]
    return any(t.lower_ == "self" for t in before)


def _noun_events(token: Any, offset: int, index: int) -> list[HarmEvent]:
    _, nouns = _lemma_kinds()
    lemma = token.lemma_.lower()
    kind = _qualified(token, nouns.get(lemma)) if not _self_directed(token) else None
    lex = roles_lexicon()
    inflicted = _inflicted_by(token) if lemma in lex.qualified_harm_nouns else None
    suffered_by = _suffered_by(token)
    inflicter = _inflicter(token) if lemma in lex.qualified_harm_nouns else None
    if kind is None and lemma in lex.qualified_harm_nouns and (
            inflicted is not None or suffered_by is not None or inflicter is not None
            or any(c.dep_ == "amod" for c in token.children) or _said_inflicted(token)):
        # "serious harm", "causing her injuries", "the injuries were non-accidental": not the bare "risk of harm"
        kind = "injure"
    if kind is None:
        return []
    if kind == "injure" and _fatal(token):
        kind = "kill"
    of = [p for prep in _children(token, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")]
    poss = _possessor(token)
    # "violence against his partner": the one it was against suffered it
    against = [p for prep in _children(token, "prep") if prep.lower_ == "against" for p in _children(prep, "pobj")]
    sufferer = of[0] if of else poss if poss is not None else against[0] if against else suffered_by
    by = [p for prep in _children(token, "prep") if prep.lower_ == "by" for p in _children(prep, "pobj")]
    doer = by[0] if by else inflicter
    dying = _died_of(token)
    if dying is not None and kind == "injure":  # "he died from injuries inflicted by ...": a killing
        kind = "kill"
        sufferer = sufferer if sufferer is not None else dying
    died = _death_it_caused(token)
    if died is not None:  # "Her death was caused by strangulation by her partner"
        kind = "kill"
        sufferer = sufferer if sufferer is not None else died[0]
        doer = doer if doer is not None else died[1]
    governor = _governing_verb(token)
    charge = _governing_verb(inflicted) if inflicted is not None else None
    if charge is not None and charge.lemma_.lower() in lex.conviction_verbs:
        governor = charge  # "was charged with causing her injuries": the charge is the frame
    elif inflicted is not None and doer is None:
        doer = next(iter(_children(inflicted, "nsubj")), None)  # "he caused her injuries"
    convicted = governor is not None and governor.lemma_.lower() in roles_lexicon().conviction_verbs
    if convicted and governor is not None and governor.lemma_.lower() == "find" and not any(t.lower_ in ("guilty", "responsible") for t in governor.subtree):
        convicted = False  # "the carer found her with serious head injuries": a finder, not found guilty
    if governor is not None and _no_one(sufferer, offset) and governor.lemma_.lower() in roles_lexicon().experience_verbs:
        # "Child A had multiple injuries", "she suffered sexual abuse", "was subjected to abuse"
        sufferer = next(iter(_children(governor, "nsubj", "nsubjpass")), None)
    if governor is not None and doer is None:
        if convicted:  # "X was convicted of her murder"
            doer = next(iter(_children(governor, "nsubjpass", "nsubj")), None)
        elif governor.lemma_.lower() == "be" and _no_one(sufferer, offset):
            sufferer = _victim_of(token, governor) or sufferer  # "Child Y was the victim of a fatal stabbing"
    asserted = _asserted(governor or token)
    events = [HarmEvent(kind, index, token.text, agent, patient, asserted, convicted)  # type: ignore[arg-type]
              for agent in (_each(doer, offset) if doer is not None else [None])
              for patient in (_each(sufferer, offset) if sufferer is not None else [None])]
    return [e for e in events if e.agent is not None or e.patient is not None or (convicted and kind == "kill") or kind == "death"]


def _inflicter(harm: Any) -> Any | None:
    """The agent of a participle that inflicted a harm noun: "injuries inflicted by his
    mother's boyfriend", "harm caused by her partner"."""
    for verb in harm.children:
        if verb.dep_ == "acl" and verb.lemma_.lower() in roles_lexicon().infliction_verbs:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next(iter(_children(agent, "pobj")), None)
    return None


def _died_of(harm: Any) -> Any | None:
    """Who died of an injury or harm: the subject of "died from/of" ("he died from injuries";
    never "died of a heart attack", a harm word that names an illness)."""
    prep = harm.head
    if harm.lemma_.lower() not in roles_lexicon().qualified_harm_nouns:
        return None
    if harm.dep_ == "pobj" and prep.lower_ in ("from", "of") and prep.head.lemma_.lower() == "die":
        return next(iter(_children(prep.head, "nsubj")), None)
    return None


def _suffered_by(harm: Any) -> Any | None:
    """The one a harm noun was suffered by: "the harm suffered by Baby F", "injuries sustained
    by her son" (a participle of an experience verb with its agent)."""
    for verb in harm.children:
        if verb.dep_ == "acl" and verb.lemma_.lower() in roles_lexicon().experience_verbs:
            for agent in verb.children:
                if agent.dep_ == "agent":
                    return next((p for p in agent.children if p.dep_ == "pobj"), None)
    return None


def _said_inflicted(harm: Any) -> bool:
    """The harm noun is the subject of a copula whose complement says someone caused it
    ("the injuries were non-accidental", "the harm was deliberate")."""
    head = harm.head
    return (harm.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() == "be"
            and any(c.dep_ == "acomp" and c.lower_ in roles_lexicon().inflicted_words for c in head.children))


def _inflicted_by(harm: Any) -> Any | None:
    """The verb that caused or inflicted this harm noun, its object ("causing her injuries",
    "inflicted serious harm"), if any."""
    head = harm.head
    if harm.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and head.lemma_.lower() in roles_lexicon().infliction_verbs:
        return head
    return None


def _death_it_caused(harm: Any) -> tuple[Any | None, Any | None] | None:
    """(who died, who did it) when a harm noun is told as the cause of a death: "her death was
    caused by strangulation (by her partner)", "her death was the result of a stabbing",
    "he died as a result of an assault"."""
    lex = roles_lexicon()
    prep = harm.head
    if harm.dep_ != "pobj" or prep.lower_ not in ("by", "of", "from"):
        return None
    cause = prep.head
    death = None
    if cause.lemma_.lower() == "cause" and prep.dep_ == "agent":
        death = next((c for c in cause.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    elif cause.lemma_.lower() in ("result", "consequence"):
        up = cause.head.head if cause.head.dep_ == "prep" else cause.head  # "as a result of", "was the result of"
        while up.lemma_ == "be" and up.dep_ == "xcomp" and not _children(up, "nsubj", "nsubjpass"):
            up = up.head  # "her death appeared to have been the result of"
        death = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None) if up.pos_ in ("AUX", "VERB") \
            and up.lemma_ != "die" else up
    if death is None or not (death.lemma_.lower() in ("death", "die") or death.lemma_.lower() in lex.death_verbs):
        return None
    who = _possessor(death) if death.pos_ == "NOUN" else next(iter(_children(death, "nsubj")), None)
    doers = [p for a in _children(cause, "agent") if a.i != prep.i for p in _children(a, "pobj")]
    return who, (doers[0] if doers else None)


def _no_one(token: Any | None, offset: int) -> bool:
    return token is None or participant(token, offset) is None


def _victim_of(harm: Any, governor: Any) -> Any | None:
    """The subject of "X was the victim of <harm>"."""
    victim = harm.head if harm.head.lemma_ == "victim" else None
    if harm.dep_ == "pobj" and harm.head.dep_ == "prep" and harm.head.head.lemma_ == "victim":
        victim = harm.head.head
    subj = _children(governor, "nsubj")
    return subj[0] if victim is not None and subj else None


def _fatal(token: Any) -> bool:
    """An injury the sentence says killed: "fatally stabbed", "a fatal stabbing",
    "stabbed to death", "beaten to death"."""
    fatal = set(roles_lexicon().fatal_words)
    if any(c.lower_ in fatal for c in token.children if c.dep_ in ("advmod", "amod")):
        return True
    return any(p.lower_ == "to" and any(c.lemma_ == "death" for c in p.children) for p in _children(token, "prep"))


def _qualified(token: Any, kind: str | None) -> str | None:
    """Abuse and exploitation are sexual harm only where the words say so ("sexually
    abused", "sexual exploitation"); otherwise they name no harm event of their own. Any
    harm said to be sexual is ("sexually assaulted", "a serious sexual assault")."""
    sexual = any(c.lemma_.lower().startswith("sexual") for c in token.children)
    if kind == "sexual" and token.lemma_.lower() in _NEEDS_SEXUAL:
        return kind if sexual else None
    return "sexual" if kind == "injure" and sexual else kind


_NEEDS_SEXUAL = {"abuse", "exploit", "exploitation"}


def _governing_verb(token: Any) -> Any | None:
    for t in token.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def events_in(doc: Any, offset: int, index: int) -> list[HarmEvent]:
    """The harm events of one parsed sentence that starts at `offset` in the document."""
    out: list[HarmEvent] = []
    for token in doc:
        if token.pos_ in ("VERB", "AUX"):
            found = _verb_events(token, offset, index)
        elif token.pos_ == "NOUN":
            found = _noun_events(token, offset, index)
        else:
            continue
        start = offset + token.idx
        out.extend(replace(e, start=start, end=start + len(token.text), past=_past(token)) for e in found)
    return out


def _past(token: Any) -> bool:
    """The clause is told in a past tense: "died", "was killed", "had strangled"; not "has
    died" or "dies" (the present of guidance and procedure)."""
    verb = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token)
    if verb is None:
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return auxes[0].tag_ == "VBD"
    return verb.tag_ in ("VBD", "VBN")


def candidates(sentences: list[tuple[int, int, str]], limit: int = 100) -> list[int]:
    """Indices of the sentences worth parsing for harm events, at most `limit`, in document
    order, so the cost per document is bounded: first those the strong test finds, then,
    while the budget lasts, those only a harm noun names."""
    strong, weak = candidate_tests()
    first = [i for i, _, text in sentences if strong.search(text)][:limit]
    chosen = set(first)
    rest = [i for i, _, text in sentences if i not in chosen and weak.search(text)][:limit - len(first)]
    return sorted(chosen | set(rest))


# -- from events to the cast: names, votes, unnamed principals, gender and the stated link --

_VICTIM_VOTES = {"kill": 3, "injure": 2, "sexual": 3, "death": 2}
_HARM = ("kill", "injure", "sexual")


def role_votes(events: list[HarmEvent]) -> dict[str, tuple[int, int]]:
    """(victim, perpetrator) votes per name, from the names that harm events' participants
    carry, directly or in apposition: a name seen once is a person when the grammar makes it
    the one who harmed or was harmed."""
    votes: dict[str, list[int]] = {}
    for e in events:
        if not e.asserted:
            continue
        doer = 3 if e.kind in _HARM else 2 if e.kind == "accused" else 0
        for part, side, weight in ((e.patient, 0, _VICTIM_VOTES.get(e.kind, 0)), (e.agent, 1, doer)):
            if part is None or not weight:
                continue
            for name in {part.name, part.appos} - {None}:
                assert name is not None
                votes.setdefault(name, [0, 0])[side] += weight
    return {n: (v[0], v[1]) for n, v in votes.items()}


def _unnamed(part: Participant | None) -> bool:
    return part is not None and part.specific and not part.name and not part.appos


def unnamed_principal(events: list[HarmEvent], role: str) -> Participant | None:
    """The first asserted harm event's unnamed doer or sufferer ("her partner", "a 53 year
    old man"), for a review that never names them; killings first."""
    ordered = sorted((e for e in events if e.asserted and e.kind in (*_HARM, "death")),
                     key=lambda e: (e.kind != "kill", e.sentence))
    found = [part for e in ordered if not (role == "perpetrator" and e.kind == "death")
             for part in [e.agent if role == "perpetrator" else e.patient]
             if _unnamed(part) and (part is None or part.pronoun is None or role == "perpetrator")]
    # A noun phrase ("her husband") says more than a pronoun ("He was convicted of her murder").
    return next((p for p in found if p is not None and p.pronoun is None), found[0] if found else None)


def _side(e: HarmEvent, role: str) -> Participant | None:
    return e.patient if role == "victim" else e.agent


def _same_phrase(a: Participant, b: Participant) -> bool:
    """Two unnamed participants that can be one person: the same noun ("the male", "a
    42-year-old male") and the same owner."""
    return _unnamed(a) and _unnamed(b) and a.noun is not None and a.noun == b.noun and a.owner == b.owner and not b.plural


def unnamed_others(events: list[HarmEvent], part: Participant, role: str) -> list[Participant]:
    """Further unnamed principals told together with `part`: the other doers of a harm one
    phrase for `part` did ("A 42-year-old male and 32-year-old female were found guilty of
    his murder"), each once."""
    found: list[Participant] = []
    for e in events:
        first = _side(e, role)
        if not (e.asserted and e.kind in _HARM and first is not None and _same_phrase(part, first)):
            continue
        for other in events:
            side = _side(other, role)
            if (other.sentence == e.sentence and other.start == e.start and side is not None and side != first
                    and _unnamed(side) and side.pronoun is None and not side.plural
                    and all(side.text != f.text for f in found)):
                found.append(side)
    return found


def stated_age(events: list[HarmEvent], part: Participant, role: str) -> tuple[int, int] | None:
    """(age, sentence) from a phrase for the same unnamed principal that gives an age ("the
    death of a 53 year old man" for "the man")."""
    if part.age is not None:
        return next(((part.age, e.sentence) for e in events if _side(e, role) == part), None)
    for e in events:
        side = _side(e, role)
        if e.asserted and side is not None and side.age is not None and _same_phrase(part, side):
            return side.age, e.sentence
    return None


def owner_gender(events: list[HarmEvent], is_victim, is_perp) -> dict[str, str]:
    """Genders a possessive pronoun states: in "killed by her partner" the partner's owner,
    the victim, is female; in "he killed his mother" the mother's owner, the perpetrator,
    is male. `is_victim` / `is_perp` tell whether a participant is that principal."""
    out: dict[str, str] = {}
    for e in events:
        if not e.asserted or e.kind not in _HARM or e.agent is None or e.patient is None:
            continue
        for kin, other, role in ((e.agent, e.patient, "victim"), (e.patient, e.agent, "perpetrator")):
            test = is_victim if role == "victim" else is_perp
            gender = _PRONOUN_GENDER.get(kin.owner or "")
            if kin.is_kin and gender and test(other):
                out.setdefault(role, gender)
    return out


def stated_link(events: list[HarmEvent], is_victim, is_perp, names_victim, names_perp
                ) -> tuple[str, str, bool, HarmEvent] | None:
    """(noun, side, separated, event) for the first harm event that names one principal by
    kin to the other: "killed by her partner" (side 'perpetrator': the perpetrator is the
    victim's partner), "he killed his mother" (side 'victim': the victim is his mother).
    `is_*` may accept an unnamed phrase; a lesser harm than a killing must also name one of
    the two (`names_*`), so "the child saw his father hurt his mother" links nobody."""
    for e in sorted(events, key=lambda e: (e.kind != "kill", e.sentence)):
        if not e.asserted or e.kind not in _HARM or e.agent is None or e.patient is None:
            continue
        if e.kind != "kill" and not (names_victim(e.patient) or names_perp(e.agent)):
            continue
        if e.agent.is_kin and e.agent.owner and is_victim(e.patient) and is_perp(e.agent):
            return e.agent.noun or "", "perpetrator", _separated(e.agent.text), e
        if e.patient.is_kin and e.patient.owner and is_perp(e.agent) and is_victim(e.patient):
            return e.patient.noun or "", "victim", _separated(e.patient.text), e
    return None


@lru_cache(maxsize=1)
def _separated_words() -> re.Pattern[str]:
    """The relationship lexicon's words for partners who had separated ("former", "ex")."""
    words = load_lexicon("relationship")["separated_modifiers"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def _separated(text: str) -> bool:
    return bool(_separated_words().search(text))


# -- gender from the grammar of the sentences that name a person ---------------------------

_POSSESSIVE = {"his": "male", "her": "female", "himself": "male", "herself": "female"}


def bound_genders(doc: Any, is_alias, possessives: bool = True) -> list[tuple[str, str]]:
    """(name, gender) stated in one parsed sentence: a gendered noun in apposition or as the
    complement ("Gabriel, a 17-year-old boy", "Dariusz, her husband", "Child Z was a girl"),
    a subject pronoun of a clause on the name's verb, a possessive of a conjunct ("the
    perpetrator and his partner"), and with `possessives` a possessive or reflexive pronoun
    in a clause of which the name is the subject ("XX ... his mobility")."""
    lex = roles_lexicon()
    out: list[tuple[str, str]] = []
    for token in doc:
        name = _name_of(token) or (_phrase(token) if token.pos_ == "NOUN" else None)
        if not name or not is_alias(name):
            continue
        for c in token.children:
            if c.dep_ == "appos":
                gender = lex.person_nouns.get(c.lemma_.lower()) or lex.kin_nouns.get(c.lemma_.lower())
                if gender and gender != "not_reported":
                    out.append((name, gender))
        out.extend((name, g) for verb in _clauses_of(token) for g in _clause_genders(token, verb, name, possessives))
        # "the perpetrator and his then partner", "placed the baby with Dr Ilse and her
        # husband": the possessive of a conjunct is the first's, unless a person is the
        # clause's subject ("Olwen lived with Kasia and his father": Olwen's father).
        for c in token.children:
            if c.dep_ == "conj" and token.dep_ != "conj" and not _person_subject_over(token):
                bound = next((_POSSESSIVE[p.lower_] for p in c.children if p.dep_ == "poss" and p.lower_ in ("his", "her")), None)
                if bound:
                    out.append((name, bound))
    return out


def _person_subject_over(token: Any) -> bool:
    """Whether a token that is not a subject stands in a clause whose subject is a person
    (a proper name or a personal pronoun)."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return False
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    return subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she"))


def _clauses_of(token: Any) -> list[Any]:
    """The verbs of the clauses a person is the subject of: their own verb, and a relative
    clause on them ("a toddler who drowned after being left by her mother")."""
    verbs = [token.head] if token.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in token.children if c.dep_ == "relcl"
              and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("who", "that") for s in c.children)]
    return verbs


def _clause_genders(token: Any, verb: Any, name: str, possessives: bool = True) -> list[str]:
    """The genders the clause of `verb`, whose subject `token` is, states of it; with
    `possessives`, also a possessive or reflexive pronoun in the clause, a weaker sign ("Vikram
    took her phone": the phone is often someone else's)."""
    lex = roles_lexicon()
    out: list[str] = []
    for c in verb.children:
        if c.dep_ == "attr":  # "was a boy", "was her mother's boyfriend"
            gender = lex.person_nouns.get(c.lemma_.lower()) or lex.kin_nouns.get(c.lemma_.lower())
            if gender and gender != "not_reported":
                out.append(gender)
    # The subject's own words, less the relative clause on it when that is the clause read.
    own = {t.i for t in token.subtree} - ({t.i for t in verb.subtree} if verb.head == token else set())
    # "Rhys stabbed Bryony at her home": a possessive after a person object may be the object's
    person_obj = min((c.i for c in verb.children if c.dep_ == "dobj" and (c.pos_ in ("PROPN", "PRON")
                      or c.lemma_.lower() in lex.kin_nouns or c.lemma_.lower() in lex.person_nouns)), default=None)
    for t in verb.subtree if possessives else []:
        if person_obj is not None and t.i > person_obj:
            continue
        bound = _POSSESSIVE.get(t.lower_)
        # "her" of "her former partner" is the owner's, not the subject's; "her" of "guilty
        # of her murder" is the victim's.
        # Nor "her" of "had been her partner": the complement's owner is another person.
        if t.dep_ == "poss" and _in_complement(t, verb):
            continue
        if bound and t.i not in own and (t.dep_ == "poss" or t.lower_.endswith("self")) and _same_clause(t, verb) \
                and not _of_a_harm(t, lex):
            out.append(bound)
            break
    else:
        said = _adverbial_subject(verb, name)
        if said:
            out.append(said)
    return out


def _in_complement(token: Any, verb: Any) -> bool:
    """Whether a token stands inside the verb's complement ("had been her partner", "was her
    mother's boyfriend"), whose possessives name another person."""
    head = token.head
    while head != verb and head.head != head:
        if head.dep_ in ("attr", "acomp") and head.head == verb:
            return True
        head = head.head
    return False


def _of_a_harm(possessive: Any, lex: Any) -> bool:
    """A possessive of a harm noun ("her murder", "his injuries"): it names who suffered it."""
    head = possessive.head.lemma_.lower()
    return possessive.dep_ == "poss" and (any(head in ws for ws in lex.harm_nouns.values()) or head in lex.qualified_harm_nouns)


def _phrase(token: Any) -> str:
    """A noun with the words right before it that belong to it ("the victim", "her former
    partner"), as the cast names an unnamed principal."""
    start = token.i
    while start > 0 and token.doc[start - 1].head == token and token.doc[start - 1].dep_ in ("det", "poss", "amod", "compound", "nummod"):
        start -= 1
    return token.doc[start:token.i + 1].text


def _same_clause(token: Any, verb: Any) -> bool:
    """No verb with a subject of its own between the token and the clause's verb (a
    relative pronoun for a thing, "a disease which was affecting his mobility", is none)."""
    for t in token.ancestors:
        if t == verb:
            return True
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if t.pos_ in ("VERB", "AUX") and any(c.lower_ not in ("which", "that") for c in subjects):
            return False
    return False


def _adverbial_subject(verb: Any, name: str) -> str | None:
    """"Gabriel was sentenced ... when he was 13": the subject pronoun of a clause hanging
    from the name's own verb, in a sentence that names nobody else before it."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "relcl") and not (clause.dep_ == "prep" and clause.children):
            continue
        for t in clause.subtree:
            gender = _PRONOUN_GENDER.get(t.lower_)
            if t.dep_ == "nsubj" and t.lower_ in ("he", "she") and gender:
                others = [x for x in t.doc[:t.i] if (_name_of(x) and _name_of(x) != name)
                          or x.lemma_.lower() in roles_lexicon().kin_nouns or x.lemma_.lower() in roles_lexicon().person_nouns]
                return None if others else gender
    return None


# -- kin stated in any sentence: "the two victims, who were his mother and her friend" -----

@dataclass(frozen=True)
class KinStatement:
    """`person` is `owner`'s `noun` ("Mr P ... his mother": person 'the two victims',
    noun 'mother', owner 'Mr P'); names or phrases as the sentence gives them."""

    person: str
    noun: str
    owner: str
    separated: bool
    sentence: int


def kin_statements(doc: Any, index: int) -> list[KinStatement]:
    """Kin links one parsed sentence states: a kin noun with a possessor, equated with a
    person by apposition ("her husband, Tomas"), by a copula ("Mr D was Child T's
    stepfather", "..., who were his mother") or by "a relationship with" ("Harry had been
    in an intimate relationship with Karen": partners)."""
    lex = roles_lexicon()
    out: list[KinStatement] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma == "relationship":
            out.extend(_relationship_with(token, index))
            continue
        if lemma not in lex.kin_nouns:
            continue
        owner = _owner_name(_possessor(token), token)
        person = _equated(token)
        if owner and person and owner != person:
            out.append(KinStatement(person, lemma, owner, _separated(_phrase(token)), index))
    return out


def _equated(kin: Any) -> str | None:
    """The person a kin noun is said to be: its apposition, the subject of its copula (a
    relative pronoun read as its antecedent), or the name it is apposed to."""
    for c in kin.children:
        if c.dep_ == "appos" and _name_of(c):
            return _name_of(c)
    called = _called(kin)  # "her husband, known as Mr X"
    if called:
        return called
    head = kin.head
    if kin.dep_ == "appos":
        return _name_of(head) or (_phrase(head) if head.pos_ == "NOUN" else None)
    if kin.dep_ in ("attr", "conj") and head.lemma_ == "be" or (kin.dep_ == "conj" and head.dep_ == "attr"):
        verb = head if head.lemma_ == "be" else head.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subj = verb.head
        if subj is not None:
            return _name_of(subj) or (_phrase(subj) if subj.pos_ == "NOUN" else None)
    return None


def _owner_name(owner: Any | None, kin: Any) -> str | None:
    """A possessor's name; a possessive pronoun read as the nearest name before it in the
    sentence ("Mr P was convicted of the murder of the two victims, who were his mother")."""
    if owner is None:
        return None
    if owner.pos_ != "PRON":
        return _name_of(owner)
    # The nearest name before it that is not a date ("In August 2021 Liam ... his partner").
    return next((name for t in reversed(kin.doc[:owner.i]) if (name := _name_of(t)) and t.lower_ not in _CALENDAR), None)


_CALENDAR = frozenset(("january february march april may june july august september october november december "
                       "monday tuesday wednesday thursday friday saturday sunday").split())


def _relationship_with(token: Any, index: int) -> list[KinStatement]:
    adjectives = {c.lemma_.lower() for c in token.children if c.dep_ == "amod"}
    if adjectives and not adjectives & {"intimate", "sexual", "romantic", "abusive", "on/off", "long-term"}:
        return []
    partner = next((p for prep in token.children if prep.lower_ == "with" for p in prep.children if p.dep_ == "pobj"), None)
    verb = _governing_verb(token)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    # "she ended her relationship with Bram": the subject may be a pronoun (read as the other
    # principal by the caller), and ending it tells the two had parted.
    a = (_name_of(subj) or (subj.lower_ if subj.lower_ in ("he", "she") else None)) if subj is not None else None
    b = _name_of(partner) if partner is not None else None
    ended = verb is not None and verb.lemma_.lower() in _ENDING_VERBS
    return [KinStatement(b, "partner", a, ended, index)] if a and b and a != b else []


# Verbs of ending a relationship ("she ended her relationship with him", "left")
_ENDING_VERBS = frozenset({"end", "finish", "leave"})
