"""Where the program's data files are: one function, whichever way the program was installed.

- an installed wheel (pip, pipx) and the one-folder bundle carry them as package data of the
  `serviceplan` package (`serviceplan/assets/...`, read through `importlib.resources`);
- a source checkout (`python main.py`, the editable install of `make`) has them in the
  top-level `assets/` folder beside `plan/`.

Callers get a real `Path` (the data is never read from inside a zip file: neither the wheel
install nor the bundle is zipped), so they keep using `open`, `glob` and `is_file`.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

__all__ = ["assets_dir"]


@functools.cache
def assets_dir() -> Path:
    """The folder holding `content/`, `demo/`, `i18n/`, `icons/` and `fonts/`."""
    try:
        packaged = resources.files("serviceplan") / "assets"
    except ModuleNotFoundError:
        packaged = None
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "assets"
