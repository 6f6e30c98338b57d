"""HTML pages with lxml: the article text only.

Published reviews are often web pages wrapped in site furniture: menus, cookie banners,
breadcrumbs, helpline sidebars, share buttons and footers. None of it may become evidence.
The article root is <main>, role=main or <article> when present; boilerplate elements are
dropped by tag, ARIA role and class/id words (all listed in data/ingest.yaml). What remains is
written block by block: headings, paragraphs, list items, "term: definition" pairs and table
rows ("cell | cell"). A page with too few words left is not a report.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html

from reviewsynth.documents import ExtractedDocument
from reviewsynth.ingest.clean import normalise_raw
from reviewsynth.ingest.config import load_rules
from reviewsynth.ingest.errors import IngestError
from reviewsynth.ingest.files import read_capped
from reviewsynth.ingest.text import decode_text

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption figure "
    "h1 h2 h3 h4 h5 h6 hr li main ol p pre section summary table tbody td tfoot th thead tr ul br".split()
)
_WORDS = re.compile(r"\w+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _class_tokens(element: Any) -> list[str]:
    return f"{element.get('class', '')} {element.get('id', '')}".lower().split()


def _is_boilerplate(element: Any, config: dict[str, Any], inside_root: bool) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "header" and inside_root:
        return False  # an article's own header holds its title
    if tag in config["drop_tags"]:
        return True
    if (element.get("role") or "").lower() in config["drop_roles"]:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    tokens = _class_tokens(element)
    if any(token in config["drop_class_tokens"] for token in tokens):
        return True
    parts = {part for token in tokens for part in re.split(r"[-_]", token)}
    return bool(parts & set(config["drop_class_parts"]))


def _choose_root(tree: Any, config: dict[str, Any]) -> Any:
    for selector in config["main_selectors"]:
        found = tree.xpath(selector)
        if found:
            return found[0]
    body = tree.find(".//body")
    return body if body is not None else tree


def _drop_boilerplate(tree: Any, root: Any, config: dict[str, Any]) -> None:
    root_ancestors = set(root.iterancestors()) | {root}
    inside = set(root.iter())
    for element in list(tree.iter()):
        if element in root_ancestors or not isinstance(element.tag, str):
            continue
        if element.getparent() is None:
            continue  # already removed with an ancestor
        if _is_boilerplate(element, config, element in inside):
            element.drop_tree()


class _BlockWriter:
    """Walks the tree writing one line per block; inline text is gathered until a block ends."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []  # (tag, text)
        self.buffer: list[str] = []

    def flush(self, tag: str) -> None:
        text = " ".join(normalise_raw("".join(self.buffer)).split())
        self.buffer = []
        if not text:
            return
        if tag == "dd" and self.blocks and self.blocks[-1][0] == "dt":
            term = self.blocks.pop()[1].rstrip(":")
            text = f"{term}: {text}"
        self.blocks.append((tag, text))

    def row(self, element: Any) -> None:
        cells = [
            " ".join(normalise_raw(c.text_content()).split())
            for c in element
            if c.tag in ("td", "th")
        ]
        line = " | ".join(c for c in cells if c)
        if line:
            self.blocks.append(("tr", line))

    def walk(self, element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "tr":
            self.flush("p")
            self.row(element)
        elif tag in _BLOCK_TAGS:
            self.flush("p")
            self.walk_content(element)
            self.flush(tag)
        elif tag:  # inline element: its text joins the current block
            self.walk_content(element)

    def walk_content(self, element: Any) -> None:
        """The element's own text, then each child followed by its tail text."""
        if element.text:
            self.buffer.append(element.text)
        for child in element:
            self.walk(child)
            if child.tail:
                self.buffer.append(child.tail)

    def text(self) -> str:
        lines: list[str] = []
        for i, (tag, text) in enumerate(self.blocks):
            # Table rows of one table stay on consecutive lines; everything else is a paragraph.
            if i and tag == "tr" and self.blocks[i - 1][0] == "tr":
                lines.append("\n" + text)
            else:
                lines.append(("\n\n" if lines else "") + text)
        return "".join(lines)


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Article text and the page's <title>."""
    config = load_rules().html
    # lxml refuses str input that still carries an XML encoding declaration.
    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        raise ValueError("empty document")
    tree = lxml.html.document_fromstring(markup)
    title_el = tree.find(".//title")
    title = " ".join(title_el.text_content().split()) if title_el is not None else None
    root = _choose_root(tree, config)
    _drop_boilerplate(tree, root, config)
    writer = _BlockWriter()
    writer.walk(root)
    writer.flush("p")
    return writer.text(), title or None


def _page_words(text: str) -> int:
    return len(_WORDS.findall(text))


def extract_html(path: Path, sha256: str) -> ExtractedDocument:
    markup = decode_text(read_capped(path))
    try:
        text, title = html_to_text(markup)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise IngestError(path, f"HTML page cannot be parsed: {exc}") from exc
    minimum = int(load_rules().html["min_report_words"])
    if _page_words(text) < minimum:
        raise IngestError(
            path, f"HTML page has no report text (under {minimum} words of article text)"
        )
    return ExtractedDocument.from_pages(
        str(path), sha256, "html", [text], numbered=False, title=title
    )
