"""Evaluation of predicted against gold codings, and agreement statistics for double coding."""

from reviewsynth.evaluate.agreement import (
    codings_to_units,
    cohens_kappa,
    krippendorff_alpha,
    match_people,
    percent_agreement,
)
from reviewsynth.evaluate.core import evaluate, match_cases
from reviewsynth.evaluate.report import format_report
from reviewsynth.evaluate.texts import load_texts_for

__all__ = [
    "codings_to_units",
    "cohens_kappa",
    "evaluate",
    "format_report",
    "krippendorff_alpha",
    "load_texts_for",
    "match_cases",
    "match_people",
    "percent_agreement",
]
