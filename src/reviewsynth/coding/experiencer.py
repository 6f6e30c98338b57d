"""Whose a characteristic is, from the dependency parse of its sentence.

A characteristic word ("depression", "heroin", "autistic") belongs to the person the grammar
attaches it to, not to the nearest name: its possessor ("his mother's depression"), a
prepositional owner ("depression in her brother"), or the subject of the clause it sits in
when the verb is one of having, being or using ("Kim's brother had schizophrenia", "she said
that her son was using heroin"); with a verb of treating, the one treated ("the GP prescribed
her sertraline", "he was diagnosed with psychosis"). The walk returns the token that names
the experiencer, or None when the parse gives none (a verb of some other kind, a thing for a
subject): the caller then keeps its nearer-name default.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reviewsynth.coding.lexicon import load_lexicon
from reviewsynth.coding.roles import _antecedent, participant

_NOUNS = ("NOUN", "PROPN", "PRON")
_VERBS = ("VERB", "AUX")
_STEPS = 8


@dataclass(frozen=True)
class Verbs:
    subject: frozenset[str]  # lemmas whose subject has the state ("have", "suffer", "use")
    treated: frozenset[str]  # lemmas whose object has it, or subject when passive ("diagnose")
    owner_preps: frozenset[str]  # "depression in his mother", "drug use by her partner"
    through_preps: frozenset[str]  # "a history of depression", "diagnosed with", "suffered from"


@lru_cache(maxsize=1)
def _verbs() -> Verbs:
    e = load_lexicon("characteristics")["experiencer"]
    return Verbs(frozenset(e["subject_verbs"]), frozenset(e["treated_verbs"]),
                 frozenset(e["owner_prepositions"]), frozenset(e["through_prepositions"]))


def span_root(doc: Any, start: int, end: int) -> Any | None:
    """The token of [start, end) (offsets in the sentence) whose head lies outside it."""
    inside = [t for t in doc if start <= t.idx < end]
    return next((t for t in inside if not (start <= t.head.idx < end) or t.head == t), inside[0] if inside else None)


def experiencer_token(root: Any) -> Any | None:
    """The token naming whose the phrase headed by `root` is, or None when the parse does not say."""
    v = _verbs()
    t = root
    for _ in range(_STEPS):
        if t.pos_ in _VERBS and t.dep_ not in ("amod", "compound"):
            return _verb_experiencer(t, v)
        owner = _owner(t, v)
        if owner is not None:
            return owner
        if t.head == t:
            return None
        if t.dep_ == "pobj":
            prep = t.head
            if prep.lower_ not in v.through_preps or prep.head == prep:
                return None
            t = prep.head
        elif t.dep_ in ("amod", "compound") and _is_person(t.head):
            return t.head  # "his alcoholic father", "a depressed neighbour"
        elif t.dep_ in ("compound", "amod", "nmod", "dobj", "attr", "acomp", "oprd", "conj", "appos"):
            t = t.head
        else:
            return None
    return None


def _owner(t: Any, v: Verbs) -> Any | None:
    """A noun's possessor ("her brother's drinking"; "whose depression": the relative
    clause's antecedent) or a person after an owner preposition ("psychosis in his father")."""
    if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    if poss is not None:
        if poss.lower_ == "whose":
            clause = next((a for a in poss.ancestors if a.dep_ == "relcl"), None)
            return clause.head if clause is not None else None
        return poss
    user = _user(t, v)
    if user is not None:
        return user
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in v.owner_preps):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and _owner_person(obj):
            return obj
    return None


def _user(t: Any, v: Verbs) -> Any | None:
    """The subject of a relative clause of using or having on the noun ("the frame she
    used", "the wheelchair that he had"): the thing is that person's."""
    for clause in (c for c in t.children if c.dep_ == "relcl" and c.lemma_.lower() in v.subject):
        subj = _children(clause, "nsubj")
        if subj and subj[0].lower_ not in ("who", "which", "that"):
            return subj[0]
    return None


def _owner_person(token: Any) -> bool:
    """A person after an owner preposition: a pronoun, a kin or person noun, or a coded or
    titled name ("in Mr P"); never one bare capitalised word, which may be a place ("a
    service user in Wrexley")."""
    part = participant(token, 0)
    if part is None:
        return token.pos_ == "PRON" and token.lower_ in ("him", "her")
    return bool(part.noun or part.pronoun or (part.name and " " in part.name))


def _verb_experiencer(verb: Any, v: Verbs) -> Any | None:
    lemma = verb.lemma_.lower()
    if verb.dep_ == "acl" and verb.head.pos_ in _NOUNS:
        return verb.head if lemma in v.subject | v.treated else None  # "a man suffering from psychosis"
    if lemma in v.treated:
        passive = _children(verb, "nsubjpass")
        if passive:
            return _antecedent(passive[0])
        objs = [c for c in verb.children if c.dep_ in ("dative", "dobj") and _is_person(c)]
        return objs[0] if objs else None
    if lemma not in v.subject:
        return None
    subj = _children(verb, "nsubj", "nsubjpass")
    if not subj and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in _VERBS:
        subj = _children(verb.head, "nsubj", "nsubjpass")  # "was diagnosed ... and was taking"
    return _antecedent(subj[0]) if subj else None


def _children(token: Any, *deps: str) -> list[Any]:
    return [c for c in token.children if c.dep_ in deps]


def _is_person(token: Any) -> bool:
    return token.pos_ == "PRON" and token.lower_ in ("him", "her", "them", "he", "she") or participant(token, 0) is not None
