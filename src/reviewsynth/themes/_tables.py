"""Tables as stage 2 reads them.

Two document shapes put a review's judgement in table cells:

- **Grid tables drawn in text** ("+-----+-----+" borders, "| ... | ... |" lines), whose cells
  wrap over several lines: a sentence of a cell is spread over lines that also hold the other
  columns. `reflow_grid_tables` rewrites each such table as one pipe row per table row (each
  cell's lines joined), keeping a map back to the original offsets so that every quote is
  still the document's own words (`Reflowed.original_span`: the lines a sentence of a wrapped
  cell runs over).
- **A table setting what happened beside the review's view of it** ("Event | What happened |
  Our view", "What happened | What we learned"): the view column judges, the fact columns do
  not (`judging_cells`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from reviewsynth.ingest.clean import grid_table_blocks  # the tables ingest keeps line for line

_BORDER = re.compile(r"^[ \t]*\+(?:[-=]+\+){2,}[ \t]*$")


@dataclass(frozen=True)
class Reflowed:
    """A text with its grid tables rewritten as pipe rows, and the way back."""

    text: str
    segments: tuple[tuple[int, int, int], ...]  # (new start, original start, length), sorted

    def original(self, offset: int) -> int:
        """The original offset of a character of the reflowed text (kept or copied)."""
        i = max(0, bisect.bisect_right([s[0] for s in self.segments], offset) - 1)
        new, orig, length = self.segments[i]
        return orig + min(max(offset - new, 0), max(length - 1, 0))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of text[start:end]: from its first character to its last, so a
        sentence of a wrapped cell is quoted with the lines it runs over (verbatim, whatever
        the other columns put between)."""
        return self.original(start), self.original(max(start, end - 1)) + 1


def _columns(border: str) -> list[tuple[int, int]]:
    """(start, end) offsets within a line of each column, from a border line's '+' marks."""
    marks = [i for i, ch in enumerate(border) if ch == "+"]
    return [(a + 1, b) for a, b in zip(marks, marks[1:], strict=False)]


def reflow_grid_tables(text: str) -> Reflowed | None:
    """The text with each grid table as pipe rows ("cell | cell"), or None when it has none."""
    lines, cursor = [], 0
    for line in text.split("\n"):
        lines.append((cursor, line))
        cursor += len(line) + 1
    blocks = grid_table_blocks([line for _o, line in lines])
    if not blocks:
        return None
    out: list[str] = []
    segments: list[tuple[int, int, int]] = []
    size = 0

    def copy(orig: int, piece: str) -> None:
        nonlocal size
        segments.append((size, orig, len(piece)))
        out.append(piece)
        size += len(piece)

    done = 0  # original offset copied up to
    for first, last in blocks:
        start = lines[first][0]
        copy(done, text[done:start])
        columns = _columns(lines[first][1])
        row: list[list[tuple[int, str]]] = [[] for _ in columns]
        for offset, line in lines[first + 1:last + 1]:
            if _BORDER.match(line):
                if any(row):
                    _emit_row(row, copy)
                row = [[] for _ in columns]
                continue
            for k, (a, b) in enumerate(columns):
                cell = line[a:b]
                words = cell.strip()
                if words and "|" not in words:
                    row[k].append((offset + a + len(cell) - len(cell.lstrip()), words))
        end = lines[last][0] + len(lines[last][1])
        done = end
    copy(done, text[done:])
    return Reflowed("".join(out), tuple(segments))


def _emit_row(row: list[list[tuple[int, str]]], copy: Callable[[int, str], None]) -> None:
    """One pipe row: each cell's line fragments joined by single spaces, cells by ' | '."""
    for k, cell in enumerate(row):
        if k:
            copy(cell[0][0] if cell else 0, " | ")
        for n, (orig, words) in enumerate(cell):
            if n:
                copy(orig, " ")
            copy(orig, words)
    copy(row[-1][-1][0] if row[-1] else 0, "\n")


_CELL_SPLIT = re.compile(r"[ \t]+\|[ \t]+")
# The rule under a Markdown table's header ("|---|:---:|"): no row of the table, and no end of it.
_MARKDOWN_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$")


@dataclass(frozen=True)
class Cell:
    kind: str  # the judging kind of its column
    start: int
    end: int
    label: str  # the row's fact cells ("Safeguarding children"): what the view is about


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    line = text[start:end]
    spans, cursor = [], 0
    body = line.strip().strip("|")
    lead = line.find(body) if body else 0
    for m in _CELL_SPLIT.finditer(body):
        spans.append((start + lead + cursor, start + lead + m.start()))
        cursor = m.end()
    spans.append((start + lead + cursor, start + lead + len(body)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())) for s, e in spans]


def judging_cells(text: str, column_kind: Callable[[str], str | None],
                  fact_column: Callable[[str], bool]) -> tuple[list[Cell], list[tuple[int, int]]]:
    """Cells of the judging columns of tables that set facts beside a view ("What happened |
    Our view"), and the spans of those tables' rows. `column_kind(header)` gives a judging
    kind or None; `fact_column(header)` says whether a header names facts."""
    cells: list[Cell] = []
    rows: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(lines):
        s, e = lines[i]
        header = _cells(text, s, e)
        if len(header) < 2 or "|" not in text[s:e]:
            i += 1
            continue
        names = [text[a:b] for a, b in header]
        kinds = [column_kind(n) for n in names]
        if not any(kinds) or not any(fact_column(n) for n in names):
            i += 1
            continue
        j = i + 1
        if j < len(lines) and _MARKDOWN_RULE.fullmatch(text, *lines[j]):
            rows.append(lines[j])
            j += 1
        while j < len(lines) and len(found := _cells(text, *lines[j])) == len(header) and "|" in text[slice(*lines[j])]:
            rows.append(lines[j])
            # What the view is about: the row's other cells ("12/05/2022 | Trust | Misses his
            # depot"), which name the agency a view of a failing leaves unnamed ("Not escalated").
            label = " | ".join(text[a:b] for k, (a, b) in zip(kinds, found, strict=True) if not k and b > a)
            cells += [Cell(k, a, b, label) for k, (a, b) in zip(kinds, found, strict=True) if k and b > a]
            j += 1
        rows.append(lines[i])
        i = j
    return cells, rows
