"""Live results (the report's tables, each count opening its cases and quotes), exports and
double-coding agreement across cases."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse

from reviewsynth.schema import dump_cases
from reviewsynth.store import Store
from reviewsynth.web.agreement import pooled_agreement
from reviewsynth.web.app import render
from reviewsynth.web.auth import Admin, Viewer, request_store
from reviewsynth.web.results_view import ResultsView, results_view

if TYPE_CHECKING:
    from reviewsynth.results import Results

router = APIRouter()

# Download names are fixed here; nothing from the request becomes a path.
# Each is the file `run` writes for the same store (the CSVs zipped).
EXPORTS = {
    "report.html": "text/html; charset=utf-8",
    "tables.json": "application/json",
    "tables.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "report.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "tables-csv.zip": "application/zip",
}


def _results(store: Store) -> Results:
    """The store's results as `run` and every export count them (reviewsynth.results)."""
    from reviewsynth.datafiles import DataFileError
    from reviewsynth.results import results_from_store  # lazy: pulls in the counting rules

    try:
        return results_from_store(store)
    except DataFileError as err:  # the run's reference statistics file has gone or changed
        raise HTTPException(500, f"cannot count the results: {err}") from err


def _results_page(store: Store, section: str | None) -> ResultsView | None:
    found = _results(store)
    return results_view(found.tables, found.cases, section,
                        suppress_below=found.options.suppress_below)


@router.get("/results")
async def results(request: Request, _user: Viewer, section: str | None = None) -> Response:
    view = await run_in_threadpool(_results_page, request_store(request), section)
    if view is None:
        raise HTTPException(404, "no such part of the results")
    return render(request, "results.html", {"view": view})


def _count(store: Store, table: str, key: str, category: str, type: str) -> dict[str, Any]:
    from reviewsynth.report.present import is_suppressed

    found_results = _results(store)
    found = found_results.tables.get(table, category or None)
    if found is None:
        raise HTTPException(404, "no such table")
    entry = (next((c for c in found.cells or [] if c.context == key and c.type == type), None)
             if type else found.row(key))
    if entry is None or is_suppressed(entry.n, found_results.options.suppress_below):
        raise HTTPException(404, "no such count")  # a suppressed count stays closed
    titles = {c.case_id: c.title or c.case_id for c in found_results.cases}
    return {"table": found, "entry": entry, "titles": titles}


@router.get("/results/open")
async def results_open(request: Request, _user: Viewer, table: str, key: str,
                       category: str = "", type: str = "") -> Response:
    """The cases and quotes behind one count (a row, or a matrix cell context/type)."""
    context = await run_in_threadpool(_count, request_store(request), table, key, category, type)
    return render(request, "_count.html", context)


@router.get("/export/cases.json")
async def export_cases(request: Request, _user: Viewer) -> Response:
    body = await run_in_threadpool(lambda: dump_cases(_results(request_store(request)).cases))
    return Response(body, media_type="application/json",
                    headers={"Content-Disposition": 'attachment; filename="cases.json"'})


def _write_export(store: Store) -> tempfile.TemporaryDirectory[str]:
    from reviewsynth.results import write_results  # lazy: charts and office writers

    out = tempfile.TemporaryDirectory(prefix="reviewsynth-export-")
    folder = Path(out.name)
    write_results(_results(store), folder)
    with zipfile.ZipFile(folder / "tables-csv.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted((folder / "csv").glob("*.csv")):
            # A fixed date: the same results give the same bytes.
            archive.writestr(zipfile.ZipInfo(f"csv/{path.name}", (2000, 1, 1, 0, 0, 0)),
                             path.read_bytes(), zipfile.ZIP_DEFLATED)
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
