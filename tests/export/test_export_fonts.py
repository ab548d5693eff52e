"""export.fonts: the fonts that cover English, Russian and Chinese are found and registered."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from export import fonts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_cjk_cache() -> Iterator[None]:
    """The font choices are cached per process; tests that change their inputs start and end
    clean."""
    cached = (fonts.cjk_font, fonts.cjk_fallback_font, fonts.system_cjk_font)
    for function in cached:
        function.cache_clear()
    yield
    for function in cached:
        function.cache_clear()


def _fake_font(path: Path, tag: bytes, *, collection: bool = False) -> Path:
    """A file with just enough of an sfnt header to say which outlines it has."""
    if collection:
        # ttcf header: tag, version, numFonts, offset of the first font's table directory.
        data = b"ttcf" + b"\x00\x01\x00\x00" + (1).to_bytes(4, "big") + (16).to_bytes(4, "big")
        data += tag + b"\x00" * 60
    else:
        data = tag + b"\x00" * 60
    path.write_bytes(data)
    return path


def test_latin_cyrillic_fonts_are_matplotlibs_dejavu() -> None:
    regular = fonts.latin_cyrillic_font()
    bold = fonts.latin_cyrillic_bold_font()
    assert regular.name == "DejaVuSans.ttf"
    assert bold.name == "DejaVuSans-Bold.ttf"
    for path in (regular, bold):
        assert path.is_file()
        assert "mpl-data" in path.parts
        assert fonts.is_truetype_outline_font(path)
    assert fonts.font_family_name(regular) == "DejaVu Sans"


def test_cjk_font_is_an_existing_truetype_font(fresh_cjk_cache: None) -> None:
    path = fonts.cjk_font()
    assert path is not None  # the program ships one
    assert path.is_file()
    assert path.suffix.lower() in (".ttf", ".ttc")
    assert fonts.is_truetype_outline_font(path)
    assert fonts.cjk_font() is path  # cached


def test_sfnt_header_tells_truetype_from_cff(tmp_path: Path) -> None:
    assert fonts.is_truetype_outline_font(_fake_font(tmp_path / "a.ttf", b"\x00\x01\x00\x00"))
    assert fonts.is_truetype_outline_font(_fake_font(tmp_path / "b.ttf", b"true"))
    assert not fonts.is_truetype_outline_font(_fake_font(tmp_path / "c.otf", b"OTTO"))
    assert fonts.is_truetype_outline_font(
        _fake_font(tmp_path / "d.ttc", b"\x00\x01\x00\x00", collection=True)
    )
    assert not fonts.is_truetype_outline_font(
        _fake_font(tmp_path / "e.ttc", b"OTTO", collection=True)
    )
    (tmp_path / "short.ttc").write_bytes(b"ttcf")
    assert not fonts.is_truetype_outline_font(tmp_path / "short.ttc")
    assert not fonts.is_truetype_outline_font(tmp_path / "missing.ttf")


def test_env_override_wins(monkeypatch: pytest.MonkeyPatch, fresh_cjk_cache: None) -> None:
    chosen = fonts.latin_cyrillic_bold_font()  # any TrueType file will do for the override
    monkeypatch.setenv(fonts.CJK_FONT_ENV, str(chosen))
    assert fonts.cjk_font() == chosen


def test_unusable_env_override_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cjk_cache: None
) -> None:
    monkeypatch.delenv(fonts.CJK_FONT_ENV, raising=False)
    expected = fonts.cjk_font()
    for bad in (
        _fake_font(tmp_path / "noto.otf", b"OTTO"),  # CFF outlines: reportlab refuses these
        _fake_font(tmp_path / "cff.ttf", b"OTTO"),
        tmp_path / "does-not-exist.ttc",
    ):
        monkeypatch.setenv(fonts.CJK_FONT_ENV, str(bad))
        fonts.cjk_font.cache_clear()
        assert fonts.cjk_font() == expected


def _no_known_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fonts.CJK_FONT_ENV, raising=False)
    monkeypatch.setattr(fonts, "_known_cjk_paths", lambda: [])


def test_fc_list_fallback_prefers_truetype_sans(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cjk_cache: None
) -> None:
    _no_known_paths(monkeypatch)
    otf = _fake_font(tmp_path / "NotoSansCJK-Regular.otf", b"OTTO")
    serif = _fake_font(tmp_path / "uming.ttc", b"\x00\x01\x00\x00", collection=True)
    sans = _fake_font(tmp_path / "wqy-zenhei.ttc", b"\x00\x01\x00\x00", collection=True)
    calls: list[list[str]] = []

    def fake_run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(cmd)
        assert kwargs.get("timeout"), "fc-list must run with a timeout"
        out = f"{otf}\n{serif}\n{sans}\n\n"
        return subprocess.CompletedProcess(cmd, 0, stdout=out, stderr="")

    monkeypatch.setattr(fonts.shutil, "which", lambda name: "/usr/bin/fc-list")
    monkeypatch.setattr(fonts.subprocess, "run", fake_run)
    assert fonts.system_cjk_font() == sans
    assert calls and ":lang=zh" in calls[0]


def test_fc_list_failures_mean_no_font(
    monkeypatch: pytest.MonkeyPatch, fresh_cjk_cache: None
) -> None:
    _no_known_paths(monkeypatch)
    monkeypatch.setattr(fonts.shutil, "which", lambda name: "/usr/bin/fc-list")

    def hangs(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        raise subprocess.TimeoutExpired(cmd, kwargs["timeout"])

    monkeypatch.setattr(fonts.subprocess, "run", hangs)
    assert fonts.system_cjk_font() is None
    assert fonts.cjk_font() == fonts.bundled_cjk_font()  # the shipped font does not need them

    fonts.system_cjk_font.cache_clear()
    monkeypatch.setattr(fonts.shutil, "which", lambda name: None)
    assert fonts.system_cjk_font() is None


def test_configure_matplotlib_fonts_returns_fallback_list() -> None:
    families = fonts.configure_matplotlib_fonts()
    assert families[0] == "DejaVu Sans"
    cjk = fonts.cjk_font()
    assert cjk is not None
    fallback = fonts.cjk_fallback_font()
    expected = [cjk] if fallback is None else [cjk, fallback]
    assert families[1:] == [fonts.font_family_name(path) for path in expected]
    from matplotlib import font_manager

    # Registered: asking matplotlib for each family finds that very file.
    for family, path in zip(families[1:], expected, strict=True):
        found = font_manager.fontManager.findfont(family, fallback_to_default=False)
        assert Path(found).resolve() == path.resolve()
    families.append("mutated by caller")
    assert "mutated by caller" not in fonts.configure_matplotlib_fonts()


def test_configure_matplotlib_fonts_is_thread_safe() -> None:
    results: list[list[str]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(fonts.configure_matplotlib_fonts())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 8
    assert all(r == results[0] for r in results)


def test_importing_fonts_does_not_import_matplotlib() -> None:
    code = "import sys, export.fonts; print('matplotlib' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_dejavu_is_found_without_importing_matplotlib() -> None:
    """Registering the PDF fonts must not pay for importing matplotlib (~0.13 s): the files
    are the ones matplotlib itself names."""
    code = (
        "import sys\n"
        "from export import fonts\n"
        "regular, bold = fonts.latin_cyrillic_font(), fonts.latin_cyrillic_bold_font()\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib was imported'\n"
        "import matplotlib\n"
        "from pathlib import Path\n"
        "ttf = Path(matplotlib.get_data_path()) / 'fonts' / 'ttf'\n"
        "assert regular == ttf / 'DejaVuSans.ttf', regular\n"
        "assert bold == ttf / 'DejaVuSans-Bold.ttf', bold\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_an_unusual_matplotlib_install_is_asked_for_its_data_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No `mpl-data` beside the package (a frozen bundle): matplotlib names the folder."""
    import importlib.util

    import matplotlib

    monkeypatch.setattr(importlib.util, "find_spec", lambda _name: None)
    assert fonts._mpl_data_dir() == Path(matplotlib.get_data_path())
