"""Consultant branding: set in Preferences (firm, logo, accent, footer), refused when the logo is
bad, stored only on OK, and turned into the Branding every Service Plan gets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from export.service_plan import DEFAULT_ACCENT, Branding
from tests.ui.conftest import FakeDialogs
from ui import settings as keys
from ui.branding import branding_from_settings, load_logo, logo_path, save_logo
from ui.preferences import PreferencesDialog
from ui.settings import Settings


def png(path: Path, width: int = 60, height: int = 30) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#C0392B"))
    assert image.save(str(path), "PNG")
    return path


def make_dialog(qtbot: QtBot, settings: Settings, dialogs: FakeDialogs) -> PreferencesDialog:
    dialog = PreferencesDialog(settings, dialogs=dialogs)
    qtbot.addWidget(dialog)
    return dialog


def test_nothing_set_gives_the_documents_defaults(settings: Settings) -> None:
    assert branding_from_settings(settings) == Branding()
    assert branding_from_settings(settings).accent == DEFAULT_ACCENT


def test_branding_is_set_in_preferences_and_reaches_the_export(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    logo = png(tmp_path / "logo.png")
    dialog = make_dialog(qtbot, settings, dialogs)
    dialog.firm_edit.setText("  Northwind   Advisory ")
    dialog.footer_edit.setText("Prepared by Northwind · northwind.example")
    dialogs.open_paths.append(logo)
    dialog.choose_logo()
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    assert not logo_path().exists()  # nothing stored before OK
    dialogs.colour_answers.append("#aa3300")
    dialog.choose_accent()
    assert dialog.accent() == "#AA3300"
    dialog.accept()

    branding = branding_from_settings(settings)
    assert branding.firm == "Northwind Advisory"
    assert branding.footer == "Prepared by Northwind · northwind.example"
    assert branding.accent == "#AA3300"
    assert branding.logo == logo.read_bytes()
    assert settings.get(keys.BRAND_ACCENT) == "#AA3300"


def test_cancel_stores_nothing(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, settings, dialogs)
    dialog.firm_edit.setText("Someone")
    dialogs.open_paths.append(png(tmp_path / "logo.png"))
    dialog.choose_logo()
    dialog.reject()
    assert settings.get(keys.BRAND_FIRM) == ""
    assert load_logo() is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"just some text, not an image", "not a PNG or JPEG"),
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "truncated or damaged"),
    ],
)
def test_a_bad_logo_gets_a_clear_message_naming_the_file(
    qtbot: QtBot,
    settings: Settings,
    dialogs: FakeDialogs,
    tmp_path: Path,
    content: bytes,
    expected: str,
) -> None:
    bad = tmp_path / "brand.png"
    bad.write_bytes(content)
    dialog = make_dialog(qtbot, settings, dialogs)
    dialogs.open_paths.append(bad)
    dialog.choose_logo()
    assert dialog.logo_error.isVisibleTo(dialog)
    assert "brand.png" in dialog.logo_error.text() and expected in dialog.logo_error.text()
    dialog.accept()
    assert load_logo() is None


def test_a_header_valid_but_undecodable_png_is_refused(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    good = png(tmp_path / "good.png").read_bytes()
    broken = tmp_path / "broken.png"
    broken.write_bytes(good[:40])  # a valid header, then nothing
    dialog = make_dialog(qtbot, settings, dialogs)
    assert not dialog.set_logo_from_file(broken)
    assert "broken.png" in dialog.logo_error.text()


def test_a_huge_canvas_is_refused_from_its_header(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    wide = png(tmp_path / "wide.png", 5000, 2)
    dialog = make_dialog(qtbot, settings, dialogs)
    assert not dialog.set_logo_from_file(wide)
    assert "5000×2" in dialog.logo_error.text()


def test_remove_logo_and_reset_accent(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    save_logo(png(tmp_path / "logo.png").read_bytes())
    settings.set(keys.BRAND_ACCENT, "#123456")
    dialog = make_dialog(qtbot, settings, dialogs)
    assert dialog.remove_logo_button.isEnabled()
    assert dialog.accent() == "#123456"
    dialog.remove_logo_button.click()
    assert not dialog.remove_logo_button.isEnabled()
    assert dialog.logo_preview.text() == "No logo"
    dialog.default_accent_button.click()
    assert "(default)" in dialog.accent_label.text()
    dialog.accept()
    assert not logo_path().exists()
    assert branding_from_settings(settings).logo is None
    assert branding_from_settings(settings).accent == DEFAULT_ACCENT


def test_a_cancelled_colour_dialog_keeps_the_accent(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs
) -> None:
    settings.set(keys.BRAND_ACCENT, "#123456")
    dialog = make_dialog(qtbot, settings, dialogs)
    dialogs.colour_answers.append(None)
    dialog.choose_accent()
    assert dialog.accent() == "#123456"


def test_hand_edited_settings_cannot_break_the_document(settings: Settings, tmp_path: Path) -> None:
    settings.set(keys.BRAND_ACCENT, "red; drop table")
    settings.set(keys.BRAND_FOOTER, "line one\nline two")
    logo_path().parent.mkdir(parents=True, exist_ok=True)
    logo_path().write_bytes(b"not an image")
    branding = branding_from_settings(settings)
    assert branding.accent == DEFAULT_ACCENT
    assert branding.footer == "line one line two"
    assert branding.logo is None


def test_branding_survives_the_settings_file(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    ini = str(tmp_path / "branding.ini")
    first = Settings(QSettings(ini, QSettings.Format.IniFormat))
    dialog = make_dialog(qtbot, first, dialogs)
    dialog.firm_edit.setText("Северный консалтинг")
    dialog.accept()
    first.qsettings.sync()
    again = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert branding_from_settings(again).firm == "Северный консалтинг"


def test_the_command_line_can_read_branding_without_widgets(tmp_path: Path) -> None:
    """`main.py export` imports ui.branding: it must load no QtGui/QtWidgets (no display)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; from ui.branding import branding_from_settings; "
        "branding_from_settings(); "
        "print(sorted(m for m in sys.modules if m in ('PySide6.QtGui', 'PySide6.QtWidgets')))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "minimal", "HOME": str(tmp_path)}
    env.pop("DISPLAY", None)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_word_template_is_chosen_in_preferences_and_reaches_the_word_plan(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    import docx

    from ui.branding import load_word_template, word_template_path

    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "Northwind letterhead"
    template = tmp_path / "letterhead.docx"
    letterhead.save(str(template))
    bad = tmp_path / "notes.docx"
    bad.write_text("plain text saved as .docx", encoding="utf-8")

    dialog = make_dialog(qtbot, settings, dialogs)
    assert dialog.word_template_label.text() == "None"
    assert not dialog.remove_template_button.isEnabled()
    dialogs.open_paths.append(bad)
    dialog.choose_word_template()
    assert "notes.docx" in dialog.word_template_error.text()
    assert "not a Word document" in dialog.word_template_error.text()
    dialogs.open_paths.append(template)
    dialog.choose_word_template()
    assert dialog.word_template_error.isHidden()
    assert "letterhead.docx" in dialog.word_template_label.text()
    assert not word_template_path().exists()  # nothing stored before OK
    dialog.accept()
    assert load_word_template() == template.read_bytes()
    assert branding_from_settings(settings).word_template == template.read_bytes()

    again = make_dialog(qtbot, settings, dialogs)
    again.remove_word_template()
    again.accept()
    assert load_word_template() is None and not word_template_path().exists()
