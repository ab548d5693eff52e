"""Named branding profiles in Preferences: saved from the fields, used to fill them, removed;
the same profiles `main.py export --branding NAME` prints with."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import FakeDialogs
from tests.ui.test_branding import make_dialog, png
from ui.branding import branding_from_settings, load_profile, profile_names
from ui.settings import Settings


def test_save_use_and_remove_a_profile(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    logo = png(tmp_path / "logo.png")
    dialog = make_dialog(qtbot, settings, dialogs)
    assert not dialog.use_profile_button.isEnabled()
    dialog.firm_edit.setText("Harbour Advisers")
    dialog.footer_edit.setText("Harbour · harbour.example")
    dialogs.open_paths.append(logo)
    dialog.choose_logo()
    dialogs.colour_answers.append("#336699")
    dialog.choose_accent()
    dialog.profile_name_edit.setText("Harbour")
    dialog.save_profile_button.click()
    assert profile_names() == ["Harbour"]  # kept at once, not only on OK
    kept = load_profile("Harbour")
    assert (kept.firm, kept.accent, kept.logo) == ("Harbour Advisers", "#336699", logo.read_bytes())
    assert dialog.profile_combo.currentText() == "Harbour"

    # Another identity in the fields, then the profile fills them back in.
    dialog.firm_edit.setText("Someone Else")
    dialog.remove_logo()
    dialog.use_profile_button.click()
    assert dialog.firm_edit.text() == "Harbour Advisers"
    assert dialog.accent() == "#336699"
    dialog.accept()
    assert branding_from_settings(settings).firm == "Harbour Advisers"
    assert branding_from_settings(settings).logo == logo.read_bytes()

    dialog = make_dialog(qtbot, settings, dialogs)
    dialogs.confirm_answers.append(True)
    dialog.remove_profile_button.click()
    assert profile_names() == []
    assert not dialog.use_profile_button.isEnabled()


def test_a_bad_name_is_refused_and_replacing_asks_first(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs
) -> None:
    dialog = make_dialog(qtbot, settings, dialogs)
    dialog.profile_name_edit.setText("../elsewhere")
    dialog.save_profile_button.click()
    kind, title, text = dialogs.calls[-1]
    assert (kind, title) == ("error", "The profile could not be saved")
    assert "is not a usable branding profile name" in text
    assert profile_names() == []
    dialog.firm_edit.setText("First")
    dialog.profile_name_edit.setText("Client A")
    dialog.save_profile_button.click()
    dialog.firm_edit.setText("Second")
    dialog.profile_name_edit.setText("Client A")
    dialogs.confirm_answers.append(False)
    dialog.save_profile_button.click()
    assert load_profile("Client A").firm == "First"
