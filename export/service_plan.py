"""The Service Plan: the printable document a consultant hands to a client (A4 or Letter, PDF).

What it holds, in the method's order (METHODOLOGY.md, "What the finished Service Plan document
contains"): a cover, the contents, a one-page executive summary, one section per step that has
data, and an appendix. A step with no data is left out of the body and named as not assessed in
the summary, never filled with zeros.

How it is built, and why:
- The figures come from `plan.report.build_report`, the same dict `main.py report --json`
  prints, so the paper and the numbers a consultant scripts can never disagree.
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

import functools
import io
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
from plan.questionnaire import dimension_titles, load_questionnaire
from plan.report import build_report
from plan.scoring import OVERRATING_POINTS, SMALL_SAMPLE
from plan.self_audit import SERVQUAL_DIMENSIONS, load_content

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

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
    "appendix",
)
PAPERS: tuple[str, ...] = ("a4", "letter")
DEFAULT_ACCENT = "#1F4E5F"

_PDF_LANG = {"en": "en", "ru": "ru", "zh": "zh-CN"}
_DECIMAL = {"en": ".", "ru": ",", "zh": "."}
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


class _Texts:
    """The document's wording in one language (`assets/content/<lang>/service_plan.json`)."""

    def __init__(self, language: str, data: dict[str, Any]) -> None:
        self.language = language
        self.data = data
        self.decimal = _DECIMAL[language]

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

    def number(self, value: float, digits: int = 1) -> str:
        text = f"{value:.{digits}f}"
        return text.replace(".", self.decimal)

    def signed(self, value: float, digits: int = 1) -> str:
        text = self.number(abs(value), digits)
        if round(value, digits) == 0:
            return text
        return f"+{text}" if value > 0 else f"−{text}"

    def percent(self, value: float, digits: int = 0) -> str:
        return f"{self.number(value, digits)}%"

    def listing(self, names: Sequence[str]) -> str:
        separator = "、" if self.language == "zh" else ", "
        return separator.join(names)


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
    check_target(out, "the Service Plan")
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

    report: dict[str, Any]
    profile: Any
    logo: bytes | None
    comments: list[str]
    language: str

    @classmethod
    def read(cls, store: PlanStore) -> _PlanData:
        logo = store.logo()
        comments = [text for _, _, text in store.survey_comments(limit=200)]
        return cls(
            build_report(store),
            store.profile(),
            logo.data if logo is not None else None,
            _representative(comments),
            store.language(),
        )

    @property
    def survey(self) -> dict[str, Any]:
        return dict(self.report["survey"])

    @property
    def complaints(self) -> dict[str, Any]:
        return dict(self.report["complaints"])

    def has(self, section: str) -> bool:
        report = self.report
        if section == "service_level":
            return bool(report["assessment"]["answered"]) or any(
                v is not None for v in report["metrics"].values()
            )
        if section == "customers":
            return bool(self.survey["responses"] or self.complaints["total"])
        if section == "problems":
            return bool(report["problems"])
        if section == "appendix":
            return bool(self.survey["responses"] or self.complaints["total"])
        return True


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


def _tint(accent: str, share: float) -> str:
    """`accent` mixed with white: `share` of the accent (a light table header, a band)."""
    red, green, blue = (int(accent[i : i + 2], 16) for i in (1, 3, 5))
    mixed = (round(255 - (255 - c) * share) for c in (red, green, blue))
    return "#" + "".join(f"{c:02X}" for c in mixed)


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

        self.plan = plan
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
        # No bold CJK face exists: Chinese is set in one weight (see export.pdf_text).
        self.bold = texts.language != "zh"
        self.styles = _Styles(fonts, texts.language, self.accent)
        self.headings: list[tuple[str, int, str]] = []  # (key, level, title) in print order
        self.numbers = _Numbers()
        self._charts: dict[str, Any] = {}
        self.business = " ".join(plan.profile.business_name.split())

    # -- text helpers ------------------------------------------------------------------------

    def para(self, text: str, style: Any, *, bold: bool = False) -> Any:
        """A paragraph of plain (untrusted) text; CJK line breaking where the text needs it.
        Paragraphs in the bullet style get their bullet."""
        from reportlab.platypus import Paragraph

        return Paragraph(
            markup(text, self.fonts, bold=bold and self.bold),
            self.styles.for_text(style, text),
            bulletText="•" if style is self.styles.bullet else None,
        )

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
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        right: Iterable[int] = (),
        header: bool = True,
        highlight: Iterable[int] = (),
    ) -> Any:
        """A table of plain texts; `widths` are shares of the text width; `right` columns are
        right-aligned (numbers); `highlight` rows are tinted (the vital few, the focus)."""
        from reportlab.platypus import Table

        s = self.styles
        right = set(right)
        cells = []
        for r, row in enumerate(rows):
            line = []
            for c, text in enumerate(row):
                if header and r == 0:
                    style = s.th_right if c in right else s.th
                else:
                    style = s.td_right if c in right else s.td
                line.append(self.para(text, style, bold=header and r == 0))
            cells.append(line)
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
                ("BACKGROUND", (0, 0), (-1, 0), _color(_tint(self.accent, 0.14))),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, _color(self.accent)),
            ]
        for r in highlight:
            commands.append(("BACKGROUND", (0, r), (-1, r), _color(_tint(self.accent, 0.07))))
        return Table(
            cells,
            colWidths=[w * self.width for w in widths],
            style=table_style(self.fonts, commands),
            repeatRows=1 if header else 0,
            hAlign="LEFT",
        )

    def chart(self, key: str, figure: Callable[[], Any], height_share: float = 1.0) -> Any:
        """The chart `figure()` builds, as a vector drawing `height_share` of the text wide.

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
        return _flowables().Chart(drawing)

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
        text = self.plan.profile.plan_date
        try:
            day = date.fromisoformat(text) if text else date.today()
        except ValueError:
            day = date.today()
        if self.t.language == "zh":
            return f"{day.year}年{day.month}月{day.day}日"
        if self.t.language == "ru":
            return day.strftime("%d.%m.%Y")
        return f"{day.day} {day.strftime('%B')} {day.year}"

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
        survey, complaints = self.plan.survey, self.plan.complaints
        story: list[Flowable] = [
            self.para(t("summary.intro", business=self.business or "—"), s.lead)
        ]
        cards: list[tuple[str, str | None, str]] = []
        index = self.plan.report["service_index"]
        cards.append(
            (
                t("summary.service_index"),
                None if index is None else t.number(index, 0),
                t("summary.service_index_note"),
            )
        )
        responses = survey["nps_responses"]
        nps = survey["nps"]
        cards.append(
            (
                t("summary.nps"),
                None if nps is None else t.signed(nps),
                t("summary.nps_note", responses=responses),
            )
        )
        csat = survey["csat"]
        cards.append(
            (
                t("summary.csat"),
                None if csat is None else t.percent(csat),
                t("summary.csat_note", responses=survey["csat_responses"]),
            )
        )
        gap = _largest_gap(survey)
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
                str(complaints["total"]) if complaints["total"] else None,
                t("summary.complaints_note", resolved=complaints["resolved"]),
            )
        )
        story.append(self.figure_cards(cards))
        if complaints["vital_few"]:
            story.append(
                self.para(
                    t("summary.vital_few", categories=t.listing(complaints["vital_few"])), s.body
                )
            )
        story.append(self.para(t("summary.focus"), s.h3, bold=True))
        focus = [p for p in self.plan.report["problem_list"] if p["focus"]]
        if focus:
            for problem in focus[:5]:
                item = t("summary.focus_item", title=problem["title"], priority=problem["priority"])
                story.append(self.para(item, s.bullet))
        else:
            story.append(self.note(t("summary.focus_none")))
        story.append(self.para(t("summary.goals"), s.h3, bold=True))
        story.append(self.note(t("summary.goals_none")))
        story.append(self.para(t("summary.budget"), s.h3, bold=True))
        story.append(self.note(t("summary.budget_none")))
        return story

    def figure_cards(self, cards: Sequence[tuple[str, str | None, str]]) -> Any:
        """The key figures side by side: a label, a big number (or "not assessed"), a note."""
        from reportlab.platypus import Table

        s = self.styles
        row = []
        for label, value, note in cards:
            cell = [self.para(label, s.card_label)]
            if value is None:
                cell.append(self.para(self.t("not_assessed"), s.card_missing))
            else:
                cell.append(self.para(value, s.card_value, bold=True))
                if note:
                    cell.append(self.para(note, s.card_note))
            row.append(cell)
        width = self.width / len(cards)
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), _color(_tint(self.accent, 0.08))),
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
        segments = self.plan.survey.get("segments", {})
        if segments:
            story.append(self.para(t("business.groups_survey"), s.h3, bold=True))
            story.append(self.para(t("business.groups_intro"), s.body))
            story.append(self.segments_table(segments))
        return story

    def segments_table(self, segments: dict[str, dict[str, Any]]) -> Any:
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
            weights = figures["servqual"]["weights"] or {}
            valued = [d for d, w in weights.items() if w is not None]
            most = max(valued, key=lambda d: weights[d]) if valued else None
            rows.append(
                [
                    name,
                    str(figures["responses"]),
                    self.maybe(figures["nps"], t.signed),
                    self.maybe(figures["csat"], t.percent),
                    self.maybe(figures["ces"], t.number),
                    names[most] if most else "—",
                ]
            )
        return self.table(rows, (0.28, 0.12, 0.12, 0.12, 0.12, 0.24), right=(1, 2, 3, 4))

    @staticmethod
    def maybe(value: float | None, shown: Callable[[float], str]) -> str:
        return "—" if value is None else shown(value)

    def _service_level(self) -> list[Flowable]:
        t, s = self.t, self.styles
        report = self.plan.report
        assessment = report["assessment"]
        content = load_content(t.language)
        story: list[Flowable] = []
        index = report["service_index"]
        if index is None:
            story.append(self.note(t("service_level.index_none")))
        else:
            story.append(
                self.para(
                    t(
                        "service_level.index",
                        index=t.number(index, 0),
                        answered=assessment["answered"],
                        statements=assessment["statements"],
                    ),
                    s.lead,
                )
            )
        if assessment["answered"]:
            labels = [d.title for d in content.dimensions]
            scores = [assessment["dimensions"].get(d.id) for d in content.dimensions]
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
            weakest = assessment["weakest"][:MAX_WEAKEST]
            if weakest:
                story.append(self.heading(t("service_level.weakest"), 1))
                story.append(self.para(t("service_level.weakest_intro"), s.body))
                for weak in weakest:
                    points = t("service_level.points", points=t.number(weak["points"], 0))
                    story.append(self.para(f"{weak['text']} — {points}", s.bullet))
        story += self.metrics(content)
        story += self.trend()
        return story

    def metrics(self, content: Any) -> list[Flowable]:
        t = self.t
        checks = self.plan.report["metric_checks"]
        story: list[Flowable] = [self.heading(t("service_level.metrics"), 1)]
        if all(check["value"] is None for check in checks.values()):
            return [*story, self.note(t("service_level.metrics_none"))]
        metrics = list(content.metrics)
        figure = functools.partial(
            charts.metrics_figure,
            [m.title for m in metrics],
            [checks[m.id]["value"] for m in metrics],
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
            meets = check["meets_threshold"]
            value = check["value"]
            rows.append(
                [
                    metric.title,
                    "—" if value is None else _with_unit(t.number(value), metric.unit),
                    ("≥ " if metric.higher_is_better else "≤ ")
                    + _with_unit(t.number(metric.threshold, 0), metric.unit),
                    "—"
                    if meets is None
                    else t("service_level.yes" if meets else "service_level.no"),
                ]
            )
        story.append(self.table(rows, (0.46, 0.18, 0.2, 0.16), right=(1, 2)))
        return story

    def trend(self) -> list[Flowable]:
        t = self.t
        snapshots = self.plan.report["assessment"]["snapshots"]
        points = [(s["taken_on"], s["service_index"]) for s in snapshots]
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
        survey = self.plan.survey
        story: list[Flowable] = [self.heading(t("customers.survey"), 1)]
        if not survey["responses"]:
            return [*story, self.note(t("customers.survey_none"))]
        story.append(self.para(t("customers.survey_intro", responses=survey["responses"]), s.lead))
        if survey["small_sample"]:
            story.append(self.note(t("small_sample", minimum=SMALL_SAMPLE)))
        rows = [[t("customers.figure"), t("customers.answers"), ""]]
        nps_n = survey["nps_responses"]
        rows.append([t("customers.nps"), str(nps_n), self.maybe(survey["nps"], t.signed)])
        for key in ("promoters", "passives", "detractors"):
            share = t.percent(100 * survey[key] / nps_n) if nps_n else "—"
            rows.append([t(f"customers.{key}"), str(survey[key]), share])
        rows.append(
            [
                t("customers.csat"),
                str(survey["csat_responses"]),
                self.maybe(survey["csat"], t.percent),
            ]
        )
        rows.append(
            [
                t("customers.ces"),
                str(survey["ces_responses"]),
                self.maybe(survey["ces"], lambda v: t.number(v, 2)),
            ]
        )
        story.append(self.table(rows, (0.56, 0.2, 0.24), right=(1, 2)))
        if nps_n:
            groups = t.raw("customers.nps_groups")
            figure = functools.partial(
                charts.nps_distribution_figure,
                survey["distribution"],
                group_labels=(groups[0], groups[1], groups[2]),
                nps=survey["nps"],
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
        survey = self.plan.survey
        dims = survey["servqual"]["dimensions"]
        if not any(dims[d]["responses"] for d in SERVQUAL_DIMENSIONS):
            return []
        names = dimension_titles(t.language)
        labels = [names[d] for d in SERVQUAL_DIMENSIONS]
        story: list[Flowable] = [self.heading(t("customers.servqual"), 1)]
        figure = functools.partial(
            charts.servqual_gaps_figure,
            labels,
            [dims[d]["expectation"] for d in SERVQUAL_DIMENSIONS],
            [dims[d]["perception"] for d in SERVQUAL_DIMENSIONS],
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
                    self.maybe(gap["expectation"], lambda v: t.number(v, 2)),
                    self.maybe(gap["perception"], lambda v: t.number(v, 2)),
                    self.maybe(gap["gap"], lambda v: t.signed(v, 2)),
                    str(gap["responses"]),
                ]
            )
        story.append(self.table(rows, (0.36, 0.16, 0.16, 0.16, 0.16), right=(1, 2, 3, 4)))
        unweighted = survey["servqual"]["unweighted"]
        weighted = survey["servqual"]["weighted"]
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
        company = self.plan.report["assessment"]["servqual_self_view"]
        customers = self.plan.survey["customer_view"]
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
        overrated = [names[d] for d in self.plan.survey["overrated"]]
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
        complaints = self.plan.complaints
        story: list[Flowable] = [self.heading(t("customers.complaints"), 1)]
        if not complaints["total"]:
            return [*story, self.note(t("customers.complaints_none"))]
        story.append(
            self.para(
                t(
                    "customers.complaints_intro",
                    total=complaints["total"],
                    resolved=complaints["resolved"],
                ),
                s.lead,
            )
        )
        pareto = complaints["pareto"]
        shown = _chart_categories(pareto, t)
        figure = functools.partial(
            charts.pareto_figure,
            [category for category, _, _ in shown],
            [count for _, count, _ in shown],
            [cumulative for _, _, cumulative in shown],
            vital_few=sum(1 for e in pareto[: len(shown)] if e["vital_few"]),
            count_label=t("customers.count"),
            cumulative_label=t("customers.cumulative"),
            title=t("customers.pareto_title"),
            width=self.width / 72,
            height=3.3,
        )
        story.append(self.chart("pareto", figure, 0.95))
        vital = [e for e in pareto if e["vital_few"]]
        if vital:
            share = sum(e["percent"] for e in vital)
            story.append(
                self.para(
                    t(
                        "customers.vital_few",
                        categories=t.listing([e["category"] for e in vital]),
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
        problems = self.plan.report["problem_list"]
        focus = [p for p in problems if p["focus"]]
        story: list[Flowable] = [
            self.para(t("problems.intro", count=len(problems), focus=len(focus)), s.lead)
        ]
        figure = functools.partial(
            charts.priority_matrix_figure,
            [p["title"] for p in problems],
            [p["frequency"] for p in problems],
            [p["impact"] for p in problems],
            [p["focus"] for p in problems],
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
        touchpoints = any(p["touchpoint"] for p in problems)
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
            if problem["focus"]:
                highlight.append(len(rows))
            where = words.touchpoint(problem["touchpoint"]) or "—"
            rows.append(
                [
                    str(number),
                    problem["title"],
                    *([where] if touchpoints else []),
                    str(problem["frequency"]),
                    str(problem["impact"]),
                    str(problem["priority"]),
                    words.root_causes[problem["root_cause"]],
                    words.statuses[problem["status"]],
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
            story.append(self.para(problem["title"], s.h3, bold=True))
            for label, text in (
                ("problems.description", problem["description"]),
                ("problems.evidence", problem["evidence"]),
            ):
                if text.strip():
                    story.append(self.labelled(t(label), text.strip()))
            cause = problem["root_cause"]
            story.append(
                self.labelled(
                    t("problems.root_cause"),
                    f"{words.root_causes[cause]}: {words.root_cause_descriptions[cause]}",
                )
            )
        return story

    def labelled(self, label: str, text: str) -> Any:
        """A paragraph opening with a bold label: "Evidence: NPS −7.5 from 120 answers"."""
        from reportlab.platypus import Paragraph

        separator = "：" if self.t.language == "zh" else ": "
        body = markup(label + separator, self.fonts, bold=self.bold) + markup(text, self.fonts)
        return Paragraph(body, self.styles.for_text(self.styles.body, label + text))

    def _appendix(self) -> list[Flowable]:
        return self.appendix_items() + self.appendix_statistics() + self.appendix_categories()

    def appendix_items(self) -> list[Flowable]:
        t, s = self.t, self.styles
        items = self.plan.survey["servqual"]["items"]
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
            gap = items.get(str(number))
            if gap is None:
                continue
            rows.append(
                [
                    str(number),
                    texts.get(number, ""),
                    self.maybe(gap["expectation"], lambda v: t.number(v, 2)),
                    self.maybe(gap["perception"], lambda v: t.number(v, 2)),
                    self.maybe(gap["gap"], lambda v: t.signed(v, 2)),
                    str(gap["responses"]),
                ]
            )
        story.append(self.table(rows, (0.07, 0.55, 0.095, 0.095, 0.1, 0.09), right=(0, 2, 3, 4, 5)))
        return story

    def appendix_statistics(self) -> list[Flowable]:
        t = self.t
        survey = self.plan.survey
        if not survey["responses"]:
            return []
        story: list[Flowable] = [self.heading(t("appendix.statistics"), 1)]
        story.append(self.para(t("appendix.distribution"), self.styles.h3))
        counts = survey["distribution"]
        rows = [[t("appendix.score"), *[str(n) for n in range(11)]]]
        rows.append([t("customers.answers"), *[str(c) for c in counts]])
        share = 0.84 / 11
        story.append(self.table(rows, (0.16, *([share] * 11)), right=range(1, 12)))
        segments = survey.get("segments", {})
        if segments:
            story.append(self.spacer())
            story.append(self.segments_table(segments))
        return story

    def appendix_categories(self) -> list[Flowable]:
        t = self.t
        complaints = self.plan.complaints
        if not complaints["total"]:
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
        for entry in complaints["pareto"]:
            if entry["vital_few"]:
                highlight.append(len(rows))
            rows.append(
                [
                    entry["category"],
                    str(entry["count"]),
                    t.percent(entry["percent"], 1),
                    t.percent(entry["cumulative_percent"], 1),
                ]
            )
        rows.append([t("appendix.total"), str(complaints["total"]), t.percent(100), ""])
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
        from export.pdf_text import clean_text

        return " ".join(clean_text(text, self.fonts).split())

    def draw_cover(self, canvas: Canvas) -> None:
        """The cover's decoration: an accent band, and the consultant's firm and logo."""
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(_color(self.accent))
        canvas.rect(0, height - 14 * MM, width, 14 * MM, stroke=0, fill=1)
        canvas.setFillColor(_color(_tint(self.accent, 0.12)))
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
        if firm:
            canvas.setFillColor(_color(INK))
            draw_text(canvas, x, 18 * MM, firm, self.fonts, 11, bold=True)
        if self.branding.footer.strip():
            canvas.setFillColor(_color(MUTED))
            draw_text(canvas, x, 12 * MM, self.branding.footer.strip(), self.fonts, 8)
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
            draw_text(canvas, left, y, _shortened(self.business, fonts, 8, room), fonts, 8)
        canvas.setStrokeColor(_color(HAIRLINE))
        canvas.setLineWidth(0.5)
        y = self.margin_bottom - 10 * MM
        canvas.line(left, y + 4 * MM, right, y + 4 * MM)
        canvas.doForm(_page_form(page))  # "page X of Y": Y is known when the PDF is saved
        page_width = text_width(self.t("page_of", page=888, pages=888), fonts, 8)
        footer = " ".join((self.branding.footer or self.branding.firm).split())
        if footer:
            room = right - left - page_width - 8 * MM
            draw_text(canvas, left, y, _shortened(footer, fonts, 8, room), fonts, 8)
        canvas.restoreState()


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

        def __init__(self, drawing: Any) -> None:
            super().__init__()
            self.drawing = drawing
            self.hAlign = "CENTER"

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            # A full-width chart may exceed the frame by a rounding error, which reportlab
            # would call "too large".
            return (min(self.drawing.width, available_width), self.drawing.height)

        def draw(self) -> None:
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


def _chart_categories(pareto: list[dict[str, Any]], t: _Texts) -> list[tuple[str, int, float]]:
    """(category, count, cumulative percent) per bar: the largest categories, then the rest."""
    if len(pareto) <= MAX_CHART_CATEGORIES:
        return [(e["category"], e["count"], e["cumulative_percent"]) for e in pareto]
    kept = pareto[: MAX_CHART_CATEGORIES - 1]
    rest = pareto[MAX_CHART_CATEGORIES - 1 :]
    bars = [(e["category"], e["count"], e["cumulative_percent"]) for e in kept]
    other = t("customers.other_categories", count=len(rest))
    bars.append((other, sum(e["count"] for e in rest), 100.0))
    return bars


def _shortened(text: str, fonts: FontSet, size: float, room: float) -> str:
    """`text` cut with an ellipsis to fit `room` points on one line."""
    if text_width(text, fonts, size) <= room:
        return text
    while text and text_width(text + "…", fonts, size) > room:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def _with_unit(number: str, unit: str) -> str:
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def _fitted_image(
    image_class: Any, reader: Any, data: bytes | None, max_width: float, max_height: float
) -> Any:
    """An Image flowable of a logo already decoded by `logo_reader`, within the given box."""
    width, height = reader.getSize()
    scale = min(max_width / width, max_height / height)
    image = image_class(io.BytesIO(data or b""), width * scale, height * scale)
    image.hAlign = "LEFT"
    return image


def _largest_gap(survey: dict[str, Any]) -> tuple[str, float] | None:
    """The SERVQUAL dimension with the most negative gap (or the smallest gap if none is)."""
    gaps = [
        (name, gap["gap"])
        for name, gap in survey["servqual"]["dimensions"].items()
        if gap["gap"] is not None
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
