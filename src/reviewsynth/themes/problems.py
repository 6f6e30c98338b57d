"""Find the practice problems a review itself names (method.md section 5, step 1).

The analyst does not re-judge practice, so neither does the tool: it reads the sections in
which a review states its own conclusions about practice (findings; else analysis,
conclusions and lessons), keeps the paragraphs in which a sentence states a failing
("did not", "failure to", "missed opportunity", "closed the case after ..."), never a
recommendation or counterfactual, and records for each the agencies concerned, the systemic
factors the paragraph gives and verbatim evidence (whole sentences).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import Case, Evidence, PracticeProblem
from reviewsynth.themes import _text

MAX_EVIDENCE = 3  # quotes kept per problem: the stating sentence first, then supporting ones


def _data_path(name: str) -> Path:
    return Path(str(resources.files("reviewsynth") / "data" / name))


@dataclass(frozen=True)
class Agency:
    id: str
    label: str
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Cues:
    preferred_sections: tuple[str, ...]
    fallback_sections: tuple[str, ...]
    problem: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]
    systemic: dict[str, tuple[str, tuple[re.Pattern[str], ...]]]  # id -> (label, patterns)


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> Cues:
    raw = yaml.safe_load(Path(path or _data_path("problem_cues.yaml")).read_text(encoding="utf-8"))

    def compile_all(items: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in items or [])

    systemic = {fid: (str(spec.get("label", fid)), compile_all(spec.get("patterns", [])))
                for fid, spec in (raw.get("systemic_factors") or {}).items()}
    return Cues(tuple(raw.get("preferred_sections", ["findings"])),
                tuple(raw.get("fallback_sections", ["analysis", "conclusions", "lessons"])),
                compile_all(raw.get("problem_patterns", [])),
                compile_all(raw.get("exclude_patterns", [])), systemic)


@lru_cache(maxsize=4)
def load_agencies(path: str | None = None) -> tuple[Agency, ...]:
    raw = yaml.safe_load(Path(path or _data_path("practice_agencies.yaml")).read_text(encoding="utf-8"))
    agencies = []
    for aid, spec in (raw.get("agencies") or {}).items():
        patterns = [re.compile(p, re.I) for p in spec.get("patterns", []) or []]
        patterns += [re.compile(p) for p in spec.get("case_sensitive", []) or []]
        agencies.append(Agency(str(aid), str(spec.get("label", aid)), tuple(patterns)))
    return tuple(agencies)


def agency_labels() -> dict[str, str]:
    return {a.id: a.label for a in load_agencies()}


# -- sentence-level decisions ---------------------------------------------------------------

def states_problem(sentence: str, cues: Cues | None = None) -> bool:
    """True when the sentence states a failing of practice (and is no recommendation etc.)."""
    cues = cues or load_cues()
    if any(p.search(sentence) for p in cues.exclude):
        return False
    return any(p.search(sentence) for p in cues.problem)


@dataclass(frozen=True)
class AgencyMention:
    agency_id: str
    start: int  # offsets within the sentence
    end: int


def agency_mentions(sentence: str) -> list[AgencyMention]:
    """Agencies named in a sentence, in reading order, each once (the first mention)."""
    found: dict[str, AgencyMention] = {}
    for agency in load_agencies():
        for pattern in agency.patterns:
            m = pattern.search(sentence)
            if m and (agency.id not in found or m.start() < found[agency.id].start):
                found[agency.id] = AgencyMention(agency.id, m.start(), m.end())
    mentions = sorted(found.values(), key=lambda a: a.start)
    # "No agency" or "agencies" alongside a named agency adds nothing.
    if len(mentions) > 1:
        mentions = [m for m in mentions if m.agency_id != "all_agencies"]
    return mentions


_NAME_WORD = re.compile(r"[A-Z][\w'\u2019&-]*$")
_STOP_WORDS = {"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "No", "By", "When",
               "In", "On", "At", "From", "For", "With", "And", "Both"}


def agency_name(sentence: str, mention: AgencyMention) -> str:
    """The agency as the review names it: the match widened to the capitalised name around it."""
    start, end = mention.start, mention.end
    while True:  # widen left over capitalised words ("Stanmere" + "Medical Centre")
        m = _NAME_WORD.search(sentence[:start].rstrip())
        gap = sentence[:start][len(sentence[:start].rstrip()):]
        if not m or gap not in (" ",) or m.group(0) in _STOP_WORDS:
            break
        start = m.start()
    while True:  # and right over capitalised words ("Police" + "Service")
        m = re.match(r" ([A-Z][\w'\u2019&-]*)", sentence[end:])
        if not m or m.group(1) in _STOP_WORDS:
            break
        end += m.end()
    name = sentence[start:end].strip(" ,.;:")
    name = re.sub(r"['\u2019]s$", "", name)
    return name[0].upper() + name[1:] if name else name


def systemic_factors_in(sentence: str, cues: Cues | None = None) -> list[str]:
    cues = cues or load_cues()
    return [fid for fid, (_label, patterns) in cues.systemic.items()
            if any(p.search(sentence) for p in patterns)]


# -- document-level search ------------------------------------------------------------------

@dataclass
class _Paragraph:
    section: _text.Section
    sentences: list[tuple[int, int]]


def _paragraphs(doc: ExtractedDocument, kinds: tuple[str, ...]) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    for section in _text.find_sections(doc.text):
        if section.kind not in kinds:
            continue
        for ps, pe in _text.paragraph_spans(doc.text, section.start, section.end):
            if ps <= section.start + 4 and section.title in doc.text[ps:pe]:
                continue  # the heading line itself
            ps = _text.strip_paragraph_number(doc.text, ps, pe)
            sentences = _text.sentence_spans(doc.text, ps, pe)
            if sentences:
                paragraphs.append(_Paragraph(section, sentences))
    return paragraphs


_PASSIVE_FAILING = re.compile(r"\b(?:was|were|had been|has been|have been) (?:not|never) \w+ed\b", re.I)


def agency_is_subject(sentence: str, cues: Cues | None = None) -> bool:
    """An agency is named before the failing ("The GP did not ask"), or the failing is passive
    ("the reports were not linked"): so the failing is the agency's, not the victim's or family's."""
    cues = cues or load_cues()
    if _PASSIVE_FAILING.search(sentence):
        return True
    first_cue = min((m.start() for p in cues.problem if (m := p.search(sentence))), default=None)
    if first_cue is None:
        return False
    return any(m.start < first_cue for m in agency_mentions(sentence))


def _problem_from_paragraph(doc: ExtractedDocument, para: _Paragraph, cues: Cues) -> PracticeProblem | None:
    text = doc.text
    stating = [(s, e) for s, e in para.sentences if states_problem(text[s:e], cues)]
    if para.section.kind != "findings":
        # Narrative sections also tell what the victim or family did not do: keep only
        # failings that belong to an agency.
        stating = [(s, e) for s, e in stating if agency_is_subject(text[s:e], cues)]
    if not stating:
        return None
    first_s, first_e = stating[0]
    first = text[first_s:first_e]
    # Agencies: those the stating sentences name, else those named anywhere in the paragraph.
    mentions = [(s, m) for s, e in stating for m in agency_mentions(text[s:e])]
    if not mentions:
        mentions = [(s, m) for s, e in para.sentences for m in agency_mentions(text[s:e])]
    if not mentions and para.section.kind != "findings":
        return None  # outside a findings list, a failing with no agency is usually a general remark
    agency_ids = list(dict.fromkeys(m.agency_id for _s, m in mentions))
    agency = None
    if mentions:
        s0, m0 = mentions[0]
        sentence_end = next(e for s, e in para.sentences if s == s0)
        agency = agency_name(text[s0:sentence_end], m0)
    evidence = [_sentence_evidence(doc, s, e) for s, e in stating[:MAX_EVIDENCE]]
    factors: dict[str, list[Evidence]] = {}
    for s, e in para.sentences:
        for fid in systemic_factors_in(text[s:e], cues):
            factors.setdefault(fid, []).append(_sentence_evidence(doc, s, e))
    problem_text = " ".join(" ".join(text[s:e].split()) for s, e in para.sentences)
    return PracticeProblem(
        text=problem_text, agency=agency, theme=None, evidence=evidence,
        problem_id=problem_key(doc.sha256, first),
        agencies=agency_ids,
        section=para.section.kind,
        systemic_factors=[{"factor": fid, "evidence": [ev.model_dump() for ev in evs]}
                          for fid, evs in factors.items()],
        status="suggested",
        confidence=0.8 if para.section.kind == "findings" else 0.6,
    )


def _sentence_evidence(doc: ExtractedDocument, start: int, end: int) -> Evidence:
    return doc.evidence(start, end)


def problem_key(document_sha: str, quote: str) -> str:
    """A stable id for a problem: its document and the normalised sentence that states it."""
    norm = " ".join(quote.lower().split())
    return hashlib.sha256(f"{document_sha}:{norm}".encode()).hexdigest()[:16]


def find_practice_problems(doc: ExtractedDocument, case: Case | None = None,
                           cues_path: str | None = None) -> list[PracticeProblem]:
    """The practice problems the review names, one per paragraph, with agencies and quotes.

    Excluded cases get none (stage 2 applies to included reviews only). Recommendations are
    never problems; see `find_recommendations` for those.
    """
    if case is not None and case.screening is not None and not case.included:
        return []
    cues = load_cues(cues_path)
    for kinds in (cues.preferred_sections, cues.fallback_sections):
        problems = [p for para in _paragraphs(doc, kinds)
                    if (p := _problem_from_paragraph(doc, para, cues)) is not None]
        if problems:
            return _dedupe(problems)
    return []


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
    out: list[dict[str, Any]] = []
    for para in _paragraphs(doc, ("recommendations",)):
        s, e = para.sentences[0][0], para.sentences[-1][1]
        sentence = doc.text[s:e]
        out.append({"text": " ".join(sentence.split()),
                    "agencies": [m.agency_id for m in agency_mentions(sentence)],
                    "evidence": [doc.evidence(s, e)]})
    return out
