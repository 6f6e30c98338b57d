"""The FastAPI application: sessions, request limits, security headers, error pages,
templates and the routers."""

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
from starlette.exceptions import HTTPException as StarletteHTTPException

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
    secure_cookies_from_env,
)
from reviewsynth.web.limits import MAX_FORM_BYTES, MULTIPART_OVERHEAD, RequestLimitMiddleware
from reviewsynth.web.security import SecurityHeadersMiddleware
from reviewsynth.web.throttle import LoginThrottle
from reviewsynth.web.uploads import MAX_UPLOAD_BYTES, thread_runner

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
    env.globals["codebook_labels"] = lambda listname: (
        list(codebook[listname].labels.items()) if listname in codebook.lists else [])
    return templates


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    base = {"user": getattr(request.state, "user", None), "csrf_token": csrf_token(request),
            "flashes": pop_flashes(request), "htmx": request.headers.get("hx-request") == "true"}
    return templates.TemplateResponse(request, template, {**base, **context}, status_code=status_code,
                                      headers=headers)


def ensure_secret_key(store: Store, given: str | None = None) -> str:
    """The given key, else REVIEWSYNTH_SECRET_KEY, else one generated once and kept in the store
    (so sessions survive restarts and every worker on the same database agrees)."""
    key = given or os.environ.get("REVIEWSYNTH_SECRET_KEY") or store.get_setting(SECRET_SETTING)
    if not key:
        key = secrets.token_urlsafe(48)
        store.set_setting(SECRET_SETTING, key)
    return str(key)


UPLOAD_PATH = "/corpus/upload"


def body_limit(path: str) -> int:
    """The most bytes a request body to `path` may have."""
    return MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD if path == UPLOAD_PATH else MAX_FORM_BYTES


def create_app(store: Store, *, secret_key: str | None = None, upload_dir: Path | None = None,
               secure_cookies: bool | None = None) -> FastAPI:
    """The workbench on `store`. `secure_cookies`: always mark the session cookie Secure
    (default: REVIEWSYNTH_SECURE_COOKIES; otherwise only over https)."""
    from reviewsynth.web import (
        routes_cases,
        routes_corpus,
        routes_double,
        routes_main,
        routes_pages,
        routes_results,
        routes_themes,
    )

    app = FastAPI(title="reviewsynth workbench", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.state.templates = _templates()
    app.state.upload_dir = (upload_dir or Path("uploads")).resolve()
    app.state.run_in_background = thread_runner
    app.state.login_throttle = LoginThrottle()
    secure = secure_cookies_from_env() if secure_cookies is None else secure_cookies
    cookies = SessionCookie(ensure_secret_key(store, secret_key), always_secure=secure)
    # The last added runs first: headers on every answer, then the session, then the limits
    # (which need the session to refuse anonymous bodies unread).
    app.add_middleware(RequestLimitMiddleware, limit_for=body_limit, public=routes_main.PUBLIC_PATHS)
    app.add_middleware(SessionMiddleware, cookies=cookies, store=store)
    app.add_middleware(SecurityHeadersMiddleware)
    app.mount("/static", StaticFiles(directory=str(_PKG / "static")), name="static")
    # routes_double last but one: its generic action routes must not shadow named ones.
    for module in (routes_main, routes_cases, routes_pages, routes_corpus, routes_results, routes_themes,
                   routes_double):
        app.include_router(module.router)
    _error_handlers(app)
    return app


_ERROR_TITLES = {400: "Bad request", 404: "Not found", 405: "Not allowed", 413: "Too large",
                 422: "Not understood"}


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """An error page (or the bare message for htmx) instead of JSON."""
        headers = dict(exc.headers or {})
        if exc.status_code == 413:
            headers["Connection"] = "close"  # do not read the rest of the body
        message = str(exc.detail) if exc.detail else _ERROR_TITLES.get(exc.status_code, "Error")
        if request.headers.get("hx-request") == "true":
            return Response(message, status_code=exc.status_code, media_type="text/plain", headers=headers)
        title = _ERROR_TITLES.get(exc.status_code, "Error")
        return render(request, "error.html", {"title": title, "message": message}, exc.status_code, headers)

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
