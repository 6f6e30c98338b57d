"""Document texts for grounding and problem matching in `reviewsynth evaluate`."""

from __future__ import annotations

from pathlib import Path

from reviewsynth.schema import Case


def load_texts_for(pred_path: Path, cases: list[Case]) -> dict[str, str]:
    """Texts of the documents the cases cite, keyed by sha256.

    The pipeline writes `texts/<sha256>.txt` next to `cases.json`; those are used first.
    Documents without a stored text are re-extracted from their recorded path when ingestion
    is available; any that cannot be read are simply left out (evaluate reports them).
    """
    pred_path = Path(pred_path)
    folder = (pred_path if pred_path.is_dir() else pred_path.parent) / "texts"
    wanted: dict[str, str] = {}
    for case in cases:
        for doc in case.documents:
            wanted.setdefault(doc.sha256, doc.path)
    texts: dict[str, str] = {}
    for sha, doc_path in wanted.items():
        stored = folder / f"{sha}.txt"
        if stored.is_file():
            texts[sha] = stored.read_text(encoding="utf-8")
            continue
        text = _reextract(doc_path, pred_path)
        if text is not None:
            texts[sha] = text
    return texts


def _reextract(doc_path: str, pred_path: Path) -> str | None:
    try:
        from reviewsynth.ingest import extract  # type: ignore[attr-defined]
    except ImportError:  # ingestion not installed or not built yet
        return None
    candidates = [Path(doc_path)]
    if not Path(doc_path).is_absolute():
        candidates.append((pred_path if pred_path.is_dir() else pred_path.parent) / doc_path)
    for path in candidates:
        if path.is_file():
            try:
                return str(extract(path).text)
            except Exception:  # noqa: BLE001 - an unreadable document only loses its grounding check
                return None
    return None
