"""Case list, coding screen (the case or one coder's blind copy) and verification actions.
Double coding, reconciliation, progress and the audit log are in `routes_double`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from reviewsynth import verify
from reviewsynth.codebook import load_codebook
from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import Case, Evidence
from reviewsynth.store import StaleVersionError, Store
from reviewsynth.verify.operations import Change
from reviewsynth.verify.paths import resolve_item, spec_for_list_path
from reviewsynth.verify.reconcile import item_key
from reviewsynth.web import queries
from reviewsynth.web.app import render
from reviewsynth.web.auth import Coder, Forbidden, User, Viewer, flash, request_store
from reviewsynth.web.render import Mark, document_pages
from reviewsynth.web.viewmodel import code_colour, coding_sections, item_label, person_heading

router = APIRouter()
Operation = Callable[[Case], Change]


def _case_list(store: Store, user: User, params: dict[str, str]) -> dict[str, Any]:
    filters = queries.CaseFilters.from_params(params)
    rows = queries.case_rows(store, user.name, filters)
    return {"rows": rows, "mine": queries.my_codings(store, user.name), "filters": filters,
            "choices": queries.filter_choices(store)}


@router.get("/cases")
async def case_list(request: Request, user: Viewer) -> Response:
    params = dict(request.query_params)
    return render(request, "cases.html", await run_in_threadpool(_case_list, request_store(request), user, params))


def _check_coder_access(user: User, coder: str | None) -> None:
    """Blind double coding: a coder sees and edits only their own copy."""
    if coder is not None and coder != user.name:
        raise Forbidden("double coding is blind: you can open only your own coding")


def check_not_blind(store: Store, user: User, case_id: str) -> None:
    """A coder coding this case blind may not see its own coding (machine suggestions and
    others' decisions) before it is reconciled."""
    if not user.is_admin and verify.blind_to(store, case_id, user.name):
        raise Forbidden("you are double-coding this case blind: open your own coding "
                        f"(/cases/{case_id}/coding/{user.name}); the case's coding shows once it is reconciled")


def _check_access(store: Store, user: User, case_id: str, coder: str | None) -> None:
    _check_coder_access(user, coder)
    if coder is None:
        check_not_blind(store, user, case_id)


def _documents(store: Store, case: Case) -> list[ExtractedDocument]:
    docs = []
    for ref in sorted(case.documents, key=lambda d: not d.used):
        doc = store.get_document(ref.sha256)
        if doc is not None:
            docs.append(doc)
    return docs


def _owner_suffix(target: str) -> str:
    parts = target.split("/")
    return f" · {parts[1]}" if parts[0] == "people" else ""


def _marks(case: Case, sha256: str) -> list[Mark]:
    marks: list[Mark] = []
    for spec, target, item in verify.iter_items(case):
        label = item_label(spec.name, item) + _owner_suffix(target)
        colour = code_colour(spec.name, item_key(spec, item))
        status = verify.item_status(item)
        for q, ev in enumerate(getattr(item, "evidence", []) or []):
            if ev.document == sha256 and ev.start is not None and ev.end is not None:
                shown = "rejected" if verify.quote_status(ev) == "rejected" else status
                marks.append(Mark(ev.start, ev.end, target, shown, label, colour, q))
    if case.screening is not None:
        for ev in case.screening.evidence:
            if ev.document == sha256 and ev.start is not None and ev.end is not None:
                marks.append(Mark(ev.start, ev.end, "screening", "accepted", "Screening"))
    return marks


def _panel_context(request: Request, loaded: verify.Loaded, user: User, error: str | None = None,
                   announce: str | None = None, focus: str | None = None) -> dict[str, Any]:
    case = loaded.case
    decided, total = verify.progress(case)
    # A coder's copy is read-only to others, and to everyone once reconciled into the case.
    readonly = not user.can_edit or (loaded.coder is not None and (
        loaded.coder != user.name or loaded.status == verify.RECONCILED))
    codebook = load_codebook()
    return {"case": case, "version": loaded.version, "status": loaded.status, "coder": loaded.coder,
            "sections": coding_sections(case), "decided": decided, "total": total,
            "readonly": readonly, "error": error, "codebook": codebook,
            "announce": announce or error or "", "focus": focus or "",
            "people": [(p.person_id, person_heading(p)) for p in case.people],
            "relations": verify.RELATIONS,
            "include_reasons": list(codebook.include_reasons.labels.items()),
            "exclude_reasons": list(codebook.exclude_reasons.labels.items()),
            "action_base": _action_base(case.case_id, loaded.coder)}


def _action_base(case_id: str, coder: str | None) -> str:
    return f"/cases/{case_id}" + (f"/coding/{coder}" if coder else "")


def _coding_page(request: Request, user: User, case_id: str, coder: str | None, doc_sha: str | None,
                 error: str | None = None, status_code: int = 200, announce: str | None = None,
                 focus: str | None = None) -> Response:
    store = request_store(request)
    loaded = verify.load(store, case_id, coder)
    if loaded is None:
        raise HTTPException(404, "no such case" if coder is None else "no such coding")
    _check_access(store, user, case_id, coder)
    context = _panel_context(request, loaded, user, error, announce, focus)
    if request.headers.get("hx-request") == "true" and request.method != "GET":
        return render(request, "_panel.html", context, status_code)
    docs = _documents(store, loaded.case)
    shown = next((d for d in docs if d.sha256 == doc_sha), docs[0] if docs else None)
    pages = document_pages(shown, _marks(loaded.case, shown.sha256)) if shown else []
    assignments = store.assignments(case_id) if user.is_admin or coder else []
    context.update({"documents": docs, "shown": shown, "pages": pages,
                    "mode": next((a.mode for a in assignments if a.coder == coder), None),
                    "codings": assignments if user.is_admin else [],
                    "modes": verify.MODES})
    return render(request, "coding.html", context, status_code)


@router.get("/cases/{case_id}")
async def case_page(request: Request, user: Viewer, case_id: str, doc: str | None = None) -> Response:
    return await run_in_threadpool(_coding_page, request, user, case_id, None, doc)


@router.get("/cases/{case_id}/coding/{coder}")
async def coding_page(request: Request, user: Coder, case_id: str, coder: str, doc: str | None = None) -> Response:
    _check_coder_access(user, coder)
    return await run_in_threadpool(_coding_page, request, user, case_id, coder, doc)


def _stale_message(store: Store, case_id: str, coder: str | None, err: StaleVersionError) -> str:
    who = ""
    stored = store.get_case(case_id) if coder is None else None
    if stored is not None and stored.updated_by:
        who = f" by {stored.updated_by}"
    return (f"Not saved: this case was changed{who} since you opened it (now version "
            f"{err.actual}, you had {err.expected}). The latest version is shown; "
            "make your change again.")


def _run(request: Request, user: User, case_id: str, coder: str | None, version: int,
         operation: Operation, *, status: str | None = None,
         success: str | Callable[[Change], str] = "Saved.",
         focus: Callable[[Change], str | None] | None = None) -> Response:
    """Apply one verification operation and answer with the panel (htmx) or a redirect."""
    store = request_store(request)
    if store.get_case(case_id) is None:
        raise HTTPException(404, "no such case")
    _check_access(store, user, case_id, coder)
    error, status_code, focused, message = None, 200, None, ""
    try:
        change, _version = verify.apply(store, case_id, operation, expected_version=version,
                                        username=user.name, coder=coder, status=status)
        focused = focus(change) if focus else change.target
        message = success(change) if callable(success) else success
    except StaleVersionError as err:
        error, status_code = _stale_message(store, case_id, coder, err), 409
    except (ValueError, verify.TargetError) as err:
        error, status_code = f"Not saved: {err}", 422
    except KeyError as err:
        raise HTTPException(404, "no such case" if coder is None else "no such coding") from err
    if request.headers.get("hx-request") == "true":
        return _coding_page(request, user, case_id, coder, None, error, status_code,
                            announce=None if error else message, focus=focused)
    flash(request, error or message, "error" if error else "info")
    return RedirectResponse(_action_base(case_id, coder), status_code=303)


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _version(form: dict[str, str]) -> int:
    try:
        return int(form.get("version", ""))
    except ValueError as err:
        raise HTTPException(400, "version missing") from err


def _quote_number(raw: str | None) -> int | None:
    """A quote index from a form ("" or absent: none)."""
    if raw is None or raw == "":
        return None
    if not raw.isdigit():
        raise HTTPException(400, "quote must be a number")
    return int(raw)


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


def _item_label_of(case: Case, target: str) -> str:
    try:
        spec, _items, _i, item = resolve_item(case, target)
    except verify.TargetError:
        return target
    return item_label(spec.name, item) + _owner_suffix(target)


# -- the actions: each reads its form and gives `_run` one core operation --------------------

async def _status_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    form = await _form(request)
    status, target = form.get("status", ""), form.get("target", "")
    return await run_in_threadpool(
        _run, request, user, case_id, coder, _version(form),
        lambda c: verify.set_status(c, target, status),  # type: ignore[arg-type]
        success=lambda ch: f"{status.capitalize()}: {_item_label_of(ch.case, ch.target)}.")


async def _edit_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    form = await _form(request)
    target = form.get("target", "")
    fields: dict[str, str | None] = {k[2:]: v for k, v in form.items() if k.startswith("f_")}
    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form),
                                   lambda c: verify.edit_item(c, target, fields), success="Code edited.")


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
    role, relation = form.get("role", ""), form.get("relation") or None
    related_to = form.get("related_to") or None
    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form),
                                   lambda c: verify.add_person(c, role, relation, related_to),
                                   success="Person added.")


async def _complete_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    form = await _form(request)

    def mark_done(case: Case) -> Change:
        return Change(case, "completed", "case", None, {"by": user.name})

    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form), mark_done,
                                   status="done" if coder else "verified", success="Marked as complete.")


async def _screen_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    """Screen a coder's own copy (the case itself is screened in the screening queue)."""
    form = await _form(request)
    decision, _sep, reason = form.get("choice", "").partition(":")
    if coder is None:
        raise HTTPException(404, "screen the case in the screening queue")
    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form),
                                   lambda c: verify.screen(c, decision, reason), success="Screening saved.")


async def _quote_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    """Accept or reject one quote of a code: the button's value is "<quote>:<status>"."""
    form = await _form(request)
    target = form.get("target", "")
    quote_raw, _sep, status = form.get("quote", "").partition(":")
    quote = _quote_number(quote_raw)
    if quote is None:
        raise HTTPException(400, "which quote?")
    return await run_in_threadpool(
        _run, request, user, case_id, coder, _version(form),
        lambda c: verify.set_quote_status(c, target, quote, status), success=f"Quote {quote + 1} {status}.",
        focus=lambda _ch: target)


async def _span_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    """Change one quote's span to the selected text (or add the selection as another quote)."""
    form = await _form(request)
    target, quote = form.get("target", ""), _quote_number(form.get("quote"))
    store = request_store(request)

    def change_span(case: Case) -> Change:
        evidence = _selection_evidence(store, case, form)
        if not evidence:
            raise ValueError("select the text of the quote in the document first")
        return verify.set_quote_span(case, target, quote, evidence[0])

    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form), change_span,
                                   success="Quote changed." if quote is not None else "Quote added.",
                                   focus=lambda _ch: target)


async def _note_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    form = await _form(request)
    target, quote = form.get("target", ""), _quote_number(form.get("quote"))
    return await run_in_threadpool(_run, request, user, case_id, coder, _version(form),
                                   lambda c: verify.set_note(c, target, form.get("note"), quote),
                                   success="Note saved.", focus=lambda _ch: target)


async def _move_action(request: Request, user: User, case_id: str, coder: str | None) -> Response:
    """Move a person's code to another person, or to a new one ("new" with a relation)."""
    form = await _form(request)
    target, to = form.get("target", ""), form.get("to", "")
    relation = form.get("relation") or None
    to_person = None if to == "new" else to
    return await run_in_threadpool(
        _run, request, user, case_id, coder, _version(form),
        lambda c: verify.move_item(c, target, to_person, relation), success="Code moved.",
        focus=lambda ch: ch.after["target"] if isinstance(ch.after, dict) else None)


ACTIONS = {"status": _status_action, "edit": _edit_action, "add": _add_action,
           "field": _field_action, "person": _person_action, "complete": _complete_action,
           "screen": _screen_action, "quote": _quote_action, "span": _span_action,
           "note": _note_action, "move": _move_action}


def _loaded_for_form(request: Request, user: User, case_id: str, coder: str | None) -> verify.Loaded:
    store = request_store(request)
    loaded = verify.load(store, case_id, coder)
    if loaded is None:
        raise HTTPException(404, "no such case")
    _check_access(store, user, case_id, coder)
    return loaded


def _edit_form(request: Request, user: User, case_id: str, coder: str | None, target: str) -> Response:
    """One item's forms, fetched when opened (keeps the panel small for big cases): its
    fields, its note, each quote's note and span, and moving it to another person."""
    _check_coder_access(user, coder)
    loaded = _loaded_for_form(request, user, case_id, coder)
    try:
        spec, _items, _i, item = resolve_item(loaded.case, target)
    except verify.TargetError as err:
        raise HTTPException(404, str(err)) from err
    fields = [(name, verify.field_choices(spec.name, name)) for name in verify.ITEM_FIELDS[spec.name]]
    owner = target.split("/")[1] if target.startswith("people/") else None
    return render(request, "_edit_form.html", {
        "action_base": _action_base(case_id, coder), "version": loaded.version, "target": target,
        "fields": fields, "values": item.model_dump(mode="json"), "note": verify.note_of(item),
        "quotes": [(q, ev, verify.note_of(ev)) for q, ev in enumerate(getattr(item, "evidence", []) or [])],
        "owner": owner, "relations": verify.RELATIONS,
        "people": [(p.person_id, person_heading(p)) for p in loaded.case.people if p.person_id != owner]})


@router.get("/cases/{case_id}/edit-form")
async def edit_form(request: Request, user: Coder, case_id: str, target: str) -> Response:
    return await run_in_threadpool(_edit_form, request, user, case_id, None, target)


@router.get("/cases/{case_id}/coding/{coder}/edit-form")
async def coding_edit_form(request: Request, user: Coder, case_id: str, coder: str, target: str) -> Response:
    return await run_in_threadpool(_edit_form, request, user, case_id, coder, target)


def _add_form(request: Request, user: User, case_id: str, coder: str | None, list_path: str) -> Response:
    _check_coder_access(user, coder)
    loaded = _loaded_for_form(request, user, case_id, coder)
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
