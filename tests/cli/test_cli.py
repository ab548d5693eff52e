"""The command line contract of docs/design.md §6: exit codes, one-line errors, JSON, nothing
written on failure, and the window-less fallback."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

import main
from plan.store import PlanStore
from tests.plan.test_plan_report import TOP_LEVEL_KEYS as REPORT_KEYS
from ui import environment

ROOT = Path(__file__).resolve().parents[2]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """main.main in this process; a usage error's SystemExit counts as its exit code."""
    try:
        code = main.main(list(args))
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def headless_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env["SERVICEPLAN_DATA_DIR"] = str(data_dir)
    return env


def run_program(
    *args: str, env: dict[str, str], encoding: str = "utf-8"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding=encoding,
        timeout=120,
    )


def assert_one_error_line(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], err


def assert_report(report: dict[str, Any]) -> None:
    assert set(report) >= REPORT_KEYS
    assert set(report["survey"]["servqual"]["dimensions"]) == {
        "tangibles",
        "reliability",
        "responsiveness",
        "assurance",
        "empathy",
    }


# -- new --------------------------------------------------------------------------------------


def test_new_creates_a_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "client.svcplan"
    code, out, err = run_main(capsys, "new", str(path))
    assert (code, err) == (0, "")
    assert "Created plan" in out and str(path) in out
    store = PlanStore.open(path, readonly=True)
    try:
        assert store.language() == "en"
        assert store.profile.get().business_name == ""
    finally:
        store.close()


def test_new_demo_in_chinese_with_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.svcplan"
    code, out, _ = run_main(capsys, "new", str(path), "--demo", "--lang", "zh", "--name", "X")
    assert code == 0
    assert "demo plan" in out and "(zh)" in out
    store = PlanStore.open(path, readonly=True)
    try:
        assert store.language() == "zh"
        assert store.profile.get().business_name == "X"
        assert store.profile.get().industry == "烘焙店与咖啡馆"
        assert store.profile.logo() is not None
    finally:
        store.close()


def test_new_refuses_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "existing.svcplan"

    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", "Keep")

    PlanStore.create(path, fill=fill).close()
    before = sha256(path)
    code, out, err = run_main(capsys, "new", str(path), "--demo")
    assert code == 1
    assert out == ""
    assert_one_error_line(err, str(path), "already exists")
    assert sha256(path) == before


def test_new_with_unknown_language_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.svcplan"
    code, _, err = run_main(capsys, "new", str(path), "--lang", "xx")
    assert code == 2
    assert "--lang" in err and "xx" in err
    assert not path.exists()


def test_new_into_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "missing" / "plan.svcplan"
    code, _, err = run_main(capsys, "new", str(path))
    assert code == 1
    assert_one_error_line(err, str(path), "does not exist")
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("name", ["two\nlines", "x" * 201])
def test_new_with_a_bad_name_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, _, err = run_main(capsys, "new", str(tmp_path / "plan.svcplan"), "--name", name)
    assert code == 1
    assert_one_error_line(err, "business_name")
    assert list(tmp_path.iterdir()) == []


# -- report -----------------------------------------------------------------------------------


@pytest.mark.parametrize("file_name", ["plan.svcplan", "пекарня 面包.svcplan"])
def test_report_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], file_name: str) -> None:
    path = tmp_path / file_name
    assert run_main(capsys, "new", str(path), "--demo", "--lang", "ru")[0] == 0
    before = sha256(path)

    code, out, err = run_main(capsys, "report", str(path), "--json")

    assert (code, err) == (0, "")
    report = json.loads(out)
    assert_report(report)
    assert report["plan"]["name"] == "Пекарня-кафе «Розмарин и рожь»"
    assert report["plan"]["language"] == "ru"
    assert sha256(path) == before


def test_report_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.svcplan"
    run_main(capsys, "new", str(path), "--name", "Corner Café")
    code, out, _ = run_main(capsys, "report", str(path))
    assert code == 0
    assert out.splitlines()[0] == "Corner Café (en)"
    assert "profile" in out


def test_report_on_a_plan_open_for_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path).close()
    writer = PlanStore.open(path)
    try:
        writer.profile.set_field("business_name", "Live")
        code, out, _ = run_main(capsys, "report", str(path), "--json")
    finally:
        writer.close()
    assert code == 0
    assert json.loads(out)["plan"]["name"] == "Live"


def test_report_on_a_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "survey.csv"
    path.write_text("nps,comment\n10,great\n", encoding="utf-8")
    before = sha256(path)
    code, out, err = run_main(capsys, "report", str(path), "--json")
    assert code == 1
    assert out == ""
    assert_one_error_line(err, str(path), "text file")
    assert sha256(path) == before


def test_report_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gone.svcplan"
    code, out, err = run_main(capsys, "report", str(path), "--json")
    assert code == 1
    assert out == ""
    assert_one_error_line(err, str(path), "no such file")
    assert not path.exists()


def test_report_without_a_plan_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(capsys, "report", "--json")
    assert code == 2
    assert out == ""
    assert "PLAN" in err


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(capsys, "--help")
    assert code == 0
    for command in ("new", "report", "open"):
        assert command in out
    assert "exit status" in out


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_main(capsys, "--no-such-option")
    assert code == 2
    assert "Traceback" not in err


# -- the real program in a subprocess ---------------------------------------------------------


def test_program_new_and_report_json_with_a_non_ascii_name(tmp_path: Path) -> None:
    env = headless_env(tmp_path / "appdata")
    path = tmp_path / "пекарня 面包.svcplan"

    created = run_program("new", str(path), "--demo", "--lang", "zh", "--name", "面包坊 X", env=env)
    assert created.returncode == 0, created.stderr
    assert created.stderr == ""
    assert "面包坊 X" in created.stdout

    report = run_program("report", str(path), "--json", env=env)
    assert report.returncode == 0, report.stderr
    data = json.loads(report.stdout)
    assert_report(data)
    assert data["plan"]["name"] == "面包坊 X"


def test_program_on_a_legacy_encoded_pipe(tmp_path: Path) -> None:
    """stdout in cp1252 (a Windows pipe): names in any script neither crash nor mangle JSON."""
    env = {**headless_env(tmp_path / "appdata"), "PYTHONIOENCODING": "cp1252"}
    path = tmp_path / "пекарня.svcplan"

    created = run_program("new", str(path), "--demo", "--lang", "ru", env=env, encoding="cp1252")
    assert created.returncode == 0, created.stderr
    assert "Traceback" not in created.stderr
    assert created.stdout.startswith("Created demo plan")

    text = run_program("report", str(path), env=env, encoding="cp1252")
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("\\u041f")  # "П", escaped: cp1252 has no Cyrillic
    assert "profile" in text.stdout

    report = run_program("report", str(path), "--json", env=env)
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["plan"]["name"] == "Пекарня-кафе «Розмарин и рожь»"


def test_program_errors_are_one_line(tmp_path: Path) -> None:
    env = headless_env(tmp_path / "appdata")
    text = tmp_path / "notes.svcplan"
    text.write_text("hello\n", encoding="utf-8")
    existing = tmp_path / "existing.svcplan"
    PlanStore.create(existing).close()
    before = sha256(existing)

    for args, words in [
        (("report", str(text), "--json"), ("notes.svcplan", "text file")),
        (("new", str(existing)), ("existing.svcplan", "already exists")),
    ]:
        result = run_program(*args, env=env)
        assert result.returncode == 1, result
        assert result.stdout == ""
        assert_one_error_line(result.stderr, *words)
    assert sha256(existing) == before


def test_program_usage_error(tmp_path: Path) -> None:
    result = run_program("report", env=headless_env(tmp_path / "appdata"))
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display detection is Linux-only")
def test_program_without_a_display_writes_the_demo_report(tmp_path: Path) -> None:
    data_dir = tmp_path / "appdata"
    env = headless_env(data_dir)

    for _ in range(2):  # the second run reuses the demo plan the first one made
        result = run_program(env=env)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        assert "No window can be opened here" in result.stdout
        assert "DISPLAY" in result.stdout
        written = [
            line.removeprefix("Its report was written to ").strip()
            for line in result.stdout.splitlines()
            if line.startswith("Its report was written to ")
        ]
        assert len(written) == 1, result.stdout
        report_path = Path(written[0])
        assert report_path.is_file()
        assert report_path.is_relative_to(data_dir)
        assert_report(json.loads(report_path.read_text(encoding="utf-8")))
        pdfs = [
            Path(line.removeprefix("Its Service Plan was written to ").strip())
            for line in result.stdout.splitlines()
            if line.startswith("Its Service Plan was written to ")
        ]
        assert len(pdfs) == 1 and pdfs[0].is_relative_to(data_dir), result.stdout
        assert pdfs[0].read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display detection is Linux-only")
def test_program_with_a_plan_and_no_display(tmp_path: Path) -> None:
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path).close()
    before = sha256(path)
    result = run_program(str(path), env=headless_env(tmp_path / "appdata"))
    assert result.returncode == 1
    assert result.stdout == ""
    assert_one_error_line(result.stderr, "cannot open a window", "DISPLAY")
    assert sha256(path) == before


# -- export ----------------------------------------------------------------------------------


def test_export_writes_the_service_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "demo.svcplan"
    assert run_main(capsys, "new", str(plan), "--demo", "--lang", "zh")[0] == 0
    before = sha256(plan)
    out = tmp_path / "plan.pdf"
    code, stdout, err = run_main(
        capsys, "export", str(plan), "-o", str(out), "--paper", "letter", "--lang", "en"
    )
    assert code == 0, err
    assert stdout.strip() == f"Wrote the Service Plan to {out}"
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612)  # Letter
    assert reader.outline[0].title == "Executive summary"  # type: ignore[union-attr]
    assert sha256(plan) == before  # only read


def test_export_sections_and_branding_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from export.service_plan import Branding

    plan = tmp_path / "plan.svcplan"
    PlanStore.create(plan).close()
    monkeypatch.setattr(
        "ui.branding.branding_from_settings", lambda: Branding(footer="Coastal & Co, 2026")
    )
    out = tmp_path / "plan.pdf"
    code, _, err = run_main(capsys, "export", str(plan), "-o", str(out), "--sections", "summary")
    assert code == 0, err
    reader = PdfReader(out)
    assert [item.title for item in reader.outline] == ["Executive summary"]  # type: ignore[union-attr]
    assert "Coastal & Co, 2026" in reader.pages[1].extract_text()
    code, _, err = run_main(capsys, "export", str(plan), "-o", str(out), "--no-branding")
    assert code == 0, err
    assert "Coastal" not in PdfReader(out).pages[1].extract_text()


def test_export_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "plan.svcplan"
    PlanStore.create(plan).close()
    before = sha256(plan)
    code, _, err = run_main(
        capsys, "export", str(plan), "-o", str(tmp_path / "x.pdf"), "--sections", "summary,gossip"
    )
    assert code == 2 and "gossip" in err
    target = tmp_path / "missing" / "plan.pdf"
    code, _, err = run_main(capsys, "export", str(plan), "-o", str(target))
    assert code == 1
    assert_one_error_line(err, str(target), "does not exist")
    code, _, err = run_main(capsys, "export", str(tmp_path / "nope.svcplan"), "-o", "x.pdf")
    assert code == 1
    assert_one_error_line(err, "nope.svcplan")
    assert sha256(plan) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.svcplan"]


# -- ui.environment.gui_blocker ---------------------------------------------------------------


@pytest.fixture
def linux_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(environment, "missing_xcb_packages", lambda: [])
    return monkeypatch


def test_gui_blocker_offscreen_is_fine(linux_env: pytest.MonkeyPatch) -> None:
    linux_env.setenv("QT_QPA_PLATFORM", "offscreen")
    assert environment.gui_blocker() is None


def test_gui_blocker_without_a_display(linux_env: pytest.MonkeyPatch) -> None:
    message = environment.gui_blocker()
    assert message is not None
    assert "DISPLAY" in message


def test_gui_blocker_xcb_without_a_display(linux_env: pytest.MonkeyPatch) -> None:
    linux_env.setenv("QT_QPA_PLATFORM", "xcb")
    linux_env.setenv("WAYLAND_DISPLAY", "wayland-0")
    message = environment.gui_blocker()
    assert message is not None and "DISPLAY" in message


def test_gui_blocker_with_wayland(linux_env: pytest.MonkeyPatch) -> None:
    linux_env.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert environment.gui_blocker() is None


def test_gui_blocker_with_x11_and_every_library(linux_env: pytest.MonkeyPatch) -> None:
    linux_env.setenv("DISPLAY", ":0")
    assert environment.gui_blocker() is None


def test_gui_blocker_names_the_missing_packages(linux_env: pytest.MonkeyPatch) -> None:
    linux_env.setenv("DISPLAY", ":0")
    linux_env.setattr(
        environment, "missing_xcb_packages", lambda: ["libxcb-cursor0", "libxcb-xinerama0"]
    )
    message = environment.gui_blocker()
    assert message is not None
    assert "sudo apt-get install libxcb-cursor0 libxcb-xinerama0" in message


def test_gui_blocker_elsewhere_than_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    assert environment.gui_blocker() is None


def test_missing_xcb_packages_names_debian_packages() -> None:
    missing = environment.missing_xcb_packages()
    assert set(missing) <= set(environment.XCB_LIBRARIES.values())
    assert environment.APT_LINE.startswith("sudo apt-get install ")
    assert "libxcb-cursor0" in environment.APT_LINE
