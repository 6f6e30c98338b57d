"""report.html: one self-contained page (inline CSS, JS and SVG; no network)."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from reviewsynth.report.charts import flow_svg, to_svg
from reviewsynth.report.document import ReportModel


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # Autoescape everything: quotes come from untrusted documents.
    return Environment(
        loader=PackageLoader("reviewsynth.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(model: ReportModel) -> str:
    # The SVG strings are built by charts.py with every text escaped, so they are Markup.
    svgs = {
        chart.chart_id: Markup(to_svg(chart))
        for section in model.categories
        for block in section.blocks
        for chart in block.charts
        if not chart.empty
    }
    flow = Markup(flow_svg(model.flow, model.flow_side, model.flow_side_at)) if model.flow else Markup("")
    template = _environment().get_template("report.html.j2")
    return template.render(model=model, svgs=svgs, flow_svg=flow)
