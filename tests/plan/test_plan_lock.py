"""One writer per plan: within this process and across processes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from plan.errors import CorruptPlanError, PlanInUseError
from plan.lock import held_in_this_process
from plan.store import PlanStore

ROOT = Path(__file__).resolve().parents[2]

OTHER_PROCESS = """
import sys
sys.path.insert(0, sys.argv[1])
from plan.store import PlanStore
try:
    store = PlanStore.open(sys.argv[2], readonly=sys.argv[3] == "ro")
except Exception as exc:
    print(type(exc).__name__)
    print(exc, file=sys.stderr)
else:
    print("readonly" if store.readonly else "opened")
    store.close()
"""


def open_elsewhere(path: Path, data_dir: Path, *, readonly: bool = False) -> str:
    env = {**os.environ, "SERVICEPLAN_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, str(ROOT), str(path), "ro" if readonly else "rw"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path).close()
    return path


@pytest.fixture
def writer(plan_path: Path) -> Iterator[PlanStore]:
    store = PlanStore.open(plan_path)
    yield store
    store.close()


def test_second_writer_in_this_process_is_refused(writer: PlanStore, plan_path: Path) -> None:
    assert held_in_this_process(plan_path)
    with pytest.raises(PlanInUseError, match="already open"):
        PlanStore.open(plan_path)
    # The same file by another spelling of its path.
    with pytest.raises(PlanInUseError):
        PlanStore.open(plan_path.parent / "." / plan_path.name)
    # The refusal did not disturb the open plan.
    writer.profile.set_field("business_name", "Still writable")
    assert writer.profile.get().business_name == "Still writable"


def test_opens_again_after_close(plan_path: Path) -> None:
    first = PlanStore.open(plan_path)
    first.close()
    assert not held_in_this_process(plan_path)
    second = PlanStore.open(plan_path)
    try:
        second.profile.set_field("industry", "Bakery")
    finally:
        second.close()


def test_failed_open_does_not_keep_the_lock(plan_path: Path) -> None:
    data = plan_path.read_bytes()
    plan_path.write_bytes(data[:200] + b"\x00" * (len(data) - 200))  # damaged, same size
    with pytest.raises(CorruptPlanError):
        PlanStore.open(plan_path)
    assert not held_in_this_process(plan_path)


def test_read_only_open_while_open_for_writing(writer: PlanStore, plan_path: Path) -> None:
    writer.profile.set_field("business_name", "Shared")
    reader = PlanStore.open(plan_path, readonly=True)
    try:
        assert reader.readonly
        assert reader.profile.get().business_name == "Shared"
    finally:
        reader.close()
    # Closing the reader kept the writer's lock and connection working.
    assert held_in_this_process(plan_path)
    writer.profile.set_field("business_name", "After reader")
    assert writer.profile.get().business_name == "After reader"


def test_other_process_is_refused_while_held(
    writer: PlanStore, plan_path: Path, data_dir: Path
) -> None:
    assert open_elsewhere(plan_path, data_dir) == "PlanInUseError"
    assert open_elsewhere(plan_path, data_dir, readonly=True) == "readonly"


def test_other_process_can_open_after_close(plan_path: Path, data_dir: Path) -> None:
    store = PlanStore.open(plan_path)
    store.close()
    assert open_elsewhere(plan_path, data_dir) == "opened"
