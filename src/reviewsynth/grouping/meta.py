"""Cover-level case metadata, each value with the evidence it was read from.

Reviews state their own facts on the cover and in the first paragraphs: the review type
("Domestic Homicide Review"), the case's name ("into the death of 'Leah'", "Child T",
"Adult F"), the area ("London Borough of ...", "... Safeguarding Children Partnership"),
the publication date ("Published: June 2021") and the incident ("who died on 9 March 2019").
All patterns live in data/grouping.yaml; this module only applies them in order and keeps the
matched span as Evidence (a verbatim slice of the document text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reviewsynth.codebook import load_codebook
from reviewsynth.datafiles import read_data
from reviewsynth.datafiles.rules import GroupingFile, data_path
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseMeta
from reviewsynth.schema import Evidence

_QUOTE = r"['‘’\"“”]?"
_MONTHS = {
    name: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}  # fmt: skip


@dataclass(frozen=True)
class MetaRules:
    cover_chars: int
    intro_chars: int
    review_types: dict[str, list[re.Pattern[str]]]
    name_patterns: list[re.Pattern[str]]
    name_stopwords: frozenset[str]
    pseudonym_prefixes: frozenset[str]
    unambiguous_prefixes: frozenset[str]
    designator: re.Pattern[str]
    area_patterns: list[re.Pattern[str]]
    area_strip_leading: frozenset[str]
    area_stop_trailing: frozenset[str]
    published_patterns: list[re.Pattern[str]]
    incident_patterns: list[re.Pattern[str]]
    listing_pattern: re.Pattern[str]
    listing_min_names: int
    raw: dict[str, Any]


def _flexible_spaces(pattern: str) -> str:
    """A space outside a character class matches any whitespace run (phrases wrap lines)."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        out.append(r"\s+" if ch == " " and not in_class else ch)
    return "".join(out)


def _fill(pattern: str, slots: dict[str, str]) -> str:
    for key, value in slots.items():
        pattern = pattern.replace("{" + key + "}", value)
    return pattern


@lru_cache(maxsize=1)
def load_meta_rules() -> MetaRules:
    # Validated (code ids against the codebook): a bad file is a one-line DataFileError.
    raw = read_data(data_path("grouping.yaml"), GroupingFile, codebook=load_codebook())
    month = raw["month"]
    review_phrases = [
        _flexible_spaces(p) for patterns in raw["review_types"].values() for p in patterns
    ]
    name_cfg = raw["name"]
    designator = name_cfg["designator"]
    pseudonym = name_cfg["pseudonym"]
    prefixes = name_cfg.get("pseudonym_prefixes") or []
    prefix = "(?:(?:" + "|".join(map(re.escape, prefixes)) + r")\s+)?" if prefixes else ""
    slots = {
        "MONTH": month,
        "REVIEW": "(?i:" + "|".join(review_phrases) + ")",
        "Q": _QUOTE,
        "DESIGNATOR": designator,
        "NAME": f"(?:{designator}|{prefix}{pseudonym}(?: (?:and|&) {pseudonym})?)",
    }
    slots["DATE"] = "(?:" + _fill(raw["dates"]["date"], slots) + ")"
    slots["EVENT"] = _fill(raw["dates"]["event"], slots)
    flags = re.MULTILINE

    def compile_all(patterns: list[str], flexible: bool = True) -> list[re.Pattern[str]]:
        return [
            re.compile(_fill(_flexible_spaces(p) if flexible else p, slots), flags)
            for p in patterns
        ]

    return MetaRules(
        cover_chars=int(raw["cover_chars"]),
        intro_chars=int(raw["intro_chars"]),
        review_types={
            rtype: [re.compile(_flexible_spaces(p), re.IGNORECASE) for p in patterns]
            for rtype, patterns in raw["review_types"].items()
        },
        name_patterns=compile_all(name_cfg["patterns"]),
        name_stopwords=frozenset(name_cfg["stopwords"]),
        pseudonym_prefixes=frozenset(prefixes),
        unambiguous_prefixes=frozenset(name_cfg.get("unambiguous_prefixes") or []),
        designator=re.compile(designator),
        area_patterns=compile_all(raw["area"]["patterns"], flexible=False),  # one line only
        area_strip_leading=frozenset(raw["area"]["strip_leading"]),
        area_stop_trailing=frozenset(raw["area"]["stop_trailing"]),
        published_patterns=compile_all(raw["dates"]["published"]),
        incident_patterns=compile_all(raw["dates"]["incident"]),
        # A review phrase and the case it names: a coded name, or a quoted pseudonym (an
        # unquoted capitalised word after "SAR" is as often "Subgroup" as a name).
        listing_pattern=re.compile(_fill(
            r"{REVIEW}\s*[:\-–—]?\s*(?:{Q}(?P<name>{DESIGNATOR}){Q}|['‘’\"“”](?P<quoted>"
            + pseudonym + r")['‘’\"“”])", slots)),
        listing_min_names=int(raw["grouping"].get("listing_min_names", 2)),
        raw=raw,
    )


def cover_end(doc: ExtractedDocument, rules: MetaRules) -> int:
    """End offset of the cover: the first page of a paged document, else the first N chars."""
    if doc.pages and doc.pages[0].number is not None and doc.pages[0].end > 200:
        return min(doc.pages[0].end, 3 * rules.cover_chars)
    return min(len(doc.text), rules.cover_chars)


def read_review_type(doc: ExtractedDocument, rules: MetaRules) -> tuple[str, Evidence | None]:
    """The review type whose phrase comes first in the cover (else in the introduction)."""
    for end in (cover_end(doc, rules), min(len(doc.text), rules.intro_chars)):
        window = doc.text[:end]
        best: tuple[int, int, str] | None = None
        for rtype, patterns in rules.review_types.items():
            for pattern in patterns:
                m = pattern.search(window)
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), m.end(), rtype)
        if best:
            return best[2], doc.evidence(best[0], best[1])
    return "other", None


def _normalise_name(name: str, rules: MetaRules) -> str:
    name = " ".join(name.split())
    if rules.designator.fullmatch(name):
        word, rest = name.split(" ", 1)
        return f"{word.capitalize()} {rest}"  # "ADULT F" -> "Adult F"
    return name


def _valid_name(name: str, rules: MetaRules) -> bool:
    if rules.designator.fullmatch(name):
        return True
    words = [w for w in re.split(r"\s+|&", name) if w and w != "and"]
    if len(words) > 1 and words[0] in rules.pseudonym_prefixes:
        words = words[1:]  # "Child Nell": the pseudonym decides
    return bool(words) and all(w not in rules.name_stopwords for w in words)


def _used_bare(name: str, text: str, rules: MetaRules) -> bool:
    """A prefixed pseudonym ("Child Nell") is a name only where the review also calls the
    person by it alone; "Child Protection", "Adult Social" never stand alone as a person."""
    words = name.split()
    if len(words) < 2 or words[0] not in rules.pseudonym_prefixes or rules.designator.fullmatch(" ".join(words)) \
            or words[0] in rules.unambiguous_prefixes:
        return True
    bare = re.compile(r"(?<!\w )\b" + re.escape(" ".join(words[1:])) + r"\b(?! [A-Z])")
    return len(bare.findall(text)) >= 3


def read_case_name(doc: ExtractedDocument, rules: MetaRules) -> tuple[str | None, Evidence | None]:
    windows = (cover_end(doc, rules), min(len(doc.text), rules.intro_chars))
    for end in windows:
        window = doc.text[:end]
        for pattern in rules.name_patterns:
            for m in pattern.finditer(window):
                raw = m.group("name")
                if _valid_name(" ".join(raw.split()), rules) and _used_bare(raw, doc.text, rules):
                    return _normalise_name(raw, rules), doc.evidence(m.start(), m.end())
    return None, None


def _clean_area(area: str, rules: MetaRules) -> str | None:
    words = area.split()
    while words and words[0] in rules.area_strip_leading:
        words.pop(0)
    if not words or words[-1] in rules.area_stop_trailing and "Council" not in words[-1:]:
        return None
    return " ".join(words) or None


def read_area(doc: ExtractedDocument, rules: MetaRules) -> tuple[str | None, Evidence | None]:
    window = doc.text[: min(len(doc.text), rules.intro_chars)]
    for pattern in rules.area_patterns:
        for m in pattern.finditer(window):
            area = _clean_area(m.group("area"), rules)
            if area:
                start = m.start("area") + m.group("area").find(area.split()[0])
                return area, doc.evidence(start, m.end("area"))
    return None, None


def parse_date(text: str) -> tuple[int, int | None] | None:
    """(year, month or None) from "9 March 2019", "March 2019", "03/2019", "2019"."""
    text = text.strip().lower()
    numeric = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    if numeric:
        month = int(numeric.group(2))
        return int(numeric.group(3)), month if 1 <= month <= 12 else None
    year_match = re.search(r"(?:19|20)\d{2}", text)
    if not year_match:
        return None
    year = int(year_match.group(0))
    for word in re.findall(r"[a-z]+", text):
        if word in _MONTHS:
            return year, _MONTHS[word]
    return year, None


def _format_date(parsed: tuple[int, int | None]) -> str:
    year, month = parsed
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def read_published(doc: ExtractedDocument, rules: MetaRules) -> tuple[str | None, Evidence | None]:
    cover = cover_end(doc, rules)
    for window_end, patterns in (
        (cover, rules.published_patterns),
        (len(doc.text), rules.published_patterns[:1]),  # "Published ..." anywhere (end matter)
        (min(len(doc.text), rules.intro_chars), rules.published_patterns[1:2]),
    ):
        window = doc.text[:window_end]
        for pattern in patterns:
            m = pattern.search(window)
            parsed = parse_date(m.group("date")) if m else None
            if m and parsed:
                return _format_date(parsed), doc.evidence(m.start(), m.end())
    return None, None


def read_incident_year(
    doc: ExtractedDocument, rules: MetaRules, published: str | None = None
) -> tuple[int | None, Evidence | None]:
    """The year of the earliest dated incident sentence in the introduction; a date that is
    the publication's own month ("Executive Summary January 2019 - the death of ...",
    "today (1 May 2024) published a review into the death") is not the incident's."""
    window = doc.text[: min(len(doc.text), rules.intro_chars)]
    found: list[tuple[int, re.Match[str]]] = []
    for pattern in rules.incident_patterns:
        for m in pattern.finditer(window):
            parsed = parse_date(m.group("date"))
            if parsed and published and parsed[1] is not None and _format_date(parsed) == published:
                continue
            if parsed:
                found.append((m.start(), m))
                break
    if not found:
        return None, None
    _, m = min(found, key=lambda item: item[0])
    parsed = parse_date(m.group("date"))
    assert parsed is not None
    return parsed[0], doc.evidence(m.start(), m.end())


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
MAX_PARAGRAPH = 4000


def read_listed_names(doc: ExtractedDocument, rules: MetaRules, title: str | None) -> list[str]:
    """The case names listed with the document's own in one paragraph ("Two reviews were
    published: SAR Adult D and SAR Mr T"), when there are several; else nothing.

    Only paragraphs starting in the introduction are read (the case name is read there),
    each up to MAX_PARAGRAPH characters, so the cost is bounded whatever the document."""
    if not title:
        return []
    own = _key(title)
    limit = min(len(doc.text), rules.intro_chars)
    start = 0
    while start < limit:
        brk = _PARAGRAPH_BREAK.search(doc.text, start, start + MAX_PARAGRAPH)
        end = brk.start() if brk else min(len(doc.text), start + MAX_PARAGRAPH)
        names = list(dict.fromkeys(
            _normalise_name(m.group("name") or m.group("quoted"), rules)
            for m in rules.listing_pattern.finditer(doc.text, start, end)))
        if len(names) >= rules.listing_min_names and own in {_key(n) for n in names}:
            return names
        start = brk.end() if brk else end
    return []


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def read_meta(doc: ExtractedDocument) -> CaseMeta:
    """Review type, case name, area, publication date and incident year, each with evidence."""
    rules = load_meta_rules()
    meta = CaseMeta()
    meta.review_type, type_evidence = read_review_type(doc, rules)
    meta.title, title_evidence = read_case_name(doc, rules)
    meta.area, area_evidence = read_area(doc, rules)
    meta.published, published_evidence = read_published(doc, rules)
    meta.incident_year, incident_evidence = read_incident_year(doc, rules, meta.published)
    meta.listed = read_listed_names(doc, rules, meta.title)
    for field_name, evidence in (
        ("review_type", type_evidence),
        ("title", title_evidence),
        ("area", area_evidence),
        ("published", published_evidence),
        ("incident_year", incident_evidence),
    ):
        if evidence is not None:
            meta.evidence[field_name] = evidence
    return meta
