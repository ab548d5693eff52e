"""The Service Plan: the printable document a consultant hands to a client (A4 or Letter, PDF).

What it holds, in the method's order (docs/methodology.md §8 The Service Plan document): a
cover, the contents, a one-page executive summary, one section per step that has
data, and an appendix. A step with no data is left out of the body and named as not assessed in
the summary, never filled with zeros.

How it is built, and why:
- The figures come from `plan.figures.read_figures`, the typed model `main.py report --json`
  serializes, so the paper and the numbers a consultant scripts can never disagree.
- Charts are the on-screen previews' figures (`export.charts`), drawn as vector shapes with
  text as outlines (`export.chart_drawing`): sharp in print, and needing no font in the PDF.
- All text reaches reportlab through `export.pdf_text` (escaped; split into runs per script,
  each in an embedded TrueType font), the contents and the PDF outline included.
- One layout pass: the numbers known only at the end (each heading's page in the contents, the
  page count in "page X of Y") are PDF forms that the pages refer to and that are drawn just
  before the PDF is saved, so nothing is laid out twice.
- The PDF is built in memory and written atomically (`export.pdf_output`).

reportlab and matplotlib are imported inside the functions that need them.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from export import charts
from export.pdf_output import check_target, logo_reader, write_atomically
from export.pdf_text import (
    FontSet,
    clean_text,
    draw_text,
    is_cjk,
    markup,
    register_fonts,
    table_style,
    text_width,
)
from plan import LANGUAGES
from plan.content import CONTENT_DIR, read_json
from plan.errors import InvalidValueError
from plan.figures import GoalFigures, PlanFigures, StandardFigures, means_by_goal, read_figures
from plan.imports import MAX_LABEL_LENGTH, MAX_TEXT_LENGTH
from plan.questionnaire import dimension_titles, load_questionnaire
from plan.scoring import OVERRATING_POINTS, SMALL_SAMPLE, ParetoEntry, SurveySummary
from plan.self_audit import SERVQUAL_DIMENSIONS, load_content
from plan.wording import Wording, with_unit

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    from plan.goals import Goal, Means
    from plan.profile import Profile
    from plan.store import PlanStore

__all__ = [
    "DEFAULT_ACCENT",
    "PAPERS",
    "SECTIONS",
    "Branding",
    "ExportCancelled",
    "ExportOptions",
    "Progress",
    "render_service_plan",
    "sections_with_data",
    "write_service_plan",
]

#: The document's sections in print order; the cover and the contents are always printed.
SECTIONS: tuple[str, ...] = (
    "summary",
    "business",
    "service_level",
    "customers",
    "problems",
    "standards",
    "goals",
    "economics",
    "appendix",
)
PAPERS: tuple[str, ...] = ("a4", "letter")
DEFAULT_ACCENT = "#1F4E5F"

_PDF_LANG = {"en": "en", "ru": "ru", "zh": "zh-CN"}
#: English month names, spelled out here: strftime("%B") follows the process's locale.
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")

MM = 72 / 25.4
INK = "#222222"
MUTED = "#5A6670"
HAIRLINE = "#C5CED3"
GOOD = "#2F7A4D"
BAD = "#A8402C"

#: At most this many customers' comments are quoted.
MAX_COMMENTS = 6
#: At most this many of the weakest self-audit statements are listed.
MAX_WEAKEST = 5
#: At most this many goals are listed in the executive summary.
MAX_SUMMARY_GOALS = 5
#: Without a goal deadline, the next assessment is due this many months after the plan date.
REASSESS_MONTHS = 6

Progress = Callable[[int, int, str], None]


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class Branding:
    """A consultant's look, kept in the preferences and applied to every plan's PDF."""

    firm: str = ""
    logo: bytes | None = None
    accent: str = DEFAULT_ACCENT
    footer: str = ""


@dataclass(frozen=True)
class ExportOptions:
    language: str | None = None  # None: the plan's language
    paper: str = "a4"
    sections: frozenset[str] = frozenset(SECTIONS)
    branding: Branding = field(default_factory=Branding)
    invariant: bool = False  # byte-identical output for identical input (tests)


# -- texts -------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Texts(Wording):
    """The document's wording in one language (`assets/content/<lang>/service_plan.json`), and
    its numbers, dates and lists as `plan.wording` writes them."""

    data: dict[str, object] = field(default_factory=dict)

    def __call__(self, key: str, **params: object) -> str:
        value = self.raw(key)
        if not isinstance(value, str):
            raise TypeError(f"{key} is not a text")
        return value.format(**params) if params else value

    def raw(self, key: str) -> Any:
        value: Any = self.data
        for part in key.split("."):
            value = value[part]
        return value


@functools.cache
def _load_texts(language: str) -> _Texts:
    return _Texts(language, read_json(CONTENT_DIR / language / "service_plan.json"))


# -- the public functions ----------------------------------------------------------------------


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


def sections_with_data(store: PlanStore) -> frozenset[str]:
    """The sections that would print (the others are left out, or "not assessed")."""
    plan = _PlanData.read(store)
    return frozenset(section for section in SECTIONS if plan.has(section))


# -- the plan's data ---------------------------------------------------------------------------


@dataclass
class _PlanData:
    """Everything the document prints, read from the plan once."""

    figures: PlanFigures
    logo: bytes | None
    comments: list[str]
    language: str

    @classmethod
    def read(cls, store: PlanStore) -> _PlanData:
        logo = store.logo()
        comments = [text for _, _, text in store.survey_comments(limit=200)]
        return cls(
            read_figures(store),
            logo.data if logo is not None else None,
            _representative(comments),
            store.language(),
        )

    @property
    def profile(self) -> Profile:
        return self.figures.profile

    @property
    def today(self) -> date:
        """The day the plan was read: the timeline's "today"."""
        return self.figures.today

    def shortened(self, note: str) -> _PlanData:
        """This data with every text longer than the plan's own forms accept cut to that
        length, followed by an ellipsis and `note` ("(shortened)"), and every figure that is
        not a finite number (NaN, infinity) as None, as the JSON report has it.

        Why: a plan written by another tool may hold a 100,000-character goal title or
        complaint category; printed whole it fills a chart, a table cell taller than a page
        (which reportlab cannot lay out) or dozens of pages. Anything the forms accept
        prints as it is.
        """
        from dataclasses import replace

        from plan.profile import FIELD_SPECS, PROFILE_FIELDS

        profile = replace(
            self.profile,
            **{
                name: _cut(getattr(self.profile, name), FIELD_SPECS[name].max_length, note)
                for name in PROFILE_FIELDS
                if FIELD_SPECS[name].kind not in ("choice", "date")
            },
        )
        figures = replace(_shortened_values(self.figures, MAX_LABEL_LENGTH, note), profile=profile)
        return replace(self, figures=figures)  # comments: see _representative

    def has(self, section: str) -> bool:
        figures = self.figures
        survey_or_complaints = bool(figures.survey.responses or figures.complaints.total)
        present = {
            "service_level": bool(figures.assessment.answered)
            or any(check.value is not None for check in figures.assessment.metrics),
            "customers": survey_or_complaints,
            "problems": bool(figures.problems.problems),
            "standards": bool(figures.standards),
            "goals": bool(figures.goals or figures.means),
            "economics": figures.has_economics,
            "appendix": survey_or_complaints,
        }
        return present.get(section, True)


#: The longest text the plan's forms accept, by its field's name; any other text (names,
#: categories, segments, owners, touchpoints, indicators) is a label of MAX_LABEL_LENGTH.
_TEXT_LIMITS: dict[str, int] = {
    "description": MAX_TEXT_LENGTH,
    "evidence": MAX_TEXT_LENGTH,
    "measurement": MAX_TEXT_LENGTH,
    "statement": 500,  # a standard's statement
    "text": 500,  # a self-audit statement (the method's own wording)
    "title": 300,  # a goal's (a problem's is at most 200)
    "action": 300,  # a means'
}


#: A table cell is at most this share of the page's text height (its text is shortened).
MAX_CELL_SHARE = 0.7


def _height(flowable: Any, width: float) -> float:
    """The height of a flowable laid out `width` points wide, with its space around."""
    _, height = flowable.wrap(width, 1e9)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def _height_bound(flowable: Any, width: float, fonts: FontSet) -> float:
    """A height a paragraph of ours surely does not exceed at `width` (measured otherwise).

    No glyph is wider than the widest of our fonts' (about 2 em), and greedy line breaking
    fills any two consecutive lines of a paragraph with more than a line's width of text, so
    a paragraph has at most twice as many lines as its text is long, plus one per line break.
    """
    source = getattr(flowable, "_service_plan_text", None)
    if source is None or width <= 0:
        return _height(flowable, width)
    text, style, _ = source
    widest = _widest_glyph(fonts.regular, fonts.bold, _registered_cjk(fonts))
    lines = text.count("\n") + 1 + 2 * len(text) * widest * style.fontSize / width
    return float(lines * style.leading + style.spaceBefore + style.spaceAfter)


def _registered_cjk(fonts: FontSet) -> str | None:
    """The CJK font's name once it is registered with reportlab (it is loaded on first use)."""
    from reportlab.pdfbase import pdfmetrics

    registered = pdfmetrics.getRegisteredFontNames()
    return fonts.cjk if fonts.cjk is not None and fonts.cjk in registered else None


@functools.cache
def _widest_glyph(*names: str | None) -> float:
    """The widest glyph's advance among the named registered fonts, in ems."""
    from reportlab.pdfbase import pdfmetrics

    widths = [
        max(pdfmetrics.getFont(name).face.charWidths.values(), default=1000.0)
        for name in names
        if name is not None
    ]
    return max(widths, default=1000.0) / 1000


def _cut(text: str, limit: int, note: str) -> str:
    """`text` if it has at most `limit` characters, else its first `limit` characters, an
    ellipsis and `note`."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rstrip()
    separator = "" if note and is_cjk(note[0]) else " "
    return f"{cut}…{separator}{note}" if note else f"{cut}…"


def _shortened_values(value: Any, limit: int, note: str) -> Any:
    """The plan's figures (frozen dataclasses, dicts, tuples and lists) with each text cut to
    its limit (`_TEXT_LIMITS`, by the field's or key's name) and each float that is not finite
    as None."""
    if isinstance(value, str):
        return _cut(value, limit, note)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _shortened_values(
                getattr(value, f.name), _TEXT_LIMITS.get(f.name, MAX_LABEL_LENGTH), note
            )
            for f in dataclasses.fields(value)
            if f.init
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, dict):
        return {
            (_cut(key, MAX_LABEL_LENGTH, note) if isinstance(key, str) else key): (
                _shortened_values(item, _TEXT_LIMITS.get(key, MAX_LABEL_LENGTH), note)
                if isinstance(key, str)
                else _shortened_values(item, MAX_LABEL_LENGTH, note)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_shortened_values(item, limit, note) for item in value]
    if type(value) is tuple:
        return tuple(_shortened_values(item, limit, note) for item in value)
    return value


def _representative(comments: list[str]) -> list[str]:
    """A few comments worth quoting: of a readable length, no repeats, in the order given."""
    chosen: list[str] = []
    seen: set[str] = set()
    for text in comments:
        words = " ".join(text.split())
        key = words.casefold()
        length = sum(2 if is_cjk(ch) else 1 for ch in words)  # a Chinese character says more
        if 20 <= length <= 300 and key not in seen:
            chosen.append(words)
            seen.add(key)
        if len(chosen) == MAX_COMMENTS:
            break
    return chosen


# -- the document ------------------------------------------------------------------------------


def _color(value: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(value)


@dataclass
class _Numbers:
    """What laying the document out tells: each heading's page, the pages with a running
    header and footer, and the number of pages."""

    pages: dict[str, int] = field(default_factory=dict)
    body_pages: list[int] = field(default_factory=list)
    page_count: int = 0


class _Document:
    """Builds the story (flowables) and lays it out; one instance per export."""

    def __init__(
        self, plan: _PlanData, texts: _Texts, fonts: FontSet, options: ExportOptions
    ) -> None:
        from reportlab.lib.pagesizes import A4, LETTER

        # Texts longer than the plan's forms accept (written by another tool) are shortened
        # once, here, for every table, chart and paragraph that prints them.
        self.plan = plan.shortened(texts("shortened"))
        self.t = texts
        self.fonts = fonts
        self.options = options
        self.branding = options.branding
        self.accent = options.branding.accent
        self.pagesize = A4 if options.paper == "a4" else LETTER
        self.margin_x = 20 * MM
        self.margin_top = 22 * MM
        self.margin_bottom = 20 * MM
        self.width = self.pagesize[0] - 2 * self.margin_x
        self.height = self.pagesize[1] - self.margin_top - self.margin_bottom
        # No bold CJK face exists: Chinese is set in one weight (see export.pdf_text).
        self.bold = texts.language != "zh"
        self.styles = _Styles(fonts, texts.language, self.accent)
        self.headings: list[tuple[str, int, str]] = []  # (key, level, title) in print order
        self.numbers = _Numbers()
        self._charts: dict[str, Any] = {}
        self._one_line: dict[tuple[str, float, float, bool], str] = {}  # see `one_line`
        # What of the name can be printed (an emoji-only name has nothing: the cover then
        # shows the document's title alone, not an empty line).
        self.business = " ".join(clean_text(self.plan.profile.business_name, fonts).split())

    # -- text helpers ------------------------------------------------------------------------

    def para(self, text: str, style: Any, *, bold: bool = False) -> Any:
        """A paragraph of plain (untrusted) text; CJK line breaking where the text needs it.
        Paragraphs in the bullet style get their bullet."""
        from reportlab.platypus import Paragraph

        paragraph = Paragraph(
            markup(text, self.fonts, bold=bold and self.bold),
            self.styles.for_text(style, text),
            bulletText="•" if style is self.styles.bullet else None,
        )
        paragraph._service_plan_text = (text, style, bold)  # to shorten it (`fitted_cell`)
        return paragraph

    def heading(self, title: str, level: int) -> Any:
        """A section (level 0) or subsection (level 1) heading: in the contents and outline."""
        from reportlab.platypus import Paragraph

        key = f"h{len(self.headings)}"
        self.headings.append((key, level, title))
        style = self.styles.h1 if level == 0 else self.styles.h2
        flowable = Paragraph(
            f'<a name="{key}"/>' + markup(title, self.fonts, bold=self.bold),
            self.styles.for_text(style, title),
        )
        flowable._service_plan_heading = (key, level, title)  # read by afterFlowable
        return flowable

    def table(
        self,
        rows: Sequence[Sequence[str | list[Any]]],
        widths: Sequence[float],
        *,
        right: Iterable[int] = (),
        header: bool = True,
        highlight: Iterable[int] = (),
        groups: Iterable[int] = (),
    ) -> Any:
        """A table of plain texts; `widths` are shares of the text width; `right` columns are
        right-aligned (numbers); `highlight` rows are tinted (the vital few, the focus).

        A cell may instead be a list of flowables already made (a title with a note under it).
        `groups` rows open a group (a goal over its means): tinted and bold, their first cell
        spanning every column but the last, which keeps its own (a subtotal)."""
        from reportlab.platypus import Table

        s = self.styles
        right = set(right)
        groups = set(groups)
        cells = []
        for r, row in enumerate(rows):
            line: list[Any] = []
            for c, text in enumerate(row):
                if not isinstance(text, str):
                    line.append(text)
                    continue
                if header and r == 0:
                    style = s.th_right if c in right else s.th
                else:
                    style = s.td_right if c in right else s.td
                bold = (header and r == 0) or r in groups
                line.append(self.para(text, style, bold=bold))
            cells.append(line)
        column_widths = [w * self.width for w in widths]
        padding = 8  # LEFTPADDING + RIGHTPADDING below
        for r, line in enumerate(cells):
            for c, cell in enumerate(line):
                width = column_widths[c]
                if r in groups and c == 0:
                    width = sum(column_widths[:-1])  # the group's title spans the columns
                line[c] = self.fitted_cell(cell, width - padding)
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, _color(HAIRLINE)),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), _color(charts.tint(self.accent, 0.14))),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, _color(self.accent)),
            ]
        for r in highlight:
            commands.append(("BACKGROUND", (0, r), (-1, r), _color(charts.tint(self.accent, 0.07))))
        for r in sorted(groups):
            commands += [
                ("BACKGROUND", (0, r), (-1, r), _color(charts.tint(self.accent, 0.1))),
                ("SPAN", (0, r), (-2, r)),
                ("TOPPADDING", (0, r), (-1, r), 5),
            ]
        return Table(
            cells,
            colWidths=column_widths,
            style=table_style(self.fonts, commands),
            repeatRows=1 if header else 0,
            hAlign="LEFT",
        )

    def fitted_cell(self, cell: Any, width: float) -> Any:
        """A table cell (a paragraph or a list of flowables) no taller than MAX_CELL_SHARE of
        the page's text height: its longest paragraphs shortened, with a note, when needed.

        Why: reportlab cannot split a table row across pages, and a row taller than a page
        ends the whole export with a LayoutError (an address of 66 short lines is enough).
        """
        room = self.height * MAX_CELL_SHARE
        items = cell if isinstance(cell, list) else [cell]
        if sum(_height_bound(item, width, self.fonts) for item in items) <= room:
            return cell  # surely fits: the common case, decided without laying anything out
        heights = [_height(item, width) for item in items]
        while sum(heights) > room:
            shortenable = [
                k
                for k, item in enumerate(items)
                if getattr(item, "_service_plan_text", None) is not None
                and not getattr(item, "_service_plan_shortened", False)
            ]
            if not shortenable:
                break  # nothing of ours to shorten (cannot happen with our cells)
            k = max(shortenable, key=lambda k: heights[k])
            others = sum(heights) - heights[k]
            items[k] = self.fitted_paragraph(items[k], width, max(room - others, 0.0))
            heights[k] = _height(items[k], width)
        return items if isinstance(cell, list) else items[0]

    def fitted_paragraph(self, paragraph: Any, width: float, room: float) -> Any:
        """`paragraph` made again from as much of its text as fits `room` points in height,
        followed by an ellipsis and the "(shortened)" note; at least the note."""
        text, style, bold = paragraph._service_plan_text
        note = self.t("shortened")

        def made(length: int) -> Any:
            paragraph = self.para(_cut(text, length, note) if length else note, style, bold=bold)
            paragraph._service_plan_shortened = True
            return paragraph

        # No more characters can fit than lines × the narrowest glyphs a line can hold.
        lines = room / style.leading + 1
        most = min(len(text) - 1, int(lines * (width / (0.15 * style.fontSize) + 1)))
        fits, too_long = 0, most + 1  # by bisection: the longest prefix that fits
        best = made(0)
        while too_long - fits > 1:
            middle = (fits + too_long) // 2
            candidate = made(middle)
            if _height(candidate, width) <= room:
                fits, best = middle, candidate
            else:
                too_long = middle
        return best

    def chart(
        self,
        key: str,
        figure: Callable[[], Any],
        height_share: float = 1.0,
        *,
        shrink: float = 1.0,
    ) -> Any:
        """The chart `figure()` builds, as a vector drawing `height_share` of the text wide.

        A tall chart (the timeline) may be drawn down to `shrink` of its size where that lets
        it stay on the page, rather than leave most of the page empty.

        `figure` is a `functools.partial` of an `export.charts` builder: its arguments say
        what the chart shows, so a drawing made by an earlier export of the same figures is
        used again (a consultant re-exporting on another paper or with other sections).
        """
        drawing = self._charts.get(key)
        if drawing is None:
            width = self.width * height_share
            cache_key = _figure_key(figure, width)
            with _DRAWINGS_LOCK:
                drawing = _DRAWINGS.pop(cache_key, None)
            if drawing is None:
                drawing = _drawing(figure(), width, self.fonts)
            with _DRAWINGS_LOCK:
                _DRAWINGS[cache_key] = drawing
                while len(_DRAWINGS) > MAX_CACHED_DRAWINGS:
                    _DRAWINGS.popitem(last=False)
            self._charts[key] = drawing
        # A new flowable each pass: reportlab marks the ones it moves to the next page.
        return _flowables().Chart(drawing, shrink, self.height)

    def note(self, text: str) -> Any:
        return self.para(text, self.styles.note)

    def spacer(self, height: float = 3 * MM) -> Any:
        from reportlab.platypus import Spacer

        return Spacer(1, height)

    # -- cover and contents ------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        from reportlab.platypus import Image, NextPageTemplate, PageBreak, Spacer

        t, s, profile = self.t, self.styles, self.plan.profile
        story: list[Flowable] = [Spacer(1, 30 * MM)]
        logo = logo_reader(self.plan.logo)
        if logo is not None:
            story.append(_fitted_image(Image, logo, self.plan.logo, 70 * MM, 30 * MM))
            story.append(Spacer(1, 10 * MM))
        story.append(self.para(t("document_title"), s.cover_title, bold=True))
        if self.business:
            story.append(self.para(self.business, s.cover_business))
        story.append(Spacer(1, 18 * MM))
        lines: list[tuple[str, str]] = []
        if self.business:
            lines.append((t("cover_for"), self.business))
        preparer = " ".join(profile.preparer_name.split())
        firm = " ".join((profile.consultant_firm or self.branding.firm).split())
        if preparer and firm and profile.prepared_by == "consultant":
            lines.append((t("cover_by"), t("cover_consultant", name=preparer, firm=firm)))
        elif preparer:
            lines.append((t("cover_by"), preparer))
        lines.append((t("cover_date"), self.plan_date()))
        for label, value in lines:
            story.append(self.para(label, s.cover_label))
            story.append(self.para(value, s.cover_value))
        story += [NextPageTemplate("body"), PageBreak()]
        story += self.contents()
        return story

    def plan_date(self) -> str:
        return self.t.day(self.plan_day())

    def plan_day(self) -> date:
        """The plan's date as typed in the profile; the day of export when there is none."""
        text = self.plan.profile.plan_date
        try:
            return date.fromisoformat(text) if text else date.today()
        except ValueError:
            return date.today()

    def contents(self) -> list[Flowable]:
        """The contents: a placeholder filled in when the headings are known (`_Contents`)."""
        from reportlab.platypus import PageBreak

        return [
            self.para(self.t("contents"), self.styles.h1, bold=True),
            _flowables().Contents(self),
            PageBreak(),
        ]

    def contents_table(self) -> Any:
        """The contents as a table of linked titles and their page numbers (forms filled in
        when the document is saved)."""
        from reportlab.platypus import Paragraph, Table

        s = self.styles
        rows = []
        for key, level, title in self.headings:
            style = s.toc1 if level == 0 else s.toc2
            text = markup(title, self.fonts, bold=level == 0 and self.bold)
            rows.append(
                [
                    Paragraph(f'<a href="#{key}">{text}</a>', s.for_text(style, title)),
                    _flowables().PageNumber(key, s.toc_page.leading),
                ]
            )
        if not rows:
            return None
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        return Table(
            rows,
            colWidths=[self.width - CONTENTS_NUMBER_WIDTH, CONTENTS_NUMBER_WIDTH],
            style=table_style(self.fonts, commands),
            hAlign="LEFT",
        )

    # -- sections ----------------------------------------------------------------------------

    def section(self, section: str) -> list[Flowable]:
        from reportlab.platypus import CondPageBreak, PageBreak

        if section != "summary" and not self.plan.has(section):
            return []
        heading = self.heading(self.t(f"sections.{section}"), 0)  # before its subsections
        body: list[Flowable] = getattr(self, f"_{section}")()
        if section == "summary":
            return [heading, *body, PageBreak()]
        return [CondPageBreak(60 * MM), heading, *body]

    def _summary(self) -> list[Flowable]:
        t, s = self.t, self.styles
        figures = self.plan.figures
        summary, complaints = figures.survey.summary, figures.complaints
        story: list[Flowable] = [
            self.para(t("summary.intro", business=self.business or "—"), s.lead)
        ]
        cards: list[tuple[str, str | None, str]] = []
        index = figures.assessment.service_index
        cards.append(
            (
                t("summary.service_index"),
                None if index is None else t.number(index, 0),
                t("summary.service_index_note"),
            )
        )
        responses = summary.net_promoter.responses
        nps = summary.net_promoter.nps
        cards.append(
            (
                t("summary.nps"),
                None if nps is None else t.signed(nps),
                t("summary.nps_note", responses=responses),
            )
        )
        csat = summary.csat
        cards.append(
            (
                t("summary.csat"),
                None if csat is None else t.percent(csat),
                t("summary.csat_note", responses=summary.csat_responses),
            )
        )
        gap = _largest_gap(summary)
        names = dimension_titles(t.language)
        if gap is None:
            cards.append((t("summary.largest_gap"), None, ""))
        else:
            dimension, value = gap
            cards.append(
                (
                    t("summary.largest_gap"),
                    t.signed(value, 2) if value < 0 else t("summary.no_gap"),
                    t("summary.largest_gap_note", dimension=names[dimension]),
                )
            )
        cards.append(
            (
                t("summary.complaints"),
                str(complaints.total) if complaints.total else None,
                t("summary.complaints_note", resolved=complaints.resolved),
            )
        )
        story.append(self.figure_cards(cards))
        if complaints.vital_few:
            story.append(
                self.para(
                    t("summary.vital_few", categories=t.listing(complaints.vital_few)), s.body
                )
            )
        story.append(self.para(t("summary.focus"), s.h3, bold=True))
        focus = figures.problems.focus_problems
        if focus:
            for problem in focus[:5]:
                item = t("summary.focus_item", title=problem.title, priority=problem.priority)
                story.append(self.para(item, s.bullet))
        else:
            story.append(self.note(t("summary.focus_none")))
        story.append(self.para(t("summary.goals"), s.h3, bold=True))
        goals = figures.goals
        if goals:
            for goal in goals[:MAX_SUMMARY_GOALS]:
                story.append(self.para(self.goal_line(goal), s.bullet))
            if len(goals) > MAX_SUMMARY_GOALS:
                story.append(
                    self.note(t("summary.goals_more", count=len(goals) - MAX_SUMMARY_GOALS))
                )
        else:
            story.append(self.note(t("summary.goals_none")))
        story.append(self.para(t("summary.budget"), s.h3, bold=True))
        money = self.money_lines()
        if money:
            for label, amount in money:
                story.append(self.labelled(label, amount, style=s.bullet))
        else:
            story.append(self.note(t("summary.budget_none")))
        return story

    def goal_line(self, item: GoalFigures) -> str:
        """A goal in one line: "Raise NPS: −7.5 → +10 points by 31 May 2027"."""
        t, goal = self.t, item.goal
        unit = self.goal_unit(goal)
        deadline = _iso_day(goal.deadline)
        return t(
            "summary.goal_item" if deadline else "summary.goal_item_undated",
            title=goal.title,
            baseline=self.goal_value(item.baseline, unit),
            target=self.goal_value(goal.target, unit),
            deadline=t.day(deadline) if deadline else "",
        )

    def money_lines(self) -> list[tuple[str, str]]:
        """The summary's budget lines: (label, value), or none when nothing is estimated."""
        t, figures = self.t, self.plan.figures
        economics = figures.economics
        currency = economics.inputs.currency
        budget = economics.budget_total
        if not figures.means and not figures.has_economics:
            return []
        missing = t("summary.not_estimated")
        cost, gain = economics.revenue_lost, economics.projected_gain
        months = economics.payback_months
        return [
            (t("summary.budget_total"), t.money(budget, currency) if figures.means else missing),
            (t("summary.cost"), missing if cost is None else t.money(cost, currency)),
            (t("summary.gain"), missing if gain is None else t.money(gain, currency)),
            (
                t("summary.payback"),
                missing if months is None else t("economics.months", months=t.short(months)),
            ),
        ]

    def figure_cards(self, cards: Sequence[tuple[str, str | None, str]]) -> Any:
        """The key figures side by side: a label, a big number (or "not assessed"), a note."""
        from reportlab.platypus import Table

        s = self.styles
        row = []
        width = self.width / len(cards)
        for label, value, note in cards:
            cell = [self.para(label, s.card_label)]
            if value is None:
                cell.append(self.para(self.t("not_assessed"), s.card_missing))
            else:
                style = s.card_value_fitting(value, width - 12, self.fonts, bold=self.bold)
                cell.append(self.para(value, style, bold=True))
                if note:
                    cell.append(self.para(note, s.card_note))
            row.append(cell)
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), _color(charts.tint(self.accent, 0.08))),
            ("LINEABOVE", (0, 0), (-1, 0), 2, _color(self.accent)),
            ("LINEAFTER", (0, 0), (-2, -1), 3, _color("#FFFFFF")),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]
        return Table([row], colWidths=[width] * len(cards), style=table_style(self.fonts, commands))

    def _business(self) -> list[Flowable]:
        t, s, profile = self.t, self.styles, self.plan.profile
        story: list[Flowable] = [self.heading(t("business.profile"), 1)]
        rows = []
        size = t.raw("business.sizes").get(profile.size, "")
        preparer = profile.preparer_name
        if profile.prepared_by == "consultant" and profile.consultant_firm:
            preparer = t("cover_consultant", name=preparer, firm=profile.consultant_firm)
        for label, value in (
            ("business.industry", profile.industry),
            ("business.size", size),
            ("business.address", profile.address),
            ("business.phone", profile.phone),
            ("business.email", profile.email),
            ("business.website", profile.website),
            ("business.prepared_by", preparer),
            ("business.plan_date", self.plan_date() if profile.plan_date else ""),
        ):
            if value.strip():
                rows.append([t(label), value.strip()])
        if rows:
            story.append(self.table(rows, (0.3, 0.7), header=False))
        story.append(self.heading(t("business.groups"), 1))
        groups = profile.customer_groups
        if groups:
            for group in groups:
                story.append(self.para(group, s.bullet))
        else:
            story.append(self.note(t("business.groups_none")))
        segments = self.plan.figures.survey.segments
        if segments:
            story.append(self.para(t("business.groups_survey"), s.h3, bold=True))
            story.append(self.para(t("business.groups_intro"), s.body))
            story.append(self.segments_table(segments))
        return story

    def segments_table(self, segments: dict[str, SurveySummary]) -> Any:
        t = self.t
        names = dimension_titles(t.language)
        rows = [
            [
                t("business.group"),
                t("business.responses"),
                "NPS",
                "CSAT",
                "CES",
                t("business.values_most"),
            ]
        ]
        for name, figures in segments.items():
            weights: dict[str, float | None] = dict(figures.servqual.weights or {})
            valued = [d for d, w in weights.items() if w is not None]
            most = max(valued, key=lambda d: weights[d] or 0.0) if valued else None
            rows.append(
                [
                    name,
                    str(figures.responses),
                    self.maybe(figures.net_promoter.nps, t.signed),
                    self.maybe(figures.csat, t.percent),
                    self.maybe(figures.ces, t.number),
                    names[most] if most else "—",
                ]
            )
        return self.table(rows, (0.28, 0.12, 0.12, 0.12, 0.12, 0.24), right=(1, 2, 3, 4))

    @staticmethod
    def maybe(value: float | None, shown: Callable[[float], str]) -> str:
        return "—" if value is None else shown(value)

    def _service_level(self) -> list[Flowable]:
        t, s = self.t, self.styles
        assessment = self.plan.figures.assessment
        content = load_content(t.language)
        story: list[Flowable] = []
        index = assessment.service_index
        if index is None:
            story.append(self.note(t("service_level.index_none")))
        else:
            story.append(
                self.para(
                    t(
                        "service_level.index",
                        index=t.number(index, 0),
                        answered=assessment.answered,
                        statements=assessment.statements,
                    ),
                    s.lead,
                )
            )
        if assessment.answered:
            labels = [d.title for d in content.dimensions]
            scores = [assessment.dimensions.get(d.id) for d in content.dimensions]
            figure = functools.partial(
                charts.radar_figure,
                labels,
                scores,
                title=t("service_level.radar_title"),
                missing_text=t("service_level.not_rated"),
                width=self.width / 72,
                height=3.6,
            )
            story.append(self.chart("radar", figure, 0.8))
            rows = [[t("service_level.dimension"), t("service_level.score")]]
            rows += [
                [label, self.maybe(score, lambda v: t.number(v, 0))]
                for label, score in zip(labels, scores, strict=True)
            ]
            story.append(self.table(rows, (0.75, 0.25), right=(1,)))
            weakest = assessment.weakest[:MAX_WEAKEST]
            if weakest:
                story.append(self.heading(t("service_level.weakest"), 1))
                story.append(self.para(t("service_level.weakest_intro"), s.body))
                for weak in weakest:
                    points = t("service_level.points", points=t.number(weak.points, 0))
                    story.append(self.para(f"{weak.text} — {points}", s.bullet))
        story += self.metrics(content)
        story += self.trend()
        return story

    def metrics(self, content: Any) -> list[Flowable]:
        t = self.t
        checks = {check.id: check for check in self.plan.figures.assessment.metrics}
        story: list[Flowable] = [self.heading(t("service_level.metrics"), 1)]
        if all(check.value is None for check in checks.values()):
            return [*story, self.note(t("service_level.metrics_none"))]
        metrics = list(content.metrics)
        figure = functools.partial(
            charts.metrics_figure,
            [m.title for m in metrics],
            [checks[m.id].value for m in metrics],
            [m.threshold for m in metrics],
            [m.higher_is_better for m in metrics],
            [m.unit for m in metrics],
            title=t("service_level.metrics_title"),
            missing_text=t("service_level.no_value"),
            width=self.width / 72,
            decimal_separator=t.decimal,
        )
        story.append(self.chart("metrics", figure))
        rows = [
            [
                t("service_level.metric"),
                t("service_level.value"),
                t("service_level.threshold"),
                t("service_level.meets"),
            ]
        ]
        for metric in metrics:
            check = checks[metric.id]
            meets = check.meets_threshold
            value = check.value
            rows.append(
                [
                    metric.title,
                    "—" if value is None else with_unit(t.number(value), metric.unit),
                    ("≥ " if metric.higher_is_better else "≤ ")
                    + with_unit(t.number(metric.threshold, 0), metric.unit),
                    "—"
                    if meets is None
                    else t("service_level.yes" if meets else "service_level.no"),
                ]
            )
        story.append(self.table(rows, (0.46, 0.18, 0.2, 0.16), right=(1, 2)))
        return story

    def trend(self) -> list[Flowable]:
        t = self.t
        snapshots = self.plan.figures.assessment.snapshots
        points = [(s.taken_on, s.service_index) for s in snapshots]
        if len(points) < 2:
            return []
        figure = functools.partial(
            charts.trend_figure,
            [d for d, _ in points],
            {t("service_level.trend_series"): [v for _, v in points]},
            title=t("service_level.trend"),
            width=self.width / 72,
            height=2.8,
        )
        return [self.heading(t("service_level.trend"), 1), self.chart("trend", figure, 0.85)]

    def _customers(self) -> list[Flowable]:
        return self.survey() + self.complaints()

    def survey(self) -> list[Flowable]:
        t, s = self.t, self.styles
        survey = self.plan.figures.survey
        summary, groups_of = survey.summary, survey.summary.net_promoter
        story: list[Flowable] = [self.heading(t("customers.survey"), 1)]
        if not summary.responses:
            return [*story, self.note(t("customers.survey_none"))]
        story.append(self.para(t("customers.survey_intro", responses=summary.responses), s.lead))
        if summary.small_sample:
            story.append(self.note(t("small_sample", minimum=SMALL_SAMPLE)))
        rows = [[t("customers.figure"), t("customers.answers"), ""]]
        nps_n = groups_of.responses
        rows.append([t("customers.nps"), str(nps_n), self.maybe(groups_of.nps, t.signed)])
        for key, count in (
            ("promoters", groups_of.promoters),
            ("passives", groups_of.passives),
            ("detractors", groups_of.detractors),
        ):
            share = t.percent(100 * count / nps_n) if nps_n else "—"
            rows.append([t(f"customers.{key}"), str(count), share])
        rows.append(
            [
                t("customers.csat"),
                str(summary.csat_responses),
                self.maybe(summary.csat, t.percent),
            ]
        )
        rows.append(
            [
                t("customers.ces"),
                str(summary.ces_responses),
                self.maybe(summary.ces, lambda v: t.number(v, 2)),
            ]
        )
        story.append(self.table(rows, (0.56, 0.2, 0.24), right=(1, 2)))
        if nps_n:
            groups = t.raw("customers.nps_groups")
            figure = functools.partial(
                charts.nps_distribution_figure,
                list(survey.distribution),
                group_labels=(groups[0], groups[1], groups[2]),
                nps=groups_of.nps,
                title=t("customers.nps_title"),
                count_label=t("customers.answers"),
                width=self.width / 72,
                height=2.9,
            )
            story.append(self.chart("nps", figure, 0.9))
        story += self.servqual()
        if self.plan.comments:
            story.append(self.heading(t("customers.comments"), 1))
            for comment in self.plan.comments:
                story.append(self.para(t("customers.quote", text=comment), s.quote))
        return story

    def servqual(self) -> list[Flowable]:
        t, s = self.t, self.styles
        result = self.plan.figures.survey.summary.servqual
        dims = result.dimensions
        if not any(dims[d].responses for d in SERVQUAL_DIMENSIONS):
            return []
        names = dimension_titles(t.language)
        labels = [names[d] for d in SERVQUAL_DIMENSIONS]
        story: list[Flowable] = [self.heading(t("customers.servqual"), 1)]
        figure = functools.partial(
            charts.servqual_gaps_figure,
            labels,
            [dims[d].expectation for d in SERVQUAL_DIMENSIONS],
            [dims[d].perception for d in SERVQUAL_DIMENSIONS],
            expectation_label=t("customers.expected"),
            perception_label=t("customers.perceived"),
            title=t("customers.servqual_title"),
            missing_text=t("service_level.not_rated"),
            decimal_separator=t.decimal,
            width=self.width / 72,
            height=3.2,
        )
        story.append(self.chart("servqual", figure, 0.9))
        rows = [
            [
                t("service_level.dimension"),
                t("customers.expected"),
                t("customers.perceived"),
                t("customers.gap"),
                t("customers.answers"),
            ]
        ]
        for d in SERVQUAL_DIMENSIONS:
            gap = dims[d]
            rows.append(
                [
                    names[d],
                    self.maybe(gap.expectation, lambda v: t.number(v, 2)),
                    self.maybe(gap.perception, lambda v: t.number(v, 2)),
                    self.maybe(gap.gap, lambda v: t.signed(v, 2)),
                    str(gap.responses),
                ]
            )
        story.append(self.table(rows, (0.36, 0.16, 0.16, 0.16, 0.16), right=(1, 2, 3, 4)))
        unweighted = result.unweighted
        weighted = result.weighted
        if unweighted is not None:
            story.append(
                self.para(t("customers.unweighted", value=t.signed(unweighted, 2)), s.body)
            )
        if weighted is not None:
            story.append(self.para(t("customers.weighted", value=t.signed(weighted, 2)), s.body))
        story += self.views(labels)
        return story

    def views(self, labels: list[str]) -> list[Flowable]:
        t, s = self.t, self.styles
        company = self.plan.figures.assessment.servqual_self_view
        customers = self.plan.figures.survey.customer_view
        if all(company.get(d) is None for d in SERVQUAL_DIMENSIONS):
            return []
        story: list[Flowable] = [self.heading(t("customers.views"), 1)]
        figure = functools.partial(
            charts.views_comparison_figure,
            labels,
            [company.get(d) for d in SERVQUAL_DIMENSIONS],
            [customers.get(d) for d in SERVQUAL_DIMENSIONS],
            company_label=t("customers.owner"),
            customers_label=t("customers.customers"),
            title=t("customers.views_title"),
            missing_text=t("service_level.not_rated"),
            decimal_separator=t.decimal,
            width=self.width / 72,
            height=3.0,
        )
        story.append(self.chart("views", figure, 0.9))
        names = dimension_titles(t.language)
        overrated = [names[d] for d in self.plan.figures.survey.overrated]
        if overrated:
            text = t(
                "customers.overrated",
                dimensions=t.listing(overrated),
                points=OVERRATING_POINTS,
            )
        else:
            text = t("customers.overrated_none", points=OVERRATING_POINTS)
        story.append(self.para(text, s.body))
        return story

    def complaints(self) -> list[Flowable]:
        t, s = self.t, self.styles
        complaints = self.plan.figures.complaints
        story: list[Flowable] = [self.heading(t("customers.complaints"), 1)]
        if not complaints.total:
            return [*story, self.note(t("customers.complaints_none"))]
        story.append(
            self.para(
                t(
                    "customers.complaints_intro",
                    total=complaints.total,
                    resolved=complaints.resolved,
                ),
                s.lead,
            )
        )
        pareto = complaints.pareto
        shown = _chart_categories(pareto, t)
        figure = functools.partial(
            charts.pareto_figure,
            [category for category, _, _ in shown],
            [count for _, count, _ in shown],
            [cumulative for _, _, cumulative in shown],
            vital_few=sum(1 for e in pareto[: len(shown)] if e.vital_few),
            count_label=t("customers.count"),
            cumulative_label=t("customers.cumulative"),
            title=t("customers.pareto_title"),
            width=self.width / 72,
            height=3.3,
        )
        story.append(self.chart("pareto", figure, 0.95))
        vital = [e for e in pareto if e.vital_few]
        if vital:
            share = sum(e.percent for e in vital)
            story.append(
                self.para(
                    t(
                        "customers.vital_few",
                        categories=t.listing([e.category for e in vital]),
                        percent=t.percent(share),
                    ),
                    s.body,
                )
            )
        return story

    def _problems(self) -> list[Flowable]:
        from plan.problems import load_texts as load_problem_texts

        t, s = self.t, self.styles
        words = load_problem_texts(t.language)
        problems = self.plan.figures.problems.problems
        focus = self.plan.figures.problems.focus_problems
        chosen = self.plan.figures.problems.focus
        story: list[Flowable] = [
            self.para(t("problems.intro", count=len(problems), focus=len(focus)), s.lead)
        ]
        figure = functools.partial(
            charts.priority_matrix_figure,
            [p.title for p in problems],
            [p.frequency for p in problems],
            [p.impact for p in problems],
            [p.id in chosen for p in problems],
            frequency_label=t("problems.frequency_axis"),
            impact_label=t("problems.impact_axis"),
            title=t("problems.matrix_title"),
            focus_label=t("problems.focus"),
            other_label=t("problems.other"),
            width=self.width / 72,
            height=4.0,
        )
        story.append(self.chart("matrix", figure, 0.9))
        # The "where it is seen" column only when some problem says where.
        touchpoints = any(p.touchpoint for p in problems)
        rows = [
            [
                t("appendix.number"),
                t("problems.problem"),
                *([t("problems.touchpoint")] if touchpoints else []),
                t("problems.frequency"),
                t("problems.impact"),
                t("problems.priority"),
                t("problems.root_cause"),
                t("problems.status"),
            ]
        ]
        highlight = []
        for number, problem in enumerate(problems, start=1):
            if problem.id in chosen:
                highlight.append(len(rows))
            where = words.touchpoint(problem.touchpoint) or "—"
            rows.append(
                [
                    str(number),
                    problem.title,
                    *([where] if touchpoints else []),
                    str(problem.frequency),
                    str(problem.impact),
                    str(problem.priority),
                    words.root_causes[problem.root_cause],
                    words.statuses[problem.status],
                ]
            )
        numbers = (0.09, 0.09, 0.1)  # frequency, impact, priority
        widths = (
            (0.05, 0.27, 0.14, *numbers, 0.11, 0.15)
            if touchpoints
            else (0.05, 0.41, *numbers, 0.11, 0.15)
        )
        first_number = 3 if touchpoints else 2
        right = (0, first_number, first_number + 1, first_number + 2)
        story.append(self.table(rows, widths, right=right, highlight=highlight))
        story.append(self.note(t("problems.legend")))
        if focus:
            story.append(self.heading(t("problems.focus_heading"), 1))
        for problem in focus:
            story.append(self.para(problem.title, s.h3, bold=True))
            for label, text in (
                ("problems.description", problem.description),
                ("problems.evidence", problem.evidence),
            ):
                if text.strip():
                    story.append(self.labelled(t(label), text.strip()))
            cause = problem.root_cause
            story.append(
                self.labelled(
                    t("problems.root_cause"),
                    f"{words.root_causes[cause]}: {words.root_cause_descriptions[cause]}",
                )
            )
        return story

    # -- step 3: service standards -------------------------------------------------------------

    def problem_titles(self) -> dict[int, str]:
        return self.plan.figures.problems.titles()

    def _standards(self) -> list[Flowable]:
        from reportlab.platypus import KeepTogether

        from plan.problems import load_texts as load_problem_texts
        from plan.standards import load_texts as load_standard_texts

        t, s = self.t, self.styles
        words = load_standard_texts(t.language)
        places = load_problem_texts(t.language)
        standards = self.plan.figures.standards
        measurable = sum(1 for item in standards if item.check.measurable)
        story: list[Flowable] = [
            self.para(t("standards.intro", count=len(standards), measurable=measurable), s.lead)
        ]
        order = list(places.touchpoints)

        def place(item: StandardFigures) -> tuple[int, str]:
            # The library's touchpoints in its order; a touchpoint of the user's own after
            # them; standards for no particular touchpoint last.
            where = item.standard.touchpoint
            if where in order:
                return (order.index(where), "")
            return (len(order) + (0 if where else 1), where)

        groups: dict[str, list[StandardFigures]] = {}
        for item in sorted(standards, key=place):
            groups.setdefault(item.standard.touchpoint, []).append(item)
        titles = self.problem_titles()
        for where, members in groups.items():
            heading = self.heading(places.touchpoint(where) or where or t("standards.general"), 1)
            for number, standard in enumerate(members):
                block = self.standard_block(standard, words, titles)
                # The touchpoint's heading goes with its first standard: keep-with-next does
                # not hold a heading to a block kept together.
                story.append(KeepTogether([heading, *block] if number == 0 else block))
        story += self.focus_without_standard(titles)
        story.append(self.spacer())
        story.append(self.note(words.source))
        return story

    def standard_block(
        self, item: StandardFigures, words: Any, titles: dict[int, str]
    ) -> list[Flowable]:
        """One standard: its statement, then what is measured against which target, how and
        how often it is checked, who answers for it, the problems it addresses; a standard
        that cannot be measured yet says what it lacks."""
        t, s, standard = self.t, self.styles, item.standard
        block: list[Flowable] = [self.para(standard.statement, s.h3, bold=True)]
        indicator = " ".join(standard.indicator.split())
        if indicator:
            if standard.target is not None:
                indicator = t(
                    "standards.target_text",
                    indicator=indicator,
                    direction=words.directions[standard.direction],
                    target=with_unit(t.short(standard.target), standard.unit.strip()),
                )
            block.append(self.labelled(t("standards.indicator"), indicator))
        frequency = words.frequencies.get(standard.frequency, "")
        how = " ".join(standard.measurement.split())
        if frequency and how:
            block.append(
                self.labelled(
                    t("standards.checked"),
                    t("standards.checked_text", frequency=frequency, how=how),
                )
            )
        elif frequency or how:
            block.append(self.labelled(t("standards.checked"), frequency or how))
        owner = " ".join(standard.owner.split())
        if owner:
            block.append(self.labelled(t("standards.owner"), owner))
        linked = [titles[pid] for pid in standard.problem_ids if pid in titles]
        if linked:
            block.append(self.labelled(t("standards.problems"), t.titles(linked)))
        if not item.check.measurable:
            check = words.check
            missing = str(check["list_separator"]).join(
                check["missing_names"][name] for name in item.check.missing
            )
            text = t("standards.not_measurable", missing=missing)
            if item.check.imperative:
                text = f"{t('standards.slogan')} {text}"
            block.append(self.para(text, s.warning))
        return block

    def focus_without_standard(self, titles: dict[int, str]) -> list[Flowable]:
        t, s = self.t, self.styles
        if not self.plan.figures.problems.focus_problems:
            return []
        uncovered = [titles[pid] for pid in self.plan.figures.focus_without_standard]
        if not uncovered:
            return [self.spacer(), self.para(t("standards.all_covered"), s.body)]
        story: list[Flowable] = [
            self.heading(t("standards.without_heading"), 1),
            self.para(t("standards.without_intro"), s.body),
        ]
        story += [self.para(title, s.bullet) for title in uncovered]
        return story

    # -- step 4: goals and means ---------------------------------------------------------------

    def goal_unit(self, goal: Goal) -> str:
        """The unit a goal's values are in: its measure's, else the one typed in."""
        from plan.goals import measures

        if goal.measure:
            measure = measures(self.t.language).get(goal.measure)
            if measure is not None:
                return measure.unit
        return goal.unit.strip()

    def goal_indicator(self, goal: Goal) -> str:
        from plan.goals import measures

        if goal.measure:
            measure = measures(self.t.language).get(goal.measure)
            if measure is not None:
                return measure.name
        return " ".join(goal.indicator.split())

    def goal_value(self, value: float | None, unit: str) -> str:
        return "—" if value is None else with_unit(self.t.short(value), unit)

    def _goals(self) -> list[Flowable]:
        t, s = self.t, self.styles
        figures = self.plan.figures
        goals = list(figures.goals)
        means = list(figures.means)
        currency = figures.economics.inputs.currency
        story: list[Flowable] = [
            self.para(
                t(
                    "goals.intro",
                    goals=len(goals),
                    means=len(means),
                    budget=t.money(figures.economics.budget_total, currency),
                ),
                s.lead,
            )
        ]
        if goals:
            charted = goals[:MAX_CHART_GOALS]
            figure = functools.partial(
                charts.goal_progress_figure,
                [g.goal.title for g in charted],
                [g.baseline for g in charted],
                [g.goal.target for g in charted],
                [self.goal_unit(g.goal) for g in charted],
                baseline_label=t("goals.baseline"),
                target_label=t("goals.target"),
                decimal_separator=t.decimal,
                title=t("goals.progress_title"),
                width=self.width * 0.95 / 72,
            )
            story.append(self.chart("goal_progress", figure, 0.95))
            if len(goals) > len(charted):
                story.append(
                    self.note(t("goals.chart_first", shown=len(charted), count=len(goals)))
                )
            story += self.goals_table(goals)
            story += self.goal_points(goals)
        story += self.means_table(goals, means, currency)
        story += self.timeline(goals, means)
        story += self.budget_chart(currency)
        story += self.checking(goals)
        return story

    def goals_table(self, goals: list[GoalFigures]) -> list[Flowable]:
        t, s = self.t, self.styles
        titles = self.problem_titles()
        rows: list[list[str | list[Any]]] = [
            [
                t("appendix.number"),
                t("goals.goal"),
                t("goals.baseline"),
                t("goals.target"),
                t("goals.deadline"),
                t("goals.owner"),
            ]
        ]
        any_measured = False
        for number, item in enumerate(goals, start=1):
            goal = item.goal
            unit = self.goal_unit(goal)
            about: list[Any] = [self.para(goal.title, s.td, bold=True)]
            indicator = self.goal_indicator(goal)
            if indicator and indicator != goal.title:
                about.append(self.para(indicator, s.td_note))
            linked = [titles[pid] for pid in goal.problem_ids if pid in titles]
            if linked:
                about.append(self.para(t("goals.problems", problems=t.titles(linked)), s.td_note))
            baseline: str | list[Any] = self.goal_value(item.baseline, unit)
            measured = (
                bool(goal.measure) and self.plan.figures.measured.get(goal.measure) is not None
            )
            if measured:
                any_measured = True
                baseline = [
                    self.para(str(baseline), s.td_right),
                    self.para(t("goals.measured"), s.td_note_right),
                ]
            deadline = _iso_day(goal.deadline)
            rows.append(
                [
                    str(number),
                    about,
                    baseline,
                    self.goal_value(goal.target, unit),
                    t.short_day(deadline) if deadline else t("goals.undated"),
                    " ".join(goal.owner.split()) or "—",
                ]
            )
        story: list[Flowable] = [
            self.table(rows, (0.06, 0.36, 0.12, 0.12, 0.13, 0.21), right=(0, 2, 3))
        ]
        if any_measured:
            story += [self.spacer(1.5 * MM), self.note(t("goals.measured_note"))]
        return story

    def goal_points(self, goals: list[GoalFigures]) -> list[Flowable]:
        """What the goal check still finds, goal by goal: the points to settle."""
        from plan.goals import load_goal_texts

        t, s = self.t, self.styles
        check = load_goal_texts(t.language).check
        lines = []
        for item in goals:
            goal = item.goal
            unit = self.goal_unit(goal)
            deadline = _iso_day(goal.deadline)
            values = {
                "indicator": self.goal_indicator(goal) or goal.title,
                "target": self.goal_value(goal.target, unit),
                "baseline": self.goal_value(item.baseline, unit),
                "deadline": t.day(deadline) if deadline else "",
            }
            for flag in item.flags:
                if flag in check:
                    text = check[flag].format(**values)
                    lines.append(t("goals.point", title=goal.title, text=text))
        if not lines:
            return []
        story: list[Flowable] = [self.para(t("goals.points"), s.h3, bold=True)]
        story += [self.para(line, s.bullet) for line in lines]
        return story

    def means_by_goal(
        self, goals: list[GoalFigures], means: Sequence[Means]
    ) -> list[tuple[str, tuple[Means, ...]]]:
        """The means under the goal each serves (`plan.figures.means_by_goal`), with each
        group's title."""
        return [
            (group.goal.title if group.goal else self.t("goals.unlinked"), group.means)
            for group in means_by_goal([item.goal for item in goals], means)
        ]

    def means_table(
        self, goals: list[GoalFigures], means: list[Means], currency: str
    ) -> list[Flowable]:
        from plan.goals import load_means_texts
        from plan.problems import load_texts as load_problem_texts

        t, s = self.t, self.styles
        if not means:
            return []
        kinds = load_problem_texts(t.language).root_causes
        statuses = load_means_texts(t.language).statuses
        rows: list[list[str | list[Any]]] = [
            [
                t("goals.action"),
                t("goals.kind"),
                t("goals.owner"),
                t("goals.dates"),
                t("goals.budget"),
            ]
        ]
        groups = []
        for title, members in self.means_by_goal(goals, means):
            groups.append(len(rows))
            subtotal = sum(m.budget for m in members)
            rows.append([title, "", "", "", t.money(subtotal, currency)])
            for item in members:
                # A means under way or done says so under its name; "planned" goes unsaid
                # (a column of "Planned" would only take room from the names).
                action: str | list[Any] = item.action
                if item.status != "planned":
                    status = statuses.get(item.status, item.status)
                    action = [self.para(item.action, s.td), self.para(status, s.td_note)]
                rows.append(
                    [
                        action,
                        kinds.get(item.kind, item.kind),
                        " ".join(item.owner.split()) or "—",
                        self.means_dates(item),
                        t.money(item.budget, currency),
                    ]
                )
        groups.append(len(rows))
        rows.append(
            [
                t("goals.total"),
                "",
                "",
                "",
                t.money(self.plan.figures.economics.budget_total, currency),
            ]
        )
        return [
            self.heading(t("goals.means"), 1),
            self.para(t("goals.means_intro"), s.body),
            self.table(rows, (0.37, 0.09, 0.19, 0.18, 0.17), right=(4,), groups=groups),
        ]

    def means_dates(self, item: Means) -> str | list[Any]:
        """A means' dates as a table cell: the start and the end, one under the other (a
        date is never broken across lines)."""
        t, s = self.t, self.styles
        start, end = _iso_day(item.start), _iso_day(item.end)
        if start is None and end is None:
            return "—"
        shown = [t.short_day(day) if day else "…" for day in (start, end)]
        return [self.para(f"{shown[0]} –", s.td), self.para(shown[1], s.td)]

    def timeline(self, goals: list[GoalFigures], means: list[Means]) -> list[Flowable]:
        from plan.goals import load_means_texts
        from plan.problems import load_texts as load_problem_texts

        t = self.t
        if not means:
            return []
        story: list[Flowable] = [self.heading(t("goals.timeline"), 1)]
        dated = []
        for item in means:  # in the order they start
            start, end = _iso_day(item.start), _iso_day(item.end)
            if start is not None and end is not None and start <= end:
                dated.append((item, start, end))
        if not dated:
            return [*story, self.note(t("goals.timeline_none"))]
        shown = dated[:MAX_TIMELINE_MEANS]
        bars = {
            id(item): charts.TimelineBar(item.action, start, end, item.kind, item.status == "done")
            for item, start, end in shown
        }
        groups = [
            (title, [bars[id(item)] for item in members if id(item) in bars])
            for title, members in self.means_by_goal(goals, [item for item, _, _ in shown])
        ]
        from reportlab.platypus import CondPageBreak

        kinds = dict(load_problem_texts(t.language).root_causes)
        kinds["done"] = load_means_texts(t.language).statuses["done"]
        for number, part in enumerate(_timeline_parts(groups)):
            figure = functools.partial(
                charts.means_timeline_figure,
                part,
                kind_labels=kinds,
                today=self.plan.today,
                title=t("goals.timeline_title") if number == 0 else "",
                width=self.width / 72,
            )
            chart = self.chart(f"timeline{number}", figure, shrink=TIMELINE_SHRINK)
            if number == 0:
                # The heading stays with the chart by a conditional page break rather than by
                # keep-with-next, which would lay the two out as one block and never let the
                # chart shrink into the room left on the page.
                heading = story[0]
                heading.keepWithNext = 0
                room = chart.drawing.height * TIMELINE_SHRINK + 12 * MM
                story.insert(0, CondPageBreak(room))
            story.append(chart)
        if len(dated) > len(shown):
            story.append(self.note(t("goals.timeline_first", shown=len(shown), count=len(dated))))
        return story

    def budget_chart(self, currency: str) -> list[Flowable]:
        from plan.problems import load_texts as load_problem_texts

        t = self.t
        figures = self.plan.figures
        if not figures.economics.budget_total:
            return []
        share = 0.7
        figure = functools.partial(
            charts.budget_by_kind_figure,
            dict(figures.budget_by_kind),
            kind_labels=dict(load_problem_texts(t.language).root_causes),
            currency=currency,
            decimal_separator=t.decimal,
            title="",  # the heading above says it
            width=self.width * share / 72,
            height=2.1,
        )
        return [self.heading(t("goals.budget_heading"), 1), self.chart("budget", figure, share)]

    def checking(self, goals: list[GoalFigures]) -> list[Flowable]:
        """Who checks progress, and when the next assessment is due: the latest goal deadline,
        or six months after the plan date when no goal has one."""
        t, s = self.t, self.styles
        story: list[Flowable] = [self.heading(t("goals.checking"), 1)]
        owners: list[str] = []
        for goal in goals:
            owner = " ".join(goal.goal.owner.split())
            if owner and owner not in owners:
                owners.append(owner)
        if owners:
            story.append(self.para(t("goals.checkers", owners=t.listing(owners)), s.body))
        elif goals:
            story.append(self.para(t("goals.checkers_none"), s.body))
        deadlines = [day for day in (_iso_day(g.goal.deadline) for g in goals) if day]
        if deadlines:
            text = t("goals.next_deadline", date=t.day(max(deadlines)))
        else:
            due = _add_months(self.plan_day(), REASSESS_MONTHS)
            text = t("goals.next_default", date=t.day(due), months=REASSESS_MONTHS)
        story.append(self.para(text, s.body))
        return story

    # -- why it pays -------------------------------------------------------------------------

    def _economics(self) -> list[Flowable]:
        from plan.goals import load_goal_texts

        t, s = self.t, self.styles
        figures = self.plan.figures
        e = figures.economics
        currency = e.inputs.currency
        words = load_goal_texts(t.language)

        def money(value: float | None) -> str | None:
            return None if value is None else t.money(value, currency)

        def people(value: float | None) -> str | None:
            return None if value is None else t.money(round(value))

        months = e.payback_months
        payback = None if months is None else t("economics.months", months=t.short(months))
        story: list[Flowable] = [
            self.para(words.explanation, s.body),
            self.figure_cards(
                [
                    (t("economics.revenue_lost"), money(e.revenue_lost), t("economics.a_year")),
                    (
                        t("economics.budget_total"),
                        money(e.budget_total) if figures.means else None,
                        t("economics.means_count", count=len(figures.means)),
                    ),
                    (
                        t("economics.projected_gain"),
                        money(e.projected_gain),
                        t("economics.a_year"),
                    ),
                    (
                        t("economics.payback_months"),
                        None if months is None else t.short(months),
                        t("economics.payback_note"),
                    ),
                ]
            ),
            self.spacer(),
        ]
        retention = e.retention_goal
        if retention is not None:
            story.append(
                self.para(
                    t(
                        "economics.retention",
                        title=retention.title,
                        baseline=self.goal_value(e.retention_baseline, "%"),
                        target=self.goal_value(retention.target, "%"),
                    ),
                    s.body,
                )
            )
        else:
            story.append(self.note(t("economics.retention_none")))

        def shown(value: str | None) -> str:
            return "—" if value is None else value

        story.append(self.heading(t("economics.inputs"), 1))
        rows = [[t("economics.input"), t("economics.value")]]
        rows += [
            [t("economics.customers"), shown(people(e.inputs.customers))],
            [t("economics.revenue_per_customer"), shown(money(e.inputs.revenue_per_customer))],
            [t("economics.customers_lost"), shown(people(e.inputs.customers_lost))],
            [t("economics.poor_service_share"), t.short(100 * e.inputs.poor_service_share) + "%"],
            [
                t("economics.replacement_factor"),
                t("economics.times", value=t.short(e.inputs.replacement_factor)),
            ],
        ]
        story.append(self.table(rows, (0.72, 0.28), right=(1,)))
        story.append(self.heading(t("economics.outputs"), 1))
        rows = [[t("economics.figure"), t("economics.value")]]
        rows += [
            [t("economics.lost_to_poor_service"), shown(people(e.lost_to_poor_service))],
            [t("economics.revenue_lost_year"), shown(money(e.revenue_lost))],
            [t("economics.told_unhappy"), shown(people(e.told_unhappy))],
            [t("economics.told_happy"), shown(people(e.told_happy))],
            [t("economics.replacement_cost"), shown(money(e.replacement_cost))],
            [t("economics.budget_total"), shown(money(e.budget_total))],
            [t("economics.projected_gain_year"), shown(money(e.projected_gain))],
            [t("economics.payback_months"), shown(payback)],
        ]
        story.append(self.table(rows, (0.72, 0.28), right=(1,), highlight=(2,)))
        story.append(self.para(t("economics.sources"), s.h3, bold=True))
        story += [self.para(source, s.source) for source in words.sources]
        return story

    def labelled(self, label: str, text: str, *, style: Any = None) -> Any:
        """A paragraph opening with a bold label: "Evidence: NPS −7.5 from 120 answers"."""
        from reportlab.platypus import Paragraph

        style = style or self.styles.body
        separator = "：" if self.t.language == "zh" else ": "
        body = markup(label + separator, self.fonts, bold=self.bold) + markup(text, self.fonts)
        return Paragraph(
            body,
            self.styles.for_text(style, label + text),
            bulletText="•" if style is self.styles.bullet else None,
        )

    def _appendix(self) -> list[Flowable]:
        return self.appendix_items() + self.appendix_statistics() + self.appendix_categories()

    def appendix_items(self) -> list[Flowable]:
        t, s = self.t, self.styles
        answered = self.plan.figures.survey.summary.servqual.items
        items = {number: gap for number, gap in answered.items() if gap.responses}
        if not items:
            return []
        questionnaire = load_questionnaire(t.language)
        texts = {item.number: item.statement for item in questionnaire.items}
        story: list[Flowable] = [
            self.heading(t("appendix.items"), 1),
            self.para(t("appendix.items_intro"), s.body),
        ]
        rows = [
            [
                t("appendix.number"),
                t("appendix.statement"),
                t("appendix.expectation_short"),
                t("appendix.perception_short"),
                t("customers.gap"),
                "n",
            ]
        ]
        for number in sorted(texts):
            gap = items.get(number)
            if gap is None:
                continue
            rows.append(
                [
                    str(number),
                    texts.get(number, ""),
                    self.maybe(gap.expectation, lambda v: t.number(v, 2)),
                    self.maybe(gap.perception, lambda v: t.number(v, 2)),
                    self.maybe(gap.gap, lambda v: t.signed(v, 2)),
                    str(gap.responses),
                ]
            )
        story.append(self.table(rows, (0.07, 0.55, 0.095, 0.095, 0.1, 0.09), right=(0, 2, 3, 4, 5)))
        return story

    def appendix_statistics(self) -> list[Flowable]:
        t = self.t
        survey = self.plan.figures.survey
        if not survey.responses:
            return []
        story: list[Flowable] = [self.heading(t("appendix.statistics"), 1)]
        story.append(self.para(t("appendix.distribution"), self.styles.h3))
        counts = survey.distribution
        rows = [[t("appendix.score"), *[str(n) for n in range(11)]]]
        rows.append([t("customers.answers"), *[str(c) for c in counts]])
        share = 0.84 / 11
        story.append(self.table(rows, (0.16, *([share] * 11)), right=range(1, 12)))
        segments = survey.segments
        if segments:
            story.append(self.spacer())
            story.append(self.segments_table(segments))
        return story

    def appendix_categories(self) -> list[Flowable]:
        t = self.t
        complaints = self.plan.figures.complaints
        if not complaints.total:
            return []
        story: list[Flowable] = [
            self.heading(t("appendix.categories"), 1),
            self.para(t("appendix.categories_intro"), self.styles.body),
        ]
        rows = [
            [
                t("customers.category"),
                t("customers.count"),
                t("customers.share"),
                t("customers.cumulative_share"),
            ]
        ]
        highlight = []
        for entry in complaints.pareto:
            if entry.vital_few:
                highlight.append(len(rows))
            rows.append(
                [
                    entry.category,
                    str(entry.count),
                    t.percent(entry.percent, 1),
                    t.percent(entry.cumulative_percent, 1),
                ]
            )
        rows.append([t("appendix.total"), str(complaints.total), t.percent(100), ""])
        story.append(
            self.table(rows, (0.52, 0.16, 0.16, 0.16), right=(1, 2, 3), highlight=highlight)
        )
        return story

    # -- layout ------------------------------------------------------------------------------

    def build(self, story: list[Flowable], cancelled: Callable[[], bool] | None) -> bytes:
        """Lay the story out once; the numbers known only at the end (each heading's page in
        the contents, the page count in "page X of Y") are PDF forms the pages refer to and
        the canvas fills in just before it saves (`_numbers_canvas`)."""
        return self._layout(story, cancelled)

    def _layout(self, story: list[Flowable], cancelled: Callable[[], bool] | None) -> bytes:
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        found = self.numbers
        buffer = io.BytesIO()
        profile = self.plan.profile
        author = " ".join(profile.preparer_name.split())
        if profile.prepared_by == "consultant" and profile.consultant_firm:
            author = f"{author}, {profile.consultant_firm}" if author else profile.consultant_firm
        title = self.t("document_title")
        document_self = self

        class Template(BaseDocTemplate):
            def afterFlowable(self, flowable: Any) -> None:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                heading = getattr(flowable, "_service_plan_heading", None)
                if heading is None:
                    return
                key, level, text = heading
                found.pages.setdefault(key, self.page)
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(document_self.outline_text(text), key, level)

        doc = Template(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.margin_x,
            rightMargin=self.margin_x,
            topMargin=self.margin_top,
            bottomMargin=self.margin_bottom,
            title=f"{title} — {self.business}" if self.business else title,
            author=author,
            subject=self.t("subject"),
            creator="Service Plan Builder",
            lang=_PDF_LANG[self.t.language],
            initialFontName=self.fonts.regular,
            invariant=1 if self.options.invariant else 0,
        )
        frame = Frame(
            self.margin_x,
            self.margin_bottom,
            self.width,
            self.pagesize[1] - self.margin_top - self.margin_bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )

        def count(canvas: Canvas, document: Any) -> None:
            found.page_count = max(found.page_count, document.page)

        def on_cover(canvas: Canvas, document: Any) -> None:
            count(canvas, document)
            self.draw_cover(canvas)

        def on_body(canvas: Canvas, document: Any) -> None:
            count(canvas, document)
            found.body_pages.append(document.page)
            self.draw_header_footer(canvas, document.page)

        doc.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=on_cover),
                PageTemplate(id="body", frames=[frame], onPage=on_body),
            ]
        )
        doc.build(story, canvasmaker=_numbers_canvas(self, found))
        return buffer.getvalue()

    def outline_text(self, text: str) -> str:
        """A heading as the PDF outline shows it: one line, what the fonts could print."""
        return " ".join(clean_text(text, self.fonts).split())

    def draw_cover(self, canvas: Canvas) -> None:
        """The cover's decoration: an accent band, and the consultant's firm and logo."""
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(_color(self.accent))
        canvas.rect(0, height - 14 * MM, width, 14 * MM, stroke=0, fill=1)
        canvas.setFillColor(_color(charts.tint(self.accent, 0.12)))
        canvas.rect(0, 0, width, 38 * MM, stroke=0, fill=1)
        profile = self.plan.profile
        firm = self.branding.firm or (
            profile.consultant_firm if profile.prepared_by == "consultant" else ""
        )
        firm = " ".join(firm.split())
        x = self.margin_x
        logo = logo_reader(self.branding.logo)
        if logo is not None:
            w, h = logo.getSize()
            scale = min(40 * MM / w, 16 * MM / h)
            canvas.drawImage(logo, x, 12 * MM, w * scale, h * scale, mask="auto")
            x += w * scale + 6 * MM
        room = width - self.margin_x - x  # a long firm or footer stays on the page
        if firm:
            canvas.setFillColor(_color(INK))
            firm = self.one_line(firm, 11, room, bold=True)
            draw_text(canvas, x, 18 * MM, firm, self.fonts, 11, bold=True)
        if self.branding.footer.strip():
            canvas.setFillColor(_color(MUTED))
            footer = self.one_line(self.branding.footer.strip(), 8, room)
            draw_text(canvas, x, 12 * MM, footer, self.fonts, 8)
        canvas.restoreState()

    def draw_header_footer(self, canvas: Canvas, page: int) -> None:
        """The running header (business, document) and footer (footer line, page X of Y)."""
        width, height = self.pagesize
        left, right = self.margin_x, width - self.margin_x
        fonts = self.fonts
        canvas.saveState()
        canvas.setStrokeColor(_color(self.accent))
        canvas.setLineWidth(0.8)
        y = height - self.margin_top + 8 * MM
        canvas.line(left, y - 2.5 * MM, right, y - 2.5 * MM)
        canvas.setFillColor(_color(MUTED))
        title = self.t("document_title")
        title_width = draw_text(canvas, right, y, title, fonts, 8, align="right")
        if self.business:
            room = right - left - title_width - 8 * MM
            draw_text(canvas, left, y, self.one_line(self.business, 8, room), fonts, 8)
        canvas.setStrokeColor(_color(HAIRLINE))
        canvas.setLineWidth(0.5)
        y = self.margin_bottom - 10 * MM
        canvas.line(left, y + 4 * MM, right, y + 4 * MM)
        canvas.doForm(_page_form(page))  # "page X of Y": Y is known when the PDF is saved
        page_width = text_width(self.t("page_of", page=888, pages=888), fonts, 8)
        footer = " ".join((self.branding.footer or self.branding.firm).split())
        if footer:
            room = right - left - page_width - 8 * MM
            draw_text(canvas, left, y, self.one_line(footer, 8, room), fonts, 8)
        canvas.restoreState()

    def one_line(self, text: str, size: float, room: float, *, bold: bool = False) -> str:
        """`text` shortened to fit one line of `room` points: worked out once per export, not
        on every page that prints it."""
        key = (text, size, room, bold)
        fitted = self._one_line.get(key)
        if fitted is None:
            fitted = _shortened(text, self.fonts, size, room, bold=bold)
            self._one_line[key] = fitted
        return fitted


#: Chart drawings of recent exports, by what they show (see `_Document.chart`).
MAX_CACHED_DRAWINGS = 32
_DRAWINGS: OrderedDict[str, Any] = OrderedDict()
_DRAWINGS_LOCK = threading.Lock()


def _figure_key(figure: Callable[[], Any], width: float) -> str:
    """What a chart shows: its builder and arguments (all plain values), and its width."""
    if not isinstance(figure, functools.partial):
        raise TypeError("a chart is given as functools.partial(builder, ...)")
    keywords = sorted(figure.keywords.items())
    return repr((figure.func.__module__, figure.func.__name__, figure.args, keywords, width))


def _drawing(figure: Any, width: float, fonts: FontSet) -> Any:
    """A matplotlib figure as a reportlab drawing `width` points wide."""
    drawing = charts.figure_to_drawing(figure)
    scale = width / drawing.width
    drawing.width = width  # exactly: a hair wider than the frame is "too large" for reportlab
    drawing.height *= scale
    drawing.scale(scale, scale)
    # A drawing starts in reportlab's default font (Helvetica, which would be listed in the
    # PDF unembedded) unless told otherwise; the chart's text is outlines anyway.
    drawing.initialFontName = fonts.regular
    return drawing


class _FlowableClasses(NamedTuple):
    Chart: Any
    Contents: Any
    PageNumber: Any


@functools.cache
def _flowables() -> _FlowableClasses:
    """Our flowable classes, defined on first use so that reportlab is imported only then."""
    from reportlab.graphics import renderPDF
    from reportlab.platypus import Flowable

    class Chart(Flowable):
        """A chart drawing (a Drawing itself would be changed by being laid out)."""

        def __init__(
            self, drawing: Any, shrink: float = 1.0, page_height: float | None = None
        ) -> None:
            super().__init__()
            self.drawing = drawing
            self.hAlign = "CENTER"
            self.shrink = shrink
            self.scale = 1.0
            # Taller than a page (it cannot be split): drawn smaller rather than failing.
            self.largest = 1.0
            if page_height and drawing.height > page_height:
                self.largest = page_height / drawing.height

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            # A full-width chart may exceed the frame by a rounding error, which reportlab
            # would call "too large".
            width, height = min(self.drawing.width, available_width), self.drawing.height
            fits = available_height / height if height else 1.0
            shrink = min(self.shrink, self.largest)
            self.scale = min(self.largest, fits if shrink <= fits < 1.0 else 1.0)
            return (width * self.scale, height * self.scale)

        def draw(self) -> None:
            if self.scale != 1.0:
                self.canv.saveState()
                self.canv.scale(self.scale, self.scale)
                renderPDF.draw(self.drawing, self.canv, 0, 0)
                self.canv.restoreState()
            else:
                renderPDF.draw(self.drawing, self.canv, 0, 0)

    class Contents(Flowable):
        """Stand-in for the contents table, made when it is laid out: the headings are known
        only after the whole story has been made (the contents come before what they list)."""

        def __init__(self, document: _Document) -> None:
            super().__init__()
            self.document = document
            self.table: Any = None

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.table = self.document.contents_table()  # page numbers change between passes
            if self.table is None:
                return (0, 0)
            width, height = self.table.wrap(available_width, available_height)
            return (width, height)

        def split(self, available_width: float, available_height: float) -> list[Any]:
            if self.table is None:
                return []
            return list(self.table.split(available_width, available_height))

        def draw(self) -> None:
            if self.table is not None:
                self.table.drawOn(self.canv, 0, 0)

    class PageNumber(Flowable):
        """A heading's page number in the contents: a form filled in when the PDF is saved,
        linked to the heading."""

        def __init__(self, key: str, height: float) -> None:
            super().__init__()
            self.key = key
            self.height = height

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            return (available_width, self.height)

        def draw(self) -> None:
            self.canv.doForm(_contents_form(self.key))
            self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)

    return _FlowableClasses(Chart, Contents, PageNumber)


def _page_form(page: int) -> str:
    return f"ServicePlanPage{page}"


def _contents_form(key: str) -> str:
    return f"ServicePlanContents{key}"


#: The timeline may be drawn down to this share of its size to stay on the page.
TIMELINE_SHRINK = 0.85
#: At most this many means on one timeline chart; more are drawn as several charts.
MAX_TIMELINE_BARS = 20
#: The timeline shows at most this many means (the first to start); the table lists them all.
#: Why a limit: each chart of 20 takes a page and most of a second to draw.
MAX_TIMELINE_MEANS = 3 * MAX_TIMELINE_BARS
#: The goals' progress chart shows at most this many goals (a row each); the table has all.
MAX_CHART_GOALS = 10


def _timeline_parts(
    groups: list[tuple[str, list[charts.TimelineBar]]],
) -> list[list[tuple[str, list[charts.TimelineBar]]]]:
    """The timeline's goals in charts of at most MAX_TIMELINE_BARS means each (about a page),
    a goal with more means than that split across charts under its title."""
    parts: list[list[tuple[str, list[charts.TimelineBar]]]] = [[]]
    count = 0
    for title, bars in groups:
        for start in range(0, len(bars), MAX_TIMELINE_BARS):
            piece = bars[start : start + MAX_TIMELINE_BARS]
            if count and count + len(piece) > MAX_TIMELINE_BARS:
                parts.append([])
                count = 0
            parts[-1].append((title, piece))
            count += len(piece)
    return [part for part in parts if part]


#: Width of the page-number column of the contents.
CONTENTS_NUMBER_WIDTH = 14 * MM


def _numbers_canvas(document: _Document, numbers: _Numbers) -> Any:
    """A reportlab canvas class that, just before saving, draws the numbers known only then
    into the forms the pages refer to: every "page X of Y" and the contents' page numbers."""
    from reportlab.pdfgen.canvas import Canvas

    class NumbersCanvas(Canvas):
        def save(self) -> None:
            t, fonts = document.t, document.fonts
            width, _ = document.pagesize
            right = width - document.margin_x
            y = document.margin_bottom - 10 * MM
            for page in numbers.body_pages:
                self.beginForm(_page_form(page))
                self.setFillColor(_color(MUTED))
                text = t("page_of", page=page, pages=numbers.page_count)
                draw_text(self, right, y, text, fonts, 8, align="right")
                self.endForm()
            style = document.styles.toc_page
            for key, _, _ in document.headings:
                self.beginForm(_contents_form(key), 0, 0, CONTENTS_NUMBER_WIDTH, style.leading)
                self.setFillColor(_color(INK))
                number = str(numbers.pages.get(key, ""))
                baseline = style.leading - style.fontSize
                draw_text(
                    self,
                    CONTENTS_NUMBER_WIDTH,
                    baseline,
                    number,
                    fonts,
                    style.fontSize,
                    align="right",
                )
                self.endForm()
            super().save()

    return NumbersCanvas


#: The Pareto chart shows at most this many categories; the rest are one "other" bar (a log
#: with a free-text category per complaint could otherwise draw thousands of bars).
MAX_CHART_CATEGORIES = 12


def _chart_categories(pareto: Sequence[ParetoEntry], t: _Texts) -> list[tuple[str, int, float]]:
    """(category, count, cumulative percent) per bar: the largest categories, then the rest."""
    if len(pareto) <= MAX_CHART_CATEGORIES:
        return [(e.category, e.count, e.cumulative_percent) for e in pareto]
    kept = pareto[: MAX_CHART_CATEGORIES - 1]
    rest = pareto[MAX_CHART_CATEGORIES - 1 :]
    bars = [(e.category, e.count, e.cumulative_percent) for e in kept]
    other = t("customers.other_categories", count=len(rest))
    bars.append((other, sum(e.count for e in rest), 100.0))
    return bars


def _shortened(text: str, fonts: FontSet, size: float, room: float, *, bold: bool = False) -> str:
    """`text` cut with an ellipsis to fit `room` points on one line.

    The longest prefix that fits is found by bisection: a few measurements whatever the
    text's length (cutting a character at a time measured a 1,000-character name a thousand
    times, on every page).
    """
    if text_width(text, fonts, size, bold=bold) <= room:
        return text
    fits, too_long = 0, len(text)  # a prefix of `fits` characters fits, one of `too_long` not
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if text_width(text[:middle] + "…", fonts, size, bold=bold) <= room:
            fits = middle
        else:
            too_long = middle
    text = text[:fits]
    return text.rstrip() + "…" if text else ""


def _iso_day(text: str) -> date | None:
    """A stored ISO date, or None for "" (not set) and for anything unreadable."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day."""
    import calendar

    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _fitted_image(
    image_class: Any, reader: Any, data: bytes | None, max_width: float, max_height: float
) -> Any:
    """An Image flowable of a logo already decoded by `logo_reader`, within the given box."""
    width, height = reader.getSize()
    scale = min(max_width / width, max_height / height)
    image = image_class(io.BytesIO(data or b""), width * scale, height * scale)
    image.hAlign = "LEFT"
    return image


def _largest_gap(summary: SurveySummary) -> tuple[str, float] | None:
    """The SERVQUAL dimension with the most negative gap (or the smallest gap if none is)."""
    gaps = [
        (name, gap.gap) for name, gap in summary.servqual.dimensions.items() if gap.gap is not None
    ]
    if not gaps:
        return None
    return min(gaps, key=lambda pair: pair[1])


class _Styles:
    """The document's paragraph styles: one factory, so every page looks alike."""

    def __init__(self, fonts: FontSet, language: str, accent: str) -> None:
        from reportlab.lib.enums import TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        cjk = language == "zh"
        base = ParagraphStyle(
            "body",
            fontName=fonts.regular,
            fontSize=9.5,
            leading=13.5,
            textColor=_color(INK),
            spaceAfter=4,
            wordWrap="CJK" if cjk else None,
            alignment=TA_LEFT,
        )
        heading_font = fonts.regular if cjk else fonts.bold

        def style(name: str, **values: Any) -> ParagraphStyle:
            parent = values.pop("parent", base)
            return ParagraphStyle(name, parent=parent, **values)

        self.body = base
        self.lead = style("lead", fontSize=10.5, leading=15, spaceAfter=6)
        self.note = style("note", textColor=_color(MUTED), fontSize=9)
        self.bullet = style(
            "bullet", leftIndent=12, bulletIndent=2, spaceAfter=2, bulletFontName=fonts.regular
        )
        self.quote = style(
            "quote", leftIndent=12, textColor=_color("#3A464E"), fontSize=9, spaceAfter=5
        )
        self.h1 = style(
            "h1",
            fontName=heading_font,
            fontSize=17,
            leading=22,
            textColor=_color(accent),
            spaceBefore=4,
            spaceAfter=8,
            keepWithNext=1,
        )
        self.h2 = style(
            "h2",
            fontName=heading_font,
            fontSize=12,
            leading=16,
            textColor=_color(accent),
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.h3 = style(
            "h3",
            fontName=heading_font,
            fontSize=10,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.td = style("td", fontSize=8.5, leading=11, spaceAfter=0)
        self.td_right = style("td_right", parent=self.td, alignment=TA_RIGHT)
        self.th = style("th", parent=self.td, fontName=heading_font, textColor=_color(INK))
        self.th_right = style("th_right", parent=self.th, alignment=TA_RIGHT)
        self.td_note = style(
            "td_note", parent=self.td, fontSize=7.5, leading=9.5, textColor=_color(MUTED)
        )
        self.td_note_right = style("td_note_right", parent=self.td_note, alignment=TA_RIGHT)
        self.warning = style("warning", parent=self.note, textColor=_color(BAD))
        self.source = style(
            "source", parent=self.bullet, fontSize=8, leading=11, textColor=_color(MUTED)
        )
        self.card_label = style("card_label", fontSize=8, leading=10, textColor=_color(MUTED))
        self.card_value = style(
            "card_value",
            fontName=heading_font,
            fontSize=19,
            leading=24,
            textColor=_color(accent),
            spaceAfter=1,
        )
        self.card_missing = style(
            "card_missing", fontSize=9, leading=12, textColor=_color(MUTED), spaceBefore=6
        )
        self.card_note = style("card_note", fontSize=7, leading=9, textColor=_color(MUTED))
        self.cover_title = style(
            "cover_title",
            fontName=heading_font,
            fontSize=34,
            leading=40,
            textColor=_color(accent),
            spaceAfter=6,
        )
        self.cover_business = style("cover_business", fontSize=18, leading=24)
        self.cover_label = style(
            "cover_label", fontSize=8.5, leading=11, textColor=_color(MUTED), spaceAfter=0
        )
        self.cover_value = style("cover_value", fontSize=11.5, leading=15, spaceAfter=7)
        self.toc1 = style("toc1", fontName=heading_font, fontSize=11, leading=15, spaceAfter=0)
        self.toc2 = style("toc2", fontSize=9.5, leading=13, leftIndent=14, spaceAfter=0)
        self.toc_page = style("toc_page", parent=self.toc2, leftIndent=0, alignment=TA_RIGHT)
        self._cjk_variants: dict[str, ParagraphStyle] = {}

    def card_value_fitting(self, value: str, room: float, fonts: FontSet, *, bold: bool) -> Any:
        """The card value's style, its size lowered (to 11 pt at least) until `value` fits
        on one line of `room` points: "7 082 880 ₽" must not leave its "₽" on a line alone."""
        from reportlab.lib.styles import ParagraphStyle

        size = self.card_value.fontSize
        while size > 11 and text_width(value, fonts, size, bold=bold) > room:
            size -= 1
        if size == self.card_value.fontSize:
            return self.card_value
        return ParagraphStyle(
            f"card_value_{size}",
            parent=self.card_value,
            fontSize=size,
            leading=size * self.card_value.leading / self.card_value.fontSize,
        )

    def for_text(self, style: Any, text: str) -> Any:
        """`style`, or its CJK-wrapping twin when `text` has CJK characters in a Latin style."""
        from export.pdf_text import uses_cjk

        if style.wordWrap == "CJK" or not uses_cjk([text]):
            return style
        variant = self._cjk_variants.get(style.name)
        if variant is None:
            from reportlab.lib.styles import ParagraphStyle

            variant = ParagraphStyle(f"{style.name}_cjk", parent=style, wordWrap="CJK")
            self._cjk_variants[style.name] = variant
        return variant
