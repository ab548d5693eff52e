"""The Word writer: the PDF's sections recorded as blocks, then written with python-docx."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from export import charts
from export.pdf_text import register_fonts
from export.service_plan.data import _PlanData
from export.service_plan.document import _Document
from export.service_plan.flowables import KEEP_TABLE_ROWS
from export.service_plan.options import (
    _PDF_LANG,
    HAIRLINE,
    MUTED,
    SECTIONS,
    ExportCancelled,
    ExportOptions,
    Progress,
)
from export.service_plan.texts import _load_texts

if TYPE_CHECKING:
    from plan.store import PlanStore

#: The fonts the document names: present on nearly every Windows and macOS machine, and
#: substituted by a metric-compatible one elsewhere; Chinese runs take the East Asian font.
LATIN_FONT = "Arial"
EAST_ASIAN_FONT = "Microsoft YaHei"
#: The Word language tag of each plan language (spelling, hyphenation, the East Asian font).
_WORD_LANG = {"en": "en-GB", "ru": "ru-RU", "zh": "zh-CN"}
#: Charts are pictures of this resolution: sharp when printed at their size.
CHART_DPI = 220

# Characters XML 1.0 cannot hold (a plan written by another tool may have them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


# -- the blocks the sections are recorded as ---------------------------------------------------


@dataclass
class Heading:
    title: str
    level: int  # 0 a section, 1 a subsection


@dataclass
class Para:
    text: str
    style: str  # the PDF style's name: body, lead, note, bullet, quote, h3, source, …
    bold: bool = False
    label: str = ""  # a bold label opening the paragraph ("Evidence: …")


@dataclass
class TableBlock:
    rows: list[list[str | list[Para]]]
    widths: Sequence[float]
    right: set[int]
    header: bool
    highlight: set[int]
    groups: set[int]


@dataclass
class _Size:
    height: float = 0.0


@dataclass
class Chart:
    key: str
    figure: Callable[[], Any]
    share: float
    #: What a section asks of the PDF's drawing (its height, to keep a heading with it);
    #: a Word document flows, so nothing is reserved.
    drawing: _Size = field(default_factory=_Size)


@dataclass
class Cards:
    cards: list[tuple[str, str | None, str]]
    per_row: int


@dataclass
class Group:
    """Blocks kept together on one page in the PDF; one after the other here."""

    blocks: list[Any] = field(default_factory=list)


class _Marker:
    """What the PDF needs and a Word document does not (a spacer)."""


class WordDocument(_Document):
    """The Service Plan's sections, recorded as blocks instead of reportlab flowables."""

    def para(self, text: str, style: Any, *, bold: bool = False) -> Any:
        return Para(text, style.name, bold)

    def labelled(self, label: str, text: str, *, style: Any = None) -> Any:
        style = style or self.styles.body
        return Para(text, style.name, label=label)

    def heading(self, title: str, level: int) -> Any:
        self.headings.append((f"h{len(self.headings)}", level, title))
        return Heading(title, level)

    def table(
        self,
        rows: Sequence[Sequence[str | list[Any]]],
        widths: Sequence[float],
        *,
        right: Any = (),
        header: bool = True,
        highlight: Any = (),
        groups: Any = (),
    ) -> Any:
        return TableBlock(
            [list(row) for row in rows],
            widths,
            set(right),
            header,
            set(highlight),
            set(groups),
        )

    def chart(
        self,
        key: str,
        figure: Callable[[], Any],
        height_share: float = 1.0,
        *,
        shrink: float = 1.0,
    ) -> Any:
        return Chart(key, figure, height_share)

    def figure_cards(
        self, cards: Sequence[tuple[str, str | None, str]], per_row: int | None = None
    ) -> Any:
        return Cards(list(cards), per_row or len(cards))

    def keep_together(self, flowables: list[Any]) -> Any:
        return Group(list(flowables))

    def spacer(self, height: float = 0.0) -> Any:
        return _Marker()


def render(
    store: PlanStore,
    options: ExportOptions,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The Service Plan as .docx bytes (see `export.word`)."""
    from export.service_plan import _check_options, check_printable

    language = options.language or store.language()
    _check_options(options, language)
    sections = [s for s in SECTIONS if s in options.sections]
    total = len(sections) + 2

    def advance(done: int, what: str) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total, what)

    advance(0, "plan")
    plan = _PlanData.read(store)
    check_printable(plan, sections, store)
    document = WordDocument(plan, _load_texts(language), register_fonts(), options)
    body: list[Any] = []
    for number, section in enumerate(sections, start=1):
        advance(number, section)
        body.extend(document.section(section))
    advance(len(sections) + 1, "layout")
    data = _Writer(document, cancelled).write(body)
    advance(total, "done")
    return data


def plan_charts(store: PlanStore, options: ExportOptions) -> list[tuple[str, Callable[[], Any]]]:
    """Every chart the Service Plan prints, in order: (its key, the builder of its figure).

    The sections are recorded, not laid out, so the charts are exactly the document's."""
    from export.service_plan import _check_options

    language = options.language or store.language()
    _check_options(options, language)
    plan = _PlanData.read(store)
    document = WordDocument(plan, _load_texts(language), register_fonts(), options)
    found: list[tuple[str, Callable[[], Any]]] = []

    def collect(blocks: list[Any]) -> None:
        for block in blocks:
            if isinstance(block, Group):
                collect(block.blocks)
            elif isinstance(block, Chart):
                found.append((block.key, block.figure))

    for section in SECTIONS:
        if section in options.sections:
            collect(document.section(section))
    return found


# -- writing the blocks with python-docx -------------------------------------------------------

#: The styles the writer uses, with the heading level Word's navigation pane reads; a
#: consultant's template that never used one has it only as a "latent" style, so it is added.
_NEEDED_STYLES = {
    "Title": None,
    "Subtitle": None,
    "Heading 1": 0,
    "Heading 2": 1,
    "Heading 3": 2,
    "List Bullet": None,
    "Quote": None,
    "TOC Heading": None,
}


def _blank() -> Any:
    from docx import Document

    return Document()


def open_template(data: bytes) -> Any:
    """A consultant's .docx with its body emptied (its styles, page setup, header, footer and
    their pictures kept). Raises InvalidValueError when it is not a Word document."""
    from docx import Document

    from plan.errors import InvalidValueError

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a file it cannot read
        raise InvalidValueError(
            "word_template", f"is not a Word document (.docx): {type(exc).__name__}"
        ) from None
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):  # the last section's page setup stays
            body.remove(child)
    return document


def _ensure_styles(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    names = {style.name for style in document.styles}
    for name, outline in _NEEDED_STYLES.items():
        if name in names:
            continue
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        if outline is not None:
            style.font.bold = True
            properties = style.element.get_or_add_pPr()
            level = OxmlElement("w:outlineLvl")
            level.set(qn("w:val"), str(outline))
            properties.append(level)
            style.paragraph_format.keep_with_next = True


def _has_text(part: Any) -> bool:
    """Whether a header or footer holds anything (text or a picture)."""
    return bool(part.is_linked_to_previous is False and part._element.xpath(".//w:t|.//w:drawing"))


def _rgb(value: str) -> Any:
    from docx.shared import RGBColor

    return RGBColor.from_string(value.lstrip("#").upper())


class _Writer:
    """Writes one document's blocks into a python-docx Document."""

    def __init__(self, document: WordDocument, cancelled: Callable[[], bool] | None) -> None:
        from docx.shared import Pt

        self.d = document
        self.t = document.t
        self.cancelled = cancelled
        self.accent = document.accent
        template = document.branding.word_template
        self.templated = template is not None
        self.doc = open_template(template) if template is not None else _blank()
        section = self.doc.sections[0]
        if not self.templated:  # a consultant's template keeps its own page
            section.page_width, section.page_height = (
                Pt(document.pagesize[0]),
                Pt(document.pagesize[1]),
            )
            section.left_margin = section.right_margin = Pt(document.margin_x)
            section.top_margin = Pt(document.margin_top)
            section.bottom_margin = Pt(document.margin_bottom)
        width = section.page_width - section.left_margin - section.right_margin
        self.text_width = width / 12700 if self.templated else document.width  # points
        self._styles()

    # -- styles ---------------------------------------------------------------------------

    def _styles(self) -> None:
        from docx.oxml.ns import qn
        from docx.shared import Pt

        language = _WORD_LANG[self.t.language]
        styles = self.doc.styles
        _ensure_styles(self.doc)
        for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
            style = styles[name]
            rpr = style.element.get_or_add_rPr()
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = rpr.makeelement(qn("w:rFonts"), {})
                rpr.append(fonts)
            if not self.templated:  # a consultant's template keeps its fonts
                style.font.name = LATIN_FONT
                for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
                    fonts.set(qn(attribute), LATIN_FONT)
                for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
                    fonts.attrib.pop(qn(theme), None)
            # Chinese runs need an East Asian font whatever the template says.
            fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
            fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
            lang = rpr.find(qn("w:lang"))
            if lang is None:
                lang = rpr.makeelement(qn("w:lang"), {})
                rpr.append(lang)
            lang.set(qn("w:val"), language if self.t.language != "zh" else "en-GB")
            lang.set(qn("w:eastAsia"), "zh-CN")
        if self.templated:
            return  # the consultant's sizes and colours
        styles["Normal"].font.size = Pt(10)
        styles["Normal"].paragraph_format.space_after = Pt(4)
        for name, size in (("Heading 1", 17), ("Heading 2", 13), ("Heading 3", 11)):
            style = styles[name]
            style.font.size = Pt(size)
            style.font.bold = True  # Chinese headings bold too (Word emboldens the East Asian font)
            style.font.color.rgb = _rgb(self.accent if name != "Heading 3" else "#222222")
            style.paragraph_format.keep_with_next = True
        styles["Title"].font.color.rgb = _rgb(self.accent)
        styles["Title"].font.size = Pt(32)

    # -- the document ---------------------------------------------------------------------

    def write(self, body: list[Any]) -> bytes:
        self._cover()
        self._contents()
        self._header_footer()
        for block in body:
            self._check()
            self._block(block)
        self._properties()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()

    def _block(self, block: Any) -> None:
        if isinstance(block, Group):
            for inner in block.blocks:
                self._block(inner)
        elif isinstance(block, Heading):
            self.doc.add_heading(_clean(block.title), level=block.level + 1)
        elif isinstance(block, Para):
            self._para(block)
        elif isinstance(block, TableBlock):
            self._table(block)
        elif isinstance(block, Chart):
            self._chart(block)
        elif isinstance(block, Cards):
            self._cards(block)
        elif type(block).__name__ == "PageBreak":  # after the summary, as in the PDF
            self.doc.add_page_break()
        # anything else (a spacer, the PDF's conditional breaks) has no place in Word

    def _para(self, block: Para, container: Any = None) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        target = container if container is not None else self.doc
        style = block.style.removesuffix("_cjk")
        if style == "h3":
            paragraph = target.add_heading(_clean(block.text), level=3)
            return paragraph
        word_style = {"bullet": "List Bullet", "source": "List Bullet", "quote": "Quote"}.get(style)
        paragraph = target.add_paragraph(style=word_style)
        if block.label:
            separator = "：" if self.t.language == "zh" else ": "
            paragraph.add_run(_clean(block.label + separator)).bold = True
        run = paragraph.add_run(_clean(block.text))
        run.bold = block.bold or None
        if style in ("note", "source", "td_note", "td_note_right", "card_note", "card_label"):
            run.font.color.rgb = _rgb(MUTED)
            run.font.size = Pt(8.5 if style.startswith(("td", "card")) else 9)
        elif style == "warning":
            run.font.color.rgb = _rgb("#A8402C")
        elif style == "lead":
            run.font.size = Pt(11)
        elif style in ("td", "td_right", "th", "th_right"):
            run.font.size = Pt(9)
        if style.endswith("_right"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return paragraph

    # -- tables ---------------------------------------------------------------------------

    def _table(self, block: TableBlock) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        columns = len(block.widths)
        table = self.doc.add_table(rows=0, cols=columns)
        self._rules(table)
        table.autofit = False
        widths = [Pt(share * self.text_width) for share in block.widths]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # the grid, which LibreOffice follows (Word: the cells')
        for r, row in enumerate(block.rows):
            cells = table.add_row().cells
            heading_row = block.header and r == 0
            for c, value in enumerate(row[:columns]):
                cell = cells[c]
                cell.width = widths[c]
                paragraphs = value if isinstance(value, list) else [value]
                first = True
                for item in paragraphs:
                    if isinstance(item, Para):
                        self._cell_para(cell, item, first, c in block.right, heading_row)
                    else:
                        text = str(item)
                        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                        run = paragraph.add_run(_clean(text))
                        run.font.size = Pt(9)
                        run.bold = heading_row or r in block.groups or None
                        if c in block.right:
                            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    first = False
            if heading_row:
                self._shade(cells, charts.tint(self.accent, 0.14))
                self._repeat_header(table.rows[r])
            elif r in block.groups:
                self._shade(cells, charts.tint(self.accent, 0.1))
                if columns > 2:
                    merged = cells[0].merge(cells[columns - 2])
                    # merging keeps every cell's paragraphs: keep the title's only
                    for extra in merged.paragraphs[1:]:
                        extra._element.getparent().remove(extra._element)
            elif r in block.highlight:
                self._shade(cells, charts.tint(self.accent, 0.07))
        self._keep(table)
        self._gap()

    def _cell_para(self, cell: Any, item: Para, first: bool, right: bool, bold: bool) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        run = paragraph.add_run(_clean(item.text))
        style = item.style.removesuffix("_cjk")
        note = style.startswith("td_note")
        run.font.size = Pt(8 if note else 9)
        run.bold = bold or item.bold or None
        if note:
            run.font.color.rgb = _rgb(MUTED)
        if right or style.endswith("_right"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    @staticmethod
    def _keep(table: Any) -> None:
        """A row never split across pages; a short table (as the PDF's) kept on one page:
        Word keeps a table together by keeping each row's paragraphs with the next."""
        from docx.oxml import OxmlElement

        rows = list(table.rows)
        short = len(rows) <= KEEP_TABLE_ROWS
        for index, row in enumerate(rows):
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            if short and index < len(rows) - 1:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True

    def _gap(self) -> None:
        """A small empty paragraph after a table: Word joins two tables with nothing between
        them into one. Kept a few points high, so a table filling its page does not push it
        onto a page of its own."""
        from docx.shared import Pt

        layout = self.doc.add_paragraph().paragraph_format
        layout.space_before = layout.space_after = Pt(0)
        layout.line_spacing = Pt(6)

    @staticmethod
    def _rules(table: Any) -> None:
        """Hairlines between rows and none between columns, as the PDF's tables: a grid of
        boxes reads heavier than the figures in it."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        properties = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            line = OxmlElement(f"w:{edge}")
            if edge in ("left", "right", "insideV"):
                line.set(qn("w:val"), "nil")
            else:
                line.set(qn("w:val"), "single")
                line.set(qn("w:sz"), "4")
                line.set(qn("w:color"), HAIRLINE.lstrip("#"))
            borders.append(line)
        properties.append(borders)

    @staticmethod
    def _shade(cells: Sequence[Any], colour: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        for cell in cells:
            properties = cell._element.get_or_add_tcPr()
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), colour.lstrip("#").upper())
            properties.append(shading)

    @staticmethod
    def _repeat_header(row: Any) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        properties = row._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        properties.append(header)

    # -- charts and cards -----------------------------------------------------------------

    def _chart(self, block: Chart) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        png = charts.figure_to_png(block.figure(), dpi=CHART_DPI)
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run().add_picture(io.BytesIO(png), width=Pt(self.text_width * block.share))

    def _cards(self, block: Cards) -> None:
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
        from docx.shared import Pt

        per_row = block.per_row
        rows = (len(block.cards) + per_row - 1) // per_row
        table = self.doc.add_table(rows=3 * rows, cols=per_row)
        table.autofit = False
        width = Pt(self.text_width / per_row)
        for column in table.columns:
            column.width = width
        for k, (label, value, note) in enumerate(block.cards):
            # Labels, numbers and notes in rows of their own: the numbers of a row align.
            top, column = 3 * (k // per_row), k % per_row
            cells = [table.cell(top + i, column) for i in range(3)]
            run = cells[0].paragraphs[0].add_run(_clean(label))
            run.font.size, run.font.color.rgb = Pt(8), _rgb(MUTED)
            shown = value if value is not None else self.t("not_assessed")
            run = cells[1].paragraphs[0].add_run(_clean(shown))
            cells[1].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
            if value is not None:
                run.font.size, run.bold = Pt(18), True
                run.font.color.rgb = _rgb(self.accent)
                if note:
                    small = cells[2].paragraphs[0].add_run(_clean(note))
                    small.font.size, small.font.color.rgb = Pt(7.5), _rgb(MUTED)
            else:
                run.font.size, run.font.color.rgb = Pt(9), _rgb(MUTED)
        for row in table.rows:
            self._shade(row.cells, charts.tint(self.accent, 0.08))
        self._gap()

    # -- cover, contents, header and footer -----------------------------------------------

    def _cover(self) -> None:
        from docx.shared import Pt

        d, t = self.d, self.t
        if d.plan.logo:
            from docx.image.exceptions import UnrecognizedImageError

            # A damaged or unknown logo is left out, as the PDF leaves it out.
            with contextlib.suppress(UnrecognizedImageError, ValueError, OSError):
                self.doc.add_paragraph().add_run().add_picture(
                    io.BytesIO(d.plan.logo), height=Pt(80)
                )
        self.doc.add_paragraph(_clean(t("document_title")), style="Title")
        if d.business:
            self.doc.add_paragraph(_clean(d.business), style="Subtitle")
        subject = self.doc.add_paragraph().add_run(_clean(t("subject")))
        subject.font.size, subject.font.color.rgb = Pt(11), _rgb(MUTED)
        for label, value in d.cover_lines():
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(8)
            run = paragraph.add_run(_clean(label))
            run.font.size, run.font.color.rgb = Pt(9), _rgb(MUTED)
            paragraph.add_run("\n" + _clean(value)).font.size = Pt(12)
        self.doc.add_page_break()

    def _contents(self) -> None:
        """A table-of-contents field over the heading styles; its text until Word updates it
        (it asks on opening) is the headings, so it never reads as an instruction."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self.doc.add_paragraph(_clean(self.t("contents")), style="TOC Heading")
        titles = [(level, title) for _, level, title in self.d.headings] or [(0, "")]
        paragraphs = []
        for level, title in titles:
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.left_indent = None if level == 0 else 250000
            paragraphs.append((paragraph, title, level))

        def char(paragraph: Any, kind: str) -> None:
            run = paragraph.add_run()
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)

        first, last = paragraphs[0][0], paragraphs[-1][0]
        char(first, "begin")
        instruction = first.add_run()
        text = OxmlElement("w:instrText")
        text.set(qn("xml:space"), "preserve")
        text.text = ' TOC \\o "1-2" \\h \\z \\u '
        instruction._r.append(text)
        char(first, "separate")
        for paragraph, title, level in paragraphs:
            run = paragraph.add_run(_clean(title))
            run.bold = level == 0 or None
        char(last, "end")
        settings = self.doc.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)
        self.doc.add_page_break()

    def _header_footer(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt

        section = self.doc.sections[0]
        if self.templated and _has_text(section.header) | _has_text(section.footer):
            return  # the consultant's own header and footer
        section.different_first_page_header_footer = True  # the cover has none
        header = section.header.paragraphs[0]
        title = self.t("document_title")
        header.text = _clean(f"{self.d.business} — {title}" if self.d.business else title)
        for run in header.runs:
            run.font.size, run.font.color.rgb = Pt(8), _rgb(MUTED)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        branding = " ".join((self.d.branding.footer or self.d.branding.firm).split())
        if branding:
            footer.add_run(_clean(branding) + "    ")
        # "Page {page} of {pages}" with Word's own page fields in place of the numbers.
        pattern = self.t("page_of", page="\x00PAGE\x00", pages="\x00NUMPAGES\x00")
        for index, part in enumerate(pattern.split("\x00")):
            if index % 2 == 0:
                if part:
                    footer.add_run(part)
                continue
            run = footer.add_run()
            for kind, text in (("begin", None), (None, f" {part} "), ("separate", None)):
                if kind:
                    element = OxmlElement("w:fldChar")
                    element.set(qn("w:fldCharType"), kind)
                else:
                    element = OxmlElement("w:instrText")
                    element.set(qn("xml:space"), "preserve")
                    element.text = text
                run._r.append(element)
            footer.add_run("1")
            end = footer.add_run()
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), "end")
            end._r.append(element)
        for run in footer.runs:
            run.font.size, run.font.color.rgb = Pt(8), _rgb(MUTED)

    def _properties(self) -> None:
        d = self.d
        profile = d.plan.profile
        properties = self.doc.core_properties
        title = self.t("document_title")
        properties.title = _clean(f"{title} — {d.business}" if d.business else title)
        author = " ".join(profile.preparer_name.split())
        if profile.prepared_by == "consultant" and profile.consultant_firm:
            firm = profile.consultant_firm
            author = f"{author}, {firm}" if author else firm
        properties.author = _clean(author)
        properties.subject = _clean(self.t("subject"))
        properties.language = _PDF_LANG[self.t.language]
        properties.comments = ""
