"""`import-survey`, `import-complaints` and `survey-form` as consultants script them."""

from __future__ import annotations

import os
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
        return store.survey.response_count()
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
        assert store.complaints.counts() == [("Цены", 2)]
        assert store.complaints.resolved_count() == 1
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


# -- the reliability issue: encodings, workbooks, wide files, file names ----------------------


def _survey_store(plan: Path) -> list[tuple[object, ...]]:
    store = PlanStore.open(plan, readonly=True)
    try:
        return list(store.conn.execute("SELECT source_row, nps, comment FROM survey_responses"))
    finally:
        store.close()


def test_windows_1252_csv_is_stored_as_written(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was read as cp1251 and stored as "schцne Atmosphдre", "Zьrich", with exit 0."""
    source = tmp_path / "excel.csv"
    source.write_bytes("nps;comment\n9;schöne Atmosphäre\n7;Zürich\n".encode("cp1252"))
    code, _out, err = run_main(capsys, "import-survey", str(plan), str(source))
    assert (code, err) == (0, "")
    assert _survey_store(plan) == [(2, 9, "schöne Atmosphäre"), (3, 7, "Zürich")]


def test_encoding_option_and_close_calls_are_named(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "short.csv"
    source.write_bytes("nps;comment\n9;Å ja\n".encode("cp1252"))
    code, out, err = run_main(
        capsys, "import-survey", str(plan), str(source), "--encoding", "windows-1252"
    )
    assert (code, err) == (0, "")
    assert "Read as Windows-1252 (Western European), as --encoding asked." in out.splitlines()
    assert _survey_store(plan) == [(2, 9, "Å ja")]
    code, out, err = run_main(capsys, "import-survey", str(plan), str(source), "--again")
    assert code == 0
    (line,) = [line for line in out.splitlines() if line.startswith("Read as ")]
    assert line.endswith("; use --encoding to choose another.")


def test_unknown_or_wrong_encoding(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.csv"
    source.write_bytes("nps;comment\n9;schöne\n".encode("cp1252"))
    code, _out, err = run_main(capsys, "import-survey", str(plan), str(source), "--encoding", "x")
    assert code == 2 and "--encoding" in err
    before = sha256(plan)
    code, _out, err = run_main(
        capsys, "import-survey", str(plan), str(source), "--encoding", "utf-8"
    )
    assert code == 1
    assert_one_error_line(err, "a.csv", "cannot be read as UTF-8", "line 2")
    assert sha256(plan) == before


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("bom.csv", b"\xef\xbb\xbfnps,comment\n9,caf\xc3\xa9\n", (9, "café")),
        ("cp1251.csv", "nps;comment\n9;Хорошо, быстро\n".encode("cp1251"), (9, "Хорошо, быстро")),
        ("cp1252.csv", "nps;comment\n9;très bien\n".encode("cp1252"), (9, "très bien")),
        (
            "excel-utf16.txt",
            b"\xff\xfe" + "nps\tcomment\r\n9\t好\r\n".encode("utf-16-le"),
            (9, "好"),
        ),
        ("gbk.csv", "nps,comment\n9,服务很好\n".encode("gbk"), (9, "服务很好")),
        ("decimal.csv", b"ces;comment\n4,5;ok\n", (None, "ok")),
    ],
)
def test_the_guides_encodings_still_import(
    plan: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    data: bytes,
    expected: tuple[object, str],
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    code, out, err = run_main(capsys, "import-survey", str(plan), str(source))
    assert (code, err) == (0, "")
    assert "Read as" not in out  # a clear reading is not a close call
    assert _survey_store(plan) == [(2, *expected)]
    if name == "decimal.csv":
        store = PlanStore.open(plan, readonly=True)
        try:
            assert store.conn.execute("SELECT ces FROM survey_responses").fetchone() == (4.5,)
        finally:
            store.close()


def test_file_name_with_a_latin1_byte_imports(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was refused with "contains a character that is not allowed"."""
    raw = os.fsencode(str(tmp_path)) + b"/Z\xfcrich-Umfrage.csv"
    with open(raw, "wb") as fh:
        fh.write(b"nps\n9\n")
    code, out, err = run_main(capsys, "import-survey", str(plan), os.fsdecode(raw))
    assert (code, err) == (0, "")
    assert "from Zürich-Umfrage.csv" in out
    store = PlanStore.open(plan, readonly=True)
    try:
        assert [i.file_name for i in store.imports.all("survey")] == ["Zürich-Umfrage.csv"]
    finally:
        store.close()


def test_wide_file_lists_no_empty_headers(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "wide.csv"
    source.write_text(
        "nps,note" + "," * 997 + "comment\n" + "9,x" + "," * 997 + "fine\n", encoding="utf-8"
    )
    code, out, err = run_main(capsys, "import-survey", str(plan), str(source))
    assert (code, err) == (0, "")
    assert "Ignored columns: 'note' and 996 columns with no header" in out
    assert "''" not in out
    assert _survey_store(plan) == [(2, 9, "fine")]


def _workbook(path: Path, sheets: list[tuple[str, str]], active: int | None = None) -> Path:
    from tests.reliability import corpus

    view = f'<bookViews><workbookView activeTab="{active}"/></bookViews>' if active else ""
    entries = "".join(
        f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
        for i, (name, _rows) in enumerate(sheets)
    )
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{corpus.REL_NS}/worksheet"'
        f' Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(len(sheets))
    )
    members: dict[str, bytes | str] = {
        "[Content_Types].xml": corpus.CONTENT_TYPES,
        "_rels/.rels": corpus.ROOT_RELS,
        "xl/workbook.xml": f'<workbook xmlns="{corpus.MAIN_NS}" xmlns:r="{corpus.REL_NS}">'
        f"{view}<sheets>{entries}</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{corpus.PKG_REL_NS}">{rels}'
        "</Relationships>",
    }
    for i, (_name, rows) in enumerate(sheets):
        members[f"xl/worksheets/sheet{i + 1}.xml"] = corpus.sheet(rows)
    path.write_bytes(corpus._zip(members))
    return path


COVER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Customer survey, spring</t></is></c></row>'


def test_cover_page_names_the_sheet_and_sheet_option_picks_another(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.reliability.corpus import inline_row

    answers = inline_row(1, "nps", "comment") + inline_row(2, "9", "good")
    book = _workbook(tmp_path / "book.xlsx", [("Cover", COVER), ("Answers", answers)])
    code, _out, err = run_main(capsys, "import-survey", str(plan), str(book))
    assert code == 1
    assert_one_error_line(err, "book.xlsx", "no column is mapped", 'sheet "Cover"', '"Answers"')
    assert "--sheet" in err
    code, out, err = run_main(capsys, "import-survey", str(plan), str(book), "--sheet", "Answers")
    assert (code, err) == (0, "")
    assert 'Read sheet "Answers"' in out
    assert _survey_store(plan) == [(2, 9, "good")]
    code, _out, err = run_main(capsys, "import-survey", str(plan), str(book), "--sheet", "Nope")
    assert code == 1
    assert_one_error_line(err, "book.xlsx", 'no sheet "Nope"')


def test_active_sheet_is_read(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.reliability.corpus import inline_row

    answers = inline_row(1, "nps") + inline_row(2, "8")
    book = _workbook(tmp_path / "saved.xlsx", [("Cover", COVER), ("Answers", answers)], 1)
    code, _out, err = run_main(capsys, "import-survey", str(plan), str(book))
    assert (code, err) == (0, "")
    assert _survey_store(plan) == [(2, 8, "")]


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ('<c r="A3" s="1"><v>2958465.99999999</v></c>', ["cell A3", "past the year 9999"]),
        ('<c r="A3"><v>0x10</v></c>', ["cell A3", "'0x10' is not a number"]),
    ],
)
def test_one_odd_cell_is_a_bad_value_in_its_row(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str, words: list[str]
) -> None:
    """It refused the whole workbook without naming the cell."""
    from tests.reliability import corpus

    styles = (
        f'<styleSheet xmlns="{corpus.MAIN_NS}"><cellXfs count="2"><xf numFmtId="0"/>'
        '<xf numFmtId="14"/></cellXfs></styleSheet>'
    )
    rels = corpus.workbook_rels(
        f'<Relationship Id="rId9" Type="{corpus.REL_NS}/styles" Target="styles.xml"/>'
    )
    rows = (
        corpus.inline_row(1, "date", "nps")
        + '<row r="2"><c r="A2" s="1"><v>45000</v></c><c r="B2"><v>9</v></c></row>'
        + f'<row r="3">{cell}<c r="B3"><v>7</v></c></row>'
    )
    book = tmp_path / "odd.xlsx"
    book.write_bytes(corpus.xlsx(corpus.sheet(rows), rels=rels, extra={"xl/styles.xml": styles}))
    code, out, err = run_main(capsys, "import-survey", str(plan), str(book))
    assert (code, err) == (0, "")
    assert "Imported 1 responses" in out or "Imported 1 response" in out
    (line,) = [line for line in out.splitlines() if "row 3" in line]
    assert "on sheet 'Answers'" in line
    for word in words:
        assert word in line
    code, _out, err = run_main(capsys, "import-survey", str(plan), str(book), "--again", "--strict")
    assert code == 1
    assert_one_error_line(err, "odd.xlsx", "row 3", "cell A3")


def test_huge_row_number_is_one_line_not_a_traceback(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.reliability import corpus

    rows = corpus.inline_row(1, "nps") + f'<row r="{2**63}"><c r="A2"><v>9</v></c></row>'
    book = tmp_path / "rows.xlsx"
    book.write_bytes(corpus.xlsx(corpus.sheet(rows)))
    before = sha256(plan)
    code, _out, err = run_main(capsys, "import-survey", str(plan), str(book))
    assert code == 1
    assert_one_error_line(err, "rows.xlsx", 'sheet "Answers"', str(2**63))
    assert sha256(plan) == before
