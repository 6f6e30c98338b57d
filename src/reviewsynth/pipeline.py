"""Orchestration of a run: files -> documents -> cases -> codes -> themes -> tables -> report.

Every document and every coded case is committed to the store as soon as it exists, so a run
killed at any moment and started again skips what is done and duplicates nothing.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from reviewsynth import __version__
from reviewsynth.config import Limits, ProjectConfig
from reviewsynth.documents import ExtractedDocument, sha256_file
from reviewsynth.errors import os_reason, prepare_out_dir
from reviewsynth.grouping.model import CaseGroup
from reviewsynth.results import (
    ReportOptions,
    Results,
    refresh_themes,
    results_from_store,
    save_report_options,
    write_results,
)
from reviewsynth.schema import Case, write_cases
from reviewsynth.store import Store
from reviewsynth.workers import Budget, Failed, WorkerPool

# Bump when the coding engine changes so stored machine codings are refreshed on re-run.
ENGINE_VERSION = f"{__version__}+4"  # +4: grouping on distinctive area words, listing documents; problems and factors from the grammar

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


def budget_of(limits: Limits) -> Budget:
    return Budget(memory_mb=limits.worker_memory_mb, seconds=limits.document_seconds)


def _bounded_map(
    fn: Callable[[T], R], items: Sequence[T], workers: int, budget: Budget
) -> Iterator[tuple[T, R | Failed]]:
    """Apply fn over items in worker processes, one item per worker at a time, each within
    the memory and time budget, yielding (item, result or Failed) as each finishes. A
    worker that dies or overruns fails its item and is replaced. workers=0: in this
    process, without a budget (for debugging)."""
    if workers <= 0:
        for item in items:
            try:
                yield item, fn(item)
            except Exception as exc:  # noqa: BLE001 - reported per item, the batch goes on
                yield item, Failed(" ".join(f"{type(exc).__name__}: {exc}".split()))
        return
    # Worker processes share the cores: each may start only its share of tesseracts, and
    # runs its numeric libraries on one thread (their thread pools would only compete).
    env = {"REVIEWSYNTH_OCR_WORKERS": str(max(1, (os.cpu_count() or 1) // workers)),
           "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    env.update({k: v for k, v in os.environ.items() if k in env and v})  # the user's own win
    with WorkerPool(fn, min(workers, len(items)), budget, env=env) as pool:
        yield from pool.map(items)


def _extract(args: tuple[str, Limits]) -> ExtractedDocument | str:
    """Extract in a worker; failures come back as a one-line reason (never as an exception
    object, so nothing unpicklable can break the pool)."""
    from reviewsynth.ingest import IngestError, extract

    path, limits = args
    try:
        return extract(Path(path), limits=limits)
    except IngestError as exc:
        return exc.reason
    except MemoryError:
        raise  # the worker gives the memory limit as the reason
    except Exception as exc:  # noqa: BLE001 - any failure is reported for this file only
        return f"cannot read document: {type(exc).__name__}: {exc}"


def ingest_inputs(
    store: Store,
    inputs: Sequence[Path],
    *,
    workers: int | None = None,
    progress: ProgressFn = _no_progress,
    limits: Limits | None = None,
) -> IngestSummary:
    """Extract every file under the inputs into the store; unreadable files are recorded,
    in the summary (errors.json) and in the store's error table alike. Only regular files
    are opened: links, FIFOs and devices are told apart with stat first."""
    from reviewsynth.ingest import IngestError, check_input_file, iter_input_files
    from reviewsynth.ingest.ocr import remove_stale_ocr_dirs

    limits = limits or Limits()
    summary = IngestSummary()

    def fail(path: str, reason: str) -> None:
        summary.errors.append((path, reason))
        store.record_error(path, reason)

    files: list[str] = []
    for inp in inputs:
        try:
            files.extend(str(p) for p in iter_input_files([Path(inp)]))
        except IngestError as exc:
            fail(str(inp), exc.reason)
    known = store.document_paths()
    to_extract: list[str] = []
    for path in files:
        try:
            check_input_file(Path(path), limits.max_file_mb)
            sha = sha256_file(path)
        except IngestError as exc:
            fail(path, exc.reason)
            continue
        except OSError as exc:
            fail(path, f"cannot read file: {os_reason(exc)}")
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
    items = [(path, limits) for path in to_extract]
    results = _bounded_map(_extract, items, default_workers() if workers is None else workers,
                           budget_of(limits))
    for done, ((path, _limits), result) in enumerate(results, 1):
        if isinstance(result, Failed | str):
            fail(path, result.reason if isinstance(result, Failed) else " ".join(result.split()))
        else:
            if store.add_document(result, path):
                summary.new_documents += 1
            summary.paths.append(path)
            summary.sha_by_path[path] = result.sha256
        progress("ingest", done, total, Path(path).name)
    remove_stale_ocr_dirs()  # a worker stopped mid-OCR leaves its page images behind
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
    except MemoryError:
        raise  # the worker gives the memory limit as the reason
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
    results = _bounded_map(_code_group, items, default_workers() if workers is None else workers,
                           budget_of(config.limits))
    for done, (item, result) in enumerate(results, 1):
        group = item[0]
        if isinstance(result, Failed):
            failures.append((group.main.path, f"coding failed: {result.reason}"))
        elif isinstance(result, str):
            failures.append((group.main.path, " ".join(result.split())))
        else:
            store.save_suggested_case(result, engine_version=ENGINE_VERSION)
        progress("coding", done, total, group.case_id)
    return failures


def apply_themes(store: Store, cases: list[Case]) -> list[Case]:
    """These cases with their themes as every output shows them: computed from every stored
    case, replaying analysts' theme edits (so they survive re-runs), stored and read back."""
    from reviewsynth.results import current_themes

    by_id = {c.case_id: c for c in current_themes(store).cases}
    return [by_id.get(c.case_id, c) for c in cases]


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
    summary = ingest_inputs(store, inputs, workers=workers, progress=progress, limits=config.limits)
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
    """`reviewsynth run`: everything from files to the report, for these inputs. A missing
    input, an output folder that cannot be written, a bad reference statistics file or a
    database that cannot be opened is a UsageError before any work."""
    from reviewsynth.ingest import check_inputs
    from reviewsynth.tables.reference import load_reference

    config = config or ProjectConfig()
    check_inputs(inputs)
    prepare_out_dir(out_dir)
    if config.reference_statistics:
        load_reference(config.reference_statistics)  # a bad file is said now, not after coding
    store = Store.open(db_url)
    try:
        summary, groups, failures = process_paths(
            store, inputs, config, workers=workers, recode=recode, progress=progress
        )
        save_report_options(store, config)
        refresh_themes(store)
        # This run's cases, counted as the workbench counts the same store.
        results = results_from_store(store, [g.case_id for g in groups], paths=summary.sha_by_path,
                                     options=ReportOptions.from_config(config))
        result = RunResult(summary, results.cases, coding_errors=failures)
        result.outputs = write_run_outputs(result, out_dir, store, results)
        return result
    finally:
        store.close()


def write_run_outputs(result: RunResult, out_dir: Path, store: Store, results: Results) -> list[Path]:
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
    outputs.extend(write_results(results, out_dir))
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
