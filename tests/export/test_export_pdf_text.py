"""export.pdf_text: user text reaches reportlab escaped, and each script in a font that has it."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from export import fonts as font_files
from export import pdf_text
from export.pdf_text import (
    BOLD_FONT,
    CJK_FONT,
    REGULAR_FONT,
    REPLACEMENT,
    CjkFontMissingError,
    FontSet,
    clean_text,
    draw_text,
    is_cjk,
    markup,
    missing_glyphs,
    register_fonts,
    table_style,
    text_runs,
    text_width,
)
from plan import LANGUAGES
from plan.errors import PlanError
from plan.questionnaire import TEXT_FIELDS, load_questionnaire

HOSTILE = '<b>R&D</b> "Café" $x$ <img src="/etc/passwd"/> 咖啡 😀'


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return register_fonts()


def _paragraph_text(markup_text: str, fonts: FontSet) -> str:
    """What reportlab makes of some markup: the text of its fragments, tags resolved."""
    paragraph = Paragraph(markup_text, ParagraphStyle("t", fontName=fonts.regular))
    return "".join(frag.text for frag in paragraph.frags)


def test_register_fonts_once_for_all_threads() -> None:
    results: list[FontSet] = []
    threads = [threading.Thread(target=lambda: results.append(register_fonts())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8 and all(result is results[0] for result in results)
    assert results[0].regular == REGULAR_FONT and results[0].bold == BOLD_FONT
    if font_files.cjk_font() is not None:
        assert results[0].cjk == CJK_FONT


def test_markup_escapes_everything(fonts: FontSet) -> None:
    text = "a<b & c>d 'x' \"y\" R&D; &amp; <br/> </font>"
    result = markup(text, fonts)
    assert "<b" not in result.replace('<font name="', "")
    assert _paragraph_text(result, fonts) == text


def test_hostile_text_prints_literally_and_reads_no_file(tmp_path: Path, fonts: FontSet) -> None:
    picture = tmp_path / "picture.png"
    picture.write_bytes((Path(__file__).parents[2] / "assets/demo/logo.png").read_bytes())
    text = HOSTILE.replace("/etc/passwd", str(picture))
    assert _paragraph_text(markup(text, fonts), fonts) == text.replace(" 😀", " ")
    buffer = io.BytesIO()
    style = ParagraphStyle("t", fontName=fonts.regular)
    doc = SimpleDocTemplate(buffer, initialFontName=fonts.regular, invariant=1)
    doc.build([Paragraph(markup(text, fonts), style)])
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    resources: Any = page["/Resources"]
    assert "/XObject" not in resources or not resources["/XObject"]  # no image was read
    assert str(picture) in page.extract_text()


def test_newlines_become_line_breaks(fonts: FontSet) -> None:
    result = markup("one\ntwo\r\nthree\rfour", fonts)
    assert result.count("<br/>") == 3
    paragraph = Paragraph(result, ParagraphStyle("t", fontName=fonts.regular))
    paragraph.wrap(10_000, 10_000)
    assert len(paragraph.blPara.lines) == 4


def test_runs_put_each_script_in_a_font_that_has_it(fonts: FontSet) -> None:
    runs = text_runs("Кофе «Уют», 咖啡馆，很好。 Café", fonts)
    assert runs == [
        (REGULAR_FONT, "Кофе «Уют», "),
        (CJK_FONT, "咖啡馆，很好。 "),
        (REGULAR_FONT, "Café"),
    ]
    bold = text_runs("R&D 咖啡", fonts, bold=True)
    assert bold == [(BOLD_FONT, "R&D "), (CJK_FONT, "咖啡")]
    for font, run in runs + bold:
        assert not missing_glyphs(run, font)


def test_plain_text_shortcut_gives_what_the_character_loop_gives(
    fonts: FontSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A text of characters the Latin font prints as they are is one run without the per-character
    # loop; every such character, alone and beside others, must come out as the loop puts it.
    samples = ["", "\n", " «Уют», ", "Café\n2 500 ₽", "a\tb", "\u00ad", "咖啡 a", "a 😀"]
    for bold in (False, True):
        plain = sorted(pdf_text._simple(fonts.latin(bold=bold)))
        assert "a" in plain and "Ж" in plain and "咖" not in plain and "\u200b" not in plain
        samples += [ch + tail for ch in plain for tail in ("", "a", " 咖", "\n")]
        shortcut = [text_runs(text, fonts, bold=bold) for text in samples]
        with monkeypatch.context() as patched:
            patched.setattr(pdf_text, "_simple", lambda latin: frozenset())
            assert shortcut == [text_runs(text, fonts, bold=bold) for text in samples]


def test_markup_names_the_fonts(fonts: FontSet) -> None:
    assert markup("a 咖啡", fonts) == (
        f'<font name="{REGULAR_FONT}">a </font><font name="{CJK_FONT}">咖啡</font>'
    )


def test_unprintable_characters_are_dropped_or_replaced(fonts: FontSet) -> None:
    # Emoji (with skin tones, joiners, flags) are dropped; Thai, for which no font is installed
    # with DejaVu, is replaced so a reader sees something is missing; controls are dropped.
    assert clean_text("Go 👍🏽 team 👨‍👩‍👧 🇷🇺!", fonts).split() == ["Go", "team", "!"]
    assert clean_text("Thai ไทย", fonts) == f"Thai {REPLACEMENT * 3}"
    assert clean_text("a\tb\x00c\x1bd\u200be\u00adf\u200e", fonts) == "a bcdef"
    assert clean_text("😀", fonts) == ""
    assert clean_text("𝐁𝐨𝐥𝐝 ★ € ₽ №", fonts) == "Bold ★ € ₽ №"
    assert markup("😀", fonts) == ""


def test_missing_cjk_font_is_an_error_only_for_cjk_text(fonts: FontSet) -> None:
    latin_only = FontSet(fonts.regular, fonts.bold, None)
    assert "Café" in markup("Café Привет", latin_only)
    with pytest.raises(CjkFontMissingError) as raised:
        markup("老街 Café", latin_only)
    assert isinstance(raised.value, PlanError)
    assert "fonts-wqy-microhei" in str(raised.value)


def test_is_cjk() -> None:
    assert all(is_cjk(ch) for ch in "咖啡，。かカ한Ａ")
    assert not any(is_cjk(ch) for ch in "Aé Жж«»—1")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_questionnaire_text_prints_unchanged(language: str, fonts: FontSet) -> None:
    q = load_questionnaire(language)
    texts = [str(getattr(q, name)) for name in TEXT_FIELDS]
    texts += [item.statement for item in q.items] + list(q.csat_labels)
    texts += [t for d in q.dimensions.values() for t in (d.title, d.description)]
    for text in texts:
        assert clean_text(text, fonts) == text
        assert clean_text(text, fonts, bold=True) == text


def test_draw_text_and_width_agree(fonts: FontSet) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=fonts.regular)
    text = "Page 1 of 2 · Стр. 1"
    width = draw_text(canvas, 100, 100, text, fonts, 7, align="right")
    assert width == pytest.approx(text_width(text, fonts, 7))
    assert width > 0
    with pytest.raises(ValueError):
        draw_text(canvas, 0, 0, "x", fonts, 7, align="middle")


def test_table_style_sets_our_font_first(fonts: FontSet) -> None:
    style = table_style(fonts, [("ALIGN", (0, 0), (-1, -1), "CENTER")])
    assert style.getCommands()[0] == ("FONTNAME", (0, 0), (-1, -1), fonts.regular)
    assert len(style.getCommands()) == 2


def test_chinese_closing_punctuation_never_starts_a_line(fonts: FontSet) -> None:
    """A comma that overflows a line hangs at its end instead of starting the next one."""
    style = ParagraphStyle("zh", fontName=REGULAR_FONT, fontSize=10, leading=14, wordWrap="CJK")
    markup(HOSTILE, fonts)  # prints CJK, so the CJK font (and the line rules) are loaded
    for width_in_chars in range(6, 16):
        start = "措" * width_in_chars
        for text in (start + "，预算为十二项。", start + "，预算 ¥66,220。"):
            paragraph = Paragraph(markup(text, fonts), style)
            paragraph.wrap(10 * width_in_chars + 0.5, 1000)
            lines = [_line_text(line) for line in paragraph.blPara.lines]
            assert len(lines) > 1, text
            assert not any(line.startswith("，") for line in lines), lines


def _line_text(line: Any) -> str:
    """A wrapped line's text: (width, words) for one-font paragraphs, a FragLine otherwise."""
    if isinstance(line, tuple):
        return "".join(line[1])
    return "".join(str(frag.text) for frag in line.words)
