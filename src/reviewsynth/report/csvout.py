"""One CSV per table: `csv/<table_id>[_<category>].csv`, cells as the report shows them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reviewsynth.report.document import Block

MATRIX_TABLES = {"information_levels", "reviews_by_category"}


def csv_name(block: Block) -> str:
    table = block.table
    return f"{table.id}_{table.category}.csv" if table.category else f"{table.id}.csv"


def write_csv(block: Block, folder: Path, include_keys: bool = True) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    grid = block.grid
    # Matrices (contexts, information levels, reviews by category) have no one key per line.
    keyed = include_keys and block.table.id not in MATRIX_TABLES \
        and not block.table.id.endswith("_contexts") and len(grid.rows) == len(block.table.rows)
    writer.writerow((["key"] if keyed else []) + grid.headers)
    for i, line in enumerate(grid.rows):
        key = [block.table.rows[i].key] if keyed else []
        writer.writerow(key + [cell.text for cell in line])
    writer.writerow([])
    writer.writerow([block.note])
    path = folder / csv_name(block)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path
