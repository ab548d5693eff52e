"""Puts the program's data into the wheel: `assets/` becomes package data `serviceplan/assets/`.

Everything else about the package is in pyproject.toml. The data stays at the top of the
source tree (the layout DESIGN.md fixes) and is read through `plan.resources.assets_dir`, which
finds it in either place. The translation sources (.ts) stay out; the compiled .qm files,
committed beside them, go in (tests/install/test_shipped_data.py keeps them in step).
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ASSETS = Path(__file__).resolve().parent / "assets"
LEFT_OUT = {".ts"}


class BuildWithAssets(build_py):
    """build_py, plus a copy of assets/ under serviceplan/assets in the build tree."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "serviceplan" / "assets"
        for source in sorted(ASSETS.rglob("*")):
            if (
                source.is_file()
                and source.suffix not in LEFT_OUT
                and "__pycache__" not in str(source)
            ):
                destination = target / source.relative_to(ASSETS)
                self.mkpath(str(destination.parent))
                self.copy_file(str(source), str(destination))


setup(cmdclass={"build_py": BuildWithAssets})
