"""One set of results for every output, computed here: `run`, `reviewsynth report`, the
workbench's live results and every export (HTML, XLSX, DOCX, CSV, cases.json) call these
functions, so the same store (or the same cases.json) gives the same numbers everywhere.

- **Cases as outputs show them** (`store_cases`): the stored coding, with the stored themes on
  its practice problems, each document's identical copies (`copies`, for the screening flow)
  and the store's status of the case (`review_status`, for verified versus suggested).
- **Themes are stored** (`refresh_themes`): computed from every stored case and the
  analysts' theme edits, saved through `Store.save_themes`, and read back (`current_themes`)
  by the pipeline and the workbench alike; they are recomputed only when a case or an edit
  changed since (`Store.themes_basis`).
- **Tables** (`build_results`): the screening flow from the cases' documents, the reference
  statistics and small-count suppression of the report options, which `run` stores
  (`save_report_options`) so the workbench uses the run's own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewsynth import __version__
from reviewsynth.config import ProjectConfig
from reviewsynth.schema import Case, PracticeProblem
from reviewsynth.store import Store, StoredCase, StoredThemes, ThemeAssignment
from reviewsynth.tables import ScreeningFlow, TablesFile, build_tables
from reviewsynth.tables.checked import REVIEW_STATUS_FIELD
from reviewsynth.tables.flow import COPIES_FIELD
from reviewsynth.themes.model import LABELLED_SOURCES, THEME_LABEL_FIELD

REPORT_OPTIONS_SETTING = "project_config"  # also read by the upload worker (scope)


@dataclass(frozen=True)
class ReportOptions:
    suppress_below: int = 0
    reference_path: str | None = None  # None: the shipped reference statistics

    @classmethod
    def from_config(cls, config: ProjectConfig) -> ReportOptions:
        ref = config.reference_statistics
        return cls(config.suppress_below, str(Path(ref).resolve()) if ref else None)


@dataclass
class Results:
    cases: list[Case]
    tables: TablesFile
    options: ReportOptions = field(default_factory=ReportOptions)


def build_results(cases: list[Case], options: ReportOptions | None = None) -> Results:
    """The tables of these cases: flow from their documents, reference statistics and
    suppression from the options. Raises DataFileError for a bad reference file."""
    options = options or ReportOptions()
    ref = Path(options.reference_path) if options.reference_path else None
    tables = build_tables(cases, flow=ScreeningFlow.from_cases(cases), reference_path=ref)
    return Results(cases, tables, options)


def write_results(results: Results, out_dir: Path) -> list[Path]:
    from reviewsynth.report import write_outputs  # lazy: charts and office writers

    return write_outputs(results.tables, results.cases, out_dir,
                         suppress_below=results.options.suppress_below)


# -- report options ----------------------------------------------------------------------------


def save_report_options(store: Store, config: ProjectConfig) -> None:
    """Keep the run's scope and report options in the store, for the workbench's results,
    exports and uploads (reference path made absolute: the server runs elsewhere)."""
    options = ReportOptions.from_config(config)
    store.set_setting(REPORT_OPTIONS_SETTING, {
        "areas": list(config.areas), "published_from": config.published_from,
        "published_to": config.published_to, "reference_statistics": options.reference_path,
        "suppress_below": options.suppress_below,
    })


def report_options(store: Store) -> ReportOptions:
    saved = store.get_setting(REPORT_OPTIONS_SETTING) or {}
    return ReportOptions(int(saved.get("suppress_below") or 0), saved.get("reference_statistics"))


# -- cases as every output shows them ----------------------------------------------------------


def store_cases(store: Store, case_ids: Sequence[str] | None = None, *,
                paths: Mapping[str, str] | None = None) -> list[Case]:
    """Stored cases (all, or these) in case id order, as the store lists them, with their
    stored themes, document copies and store status. `paths`: path -> sha256 of the files to
    count copies among (a run's inputs); by default every path the store has seen."""
    state = current_themes(store)
    wanted = set(case_ids) if case_ids is not None else None
    chosen = [s for s in state.stored_cases if wanted is None or s.case.case_id in wanted]
    by_sha: dict[str, list[str]] = {}
    for path, sha in (paths if paths is not None else store.document_paths()).items():
        by_sha.setdefault(sha, []).append(path)
    for entry in chosen:
        setattr(entry.case, REVIEW_STATUS_FIELD, entry.status)
        _set_copies(entry.case, by_sha)
    return [entry.case for entry in chosen]


def _set_copies(case: Case, by_sha: dict[str, list[str]]) -> None:
    for ref in case.documents:
        found = sorted(by_sha.get(ref.sha256, []))
        # One of the paths is the document itself: its own, or else the first.
        copies = [p for p in found if p != ref.path] if ref.path in found else found[1:]
        if copies:
            setattr(ref, COPIES_FIELD, copies)
        elif ref.__pydantic_extra__ is not None:
            ref.__pydantic_extra__.pop(COPIES_FIELD, None)


def _set_themes(case: Case, assigned: dict[tuple[str, str], ThemeAssignment]) -> None:
    for problem in case.practice_problems:
        found = assigned.get((case.case_id, _problem_id(case, problem)))
        if found is None:
            continue
        problem.theme = found.theme
        if found.source in LABELLED_SOURCES:
            setattr(problem, THEME_LABEL_FIELD, found.label)
        elif problem.__pydantic_extra__ is not None:
            problem.__pydantic_extra__.pop(THEME_LABEL_FIELD, None)


def _problem_id(case: Case, problem: PracticeProblem) -> str:
    from reviewsynth.themes import problem_id

    return problem_id(case, problem)


def results_from_store(store: Store, case_ids: Sequence[str] | None = None, *,
                       paths: Mapping[str, str] | None = None,
                       options: ReportOptions | None = None) -> Results:
    """The results of the store (or of these cases): the workbench's live results and
    exports, and `run`'s outputs."""
    cases = store_cases(store, case_ids, paths=paths)
    return build_results(cases, options if options is not None else report_options(store))


# -- themes, stored ------------------------------------------------------------------------------


@dataclass
class ThemeState:
    stored: StoredThemes
    stored_cases: list[StoredCase]  # every stored case, its problems carrying their themes
    themes: list[Any]  # reviewsynth.themes.Theme, ranked per category

    @property
    def cases(self) -> list[Case]:
        return [s.case for s in self.stored_cases]


def _basis_salt() -> str:
    """Themes change with the taxonomy and the tool's version, not only with the cases."""
    from reviewsynth.themes.taxonomy import default_taxonomy_path

    taxonomy = hashlib.sha256(Path(default_taxonomy_path()).read_bytes()).hexdigest()
    return f"{__version__}:{taxonomy}"


def refresh_themes(store: Store) -> ThemeState:
    """Compute themes from every stored case and the stored edits, save them, return them."""
    from reviewsynth.themes import ThemeEdits, assign_themes
    from reviewsynth.themes.edits import apply_theme_edits_verbose

    basis = store.themes_basis(_basis_salt())  # read first: a change meanwhile makes it stale
    stored_cases = store.list_cases()
    cases = [s.case for s in stored_cases]
    included = [c for c in cases if c.included]
    edits = ThemeEdits.model_validate(store.theme_edits() or {})
    result = apply_theme_edits_verbose(assign_themes(included) if included else [], edits, included)
    assignments = [ThemeAssignment(m.case_id, m.problem_id, t.id, t.label, t.source, t.category)
                   for t in result.themes for m in t.members]
    stored = StoredThemes(basis, assignments, dict(result.skipped))
    store.save_themes(basis, assignments, stored.skipped)
    return ThemeState(stored, stored_cases, result.themes)


def current_themes(store: Store) -> ThemeState:
    """The stored themes, read back (and refreshed first when a case or an edit changed)."""
    stored = store.stored_themes()
    if stored is None or stored.basis != store.themes_basis(_basis_salt()):
        return refresh_themes(store)
    stored_cases = store.list_cases()
    themes = themes_from_assignments(stored.assignments, [s.case for s in stored_cases])
    return ThemeState(stored, stored_cases, themes)


def themes_from_assignments(assignments: Iterable[ThemeAssignment], cases: list[Case]) -> list[Any]:
    """Theme objects (members, quotes, agencies, ranks) rebuilt from stored assignments."""
    from reviewsynth.themes import Theme, ThemeMember
    from reviewsynth.themes.model import rank_themes

    problems = {(c.case_id, _problem_id(c, p)): (c, p) for c in cases for p in c.practice_problems}
    themes: dict[tuple[str | None, str], Theme] = {}
    for a in assignments:
        found = problems.get((a.case_id, a.problem_id))
        if found is None:
            continue
        case, problem = found
        theme = themes.setdefault((a.category, a.theme), Theme(a.theme, a.label, a.category, source=a.source))
        factors = [f["factor"] for f in getattr(problem, "systemic_factors", []) or []
                   if isinstance(f, dict) and f.get("factor")]
        theme.members.append(ThemeMember(
            problem_id=a.problem_id, case_id=case.case_id, text=problem.text, agency=problem.agency,
            agencies=list(getattr(problem, "agencies", []) or []), evidence=list(problem.evidence),
            systemic_factors=factors))
        _set_themes(case, {(a.case_id, a.problem_id): a})
    return rank_themes(list(themes.values()))
