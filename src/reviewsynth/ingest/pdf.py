"""PDF text extraction with pypdfium2, and OCR of scanned pages.

Why pypdfium2 (PDFium, the PDF engine of Chromium):
- licence: Apache-2.0 / BSD-3-Clause, so the tool can be shared and embedded freely.
  PyMuPDF, the only faster option, is AGPL-3.0 (or commercial), which would bind every
  deployment of the tool, and its 2.x line pulls pymupdf4llm and onnxruntime (~200 MB).
- speed: about 1,050 pages/s of plain text on a 2-core machine, close to PyMuPDF (~1,150)
  and 3-4x pypdf (~290); pdfplumber (~10 pages/s) is too slow for a corpus.
- page fidelity: text in reading order per page, line breaks kept, and PDFium marks the
  hyphens it sees at line ends (U+FFFE), which our hyphenation repair uses. It also renders
  pages to bitmaps, which scanned pages need for OCR: one library for both.
- size: a single wheel with no dependencies (~3 MB).

Memory: pages are loaded, read and closed one at a time; only their text is kept, and a
scanned page's bitmap lives just long enough to be written to a temporary PNG for tesseract.
So a 2,000-page PDF costs its text, not its pages.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import ImageFilter

from reviewsynth.documents import ExtractedDocument
from reviewsynth.ingest.clean import clean_pages
from reviewsynth.ingest.config import IngestRules, load_rules
from reviewsynth.ingest.errors import IngestError
from reviewsynth.ingest.ocr import (
    OcrError,
    ocr_image_file,
    ocr_workdir,
    ocr_worker_count,
    tesseract_path,
)


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise IngestError(path, "PDF is password-protected") from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise IngestError(path, "PDF uses an unsupported security handler") from exc
        raise IngestError(path, f"corrupted PDF: {exc}") from exc


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def _page_text(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        return str(textpage.get_text_range())
    finally:
        textpage.close()


def _is_scanned(text: str, page: pdfium.PdfPage, rules: IngestRules) -> bool:
    """No (or almost no) text layer but an image on the page: a scan to OCR."""
    if len(text) >= 4 * rules.ocr_min_text_chars:
        return False  # plenty of text: no need to count (this runs on every page)
    printable = len("".join(text.split()))
    return printable < rules.ocr_min_text_chars and _has_images(page)


def _render_png(page: pdfium.PdfPage, target: Path, dpi: int, median_filter: int = 0) -> None:
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        image = bitmap.to_pil()
        if median_filter > 1:
            image = image.filter(ImageFilter.MedianFilter(median_filter))  # scan specks out
        image.save(target, format="PNG")
    finally:
        bitmap.close()


class _OcrQueue:
    """Runs tesseract on rendered pages in parallel with a bounded number in flight."""

    def __init__(self, rules: IngestRules, workdir: Path) -> None:
        self.rules = rules
        self.workdir = workdir
        self.workers = ocr_worker_count()
        self.pool = ThreadPoolExecutor(max_workers=self.workers)  # threads wait on subprocesses
        self.pending: deque[tuple[int, Path, Future[str]]] = deque()
        self.results: dict[int, str] = {}
        self.failures: dict[int, str] = {}

    def submit(self, index: int, page: pdfium.PdfPage) -> None:
        while len(self.pending) >= 2 * self.workers:  # bounds disk and memory for huge scans
            self._collect_oldest()
        image = self.workdir / f"page-{index:05d}.png"
        _render_png(page, image, self.rules.ocr_dpi, self.rules.ocr_median_filter)
        future = self.pool.submit(
            ocr_image_file, image, self.rules.ocr_language, self.rules.ocr_dpi
        )
        self.pending.append((index, image, future))

    def _collect_oldest(self) -> None:
        index, image, future = self.pending.popleft()
        try:
            self.results[index] = future.result()
        except OcrError as exc:
            self.failures[index] = str(exc)
        finally:
            image.unlink(missing_ok=True)

    def finish(self) -> None:
        while self.pending:
            self._collect_oldest()
        self.pool.shutdown(wait=True)


def _read_pages(
    path: Path, pdf: pdfium.PdfDocument, ocr: bool, rules: IngestRules
) -> tuple[list[str], set[int], list[str]]:
    """Raw text per page (OCR'd where scanned), the 1-based OCR'd page numbers, and warnings."""
    page_count = len(pdf)
    raw: list[str] = [""] * page_count
    scanned: list[int] = []
    warnings: list[str] = []
    can_ocr = ocr and tesseract_path() is not None
    with ocr_workdir() as tmp:
        queue = _OcrQueue(rules, Path(tmp)) if can_ocr else None
        try:
            for index in range(page_count):
                try:
                    page = pdf[index]
                except pdfium.PdfiumError as exc:
                    raise IngestError(
                        path, f"corrupted PDF: page {index + 1} cannot be read"
                    ) from exc
                try:
                    text = _page_text(page)
                    if _is_scanned(text, page, rules):
                        scanned.append(index)
                        if queue is not None:
                            queue.submit(index, page)
                    else:
                        raw[index] = text
                finally:
                    page.close()
        finally:
            if queue is not None:
                queue.finish()
        if queue is not None:
            raw = [queue.results.get(i, text) for i, text in enumerate(raw)]
            for index, reason in sorted(queue.failures.items()):
                warnings.append(f"page {index + 1}: OCR failed ({reason})")
    if scanned and not can_ocr:
        why = "OCR is turned off" if not ocr else "tesseract is not installed"
        if len(scanned) == page_count:
            raise IngestError(path, f"scanned PDF needs OCR but {why}")
        warnings.append(f"{len(scanned)} scanned page(s) left without text: {why}")
    ocr_pages = {i + 1 for i in scanned if can_ocr and i not in (queue.failures if queue else {})}
    return raw, ocr_pages, warnings


def _title(pdf: pdfium.PdfDocument) -> str | None:
    try:
        title = pdf.get_metadata_dict().get("Title", "")
    except pdfium.PdfiumError:
        return None
    title = " ".join(str(title).split())
    return title or None


def extract_pdf(
    path: Path, sha256: str, *, ocr: bool = True, max_pages: int = 5000
) -> ExtractedDocument:
    rules = load_rules()
    pdf = _open(path)
    try:
        page_count = len(pdf)
        if page_count == 0:
            raise IngestError(path, "PDF has no pages")
        if page_count > max_pages:
            raise IngestError(
                path, f"PDF has {page_count} pages, more than the limit of {max_pages}"
            )
        raw, ocr_pages, warnings = _read_pages(path, pdf, ocr, rules)
        title = _title(pdf)
    finally:
        pdf.close()
    pages = clean_pages(raw, rules)
    if not any(text.strip() for text in pages):
        raise IngestError(path, "PDF has no text (no text layer and no scanned images)")
    doc = ExtractedDocument.from_pages(
        str(path), sha256, "pdf", pages, ocr_pages=ocr_pages, title=title
    )
    doc.warnings.extend(warnings)
    return doc
