"""Double coding: assignment (blind or assisted), reconciliation walked one disagreement at a
time, the audit log, and the generic action routes (last, so the named routes match first)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from reviewsynth import verify
from reviewsynth.store import StaleVersionError, Store
from reviewsynth.verify.paths import TargetError, resolve
from reviewsynth.web.agreement import case_agreement
from reviewsynth.web.app import render
from reviewsynth.web.audit_view import audit_rows
from reviewsynth.web.auth import Admin, Coder, User, Viewer, flash, request_store
from reviewsynth.web.routes_cases import ACTIONS, check_not_blind

router = APIRouter()


@router.post("/cases/{case_id}/assign")
async def assign(request: Request, user: Admin, case_id: str,
                 coder_a: Annotated[str, Form()], coder_b: Annotated[str, Form()],
                 mode: Annotated[str, Form()] = "blind") -> Response:
    store = request_store(request)
    if await run_in_threadpool(store.get_case, case_id) is None:
        raise HTTPException(404, "no such case")
    try:
        await run_in_threadpool(lambda: verify.assign_double(
            store, case_id, [coder_a.strip(), coder_b.strip()], username=user.name, mode=mode))
        flash(request, f"Assigned to {coder_a} and {coder_b} for {mode} double coding.")
    except ValueError as err:
        flash(request, f"Not assigned: {err}", "error")
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


# -- reconciliation ------------------------------------------------------------------------------

def _pair(store: Store, case_id: str) -> tuple[str, str]:
    coders = [a.coder for a in store.assignments(case_id)]
    if len(coders) < 2:
        raise HTTPException(404, "this case has not been double-coded")
    return coders[0], coders[1]


def _list_items(case: Any, path: str) -> list[dict[str, Any]]:
    """What a coder coded in one list (for showing beside a disagreement), rejected left out."""
    try:
        items = resolve(case, path) or []
    except TargetError:
        return []
    return [i.model_dump(mode="json") for i in items if verify.item_status(i) != "rejected"]


def _reconcile_context(store: Store, case_id: str) -> dict[str, Any]:
    a_name, b_name = _pair(store, case_id)
    a, b, main = verify.load(store, case_id, a_name), verify.load(store, case_id, b_name), verify.load(store, case_id)
    if a is None or b is None or main is None:
        raise HTTPException(404, "no such case")
    diffs = verify.differences(a.case, b.case)
    draft = verify.reconcile_draft(store, case_id)
    context_lists = {d.key: (_list_items(a.case, d.path), _list_items(b.case, d.path))
                     for d in diffs if d.kind == "item"}
    return {
        "case": main.case, "version": main.version, "coders": (a_name, b_name),
        "statuses": (a.status, b.status), "diffs": diffs, "draft": draft, "lists": context_lists,
        "open": [i for i, d in enumerate(diffs, start=1) if d.key not in draft],
        "agreement": case_agreement(store, case_id),
    }


@router.get("/cases/{case_id}/reconcile")
async def reconcile_page(request: Request, user: Admin, case_id: str) -> Response:
    return render(request, "reconcile.html", await run_in_threadpool(_reconcile_context, request_store(request), case_id))


@router.get("/cases/{case_id}/reconcile/{step}")
async def reconcile_step(request: Request, user: Admin, case_id: str, step: int) -> Response:
    """One disagreement, side by side: both coders' values or codes with their quotes."""
    context = await run_in_threadpool(_reconcile_context, request_store(request), case_id)
    if not 1 <= step <= len(context["diffs"]):
        raise HTTPException(404, "no such disagreement")
    context.update({"step": step, "d": context["diffs"][step - 1]})
    return render(request, "reconcile_step.html", context)


def _choose(store: Store, case_id: str, key: str, choice: str, username: str) -> None:
    a_name, b_name = _pair(store, case_id)
    a, b = verify.load(store, case_id, a_name), verify.load(store, case_id, b_name)
    if a is None or b is None:
        raise HTTPException(404, "no such case")
    verify.choose_in_draft(store, case_id, key, choice, username, verify.differences(a.case, b.case))


@router.post("/cases/{case_id}/reconcile/{step}")
async def reconcile_choose(request: Request, user: Admin, case_id: str, step: int,
                           key: Annotated[str, Form()], choice: Annotated[str, Form()]) -> Response:
    store = request_store(request)
    try:
        await run_in_threadpool(_choose, store, case_id, key, choice, user.name)
    except ValueError as err:
        flash(request, f"Not recorded: {err}", "error")
        return RedirectResponse(f"/cases/{case_id}/reconcile/{step}", status_code=303)
    context = await run_in_threadpool(_reconcile_context, store, case_id)
    later = [i for i in context["open"] if i > step] or context["open"]
    target = f"/cases/{case_id}/reconcile/{later[0]}" if later else f"/cases/{case_id}/reconcile"
    return RedirectResponse(target, status_code=303)


def _version(form: dict[str, str]) -> int:
    try:
        return int(form.get("version", ""))
    except ValueError as err:
        raise HTTPException(400, "version missing") from err


def _reconcile(store: Store, case_id: str, form: dict[str, str], username: str) -> int:
    """Save the final coding: the form's choices, and the walk's for any the form leaves out;
    each decision is credited to whoever made it on the walk."""
    coders = _pair(store, case_id)
    draft = verify.reconcile_draft(store, case_id)
    choices = {key: entry["choice"] for key, entry in draft.items()}
    choices.update({k[7:]: v for k, v in form.items() if k.startswith("choice:")})
    deciders = {key: entry["by"] for key, entry in draft.items() if choices.get(key) == entry["choice"]}
    return verify.reconcile_case(store, case_id, coders, choices, expected_version=_version(form),
                                 username=username, deciders=deciders)


@router.post("/cases/{case_id}/reconcile")
async def reconcile_submit(request: Request, user: Admin, case_id: str) -> Response:
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    try:
        await run_in_threadpool(_reconcile, request_store(request), case_id, fields, user.name)
    except StaleVersionError as err:
        flash(request, f"Not saved: the case changed since you opened this screen ({err}).", "error")
        return RedirectResponse(f"/cases/{case_id}/reconcile", status_code=303)
    except ValueError as err:
        flash(request, f"Not saved: {err}", "error")
        return RedirectResponse(f"/cases/{case_id}/reconcile", status_code=303)
    flash(request, "Reconciled: the final coding is saved to the case.")
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


# -- audit log ------------------------------------------------------------------------------------

def _audit_context(store: Store, case_id: str, user: User) -> dict[str, Any]:
    stored = store.get_case(case_id)
    if stored is None:
        raise HTTPException(404, "no such case")
    check_not_blind(store, user, case_id)
    entries = store.audit(case_id)
    if not user.is_admin:  # blind double coding: nobody else's coding shows in the log
        entries = [e for e in entries if not (e["target"] or "").startswith("coding/")
                   or (e["target"] or "").startswith(f"coding/{user.name}/")
                   or e["target"] == f"coding/{user.name}"]
    return {"case": stored.case, "rows": audit_rows(entries)}


@router.get("/cases/{case_id}/audit")
async def audit_page(request: Request, user: Viewer, case_id: str) -> Response:
    return render(request, "audit.html", await run_in_threadpool(_audit_context, request_store(request), case_id, user))


# Generic action routes last, so /assign and /reconcile above match first.
@router.post("/cases/{case_id}/{action}")
async def case_action(request: Request, user: Coder, case_id: str, action: str) -> Response:
    if action not in ACTIONS:
        raise HTTPException(404)
    return await ACTIONS[action](request, user, case_id, None)


@router.post("/cases/{case_id}/coding/{coder}/{action}")
async def coding_action(request: Request, user: Coder, case_id: str, coder: str, action: str) -> Response:
    if action not in ACTIONS:
        raise HTTPException(404)
    return await ACTIONS[action](request, user, case_id, coder)
