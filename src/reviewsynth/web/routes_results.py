"""Live results (the report's tables, each count opening its cases and quotes), exports and
double-coding agreement across cases."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse

from reviewsynth.schema import Case, dump_cases
from reviewsynth.store import Store
from reviewsynth.tables.model import TablesFile
from reviewsynth.web.agreement import pooled_agreement
from reviewsynth.web.app import render
from reviewsynth.web.auth import Admin, Viewer, request_store
from reviewsynth.web.results_view import ResultsView, results_view

router = APIRouter()

# Download names are fixed here; nothing from the request becomes a path.
EXPORTS = {
    "tables.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "report.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _cases(store: Store) -> list[Case]:
    return [s.case for s in store.list_cases()]


def _tables(cases: list[Case]) -> TablesFile:
    from reviewsynth.tables import build_tables  # lazy: pulls in the counting rules

    return build_tables(cases)


def _results_page(store: Store, section: str | None) -> ResultsView | None:
    cases = _cases(store)
    return results_view(_tables(cases), cases, section)


@router.get("/results")
async def results(request: Request, _user: Viewer, section: str | None = None) -> Response:
    view = await run_in_threadpool(_results_page, request_store(request), section)
    if view is None:
        raise HTTPException(404, "no such part of the results")
    return render(request, "results.html", {"view": view})


def _count(store: Store, table: str, key: str, category: str, type: str) -> dict[str, Any]:
    cases = _cases(store)
    found = _tables(cases).get(table, category or None)
    if found is None:
        raise HTTPException(404, "no such table")
    entry = (next((c for c in found.cells or [] if c.context == key and c.type == type), None)
             if type else found.row(key))
    if entry is None:
        raise HTTPException(404, "no such count")
    titles = {c.case_id: c.title or c.case_id for c in cases}
    return {"table": found, "entry": entry, "titles": titles}


@router.get("/results/open")
async def results_open(request: Request, _user: Viewer, table: str, key: str,
                       category: str = "", type: str = "") -> Response:
    """The cases and quotes behind one count (a row, or a matrix cell context/type)."""
    context = await run_in_threadpool(_count, request_store(request), table, key, category, type)
    return render(request, "_count.html", context)


@router.get("/export/cases.json")
async def export_cases(request: Request, _user: Viewer) -> Response:
    body = await run_in_threadpool(lambda: dump_cases(_cases(request_store(request))))
    return Response(body, media_type="application/json",
                    headers={"Content-Disposition": 'attachment; filename="cases.json"'})


def _write_export(store: Store) -> tempfile.TemporaryDirectory[str]:
    from reviewsynth.report import write_outputs  # lazy: charts and office writers

    cases = _cases(store)
    out = tempfile.TemporaryDirectory(prefix="reviewsynth-export-")
    write_outputs(_tables(cases), cases, Path(out.name))
    return out


@router.get("/export/{name}")
async def export_file(request: Request, _user: Viewer, name: str) -> Response:
    if name not in EXPORTS:
        raise HTTPException(404, "no such export")
    out = await run_in_threadpool(_write_export, request_store(request))
    return FileResponse(Path(out.name) / name, media_type=EXPORTS[name], filename=name,
                        background=BackgroundTask(out.cleanup))


@router.get("/agreement")
async def agreement(request: Request, _user: Admin) -> Response:
    result = await run_in_threadpool(pooled_agreement, request_store(request))
    return render(request, "agreement.html", {"agreement": result})
