"""Safe, tofu-free text for reportlab: font registration, escaping, per-script font runs.

Why this module exists (see docs/design.md §9.1): reportlab parses `Paragraph` text as
markup, so user text must be escaped (`a<b` raises, `R&D` is mangled, `<img src=...>` reads a
local file); and reportlab has no per-glyph font fallback, so a character missing from the
current font prints as an empty box without a warning. Every piece of text that reaches a PDF
(the customer questionnaire now, the Service Plan later) goes through `markup` (for
paragraphs) or `draw_text` (for the canvas): both split text into runs, each in a font that has
its glyphs: DejaVu Sans (shipped with matplotlib) for Latin, Cyrillic and most symbols, the
system's TrueType CJK font for Chinese, Japanese kana, Korean hangul and fullwidth forms.

Characters neither font has are handled the same way everywhere (`clean_text`):
- emoji, pictographs and other symbols, combining marks and invisible format characters
  (zero-width joiner, variation selectors) are dropped: they decorate, and a box or a
  replacement mark on a customer-facing form looks worse than their absence;
- letters, digits and punctuation of scripts we have no font for are replaced with U+FFFD
  (�), so a reader can see that part of a name could not be printed rather than losing it
  silently;
- characters beyond U+FFFF: reportlab writes a broken text layer for them, so emoji there are
  dropped even where DejaVu has a glyph (it has U+1F600), and styled letters (𝐁𝐨𝐥𝐝) are
  printed as their plain forms; BMP symbols the fonts have (★, ☺, €, ₽) print;
- control characters, invisible format characters (zero-width joiner and space, direction
  marks, soft hyphen) and variation selectors are dropped; tabs become spaces; line breaks stay.

There is no bold CJK font (and reportlab cannot embolden one): in bold text, CJK runs use the
regular CJK face. A Chinese document should therefore not ask for bold at all (bold Latin words
in regular Chinese headings look like a mistake); an English heading with a Chinese name is fine.

reportlab is imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import bisect
import logging
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from export import fonts
from plan.errors import PlanError

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "BOLD_FONT",
    "CJK_FONT",
    "REGULAR_FONT",
    "CjkFontMissingError",
    "FontSet",
    "clean_text",
    "draw_text",
    "is_cjk",
    "markup",
    "missing_glyphs",
    "register_fonts",
    "table_style",
    "text_runs",
    "text_width",
]

log = logging.getLogger(__name__)

#: The names our fonts are registered under in reportlab (what `<font name=...>` refers to).
REGULAR_FONT = "ServicePlan-Sans"
BOLD_FONT = "ServicePlan-Sans-Bold"
CJK_FONT = "ServicePlan-CJK"
#: A second CJK font for characters the first lacks (export.fonts.cjk_fallback_font).
CJK_FALLBACK_FONT = "ServicePlan-CJK-Fallback"

REPLACEMENT = "\ufffd"

# Blocks whose characters belong in the CJK font even where DejaVu has a glyph of its own
# (so Chinese punctuation and fullwidth forms keep the CJK font's metrics and look).
_CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x2FF0, 0x2FFF),  # ideographic description characters
    (0x3000, 0x303F),  # CJK symbols and punctuation (、。「」 and the ideographic space)
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x3190, 0x31FF),  # Kanbun, Bopomofo extended, CJK strokes, Katakana extensions
    (0x3200, 0x33FF),  # enclosed CJK letters, CJK compatibility
    (0x3400, 0x4DBF),  # CJK unified ideographs extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended-A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended-B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms (，：（）！？)
    (0x20000, 0x3134F),  # CJK extensions B to G
)

_CJK_STARTS = tuple(low for low, _ in _CJK_RANGES)  # sorted, for bisect

# Tabs print as spaces; Unicode line/paragraph separators and a lone CR break the line.
_LINE_BREAKS = {ord("\t"): " ", ord("\r"): "\n", 0x2028: "\n", 0x2029: "\n", 0x85: "\n"}

_XML_EXTRA = {'"': "&quot;", "'": "&#39;"}


class CjkFontMissingError(PlanError):
    """Chinese (or other CJK) text must be printed but this system has no usable CJK font."""

    def __init__(self) -> None:
        super().__init__(
            "Chinese text cannot be printed: no TrueType CJK font was found on this system. "
            "Install one (on Debian or Ubuntu: sudo apt-get install fonts-wqy-microhei) or "
            f"name a .ttf/.ttc file in the {fonts.CJK_FONT_ENV} environment variable."
        )


@dataclass(frozen=True)
class FontSet:
    """The reportlab names of the registered fonts; `cjk` is None when the system has none."""

    regular: str
    bold: str
    cjk: str | None

    def latin(self, *, bold: bool = False) -> str:
        return self.bold if bold else self.regular


_register_lock = threading.Lock()
_registered: FontSet | None = None


def register_fonts() -> FontSet:
    """Register DejaVu Sans (regular, bold) with reportlab once per process; name the CJK font.

    Thread-safe: reportlab's font registry is global. A CJK font that is absent or cannot be
    loaded is not an error here: only English or Russian output may be wanted. `markup` and
    `draw_text` raise `CjkFontMissingError` when CJK text actually has to be printed.
    """
    global _registered
    with _register_lock:
        if _registered is not None:
            return _registered
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(REGULAR_FONT, str(fonts.latin_cyrillic_font())))
        pdfmetrics.registerFont(TTFont(BOLD_FONT, str(fonts.latin_cyrillic_bold_font())))
        # <b> and <i> inside a paragraph map to our faces; there is no italic, so upright it
        # is. The plain faces are mapped last: reportlab remembers the last mapping of a face.
        addMapping(REGULAR_FONT, 0, 1, REGULAR_FONT)
        addMapping(REGULAR_FONT, 1, 1, BOLD_FONT)
        addMapping(REGULAR_FONT, 0, 0, REGULAR_FONT)
        addMapping(REGULAR_FONT, 1, 0, BOLD_FONT)

        # The CJK font (several megabytes) is loaded when CJK text first needs it
        # (`_loaded_cjk`): an English or Russian document never pays for it.
        cjk_name = CJK_FONT if fonts.cjk_font() is not None else None
        _registered = FontSet(REGULAR_FONT, BOLD_FONT, cjk_name)
        return _registered


_cjk_lock = threading.Lock()
_cjk_state: list[bool] = []  # empty: not tried yet; [True] loaded; [False] cannot be used


def _loaded_cjk(fonts_: FontSet) -> str | None:
    """The CJK font's name once it is registered with reportlab (loaded on first use), or None
    when the system has none or it cannot be loaded."""
    if fonts_.cjk is None:
        return None
    with _cjk_lock:
        if not _cjk_state:
            _cjk_state.append(_register_cjk())
        return fonts_.cjk if _cjk_state[0] else None


_fallback_state: list[bool] = []  # as _cjk_state, for CJK_FALLBACK_FONT


def _loaded_cjk_fallback() -> str | None:
    """The second CJK font's name once registered (on first use), or None when there is none."""
    with _cjk_lock:
        if not _fallback_state:
            _fallback_state.append(_register_cjk(CJK_FALLBACK_FONT, fonts.cjk_fallback_font()))
        return CJK_FALLBACK_FONT if _fallback_state[0] else None


def _register_cjk(name: str = CJK_FONT, path: Path | None = None) -> bool:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name == CJK_FONT:
        path = fonts.cjk_font()
    if path is None:
        return False
    try:
        # subfontIndex=0: the first face of a .ttc collection (e.g. WenQuanYi Micro Hei).
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    except Exception as exc:  # reportlab raises its own TTFError and plain errors alike
        log.warning("cannot use the CJK font %s: %s", path, exc)
        return False
    for bold in (1, 0):
        for italic in (1, 0):
            addMapping(name, bold, italic, name)
    _forbid_chinese_line_starts()
    return True


#: Chinese punctuation that must not begin a line. reportlab's own list is Japanese-minded and
#: lacks the full-width comma, colon, semicolon and closing quotes, so "，" could start a line.
CHINESE_CANNOT_START = "，；：！？）》〉」』】〗”’…·"


def _forbid_chinese_line_starts() -> None:
    """Let CJK line breaking hang Chinese closing punctuation at the line's end.

    reportlab's two CJK line breakers (one for single-font paragraphs, one for mixed fonts) each
    read a module-level copy of this string on every line; extending both (idempotently) is
    the only hook it offers."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        current: str = module.ALL_CANNOT_START
        missing = "".join(ch for ch in CHINESE_CANNOT_START if ch not in current)
        if missing:
            module.ALL_CANNOT_START = current + missing


_charmaps: dict[str, Mapping[int, int]] = {}
_charmap_lock = threading.Lock()


def _charmap(font_name: str) -> Mapping[int, int]:
    """Code point → glyph of a registered TrueType font (what it can print)."""
    if font_name == CJK_FONT and not _cjk_state:
        _loaded_cjk(FontSet(REGULAR_FONT, BOLD_FONT, CJK_FONT))  # registered before it is read
    with _charmap_lock:
        found = _charmaps.get(font_name)
        if found is None:
            from reportlab.pdfbase import pdfmetrics

            face: Any = pdfmetrics.getFont(font_name).face
            found = _charmaps[font_name] = dict(face.charToGlyph)
        return found


def missing_glyphs(text: str, font_name: str) -> set[str]:
    """The characters of `text` (other than whitespace) a registered TrueType font cannot print.

    For checks and tests: e.g. that every text of a language is covered by the font meant for it.
    """
    charmap = _charmap(font_name)
    return {ch for ch in text if not ch.isspace() and ord(ch) not in charmap}


def is_cjk(ch: str) -> bool:
    """Whether a character is Chinese/Japanese/Korean script, CJK punctuation or fullwidth."""
    code = ord(ch)
    if code < _CJK_RANGES[0][0]:
        return False  # Latin, Cyrillic and most punctuation: the common case, decided at once
    index = bisect.bisect_right(_CJK_STARTS, code) - 1
    return index >= 0 and code <= _CJK_RANGES[index][1]


def _font_for(ch: str, fonts_: FontSet, latin: str) -> str | None:
    """The font to print `ch` in, or None when neither font has it."""
    code = ord(ch)
    if is_cjk(ch):
        cjk = _loaded_cjk(fonts_)
        if cjk is not None and code in _charmap(cjk):
            return cjk
        if code in _charmap(latin):
            return latin
        if cjk is None:
            raise CjkFontMissingError()
        fallback = _loaded_cjk_fallback()
        return fallback if fallback is not None and code in _charmap(fallback) else None
    if code in _charmap(latin):
        return latin
    cjk = _loaded_cjk(fonts_)
    if cjk is not None and code in _charmap(cjk):
        return cjk
    return None


_simple_chars: dict[str, frozenset[str]] = {}


def _simple(latin: str) -> frozenset[str]:
    """The characters that `text_runs` prints as they are in the Latin font `latin`: in its
    charmap, not CJK, not folded away. A text of only these is one run (the common case)."""
    found = _simple_chars.get(latin)
    if found is None:
        chars = {"\n"}
        for code in _charmap(latin):
            ch = chr(code)
            if code <= 0xFFFF and not is_cjk(ch) and _fold(ch) == ch:
                chars.add(ch)
        found = _simple_chars[latin] = frozenset(chars)
    return found


def _neutral(ch: str) -> bool:
    """Spaces and punctuation: printed in whichever font the text around them uses."""
    return unicodedata.category(ch)[0] in "PZ"


def text_runs(text: str, fonts_: FontSet, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split `text` into (font name, text) runs, each printable entirely in its font.

    The text is cleaned first (see the module docstring: what cannot be printed is dropped or
    replaced). Spaces and punctuation stay in the run around them, so a Chinese sentence is one
    run, not one per comma. Raises `CjkFontMissingError` for CJK text with no CJK font.
    """
    latin = fonts_.latin(bold=bold)
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    if _simple(latin).issuperset(text):  # what the loop below would give, at C speed
        return [(latin, text)] if text else []
    runs: list[tuple[str, str]] = []
    pending = ""  # leading spaces/punctuation, waiting for the first run to give them a font

    def add(font: str, chars: str) -> None:
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + chars)
        else:
            runs.append((font, chars))

    for ch in "".join(_fold(ch) for ch in text):
        if ch == "\n":
            if runs:
                add(runs[-1][0], ch)
            else:
                pending += ch
            continue
        font = _font_for(ch, fonts_, latin)
        if font is None:
            ch = _substitute(ch)
            if not ch:
                continue
            font = latin if ord(ch) in _charmap(latin) else None
            if font is None:
                ch, font = "?", latin
        if _neutral(ch):
            if not runs:
                pending += ch
                continue
            if ord(ch) in _charmap(runs[-1][0]):
                font = runs[-1][0]  # keep punctuation with the script around it
        if pending:
            if all(c == "\n" or ord(c) in _charmap(font) for c in pending):
                ch = pending + ch
            else:
                add(latin, pending)
            pending = ""
        add(font, ch)
    if pending:
        add(latin, pending)
    return runs


def _fold(ch: str) -> str:
    """What a character stands for before fonts are asked: controls go, some are rewritten.

    Beyond U+FFFF reportlab writes a broken text layer (copying the text from the PDF gives
    garbage), so there: styled letters (𝐁𝐨𝐥𝐝 names) become their plain forms, and emoji and
    other symbols are dropped even where DejaVu has a glyph.
    """
    category = unicodedata.category(ch)
    if (category == "Cc" and ch != "\n") or category == "Cf" or _is_variation_selector(ch):
        # Controls print nothing or a box; invisible format characters (joiners, direction
        # marks, soft hyphens) and variation selectors only shape emoji and scripts we lack.
        return ""
    if ord(ch) <= 0xFFFF:
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch and all(ord(c) <= 0xFFFF for c in folded):
        return folded
    return "" if unicodedata.category(ch)[0] == "S" else ch


def _is_variation_selector(ch: str) -> bool:
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def _substitute(ch: str) -> str:
    """What to print for a character no font has: nothing for decoration, U+FFFD for content."""
    category = unicodedata.category(ch)
    if category[0] in "SMC":  # symbols (emoji), marks, format/private-use/unassigned
        return ""
    return REPLACEMENT


def clean_text(text: str, fonts_: FontSet, *, bold: bool = False) -> str:
    """`text` as it will be printed: unprintable characters dropped or replaced (see module)."""
    return "".join(run for _, run in text_runs(text, fonts_, bold=bold))


def markup(text: str, fonts_: FontSet, *, bold: bool = False) -> str:
    """Paragraph markup that prints `text` literally, each script in a font that has it.

    Escapes everything (`&`, `<`, `>`, quotes), so user text can never add tags, read files
    via `<img>` or break the parser; line breaks become `<br/>`. Only our own `<font>` tags are
    added: callers may wrap the result in further markup of their own.
    """
    parts: list[str] = []
    for font, run in text_runs(text, fonts_, bold=bold):
        escaped = escape(run, _XML_EXTRA).replace("\n", "<br/>")
        parts.append(f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


def text_width(text: str, fonts_: FontSet, size: float, *, bold: bool = False) -> float:
    """The width in points of one line of `text` as `draw_text` prints it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(run, font, size) for font, run in text_runs(text, fonts_, bold=bold))


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    fonts_: FontSet,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> float:
    """Draw one line of text on a canvas at baseline `y`, run by run; returns its width.

    `align` is "left", "center" or "right" (of `x`). Line breaks are printed as spaces: a
    canvas string is one line; use a Paragraph for text that wraps.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = [(font, run.replace("\n", " ")) for font, run in text_runs(text, fonts_, bold=bold)]
    width = sum(stringWidth(run, font, size) for font, run in runs)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    elif align != "left":
        raise ValueError(f"align must be left, center or right, not {align!r}")
    for font, run in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)
    return width


def table_style(fonts_: FontSet, commands: Iterable[tuple[Any, ...]] = ()) -> Any:
    """A reportlab TableStyle whose cells use our regular font.

    Why: a Table sets its cells' font (Helvetica unless told) before drawing even a flowable
    cell, and that puts an unembedded Helvetica in the PDF. Start every table style here.
    """
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts_.regular), *commands])


def uses_cjk(texts: Iterable[str]) -> bool:
    """Whether any of `texts` has a CJK character (to pick CJK line breaking for a paragraph)."""
    return any(is_cjk(ch) for text in texts for ch in text)
