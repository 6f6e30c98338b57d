"""Loads `data/ingest.yaml` once: cleaning and boilerplate rules are data, not code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reviewsynth.datafiles import read_data
from reviewsynth.datafiles.rules import IngestFile, data_path


@dataclass(frozen=True)
class HyphenRules:
    keep_compounds: frozenset[str]
    keep_prefixes: frozenset[str]
    keep_suffixes: frozenset[str]


@dataclass(frozen=True)
class IngestRules:
    hyphen: HyphenRules
    short_line_ratio: float
    continuation_words: frozenset[str]
    paragraph_start: re.Pattern[str]
    zone_lines: int
    min_page_share: float
    max_pages_needed: int
    page_number: re.Pattern[str]
    ocr_dpi: int
    ocr_min_text_chars: int
    ocr_language: str
    ocr_median_filter: int
    html: dict[str, Any]


def _flags(names: list[str]) -> int:
    flags = 0
    for name in names:
        flags |= getattr(re, name)
    return flags


@lru_cache(maxsize=1)
def load_rules() -> IngestRules:
    raw = read_data(data_path("ingest.yaml"), IngestFile)  # validated: one-line errors
    hy = raw["hyphenation"]
    hf = raw["headers_footers"]
    return IngestRules(
        hyphen=HyphenRules(
            keep_compounds=frozenset(w.lower() for w in hy["keep_compounds"]),
            keep_prefixes=frozenset(w.lower() for w in hy["keep_prefixes"]),
            keep_suffixes=frozenset(w.lower() for w in hy["keep_suffixes"]),
        ),
        short_line_ratio=float(raw["paragraphs"]["short_line_ratio"]),
        continuation_words=frozenset(
            str(w).lower() for w in raw["paragraphs"]["continuation_words"]
        ),
        paragraph_start=re.compile(raw["paragraphs"]["paragraph_start"]),
        zone_lines=int(hf["zone_lines"]),
        min_page_share=float(hf["min_page_share"]),
        max_pages_needed=int(hf["max_pages_needed"]),
        page_number=re.compile(hf["page_number"], _flags(hf.get("page_number_flags", []))),
        ocr_dpi=int(raw["ocr"]["dpi"]),
        ocr_min_text_chars=int(raw["ocr"]["min_text_chars"]),
        ocr_language=str(raw["ocr"]["language"]),
        ocr_median_filter=int(raw["ocr"].get("median_filter", 0)),
        html=raw["html"],
    )
