"""`import-survey --wave` and `waves`: which wave an import joins, listing and editing waves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plan.store import PlanStore
from tests.cli.test_cli import assert_one_error_line, run_main, sha256


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path).close()
    return path


def _csv(tmp_path: Path, name: str, rows: str) -> str:
    path = tmp_path / name
    path.write_text("date,nps\n" + rows, encoding="utf-8")
    return str(path)


def test_import_survey_into_named_and_month_waves(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    march = _csv(tmp_path, "march.csv", "2025-03-02,10\n2025-03-09,0\n")
    code, out, err = run_main(capsys, "import-survey", str(plan), march)
    assert (code, err) == (0, "")
    assert 'Wave: "2025-03" (new)' in out
    spring = _csv(tmp_path, "spring.csv", "2026-03-02,9\n")
    assert run_main(capsys, "import-survey", str(plan), spring, "--wave", "Spring 2026")[0] == 0
    more = _csv(tmp_path, "more.csv", "2026-03-20,3\n")
    code, out, _ = run_main(capsys, "import-survey", str(plan), more, "--wave", "Spring 2026")
    assert 'Wave: "Spring 2026"\n' in out  # an existing label: added to that wave

    code, out, err = run_main(capsys, "waves", str(plan))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "2025-03-09  2025-03  2 rows",
        "2026-03-02  Spring 2026  2 rows  (latest: the plan's survey figures)",
    ]
    code, out, _ = run_main(capsys, "report", str(plan), "--json")
    survey = json.loads(out)["survey"]
    assert survey["nps"] == 0.0 and survey["change"]["nps"]["diff"] == 0.0


def test_wave_edits_and_bad_labels(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_main(capsys, "import-survey", str(plan), _csv(tmp_path, "a.csv", "2025-03-02,10\n"))
    run_main(capsys, "import-survey", str(plan), _csv(tmp_path, "b.csv", "2026-04-02,0\n"))
    before = sha256(plan)
    code, _, err = run_main(
        capsys, "import-survey", str(plan), _csv(tmp_path, "c.csv", "2026-05-01,9\n"), "--wave", " "
    )
    assert code == 1
    assert_one_error_line(err, "wave", "label is empty")
    code, _, err = run_main(capsys, "waves", str(plan), "--rename", "2025-03", "x" * 41)
    assert code == 1
    assert_one_error_line(err, "wave", "at most 40")
    code, _, err = run_main(capsys, "waves", str(plan), "--remove", "Nope")
    assert code == 1
    assert_one_error_line(err, "no wave labelled 'Nope'", "'2025-03', '2026-04'")
    assert sha256(plan) == before

    code, out, _ = run_main(capsys, "waves", str(plan), "--rename", "2025-03", "First")
    assert code == 0 and out.startswith("2025-03-02  First  1 row\n")
    code, out, _ = run_main(capsys, "waves", str(plan), "--merge", "First", "2026-04")
    assert out.splitlines() == ["2026-04-02  2026-04  2 rows  (latest: the plan's survey figures)"]
    code, out, _ = run_main(capsys, "waves", str(plan), "--remove", "2026-04")
    assert (code, out) == (0, "")
