"""Crash harness: forks workers that edit a plan through `PlanStore` and SIGKILLs them.

Run by tests/reliability/test_crash_safety.py as a separate process:

    python crash_harness.py ROOT PLAN WORKDIR SEED MAX_DELAY_MS

The harness imports the plan layer once, then for each request line "kill" on stdin forks a
worker. The worker opens (or first creates) the plan and edits it at random, forever. Before
each edit it writes `TRY <json>`, after the store call has returned (the transaction is
committed) `OK`, straight to the pipe with os.write, so a line in the pipe is a fact that held
before the kill. The harness kills the worker after a random delay (sometimes within the open
itself), collects every line it wrote and prints one JSON line to stdout: the edits tried and
how many were acknowledged. The test process then opens the plan, checks it, and asks for the
next round. Forking keeps each round at milliseconds instead of a Python start-up.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import sys
import time
from pathlib import Path
from typing import Any

TEXT_FIELDS = ("business_name", "industry", "address", "customer_types", "preparer_name")
# Text that tends to find encoding or quoting bugs: RTL, CJK, emoji, quotes, markup.
FLAVOURS = ("Ромашка", "花店", "مقهى", "🍞🥐", 'O\'Brien & "Sons"', "<b>x</b>", "$x$", "é\u0301")


def _send(fd: int, line: str) -> None:
    data = (line + "\n").encode("utf-8")
    while data:
        data = data[os.write(fd, data) :]


def _text(rng: random.Random, i: int) -> str:
    return f"{rng.choice(FLAVOURS)} {i}-{rng.randrange(10**6)}"


def _survey_csv(rng: random.Random, i: int, rows: int) -> str:
    lines = ["nps,csat,ces,segment,comment"]
    for r in range(rows):
        lines.append(
            f"{rng.randint(0, 10)},{rng.randint(1, 5)},{rng.randint(1, 7)},"
            f'seg{rng.randint(1, 3)},"round {i} row {r} {rng.choice(FLAVOURS)}"'
        )
    return "\n".join(lines) + "\n"


def worker(plan_path: Path, workdir: Path, seed: int, out: int) -> None:
    """Edit the plan until killed. Never returns."""
    from plan.complaints import Complaint
    from plan.imports import SURVEY, prepare_import
    from plan.scoring import Answer
    from plan.self_audit import item_ids
    from plan.store import PlanStore

    rng = random.Random(seed)
    if not plan_path.exists():
        _send(out, "TRY " + json.dumps({"op": "create"}))
        PlanStore.create(plan_path).close()
        _send(out, "OK")
    store = PlanStore.open(plan_path)
    _send(out, "OPEN")
    items = item_ids()
    metrics = {
        "repeat_revenue_share": 100.0,
        "customer_retention": 100.0,
        "complaints_per_100": 10000.0,
        "first_response_hours": 10000.0,
        "first_contact_resolution": 100.0,
    }
    i = 0
    while True:
        i += 1
        kind = rng.choices(
            ["profile", "answer", "metric", "complaint", "update", "delete", "import", "unimport"],
            weights=[5, 5, 3, 4, 2, 1, 1, 1],
        )[0]
        op: dict[str, Any]
        if kind == "profile":
            op = {"op": "profile", "field": rng.choice(TEXT_FIELDS), "value": _text(rng, i)}
            _send(out, "TRY " + json.dumps(op))
            store.profile.set_field(op["field"], op["value"])
        elif kind == "answer":
            na = rng.random() < 0.1
            op = {
                "op": "answer",
                "item": rng.choice(items),
                "score": None if na else rng.randint(1, 5),
                "na": na,
                "note": _text(rng, i) if rng.random() < 0.5 else "",
            }
            _send(out, "TRY " + json.dumps(op))
            store.self_audit.set_answer(op["item"], Answer(op["score"], op["na"], op["note"]))
        elif kind == "metric":
            metric = rng.choice(sorted(metrics))
            op = {"op": "metric", "metric": metric, "value": rng.uniform(0, metrics[metric])}
            _send(out, "TRY " + json.dumps(op))
            store.self_audit.set_metric(metric, op["value"])
        elif kind == "complaint" or (kind in ("update", "delete") and not store.complaints.all()):
            op = {
                "op": "complaint",
                "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "category": rng.choice(["Prices", "Очереди", "服务"]),
                # Descriptions are unique: they identify a complaint across rounds.
                "description": f"complaint {seed}-{i} {_text(rng, i)}",
                "resolved": rng.random() < 0.5,
            }
            _send(out, "TRY " + json.dumps(op))
            store.complaints.add(
                Complaint(op["date"], op["category"], op["description"], op["resolved"])
            )
        elif kind == "update":
            target = rng.choice(store.complaints.all())
            op = {
                "op": "update",
                "description": target.description,
                "category": rng.choice(["Prices", "Staff", "Чистота"]),
                "resolved": not target.resolved,
            }
            _send(out, "TRY " + json.dumps(op))
            store.complaints.update(
                Complaint(target.date, op["category"], target.description, op["resolved"],
                          id=target.id)
            )  # fmt: skip
        elif kind == "delete":
            target = rng.choice(store.complaints.all())
            op = {"op": "delete", "description": target.description}
            _send(out, "TRY " + json.dumps(op))
            store.complaints.delete(int(target.id or 0))
        elif kind == "import" or not store.imports.all(SURVEY):
            rows = rng.randint(20, 400)
            source = workdir / f"survey-{seed}-{i}.csv"
            source.write_text(_survey_csv(rng, i, rows), encoding="utf-8")
            preview = prepare_import(SURVEY, source)
            op = {"op": "import", "file": source.name, "rows": rows}
            _send(out, "TRY " + json.dumps(op))
            store.imports.add(preview)
        else:
            target_import = rng.choice(store.imports.all(SURVEY))
            op = {"op": "unimport", "file": target_import.file_name}
            _send(out, "TRY " + json.dumps(op))
            store.imports.delete(target_import.id)
        _send(out, "OK")


def run_round(plan_path: Path, workdir: Path, seed: int, max_delay: float) -> dict[str, Any]:
    """One worker, killed at a random moment: counted from its start a third of the time (so
    inside create, open, the backup), else from when the plan is open (so inside the edits,
    however slow opening is on a busy machine)."""
    rng = random.Random(seed)
    from_start = rng.random() < 1 / 3
    # From the start, mostly within the first 30 ms: opening (and its backup) is that quick.
    delay = rng.uniform(0, 0.03 if from_start and rng.random() < 0.8 else max_delay)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        os.close(read_end)
        code = 0
        try:
            worker(plan_path, workdir, seed, write_end)
        except BaseException as exc:
            _send(write_end, "ERROR " + json.dumps(f"{type(exc).__name__}: {exc}"))
            code = 3
        os._exit(code)
    os.close(write_end)
    chunks: list[bytes] = []
    # Waiting for the plan to open: at most a minute, however busy the machine.
    deadline = time.monotonic() + (delay if from_start else 60.0)
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break  # the worker ended by itself (an error)
            chunks.append(chunk)
            if not from_start and b"OPEN\n" in b"".join(chunks):
                from_start = True  # opened: now the random delay runs
                deadline = time.monotonic() + delay
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    lines = b"".join(chunks).decode("utf-8").splitlines()
    tried: list[dict[str, Any]] = []
    acked = 0
    errors = []
    opened = False
    for line in lines:
        if line.startswith("TRY "):
            tried.append(json.loads(line[4:]))
        elif line == "OK":
            acked += 1
        elif line == "OPEN":
            opened = True
        elif line.startswith("ERROR "):
            errors.append(json.loads(line[6:]))
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    return {
        "tried": tried,
        "acked": acked,
        "opened": opened,
        "errors": errors,
        "killed": killed,
        "delay": delay,
    }


def main() -> None:
    root, plan_path, workdir, seed, max_delay_ms = sys.argv[1:6]
    # With a template (an older plan), each round starts from a fresh copy of it, so the
    # worker's open migrates it: the kills land inside migrations too.
    template = Path(sys.argv[6]) if len(sys.argv) > 6 else None
    sys.path.insert(0, root)
    # Imported once here, so every forked worker starts with the plan layer loaded.
    import sqlite_utils  # noqa: F401  (what creating and migrating use: 0.7 s to import)

    import plan.imports
    import plan.store
    import plan.tabular  # noqa: F401

    for round_number, request in enumerate(sys.stdin):
        if request.strip() != "kill":
            break
        if template is not None:
            Path(plan_path + "-journal").unlink(missing_ok=True)
            shutil.copyfile(template, plan_path)
        seed_of_round = int(seed) * 100_003 + round_number
        result = run_round(Path(plan_path), Path(workdir), seed_of_round, int(max_delay_ms) / 1000)
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
