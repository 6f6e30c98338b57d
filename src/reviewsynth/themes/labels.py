"""Readable labels for themes the taxonomy does not name, built from the problems' own words.

A discovered theme is shown as the failing its problems share, in the words of the problem
that states it most typically: who failed and what they did not do ("GP did not ask about
domestic abuse"), read from the parse of the stating sentence. The subject is kept to its
head phrase without a person's name ("Sophie's GP" -> "GP"); the predicate keeps its
negation, particles and first complement, and drops what only dates or explains it ("when
she presented in October", "although ...", "because ..."). Never a bag of words.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from reviewsynth.themes.actor import _predicate, _subject

MAX_LABEL_WORDS = 12
# Complements of the predicate kept in a label: its object, and what it was about or for.
_KEPT = ("dobj", "attr", "acomp", "xcomp", "oprd", "dative", "prt", "pobj")
_KEPT_PREPS = frozenset("about to with for of on into from as".split())
# Inside a kept phrase: clauses and asides that explain or date it, not name it.
_DROPPED = frozenset(("relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "mark", "parataxis", "npadvmod"))
_MONTHS = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                     r"December|\d{1,4}(?:st|nd|rd|th)?)$")
_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_COMMON = frozenset("""the and that this with from were have been which their there they what when
would could should about after before into over than then them also only other because while
being does did not was had has his her him she he its our for are any all""".split())


def theme_label(texts: list[str], agencies: list[str | None] | None = None) -> str:
    """A label for a group of problem statements: the failing of the most typical one."""
    if not texts:
        return "Other practice problems"
    order = _typical_first(texts)
    for i in order:
        label = failing_phrase(texts[i], (agencies or [None] * len(texts))[i])
        if label:
            return label
    return _first_words(texts[order[0]])


def _typical_first(texts: list[str]) -> list[int]:
    """Indices of texts, the one sharing most content words with the others first."""
    words = [{w for w in _WORD.findall(t.lower()) if w not in _COMMON} for t in texts]
    counts = Counter(w for ws in words for w in ws)
    score = [sum(counts[w] - 1 for w in ws) / (len(ws) or 1) for ws in words]
    return sorted(range(len(texts)), key=lambda i: (-score[i], len(texts[i]), i))


def failing_phrase(text: str, agency: str | None = None) -> str | None:
    """The short clause of a problem statement: subject, predicate and first complement."""
    from reviewsynth.nlp import parse
    from reviewsynth.themes.problems import _live_cues, load_cues

    sentence = _first_sentence(text)
    doc = next(parse([sentence]))
    live = _live_cues(sentence, load_cues())
    token = next((t for t in doc if live and t.idx >= live[0][1]), None)
    root = _predicate(token) if token is not None else next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    words = _clause_tokens(doc, root, agency)
    if len(words) < 2:
        return None
    return _tidy(" ".join(words[:MAX_LABEL_WORDS]))


def _clause_tokens(doc: Any, root: Any, agency: str | None) -> list[str]:
    subject, passive = _subject(root)
    if subject is None or (subject.pos_ == "PRON" and subject.dep_ != "expl"):
        # "They did not ...", or a subject the parse lost: the problem's agency, if known
        # and if it is the one who acted (not the one something was done to).
        return [agency, *_predicate_words(root)] if agency and not passive else []
    out: list[Any] = []
    if subject is not None and subject.dep_ != "expl":
        out += _subject_words(subject)
    elif subject is not None:
        out.append(subject)  # "There was no ..."
    return [*_join(out), *_predicate_words(root)]


def _predicate_words(root: Any) -> list[str]:
    words = [c for c in root.children if c.dep_ in ("aux", "auxpass", "neg")] + [root]
    kept = 0
    for child in sorted(root.children, key=lambda t: t.i):
        if child.i < root.i or kept == 2:
            continue
        if child.dep_ in _KEPT or (child.dep_ == "prep" and child.lower_ in _KEPT_PREPS):
            if child.dep_ == "dobj" and child.pos_ == "PROPN":
                continue  # "did not refer Mira to MARAC": the person, not the failing
            words += _article_for_names(_phrase(child))
            kept += child.dep_ != "prt"
    return _join(words)


def _join(tokens: list[Any]) -> list[str]:
    """Tokens in reading order as words, spaced as written where they were adjacent."""
    out: list[str] = []
    ordered = sorted(set(tokens), key=lambda t: t.i)
    for k, t in enumerate(ordered):
        if k and out and ordered[k - 1].i == t.i - 1 and not ordered[k - 1].whitespace_:
            out[-1] += t.text
        else:
            out.append(t.text)
    return out


def _subject_words(subject: Any) -> list[Any]:
    """The subject's words without a person's name as possessor ("Sophie's GP" -> GP), its
    determiners, and the clauses that describe it."""
    return [t for t in _phrase(subject, subject=True)
            if not (t.dep_ == "det" and t.lower_ in ("the", "a", "an", "this", "that"))]


def _phrase(token: Any, subject: bool = False) -> list[Any]:
    """A phrase's words without the clauses and dates that only explain it, nor a person's
    name as possessor ("Sophie's case" -> "case")."""
    out = [token]
    for child in token.children:
        if child.dep_ in _DROPPED and not (subject and child.dep_ in ("cc", "conj")):
            continue
        if child.dep_ == "prep" and (child.lower_ not in _KEPT_PREPS or _dates(child)):
            continue
        if child.dep_ == "npadvmod" or _MONTHS.match(child.text):
            continue
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            continue
        out += _phrase(child, subject)
    return sorted(out, key=lambda t: t.i)


def _dates(prep: Any) -> bool:
    """A prepositional phrase that only dates ("on 24 February 2021", "in May")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and bool(_MONTHS.match(pobj.text))


def _article_for_names(tokens: list[Any]) -> list[Any]:
    """"closed Sophie's case" reads "closed the case": an article where a name was the possessor."""
    kept = {t.i for t in tokens}
    out: list[Any] = []
    for t in tokens:
        named = any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.i not in kept for c in t.children)
        if named and not any(c.dep_ == "det" for c in t.children):
            first = min([t.i] + [c.left_edge.i for c in t.children if c.i < t.i and c.i in kept])
            out.append(_Word(first - 0.5, "the"))
        out.append(t)
    return out


class _Word:
    """A word the label adds (an article), placed among the sentence's tokens."""

    def __init__(self, i: float, text: str) -> None:
        self.i, self.text, self.whitespace_ = i, text, " "


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^\W*(?:(?:key )?(?:finding|lesson|learning|theme|issue)s?\s*\d*\s*[:.\u2013-]\s*)", "", text, flags=re.I)
    m = re.search(r"(?<=[a-z0-9)])[.;](?=\s+[A-Z])", text)
    return text[:m.start()] if m else text.rstrip(".;")


def _first_words(text: str) -> str:
    return _tidy(" ".join(_first_sentence(text).split()[:MAX_LABEL_WORDS]))


def _tidy(label: str) -> str:
    label = re.sub(r"\s+([,.;:'\u2019)])", r"\1", label)
    label = re.sub(r"\s+(['\u2019]s)\b", r"\1", label).strip(" ,;:.-")
    return label[:1].upper() + label[1:]
