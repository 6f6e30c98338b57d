"""Corpus page (documents, cases, errors, uploads with background processing) and the
screening queue (one or two blind screeners; conflicts for the admin)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from reviewsynth import verify
from reviewsynth.codebook import load_codebook
from reviewsynth.store import StaleVersionError, Store
from reviewsynth.verify.service import SCREENERS_SETTING, screeners_required
from reviewsynth.web import queries, uploads
from reviewsynth.web.app import render
from reviewsynth.web.auth import Admin, Coder, User, Viewer, flash, request_store

router = APIRouter()
MAX_BULK = 500  # cases one bulk action may touch


def _corpus_context(store: Store) -> dict[str, Any]:
    return {
        "documents": queries.documents(store), "errors": store.errors(),
        "statuses": queries.case_statuses(store), "jobs": uploads.jobs(store),
        "max_mb": uploads.MAX_UPLOAD_BYTES // (1024 * 1024), "max_bytes": uploads.MAX_UPLOAD_BYTES,
        "allowed": ", ".join(sorted(uploads.ALLOWED_SUFFIXES)),
    }


@router.get("/corpus")
async def corpus(request: Request, _user: Viewer) -> Response:
    return render(request, "corpus.html", await run_in_threadpool(_corpus_context, request_store(request)))


@router.get("/corpus/jobs")
async def corpus_jobs(request: Request, _user: Viewer) -> Response:
    return render(request, "_jobs.html", {"jobs": await run_in_threadpool(uploads.jobs, request_store(request))})


def _save_upload(store: Store, upload_dir: Path, stem: str, suffix: str, upload: UploadFile,
                 client_name: str, username: str) -> tuple[str, Path]:
    """Copy the spooled upload under a generated name and queue its job (disk and database
    work, in chunks: the file is never held in memory whole)."""
    upload_dir.mkdir(parents=True, exist_ok=True)
    path = uploads.target_path(upload_dir, stem, suffix)
    upload.file.seek(0)
    with path.open("xb") as out:
        shutil.copyfileobj(upload.file, out, 1 << 20)
    job_id = uploads.new_job(store, client_name or path.name, path, username)
    return job_id, path


async def _checked_upload(request: Request) -> tuple[UploadFile, str, str]:
    """The form's file with its safe (stem, suffix); UploadRejected says what is wrong. The
    body was read after the role check, within the request limit (limits.py)."""
    form = await request.form()  # parsed once, by the CSRF check when it read the token
    file = form.get("file")
    if not isinstance(file, UploadFile):
        raise uploads.UploadRejected("choose a file to upload")
    if file.size is not None and file.size > uploads.MAX_UPLOAD_BYTES:
        raise uploads.UploadRejected(f"file larger than {uploads.MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
    head = await file.read(8)
    if not head:
        raise uploads.UploadRejected("the file is empty")
    stem, suffix = uploads.check_upload(file.filename or "", head)
    return file, stem, suffix


@router.post("/corpus/upload")
async def corpus_upload(request: Request, user: Coder) -> Response:
    # No File() parameter: FastAPI would read the body before the role check.
    store = request_store(request)
    try:
        file, stem, suffix = await _checked_upload(request)
        name = file.filename or ""
        job_id, path = await run_in_threadpool(
            _save_upload, store, request.app.state.upload_dir, stem, suffix, file, name, user.name)
    except uploads.UploadRejected as err:
        flash(request, f"Upload refused: {err}", "error")
        return RedirectResponse("/corpus", status_code=303)
    finally:
        await (await request.form()).close()  # the spooled copy, now that it is saved
    request.app.state.run_in_background(lambda: uploads.code_in_worker(store, job_id, path))
    flash(request, f"Uploaded {name}; it is being read and coded in the background.")
    return RedirectResponse("/corpus", status_code=303)


# -- screening ---------------------------------------------------------------------------------

def _screening_context(store: Store, user: User) -> dict[str, Any]:
    decisions = verify.screening_decisions(store)
    required = screeners_required(store)
    blind = {a.case_id for a in store.assignments(coder=user.name)
             if a.mode == "blind" and a.status != verify.RECONCILED}
    rows, conflicts = [], []
    for stored in store.list_cases():
        case_decisions = decisions.get(stored.case.case_id, {})
        final = any(d.get("final") for d in case_decisions.values())
        distinct = {(d["decision"], d["reason"]) for d in case_decisions.values()}
        conflict = len(distinct) > 1 and not final
        rows.append({"stored": stored, "mine": case_decisions.get(user.name),
                     "done": len(case_decisions), "conflict": conflict,
                     "blind": stored.case.case_id in blind})
        if conflict and user.is_admin:
            conflicts.append({"stored": stored, "decisions": case_decisions})
    codebook = load_codebook()
    return {
        "rows": rows, "conflicts": conflicts, "required": required,
        "include_reasons": list(codebook.include_reasons.labels.items()),
        "exclude_reasons": list(codebook.exclude_reasons.labels.items()),
    }


@router.get("/screening")
async def screening_queue(request: Request, user: Coder) -> Response:
    return render(request, "screening.html", await run_in_threadpool(_screening_context, request_store(request), user))


@router.post("/screening/settings")
async def screening_settings(request: Request, _user: Admin,
                             screeners: Annotated[int, Form()]) -> Response:
    await run_in_threadpool(request_store(request).set_setting, SCREENERS_SETTING, 2 if screeners >= 2 else 1)
    flash(request, f"Each case now needs {2 if screeners >= 2 else 1} screener(s).")
    return RedirectResponse("/screening", status_code=303)


def _decision(choice: str) -> tuple[str, str]:
    """The form's single select value "include:reason" as (decision, reason)."""
    decision, _sep, reason = choice.partition(":")
    return decision, reason


def _bulk_accept(store: Store, form: dict[str, Any], username: str) -> dict[str, str]:
    versions = {}
    for case_id in form["cases"]:
        raw = form["fields"].get(f"version:{case_id}", "")
        if raw.isdigit():
            versions[case_id] = int(raw)
    return verify.accept_suggested_screenings(store, versions, username)


@router.post("/screening/bulk-accept")
async def screening_bulk_accept(request: Request, user: Coder) -> Response:
    """Accept the suggested decision of every ticked case (before /screening/{case_id})."""
    form = await request.form()
    ticked = [v for v in form.getlist("case") if isinstance(v, str)][:MAX_BULK]
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    outcomes = await run_in_threadpool(_bulk_accept, request_store(request), {"cases": ticked, "fields": fields},
                                       user.name)
    saved = [cid for cid, o in outcomes.items() if o in ("applied", "waiting", "conflict")]
    refused = {cid: o for cid, o in outcomes.items() if cid not in saved}
    if not ticked:
        flash(request, "Tick the cases whose suggestion you have checked first.", "error")
    else:
        flash(request, f"Accepted the suggested decision for {len(saved)} case(s).")
    for cid, reason in list(refused.items())[:5]:
        flash(request, f"{cid}: not saved ({reason}).", "error")
    return RedirectResponse("/screening", status_code=303)


@router.post("/screening/{case_id}")
async def screening_submit(request: Request, user: Coder, case_id: str,
                           version: Annotated[int, Form()], choice: Annotated[str, Form()],
                           note: Annotated[str, Form()] = "") -> Response:
    store = request_store(request)
    decision, reason = _decision(choice)
    stored = await run_in_threadpool(store.get_case, case_id)
    if stored is None:  # before anything is recorded under this id
        raise HTTPException(404, "no such case")
    suggested = stored.case.screening
    if suggested and (decision, reason) != (suggested.decision, suggested.reason) and not note.strip():
        flash(request, "Overriding the suggestion needs a reason in the note.", "error")
        return RedirectResponse("/screening", status_code=303)
    try:
        outcome = await run_in_threadpool(
            lambda: verify.record_screening(store, case_id, user.name, decision, reason, note,
                                            expected_version=version))
    except StaleVersionError as err:
        flash(request, f"Not saved: {err}", "error")
    except ValueError as err:
        flash(request, f"Not saved: {err}", "error")
    else:
        messages = {"applied": "Screening saved to the case.",
                    "waiting": "Your decision is recorded; waiting for the second screener.",
                    "conflict": "Your decision is recorded; it differs from the other screener's, "
                                "so an admin will resolve it."}
        flash(request, messages[outcome])
    return RedirectResponse("/screening", status_code=303)


@router.post("/screening/{case_id}/resolve")
async def screening_resolve(request: Request, user: Admin, case_id: str,
                            version: Annotated[int, Form()], choice: Annotated[str, Form()]) -> Response:
    decision, reason = _decision(choice)
    store = request_store(request)
    if await run_in_threadpool(store.get_case, case_id) is None:
        raise HTTPException(404, "no such case")
    try:
        await run_in_threadpool(lambda: verify.resolve_screening(
            store, case_id, user.name, decision, reason, expected_version=version))
        flash(request, "Conflict resolved; the decision is saved to the case.")
    except (StaleVersionError, ValueError) as err:
        flash(request, f"Not saved: {err}", "error")
    return RedirectResponse("/screening", status_code=303)
