"""The page as printed beside the text, in headless Chromium: `p` on a code shows its page's
image (rendered locally from the stored PDF) with the quote marked; highlights carry their
code's colour and label."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewsynth.ingest import extract
from reviewsynth.schema import Case, Code, DocumentRef, Person, Screening
from reviewsynth.store import Store
from tests.e2e.test_csp_browser import _watch
from tests.e2e.test_workbench_browser import login
from tests.test_page_image import write_pdf

pytestmark = pytest.mark.browser


def _pdf_case(store: Store, tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "review-t.pdf")
    doc = extract(pdf)
    store.add_document(doc, str(pdf))
    start = doc.text.index("long history of alcohol misuse")
    case = Case(case_id="case-t", title="DHR Ms T", review_type="dhr",
                documents=[DocumentRef(path=str(pdf), sha256=doc.sha256, pages=3)],
                screening=Screening(decision="include", reason="homicide"), category="intimate_partner_violence",
                people=[Person(person_id="v1", role="victim"),
                        Person(person_id="p1", role="perpetrator", characteristics=[
                            Code(code="alcohol_misuse", evidence=[doc.evidence(start, start + 30)])])])
    store.save_suggested_case(case, engine_version="test")


def test_p_shows_the_page_as_printed_with_the_quote(server: str, browser, seeded_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _pdf_case(seeded_store, tmp_path)
    page = login(browser, server, "cora")
    problems = _watch(page)
    page.goto(f"{server}/cases/case-t")
    mark = page.locator('mark.ev[data-targets~="people/p1/characteristics/0"]')
    assert "Alcohol misuse" in (mark.get_attribute("title") or "")
    assert "code-" in (mark.get_attribute("class") or "")
    stripe = page.locator('.stripe[data-goto="people/p1/characteristics/0"]')
    assert stripe.inner_text().startswith("Alcohol misuse") and "placed" in (stripe.get_attribute("class") or "")
    page.locator('.item[data-target="people/p1/characteristics/0"]').focus()
    page.keyboard.press("p")
    image = page.locator("#page-image")
    page.wait_for_function("() => { const i = document.getElementById('page-image'); return i.complete && i.naturalWidth > 0; }")
    assert page.locator("#page-view").is_visible()
    assert "/page/2.png?start=" in (image.get_attribute("src") or "")
    assert image.evaluate("(i) => i.naturalWidth") == 1000
    assert "Page 2 as printed" in page.locator("#page-view-title").inner_text()
    page.keyboard.press("Escape")
    assert not page.locator("#page-view").is_visible()
    page.click('button[data-page-image="1"]')  # any page, from its heading
    page.wait_for_function("() => document.getElementById('page-image').src.includes('/page/1.png')")
    assert not problems, problems


def select_across(page, needle: str) -> None:  # type: ignore[no-untyped-def]
    """Select `needle` in the document even where it crosses highlights (several text nodes)."""
    page.evaluate("""(needle) => {
        const nodes = [], walker = document.createTreeWalker(document.getElementById('doc'), NodeFilter.SHOW_TEXT);
        let node, text = '';
        while ((node = walker.nextNode())) { nodes.push([node, text.length]); text += node.data; }
        const at = text.indexOf(needle);
        if (at < 0) throw new Error('text not found: ' + needle);
        const find = (pos) => { for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= pos) return [nodes[i][0], pos - nodes[i][1]]; };
        const [sn, so] = find(at), [en, eo] = find(at + needle.length);
        const r = document.createRange(); r.setStart(sn, so); r.setEnd(en, eo);
        const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
        document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""", needle)


def test_change_a_quote_span_by_selecting_text(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = login(browser, server, "cora")
    problems = _watch(page)
    page.goto(f"{server}/cases/case-q")
    item = page.locator('.item[data-target="people/p1/characteristics/0"]')
    item.locator("details.edit summary").click()
    span_button = item.locator('fieldset.quote-edit[data-quote="0"] form.span-form button')
    span_button.wait_for()
    select_across(page, "long history of alcohol misuse and was known to drink heavily")
    span_button.click()
    page.wait_for_function("() => document.getElementById('live').textContent.includes('Quote changed')")
    ev = seeded_store.get_case("case-q").case.people[1].characteristics[0].evidence[0]
    doc = seeded_store.get_document(ev.document)
    assert ev.quote == "long history of alcohol misuse and was known to drink heavily"
    assert doc is not None and doc.text[ev.start:ev.end] == ev.quote
    assert "was known to drink heavily" in item.locator("q.quote").first.inner_text()
    assert not problems, problems
