"""Where the methodology content ships (`assets/content`) and how its JSON files are read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from plan.resources import assets_dir

CONTENT_DIR = assets_dir() / "content"


def read_json(path: Path) -> dict[str, Any]:
    """One content file (structure or a language's texts) as a dict."""
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data
