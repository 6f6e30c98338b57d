"""Corpus page (documents, cases, errors, uploads with background processing) and the
screening queue (one or two blind screeners; conflicts for the admin)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from reviewsynth import verify
from reviewsynth.codebook import load_codebook
from reviewsynth.config import ProjectConfig
from reviewsynth.store import StaleVersionError, Store
from reviewsynth.verify.service import SCREENERS_SETTING, screeners_required
from reviewsynth.web import queries, uploads
from reviewsynth.web.app import render
from reviewsynth.web.auth import Admin, Coder, User, Viewer, flash, request_store

router = APIRouter()


def _corpus_context(store: Store) -> dict[str, Any]:
    return {
        "documents": queries.documents(store), "errors": store.errors(),
        "statuses": queries.case_statuses(store), "jobs": uploads.jobs(store),
        "max_mb": uploads.MAX_UPLOAD_BYTES // (1024 * 1024),
        "allowed": ", ".join(sorted(uploads.ALLOWED_SUFFIXES)),
    }


@router.get("/corpus")
async def corpus(request: Request, _user: Viewer) -> Response:
    return render(request, "corpus.html", await run_in_threadpool(_corpus_context, request_store(request)))


@router.get("/corpus/jobs")
async def corpus_jobs(request: Request, _user: Viewer) -> Response:
    return render(request, "_jobs.html", {"jobs": await run_in_threadpool(uploads.jobs, request_store(request))})


async def _read_limited(file: UploadFile, limit: int) -> bytes | None:
    """The upload's bytes, or None when it is over `limit` (read no further than that)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := await file.read(1 << 20):
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _save_upload(store: Store, upload_dir: Path, stem: str, suffix: str, data: bytes, client_name: str,
                 username: str) -> tuple[str, Path, ProjectConfig]:
    """Write the upload under a generated name and queue its job (disk and database work)."""
    upload_dir.mkdir(parents=True, exist_ok=True)
    path = uploads.target_path(upload_dir, stem, suffix)
    path.write_bytes(data)
    job_id = uploads.new_job(store, client_name or path.name, path, username)
    config = ProjectConfig(**(store.get_setting("project_config") or {}))
    return job_id, path, config


@router.post("/corpus/upload")
async def corpus_upload(request: Request, user: Coder, file: UploadFile) -> Response:
    store = request_store(request)
    data = await _read_limited(file, uploads.MAX_UPLOAD_BYTES)
    try:
        if data is None:
            raise uploads.UploadRejected(f"file larger than {uploads.MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
        if not data:
            raise uploads.UploadRejected("the file is empty")
        stem, suffix = uploads.check_upload(file.filename or "", data[:8])
    except uploads.UploadRejected as err:
        flash(request, f"Upload refused: {err}", "error")
        return RedirectResponse("/corpus", status_code=303)
    job_id, path, config = await run_in_threadpool(
        _save_upload, store, request.app.state.upload_dir, stem, suffix, data, file.filename or "", user.name)
    request.app.state.run_in_background(lambda: uploads.process_upload(store, job_id, path, config))
    flash(request, f"Uploaded {file.filename}; it is being read and coded in the background.")
    return RedirectResponse("/corpus", status_code=303)


# -- screening ---------------------------------------------------------------------------------

def _screening_context(store: Store, user: User) -> dict[str, Any]:
    decisions = verify.screening_decisions(store)
    required = screeners_required(store)
    rows, conflicts = [], []
    for stored in store.list_cases():
        case_decisions = decisions.get(stored.case.case_id, {})
        final = any(d.get("final") for d in case_decisions.values())
        distinct = {(d["decision"], d["reason"]) for d in case_decisions.values()}
        conflict = len(distinct) > 1 and not final
        rows.append({"stored": stored, "mine": case_decisions.get(user.name),
                     "done": len(case_decisions), "conflict": conflict})
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


@router.post("/screening/{case_id}")
async def screening_submit(request: Request, user: Coder, case_id: str,
                           version: Annotated[int, Form()], choice: Annotated[str, Form()],
                           note: Annotated[str, Form()] = "") -> Response:
    store = request_store(request)
    decision, reason = _decision(choice)
    stored = await run_in_threadpool(store.get_case, case_id)
    suggested = stored.case.screening if stored else None
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
    try:
        await run_in_threadpool(lambda: verify.resolve_screening(
            request_store(request), case_id, user.name, decision, reason, expected_version=version))
        flash(request, "Conflict resolved; the decision is saved to the case.")
    except (StaleVersionError, ValueError) as err:
        flash(request, f"Not saved: {err}", "error")
    return RedirectResponse("/screening", status_code=303)
