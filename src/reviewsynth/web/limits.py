"""Request bodies: signed in first, then no more than the route's limit.

FastAPI reads a form body before it runs a route's role check, so an anonymous client could
once make the server spool a 2 GB upload to disk before its 401. This middleware answers an
unsafe request without a signed-in session at once, without reading its body; refuses a
declared Content-Length over the limit at once; and counts the bytes actually received (a
chunked body declares no length), stopping the request as soon as they pass the limit. Each
early answer closes the connection, so the server does not read the rest of the body either.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import HTTPException
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_FORM_BYTES = 1024 * 1024  # every form but an upload is a few KB
MULTIPART_OVERHEAD = 64 * 1024  # boundaries, part headers and the CSRF field around a file
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class BodyTooLarge(HTTPException):
    """Raised from `receive` when the body passes its limit; an HTTPException, so FastAPI's
    form parsing passes it on unchanged and the app answers 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request is larger than {_size(limit)}")
        self.limit = limit


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


class RequestLimitMiddleware:
    """`limit_for(path)` gives each path's body limit; `public` paths need no session."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], int], public: set[str]) -> None:
        self.app, self.limit_for, self.public = app, limit_for, public

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in UNSAFE_METHODS:
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        early = self._early_answer(scope, path)
        if early is not None:
            await early(scope, receive, send)
            return
        limit = self.limit_for(path)
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except BodyTooLarge as err:
            if started:
                raise
            await _too_large(err.limit)(scope, receive, send)

    def _early_answer(self, scope: Scope, path: str) -> Response | None:
        """The answer given before any of the body is read, if there is one."""
        if path not in self.public and not Request(scope).state.session.get("u"):
            headers = {"Connection": "close"}
            if Headers(scope=scope).get("hx-request") == "true":
                headers["HX-Redirect"] = "/login"
            return PlainTextResponse("sign in first", status_code=401, headers=headers)
        declared = Headers(scope=scope).get("content-length", "")
        limit = self.limit_for(path)
        if declared.isdigit() and int(declared) > limit:
            return _too_large(limit)
        return None


def _too_large(limit: int) -> Response:
    return PlainTextResponse(f"Refused: the request is larger than {_size(limit)}.", status_code=413,
                             headers={"Connection": "close"})
