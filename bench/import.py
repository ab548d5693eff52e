"""Survey import speed: 100,000 responses (44 SERVQUAL columns plus NPS and CSAT) from CSV.

Our import (read, detect encoding and delimiter, match roles, check every cell, store in one
transaction) is timed against a bare script that loads the same rows with `csv` and `sqlite3`
and checks nothing. Each runs in its own process, so peak memory (max RSS) is each one's own.
Run: `make bench` or `.venv/bin/python bench/import.py [--rows N] [--runs N]`.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEADERS = ["nps", "csat", *(f"E{n}" for n in range(1, 23)), *(f"P{n}" for n in range(1, 23))]

OURS = """
import resource, sys, time
sys.path.insert(0, {root!r})
started = time.perf_counter()
from plan.imports import SURVEY, prepare_import
from plan.store import PlanStore
store = PlanStore.create({plan!r})
preview = prepare_import(SURVEY, {source!r})
store.imports.add(preview)
count = store.survey.response_count()
store.close()
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(elapsed, peak, count)
"""

BARE = """
import csv, resource, sqlite3, time
started = time.perf_counter()
conn = sqlite3.connect({plan!r})
with open({source!r}, newline="", encoding="utf-8") as handle:
    reader = csv.reader(handle)
    headers = next(reader)
    columns = ", ".join(h.lower() for h in headers)
    conn.execute(f"CREATE TABLE survey_responses (id INTEGER PRIMARY KEY, {{columns}})")
    marks = ", ".join("?" * len(headers))
    with conn:
        conn.executemany(
            f"INSERT INTO survey_responses ({{columns}}) VALUES ({{marks}})", reader
        )
count = conn.execute("SELECT COUNT(*) FROM survey_responses").fetchone()[0]
conn.close()
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(elapsed, peak, count)
"""


def write_survey(path: Path, rows: int) -> None:
    rng = random.Random(1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(HEADERS) + "\n")
        for _ in range(rows):
            values = [rng.randint(0, 10), rng.randint(1, 5)]
            values += [rng.randint(1, 7) for _ in range(44)]
            handle.write(",".join(map(str, values)) + "\n")


def run(script: str, folder: Path, source: Path, index: int) -> tuple[float, int, int]:
    plan = folder / f"run-{index}.svcplan"
    code = script.format(root=str(ROOT), plan=str(plan), source=str(source))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    elapsed, peak_kb, count = result.stdout.split()
    return float(elapsed), int(peak_kb), int(count)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "survey.csv"
        write_survey(source, args.rows)
        size_mb = source.stat().st_size / 1e6
        ours, bare = [], []
        for i in range(args.runs):
            ours.append(run(OURS, folder, source, 2 * i))
            bare.append(run(BARE, folder, source, 2 * i + 1))
        for label, results in (("import-survey", ours), ("bare csv+sqlite3", bare)):
            counts = {count for _, _, count in results}
            if counts != {args.rows}:
                raise RuntimeError(f"{label} stored {counts} rows, expected {args.rows}")
        ours_s = statistics.median(t for t, _, _ in ours)
        bare_s = statistics.median(t for t, _, _ in bare)
        ours_mb = max(p for _, p, _ in ours) / 1024
        bare_mb = max(p for _, p, _ in bare) / 1024
        print(
            f"{args.rows} rows × {len(HEADERS)} columns, {size_mb:.1f} MB CSV,"
            f" median of {args.runs} runs"
        )
        print(f"  our import:        {ours_s:6.2f} s   peak memory {ours_mb:6.0f} MB")
        print(f"  bare csv+sqlite3:  {bare_s:6.2f} s   peak memory {bare_mb:6.0f} MB")
        print(f"  import ratio ({args.rows} rows): {ours_s / bare_s:.2f} (aim: under 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
