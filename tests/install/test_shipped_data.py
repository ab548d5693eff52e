"""What the wheel and the bundle ship besides code: compiled translations that match their
sources, and a CJK font that covers every character of the content and translations."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from export import fonts
from plan.resources import assets_dir

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "assets" / "i18n"


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.stem)
def test_committed_qm_matches_its_ts(ts: Path, tmp_path: Path) -> None:
    """The .qm files are committed (the wheel is built without Qt's tools); they must be what
    lrelease makes of the .ts today. Fix: `make translations`, then commit the .qm files."""
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run make translations"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is out of date with {ts.name}: run make translations and commit it"
    )


def test_assets_are_found_in_the_checkout() -> None:
    assert assets_dir() == ROOT / "assets"
    for part in ("content", "demo", "i18n", "icons", "fonts"):
        assert (assets_dir() / part).is_dir(), part


def test_shipped_cjk_font_is_the_default_and_covers_the_content(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from matplotlib.ft2font import FT2Font

    shipped = fonts.bundled_cjk_font()
    assert shipped == ROOT / "assets" / "fonts" / fonts.BUNDLED_CJK_FONT
    assert fonts.is_truetype_outline_font(shipped)
    assert fonts.font_family_name(shipped) == "Service Plan CJK"
    monkeypatch.delenv(fonts.CJK_FONT_ENV, raising=False)
    fonts.cjk_font.cache_clear()
    try:
        assert fonts.cjk_font() == shipped
    finally:
        fonts.cjk_font.cache_clear()

    charmap = FT2Font(str(shipped)).get_charmap()
    latin = FT2Font(str(fonts.latin_cyrillic_font())).get_charmap()
    text = "".join(
        path.read_text(encoding="utf-8")
        for path in (ROOT / "assets").rglob("*")
        if path.suffix in (".json", ".ts")
    )
    lacking = {ch for ch in text if not ch.isspace() and ord(ch) not in charmap}
    assert not {ch for ch in lacking if ord(ch) not in latin}, "run tools/make_cjk_font.py"
    gb2312 = set()
    for lead in range(0xB0, 0xF8):  # the 6,763 hanzi of GB 2312
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                gb2312.add(bytes((lead, trail)).decode("gb2312"))
    assert len(gb2312) == 6763
    assert all(ord(ch) in charmap for ch in gb2312)


def test_a_configured_font_wins_and_the_shipped_one_backs_it_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = fonts.latin_cyrillic_bold_font()  # any TrueType file will do
    monkeypatch.setenv(fonts.CJK_FONT_ENV, str(chosen))
    monkeypatch.setattr(fonts, "system_cjk_font", lambda: None)
    for cached in (fonts.cjk_font, fonts.cjk_fallback_font):
        cached.cache_clear()
    try:
        assert fonts.cjk_font() == chosen
        assert fonts.cjk_fallback_font() == fonts.bundled_cjk_font()
    finally:
        for cached in (fonts.cjk_font, fonts.cjk_fallback_font):
            cached.cache_clear()
