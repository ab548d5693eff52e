"""One name per figure and language: the window (survey, self-audit and goals pages) and the
Service Plan PDF take the names of NPS, CSAT, CES, the service-level index, the SERVQUAL score
and the cost-of-poor-service calculator's inputs and outputs from `plan.glossary`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from export.service_plan import ExportOptions, write_service_plan
from export.service_plan import texts as document_texts
from plan import LANGUAGES
from plan.content import CONTENT_DIR, read_json
from plan.demo import create_demo
from plan.glossary import INPUT_KEYS, KEYS, OUTPUT_KEYS, label
from tests.export.pdf_checks import pdf_text, squash
from tests.ui.conftest import FakeDialogs
from tests.ui.test_goals_page import make_page, new_session
from ui.i18n import install_translators, window_language
from ui.pages.self_audit import SelfAuditPage
from ui.pages.survey import SurveyPage
from ui.session import PlanSession
from ui.tasks import TaskRunner

#: Where the PDF's wording named these figures itself before the glossary did.
FORMER_COPIES = {
    "summary": ("service_index", "nps", "csat"),
    "service_level": ("trend_series",),
    "customers": ("nps",),
    "economics": (*INPUT_KEYS, *OUTPUT_KEYS, "revenue_lost_year", "projected_gain_year"),
}


@pytest.fixture
def window_in() -> Iterator[Callable[[str], None]]:
    """Install the window's translations for a language; English again afterwards."""
    installed = []

    def install(language: str) -> None:
        installed.extend(install_translators(language))
        assert window_language() == language

    yield install
    app = QCoreApplication.instance()
    assert app is not None
    for translator in installed:
        app.removeTranslator(translator)
    install_translators("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_names_every_figure_once(language: str) -> None:
    glossary = read_json(CONTENT_DIR / language / "glossary.json")
    assert sorted(glossary) == sorted(KEYS)
    assert len(set(KEYS)) == len(KEYS)
    assert all(isinstance(v, str) and v.strip() for v in glossary.values())
    # The PDF's wording holds no second copy of a figure's name.
    document = read_json(CONTENT_DIR / language / "service_plan.json")
    for section, keys in FORMER_COPIES.items():
        assert not set(keys) & set(document[section]), section


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_texts_take_the_names_from_the_glossary(language: str) -> None:
    texts = document_texts._load_texts(language)
    for key in KEYS:
        assert texts.name(key) == label(key, language)
    for key in INPUT_KEYS + OUTPUT_KEYS:
        assert texts(f"economics.{key}") == label(key, language)
    assert texts("customers.ces", name=texts.name("ces")).startswith(label("ces", language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_pdf_prints_the_glossarys_names(tmp_path: Path, language: str) -> None:
    store = create_demo(tmp_path / "demo.svcplan", language)
    try:
        out = tmp_path / "plan.pdf"
        write_service_plan(store, out, ExportOptions(invariant=True))
    finally:
        store.close()
    text = pdf_text(out)
    for key in KEYS:
        assert squash(label(key, language)) in text, key


def test_a_name_changed_in_the_glossary_changes_in_the_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PDF has no name of its own left for these figures: each one printed is the
    glossary's (here replaced by a marker short enough for the narrowest table column)."""

    def marker(key: str, language: str) -> str:
        return f"@{KEYS.index(key):02d}@"

    monkeypatch.setattr(document_texts, "label", marker)
    document_texts._load_texts.cache_clear()
    store = create_demo(tmp_path / "demo.svcplan", "en")
    try:
        out = tmp_path / "plan.pdf"
        write_service_plan(store, out, ExportOptions(invariant=True))
    finally:
        store.close()
        document_texts._load_texts.cache_clear()
    text = pdf_text(out)
    for key in KEYS:
        assert marker(key, "en") in text, key
    for former in ("Satisfied(CSAT)", "Revenuetheytookwiththemayear", "Customersayear"):
        assert former not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_goals_page_names_the_calculator_as_the_glossary(
    qtbot: QtBot,
    tmp_path: Path,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    window_in: Callable[[str], None],
    language: str,
) -> None:
    window_in(language)
    session = new_session(tmp_path, language)
    try:
        page = make_page(qtbot, session, dialogs, runner)
        shown = {w.text() for w in page.findChildren(QLabel)}
        for key in INPUT_KEYS + OUTPUT_KEYS:
            assert label(key, language) + ":" in shown, key
        page.dispose()
    finally:
        session.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_survey_and_self_audit_pages_name_the_figures_as_the_glossary(
    qtbot: QtBot,
    tmp_path: Path,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    window_in: Callable[[str], None],
    language: str,
) -> None:
    window_in(language)
    session = PlanSession(create_demo(tmp_path / "demo.svcplan", language))
    try:
        survey = SurveyPage(session, dialogs, runner)
        qtbot.addWidget(survey)
        headers = [
            survey.segments.horizontalHeaderItem(c).text()
            for c in range(survey.segments.columnCount())
        ]
        assert headers[2:] == [
            label(key, language) for key in ("nps_short", "csat_short", "ces_short", "servqual")
        ]
        text = survey.figures.text()
        for key in ("nps_short", "csat_short", "ces_short", "servqual"):
            assert f"<b>{label(key, language)} " in text, key
        model = survey.responses_model
        answers = [model.headerData(c, Qt.Orientation.Horizontal) for c in (3, 4, 5)]
        assert answers == [label(k, language) for k in ("nps_short", "csat_short", "ces_short")]
        survey.dispose()

        audit = SelfAuditPage(session, dialogs, runner)
        qtbot.addWidget(audit)
        assert audit.index_label.text().startswith(label("service_index", language))
        audit.dispose()
    finally:
        session.close()
