"""Live results laid out as report.html lays them out: the report package's model (sections,
grids, notes, charts) built from the current coding, with each count linked to the route
that opens its cases and quotes. Nothing here re-implements the report's presentation."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from markupsafe import Markup

from reviewsynth.report import build_report_model
from reviewsynth.report.charts import flow_svg, to_svg
from reviewsynth.report.document import Block, ReportModel, Section, Verification
from reviewsynth.report.limitations import Limitation
from reviewsynth.report.present import ref_targets
from reviewsynth.schema import Case
from reviewsynth.tables.model import Cell, Row, Table, TablesFile

OVERVIEW = "overview"


@dataclass(frozen=True)
class CellView:
    text: str
    numeric: bool
    url: str | None  # opens the cases and quotes behind the count


@dataclass(frozen=True)
class Figure:
    svg: Markup
    caption: str


@dataclass
class BlockView:
    anchor: str
    table_id: str
    dom_id: str  # t-<table>-<category or all>, stable for links and tests
    title: str
    headers: list[str]
    rows: list[tuple[str | None, list[CellView]]]  # (row key of the first count, cells)
    note: str
    figures: list[Figure] = field(default_factory=list)


@dataclass(frozen=True)
class NavItem:
    anchor: str
    title: str
    case_count: int | None


@dataclass
class ResultsView:
    nav: list[NavItem]
    current: NavItem
    blocks: list[BlockView]
    limitations: list[Limitation]
    case_count: int
    verification: Verification
    suppress_below: int = 0


def open_url(table: Table, target: Row | Cell) -> str:
    """The drill-down link of one count: by table, category and row key (or cell), not by a
    position, so a link stays right while others code."""
    query = {"table": table.id, "category": table.category or ""}
    if isinstance(target, Cell):
        query.update(key=target.context, type=target.type)
    else:
        query["key"] = target.key
    return "/results/open?" + urlencode(query)


def _block_view(block: Block, index: int, model: ReportModel) -> BlockView:
    targets = ref_targets(block.table, index)
    rows: list[tuple[str | None, list[CellView]]] = []
    for line in block.grid.rows:
        key = None
        cells = []
        for cell in line:
            target = targets.get(cell.ref) if cell.ref else None
            if isinstance(target, Row) and key is None:
                key = target.key
            url = open_url(block.table, target) if target is not None and target.cases else None
            cells.append(CellView(cell.text, cell.numeric, url))
        rows.append((key, cells))
    figures = [Figure(Markup(to_svg(chart)), chart.title) for chart in block.charts if not chart.empty]
    if block.table.id == "screening_flow" and model.flow:
        figures.insert(0, Figure(Markup(flow_svg(model.flow, model.flow_side, model.flow_side_at)),
                                 "Screening flow diagram"))
    table = block.table
    return BlockView(block.anchor, table.id, f"t-{table.id}-{table.category or 'all'}", table.title,
                     block.grid.headers, rows, block.note, figures)


def _nav(model: ReportModel) -> list[NavItem]:
    return [NavItem(OVERVIEW, model.overview.title, model.case_count),
            *(NavItem(s.anchor, s.title, s.case_count) for s in model.categories)]


def results_view(tables: TablesFile, cases: list[Case], section: str | None, *,
                 suppress_below: int = 0) -> ResultsView | None:
    """One section of the report (across categories, or one category); None: no such section."""
    model = build_report_model(tables, cases, suppress_below=suppress_below)
    index_of = {id(t): i for i, t in enumerate(tables.tables)}  # grids' reference ids use it
    wanted = section or OVERVIEW
    chosen: Section | None = model.overview if wanted == OVERVIEW else next(
        (s for s in model.categories if s.anchor == wanted), None)
    if chosen is None:
        return None
    nav = _nav(model)
    current = next(n for n in nav if n.anchor == wanted)
    blocks = [_block_view(b, index_of[id(b.table)], model) for b in chosen.blocks]
    limitations = model.limitations if chosen is model.overview else chosen.limitations
    return ResultsView(nav, current, blocks, limitations, model.case_count, model.verification,
                       suppress_below)
