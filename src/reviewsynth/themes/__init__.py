"""Stage 2: practice problems the reviews name, grouped into systemic themes."""

from reviewsynth.themes.assign import UNASSIGNED, assign_themes, lines_of_enquiry, problem_id
from reviewsynth.themes.edits import ThemeEdit, ThemeEdits, apply_theme_edits
from reviewsynth.themes.model import Theme, ThemeMember
from reviewsynth.themes.problems import find_practice_problems, find_recommendations
from reviewsynth.themes.taxonomy import load_taxonomy, resolve_theme

__all__ = [
    "UNASSIGNED",
    "Theme",
    "ThemeEdit",
    "ThemeEdits",
    "ThemeMember",
    "apply_theme_edits",
    "assign_themes",
    "find_practice_problems",
    "find_recommendations",
    "lines_of_enquiry",
    "load_taxonomy",
    "problem_id",
    "resolve_theme",
]
