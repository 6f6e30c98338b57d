"""Machine vs people, progress per coder and per case, and page images of a case's PDFs."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from reviewsynth import verify
from reviewsynth.store import Store
from reviewsynth.web.app import render
from reviewsynth.web.auth import Viewer, request_store

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
