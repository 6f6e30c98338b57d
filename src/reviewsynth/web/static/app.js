// reviewsynth workbench: CSRF for htmx, text selection -> evidence offsets, keyboard flow,
// coding stripes, page images and the live region. Static file: the CSP allows no inline script.
(function () {
  "use strict";
  const token = () => document.querySelector('meta[name="csrf-token"]').content;
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

  document.addEventListener("htmx:configRequest", (e) => { e.detail.headers["X-CSRF-Token"] = token(); });
  // Show the panel with its message when a save is refused (stale version, bad value).
  document.addEventListener("htmx:beforeSwap", (e) => {
    const s = e.detail.xhr.status;
    if (s === 409 || s === 422) { e.detail.shouldSwap = true; e.detail.isError = false; }
  });

  // An upload over the server's limit is refused before it is sent (the server refuses it too).
  document.addEventListener("submit", (e) => {
    const input = e.target.querySelector && e.target.querySelector("input[type=file][data-max-bytes]");
    if (!input || !input.files.length) return;
    const max = parseInt(input.dataset.maxBytes, 10);
    if (input.files[0].size > max) {
      e.preventDefault();
      input.setCustomValidity("This file is larger than " + Math.floor(max / 1048576) + " MB, the upload limit.");
      input.reportValidity();
      input.addEventListener("change", () => input.setCustomValidity(""), { once: true });
    }
  });

  // --- the live region: every action is announced to screen readers ---------------------
  function announce(text) {
    const live = document.getElementById("live");
    if (!live || !text) return;
    live.textContent = "";
    window.setTimeout(() => { live.textContent = text; }, 30);  // a change, even for the same words
  }

  // --- selection to offsets ------------------------------------------------------------
  let selection = null;
  function offsetOf(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const el = node.parentElement.closest("[data-o]");
      return el ? parseInt(el.dataset.o, 10) + offset : null;
    }
    const seg = node.closest && node.closest("[data-o]");
    if (seg) return parseInt(seg.dataset.o, 10) + (offset > 0 ? seg.textContent.length : 0);
    const child = node.childNodes[offset];
    if (child && child.dataset && child.dataset.o) return parseInt(child.dataset.o, 10);
    const prev = node.childNodes[offset - 1];
    if (prev && prev.dataset && prev.dataset.o) return parseInt(prev.dataset.o, 10) + prev.textContent.length;
    return null;
  }
  function readSelection() {
    const doc = document.getElementById("doc");
    const bar = document.getElementById("selection-bar");
    const sel = window.getSelection();
    if (!doc || !bar || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!doc.contains(range.startContainer) || !doc.contains(range.endContainer)) return;
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    selection = { doc: doc.dataset.sha, start: start, end: end, quote: sel.toString() };
    const q = selection.quote.length > 120 ? selection.quote.slice(0, 117) + "..." : selection.quote;
    bar.textContent = "Selected (" + start + "-" + end + "): \u201c" + q + "\u201d. Add a code, or use it as a quote's new span.";
    bar.classList.add("has-selection");
  }
  document.addEventListener("mouseup", readSelection);
  document.addEventListener("keyup", (e) => { if (e.shiftKey) readSelection(); });
  document.addEventListener("selectionchange", () => { window.clearTimeout(readSelection.t); readSelection.t = window.setTimeout(readSelection, 150); });

  // A form that needs the selected text (a new code, a quote's new span) gets its offsets.
  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (!form.classList || !(form.classList.contains("add-form") || form.hasAttribute("data-needs-selection"))) return;
    if (!selection) {
      e.preventDefault();
      e.stopImmediatePropagation();
      const bar = document.getElementById("selection-bar");
      if (bar) { bar.textContent = "First select the text in the document."; bar.classList.add("warn"); }
      announce("First select the text in the document.");
      return;
    }
    form.elements["document"].value = selection.doc;
    form.elements["start"].value = selection.start;
    form.elements["end"].value = selection.end;
  }, true);

  // --- evidence navigation: scroll the document (not the whole page) to a code's quote ------
  function marksOf(target) {
    return (marksMap().get(target) || []).slice();
  }
  // Pages off screen are laid out at an estimated height (content-visibility: auto), so the
  // first jump lands near the quote; pages rendered on arrival shift it, and the next frames
  // correct the scroll until the quote stays put.
  function scrollDocTo(el, frames = 12) {
    const panel = document.getElementById("doc-panel");
    if (!panel || !el) return;
    const top = el.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    const shift = top - panel.clientHeight / 3;
    panel.scrollTop += shift;
    if (Math.abs(shift) > 2 && frames > 0) requestAnimationFrame(() => scrollDocTo(el, frames - 1));
  }
  function gotoEvidence(target) {
    $$("mark.flash-ev").forEach((m) => m.classList.remove("flash-ev"));
    const marks = marksOf(target);
    if (marks.length) { marks.forEach((m) => m.classList.add("flash-ev")); scrollDocTo(marks[0]); }
    return marks.length > 0;
  }
  document.addEventListener("click", (e) => {
    const q = e.target.closest && e.target.closest("[data-goto]");
    if (q) gotoEvidence(q.dataset.goto);
    const mark = e.target.closest && e.target.closest("mark.ev");
    if (mark && window.getSelection().isCollapsed) {
      const item = $('.item[data-target="' + CSS.escape(mark.dataset.targets.split(" ")[0]) + '"]');
      if (item) { item.scrollIntoView({ block: "center" }); item.focus(); }
    }
    if (e.target.matches && e.target.matches("[data-help]")) toggleHelp();
    const pageButton = e.target.closest && e.target.closest("[data-page-image]");
    if (pageButton) showPage(parseInt(pageButton.dataset.pageImage, 10), null);
    if (e.target.matches && e.target.matches("[data-close-page]")) closePage();
  });

  // --- coding stripes: each beside the lines its code's quotes cover ----------------------
  // Placed page by page as pages come into view: the document's highlights never change on
  // the screen (actions swap the panel only), so each page is placed once (and on resize).
  let marksByTarget = null;
  function marksMap() {
    if (!marksByTarget) {
      marksByTarget = new Map();
      $$("mark.ev").forEach((m) => {
        (m.dataset.targets || "").split(" ").forEach((t) => {
          if (!marksByTarget.has(t)) marksByTarget.set(t, []);
          marksByTarget.get(t).push(m);
        });
      });
    }
    return marksByTarget;
  }
  function placeStripes(bodies) {
    // Every position is read before any is written: a write between reads would make the
    // browser lay the page out again for each stripe.
    const byTarget = marksMap();
    const placements = [];
    bodies.forEach((body) => {
      const stripes = $$(".stripe", body);
      if (!stripes.length) return;
      const base = body.getBoundingClientRect().top;
      const lanes = [];
      stripes.forEach((s) => {
        const marks = (byTarget.get(s.dataset.goto) || []).filter((m) => body.contains(m));
        if (!marks.length) return;
        const top = marks[0].getBoundingClientRect().top - base;
        const bottom = marks[marks.length - 1].getBoundingClientRect().bottom - base;
        let lane = lanes.findIndex((end) => end <= top);
        if (lane < 0) { lane = lanes.length; lanes.push(0); }
        lanes[lane] = bottom + 2;
        placements.push([s, top, Math.max(bottom - top, 14), lane]);
      });
    });
    // CSSOM, not a style attribute: allowed under the policy's style-src 'self'.
    placements.forEach(([s, top, height, lane]) => {
      s.style.top = top + "px";
      s.style.height = height + "px";
      s.style.left = (lane * 1.1) + "rem";
      s.classList.add("placed");
    });
  }
  function watchStripes() {
    const panel = document.getElementById("doc-panel");
    const bodies = $$(".page-body").filter((b) => b.querySelector(".stripe"));
    if (!panel || !bodies.length) return;
    if (!("IntersectionObserver" in window)) { placeStripes(bodies); return; }
    const observer = new IntersectionObserver((entries) => {
      const shown = entries.filter((e) => e.isIntersecting).map((e) => e.target);
      if (shown.length) placeStripes(shown);
    }, { root: panel, rootMargin: "400px 0px" });
    bodies.forEach((b) => observer.observe(b));
    window.addEventListener("resize", () => {
      window.clearTimeout(watchStripes.t);
      watchStripes.t = window.setTimeout(() => { bodies.forEach((b) => { observer.unobserve(b); observer.observe(b); }); }, 200);
    });
  }

  // --- the page as printed -----------------------------------------------------------------
  function quoteOffsets(target) {
    const marks = marksOf(target);
    if (!marks.length) return null;
    const first = marks[0];
    const page = first.closest(".page");
    return { page: page && page.dataset.page ? parseInt(page.dataset.page, 10) : null,
             start: parseInt(first.dataset.o, 10),
             end: Math.max(...marks.map((m) => parseInt(m.dataset.o, 10) + m.textContent.length)) };
  }
  function showPage(number, target) {
    const doc = document.getElementById("doc");
    const view = document.getElementById("page-view");
    if (!doc || !view || !number || doc.dataset.pdf !== "true") { announce("No printed page for this document."); return; }
    let url = "/documents/" + encodeURIComponent(doc.dataset.sha) + "/page/" + number + ".png";
    const where = target ? quoteOffsets(target) : null;
    if (where) url += "?start=" + where.start + "&end=" + where.end;
    const img = document.getElementById("page-image");
    const note = document.getElementById("page-view-note");
    img.alt = "Page " + number + " as printed" + (where ? ", with the quote marked" : "");
    note.textContent = "";
    img.onerror = () => { note.textContent = "The page image could not be made (the original file may have moved)."; };
    img.src = url;
    document.getElementById("page-view-title").textContent = "Page " + number + " as printed";
    view.hidden = false;
    document.getElementById("workbench").classList.add("with-page");
    announce("Showing page " + number + " as printed.");
  }
  function closePage() {
    const view = document.getElementById("page-view");
    if (view) view.hidden = true;
    const bench = document.getElementById("workbench");
    if (bench) bench.classList.remove("with-page");
  }

  // --- keyboard flow -------------------------------------------------------------------------
  function toggleHelp() { const h = document.getElementById("shortcut-help"); if (h) h.hidden = !h.hidden; }
  function items() { return $$("#template-panel .item"); }
  let outlined = null;  // the code the keys act on: the one last focused
  function outline(item) {
    if (outlined && outlined !== item) outlined.classList.remove("outlined");
    outlined = item;
    if (item) item.classList.add("outlined");
  }
  document.addEventListener("focusin", (e) => {
    const item = e.target.closest && e.target.closest("#template-panel .item");
    if (item) outline(item);
  });
  function current() {
    const active = document.activeElement && document.activeElement.closest ? document.activeElement.closest(".item") : null;
    return active || (outlined && document.contains(outlined) ? outlined : null);
  }
  function focusItem(item, scrollDoc) {
    if (!item) return;
    item.focus();
    outline(item);
    if (scrollDoc) gotoEvidence(item.dataset.target);
  }
  // What the next panel swap should do with focus: set by a/r (advance) and by e/n (a form).
  let afterAction = null;
  let pendingForm = null;  // {target or list, kind}: focus the first field once the form is loaded

  function openAndFocus(details, key) {
    if (!details) return;
    details.open = true;
    details.scrollIntoView({ block: "nearest" });
    const field = details.querySelector("form select, form input:not([type=hidden]), form textarea");
    if (field) { field.focus(); return; }
    pendingForm = key;  // the form arrives by htmx: focus it when it does
  }
  function listInView() {
    const side = document.getElementById("template-side");
    const lists = $$("#template-panel .code-list");
    if (!side || !lists.length) return lists[0] || null;
    const box = side.getBoundingClientRect();
    const top = Math.max(box.top, 0), bottom = Math.min(box.bottom, window.innerHeight);
    return lists.find((l) => { const r = l.getBoundingClientRect(); return r.bottom > top + 8 && r.top < bottom - 8; }) || lists[0];
  }

  document.addEventListener("keydown", (e) => {
    const tag = (e.target.tagName || "").toLowerCase();
    // Letters typed into a form are text; on a button or a code they are shortcuts.
    if (["input", "select", "textarea"].includes(tag) || e.target.isContentEditable ||
        e.ctrlKey || e.metaKey || e.altKey) return;
    const list = items();
    const item = current();
    const i = item ? list.indexOf(item) : -1;
    switch (e.key) {
      case "j": if (list.length) focusItem(list[Math.min(i + 1, list.length - 1)], true); break;
      case "k": if (list.length) focusItem(list[Math.max(i - 1, 0)], true); break;
      case "a": case "r": {
        const button = item && item.querySelector(e.key === "a" ? "button.act-accepted" : "button.act-rejected");
        if (!button) return;
        afterAction = { target: item.dataset.target, advance: true };
        button.click();
        break;
      }
      case "e": if (item) openAndFocus(item.querySelector("details.edit"), { target: item.dataset.target, kind: "edit" }); break;
      case "g": if (item) gotoEvidence(item.dataset.target); break;
      case "p": if (item) { const where = quoteOffsets(item.dataset.target); showPage(where && where.page, item.dataset.target); } break;
      case "n": {
        const scope = item ? item.closest(".code-list") : listInView();
        if (scope) openAndFocus(scope.querySelector("details.add"), { list: scope.dataset.list, kind: "add" });
        break;
      }
      case "Escape": closePage(); return;
      case "?": toggleHelp(); break;
      default: return;
    }
    e.preventDefault();
  });
  // Stripes and Enter: a stripe (focusable) shows its quote.
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && e.target.matches && e.target.matches(".stripe[data-goto], q.quote[data-goto]")) {
      gotoEvidence(e.target.dataset.goto);
      e.preventDefault();
    }
  });

  document.addEventListener("htmx:afterSwap", (e) => {
    const into = e.detail.target;
    // An item's edit form or a list's add form arrived: focus its first field if asked to.
    if (pendingForm && into && into.closest) {
      const owner = pendingForm.kind === "edit" ? into.closest(".item") : into.closest(".code-list");
      const key = pendingForm.kind === "edit" ? owner && owner.dataset.target : owner && owner.dataset.list;
      if (owner && key === (pendingForm.target || pendingForm.list)) {
        const field = into.querySelector("select, input:not([type=hidden]), textarea");
        if (field) field.focus();
        pendingForm = null;
      }
    }
  });
  // The panel was replaced (an action was saved or refused): put focus where the person
  // expects it, once, and say what happened.
  document.addEventListener("htmx:afterSettle", () => {
    const panel = document.getElementById("template-panel");
    if (!panel || panel.dataset.handled) return;
    panel.dataset.handled = "true";
    const acted = afterAction;
    afterAction = null;
    const saved = !document.getElementById("panel-error");
    const focusTarget = panel.dataset.focus || (acted && acted.target);
    let message = panel.dataset.announce || "";
    if (focusTarget) {
      const list = items();
      const again = list.find((it) => it.dataset.target === focusTarget);
      let next = again;
      if (again && acted && acted.advance && saved) next = list[list.indexOf(again) + 1] || again;
      if (next) {
        focusItem(next, next !== again);
        if (next !== again) message += " Next: " + next.querySelector(".item-label").textContent + ".";
      }
    }
    announce(message);
  });
  document.addEventListener("DOMContentLoaded", () => {
    const panel = document.getElementById("template-panel");
    if (panel) panel.dataset.handled = "true";  // the first load is not an action
    $$(".stripe").forEach((s) => { s.tabIndex = 0; });
    watchStripes();
  });
})();
