"""Supervised workers: an item that raises, runs out of memory, kills its worker or runs
too long fails alone with its reason; the other items finish; workers die with the parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from reviewsynth.workers import Budget, Failed, WorkerPool

REPO = Path(__file__).resolve().parents[1]


def behave(item: str) -> tuple[str, int]:
    """What each test item does in its worker (module level: sent to workers by name)."""
    if item == "raise":
        raise ValueError("a bad item")
    if item == "memory":
        return item, len(bytearray(4 * 1024**3))  # 4 GB, far over the budget
    if item == "killed":
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer does
    if item == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    if item == "slow":
        time.sleep(120)
    return item, os.getpid()


def test_each_failure_fails_its_item_alone() -> None:
    items = ["a", "raise", "b", "memory", "c", "killed", "d", "crash", "slow", "e"]
    started = time.monotonic()
    with WorkerPool(behave, 2, Budget(memory_mb=1024, seconds=3)) as pool:
        results = dict(pool.map(items))
    assert time.monotonic() - started < 60
    assert set(results) == set(items)
    for good in "abcde":
        assert results[good][0] == good  # type: ignore[index]
    assert results["raise"] == Failed("ValueError: a bad item")
    assert results["memory"] == Failed(
        "needs more memory than the limit of 1,024 MB per document ([limits] worker_memory_mb)")
    assert results["killed"] == Failed(
        "its worker process was killed (SIGKILL), probably over the memory limit of 1,024 MB "
        "([limits] worker_memory_mb)")
    assert results["crash"] == Failed("its worker process crashed (SIGSEGV)")
    assert results["slow"] == Failed(
        "took longer than the limit of 3 s per document ([limits] document_seconds); stopped")


def test_a_dead_worker_is_replaced() -> None:
    with WorkerPool(behave, 1, Budget()) as pool:
        results = list(pool.map(["a", "killed", "b", "killed", "c"]))
    pids = {item: value[1] for item, value in results if not isinstance(value, Failed)}
    assert set(pids) == {"a", "b", "c"}
    assert len(set(pids.values())) == 3  # a fresh worker after each death


def test_workers_start_only_for_items() -> None:
    with WorkerPool(behave, 8, Budget()) as pool:
        assert [item for item, _ in pool.map(["a"])] == ["a"]
        assert len(pool.pids()) == 1


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as f:
        return f.read().split(")")[-1].split()[0] != "Z"  # a zombie has ended


def test_workers_do_not_outlive_a_killed_parent(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent(f"""
        import sys, threading, time
        sys.path.insert(0, {str(REPO)!r})
        from tests.test_workers import behave
        from reviewsynth.workers import Budget, WorkerPool
        if __name__ == "__main__":
            with WorkerPool(behave, 2, Budget()) as pool:
                def report():
                    while len(pool.pids()) < 2:
                        time.sleep(0.05)
                    print(*pool.pids(), flush=True)
                threading.Thread(target=report, daemon=True).start()
                for _ in pool.map(["slow", "slow"]):
                    pass
    """))
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        assert parent.stdout is not None
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in workers), "workers outlived their parent"
    finally:
        parent.kill()
