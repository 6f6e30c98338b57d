"""Machine vs people, progress per coder and per case, and page images of a case's PDFs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from reviewsynth import verify
from reviewsynth.pages import PageImage, PageImageError, original_file, render_page
from reviewsynth.store import Store
from reviewsynth.verify.service import CaseProgress
from reviewsynth.web.app import render
from reviewsynth.web.auth import User, Viewer, request_store

router = APIRouter()


def _machine(store: Store) -> verify.MachineReport:
    return verify.machine_vs_people(verify.store_pairs(store))


@router.get("/machine")
async def machine_page(request: Request, _user: Viewer) -> Response:
    """The machine's precision and recall against people's verified codes, live."""
    report = await run_in_threadpool(_machine, request_store(request))
    return render(request, "machine.html", {"report": report})


@router.get("/export/machine-vs-people.csv")
async def machine_csv(request: Request, _user: Viewer) -> Response:
    report = await run_in_threadpool(_machine, request_store(request))
    return Response(report.csv(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="machine-vs-people.csv"'})


def _progress(store: Store, user: User) -> dict[str, Any]:
    coders, cases = verify.progress_overview(store)
    if not user.is_admin:  # blind double coding: a coder sees their own work only
        coders = [c for c in coders if c.coder == user.name]
        cases = [CaseProgress(c.case_id, c.title, copy[2], copy[3], copy[4], [copy])
                 for c in cases for copy in c.copies if copy[0] == user.name]
    return {"coders": coders, "cases": cases}


@router.get("/progress")
async def progress_page(request: Request, user: Viewer) -> Response:
    """Progress per coder and per case."""
    return render(request, "progress.html", await run_in_threadpool(_progress, request_store(request), user))


# -- the page as printed ---------------------------------------------------------------------

MAX_QUOTE = 2000  # characters of a quote looked for on the page


def _page_image(store: Store, sha256: str, number: int, start: int | None, end: int | None) -> PageImage:
    doc = store.get_document(sha256)
    if doc is None:
        raise HTTPException(404, "no such document")
    if doc.media_type != "pdf":
        raise HTTPException(404, "only a PDF has pages as printed")
    path = original_file(store.document_file_paths(sha256), sha256)
    if path is None:
        raise HTTPException(404, f"the original file is no longer at {doc.path}")
    quote = None
    if start is not None and end is not None and 0 <= start < end <= len(doc.text):
        quote = doc.text[start:min(end, start + MAX_QUOTE)]
    try:
        return render_page(path, number, quote)
    except PageImageError as err:
        raise HTTPException(404, str(err)) from err


@router.get("/documents/{sha256}/page/{number}.png")
async def page_image(request: Request, _user: Viewer, sha256: str, number: int,
                     start: int | None = None, end: int | None = None) -> Response:
    """Page `number` of a stored PDF as printed, with the quote at [start, end) of the
    document's text marked on it (rendered here, nothing fetched from elsewhere)."""
    image = await run_in_threadpool(_page_image, request_store(request), sha256, number, start, end)
    return Response(image.png, media_type="image/png",
                    headers={"Cache-Control": "private, max-age=300",
                             "X-Quote-Marked": "true" if image.marked else "false"})
