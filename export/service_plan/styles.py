"""The document's paragraph styles: one factory, so every page looks alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from export.pdf_text import (
    FontSet,
    text_width,
)
from export.service_plan.options import (
    BAD,
    INK,
    MUTED,
)

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle


def _color(value: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(value)


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
        self._headings(style, heading_font, accent)
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
        self._cards_and_cover(style, heading_font, accent)
        self._cjk_variants: dict[str, ParagraphStyle] = {}

    def _headings(self, style: Callable[..., Any], heading_font: str, accent: str) -> None:
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

    def _cards_and_cover(self, style: Callable[..., Any], heading_font: str, accent: str) -> None:
        from reportlab.lib.enums import TA_RIGHT

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
        self.cover_subject = style(
            "cover_subject", fontSize=11, leading=15, textColor=_color(MUTED), spaceBefore=6
        )
        self.cover_label = style(
            "cover_label", fontSize=8.5, leading=11, textColor=_color(MUTED), spaceAfter=0
        )
        self.cover_value = style("cover_value", fontSize=11.5, leading=15, spaceAfter=7)
        self.toc1 = style("toc1", fontName=heading_font, fontSize=11, leading=15, spaceAfter=0)
        self.toc2 = style("toc2", fontSize=9.5, leading=13, leftIndent=14, spaceAfter=0)
        self.toc_page = style("toc_page", parent=self.toc2, leftIndent=0, alignment=TA_RIGHT)

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
