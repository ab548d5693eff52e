"""Every chart of a plan as files of their own (`main.py export PLAN --charts DIR`).

Why: a consultant puts a chart into slides or an e-mail without the whole document. The
charts are the Service Plan's own (`export.word.document.plan_charts` records its sections),
each written as a PNG at print resolution and as an SVG, atomically, numbered in the order the
document prints them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from export.pdf_output import write_atomically
from export.service_plan.options import ExportOptions
from plan.errors import PlanError

if TYPE_CHECKING:
    from plan.store import PlanStore

#: Dots per inch of the PNG files: sharp in print at the chart's size.
PNG_DPI = 300


def chart_file_bytes(figure: Any, kind: str) -> bytes:
    """A chart as a file of its own: "png" (at print resolution), "svg", or "pdf" (one page
    the chart's size, its text real text in the PDF's fonts, as in the Service Plan)."""
    from export import charts

    if kind == "png":
        return charts.figure_to_png(figure, dpi=PNG_DPI)
    if kind == "svg":
        return charts.figure_to_svg(figure)
    if kind == "pdf":
        from reportlab.graphics import renderPDF

        from export.pdf_text import register_fonts

        drawing = charts.figure_to_drawing(figure, register_fonts())
        data: bytes = renderPDF.drawToString(drawing)
        return data
    raise ValueError(f"a chart is saved as PNG, SVG or PDF, not {kind!r}")


def write_charts(
    store: PlanStore, folder: Path | str, options: ExportOptions | None = None
) -> list[Path]:
    """Write each chart of the plan into `folder` (made if missing) as NN-KEY.png and .svg;
    the files written, in order. PlanError names `folder` when it cannot hold them."""
    from export import charts
    from export.word.document import plan_charts

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise PlanError("is not a folder: the charts are written into a folder", folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlanError(f"cannot be made ({exc.strerror or exc})", folder) from None
    written: list[Path] = []
    for number, (key, build) in enumerate(plan_charts(store, options or ExportOptions()), 1):
        stem = folder / f"{number:02d}-{key}"
        figure = build()
        for path, data in (
            (stem.with_suffix(".png"), charts.figure_to_png(figure, dpi=PNG_DPI)),
            (stem.with_suffix(".svg"), charts.figure_to_svg(figure)),
        ):
            write_atomically(path, data)
            written.append(path)
    return written
