"""`main.py open --demo` (what `make run` runs) opens the window on the demo plan, made on first
use, whatever the first-start welcome page would show."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SERVICEPLAN_EXIT_WHEN_SHOWN="1",
        SERVICEPLAN_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LANG="en_US.UTF-8",
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_open_demo_makes_and_opens_the_demo_plan(tmp_path: Path) -> None:
    result = _run(tmp_path, "open", "--demo")
    assert result.returncode == 0, result.stderr
    assert "shown-at" in result.stdout
    assert (tmp_path / "data" / "demo" / "demo-en.svcplan").is_file()


def test_open_takes_a_plan_or_demo_not_both(tmp_path: Path) -> None:
    result = _run(tmp_path, "open", str(tmp_path / "x.svcplan"), "--demo")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: open takes a plan or --demo, not both"
