"""`import-survey`, `import-complaints` and `survey-form` as consultants script them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from plan.store import PlanStore
from tests.cli.test_cli import assert_one_error_line, run_main, sha256

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path).close()
    return path


def responses(path: Path) -> int:
    store = PlanStore.open(path, readonly=True)
    try:
        return store.survey_response_count()
    finally:
        store.close()


def test_import_survey_prints_imported_and_skipped(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "answers.csv"
    source.write_text("nps,csat,comment\n9,5,great\n11,4,\n7,3,ok\n", encoding="utf-8")
    code, out, err = run_main(capsys, "import-survey", str(plan), str(source))
    assert (code, err) == (0, "")
    assert "Imported 2 responses from answers.csv" in out
    assert "Skipped 1 row with errors:" in out
    assert "row 3, column 'nps': '11' is outside 0–10" in out
    assert responses(plan) == 2


def test_reimport_refused_unless_again(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.csv"
    source.write_text("nps\n9\n", encoding="utf-8")
    assert run_main(capsys, "import-survey", str(plan), str(source))[0] == 0
    before = sha256(plan)
    code, _out, err = run_main(capsys, "import-survey", str(plan), str(source))
    assert code == 1
    assert_one_error_line(err, "a.csv", "already imported", "--again")
    assert sha256(plan) == before
    assert run_main(capsys, "import-survey", str(plan), str(source), "--again")[0] == 0
    assert responses(plan) == 2


def test_map_with_non_ascii_column_names(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "опрос.csv"
    source.write_text("Оценка;Ваш отзыв;Ожидание 1\n9;Хорошо;6\n4;Плохо;7\n", encoding="cp1251")
    code, out, _err = run_main(
        capsys,
        "import-survey",
        str(plan),
        str(source),
        "--map",
        "Оценка=nps",
        "--map",
        "Ожидание 1=ignore",
    )
    assert code == 0, out
    assert "'Оценка' → nps" in out and "'Ваш отзыв' → comment" in out
    assert "Ignored columns: 'Ожидание 1'" in out


@pytest.mark.parametrize(
    ("content", "args", "words"),
    [
        (b"comment\nhello\n", [], ["no column is mapped to a survey question"]),
        (b"nps\n11\n12\n", [], ["no valid rows", "row 2"]),
        (b"nps\n9\n11\n", ["--strict"], ["--strict", "row 3"]),
        (b"nps\n9\n", ["--map", "Missing=nps"], ["no column is called 'Missing'"]),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, [], [".xlsx or CSV"]),
        (b"", [], ["empty"]),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    plan: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    args: list[str],
    words: list[str],
) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(content)
    before = sha256(plan)
    code, _out, err = run_main(capsys, "import-survey", str(plan), str(source), *args)
    assert code == 1
    assert_one_error_line(err, "in.csv", *words)
    assert sha256(plan) == before


def test_map_without_equals_is_a_usage_error(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.csv"
    source.write_text("nps\n9\n", encoding="utf-8")
    code, _out, err = run_main(capsys, "import-survey", str(plan), str(source), "--map", "nps")
    assert code == 2 and "COLUMN=ROLE" in err


def test_import_complaints(plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "жалобы.csv"
    source.write_text(
        "Дата,Категория,Описание,Решена\n2025-03-01,Цены,Дорого,да\n2025-03-02,Цены,Очень,нет\n",
        encoding="utf-8-sig",
    )
    code, out, _err = run_main(capsys, "import-complaints", str(plan), str(source))
    assert code == 0
    assert "Imported 2 complaints" in out
    store = PlanStore.open(plan, readonly=True)
    try:
        assert store.complaint_counts() == [("Цены", 2)]
        assert store.resolved_complaint_count() == 1
    finally:
        store.close()


def test_program_import_into_a_plan_open_elsewhere(plan: Path, tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    source.write_text("nps\n9\n", encoding="utf-8")
    holder = PlanStore.open(plan)
    try:
        result = subprocess.run(
            [sys.executable, "main.py", "import-survey", str(plan), str(source)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        holder.close()
    assert result.returncode == 1
    assert_one_error_line(result.stderr, "plan.svcplan")
    assert responses(plan) == 0


@pytest.mark.parametrize("language", ["en", "zh"])
def test_survey_form_writes_a_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    plan = tmp_path / "demo.svcplan"
    assert run_main(capsys, "new", str(plan), "--demo", "--lang", "ru")[0] == 0
    out = tmp_path / "form.pdf"
    code, stdout, err = run_main(
        capsys, "survey-form", str(plan), "-o", str(out), "--lang", language, "--paper", "letter"
    )
    assert (code, err) == (0, "")
    assert str(out) in stdout
    assert out.read_bytes().startswith(b"%PDF")


def test_survey_form_into_a_missing_folder(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run_main(
        capsys, "survey-form", str(plan), "-o", str(tmp_path / "no" / "f.pdf")
    )
    assert code == 1
    assert_one_error_line(err, "f.pdf")
