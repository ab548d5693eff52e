"""The printable customer questionnaire: NPS, CSAT, CES, the 22 SERVQUAL items, importance.

An owner prints this form (at most two pages, A4 or Letter), hands it to customers and types
the answers into the app later, so its numbering follows the survey columns (`nps`, `csat`,
`ces`, `E1`…`E22`, `P1`…`P22`, `W_<dimension>`, `segment`, `date`, `comment`).

All text reaches reportlab through `export.pdf_text` (escaped, split into runs per script), so a
business name like `<b>R&D</b> 咖啡` prints literally and in fonts that have its glyphs. The
document is built in memory (twice: the footer's "page X of N" needs N) and then written
atomically: a temporary file beside the target, then `os.replace`.
"""

from __future__ import annotations

import functools
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

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
    uses_cjk,
)
from plan import LANGUAGES
from plan.errors import InvalidValueError
from plan.profile import FIELD_SPECS
from plan.questionnaire import Questionnaire, Scale, load_questionnaire

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    from plan.store import PlanStore

__all__ = ["MAX_GROUPS", "PAPERS", "render_survey_form", "write_survey_form"]

log = logging.getLogger(__name__)

PAPERS: tuple[str, ...] = ("a4", "letter")

#: At most this many customer groups get a tick box (the form must stay within two pages);
#: longer group names are shortened to MAX_GROUP_CHARS characters.
MAX_GROUPS = 12
MAX_GROUP_CHARS = 40

#: Business names longer than this are printed in the header only; the questions say "us".
MAX_NAME_IN_TEXT = 60
#: A longer name (only another tool can write one: the plan's form takes 200 characters) is
#: cut to this length with an ellipsis: the header is one table cell, which reportlab cannot
#: split across pages, so an 8,000-character name ended the form with a LayoutError. A form
#: handed to customers shows the ellipsis and no note.
MAX_NAME_CHARS = FIELD_SPECS["business_name"].max_length

_PDF_LANG = {"en": "en", "ru": "ru", "zh": "zh-CN"}

MM = 72 / 25.4  # points per millimetre (reportlab.lib.units.mm, without importing reportlab)

ACCENT = "#1F4E5F"  # headings, numbers, rules
INK = "#222222"
MUTED = "#5A6670"  # hints, anchors, footer
LINE = "#3C4A52"  # answer boxes
HAIRLINE = "#C5CED3"
TINT = "#E8EFF2"  # dimension rows, table header
TINT_E = "#F3F6F8"  # the expectation column
TINT_P = "#FBF7F0"  # the perception column


@dataclass(frozen=True)
class _Built:
    pdf: bytes
    pages: int
    page1_room: float  # points left at the end of page 1 (split layout), else 0


class _Content(NamedTuple):
    """What the form says, whatever its layout."""

    q: Questionnaire  # texts, filled in with the business name (or generic)
    business: str  # for the header and the document's metadata
    fonts: FontSet
    logo: Any  # a reportlab ImageReader, or None
    groups: list[str]
    paper: str
    invariant: bool


class _Layout(NamedTuple):
    density: _Density
    split: bool  # SERVQUAL starts page 2
    total_pages: int = 0  # 0: not known yet (first pass), no "page X of N"
    extra_gap: float = 0.0  # added above each question on page 1


@dataclass(frozen=True)
class _Density:
    """Type sizes and spacing. _COMPACT is tried when _NORMAL needs a third page."""

    body: float
    small: float
    heading: float
    title: float
    item: float
    box: float  # side of an NPS/CSAT/CES answer box, points
    pitch: float  # distance between NPS/CES boxes
    circle: float  # diameter of a SERVQUAL answer circle
    circle_pitch: float
    gap: float  # space before each question
    item_pad: float  # vertical padding of a SERVQUAL row
    comment_min: float
    comment_max: float


_MAX_EXTRA_GAP = 7 * MM

_NORMAL = _Density(
    body=9,
    small=7.2,
    heading=9.6,
    title=15,
    item=8,
    box=6.2 * MM,
    pitch=10 * MM,
    circle=4.1 * MM,
    circle_pitch=4.75 * MM,
    gap=4.2 * MM,
    item_pad=1.3,
    comment_min=24 * MM,
    comment_max=75 * MM,
)
_COMPACT = _Density(
    body=8.4,
    small=6.8,
    heading=9,
    title=13,
    item=7.5,
    box=5.4 * MM,
    pitch=9 * MM,
    circle=3.8 * MM,
    circle_pitch=4.4 * MM,
    gap=2.8 * MM,
    item_pad=0.8,
    comment_min=20 * MM,
    comment_max=40 * MM,
)


def write_survey_form(
    store: PlanStore,
    out: Path | str,
    *,
    language: str | None = None,
    paper: str = "a4",
    invariant: bool = False,
) -> None:
    """Write the plan's printable customer questionnaire to `out` as a PDF (1–2 pages).

    `language` defaults to the plan's; `paper` is "a4" or "letter". `invariant` makes the
    output byte-identical for identical input (no timestamps or random ids), for tests.
    Raises `PlanError` naming `out` when its folder is missing or cannot be written,
    `InvalidValueError` for an unknown language or paper, and `CjkFontMissingError` (also a
    PlanError) when Chinese must be printed on a system without a CJK font. On any failure an
    existing `out` is left as it was and no temporary file remains.
    """
    out = Path(out)
    check_target(out, "the questionnaire", store.path)
    profile = store.profile.get()
    logo = store.profile.logo()
    data = render_survey_form(
        language or store.language(),
        business_name=profile.business_name,
        logo=logo.data if logo is not None else None,
        groups=profile.customer_groups,
        paper=paper,
        invariant=invariant,
    )
    write_atomically(out, data)


def render_survey_form(
    language: str,
    *,
    business_name: str = "",
    logo: bytes | None = None,
    groups: Sequence[str] = (),
    paper: str = "a4",
    invariant: bool = False,
) -> bytes:
    """The questionnaire as PDF bytes, from plain values rather than a plan.

    Why separate from `write_survey_form`: a plan's connection belongs to the thread that
    opened it, so a window reads these values itself and renders in a worker thread.
    """
    if language not in LANGUAGES:
        raise InvalidValueError("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
    if paper not in PAPERS:
        raise InvalidValueError("paper", f"{paper!r} is not one of {', '.join(PAPERS)}")
    fonts = register_fonts()
    # As printed (emoji dropped, see export.pdf_text), so no space is left where one was.
    business_name = " ".join(clean_text(business_name, fonts).split())
    if len(business_name) > MAX_NAME_CHARS:
        business_name = business_name[: MAX_NAME_CHARS - 1].rstrip() + "…"
    # A long name in every question makes them hard to read (and the form too long): the
    # header shows it, and the questions say "us".
    in_text = business_name if len(business_name) <= MAX_NAME_IN_TEXT else ""
    questionnaire = load_questionnaire(language).for_business(in_text)
    content = _Content(
        questionnaire,
        business_name,
        fonts,
        logo_reader(logo),
        _groups(groups),
        paper,
        invariant,
    )
    built = _Built(b"", 0, 0.0)
    # Best layout first: the SERVQUAL table whole on page 2. When that needs a third page
    # (long Russian texts, a long name, many customer groups), let the table flow, then shrink.
    for density, split in ((_NORMAL, True), (_NORMAL, False), (_COMPACT, False)):
        layout = _Layout(density, split)
        built = _build(content, layout)
        if built.pages > 2 and density is not _COMPACT:
            continue
        # Pass 2 prints "page X of N" now that N is known, and spreads page 1's questions
        # over the room left under them (only in the split layout, where page 1 ends early).
        questions = 4 + bool(content.groups)  # NPS, CSAT, CES, importance (+ groups)
        extra = min(max(built.page1_room - 2, 0) / questions, _MAX_EXTRA_GAP) if split else 0.0
        final = layout._replace(total_pages=built.pages, extra_gap=extra)
        built = _build(content, final)
        break
    pages = built.pages
    if pages > 2:
        log.warning("the customer questionnaire needs %d pages", pages)
    return built.pdf


# -- inputs ----------------------------------------------------------------------------------


def _groups(groups: Sequence[str]) -> list[str]:
    """The customer groups that get tick boxes: blanks dropped, shortened, at most MAX_GROUPS."""
    shown: list[str] = []
    for group in groups:
        name = " ".join(group.split())
        if len(name) > MAX_GROUP_CHARS:
            name = name[: MAX_GROUP_CHARS - 1].rstrip() + "…"
        if name and name not in shown:
            shown.append(name)
    if len(shown) > MAX_GROUPS:
        log.info("only the first %d of %d customer groups fit the form", MAX_GROUPS, len(shown))
    return shown[:MAX_GROUPS]


# -- building --------------------------------------------------------------------------------


def _build(content: _Content, layout: _Layout) -> _Built:
    """One reportlab build: the PDF, its page count and the room left at the end of page 1."""
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    q, fonts, name = content.q, content.fonts, content.business
    pagesize = A4 if content.paper == "a4" else LETTER
    margin_x, margin_top, margin_bottom = 14 * MM, 12 * MM, 15 * MM
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin_x,
        rightMargin=margin_x,
        topMargin=margin_top,
        bottomMargin=margin_bottom,
        title=f"{q.title} — {name}" if name else q.title,
        author=name,
        subject="NPS, CSAT, CES, SERVQUAL",
        creator="Service Plan Builder",
        lang=_PDF_LANG[q.language],
        initialFontName=fonts.regular,
        invariant=1 if content.invariant else 0,
    )
    frame = Frame(
        margin_x,
        margin_bottom,
        pagesize[0] - 2 * margin_x,
        pagesize[1] - margin_top - margin_bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    seen = [0]
    total_pages = layout.total_pages

    def footer(canvas: Canvas, document: Any) -> None:
        seen[0] = max(seen[0], document.page)
        canvas.saveState()
        canvas.setFillColor(_color(MUTED))
        canvas.setStrokeColor(_color(HAIRLINE))
        canvas.setLineWidth(0.5)
        y = margin_bottom - 6 * MM
        canvas.line(margin_x, y + 3.2 * MM, pagesize[0] - margin_x, y + 3.2 * MM)
        draw_text(canvas, margin_x, y, q.footer, fonts, 7)
        if total_pages:
            right = pagesize[0] - margin_x
            page_text = q.page_text(document.page, total_pages)
            draw_text(canvas, right, y, page_text, fonts, 7, align="right")
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=footer)])
    builder = _FormBuilder(content, layout, frame.width)
    doc.build(builder.story())
    return _Built(buffer.getvalue(), seen[0], builder.page1_room[-1] if builder.page1_room else 0)


def _joined(first: str, second: str) -> str:
    """Two sentences as one text: a space between, except after CJK punctuation (。)."""
    return f"{first}{second}" if is_cjk(first[-1]) else f"{first} {second}"


def _color(value: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(value)


class _FormBuilder:
    """Makes the story (the list of flowables) of the form for one questionnaire and size."""

    def __init__(self, content: _Content, layout: _Layout, width: float) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        self.content = content
        self.q = q = content.q
        self.fonts = fonts = content.fonts
        self.layout = layout
        self.d = density = layout.density
        self.page1_room: list[float] = []  # what the probe at the end of page 1 measured
        # No bold CJK face exists: a Chinese form is set in one weight rather than in bold
        # Latin words and digits among regular Chinese (see export.pdf_text).
        self.bold = q.language != "zh"
        self.width = width
        self.indent = 6.5 * MM  # questions' text and answers start here; the number hangs left
        d = density
        base = ParagraphStyle(
            "body",
            fontName=fonts.regular,
            fontSize=d.body,
            leading=d.body * 1.3,
            textColor=_color(INK),
            wordWrap="CJK" if q.language == "zh" else None,
        )
        self.body = base
        self.title = ParagraphStyle(
            "title", parent=base, fontName=fonts.bold, fontSize=d.title, leading=d.title * 1.2
        )
        self.long_title = ParagraphStyle(
            "long_title", parent=self.title, fontSize=d.title * 0.75, leading=d.title * 0.9
        )
        subtitle_size = d.body + 1.5
        self.subtitle = ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=subtitle_size,
            leading=subtitle_size * 1.3,
            textColor=_color(ACCENT),
        )
        self.question = ParagraphStyle(
            "question",
            parent=base,
            fontName=fonts.bold,
            fontSize=d.heading,
            leading=d.heading * 1.3,
            leftIndent=self.indent,
            bulletIndent=0,
            bulletFontName=fonts.bold,
            bulletFontSize=d.heading,
            bulletColor=_color(ACCENT),
            spaceBefore=d.gap,
            spaceAfter=1.2 * MM,
            keepWithNext=1,
        )
        self.question_roomy = ParagraphStyle(
            "question_roomy", parent=self.question, spaceBefore=d.gap + layout.extra_gap
        )
        self.hint = ParagraphStyle(
            "hint",
            parent=base,
            fontSize=d.small,
            leading=d.small * 1.25,
            textColor=_color(MUTED),
        )
        self.hint_center = ParagraphStyle("hint_center", parent=self.hint, alignment=TA_CENTER)
        self.hint_right = ParagraphStyle("hint_right", parent=self.hint, alignment=TA_RIGHT)
        self.label_center = ParagraphStyle(
            "label_center", parent=self.hint, textColor=_color(INK), alignment=TA_CENTER
        )
        self.total = ParagraphStyle("total", parent=base, fontName=fonts.bold, alignment=TA_CENTER)
        self.digit = ParagraphStyle(
            "digit", parent=self.hint, textColor=_color(INK), alignment=TA_CENTER
        )
        self.item = ParagraphStyle("item", parent=base, fontSize=d.item, leading=d.item * 1.22)
        self.item_number = ParagraphStyle(
            "item_number", parent=self.item, textColor=_color(MUTED), alignment=TA_RIGHT
        )
        self.column_head = ParagraphStyle(
            "column_head",
            parent=base,
            fontName=fonts.bold,
            fontSize=d.small,
            leading=d.small * 1.2,
            alignment=TA_CENTER,
            textColor=_color(ACCENT),
        )
        self.column_head_left = ParagraphStyle(
            "column_head_left", parent=self.column_head, alignment=TA_LEFT
        )
        self.column_head_right = ParagraphStyle(
            "column_head_right", parent=self.column_head, alignment=TA_RIGHT
        )
        self.dimension = ParagraphStyle(
            "dimension", parent=base, fontSize=d.item, leading=d.item * 1.22
        )
        self._number = 0

    # -- text helpers --------------------------------------------------------------------

    def para(self, text: str, style: Any, *, bold: bool = False, bullet: str | None = None) -> Any:
        """A paragraph of plain (untrusted) text; CJK line breaking if the text needs it."""
        from reportlab.platypus import Paragraph

        if style.wordWrap != "CJK" and uses_cjk([text]):
            from reportlab.lib.styles import ParagraphStyle

            style = ParagraphStyle(f"{style.name}_cjk", parent=style, wordWrap="CJK")
        return Paragraph(
            markup(text, self.fonts, bold=bold and self.bold), style, bulletText=bullet
        )

    def rich(self, parts: Sequence[tuple[str, bool, str | None]], style: Any) -> Any:
        """A paragraph of several plain texts, each (text, bold, colour or None)."""
        from reportlab.platypus import Paragraph

        chunks = []
        for text, bold, color in parts:
            chunk = markup(text, self.fonts, bold=bold and self.bold)
            chunks.append(f'<font color="{color}">{chunk}</font>' if color else chunk)
        if style.wordWrap != "CJK" and uses_cjk([text for text, _, _ in parts]):
            from reportlab.lib.styles import ParagraphStyle

            style = ParagraphStyle(f"{style.name}_cjk", parent=style, wordWrap="CJK")
        return Paragraph("".join(chunks), style)

    def question_heading(self, text: str, *, page1: bool = True) -> Any:
        """A numbered question; on page 1 of the split layout with its share of spare room."""
        self._number += 1
        style = self.question
        if page1 and self.layout.extra_gap:
            style = self.question_roomy
        return self.para(text, style, bold=True, bullet=str(self._number))

    def indented(self, flowables: Sequence[Flowable], left: float | None = None) -> list[Flowable]:
        """`flowables` indented to the questions' text (or by `left`)."""
        from reportlab.platypus import Indenter

        left = self.indent if left is None else left
        return [Indenter(left=left), *flowables, Indenter(left=-left)]

    # -- the story -----------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        """The whole form. When split, the SERVQUAL table starts page 2 and is not divided."""
        from reportlab.platypus import KeepTogether, PageBreak, Spacer

        q, groups = self.q, self.content.groups
        split = self.layout.split
        story: list[Flowable] = [*self.header(), Spacer(1, 2.5 * MM)]
        story.append(self.para(q.intro, self.body))
        story.append(KeepTogether([self.question_heading(q.nps_question), *self.nps()]))
        story.append(KeepTogether([self.question_heading(q.csat_question), *self.csat()]))
        story.append(KeepTogether([self.question_heading(q.ces_question), *self.ces()]))
        story.append(
            KeepTogether([self.question_heading(q.importance_question), *self.importance()])
        )
        if groups:
            story.append(
                KeepTogether([self.question_heading(q.segment_question), *self.segments(groups)])
            )
        if split:
            story += [_flowables().Probe(self.page1_room), PageBreak()]
        servqual: list[Flowable] = [self.question_heading(q.servqual_heading, page1=False)]
        servqual += self.indented(
            [self.para(_joined(q.servqual_instructions, q.servqual_scale_hint), self.hint)]
        )
        servqual += [Spacer(1, 1.5 * MM), self.servqual_table()]
        story += [KeepTogether(servqual)] if split else servqual
        heading = self.question_heading(q.comment_prompt, page1=False)
        d = self.d
        story.append(
            _flowables().CommentBox(
                heading, self.indent, d.comment_min, d.comment_max, d.body * 2.2
            )
        )
        return story

    def header(self) -> list[Flowable]:
        """Logo, business name and form title on the left; the date field on the right."""
        from reportlab.platypus import HRFlowable, Table

        q, name, logo = self.q, self.content.business, self.content.logo
        style = self.title if len(name) <= MAX_NAME_IN_TEXT else self.long_title
        titles = (
            [self.para(name, style, bold=True), self.para(q.title, self.subtitle)]
            if name
            else [self.para(q.title, self.title, bold=True)]
        )
        date_width = 42 * MM
        date = Table(
            [[self.para(q.label(q.date_label), self.body), ""]],
            colWidths=[None, 28 * MM],
            rowHeights=[7 * MM],
            style=table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (1, 0), (1, 0), 0.6, _color(LINE)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ],
            ),
        )
        logo_cell: Any = ""
        logo_width = 0.0
        if logo is not None:
            logo_cell = _flowables().Logo(logo, max_width=38 * MM, max_height=18 * MM)
            logo_width = logo_cell.draw_width + 4 * MM
        columns = [logo_width, self.width - logo_width - date_width, date_width]
        table = Table(
            [[logo_cell, titles, date]],
            colWidths=columns,
            style=table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("VALIGN", (2, 0), (2, 0), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ],
            ),
        )
        rule = HRFlowable(
            width="100%", thickness=1.2, color=_color(ACCENT), spaceBefore=2.5 * MM, spaceAfter=0
        )
        return [table, rule]

    # -- the short questions ---------------------------------------------------------------

    def _scale_table(
        self,
        scale: Scale,
        pitch: float,
        *,
        anchors: tuple[str, str] | None = None,
        labels: Sequence[str] = (),
    ) -> Any:
        """Digits over answer boxes; under them end anchors or a label per box."""
        from reportlab.platypus import Table

        points = scale.points
        n = len(points)
        rows: list[list[Any]] = [
            [self.para(str(point), self.digit) for point in points],
            [_flowables().Mark(self.d.box, self.d.box) for _ in points],
        ]
        commands: list[tuple[Any, ...]] = [
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ]
        if anchors is not None:
            # Each anchor spans the boxes of its half, flush with the outer edge of its end box.
            half = (n - 1) // 2
            blanks = [""] * (half - 1)
            row = [self.para(anchors[0], self.hint), *blanks]
            row += [""] * (n - 2 * half) + [self.para(anchors[1], self.hint_right), *blanks]
            rows.append(row)
            inset = (pitch - self.d.box) / 2
            commands += [
                ("SPAN", (0, 2), (half - 1, 2)),
                ("SPAN", (n - half, 2), (n - 1, 2)),
                ("LEFTPADDING", (0, 2), (0, 2), inset),
                ("RIGHTPADDING", (n - half, 2), (n - 1, 2), inset),
            ]
        elif labels:
            rows.append([self.para(label, self.label_center) for label in labels])
        table = Table(
            rows, colWidths=[pitch] * n, hAlign="LEFT", style=table_style(self.fonts, commands)
        )
        return table

    def nps(self) -> list[Flowable]:
        q, pitch = self.q, self.d.pitch
        table = self._scale_table(q.scales["nps"], pitch, anchors=(q.nps_low, q.nps_high))
        return self.indented([table], left=self._flush(pitch))

    def csat(self) -> list[Flowable]:
        q = self.q
        pitch = min(32 * MM, (self.width - self.indent) / len(q.csat_labels))
        return self.indented([self._scale_table(q.scales["csat"], pitch, labels=q.csat_labels)])

    def ces(self) -> list[Flowable]:
        from reportlab.platypus import Spacer

        q, pitch = self.q, self.d.pitch * 1.25
        table = self._scale_table(q.scales["ces"], pitch, anchors=(q.ces_low, q.ces_high))
        return [
            *self.indented([self.para(q.ces_statement, self.body), Spacer(1, 1.2 * MM)]),
            *self.indented([table], left=self._flush(pitch)),
        ]

    def _flush(self, pitch: float) -> float:
        """The indent that puts a scale's first box flush with the question's text."""
        return self.indent - (pitch - self.d.box) / 2

    # -- SERVQUAL --------------------------------------------------------------------------

    def servqual_table(self) -> Any:
        """One row per item: number, statement, then 1–7 for expectation and for experience."""
        from reportlab.platypus import Table

        q, d = self.q, self.d
        scale = q.scales["servqual"]
        marks_width = len(scale.points) * d.circle_pitch + 2 * MM
        number_width = max(7 * MM, text_width(q.number_label, self.fonts, d.item) + 6)
        statement_width = self.width - number_width - 2 * marks_width

        rows: list[list[Any]] = [
            [
                self.para(q.number_label, self.column_head_right, bold=True),
                self.para(q.statement_label, self.column_head_left, bold=True),
                self.para(q.expectation_label, self.column_head, bold=True),
                self.para(q.perception_label, self.column_head, bold=True),
            ]
        ]
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("ALIGN", (2, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 1), (-1, -1), d.item_pad),
            ("BOTTOMPADDING", (0, 1), (-1, -1), d.item_pad),
            ("TOPPADDING", (0, 0), (-1, 0), 2),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
            ("BACKGROUND", (2, 0), (2, -1), _color(TINT_E)),
            ("BACKGROUND", (3, 0), (3, -1), _color(TINT_P)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, _color(ACCENT)),
        ]
        for dimension in q.dimensions:
            text = q.dimensions[dimension]
            row = len(rows)
            rows.append(
                [
                    self.rich(
                        [(text.title, True, ACCENT), ("  " + text.description, False, MUTED)],
                        self.dimension,
                    ),
                    "",
                    "",
                    "",
                ]
            )
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), _color(TINT)),
                ("TOPPADDING", (0, row), (-1, row), d.item_pad + 1),
                ("BOTTOMPADDING", (0, row), (-1, row), d.item_pad + 1),
                ("NOSPLIT", (0, row), (-1, row + 1)),  # no dimension title alone at a page end
            ]
            for item in q.items_of(dimension):
                rows.append(
                    [
                        self.para(str(item.number), self.item_number),
                        self.para(item.statement, self.item),
                        _flowables().MarkRow(scale.points, d.circle, d.circle_pitch, self.fonts),
                        _flowables().MarkRow(scale.points, d.circle, d.circle_pitch, self.fonts),
                    ]
                )
                last = len(rows) - 1
                commands.append(("LINEBELOW", (0, last), (-1, last), 0.3, _color(HAIRLINE)))
        return Table(
            rows,
            colWidths=[number_width, statement_width, marks_width, marks_width],
            repeatRows=1,
            hAlign="LEFT",
            style=table_style(self.fonts, commands),
        )

    # -- importance, groups ------------------------------------------------------------------

    def importance(self) -> list[Flowable]:
        """A points box beside each dimension (name and meaning), then the total to reach."""
        from reportlab.platypus import Table

        q, d = self.q, self.d
        box_width, box_height = 16 * MM, d.box
        rows: list[list[Any]] = [
            [
                _flowables().Mark(box_width, box_height),
                self.rich(
                    [(text.title, True, ACCENT), ("  " + text.description, False, MUTED)],
                    self.body,
                ),
            ]
            for text in q.dimensions.values()
        ]
        rows.append(
            [
                self.para(str(q.importance_points), self.total, bold=True),
                self.para(q.importance_total, self.body, bold=True),
            ]
        )
        last = len(rows) - 1
        table = Table(
            rows,
            colWidths=[box_width + 4 * MM, self.width - self.indent - box_width - 4 * MM],
            hAlign="LEFT",
            style=table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), 4 * MM),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                    ("LINEABOVE", (0, last), (0, last), 0.9, _color(LINE)),
                    ("TOPPADDING", (0, last), (-1, last), 2.5),
                ],
            ),
        )
        return self.indented([table])

    def segments(self, groups: list[str]) -> list[Flowable]:
        """A tick box per customer group, plus "Other" with a line to write on."""
        from reportlab.platypus import Table

        q, d = self.q, self.d
        available = self.width - self.indent
        longest = max(len(group) for group in groups)
        columns = 3 if longest <= 22 else 2
        box = d.box * 0.7
        cell_width = available / columns
        cells: list[list[Any]] = []
        for group in groups:
            cells.append([_flowables().Mark(box, box), self.para(group, self.body)])
        other = Table(
            [[self.para(q.segment_other, self.body), ""]],
            colWidths=[None, min(40 * MM, cell_width * 0.55)],
            hAlign="LEFT",
            style=table_style(
                self.fonts,
                [
                    ("LINEBELOW", (1, 0), (1, 0), 0.6, _color(LINE)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ],
            ),
        )
        cells.append([_flowables().Mark(box, box), other])
        rows: list[list[Any]] = []
        for start in range(0, len(cells), columns):
            chunk = cells[start : start + columns]
            row: list[Any] = []
            for mark, label in chunk:
                row += [mark, label]
            row += ["", ""] * (columns - len(chunk))
            rows.append(row)
        mark_width = box + 2.5 * MM
        table = Table(
            rows,
            colWidths=[mark_width, cell_width - mark_width] * columns,
            hAlign="LEFT",
            style=table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ],
            ),
        )
        return self.indented([table])


# -- flowables -------------------------------------------------------------------------------


class _Flowables(NamedTuple):
    """Our flowable classes; made on first use so that importing this module stays cheap."""

    Mark: Any
    MarkRow: Any
    CommentBox: Any
    Logo: Any
    Probe: Any


@functools.cache
def _flowables() -> _Flowables:
    from reportlab.platypus import Flowable

    class Mark(Flowable):
        """An empty answer box to tick."""

        def __init__(self, width: float, height: float) -> None:
            super().__init__()
            self.width, self.height = width, height

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            canvas.setStrokeColor(_color(LINE))
            canvas.setFillColor(_color("#FFFFFF"))
            canvas.setLineWidth(0.7)
            canvas.roundRect(0, 0, self.width, self.height, 1.2, stroke=1, fill=1)

    class MarkRow(Flowable):
        """Circles with their digit inside (1 … 7): the customer circles or crosses one."""

        def __init__(
            self, points: Sequence[int], diameter: float, pitch: float, fonts: FontSet
        ) -> None:
            super().__init__()
            self.points, self.diameter, self.pitch, self.fonts = points, diameter, pitch, fonts
            self.width = pitch * len(points)
            self.height = diameter

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            # Drawn once per document as a form (a PDF XObject) and reused by all 44 rows:
            # a smaller file, and a faster build.
            canvas = self.canv
            name = f"MarkRow{len(self.points)}_{self.diameter:.3f}_{self.pitch:.3f}"
            if not canvas.hasForm(name):
                canvas.beginForm(name, 0, 0, self.width, self.height)
                self._draw_marks(canvas)
                canvas.endForm()
            canvas.doForm(name)

        def _draw_marks(self, canvas: Canvas) -> None:
            canvas.setLineWidth(0.5)
            radius = self.diameter / 2
            size = self.diameter * 0.55
            for index, point in enumerate(self.points):
                x = self.pitch * (index + 0.5)
                canvas.setStrokeColor(_color(LINE))
                canvas.setFillColor(_color("#FFFFFF"))
                canvas.circle(x, radius, radius, stroke=1, fill=1)
                canvas.setFillColor(_color(MUTED))
                draw_text(
                    canvas, x, radius - size * 0.36, str(point), self.fonts, size, align="center"
                )

    class CommentBox(Flowable):
        """A question over a box with writing lines that takes the rest of the page, within limits.

        One flowable rather than a heading kept with a box: reportlab measures kept-together
        flowables with unlimited height, so a box that fills the page would always look too big.
        """

        def __init__(
            self, heading: Any, indent: float, min_height: float, max_height: float, gap: float
        ) -> None:
            super().__init__()
            self.heading, self.indent, self.line_gap = heading, indent, gap
            self.min_height, self.max_height = min_height, max_height
            self.heading_height = self.box_height = 0.0

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            _, self.heading_height = self.heading.wrap(avail_width, avail_height)
            self.heading_height += self.heading.getSpaceAfter()
            room = avail_height - self.heading_height - 3 * MM  # clear of the footer
            self.box_height = max(self.min_height, min(self.max_height, room))
            self.width = avail_width
            self.height = self.heading_height + self.box_height
            return self.width, self.height

        def getSpaceBefore(self) -> float:
            return float(self.heading.getSpaceBefore())

        def draw(self) -> None:
            canvas = self.canv
            self.heading.drawOn(canvas, 0, self.box_height + self.heading.getSpaceAfter())
            width = self.width - self.indent
            canvas.saveState()
            canvas.translate(self.indent, 0)
            canvas.setStrokeColor(_color(LINE))
            canvas.setLineWidth(0.7)
            canvas.roundRect(0, 0, width, self.box_height, 2.5, stroke=1, fill=0)
            canvas.setStrokeColor(_color(HAIRLINE))
            canvas.setLineWidth(0.4)
            y = self.box_height - self.line_gap
            while y > self.line_gap * 0.6:
                canvas.line(3 * MM, y, width - 3 * MM, y)
                y -= self.line_gap
            canvas.restoreState()

    class Logo(Flowable):
        """The plan's logo, scaled to fit a box with its proportions kept."""

        def __init__(self, reader: Any, max_width: float, max_height: float) -> None:
            super().__init__()
            self.reader = reader
            width, height = reader.getSize()
            scale = min(max_width / width, max_height / height)
            self.draw_width, self.draw_height = width * scale, height * scale

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.draw_width, self.draw_height

        def draw(self) -> None:
            self.canv.drawImage(self.reader, 0, 0, self.draw_width, self.draw_height, mask="auto")

    class Probe(Flowable):
        """Takes no room; notes how much room is left where it stands."""

        def __init__(self, record: list[float]) -> None:
            super().__init__()
            self.record = record

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.record.append(avail_height)
            return 0, 0

        def draw(self) -> None:
            pass

    return _Flowables(Mark, MarkRow, CommentBox, Logo, Probe)
