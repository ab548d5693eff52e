"""Where the program keeps its own files (backups, the demo plan), without Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "ServicePlan"


def data_dir() -> Path:
    """The per-user data folder; `SERVICEPLAN_DATA_DIR` overrides it (tests, portable use)."""
    override = os.environ.get("SERVICEPLAN_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def backups_dir() -> Path:
    return data_dir() / "backups"


def demo_plan_path(language: str) -> Path:
    return data_dir() / "demo" / f"demo-{language}.svcplan"
