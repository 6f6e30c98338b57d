"""Themes page per category (ranked themes, reviews, agencies, quotes, systemic factors) and
the analyst's edits: rename, merge, split and re-assign, stored so they survive re-runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from reviewsynth.store import Store
from reviewsynth.web import themes_view
from reviewsynth.web.app import render
from reviewsynth.web.auth import Coder, Viewer, flash, request_store
from reviewsynth.web.themes_view import CategoryThemes, StaleThemesError, ThemesPage, ThemeView

router = APIRouter()


@router.get("/themes")
async def themes_home(request: Request, _user: Viewer) -> Response:
    page = await run_in_threadpool(themes_view.themes_page, request_store(request))
    if page.categories:
        return RedirectResponse(f"/themes/{page.categories[0].category}", status_code=303)
    return render(request, "themes.html", {"page": page, "current": None})


@router.get("/themes/{category}")
async def themes_category(request: Request, _user: Viewer, category: str) -> Response:
    page = await run_in_threadpool(themes_view.themes_page, request_store(request))
    current = next((c for c in page.categories if c.category == category), None)
    if current is None:
        raise HTTPException(404, "no themes in this category")
    return render(request, "themes.html", {"page": page, "current": current})


class _Refused(ValueError):
    pass


class _NoSuchCategory(LookupError):
    pass


def _theme(current: CategoryThemes, theme_id: str) -> ThemeView:
    found = next((t for t in current.themes if t.id == theme_id), None)
    if found is None:
        raise _Refused("that theme is not in this category any more")
    return found


def _rename(page: ThemesPage, current: CategoryThemes, form: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    theme = _theme(current, form.get("theme", ""))
    return {"op": "rename", "theme": theme.id, "label": themes_view.clean_label(form.get("label", ""))}, []


def _merge(page: ThemesPage, current: CategoryThemes, form: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    theme, into = _theme(current, form.get("theme", "")), _theme(current, form.get("into", ""))
    if theme.id == into.id:
        raise _Refused("choose another theme to merge into")
    return {"op": "merge", "themes": [theme.id, into.id], "into": into.id}, []


def _split(page: ThemesPage, current: CategoryThemes, form: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    theme = _theme(current, form.get("theme", ""))
    label = themes_view.clean_label(form.get("label", ""))
    chosen = set(form.get("problems", [])) & {p.problem_id for p in theme.problems}
    if not chosen:
        raise _Refused("tick the problems that form the new theme")
    if chosen == {p.problem_id for p in theme.problems}:
        raise _Refused("leave at least one problem in the theme (or rename it instead)")
    new_id = themes_view.new_theme_id(label, themes_view.used_theme_ids(page))
    edit = {"op": "split", "theme": theme.id, "new_theme": new_id, "label": label,
            "problems": sorted(chosen)}
    return edit, themes_view.cases_of(page, chosen)


def _reassign(page: ThemesPage, current: CategoryThemes, form: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    problem, target = form.get("problem", ""), form.get("target", "")
    if problem not in {p.problem_id for t in current.themes for p in t.problems}:
        raise _Refused("that problem is not in this category any more")
    if target not in dict(current.reassign_targets):
        raise _Refused("choose a theme to move the problem to")
    return {"op": "reassign", "problem": problem, "theme": target}, themes_view.cases_of(page, {problem})


_EDITS: dict[str, Callable[[ThemesPage, CategoryThemes, dict[str, Any]], tuple[dict[str, Any], list[str]]]] = {
    "rename": _rename, "merge": _merge, "split": _split, "reassign": _reassign,
}


def _apply_edit(store: Store, username: str, category: str, op: str, form: dict[str, Any]) -> str:
    """Validate the edit against the themes as they are now, then append it; a message back."""
    page = themes_view.themes_page(store)
    current = next((c for c in page.categories if c.category == category), None)
    if current is None:
        raise _NoSuchCategory(category)
    edit, case_ids = _EDITS[op](page, current, form)
    try:
        expected = int(form.get("edits", ""))
    except ValueError as err:
        raise _Refused("the form is incomplete; reload the page") from err
    themes_view.append_edit(store, edit, username=username, expected_count=expected, case_ids=case_ids)
    return {"rename": "Theme renamed.", "merge": "Themes merged.", "split": "Theme split.",
            "reassign": "Problem moved."}[op]


@router.post("/themes/{category}/{op}")
async def theme_edit(request: Request, user: Coder, category: str, op: str) -> Response:
    if op not in _EDITS:
        raise HTTPException(404)
    raw = await request.form()
    form: dict[str, Any] = {k: v for k, v in raw.items() if isinstance(v, str)}
    form["problems"] = [v for v in raw.getlist("problems") if isinstance(v, str)]
    try:
        message = await run_in_threadpool(_apply_edit, request_store(request), user.name, category, op, form)
        flash(request, message + " The edit is kept and replayed on every re-run.")
    except StaleThemesError as err:
        flash(request, f"Not saved: {err}. The latest themes are shown; make your change again.", "error")
    except _Refused as err:
        flash(request, f"Not saved: {err}.", "error")
    except _NoSuchCategory as err:
        raise HTTPException(404, "no themes in this category") from err
    except ValueError as err:
        flash(request, f"Not saved: {err}.", "error")
    return RedirectResponse(f"/themes/{quote(category, safe='')}", status_code=303)
