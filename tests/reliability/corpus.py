"""The corpus of bad import files: small ones kept in tests/data/bad_imports/, big ones made
at test time (a 50 MB file or a zip bomb does not belong in a repository).

Regenerate the small files after changing them here:

    .venv/bin/python tests/reliability/corpus.py

Each file's expected outcome is in EXPECTED (refused files) and in the tests.
"""

from __future__ import annotations

import codecs
import functools
import io
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "bad_imports"

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
    '<sheets><sheet name="Answers" sheetId="1" r:id="rId1"/></sheets></workbook>'
)


def workbook_rels(extra: str = "", sheet_target: str = "worksheets/sheet1.xml") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="{sheet_target}"/>'
        f"{extra}</Relationships>"
    )


def sheet(rows: str, prologue: str = '<?xml version="1.0" encoding="UTF-8"?>') -> str:
    return f'{prologue}<worksheet xmlns="{MAIN_NS}"><sheetData>{rows}</sheetData></worksheet>'


def inline_row(number: int, *cells: str) -> str:
    """A row of inline-string cells (text as Excel stores it; & and < already escaped)."""
    body = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{text}</t></is></c>'
        for i, text in enumerate(cells)
    )
    return f'<row r="{number}">{body}</row>'


def xlsx(
    sheet_xml: str,
    *,
    rels: str | None = None,
    extra: dict[str, bytes | str] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    members: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": rels if rels is not None else workbook_rels(),
        "xl/worksheets/sheet1.xml": sheet_xml,
        **(extra or {}),
    }
    return _zip(members, stored=compression == zipfile.ZIP_STORED)


GOOD_SHEET = sheet(
    inline_row(1, "nps", "comment") + inline_row(2, "9", "fine") + inline_row(3, "3", "slow")
)

# Formula-like text, and real formulas: imported as the text (or cached value), never run.
FORMULA_TEXTS = [
    '=HYPERLINK("http://example.com/steal?x=1","Click me")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "=1+1",
    "\t=tab first",
]


def _formula_csv() -> bytes:
    lines = ["nps,comment,segment"]
    for i, text in enumerate(FORMULA_TEXTS):
        quoted = '"' + text.replace('"', '""') + '"'
        lines.append(f"{i % 11},{quoted},{quoted}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _formula_xlsx() -> bytes:
    # Row 2: a formula with a cached value (the value is what Excel shows: it is imported).
    # Row 3: a formula without a cached value (never computed here: the cell is empty).
    # Row 4: a text cell that merely looks like a formula.
    rows = (
        inline_row(1, "nps", "comment") + '<row r="2"><c r="A2"><v>9</v></c><c r="B2" t="str">'
        '<f>HYPERLINK("http://example.com/x","Click")</f><v>Click</v></c></row>'
        '<row r="3"><c r="A3"><f>WEBSERVICE("http://example.com/")</f></c>'
        '<c r="B3" t="str"><f>1+1</f></c></row>'
        + inline_row(4, "7", "=HYPERLINK(&quot;http://example.com&quot;)")
    )
    return xlsx(sheet(rows))


def _cover_page_xlsx() -> bytes:
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
        '<sheets><sheet name="Cover" sheetId="1" r:id="rId1"/>'
        '<sheet name="Answers" sheetId="2" r:id="rId2"/></sheets></workbook>'
    )
    rels = workbook_rels(
        f'<Relationship Id="rId2" Type="{REL_NS}/worksheet" Target="worksheets/sheet2.xml"/>'
    )
    cover = sheet(inline_row(1, "Customer survey, spring 2025") + inline_row(3, "Prepared by"))
    return xlsx(
        cover,
        rels=rels,
        extra={"xl/workbook.xml": workbook, "xl/worksheets/sheet2.xml": GOOD_SHEET},
    )


ODD_CELLS_STYLES = (
    f'<styleSheet xmlns="{MAIN_NS}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/>'
    "</cellXfs></styleSheet>"
)


def _odd_cells_xlsx() -> bytes:
    """Row 3: a date serial that rounds past 9999-12-31; row 4: "0x10" as a number."""
    rows = (
        inline_row(1, "date", "nps")
        + '<row r="2"><c r="A2" s="1"><v>45000</v></c><c r="B2"><v>9</v></c></row>'
        + '<row r="3"><c r="A3" s="1"><v>2958465.99999999</v></c><c r="B3"><v>8</v></c></row>'
        + '<row r="4"><c r="A4" s="1"><v>45001</v></c><c r="B4"><v>0x10</v></c></row>'
    )
    styles_rel = f'<Relationship Id="rId9" Type="{REL_NS}/styles" Target="styles.xml"/>'
    return xlsx(
        sheet(rows), rels=workbook_rels(styles_rel), extra={"xl/styles.xml": ODD_CELLS_STYLES}
    )


def small_files() -> dict[str, bytes]:
    rng = random.Random(20250601)
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
        b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
        b"\x00\x00\x00IEND\xaeB`\x82"
    )
    good = xlsx(GOOD_SHEET)
    files: dict[str, bytes] = {
        # Wrong or broken encodings.
        "utf8-bom-then-invalid-bytes.csv": codecs.BOM_UTF8 + b"nps,comment\n9,ok\n8,\xff\xfe\xfa\n",
        "utf16-bom-odd-length.csv": codecs.BOM_UTF16_LE
        + "nps,comment\n9,ok\n".encode("utf-16-le")
        + b"\x41",
        "mixed-utf8-header-cp1251-rows.csv": "Оценка;Комментарий\n".encode()
        + "9;Хорошо\n3;Плохо обслужили\n".encode("cp1251"),
        # Ragged rows: every data row spills filled cells past the last column.
        "ragged-every-row.csv": b"nps,comment\n9,ok,extra,more\n8,fine,x\n7,,y,z,w\n",
        # Binary junk under a table's name.
        "random-bytes.csv": rng.randbytes(4096),
        "png-image.csv": png,
        "elf-binary.csv": b"\x7fELF\x02\x01\x01\x00" + bytes(8) + rng.randbytes(2000),
        "pdf-document.xlsx": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n",
        "gzip-archive.csv": b"\x1f\x8b\x08\x00" + rng.randbytes(500),
        "nul-bytes.csv": b"nps,comment\n9,o\x00k\n",
        "control-characters.csv": b"nps,comment\n" + bytes(range(1, 9)) * 40 + b"\n",
        "unclosed-quote.csv": b'nps,comment\n9,ok\n8,"never closed\n7,x\n' + b"y" * 5000 + b"\n",
        "html-saved-as.xls": b"<html><body><table><tr><td>nps</td></tr></table></body></html>",
        "old-excel-or-encrypted.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024),
        # Files with nothing to import.
        "empty.csv": b"",
        "whitespace-only.csv": b" \r\n\t\n  \n",
        "bom-only.csv": codecs.BOM_UTF8,
        "headers-only.csv": b"nps,csat,comment\n",
        "no-survey-column.csv": b"name,email\nAnn,ann@example.com\n",
        "every-value-bad.csv": b"nps,csat\nten,5.5\n11,0\n-1,six\n9.5,\n",
        "too-many-columns.csv": (",".join(f"c{i}" for i in range(1001)) + "\n1\n").encode(),
        # Damaged or hostile workbooks.
        "truncated.xlsx": good[: len(good) // 2],
        "zip-not-workbook.xlsx": _zip({"readme.txt": "not a workbook"}),
        "opendocument.xlsx": _zip(
            {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}, stored=True
        ),
        "billion-laughs.xlsx": xlsx(
            sheet(
                '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
                '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                + "".join(
                    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                    for i in range(1, 10)
                )
                + "]>",
            )
        ),
        "external-entity.xlsx": xlsx(
            sheet(
                '<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>',
                '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
            )
        ),
        "external-sheet-link.xlsx": xlsx(
            GOOD_SHEET,
            rels=(
                f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL_NS}">'
                f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" '
                'Target="http://example.com/sheet1.xml" TargetMode="External"/>'
                f'<Relationship Id="rId2" Type="{REL_NS}/worksheet" '
                'Target="../../../../etc/passwd"/></Relationships>'
            ),
        ),
        "missing-shared-string.xlsx": xlsx(sheet('<row r="1"><c r="A1" t="s"><v>99</v></c></row>')),
        "bad-cell-reference.xlsx": xlsx(
            sheet('<row r="1"><c r="1A" t="inlineStr"><is><t>nps</t></is></c></row>')
        ),
        # A shared-string index of -1 read the last string, -4 a header (into a comment).
        "negative-shared-string.xlsx": xlsx(
            sheet(
                inline_row(1, "nps", "comment")
                + '<row r="2"><c r="A2"><v>9</v></c><c r="B2" t="s"><v>-1</v></c></row>'
            ),
            extra={"xl/sharedStrings.xml": f'<sst xmlns="{MAIN_NS}"><si><t>x</t></si></sst>'},
        ),
        # A row number past 2^63 ended in an OverflowError traceback.
        "huge-row-number.xlsx": xlsx(
            sheet(inline_row(1, "nps") + f'<row r="{2**63}"><c r="A2"><v>9</v></c></row>')
        ),
        # A cover page first: the message names the sheet read and the others.
        "cover-page.xlsx": _cover_page_xlsx(),
        # Not refused: Windows-1252 (Excel's CSV in Western Europe), once stored as cp1251.
        "cp1252-excel.csv": "nps;comment\n9;schöne Atmosphäre\n7;Zürich\n".encode("cp1252"),
        # Not refused: odd cells are bad values in their rows, named by cell and sheet.
        "odd-cells.xlsx": _odd_cells_xlsx(),
        # Not refused: formulas become text (see test_formulas_are_text_never_evaluated).
        "formulas.csv": _formula_csv(),
        "formulas.xlsx": _formula_xlsx(),
        # Not refused: text escapes Excel writes (_xHHHH_), including a UTF-16 surrogate pair
        # for an emoji and a lone surrogate no text can hold.
        "escaped-characters.xlsx": xlsx(
            sheet(
                inline_row(1, "nps", "comment")
                + inline_row(2, "9", "smile _xD83D__xDE00_ done")
                + inline_row(3, "8", "broken _xD800_ half")
                + inline_row(4, "7", "line_x000D_break")
            )
        ),
    }
    return files


def _zip(members: dict[str, bytes | str], *, stored: bool = False) -> bytes:
    """A zip with fixed timestamps, so the corpus is the same bytes each time it is made."""
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", method) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = method
            zf.writestr(info, data)
    return buffer.getvalue()


# -- big files, made at test time --------------------------------------------------------------


def write_big_csv(path: Path, size: int = 50 * 1024 * 1024) -> None:
    """A 50 MB survey export whose every comment is far too long: nothing can be imported."""
    comment = "x" * 9_000  # over the 5,000-character limit for a comment
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("nps,comment\n")
        written = 12
        row = 0
        while written < size:
            line = f"{row % 11},{comment}{row}\n"
            fh.write(line)
            written += len(line)
            row += 1


def write_one_line_csv(path: Path, size: int = 8 * 1024 * 1024) -> None:
    """8 MB with no line break: one field bigger than any a table has."""
    block = b"y" * (1024 * 1024)
    with path.open("wb") as fh:
        fh.write(b"nps,comment\n9,")
        for _ in range(size // len(block)):
            fh.write(block)


def write_too_large(path: Path) -> None:
    """Over the 64 MB limit; sparse, so it costs no disk and no time to make."""
    with path.open("wb") as fh:
        fh.truncate(70 * 1024 * 1024)


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def _zip_of(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip written by hand: (name, raw deflate data, crc32, declared size) per member, so
    a member's data and its declared size can differ, as in a crafted file."""
    out = bytearray()
    central = bytearray()
    for name, packed, crc, declared in members:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(packed), declared,
            len(encoded), 0,
        )  # fmt: skip
        out += encoded + packed
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(packed), declared,
            len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += encoded
    start = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0
    )
    return bytes(out)


@functools.cache
def _repeated_crc(prefix: bytes, unit: bytes, count: int) -> int:
    crc = zlib.crc32(prefix)
    for _ in range(count):
        crc = zlib.crc32(unit, crc)
    return crc


def write_zip_bomb(path: Path, *, lying: bool) -> None:
    """An .xlsx whose worksheet unpacks to 1 GB of XML whitespace from about 1 MB.

    Honest: its header says 1 GB (to be refused before anything inflates). Lying: its header
    says 100 KB, so only counting the bytes as they stream can stop it. The CRC is right, so
    a reader without those guards would inflate all of it.
    """
    prefix = f'<?xml version="1.0"?><worksheet xmlns="{MAIN_NS}"><sheetData>'.encode()
    unit = b" " * 65536
    count = (1024 * 1024 * 1024) // len(unit)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    # Once the window holds nothing but spaces, each further unit compresses to the same
    # bytes: compress a few, then copy that block instead of compressing a gigabyte.
    head = compressor.compress(prefix + unit * 4) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(unit) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert block == compressor.compress(unit) + compressor.flush(zlib.Z_FULL_FLUSH)
    data = head + block * (count - 4) + compressor.flush(zlib.Z_FINISH)
    crc = _repeated_crc(prefix, unit, count)
    size = len(prefix) + count * len(unit)
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES.encode()),
        ("_rels/.rels", ROOT_RELS.encode()),
        ("xl/workbook.xml", WORKBOOK.encode()),
        ("xl/_rels/workbook.xml.rels", workbook_rels().encode()),
    ]
    members = [(n, _raw_deflate(d), zlib.crc32(d), len(d)) for n, d in parts]
    members.append(("xl/worksheets/sheet1.xml", data, crc, 100 * 1024 if lying else size))
    path.write_bytes(_zip_of(members))


def write_tree_bomb(path: Path, part: str, elements: int = 1_500_000) -> None:
    """A workbook with a part that is read as one tree (or was) made of `elements` tiny XML
    elements: a few MB in the zip, within the unpacked-size budget and the compression-ratio
    limit, but hundreds of MB once built as a tree. `part` is "styles" or "workbook"."""
    rng = random.Random(5)
    chunk = "".join(f'<xf numFmtId="{rng.randrange(10**6)}"/>' for _ in range(10_000))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        styles_rel = f'<Relationship Id="rId9" Type="{REL_NS}/styles" Target="styles.xml"/>'
        zf.writestr("xl/_rels/workbook.xml.rels", workbook_rels(styles_rel))
        zf.writestr("xl/worksheets/sheet1.xml", GOOD_SHEET)
        target = "xl/styles.xml" if part == "styles" else "xl/workbook.xml"
        if part == "styles":
            zf.writestr("xl/workbook.xml", WORKBOOK)
            opening, closing = f'<styleSheet xmlns="{MAIN_NS}"><cellXfs>', "</cellXfs></styleSheet>"
        else:
            zf.writestr("xl/styles.xml", f'<styleSheet xmlns="{MAIN_NS}"/>')
            opening, closing = (
                WORKBOOK.replace("</workbook>", "<definedNames>"),
                ("</definedNames></workbook>"),
            )
        with zf.open(target, "w", force_zip64=True) as fh:
            fh.write(opening.encode())
            data = chunk.encode()
            for _ in range(elements // 10_000):
                fh.write(data)
            fh.write(closing.encode())


def write_wide_csv(path: Path, size: int = 63 * 1024 * 1024) -> None:
    """Rows 1,000 columns wide, only the first and the last filled ("nps", 998 unnamed
    columns, "comment"): a spreadsheet whose user once typed in column ALL. Held as full
    rows it took 729 MB for 63 MB."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("nps" + "," * 999 + "comment\n")
        written = 1003 + 8
        row = 0
        while written < size:
            line = f"{row % 11}" + "," * 999 + f"fine {row}\n"
            fh.write(line)
            written += len(line)
            row += 1


def write_wide_xlsx(path: Path, rows: int = 20_000) -> None:
    """A workbook whose every row reaches column ALL (the 1,000th): "nps" in A, "comment" in
    ALL, nothing between. 1,000,000 such rows are 8.7 MB; before rows were cut to the
    mapped columns, 100,000 took 906 MB and 1,000,000 took 8.8 GB."""
    items = "".join(f"<si><t>{text}</t></si>" for text in ("nps", "comment", "fine"))
    strings = f'<sst xmlns="{MAIN_NS}">{items}</sst>'
    rel = f'<Relationship Id="rId9" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", workbook_rels(rel))
        zf.writestr("xl/sharedStrings.xml", strings)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0"?><worksheet xmlns="{MAIN_NS}"><sheetData>'.encode())
            fh.write(b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="ALL1" t="s"><v>1</v></c></row>')
            batch = []
            for n in range(2, rows + 2):
                batch.append(
                    f'<row r="{n}"><c r="A{n}"><v>{n % 11}</v></c>'
                    f'<c r="ALL{n}" t="s"><v>2</v></c></row>'
                )
                if len(batch) == 10_000:
                    fh.write("".join(batch).encode())
                    batch.clear()
            fh.write(("".join(batch) + "</sheetData></worksheet>").encode())


KEPT = {"README.md", ".gitattributes"}


def main() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    wanted = small_files()
    for old in CORPUS.iterdir():
        if old.name not in wanted and old.name not in KEPT:
            old.unlink()
    for name, data in wanted.items():
        (CORPUS / name).write_bytes(data)
    print(f"wrote {len(wanted)} files to {CORPUS}", file=sys.stderr)


if __name__ == "__main__":
    main()


# -- images ------------------------------------------------------------------------------------


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def blank_png(width: int, height: int) -> bytes:
    """A valid black RGB PNG of any size, made in milliseconds however large it is: every
    scanline is the same, so its compressed form is one block repeated (a decompression
    bomb when large: 20000×20000 is 1.2 GB of pixels in about 1 MB)."""
    row = bytes(1 + 3 * width)  # filter byte 0, then black pixels
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(row * 2) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeats = max(height - 3, 0)
    block = b""
    if repeats:
        block = compressor.compress(row) + compressor.flush(zlib.Z_FULL_FLUSH)
        again = compressor.compress(row) + compressor.flush(zlib.Z_FULL_FLUSH)
        if block != again:  # rows too short to settle: compress them all (small images)
            return _plain_png(width, height)
    last = compressor.flush(zlib.Z_FINISH)
    raw = first + block * (repeats + 1) + last if repeats else first + last
    rows_done = 2 + (repeats + 1 if repeats else 0)
    if rows_done != height:
        return _plain_png(width, height)
    adler = 1
    for _ in range(height):
        adler = zlib.adler32(row, adler)
    idat = b"\x78\xda" + raw + struct.pack(">I", adler)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def _plain_png(width: int, height: int) -> bytes:
    raw = bytes(1 + 3 * width) * height
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(raw, 9))
        + _png_chunk(b"IEND", b"")
    )
