"""The one-folder bundle against the source checkout: size and start-up times.

Run after `make dist`: `.venv/bin/python bench/bundle.py [--runs N]`. Each command runs with a
near-empty environment (HOME, a private data folder, offscreen Qt; the bundle with no PATH at
all), medians of N runs after one warm-up run (which builds the bundle's font cache).
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
BUNDLE = ROOT / "dist" / "serviceplan" / "serviceplan"


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def _timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command} failed:\n{result.stderr}")
    for line in result.stdout.splitlines():
        if line.startswith("shown-at "):
            return float(line.split()[1]) - (time.time() - elapsed)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not BUNDLE.is_file():
        print("no bundle: run `make dist` first", file=sys.stderr)
        return 1
    print(f"bundle folder: {_size(BUNDLE.parent) / 1e6:.0f} MB")
    for archive in sorted((ROOT / "dist").glob("serviceplan-*.tar.gz")):
        print(f"{archive.name}: {archive.stat().st_size / 1e6:.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = {
            "HOME": str(work / "home"),
            "SERVICEPLAN_DATA_DIR": str(work / "data"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        checkout_env = {**base, "PATH": os.environ.get("PATH", "")}
        programs = {
            "checkout": ([sys.executable, str(ROOT / "main.py")], checkout_env),
            "bundle": ([str(BUNDLE)], base),
        }
        cases = {
            "--version": ["--version"],
            "new --demo": ["new", "{plan}", "--demo"],
            "export (en PDF)": ["export", "demo.svcplan", "-o", "out.pdf"],
            "window shown": [],
        }
        for name, (program, env) in programs.items():
            folder = work / name
            folder.mkdir()
            subprocess.run([*program, "new", "demo.svcplan", "--demo"], env=env, cwd=folder,
                           check=True, capture_output=True)  # fmt: skip
            for case, arguments in cases.items():
                extra = {"SERVICEPLAN_EXIT_WHEN_SHOWN": "1"} if case == "window shown" else {}
                times = []
                for run in range(args.runs + 1):
                    argv = [a.replace("{plan}", f"p{run}.svcplan") for a in arguments]
                    seconds = _timed([*program, *argv], {**env, **extra}, folder)
                    if run:  # the first run warms caches
                        times.append(seconds)
                print(f"{name:9} {case:16} median {statistics.median(times) * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
