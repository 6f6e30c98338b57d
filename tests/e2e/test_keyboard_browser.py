"""The keyboard flow in headless Chromium: focus after `a`/`r` (stays on the code acted on
through the swap, then moves to the next), `e` edits the outlined code even after later swaps,
`j`/`k` scroll the document to the quote, `n` adds to the list in view, the live region says
what happened, and every action works without a mouse."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import Case, Code, DocumentRef, Incident, Person, Screening
from reviewsynth.store import Store
from tests.e2e.test_csp_browser import _watch
from tests.e2e.test_workbench_browser import login

pytestmark = pytest.mark.browser

ACTIVE_TARGET = "() => { const i = document.activeElement && document.activeElement.closest('.item'); return i ? i.dataset.target : null; }"


def _coder_page(browser, server: str, path: str = "/cases/case-q"):  # type: ignore[no-untyped-def]
    page = login(browser, server, "cora")
    page.set_viewport_size({"width": 1280, "height": 640})
    problems = _watch(page)
    page.goto(f"{server}{path}")
    return page, problems


def _wait_status(page, target: str, status: str) -> None:  # type: ignore[no-untyped-def]
    page.locator(f'.item[data-target="{target}"] .badge-{status}').first.wait_for()
    page.wait_for_function("() => document.getElementById('template-panel').dataset.handled === 'true'")


def test_focus_after_accept_and_reject_moves_to_the_next_code(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    page, problems = _coder_page(browser, server)
    page.locator('.item[data-target="people/v1/characteristics/0"]').focus()
    page.keyboard.press("a")
    _wait_status(page, "people/v1/characteristics/0", "accepted")
    assert page.evaluate(ACTIVE_TARGET) == "people/p1/characteristics/0"
    live = page.locator("#live")
    page.wait_for_function("() => document.getElementById('live').textContent.includes('Accepted')")
    assert "Social isolation" in live.inner_text() and "Next: Alcohol misuse" in live.inner_text()
    page.keyboard.press("r")
    _wait_status(page, "people/p1/characteristics/0", "rejected")
    assert page.evaluate(ACTIVE_TARGET) == "incident/weapons/0"
    case = seeded_store.get_case("case-q").case
    assert case.people[0].characteristics[0].status == "accepted"
    assert case.people[1].characteristics[0].status == "rejected"
    assert not problems, problems


def test_e_edits_the_outlined_code_even_after_later_swaps(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    page, problems = _coder_page(browser, server)
    page.locator('.item[data-target="people/v1/characteristics/0"]').focus()
    page.keyboard.press("a")  # focus moves on to the perpetrator's code
    _wait_status(page, "people/v1/characteristics/0", "accepted")
    page.keyboard.press("j")  # and on to the knife
    assert page.evaluate(ACTIVE_TARGET) == "incident/weapons/0"
    page.keyboard.press("e")
    form = page.locator('.item[data-target="incident/weapons/0"] form.item-edit')
    form.wait_for()
    page.wait_for_function("() => document.activeElement && document.activeElement.name === 'f_code'")
    page.wait_for_timeout(400)  # any late swap would have moved focus back by now
    assert page.evaluate(ACTIVE_TARGET) == "incident/weapons/0"
    assert page.evaluate("document.querySelector('.item.outlined').dataset.target") == "incident/weapons/0"
    page.keyboard.press("Tab")  # to the detail field
    page.keyboard.type("kitchen knife")
    page.keyboard.press("Enter")  # submits the edit of this code, and of no other
    page.locator('.item[data-target="incident/weapons/0"] .badge-edited').wait_for()
    case = seeded_store.get_case("case-q").case
    assert case.incident.weapons[0].detail == "kitchen knife"
    assert case.people[1].characteristics[0].status == "suggested"  # the perpetrator's code untouched
    assert not problems, problems


def _long_case(store: Store) -> None:
    """A 40-page report whose codes quote pages 2, 20 and 38."""
    pages = [f"Page {n} of the review. " + "The panel read the agency records for this period. " * 30
             for n in range(1, 41)]
    for n, words in ((2, "drank heavily every evening"), (20, "was isolated from her family"),
                     (38, "a kitchen knife was used")):
        pages[n - 1] += words + "."
    doc = ExtractedDocument.from_pages("long.pdf", "f" * 64, "pdf", pages, title="Long review")
    store.add_document(doc)

    def ev(words: str):  # type: ignore[no-untyped-def]
        start = doc.text.index(words)
        return [doc.evidence(start, start + len(words))]

    case = Case(case_id="case-long", title="Long review", review_type="dhr",
                documents=[DocumentRef(path=doc.path, sha256=doc.sha256, pages=40)],
                screening=Screening(decision="include", reason="homicide"), category="intimate_partner_violence",
                people=[Person(person_id="v1", role="victim", characteristics=[
                            Code(code="social_isolation", evidence=ev("was isolated from her family"))]),
                        Person(person_id="p1", role="perpetrator", characteristics=[
                            Code(code="alcohol_misuse", evidence=ev("drank heavily every evening"))])],
                incident=Incident(weapons=[Code(code="knife", evidence=ev("a kitchen knife was used"))]))
    store.save_suggested_case(case, engine_version="test")


_IN_VIEW = """(target) => {
        const m = Array.from(document.querySelectorAll('mark.ev')).find((x) => x.dataset.targets.split(' ').includes(target));
        const p = document.getElementById('doc-panel').getBoundingClientRect(), r = m.getBoundingClientRect();
        return r.top >= p.top && r.bottom <= p.bottom; }"""


def _quote_in_view(page, target: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(page.evaluate(_IN_VIEW, target))


def _scrolled_to(page, target: str) -> bool:  # type: ignore[no-untyped-def]
    """The quote comes into view within 5 s: the panel's scroll may still be running when the
    key press returns (on a loaded machine it did not finish before the first look)."""
    try:
        page.wait_for_function(_IN_VIEW, arg=target, timeout=5000)
    except PlaywrightTimeout:  # the quote never came into view
        return False
    return True


def test_j_and_k_scroll_the_document_to_the_quote(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    _long_case(seeded_store)
    page, problems = _coder_page(browser, server, "/cases/case-long")
    assert not _quote_in_view(page, "incident/weapons/0")  # page 38, far below
    page.locator('.item[data-target="people/v1/characteristics/0"]').focus()
    page.keyboard.press("j")  # the perpetrator's code, quoted on page 2
    assert page.evaluate(ACTIVE_TARGET) == "people/p1/characteristics/0"
    assert _scrolled_to(page, "people/p1/characteristics/0")
    page.keyboard.press("j")  # the knife, page 38
    assert page.evaluate(ACTIVE_TARGET) == "incident/weapons/0"
    assert _scrolled_to(page, "incident/weapons/0")
    page.keyboard.press("k")
    page.keyboard.press("k")  # back to the victim's code, page 20
    assert page.evaluate(ACTIVE_TARGET) == "people/v1/characteristics/0"
    assert _scrolled_to(page, "people/v1/characteristics/0")
    assert page.locator("mark.flash-ev").count() >= 1
    assert not problems, problems


def test_n_adds_to_the_list_in_view(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    page, problems = _coder_page(browser, server)
    page.evaluate("""() => { document.querySelector('.code-list[data-list="incident/weapons"]').scrollIntoView({block: 'start'});
                           document.activeElement.blur(); }""")
    first = page.locator('.code-list[data-list="people/v1/characteristics"]')
    assert not first.is_visible() or first.bounding_box()["y"] < 0  # type: ignore[index]  # scrolled away
    page.keyboard.press("n")
    add = page.locator('.code-list[data-list="incident/weapons"] details.add')
    add.locator("form.add-form select[name=f_code]").wait_for()
    page.wait_for_function("() => document.activeElement && document.activeElement.name === 'f_code'")
    assert page.evaluate("document.activeElement.closest('.code-list').dataset.list") == "incident/weapons"
    assert page.locator('.code-list[data-list="people/v1/characteristics"] details.add[open]').count() == 0
    # with a code focused, n adds to that code's own list
    page.locator('.item[data-target="people/p1/characteristics/0"]').focus()
    page.keyboard.press("n")
    page.wait_for_function("() => document.activeElement && document.activeElement.closest('.code-list') && "
                           "document.activeElement.closest('.code-list').dataset.list === 'people/p1/characteristics'")
    assert not problems, problems


def test_every_action_without_a_mouse(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    page, problems = _coder_page(browser, server)
    item = page.locator('.item[data-target="incident/weapons/0"]')
    item.focus()
    page.keyboard.press("Tab")  # into the code: its first control is the quote's accept button
    assert page.evaluate("document.activeElement.className") == "q-accept"
    page.keyboard.press("Enter")
    page.locator('.item[data-target="incident/weapons/0"] .quote-row .badge-accepted').wait_for()
    page.wait_for_function("() => document.getElementById('live').textContent.includes('Quote 1 accepted')")
    assert page.evaluate(ACTIVE_TARGET) == "incident/weapons/0"  # focus stayed on the code
    ev = seeded_store.get_case("case-q").case.incident.weapons[0].evidence[0]
    assert (ev.model_extra or {}).get("status") == "accepted"
    # stripes beside the text are focusable and show their quote with Enter
    stripe = page.locator('.stripe[data-goto="incident/weapons/0"]')
    stripe.focus()
    page.keyboard.press("Enter")
    assert page.locator('mark.flash-ev[data-targets~="incident/weapons/0"]').count() >= 1
    assert not problems, problems
