"""One name per figure and language: the goals page's calculator and the Service Plan PDF both
take the cost-of-poor-service figures' names from `plan.glossary`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from export.service_plan import texts as document_texts
from plan import LANGUAGES
from plan.content import CONTENT_DIR, read_json
from plan.glossary import KEYS, label
from tests.ui.conftest import FakeDialogs
from tests.ui.test_goals_page import make_page, new_session
from ui.i18n import install_translators, window_language
from ui.tasks import TaskRunner


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_names_every_figure_once(language: str) -> None:
    glossary = read_json(CONTENT_DIR / language / "glossary.json")
    assert sorted(glossary) == sorted(KEYS)
    assert all(isinstance(v, str) and v.strip() for v in glossary.values())
    # The PDF's wording holds no second copy of a figure's name.
    economics = read_json(CONTENT_DIR / language / "service_plan.json")["economics"]
    assert not set(KEYS) & set(economics)


@pytest.mark.parametrize("language", ("en", "ru", "zh"))
def test_window_and_pdf_name_the_figures_as_the_glossary(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner, language: str
) -> None:
    texts = document_texts._load_texts(language)
    for key in KEYS:
        assert texts(f"economics.{key}") == label(key, language)

    translators = install_translators(language)
    session = new_session(tmp_path, language)
    try:
        assert window_language() == language
        page = make_page(qtbot, session, dialogs, runner)
        shown = {w.text() for w in page.findChildren(QLabel)}
        for key in KEYS:
            assert label(key, language) + ":" in shown, key
        page.dispose()
    finally:
        session.close()
        app = QCoreApplication.instance()
        assert app is not None
        for translator in translators:
            app.removeTranslator(translator)
        install_translators("en")
