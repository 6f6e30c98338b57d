"""The held-out test set in examples/heldout/: gold is valid, grounded and matches the rendered files.

The held-out reports were written without reading the coding engine, to measure how it generalises;
these tests only check that the set itself is sound (they never run the engine).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from reviewsynth.codebook import load_codebook
from reviewsynth.schema import Case, load_cases

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
HELDOUT = EXAMPLES / "heldout"
SOURCES_DIR = HELDOUT / "sources"
CORPUS = HELDOUT / "corpus"
GOLD = HELDOUT / "gold"
CASE_GOLD = sorted(p for p in GOLD.glob("*.gold.json") if p.name != "all.gold.json")


def _load_builder() -> ModuleType:
    if "build_corpus" in sys.modules:  # tests/test_corpus.py may have loaded it already
        return sys.modules["build_corpus"]
    spec = importlib.util.spec_from_file_location("build_corpus", EXAMPLES / "build_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_corpus"] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


builder = _load_builder()
SOURCES = builder.load_sources(SOURCES_DIR)
SOURCE_BY_FILE = {s.file: s for s in SOURCES}


def _case(path: Path) -> Case:
    return load_cases(path)[0]


def _evidence(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "evidence":
                yield from value
            else:
                yield from _evidence(value)
    elif isinstance(node, list):
        for item in node:
            yield from _evidence(item)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_heldout_set_has_five_cases_with_gold_and_notes() -> None:
    ids = [p.name.removesuffix(".gold.json") for p in CASE_GOLD]
    assert len(ids) == 5 and all(i.startswith(f"h0{n}_") for n, i in enumerate(ids, start=1))
    assert {s.case_id for s in SOURCES} == set(ids)
    for case_id in ids:
        assert (GOLD / f"{case_id}.notes.md").is_file(), case_id
    # Hand-written gold (with "@file" placeholders) sits next to each source.
    assert {p.name for p in SOURCES_DIR.glob("*.gold.json")} == {p.name for p in CASE_GOLD}


def test_heldout_files_are_apart_from_the_sample_corpus() -> None:
    sample = {p.name for p in (EXAMPLES / "corpus").iterdir()}
    assert not sample & {s.file for s in SOURCES}


@pytest.mark.parametrize("path", CASE_GOLD, ids=lambda p: p.stem)
def test_gold_file_is_one_valid_included_case(path: Path) -> None:
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert payload["schema"] == "reviewsynth.cases/1"
    assert len(payload["cases"]) == 1
    case = Case.model_validate(payload["cases"][0])
    assert case.case_id == path.name.removesuffix(".gold.json")
    assert case.screening is not None and case.screening.evidence
    assert case.included and case.category and case.people and case.practice_problems
    assert {p.role for p in case.people} == {"victim", "perpetrator"}


@pytest.mark.parametrize("path", CASE_GOLD, ids=lambda p: p.stem)
def test_gold_documents_match_rendered_files(path: Path) -> None:
    case = _case(path)
    assert len(case.documents) == 1 and case.documents[0].used
    doc = case.documents[0]
    file = CORPUS / doc.path
    assert file.is_file(), doc.path
    assert doc.sha256 == _sha(file)
    is_pdf = SOURCE_BY_FILE[doc.path].fmt in builder.PDF_FORMATS
    assert (doc.pages is not None) == is_pdf


@pytest.mark.parametrize("path", CASE_GOLD, ids=lambda p: p.stem)
def test_every_quote_is_verbatim_in_one_unit_of_its_source(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))["cases"][0]
    (doc,) = case["documents"]
    source = SOURCE_BY_FILE[doc["path"]]
    evidence = list(_evidence(case))
    assert len(evidence) >= 30  # a fully coded case, not a stub
    for ev in evidence:
        assert ev["document"] == doc["sha256"]
        wanted = builder.normalise_space(ev["quote"])
        assert any(wanted in text for _, text in source.texts()), ev["quote"]
        if source.fmt in builder.PDF_FORMATS:
            assert 1 <= ev["page"] <= doc["pages"]
        else:
            assert ev["page"] is None


def _rendered_text(path: Path, fmt: str) -> list[str]:
    """Text of the rendered file: one string per PDF page, else one string."""
    if fmt == "pdf":
        return builder.pdf_page_texts(path.read_bytes())
    if fmt == "docx":
        import docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
        return [builder.normalise_space(" ".join(parts))]
    if fmt == "html":
        from lxml import html as lxml_html

        (article,) = lxml_html.fromstring(path.read_bytes()).xpath("//main//article")
        return [builder.normalise_space(article.text_content())]
    return [builder.normalise_space(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("path", CASE_GOLD, ids=lambda p: p.stem)
def test_quotes_survive_rendering_on_their_page(path: Path) -> None:
    case = _case(path)
    doc = case.documents[0]
    fmt = SOURCE_BY_FILE[doc.path].fmt
    texts = _rendered_text(CORPUS / doc.path, fmt)
    for ev in _evidence(case.model_dump()):
        text = texts[ev["page"] - 1] if fmt == "pdf" else texts[0]
        assert builder.normalise_space(ev["quote"]) in text, ev["quote"]


def test_reports_are_of_realistic_length_and_mixed_formats() -> None:
    for source in SOURCES:
        assert 2000 <= source.word_count() <= 2800, (source.file, source.word_count())
    assert {s.fmt for s in SOURCES} == {"pdf", "docx", "html", "txt"}
    for source in (s for s in SOURCES if s.fmt == "html"):
        page = (CORPUS / source.file).read_text(encoding="utf-8")
        assert "<nav" in page and "<footer" in page


def test_gold_uses_only_codebook_ids() -> None:
    codebook = load_codebook()
    subtypes = set(codebook.plain_list("abuse_subtypes"))
    for path in CASE_GOLD:
        case = _case(path)
        assert case.review_type in codebook["review_types"]
        assert case.category in codebook["categories"]
        assert case.incident_type in codebook["incident_types"]
        assert case.screening is not None and case.screening.reason in codebook.include_reasons
        for person in case.people:
            assert person.age_band in codebook["age_bands"]
            assert person.ethnicity in codebook["ethnicities"]
            assert person.living_arrangement in codebook["living_arrangements"]
            for c in person.characteristics:
                assert c.code in codebook["characteristics"], (case.case_id, c.code)
                assert set(c.subtypes) <= subtypes
            for s in person.services:
                assert s.service in codebook["services"], (case.case_id, s.service)
        assert case.relationship is not None
        assert case.relationship.type in codebook["relationship_types"]
        for code in case.incident.weapons:
            assert code.code in codebook["weapons"]
        for code in case.incident.locations:
            assert code.code in codebook["locations"]
        for code in case.escalation.markers:
            assert code.code in codebook["escalation_markers"]


def test_heldout_covers_varied_review_types_and_categories() -> None:
    cases = [_case(p) for p in CASE_GOLD]
    assert {c.review_type for c in cases} == {"sar", "scr", "dhr", "iir"}
    assert {c.category for c in cases} >= {
        "adult_peer_violence", "within_family_violence_children", "adult_family_violence",
        "youth_peer_violence",
    }
    assert any(c.fatal is False for c in cases)


def test_all_gold_merges_every_case_in_order() -> None:
    merged = json.loads((GOLD / "all.gold.json").read_text(encoding="utf-8"))["cases"]
    per_case = [json.loads(p.read_text(encoding="utf-8"))["cases"][0] for p in CASE_GOLD]
    assert merged == sorted(per_case, key=lambda c: c["case_id"])
