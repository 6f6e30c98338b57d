"""First-sight records: the figures a batch scored the first time it was evaluated.

A batch's first score is the honest measure of how the tool reads reviews it has not seen;
every later score of the same batch is read against it. `reviewsynth evaluate PRED GOLD
--first-sight NAME` writes the record the first time NAME is scored and never again: a later
run leaves it alone and reports the change since. The file (by default
`evaluation/first_sight.json`, kept in the repository) looks like

    {"schema": "reviewsynth.first_sight/1",
     "batches": {NAME: {"date": "YYYY-MM-DD", "engine": {"version": .., "commit": ..},
                        "metrics_version": 2, "provenance": "...", "gold_digest": "sha256:..",
                        "cases_gold": 14, "metrics": {metric: value}, "n": {metric: n}}}}

`metrics_version` names the metric definitions the figures were measured under
(`core.METRICS_VERSION`); a change across versions mixes definitions and says so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reviewsynth import __version__
from reviewsynth.evaluate.core import METRICS_VERSION

RECORDS_SCHEMA = "reviewsynth.first_sight/1"
DEFAULT_RECORDS = Path("evaluation") / "first_sight.json"
PROVENANCE = "recorded by `reviewsynth evaluate --first-sight` the first time the batch was scored"


class RecordsError(ValueError):
    """A records file that cannot be read or written; the message is one line naming it."""


def load_records(path: Path) -> dict[str, Any]:
    """The records in `path`; an empty set of records when the file does not exist yet."""
    if not path.exists():
        return {"schema": RECORDS_SCHEMA, "batches": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordsError(f"{path}: cannot read the first-sight records ({exc})") from exc
    if not (isinstance(data, dict) and data.get("schema") == RECORDS_SCHEMA
            and isinstance(data.get("batches"), dict)):
        raise RecordsError(f"{path}: not a first-sight records file (schema {RECORDS_SCHEMA!r} expected)")
    return data


def gold_digest(path: Path) -> str:
    """A digest of the gold cases under `path` (a file or a folder of *.json), independent of
    formatting, so a record can tell whether the gold it was measured against has changed."""
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    cases: list[Any] = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            cases.extend(data.get("cases", []))
    canonical = json.dumps(cases, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def engine_version() -> dict[str, str | None]:
    """The package and engine versions of this checkout and, when it runs from its own git
    checkout, the commit. (cases.json does not say which engine coded it, so the record names
    the code that scored it: run and score from the same checkout, as scripts/quality.py does.)"""
    from reviewsynth.pipeline import ENGINE_VERSION  # lazy: the pipeline imports the store

    return {"version": __version__, "engine": ENGINE_VERSION, "commit": _git_commit()}


def _git_commit() -> str | None:
    repo = Path(__file__).resolve().parents[3]  # src/reviewsynth/evaluate/ -> the checkout
    if not (repo / "pyproject.toml").is_file():
        return None  # installed, not a checkout: a git repository around it would be another's
    try:
        top = subprocess.run(["git", "-C", str(repo), "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, timeout=10, check=True).stdout.strip()
        if Path(top).resolve() != repo:
            return None
        return subprocess.run(["git", "-C", str(repo), "describe", "--always", "--dirty"],
                              capture_output=True, text=True, timeout=10, check=True).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def new_record(result: dict[str, Any], digest: str | None, today: dt.date | None = None) -> dict[str, Any]:
    overall = result.get("overall", {})
    n = result.get("counts", {}).get("gold_items", {})
    return {
        "date": (today or dt.date.today()).isoformat(),
        "engine": engine_version(),
        "metrics_version": METRICS_VERSION,
        "provenance": PROVENANCE,
        "gold_digest": digest,
        "cases_gold": result.get("counts", {}).get("cases_gold"),
        "metrics": {m: round(v, 4) for m, v in overall.items() if isinstance(v, int | float)},
        "n": {m: n[m] for m in overall if m in n and isinstance(overall[m], int | float)},
    }


def compare(record: dict[str, Any], result: dict[str, Any], digest: str | None) -> dict[str, Any]:
    """The change of each metric since first sight, with notes on what makes it hard to read."""
    overall = result.get("overall", {})
    first = record.get("metrics", {})
    change = {m: round(overall[m] - v, 4) + 0.0 for m, v in first.items()  # + 0.0: no "-0.00"
              if isinstance(v, int | float) and isinstance(overall.get(m), int | float)}
    notes = []
    version = record.get("metrics_version")
    if version != METRICS_VERSION:
        notes.append(f"first sight was measured under metric definitions v{version}, these under "
                     f"v{METRICS_VERSION}: the change mixes definitions")
    if record.get("gold_digest") and digest and record["gold_digest"] != digest:
        notes.append("the gold coding has changed since first sight")
    return {"change": change, "notes": notes}


def first_sight(path: Path, name: str, result: dict[str, Any], digest: str | None,
                today: dt.date | None = None) -> dict[str, Any]:
    """Record `name`'s figures if it has never been scored, else leave its record alone;
    either way return the record and the change since it."""
    if not name.strip():
        raise RecordsError("--first-sight: the batch name is empty")
    with _locked(path):
        records = load_records(path)
        record = records["batches"].get(name)
        recorded = record is None
        if record is None:
            record = new_record(result, digest, today)
            records["batches"][name] = record
            _write(path, records)
    return {"name": name, "recorded": recorded, "records": str(path), "record": record,
            **compare(record, result, digest)}


def dump_records(records: dict[str, Any]) -> str:
    batches = dict(sorted(records["batches"].items()))
    return json.dumps({**records, "batches": batches}, indent=2, ensure_ascii=False) + "\n"


def _write(path: Path, records: dict[str, Any]) -> None:
    """Write through a temporary file and a rename, so a killed run never leaves half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644  # mkstemp's is 0600
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(dump_records(records))
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        raise RecordsError(f"{path}: cannot write the first-sight records ({exc})") from exc


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Serialise read-modify-write of the records between processes (two batches recorded at
    once must not lose one); a no-op where the platform has no fcntl."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = open(path.with_name(f".{path.name}.lock"), "a")  # noqa: SIM115 - held across the yield
    except OSError as exc:
        raise RecordsError(f"{path}: cannot lock the first-sight records ({exc})") from exc
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield
