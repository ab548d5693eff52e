"""Start-up time: process start until the main window is shown with the demo plan, and on a
first start (no plan yet: the welcome page).

Compared with a bare PySide6 program that shows an empty QMainWindow, measured the same way
(offscreen, median of several runs, alternated). Measured as a user's install starts: with the
project's compiled bytecode (.pyc) written once and read on every start. `--no-bytecode`
measures instead a start that compiles the project's every source (a copy without bytecode,
run with PYTHONDONTWRITEBYTECODE: what a checkout pays where writing .pyc is forbidden).
Run: `make bench` or `.venv/bin/python bench/startup.py [--runs N] [--no-bytecode]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_BYTECODE = shutil.ignore_patterns("__pycache__", "*.pyc")

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
def shown():
    print(f"shown-at {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    for line in result.stdout.splitlines():
        if line.startswith("shown-at "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{command} did not report a shown window:\n{result.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--no-bytecode", action="store_true", help="compile every source on every start"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)  # the tree root comes first anyway (main.py's folder)
        program = ROOT / "main.py"
        if args.no_bytecode:
            # The project's sources copied without their bytecode, and none written: each start
            # compiles them (Python's and the libraries' own .pyc are still read).
            source = Path(tmp) / "source"
            for name in ("plan", "ui", "export", "serviceplan", "assets"):
                shutil.copytree(ROOT / name, source / name, ignore=_BYTECODE)
            shutil.copy2(ROOT / "main.py", source / "main.py")
            program = source / "main.py"
            env.update(PYTHONDONTWRITEBYTECODE="1")
            env.pop("PYTHONPYCACHEPREFIX", None)
        else:  # written by the first starts below, read by the measured ones
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env.pop("PYTHONPYCACHEPREFIX", None)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            SERVICEPLAN_DATA_DIR=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            SERVICEPLAN_EXIT_WHEN_SHOWN="1",
            LANG="en_US.UTF-8",
        )
        demo = Path(tmp) / "demo.svcplan"
        subprocess.run(
            [sys.executable, "main.py", "new", str(demo), "--demo"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
        )
        app_cmd = [sys.executable, str(program), str(demo)]
        welcome_cmd = [sys.executable, str(program)]
        bare_cmd = [sys.executable, "-c", BARE]
        time_to_shown(app_cmd, env)  # warms the disk cache
        time_to_shown(bare_cmd, env)
        app_times, welcome_times, bare_times = [], [], []
        for _ in range(args.runs):
            app_times.append(time_to_shown(app_cmd, env))
            bare_times.append(time_to_shown(bare_cmd, env))
            # A fresh settings folder each time: a first start, which shows the welcome page.
            first = dict(env, XDG_CONFIG_HOME=tempfile.mkdtemp(dir=tmp))
            welcome_times.append(time_to_shown(welcome_cmd, first))
    app_median = statistics.median(app_times)
    welcome_median = statistics.median(welcome_times)
    bare_median = statistics.median(bare_times)
    bytecode = "every source compiled" if args.no_bytecode else "compiled bytecode (.pyc) read"
    print(f"start-up: runs: {args.runs} each, offscreen, {bytecode}")
    print(f"service plan window with the demo plan: median {app_median * 1000:.0f} ms")
    print(f"first start (the welcome page):         median {welcome_median * 1000:.0f} ms")
    print(f"bare PySide6 empty QMainWindow:         median {bare_median * 1000:.0f} ms")
    print(f"start-up ratio, demo plan: {app_median / bare_median:.2f} (aim: under 1.5)")
    print(f"start-up ratio, first start: {welcome_median / bare_median:.2f} (aim: under 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
