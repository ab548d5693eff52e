"""The one-folder bundle's entry point (PyInstaller): `dist/serviceplan/serviceplan ...`.

The same program as `serviceplan` and `python main.py`; what differs is set up here first.

matplotlib keeps its font cache in MPLCONFIGDIR. PyInstaller's own run-time hook for matplotlib
points that at a fresh temporary folder on every start (meant for one-file bundles, whose paths
change each run), so the cache would be rebuilt at each start. A one-folder bundle has stable
paths: the cache goes to the user's cache folder instead, one per program version
(Linux: $XDG_CACHE_HOME or ~/.cache; macOS: ~/Library/Caches; Windows: %LOCALAPPDATA%).
This runs after the run-time hooks and before anything imports matplotlib.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_cache_dir() -> Path:
    if sys.platform.startswith("win"):
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "ServicePlan" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "serviceplan"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "serviceplan"


def _use_user_font_cache() -> None:
    from serviceplan import __version__

    folder = user_cache_dir() / __version__ / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # a read-only home: keep PyInstaller's temporary folder (slower, but works)
    os.environ["MPLCONFIGDIR"] = str(folder)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        _use_user_font_cache()
    from main import main

    sys.exit(main())
