"""Analyst edits to themes (rename, merge, split, re-assign) that survive re-runs.

Edits are stored as data, not applied to stored results: every run recomputes the machine
themes and then replays the edits in order. They refer to themes by id and to problems by
their stable `problem_id` (document hash + the sentence stating the problem), so they keep
their meaning when the pipeline runs again. Edits whose targets no longer exist are skipped
and reported.

File format (`theme_edits.json`):

    {"schema": "reviewsynth.theme_edits/1", "edits": [
      {"op": "rename", "theme": "marac", "label": "MARAC referrals and plans"},
      {"op": "rename", "theme": "marac", "category": "adult_family_violence", "label": "..."},
      {"op": "merge", "themes": ["risk_assessment", "missing_episodes"], "into": "risk_assessment",
       "label": "optional new label"},
      {"op": "split", "theme": "schools", "new_theme": "part_time_timetables",
       "label": "Part-time timetables", "problems": ["<problem_id>", ...]},
      {"op": "reassign", "problem": "<problem_id>", "theme": "information_sharing"}
    ]}

A `category` on a rename or merge limits it to that category's themes (themes are built per
category, and an analyst working on one category's lines of enquiry renames only those).

Written back to the cases: each problem's `theme` (the theme id), and `theme_label` (the
label to show) on problems whose theme an analyst renamed, merged or split, or that the
clustering discovered; problems of an untouched taxonomy theme carry no `theme_label`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from reviewsynth.schema import Case
from reviewsynth.themes.assign import problem_id
from reviewsynth.themes.model import Theme, rank_themes, set_theme_label

EDITS_SCHEMA = "reviewsynth.theme_edits/1"


class ThemeEdit(BaseModel):
    model_config = ConfigDict(extra="allow")

    op: Literal["rename", "merge", "split", "reassign"]
    theme: str | None = None  # rename, split, reassign (target)
    label: str | None = None  # rename, merge (optional), split (label of the new theme)
    themes: list[str] = Field(default_factory=list)  # merge: the themes merged
    into: str | None = None  # merge: the surviving id
    new_theme: str | None = None  # split: the id of the new theme
    problems: list[str] = Field(default_factory=list)  # split: problem ids moved
    problem: str | None = None  # reassign: the problem id moved
    category: str | None = None  # rename, merge: only this category's themes (all when None)
    user: str | None = None  # who made the edit (audit)
    at: str | None = None  # when (ISO 8601)


class ThemeEdits(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)

    schema_: str = Field(default=EDITS_SCHEMA, alias="schema")
    edits: list[ThemeEdit] = Field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path) -> ThemeEdits:
        p = Path(path)
        if not p.is_file():
            return cls()
        return cls.model_validate(json.loads(p.read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.model_dump(by_alias=True, exclude_none=True),
                                         indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    def add(self, edit: ThemeEdit | dict[str, Any]) -> None:
        self.edits.append(edit if isinstance(edit, ThemeEdit) else ThemeEdit.model_validate(edit))


@dataclass
class EditResult:
    themes: list[Theme]
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (edit index, why)


def apply_theme_edits(themes: list[Theme], edits: ThemeEdits | list[ThemeEdit] | None,
                      cases: list[Case] | None = None) -> list[Theme]:
    """Replay analyst edits over freshly computed themes; update the cases' problem themes."""
    return apply_theme_edits_verbose(themes, edits, cases).themes


def apply_theme_edits_verbose(themes: list[Theme], edits: ThemeEdits | list[ThemeEdit] | None,
                              cases: list[Case] | None = None) -> EditResult:
    items = edits.edits if isinstance(edits, ThemeEdits) else list(edits or [])
    result = EditResult(themes=list(themes))
    for i, edit in enumerate(items):
        why = _APPLY[edit.op](result, edit)
        if why:
            result.skipped.append((i, why))
    result.themes = rank_themes([t for t in result.themes if t.members])
    if cases is not None:
        _write_back(result.themes, cases)
    return result


def _with_id(result: EditResult, theme_id: str | None, category: str | None = None) -> list[Theme]:
    """Themes with this id (one per category), in `category` only when one is given."""
    return [t for t in result.themes if t.id == theme_id and (category is None or t.category == category)]


def _rename(result: EditResult, edit: ThemeEdit) -> str | None:
    targets = _with_id(result, edit.theme, edit.category)
    if not targets or not edit.label:
        return f"rename: no theme {edit.theme!r} or no label"
    for t in targets:
        t.label, t.source = edit.label, "analyst"
    return None


def _merge(result: EditResult, edit: ThemeEdit) -> str | None:
    into = edit.into or (edit.themes[0] if edit.themes else None)
    sources = [t for t in result.themes if t.id in edit.themes and t.id != into
               and (edit.category is None or t.category == edit.category)]
    if into is None or not (sources or _with_id(result, into, edit.category)):
        return f"merge: none of {edit.themes!r} exists"
    for src in sources:
        target = _target(result, into, src.category, edit.label or src.label)
        target.members.extend(src.members)
        src.members = []
    for t in _with_id(result, into, edit.category):
        if edit.label:
            t.label = edit.label
        t.source = "analyst"
    return None


def _target(result: EditResult, theme_id: str, category: str | None, label: str) -> Theme:
    """The theme `theme_id` in `category`, created when that category does not have it yet."""
    for t in result.themes:
        if t.id == theme_id and t.category == category:
            return t
    known = next((t for t in result.themes if t.id == theme_id), None)
    theme = Theme(theme_id, known.label if known else label, category,
                  known.description if known else "", source="analyst")
    result.themes.append(theme)
    return theme


def _move(result: EditResult, pids: set[str], theme_id: str, label: str) -> int:
    moved = 0
    for t in list(result.themes):
        keep = []
        for m in t.members:
            if m.problem_id in pids and t.id != theme_id:
                _target(result, theme_id, t.category, label).members.append(m)
                moved += 1
            else:
                keep.append(m)
        t.members = keep
    return moved


def _split(result: EditResult, edit: ThemeEdit) -> str | None:
    if not edit.new_theme or not _with_id(result, edit.theme):
        return f"split: no theme {edit.theme!r} or no new theme id"
    in_theme = {m.problem_id for t in _with_id(result, edit.theme) for m in t.members}
    pids = set(edit.problems) & in_theme
    if not pids:
        return "split: none of the listed problems is in the theme"
    _move(result, pids, edit.new_theme, edit.label or edit.new_theme)
    return None


def _reassign(result: EditResult, edit: ThemeEdit) -> str | None:
    if not edit.problem or not edit.theme:
        return "reassign: problem and theme are required"
    known = next((t for t in result.themes if t.id == edit.theme), None)
    moved = _move(result, {edit.problem}, edit.theme, known.label if known else edit.theme)
    return None if moved or any(m.problem_id == edit.problem for t in _with_id(result, edit.theme)
                                for m in t.members) else f"reassign: no problem {edit.problem!r}"


_APPLY = {"rename": _rename, "merge": _merge, "split": _split, "reassign": _reassign}


def _write_back(themes: list[Theme], cases: list[Case]) -> None:
    """Make each problem's `theme` (and `theme_label`) agree with the edited themes."""
    theme_of = {m.problem_id: t for t in themes for m in t.members}
    for case in cases:
        for problem in case.practice_problems:
            theme = theme_of.get(problem_id(case, problem))
            if theme is not None:
                problem.theme = theme.id
                set_theme_label(problem, theme)

