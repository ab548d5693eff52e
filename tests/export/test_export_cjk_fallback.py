"""A character outside the shipped CJK subset: printed in the system's CJK font when there is
one, else as U+FFFD — never as an empty box."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from export import fonts, pdf_text
from export.pdf_text import CJK_FALLBACK_FONT, CJK_FONT, REPLACEMENT, register_fonts, text_runs

RARE = "丂"  # U+4E02: in WenQuanYi Micro Hei, not in GB 2312 or Big5 level 1 (so not shipped)


@pytest.fixture
def fresh_fallback(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The fallback font is chosen and registered once per process; let a test choose again."""
    chosen = fonts.cjk_fallback_font  # a test may replace it
    monkeypatch.setattr(pdf_text, "_fallback_state", [])
    chosen.cache_clear()
    yield
    chosen.cache_clear()


def test_the_rare_character_is_not_in_the_shipped_font() -> None:
    fontset = register_fonts()
    assert fonts.cjk_font() == fonts.bundled_cjk_font()
    assert pdf_text.missing_glyphs(RARE + "咖啡", CJK_FONT) == {RARE}
    assert fontset.cjk == CJK_FONT


def test_without_a_system_cjk_font_it_prints_as_a_replacement(
    monkeypatch: pytest.MonkeyPatch, fresh_fallback: None
) -> None:
    monkeypatch.setattr(fonts, "cjk_fallback_font", lambda: None)
    runs = text_runs(f"咖啡{RARE}馆", register_fonts())
    assert "".join(text for _font, text in runs) == f"咖啡{REPLACEMENT}馆"


def test_with_a_system_cjk_font_it_prints_in_that_font(fresh_fallback: None) -> None:
    system = fonts.system_cjk_font()
    if system is None:
        pytest.skip("this machine has no CJK font of its own (the shipped one is enough)")
    from matplotlib.ft2font import FT2Font

    if ord(RARE) not in FT2Font(str(system)).get_charmap():
        pytest.skip(f"{system.name} lacks {RARE} too")
    runs = text_runs(f"咖啡{RARE}馆", register_fonts())
    assert runs == [(CJK_FONT, "咖啡"), (CJK_FALLBACK_FONT, RARE), (CJK_FONT, "馆")]
