// reviewsynth workbench: CSRF for htmx, text selection -> evidence offsets, keyboard shortcuts.
(function () {
  "use strict";
  const token = () => document.querySelector('meta[name="csrf-token"]').content;

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
    bar.textContent = "Selected (" + start + "-" + end + "): \u201c" + q + "\u201d. Choose a list and Add code.";
    bar.classList.add("has-selection");
  }
  document.addEventListener("mouseup", readSelection);
  document.addEventListener("keyup", (e) => { if (e.shiftKey) readSelection(); });
  document.addEventListener("selectionchange", () => { window.clearTimeout(readSelection.t); readSelection.t = window.setTimeout(readSelection, 150); });

  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (!form.classList || !form.classList.contains("add-form")) return;
    if (!selection) {
      e.preventDefault();
      const bar = document.getElementById("selection-bar");
      if (bar) { bar.textContent = "First select the text that supports the code."; bar.classList.add("warn"); }
      return;
    }
    form.elements["document"].value = selection.doc;
    form.elements["start"].value = selection.start;
    form.elements["end"].value = selection.end;
  }, true);

  // --- evidence navigation --------------------------------------------------------------
  function gotoEvidence(target) {
    const marks = Array.from(document.querySelectorAll("mark.ev")).filter(
      (m) => (m.dataset.targets || "").split(" ").includes(target));
    document.querySelectorAll("mark.flash-ev").forEach((m) => m.classList.remove("flash-ev"));
    if (marks.length) { marks.forEach((m) => m.classList.add("flash-ev")); marks[0].scrollIntoView({ block: "center" }); }
  }
  document.addEventListener("click", (e) => {
    const q = e.target.closest && e.target.closest("[data-goto]");
    if (q) gotoEvidence(q.dataset.goto);
    const mark = e.target.closest && e.target.closest("mark.ev");
    if (mark && window.getSelection().isCollapsed) {
      const item = document.querySelector('.item[data-target="' + CSS.escape(mark.dataset.targets.split(" ")[0]) + '"]');
      if (item) { item.scrollIntoView({ block: "center" }); item.focus(); }
    }
    if (e.target.matches && e.target.matches("[data-help]")) toggleHelp();
  });

  // --- keyboard shortcuts ---------------------------------------------------------------
  function toggleHelp() { const h = document.getElementById("shortcut-help"); if (h) h.hidden = !h.hidden; }
  function items() { return Array.from(document.querySelectorAll("#template-panel .item")); }
  function current() { return document.activeElement && document.activeElement.closest ? document.activeElement.closest(".item") : null; }
  let lastTarget = null;
  document.addEventListener("keydown", (e) => {
    const tag = (e.target.tagName || "").toLowerCase();
    if (["input", "select", "textarea"].includes(tag) || e.ctrlKey || e.metaKey || e.altKey) return;
    const list = items();
    const item = current();
    const i = item ? list.indexOf(item) : -1;
    const click = (sel) => { const b = item && item.querySelector(sel); if (b) { lastTarget = item.dataset.target; b.click(); } };
    switch (e.key) {
      case "j": if (list.length) { list[Math.min(i + 1, list.length - 1)].focus(); } break;
      case "k": if (list.length) { list[Math.max(i - 1, 0)].focus(); } break;
      case "a": click("button.act-accepted"); break;
      case "r": click("button.act-rejected"); break;
      case "e": if (item) { const d = item.querySelector("details.edit"); if (d) { d.open = true; const f = d.querySelector("select, input:not([type=hidden])"); if (f) f.focus(); } } break;
      case "g": if (item) gotoEvidence(item.dataset.target); break;
      case "n": {
        const scope = item ? item.closest(".code-list") : document.querySelector("#template-panel .code-list");
        const d = scope && scope.querySelector("details.add");
        if (d) { d.open = true; const f = d.querySelector("select, input:not([type=hidden])"); if (f) f.focus(); }
        break;
      }
      case "?": toggleHelp(); break;
      default: return;
    }
    e.preventDefault();
  });
  document.addEventListener("htmx:afterSwap", () => {
    if (!lastTarget) return;
    const again = document.querySelector('.item[data-target="' + CSS.escape(lastTarget) + '"]');
    if (again) again.focus();
  });
})();
