"""Document text cut into page segments, each marked with the evidence quotes covering it.

The browser gets each segment with its character offset (`data-o`), so a text selection
maps back to exact offsets in the stored document text: that is how a selection becomes
Evidence. Each highlight carries its code's colour class and label, and each page lists its
coding stripes (one per code quoted on it) for the margin beside the text. Text is escaped
here (markupsafe) since this is the one place that builds HTML outside templates, for speed on
150-page reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from reviewsynth.documents import ExtractedDocument


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    target: str  # the coded item the quote supports
    status: str
    label: str = ""  # the code as a reader sees it ("Alcohol misuse · p1")
    colour: int = 0  # the code's colour class (code-N)
    quote: int = 0  # which of the item's quotes


@dataclass(frozen=True)
class Stripe:
    target: str
    label: str
    colour: int
    status: str


@dataclass(frozen=True)
class PageView:
    number: int | None
    start: int
    html: Markup
    stripes: tuple[Stripe, ...] = ()


def _mark_html(a: int, piece: str, covering: list[Mark]) -> str:
    status = "rejected" if all(m.status == "rejected" for m in covering) else covering[0].status
    targets = " ".join(sorted({m.target for m in covering}))
    labels = "; ".join(dict.fromkeys(m.label for m in covering if m.label))
    first = covering[0]
    many = " ev-many" if len({m.target for m in covering}) > 1 else ""
    return (f'<mark class="ev ev-{escape(status)} code-{first.colour}{many}" data-o="{a}" '
            f'data-targets="{escape(targets)}" title="{escape(labels)}">{piece}</mark>')


def _page_html(text: str, page_start: int, page_end: int, marks: list[Mark]) -> Markup:
    cuts = {page_start, page_end}
    for m in marks:
        cuts.add(min(max(m.start, page_start), page_end))
        cuts.add(min(max(m.end, page_start), page_end))
    points = sorted(cuts)
    parts: list[str] = []
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        covering = [m for m in marks if m.start < b and m.end > a]
        # A raw CR would be normalised away by the HTML parser and shift every later offset.
        piece = str(escape(text[a:b])).replace("\r", "&#13;")
        if covering:
            parts.append(_mark_html(a, piece, covering))
        else:
            parts.append(f'<span data-o="{a}">{piece}</span>')
    return Markup("".join(parts))


def _stripes(marks: list[Mark]) -> tuple[Stripe, ...]:
    seen: dict[str, Stripe] = {}
    for m in marks:
        if m.target not in seen and m.target != "screening":
            seen[m.target] = Stripe(m.target, m.label, m.colour, m.status)
    return tuple(seen.values())


def document_pages(doc: ExtractedDocument, marks: list[Mark]) -> list[PageView]:
    """Every page of `doc` as HTML with its evidence highlighted (overlaps allowed)."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(doc.text)]
    valid.sort(key=lambda m: m.start)
    pages = doc.pages or []
    views: list[PageView] = []
    for page in pages:
        on_page = [m for m in valid if m.start < page.end and m.end > page.start]
        views.append(PageView(page.number, page.start, _page_html(doc.text, page.start, page.end, on_page),
                              _stripes(on_page)))
    if not pages:
        views.append(PageView(None, 0, _page_html(doc.text, 0, len(doc.text), valid), _stripes(valid)))
    return views
