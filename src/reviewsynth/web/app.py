"""The FastAPI application: sessions, error pages, templates and the routers."""

from __future__ import annotations

import os
import secrets
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from reviewsynth.codebook import load_codebook
from reviewsynth.store import Store
from reviewsynth.web.auth import (
    CsrfError,
    Forbidden,
    LoginRequired,
    SessionCookie,
    SessionMiddleware,
    csrf_token,
    pop_flashes,
)
from reviewsynth.web.uploads import thread_runner

_PKG = resources.files("reviewsynth") / "web"
SECRET_SETTING = "web.secret_key"


def _templates() -> Jinja2Templates:
    # Autoescape everything, whatever the template's file name: document text is untrusted.
    env = Environment(loader=FileSystemLoader(str(_PKG / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    templates = Jinja2Templates(env=env)
    codebook = load_codebook()
    env.globals["label"] = lambda listname, code: (
        codebook[listname].label(code) if code is not None and listname in codebook.lists else code
    )
    return templates


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    base = {"user": getattr(request.state, "user", None), "csrf_token": csrf_token(request),
            "flashes": pop_flashes(request), "htmx": request.headers.get("hx-request") == "true"}
    return templates.TemplateResponse(request, template, {**base, **context}, status_code=status_code)


def ensure_secret_key(store: Store, given: str | None = None) -> str:
    """The given key, else REVIEWSYNTH_SECRET_KEY, else one generated once and kept in the store
    (so sessions survive restarts and every worker on the same database agrees)."""
    key = given or os.environ.get("REVIEWSYNTH_SECRET_KEY") or store.get_setting(SECRET_SETTING)
    if not key:
        key = secrets.token_urlsafe(48)
        store.set_setting(SECRET_SETTING, key)
    return str(key)


def create_app(store: Store, *, secret_key: str | None = None, upload_dir: Path | None = None) -> FastAPI:
    from reviewsynth.web import (
        routes_cases,
        routes_corpus,
        routes_main,
        routes_results,
        routes_themes,
    )

    app = FastAPI(title="reviewsynth workbench", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.state.templates = _templates()
    app.state.upload_dir = (upload_dir or Path("uploads")).resolve()
    app.state.run_in_background = thread_runner
    cookies = SessionCookie(ensure_secret_key(store, secret_key))
    app.add_middleware(SessionMiddleware, cookies=cookies)
    app.mount("/static", StaticFiles(directory=str(_PKG / "static")), name="static")
    for module in (routes_main, routes_cases, routes_corpus, routes_results, routes_themes):
        app.include_router(module.router)
    _error_handlers(app)
    return app


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _exc: LoginRequired) -> Response:
        if request.headers.get("hx-request") == "true":
            return Response(status_code=401, headers={"HX-Redirect": "/login"})
        if request.method != "GET":
            return Response("sign in first", status_code=401, media_type="text/plain")
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return render(request, "error.html", {"title": "Not allowed", "message": exc.message}, 403)

    @app.exception_handler(CsrfError)
    async def csrf_failed(request: Request, _exc: CsrfError) -> Response:
        return render(request, "error.html", {
            "title": "Form expired",
            "message": "The form's security token did not match. Reload the page and try again.",
        }, 403)
