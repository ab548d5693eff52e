"""Every bench in turn (what `make bench` runs), then each figure against its aim in one table.

The benches run as their own processes (their output is shown as it comes); the large plan
that bench/window.py and bench/memory.py work on is built once and shared. The summary is every
line a bench printed with its aim: start-up ratio, import, cold export ratio, warm export,
GUI-thread stalls, quit time, memory. Run: `make bench` or `.venv/bin/python bench/all.py`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def run(script: str, *args: str) -> list[str]:
    """Run one bench, echo its output, and return the lines that name an aim."""
    print(f"== bench/{script} {' '.join(args)}".rstrip(), flush=True)
    process = subprocess.Popen(
        [sys.executable, f"bench/{script}", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    aims: list[str] = []
    for line in process.stdout:
        print(line, end="", flush=True)
        if "(aim" in line:
            aims.append(line.strip())
    if process.wait() != 0:
        aims.append(f"bench/{script} failed (exit code {process.returncode})")
    return aims


def main() -> int:
    from bench.window import build_plan

    summary: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        large = Path(tmp) / "large.svcplan"
        started = time.perf_counter()
        build_plan(large, 100_000)
        print(f"built the 100,000-response plan in {time.perf_counter() - started:.1f} s")
        summary += run("startup.py")
        summary += run("import.py")
        summary += run("export.py")
        summary += run("window.py", "--plan", str(large))
        summary += run("quit.py")
        summary += run("memory.py", "--plan", str(large))
    print("\nsummary: each figure against its aim")
    for line in summary:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
