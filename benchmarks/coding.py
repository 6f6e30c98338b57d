"""Benchmark: code_case on a generated 60-page review vs raw pypdfium2 text extraction.

Builds a 60-page PDF-like text by repeating realistic review paragraphs, times
`code_case` (one core) and, in the same run, pypdfium2 extraction of a 60-page PDF made
from the same text, and reports seconds per report and the ratio.
Usage: python benchmarks/coding.py [--pages 60] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

COVER = "Domestic Homicide Review\nOverview Report into the death of 'Nadia'\nPublished: May 2022\n\n1. Introduction\n"
PARAGRAPHS = [
    "1.1 This review examines the contact agencies had with Nadia, a 34-year-old woman of Black African heritage, and her estranged husband, Tomas, before Nadia was killed at her home in March 2021. Tomas stabbed Nadia with a kitchen knife and was convicted of murder.",
    "3.1 Nadia lived alone after the separation. Nadia's mother had depression for many years. Tomas drank heavily and had a conviction for assault. There is no evidence that Tomas used drugs.",
    "12 March 2020 - GP: Nadia attended with low mood and anxiety. The GP prescribed sertraline and advised her to contact the domestic abuse helpline. No enquiry was made about her safety at home.",
    "5 June 2020 - Police: Nadia reported that Tomas had pushed her against a wall and checked her phone every evening. The officer recorded a crime of harassment but no DASH risk assessment was completed and there was no referral to MARAC.",
    "5.1 Had the GP asked about domestic abuse, Nadia might have disclosed more. It is unclear whether Tomas used cannabis. Housing should be invited to MARAC in future and Probation should review its practice.",
]
CHARS_PER_PAGE = 3000


def make_text(pages: int) -> list[str]:
    out, i = [], 0
    for n in range(pages):
        buf = [COVER] if n == 0 else []
        while sum(map(len, buf)) < CHARS_PER_PAGE:
            buf.append(PARAGRAPHS[i % len(PARAGRAPHS)] + "\n")
            i += 1
        out.append("".join(buf))
    return out


def make_pdf(page_texts: list[str]) -> bytes:
    """A text-layer PDF of the pages (matplotlib is installed; it writes real text)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    buf = io.BytesIO()
    with PdfPages(buf) as pdf:
        for t in page_texts:
            fig = Figure(figsize=(8.3, 11.7))
            lines = [t[i:i + 95] for i in range(0, len(t), 95)]
            fig.text(0.05, 0.97, "\n".join(lines[:60]), va="top", family="monospace", fontsize=7)
            pdf.savefig(fig)
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pages = make_text(args.pages)
    doc = ExtractedDocument.from_pages("bench.pdf", "b" * 64, "pdf", pages)
    group = CaseGroup("bench", [GroupedDocument(doc, "overview_report", True)], CaseMeta(title="Nadia", review_type="dhr"))
    code_case(group)  # warm: lexicons compile once per process
    coding = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        code_case(group)
        coding.append(time.perf_counter() - t0)
    import pypdfium2 as pdfium

    data = make_pdf(pages)
    extraction = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        pdf = pdfium.PdfDocument(data)
        _ = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        extraction.append(time.perf_counter() - t0)
    c, e = statistics.median(coding), statistics.median(extraction)
    words = len(doc.text.split())
    print(f"report: {args.pages} pages, {len(doc.text):,} chars, {words:,} words")
    print(f"code_case            {c:7.3f} s per report  ({words / c:,.0f} words/s)  target < 2 s")
    print(f"pypdfium2 extraction {e:7.3f} s per report")
    print(f"ratio coding/extraction: {c / e:.1f}x")


if __name__ == "__main__":
    main()
