"""The document template: page geometry, text helpers, tables and charts as flowables, the cover
and the contents, the section registry, and the one layout pass."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from export import charts
from export.pdf_output import logo_reader
from export.pdf_text import (
    FontSet,
    clean_text,
    draw_text,
    markup,
    table_style,
    text_width,
)
from export.service_plan.data import (
    _cut,
    _PlanData,
)
from export.service_plan.flowables import (
    _DRAWINGS,
    _DRAWINGS_LOCK,
    CONTENTS_NUMBER_WIDTH,
    MAX_CACHED_DRAWINGS,
    MAX_CELL_SHARE,
    _drawing,
    _figure_key,
    _fitted_image,
    _flowables,
    _height,
    _height_bound,
    _numbers_canvas,
    _page_form,
    _shortened,
)
from export.service_plan.options import (
    _PDF_LANG,
    HAIRLINE,
    INK,
    MM,
    MUTED,
    ExportCancelled,
    ExportOptions,
)
from export.service_plan.styles import (
    _color,
    _Styles,
)
from export.service_plan.texts import (
    _Texts,
)
from plan.questionnaire import dimension_titles
from plan.scoring import SMALL_SAMPLE, SurveySummary
from plan.wording import with_unit

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    from plan.goals import Goal


@dataclass
class _Numbers:
    """What laying the document out tells: each heading's page, the pages with a running
    header and footer, and the number of pages."""

    pages: dict[str, int] = field(default_factory=dict)
    body_pages: list[int] = field(default_factory=list)
    page_count: int = 0


#: Each section's builder, registered by its module (`builds`): a method of the document.
_BUILDERS: dict[str, Callable[..., list[Flowable]]] = {}

_Builder = TypeVar("_Builder", bound=Callable[..., "list[Flowable]"])


def builds(section: str) -> Callable[[_Builder], _Builder]:
    """Register the decorated method as the builder of `section` (one of SECTIONS)."""

    def register(method: _Builder) -> _Builder:
        _BUILDERS[section] = method
        return method

    return register


class _DocumentBase:
    """The document template: the page, the text helpers, the cover and contents, the
    layout; the sections (`export.service_plan.sections`) build on it."""

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
        # No bold CJK face exists: Chinese bold is drawn from the regular face (BoldParagraph).
        self.bold = texts.language != "zh"
        self.styles = _Styles(fonts, texts.language, self.accent)
        self.headings: list[tuple[str, int, str]] = []  # (key, level, title) in print order
        self.numbers = _Numbers()
        self._charts: dict[str, Drawing] = {}
        self._one_line: dict[tuple[str, float, float, bool], str] = {}  # see `one_line`
        # What of the name can be printed (an emoji-only name has nothing: the cover then
        # shows the document's title alone, not an empty line).
        self.business = " ".join(clean_text(self.plan.profile.business_name, fonts).split())

    def para(self, text: str, style: Any, *, bold: bool = False) -> Any:
        """A paragraph of plain (untrusted) text; CJK line breaking where the text needs it.
        Paragraphs in the bullet style get their bullet."""
        from reportlab.platypus import Paragraph

        # Without a bold face (Chinese), bold is drawn from the regular one.
        kind = _flowables().BoldParagraph if bold and not self.bold else Paragraph
        paragraph = kind(
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
        kind = Paragraph if self.bold else _flowables().BoldParagraph
        flowable = kind(
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
        table = _flowables().Table(
            cells,
            colWidths=column_widths,
            style=table_style(self.fonts, commands),
            repeatRows=1 if header else 0,
            hAlign="LEFT",
        )
        table.frame_height = self.height
        return table

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

    def keep_together(self, flowables: list[Any]) -> Any:
        """These flowables on one page (moved to the next whole when they do not fit)."""
        from reportlab.platypus import KeepTogether

        return KeepTogether(flowables)

    def note(self, text: str) -> Any:
        return self.para(text, self.styles.note)

    def spacer(self, height: float = 3 * MM) -> Any:
        from reportlab.platypus import Spacer

        return Spacer(1, height)

    def cover(self) -> list[Flowable]:
        from reportlab.platypus import Image, NextPageTemplate, PageBreak, Spacer

        t, s = self.t, self.styles
        story: list[Flowable] = [Spacer(1, 30 * MM)]
        logo = logo_reader(self.plan.logo)
        if logo is not None:
            story.append(_fitted_image(Image, logo, self.plan.logo, 70 * MM, 30 * MM))
            story.append(Spacer(1, 10 * MM))
        story.append(self.para(t("document_title"), s.cover_title, bold=True))
        if self.business:
            story.append(self.para(self.business, s.cover_business))
        story.append(self.para(t("subject"), s.cover_subject))  # what the document holds
        story.append(Spacer(1, 18 * MM))
        for label, value in self.cover_lines():
            story.append(self.para(label, s.cover_label))
            story.append(self.para(value, s.cover_value))
        story += [NextPageTemplate("body"), PageBreak()]
        story += self.contents()
        return story

    def cover_lines(self) -> list[tuple[str, str]]:
        """The cover's (label, value) lines: for whom, by whom, the date (the PDF and Word)."""
        t, profile = self.t, self.plan.profile
        lines: list[tuple[str, str]] = []
        if self.business:
            lines.append((t("cover_for"), self.business))
        preparer = " ".join(profile.preparer_name.split())
        firm = " ".join((profile.consultant_firm or self.branding.firm).split())
        if preparer and firm and profile.prepared_by == "consultant":
            lines.append((t("cover_by"), t("cover_consultant", name=preparer, firm=firm)))
        elif preparer:
            lines.append((t("cover_by"), preparer))
        elif firm:  # no name typed: the consultant's firm still says who prepared it
            lines.append((t("cover_by"), firm))
        lines.append((t("cover_date"), self.plan_date()))
        return lines

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

    def section(self, section: str) -> list[Flowable]:
        from reportlab.platypus import CondPageBreak, PageBreak

        own = self.plan.own_words
        story: list[Flowable] = []
        if section == "summary" or self.plan.has(section) or own.text(section):
            heading = self.heading(self.t(f"sections.{section}"), 0)  # before its subsections
            # The consultant's own text opens the section (an introduction, recommendations).
            intro = self.own_paragraphs(own.text(section))
            if section != "summary":
                story.append(CondPageBreak(60 * MM))
            story += [heading, *intro]
            if section == "summary" or self.plan.has(section):
                story += _BUILDERS[section](self)
            if section == "summary":
                story.append(PageBreak())
        for own_section in own.after(section):
            story += [
                CondPageBreak(60 * MM),
                self.heading(own_section.title, 0),
                *self.own_paragraphs(own_section.text),
            ]
        return story

    def own_paragraphs(self, text: str) -> list[Flowable]:
        """The consultant's own text as body paragraphs, one per line they typed (escaped by
        `para` like every user text)."""
        return [self.para(line, self.styles.body) for line in text.splitlines() if line.strip()]

    def figure_cards(
        self, cards: Sequence[tuple[str, str | None, str]], per_row: int | None = None
    ) -> Any:
        """The key figures side by side, `per_row` to a row: a label, a big number (or "not
        assessed"), a note.

        Each card row is three table rows (labels, numbers, notes), so the big numbers of a
        row stand on one line however many lines their labels take.
        """
        from reportlab.platypus import Table

        s = self.styles
        per_row = per_row or len(cards)
        width = self.width / per_row
        rows: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, -1), _color(charts.tint(self.accent, 0.08))),
            ("LINEAFTER", (0, 0), (-2, -1), 3, _color("#FFFFFF")),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        for start in range(0, len(cards), per_row):
            chunk = list(cards[start : start + per_row])
            chunk += [("", "", "")] * (per_row - len(chunk))  # an empty card fills the row
            top = len(rows)
            labels, values, notes = [], [], []
            for label, value, note in chunk:
                labels.append(self.para(label, s.card_label))
                if value is None:
                    values.append(self.para(self.t("not_assessed"), s.card_missing))
                    notes.append("")
                    continue
                style = s.card_value_fitting(value, width - 12, self.fonts, bold=self.bold)
                values.append(self.para(value, style, bold=True))
                notes.append(self.para(note, s.card_note) if note else "")
            rows += [labels, values, notes]
            commands += [
                ("LINEABOVE", (0, top), (-1, top), 2, _color(self.accent)),
                ("VALIGN", (0, top), (-1, top), "TOP"),
                ("TOPPADDING", (0, top), (-1, top), 6),
                ("VALIGN", (0, top + 1), (-1, top + 1), "BOTTOM"),
                ("VALIGN", (0, top + 2), (-1, top + 2), "TOP"),
                ("BOTTOMPADDING", (0, top + 2), (-1, top + 2), 8),
            ]
            if start:  # a white gap between card rows
                commands.append(("LINEABOVE", (0, top), (-1, top), 6, _color("#FFFFFF")))
                commands.append(("LINEABOVE", (0, top), (-1, top), 2, _color(self.accent)))
        return Table(rows, colWidths=[width] * per_row, style=table_style(self.fonts, commands))

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

    @staticmethod
    def maybe(value: float | None, shown: Callable[[float], str]) -> str:
        return "—" if value is None else shown(value)

    def segments_table(self, segments: dict[str, SurveySummary]) -> Any:
        t = self.t
        names = dimension_titles(t.language)
        # "Values most" only when some group gave importance points: never a column of dashes.
        valuing = groups_value_dimensions(segments)
        rows: list[list[str | list[Any]]] = [
            [
                t("business.group"),
                t("business.responses"),
                t.name("nps_short"),
                t.name("csat_short"),
                t.name("ces_short"),
                *([t("business.values_most")] if valuing else []),
            ]
        ]
        for name, figures in segments.items():
            weights: dict[str, float | None] = dict(figures.servqual.weights or {})
            valued = [d for d, w in weights.items() if w is not None]
            most = max(valued, key=lambda d: weights[d] or 0.0) if valued else None
            group: str | list[Any] = name
            if figures.small_sample:  # a group of 5 answers must not read as a finding
                flag = t("small_sample_group", minimum=SMALL_SAMPLE)
                group = [self.para(name, self.styles.td), self.para(flag, self.styles.td_note)]
            rows.append(
                [
                    group,
                    str(figures.responses),
                    self.maybe(figures.net_promoter.nps, t.signed),
                    self.maybe(figures.csat, t.percent),
                    # Two decimals, as the survey table and the summary print CES.
                    self.maybe(figures.ces, lambda v: t.number(v, 2)),
                    *([names[most] if most else "—"] if valuing else []),
                ]
            )
        if valuing:
            return self.table(rows, (0.28, 0.12, 0.12, 0.12, 0.12, 0.24), right=(1, 2, 3, 4))
        return self.table(rows, (0.4, 0.15, 0.15, 0.15, 0.15), right=(1, 2, 3, 4))

    def problem_titles(self) -> dict[int, str]:
        return self.plan.figures.problems.titles()

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
                # A goal for one customer group names it: its baseline is that group's.
                return f"{measure.name} — {goal.segment}" if goal.segment else measure.name
        return " ".join(goal.indicator.split())

    def goal_value(self, value: float | None, unit: str, digits: int = 1) -> str:
        return "—" if value is None else with_unit(self.t.short(value, digits), unit)

    @staticmethod
    def goal_digits(goal: Goal) -> int:
        """The decimals a goal's values print with: a SERVQUAL gap's two, as its table and
        chart print it (−1.84, not −1.8); one for the rest."""
        return 2 if goal.measure.startswith("servqual_gap:") else 1

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


def groups_value_dimensions(segments: dict[str, SurveySummary]) -> bool:
    """Whether any customer group gave importance points to a SERVQUAL dimension."""
    return any(
        weight is not None
        for figures in segments.values()
        for weight in (figures.servqual.weights or {}).values()
    )


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
