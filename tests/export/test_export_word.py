"""export.word: the Service Plan as an editable Word document, read back with python-docx
(and, where LibreOffice is installed, converted to PDF as a client's word processor would)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pdf_checks import pdf_text, squash
from pypdf import PdfReader

from export.service_plan import ExportOptions, NothingToPrintError, render_service_plan
from export.word import format_for, render_word_plan, write_word_plan
from plan import LANGUAGES
from plan.demo import create_demo
from plan.store import PlanStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], PlanStore]]:
    folder = tmp_path_factory.mktemp("word")
    made: dict[str, PlanStore] = {}

    def get(language: str) -> PlanStore:
        if language not in made:
            made[language] = create_demo(folder / f"demo-{language}.svcplan", language)
        return made[language]

    yield get
    for store in made.values():
        store.close()


def _docx(data: bytes) -> Any:
    import docx

    return docx.Document(io.BytesIO(data))


def _all_text(document: Any) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_same_sections_and_subsections_as_the_pdf_as_word_headings(
    demo: Callable[[str], PlanStore], language: str
) -> None:
    store = demo(language)
    document = _docx(render_word_plan(store, ExportOptions(invariant=True)))
    headings = [
        (int(p.style.name.split()[-1]) - 1, p.text)
        for p in document.paragraphs
        if p.style.name in ("Heading 1", "Heading 2")
    ]
    outline = PdfReader(io.BytesIO(render_service_plan(store, ExportOptions(invariant=True))))

    def flatten(items: list[Any], level: int) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        for item in items:
            if isinstance(item, list):
                found += flatten(item, level + 1)
            else:
                found.append((level, item.title))
        return found

    assert headings == flatten(outline.outline, 0)


def test_tables_charts_and_figures_as_in_the_pdf(demo: Callable[[str], PlanStore]) -> None:
    from export.word.document import Chart, Group, WordDocument

    store = demo("en")
    document = _docx(render_word_plan(store, ExportOptions(invariant=True)))
    text = _all_text(document)
    for figure in ("−1.95", "+16.5", "$88,536", "Counter, 8–9 a.m.", "fewer than 30 answers"):
        assert figure in text, figure
    # Every chart of the PDF's story is a picture, at print resolution.
    pictures = document.inline_shapes
    built = WordDocument.chart
    charted: list[str] = []

    def counting(self: Any, key: str, *args: Any, **kwargs: Any) -> Any:
        charted.append(key)
        return built(self, key, *args, **kwargs)

    WordDocument.chart = counting  # type: ignore[method-assign]
    try:
        render_word_plan(store, ExportOptions(invariant=True))
    finally:
        WordDocument.chart = built  # type: ignore[method-assign]
    logo = 1  # the demo's logo on the cover
    assert len(pictures) == len(charted) + logo >= 8
    assert {"nps", "servqual", "views", "pareto", "matrix"} <= set(charted)
    widths = [shape.width for shape in pictures]
    assert max(widths) > 0
    assert Group and Chart  # the blocks the sections are recorded as
    # Native tables with a repeated, shaded header row.
    assert len(document.tables) >= 15
    headers = [t for t in document.tables if t.rows[0]._tr.xpath("./w:trPr/w:tblHeader")]
    assert len(headers) >= 12


def test_chinese_runs_have_an_east_asian_font_and_the_language_is_set(
    demo: Callable[[str], PlanStore],
) -> None:
    from docx.oxml.ns import qn

    document = _docx(render_word_plan(demo("zh"), ExportOptions(invariant=True)))
    normal = document.styles["Normal"].element.rPr
    assert normal.rFonts.get(qn("w:eastAsia"))
    assert normal.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    assert document.core_properties.language == "zh-CN"
    assert document.styles["Heading 1"].font.bold  # Chinese headings bold, not body text
    assert "服务计划" in _all_text(document)


def test_the_contents_is_a_field_and_the_footer_numbers_pages(
    demo: Callable[[str], PlanStore],
) -> None:
    data = render_word_plan(demo("ru"), ExportOptions(invariant=True))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode()
        footers = "".join(
            archive.read(name).decode()
            for name in archive.namelist()
            if name.startswith("word/footer")
        )
        settings = archive.read("word/settings.xml").decode()
    assert "TOC \\o" in body and "updateFields" in settings
    assert " PAGE " in footers and " NUMPAGES " in footers
    assert 'w:val="ru-RU"' in archive_styles(data)


def archive_styles(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/styles.xml").decode()


def test_hostile_text_is_written_verbatim() -> None:
    store = PlanStore.memory("en")
    store.profile.set_field("business_name", '<b>R&D</b> "Café" 咖啡')
    store.profile.set_field("industry", "Bakery\x0b and café")
    document = _docx(render_word_plan(store, ExportOptions(invariant=True)))
    text = _all_text(document)
    assert '<b>R&D</b> "Café" 咖啡' in text
    assert "Bakery and café" in text.replace("\x0b", "")


def test_nothing_to_print_is_refused_before_writing(tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    with pytest.raises(NothingToPrintError):
        write_word_plan(
            PlanStore.memory("en"), out, ExportOptions(sections=frozenset({"standards"}))
        )
    assert not out.exists()


def test_the_format_follows_the_extension_unless_chosen() -> None:
    assert format_for("plan.docx") == "docx" and format_for("PLAN.DOCX") == "docx"
    assert format_for("plan.pdf") == "pdf" and format_for("plan") == "pdf"
    assert format_for("plan.pdf", "docx") == "docx"


def test_the_command_line_writes_word_by_extension_or_format(tmp_path: Path) -> None:
    plan = tmp_path / "demo.svcplan"
    create_demo(plan, "en").close()
    for out, extra in ((tmp_path / "a.docx", []), (tmp_path / "b.out", ["--format", "docx"])):
        result = subprocess.run(
            [
                *(sys.executable, str(ROOT / "main.py"), "export", str(plan), "-o", str(out)),
                *("--no-branding", *extra),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert zipfile.is_zipfile(out) and "word/document.xml" in zipfile.ZipFile(out).namelist()


def test_libreoffice_opens_it_and_prints_the_plan(
    demo: Callable[[str], PlanStore], tmp_path: Path
) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (libreoffice-writer-nogui) is not installed")
    out = tmp_path / "plan.docx"
    write_word_plan(demo("en"), out, ExportOptions(invariant=True))
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True,
        check=True,
        timeout=240,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf = tmp_path / "plan.pdf"
    text = pdf_text(pdf)
    assert len(PdfReader(pdf).pages) >= 10
    for words in ("Executive summary", "Rosemary & Rye", "Why it pays", "Appendix"):
        assert squash(words) in text, words


def _template(tmp_path: Path) -> bytes:
    """A consultant's letterhead: Letter paper, their header, a body text, no Heading 1."""
    import docx
    from docx.shared import Inches

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.header.paragraphs[0].text = "Northwind Advisory — letterhead"
    document.add_paragraph("TEMPLATE BODY TEXT")
    heading = document.styles["Heading 1"].element
    heading.getparent().remove(heading)  # only latent in a template that never used it
    out = tmp_path / "template.docx"
    document.save(str(out))
    return out.read_bytes()


def test_a_consultants_template_is_the_base(
    demo: Callable[[str], PlanStore], tmp_path: Path
) -> None:
    from docx.shared import Inches

    from export.service_plan import Branding

    branding = Branding(word_template=_template(tmp_path))
    data = render_word_plan(demo("en"), ExportOptions(branding=branding, invariant=True))
    document = _docx(data)
    text = _all_text(document)
    assert "TEMPLATE BODY TEXT" not in text  # their body is replaced by the plan
    assert "Executive summary" in text
    section = document.sections[0]
    assert section.page_width == Inches(8.5)  # their page, not the export's A4
    assert "Northwind Advisory — letterhead" in section.header.paragraphs[0].text
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings and headings[0].text == "Executive summary"
    # The added heading style carries an outline level: Word's navigation pane lists it.
    assert document.styles["Heading 1"].element.xpath("./w:pPr/w:outlineLvl")
    # Pictures fit their page: none wider than its text width.
    width = section.page_width - section.left_margin - section.right_margin
    assert all(shape.width <= width + 12700 for shape in document.inline_shapes)


def test_a_template_that_is_not_a_word_document_is_refused(
    demo: Callable[[str], PlanStore],
) -> None:
    from export.service_plan import Branding
    from plan.errors import InvalidValueError

    with pytest.raises(InvalidValueError, match="not a Word document"):
        render_word_plan(
            demo("en"), ExportOptions(branding=Branding(word_template=b"%PDF-1.4 not a docx"))
        )


def test_every_chart_of_the_plan_as_files(
    demo: Callable[[str], PlanStore], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from export.chart_files import write_charts
    from export.word.document import plan_charts
    from plan.errors import PlanError

    store = demo("en")
    keys = [key for key, _ in plan_charts(store, ExportOptions())]
    assert {"nps", "servqual", "views", "pareto", "matrix", "goal_progress"} <= set(keys)
    written = write_charts(store, tmp_path / "charts")
    assert [p.name for p in written][:2] == [f"01-{keys[0]}.png", f"01-{keys[0]}.svg"]
    assert len(written) == 2 * len(keys)
    assert all(p.read_bytes()[:4] in (b"\x89PNG", b"<?xm") for p in written)
    # A file where the folder should be is refused, naming it.
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(PlanError, match="not a folder"):
        write_charts(store, blocker)


def test_the_command_line_writes_the_charts_alone_or_with_the_document(tmp_path: Path) -> None:
    plan = tmp_path / "demo.svcplan"
    create_demo(plan, "ru").close()

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "export", str(plan), "--no-branding", *extra],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )

    alone = run("--charts", str(tmp_path / "charts"))
    assert alone.returncode == 0, alone.stderr
    assert "charts (PNG and SVG)" in alone.stdout
    assert (tmp_path / "charts" / "01-radar.png").is_file()
    both = run("--charts", str(tmp_path / "more"), "-o", str(tmp_path / "plan.pdf"))
    assert both.returncode == 0 and (tmp_path / "plan.pdf").is_file()
    neither = run()
    assert neither.returncode == 2 and "-o OUT, --charts DIR" in neither.stderr
