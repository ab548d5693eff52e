"""Test setup: headless Qt, and every test kept off the real profile and data folders."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_session_home = Path(tempfile.mkdtemp(prefix="serviceplan-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_session_home / "config")
os.environ["XDG_DATA_HOME"] = str(_session_home / "data")
os.environ["SERVICEPLAN_DATA_DIR"] = str(_session_home / "serviceplan")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh program data folder (backups, demo plan) for each test."""
    folder = tmp_path / "appdata"
    monkeypatch.setenv("SERVICEPLAN_DATA_DIR", str(folder))
    yield folder
