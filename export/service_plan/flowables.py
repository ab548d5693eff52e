"""The document's own flowables and canvas: headings that record their page, charts as
drawings (cached), and the page numbers drawn last as forms."""

from __future__ import annotations

import functools
import io
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from export import charts
from export.pdf_text import (
    FontSet,
    draw_text,
    text_width,
)
from export.service_plan.options import (
    INK,
    MM,
    MUTED,
)
from export.service_plan.styles import (
    _color,
)

if TYPE_CHECKING:
    from export.service_plan.template import _DocumentBase, _Numbers

    pass


#: A table cell is at most this share of the page's text height (its text is shortened).
MAX_CELL_SHARE = 0.7
#: Points of space above a chart (half of it below).
CHART_SPACE = 8.0
#: A table of at most this many rows is never split across pages (no lone row at the foot
#: or head of a page); a longer one splits where it must, leaving at least MIN_SPLIT_ROWS
#: of its rows on each page.
KEEP_TABLE_ROWS = 12
MIN_SPLIT_ROWS = 3


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


#: Chart drawings of recent exports, by what they show (see `_DocumentBase.chart`).
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
    drawing = charts.figure_to_drawing(figure, fonts)  # its text as text, in the PDF's fonts
    scale = width / drawing.width
    drawing.width = width  # exactly: a hair wider than the frame is "too large" for reportlab
    drawing.height *= scale
    drawing.scale(scale, scale)
    # A drawing starts in reportlab's default font (Helvetica, which would be listed in the
    # PDF unembedded) unless told otherwise.
    drawing.initialFontName = fonts.regular
    return drawing


class _FlowableClasses(NamedTuple):
    Chart: Any
    Contents: Any
    PageNumber: Any
    Table: Any
    BoldParagraph: Any


@functools.cache
def _flowables() -> _FlowableClasses:
    """Our flowable classes, defined on first use so that reportlab is imported only then."""
    return _FlowableClasses(
        _chart_class(), _contents_class(), _page_number_class(), _table_class(), _bold_class()
    )


#: The outline's width for a bold weight drawn from a regular face, as a share of the size.
FAKE_BOLD_STROKE = 0.035


@functools.cache
def _bold_class() -> Any:
    """A paragraph drawn bold from a regular face: filled and outlined in its own colour.

    Why: no CJK font we can embed has a bold face, so Chinese headings looked like body text.
    The text render mode is part of the PDF graphics state, so setting it around the
    paragraph's own drawing emboldens every glyph (Latin and Chinese alike); the text stays
    text (searchable, selectable).
    """
    from reportlab.platypus import Paragraph

    class BoldParagraph(Paragraph):
        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            canvas.setStrokeColor(self.style.textColor)
            canvas.setLineWidth(self.style.fontSize * FAKE_BOLD_STROKE)
            canvas._code.append("2 Tr")  # fill, then stroke
            try:
                super().draw()
            finally:
                canvas._code.append("0 Tr")
                canvas.restoreState()

    return BoldParagraph


@functools.cache
def _table_class() -> Any:
    """A table that a short one is never split across pages (made once, like the others).

    Why not KeepTogether: a heading's keepWithNext does not reach into a KeepTogether, so the
    heading would stay at the foot of the page while the table moved on.
    """
    from reportlab.platypus import Table

    class KeptTable(Table):
        #: The frame's height, set by the document: a taller table must split after all.
        frame_height: float = 0.0

        def split(self, available_width: float, available_height: float) -> list[Any]:
            short = len(self._cellvalues) <= KEEP_TABLE_ROWS
            if short and getattr(self, "_height", 0.0) <= self.frame_height:
                return []  # moved whole to the next page: no lone row at a page's foot or head
            parts = list(super().split(available_width, available_height))
            if len(parts) != 2:
                return parts
            header = self.repeatRows or 0
            first = len(parts[0]._cellvalues) - header
            last = len(parts[1]._cellvalues) - header
            if first < MIN_SPLIT_ROWS:
                return []  # a row or two at the foot of a page: start on the next one
            if last >= MIN_SPLIT_ROWS:
                return parts
            # Too few rows left for the next page: take some with them from this one.
            moved = min(MIN_SPLIT_ROWS - last, first - MIN_SPLIT_ROWS)
            if moved <= 0:
                return parts
            end = header + first
            room = available_height - sum(self._rowHeights[end - moved : end])
            return list(super().split(available_width, room)) or parts

    return KeptTable


@functools.cache
def _chart_class() -> Any:
    """The Chart flowable's class (made once: reportlab is imported only on first use)."""
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
            # Clear of a table above it: the figure's white background would otherwise be
            # drawn over the table's bottom rule.
            self.spaceBefore = CHART_SPACE
            self.spaceAfter = CHART_SPACE / 2
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

    return Chart


@functools.cache
def _contents_class() -> Any:
    """The Contents flowable's class (made once: reportlab is imported only on first use)."""
    from reportlab.platypus import Flowable

    class Contents(Flowable):
        """Stand-in for the contents table, made when it is laid out: the headings are known
        only after the whole story has been made (the contents come before what they list)."""

        def __init__(self, document: _DocumentBase) -> None:
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

    return Contents


@functools.cache
def _page_number_class() -> Any:
    """The PageNumber flowable's class (made once: reportlab is imported only on first use)."""
    from reportlab.platypus import Flowable

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

    return PageNumber


def _page_form(page: int) -> str:
    return f"ServicePlanPage{page}"


def _contents_form(key: str) -> str:
    return f"ServicePlanContents{key}"


#: Width of the page-number column of the contents.
CONTENTS_NUMBER_WIDTH = 14 * MM


def _numbers_canvas(document: _DocumentBase, numbers: _Numbers) -> Any:
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


def _fitted_image(
    image_class: Any, reader: Any, data: bytes | None, max_width: float, max_height: float
) -> Any:
    """An Image flowable of a logo already decoded by `logo_reader`, within the given box."""
    width, height = reader.getSize()
    scale = min(max_width / width, max_height / height)
    image = image_class(io.BytesIO(data or b""), width * scale, height * scale)
    image.hAlign = "LEFT"
    return image
