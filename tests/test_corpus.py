"""The sample corpus in examples/: gold files are valid, grounded and match the rendered files.

These tests read the committed files; the rendering checks (marked slow) re-run the builder in
memory and need reportlab, a test dependency.
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

from reviewsynth.schema import Case, load_cases

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CORPUS = EXAMPLES / "corpus"
GOLD = EXAMPLES / "gold"
CASE_GOLD = sorted(p for p in GOLD.glob("*.gold.json") if p.name != "all.gold.json")


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_corpus", EXAMPLES / "build_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_corpus"] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


builder = _load_builder()
SOURCES = builder.load_sources()
SOURCE_BY_FILE = {s.file: s for s in SOURCES}


def _cases() -> list[Case]:
    return [c for path in CASE_GOLD for c in load_cases(path)]


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


def test_corpus_has_gold_for_every_case() -> None:
    assert len(CASE_GOLD) >= 12
    assert {s.case_id for s in SOURCES} == {p.name.removesuffix(".gold.json") for p in CASE_GOLD}


@pytest.mark.parametrize("path", CASE_GOLD, ids=lambda p: p.stem)
def test_gold_file_is_one_valid_case(path: Path) -> None:
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert payload["schema"] == "reviewsynth.cases/1"
    assert len(payload["cases"]) == 1
    case = Case.model_validate(payload["cases"][0])
    assert case.case_id == path.name.removesuffix(".gold.json")
    assert case.screening is not None and case.screening.evidence
    if not case.included:  # excluded cases are coded at screening level only
        assert case.category is None and not case.people and not case.practice_problems


@pytest.mark.parametrize("path", CASE_GOLD, ids=lambda p: p.stem)
def test_gold_documents_match_corpus_files(path: Path) -> None:
    case = load_cases(path)[0]
    assert case.documents
    for doc in case.documents:
        file = CORPUS / doc.path
        assert file.is_file(), doc.path
        assert doc.sha256 == _sha(file)
        is_pdf = SOURCE_BY_FILE[doc.path].fmt in builder.PDF_FORMATS
        assert (doc.pages is not None) == is_pdf
    assert sum(d.used for d in case.documents) == 1  # exactly one document is coded from


@pytest.mark.parametrize("path", CASE_GOLD, ids=lambda p: p.stem)
def test_every_quote_is_verbatim_in_its_source(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))["cases"][0]
    file_by_sha = {d["sha256"]: d["path"] for d in case["documents"]}
    pages_by_sha = {d["sha256"]: d["pages"] for d in case["documents"]}
    evidence = list(_evidence(case))
    assert evidence
    for ev in evidence:
        source = SOURCE_BY_FILE[file_by_sha[ev["document"]]]
        wanted = builder.normalise_space(ev["quote"])
        assert any(wanted in text for _, text in source.texts()), ev["quote"]
        if source.fmt in builder.PDF_FORMATS:
            assert 1 <= ev["page"] <= pages_by_sha[ev["document"]]
        else:
            assert ev["page"] is None


def _pdf_pages(path: Path) -> list[str]:
    return builder.pdf_page_texts(path.read_bytes())


def test_text_pdf_quotes_are_on_their_page() -> None:
    for case in _cases():
        for doc in case.documents:
            if SOURCE_BY_FILE[doc.path].fmt != "pdf" or not doc.used:
                continue
            pages = _pdf_pages(CORPUS / doc.path)
            for ev in _evidence(case.model_dump()):
                if ev["document"] == doc.sha256:
                    assert builder.normalise_space(ev["quote"]) in pages[ev["page"] - 1]


def test_scanned_pdf_has_no_text_layer() -> None:
    scanned = [s for s in SOURCES if s.fmt == "scanned_pdf"]
    assert scanned
    for source in scanned:
        path = CORPUS / source.file
        assert all(not text.strip() for text in _pdf_pages(path))
    assert sum((CORPUS / s.file).stat().st_size for s in scanned) < 2.5 * 1024 * 1024


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return builder.normalise_space(" ".join(parts))


def _html_article_text(path: Path) -> str:
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(path.read_bytes())
    (article,) = tree.xpath("//main//article")
    return builder.normalise_space(article.text_content())


def test_quotes_survive_rendering_in_docx_html_and_txt() -> None:
    readers = {
        "docx": _docx_text,
        "html": _html_article_text,
        "txt": lambda p: builder.normalise_space(p.read_text(encoding="utf-8")),
    }
    checked = 0
    for case in _cases():
        for doc in case.documents:
            fmt = SOURCE_BY_FILE[doc.path].fmt
            if fmt not in readers:
                continue
            text = readers[fmt](CORPUS / doc.path)
            for ev in _evidence(case.model_dump()):
                if ev["document"] == doc.sha256:
                    assert builder.normalise_space(ev["quote"]) in text, ev["quote"]
                    checked += 1
    assert checked > 50


def test_html_pages_carry_site_boilerplate_outside_the_article() -> None:
    for source in (s for s in SOURCES if s.fmt == "html"):
        page = (CORPUS / source.file).read_text(encoding="utf-8")
        for marker in ("<nav", "cookie", 'aria-label="Breadcrumb"', "<footer", "domestic abuse call"):
            assert marker in page
        assert "domestic abuse call" not in _html_article_text(CORPUS / source.file)


def test_overview_reports_are_long_enough() -> None:
    roles = {d.path: d.role for c in _cases() for d in c.documents}
    for source in SOURCES:
        if roles[source.file] == "overview_report":
            assert source.word_count() >= 2000, source.file


def test_corpus_has_the_required_mix() -> None:
    cases = _cases()
    included = [c for c in cases if c.included]
    assert {c.review_type for c in cases} >= {"dhr", "scr", "sar", "iir"}
    assert {c.category for c in included} == {
        "youth_peer_violence", "adult_peer_violence", "intimate_partner_violence",
        "adult_family_violence", "within_family_violence_children", "child_sexual_abuse",
    }
    assert sum(not c.included for c in cases) >= 2
    formats = [s.fmt for s in SOURCES]
    for fmt in ("scanned_pdf", "docx", "html", "pdf", "txt"):
        assert fmt in formats
    assert any(len(c.documents) >= 2 for c in cases)


def test_all_gold_merges_every_case_in_order() -> None:
    merged = json.loads((GOLD / "all.gold.json").read_text(encoding="utf-8"))["cases"]
    per_case = [json.loads(p.read_text(encoding="utf-8"))["cases"][0] for p in CASE_GOLD]
    assert [c["case_id"] for c in merged] == sorted(c["case_id"] for c in per_case)
    assert merged == sorted(per_case, key=lambda c: c["case_id"])


def test_parser_keeps_pages_tables_and_plain_text() -> None:
    blocks = builder.parse_body(
        "# Title\n\nA **bold** para\nwrapped.\n\n| Date | Event |\n|---|---|\n"
        "| 1 May | Seen |\n<<<PAGE>>>\n- item one\n"
    )
    kinds = [(b.kind, b.page) for b in blocks]
    assert kinds == [("heading", 1), ("para", 1), ("table", 1), ("item", 2)]
    assert blocks[1].text == "A bold para wrapped."
    assert blocks[2].rows == [["Date", "Event"], ["1 May", "Seen"]]


def test_resolve_reports_a_quote_missing_from_the_source() -> None:
    source = builder.Source(
        Path("x.md"), {"case_id": "x", "format": "txt", "file": "x.txt"},
        builder.parse_body("1.1 Police attended the flat.\n"),
    )
    rendered = builder.render(source)
    case = {
        "case_id": "x",
        "documents": [{"path": "x.txt", "sha256": "@x.txt"}],
        "screening": {"decision": "include", "reason": "homicide", "evidence": [
            {"document": "@x.txt", "quote": "Police attended the flat."},
            {"document": "@x.txt", "quote": "Police attended the house."},
        ]},
    }
    errors, _ = builder.resolve_case(case, {"x.txt": rendered}, [source])
    assert errors == ["quote not verbatim in 'x.txt': 'Police attended the house.'"]
    assert case["documents"][0]["sha256"] == rendered.sha256


@pytest.mark.slow
def test_committed_outputs_are_what_the_builder_renders() -> None:
    pytest.importorskip("reportlab")
    for source in SOURCES:
        first = builder.render(source)
        assert first.sha256 == _sha(CORPUS / source.file), f"stale: {source.file}"
        if source.fmt in ("docx", "scanned_pdf"):  # formats with timestamps or rasterising
            assert builder.render(source).data == first.data


def _coded_values(case: Case) -> Iterator[tuple[str, str]]:
    """(codebook list, id) for every coded value in a case."""
    yield "review_types", case.review_type
    if case.category:
        yield "categories", case.category
    if case.incident_type:
        yield "incident_types", case.incident_type
    for doc in case.documents:
        yield "document_roles", doc.role
    for person in case.people:
        yield from [("age_bands", person.age_band), ("genders", person.gender),
                    ("ethnicities", person.ethnicity),
                    ("living_arrangements", person.living_arrangement)]
        yield from (("characteristics", c.code) for c in person.characteristics)
        yield from (("contexts", r.context) for r in person.risk_factors)
        yield from (("risk_factor_types", r.type) for r in person.risk_factors)
        yield from (("contexts", p.context) for p in person.protective_factors)
        yield from (("services", s.service) for s in person.services)
    if case.relationship:
        yield "relationship_types", case.relationship.type
        yield from (("relationship_characteristics", c.code)
                    for c in case.relationship.characteristics)
    yield from (("weapons", c.code) for c in case.incident.weapons)
    yield from (("locations", c.code) for c in case.incident.locations)
    yield from (("escalation_markers", c.code) for c in case.escalation.markers)


def test_gold_uses_only_codebook_ids() -> None:
    from reviewsynth.codebook import load_codebook

    codebook = load_codebook()
    subtypes = set(codebook.plain_list("abuse_subtypes"))
    for case in _cases():
        unknown = [(name, value) for name, value in _coded_values(case)
                   if value not in codebook[name]]
        assert not unknown, (case.case_id, unknown)
        assert case.screening is not None
        reasons = codebook.include_reasons if case.included else codebook.exclude_reasons
        assert case.screening.reason in reasons
        for person in case.people:
            for c in person.characteristics:
                assert set(c.subtypes) <= subtypes
