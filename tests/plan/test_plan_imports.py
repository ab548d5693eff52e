"""Survey and complaint imports: role matching in three languages, cell checks with row and
column, the one-transaction import with undo, and every refusal leaving the plan unchanged."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from plan import scoring
from plan.errors import InvalidValueError, PlanError
from plan.imports import (
    COMPLAINTS,
    SURVEY,
    ImportRefused,
    apply_overrides,
    auto_mapping,
    guess_role,
    parse_number,
    prepare_import,
)
from plan.store import PlanStore
from plan.tabular import TableReadError


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# -- matching columns to roles ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("NPS", "nps"),
        ("csat", "csat"),
        ("E1", "E1"),
        ("p 22", "P22"),
        ("E_5", "E5"),
        ("W_empathy", "W_empathy"),
        ("How likely are you to recommend us to a friend or colleague?", "nps"),
        ("Overall, how satisfied are you with our service?", "csat"),
        ("The company made it easy to handle my issue", "ces"),
        ("Timestamp", "date"),
        ("Any other comments?", "comment"),
        ("Customer type", "segment"),
        ("Expectation 5", "E5"),
        ("Perception 12", "P12"),
        ("Importance: Reliability", "W_reliability"),
        ("Отметка времени", "date"),
        ("Насколько вероятно, что вы порекомендуете нас друзьям?", "nps"),
        ("Насколько вы удовлетворены обслуживанием?", "csat"),
        ("Комментарий", "comment"),
        ("Ожидание 3", "E3"),
        ("Восприятие 3", "P3"),
        ("Вес: надёжность", "W_reliability"),
        ("时间戳", "date"),
        ("您向朋友推荐我们的可能性有多大？", "nps"),
        ("您对我们的服务满意吗？", "csat"),
        ("其他意见或建议", "comment"),
        ("客户类型", "segment"),
        ("期望4", "E4"),
        ("感知4", "P4"),
        ("权重-移情性", "W_empathy"),
    ],
)
def test_guess_role_in_three_languages(header: str, role: str) -> None:
    assert guess_role(SURVEY, header) == role


@pytest.mark.parametrize("header", ["Services used", "Process", "Order number", "E23", "Age"])
def test_headers_that_name_no_role(header: str) -> None:
    assert guess_role(SURVEY, header) is None


def test_complaint_roles() -> None:
    headers = ["Дата", "Категория", "Суть жалобы", "Решена?"]
    assert auto_mapping(COMPLAINTS, headers) == {
        0: "date",
        1: "category",
        2: "description",
        3: "resolved",
    }


def test_exact_role_name_wins_and_each_role_is_used_once() -> None:
    headers = ["Would you recommend us?", "nps", "Date", "Timestamp"]
    mapping = auto_mapping(SURVEY, headers)
    assert mapping[1] == "nps"
    assert 0 not in mapping  # nps is taken by the column named exactly so
    assert mapping[2] == "date" and 3 not in mapping


def test_overrides_map_ignore_and_refuse() -> None:
    headers = ["Оценка", "Комментарий", "Q1"]
    mapping = auto_mapping(SURVEY, headers)
    assert mapping == {1: "comment"}
    mapping = apply_overrides(
        SURVEY, headers, mapping, [("Оценка", "nps"), ("Комментарий", "ignore")]
    )
    assert mapping == {0: "nps"}
    # A role given to a second column moves there.
    assert apply_overrides(SURVEY, headers, mapping, [("Q1", "NPS")]) == {2: "nps"}
    with pytest.raises(ImportRefused) as missing:
        apply_overrides(SURVEY, headers, mapping, [("Nope", "nps")])
    assert missing.value.code == "unknown_column"
    with pytest.raises(ImportRefused) as unknown:
        apply_overrides(SURVEY, headers, mapping, [("Q1", "happiness")])
    assert unknown.value.code == "unknown_role"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4", 4.0),
        ("4,5", 4.5),
        ("4.5", 4.5),
        (" 7 ", 7.0),
        ("20%", 20.0),
        ("1 234,5", 1234.5),
        ("10 - Extremely likely", 10.0),
        ("9 – скорее всего", 9.0),
    ],
)
def test_parse_number_as_people_type_it(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["abc", "4,5,6", "1.2,3", "=1+1", "5-7", "nan", "inf"])
def test_parse_number_refuses(text: str) -> None:
    with pytest.raises(Exception, match="not_number"):
        parse_number(text)


# -- checking rows ----------------------------------------------------------------------------


def test_bad_cells_are_listed_with_row_column_and_reason(tmp_path: Path) -> None:
    source = write(
        tmp_path / "s.csv",
        "nps,csat,ces,E1,P1,W_tangibles,date\n"
        "9,5,7,6,5,20,2025-03-01\n"
        "11,5,7,6,5,20,2025-03-01\n"  # row 3: nps out of range
        "8,4.5,7,6,5,20,2025-03-01\n"  # row 4: csat not whole
        "8,4,8,6,5,20,2025-02-30\n"  # row 5: ces out of range and a date that does not exist
        ",,,,,,\n"  # blank row: skipped, not an error
        '7,3,2,"6,5",x,101,\n',  # row 7: P1 not a number, weight out of range
    )
    preview = prepare_import(SURVEY, source)
    assert preview.valid_rows == 1
    assert preview.bad_rows == 4
    found = {(p.row, p.column, p.code) for p in preview.problems}
    assert found == {
        (3, "nps", "out_of_range"),
        (4, "csat", "not_whole"),
        (5, "ces", "out_of_range"),
        (5, "date", "not_date"),
        (7, "P1", "not_number"),
        (7, "W_tangibles", "out_of_range"),
    }
    message = next(p for p in preview.problems if p.row == 3).message
    assert message == "row 3, column 'nps': '11' is outside 0–10"


def test_ragged_rows_and_empty_rows(tmp_path: Path) -> None:
    source = write(tmp_path / "r.csv", "nps,comment\n9,ok\n8,fine,extra\n7\n\n")
    preview = prepare_import(SURVEY, source)
    assert [r[1:] for r in preview.records] == [(9, "ok"), (7, "")]
    assert [(p.row, p.code) for p in preview.problems] == [(3, "extra_cells")]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["3/14/2025 10:22:33", "4/1/2025"], ["2025-03-14", "2025-04-01"]),  # month first
        (["14/3/2025", "4/1/2025"], ["2025-03-14", "2025-01-04"]),  # a day > 12 shows day first
        (["01.03.2025 10:22", "2025-03-02T09:00:00"], ["2025-03-01", "2025-03-02"]),
        (["2025年3月5日", "2025/3/6"], ["2025-03-05", "2025-03-06"]),
    ],
)
def test_dates_in_the_usual_forms(tmp_path: Path, cells: list[str], expected: list[str]) -> None:
    text = "date,nps\n" + "".join(f"{c},9\n" for c in cells)
    preview = prepare_import(SURVEY, write(tmp_path / "d.csv", text))
    assert not preview.problems
    assert [r[1] for r in preview.records] == expected


@pytest.mark.parametrize(
    ("encoding", "delimiter", "decimal"),
    [
        ("utf-8", ",", "."),
        ("utf-8-sig", ";", ","),
        ("cp1251", ";", ","),
        ("utf-16", "\t", ","),
        ("gbk", ",", "."),
    ],
)
def test_exports_in_any_locale(tmp_path: Path, encoding: str, delimiter: str, decimal: str) -> None:
    headers = ["Дата", "Рекомендуете ли вы нас?", "Ожидание 1", "Восприятие 1", "Вес: надёжность"]
    if encoding == "gbk":
        headers = ["日期", "推荐的可能性", "期望1", "感知1", "权重：可靠性"]
    rows = [["2025-03-01", "9", "6", "5", f"12{decimal}5"], ["2025-03-02", "3", "7", "4", "40"]]
    text = "\r\n".join(delimiter.join(row) for row in [headers, *rows]) + "\r\n"
    preview = prepare_import(SURVEY, write(tmp_path / "x.csv", text, encoding))
    assert not preview.problems
    assert preview.mapping == {0: "date", 1: "nps", 2: "E1", 3: "P1", 4: "W_reliability"}
    assert [r[1:] for r in preview.records] == [
        ("2025-03-01", 9, 6.0, 5.0, 12.5),
        ("2025-03-02", 3, 7.0, 4.0, 40.0),
    ]


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    def cell(ref: str, value: str) -> str:
        if value.replace(".", "", 1).isdigit():
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

    sheet_rows = "".join(
        f'<row r="{r}">'
        + "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row) if v != "")
        + "</row>"
        for r, row in enumerate(rows, start=1)
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"/>',
        )
        archive.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="Answers" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main"><sheetData>{sheet_rows}</sheetData></worksheet>',
        )
    return path


def test_xlsx_import(tmp_path: Path) -> None:
    source = _xlsx(
        tmp_path / "answers.xlsx",
        [["NPS", "CSAT", "Comment"], ["10", "5", "Лучший хлеб"], ["6", "", "慢"], ["12", "3", ""]],
    )
    preview = prepare_import(SURVEY, source)
    assert [r[1:] for r in preview.records] == [(10, 5, "Лучший хлеб"), (6, None, "慢")]
    assert [(p.row, p.column) for p in preview.problems] == [(4, "NPS")]


# -- storing ----------------------------------------------------------------------------------


@pytest.fixture
def store() -> PlanStore:
    return PlanStore.memory("en")


def test_import_is_one_transaction_and_counts_match(store: PlanStore, tmp_path: Path) -> None:
    lines = ["nps,csat,ces,segment,comment"]
    lines += [f"{n},{1 + n % 5},{1 + n % 7},{'A' if n < 6 else 'B'},c{n}" for n in range(11)]
    preview = prepare_import(SURVEY, write(tmp_path / "s.csv", "\n".join(lines)))
    changes: list[str] = []
    store.subscribe(lambda change: changes.append(change.section))
    store.imports.add(preview)
    assert changes == ["survey"]  # one notification: one edit
    summary = scoring.summarise_survey(store.survey.totals()[0])
    assert summary.responses == 11
    assert summary.net_promoter.nps == pytest.approx(-45.4545, abs=1e-4)
    assert store.survey.nps_distribution() == [1] * 11
    assert summary.csat == pytest.approx(scoring.csat_of([1 + n % 5 for n in range(11)]))
    assert summary.ces == pytest.approx(sum(1 + n % 7 for n in range(11)) / 11)
    segments = {
        row["segment"]: scoring.summarise_survey(row)
        for row in store.survey.totals(by_segment=True)
    }
    assert segments["A"].net_promoter.nps == -100  # answers 0..5
    assert segments["B"].net_promoter.promoters == 2
    assert store.survey.comments("c1") == [(11, "B", "c10"), (2, "A", "c1")]


def test_sql_servqual_matches_the_formula(store: PlanStore, tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    headers = [*(f"E{n}" for n in range(1, 23)), *(f"P{n}" for n in range(1, 23))]
    headers += [f"W_{d}" for d in scoring.SERVQUAL_ITEMS]
    rows = []
    for _ in range(40):
        row = [str(rng.randint(1, 7)) if rng.random() > 0.1 else "" for _ in range(44)]
        row += [str(rng.randint(0, 40)) for _ in range(5)]
        rows.append(row)
    text = "\n".join(",".join(r) for r in [headers, *rows])
    preview = prepare_import(SURVEY, write(tmp_path / "sq.csv", text))
    store.imports.add(preview)
    from_sql = scoring.summarise_survey(store.survey.totals()[0]).servqual
    responses = [
        {h.lower(): (float(v) if v else None) for h, v in zip(headers, row, strict=True)}
        for row in rows
    ]
    by_hand = scoring.servqual_of(responses)
    for name in scoring.SERVQUAL_ITEMS:
        assert from_sql.dimensions[name].gap == pytest.approx(by_hand.dimensions[name].gap)
    assert from_sql.unweighted == pytest.approx(by_hand.unweighted)
    assert from_sql.weighted == pytest.approx(by_hand.weighted)


def test_totals_with_segments_in_one_pass_equal_the_plain_totals(
    store: PlanStore, tmp_path: Path
) -> None:
    """The report's one-pass totals (segments combined, with the answers that have none)
    give the same figures as the whole-survey query."""
    import random

    assert store.survey.totals_and_segments() == (store.survey.totals()[0], [])
    rng = random.Random(11)
    headers = ["nps", "csat", "ces", "segment", *(f"E{n}" for n in range(1, 23))]
    headers += [*(f"P{n}" for n in range(1, 23)), *(f"W_{d}" for d in scoring.SERVQUAL_ITEMS)]
    rows = []
    for _ in range(60):
        row = [str(rng.randint(0, 10)), rng.choice(["", "3", "5"]), rng.choice(["", "2", "7"])]
        row.append(rng.choice(["", "Walk-in", "Office", "Офис"]))
        row += [str(rng.randint(1, 7)) if rng.random() > 0.2 else "" for _ in range(44)]
        row += [str(rng.randint(0, 40)) if rng.random() > 0.3 else "" for _ in range(5)]
        rows.append(row)
    text = "\n".join(",".join(r) for r in [headers, *rows])
    store.imports.add(prepare_import(SURVEY, write(tmp_path / "mixed.csv", text)))
    whole, segments = store.survey.totals_and_segments()
    plain = store.survey.totals()[0]
    assert whole.keys() == plain.keys()
    for key, value in plain.items():
        assert whole[key] == pytest.approx(value), key
    assert segments == store.survey.totals(by_segment=True)
    assert None not in {row["segment"] for row in segments}


def test_reimport_is_detected_and_undo_restores_exactly(store: PlanStore, tmp_path: Path) -> None:
    source = write(tmp_path / "s.csv", "nps,comment\n9,a\n3,b\n")
    preview = prepare_import(SURVEY, source)
    assert store.imports.previous(SURVEY, preview.sha256) is None
    import_id = store.imports.add(preview)
    previous = store.imports.previous(SURVEY, preview.sha256)
    assert previous is not None and previous.rows == 2 and previous.file_name == "s.csv"
    assert store.imports.previous(COMPLAINTS, preview.sha256) is None
    after = store.conn.execute("SELECT * FROM survey_responses ORDER BY id").fetchall()
    removed = store.imports.delete(import_id)
    assert store.survey.response_count() == 0
    assert store.imports.previous(SURVEY, preview.sha256) is None
    store.imports.restore(removed)
    assert store.conn.execute("SELECT * FROM survey_responses ORDER BY id").fetchall() == after
    store.imports.delete(import_id)
    assert store.survey.response_count() == 0
    assert store.imports.all(SURVEY) == []


def test_refusals_write_nothing(store: PlanStore, tmp_path: Path) -> None:
    store.imports.add(prepare_import(SURVEY, write(tmp_path / "ok.csv", "nps\n9\n")))
    before = store.conn.execute("SELECT * FROM survey_responses").fetchall()
    with pytest.raises(ImportRefused) as no_measure:
        prepare_import(SURVEY, write(tmp_path / "c.csv", "comment\nhello\n"))
    assert no_measure.value.code == "no_measure"
    with pytest.raises(TableReadError):
        prepare_import(SURVEY, tmp_path / "missing.csv")
    with pytest.raises(TableReadError):
        prepare_import(SURVEY, write(tmp_path / "junk.csv", "\x00\x01\x02" * 100, "latin-1"))
    all_bad = prepare_import(SURVEY, write(tmp_path / "bad.csv", "nps\n11\n12\n"))
    with pytest.raises(InvalidValueError):
        store.imports.add(all_bad)
    readonly = PlanStore(store.conn, None, readonly_reason="test")
    with pytest.raises(PlanError):
        readonly.imports.add(prepare_import(SURVEY, tmp_path / "ok.csv"))
    assert store.conn.execute("SELECT * FROM survey_responses").fetchall() == before
    assert store.conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 1


def test_complaints_import_with_yes_no_in_three_languages(store: PlanStore, tmp_path: Path) -> None:
    text = (
        "date;category;description;resolved\n"
        "2025-03-01;Waiting time;Queue of 12 <people> & one till;yes\n"
        "2025-03-02;Время ожидания;Долго;да\n"
        "2025-03-03;等待时间;太慢;已解决\n"
        "2025-03-04;Waiting time;Still waiting;нет\n"
        "2025-03-05;Prices;Too dear;maybe\n"
    )
    preview = prepare_import(COMPLAINTS, write(tmp_path / "c.csv", text))
    assert [(p.row, p.column, p.code) for p in preview.problems] == [(6, "resolved", "not_yes_no")]
    store.imports.add(preview)
    complaints = store.complaints.all()
    assert [c.resolved for c in complaints] == [True, True, True, False]
    assert complaints[0].description == "Queue of 12 <people> & one till"
    assert store.complaints.counts()[0] == ("Waiting time", 2)
    assert store.complaints.resolved_count() == 3


def test_editing_an_imported_complaint_keeps_its_import(store: PlanStore, tmp_path: Path) -> None:
    """Only the import writes `import_id`: an edit, even of a record without it, keeps it, so
    deleting the import still takes the edited complaint with it."""
    import_id = store.imports.add(
        prepare_import(COMPLAINTS, write(tmp_path / "c.csv", "category\nPrices\n"))
    )
    (imported,) = store.complaints.all()
    assert imported.import_id == import_id
    old = store.complaints.update(replace(imported, category="Waiting time", import_id=None))
    assert old == imported
    assert store.complaints.get(imported.id or 0) == replace(imported, category="Waiting time")
    store.imports.delete(import_id)
    assert store.complaints.all() == []


def test_step_marks_follow_the_records(store: PlanStore, tmp_path: Path) -> None:
    from plan.steps import Step, completeness

    marks = completeness(store)
    assert (marks[Step.SURVEY], marks[Step.COMPLAINTS]) == ("empty", "empty")
    store.imports.add(prepare_import(SURVEY, write(tmp_path / "a.csv", "nps\n" + "9\n" * 29)))
    assert completeness(store)[Step.SURVEY] == "partial"  # under 30 answers
    store.imports.add(prepare_import(SURVEY, write(tmp_path / "b.csv", "nps\n7\n")))
    assert completeness(store)[Step.SURVEY] == "complete"
    store.imports.add(prepare_import(COMPLAINTS, write(tmp_path / "c.csv", "category\nPrices\n")))
    assert completeness(store)[Step.COMPLAINTS] == "complete"


def test_categories_follow_the_language_until_edited(store: PlanStore) -> None:
    from plan.complaints import default_categories

    assert store.complaints.categories() == default_categories("en")
    old = store.complaints.set_categories(["Queue", " queue ", "", "Prices"])
    assert old == []  # nothing was stored: undo goes back to following the defaults
    assert store.complaints.categories() == ["Queue", "Prices"]
    store.complaints.set_categories(old)
    store.set_language("ru")
    assert store.complaints.categories() == default_categories("ru")


# -- only the mapped columns are held --------------------------------------------------------


def test_prepare_import_holds_only_the_mapped_columns(tmp_path: Path) -> None:
    source = write(
        tmp_path / "wide.csv",
        "Notes,,Score,,Group,When\nfine,,9,,A,2025-01-02\nslow,,3,x,B,2025-01-03\n",
    )
    overrides = [("Score", "nps"), ("Group", "ignore"), ("Notes", "comment"), ("When", "date")]
    preview = prepare_import(SURVEY, source, overrides)
    table = preview.table
    assert table.headers == ["Notes", "Score", "When"]
    assert preview.mapping_by_header() == {"Notes": "comment", "Score": "nps", "When": "date"}
    assert (table.left_out, table.unnamed_columns) == (("Group",), 2)
    assert preview.records == [(2, "2025-01-02", 9, "fine"), (3, "2025-01-03", 3, "slow")]


def test_window_reads_the_named_columns(tmp_path: Path) -> None:
    from plan.imports import read_for_import

    source = write(tmp_path / "w.csv", "nps" + "," * 50 + "comment\n9" + "," * 50 + "ok\n")
    preview = read_for_import(SURVEY, source)
    assert preview.table.headers == ["nps", "comment"]
    assert preview.table.unnamed_columns == 49
    assert preview.mapping == {0: "nps", 1: "comment"}


def test_a_bad_workbook_cell_is_a_row_problem_naming_the_cell(tmp_path: Path) -> None:
    from tests.reliability import corpus

    rows = (
        corpus.inline_row(1, "nps", "comment")
        + '<row r="2"><c r="A2"><v>0x10</v></c><c r="B2" t="inlineStr"><is><t>a</t></is></c></row>'
        + '<row r="3"><c r="A3"><v>8</v></c><c r="B3"><v>0x10</v></c></row>'
        + '<row r="4"><c r="A4"><v>7</v></c></row>'
    )
    book = tmp_path / "odd.xlsx"
    book.write_bytes(corpus.xlsx(corpus.sheet(rows)))
    preview = prepare_import(SURVEY, book)
    assert [r[:2] for r in preview.records] == [(4, 7)]
    assert [p.message for p in preview.problems] == [
        "row 2, column 'nps': cell A2 on sheet 'Answers': '0x10' is not a number",
        "row 3, column 'comment': cell B3 on sheet 'Answers': '0x10' is not a number",
    ]
    only_nps = prepare_import(SURVEY, book, [("comment", "ignore")])
    assert [r[:2] for r in only_nps.records] == [(3, 8), (4, 7)]  # B3 is not imported


# -- real exports: Google Forms and Microsoft Forms -------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Which branch did you visit?",
        "Which clinic location did you visit today?",
        "Which store did you visit?",
        "What shop did you go to?",
        "Location",
        "Какой филиал вы посетили?",
        "Какой магазин вы посетили?",
        "В каком магазине вы были?",
        "您光顾的是哪家门店？",
        "哪家分店",
    ],
)
def test_which_branch_questions_are_the_segment(header: str) -> None:
    assert guess_role(SURVEY, header) == "segment"


def test_a_branch_question_that_mentions_time_is_still_the_segment() -> None:
    assert guess_role(SURVEY, "Which location did you visit this time?") == "segment"


STATEMENTS = [f"Statement about service number {n} within 5 minutes" for n in range(1, 23)]


@pytest.mark.parametrize(
    ("expect", "perceive"),
    [
        ("Expectations", "Perceptions"),
        ("What you expect from an excellent bakery", "Your experience with us"),
        ("Ожидания", "Восприятие"),
        ("期望", "感知"),
    ],
)
def test_google_forms_grids_are_servqual_items_in_order(expect: str, perceive: str) -> None:
    headers = [
        "Timestamp",
        "Which branch did you visit?",
        *(f"{expect} [{s}]" for s in STATEMENTS),
        *(f"{perceive} [{s}]" for s in STATEMENTS),
        "Any other comments?",
    ]
    mapping = auto_mapping(SURVEY, headers)
    assert mapping[0] == "date" and mapping[1] == "segment" and mapping[46] == "comment"
    assert [mapping[i] for i in range(2, 24)] == [f"E{n}" for n in range(1, 23)]
    assert [mapping[i] for i in range(24, 46)] == [f"P{n}" for n in range(1, 23)]


@pytest.mark.parametrize("join", [".", ": ", " - "])
def test_grids_joined_otherwise_are_read_too(join: str) -> None:
    """Microsoft Forms and spreadsheets join a grid's title and row with a dot, colon or dash."""
    headers = [
        "Start time",
        *(f"Expectations{join}{s}" for s in STATEMENTS),
        *(f"Perceptions{join}{s}" for s in STATEMENTS),
    ]
    mapping = auto_mapping(SURVEY, headers)
    assert [mapping[i] for i in range(1, 23)] == [f"E{n}" for n in range(1, 23)]
    assert [mapping[i] for i in range(23, 45)] == [f"P{n}" for n in range(1, 23)]
    assert mapping[0] == "date"


def test_a_grid_of_another_length_is_not_read_as_the_servqual_items() -> None:
    headers = [f"Expectations [{word} service]" for word in ("Fast", "Kind", "Clean", "Calm")]
    assert auto_mapping(SURVEY, headers) == {}  # 4 rows: not the 22 statements


def test_google_and_microsoft_forms_timestamps(tmp_path: Path) -> None:
    source = tmp_path / "form.csv"
    source.write_text(
        "Timestamp,How likely are you to recommend us?\n"
        "2025/03/14 9:41:12 AM GMT+3,9\n"
        "3/15/2025 18:02:44,8\n"
        "3/16/25 9:41:12 AM,7\n"
        "2025-03-17T10:00:00,10\n",
        encoding="utf-8",
    )
    preview = prepare_import(SURVEY, source)
    assert preview.problems == []
    assert [record[1] for record in preview.records] == [
        "2025-03-14",
        "2025-03-15",
        "2025-03-16",
        "2025-03-17",
    ]
