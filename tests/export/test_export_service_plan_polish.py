"""The Service Plan as a client reads it: no instructions to the program's user, no empty or
contradictory blocks, one precision per figure, the real difference stated, small groups
flagged, charts clear of tables and headings kept with what follows (issue 16)."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pdf_checks import pdf_text, squash

from export.service_plan import (
    SECTIONS,
    ExportOptions,
    NothingToPrintError,
    render_service_plan,
    write_service_plan,
)
from plan import LANGUAGES
from plan.demo import create_demo
from plan.store import PlanStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_text(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], str]]:
    """pdftotext of the demo plan's Service Plan per language (whitespace removed)."""
    folder = tmp_path_factory.mktemp("polish")
    made: dict[str, str] = {}
    stores: list[PlanStore] = []

    def get(language: str) -> str:
        if language not in made:
            store = create_demo(folder / f"demo-{language}.svcplan", language)
            stores.append(store)
            out = folder / f"plan-{language}.pdf"
            write_service_plan(store, out, ExportOptions(invariant=True))
            made[language] = pdf_text(out)
        return made[language]

    yield get
    for store in stores:
        store.close()


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    return pdf_text(path)


STEP_WORDS = {"en": ("(step", "step 4"), "ru": ("(шаг", "на шаге"), "zh": ("第 2 步", "第 4 步")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_client_text_never_mentions_the_programs_steps(language: str, tmp_path: Path) -> None:
    store = PlanStore.memory(language)
    store.profile.set_field("business_name", "Harbour Lane")
    text = _text(render_service_plan(store, ExportOptions(invariant=True)), tmp_path)
    for words in STEP_WORDS[language]:
        assert squash(words) not in text, words


def test_evidence_does_not_tell_the_reader_what_to_do(demo_text: Callable[[str], str]) -> None:
    text = demo_text("en")
    assert squash("to confirm") not in text
    assert squash("read the detractors") not in text


def test_every_table_column_has_a_header_and_the_appendix_repeats_no_table(
    demo_text: Callable[[str], str],
) -> None:
    text = demo_text("en")
    assert squash("Figure Answers Value") in text  # the survey table's value column
    appendix_b = text.split(squash("B. Survey statistics"))[-1]
    assert squash("Customer group") not in appendix_b  # that table is section 2's


def test_no_empty_profile_and_no_none_described_above_the_groups(tmp_path: Path) -> None:
    store = PlanStore.memory("en")  # no profile fields, no customer groups
    text = _text(render_service_plan(store, ExportOptions(invariant=True)), tmp_path)
    assert squash("Profile") not in text  # a heading with nothing under it is left out


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_owners_view_states_the_difference(
    demo_text: Callable[[str], str], language: str
) -> None:
    text = demo_text(language)
    dimension = {"en": "Assurance", "ru": "Уверенность", "zh": "保证性"}[language]
    number = "+16,5" if language == "ru" else "+16.5"
    assert squash(f"{dimension} {number}") in text
    # The threshold as a whole number ("10"), never "10.0" beside "−10,9".
    assert not any(f"10{sep}0{word}" in text for sep in ".," for word in ("points", "балл", "分"))


def test_a_gap_has_one_precision_wherever_it_prints(demo_text: Callable[[str], str]) -> None:
    text = demo_text("en")
    # The summary's card, the goal in the summary and the goals table, the problem's evidence.
    assert text.count("−1.95") >= 4, text.count("−1.95")
    assert squash("a gap of −1.95") in text
    assert squash("−2.0 points") not in text


def test_a_small_customer_group_is_flagged(demo_text: Callable[[str], str]) -> None:
    text = demo_text("en")  # "Wholesale clients" answered 5 times
    # The flag sits under the group's name in its cell: pdftotext reads it after the row.
    row = text.split(squash("Wholesale clients"), 1)[1]
    assert row.startswith(squash("5 +20.0 80% 5.00 Reliability fewer than 30 answers")), row[:80]


def test_a_typed_place_shows_where_a_problem_is_seen(demo_text: Callable[[str], str]) -> None:
    assert squash("Counter, 8–9 a.m.") in demo_text("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_money_sources_in_no_foreign_currency_and_each_cited(
    demo_text: Callable[[str], str], language: str
) -> None:
    text = demo_text(language)
    sources = text.split(squash({"en": "Sources", "ru": "Источники", "zh": "资料来源"}[language]))
    tail = sources[-1][:600]
    assert "$1" not in tail and "美元" not in tail
    assert "90%" not in tail and "80%" not in tail  # claims with no citation are left out
    explained = {
        "en": "is not a loss on top",
        "ru": "не потеря сверх",
        "zh": "并不是在流失收入之外",
    }
    assert squash(explained[language]) in text


def test_nothing_to_print_is_an_error(tmp_path: Path) -> None:
    store = PlanStore.memory("en")
    with pytest.raises(NothingToPrintError, match="nothing to print"):
        render_service_plan(store, ExportOptions(sections=frozenset({"standards"})))
    plan = tmp_path / "empty.svcplan"
    PlanStore.create(plan, language="en").close()
    out = tmp_path / "out.pdf"
    result = subprocess.run(
        [
            *(sys.executable, str(ROOT / "main.py"), "export", str(plan), "-o", str(out)),
            *("--sections", "standards", "--no-branding"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "nothing to print" in result.stderr
    assert not out.exists()


def test_export_help_lists_every_section() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    for section in SECTIONS:
        assert section in result.stdout, section


# -- layout: where reportlab put each flowable -------------------------------------------------


def _placed(store: PlanStore, monkeypatch: pytest.MonkeyPatch, **options: Any) -> list[Any]:
    """(page, kind, bottom, top) of every flowable drawn, in order."""
    from reportlab.platypus.flowables import Flowable

    from export.service_plan.flowables import _flowables

    placed: list[Any] = []
    depth = [0]  # the cells of a table are drawn inside it: only the top level is recorded
    original = Flowable.drawOn
    chart_class = _flowables().Chart
    table_class = _flowables().Table

    def draw_on(self: Any, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if isinstance(self, chart_class):
            kind, height = "chart", self.drawing.height * self.scale
        elif isinstance(self, table_class):
            kind, height = "table", self._height
        elif getattr(self, "_service_plan_heading", None) is not None:
            kind, height = "heading", self.height
        else:
            kind, height = type(self).__name__, getattr(self, "height", 0.0)
        if not depth[0]:
            placed.append((canvas.getPageNumber(), kind, y, y + height))
        depth[0] += 1
        try:
            original(self, canvas, x, y, _sW)
        finally:
            depth[0] -= 1

    monkeypatch.setattr(Flowable, "drawOn", draw_on)
    render_service_plan(store, ExportOptions(invariant=True, **options))
    return placed


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_charts_keep_clear_of_the_table_above_and_headings_of_the_page_foot(
    paper: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = create_demo(tmp_path / "demo.svcplan", "en")
    try:
        placed = _placed(store, monkeypatch, paper=paper)
    finally:
        store.close()
    pairs = list(itertools.pairwise(placed))
    charts_under_tables = [
        (above, below)
        for above, below in pairs
        if above[1] == "table" and below[1] == "chart" and above[0] == below[0]
    ]
    if paper == "a4":  # the NPS chart under the survey table (on Letter, a page apart)
        assert charts_under_tables, [p for p in placed if p[1] in ("chart", "table")]
    for above, below in charts_under_tables:
        assert above[2] - below[3] >= 4, (above, below)  # the chart's top under the rule
    for current, following in pairs:
        if current[1] == "heading":  # what a heading introduces starts on its page
            assert following[0] == current[0], (current, following)


# -- the summary, the matrix, Chinese bold -----------------------------------------------------


def test_the_summary_cards_align_their_numbers_and_include_ces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.platypus import Paragraph

    store = create_demo(tmp_path / "demo.svcplan", "en")
    values: list[tuple[str, float]] = []
    original = Paragraph.drawOn

    def draw_on(self: Any, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        source = getattr(self, "_service_plan_text", None)
        if canvas.getPageNumber() == 3 and source and source[1].name.startswith("card_value"):
            values.append((source[0], y + self.height))  # the number's top
        original(self, canvas, x, y, _sW)

    monkeypatch.setattr(Paragraph, "drawOn", draw_on)
    try:
        text = squash(render_text(store, tmp_path))
    finally:
        store.close()
    assert [v for v, _ in values] == ["51", "−7.5", "64%", "4.83", "−1.95", "40"]
    first, second = {top for _, top in values[:3]}, {top for _, top in values[3:]}
    assert len(first) == 1 and len(second) == 1, values  # one line per row of cards
    assert squash("Customer effort") in text.split(squash("Focus problems"))[0]


def render_text(store: PlanStore, tmp_path: Path, **options: Any) -> str:
    return _text(render_service_plan(store, ExportOptions(invariant=True, **options)), tmp_path)


def test_the_summary_names_the_groups_spread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from export.service_plan.sections import summary

    store = create_demo(tmp_path / "demo.svcplan", "en")
    try:
        # The demo's readable groups differ by 17 points (under 20): nothing is said.
        assert squash("differ widely") not in render_text(store, tmp_path, sections=_summary())
        monkeypatch.setattr(summary, "GROUPS_SPREAD_POINTS", 10.0)
        text = render_text(store, tmp_path, sections=_summary())
    finally:
        store.close()
    # The 5-answer group (+20.0) is too small to be the finding; the readable ones are.
    assert squash("NPS −2.4 for Local residents against −19.5 for Office workers") in text


def _summary() -> frozenset[str]:
    return frozenset({"summary"})


def test_the_priority_matrix_explains_its_tints() -> None:
    from export import charts

    figure = charts.priority_matrix_figure(
        ["a", "b"],
        [5, 1],
        [5, 1],
        [True, False],
        frequency_label="f",
        impact_label="i",
        focus_label="Focus",
        other_label="Other",
        zone_labels=("Priority 15–25", "Priority 8–14", "Priority 1–7"),
    )
    legend = [t.get_text() for legend in figure.legends for t in legend.get_texts()]
    assert legend == ["Focus", "Other", "Priority 15–25", "Priority 8–14", "Priority 1–7"]


def test_chinese_headings_are_bold_and_still_text(tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader

    store = create_demo(tmp_path / "demo.svcplan", "zh")
    try:
        pdf = render_service_plan(store, ExportOptions(invariant=True, sections=_summary()))
    finally:
        store.close()
    page = PdfReader(io.BytesIO(pdf)).pages[2]
    content = page.get_contents().get_data().decode("latin-1")
    assert "2 Tr" in content  # drawn filled and outlined: bold from the regular face
    assert "执行摘要" in page.extract_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_chart_text_is_text_in_the_embedded_fonts(
    demo_text: Callable[[str], str], language: str
) -> None:
    text = demo_text(language)
    title = {
        "en": "Complaints by category",
        "ru": "Жалобы по категориям",
        "zh": "按类别统计的投诉",
    }[language]
    assert squash(title) in text  # the Pareto chart's title: searchable, selectable
    assert squash("NPS −7,5" if language == "ru" else "NPS −7.5") in text  # the NPS chart


def test_a_long_table_leaves_no_lone_row_on_either_page() -> None:
    from export.service_plan.flowables import MIN_SPLIT_ROWS, _flowables

    rows = [["No.", "Statement"]] + [[str(n), f"Statement {n}"] for n in range(1, 31)]
    table = _flowables().Table(rows, colWidths=[40, 300], rowHeights=[20] * 31, repeatRows=1)
    table.frame_height = 700.0
    table.wrap(340, 1e6)
    for fits in range(1, 30):  # room for the header and `fits` rows on this page
        parts = table.split(340, 20 * (fits + 1) + 1)
        if not parts:
            assert fits < MIN_SPLIT_ROWS  # too few to start here: the table moves on whole
            continue
        first, second = (len(part._cellvalues) - 1 for part in parts)
        assert first >= MIN_SPLIT_ROWS and second >= MIN_SPLIT_ROWS, (fits, first, second)
        assert first + second == 30


def test_the_cover_says_who_prepared_it_and_what_it_holds(tmp_path: Path) -> None:
    from export.service_plan import Branding

    store = PlanStore.memory("en")
    store.profile.set_field("business_name", "Harbour Lane")
    text = render_text(store, tmp_path, branding=Branding(firm="Northwind Advisory"))
    cover = text.split(squash("Contents"))[0]
    assert squash("Prepared by Northwind Advisory") in cover  # the firm, with no name typed
    assert squash("Service level, what customers say") in cover


def test_groups_without_importance_points_have_no_column_of_dashes(
    tmp_path: Path, demo_text: Callable[[str], str]
) -> None:
    store = PlanStore.memory("en")
    header = "date,segment,nps,csat,ces\n"
    rows = "".join(
        f"2026-10-{1 + k % 28:02d},{branch},{k % 11},{1 + k % 5},{1 + k % 7}\n"
        for branch in ("Central", "Airport")
        for k in range(40)
    )
    survey = tmp_path / "survey.csv"
    survey.write_text(header + rows, encoding="utf-8")
    from plan.imports import SURVEY, prepare_import

    store.imports.add(prepare_import(SURVEY, survey))
    text = render_text(store, tmp_path, sections=frozenset({"business"}))
    assert squash("Customer group Answers NPS CSAT CES") in text
    assert squash("Values most") not in text
    # The demo's groups did give importance points: the column is there, CES in two decimals.
    assert squash("Values most") in demo_text("en")
    assert squash("Local residents 42 −2.4 64% 4.95 Reliability") in demo_text("en")
