"""Make assets/fonts/ServicePlanCJK.ttf: a subset of WenQuanYi Micro Hei (Apache-2.0).

Run by hand when the content or the translations gain characters the subset lacks (the test
tests/install/test_shipped_data.py says so): `.venv/bin/python tools/make_cjk_font.py
/usr/share/fonts/truetype/wqy/wqy-microhei.ttc` (Debian's fonts-wqy-microhei).

The subset keeps:
- every character of the methodology content, demo plans and translations under assets/;
- all of GB 2312 (6,763 hanzi, kana, fullwidth forms, CJK punctuation, Greek, Cyrillic, symbols);
- the 5,401 frequent hanzi of Big5 level 1, so Traditional Chinese text is covered too;
- ASCII, Latin-1, general punctuation, CJK symbols and punctuation, halfwidth/fullwidth forms.
Its family is renamed "Service Plan CJK" so that a full WenQuanYi Micro Hei installed on the
system stays a separate family (matplotlib's per-glyph fallback and the PDF's fallback font
reach it for characters outside the subset). Hinting is dropped (it is not used in PDFs).
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts" / "ServicePlanCJK.ttf"
FAMILY = "Service Plan CJK"


def _codec_chars(codec: str, lead: range, trail: range) -> set[str]:
    chars: set[str] = set()
    for a in lead:
        for b in trail:
            with contextlib.suppress(UnicodeDecodeError):
                chars.update(bytes((a, b)).decode(codec))
    return chars


def wanted_characters() -> set[str]:
    chars = {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x100)}
    for low, high in ((0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF)):
        chars |= {chr(c) for c in range(low, high + 1)}
    chars |= _codec_chars("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    chars |= _codec_chars("big5", range(0xA4, 0xC7), range(0x40, 0xFF))  # level 1 (+ symbols)
    for path in (ROOT / "assets").rglob("*"):
        if path.suffix in (".json", ".ts"):
            chars |= set(path.read_text(encoding="utf-8"))
    return {ch for ch in chars if not ch.isspace() or ch in " \u3000"}


def main(source: str) -> None:
    font = TTCollection(source).fonts[0] if source.endswith(".ttc") else TTFont(source)
    cmap = font.getBestCmap()
    wanted = wanted_characters()
    unicodes = sorted(ord(ch) for ch in wanted if ord(ch) in cmap)
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    name = font["name"]
    postscript = FAMILY.replace(" ", "")
    for record in list(name.names):
        if record.nameID in (1, 4, 16, 21):
            name.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            name.setName(postscript, 6, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 3:
            name.setName(
                f"{postscript}-subset", 3, record.platformID, record.platEncID, record.langID
            )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(OUT)
    missing = sorted(ch for ch in wanted if ord(ch) not in cmap and not ch.isspace())
    hanzi = sum(1 for c in unicodes if 0x4E00 <= c <= 0x9FFF)
    print(
        f"{OUT}: {OUT.stat().st_size} bytes, {len(unicodes)} characters, {hanzi} hanzi;"
        f" {len(missing)} wanted characters the source font lacks"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
