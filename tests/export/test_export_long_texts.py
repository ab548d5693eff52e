"""Long and unprintable texts in a Service Plan or questionnaire: shortened with a note, never a
crash (reportlab's LayoutError), and never a cost that grows with the square of their length.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pdf_checks import assert_fonts_embedded, assert_qpdf_clean, pdf_text, squash
from pypdf import PdfReader

from export import fonts as font_files
from export import service_plan
from export.pdf_text import register_fonts
from export.service_plan import (
    ExportOptions,
    data,
    flowables,
    render_service_plan,
    styles,
    template,
    write_service_plan,
)
from export.service_plan import texts as document_texts
from export.survey_form import MAX_NAME_CHARS, render_survey_form
from plan import LANGUAGES
from plan.goals import Goal
from plan.problems import Problem
from plan.store import PlanStore

pytestmark = pytest.mark.skipif(
    font_files.cjk_font() is None, reason="no TrueType CJK font installed (fonts-wqy-microhei)"
)

SHORTENED = {"en": "(shortened)", "ru": "(сокращено)", "zh": "（已缩短）"}
WORDS = {"en": "Riverside bakery ", "ru": "Пекарня у реки ", "zh": "河边面包店，"}


def _words(language: str, length: int) -> str:
    text = WORDS[language] * (length // len(WORDS[language]) + 1)
    return text[:length]


def _write(tmp_path: Path, language: str, fill: Callable[[PlanStore], None]) -> Path:
    """A plan file made with the store's own setters, exported; the PDF's path."""
    plan = tmp_path / f"plan-{language}.svcplan"
    store = PlanStore.create(plan, language=language, fill=fill)
    out = tmp_path / f"plan-{language}.pdf"
    try:
        write_service_plan(store, out, ExportOptions(invariant=True))
    finally:
        store.close()
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_address_of_66_short_lines_is_printed_as_far_as_a_page_allows(
    tmp_path: Path, language: str
) -> None:
    """66 lines of "ab" (132 characters, accepted by the form) made one table row taller than
    a page: reportlab's LayoutError ended the export."""

    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", "Acme")
        store.profile.set_field("address", "\n".join(["ab"] * 66))

    out = _write(tmp_path, language, fill)
    assert_qpdf_clean(out)
    assert_fonts_embedded(out)
    text = pdf_text(out)
    assert "ab" * 30 in text  # most of it is printed (whitespace is squashed away)
    assert "ab" * 66 not in text
    assert squash("ab…" + ("" if language == "zh" else " ") + SHORTENED[language]) in text


def test_a_cell_that_fits_is_printed_whole(tmp_path: Path) -> None:
    def fill(store: PlanStore) -> None:
        store.profile.set_field("address", "\n".join(f"line {n}" for n in range(1, 21)))

    text = pdf_text(_write(tmp_path, "en", fill))
    assert squash(" ".join(f"line {n}" for n in range(1, 21))) in text
    assert SHORTENED["en"] not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_goal_linked_to_many_long_problems_is_shortened_in_its_cell(language: str) -> None:
    """A cell of several paragraphs (a goal, its indicator, the problems it addresses): the
    list of 120 linked problem titles of 200 characters (all accepted) is shortened."""
    store = PlanStore.memory(language)
    try:
        ids = []
        for number in range(120):
            title = f"{number:03d} " + _words(language, 196)
            problem = store.problems.add(
                Problem(title=title, frequency=2, impact=2, root_cause="can")
            )
            assert problem.id is not None
            ids.append(problem.id)
        store.goals.add(
            Goal(title="Fewer complaints", indicator="Complaints a month", problem_ids=tuple(ids))
        )
        pdf = render_service_plan(
            store, ExportOptions(invariant=True, sections=frozenset({"goals"}))
        )
    finally:
        store.close()
    text = squash("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    assert squash("Fewer complaints") in text and squash(SHORTENED[language]) in text


def test_a_header_name_is_shortened_with_few_measurements(monkeypatch: pytest.MonkeyPatch) -> None:
    """The running header's name was cut a character at a time, each cut measured: a
    2,000-character name took 2,000 measurements, on every page."""
    fonts = register_fonts()
    calls = [0]
    measure = flowables.text_width

    def counting(*args: Any, **kwargs: Any) -> float:
        calls[0] += 1
        return measure(*args, **kwargs)

    monkeypatch.setattr(flowables, "text_width", counting)
    name = _words("en", 2000)
    shown = flowables._shortened(name, fonts, 8, 300)
    assert calls[0] <= 15  # about log2(2000) + 2
    assert shown.endswith("…") and name.startswith(shown[:-1])
    assert measure(shown, fonts, 8) <= 300 < measure(name[: len(shown)] + "…", fonts, 8)
    assert flowables._shortened("Acme", fonts, 8, 300) == "Acme"
    assert flowables._shortened(name, fonts, 8, 1) == ""


def _measurements_exporting(name: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many texts are measured exporting an otherwise empty plan whose business name
    (written by another tool, past the form's 200 characters) is `name`."""
    calls = [0]
    measure = flowables.text_width

    def counting(*args: Any, **kwargs: Any) -> float:
        calls[0] += 1
        return measure(*args, **kwargs)

    store = PlanStore.memory("en")
    try:
        store.conn.execute("UPDATE profile SET business_name = ?", [name])
        with monkeypatch.context() as patch:
            for module in (flowables, styles, template):  # every module that measures text
                patch.setattr(module, "text_width", counting)
            render_service_plan(store, ExportOptions(invariant=True))
    finally:
        store.close()
    return calls[0]


def test_export_work_does_not_grow_with_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted, not timed: a 2,000-character name took 2,000 measurements per page."""
    short = _measurements_exporting("Acme", monkeypatch)
    long = _measurements_exporting(_words("en", 2000), monkeypatch)
    assert long <= short + 20, (short, long)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_emoji_only_name_leaves_no_empty_lines_on_the_cover(
    tmp_path: Path, language: str
) -> None:
    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", "🎉🍕😀")
        store.profile.set_field("preparer_name", "Ann")

    out = _write(tmp_path, language, fill)
    texts = document_texts._load_texts(language)
    cover = pdf_text(out, first=1, last=1)
    assert squash(texts("document_title")) in cover and "Ann" in cover
    assert squash(texts("cover_for")) not in cover  # "Prepared for" with nothing after it
    assert_fonts_embedded(out)
    assert "\ufffd" not in pdf_text(out)


def test_a_name_with_emoji_prints_its_printable_part(tmp_path: Path) -> None:
    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", "🎉 Café Ромашка 咖啡 🍕")

    out = _write(tmp_path, "en", fill)
    cover = pdf_text(out, first=1, last=1)
    assert squash("Café Ромашка 咖啡") in cover
    assert squash("Prepared for") in cover
    assert "Café Ромашка 咖啡" in str(PdfReader(out).metadata.title)  # type: ignore[union-attr]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("length", [1000, 8000])
def test_a_long_name_gives_a_questionnaire(language: str, length: int) -> None:
    """The name is the header's one table cell: 8,000 characters ended the form with
    reportlab's LayoutError. Past 200 characters (only another tool can write them) it is
    cut with an ellipsis."""
    pdf = render_survey_form(language, business_name=_words(language, length), invariant=True)
    reader = PdfReader(io.BytesIO(pdf))
    assert 1 <= len(reader.pages) <= 2
    text = squash(reader.pages[0].extract_text())
    assert squash(_words(language, MAX_NAME_CHARS - 1)) in text
    assert squash(_words(language, MAX_NAME_CHARS + 20)) not in text


def test_an_emoji_only_name_gives_the_generic_questionnaire() -> None:
    emoji = render_survey_form("en", business_name="🎉🍕😀", invariant=True)
    assert emoji == render_survey_form("en", business_name="", invariant=True)


def test_texts_written_by_another_tool_are_cut_in_the_plans_data() -> None:
    """Past the forms' limits, once for every table, chart and paragraph."""
    report = {
        "problem_list": [{"title": "t" * 1000, "description": "d" * 9000, "status": "open"}],
        "survey": {"segments": {"s" * 500: {"responses": 3}}},
        "complaints": {"vital_few": ["c" * 300, "short"]},
    }
    shortened = data._shortened_values(report, 200, "(shortened)")
    problem = shortened["problem_list"][0]
    assert problem["title"] == "t" * 300 + "… (shortened)"
    assert problem["description"] == "d" * 5000 + "… (shortened)"
    assert problem["status"] == "open"
    assert list(shortened["survey"]["segments"]) == ["s" * 200 + "… (shortened)"]
    assert shortened["complaints"]["vital_few"] == ["c" * 200 + "… (shortened)", "short"]
    assert data._cut("河" * 300, 200, "（已缩短）") == "河" * 200 + "…（已缩短）"


def test_the_typed_figures_are_cut_by_their_fields_names() -> None:
    """The plan's figures are frozen dataclasses: each text field is cut to its limit, and a
    figure that is not a finite number reads as None, as in the JSON report."""
    from plan.problems import Problem
    from plan.scoring import Gap

    problem = Problem("t" * 1000, 3, 4, "know", description="d" * 9000)
    shortened = data._shortened_values((problem, Gap(float("nan"), 5.0, 3)), 200, "(s)")
    assert shortened[0].title == "t" * 300 + "… (s)"
    assert shortened[0].description == "d" * 5000 + "… (s)"
    assert shortened[0].frequency == 3
    assert shortened[1] == Gap(None, 5.0, 3)


def test_a_plan_written_by_another_tool_exports(tmp_path: Path) -> None:
    """Long texts straight into the file (past the store's limits): a goal title, a problem
    title, a complaint category and a survey segment of 20,000 characters (the reliability
    soak run tries 100,000 in each language)."""
    from plan.demo import fill_demo

    plan = tmp_path / "plan.svcplan"
    PlanStore.create(plan, language="en", fill=lambda store: fill_demo(store, "en")).close()
    long = _words("en", 20_000)
    with sqlite3.connect(plan) as conn:
        conn.execute("UPDATE goals SET title = ? WHERE id = (SELECT min(id) FROM goals)", [long])
        conn.execute(
            "UPDATE problems SET title = ? WHERE id = (SELECT min(id) FROM problems)", [long]
        )
        conn.execute(
            "UPDATE complaints SET category = ? WHERE id = (SELECT min(id) FROM complaints)",
            [long],
        )
        conn.execute("UPDATE survey_responses SET segment = ? WHERE id % 4 = 0", [long])
    conn.close()
    store = PlanStore.open(plan, readonly=True)
    out = tmp_path / "plan.pdf"
    try:
        write_service_plan(store, out, ExportOptions(invariant=True))
    finally:
        store.close()
    assert_qpdf_clean(out)
    text = pdf_text(out)
    assert squash(_words("en", 150)) in text and "(shortened)" in text
    assert squash(_words("en", 400)) not in text


def test_a_long_firm_and_footer_stay_on_the_cover(tmp_path: Path) -> None:
    """They are drawn as one line each: cut with an ellipsis at the page's margin."""
    store = PlanStore.memory("en")
    out = tmp_path / "plan.pdf"
    branding = service_plan.Branding(firm="Firm " * 60, footer="Footer " * 60)
    try:
        write_service_plan(store, out, ExportOptions(branding=branding, invariant=True))
    finally:
        store.close()
    cover = pdf_text(out, first=1, last=1)
    assert "FirmFirmFirm" in cover and "FooterFooterFooter" in cover
    # Whole once, in "Prepared by" (a paragraph wraps); cut in the band's one line.
    assert cover.count("Firm" * 60) == 1 and "Footer" * 60 not in cover
    assert cover.count("…") >= 2
