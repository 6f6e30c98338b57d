"""Orchestration of a run: files -> documents -> cases -> codes -> themes -> tables -> report.

Every document and every coded case is committed to the store as soon as it exists, so a run
killed at any moment and started again skips what is done and duplicates nothing.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from reviewsynth import __version__
from reviewsynth.config import ProjectConfig
from reviewsynth.documents import ExtractedDocument, sha256_file
from reviewsynth.grouping.model import CaseGroup
from reviewsynth.schema import Case, write_cases
from reviewsynth.store import Store

# Bump when the coding engine changes so stored machine codings are refreshed on re-run.
ENGINE_VERSION = f"{__version__}+3"  # +3: practice problems and factors read from the grammar (issue 10)

T = TypeVar("T")
R = TypeVar("R")

# Called with (stage, done, total, label) so the CLI can show progress and the web can poll.
ProgressFn = Callable[[str, int, int, str], None]


@dataclass
class IngestSummary:
    paths: list[str] = field(default_factory=list)  # every readable input path, in order
    sha_by_path: dict[str, str] = field(default_factory=dict)
    new_documents: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    @property
    def documents(self) -> list[str]:
        """Distinct document hashes of this run, in input order."""
        return list(dict.fromkeys(self.sha_by_path[p] for p in self.paths))


@dataclass
class RunResult:
    ingest: IngestSummary
    cases: list[Case]
    outputs: list[Path] = field(default_factory=list)
    coding_errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def errors(self) -> list[tuple[str, str]]:
        return self.ingest.errors + self.coding_errors


def _no_progress(stage: str, done: int, total: int, label: str) -> None:
    return None


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _bounded_map(
    fn: Callable[[T], R], items: Sequence[T], workers: int
) -> Iterator[tuple[T, R | BaseException]]:
    """Apply fn over items in worker processes, yielding (item, result or exception) as each
    finishes, with at most 2 * workers items in flight so memory stays bounded."""
    if workers <= 1 or len(items) <= 1:
        for item in items:
            try:
                yield item, fn(item)
            except Exception as exc:  # noqa: BLE001 - reported per item, the batch goes on
                yield item, exc
        return
    # Worker processes share the cores: each may start only its share of tesseracts.
    os.environ.setdefault("REVIEWSYNTH_OCR_WORKERS", str(max(1, (os.cpu_count() or 1) // workers)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: dict[Future[R], T] = {}
        queue = iter(items)
        for item in queue:
            pending[pool.submit(fn, item)] = item
            if len(pending) >= 2 * workers:
                break
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                item = pending.pop(fut)
                error = fut.exception()
                yield item, (error if error is not None else fut.result())
                nxt = next(queue, None)
                if nxt is not None:
                    pending[pool.submit(fn, nxt)] = nxt


def _extract(path: str) -> ExtractedDocument | str:
    """Extract in a worker; failures come back as a one-line reason (never as an exception
    object, so nothing unpicklable can break the pool)."""
    from reviewsynth.ingest import IngestError, extract

    try:
        return extract(Path(path))
    except IngestError as exc:
        return exc.reason
    except Exception as exc:  # noqa: BLE001 - any failure is reported for this file only
        return f"cannot read document: {type(exc).__name__}: {exc}"


def ingest_inputs(
    store: Store,
    inputs: Sequence[Path],
    *,
    workers: int | None = None,
    progress: ProgressFn = _no_progress,
) -> IngestSummary:
    """Extract every file under the inputs into the store; unreadable files are recorded."""
    from reviewsynth.ingest import IngestError, iter_input_files

    summary = IngestSummary()
    files: list[str] = []
    for inp in inputs:
        try:
            files.extend(str(p) for p in iter_input_files([Path(inp)]))
        except IngestError as exc:
            summary.errors.append((str(inp), exc.reason))
    known = store.document_paths()
    to_extract: list[str] = []
    for path in files:
        try:
            sha = sha256_file(path)
        except OSError as exc:
            summary.errors.append((path, f"cannot read file: {exc.strerror or exc}"))
            continue
        if store.has_document(sha):
            summary.paths.append(path)
            summary.sha_by_path[path] = sha
            if known.get(path) != sha:
                store.add_document_path(path, sha)
        else:
            to_extract.append(path)
    total = len(to_extract)
    progress("ingest", 0, total, "")
    for done, (path, result) in enumerate(_bounded_map(_extract, to_extract, workers or default_workers()), 1):
        if isinstance(result, BaseException | str):
            reason = " ".join(str(getattr(result, "reason", None) or result).split())
            summary.errors.append((path, reason))
            store.record_error(path, reason)
        else:
            if store.add_document(result, path):
                summary.new_documents += 1
            summary.paths.append(path)
            summary.sha_by_path[path] = result.sha256
        progress("ingest", done, total, Path(path).name)
    # Keep input order for a stable case order.
    order = {p: i for i, p in enumerate(files)}
    summary.paths.sort(key=lambda p: order.get(p, 0))
    return summary


def _code_group(args: tuple[CaseGroup, ProjectConfig]) -> Case | str:
    """Code one case in a worker; a failure comes back as a one-line reason."""
    from reviewsynth.coding import code_case
    from reviewsynth.themes import find_practice_problems

    group, config = args
    try:
        case = code_case(group, config)
        if case.included:
            case.practice_problems = find_practice_problems(group.main, case)
    except Exception as exc:  # noqa: BLE001 - one case's failure must not stop the batch
        return " ".join(f"coding failed: {type(exc).__name__}: {exc}".split())
    return case


def group_cases(store: Store, sha256s: Iterable[str]) -> list[CaseGroup]:
    from reviewsynth.grouping import group_documents

    return group_documents(list(store.iter_documents(sha256s)))


def code_groups(
    store: Store,
    groups: Sequence[CaseGroup],
    config: ProjectConfig,
    *,
    workers: int | None = None,
    recode: bool = False,
    progress: ProgressFn = _no_progress,
) -> list[tuple[str, str]]:
    """Code every group not yet coded by this engine version; returns (path, reason) failures."""
    todo: list[CaseGroup] = []
    for g in groups:
        stored = store.get_case(g.case_id)
        if recode or stored is None or stored.engine_version != ENGINE_VERSION:
            todo.append(g)
    failures: list[tuple[str, str]] = []
    total = len(todo)
    progress("coding", 0, total, "")
    items = [(g, config) for g in todo]
    for done, (item, result) in enumerate(_bounded_map(_code_group, items, workers or default_workers()), 1):
        group = item[0]
        if isinstance(result, BaseException | str):
            failures.append((group.main.path, " ".join(str(result).split())))
        else:
            store.save_suggested_case(result, engine_version=ENGINE_VERSION)
        progress("coding", done, total, group.case_id)
    return failures


def apply_themes(store: Store, cases: list[Case]) -> list[Case]:
    """Group practice problems into themes across cases, replaying analysts' theme edits
    (stored by the workbench) so they survive re-runs."""
    from reviewsynth.themes import apply_theme_edits, assign_themes
    from reviewsynth.themes.edits import ThemeEdits

    included = [c for c in cases if c.included]
    if included:
        themes = assign_themes(included)
        saved = store.get_setting("theme_edits")
        if saved:
            apply_theme_edits(themes, ThemeEdits.model_validate(saved), included)
    return cases


def process_paths(
    store: Store,
    inputs: Sequence[Path],
    config: ProjectConfig | None = None,
    *,
    workers: int | None = None,
    recode: bool = False,
    progress: ProgressFn = _no_progress,
) -> tuple[IngestSummary, list[CaseGroup], list[tuple[str, str]]]:
    """Ingest and code inputs into the store (used by `run` and by web uploads)."""
    config = config or ProjectConfig()
    summary = ingest_inputs(store, inputs, workers=workers, progress=progress)
    groups = group_cases(store, summary.documents)
    failures = code_groups(store, groups, config, workers=workers, recode=recode, progress=progress)
    return summary, groups, failures


def run(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    db_url: str | None = None,
    config: ProjectConfig | None = None,
    workers: int | None = None,
    recode: bool = False,
    progress: ProgressFn = _no_progress,
) -> RunResult:
    """`reviewsynth run`: everything from files to the report, for these inputs."""
    config = config or ProjectConfig()
    out_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(db_url)
    try:
        summary, groups, failures = process_paths(
            store, inputs, config, workers=workers, recode=recode, progress=progress
        )
        cases = []
        for g in groups:
            stored = store.get_case(g.case_id)
            if stored is not None:
                cases.append(stored.case)
        cases = apply_themes(store, cases)
        result = RunResult(summary, cases, coding_errors=failures)
        result.outputs = write_run_outputs(result, out_dir, store, config)
        return result
    finally:
        store.close()


def write_run_outputs(result: RunResult, out_dir: Path, store: Store, config: ProjectConfig) -> list[Path]:
    outputs: list[Path] = []
    cases_path = out_dir / "cases.json"
    write_cases(result.cases, cases_path)
    outputs.append(cases_path)
    errors_path = out_dir / "errors.json"
    errors_path.write_text(
        json.dumps([{"path": p, "reason": r} for p, r in result.errors], indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    outputs.append(errors_path)
    outputs.append(_write_screening_csv(result.cases, out_dir / "screening.csv"))
    outputs.extend(_write_texts(store, result.ingest.documents, out_dir / "texts"))
    outputs.extend(_write_report(result, out_dir, config))
    return outputs


def _write_screening_csv(cases: list[Case], path: Path) -> Path:
    from reviewsynth.codebook import load_codebook

    cb = load_codebook()
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "title", "review_type", "area", "published", "decision", "reason",
                    "reason_label", "category", "evidence_quote", "evidence_page", "document"])
        for c in cases:
            s = c.screening
            ev = s.evidence[0] if s and s.evidence else None
            reasons = cb.include_reasons if s and s.decision == "include" else cb.exclude_reasons
            used = next((d.path for d in c.documents if d.used), c.documents[0].path if c.documents else "")
            w.writerow([c.case_id, c.title or "", c.review_type, c.area or "", c.published or "",
                        s.decision if s else "", s.reason if s else "",
                        reasons.label(s.reason) if s else "", c.category or "",
                        ev.quote if ev else "", ev.page if ev and ev.page else "", used])
    return path


def _write_texts(store: Store, sha256s: list[str], folder: Path) -> list[Path]:
    """The extracted text of each document, so quotes can be checked without re-extracting."""
    folder.mkdir(exist_ok=True)
    paths = []
    for doc in store.iter_documents(sha256s):
        p = folder / f"{doc.sha256}.txt"
        p.write_text(doc.text, encoding="utf-8")
        paths.append(p)
    return paths


def screening_flow_inputs(result: RunResult) -> dict[str, Any]:
    found = len(result.ingest.paths)
    return {"found": found, "duplicates_removed": max(0, found - len(result.cases))}


def _write_report(result: RunResult, out_dir: Path, config: ProjectConfig) -> list[Path]:
    from reviewsynth.report import write_outputs
    from reviewsynth.tables import ScreeningFlow, build_tables

    flow_inputs = screening_flow_inputs(result)
    flow = ScreeningFlow.from_cases(result.cases, **flow_inputs)
    ref = Path(config.reference_statistics) if config.reference_statistics else None
    tables = build_tables(result.cases, flow=flow, reference_path=ref)
    return list(write_outputs(tables, result.cases, out_dir, suppress_below=config.suppress_below))
