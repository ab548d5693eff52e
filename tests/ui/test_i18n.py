"""Translations: every UI string is translated into Russian and Chinese, and the .ts are current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from plan.errors import InvalidValueError
from ui.i18n import I18N_DIR, install_translators, invalid_value_message

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ru", "zh")
PLACEHOLDER = re.compile(r"\{\w+\}")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated_with_its_placeholders(lang: str) -> None:
    messages = _messages(I18N_DIR / f"serviceplan_{lang}.ts")
    assert len(messages) > 100
    for context, source, translation in messages:
        where = f"{lang} {context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), where
        forms = translation.findall("numerusform")
        texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
        for text in texts:  # a plural message has one text per plural form
            assert text.strip(), where
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), where


def test_translation_files_list_every_source_string(tmp_path: Path) -> None:
    """Re-scanning the sources finds nothing the .ts files lack (run `make update-translations`)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.skip("pyside6-lupdate is not installed")
        lupdate = Path(found)
    sources = ["main.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _t in _messages(fresh)}
    for lang in LANGS:
        have = {(c, s) for c, s, _t in _messages(I18N_DIR / f"serviceplan_{lang}.ts")}
        assert wanted - have == set(), f"{lang}: new strings not in the .ts file"
        assert have - wanted == set(), f"{lang}: strings no longer in the sources"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translations_load(qtbot: QtBot, lang: str) -> None:
    translators = install_translators(lang)
    try:
        assert translators, f"serviceplan_{lang}.qm is missing (run `make translations`)"
        translated = QCoreApplication.translate("Steps", "1 Assess the service level")
        assert translated != "1 Assess the service level"
        assert translated.startswith("1 ")
        message = invalid_value_message(
            InvalidValueError("logo", "x", "file_too_big", {"size_mb": 9.5, "max_mb": 2})
        )
        assert "9.5" in message and "2" in message
    finally:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in translators:
            app.removeTranslator(translator)
        install_translators("en")  # the window's language (which names figures) back to English
