"""The consultant's own words printed in the Service Plan: the PDF (read back by pdftotext)
and the Word document, both through the shared section code."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_checks import pdf_text, squash

from export.service_plan import ExportOptions, render_service_plan
from export.word import render_word_plan
from plan.demo import create_demo
from plan.own_words import OwnSection
from plan.store import PlanStore

ODD = "Cost < value & care 🚀 先做电话"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlanStore]:
    plan = create_demo(tmp_path_factory.mktemp("own") / "demo.svcplan", "en")
    plan.own_words.set_text("goals", f"Our advice first.\n{ODD}")
    plan.own_words.set_text("summary.opening", "Dear client, here is what we found.")
    plan.own_words.add(OwnSection(None, "Next steps & <dates>", "We meet in May.", "goals"))
    yield plan
    plan.close()


def _pdf(store: PlanStore, tmp_path: Path, **options: object) -> str:
    out = tmp_path / "plan.pdf"
    out.write_bytes(render_service_plan(store, ExportOptions(invariant=True, **options)))  # type: ignore[arg-type]
    return pdf_text(out)


def test_own_words_print_escaped_in_the_pdf_in_place(store: PlanStore, tmp_path: Path) -> None:
    text = _pdf(store, tmp_path)
    # the emoji has no glyph: left out (export.pdf_text), never a box or a replacement mark
    assert squash(ODD).replace("🚀", "") in text
    assert "\ufffd" not in text
    assert "Ouradvicefirst." in text
    assert "Nextsteps&<dates>" in text and "WemeetinMay." in text
    # the own section follows the goals section, before the economics section
    body = text[text.index("Dearclient") :]  # after the contents
    order = ["Goalsandmeans", "Ouradvicefirst.", "Nextsteps&<dates>", "Whyitpays"]
    places = [body.index(part) for part in order]
    assert places == sorted(places), places


def test_the_replaced_opening_comes_back_when_cleared(store: PlanStore, tmp_path: Path) -> None:
    assert "Dearclient,hereiswhatwefound." in _pdf(store, tmp_path, sections=frozenset({"summary"}))
    old = store.own_words.set_text("summary.opening", "")
    try:
        text = _pdf(store, tmp_path, sections=frozenset({"summary"}))
        assert "Dearclient" not in text
        assert "Whereserviceat" in text  # the generated opening is back
    finally:
        store.own_words.set_text("summary.opening", old)


def test_own_words_in_the_word_document(store: PlanStore) -> None:
    import docx

    document = docx.Document(io.BytesIO(render_word_plan(store, ExportOptions(invariant=True))))
    paragraphs = [p.text for p in document.paragraphs]
    assert ODD in paragraphs
    assert "Dear client, here is what we found." in paragraphs
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Next steps & <dates>" in headings
    assert headings.index("Next steps & <dates>") == headings.index("Goals and means") + 1


def test_the_vital_few_sentence_is_replaced_only_while_set(
    store: PlanStore, tmp_path: Path
) -> None:
    summary_only = {"sections": frozenset({"summary"})}
    generated = _pdf(store, tmp_path, **summary_only)
    assert "Mostcomplaintsconcern:" in generated
    store.own_words.set_text("summary.vital_few", "Waiting & rudeness: two thirds of complaints.")
    try:
        replaced = _pdf(store, tmp_path, **summary_only)
        assert "Waiting&rudeness:twothirdsofcomplaints." in replaced
        assert "Mostcomplaintsconcern:" not in replaced  # in place of the generated sentence
    finally:
        store.own_words.set_text("summary.vital_few", "")
    assert _pdf(store, tmp_path, **summary_only) == generated


def test_a_section_without_data_prints_its_own_words(tmp_path: Path) -> None:
    """`--sections standards` on a plan without standards is "nothing to print", unless the
    consultant wrote something for it: then the heading and their words print."""
    from export.service_plan import NothingToPrintError

    plan = PlanStore.memory()
    try:
        only = {"sections": frozenset({"standards"})}
        with pytest.raises(NothingToPrintError):
            _pdf(plan, tmp_path, **only)
        plan.own_words.add(
            OwnSection(None, "How we work", "Standards come next month.", "standards")
        )
        text = _pdf(plan, tmp_path, **only)
        assert "Howwework" in text and "Standardscomenextmonth." in text
        assert "Servicestandards" not in text  # no empty heading of the section itself
        plan.own_words.set_text("standards", "We write them together.")
        assert "Servicestandards" in _pdf(plan, tmp_path, **only)
    finally:
        plan.close()
