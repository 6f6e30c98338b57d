"""A PDF page as printed, rendered locally (pypdfium2) as a PNG, with a quote marked on it.

The stored text of a document is cleaned (headers removed, hyphenation joined, whitespace
collapsed), so a quote's offsets do not index the PDF's own characters. The quote is found
again in the page's text layer, both sides compared with whitespace collapsed, case folded
and line-end hyphens dropped, and the PDF's boxes for those characters are drawn on the image.
A scanned page has no text layer: it is shown without a mark, and says so.

Bounded: the image is at most MAX_WIDTH pixels wide and MAX_PIXELS in all; a page larger than
MAX_PAGE_POINTS on a side is refused.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from threading import Lock

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from reviewsynth.documents import sha256_file

DEFAULT_WIDTH = 1000
MAX_WIDTH = 2000
MAX_PIXELS = 6_000_000
MAX_PAGE_POINTS = 5000  # about 1.8 m: larger is not a report page
MARK_FILL = (255, 196, 0, 96)
MARK_LINE = (224, 123, 0, 255)
# pdfium is not thread-safe: one page is rendered at a time in a process.
_PDFIUM = Lock()


class PageImageError(Exception):
    """A page that cannot be shown: says which file or page and why, in one line."""


@dataclass(frozen=True)
class PageImage:
    png: bytes
    width: int
    height: int
    marked: bool  # the quote was found on the page and drawn


def _normalised(text: str) -> tuple[str, list[int]]:
    """`text` with whitespace runs as one space, line-end hyphens dropped, lower case; and for
    each kept character its index in `text`."""
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "-" and i + 1 < n and text[i + 1] in "\r\n":
            i += 1  # "multi-\r\nagency" reads "multiagency", as the cleaned text does
            while i < n and text[i] in "\r\n \t":
                i += 1
            continue
        if ch.isspace() or ch in "\x00\ufffe\xad":
            if out and out[-1] != " ":
                out.append(" ")
                where.append(i)
            i += 1
            continue
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
        where.append(i)
        i += 1
    return "".join(out), where


def _quote_key(quote: str) -> str:
    key, _where = _normalised(quote)
    return key.strip()


def quote_boxes(page: pdfium.PdfPage, quote: str) -> list[tuple[float, float, float, float]]:
    """The PDF boxes (left, bottom, right, top, in points) of `quote` on `page`; [] when the
    page's text layer does not hold it."""
    key = _quote_key(quote)
    if not key:
        return []
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if count <= 0:
            return []
        text = textpage.get_text_range(0, count)
        flat, where = _normalised(text)
        at = flat.find(key)
        if at < 0:  # the quote's hyphens may be the PDF's line-end ones, or its spaces missing
            at = flat.replace(" ", "").find(key.replace(" ", ""))
            if at < 0:
                return []
            nospace = [i for i, ch in enumerate(flat) if ch != " "]
            start, end = where[nospace[at]], where[nospace[at + len(key.replace(" ", "")) - 1]]
        else:
            start, end = where[at], where[at + len(key) - 1]
        rects = textpage.count_rects(start, end - start + 1)
        return [textpage.get_rect(i) for i in range(rects)]
    finally:
        textpage.close()


def _scale(page_width: float, page_height: float, width: int) -> float:
    if max(page_width, page_height) > MAX_PAGE_POINTS or min(page_width, page_height) <= 0:
        raise PageImageError(f"page of {page_width:.0f} x {page_height:.0f} points is not a report page")
    scale = min(width, MAX_WIDTH) / page_width
    if page_width * page_height * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / (page_width * page_height)) ** 0.5
    return scale


def _draw(image: Image.Image, boxes: list[tuple[float, float, float, float]], scale: float,
          page_height: float) -> Image.Image:
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for left, bottom, right, top in boxes:
        xy = (left * scale - 2, (page_height - top) * scale - 2, right * scale + 2, (page_height - bottom) * scale + 2)
        draw.rectangle(xy, fill=MARK_FILL, outline=MARK_LINE, width=2)
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def render_page(path: Path, number: int, quote: str | None = None, *, width: int = DEFAULT_WIDTH) -> PageImage:
    """Page `number` (1-based) of the PDF at `path` as a PNG, with `quote` marked when given."""
    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except (pdfium.PdfiumError, OSError) as exc:
            raise PageImageError(f"{path}: cannot open the PDF ({exc})") from exc
        try:
            if not 1 <= number <= len(pdf):
                raise PageImageError(f"{path}: no page {number} (the PDF has {len(pdf)})")
            page = pdf[number - 1]
            try:
                page_width, page_height = page.get_size()
                scale = _scale(page_width, page_height, width)
                image = page.render(scale=scale).to_pil()
                boxes = quote_boxes(page, quote) if quote else []
            finally:
                page.close()
        finally:
            pdf.close()
    if boxes:
        image = _draw(image, boxes, scale, page_height)
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", compress_level=3)
    return PageImage(out.getvalue(), image.width, image.height, bool(boxes))


# -- finding the original file of a stored document --------------------------------------------

_VERIFIED: dict[tuple[str, int, float], str] = {}  # (path, size, mtime) -> sha256 of the content


def file_sha256(path: Path) -> str:
    """The file's sha256, computed once per path, size and modification time."""
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime)
    if key not in _VERIFIED:
        _VERIFIED[key] = sha256_file(path)
    return _VERIFIED[key]


def original_file(paths: list[str], sha256: str) -> Path | None:
    """The first of `paths` that still holds the document's content (same sha256)."""
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_file() and file_sha256(path) == sha256:
                return path
        except OSError:
            continue
    return None
