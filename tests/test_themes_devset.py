"""Quality gate for stage 2 on the development set (issue targets: recall >= 0.7, precision >= 0.6).

Reads ../shared/eval-dev when present; the scanned PDF is left out (OCR is slow).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewsynth.evaluate import evaluate
from reviewsynth.schema import load_cases
from reviewsynth.themes import find_practice_problems

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval-dev"
TEXT_LAYER = ("d01_dhr_ipv_stalking.pdf", "d02_iir_stranger.pdf", "d03_scr_toddler.docx",
              "d04_scr_youth_friend.html", "d06_sar_exclude_neglect.txt")


@pytest.mark.slow
def test_problem_recall_and_precision_on_dev_set() -> None:
    ingest = pytest.importorskip("reviewsynth.ingest")
    if not DEV.is_dir() or not hasattr(ingest, "extract"):
        pytest.skip("development set or ingestion not available")
    gold, pred, texts = [], [], {}
    for name in TEXT_LAYER:
        path = DEV / name
        if not path.is_file():
            continue
        case = load_cases(DEV / f"{path.stem}.gold.json")[0]
        doc = ingest.extract(path)
        texts[doc.sha256] = doc.text
        predicted = case.model_copy(deep=True)
        predicted.practice_problems = find_practice_problems(doc, predicted)
        gold.append(case)
        pred.append(predicted)
    overall = evaluate(pred, gold, texts)["overall"]
    assert overall["problem_recall"] >= 0.7
    assert overall["problem_precision"] >= 0.6
