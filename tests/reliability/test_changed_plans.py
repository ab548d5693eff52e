"""Plans changed by another program (sqlite3, a script): never a traceback, never a damaged output.

Each change in tests/reliability/changed_plans.py goes through the commands a consultant scripts
(`report --json`, `report`, `import-survey`; a sample also through `export` and `survey-form`,
all of them in the soak run) and through the window. Allowed outcomes: exit 0 with the bad value
left out (a warning says so), or exit 1 with one line `error: PLAN: what is wrong`. `report
--json` is strict JSON. A read-only command leaves the file byte for byte as it was.
Then hypothesis changes random cells and the structure of a demo plan (a sample by default,
many with `-m soak`) and checks the same through the plan layer.
"""

from __future__ import annotations

import json
import math
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main
from plan.demo import create_demo
from plan.errors import ChangedPlanError, PlanError
from plan.report import build_report
from plan.store import PlanStore
from tests.reliability.changed_plans import (
    CHANGES,
    INF,
    OPENS_FOR_EDITING,
    REFUSED,
    change_plan,
)
from tests.reliability.helpers import run_python, sha256

#: Changes whose PDFs are made in the default suite (each crashed the export before); the soak
#: run makes them for every change.
PDF_SAMPLE = (
    "unknown-root-cause",
    "business-name-blob",
    "logo-as-text",
    "metric-infinite",
    "calculator-infinite",
    "standard-target-text",
)
WINDOW_SAMPLE = (
    "nps-99",
    "deleted-profile",
    "budget-text",
    "snapshot-json-broken",
    "business-name-not-utf8",
)


@pytest.fixture(scope="module")
def template() -> Iterator[Path]:
    """The demo plan (every section filled), made once and copied for each change."""
    folder = Path(tempfile.mkdtemp(prefix="changed-template-"))
    path = folder / "template.svcplan"
    create_demo(path, "en").close()
    yield path
    shutil.rmtree(folder)


@pytest.fixture
def survey_file(tmp_path: Path) -> Path:
    path = tmp_path / "survey.csv"
    path.write_text("nps,csat\n9,5\n3,2\n", encoding="utf-8")
    return path


def _changed(template: Path, folder: Path, kind: str) -> Path:
    path = folder / "client.svcplan"
    shutil.copyfile(template, path)
    change_plan(path, kind)
    return path


def _strict_json(text: str) -> object:
    def refuse(constant: str) -> object:
        raise AssertionError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _refused_in_one_line(path: Path, code: int, out: str, err: str) -> None:
    assert code == 1, (code, err)
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}: "), err
    assert "Traceback" not in err and out == ""


def _check_commands(
    capsys: pytest.CaptureFixture[str], path: Path, kind: str, survey: Path, *, pdfs: bool
) -> None:
    before = sha256(path)
    refused = kind in REFUSED
    code, out, err = _run(capsys, "report", str(path), "--json")
    if refused:
        _refused_in_one_line(path, code, out, err)
    else:
        assert code == 0, err
        report = _strict_json(out)
        assert isinstance(report, dict) and "service_index" in report
    code, out, err = _run(capsys, "report", str(path))
    if refused:
        _refused_in_one_line(path, code, out, err)
    else:
        assert code == 0 and out, err
    if pdfs:
        folder = path.parent
        for command, name in (("export", "plan.pdf"), ("survey-form", "form.pdf")):
            extra = ["--no-branding"] if command == "export" else []
            output = folder / name
            code, out, err = _run(capsys, command, str(path), "-o", str(output), *extra)
            if refused:
                _refused_in_one_line(path, code, out, err)
                assert not output.exists()
            else:
                assert code == 0, err
                assert output.read_bytes().startswith(b"%PDF-")
    # The plan as data: what is read (odd values left out) is written, and builds a plan again.
    data = path.parent / "plan.json"
    code, out, err = _run(capsys, "export-data", str(path), "-o", str(data))
    if refused:
        _refused_in_one_line(path, code, out, err)
        assert not data.exists()
    else:
        assert code == 0, err
        copy = path.parent / "from-data.svcplan"
        code, out, err = _run(capsys, "new", str(copy), "--from", str(data))
        assert code == 0, err
        copy.unlink()
        data.unlink()
    code, out, err = _run(capsys, "imports", str(path))
    if refused:
        _refused_in_one_line(path, code, out, err)
    else:
        assert code == 0 and out, err
    assert sha256(path) == before, "a read-only command changed the plan"
    # Editing: refused with one line (a changed plan is not rewritten around odd values).
    code, out, err = _run(capsys, "import-survey", str(path), str(survey))
    if refused or code != 0:
        _refused_in_one_line(path, code, out, err)
        assert sha256(path) == before
    else:
        assert kind in OPENS_FOR_EDITING, err


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_changed_plan_through_the_command_line(
    template: Path,
    tmp_path: Path,
    survey_file: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    path = _changed(template, tmp_path, kind)
    _check_commands(capsys, path, kind, survey_file, pdfs=kind in PDF_SAMPLE)


@pytest.mark.soak
@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_changed_plan_pdfs_soak(
    template: Path,
    tmp_path: Path,
    survey_file: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    path = _changed(template, tmp_path, kind)
    _check_commands(capsys, path, kind, survey_file, pdfs=True)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("nps-99", "survey_responses: row id 1 breaks the rule 'nps BETWEEN 0 AND 10'"),
        ("answer-9", "breaks the rule 'score BETWEEN 1 AND 5'"),
        ("unknown-root-cause", 'problems: row id 1 breaks the rule "root_cause IN'),
        ("unknown-direction", 'standards: row id 1 breaks the rule "direction IN'),
        ("unknown-means-kind", 'means: row id 1 breaks the rule "kind IN'),
        ("dropped-table", "has no table 'standard_problems'"),
        ("dropped-column", "table 'problems' has no column 'touchpoint'"),
        ("user-version-3", "says it is plan format 3, but holds table"),
    ],
)
def test_structural_changes_are_named(
    template: Path, tmp_path: Path, kind: str, expected: str
) -> None:
    path = _changed(template, tmp_path, kind)
    for readonly in (True, False):
        with pytest.raises(PlanError) as caught:
            PlanStore.open(path, readonly=readonly, backup=False)
        assert expected in str(caught.value) and caught.value.path == path


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("metric-text", "metrics row 1: value is 'lots', not a number; row left out"),
        ("budget-text", "means row 1: budget is 'a few thousand', not a number; left out"),
        ("calculator-infinite", "economics row 1: customers is infinity, not finite; left out"),
        ("deleted-profile", "profile: its row is missing; empty values stand in"),
        ("business-name-blob", "business_name is binary data (6 bytes), not text; left out"),
        ("logo-as-text", "assets row 1: data is 'not a picture', not binary data; row left out"),
        ("unknown-goal-measure", "goals row 1: measure 'happiness' is not a measure"),
        ("snapshot-json-broken", "is not valid JSON"),
        ("snapshot-infinity", "Infinity is not a number"),
        ("language-unknown", "English stands in"),
    ],
)
def test_odd_values_are_left_out_with_a_warning(
    template: Path, tmp_path: Path, kind: str, expected: str
) -> None:
    path = _changed(template, tmp_path, kind)
    store = PlanStore.open(path, readonly=True)
    try:
        assert any(expected in warning for warning in store.warnings), store.warnings
        _strict_json(json.dumps(build_report(store), allow_nan=False))
    finally:
        store.close()
    with pytest.raises(ChangedPlanError, match="open it read-only"):
        PlanStore.open(path, backup=False)


def test_the_command_line_prints_the_warning_on_stderr(template: Path, tmp_path: Path) -> None:
    path = _changed(template, tmp_path, "budget-text")
    done = run_python(
        "import sys; sys.path.insert(0, sys.argv[1]); import main;"
        " sys.exit(main.main(['report', sys.argv[2], '--json']))",
        str(path),
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"warning: {path}: means row 1: budget is 'a few thousand', not a number; left out"
    ]
    _strict_json(done.stdout)


def test_report_has_no_nan_even_when_a_figure_overflows(template: Path, tmp_path: Path) -> None:
    path = tmp_path / "client.svcplan"
    shutil.copyfile(template, path)
    store = PlanStore.open(path, readonly=True)
    try:
        report = build_report(store)
    finally:
        store.close()
    from plan.report import _finite

    assert _finite({"a": [INF, math.nan, 1.5], "b": (2.0,)}) == {"a": [None, None, 1.5], "b": [2.0]}
    _strict_json(json.dumps(report, allow_nan=False))


# -- the window ----------------------------------------------------------------------------------


def _window_opens(qtbot: object, tmp_path: Path, path: Path, kind: str) -> None:
    from PySide6.QtCore import QSettings

    from plan.steps import Step
    from tests.ui.conftest import FakeDialogs
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.tasks import TaskRunner

    dialogs = FakeDialogs()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(
        settings, dialogs=dialogs, language="en", runner=TaskRunner(synchronous=True)
    )
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    before = sha256(path)
    try:
        dialogs.confirm_answers.extend([True, True])  # open read-only / the backup: yes
        opened = window.open_plan(path)
        if kind in REFUSED:
            assert dialogs.kinds()[0] in ("error", "confirm")
            assert path.name in dialogs.calls[0][2]
            assert window.session is None or window.session.store.path != path
        elif kind in OPENS_FOR_EDITING:
            assert opened and window.session is not None and not window.session.readonly
            assert dialogs.calls == []
            for step in Step:
                window.show_step(step)
        else:
            assert opened and window.session is not None and window.session.readonly
            assert dialogs.kinds() == ["confirm"] and "left out" in dialogs.calls[0][2]
            assert "left out" in window.statusBar().currentMessage()
            for step in Step:
                window.show_step(step)
    finally:
        window.close()
    assert sha256(path) == before


@pytest.mark.parametrize("kind", WINDOW_SAMPLE)
def test_changed_plan_in_the_window(
    qtbot: object, template: Path, tmp_path: Path, kind: str
) -> None:
    pytest.importorskip("PySide6")
    path = _changed(template, tmp_path, kind)
    _window_opens(qtbot, tmp_path, path, kind)


@pytest.mark.soak
@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_changed_plan_in_the_window_soak(
    qtbot: object, template: Path, tmp_path: Path, kind: str
) -> None:
    pytest.importorskip("PySide6")
    path = _changed(template, tmp_path, kind)
    _window_opens(qtbot, tmp_path, path, kind)


# -- random changes ------------------------------------------------------------------------------

ODD_VALUES = st.one_of(
    st.sampled_from([INF, -INF, 1e300, -1e300, -1, 0, 99, 9.5, "", "x", "9", "Infinity", None]),
    st.binary(max_size=8),
    st.text(max_size=8),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
)
TABLES = (
    "profile", "answers", "metrics", "snapshots", "survey_responses", "complaints", "problems",
    "standards", "goals", "means", "economics", "assets", "meta", "imports", "sin_observations",
    "complaint_categories", "dismissed_suggestions", "goal_problems", "standard_problems",
)  # fmt: skip


@st.composite
def changes(draw: st.DrawFn) -> list[tuple[str, str, object]]:
    """A few changes: ("cell", table, value) sets a random column of a random row;
    ("json", table, text) a snapshot; ("drop", table, column) / ("version", n, _) structure."""
    found: list[tuple[str, str, object]] = []
    for _ in range(draw(st.integers(1, 3))):
        what = draw(st.sampled_from(["cell"] * 8 + ["json", "delete", "drop", "version"]))
        if what == "cell":
            found.append(("cell", draw(st.sampled_from(TABLES)), draw(ODD_VALUES)))
        elif what == "json":
            text = draw(st.sampled_from(["{", "[]", '{"a": NaN}', '{"a": "b"}', "null", "{}"]))
            found.append(("json", "snapshots", text))
        elif what == "delete":
            found.append(("delete", draw(st.sampled_from(TABLES)), None))
        elif what == "drop":
            found.append(("drop", draw(st.sampled_from(TABLES)), None))
        else:
            found.append(("version", "", draw(st.integers(-1, 6))))
    return found


def _apply(path: Path, plan_changes: list[tuple[str, str, object]], seed: int) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        for what, table, value in plan_changes:
            try:
                if what == "version":
                    conn.execute(f"PRAGMA user_version = {int(value)}")  # type: ignore[call-overload]
                    continue
                columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
                if not columns:
                    continue
                column = columns[seed % len(columns)]
                if what == "cell":
                    conn.execute(
                        f"UPDATE {table} SET {column} = ? WHERE rowid IN"
                        f" (SELECT rowid FROM {table} ORDER BY rowid LIMIT 1 OFFSET ?)",
                        [value, seed % 3],
                    )
                elif what == "json":
                    conn.execute("UPDATE snapshots SET dimensions = ?", [value])
                elif what == "delete":
                    conn.execute(f"DELETE FROM {table}")
                elif len(columns) > 1:
                    conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            except sqlite3.Error:
                continue  # a change SQLite itself refuses (a key column, say): not made
        conn.commit()
    finally:
        conn.close()


def _check_random_change(
    template: Path, plan_changes: list[tuple[str, str, object]], seed: int, *, pdf: bool
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="changed-"))
    try:
        path = folder / "client.svcplan"
        shutil.copyfile(template, path)
        _apply(path, plan_changes, seed)
        before = sha256(path)
        try:
            store = PlanStore.open(path, readonly=True)
        except PlanError as exc:
            assert exc.path == path and "\n" not in str(exc)
        else:
            try:
                _strict_json(json.dumps(build_report(store), allow_nan=False))
                if pdf:
                    from export.service_plan import ExportOptions, render_service_plan
                    from export.survey_form import write_survey_form

                    assert render_service_plan(store, ExportOptions(invariant=True))
                    write_survey_form(store, folder / "form.pdf", invariant=True)
            finally:
                store.close()
        assert sha256(path) == before
        try:
            PlanStore.open(path, backup=False).close()
        except PlanError as exc:
            assert exc.path == path and "\n" not in str(exc)
            assert sha256(path) == before
    finally:
        shutil.rmtree(folder)


FUZZ = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SOAK = settings(FUZZ, max_examples=300, derandomize=False)


@FUZZ
@given(plan_changes=changes(), seed=st.integers(0, 1000))
def test_random_changes_are_refused_or_left_out(
    template: Path, plan_changes: list[tuple[str, str, object]], seed: int
) -> None:
    _check_random_change(template, plan_changes, seed, pdf=False)


@pytest.mark.soak
@SOAK
@given(plan_changes=changes(), seed=st.integers(0, 1000))
def test_random_changes_soak(
    template: Path, plan_changes: list[tuple[str, str, object]], seed: int
) -> None:
    _check_random_change(template, plan_changes, seed, pdf=True)
