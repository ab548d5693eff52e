"""Quitting the window: from the window's close until the process has ended.

The window is started on the demo plan in its own process (offscreen, the real thread pool),
every step page is shown so chart previews are queued and drawn in the workers, and while
they are still busy the window is closed (what a user does who quits right after opening a
plan). The time counted is from the close until the process has exited: edits are committed
as they happen, so nothing but the settings needs writing. Aim: under 0.3 s (median of several
runs). Run: `make bench` or `.venv/bin/python bench/quit.py [--runs N] [--after MS]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AIM_S = 0.3

DRIVER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from plan.steps import Step
from ui.app import make_application, run_gui
from ui.main_window import MainWindow

app = make_application()

def window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

def close() -> None:
    print(f"closing-at {time.time():.6f}", flush=True)
    window().close()

def tour() -> None:
    for step in Step:  # every page shown once: their chart previews are queued
        window().show_step(step)
    QTimer.singleShot(int(sys.argv[2]), close)

QTimer.singleShot(0, tour)
sys.exit(run_gui(Path(sys.argv[1])))
"""


def time_to_quit(command: list[str], env: dict[str, str]) -> float:
    """Seconds from the window's close until the process ended."""
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    closing = None
    for line in process.stdout:
        if line.startswith("closing-at "):
            closing = float(line.split()[1])
    process.wait(timeout=120)
    ended = time.time()
    if closing is None:
        error = process.stderr.read() if process.stderr else ""
        raise RuntimeError(f"the window did not report its close:\n{error}")
    return ended - closing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--after", type=int, default=200, help="ms after the pages were shown to close"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            SERVICEPLAN_DATA_DIR=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            LANG="en_US.UTF-8",
        )
        env.pop("PYTHONPATH", None)
        demo = Path(tmp) / "demo.svcplan"
        subprocess.run(
            [sys.executable, "main.py", "new", str(demo), "--demo"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
        )
        command = [sys.executable, "-c", DRIVER, str(demo), str(args.after)]
        times = [time_to_quit(command, env) for _ in range(args.runs)]
    median = statistics.median(times)
    runs = ", ".join(f"{t * 1000:.0f}" for t in times)
    print(f"quit: window closed {args.after} ms after every page was shown, charts being drawn")
    print(f"quit time: median {median * 1000:.0f} ms ({runs} ms) (aim: under 300 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
