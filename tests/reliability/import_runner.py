"""Runs `main.py import-survey|import-complaints PLAN FILE` on each file in its own forked
process, and measures what it cost. Used by test_import_corpus.py:

    python import_runner.py ROOT PLAN TIMEOUT_S  < lines "KIND<TAB>FILE"

The program is imported once, then each import runs in a fork (so one file's memory cannot
hide another's), and prints one JSON line: exit status, stdout, stderr, seconds, and the growth
of the peak resident memory (ru_maxrss) over what the fork started with. A run past TIMEOUT_S
is killed and reported as such.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import select
import signal
import sys
import time
from typing import Any


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _child(plan: str, kind: str, path: str, out: int) -> None:
    import main

    start_mb = _peak_mb()
    started = time.perf_counter()
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = main.main([f"import-{kind}", plan, path])
    except BaseException as exc:  # a traceback is a failure the test reports
        code = -1
        stderr.write(f"UNCAUGHT {type(exc).__name__}: {exc}")
    result = {
        "code": code,
        "stdout": stdout.getvalue(),
        "stderr": stderr.getvalue(),
        "seconds": time.perf_counter() - started,
        "peak_mb": _peak_mb() - start_mb,
    }
    data = (json.dumps(result) + "\n").encode()
    while data:
        data = data[os.write(out, data) :]


def run_one(plan: str, kind: str, path: str, timeout: float) -> dict[str, Any]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            _child(plan, kind, path, write_end)
        finally:
            os._exit(0)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    timed_out = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            os.kill(pid, signal.SIGKILL)
            break
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    os.waitpid(pid, 0)
    os.close(read_end)
    if timed_out:
        return {"code": None, "timed_out": True, "stdout": "", "stderr": "", "peak_mb": 0}
    text = b"".join(chunks).decode()
    if not text:
        return {"code": None, "died": True, "stdout": "", "stderr": "", "peak_mb": 0}
    result: dict[str, Any] = json.loads(text)
    return result


def main() -> None:
    root, plan_path, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    sys.path.insert(0, root)
    # Loaded once, before any fork: no child pays (or counts) the imports.
    import sqlite_utils  # noqa: F401

    import main as program  # noqa: F401
    import plan.imports
    import plan.store
    import plan.tabular  # noqa: F401

    for line in sys.stdin:
        kind, path = line.rstrip("\n").split("\t")
        print(json.dumps(run_one(plan_path, kind, path, timeout)), flush=True)


if __name__ == "__main__":
    main()
