"""Supervised worker processes: every item gets a memory and a time budget.

Why not `ProcessPoolExecutor`: one worker killed (by the kernel for memory, or for taking
too long) breaks the whole pool with `BrokenProcessPool`, every item in flight is lost and
the run ends. Here each worker takes one item at a time over its own pipe, so when a worker
dies or overruns exactly one item fails, with the reason, and a fresh worker takes the next.

- Memory: each worker lowers its own address-space limit (`RLIMIT_AS`) to the budget, so
  an allocation past it fails inside that worker (a `MemoryError`, or the worker dies)
  instead of the machine swapping.
- Time: the parent stops (SIGKILL) a worker whose item has run past the budget.
- Workers never outlive their parent: they are started by the forkserver (one process
  forked from a clean, single-threaded server, not from a parent that may be running
  threads), ask the kernel to kill them when their parent dies (`PR_SET_PDEATHSIG`; the
  forkserver itself exits when the run does), and a thread in each worker exits it as soon
  as the pipe from the parent closes.
- Ctrl-C is the parent's: workers ignore SIGINT and are stopped when the parent shuts down.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import queue
import resource
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_PR_SET_PDEATHSIG = 1
_MB = 1024 * 1024
# Set in each worker process: the budget it runs under (for messages).
_budget: Budget | None = None


@dataclass(frozen=True)
class Budget:
    """Per item: address space of the worker in MB and wall-clock seconds (0: no limit)."""

    memory_mb: int = 0
    seconds: float = 0

    def memory_reason(self) -> str:
        if self.memory_mb:
            return (f"needs more memory than the limit of {self.memory_mb:,} MB per document "
                    "([limits] worker_memory_mb)")
        return "ran out of memory"

    def time_reason(self) -> str:
        return (f"took longer than the limit of {self.seconds:g} s per document "
                "([limits] document_seconds); stopped")


@dataclass(frozen=True)
class Failed:
    """An item whose worker failed it: ran out of memory or time, or died."""

    reason: str


def out_of_memory_reason() -> str:
    """What to say of a MemoryError: the worker's budget when in a worker."""
    return (_budget or Budget()).memory_reason()


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


# -- the worker side -------------------------------------------------------------------------


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _limit_memory(memory_mb: int) -> None:
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    if memory_mb:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory_mb * _MB
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _read_tasks(conn: Connection, tasks: queue.SimpleQueue[Any]) -> None:
    """Hand tasks to the worker's main thread; exit the process when the parent is gone."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            os._exit(0)  # the parent closed the pipe or died: nothing left to do for it
        tasks.put(task)
        if task is None:
            return


def _worker_main(conn: Connection, fn: Callable[[Any], Any], budget: Budget,
                 env: dict[str, str]) -> None:
    global _budget
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.update(env)
    _budget = budget
    _limit_memory(budget.memory_mb)
    tasks: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_read_tasks, args=(conn, tasks), daemon=True).start()
    while (task := tasks.get()) is not None:
        try:
            reply: tuple[str, Any] = ("ok", fn(task))
        except MemoryError:
            reply = ("failed", budget.memory_reason())
        except Exception as exc:  # noqa: BLE001 - reported for this item; the worker goes on
            reply = ("failed", " ".join(f"{type(exc).__name__}: {exc}".split()))
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("failed", budget.memory_reason()))
        except Exception as exc:  # noqa: BLE001 - a result that cannot be sent fails its item
            conn.send(("failed", f"its result could not be sent: {type(exc).__name__}: {exc}"))


# -- the parent side -------------------------------------------------------------------------


def _death_reason(exitcode: int | None, budget: Budget) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if -exitcode == signal.SIGKILL:
            memory = (f" over the memory limit of {budget.memory_mb:,} MB ([limits] worker_memory_mb)"
                      if budget.memory_mb else " out of memory")
            return f"its worker process was killed ({name}), probably{memory}"
        return f"its worker process crashed ({name})"
    return f"its worker process ended unexpectedly (exit code {exitcode})"


class _Worker:
    def __init__(self, ctx: Any, fn: Callable[[Any], Any], budget: Budget,
                 env: dict[str, str]) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child, fn, budget, env),
                                   name="reviewsynth-worker", daemon=True)
        self.process.start()
        child.close()
        self.item: Any = None
        self.busy = False
        self.started = 0.0

    def give(self, item: Any) -> None:
        self.item, self.busy, self.started = item, True, time.monotonic()
        with contextlib.suppress(OSError):  # a worker already dead: its death is the reason
            self.conn.send(item)

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        self.process.join(5)
        self.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()


class WorkerPool(Generic[T, R]):
    """`with WorkerPool(fn, workers, budget) as pool: for item, result in pool.map(items)`.

    `fn` must be a module-level function (it is sent to the workers by name). Each result
    is what `fn` returned, or `Failed(reason)` when `fn` raised, or its worker ran out of
    memory or time or died. Results come in the order items finish; workers are started
    only when there is an item for them.
    """

    def __init__(self, fn: Callable[[T], R], workers: int, budget: Budget,
                 env: dict[str, str] | None = None) -> None:
        self.fn, self.size, self.budget = fn, max(1, workers), budget
        self.env = dict(env or {})
        self._ctx = _context()
        self._workers: list[_Worker] = []

    def __enter__(self) -> WorkerPool[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    def map(self, items: Iterable[T]) -> Iterator[tuple[T, R | Failed]]:
        todo = iter(items)
        more = True
        while True:
            while more and sum(w.busy for w in self._workers) < self.size:
                item = next(todo, _END)
                more = item is not _END
                if more:
                    self._free_worker().give(item)
            busy = [w for w in self._workers if w.busy]
            if not busy:
                return
            yield from self._collect(busy)

    def _free_worker(self) -> _Worker:
        for worker in list(self._workers):
            if worker.busy:
                continue
            if worker.process.is_alive():
                return worker
            self._drop(worker)  # ended after its last result
        worker = _Worker(self._ctx, self.fn, self.budget, self.env)
        self._workers.append(worker)
        return worker

    def _collect(self, busy: list[_Worker]) -> Iterator[tuple[T, R | Failed]]:
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                     timeout=self._wait_seconds(busy))
        for worker in busy:
            result: R | Failed | None = None
            if worker.conn in ready or worker.process.sentinel in ready:
                result = self._receive(worker)
            elif self.budget.seconds and time.monotonic() - worker.started > self.budget.seconds:
                self._drop(worker)
                result = Failed(self.budget.time_reason())
            if result is not None:
                item, worker.item, worker.busy = worker.item, None, False
                yield item, result

    def _wait_seconds(self, busy: list[_Worker]) -> float | None:
        if not self.budget.seconds:
            return None
        now = time.monotonic()
        return max(0.0, min(w.started + self.budget.seconds - now for w in busy)) + 0.05

    def _receive(self, worker: _Worker) -> R | Failed | None:
        """The worker's reply; or, when it died, the reason (and the worker is dropped)."""
        try:
            if worker.conn.poll():
                status, value = worker.conn.recv()
                return Failed(value) if status == "failed" else value
        except (EOFError, OSError):
            worker.process.join(5)  # the pipe closed: the worker is ending
        except Exception as exc:  # noqa: BLE001 - a reply that cannot be read fails its item
            self._drop(worker)
            return Failed(f"its result could not be read: {type(exc).__name__}: {exc}")
        if worker.process.is_alive():
            return None  # woken with nothing to read yet
        reason = _death_reason(worker.process.exitcode, self.budget)
        self._drop(worker)
        return Failed(reason)

    def _drop(self, worker: _Worker) -> None:
        """Stop a worker and forget it; a fresh one starts when there is more to do."""
        worker.kill()
        self._workers.remove(worker)

    def close(self) -> None:
        for worker in self._workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2
        for worker in self._workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.kill()
            worker.close()
        self._workers = []


_END: Any = object()
