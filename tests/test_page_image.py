"""The page as printed: a real PDF (reportlab) ingested by the real pipeline, its page rendered
by pypdfium2 with the quote marked, over HTTP; quotes found again across line breaks and
hyphenation; errors as one line."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from reviewsynth.ingest import extract
from reviewsynth.pages import _normalised, quote_boxes, render_page
from reviewsynth.store import Store
from reviewsynth.web import create_app
from tests.e2e.seed import PASSWORD, open_store, seed, use_fast_password_hashing

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PAGES = [
    ["Domestic Homicide Review: Ms T", "Overview report of the review panel."],
    ["Ms T lived with her partner. Her partner had a long history of alcohol misuse and",
     "was known to drink heavily at weekends. The multi-",
     "agency meeting did not discuss it."],
    ["The panel made six recommendations."],
]


def write_pdf(path: Path, pages: list[list[str]] = PAGES) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(595.27, 841.89))
    for lines in pages:
        pdf.setFont("Helvetica", 11)
        y = 780
        for line in lines:
            pdf.drawString(56, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return path


def _marked_pixels(png: bytes) -> int:
    """Pixels of the mark's colour (orange-yellow over white): R high, G middling, B low."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(1 for r, g, b in image.getdata() if r > 235 and 150 < g < 235 and b < 170)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return write_pdf(tmp_path / "review-t.pdf")


def test_a_quote_is_marked_on_its_page(pdf: Path) -> None:
    plain = render_page(pdf, 2)
    assert plain.png.startswith(b"\x89PNG") and plain.width == 1000 and not plain.marked
    assert _marked_pixels(plain.png) == 0
    marked = render_page(pdf, 2, "alcohol misuse and was known to drink")  # across a line break
    assert marked.marked and _marked_pixels(marked.png) > 500
    hyphen = render_page(pdf, 2, "The multiagency meeting")  # the cleaned text joins the hyphenation
    assert hyphen.marked
    assert not render_page(pdf, 1, "alcohol misuse").marked  # not on page 1


def test_boxes_cover_the_quote_lines(pdf: Path) -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        boxes = quote_boxes(document[1], "alcohol misuse and was known to drink")
    finally:
        document.close()
    tops = sorted({round(top) for _l, _b, _r, top in boxes}, reverse=True)
    assert len(tops) == 2  # two lines of the page, the first one higher
    assert all(56 <= left < right <= 560 for left, _b, right, _t in boxes)


@given(st.text(alphabet=st.sampled_from(list("ab -\r\n\tCD")), max_size=60))
def test_normalised_text_maps_back_to_the_original(text: str) -> None:
    flat, where = _normalised(text)
    assert len(flat) == len(where)
    assert where == sorted(where) and len(set(where)) == len(where)
    for ch, i in zip(flat, where, strict=True):
        assert ch == " " and text[i].isspace() or ch == text[i].lower()
    assert "  " not in flat


@pytest.fixture
def client(tmp_path: Path, pdf: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, Store, str]]:
    use_fast_password_hashing(monkeypatch)
    with open_store("sqlite", tmp_path) as store:
        seed(store)
        doc = extract(pdf)
        store.add_document(doc, str(pdf))
        app = create_app(store, secret_key="test-secret-key-" + "x" * 20, upload_dir=tmp_path / "up")
        c = TestClient(app)
        token = CSRF_RE.search(c.get("/login").text).group(1)  # type: ignore[union-attr]
        c.post("/login", data={"username": "vera", "password": PASSWORD, "csrf_token": token})
        yield c, store, doc.sha256


def test_the_page_image_over_http(client: tuple[TestClient, Store, str], pdf: Path) -> None:
    c, store, sha = client
    doc = store.get_document(sha)
    assert doc is not None
    start = doc.text.index("alcohol misuse")
    r = c.get(f"/documents/{sha}/page/2.png?start={start}&end={start + 40}")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    assert r.headers["x-quote-marked"] == "true" and _marked_pixels(r.content) > 500
    assert c.get(f"/documents/{sha}/page/2.png").headers["x-quote-marked"] == "false"
    missing = c.get(f"/documents/{sha}/page/9.png")
    assert missing.status_code == 404 and "no page 9" in missing.text and "Traceback" not in missing.text
    assert c.get("/documents/" + "0" * 64 + "/page/1.png").status_code == 404
    pdf.rename(pdf.with_suffix(".moved"))
    gone = c.get(f"/documents/{sha}/page/2.png")
    assert gone.status_code == 404 and "no longer at" in gone.text
    anonymous = TestClient(c.app)
    assert anonymous.get(f"/documents/{sha}/page/2.png", follow_redirects=False).status_code == 303


def test_a_changed_file_at_the_path_is_not_shown(client: tuple[TestClient, Store, str], pdf: Path) -> None:
    c, _store, sha = client
    write_pdf(pdf, [["Another document altogether."]])  # same path, other content
    assert c.get(f"/documents/{sha}/page/1.png").status_code == 404
