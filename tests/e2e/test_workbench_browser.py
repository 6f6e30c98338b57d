"""End to end in headless Chromium: sign in, verify codes, add a code from a selection,
double-code and reconcile, watch a results count change; viewers cannot edit; document
scripts never run."""

from __future__ import annotations

import pytest

from reviewsynth.store import Store
from tests.e2e.seed import PASSWORD

pytestmark = pytest.mark.browser


def login(browser, base: str, username: str):  # type: ignore[no-untyped-def]
    page = browser.new_context().new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{base}/cases/case-q")
    assert page.url.endswith("/login")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.click('button[type="submit"]')
    page.wait_for_url(f"{base}/cases")
    return page


def select_text(page, needle: str) -> None:  # type: ignore[no-untyped-def]
    """Select `needle` in the document panel as a person dragging the mouse would."""
    page.evaluate(
        """(needle) => {
          const walker = document.createTreeWalker(document.getElementById('doc'), NodeFilter.SHOW_TEXT);
          let node;
          while ((node = walker.nextNode())) {
            const i = node.data.indexOf(needle);
            if (i >= 0) {
              const r = document.createRange();
              r.setStart(node, i); r.setEnd(node, i + needle.length);
              const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
              document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
              return;
            }
          }
          throw new Error('text not found: ' + needle);
        }""",
        needle,
    )


def test_coder_accepts_with_keyboard_and_adds_code_from_selection(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = login(browser, server, "cora")
    page.goto(f"{server}/cases/case-q")
    # the evidence quote is highlighted in the document text
    assert page.locator('mark.ev[data-targets~="people/v1/characteristics/0"]').inner_text() == "isolated from her friends"
    # keyboard: focus the first code, press "a" to accept it (htmx swaps the panel)
    page.locator('.item[data-target="people/v1/characteristics/0"]').focus()
    page.keyboard.press("a")
    page.locator('.item[data-target="people/v1/characteristics/0"] .badge-accepted').wait_for()
    assert seeded_store.get_case("case-q").case.people[0].characteristics[0].status == "accepted"
    # add a code: select text, open the add form of the perpetrator's characteristics
    select_text(page, "drink heavily at weekends")
    assert "drink heavily at weekends" in page.locator("#selection-bar").inner_text()
    add = page.locator('.code-list[data-list="people/p1/characteristics"] details.add')
    add.locator("summary").click()
    add.locator('select[name="f_code"]').select_option("history_of_violence")
    add.locator('button[type="submit"]').click()
    page.wait_for_load_state()
    new_item = page.locator('.item[data-target="people/p1/characteristics/1"]')
    new_item.wait_for()
    assert "History of violence" in new_item.inner_text()
    assert page.locator('mark.ev[data-targets~="people/p1/characteristics/1"]').inner_text() == "drink heavily at weekends"
    ev = seeded_store.get_case("case-q").case.people[1].characteristics[1].evidence[0]
    doc = seeded_store.get_document(ev.document)
    assert doc is not None and doc.text[ev.start:ev.end] == ev.quote == "drink heavily at weekends"


def test_double_code_reconcile_and_results_change(server: str, browser, seeded_store: Store) -> None:  # type: ignore[no-untyped-def]
    admin = login(browser, server, "ada")
    admin.goto(f"{server}/results?section=intimate_partner_violence")
    knife = admin.locator('#t-weapons-intimate_partner_violence tr[data-key="knife"] a.count')
    assert knife.inner_text() == "1"
    admin.goto(f"{server}/cases/case-q")
    admin.fill('input[name="coder_a"]', "cora")
    admin.fill('input[name="coder_b"]', "cody")
    admin.select_option('form.assign select[name="mode"]', "assisted")
    admin.click("form.assign button")
    admin.wait_for_load_state()
    for coder in ("cora", "cody"):
        page = login(browser, server, coder)
        page.click(f'a[href="/cases/case-q/coding/{coder}"]')
        page.wait_for_url(f"**/cases/case-q/coding/{coder}")
        if coder == "cora":  # cora rejects the knife; cody leaves it
            page.locator('.item[data-target="incident/weapons/0"] button.act-rejected').click()
            page.locator('.item[data-target="incident/weapons/0"] .badge-rejected').wait_for()
        # neither sees the other's coding
        page.goto(f"{server}/cases/case-q/coding/{'cody' if coder == 'cora' else 'cora'}")
        assert "blind" in page.content()
    admin.goto(f"{server}/cases/case-q/reconcile")
    assert admin.locator("#alpha").inner_text()
    row = admin.locator('tr.diff[data-key="item:incident/weapons:knife"]')
    row.locator('input[value="drop"]').check()  # take cora's: no knife
    admin.click('button:has-text("Save final coding")')
    admin.wait_for_url(f"{server}/cases/case-q")
    assert seeded_store.get_case("case-q").status == "reconciled"
    admin.goto(f"{server}/results?section=intimate_partner_violence")
    assert admin.locator('#t-weapons-intimate_partner_violence tr[data-key="knife"]').count() == 0
    # a count opens its cases and quotes
    admin.locator('#t-victim_gender-intimate_partner_violence a.count').first.click()
    admin.locator("#count-detail a[href='/cases/case-q']").first.wait_for()


def test_viewer_cannot_edit(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = login(browser, server, "vera")
    page.goto(f"{server}/cases/case-q")
    assert page.locator("button.act-accepted").count() == 0
    assert page.locator("form.add-form").count() == 0
    page.locator('.item[data-target="incident/weapons/0"]').focus()
    page.keyboard.press("a")  # the shortcut finds nothing to press
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    status = page.evaluate(
        """async (token) => (await fetch('/cases/case-q/status', {method: 'POST',
             headers: {'X-CSRF-Token': token, 'Content-Type': 'application/x-www-form-urlencoded'},
             body: 'target=incident/weapons/0&status=accepted&version=1'})).status""", token)
    assert status == 403


def test_script_in_document_does_not_run(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = login(browser, server, "cora")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/cases/case-q")
    assert page.evaluate("window.__pwned === undefined")
    assert "<script>window.__pwned = true;</script>" in page.locator("#doc").inner_text()
    assert page.locator("#doc b").count() == 0 and not dialogs
