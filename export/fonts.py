"""Fonts that cover the plan's three languages (English, Russian, Chinese) on paper and in charts.

Why this module exists: no single font we may rely on covers Latin, Cyrillic and Chinese.
matplotlib ships DejaVu Sans (Latin + Cyrillic, always present because matplotlib is a
dependency), and Chinese uses the CJK font shipped with the program (`assets/fonts/`, a subset of
WenQuanYi Micro Hei: every character of the content and translations, GB 2312 and Big5 level 1),
unless the user names another in ``SERVICEPLAN_CJK_FONT``. A character the first CJK font lacks
is taken from a second one when the system has it (`cjk_fallback_font`: a full CJK font found on
the system); with none, it prints as U+FFFD (the PDF) or is drawn as U+FFFD (charts). Charts
get them as a family fallback list (matplotlib >= 3.6 picks, per glyph, the first family that
has it); the PDF (which has no per-glyph fallback) uses the same files for its runs of text.

The CJK font must have TrueType outlines (``.ttf``/``.ttc`` with a TrueType sfnt): reportlab's
``TTFont`` refuses CFF-outline OpenType fonts (e.g. Noto CJK ``.otf``), and one font choice
for both charts and PDF keeps them looking alike.

Importing this module is cheap: matplotlib is imported only inside the functions that need it.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
import shutil
import struct
import subprocess
import sys
import threading
from pathlib import Path

__all__ = [
    "CJK_FONT_ENV",
    "bundled_cjk_font",
    "cjk_fallback_font",
    "cjk_font",
    "configure_matplotlib_fonts",
    "font_family_name",
    "is_truetype_outline_font",
    "latin_cyrillic_bold_font",
    "latin_cyrillic_font",
    "system_cjk_font",
]

log = logging.getLogger(__name__)

#: Environment variable naming a CJK font file to use instead of searching for one.
CJK_FONT_ENV = "SERVICEPLAN_CJK_FONT"

#: The CJK font shipped with the program, under ``assets/fonts/`` (licence beside it).
BUNDLED_CJK_FONT = "ServicePlanCJK.ttf"

#: How long ``fc-list`` may take before we give up on it (a broken fontconfig cache can hang).
_FC_LIST_TIMEOUT_S = 5.0

# Known TrueType-outline CJK fonts, most preferred first. Checking these paths is instant;
# fc-list (below) is the slower fallback for systems that keep fonts elsewhere.
_LINUX_CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian/Ubuntu fonts-wqy-microhei
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",  # Debian/Ubuntu fonts-wqy-zenhei
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",  # Arch
    "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",  # Arch
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # fonts-droid-fallback
    "/usr/share/fonts/truetype/arphic/uming.ttc",  # fonts-arphic-uming
    "/usr/share/fonts/truetype/arphic/ukai.ttc",  # fonts-arphic-ukai
)
_WINDOWS_CJK_FONTS = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc")  # under %WINDIR%\Fonts
_MACOS_CJK_FONTS = (
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)

# sfnt version tags of a font with TrueType (glyf) outlines; b"OTTO" marks CFF outlines.
_TRUETYPE_TAGS = (b"\x00\x01\x00\x00", b"true")

_configure_lock = threading.Lock()
_configured_families: list[str] | None = None


def _mpl_data_dir() -> Path:
    """matplotlib's data folder, found without importing matplotlib where possible.

    The folder is `mpl-data` beside the package (what `matplotlib.get_data_path()` answers);
    locating the package costs nothing while importing it costs ~0.13 s, which a PDF without
    charts (the questionnaire) or a PDF whose text is laid out before its charts are drawn
    need not pay. An unusual installation (a frozen bundle) asks matplotlib itself.
    """
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent / "mpl-data"
        if folder.is_dir():
            return folder
    import matplotlib  # lazily: importing this module must stay cheap

    return Path(matplotlib.get_data_path())


def _mpl_font_file(name: str) -> Path:
    """A font file shipped in matplotlib's data folder (found via matplotlib, not guessed)."""
    path = _mpl_data_dir() / "fonts" / "ttf" / name
    if not path.is_file():
        # Only a broken matplotlib install gets here; say what is missing rather than tofu later.
        raise FileNotFoundError(f"matplotlib's bundled font is missing: {path}")
    return path


@functools.cache
def latin_cyrillic_font() -> Path:
    """DejaVu Sans (regular) as shipped inside matplotlib: Latin and Cyrillic, always present.

    Shipped with a dependency rather than searched for, so English and Russian output never
    depends on what the user's system has installed.
    """
    return _mpl_font_file("DejaVuSans.ttf")


@functools.cache
def latin_cyrillic_bold_font() -> Path:
    """DejaVu Sans Bold as shipped inside matplotlib (headings in the PDF, chart titles)."""
    return _mpl_font_file("DejaVuSans-Bold.ttf")


def is_truetype_outline_font(path: Path) -> bool:
    """Whether *path* is a readable font with TrueType outlines (for a ``.ttc``: its first face).

    Why: reportlab embeds only TrueType outlines, and a file name's suffix does not promise
    them (``.ttf`` files with CFF outlines exist). The sfnt header says which it is.
    """
    try:
        with path.open("rb") as f:
            head = f.read(16)
            if head[:4] == b"ttcf":
                if len(head) < 16:
                    return False
                (first_offset,) = struct.unpack(">I", head[12:16])
                f.seek(first_offset)
                tag = f.read(4)
            else:
                tag = head[:4]
    except OSError:
        return False
    return tag in _TRUETYPE_TAGS


def _usable(path: Path) -> bool:
    """A candidate CJK font we can use for both charts and the PDF."""
    return path.suffix.lower() in (".ttf", ".ttc") and is_truetype_outline_font(path)


def _known_cjk_paths() -> list[Path]:
    """Well-known CJK font locations for this platform, most preferred first."""
    if sys.platform.startswith("win"):
        fonts_dir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        return [fonts_dir / name for name in _WINDOWS_CJK_FONTS]
    if sys.platform == "darwin":
        return [Path(p) for p in _MACOS_CJK_FONTS]
    return [Path(p) for p in _LINUX_CJK_FONTS]


def _fc_list_cjk_paths() -> list[Path]:
    """Chinese-capable fonts known to fontconfig, sans-serif ("hei"/"sans") ones first.

    Why a subprocess with a timeout: fc-list is the one portable way to ask fontconfig on
    Linux/BSD, and a stale cache must not hang a chart preview.
    """
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        result = subprocess.run(
            [fc_list, "--format", "%{file}\\n", ":lang=zh"],
            capture_output=True,
            text=True,
            timeout=_FC_LIST_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("fc-list failed: %s", exc)
        return []
    if result.returncode != 0:
        return []
    paths = {Path(line.strip()) for line in result.stdout.splitlines() if line.strip()}

    def preference(path: Path) -> tuple[int, str]:
        name = path.name.lower()
        sans = any(word in name for word in ("hei", "sans", "gothic"))
        return (0 if sans else 1, str(path))

    return sorted(paths, key=preference)


def bundled_cjk_font() -> Path | None:
    """The CJK font shipped with the program, or None when the installation lacks it."""
    from plan.resources import assets_dir

    path = assets_dir() / "fonts" / BUNDLED_CJK_FONT
    return path if path.is_file() and _usable(path) else None


@functools.cache
def cjk_font() -> Path | None:
    """The TrueType-outline font Chinese text is printed and drawn in.

    Order: the ``SERVICEPLAN_CJK_FONT`` override (when it names a usable file: a font the user
    configured wins), then the font shipped with the program, then (for an installation that
    lost its data files) one found on the system. Cached because the answer does not change
    while the program runs; call ``cjk_font.cache_clear()`` to look again.
    """
    override = os.environ.get(CJK_FONT_ENV, "").strip()
    if override:
        path = Path(override).expanduser()
        if _usable(path):
            return path
        log.warning("%s=%s is not a TrueType .ttf/.ttc font file; ignored", CJK_FONT_ENV, path)
    return bundled_cjk_font() or system_cjk_font()


@functools.cache
def cjk_fallback_font() -> Path | None:
    """A second CJK font, for the characters `cjk_font` lacks (rare hanzi outside the shipped
    subset): the system's CJK font, else the shipped one when the user configured another;
    None when there is no other."""
    primary = cjk_font()
    for path in (system_cjk_font(), bundled_cjk_font()):
        if path is not None and path != primary:
            return path
    return None


@functools.cache
def system_cjk_font() -> Path | None:
    """A TrueType-outline font file with Chinese glyphs on this system, or None if there is none.

    Order: well-known paths, then whatever fontconfig knows. Cached because fc-list is slow;
    call ``system_cjk_font.cache_clear()`` to look again.
    """
    for path in _known_cjk_paths():
        if path.is_file() and _usable(path):
            return path
    for path in _fc_list_cjk_paths():
        if _usable(path):
            return path
    return None


def font_family_name(path: Path) -> str:
    """The family name matplotlib will know the font by (face 0 of a collection)."""
    from matplotlib import ft2font

    return str(ft2font.FT2Font(str(path)).family_name)


class _NoBoldCjkFilter(logging.Filter):
    """Drops matplotlib's "Failed to find font weight bold for <CJK family>" log warnings.

    Why: CJK fonts rarely ship a bold face, and bold chart text (titles, values) is normal;
    matplotlib then uses the regular face, which is what we want, but warns on every new size.
    Only that message, and only for the CJK family we registered, is dropped.
    """

    def __init__(self, family: str) -> None:
        super().__init__()
        self.family = family

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else ()
        return not (
            isinstance(record.msg, str)
            and record.msg.startswith("findfont: Failed to find font weight")
            and len(args) >= 2
            and args[1] == self.family
        )


def configure_matplotlib_fonts() -> list[str]:
    """Register our fonts with matplotlib once per process; return the family fallback list.

    The list (e.g. ``["DejaVu Sans", "Service Plan CJK", "WenQuanYi Micro Hei"]``: the shipped
    CJK subset, then the system's full CJK font) is what chart text should use as its
    ``fontfamily``: matplotlib takes each glyph from the first family that has it, so mixed
    English/Russian/Chinese text renders without tofu. Without a CJK font the list holds only
    DejaVu Sans (Chinese would then show boxes; there is nothing better to do).

    Thread-safe: a font manager being mutated while another thread looks fonts up is not.
    Returns a fresh list each time, so callers may modify it.
    """
    global _configured_families
    with _configure_lock:
        if _configured_families is None:
            from matplotlib import font_manager

            known = {os.path.realpath(entry.fname) for entry in font_manager.fontManager.ttflist}
            families: list[str] = []
            cjk_paths = (cjk_font(), cjk_fallback_font())
            for path in (latin_cyrillic_font(), latin_cyrillic_bold_font(), *cjk_paths):
                if path is None:
                    continue
                if os.path.realpath(path) not in known:
                    try:
                        font_manager.fontManager.addfont(str(path))
                    except (OSError, RuntimeError, ValueError) as exc:
                        # A damaged file must not stop charts from drawing in Latin/Cyrillic.
                        log.warning("cannot load font %s: %s", path, exc)
                        continue
                family = font_family_name(path)
                if family not in families:
                    families.append(family)
                    if path in cjk_paths:
                        logging.getLogger("matplotlib.font_manager").addFilter(
                            _NoBoldCjkFilter(family)
                        )
            _configured_families = families
        return list(_configured_families)
