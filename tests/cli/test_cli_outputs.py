"""An output path (-o) that names the plan, another plan or no regular file is refused: writing
a document over it would lose a plan or replace a device or pipe with a file."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from plan.store import PlanStore
from tests.cli.test_cli import assert_one_error_line, run_main, sha256
from tests.plan.test_plan_create_races import limit_pages

Arrange = Callable[[Path, Path], Path]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path, language="en").close()
    return path


def _the_plan(plan: Path, folder: Path) -> Path:
    return plan


def _the_plan_by_another_path(plan: Path, folder: Path) -> Path:
    (folder / "sub").mkdir()
    return folder / "sub" / ".." / plan.name


def _a_symlink_to_the_plan(plan: Path, folder: Path) -> Path:
    link = folder / "link.pdf"
    link.symlink_to(plan)
    return link


def _a_hard_link_to_the_plan(plan: Path, folder: Path) -> Path:
    link = folder / "hard.pdf"
    os.link(plan, link)
    return link


def _another_plan(plan: Path, folder: Path) -> Path:
    other = folder / "client.svcplan"
    PlanStore.create(other).close()
    return other


@pytest.mark.parametrize("command", ["export", "survey-form", "export-data"])
@pytest.mark.parametrize(
    ("arrange", "said"),
    [
        (_the_plan, "is the plan itself"),
        (_the_plan_by_another_path, "is the plan itself"),
        (_a_symlink_to_the_plan, "is the plan itself"),
        (_a_hard_link_to_the_plan, "is the plan itself"),
        (_another_plan, "is a service plan"),
    ],
)
def test_a_plan_is_never_replaced_by_a_document(
    plan: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    arrange: Arrange,
    said: str,
) -> None:
    target = arrange(plan, tmp_path)
    before = {path.name: sha256(path) for path in tmp_path.iterdir() if path.is_file()}
    code, out, err = run_main(capsys, command, str(plan), "-o", str(target))
    assert code == 1 and out == ""
    assert_one_error_line(err, str(target), said)
    after = {path.name: sha256(path) for path in tmp_path.iterdir() if path.is_file()}
    assert after == before
    PlanStore.open(plan, readonly=True).close()  # still a plan


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("command", ["export", "survey-form", "export-data"])
def test_a_fifo_is_not_replaced(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    code, _, err = run_main(capsys, command, str(plan), "-o", str(fifo))
    assert code == 1
    assert_one_error_line(err, str(fifo), "is not a regular file")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets are POSIX")
def test_a_socket_is_not_replaced(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.pdf"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        code, _, err = run_main(capsys, "export", str(plan), "-o", str(path))
        assert code == 1
        assert_one_error_line(err, str(path), "is not a regular file")
        assert stat.S_ISSOCK(path.stat().st_mode)


@pytest.mark.skipif(not hasattr(os, "mknod"), reason="device nodes are POSIX")
def test_a_device_node_is_not_replaced(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device = tmp_path / "null.pdf"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a second /dev/null
    except PermissionError:
        pytest.skip("making a device node needs root")
    code, _, err = run_main(capsys, "export", str(plan), "-o", str(device))
    assert code == 1
    assert_one_error_line(err, str(device), "is not a regular file")
    assert stat.S_ISCHR(device.stat().st_mode)


def test_an_ordinary_pdf_is_still_replaced(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"%PDF-1.4 old")
    code, _, err = run_main(capsys, "survey-form", str(plan), "-o", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF") and b"old" not in target.read_bytes()[:20]


def test_a_full_disk_during_an_import_is_one_line(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = tmp_path / "answers.csv"
    answers.write_text("nps,comment\n" + "9,fine bread and coffee\n" * 5_000, encoding="utf-8")
    before = sha256(plan)
    limit_pages(monkeypatch, 1)
    code, out, err = run_main(capsys, "import-survey", str(plan), str(answers))
    assert code == 1 and out == ""
    assert_one_error_line(err, str(plan), "the disk is full", "as it was")
    assert sha256(plan) == before


def test_a_full_disk_during_new_demo_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "demo.svcplan"
    limit_pages(monkeypatch, 8)
    code, out, err = run_main(capsys, "new", str(path), "--demo")
    assert code == 1 and out == ""
    assert_one_error_line(err, str(path), "the disk is full", "nothing was written")
    assert list(tmp_path.iterdir()) == []


def test_an_import_without_a_backup_says_so(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("SERVICEPLAN_DATA_DIR", str(blocked))  # no backup folder can be made
    answers = tmp_path / "answers.csv"
    answers.write_text("nps\n9\n7\n", encoding="utf-8")
    code, out, err = run_main(capsys, "import-survey", str(plan), str(answers))
    assert code == 0 and "Imported 2 responses" in out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"warning: {plan}: no backup could be made")
    assert "importing without a new backup" in lines[0]
