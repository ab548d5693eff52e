"""Reading survey/complaint exports: every encoding, delimiter and workbook shape users send,
and every hostile file refused with its own code, the file name, and no raw exception."""

from __future__ import annotations

import csv
import io
import random
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from plan import tabular
from plan.errors import PlanError
from plan.tabular import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    Table,
    TableReadError,
    decode_text,
    detect_delimiter,
    read_table,
    read_table_bytes,
)

# --------------------------------------------------------------------------- helpers


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read_bytes(data: bytes, tmp_path: Path, name: str = "survey.csv") -> Table:
    """Through the file entry point, as the import command reads."""
    return read_table(write(tmp_path, name, data))


def error_of(path: Path) -> TableReadError:
    with pytest.raises(TableReadError) as info:
        read_table(path)
    err = info.value
    assert path.name in str(err), "the message must name the file"
    assert err.message == str(err)
    assert "\n" not in str(err)
    return err


MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WS_TYPE = REL_NS + "/worksheet"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
# Style 0 general; 1 date (builtin 14); 2 date+time (builtin 22); 3 custom dd.mm.yyyy;
# 4 custom "0.0" (not a date); 5 custom with a quoted "d" (not a date); 6 builtin time (20).
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN_NS}">'
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/>'
    '<numFmt numFmtId="165" formatCode="0.0"/>'
    '<numFmt numFmtId="166" formatCode="&quot;day &quot;0"/></numFmts>'
    '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/>'
    '<xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="20"/></cellXfs>'
    "</styleSheet>"
)


def sheet_xml(rows: str, ns: str = MAIN_NS) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<worksheet xmlns="{ns}" xmlns:r="{REL_NS}"><dimension ref="A1"/>'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def shared_xml(items: list[str]) -> str:
    """Shared strings; an item starting with '<' is raw XML (rich text), else plain text."""
    body = "".join(i if i.startswith("<") else f"<si><t>{i}</t></si>" for i in items)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>'
        f'<sst xmlns="{MAIN_NS}" count="{len(items)}" uniqueCount="{len(items)}">{body}</sst>'
    )


def make_xlsx(
    path: Path,
    sheets: list[tuple[str, str]],
    shared: list[str] | None = None,
    *,
    styles: str | None = STYLES,
    date1904: bool = False,
    hidden: set[str] | None = None,
    extra: dict[str, str | bytes] | None = None,
    sheet_rels: list[tuple[str, str, str]] | None = None,
) -> Path:
    """A minimal valid workbook, written by hand: what Excel would need to open it."""
    hidden = hidden or set()
    sheet_entries = "".join(
        f'<sheet name="{name}" sheetId="{i + 1}" r:id="rIdS{i + 1}"'
        + (' state="hidden"' if name in hidden else "")
        + "/>"
        for i, (name, _) in enumerate(sheets)
    )
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?>'
        f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{pr}'
        f"<sheets>{sheet_entries}</sheets></workbook>"
    )
    rels = sheet_rels or [
        (f"rIdS{i + 1}", WS_TYPE, f"worksheets/sheet{i + 1}.xml") for i in range(len(sheets))
    ]
    rel_xml = "".join(
        f'<Relationship Id="{rid}" Type="{typ}" Target="{target}"/>' for rid, typ, target in rels
    )
    if shared is not None:
        rel_xml += (
            f'<Relationship Id="rIdSS" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
        )
    if styles is not None:
        rel_xml += f'<Relationship Id="rIdST" Type="{REL_NS}/styles" Target="styles.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<Relationships xmlns="{PKG_REL_NS}">{rel_xml}</Relationships>',
        )
        for i, (_, rows) in enumerate(sheets):
            zf.writestr(f"xl/worksheets/sheet{i + 1}.xml", sheet_xml(rows))
        if shared is not None:
            zf.writestr("xl/sharedStrings.xml", shared_xml(shared))
        if styles is not None:
            zf.writestr("xl/styles.xml", styles)
        for name, content in (extra or {}).items():
            zf.writestr(name, content)
    return path


def simple_xlsx(path: Path, rows: str, shared: list[str] | None = None) -> Path:
    return make_xlsx(path, [("Sheet1", rows)], shared)


# --------------------------------------------------------------------------- CSV basics


def test_plain_utf8_comma_csv(tmp_path: Path) -> None:
    table = read_bytes(b"Date,NPS,Comment\n2024-03-01,9,Fast\n2024-03-02,6,Slow\n", tmp_path)
    assert table.headers == ["Date", "NPS", "Comment"]
    assert table.rows == [["2024-03-01", "9", "Fast"], ["2024-03-02", "6", "Slow"]]
    assert table.row_numbers == [2, 3]
    assert table.extra_cells == {}
    assert (table.source_format, table.encoding, table.delimiter, table.sheet_name) == (
        "csv",
        "utf-8",
        ",",
        None,
    )


def test_utf8_bom_is_not_part_of_the_first_header(tmp_path: Path) -> None:
    data = "\ufeffTimestamp,Оценка\n1,5\n".encode()
    table = read_bytes(data, tmp_path)
    assert table.headers == ["Timestamp", "Оценка"]
    assert table.encoding == "utf-8-sig"


def test_excel_unicode_text_is_utf16le_with_bom_and_tabs(tmp_path: Path) -> None:
    text = "Дата\t满意度\tComment, with comma\r\n2024-03-01\t5\tОтлично, 很好\r\n"
    table = read_bytes(text.encode("utf-16"), tmp_path, "survey.txt")
    assert table.encoding == "utf-16"
    assert table.delimiter == "\t"
    assert table.headers == ["Дата", "满意度", "Comment, with comma"]
    assert table.rows == [["2024-03-01", "5", "Отлично, 很好"]]


def test_utf16_big_endian_with_bom(tmp_path: Path) -> None:
    data = b"\xfe\xff" + "a;b\n1;Привет\n".encode("utf-16-be")
    table = read_bytes(data, tmp_path)
    assert table.encoding == "utf-16"
    assert table.rows == [["1", "Привет"]]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected_from_nul_bytes(tmp_path: Path, codec: str) -> None:
    text = "NPS\tComment\n10\tОчень хорошо\n3\t太慢\n"
    table = read_bytes(text.encode(codec), tmp_path)
    assert table.encoding == codec
    assert table.delimiter == "\t"
    assert table.rows == [["10", "Очень хорошо"], ["3", "太慢"]]


def test_russian_excel_csv_cp1251_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    text = (
        "Дата;Оценка;Комментарий\r\n"
        "01.03.2024;4,5;Хорошо, но долго\r\n"
        "02.03.2024;3;Персонал вежливый\r\n"
        '03.03.2024;5;"Всё отлично; спасибо"\r\n'
    )
    table = read_bytes(text.encode("cp1251"), tmp_path)
    assert table.encoding == "cp1251"
    assert table.delimiter == ";"
    assert table.headers == ["Дата", "Оценка", "Комментарий"]
    assert table.rows[0] == ["01.03.2024", "4,5", "Хорошо, но долго"]
    assert table.rows[2][2] == "Всё отлично; спасибо"


def test_chinese_excel_csv_gbk(tmp_path: Path) -> None:
    text = "日期,满意度,评论\r\n2024-03-01,5,服务很好\r\n2024-03-02,2,等待时间太长了\r\n"
    table = read_bytes(text.encode("gbk"), tmp_path)
    assert table.encoding == "gbk"
    assert table.headers == ["日期", "满意度", "评论"]
    assert table.rows[1] == ["2024-03-02", "2", "等待时间太长了"]


def test_gb18030_only_characters_fall_back_from_gbk(tmp_path: Path) -> None:
    text = "评论,x\n\U00020000好,1\n"  # an Extension-B hanzi exists only in GB18030
    table = read_bytes(text.encode("gb18030"), tmp_path)
    assert table.encoding == "gb18030"
    assert table.rows == [["\U00020000好", "1"]]


@pytest.mark.parametrize(
    "text",
    [
        "Date,Score,Комментарий\n2024-03-01,5,\n",
        "Дата,Score\n1,2\n",
        "Name,Город\nA,\n",
        "ДАТА,X\n1,2\n",
        "Отзыв\n5\n",
        "a,b\n1,Хорошо\n",
    ],
)
def test_cp1251_detected_when_only_a_little_text_is_russian(tmp_path: Path, text: str) -> None:
    table = read_bytes(text.encode("cp1251"), tmp_path)
    assert table.encoding == "cp1251"
    assert "".join(table.headers + [c for r in table.rows for c in r]) == "".join(
        c for c in text.replace("\n", ",").split(",") if c
    )


@pytest.mark.parametrize(
    "text",
    [
        "Date,Score,评论\n2024-03-01,5,\n",
        "日期,score\n1,2\n",
        "满意度\n5\n",
        "有形性,x\n1,2\n",
        "a,b\n1,是\n",
        "姓名,城市\n张三,北京\n",
        "水平,x\n1,2\n",  # these GBK bytes are also valid UTF-8 ("ˮƽ")
    ],
)
def test_gbk_detected_when_only_a_little_text_is_chinese(tmp_path: Path, text: str) -> None:
    table = read_bytes(text.encode("gbk"), tmp_path)
    assert table.encoding == "gbk"
    assert "".join(table.headers + [c for r in table.rows for c in r]) == "".join(
        c for c in text.replace("\n", ",").split(",") if c
    )


def test_decode_text_keeps_real_utf8_accents() -> None:
    for text in ["Café,Crème\n", "Łódź;Kraków\n", "nǐ hǎo,x\n", "Дата,x\n"]:
        assert decode_text(text.encode()) == (text, "utf-8")


def test_google_forms_export(tmp_path: Path) -> None:
    text = (
        'Timestamp,"How likely are you to recommend us to a friend, 0-10?",'
        '"Anything else? (optional, any language)"\r\n'
        '2024/03/01 10:15:00 AM GMT+3,9,"Great, ""fast"" service"\r\n'
        "2024/03/01 11:02:45 AM GMT+3,4,\r\n"
    )
    table = read_bytes(text.encode(), tmp_path, "Customer survey (Responses).csv")
    assert table.delimiter == ","
    assert table.headers == [
        "Timestamp",
        "How likely are you to recommend us to a friend, 0-10?",
        "Anything else? (optional, any language)",
    ]
    assert table.rows == [
        ["2024/03/01 10:15:00 AM GMT+3", "9", 'Great, "fast" service'],
        ["2024/03/01 11:02:45 AM GMT+3", "4", ""],
    ]


# --------------------------------------------------------------------------- delimiters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a;b;c\n1;4,5;x\n", ";"),
        ("a;b;c\n1;4,5;x\n2;3,25;y\n", ";"),
        ("a,b,c\n1,2,3\n", ","),
        ("a\tb, c\n1\t2, 3\n", "\t"),
        ('"x;y",b\n"1;2",3\n', ","),
        ('"q1, q2";b\n"1,2";3\n', ";"),
        ("Comment\nGood\nFine\n", ","),
        ("sep=;\na,b\n1,2\n", ";"),
        ("a;b\n1;2\n3;4;5\n6;7\n", ";"),
    ],
)
def test_detect_delimiter(text: str, expected: str) -> None:
    assert detect_delimiter(text) == expected


def test_single_column_file_reads_with_comma(tmp_path: Path) -> None:
    table = read_bytes(b"Comment\nGood\nSlow\n", tmp_path)
    assert table.delimiter == ","
    assert table.headers == ["Comment"]
    assert table.rows == [["Good"], ["Slow"]]


def test_excel_sep_line_sets_delimiter_and_is_not_a_row(tmp_path: Path) -> None:
    table = read_bytes(b"sep=;\r\nName;Score\r\nAnn;4,5\r\n", tmp_path)
    assert table.delimiter == ";"
    assert table.headers == ["Name", "Score"]
    assert table.rows == [["Ann", "4,5"]]
    assert table.row_numbers == [2]


def test_semicolon_decimal_commas_stay_text(tmp_path: Path) -> None:
    table = read_bytes(b"a;b;c\n1;4,5;x\n", tmp_path)
    assert table.delimiter == ";"
    assert table.rows == [["1", "4,5", "x"]]


# --------------------------------------------------------------------------- rows


def test_quoted_newlines_and_doubled_quotes_count_as_one_record(tmp_path: Path) -> None:
    data = b'id,comment\n1,"line one\nline two\nsaid ""hi"""\n2,plain\n'
    table = read_bytes(data, tmp_path)
    assert table.rows == [["1", 'line one\nline two\nsaid "hi"'], ["2", "plain"]]
    assert table.row_numbers == [2, 3]  # records, as Excel numbers them, not physical lines


def test_blank_rows_skipped_but_numbering_kept(tmp_path: Path) -> None:
    data = b"\n\nName,Score\n\nAnn,5\n,,\n ,  \nBob,4\n"
    table = read_bytes(data, tmp_path)
    assert table.headers == ["Name", "Score"]
    assert table.rows == [["Ann", "5"], ["Bob", "4"]]
    assert table.row_numbers == [5, 8]


def test_ragged_rows_padded_or_counted_as_extra(tmp_path: Path) -> None:
    data = b"a,b,c\n1\n1,2,3,4,,5\n1,2,3,,\n"
    table = read_bytes(data, tmp_path)
    assert table.rows == [["1", "", ""], ["1", "2", "3"], ["1", "2", "3"]]
    assert all(len(r) == 3 for r in table.rows)
    assert table.extra_cells == {3: 2}  # row 3 has "4" and "5" beyond the header; row 4 none


def test_row_with_only_extra_cells_is_kept_for_rejection(tmp_path: Path) -> None:
    table = read_bytes(b"a,b\n1,2\n,,stray\n", tmp_path)
    assert table.rows == [["1", "2"], ["", ""]]
    assert table.extra_cells == {3: 1}


def test_trailing_blank_headers_dropped_inner_blank_kept(tmp_path: Path) -> None:
    table = read_bytes(b" a , ,c,,\n1,2,3,,\n", tmp_path)
    assert table.headers == ["a", "", "c"]
    assert table.rows == [["1", "2", "3"]]
    assert table.extra_cells == {}


def test_cells_stripped_outside_inner_text_kept(tmp_path: Path) -> None:
    table = read_bytes(b"  Name  ,Comment\n Ann , very   good  \n", tmp_path)
    assert table.headers == ["Name", "Comment"]
    assert table.rows == [["Ann", "very   good"]]


@pytest.mark.parametrize("newline", [b"\r\n", b"\r", b"\n"])
def test_any_line_ending(tmp_path: Path, newline: bytes) -> None:
    data = newline.join([b"a,b", b"1,2", b"3,4"]) + newline
    table = read_bytes(data, tmp_path)
    assert table.rows == [["1", "2"], ["3", "4"]]
    assert table.row_numbers == [2, 3]


def test_dos_end_of_file_mark_is_not_a_row(tmp_path: Path) -> None:
    table = read_bytes(b"a,b\n1,2\n\x1a", tmp_path)
    assert table.rows == [["1", "2"]]


def test_header_only_file_has_no_rows(tmp_path: Path) -> None:
    table = read_bytes(b"a,b\n", tmp_path)
    assert table.headers == ["a", "b"]
    assert table.rows == []


def test_read_table_bytes_matches_read_table(tmp_path: Path) -> None:
    data = "Дата;Оценка\n1;2\n".encode("cp1251")
    assert read_table_bytes(data, "x.csv") == read_bytes(data, tmp_path)


# --------------------------------------------------------------------------- CSV errors


def test_missing_file(tmp_path: Path) -> None:
    err = error_of(tmp_path / "nope.csv")
    assert err.code == "missing"
    assert isinstance(err, PlanError)


def test_folder_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert error_of(folder).code == "unreadable"


def test_too_large_refused_from_stat_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used, nothing worth reading
    started = time.perf_counter()
    err = error_of(path)
    assert err.code == "too_large"
    assert err.params["max_mb"] == 64
    assert time.perf_counter() - started < 0.5


def test_too_large_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 10)
    with pytest.raises(TableReadError) as info:
        read_table_bytes(b"a,b\n1,2\n3,4\n", "big.csv")
    assert info.value.code == "too_large"
    assert str(info.value).startswith("big.csv: ")


@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n\t\n", b"\xef\xbb\xbf", b"\xff\xfe" + " \n".encode("utf-16-le")],
)
def test_empty(tmp_path: Path, data: bytes) -> None:
    assert error_of(write(tmp_path, "empty.csv", data)).code == "empty"


def test_only_delimiters_has_no_header(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "blank.csv", b",,,\n,,\n , \n\n"))
    assert err.code == "no_header"


def test_png_is_not_text(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + bytes(17)
    err = error_of(write(tmp_path, "photo.csv", png))
    assert err.code == "not_text"
    assert "PNG" in err.message


def test_random_bytes_are_not_text(tmp_path: Path) -> None:
    rng = random.Random(7)
    for i in range(20):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(50, 5000)))
        err = error_of(write(tmp_path, f"junk{i}.csv", data))
        assert err.code in ("not_text", "old_excel", "bad_xlsx"), err.code


def test_control_characters_are_not_text(tmp_path: Path) -> None:
    data = bytes(range(1, 32)) * 20
    assert error_of(write(tmp_path, "ctl.csv", data)).code == "not_text"


def test_nul_bytes_not_utf16_are_not_text(tmp_path: Path) -> None:
    data = b"a,b\n1,2\x00\x00\x00\x00\n3,4\n"
    assert error_of(write(tmp_path, "nul.csv", data)).code == "not_text"


def test_ole2_is_old_excel(tmp_path: Path) -> None:
    data = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    err = error_of(write(tmp_path, "survey.xls", data))
    assert err.code == "old_excel"
    assert ".xlsx" in err.message and "CSV" in err.message


def test_html_saved_as_xls_is_not_supported(tmp_path: Path) -> None:
    data = b"<html><body><table><tr><td>a</td></tr></table></body></html>"
    assert error_of(write(tmp_path, "report.xls", data)).code == "not_supported"


def test_unclosed_quote_eating_the_file_is_unreadable_with_row(tmp_path: Path) -> None:
    data = b'a,b\n1,2\n3,"never closed\n' + b"x" * 200_000 + b"\n"
    err = error_of(write(tmp_path, "quote.csv", data))
    assert err.code == "unreadable"
    assert err.params["row"] == 3
    assert "row 3" in err.message


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_ROWS", 3)
    ok = read_bytes(b"a\n1\n2\n3\n", tmp_path)
    assert len(ok.rows) == 3
    err = error_of(write(tmp_path, "many.csv", b"a\n1\n2\n3\n4\n"))
    assert err.code == "too_many_rows"
    assert err.params["max"] == 3


def test_too_many_columns_names_the_row(tmp_path: Path) -> None:
    wide = ",".join(["x"] * (MAX_COLUMNS + 1)).encode()
    err = error_of(write(tmp_path, "wide.csv", b"a,b\n1,2\n" + wide + b"\n"))
    assert err.code == "too_many_columns"
    assert err.params["row"] == 3
    ok = read_bytes(",".join(["h"] * MAX_COLUMNS).encode() + b"\n", tmp_path)
    assert len(ok.headers) == MAX_COLUMNS


def test_decode_text_refuses_binary() -> None:
    with pytest.raises(TableReadError) as info:
        decode_text(b"\x00\x01\x02\x03" * 100)
    assert info.value.code == "not_text"


# --------------------------------------------------------------------------- XLSX

SURVEY_ROWS = (
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
    '<c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Total</t></is></c>'
    '<c r="E1" t="s"><v>3</v></c></row>'
    # row 2: a date, a gap in B, a float, a formula with its cached value, a rich string
    '<row r="2"><c r="A2" s="1"><v>45352</v></c><c r="C2" s="0"><v>4.5</v></c>'
    '<c r="D2"><f>C2*2</f><v>9</v></c><c r="E2" t="s"><v>4</v></c></row>'
    # row 3 is absent; row 4: date+time, integral float, formula string, boolean
    '<row r="4"><c r="A4" s="2"><v>45352.4375</v></c><c r="B4"><v>8.0</v></c>'
    '<c r="C4"><v>0.30000000000000004</v></c>'
    '<c r="D4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="E4" t="b"><v>1</v></c></row>'
    # row 5: blank (styled only); row 6: error, FALSE, custom date, not-a-date custom formats
    '<row r="5"><c r="A5" s="3"/></row>'
    '<row r="6"><c r="A6" s="3"><v>45383</v></c><c r="B6" t="e"><v>#N/A</v></c>'
    '<c r="C6" s="4"><v>3</v></c><c r="D6" s="5"><v>12</v></c><c r="E6" t="b"><v>0</v></c>'
    "</row>"
)
SURVEY_SHARED = [
    "Date",
    "Segment",
    "Score",
    "Comment",
    "<si><r><t>Very </t></r><r><rPr><b/></rPr><t>good</t></r>"
    '<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>',
]


def test_xlsx_minimal_workbook(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "survey.xlsx", [("Responses", SURVEY_ROWS)], SURVEY_SHARED)
    table = read_table(path)
    assert table.source_format == "xlsx"
    assert (table.encoding, table.delimiter, table.sheet_name) == (None, None, "Responses")
    assert table.headers == ["Date", "Segment", "Score", "Total", "Comment"]
    assert table.rows == [
        ["2024-03-01", "", "4.5", "9", "Very good"],
        ["2024-03-01T10:30:00", "8", "0.3", "xy", "TRUE"],
        ["2024-04-01", "#N/A", "3", "12", "FALSE"],
    ]
    assert table.row_numbers == [2, 4, 6]
    assert table.extra_cells == {}


def test_xlsx_extension_does_not_matter(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "survey.csv", [("S", SURVEY_ROWS)], SURVEY_SHARED)
    assert read_table(path).source_format == "xlsx"
    data = path.read_bytes()
    assert read_table_bytes(data, "upload").headers[0] == "Date"


def test_xlsx_date1904_and_time_only(tmp_path: Path) -> None:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>When</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>At</t></is></c></row>'
        '<row r="2"><c r="A2" s="1"><v>0</v></c><c r="B2" s="6"><v>0.75</v></c></row>'
    )
    path = make_xlsx(tmp_path / "mac.xlsx", [("S", rows)], date1904=True)
    assert read_table(path).rows == [["1904-01-01", "18:00:00"]]
    path = make_xlsx(tmp_path / "win.xlsx", [("S", rows)])
    assert read_table(path).rows == [["1899-12-30", "18:00:00"]]


def test_xlsx_early_1900_dates_follow_excel(tmp_path: Path) -> None:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>d</t></is></c></row>'
        '<row r="2"><c r="A2" s="1"><v>1</v></c></row>'
        '<row r="3"><c r="A3" s="1"><v>59</v></c></row>'
        '<row r="4"><c r="A4" s="1"><v>61</v></c></row>'
    )
    table = read_table(make_xlsx(tmp_path / "d.xlsx", [("S", rows)]))
    assert [r[0] for r in table.rows] == ["1900-01-01", "1900-02-28", "1900-03-01"]


def test_xlsx_cells_without_references_and_wide_gap(tmp_path: Path) -> None:
    rows = (
        '<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c>'
        '<c r="E1" t="inlineStr"><is><t>e</t></is></c></row>'
        "<row><c><v>1</v></c><c><v>2</v></c></row>"
    )
    table = read_table(make_xlsx(tmp_path / "noref.xlsx", [("S", rows)]))
    assert table.headers == ["a", "b", "", "", "e"]
    assert table.rows == [["1", "2", "", "", ""]]
    assert table.row_numbers == [2]


def test_xlsx_ragged_row_counts_extra_cells(tmp_path: Path) -> None:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>'
        '<row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c><c r="D2"><v>4</v></c></row>'
    )
    table = read_table(make_xlsx(tmp_path / "ragged.xlsx", [("S", rows)]))
    assert table.rows == [["1"]]
    assert table.extra_cells == {2: 2}


def test_xlsx_escaped_control_characters(tmp_path: Path) -> None:
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>'
    )
    table = read_table(make_xlsx(tmp_path / "x.xlsx", [("S", rows)], ["h", "one_x000D_\ntwo"]))
    assert table.rows == [["one\r\ntwo"]]


def test_xlsx_first_visible_worksheet_in_workbook_order(tmp_path: Path) -> None:
    first = '<row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>'
    hidden = '<row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row>'
    # Relationship ids deliberately not in tab order: the <sheets> order decides.
    path = make_xlsx(
        tmp_path / "order.xlsx",
        [("Secret", hidden), ("Answers", first)],
        hidden={"Secret"},
        sheet_rels=[
            ("rIdS2", WS_TYPE, "worksheets/sheet2.xml"),
            ("rIdS1", WS_TYPE, "worksheets/sheet1.xml"),
        ],
    )
    table = read_table(path)
    assert table.sheet_name == "Answers"
    assert table.headers == ["first"]


def test_xlsx_skips_chartsheet_before_worksheet(tmp_path: Path) -> None:
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>data</t></is></c></row>'
    path = make_xlsx(
        tmp_path / "chart.xlsx",
        [("Chart1", ""), ("Data", rows)],
        sheet_rels=[
            ("rIdS1", REL_NS + "/chartsheet", "chartsheets/sheet1.xml"),
            ("rIdS2", WS_TYPE, "worksheets/sheet2.xml"),
        ],
    )
    assert read_table(path).sheet_name == "Data"


def test_xlsx_strict_ooxml_namespace(tmp_path: Path) -> None:
    strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    path = tmp_path / "strict.xlsx"
    make_xlsx(path, [("S", "")], styles=None)
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>strict</t></is></c></row>'
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(MAIN_NS.encode(), strict.encode())
    parts["xl/worksheets/sheet1.xml"] = sheet_xml(rows, strict).encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, content in parts.items():
            dst.writestr(name, content)
    assert read_table(path).headers == ["strict"]


def test_xlsx_styled_cell_far_right_without_value_is_harmless(tmp_path: Path) -> None:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" s="1"/></row>'
        '<row r="2"><c r="A2"><v>1</v></c></row>'
    )
    table = read_table(make_xlsx(tmp_path / "styled.xlsx", [("S", rows)]))
    assert table.headers == ["a"]
    assert table.rows == [["1"]]


def test_xlsx_value_at_xfd_is_too_many_columns(tmp_path: Path) -> None:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>'
        '<row r="7"><c r="XFD7"><v>1</v></c></row>'
    )
    err = error_of(make_xlsx(tmp_path / "xfd.xlsx", [("S", rows)]))
    assert err.code == "too_many_columns"
    assert err.params["row"] == 7
    assert err.params["columns"] == 16384


def test_xlsx_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_ROWS", 2)
    rows = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 5))
    err = error_of(make_xlsx(tmp_path / "rows.xlsx", [("S", rows)]))
    assert err.code == "too_many_rows"


def test_xlsx_empty_first_sheet(tmp_path: Path) -> None:
    err = error_of(make_xlsx(tmp_path / "blank.xlsx", [("Empty", "")]))
    assert err.code == "empty"
    assert "Empty" in err.message


def test_xlsx_streams_a_large_sheet(tmp_path: Path) -> None:
    """20,000 rows streamed row by row keep their values and numbers to the last row."""
    rows = "".join(
        f'<row r="{i}"><c r="A{i}"><v>{i}</v></c><c r="B{i}" t="inlineStr"><is><t>c{i}</t></is>'
        f"</c></row>"
        for i in range(2, 20_002)
    )
    head = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>n</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>text</t></is></c></row>'
    )
    table = read_table(make_xlsx(tmp_path / "big.xlsx", [("S", head + rows)]))
    assert len(table.rows) == 20_000
    assert table.rows[-1] == ["20001", "c20001"]
    assert table.row_numbers[-1] == 20_001


def test_xlsx_sheet_is_streamed_not_held_in_memory(tmp_path: Path) -> None:
    """30,000 styled-but-empty rows: as a tree they take ~35 MB; streamed, a few MB at most."""
    rows = '<row r="1"><c r="A1"><v>1</v></c></row>' + "".join(
        f'<row r="{i}"><c r="A{i}" s="4"/><c r="B{i}" s="4"/></row>' for i in range(2, 30_002)
    )
    path = make_xlsx(tmp_path / "blank_rows.xlsx", [("S", rows)])
    tracemalloc.start()
    try:
        table = read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert table.headers == ["1"] and table.rows == []
    assert peak < 10 * 1024 * 1024


def test_read_table_does_not_preallocate_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "small.csv", b"a,b\n1,2\n")
    tracemalloc.start()
    try:
        read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MAX_FILE_BYTES // 8


# --------------------------------------------------------------------------- XLSX refusals


def test_ods_is_not_supported(tmp_path: Path) -> None:
    path = tmp_path / "survey.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    err = error_of(path)
    assert err.code == "not_supported"
    assert ".ods" in err.message


def test_xlsb_is_not_supported(tmp_path: Path) -> None:
    path = tmp_path / "survey.xlsb"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.bin", b"\x00\x01")
    assert error_of(path).code == "not_supported"


def test_other_zip_is_bad_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    err = error_of(path)
    assert err.code == "bad_xlsx"
    assert "not an Excel workbook" in err.message


def test_truncated_zip_is_bad_xlsx(tmp_path: Path) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [("S", SURVEY_ROWS)], SURVEY_SHARED).read_bytes()
    err = error_of(write(tmp_path, "cut.xlsx", good[: len(good) // 2]))
    assert err.code == "bad_xlsx"


def test_malformed_sheet_xml_is_bad_xlsx(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "broken.xlsx", [("S", '<row r="1"><c r="A1"><v>1</v></row>')])
    assert error_of(path).code == "bad_xlsx"


def test_doctype_entity_expansion_is_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        f'<sst xmlns="{MAIN_NS}"><si><t>&lol3;</t></si></sst>'
    )
    path = make_xlsx(
        tmp_path / "lol.xlsx", [("S", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>')], []
    )
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    parts["xl/sharedStrings.xml"] = laughs.encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, content in parts.items():
            dst.writestr(name, content)
    err = error_of(path)
    assert err.code == "bad_xlsx"
    assert "DOCTYPE" in err.message


def test_missing_shared_string_names_the_cell(tmp_path: Path) -> None:
    rows = '<row r="1"><c r="B1" t="s"><v>5</v></c></row>'
    err = error_of(make_xlsx(tmp_path / "ss.xlsx", [("S", rows)], ["only"]))
    assert err.code == "bad_xlsx"
    assert "B1" in err.message


def test_bad_cell_reference_is_bad_xlsx(tmp_path: Path) -> None:
    rows = '<row r="1"><c r="1A"><v>5</v></c></row>'
    assert error_of(make_xlsx(tmp_path / "ref.xlsx", [("S", rows)])).code == "bad_xlsx"


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "http://example.com/sheet.xml", "../../outside.xml"]
)
def test_external_or_outside_targets_are_never_followed(tmp_path: Path, target: str) -> None:
    path = make_xlsx(
        tmp_path / "ext.xlsx",
        [("S", '<row r="1"><c r="A1"><v>1</v></c></row>')],
        sheet_rels=[("rIdS1", WS_TYPE, target)],
    )
    err = error_of(path)
    assert err.code == "bad_xlsx"
    assert "no worksheet" in err.message


def test_zip_bomb_of_300_mb_is_refused_before_inflating(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "bomb.xlsx", [("S", "")])
    zero = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as zf,
        zf.open("xl/media/zeros.bin", "w", force_zip64=True) as fh,
    ):
        for _ in range(300):
            fh.write(zero)
    assert path.stat().st_size < 5 * 1024 * 1024
    started = time.perf_counter()
    err = error_of(path)
    assert err.code == "xlsx_bomb"
    assert time.perf_counter() - started < 1.0


def test_high_ratio_member_is_a_bomb(tmp_path: Path) -> None:
    rows = '<row r="1"><c r="A1"><v>1</v></c></row>' + "<row/>" * 400_000  # ~2.4 MB of repeats
    err = error_of(make_xlsx(tmp_path / "ratio.xlsx", [("S", rows)]))
    assert err.code == "xlsx_bomb"


def _patch_declared_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite a member's uncompressed size in its local header and the central directory."""
    out = bytearray(data)
    name = member.encode()
    pos = 0
    while (local := out.find(b"PK\x03\x04", pos)) >= 0:
        name_len = struct.unpack_from("<H", out, local + 26)[0]
        if out[local + 30 : local + 30 + name_len] == name:
            struct.pack_into("<I", out, local + 22, size)
        pos = local + 4
    pos = 0
    while (central := out.find(b"PK\x01\x02", pos)) >= 0:
        name_len = struct.unpack_from("<H", out, central + 28)[0]
        if out[central + 46 : central + 46 + name_len] == name:
            struct.pack_into("<I", out, central + 24, size)
        pos = central + 4
    return bytes(out)


def test_lying_declared_size_is_caught(tmp_path: Path) -> None:
    rows = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 5000))
    good = make_xlsx(tmp_path / "good.xlsx", [("S", rows)]).read_bytes()
    assert len(read_table_bytes(good).rows) == 4998
    lying = _patch_declared_size(good, "xl/worksheets/sheet1.xml", 1000)
    with pytest.raises(TableReadError) as info:
        read_table_bytes(lying, "lying.xlsx")
    assert info.value.code in ("bad_xlsx", "xlsx_bomb")
    assert "lying.xlsx" in str(info.value)


def test_streamed_bytes_are_counted_against_the_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The running count, not just the declared sizes, stops inflation."""
    path = make_xlsx(tmp_path / "b.xlsx", [("S", '<row r="1"><c r="A1"><v>1</v></c></row>')])
    with zipfile.ZipFile(path) as zf:
        budget = tabular._Budget("b.xlsx")
        budget.left = 10
        info = zf.getinfo("xl/worksheets/sheet1.xml")
        with pytest.raises(TableReadError) as err:
            list(budget.chunks(zf, info))
    assert err.value.code == "xlsx_bomb"


def test_no_raw_exception_escapes_for_damaged_workbooks(tmp_path: Path) -> None:
    """Flip bytes all over a valid workbook: only TableReadError (or a table) may come out."""
    good = make_xlsx(tmp_path / "good.xlsx", [("S", SURVEY_ROWS)], SURVEY_SHARED).read_bytes()
    rng = random.Random(3)
    for _ in range(150):
        data = bytearray(good)
        for _ in range(rng.randrange(1, 8)):
            data[rng.randrange(4, len(data))] = rng.randrange(256)
        try:
            read_table_bytes(bytes(data), "fuzz.xlsx")
        except TableReadError as exc:
            assert str(exc).startswith("fuzz.xlsx: ")


def test_error_carries_code_params_and_file(tmp_path: Path) -> None:
    err = TableReadError(tmp_path / "a.csv", "too_many_rows", "too many", {"max": 1})
    assert err.code == "too_many_rows"
    assert err.params == {"max": 1}
    assert err.detail == "too many"
    assert str(err) == f"{tmp_path / 'a.csv'}: too many"
    assert err.path == tmp_path / "a.csv"
    assert str(TableReadError("", "empty", "the file is empty")) == "the file is empty"


def test_speed_is_close_to_csv_reader(tmp_path: Path) -> None:
    """A 20k x 50 CSV: read_table costs at most a few times bare csv.reader (no per-cell work)."""
    rng = random.Random(5)
    words = ["9", "10", "4,5", "yes", "", "Good service", "2024-01-02"]
    lines = [",".join(f"Q{i}" for i in range(50))]
    lines += [",".join(rng.choice(words) for _ in range(50)) for _ in range(20_000)]
    data = ("\n".join(lines) + "\n").encode()

    def bare() -> None:
        list(csv.reader(io.StringIO(data.decode(), newline="")))

    def ours() -> None:
        read_table_bytes(data, "speed.csv")

    def best(fn: Callable[[], None]) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        return min(times)

    assert best(ours) < 3 * best(bare) + 0.05


# --------------------------------------------------------------------------- reliability fixes


@pytest.mark.parametrize(
    "text",
    [
        "Kommentar;Ort\nschöne Atmosphäre;Zürich\nsehr freundlich, gemütlich;Köln\n",
        "commentaire,ville\ntrès agréable, un peu cher,Genève\nservice soigné,Besançon\n",
        "comentario,ciudad\nmuy amable, buen café,Logroño\natención rápida,Cádiz\n",
        "kommentar;stad\nTrevlig personal, bra kaffe;Malmö\nLite väntetid;Västerås\n",
    ],
    ids=["de", "fr", "es", "sv"],
)
def test_windows_1252_is_not_read_as_cyrillic(tmp_path: Path, text: str) -> None:
    """Excel's CSV in Western Europe is Windows-1252; it was read as cp1251 ("schцne")."""
    table = read_bytes(text.encode("cp1252"), tmp_path)
    assert table.encoding == "cp1252"
    assert not table.encoding_ambiguous
    expected = read_bytes(text.encode("utf-8"), tmp_path, "utf8.csv")
    assert (table.headers, table.rows) == (expected.headers, expected.rows)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Оценка;Комментарий\n9;Хорошо\n3;Плохо обслужили, долго ждали\n", "cp1251"),
        ("Имя\nЕва\n", "cp1251"),
        ("日期,满意度,评论\n2024-01-02,5,服务很好\n", "gbk"),
        ("评论\n水平\n", "gbk"),
    ],
)
def test_cyrillic_and_chinese_still_recognised(tmp_path: Path, text: str, encoding: str) -> None:
    table = read_bytes(text.encode(encoding), tmp_path)
    assert table.encoding == encoding
    expected = read_bytes(text.encode("utf-8"), tmp_path, "utf8.csv")
    assert (table.headers, table.rows) == (expected.headers, expected.rows)


def test_a_close_call_is_flagged(tmp_path: Path) -> None:
    """One accented letter could be either: the reader says it guessed."""
    table = read_bytes("name\nÅ ja\n".encode("cp1252"), tmp_path)
    assert table.encoding_ambiguous
    clear = read_bytes("Kommentar\nschöne Atmosphäre, Zürich\n".encode("cp1252"), tmp_path)
    assert not clear.encoding_ambiguous


def test_encoding_can_be_chosen(tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", "Kommentar\nschöne Atmosphäre\n".encode("cp1252"))
    assert read_table(path, encoding="cp1251").rows == [["schцne Atmosphдre"]]
    assert read_table(path, encoding="cp1252").rows == [["schöne Atmosphäre"]]
    with pytest.raises(TableReadError) as info:
        read_table(path, encoding="utf-8")
    assert "cannot be read as UTF-8" in str(info.value)
    assert "line 2 has a byte (0xF6)" in str(info.value)
    bom = write(tmp_path, "b.csv", b"\xef\xbb\xbfnps\n9\n")
    assert read_table(bom, encoding="utf-8").headers == ["nps"]


def test_file_display_name_of_a_latin1_name(tmp_path: Path) -> None:
    import os

    raw = os.fsencode(str(tmp_path)) + b"/Z\xfcrich.csv"
    with open(raw, "wb") as fh:
        fh.write(b"nps\n9\n")
    path = Path(os.fsdecode(raw))
    assert tabular.file_display_name(path) == "Zürich.csv"
    assert tabular.file_display_name(tmp_path / "ok.csv") == "ok.csv"
    assert read_table(path).rows == [["9"]]


@pytest.mark.parametrize("index", ["-1", "-4", "3", "1e2", " 0"])
def test_xlsx_shared_string_index_out_of_range_names_the_cell(tmp_path: Path, index: str) -> None:
    """-1 read the last shared string, -4 a header, into a comment column."""
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        f'<row r="2"><c r="A2"><v>9</v></c><c r="B2" t="s"><v>{index}</v></c></row>'
    )
    path = make_xlsx(tmp_path / "s.xlsx", [("Answers", rows)], ["nps", "comment", "ok"])
    err = error_of(path)
    assert err.code == "bad_xlsx"
    if index != " 0":
        assert 'cell B2 on sheet "Answers"' in err.message
        assert "missing shared string" in err.message


PERCENT_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN_NS}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot; pts&quot;%"/></numFmts>'
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/>'
    '<xf numFmtId="164"/></cellXfs></styleSheet>'
)


def test_xlsx_percent_cells_read_as_a_csv_shows_them(tmp_path: Path) -> None:
    """A cell formatted 20% arrived as 0.2, while "20%" in a CSV arrives as 20."""
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>share</t></is></c></row>'
        '<row r="2"><c r="A2" s="1"><v>0.2</v></c></row>'
        '<row r="3"><c r="A3" s="2"><v>0.125</v></c></row>'
        '<row r="4"><c r="A4" s="3"><v>0.07</v></c></row>'
        '<row r="5"><c r="A5" s="0"><v>0.2</v></c></row>'
    )
    path = make_xlsx(tmp_path / "p.xlsx", [("S", rows)], styles=PERCENT_STYLES)
    assert read_table(path).rows == [["20%"], ["12.5%"], ["7%"], ["0.2"]]
    from plan.numbers import parse_decimal

    csv_value = read_bytes(b"share\n20%\n", tmp_path).rows[0][0]
    assert parse_decimal(read_table(path).rows[0][0]) == parse_decimal(csv_value) == 20


@pytest.mark.parametrize("number", [str(2**63), str(2**64 + 5), "1048577", "0", "12a"])
def test_xlsx_impossible_row_number_is_refused_naming_the_sheet(
    tmp_path: Path, number: str
) -> None:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>nps</t></is></c></row>'
        f'<row r="{number}"><c r="A2"><v>9</v></c></row>'
    )
    err = error_of(make_xlsx(tmp_path / "r.xlsx", [("Answers", rows)]))
    assert err.code == "bad_xlsx"
    assert 'sheet "Answers"' in err.message and number in err.message


def test_xlsx_odd_number_cells_are_kept_as_cell_problems(tmp_path: Path) -> None:
    """A date serial past 9999 or "0x10" refused the whole workbook, naming no cell."""
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>nps</t></is></c></row>'
        '<row r="2"><c r="A2" s="1"><v>2958465.99999999</v></c><c r="B2"><v>9</v></c></row>'
        '<row r="3"><c r="A3" s="1"><v>45000</v></c><c r="B3"><v>0x10</v></c></row>'
        '<row r="4"><c r="A4" s="1"><v>45001</v></c><c r="B4"><v>7</v></c></row>'
    )
    table = read_table(make_xlsx(tmp_path / "odd.xlsx", [("Answers", rows)]))
    assert table.rows[2] == ["2023-03-16", "7"]
    assert table.rows[0][0] == "2958465.99999999"
    problems = {
        n: [(p.column, p.cell, p.code) for p in ps] for n, ps in table.cell_problems.items()
    }
    assert problems == {2: [(0, "A2", "cell_date_range")], 3: [(1, "B3", "cell_not_number")]}


def test_xlsx_1904_serial_past_9999_is_a_cell_problem(tmp_path: Path) -> None:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c></row>'
        '<row r="2"><c r="A2" s="1"><v>2958000</v></c></row>'
    )
    table = read_table(make_xlsx(tmp_path / "mac.xlsx", [("Mac", rows)], date1904=True))
    (problem,) = table.cell_problems[2]
    assert (problem.cell, problem.code) == ("A2", "cell_date_range")
    assert "past the year 9999" in problem.reason


def _with_active_tab(path: Path, tab: int) -> Path:
    """Rewrite a workbook made by make_xlsx so it was saved showing tab `tab`."""
    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    workbook = members["xl/workbook.xml"].decode()
    workbook = workbook.replace(
        "<sheets>", f'<bookViews><workbookView activeTab="{tab}"/></bookViews><sheets>'
    )
    members["xl/workbook.xml"] = workbook.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_xlsx_reads_the_active_sheet_or_the_one_asked_for(tmp_path: Path) -> None:
    """A cover page first in tab order is not the data: the sheet the workbook was saved on
    is read, and another can be chosen by name."""
    cover = '<row r="1"><c r="A1" t="inlineStr"><is><t>Customer survey 2025</t></is></c></row>'
    data = '<row r="1"><c r="A1" t="inlineStr"><is><t>nps</t></is></c></row>'
    path = make_xlsx(tmp_path / "book.xlsx", [("Cover", cover), ("Answers", data)])
    first = read_table(path)
    assert (first.sheet_name, first.sheet_names) == ("Cover", ("Cover", "Answers"))
    _with_active_tab(path, 1)
    assert read_table(path).sheet_name == "Answers"
    assert read_table(path, sheet="Cover").headers == ["Customer survey 2025"]
    assert read_table(path, sheet="answers").sheet_name == "Answers"
    with pytest.raises(TableReadError) as info:
        read_table(path, sheet="Nope")
    assert info.value.code == "unknown_sheet"
    assert '"Cover", "Answers"' in str(info.value)


def test_select_keeps_only_the_chosen_columns(tmp_path: Path) -> None:
    data = b"nps,,,comment,extra\n9,,,ok,x\n,,,,y\n,,,,\n8,,,fine,,spill\n"
    chosen: list[tabular.TableHead] = []

    def select(head: tabular.TableHead) -> list[int]:
        chosen.append(head)
        return [3, 0]

    table = read_table(write(tmp_path, "w.csv", data), select=select)
    assert chosen[0].headers == ["nps", "", "", "comment", "extra"]
    assert table.headers == ["nps", "comment"]
    # Row 3 has text only in a column not read: kept empty, so it is counted as empty.
    assert table.rows == [["9", "ok"], ["", ""], ["8", "fine"]]
    assert table.row_numbers == [2, 3, 5]
    assert table.extra_cells == {5: 1}
    assert (table.left_out, table.unnamed_columns) == (("extra",), 2)


def test_wide_workbook_memory_is_the_chosen_columns(tmp_path: Path) -> None:
    """Rows reaching column ALL (the 1,000th) with one value there: held as full rows,
    100,000 of them took 906 MB; only the two chosen columns are held now."""
    from tests.reliability.corpus import write_wide_xlsx

    path = tmp_path / "wide.xlsx"
    write_wide_xlsx(path, rows=5_000)
    tracemalloc.start()
    try:
        table = read_table(path, select=lambda head: [0, len(head.headers) - 1])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert table.headers == ["nps", "comment"] and len(table.rows) == 5_000
    assert table.unnamed_columns == 998
    assert peak < 8 * 1024 * 1024, f"{peak / 1048576:.1f} MB"  # was ~45 MB
