"""The Service Plan as an editable Word document (.docx), for a consultant to hand over.

The same document as the PDF (`export.service_plan`): the same sections are built by the
same section code from the same typed model (`plan.figures`), so no figure is computed or
worded twice. Only the last step differs: where the PDF lays the story out with reportlab,
`WordDocument` records it as neutral blocks (a heading, a paragraph in a named style, a
table of texts, a chart's figure builder, the key-figure cards) and writes them with
python-docx: headings as Word's heading styles (the navigation pane and the contents field
work), native tables, charts as high-resolution PNG pictures drawn by the same matplotlib
builders, the plan's language set on the text, and an East Asian font for Chinese.

python-docx and matplotlib are imported inside the functions that need them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from export.pdf_output import check_target, write_atomically
from export.service_plan.options import ExportOptions, Progress

if TYPE_CHECKING:
    from plan.store import PlanStore

__all__ = ["FORMATS", "format_for", "render_word_plan", "write_word_plan"]

#: The formats a Service Plan can be written in, by the extension that names them.
FORMATS: dict[str, str] = {".pdf": "pdf", ".docx": "docx"}


def format_for(path: Path | str, chosen: str | None = None) -> str:
    """The format to write `path` in: `chosen` when given, else its extension's (PDF by
    default, as before Word documents existed)."""
    if chosen:
        return chosen
    return FORMATS.get(Path(path).suffix.lower(), "pdf")


def write_word_plan(
    store: PlanStore,
    out: Path | str,
    options: ExportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the plan's Service Plan to `out` as a Word document, atomically (as the PDF)."""
    out = Path(out)
    check_target(out, "the Service Plan", store.path)
    data = render_word_plan(store, options, progress=progress, cancelled=cancelled)
    write_atomically(out, data)


def render_word_plan(
    store: PlanStore,
    options: ExportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The Service Plan as .docx bytes; `progress` and `cancelled` as for the PDF."""
    from export.word.document import render

    return render(store, options or ExportOptions(), progress=progress, cancelled=cancelled)
