"""Sign-in throttling: failed sign-ins counted per account and per client address, in memory
of a bounded size, and a cap on password checks running at once.

A key (an account, or a client address) with `limit` failures inside `window_s` is locked
until the oldest of those failures leaves the window; a locked sign-in is refused at once,
without checking the password, so an attack costs the server nothing more. Memory is bounded
twice: each key keeps at most `limit` timestamps, and at most `max_keys` keys are kept (the
least recently failed go first). Each server worker process counts on its own.

argon2id verification takes 64 MiB for its moment; the issue-11 measurement (400 wrong
passwords from 40 clients) put about 15 verifications in flight and the server at 1 GB,
falling back to 120 MB afterwards. So verifications also wait for one of `concurrent` slots.
"""

from __future__ import annotations

import asyncio
import math
import time
import weakref
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

ACCOUNT_LIMIT = 10  # failures per account per window
CLIENT_LIMIT = 30  # failures per client address per window
WINDOW_S = 15 * 60
MAX_KEYS = 10_000
CONCURRENT_VERIFICATIONS = 2
_MAX_USERNAME = 80  # the users table's username length


@dataclass(frozen=True)
class Locked:
    """Why a sign-in is refused, for the person trying."""

    what: str  # "account" or "client"
    retry_after_s: int

    @property
    def message(self) -> str:
        minutes = max(1, math.ceil(self.retry_after_s / 60))
        whose = "this account" if self.what == "account" else "this address"
        return (f"Too many failed sign-ins for {whose}. Try again in {minutes} minute"
                f"{'' if minutes == 1 else 's'}.")


class FailureCounter:
    """Recent failure times per key, bounded in keys and in times per key."""

    def __init__(self, limit: int, window_s: float, max_keys: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window_s, self.max_keys, self.clock = limit, window_s, max_keys, clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._failures)

    def record(self, key: str) -> None:
        times = self._failures.pop(key, None) or deque(maxlen=self.limit)
        times.append(self.clock())
        self._failures[key] = times  # now the most recent
        while len(self._failures) > self.max_keys:
            self._failures.popitem(last=False)

    def retry_after(self, key: str) -> float:
        """Seconds until `key` may try again; 0 when it is not locked."""
        times = self._failures.get(key)
        if times is None:
            return 0.0
        now = self.clock()
        while times and now - times[0] >= self.window_s:
            times.popleft()
        if not times:
            del self._failures[key]
            return 0.0
        if len(times) < self.limit:
            return 0.0
        return self.window_s - (now - times[0])

    def clear(self, key: str) -> None:
        self._failures.pop(key, None)


class LoginThrottle:
    def __init__(self, *, account_limit: int = ACCOUNT_LIMIT, client_limit: int = CLIENT_LIMIT,
                 window_s: float = WINDOW_S, max_keys: int = MAX_KEYS,
                 concurrent: int = CONCURRENT_VERIFICATIONS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.accounts = FailureCounter(account_limit, window_s, max_keys, clock)
        self.clients = FailureCounter(client_limit, window_s, max_keys, clock)
        self.concurrent = concurrent
        # One semaphore per event loop (a test client may run each request on its own loop).
        self._slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary())

    @staticmethod
    def account_key(username: str) -> str:
        return username.strip().casefold()[:_MAX_USERNAME]

    def locked(self, username: str, client: str) -> Locked | None:
        wait = self.clients.retry_after(client)
        if wait > 0:
            return Locked("client", math.ceil(wait))
        wait = self.accounts.retry_after(self.account_key(username))
        if wait > 0:
            return Locked("account", math.ceil(wait))
        return None

    def failed(self, username: str, client: str) -> None:
        self.clients.record(client)
        self.accounts.record(self.account_key(username))

    def succeeded(self, username: str) -> None:
        self.accounts.clear(self.account_key(username))

    def verification_slot(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        slots = self._slots.get(loop)
        if slots is None:
            slots = self._slots[loop] = asyncio.Semaphore(self.concurrent)
        return slots
