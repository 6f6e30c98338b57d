"""Benchmark: the document model's sentence splitter against spaCy's statistical one, same run.

    python benchmarks/sentences.py [--json out.json]

Why this exists: the document model splits text into sentences with layout rules (blank
lines, numbered paragraphs, bullets, table rows, headings, chronology rows) and, inside a
block, at sentence-final punctuation before a capital, except after an abbreviation or a
title's letter pseudonym ("Mr Y."). spaCy's `senter` (the small English model's sentence
recogniser) is the library alternative. This script measures both on the development
documents (the bundled sample corpus, the `batch-f*` folders and ../shared/eval-real-dev;
never a `frozen-*` folder):

1. Layout blocks are cut by the layout rules alone. Inside each block, the punctuation cuts
   of the splitter and the sentence starts of `senter` are compared.
2. Every disagreement is sorted into *layout* (a table cell, a bullet, a numbered item or
   heading, a footnote marker, where layout and not grammar ends the unit) or *prose*.
3. CPU seconds of each, over the same texts: the splitter on the whole text, `senter` on the
   blocks.

Prints agreement, prose disagreements with a few examples of each side, and the cost ratio.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from reviewsynth.nlp import MODEL
from reviewsynth.text import sentences as splitter

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# A cut beside these is layout: table borders and cells, bullets, footnote markers, list numbers.
_LAYOUT_BEFORE = re.compile(r"(?:[|\[\]+•*]|(?:^|\s)\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\d\.)\s*$")
_LAYOUT_AFTER = re.compile(r"^\s*(?:[|+\-\[•*]|\d|[A-Z][A-Z ]{5,})")


@dataclass
class Tally:
    cuts: int = 0
    splitter_only: list[str] = field(default_factory=list)
    senter_only: list[str] = field(default_factory=list)
    layout: int = 0
    splitter_seconds: float = 0.0
    senter_seconds: float = 0.0


def documents() -> list[Path]:
    found = sorted((REPO / "examples" / "corpus").glob("*.txt"))
    for batch in sorted((REPO / "examples").glob("batch-f*/corpus")):
        found += sorted(batch.glob("*.txt"))
    return found + sorted((SHARED / "eval-real-dev").glob("*.txt"))


def layout_cuts(text: str) -> list[int]:
    """Where the layout rules alone end a unit: the splitter with its punctuation rule off."""
    saved = splitter._END_PUNCT
    splitter._END_PUNCT = re.compile(r"(?!)")  # matches nothing
    try:
        return splitter._boundaries(text, 0, len(text))
    finally:
        splitter._END_PUNCT = saved


def _first_char(text: str, at: int) -> int:
    return at + len(text[at:]) - len(text[at:].lstrip())


def _shown(text: str, at: int) -> str:
    return (text[max(0, at - 45):at] + " || " + text[at:at + 30]).replace("\n", " ")


def compare(text: str, senter: object, tally: Tally) -> None:
    started = time.process_time()
    starts = {s.start for s in splitter.split_sentences(text)}
    tally.splitter_seconds += time.process_time() - started
    edges = [0, *layout_cuts(text), len(text)]
    blocks = [(a, b) for a, b in zip(edges, edges[1:], strict=False) if text[a:b].strip()]
    started = time.process_time()
    parsed = list(senter.pipe(text[a:b] for a, b in blocks))  # type: ignore[attr-defined]
    tally.senter_seconds += time.process_time() - started
    for (a, b), doc in zip(blocks, parsed, strict=True):
        head = _first_char(text, a)
        theirs = {_first_char(text, a + s.start_char) for s in doc.sents} - {head}
        ours = {x for x in starts if head < x < b}
        tally.cuts += len(ours)
        for at, side in [(x, tally.splitter_only) for x in ours - theirs] + [(x, tally.senter_only) for x in theirs - ours]:
            if _LAYOUT_BEFORE.search(text[max(a, at - 8):at]) or _LAYOUT_AFTER.match(text[at:at + 12]):
                tally.layout += 1
            else:
                side.append(_shown(text, at))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the figures here (- for stdout)")
    args = parser.parse_args(argv)
    import spacy

    senter = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    senter.enable_pipe("senter")
    tally, words = Tally(), 0
    paths = documents()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        compare(text, senter, tally)
    figures = {
        "documents": len(paths), "words": words, "splitter_cuts_inside_blocks": tally.cuts,
        "layout_disagreements": tally.layout, "prose_cuts_only_the_splitter_makes": len(tally.splitter_only),
        "prose_cuts_only_senter_makes": len(tally.senter_only),
        "splitter_cpu_s": round(tally.splitter_seconds, 3), "senter_cpu_s": round(tally.senter_seconds, 3),
        "senter_cost_ratio": round(tally.senter_seconds / max(tally.splitter_seconds, 1e-9), 1),
    }
    for key, value in figures.items():
        print(f"{key:38} {value}")
    for title, examples in (("only the splitter cuts", tally.splitter_only), ("only senter cuts", tally.senter_only)):
        print(f"\n{title} (first 8 of {len(examples)}):")
        for line in examples[:8]:
            print("  " + line)
    if args.json:
        out = json.dumps(figures, indent=2)
        sys.stdout.write(out + "\n") if args.json == "-" else Path(args.json).write_text(out, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
