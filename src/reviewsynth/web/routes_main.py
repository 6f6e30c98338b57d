"""Login, logout, home and user administration."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from reviewsynth.store import ROLES, Store
from reviewsynth.web.app import render
from reviewsynth.web.auth import User, check_csrf, flash, login, logout, require
from reviewsynth.web.throttle import LoginThrottle

router = APIRouter()
PUBLIC_PATHS = {"/login"}  # the only routes without a role check
MAX_CREDENTIAL = 1024  # longer is never a real username or password; not worth hashing


@router.get("/login")
async def login_form(request: Request) -> Response:
    return render(request, "login.html", {"error": None})


def _client(request: Request) -> str:
    """The client's address (uvicorn has already applied X-Forwarded-For from loopback)."""
    return request.client.host if request.client else "unknown"


@router.post("/login")
async def login_submit(
    request: Request,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
) -> Response:
    await check_csrf(request)
    store: Store = request.app.state.store
    throttle: LoginThrottle = request.app.state.login_throttle
    client = _client(request)
    locked = throttle.locked(username, client)
    if locked is not None:  # refused without checking the password: an attack costs nothing
        return render(request, "login.html", {"error": locked.message}, 429,
                      headers={"Retry-After": str(locked.retry_after_s)})
    role = None
    if username and password and len(username) <= MAX_CREDENTIAL and len(password) <= MAX_CREDENTIAL:
        # argon2 verification is deliberately slow and takes 64 MiB: off the event loop,
        # and only a few at once so that a burst of sign-ins cannot grow the server.
        async with throttle.verification_slot():
            role = await run_in_threadpool(store.authenticate, username, password)
    if role is None:
        throttle.failed(username, client)
        return render(request, "login.html", {"error": "Wrong username or password."}, 401)
    throttle.succeeded(username)
    login(request, username)
    return RedirectResponse("/cases", status_code=303)


@router.post("/logout")
async def logout_submit(request: Request, _user: Annotated[User, Depends(require("viewer"))]) -> Response:
    await logout(request)
    return RedirectResponse("/login", status_code=303)


@router.get("/")
async def home(_user: Annotated[User, Depends(require("viewer"))]) -> Response:
    return RedirectResponse("/cases", status_code=303)


@router.get("/admin/users")
async def users_page(request: Request, _user: Annotated[User, Depends(require("admin"))]) -> Response:
    store: Store = request.app.state.store
    return render(request, "users.html", {"users": await run_in_threadpool(store.users), "roles": ROLES})


@router.post("/admin/users")
async def users_add(
    request: Request,
    _user: Annotated[User, Depends(require("admin"))],
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    role: Annotated[str, Form()],
) -> Response:
    store: Store = request.app.state.store
    try:
        await run_in_threadpool(store.add_user, username.strip(), password, role)
    except ValueError as err:
        flash(request, str(err), "error")
    else:
        flash(request, f"User {username.strip()} saved with role {role}.")
    return RedirectResponse("/admin/users", status_code=303)
