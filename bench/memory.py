"""Peak resident memory: the window on the demo plan and on a 100,000-response plan, and a cold
`main.py export` of each.

Window: its own process (offscreen, the real thread pool) opens the plan, shows every step page,
pages through every survey response in the responses table (a scroll to each block), and
exports the Service Plan; the process's peak resident set size is read after each phase.
Cold export: `main.py export PLAN OUT.pdf` in a process of its own, its peak read when it ends.
Aim: the large plan costs the window less than 100 MB more than the demo plan.

Run: `make bench` or `.venv/bin/python bench/memory.py [--responses N] [--plan FILE]`
(`--plan` reuses a large plan built earlier, e.g. by bench/window.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

AIM_MB = 100

WINDOW = """
import resource, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from bench.window import _QuietDialogs, keep_none_alive, settle, wait
from plan.steps import Step
from ui.main_window import MainWindow
from ui.settings import Settings

def peak(phase: str) -> None:
    megabytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak {phase} {megabytes:.1f}", flush=True)

app = QApplication([])
keep_none_alive()
settings = Settings(QSettings(sys.argv[3], QSettings.Format.IniFormat))
window = MainWindow(settings, dialogs=_QuietDialogs(), language="en")
window.show()
peak("started")
if not window.open_plan(Path(sys.argv[1])):
    raise SystemExit("the plan did not open")
settle()
peak("opened")
for step in Step:
    window.show_step(step)
    settle()
peak("every page shown")
window.show_step(Step.SURVEY)
view = window.pages[Step.SURVEY].responses
model = view.model()
rows = model.rowCount()
for row in range(0, rows, 100):
    view.scrollTo(model.index(row, 0))
    app.processEvents()
settle()
peak(f"{rows} responses paged through")
from export.service_plan import write_service_plan
write_service_plan(window.session.store, Path(sys.argv[2]))
peak("exported")
window.close()
"""


def child_peak(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Peak resident memory (MB) of one child process, read with wait4, and its output."""
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stderr is not None
    out = process.stdout.read()
    err = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} failed:\n{err[-2000:]}")
    return usage.ru_maxrss / 1024, out


def window_peaks(plan: Path, tmp: Path, env: dict[str, str]) -> dict[str, float]:
    _peak, out = child_peak(
        [sys.executable, "-c", WINDOW, str(plan), str(tmp / "w.pdf"), str(tmp / "s.ini")], env
    )
    peaks: dict[str, float] = {}
    for line in out.splitlines():
        if line.startswith("peak "):
            phase, _, value = line[5:].rpartition(" ")
            peaks[phase] = float(value)
    return peaks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--plan", type=Path, help="a large plan built earlier (only read)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            SERVICEPLAN_DATA_DIR=str(tmp / "data"),
            XDG_CONFIG_HOME=str(tmp / "config"),
            LANG="en_US.UTF-8",
        )
        demo = tmp / "demo.svcplan"
        subprocess.run(
            [sys.executable, "main.py", "new", str(demo), "--demo"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
        )
        large = args.plan
        if large is None or not large.exists():
            from bench.window import build_plan

            large = large or tmp / "large.svcplan"
            started = time.perf_counter()
            build_plan(large, args.responses)
            print(f"built {large.name} in {time.perf_counter() - started:.1f} s")
        else:  # a copy: opening for editing may migrate or back it up
            copy = tmp / large.name
            copy.write_bytes(large.read_bytes())
            large = copy
        results: dict[str, tuple[dict[str, float], float]] = {}
        for name, plan in (("demo plan", demo), ("large plan", large)):
            window = window_peaks(plan, tmp, env)
            cold, _out = child_peak(
                [sys.executable, "main.py", "export", str(plan), "-o", str(tmp / "cold.pdf")], env
            )
            results[name] = (window, cold)
    print("peak resident memory (MB):")
    for name, (window, cold) in results.items():
        phases = ", ".join(f"{phase} {mb:.0f}" for phase, mb in window.items())
        print(f"  window, {name}: {phases}")
        print(f"  cold export, {name}: {cold:.0f}")
    demo_peak = max(results["demo plan"][0].values())
    large_peak = max(results["large plan"][0].values())
    print(
        f"memory: the window's peak with the large plan less its peak with the demo plan: "
        f"{large_peak - demo_peak:+.0f} MB ({large_peak:.0f} against {demo_peak:.0f} MB) "
        f"(aim: under {AIM_MB} MB)"
    )
    print(
        f"memory: cold export peak {results['demo plan'][1]:.0f} MB (demo plan), "
        f"{results['large plan'][1]:.0f} MB (large plan)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
