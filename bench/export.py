"""Service Plan export time: a cold `main.py export` of the demo plan, and a warm in-app export.

Cold: process start until the PDF is written, compared with a bare script that imports
reportlab and matplotlib and writes a one-page PDF with one chart (median of several runs,
each in its own process; the project's .pyc read, as in an install). Warm: in one process
that has exported once, the time of another export of the same plan (what a user waits for
when exporting again, say on other paper), and of an export whose charts all have to be drawn
again (after edits). Run: `make bench` or
`.venv/bin/python bench/export.py`.
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
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BARE = """
import io, sys
from matplotlib.figure import Figure
from matplotlib.backends.backend_agg import FigureCanvasAgg
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
figure = Figure(figsize=(6.5, 3.5))
FigureCanvasAgg(figure)
axes = figure.add_subplot()
axes.bar(["Waiting", "Orders", "Staff", "Quality"], [14, 9, 6, 4])
axes.set_title("Complaints by category")
png = io.BytesIO()
figure.savefig(png, format="png", dpi=200)
canvas = Canvas(sys.argv[1], pagesize=A4)
canvas.drawString(72, 780, "Service Plan")
canvas.drawImage(ImageReader(io.BytesIO(png.getvalue())), 72, 400, 468, 252)
canvas.showPage()
canvas.save()
"""


def _seconds(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds of the command, and the CPU seconds (user + system) it used.

    Why both: on a shared machine the wall time also counts waiting for a CPU; the CPU time
    says what the export itself costs.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    errors = process.stderr.read() if process.stderr else b""
    if process.stderr:
        process.stderr.close()
    if status != 0:
        raise subprocess.CalledProcessError(status, command, stderr=errors)
    return wall, usage.ru_utime + usage.ru_stime


def _warm(plan: Path, runs: int) -> tuple[float, float]:
    """Median seconds of an export in a warmed-up process: charts kept, and charts redrawn."""
    from export.service_plan import ExportOptions, flowables, render_service_plan
    from plan.store import PlanStore

    store = PlanStore.open(plan, readonly=True)
    try:
        render_service_plan(store.detached_copy(), ExportOptions())  # the first, cold export
        kept, redrawn = [], []
        for _ in range(runs):
            started = time.perf_counter()
            render_service_plan(store.detached_copy(), ExportOptions())
            kept.append(time.perf_counter() - started)
            flowables._DRAWINGS.clear()  # as if every chart's figures had changed
            started = time.perf_counter()
            render_service_plan(store.detached_copy(), ExportOptions())
            redrawn.append(time.perf_counter() - started)
    finally:
        store.close()
    return statistics.median(kept), statistics.median(redrawn)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ)
        # As in a user's install (and bench/startup.py): the project's bytecode is written by
        # the first run below and read by the measured ones, not compiled on every run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("PYTHONPYCACHEPREFIX", None)
        env.update(
            SERVICEPLAN_DATA_DIR=str(folder / "data"),
            XDG_CONFIG_HOME=str(folder / "config"),
            MPLCONFIGDIR=os.environ.get("MPLCONFIGDIR", str(folder / "mpl")),
        )
        plan = folder / "demo.svcplan"
        subprocess.run(
            [sys.executable, "main.py", "new", str(plan), "--demo"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
        )
        app_cmd = [sys.executable, "main.py", "export", str(plan), "-o", str(folder / "a.pdf")]
        bare_cmd = [sys.executable, "-c", BARE, str(folder / "b.pdf")]
        _seconds(bare_cmd, env)  # fill the OS file cache and matplotlib's font cache once
        _seconds(app_cmd, env)
        app, bare = [], []
        for _ in range(args.runs):  # interleaved, so a busy moment hurts both alike
            app.append(_seconds(app_cmd, env))
            bare.append(_seconds(bare_cmd, env))
        cold, baseline = (statistics.median(wall for wall, _ in runs) for runs in (app, bare))
        cold_cpu, baseline_cpu = (statistics.median(cpu for _, cpu in runs) for runs in (app, bare))
        kept, redrawn = _warm(plan, args.runs)
    print(
        f"cold export of the demo plan (main.py export): {cold:.2f} s, CPU {cold_cpu:.2f} s"
        f" (median of {args.runs})"
    )
    print(
        f"bare reportlab + matplotlib one-chart PDF:      {baseline:.2f} s,"
        f" CPU {baseline_cpu:.2f} s"
    )
    print(f"cold export ratio: {cold / baseline:.2f} (aim: under 2)")
    print(f"cold export CPU-time ratio: {cold_cpu / baseline_cpu:.2f} (the same without waiting)")
    print(f"warm in-app export, same charts:    {kept:.2f} s (aim: under 0.5 s)")
    print(f"warm in-app export, charts redrawn: {redrawn:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
