"""Nothing reaches the network, runs code from a plan, or reads a file a plan names.

The work runs in a fresh process under an audit hook (offline_probe.py) that blocks every
socket and records every file opened and every process started; plan text names a canary
file in reportlab <img>/<a> markup, file:// URLs and shell or Python snippets.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from plan.errors import NotAPlanError
from plan.store import PlanStore
from tests.reliability.helpers import ROOT, sha256

PROBE = Path(__file__).with_name("offline_probe.py")


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    shm = Path("/dev/shm")  # fsync-free where there is a tmpfs: the demo plan is many edits
    work = (
        Path(tempfile.mkdtemp(prefix="offline-", dir=shm))
        if shm.is_dir()
        else tmp_path_factory.mktemp("offline")
    )
    canary = work / "canary-secret.txt"
    canary.write_text("SECRET CANARY CONTENT", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(PROBE), str(ROOT), str(work), str(canary)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "SERVICEPLAN_DATA_DIR": str(work / "appdata")},
        check=False,
    )
    try:
        assert result.returncode == 0, result.stderr[-3000:]
        data: dict[str, Any] = json.loads(result.stdout)
        data["canary"] = str(canary)
        yield data
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_no_network_is_ever_tried(probe: dict[str, Any]) -> None:
    assert probe["network"] == []
    assert probe["report_code"] == 0


def test_no_file_named_in_the_plan_is_opened(probe: dict[str, Any]) -> None:
    named = [p for p in probe["opened"] if "canary" in p or p == "/etc/passwd"]
    assert named == []
    # The probe did open files (the hook works): the plan, the fonts, the PDFs it wrote.
    assert any(p.endswith("demo.svcplan") for p in probe["opened"])
    assert any(p.endswith(".ttf") or p.endswith(".ttc") for p in probe["opened"])


def test_markup_in_plan_text_is_printed_literally(probe: dict[str, Any]) -> None:
    canary = probe["canary"]
    form = probe["texts"]["form"]
    assert "SECRET CANARY CONTENT" not in form
    # The name is printed as typed (the questionnaire header shows it).
    assert "".join(f'<img src="{canary}"/>'.split()) in "".join(form.split()), form[:500]
    plan = probe["texts"]["plan"]
    if plan:
        assert "SECRET CANARY CONTENT" not in plan
        flat = "".join(plan.split())
        assert "<imgsrc=" in flat and "&<b>bold</b>$x$" in flat


def test_no_process_is_started_with_plan_text(probe: dict[str, Any]) -> None:
    # fontconfig's fc-list may run to find a CJK font; nothing else, and never plan text.
    for entry in probe["started"]:
        assert "fc-list" in entry, entry
        assert "canary" not in entry and "7*7" not in entry


def test_plan_text_is_data_in_the_report(probe: dict[str, Any]) -> None:
    report = json.loads(probe["report"])
    assert report["plan"]["name"].startswith("<img src=")
    assert "49" not in report["plan"]["name"]


# -- code stored in a plan file itself --------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TRIGGER wipe AFTER INSERT ON complaints BEGIN DELETE FROM answers; END",
        "CREATE TRIGGER rename AFTER UPDATE ON profile BEGIN"
        " UPDATE profile SET business_name = 'pwned' WHERE id = 1; END",
        "CREATE VIEW peek AS SELECT * FROM profile",
    ],
    ids=["trigger-on-insert", "trigger-on-update", "view"],
)
def test_plan_carrying_sql_code_is_refused_untouched(tmp_path: Path, statement: str) -> None:
    """A plan never holds triggers or views; one that does was made by another tool, and its
    code would run on the user's next edit. It is refused, and left as it is."""
    path = tmp_path / "crafted.svcplan"
    PlanStore.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()
    before = sha256(path)
    for readonly in (False, True):
        with pytest.raises(NotAPlanError, match=r"trigger|view"):
            PlanStore.open(path, readonly=readonly)
    assert sha256(path) == before
