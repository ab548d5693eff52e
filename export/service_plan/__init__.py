"""The Service Plan: the printable document a consultant hands to a client (A4 or Letter, PDF).

What it holds, in the method's order (docs/methodology.md §8 The Service Plan document): a
cover, the contents, a one-page executive summary, one section per step that has
data, and an appendix. A step with no data is left out of the body and named as not assessed in
the summary, never filled with zeros.

How it is built, and why:
- The figures come from `plan.figures.read_figures`, the typed model `main.py report --json`
  serializes, so the paper and the numbers a consultant scripts can never disagree.
- Charts are the on-screen previews' figures (`export.charts`), drawn as vector shapes with
  their text as text in the document's fonts (`export.chart_drawing`): sharp in print, and
  searchable.
- All text reaches reportlab through `export.pdf_text` (escaped; split into runs per script,
  each in an embedded TrueType font), the contents and the PDF outline included.
- One layout pass: the numbers known only at the end (each heading's page in the contents, the
  page count in "page X of Y") are PDF forms that the pages refer to and that are drawn just
  before the PDF is saved, so nothing is laid out twice.
- The PDF is built in memory and written atomically (`export.pdf_output`).

reportlab and matplotlib are imported inside the functions that need them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from export.pdf_output import check_target, write_atomically
from export.pdf_text import register_fonts
from export.service_plan.data import _PlanData
from export.service_plan.document import _Document
from export.service_plan.options import (
    _COLOR,
    DEFAULT_ACCENT,
    PAPERS,
    SECTIONS,
    Branding,
    ExportCancelled,
    ExportOptions,
    NothingToPrintError,
    Progress,
)
from export.service_plan.texts import _load_texts
from plan import LANGUAGES
from plan.errors import InvalidValueError

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from plan.store import PlanStore

__all__ = [
    "DEFAULT_ACCENT",
    "PAPERS",
    "SECTIONS",
    "Branding",
    "ExportCancelled",
    "ExportOptions",
    "NothingToPrintError",
    "Progress",
    "render_service_plan",
    "sections_with_data",
    "write_service_plan",
]


def _check_options(options: ExportOptions, language: str) -> None:
    if language not in LANGUAGES:
        raise InvalidValueError("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
    if options.paper not in PAPERS:
        raise InvalidValueError("paper", f"{options.paper!r} is not one of {', '.join(PAPERS)}")
    unknown = sorted(set(options.sections) - set(SECTIONS))
    if unknown:
        raise InvalidValueError("sections", f"no such section: {', '.join(unknown)}")
    if not _COLOR.match(options.branding.accent):
        raise InvalidValueError(
            "accent", f"{options.branding.accent!r} is not a colour like #1F4E5F"
        )


def write_service_plan(
    store: PlanStore,
    out: Path | str,
    options: ExportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the plan's Service Plan to `out` as a PDF, atomically.

    Raises `PlanError` naming `out` when it cannot be written (checked before any work),
    `ExportCancelled` when `cancelled()` turns true; either way an existing `out` is left as
    it was and no temporary file remains.
    """
    out = Path(out)
    check_target(out, "the Service Plan", store.path)
    data = render_service_plan(store, options, progress=progress, cancelled=cancelled)
    write_atomically(out, data)


def render_service_plan(
    store: PlanStore,
    options: ExportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The Service Plan as PDF bytes.

    `store` is only read; a worker thread passes its own `PlanStore.detached_copy()`.
    `progress(done, total, section)` is called as the work advances; `cancelled()` is polled
    between pieces of work and ends it with `ExportCancelled`.
    """
    options = options or ExportOptions()
    language = options.language or store.language()
    _check_options(options, language)
    sections = [s for s in SECTIONS if s in options.sections]
    total = len(sections) + 2  # reading the plan, the sections, the layout

    def advance(done: int, what: str) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total, what)

    advance(0, "plan")
    plan = _PlanData.read(store)
    check_printable(plan, sections, store)
    fonts = register_fonts()
    document = _Document(plan, _load_texts(language), fonts, options)
    story: list[Flowable] = document.cover()
    for number, section in enumerate(sections, start=1):
        advance(number, section)
        story.extend(document.section(section))
    advance(len(sections) + 1, "layout")
    pdf = document.build(story, cancelled)
    advance(total, "done")
    return pdf


def check_printable(plan: _PlanData, sections: list[str], store: PlanStore) -> None:
    """Raise NothingToPrintError when none of `sections` would print (the summary always
    does, and so do the consultant's own words): say so rather than write a cover and an empty
    contents page."""
    own = plan.own_words

    def prints(section: str) -> bool:
        return (
            section == "summary"
            or plan.has(section)
            or bool(own.text(section))
            or bool(own.after(section))
        )

    if not any(prints(section) for section in sections):
        raise NothingToPrintError(
            f"nothing to print: the plan has no data for {', '.join(sections)}", store.path
        )


def sections_with_data(store: PlanStore) -> frozenset[str]:
    """The sections that would print (the others are left out, or "not assessed")."""
    plan = _PlanData.read(store)
    return frozenset(section for section in SECTIONS if plan.has(section))
