"""Case list, coding screen (the case or one coder's blind copy), verification actions,
double-coding assignment, reconciliation and the audit log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from reviewsynth import verify
from reviewsynth.codebook import load_codebook
from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import Case, Evidence
from reviewsynth.store import StaleVersionError, Store
from reviewsynth.verify.operations import Change
from reviewsynth.verify.paths import resolve_item, spec_for_list_path
from reviewsynth.web import queries
from reviewsynth.web.agreement import case_agreement
from reviewsynth.web.app import render
from reviewsynth.web.auth import Admin, Coder, Forbidden, User, Viewer, flash, request_store
from reviewsynth.web.render import Mark, document_pages
from reviewsynth.web.viewmodel import coding_sections

router = APIRouter()


def _case_list(store: Store, username: str) -> dict[str, Any]:
    rows = []
    assigned = queries.assignments(store)
    for stored in store.list_cases():
        decided, total = verify.progress(stored.case)
        rows.append({"stored": stored, "decided": decided, "total": total,
                     "codings": assigned.get(stored.case.case_id, [])})
    return {"rows": rows, "mine": queries.my_codings(store, username)}


@router.get("/cases")
async def case_list(request: Request, user: Viewer) -> Response:
    return render(request, "cases.html", await run_in_threadpool(_case_list, request_store(request), user.name))


def _check_coder_access(user: User, coder: str | None) -> None:
    """Blind double coding: a coder sees and edits only their own copy."""
    if coder is not None and coder != user.name:
        raise Forbidden("double coding is blind: you can open only your own coding")


def _documents(store: Store, case: Case) -> list[ExtractedDocument]:
    docs = []
    for ref in sorted(case.documents, key=lambda d: not d.used):
        doc = store.get_document(ref.sha256)
        if doc is not None:
            docs.append(doc)
    return docs


def _marks(case: Case, sha256: str) -> list[Mark]:
    marks: list[Mark] = []
    for _spec, target, item in verify.iter_items(case):
        for ev in getattr(item, "evidence", []) or []:
            if ev.document == sha256 and ev.start is not None and ev.end is not None:
                marks.append(Mark(ev.start, ev.end, target, verify.item_status(item)))
    if case.screening is not None:
        for ev in case.screening.evidence:
            if ev.document == sha256 and ev.start is not None and ev.end is not None:
                marks.append(Mark(ev.start, ev.end, "screening", "accepted"))
    return marks


def _panel_context(request: Request, loaded: verify.Loaded, user: User, error: str | None = None) -> dict[str, Any]:
    case = loaded.case
    decided, total = verify.progress(case)
    # A coder's copy is read-only to others, and to everyone once reconciled into the case.
    readonly = not user.can_edit or (loaded.coder is not None and (
        loaded.coder != user.name or loaded.status == verify.RECONCILED))
    return {"case": case, "version": loaded.version, "status": loaded.status, "coder": loaded.coder,
            "sections": coding_sections(case), "decided": decided, "total": total,
            "readonly": readonly, "error": error, "codebook": load_codebook(),
            "action_base": _action_base(case.case_id, loaded.coder)}


def _action_base(case_id: str, coder: str | None) -> str:
    return f"/cases/{case_id}" + (f"/coding/{coder}" if coder else "")


def _coding_page(request: Request, user: User, case_id: str, coder: str | None, doc_sha: str | None,
                 error: str | None = None, status_code: int = 200) -> Response:
    store = request_store(request)
    loaded = verify.load(store, case_id, coder)
    if loaded is None:
        raise HTTPException(404, "no such case" if coder is None else "no such coding")
    if request.headers.get("hx-request") == "true" and request.method != "GET":
        return render(request, "_panel.html", _panel_context(request, loaded, user, error), status_code)
    docs = _documents(store, loaded.case)
    shown = next((d for d in docs if d.sha256 == doc_sha), docs[0] if docs else None)
    pages = document_pages(shown, _marks(loaded.case, shown.sha256)) if shown else []
    context = _panel_context(request, loaded, user, error)
    context.update({"documents": docs, "shown": shown, "pages": pages,
                    "codings": store.codings(case_id) if user.is_admin else []})
    return render(request, "coding.html", context, status_code)


@router.get("/cases/{case_id}")
async def case_page(request: Request, user: Viewer, case_id: str, doc: str | None = None) -> Response:
    return await run_in_threadpool(_coding_page, request, user, case_id, None, doc)


@router.get("/cases/{case_id}/coding/{coder}")
async def coding_page(request: Request, user: Coder, case_id: str, coder: str, doc: str | None = None) -> Response:
    _check_coder_access(user, coder)
    return await run_in_threadpool(_coding_page, request, user, case_id, coder, doc)


def _run(request: Request, user: User, case_id: str, coder: str | None, version: int,
         operation: Any, *, status: str | None = None, success: str = "Saved.") -> Response:
    """Apply one verification operation and answer with the panel (htmx) or a redirect."""
    _check_coder_access(user, coder)
    store = request_store(request)
    error = None
    status_code = 200
    try:
        verify.apply(store, case_id, operation, expected_version=version, username=user.name,
                     coder=coder, status=status)
    except StaleVersionError as err:
        latest = verify.load(store, case_id, coder)
        who = ""
        if coder is None and latest is not None:
            who = f" by {store.get_case(case_id).updated_by}"  # type: ignore[union-attr]
        error = (f"Not saved: this case was changed{who} since you opened it (now version "
                 f"{err.actual}, you had {err.expected}). The latest version is shown; "
                 "make your change again.")
        status_code = 409
    except (ValueError, verify.TargetError) as err:
        error = f"Not saved: {err}"
        status_code = 422
    except KeyError as err:
        raise HTTPException(404, "no such case") from err
    if request.headers.get("hx-request") == "true":
        return _coding_page(request, user, case_id, coder, None, error, status_code)
    if error:
        flash(request, error, "error")
    else:
        flash(request, success)
    return RedirectResponse(_action_base(case_id, coder), status_code=303)


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _version(form: dict[str, str]) -> int:
    try:
        return int(form.get("version", ""))
    except ValueError as err:
        raise HTTPException(400, "version missing") from err


async def _status_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    form = await _form(request)
    status = form.get("status", "")
    target = form.get("target", "")
    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form),
                lambda c: verify.set_status(c, target, status), success=f"Code {status}.")  # type: ignore[arg-type]


async def _edit_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    form = await _form(request)
    target = form.get("target", "")
    fields: dict[str, str | None] = {k[2:]: v for k, v in form.items() if k.startswith("f_")}
    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form),
                lambda c: verify.edit_item(c, target, fields), success="Code edited.")


def _selection_evidence(store: Store, case: Case, form: dict[str, str]) -> list[Evidence]:
    """Evidence from the text the person selected (offsets into the stored document text)."""
    sha, start, end = form.get("document", ""), form.get("start", ""), form.get("end", "")
    if not (start.isdigit() and end.isdigit()):
        return []
    if sha not in {d.sha256 for d in case.documents}:
        raise ValueError("the selection is not in one of this case's documents")
    doc = store.get_document(sha)
    s, e = int(start), int(end)
    if doc is None or not (0 <= s < e <= len(doc.text)) or not doc.text[s:e].strip():
        raise ValueError("the selection is empty or outside the document")
    return [doc.evidence(s, e)]


async def _add_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    form = await _form(request)
    list_path = form.get("list_path", "")
    fields: dict[str, str | None] = {k[2:]: v for k, v in form.items() if k.startswith("f_")}
    store = request_store(request)

    def add(case: Case) -> Change:
        return verify.add_item(case, list_path, fields, _selection_evidence(store, case, form))

    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form), add, success="Code added.")


async def _field_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    form = await _form(request)
    target = form.get("target", "")
    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form),
                lambda c: verify.set_field(c, target, form.get("value")), success="Field saved.")


async def _person_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    form = await _form(request)
    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form),
                lambda c: verify.add_person(c, form.get("role", "")), success="Person added.")


async def _complete_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    form = await _form(request)

    def mark_done(case: Case) -> Change:
        return Change(case, "completed", "case", None, {"by": user.name})

    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form), mark_done,
                status="done" if coder else "verified", success="Marked as complete.")


_ACTIONS = {"status": _status_action, "edit": _edit_action, "add": _add_action,
            "field": _field_action, "person": _person_action, "complete": _complete_action}


def _edit_form(request: Request, user: User, case_id: str, coder: str | None, target: str) -> Response:
    """One item's edit form, fetched when opened (keeps the panel small for big cases)."""
    _check_coder_access(user, coder)
    loaded = verify.load(request_store(request), case_id, coder)
    if loaded is None:
        raise HTTPException(404, "no such case")
    try:
        spec, _items, _i, item = resolve_item(loaded.case, target)
    except verify.TargetError as err:
        raise HTTPException(404, str(err)) from err
    fields = [(name, verify.field_choices(spec.name, name)) for name in verify.ITEM_FIELDS[spec.name]]
    return render(request, "_edit_form.html", {
        "action_base": _action_base(case_id, coder), "version": loaded.version, "target": target,
        "fields": fields, "values": item.model_dump(mode="json")})


@router.get("/cases/{case_id}/edit-form")
async def edit_form(request: Request, user: Coder, case_id: str, target: str) -> Response:
    return await run_in_threadpool(_edit_form, request, user, case_id, None, target)


@router.get("/cases/{case_id}/coding/{coder}/edit-form")
async def coding_edit_form(request: Request, user: Coder, case_id: str, coder: str, target: str) -> Response:
    return await run_in_threadpool(_edit_form, request, user, case_id, coder, target)


def _add_form(request: Request, user: User, case_id: str, coder: str | None, list_path: str) -> Response:
    _check_coder_access(user, coder)
    loaded = verify.load(request_store(request), case_id, coder)
    if loaded is None:
        raise HTTPException(404, "no such case")
    try:
        spec, _person = spec_for_list_path(list_path)
    except verify.TargetError as err:
        raise HTTPException(404, str(err)) from err
    fields = [(name, verify.field_choices(spec.name, name)) for name in verify.ITEM_FIELDS[spec.name]]
    return render(request, "_add_form.html", {
        "action_base": _action_base(case_id, coder), "version": loaded.version,
        "list_path": list_path, "fields": fields})


@router.get("/cases/{case_id}/add-form")
async def add_form(request: Request, user: Coder, case_id: str, list_path: str) -> Response:
    return await run_in_threadpool(_add_form, request, user, case_id, None, list_path)


@router.get("/cases/{case_id}/coding/{coder}/add-form")
async def coding_add_form(request: Request, user: Coder, case_id: str, coder: str, list_path: str) -> Response:
    return await run_in_threadpool(_add_form, request, user, case_id, coder, list_path)


# -- double coding ----------------------------------------------------------------------------

@router.post("/cases/{case_id}/assign")
async def assign(request: Request, user: Admin, case_id: str,
                 coder_a: Annotated[str, Form()], coder_b: Annotated[str, Form()]) -> Response:
    store = request_store(request)
    if await run_in_threadpool(store.get_case, case_id) is None:
        raise HTTPException(404, "no such case")
    try:
        await run_in_threadpool(verify.assign_double, store, case_id,
                                [coder_a.strip(), coder_b.strip()], username=user.name)
        flash(request, f"Assigned to {coder_a} and {coder_b} for double coding.")
    except ValueError as err:
        flash(request, f"Not assigned: {err}", "error")
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


def _pair(store: Store, case_id: str) -> tuple[str, str]:
    coders = [c for _cid, c, _s in store.codings(case_id)]
    if len(coders) < 2:
        raise HTTPException(404, "this case has not been double-coded")
    return coders[0], coders[1]


def _reconcile_context(store: Store, case_id: str) -> dict[str, Any]:
    a_name, b_name = _pair(store, case_id)
    a, b, main = verify.load(store, case_id, a_name), verify.load(store, case_id, b_name), verify.load(store, case_id)
    if a is None or b is None or main is None:
        raise HTTPException(404, "no such case")
    return {
        "case": main.case, "version": main.version, "coders": (a_name, b_name),
        "statuses": (a.status, b.status), "diffs": verify.differences(a.case, b.case),
        "agreement": case_agreement(a.case, b.case),
    }


@router.get("/cases/{case_id}/reconcile")
async def reconcile_page(request: Request, user: Admin, case_id: str) -> Response:
    return render(request, "reconcile.html", await run_in_threadpool(_reconcile_context, request_store(request), case_id))


def _reconcile(store: Store, case_id: str, form: dict[str, str], username: str) -> int:
    coders = _pair(store, case_id)
    choices = {k[7:]: v for k, v in form.items() if k.startswith("choice:")}
    return verify.reconcile_case(store, case_id, coders, choices, expected_version=_version(form),
                                 username=username)


@router.post("/cases/{case_id}/reconcile")
async def reconcile_submit(request: Request, user: Admin, case_id: str) -> Response:
    form = await _form(request)
    try:
        await run_in_threadpool(_reconcile, request_store(request), case_id, form, user.name)
    except StaleVersionError as err:
        flash(request, f"Not saved: the case changed since you opened this screen ({err}).", "error")
        return RedirectResponse(f"/cases/{case_id}/reconcile", status_code=303)
    except ValueError as err:
        flash(request, f"Not saved: {err}", "error")
        return RedirectResponse(f"/cases/{case_id}/reconcile", status_code=303)
    flash(request, "Reconciled: the final coding is saved to the case.")
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


def _audit_context(store: Store, case_id: str, user: User) -> dict[str, Any]:
    stored = store.get_case(case_id)
    if stored is None:
        raise HTTPException(404, "no such case")
    entries = store.audit(case_id)
    if not user.is_admin:  # blind double coding: nobody else's coding shows in the log
        entries = [e for e in entries if not (e["target"] or "").startswith("coding/")
                   or (e["target"] or "").startswith(f"coding/{user.name}/")
                   or e["target"] == f"coding/{user.name}"]
    return {"case": stored.case, "entries": entries}


@router.get("/cases/{case_id}/audit")
async def audit_page(request: Request, user: Viewer, case_id: str) -> Response:
    return render(request, "audit.html", await run_in_threadpool(_audit_context, request_store(request), case_id, user))


# Generic action routes last, so /assign and /reconcile above match first.
@router.post("/cases/{case_id}/{action}")
async def case_action(request: Request, user: Coder, case_id: str, action: str) -> Response:
    if action not in _ACTIONS:
        raise HTTPException(404)
    return await _ACTIONS[action](request, user, case_id, None)


@router.post("/cases/{case_id}/coding/{coder}/{action}")
async def coding_action(request: Request, user: Coder, case_id: str, coder: str, action: str) -> Response:
    if action not in _ACTIONS:
        raise HTTPException(404)
    return await _ACTIONS[action](request, user, case_id, coder)
