"""Sessions, CSRF and roles.

The session is a signed cookie (itsdangerous; HttpOnly, SameSite=Lax, Secure over https or
always with REVIEWSYNTH_SECURE_COOKIES=1) holding the username, a session id and a CSRF token.
Logout revokes the session id in the store, so a copy of the cookie is worthless afterwards.
The role is looked up in the store on every request, so a changed or removed user loses
access at once, and it is checked before the body is read. Every unsafe request must carry the
session's CSRF token, as the form field `csrf_token` or the `X-CSRF-Token` header (htmx).
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reviewsynth.store import Store
from reviewsynth.store.web_sessions import revoke_session, session_revoked

SESSION_COOKIE = "rs_session"
SESSION_MAX_AGE = 12 * 3600
ROLE_RANK = {"viewer": 0, "coder": 1, "admin": 2}
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
SECURE_COOKIES_ENV = "REVIEWSYNTH_SECURE_COOKIES"


def secure_cookies_from_env() -> bool:
    """REVIEWSYNTH_SECURE_COOKIES=1: always mark the cookie Secure (behind an https proxy
    that does not say so in X-Forwarded-Proto)."""
    return os.environ.get(SECURE_COOKIES_ENV, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def at_least(self, role: str) -> bool:
        return ROLE_RANK.get(self.role, -1) >= ROLE_RANK[role]

    @property
    def can_edit(self) -> bool:
        return self.at_least("coder")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class LoginRequired(Exception):
    """No valid session: the exception handler sends the browser to /login."""


class Forbidden(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CsrfError(Exception):
    pass


class SessionCookie:
    def __init__(self, secret_key: str, *, always_secure: bool = False) -> None:
        self._serializer = URLSafeTimedSerializer(secret_key, salt="reviewsynth.session")
        self.always_secure = always_secure

    def load(self, request: Request) -> dict[str, Any]:
        raw = request.cookies.get(SESSION_COOKIE)
        if not raw:
            return {}
        try:
            data = self._serializer.loads(raw, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return {}
        return data if isinstance(data, dict) else {}

    def store(self, response: Response, request: Request, data: dict[str, Any]) -> None:
        response.set_cookie(
            SESSION_COOKIE, self._serializer.dumps(data), max_age=SESSION_MAX_AGE, httponly=True,
            samesite="lax", secure=self.always_secure or request.url.scheme == "https", path="/",
        )


class SessionMiddleware:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware under load): load the session
    into request.state (a signed-in session counts only while its id is not revoked); add the
    cookie to the response when the session changed (or is new)."""

    def __init__(self, app: ASGIApp, cookies: SessionCookie, store: Store) -> None:
        self.app, self.cookies, self.store = app, cookies, store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        data = self.cookies.load(request)
        if "u" in data and not scope["path"].startswith("/static/") and not await self._live(data):
            data = {}
        fresh = "csrf" not in data
        if fresh:
            data = {"csrf": secrets.token_urlsafe(32)}
        request.state.session = data  # scope["state"]: shared with the route's Request
        request.state.session_changed = fresh

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and request.state.session_changed:
                carrier = Response()
                self.cookies.store(carrier, request, request.state.session)
                MutableHeaders(scope=message).append("set-cookie", carrier.headers["set-cookie"])
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    async def _live(self, data: dict[str, Any]) -> bool:
        """Whether a signed-in session is still valid: it has an id, not revoked at logout."""
        session_id = data.get("sid")
        if not isinstance(session_id, str) or not session_id:
            return False  # a cookie from before session ids: sign in again
        return not await run_in_threadpool(session_revoked, self.store, session_id)


def csrf_token(request: Request) -> str:
    return str(request.state.session["csrf"])


async def check_csrf(request: Request) -> None:
    """Refuse an unsafe request whose token does not match the session's."""
    if request.method not in UNSAFE_METHODS:
        return
    sent = request.headers.get("x-csrf-token")
    if not sent:
        content_type = request.headers.get("content-type", "")
        if "form" in content_type:
            form = await request.form()  # cached by Starlette, routes read it again
            value = form.get("csrf_token")
            sent = value if isinstance(value, str) else None
    if not sent or not secrets.compare_digest(sent, csrf_token(request)):
        raise CsrfError()


def login(request: Request, username: str) -> None:
    # A new CSRF token at login, so a token seen before login is worthless after it.
    request.state.session = {"u": username, "sid": secrets.token_urlsafe(24),
                             "csrf": secrets.token_urlsafe(32), "t": int(time.time())}
    request.state.session_changed = True


async def logout(request: Request) -> None:
    """End the session here and in the store, so the old cookie no longer signs anyone in."""
    session_id = request.state.session.get("sid")
    if isinstance(session_id, str) and session_id:
        await run_in_threadpool(revoke_session, request.app.state.store, session_id, SESSION_MAX_AGE)
    request.state.session = {"csrf": secrets.token_urlsafe(32)}
    request.state.session_changed = True


def flash(request: Request, message: str, kind: str = "info") -> None:
    messages = list(request.state.session.get("flash", []))
    messages.append([kind, message[:500]])
    request.state.session = {**request.state.session, "flash": messages[-5:]}
    request.state.session_changed = True


def pop_flashes(request: Request) -> list[list[str]]:
    messages = request.state.session.get("flash") or []
    if messages:
        request.state.session = {k: v for k, v in request.state.session.items() if k != "flash"}
        request.state.session_changed = True
    return list(messages)


def require(role: str) -> Callable[[Request], Awaitable[User]]:
    """Dependency for every route: a signed-in user of at least `role`, with CSRF checked."""
    if role not in ROLE_RANK:
        raise ValueError(role)

    async def dependency(request: Request) -> User:
        username = request.state.session.get("u")
        if not username:
            raise LoginRequired()
        store: Store = request.app.state.store
        user_role = await run_in_threadpool(store.user_role, username)  # keep the event loop free
        if user_role is None:
            raise LoginRequired()
        user = User(username, user_role)
        if not user.at_least(role):  # before the CSRF check, which may read the body
            raise Forbidden(f"this needs the {role} role; you are signed in as {user_role}")
        await check_csrf(request)
        request.state.user = user
        return user

    dependency.required_role = role  # type: ignore[attr-defined]  # lets a test check every route
    return dependency


# The role checks every route takes, as annotated parameters.
Viewer = Annotated[User, Depends(require("viewer"))]
Coder = Annotated[User, Depends(require("coder"))]
Admin = Annotated[User, Depends(require("admin"))]


def request_store(request: Request) -> Store:
    """The store the app was created with."""
    return request.app.state.store  # type: ignore[no-any-return]
